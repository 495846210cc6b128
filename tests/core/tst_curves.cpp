// The curves' sampling: the polyline sampleCurve gives stays within its tolerance of the true
// curve (in pixels of the view it is drawn in) for every curve the panels draw, over random p, q,
// y and units, and needs far fewer points than the dense grid did.
#include "core/curves.h"
#include "core/information.h"
#include "core/loss.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <random>

using Curve = std::function<double(double)>;
Q_DECLARE_METATYPE(Curve)
Q_DECLARE_METATYPE(core::CurveView)

namespace {

// The panels' views: x over [0, 1], y over the panel's range in bits.
core::CurveView view(double yLow, double yHigh, double width = 4096.0, double height = 4096.0)
{
    return {0.0, 1.0, yLow, yHigh, width, height};
}

bool ascending(const core::SampledCurve &c)
{
    for (std::size_t i = 1; i < c.x.size(); ++i) {
        if (!(c.x[i] > c.x[i - 1]))
            return false;
    }
    return true;
}

} // namespace

class TestCurves : public QObject
{
    Q_OBJECT

private slots:
    void withinTolerance_data()
    {
        QTest::addColumn<Curve>("f");
        QTest::addColumn<core::CurveView>("where");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<int>("mostPoints");
        const auto bits = core::Unit::Bits;
        QTest::newRow("entropy") << Curve([=](double x) { return core::binaryEntropy(x, bits); })
                                 << view(0, 1.18) << 0.25 << 400;
        QTest::newRow("information, off the top near 0")
            << Curve([=](double x) { return core::selfInformation(x, bits); }) << view(0, 9) << 0.25 << 400;
        QTest::newRow("cross entropy, p = 0.001")
            << Curve([=](double x) { return core::binaryCrossEntropy(0.001, x, bits); }) << view(0, 3) << 0.25
            << 400;
        QTest::newRow("reverse KL, p = 0.999")
            << Curve([=](double x) { return core::binaryKlDivergence(x, 0.999, bits); }) << view(0, 2) << 0.25
            << 400;
        QTest::newRow("gradient of squared error (inflections)")
            << Curve([](double x) { return core::squaredErrorGradientLogit(1, x); }) << view(-0.3, 1.1) << 0.25
            << 400;
        QTest::newRow("finer tolerance, small plot")
            << Curve([=](double x) { return core::binaryEntropy(x, bits); }) << view(0, 1.18, 300, 200) << 0.05
            << 400;
        // Bad input: a curve that is infinite at some x, and one that is NaN over half the axis.
        QTest::newRow("infinite where r = p = 0 is impossible")
            << Curve([=](double x) { return core::binaryKlDivergence(x, 0.0, bits); }) << view(0, 2) << 0.25 << 2000;
        QTest::newRow("NaN over half")
            << Curve([](double x) { return x < 0.5 ? std::numeric_limits<double>::quiet_NaN() : x * x; })
            << view(0, 1) << 0.25 << 2000;
    }
    void withinTolerance()
    {
        QFETCH(Curve, f);
        QFETCH(core::CurveView, where);
        QFETCH(double, tolerance);
        QFETCH(int, mostPoints);
        const core::SampledCurve c = core::sampleCurve(f, where, tolerance);
        QVERIFY(ascending(c));
        QCOMPARE(c.x.size(), c.y.size());
        QCOMPARE(c.x.front(), 1e-6); // the same span as the dense grid
        QCOMPARE(c.x.back(), 1.0 - 1e-6);
        QVERIFY2(int(c.x.size()) <= mostPoints, qPrintable(QString::number(c.x.size())));
        for (std::size_t i = 0; i < c.x.size(); ++i) {
            const double expected = f(c.x[i]);
            QVERIFY(c.y[i] == expected || (std::isnan(c.y[i]) && std::isnan(expected)));
        }
        const double deviation = core::curveDeviation(f, c, where);
        QVERIFY2(deviation <= tolerance, qPrintable(QString::number(deviation)));
    }

    // The panels' curves at random inputs, in every unit, at the view each panel shows.
    void randomInputs()
    {
        std::mt19937_64 rng(17);
        std::uniform_real_distribution<double> probability(0.0, 1.0);
        std::uniform_int_distribution<int> unitPick(0, 2), label(0, 1);
        const core::Unit units[] = {core::Unit::Bits, core::Unit::Nats, core::Unit::Bans};
        std::size_t most = 0;
        for (int trial = 0; trial < 300; ++trial) {
            const double p = trial % 10 == 0 ? 1e-4 : probability(rng);
            const core::Unit u = units[unitPick(rng)];
            const int y = label(rng);
            const double bit = core::binaryEntropy(0.5, u);
            const std::pair<Curve, core::CurveView> curves[] = {
                {[=](double x) { return core::binaryCrossEntropy(p, x, u); }, view(0, 3 * bit)},
                {[=](double x) { return core::binaryKlDivergence(p, x, u); }, view(0, 2 * bit)},
                {[=](double x) { return core::binaryKlDivergence(x, p, u); }, view(0, 2 * bit)},
                {[=](double x) { return core::binaryCrossEntropyGradientLogit(y, x, u); },
                 view(core::fromNats(-1.1, u), core::fromNats(4 * std::log(2.0), u))},
            };
            for (const auto &[f, where] : curves) {
                const core::SampledCurve c = core::sampleCurve(f, where);
                const double deviation = core::curveDeviation(f, c, where, 8);
                QVERIFY2(deviation <= 0.25, qPrintable(QStringLiteral("p %1: %2 px").arg(p).arg(deviation)));
                most = std::max(most, c.x.size());
            }
        }
        QVERIFY2(most < 600, qPrintable(QString::number(most))); // the dense grid had 1200
    }

    // Bad input: a view with no height or width still gives the grid's points, finite and sorted.
    void degenerateView()
    {
        const Curve f = [](double x) { return x; };
        const core::SampledCurve c = core::sampleCurve(f, {0.0, 1.0, 1.0, 1.0, 0.0, 0.0});
        QVERIFY(ascending(c));
        QCOMPARE(int(c.x.size()), int(core::probabilityGrid(48).size()));
    }
};

QTEST_APPLESS_MAIN(TestCurves)
#include "tst_curves.moc"
