#include "distributionpanel.h"

#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {
constexpr double kPairWidth = 0.76; // of one outcome's slot, for its two bars
constexpr int kMaxValueLabels = 12;
} // namespace

DistributionPanel::DistributionPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("The distributions p and q"), P | Q | Distributions | Highlight, theme, parent)
    , m_pBars(addBars(tr("p, the true distribution"), palette::kTrue, kPairWidth / 2.0))
    , m_qBars(addBars(tr("q, the model"), palette::kModel, kPairWidth / 2.0))
    , m_locks(addMarker(tr("locked"), palette::kBlack, QCPScatterStyle::ssCrossSquare, nullptr, Markers::Many))
    , m_highlightBand(addOutcomeBand())
    , m_ticker(QSharedPointer<QCPAxisTickerText>::create())
{
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(false);
    xAxis->setLabel(tr("outcome"));
    yAxis->setLabel(tr("probability"));
    m_locks->removeFromLegend();
    // The bars are the inputs being edited, not a quantity to predict: concealment leaves them.
    for (QCPLayerable *input : std::initializer_list<QCPLayerable *> {m_pBars, m_qBars, m_locks})
        setConcealedFrom(input, Concealment::None);
    setMouseTracking(true);
    refresh();
}

double DistributionPanel::offset() const
{
    return kPairWidth / 4.0;
}

void DistributionPanel::updateCurves()
{
    const LessonState &s = *state();
    const int n = s.outcomeCount();
    const double half = offset();
    QVector<double> pKeys(n), qKeys(n), pValues(n), qValues(n), lockKeys, lockValues;
    for (int i = 0; i < n; ++i) {
        pKeys[i] = i + 1 - half;
        qKeys[i] = i + 1 + half;
        pValues[i] = s.pDistribution()[std::size_t(i)];
        qValues[i] = s.qDistribution()[std::size_t(i)];
        for (bool model : {false, true}) {
            if (s.isLocked(model ? LessonState::Which::Q : LessonState::Which::P, i)) {
                lockKeys << (model ? qKeys[i] : pKeys[i]);
                lockValues << (model ? qValues[i] : pValues[i]);
            }
        }
    }
    m_pBars->setData(pKeys, pValues, true);
    m_qBars->setData(qKeys, qValues, true);
    m_locks->setData(lockKeys, lockValues, true);
    m_locks->setVisible(!lockKeys.isEmpty());

    if (n != m_shownCount || m_ticker->ticks().value(1) != s.outcomeLabels().value(0) || !m_dragging) {
        m_ticker->clear();
        // At most about 32 labels: more would overlap, and each costs time to draw.
        const int every = (n + 31) / 32;
        for (int i = 0; i < n; i += every)
            m_ticker->addTick(i + 1, s.outcomeLabels().value(i));
        xAxis->setRange(0.4, n + 0.6);
        xAxis->setTickLabelRotation(n > 16 ? 60 : 0);
        // Room above the tallest bar for its value; frozen while a bar is dragged.
        const double tallest = std::max(*std::max_element(pValues.begin(), pValues.end()),
                                        *std::max_element(qValues.begin(), qValues.end()));
        if (!m_dragging)
            yAxis->setRange(0.0, std::min(1.2, settledRange(yAxis->range(), 0.0, std::max(0.2, tallest)).upper));
        m_shownCount = n;
    }
    while (m_labels.size() < 2 * n)
        m_labels.append(addLabel(m_labels.size() % 2 ? palette::kModel : palette::kTrue));
    for (int k = 0; k < m_labels.size(); ++k) {
        const int i = k / 2;
        const bool model = k % 2;
        QCPItemText *label = m_labels[k];
        label->setVisible(i < n && n <= kMaxValueLabels);
        if (!label->visible())
            continue;
        label->setColor(theme().labelInk(model ? palette::kModel : palette::kTrue));
        label->setPadding(QMargins(1, 0, 1, 0));
        label->setBrush(Qt::NoBrush);
        const double value = model ? qValues[i] : pValues[i];
        label->setText(formatNumber(value, 2));
        // Over its bar; left out where the bars are too narrow for it (the table has every value).
        anchorLabel(label, yAxis, model ? qKeys[i] : pKeys[i], value, {LabelSpot::Above}, nullptr, false, 2.0);
    }
    const int highlight = s.highlightedOutcome();
    placeOutcomeBand(m_highlightBand, highlight < 0 ? -1.0 : highlight + 0.5, highlight + 1.5);
}

QPointF DistributionPanel::barTop(bool model, int outcome) const
{
    const LessonState &s = *state();
    const double key = outcome + 1 + (model ? offset() : -offset());
    const double value = (model ? s.qDistribution() : s.pDistribution())[std::size_t(outcome)];
    return {xAxis->coordToPixel(key), yAxis->coordToPixel(value)};
}

std::optional<std::pair<int, bool>> DistributionPanel::outcomeAt(double x) const
{
    const double key = xAxis->pixelToCoord(x);
    const int outcome = int(std::lround(key)) - 1;
    if (outcome < 0 || outcome >= state()->outcomeCount() || std::abs(key - (outcome + 1)) > 0.5)
        return std::nullopt;
    return std::make_pair(outcome, key > outcome + 1);
}

void DistributionPanel::mousePressEvent(QMouseEvent *event)
{
    const auto hit = outcomeAt(event->position().x());
    if (event->button() != Qt::LeftButton || !hit || !axisRect()->rect().contains(event->position().toPoint())) {
        PlotPanel::mousePressEvent(event);
        return;
    }
    // With two outcomes the lesson's p stays the probability of outcome 1, whichever bar is taken.
    if (state()->outcomeCount() > 2)
        state()->setFocusOutcome(hit->first);
    const bool onBar = std::abs(xAxis->pixelToCoord(event->position().x()) - (hit->first + 1)) <= kPairWidth / 2;
    if (onBar) {
        m_dragging = hit;
        mouseMoveEvent(event);
    }
}

void DistributionPanel::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        const auto hit = outcomeAt(event->position().x());
        state()->setHighlightedOutcome(hit && axisRect()->rect().contains(event->position().toPoint()) ? hit->first
                                                                                                       : -1);
        PlotPanel::mouseMoveEvent(event);
        return;
    }
    // A thousandth is as fine as a mouse can point; exact values are typed in the table.
    const double value = std::clamp(std::round(yAxis->pixelToCoord(event->position().y()) * 1000.0) / 1000.0, 0.0, 1.0);
    const auto which = m_dragging->second ? LessonState::Which::Q : LessonState::Which::P;
    if (const auto refusal = state()->setEntry(which, m_dragging->first, value))
        emit editRefused(*refusal);
}

void DistributionPanel::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragging.reset();
        refresh(); // the range may grow again now
        return;
    }
    PlotPanel::mouseReleaseEvent(event);
}

void DistributionPanel::leaveEvent(QEvent *event)
{
    if (!m_dragging)
        state()->setHighlightedOutcome(-1);
    PlotPanel::leaveEvent(event);
}

} // namespace widgets
