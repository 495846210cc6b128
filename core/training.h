#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

// Logistic regression on one input, trained by gradient descent on either loss of the lesson: the
// "why cross entropy?" lab. All losses are in nats (natural logarithms), as training uses them.
namespace core {

// One training example: an input x on a line and its class y, 0 or 1.
struct LabelledPoint
{
    double x = 0.0;
    int y = 0;
    bool operator==(const LabelledPoint &) const = default;
};

// The model sigmoid(w x + b).
struct ModelParameters
{
    double w = 0.0;
    double b = 0.0;
    bool operator==(const ModelParameters &) const = default;
};

enum class TrainingLoss { CrossEntropy, SquaredError };

// sigmoid(z) = 1 / (1 + e^-z), without overflow for any finite z.
double sigmoid(double z);

// The mean loss over the data, in nats: binary cross entropy -y log s - (1-y) log(1-s) computed
// from the logit (log1p, no cancellation, finite for every finite z), or squared error (y - s)^2,
// with s = sigmoid(w x + b). Empty data: 0.
double meanLoss(std::span<const LabelledPoint> data, ModelParameters model, TrainingLoss loss);

// The exact gradient of meanLoss with respect to (w, b): mean of (s - y)(x, 1) for cross entropy,
// mean of 2 (s - y) s (1 - s)(x, 1) for squared error. Empty data: (0, 0).
ModelParameters meanLossGradient(std::span<const LabelledPoint> data, ModelParameters model, TrainingLoss loss);

// A rectangle of the (w, b) plane: w in [minW, maxW], b in [minB, maxB].
struct ParameterWindow
{
    double minW = 0.0, maxW = 0.0, minB = 0.0, maxB = 0.0;
};

// meanLoss over a square grid of a window, as the lab draws it: `cells` points along w and along b,
// both ends included, so point (i, j) is w = minW + i / (cells - 1) (maxW - minW), b likewise with j.
// Values in nats. Computed once per data set: 120 x 120 points of 16 examples is 230,400 losses.
class LossSurface
{
public:
    // cells from 2 to 4096 and a window of finite bounds with min < max, else std::invalid_argument.
    LossSurface(std::span<const LabelledPoint> data, TrainingLoss loss, ParameterWindow window, int cells);

    int cells() const { return m_cells; }
    // The grid point (i, j), i along w and j along b, each in [0, cells).
    ModelParameters point(int i, int j) const;
    // meanLoss at point(i, j).
    double at(int i, int j) const { return m_values[std::size_t(i) * std::size_t(m_cells) + std::size_t(j)]; }

private:
    ParameterWindow m_window;
    int m_cells;
    std::vector<double> m_values;
};

// One iteration of a training run: the parameters after it, the loss there, and the length of the
// gradient there (the one the next step follows; ~0 at an optimum).
struct TrainingStep
{
    ModelParameters model;
    double loss = 0.0;
    double gradientNorm = 0.0;
};

// Plain gradient descent, (w, b) -= learningRate * gradient, from a start, recording every step.
// steps()[0] is the start (gradientNorm is the gradient there); each step() appends one.
class GradientDescent
{
public:
    // learningRate > 0 and finite, else std::invalid_argument.
    GradientDescent(std::vector<LabelledPoint> data, ModelParameters start, TrainingLoss loss, double learningRate);

    void step();
    void run(int iterations);
    int iteration() const { return int(m_steps.size()) - 1; }
    const std::vector<TrainingStep> &steps() const { return m_steps; }
    const ModelParameters &model() const { return m_steps.back().model; }
    TrainingLoss loss() const { return m_loss; }
    const std::vector<LabelledPoint> &data() const { return m_data; }

private:
    TrainingStep measure(ModelParameters model) const;

    std::vector<LabelledPoint> m_data;
    TrainingLoss m_loss;
    double m_learningRate;
    std::vector<TrainingStep> m_steps;
};

// A two-class data set on a line, the same for the same seed on every machine: `count` points
// (count >= 2), half of class 0 around -separation/2 and half of class 1 around +separation/2,
// with unit normal spread (Box-Muller over mt19937_64), sorted by x (ties by y). An odd count gives
// class 0 the extra point. count < 2 or a non-finite separation: std::invalid_argument.
std::vector<LabelledPoint> generatePoints(std::uint64_t seed, int count, double separation);

// A named example of the lab: its data, where both trainings start, and a learning rate.
struct TrainingPreset
{
    std::string name; // "overlapping", "separated", "confidently-wrong"
    std::string description;
    std::vector<LabelledPoint> data;
    ModelParameters start;
    double learningRate = 0.5;
};

// The lab's presets; "confidently-wrong" starts with w far negative, so every prediction is near 0
// where the label is 1 and near 1 where it is 0: squared error's gradient vanishes there, cross
// entropy's does not.
const std::vector<TrainingPreset> &trainingPresets();

} // namespace core
