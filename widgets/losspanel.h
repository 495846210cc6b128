#pragma once

#include "plothover.h"
#include "plotpanel.h"

namespace widgets {

// The loss of one training example over the prediction yhat: J for y = 1 and y = 0, the squared
// error for the current y, and (right axis) both losses' gradients with respect to the logit z.
// Where the model is confidently wrong, J's gradient stays near ±1 while squared error's vanishes.
class LossPanel : public PlotPanel, public HoverSource
{
    Q_OBJECT

public:
    explicit LossPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *lossCurve(int y) const { return y == 1 ? m_lossForOne : m_lossForZero; }
    QCPGraph *squaredCurve() const { return m_squared; }
    QCPGraph *crossEntropyGradientCurve() const { return m_crossEntropyGradient; }
    QCPGraph *squaredGradientCurve() const { return m_squaredGradient; }
    QCPGraph *lossMarker() const { return m_lossMarker; }
    QCPGraph *squaredMarker() const { return m_squaredMarker; }

protected:
    void updateCurves() override;
    std::optional<HoverReadout> hoverAt(double x) const override;
    void clickAt(double x) override;

private:
    QCPGraph *m_lossForOne;
    QCPGraph *m_lossForZero;
    QCPGraph *m_squared;
    QCPGraph *m_crossEntropyGradient;
    QCPGraph *m_squaredGradient;
    QCPGraph *m_lossMarker;
    QCPGraph *m_squaredMarker;
    QCPItemText *m_lossLabel;
    QCPItemText *m_squaredLabel;
    QCPItemStraightLine *m_yhatLine;
};

} // namespace widgets
