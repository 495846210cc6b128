#include "samplingpanel.h"

#include "clock.h"
#include "core/distribution.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <cmath>
#include <limits>

namespace widgets {

SamplingPanel::SamplingPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Sampling: the loss measured on data"), Distributions, theme, parent)
    , m_timer(new ClockTimer(this))
    , m_average(addCurve(tr("average of −log q(x) over the samples x drawn from p"), palette::kBlack, Motion::Live))
    , m_crossEntropy(addCurve(tr("H(p, q), where it settles"), palette::kModel, Motion::Live, Qt::DashLine))
    , m_entropy(addCurve(tr("H(p), the least any model could reach"), palette::kTrue, Motion::Live, Qt::DotLine))
    , m_label(addLabel(palette::kBlack))
{
    xAxis->setLabel(tr("samples drawn"));
    m_label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_label->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setCoords(0.99, 0.02);
    m_timer->setInterval(16); // a frame
    connect(m_timer, &ClockTimer::timeout, this, &SamplingPanel::drawStep);
    // Different distributions or units make earlier samples meaningless.
    connect(state, &LessonState::distributionsChanged, this, &SamplingPanel::restart);
    connect(state, &LessonState::unitChanged, this, &SamplingPanel::restart);
    restart();
    refresh();
}

SamplingPanel::~SamplingPanel() = default;

void SamplingPanel::restart()
{
    m_timer->stop();
    m_pending = 0;
    m_estimate = std::make_unique<core::CrossEntropyEstimate>(state()->pDistribution(), state()->qDistribution(),
                                                              state()->unit(), m_seed);
}

void SamplingPanel::setSeed(quint64 seed)
{
    m_seed = seed;
    restart();
    refresh();
}

bool SamplingPanel::isDrawing() const
{
    return m_timer->isActive();
}

double SamplingPanel::runningAverage() const
{
    if (!m_estimate || m_estimate->runningMeans().empty())
        return std::numeric_limits<double>::quiet_NaN();
    return m_estimate->runningMeans().back();
}

void SamplingPanel::drawSamples(int count, bool animated)
{
    if (count <= 0)
        return;
    if (!animated) {
        m_estimate->draw(std::size_t(count));
        refresh();
        return;
    }
    // About half a second whatever the count: a hundred samples arrive a few per frame.
    m_pending += count;
    m_perFrame = std::max(1, m_pending / 30);
    m_timer->start();
}

void SamplingPanel::drawFigureSamples(quint64 seed, int count)
{
    setSeed(seed);
    drawSamples(count, false);
}

void SamplingPanel::drawStep()
{
    const int now = std::min(m_pending, m_perFrame);
    m_estimate->draw(std::size_t(now));
    m_pending -= now;
    if (m_pending == 0)
        m_timer->stop();
    refresh();
}

void SamplingPanel::updateCurves()
{
    const LessonState &s = *state();
    const core::Unit u = unit();
    const double hpq = core::crossEntropy(s.pDistribution(), s.qDistribution(), u);
    const double hp = core::entropy(s.pDistribution(), u);
    const auto &means = m_estimate->runningMeans();
    const int count = int(means.size());
    const double right = niceCeiling(std::max(10.0, count * 1.05));
    xAxis->setRange(0.0, right);
    const double top = niceCeiling(std::isfinite(hpq) ? std::max(hpq * 2.0, 0.5) : std::max(hp * 2.0, 1.0));
    yAxis->setRange(0.0, top);
    yAxis->setLabel(tr("average −log q(x) [%1]").arg(unitName()));
    QVector<double> keys(count), values(count);
    for (int i = 0; i < count; ++i) {
        keys[i] = i + 1;
        values[i] = std::min(means[std::size_t(i)], top * 2); // an infinite average stays at the top
    }
    m_average->setData(keys, values, true);
    m_crossEntropy->setData({0.0, right}, {std::min(hpq, top * 2), std::min(hpq, top * 2)}, true);
    m_entropy->setData({0.0, right}, {hp, hp}, true);
    m_label->setText(
        count == 0
            ? tr("draw samples to start")
            : tr("%1 samples: average %2, H(p, q) = %3").arg(count).arg(formatNumber(means.back()), formatNumber(hpq)));
}

} // namespace widgets
