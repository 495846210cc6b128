#pragma once

#include "plothover.h"
#include "plotpanel.h"

namespace widgets {

// H(p, r) over the model's probability r for the current p: lowest, H(p), at r = p; at r = q it stands
// D(p||q) above that minimum, the shaded gap. The picture of H(p,q) = H(p) + D(p||q).
class CrossEntropyPanel : public PlotPanel, public HoverSource
{
    Q_OBJECT

public:
    explicit CrossEntropyPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *curve() const { return m_curve; }
    QCPGraph *minimumMarker() const { return m_minimum; }
    QCPGraph *qMarker() const { return m_q; }
    // The shaded gap between H(p) and H(p, q) at r = q.
    QCPItemRect *gap() const { return m_gap; }
    QCPItemText *gapLabel() const { return m_gapLabel; }

protected:
    void updateCurves() override;
    std::optional<HoverReadout> hoverAt(double x) const override;
    void clickAt(double x) override;

private:
    QCPGraph *m_curve;
    QCPGraph *m_floor;
    QCPGraph *m_minimum;
    QCPGraph *m_q;
    QCPItemText *m_minimumLabel;
    QCPItemText *m_qLabel;
    QCPItemRect *m_gap;
    QCPItemText *m_gapLabel;
};

} // namespace widgets
