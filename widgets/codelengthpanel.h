#pragma once

#include "plotpanel.h"

namespace widgets {

// Cross entropy as the expected length of a message. Each outcome is a column as wide as its
// probability p_i and as tall as the code length -log q_i a code built for the model gives it, so
// the shaded area is H(p,q). The outline at -log p_i is the best code for the truth, of area H(p);
// what the shading adds beyond it is D(p‖q). The dashed line is the uniform code, log n, which no
// entropy exceeds.
class CodeLengthPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit CodeLengthPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPGraph *modelCode() const { return m_model; }
    QCPGraph *optimalCode() const { return m_optimal; }
    QString areaText() const;

protected:
    void updateCurves() override;

private:
    QCPGraph *m_model;
    QCPGraph *m_optimal;
    QCPGraph *m_uniform;
    QCPItemText *m_uniformLabel;
    QCPItemText *m_areas;
    QCPItemRect *m_band;
};

} // namespace widgets
