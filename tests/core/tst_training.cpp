// The "why cross entropy?" lab: the sigmoid and both losses at their edges (tables against long
// double references), gradients against finite differences, cross-entropy descent reaching the
// Newton optimum, reproducible runs and data, and the vanishing gradient of squared error from a
// confidently wrong start.
#include "core/training.h"

#include "testsupport.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <stdexcept>
#include <vector>

using Points = std::vector<core::LabelledPoint>;
Q_DECLARE_METATYPE(Points)
Q_DECLARE_METATYPE(core::ModelParameters)
Q_DECLARE_METATYPE(core::TrainingLoss)
Q_DECLARE_METATYPE(core::ParameterWindow)

namespace {

using testsupport::closeTo;
using testsupport::show;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const core::TrainingPreset &preset(const std::string &name)
{
    const auto &all = core::trainingPresets();
    const auto it = std::ranges::find(all, name, &core::TrainingPreset::name);
    if (it == all.end())
        qFatal("no preset %s", name.c_str());
    return *it;
}

// Independent references in long double, each in a form without cancellation.
long double sigmoidReference(long double z)
{
    return z >= 0 ? 1.0L / (1.0L + std::exp(-z)) : std::exp(z) / (1.0L + std::exp(z));
}

long double lossReference(const Points &data, core::ModelParameters model, core::TrainingLoss loss)
{
    if (data.empty())
        return 0.0L;
    long double sum = 0.0L;
    for (const core::LabelledPoint &p : data) {
        const long double z = static_cast<long double>(model.w) * p.x + model.b;
        const long double wrongSide = p.y == 1 ? -z : z; // the logit of the wrong class
        if (loss == core::TrainingLoss::CrossEntropy)
            sum += std::max(wrongSide, 0.0L) + std::log1p(std::exp(-std::abs(wrongSide)));
        else
            sum += sigmoidReference(wrongSide) * sigmoidReference(wrongSide); // |y - s| = s(wrong side)
    }
    return sum / static_cast<long double>(data.size());
}

struct Newton
{
    long double w = 0.0L, b = 0.0L;
};

// The cross-entropy optimum by Newton's method on the 2x2 Hessian mean s(1-s) [x^2 x; x 1].
Newton crossEntropyOptimum(const Points &data)
{
    Newton m;
    const long double n = static_cast<long double>(data.size());
    for (int iteration = 0; iteration < 100; ++iteration) {
        long double gw = 0, gb = 0, hww = 0, hwb = 0, hbb = 0;
        for (const core::LabelledPoint &p : data) {
            const long double s = sigmoidReference(m.w * p.x + m.b);
            const long double curvature = s * (1.0L - s);
            gw += (s - p.y) * p.x;
            gb += s - p.y;
            hww += curvature * p.x * p.x;
            hwb += curvature * p.x;
            hbb += curvature;
        }
        gw /= n, gb /= n, hww /= n, hwb /= n, hbb /= n;
        const long double det = hww * hbb - hwb * hwb;
        const long double dw = (hbb * gw - hwb * gb) / det;
        const long double db = (hww * gb - hwb * gw) / det;
        m.w -= dw;
        m.b -= db;
        if (std::abs(dw) < 1e-15L && std::abs(db) < 1e-15L)
            return m;
    }
    qFatal("Newton's method did not converge");
}

Points randomPoints(std::mt19937_64 &rng)
{
    std::uniform_int_distribution<int> size(1, 20), label(0, 1);
    std::uniform_real_distribution<double> x(-3.0, 3.0);
    Points data(static_cast<std::size_t>(size(rng)));
    for (core::LabelledPoint &p : data)
        p = {x(rng), label(rng)};
    return data;
}

bool bitIdentical(const core::TrainingStep &a, const core::TrainingStep &b)
{
    return std::bit_cast<std::uint64_t>(a.model.w) == std::bit_cast<std::uint64_t>(b.model.w)
        && std::bit_cast<std::uint64_t>(a.model.b) == std::bit_cast<std::uint64_t>(b.model.b)
        && std::bit_cast<std::uint64_t>(a.loss) == std::bit_cast<std::uint64_t>(b.loss)
        && std::bit_cast<std::uint64_t>(a.gradientNorm) == std::bit_cast<std::uint64_t>(b.gradientNorm);
}

double largestClass0(const Points &data)
{
    double largest = -kInf;
    for (const core::LabelledPoint &p : data)
        if (p.y == 0)
            largest = std::max(largest, p.x);
    return largest;
}

double smallestClass1(const Points &data)
{
    double smallest = kInf;
    for (const core::LabelledPoint &p : data)
        if (p.y == 1)
            smallest = std::min(smallest, p.x);
    return smallest;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private slots:
    void sigmoid_data()
    {
        QTest::addColumn<double>("z");
        QTest::newRow("0 is exactly one half") << 0.0;
        QTest::newRow("-0") << -0.0;
        QTest::newRow("1") << 1.0;
        QTest::newRow("-1") << -1.0;
        QTest::newRow("40: rounds to 1") << 40.0;
        QTest::newRow("-40: tiny, not 0") << -40.0;
        QTest::newRow("800: e^-z underflows") << 800.0;
        QTest::newRow("-800: e^-z would overflow") << -800.0;
        QTest::newRow("-700: e^-700, still a normal double") << -700.0;
        QTest::newRow("+inf") << kInf;
        QTest::newRow("-inf") << -kInf;
    }

    void sigmoid()
    {
        QFETCH(double, z);
        const double got = core::sigmoid(z);
        const double expected = static_cast<double>(sigmoidReference(z));
        QVERIFY2(got >= 0.0 && got <= 1.0, qPrintable(show(got)));
        QVERIFY2(closeTo(got, expected, 0x1p-52), qPrintable(show(got) + " vs " + show(expected)));
        if (z == 0.0)
            QCOMPARE(got, 0.5);
        // s(-z) = 1 - s(z), up to the rounding of values near 1.
        const double mirrored = core::sigmoid(-z);
        QVERIFY2(std::abs(mirrored - (1.0 - got)) <= 0x1p-53, qPrintable(show(mirrored) + " vs 1 - " + show(got)));
    }

    void meanLoss_data()
    {
        QTest::addColumn<Points>("data");
        QTest::addColumn<core::ModelParameters>("model");
        QTest::addColumn<core::TrainingLoss>("loss");
        QTest::addColumn<double>("expected"); // NaN: take the long double reference

        using core::TrainingLoss;
        constexpr auto ce = TrainingLoss::CrossEntropy;
        constexpr auto se = TrainingLoss::SquaredError;
        const Points pair {{-1.0, 0}, {1.0, 1}};
        const Points mixed {{-2.0, 0}, {-0.5, 1}, {0.5, 0}, {2.0, 1}, {3.0, 1}};
        const Points one {{1.0, 1}};
        const Points zero {{1.0, 0}};

        QTest::newRow("w = b = 0: ln 2 nats") << pair << core::ModelParameters {0.0, 0.0} << ce << std::numbers::ln2;
        QTest::newRow("w = b = 0: squared error 1/4") << pair << core::ModelParameters {0.0, 0.0} << se << 0.25;
        QTest::newRow("mixed, cross entropy") << mixed << core::ModelParameters {1.5, -0.25} << ce << kNaN;
        QTest::newRow("mixed, squared error") << mixed << core::ModelParameters {1.5, -0.25} << se << kNaN;
        QTest::newRow("mixed, wrong way, cross entropy") << mixed << core::ModelParameters {-3.0, 0.5} << ce << kNaN;
        QTest::newRow("mixed, wrong way, squared error") << mixed << core::ModelParameters {-3.0, 0.5} << se << kNaN;
        QTest::newRow("right at z = 50: e^-50, not 0") << one << core::ModelParameters {50.0, 0.0} << ce << kNaN;
        QTest::newRow("right at z = 50, squared: e^-100") << one << core::ModelParameters {50.0, 0.0} << se << kNaN;
        QTest::newRow("wrong at z = -50: 50 nats") << one << core::ModelParameters {-50.0, 0.0} << ce << 50.0;
        QTest::newRow("wrong at z = -50, squared") << one << core::ModelParameters {-50.0, 0.0} << se << kNaN;
        QTest::newRow("y = 1, z = -700: 700 nats") << one << core::ModelParameters {-700.0, 0.0} << ce << 700.0;
        QTest::newRow("y = 0, z = 700: 700 nats") << zero << core::ModelParameters {700.0, 0.0} << ce << 700.0;
        QTest::newRow("y = 1, z = 700: e^-700") << one << core::ModelParameters {0.0, 700.0} << ce << kNaN;
        QTest::newRow("y = 1, z = 700, squared: underflows to 0")
            << one << core::ModelParameters {0.0, 700.0} << se << 0.0;
        QTest::newRow("y = 1, z = -700, squared: 1") << one << core::ModelParameters {-700.0, 0.0} << se << 1.0;
        QTest::newRow("one right, one wrong at |z| = 700")
            << Points {{1.0, 1}, {-1.0, 1}} << core::ModelParameters {700.0, 0.0} << ce << 350.0;
        QTest::newRow("empty data, cross entropy") << Points {} << core::ModelParameters {1.0, 2.0} << ce << 0.0;
        QTest::newRow("empty data, squared error") << Points {} << core::ModelParameters {1.0, 2.0} << se << 0.0;
    }

    void meanLoss()
    {
        QFETCH(Points, data);
        QFETCH(core::ModelParameters, model);
        QFETCH(core::TrainingLoss, loss);
        QFETCH(double, expected);
        const double reference = static_cast<double>(lossReference(data, model, loss));
        if (std::isnan(expected))
            expected = reference;
        else // the hand value and the reference agree, so the table itself is right
            QVERIFY2(closeTo(reference, expected, 1e-15), qPrintable(show(reference)));
        const double got = core::meanLoss(data, model, loss);
        QVERIFY2(closeTo(got, expected, 4e-16), qPrintable(show(got) + " vs " + show(expected)));
    }

    void gradientMatchesFiniteDifferences_data()
    {
        QTest::addColumn<core::TrainingLoss>("loss");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("cross entropy") << core::TrainingLoss::CrossEntropy << quint64(11);
        QTest::newRow("squared error") << core::TrainingLoss::SquaredError << quint64(12);
    }

    void gradientMatchesFiniteDifferences()
    {
        QFETCH(core::TrainingLoss, loss);
        QFETCH(quint64, seed);
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> parameter(-3.0, 3.0);
        constexpr double h = 1e-4;
        for (int trial = 0; trial < 200; ++trial) {
            const Points data = randomPoints(rng);
            const core::ModelParameters model {parameter(rng), parameter(rng)};
            const core::ModelParameters gradient = core::meanLossGradient(data, model, loss);
            const double norm = std::hypot(gradient.w, gradient.b);
            const auto at = [&](double w, double b) { return core::meanLoss(data, {w, b}, loss); };
            const double wPlus = at(model.w + h, model.b), wMinus = at(model.w - h, model.b);
            const double bPlus = at(model.w, model.b + h), bMinus = at(model.w, model.b - h);
            const double dw = (wPlus - wMinus) / (2 * h);
            const double db = (bPlus - bMinus) / (2 * h);
            // Relative 1e-6 of the gradient, plus what rounding of the losses does to the quotient
            // (which matters only where squared error's gradient all but vanishes).
            const double rounding = 8 * std::numeric_limits<double>::epsilon()
                * (std::abs(wPlus) + std::abs(wMinus) + std::abs(bPlus) + std::abs(bMinus)) / (2 * h);
            const double tolerance = 1e-6 * norm + rounding;
            QVERIFY2(std::abs(gradient.w - dw) <= tolerance && std::abs(gradient.b - db) <= tolerance,
                     qPrintable(QStringLiteral("trial %1: (%2, %3) vs (%4, %5)")
                                    .arg(trial)
                                    .arg(show(gradient.w), show(gradient.b), show(dw), show(db))));
        }
    }

    void crossEntropyDescent_reachesNewtonOptimum()
    {
        const core::TrainingPreset &overlapping = preset("overlapping");
        // Not separable: some class 0 point lies right of some class 1 point, so the optimum is finite.
        QVERIFY(largestClass0(overlapping.data) > smallestClass1(overlapping.data));
        const Newton optimum = crossEntropyOptimum(overlapping.data);
        const core::ModelParameters best {static_cast<double>(optimum.w), static_cast<double>(optimum.b)};
        const double bestLoss
            = static_cast<double>(lossReference(overlapping.data, best, core::TrainingLoss::CrossEntropy));
        const core::ModelParameters g
            = core::meanLossGradient(overlapping.data, best, core::TrainingLoss::CrossEntropy);
        QVERIFY2(std::hypot(g.w, g.b) < 1e-15, qPrintable(show(std::hypot(g.w, g.b))));

        core::GradientDescent descent(overlapping.data, overlapping.start, core::TrainingLoss::CrossEntropy,
                                      overlapping.learningRate);
        descent.run(20000);
        QCOMPARE(descent.iteration(), 20000);
        const core::TrainingStep &last = descent.steps().back();
        QVERIFY2(std::abs(last.model.w - best.w) < 1e-6, qPrintable(show(last.model.w) + " vs " + show(best.w)));
        QVERIFY2(std::abs(last.model.b - best.b) < 1e-6, qPrintable(show(last.model.b) + " vs " + show(best.b)));
        QVERIFY2(std::abs(last.loss - bestLoss) < 1e-10, qPrintable(show(last.loss) + " vs " + show(bestLoss)));
        QVERIFY2(last.gradientNorm < 1e-12, qPrintable(show(last.gradientNorm)));
        // The loss never rose on the way (the learning rate is small enough for this data).
        for (std::size_t i = 1; i < descent.steps().size(); ++i)
            QVERIFY2(descent.steps()[i].loss <= descent.steps()[i - 1].loss + 1e-15, qPrintable(QString::number(i)));
    }

    void gradientDescent_bookkeeping()
    {
        const core::TrainingPreset &overlapping = preset("overlapping");
        core::GradientDescent descent(overlapping.data, overlapping.start, core::TrainingLoss::SquaredError, 0.5);
        QCOMPARE(descent.iteration(), 0);
        QCOMPARE(descent.steps().size(), std::size_t(1));
        QCOMPARE(descent.model(), overlapping.start);
        QCOMPARE(descent.loss(), core::TrainingLoss::SquaredError);
        QCOMPARE(descent.data(), overlapping.data);
        const core::ModelParameters g0
            = core::meanLossGradient(overlapping.data, overlapping.start, core::TrainingLoss::SquaredError);
        QCOMPARE(descent.steps()[0].gradientNorm, std::hypot(g0.w, g0.b));
        QCOMPARE(descent.steps()[0].loss,
                 core::meanLoss(overlapping.data, overlapping.start, core::TrainingLoss::SquaredError));
        descent.step();
        QCOMPARE(descent.iteration(), 1);
        const core::ModelParameters expected {overlapping.start.w - 0.5 * g0.w, overlapping.start.b - 0.5 * g0.b};
        QCOMPARE(descent.model(), expected);
        const core::ModelParameters g1
            = core::meanLossGradient(overlapping.data, expected, core::TrainingLoss::SquaredError);
        QCOMPARE(descent.steps()[1].gradientNorm, std::hypot(g1.w, g1.b));
        descent.run(4);
        QCOMPARE(descent.iteration(), 5);
        descent.run(0);
        descent.run(-3);
        QCOMPARE(descent.iteration(), 5);
    }

    void generatePoints_sameSeedSameData()
    {
        const Points a = core::generatePoints(1, 20, 2.0);
        QCOMPARE(core::generatePoints(1, 20, 2.0), a);
        QVERIFY(core::generatePoints(2, 20, 2.0) != a);
        // Pinned, so any change to the generator (engine, uniforms, Box-Muller, order) shows here.
        QCOMPARE(a[0], (core::LabelledPoint {-0x1.db8a9fe0651bep+0, 0}));
        QCOMPARE(a[1], (core::LabelledPoint {-0x1.67fe9e8b2d5f8p+0, 0}));
        QCOMPARE(a[2], (core::LabelledPoint {-0x1.244ad6c516b79p+0, 0}));
        QCOMPARE(a[19], (core::LabelledPoint {0x1.5e70897f7b08dp+1, 1})); // the other half of a Box-Muller pair
    }

    void generatePoints_shape_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("separation");
        QTest::newRow("two points") << 2 << 2.0;
        QTest::newRow("odd count") << 7 << 1.0;
        QTest::newRow("no separation") << 24 << 0.0;
        QTest::newRow("negative separation swaps the sides") << 10 << -3.0;
        QTest::newRow("wide") << 13 << 40.0;
    }

    void generatePoints_shape()
    {
        QFETCH(int, count);
        QFETCH(double, separation);
        const Points points = core::generatePoints(42, count, separation);
        QCOMPARE(int(points.size()), count);
        const auto ones = std::ranges::count(points, 1, &core::LabelledPoint::y);
        const auto zeros = std::ranges::count(points, 0, &core::LabelledPoint::y);
        QCOMPARE(int(ones), count / 2);
        QCOMPARE(int(zeros), count - count / 2);
        QVERIFY(std::ranges::is_sorted(points, {}, &core::LabelledPoint::x));
        for (const core::LabelledPoint &p : points)
            QVERIFY(std::isfinite(p.x));
    }

    void generatePoints_isTwoUnitNormals()
    {
        // Many points: each class has mean +-separation/2 and standard deviation 1 (checks Box-Muller).
        const Points points = core::generatePoints(7, 40000, 3.0);
        for (int y : {0, 1}) {
            double sum = 0, squares = 0;
            int n = 0;
            for (const core::LabelledPoint &p : points)
                if (p.y == y) {
                    sum += p.x;
                    ++n;
                }
            const double mean = sum / n;
            for (const core::LabelledPoint &p : points)
                if (p.y == y)
                    squares += (p.x - mean) * (p.x - mean);
            const double deviation = std::sqrt(squares / (n - 1));
            QVERIFY2(std::abs(mean - (y == 0 ? -1.5 : 1.5)) < 0.03, qPrintable(show(mean))); // 4 standard errors
            QVERIFY2(std::abs(deviation - 1.0) < 0.03, qPrintable(show(deviation)));
        }
    }

    void generatePoints_rejectsBadArguments_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("separation");
        QTest::newRow("one point") << 1 << 2.0;
        QTest::newRow("no points") << 0 << 2.0;
        QTest::newRow("negative count") << -4 << 2.0;
        QTest::newRow("NaN separation") << 10 << kNaN;
        QTest::newRow("infinite separation") << 10 << kInf;
    }

    void generatePoints_rejectsBadArguments()
    {
        QFETCH(int, count);
        QFETCH(double, separation);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::generatePoints(1, count, separation));
    }

    void lossSurface_isTheLossAtEachGridPoint_data()
    {
        QTest::addColumn<core::TrainingLoss>("loss");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("i");
        QTest::addColumn<int>("j");
        using core::TrainingLoss;
        // The lab's window and grid: corners, the middle, a point off the diagonal.
        for (TrainingLoss loss : {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError}) {
            const char *name = loss == TrainingLoss::CrossEntropy ? "cross entropy" : "squared error";
            QTest::addRow("%s, first corner", name) << loss << 120 << 0 << 0;
            QTest::addRow("%s, last corner", name) << loss << 120 << 119 << 119;
            QTest::addRow("%s, w last, b first", name) << loss << 120 << 119 << 0;
            QTest::addRow("%s, near the middle", name) << loss << 120 << 60 << 59;
            QTest::addRow("%s, off the diagonal", name) << loss << 120 << 17 << 101;
            QTest::addRow("%s, smallest grid", name) << loss << 2 << 1 << 0;
        }
    }

    void lossSurface_isTheLossAtEachGridPoint()
    {
        QFETCH(core::TrainingLoss, loss);
        QFETCH(int, cells);
        QFETCH(int, i);
        QFETCH(int, j);
        const core::TrainingPreset &wrong = preset("confidently-wrong");
        const core::ParameterWindow window {-8.0, 8.0, -5.0, 5.0};
        const core::LossSurface surface(wrong.data, loss, window, cells);
        QCOMPARE(surface.cells(), cells);
        // Both ends of each side are grid points, evenly spaced between.
        const double w = -8.0 + 16.0 * i / (cells - 1), b = -5.0 + 10.0 * j / (cells - 1);
        QVERIFY2(closeTo(surface.point(i, j).w, w, 1e-15) || std::abs(w) < 1e-15,
                 qPrintable(show(surface.point(i, j).w)));
        QVERIFY2(closeTo(surface.point(i, j).b, b, 1e-15) || std::abs(b) < 1e-15,
                 qPrintable(show(surface.point(i, j).b)));
        // The mean loss by its formula, in long double, at that point.
        const double expected = static_cast<double>(lossReference(wrong.data, surface.point(i, j), loss));
        QVERIFY2(closeTo(surface.at(i, j), expected, 1e-14),
                 qPrintable(show(surface.at(i, j)) + " vs " + show(expected)));
    }

    void lossSurface_rejectsBadGrids_data()
    {
        QTest::addColumn<core::ParameterWindow>("window");
        QTest::addColumn<int>("cells");
        const core::ParameterWindow lab {-8.0, 8.0, -5.0, 5.0};
        QTest::newRow("no cells") << lab << 0;
        QTest::newRow("one cell: no spacing") << lab << 1;
        QTest::newRow("negative cells") << lab << -120;
        QTest::newRow("too many cells") << lab << 4097;
        QTest::newRow("NaN bound") << core::ParameterWindow {kNaN, 8.0, -5.0, 5.0} << 120;
        QTest::newRow("infinite bound") << core::ParameterWindow {-8.0, kInf, -5.0, 5.0} << 120;
        QTest::newRow("infinite b range") << core::ParameterWindow {-8.0, 8.0, -kInf, kInf} << 120;
        QTest::newRow("empty w range") << core::ParameterWindow {1.0, 1.0, -5.0, 5.0} << 120;
        QTest::newRow("reversed b range") << core::ParameterWindow {-8.0, 8.0, 5.0, -5.0} << 120;
    }

    void lossSurface_rejectsBadGrids()
    {
        QFETCH(core::ParameterWindow, window);
        QFETCH(int, cells);
        const Points data {{-1.0, 0}, {1.0, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::LossSurface(data, core::TrainingLoss::CrossEntropy, window, cells));
    }

    void lossSurface_emptyData_isZeroEverywhere()
    {
        const core::LossSurface surface({}, core::TrainingLoss::SquaredError, {-1.0, 1.0, -1.0, 1.0}, 3);
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j)
                QCOMPARE(surface.at(i, j), 0.0);
        }
    }

    void gradientDescent_sameInputsSameRun_data()
    {
        QTest::addColumn<core::TrainingLoss>("loss");
        QTest::newRow("cross entropy") << core::TrainingLoss::CrossEntropy;
        QTest::newRow("squared error") << core::TrainingLoss::SquaredError;
    }

    void gradientDescent_sameInputsSameRun()
    {
        QFETCH(core::TrainingLoss, loss);
        const Points data = core::generatePoints(5, 24, 1.5);
        core::GradientDescent first(data, {-2.0, 1.0}, loss, 0.7);
        core::GradientDescent second(core::generatePoints(5, 24, 1.5), {-2.0, 1.0}, loss, 0.7);
        first.run(300);
        for (int i = 0; i < 300; ++i)
            second.step();
        QCOMPARE(first.steps().size(), second.steps().size());
        for (std::size_t i = 0; i < first.steps().size(); ++i)
            QVERIFY2(bitIdentical(first.steps()[i], second.steps()[i]), qPrintable(QString::number(i)));
        // A different learning rate gives a different run, so the comparison above can fail.
        core::GradientDescent third(data, {-2.0, 1.0}, loss, 0.71);
        third.run(300);
        QVERIFY(!bitIdentical(first.steps().back(), third.steps().back()));
    }

    void confidentlyWrong_squaredErrorGradientVanishes()
    {
        const core::TrainingPreset &p = preset("confidently-wrong");
        core::GradientDescent ce(p.data, p.start, core::TrainingLoss::CrossEntropy, p.learningRate);
        core::GradientDescent se(p.data, p.start, core::TrainingLoss::SquaredError, p.learningRate);

        // At the start every point but two is on the wrong side with |z| >= 4.8.
        const double ceGradient0 = ce.steps()[0].gradientNorm, seGradient0 = se.steps()[0].gradientNorm;
        QVERIFY2(seGradient0 < 1e-2, qPrintable(show(seGradient0)));
        QVERIFY2(seGradient0 < ceGradient0 / 50, qPrintable(show(seGradient0) + " vs " + show(ceGradient0)));
        QVERIFY2(se.steps()[0].loss > 0.8, qPrintable(show(se.steps()[0].loss)));

        // Why: per point the squared-error gradient is the cross-entropy one times 2 s (1 - s), and that
        // factor is tiny everywhere, so the gradient is at most 2 max s(1-s) times sum |s - y| |(x, 1)|.
        double largestFactor = 0, crossEntropyBound = 0;
        for (const core::LabelledPoint &point : p.data) {
            const double z = p.start.w * point.x + p.start.b;
            const double s = core::sigmoid(z);
            largestFactor = std::max(largestFactor, s * (1 - s));
            crossEntropyBound += std::abs(s - point.y) * std::hypot(point.x, 1.0);
        }
        crossEntropyBound /= double(p.data.size());
        QVERIFY2(largestFactor < 0.01, qPrintable(show(largestFactor)));
        QVERIFY(seGradient0 <= 2 * largestFactor * crossEntropyBound);
        QVERIFY(ceGradient0 <= crossEntropyBound);
        QVERIFY2(ceGradient0 > 0.5 * crossEntropyBound, qPrintable(show(ceGradient0))); // nearly all wrong the same way

        ce.run(100);
        se.run(100);
        const double ceLoss0 = ce.steps()[0].loss, seLoss0 = se.steps()[0].loss;
        const double ceLoss = ce.steps().back().loss, seLoss = se.steps().back().loss;
        QVERIFY2(ceLoss < 0.5 * ceLoss0 && ceLoss < 0.5, qPrintable(show(ceLoss)));
        QVERIFY2(seLoss > 0.9 * seLoss0 && seLoss > 0.4, qPrintable(show(seLoss)));
        QVERIFY2(se.model().w < -5, qPrintable(show(se.model().w))); // still confidently wrong

        // A plateau, not a wall: squared error gets there in the end, within the lab's 500 iterations.
        se.run(400);
        QVERIFY2(se.steps().back().loss < 0.2 * seLoss0, qPrintable(show(se.steps().back().loss)));
        QVERIFY(se.model().w > 0);
    }

    void separated_crossEntropyKeepsSteepening()
    {
        const core::TrainingPreset &p = preset("separated");
        QVERIFY(largestClass0(p.data) < smallestClass1(p.data));
        core::GradientDescent ce(p.data, p.start, core::TrainingLoss::CrossEntropy, p.learningRate);
        ce.run(2000);
        const auto &steps = ce.steps();
        QVERIFY(steps[100].model.w > 3);
        QVERIFY(steps[500].model.w > steps[100].model.w + 2);
        QVERIFY(steps[2000].model.w > steps[500].model.w + 2);
        for (std::size_t i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i].loss < steps[i - 1].loss && steps[i].gradientNorm > 0);
    }

    void presets_areSmallAndNamed()
    {
        const auto &presets = core::trainingPresets();
        QCOMPARE(presets.size(), std::size_t(3));
        QCOMPARE(presets[0].name, std::string("overlapping"));
        QCOMPARE(presets[1].name, std::string("separated"));
        QCOMPARE(presets[2].name, std::string("confidently-wrong"));
        for (const core::TrainingPreset &p : presets) {
            QVERIFY(p.data.size() >= 12 && p.data.size() <= 24);
            QVERIFY(std::ranges::is_sorted(p.data, {}, &core::LabelledPoint::x));
            QVERIFY(!p.description.empty());
            QVERIFY(p.learningRate > 0 && std::isfinite(p.learningRate));
            QVERIFY(std::ranges::count(p.data, 1, &core::LabelledPoint::y) > 0);
            QVERIFY(std::ranges::count(p.data, 0, &core::LabelledPoint::y) > 0);
        }
    }

    void gradientDescent_rejectsBadLearningRate_data()
    {
        QTest::addColumn<double>("learningRate");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("-0") << -0.0;
        QTest::newRow("negative") << -0.5;
        QTest::newRow("NaN") << kNaN;
        QTest::newRow("+inf") << kInf;
        QTest::newRow("-inf") << -kInf;
    }

    void gradientDescent_rejectsBadLearningRate()
    {
        QFETCH(double, learningRate);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            core::GradientDescent(preset("overlapping").data, {}, core::TrainingLoss::CrossEntropy, learningRate));
    }

    void emptyData_isZeroNotNaN_data()
    {
        QTest::addColumn<core::TrainingLoss>("loss");
        QTest::newRow("cross entropy") << core::TrainingLoss::CrossEntropy;
        QTest::newRow("squared error") << core::TrainingLoss::SquaredError;
    }

    void emptyData_isZeroNotNaN()
    {
        QFETCH(core::TrainingLoss, loss);
        const core::ModelParameters g = core::meanLossGradient({}, {3.0, -1.0}, loss);
        QCOMPARE(g, (core::ModelParameters {0.0, 0.0}));
        QVERIFY(!std::signbit(g.w) && !std::signbit(g.b));
        core::GradientDescent descent({}, {3.0, -1.0}, loss, 1.0);
        descent.run(5);
        for (const core::TrainingStep &s : descent.steps()) {
            QCOMPARE(s.loss, 0.0);
            QCOMPARE(s.gradientNorm, 0.0);
            QCOMPARE(s.model, (core::ModelParameters {3.0, -1.0}));
        }
    }

    void hugeLogits_neverNaN_data()
    {
        QTest::addColumn<core::ModelParameters>("model");
        QTest::newRow("w = 1e300") << core::ModelParameters {1e300, 0.0};
        QTest::newRow("w = -1e300") << core::ModelParameters {-1e300, 0.0};
        QTest::newRow("b = 1e300") << core::ModelParameters {0.0, 1e300};
        QTest::newRow("w = b = max") << core::ModelParameters {std::numeric_limits<double>::max(),
                                                               std::numeric_limits<double>::max()};
        QTest::newRow("w = max, b = -max")
            << core::ModelParameters {std::numeric_limits<double>::max(), -std::numeric_limits<double>::max()};
    }

    void hugeLogits_neverNaN()
    {
        QFETCH(core::ModelParameters, model);
        for (const core::TrainingPreset &p : core::trainingPresets()) {
            const double squared = core::meanLoss(p.data, model, core::TrainingLoss::SquaredError);
            QVERIFY2(std::isfinite(squared) && squared >= 0 && squared <= 1, qPrintable(show(squared)));
            const double crossEntropy = core::meanLoss(p.data, model, core::TrainingLoss::CrossEntropy);
            QVERIFY2(!std::isnan(crossEntropy) && crossEntropy >= 0, qPrintable(show(crossEntropy)));
            for (core::TrainingLoss loss : {core::TrainingLoss::CrossEntropy, core::TrainingLoss::SquaredError}) {
                const core::ModelParameters g = core::meanLossGradient(p.data, model, loss);
                QVERIFY2(std::isfinite(g.w) && std::isfinite(g.b), qPrintable(show(g.w) + ", " + show(g.b)));
            }
        }
        // One wrong point at z = -1e300 costs 1e300 nats: huge, finite and accurate.
        const Points one {{-1.0, 1}};
        QCOMPARE(core::meanLoss(one, {1e300, 0.0}, core::TrainingLoss::CrossEntropy), 1e300);
        QCOMPARE(core::meanLoss(one, {1e300, 0.0}, core::TrainingLoss::SquaredError), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
