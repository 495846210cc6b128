#include "codelengthpanel.h"

#include "core/contributions.h"
#include "core/distribution.h"
#include "core/information.h"
#include "core/summation.h"
#include "lessondefaults.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace widgets {

CodeLengthPanel::CodeLengthPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Cross entropy as message length"), Distributions | Highlight, theme, parent)
    , m_model(addCurve(tr("−log qᵢ: code built for the model q (area H(p, q))"), palette::kModel, Motion::Live))
    , m_optimal(addCurve(tr("−log pᵢ: best code for p (area H(p))"), palette::kTrue, Motion::Live, Qt::DashLine))
    , m_uniform(addCurve(tr("log n: the same length for every outcome"), palette::kBlack, Motion::Live, Qt::DotLine))
    , m_uniformLabel(addLabel(palette::kBlack))
    , m_areas(addLabel(palette::kBlack))
    , m_band(addOutcomeBand())
{
    xAxis->setLabel(tr("outcomes side by side, each as wide as its probability pᵢ"));
    m_model->setLineStyle(QCPGraph::lsStepLeft);
    m_optimal->setLineStyle(QCPGraph::lsStepLeft);
    // Steps are horizontal and vertical: crisp without antialiasing, which costs much with many outcomes.
    for (QCPGraph *steps : {m_model, m_optimal, m_uniform}) {
        steps->setAntialiased(false);
        steps->setAntialiasedFill(false);
    }
    styleWith([this](const Theme &t) {
        QColor fill = t.ink(palette::kModel);
        fill.setAlpha(t.isDark() ? 90 : 60);
        m_model->setBrush(fill);
        // Plain, not the bold of value labels: a sentence and a reference line.
        m_areas->setFont(t.font());
        m_uniformLabel->setFont(t.font());
    });
    refresh();
}

void CodeLengthPanel::updateCurves()
{
    const LessonState &s = *state();
    const core::Unit u = unit();
    const int n = s.outcomeCount();
    const auto terms = core::outcomeTerms(s.pDistribution(), s.qDistribution(), u);
    const double uniform = core::selfInformation(1.0 / n, u);
    double tallest = uniform;
    for (const core::OutcomeTerms &t : terms) {
        if (std::isfinite(t.informationQ))
            tallest = std::max(tallest, t.informationQ);
    }
    // Very long codes for rare outcomes are thin columns: cap the view so the area stays readable.
    yAxis->setRange(
        settledRange(yAxis->range(), 0.0, std::min(tallest, std::max(uniform * 2.5, core::selfInformation(0.125, u)))));
    const double top = yAxis->range().upper;
    yAxis->setLabel(tr("code length [%1]").arg(unitName()));

    QVector<double> edges, model, optimal;
    core::CompensatedSum cumulative;
    double highlightFrom = -1.0, highlightTo = -1.0;
    for (int i = 0; i < n; ++i) {
        const double left = cumulative.value();
        cumulative.add(s.pDistribution()[std::size_t(i)]);
        if (i == s.highlightedOutcome()) {
            highlightFrom = left;
            highlightTo = cumulative.value();
        }
        if (s.pDistribution()[std::size_t(i)] == 0.0)
            continue; // no width: it never happens, so its code length costs nothing
        edges << left;
        model << std::min(terms[std::size_t(i)].informationQ, top * 2);
        optimal << std::min(terms[std::size_t(i)].informationP, top * 2);
    }
    // A step graph needs a last point to close the last column at x = 1.
    edges << 1.0;
    model << model.back();
    optimal << optimal.back();
    // Dashes broken at every narrow step read as noise, and cost much to draw: solid then.
    QPen optimalPen = m_optimal->pen();
    optimalPen.setStyle(n > defaults::kManyOutcomes ? Qt::SolidLine : Qt::DashLine);
    m_optimal->setPen(optimalPen);
    m_model->setData(edges, model, true);
    m_optimal->setData(edges, optimal, true);
    m_uniform->setData({0.0, 1.0}, {uniform, uniform}, true);
    m_uniformLabel->setText(tr("log n = %1 ≥ H(p)").arg(formatNumber(uniform)));
    m_areas->setText(areaText());
    // The reference line's value at its right end; the areas in the top left corner.
    anchorLabel(m_uniformLabel, yAxis, 1.0, uniform, {LabelSpot::AboveLeft, LabelSpot::BelowLeft}, m_uniform, true,
                2.0);
    anchorLabel(m_areas, yAxis, 0.0, top, {LabelSpot::BelowRight}, nullptr, true, 3.0);
    placeOutcomeBand(m_band, highlightFrom, highlightTo);
}

QString CodeLengthPanel::areaText() const
{
    const LessonState &s = *state();
    const core::Unit u = unit();
    const double hpq = core::crossEntropy(s.pDistribution(), s.qDistribution(), u);
    const double hp = core::entropy(s.pDistribution(), u);
    const double kl = core::klDivergence(s.pDistribution(), s.qDistribution(), u);
    return tr("shaded area H(p, q) = %1 %4\n= H(p) %2 + D(p‖q) %3")
        .arg(formatNumber(hpq), formatNumber(hp), formatNumber(kl), unitName());
}

} // namespace widgets
