#pragma once

#include "plothover.h"
#include "plotpanel.h"

namespace widgets {

// D(p||r) and D(r||p) over r for the current p, with markers at r = q: two different curves,
// so KL divergence is not a distance.
class KlPanel : public PlotPanel, public HoverSource
{
    Q_OBJECT

public:
    explicit KlPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *forwardCurve() const { return m_forward; }
    QCPGraph *reverseCurve() const { return m_reverse; }
    QCPGraph *forwardMarker() const { return m_forwardMarker; }
    QCPGraph *reverseMarker() const { return m_reverseMarker; }

protected:
    void updateCurves() override;
    std::optional<HoverReadout> hoverAt(double x) const override;
    void clickAt(double x) override;

private:
    QCPGraph *m_forward;
    QCPGraph *m_reverse;
    QCPGraph *m_forwardMarker;
    QCPGraph *m_reverseMarker;
    QCPItemText *m_forwardLabel;
    QCPItemText *m_reverseLabel;
    QCPItemStraightLine *m_pLine;
};

} // namespace widgets
