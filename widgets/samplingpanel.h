#pragma once

#include "plotpanel.h"

#include "core/sampling.h"

#include <memory>

namespace widgets {

class ClockTimer;

// Samples drawn from p and scored by the model q: the running average of -log q(sample) is the
// cross entropy a training loss measures on data, and it settles at H(p,q), not at H(p).
// New distributions, a new unit or a new seed start the samples again.
class SamplingPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit SamplingPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);
    ~SamplingPanel() override;

    // Draws `count` samples, a few each frame (animated), or at once.
    void drawSamples(int count, bool animated = true);
    void setSeed(quint64 seed);
    quint64 seed() const { return m_seed; }
    std::size_t sampleCount() const { return m_estimate ? m_estimate->sampleCount() : 0; }
    // The running average now; NaN before the first sample.
    double runningAverage() const;
    bool isDrawing() const;
    // A figure's samples: the seed, then `count` drawn at once.
    void drawFigureSamples(quint64 seed, int count) override;

protected:
    void updateCurves() override;

private:
    void restart();
    void drawStep();

    quint64 m_seed = 1;
    std::unique_ptr<core::CrossEntropyEstimate> m_estimate;
    ClockTimer *m_timer; // a frame of the animation, on the window's clock
    int m_pending = 0;
    int m_perFrame = 1;
    QCPGraph *m_average;
    QCPGraph *m_crossEntropy;
    QCPGraph *m_entropy;
    QCPItemText *m_label;
};

} // namespace widgets
