#include "trainingstate.h"

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

const core::TrainingPreset *findPreset(const QString &name)
{
    const std::string key = name.toStdString();
    for (const core::TrainingPreset &preset : core::trainingPresets()) {
        if (preset.name == key)
            return &preset;
    }
    return nullptr;
}

const core::TrainingPreset &defaultPreset()
{
    const core::TrainingPreset *preset = findPreset(TrainingState::kDefaultPreset);
    return preset ? *preset : core::trainingPresets().front();
}

} // namespace

TrainingState::TrainingState(QObject *parent)
    : QObject(parent)
    , m_data(defaultPreset().data)
    , m_start(defaultPreset().start)
    , m_learningRate(defaultPreset().learningRate)
    , m_presetName(QString::fromStdString(defaultPreset().name))
    , m_crossEntropy(m_data, m_start, core::TrainingLoss::CrossEntropy, m_learningRate)
    , m_squaredError(m_data, m_start, core::TrainingLoss::SquaredError, m_learningRate)
{ }

TrainingState::~TrainingState() = default;

const core::GradientDescent &TrainingState::run(core::TrainingLoss loss) const
{
    return loss == core::TrainingLoss::CrossEntropy ? m_crossEntropy : m_squaredError;
}

void TrainingState::restartRuns()
{
    m_crossEntropy = core::GradientDescent(m_data, m_start, core::TrainingLoss::CrossEntropy, m_learningRate);
    m_squaredError = core::GradientDescent(m_data, m_start, core::TrainingLoss::SquaredError, m_learningRate);
}

std::optional<QString> TrainingState::loadPreset(const QString &name)
{
    const core::TrainingPreset *preset = findPreset(name);
    if (!preset)
        return tr("there is no example called \"%1\"").arg(name);
    if (m_presetName == name && m_data == preset->data && m_start == preset->start
        && m_learningRate == preset->learningRate && iteration() == 0)
        return std::nullopt;
    m_data = preset->data;
    m_start = preset->start;
    m_learningRate = preset->learningRate;
    m_presetName = name;
    restartRuns();
    emit changed();
    return std::nullopt;
}

std::optional<QString> TrainingState::generate(quint64 seed, int count, double separation)
{
    if (count < 2 || count > kMaxGeneratedPoints)
        return tr("the number of points must lie between 2 and %1").arg(kMaxGeneratedPoints);
    if (!std::isfinite(separation) || separation < 0.0 || separation > 2.0 * kMaxX)
        return tr("the separation must lie between 0 and %1").arg(2.0 * kMaxX);
    std::vector<core::LabelledPoint> points = core::generatePoints(seed, count, separation);
    // A point off the line the lab shows could be neither seen nor dragged back.
    for (core::LabelledPoint &point : points)
        point.x = std::clamp(point.x, kMinX, kMaxX);
    if (points == m_data && m_presetName.isEmpty() && iteration() == 0)
        return std::nullopt;
    m_data = std::move(points);
    m_presetName.clear();
    restartRuns();
    emit changed();
    return std::nullopt;
}

std::optional<QString> TrainingState::setPoint(int index, double x)
{
    if (index < 0 || index >= int(m_data.size()))
        return tr("there is no point %1").arg(index + 1);
    if (!std::isfinite(x))
        return tr("a point's x must be a finite number");
    x = std::clamp(x, kMinX, kMaxX);
    if (m_data[std::size_t(index)].x == x)
        return std::nullopt;
    m_data[std::size_t(index)].x = x;
    m_presetName.clear();
    restartRuns();
    emit changed();
    return std::nullopt;
}

std::optional<QString> TrainingState::setStart(core::ModelParameters start)
{
    if (!std::isfinite(start.w) || !std::isfinite(start.b))
        return tr("the start (w, b) must be finite numbers");
    if (start == m_start)
        return std::nullopt;
    m_start = start;
    restartRuns();
    emit changed();
    return std::nullopt;
}

std::optional<QString> TrainingState::setLearningRate(double rate)
{
    if (!std::isfinite(rate) || rate <= 0.0 || rate > kMaxLearningRate)
        return tr("the learning rate must be a number above 0 and at most %1").arg(kMaxLearningRate);
    if (rate == m_learningRate)
        return std::nullopt;
    m_learningRate = rate;
    restartRuns();
    emit changed();
    return std::nullopt;
}

int TrainingState::step(int iterations)
{
    const int taken = std::min(iterations, kMaxIterations - iteration());
    if (taken <= 0)
        return 0;
    m_crossEntropy.run(taken);
    m_squaredError.run(taken);
    emit changed();
    return taken;
}

void TrainingState::reset()
{
    if (iteration() == 0)
        return;
    restartRuns();
    emit changed();
}

void TrainingState::assign(const TrainingState &other)
{
    if (&other == this)
        return;
    const bool same = m_data == other.m_data && m_start == other.m_start && m_learningRate == other.m_learningRate
        && m_presetName == other.m_presetName && iteration() == other.iteration();
    if (same)
        return; // same inputs and iteration: the runs, being deterministic, are the same too
    m_data = other.m_data;
    m_start = other.m_start;
    m_learningRate = other.m_learningRate;
    m_presetName = other.m_presetName;
    m_crossEntropy = other.m_crossEntropy;
    m_squaredError = other.m_squaredError;
    emit changed();
}

} // namespace widgets
