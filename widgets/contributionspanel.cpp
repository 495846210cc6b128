#include "contributionspanel.h"

#include "core/contributions.h"
#include "core/information.h"
#include "lessondefaults.h"
#include "model/lessonstate.h"
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {
constexpr double kBarWidth = 0.26; // three bars side by side in one outcome's slot
} // namespace

ContributionsPanel::ContributionsPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("What each outcome contributes"), Distributions | Highlight, theme, parent)
    , m_entropy(addBars(tr("−pᵢ log pᵢ, sums to H(p)"), palette::kTrue, kBarWidth))
    , m_crossEntropy(addBars(tr("−pᵢ log qᵢ, sums to H(p, q)"), palette::kModel, kBarWidth))
    , m_divergence(addBars(tr("pᵢ log(pᵢ/qᵢ), sums to D(p‖q)"), palette::kGap, kBarWidth))
    , m_information(
          addMarker(tr("−log pᵢ, information (right axis)"), palette::kComplement, QCPScatterStyle::ssDiamond, yAxis2,
                    Markers::Many))
    , m_band(addOutcomeBand())
    , m_ticker(QSharedPointer<QCPAxisTickerText>::create())
{
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(false);
    xAxis->setLabel(tr("outcome"));
    yAxis2->setVisible(true);
    refresh();
}

void ContributionsPanel::updateCurves()
{
    const LessonState &s = *state();
    const core::Unit u = unit();
    const int n = s.outcomeCount();
    const auto terms = core::outcomeTerms(s.pDistribution(), s.qDistribution(), u);
    double low = 0.0, high = 0.0, informationHigh = 0.0;
    for (const core::OutcomeTerms &t : terms) {
        for (double v : {t.entropy, t.crossEntropy, t.divergence}) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        if (std::isfinite(t.informationP))
            informationHigh = std::max(informationHigh, t.informationP);
    }
    yAxis->setRange(settledRange(yAxis->range(), low, std::max(high, core::binaryEntropy(0.5, u) * 0.2)));
    high = yAxis->range().upper;
    yAxis->setLabel(tr("contribution [%1]").arg(unitName()));
    yAxis2->setRange(settledRange(yAxis2->range(), 0.0, std::max(informationHigh, core::selfInformation(0.5, u))));
    yAxis2->setLabel(tr("information −log pᵢ [%1]").arg(unitName()));

    // An infinite term (q_i = 0 < p_i) reaches the top edge: the plot cannot hold it.
    const auto shown = [high](double v) { return std::min(v, high); };
    QVector<double> keys(n), entropy(n), cross(n), divergence(n), information(n), informationKeys(n);
    for (int i = 0; i < n; ++i) {
        const core::OutcomeTerms &t = terms[std::size_t(i)];
        keys[i] = i + 1;
        entropy[i] = shown(t.entropy);
        cross[i] = shown(t.crossEntropy);
        divergence[i] = shown(t.divergence);
        information[i] = std::min(t.informationP, yAxis2->range().upper);
    }
    const auto shifted = [&keys](double by) {
        QVector<double> k = keys;
        for (double &x : k)
            x += by;
        return k;
    };
    m_entropy->setData(shifted(-kBarWidth), entropy, true);
    m_crossEntropy->setData(keys, cross, true);
    m_divergence->setData(shifted(kBarWidth), divergence, true);
    m_information->setData(keys, information, true);
    // Hundreds of smooth diamonds cost more than the rest of the panel; small plain ones read as well.
    const bool many = n > defaults::kManyOutcomes;
    m_information->setAntialiasedScatters(!many);
    QCPScatterStyle diamonds = m_information->scatterStyle();
    diamonds.setSize((many ? 6 : 11) * theme().lineScale);
    m_information->setScatterStyle(diamonds);
    if (m_tickedCount != n || m_ticker->ticks().value(1) != s.outcomeLabels().value(0)) {
        m_tickedCount = n;
        m_ticker->clear();
        // At most about 32 labels: more would overlap, and each costs time to draw.
        const int every = (n + 31) / 32;
        for (int i = 0; i < n; i += every)
            m_ticker->addTick(i + 1, s.outcomeLabels().value(i));
        xAxis->setTickLabelRotation(n > 16 ? 60 : 0);
    }
    xAxis->setRange(0.4, n + 0.6);
    placeOutcomeBand(m_band, s.highlightedOutcome() < 0 ? -1.0 : s.highlightedOutcome() + 0.5,
                     s.highlightedOutcome() + 1.5);
}

} // namespace widgets
