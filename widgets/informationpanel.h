#pragma once

#include "plothover.h"
#include "plotpanel.h"

namespace widgets {

// The information -log r of an event of probability r, over r in (0, 1] (r, not x: x is the event),
// with markers at p, 1 - p and q: rare events carry more information.
class InformationPanel : public PlotPanel, public HoverSource
{
    Q_OBJECT

public:
    explicit InformationPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *curve() const { return m_curve; }
    QCPGraph *pMarker() const { return m_p; }
    QCPGraph *complementMarker() const { return m_complement; }
    QCPGraph *qMarker() const { return m_q; }

protected:
    void updateCurves() override;
    std::optional<HoverReadout> hoverAt(double x) const override;
    void clickAt(double x) override;

private:
    QCPGraph *m_curve;
    QCPGraph *m_p;
    QCPGraph *m_complement;
    QCPGraph *m_q;
    QCPItemText *m_pLabel;
    QCPItemText *m_complementLabel;
    QCPItemText *m_qLabel;
};

} // namespace widgets
