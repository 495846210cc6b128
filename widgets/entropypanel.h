#pragma once

#include "plothover.h"
#include "plotpanel.h"

namespace widgets {

// Binary entropy h(r) of a probability r, with markers at p and q; the maximum, one bit at r = 1/2, is marked.
class EntropyPanel : public PlotPanel, public HoverSource
{
    Q_OBJECT

public:
    explicit EntropyPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *curve() const { return m_curve; }
    QCPGraph *pMarker() const { return m_p; }
    QCPGraph *qMarker() const { return m_q; }

protected:
    void updateCurves() override;
    std::optional<HoverReadout> hoverAt(double x) const override;
    void clickAt(double x) override;

private:
    QCPGraph *m_curve;
    QCPGraph *m_p;
    QCPGraph *m_q;
    QCPItemText *m_pLabel;
    QCPItemText *m_qLabel;
    QCPItemLine *m_maximumLine;
    QCPItemText *m_maximumLabel;
};

} // namespace widgets
