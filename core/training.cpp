#include "training.h"

#include "loss.h"
#include "summation.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>
#include <random>
#include <stdexcept>
#include <utility>

namespace core {

namespace {

double logit(const LabelledPoint &p, ModelParameters model)
{
    return model.w * p.x + model.b;
}

// s - y, the binary lesson's dJ/dz in nats (loss.h): a nearly right prediction leaves a tiny residual
// rather than a cancelled zero.
double residual(double z, int y)
{
    return binaryCrossEntropyGradientAtLogit(y, z, Unit::Nats);
}

} // namespace

double sigmoid(double z)
{
    // e^-z overflows for z < -709; on that side e^z underflows harmlessly instead.
    if (z >= 0.0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

double meanLoss(std::span<const LabelledPoint> data, ModelParameters model, TrainingLoss loss)
{
    if (data.empty())
        return 0.0;
    CompensatedSum sum;
    for (const LabelledPoint &p : data) {
        const double z = logit(p, model);
        if (loss == TrainingLoss::CrossEntropy) {
            // The binary lesson's J at the logit (loss.h): softplus(-z) or softplus(z), no cancellation.
            sum.add(binaryCrossEntropyLossAtLogit(p.y, z, Unit::Nats));
        } else {
            const double r = residual(z, p.y);
            sum.add(r * r);
        }
    }
    return sum.value() / static_cast<double>(data.size());
}

ModelParameters meanLossGradient(std::span<const LabelledPoint> data, ModelParameters model, TrainingLoss loss)
{
    if (data.empty())
        return {};
    CompensatedSum dw, db;
    for (const LabelledPoint &p : data) {
        const double z = logit(p, model);
        double dz = residual(z, p.y);
        if (loss == TrainingLoss::SquaredError)
            dz *= 2.0 * sigmoid(z) * sigmoid(-z); // s (1 - s) without the cancellation of 1 - s
        dw.add(dz * p.x);
        db.add(dz);
    }
    const double n = static_cast<double>(data.size());
    // + 0.0 turns a -0 into +0, so an exact optimum reads as (0, 0).
    return {dw.value() / n + 0.0, db.value() / n + 0.0};
}

LossSurface::LossSurface(std::span<const LabelledPoint> data, TrainingLoss loss, ParameterWindow window, int cells)
    : m_window(window)
    , m_cells(cells)
{
    constexpr int kMostCells = 4096; // 16 million losses: far past any screen, still a bounded cost
    if (cells < 2 || cells > kMostCells)
        throw std::invalid_argument("a loss surface needs 2 to 4096 points along each side");
    const bool finite = std::isfinite(window.minW) && std::isfinite(window.maxW) && std::isfinite(window.minB)
        && std::isfinite(window.maxB);
    if (!finite || !(window.minW < window.maxW) || !(window.minB < window.maxB))
        throw std::invalid_argument("a loss surface needs a window of finite bounds, each minimum below its maximum");
    m_values.resize(std::size_t(cells) * std::size_t(cells));
    for (int i = 0; i < cells; ++i) {
        for (int j = 0; j < cells; ++j)
            m_values[std::size_t(i) * std::size_t(cells) + std::size_t(j)] = meanLoss(data, point(i, j), loss);
    }
}

ModelParameters LossSurface::point(int i, int j) const
{
    // The order of operations QCustomPlot's QCPColorMapData::cellToCoord uses, so each value lands
    // on exactly the cell centre the map draws it at.
    const double last = m_cells - 1;
    return {i / last * (m_window.maxW - m_window.minW) + m_window.minW,
            j / last * (m_window.maxB - m_window.minB) + m_window.minB};
}

GradientDescent::GradientDescent(std::vector<LabelledPoint> data, ModelParameters start, TrainingLoss loss,
                                 double learningRate)
    : m_data(std::move(data))
    , m_loss(loss)
    , m_learningRate(learningRate)
{
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        throw std::invalid_argument("the learning rate must be positive and finite");
    m_steps.push_back(measure(start));
}

void GradientDescent::step()
{
    const ModelParameters now = model();
    const ModelParameters gradient = meanLossGradient(m_data, now, m_loss);
    m_steps.push_back(measure({now.w - m_learningRate * gradient.w, now.b - m_learningRate * gradient.b}));
}

void GradientDescent::run(int iterations)
{
    m_steps.reserve(m_steps.size() + static_cast<std::size_t>(std::max(iterations, 0)));
    for (int i = 0; i < iterations; ++i)
        step();
}

TrainingStep GradientDescent::measure(ModelParameters model) const
{
    const ModelParameters gradient = meanLossGradient(m_data, model, m_loss);
    return {model, meanLoss(m_data, model, m_loss), std::hypot(gradient.w, gradient.b)};
}

std::vector<LabelledPoint> generatePoints(std::uint64_t seed, int count, double separation)
{
    if (count < 2)
        throw std::invalid_argument("generatePoints needs at least two points");
    if (!std::isfinite(separation))
        throw std::invalid_argument("the separation must be finite");
    std::mt19937_64 engine(seed);
    // 53 random bits, as sampling.cpp does; std::uniform_real_distribution and
    // std::normal_distribution differ between standard libraries.
    const auto uniform = [&engine] { return static_cast<double>(engine() >> 11) * 0x1.0p-53; }; // [0, 1)
    std::vector<LabelledPoint> points;
    points.reserve(static_cast<std::size_t>(count));
    // Box-Muller gives normals in pairs: one for a point of class 0, the other for class 1.
    while (points.size() < static_cast<std::size_t>(count)) {
        const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        points.push_back({-0.5 * separation + radius * std::cos(angle), 0});
        if (points.size() < static_cast<std::size_t>(count))
            points.push_back({0.5 * separation + radius * std::sin(angle), 1});
    }
    std::ranges::sort(
        points, [](const LabelledPoint &a, const LabelledPoint &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    return points;
}

namespace {

std::vector<LabelledPoint> labelled(std::initializer_list<double> class0, std::initializer_list<double> class1)
{
    std::vector<LabelledPoint> points;
    for (double x : class0)
        points.push_back({x, 0});
    for (double x : class1)
        points.push_back({x, 1});
    std::ranges::sort(
        points, [](const LabelledPoint &a, const LabelledPoint &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    return points;
}

} // namespace

const std::vector<TrainingPreset> &trainingPresets()
{
    // Hand-placed points, tuned by running both trainings. "overlapping": cross entropy settles at
    // w = 1.2306, b = -0.0851 within ~50 iterations. "separated": w keeps growing, about 4.4 after 100
    // iterations and 7.0 after 500. "confidently-wrong": cross entropy is near its optimum after 25
    // iterations; squared error starts with a gradient 400 times smaller, stays on its plateau for
    // ~250 iterations and only then falls to its optimum, by iteration ~400.
    static const std::vector<TrainingPreset> presets = {
        {"overlapping",
         "The two classes mingle around zero, so no threshold separates them and the best fit is finite.",
         labelled({-2.9, -2.4, -2.0, -1.7, -1.3, -0.6, -0.2, 0.4, 1.1},
                  {-0.9, -0.3, 0.2, 0.7, 1.5, 1.9, 2.3, 2.8, 3.4}),
         {0.0, 0.0},
         1.0},
        {"separated",
         "A gap splits the classes, so cross entropy always gains by a steeper sigmoid and w grows without end.",
         labelled({-3.0, -2.4, -1.9, -1.5, -1.1, -0.7, -0.4}, {0.4, 0.8, 1.2, 1.6, 2.1, 2.5, 3.0}),
         {0.0, 0.0},
         1.0},
        {"confidently-wrong",
         "The start is sure of the wrong class at every point: cross entropy recovers at once, squared error sits on a "
         "plateau.",
         labelled({-2.5, -2.0, -1.6, -1.3, -1.1, -1.0, -0.9, 1.0}, {-1.0, 0.8, 0.9, 1.0, 1.2, 1.5, 1.9, 2.4}),
         {-6.0, 0.0},
         1.0},
    };
    return presets;
}

} // namespace core
