#pragma once

#include "plotpanel.h"

namespace widgets {

// What each outcome contributes: -p_i log p_i to the entropy, -p_i log q_i to the cross entropy,
// p_i log(p_i/q_i) to the KL divergence (negative where the model gives an outcome more than it
// gets, the total never is), and the information -log p_i itself on the right axis.
class ContributionsPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit ContributionsPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPBars *entropyBars() const { return m_entropy; }
    QCPBars *crossEntropyBars() const { return m_crossEntropy; }
    QCPBars *divergenceBars() const { return m_divergence; }
    QCPGraph *information() const { return m_information; }

protected:
    void updateCurves() override;

private:
    QCPBars *m_entropy;
    QCPBars *m_crossEntropy;
    QCPBars *m_divergence;
    QCPGraph *m_information;
    QCPItemRect *m_band;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    int m_tickedCount = 0; // outcomes the ticks were made for
};

} // namespace widgets
