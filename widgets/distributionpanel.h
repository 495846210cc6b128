#pragma once

#include "plotpanel.h"

namespace widgets {

// The two distributions themselves, side by side as paired bars over the outcomes: p, the true
// distribution, and q, the model. With two outcomes, outcome 1 has p and outcome 0 has 1 - p.
class DistributionPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit DistributionPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPBars *pBars() const { return m_pBars; }
    QCPBars *qBars() const { return m_qBars; }

protected:
    void updateCurves() override;

private:
    QCPBars *addBars(const QString &name, const QColor &color);

    QCPBars *m_pBars;
    QCPBars *m_qBars;
    QList<QCPItemText *> m_labels; // p_1, p_0, q_1, q_0
};

} // namespace widgets
