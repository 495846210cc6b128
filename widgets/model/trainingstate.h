#pragma once

#include "core/training.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace widgets {

// The model of the "why cross entropy?" lab: a two-class data set on a line, a start (w, b), a
// learning rate, and two gradient-descent runs from that start, one on mean cross entropy and one
// on mean squared error, advanced together. The lesson's LessonState stays the model of p, q, y
// and ŷ; this one only borrows its unit, through the panel.
//
// Any change of the data, the start or the learning rate starts both runs again at iteration 0.
// Every edit emits changed() once (step() once per call, however many iterations it takes); an
// edit that changes nothing, or is refused, emits nothing. Refusals say why and change nothing.
class TrainingState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int iteration READ iteration NOTIFY changed)
    Q_PROPERTY(double learningRate READ learningRate NOTIFY changed)
    Q_PROPERTY(QString presetName READ presetName NOTIFY changed)

public:
    // The inputs x the lab shows and a dragged point can reach; generated points are clamped to it.
    static constexpr double kMinX = -5.0;
    static constexpr double kMaxX = 5.0;
    // Learning rates in (0, kMaxLearningRate] are accepted.
    static constexpr double kMaxLearningRate = 100.0;
    // The runs stop here: each iteration keeps one core::TrainingStep per run (32 bytes), so memory
    // stays bounded (about 6.4 MB for both runs) however long Run is left on.
    static constexpr int kMaxIterations = 100000;
    // Generated data sets hold 2 to kMaxGeneratedPoints points.
    static constexpr int kMaxGeneratedPoints = 200;
    // The preset shown at first: the lesson's point, where squared error stalls.
    static inline const QString kDefaultPreset = QStringLiteral("confidently-wrong");

    explicit TrainingState(QObject *parent = nullptr);
    ~TrainingState() override;

    const std::vector<core::LabelledPoint> &data() const { return m_data; }
    core::ModelParameters start() const { return m_start; }
    double learningRate() const { return m_learningRate; }
    // The core::trainingPresets() name the data came from; empty once generate() or setPoint()
    // replaced it. A new start or learning rate keeps the name (the data is still the preset's).
    QString presetName() const { return m_presetName; }
    const core::GradientDescent &crossEntropyRun() const { return m_crossEntropy; }
    const core::GradientDescent &squaredErrorRun() const { return m_squaredError; }
    const core::GradientDescent &run(core::TrainingLoss loss) const;
    // Iterations taken by both runs since the last change; 0 .. kMaxIterations.
    int iteration() const { return m_crossEntropy.iteration(); }
    bool isAtIterationLimit() const { return iteration() >= kMaxIterations; }

    // Data, start and learning rate of the named preset (a name of core::trainingPresets()).
    std::optional<QString> loadPreset(const QString &name);
    // `count` points from core::generatePoints(seed, count, separation), clamped to [kMinX, kMaxX];
    // keeps the start and the learning rate. count in [2, kMaxGeneratedPoints], separation finite in
    // [0, 2 kMaxX].
    std::optional<QString> generate(quint64 seed, int count = 20, double separation = 2.0);
    // Moves point `index` to x, clamped to [kMinX, kMaxX] (a dragged point); its class stays.
    std::optional<QString> setPoint(int index, double x);
    // A finite start (w, b).
    std::optional<QString> setStart(core::ModelParameters start);
    // A finite learning rate in (0, kMaxLearningRate].
    std::optional<QString> setLearningRate(double rate);
    // Advances both runs by `iterations` (at most up to kMaxIterations in all); returns how many
    // were taken, 0 (and no signal) at the limit or for iterations <= 0.
    int step(int iterations = 1);
    // Back to iteration 0 with the same data, start and learning rate.
    void reset();
    // Becomes a copy of `other`, the runs' progress included (an exported figure of a copy).
    void assign(const TrainingState &other);

signals:
    // Once after every change: data, start, learning rate, preset or iterations.
    void changed();

private:
    // Both runs again from iteration 0 with the current data, start and rate; does not emit.
    void restartRuns();

    std::vector<core::LabelledPoint> m_data;
    core::ModelParameters m_start;
    double m_learningRate = 1.0;
    QString m_presetName;
    core::GradientDescent m_crossEntropy;
    core::GradientDescent m_squaredError;
};

} // namespace widgets
