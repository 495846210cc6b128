// The lesson's quantities at their edges (tables) and their laws over thousands of random
// distributions (properties): Gibbs' inequality, H(p,q) = H(p) + D(p||q), 0 <= H <= log n,
// h(p) = h(1-p), unit conversions, gradients against finite differences.
#include "core/information.h"
#include "core/loss.h"

#include "testsupport.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(core::Unit)

// A quantity that must come out as exactly +0 in every unit.
using ZeroCase = std::function<double(core::Unit)>;
Q_DECLARE_METATYPE(ZeroCase)

namespace {

using testsupport::closeTo;
using testsupport::show;

constexpr double kInf = std::numeric_limits<double>::infinity();

// A random distribution with some exact zeros and some tiny entries, as weights summing to ~1.
std::vector<double> randomDistribution(std::mt19937_64 &rng, std::size_t n)
{
    std::exponential_distribution<double> weight(1.0);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<double> p(n);
    double sum = 0.0;
    for (double &x : p) {
        const double c = coin(rng);
        x = c < 0.1 ? 0.0 : c < 0.15 ? 1e-30 * weight(rng) : weight(rng);
        sum += x;
    }
    if (sum == 0.0) {
        p[0] = 1.0;
        sum = 1.0;
    }
    for (double &x : p)
        x /= sum;
    return p;
}

std::size_t randomSize(std::mt19937_64 &rng)
{
    std::uniform_int_distribution<int> small(2, 8), large(9, 1000), which(0, 3);
    return static_cast<std::size_t>(which(rng) == 0 ? large(rng) : small(rng));
}

constexpr core::Unit kUnits[] = {core::Unit::Bits, core::Unit::Nats, core::Unit::Bans};

// value_bits * ln 2 == value_nats and value_bans * ln 10 == value_nats, to ~1e-15 relative.
bool unitsAgree(const std::function<double(core::Unit)> &quantity)
{
    const double nats = quantity(core::Unit::Nats);
    return closeTo(quantity(core::Unit::Bits) * std::numbers::ln2, nats, 1e-15)
        && closeTo(quantity(core::Unit::Bans) * std::numbers::ln10, nats, 1e-15);
}

// A probability whose complement 1 - x is exact (a multiple of 2^-40), or a tiny one whose rounded
// complement changes the distribution by less than one part in 2^52.
double randomProbability(std::mt19937_64 &rng)
{
    switch (rng() % 4) {
    case 0:
        return std::ldexp(static_cast<double>(rng() % (1ull << 20) + 1), -static_cast<int>(60 + rng() % 900));
    case 1:
        return 0.0;
    default:
        return std::ldexp(static_cast<double>(rng() % ((1ull << 40) + 1)), -40);
    }
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

class TestInformation : public QObject
{
    Q_OBJECT

private slots:
    void selfInformation_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<double>("expected");
        QTest::newRow("certain event carries nothing") << 1.0 << core::Unit::Bits << 0.0;
        QTest::newRow("fair coin is one bit") << 0.5 << core::Unit::Bits << 1.0;
        QTest::newRow("one in eight is three bits") << 0.125 << core::Unit::Bits << 3.0;
        QTest::newRow("one in ten is one ban") << 0.1 << core::Unit::Bans << 1.0;
        QTest::newRow("1/e is one nat") << 1.0 / std::numbers::e << core::Unit::Nats << 1.0;
        QTest::newRow("impossible event is infinite") << 0.0 << core::Unit::Bits << kInf;
        QTest::newRow("rare event is large") << 1e-300 << core::Unit::Nats << 300.0 * std::numbers::ln10;
        QTest::newRow("rare event in bits (mpmath)") << 1e-300 << core::Unit::Bits << 996.5784284662087;
        QTest::newRow("near 1: 1 - 2^-53 (mpmath)") << 1.0 - 0x1p-53 << core::Unit::Nats << 1.1102230246251566e-16;
        QTest::newRow("impossible in bans") << 0.0 << core::Unit::Bans << kInf;
        QTest::newRow("certain in nats") << 1.0 << core::Unit::Nats << 0.0;
        QTest::newRow("certain in bans") << 1.0 << core::Unit::Bans << 0.0;
    }

    void selfInformation()
    {
        QFETCH(double, p);
        QFETCH(core::Unit, unit);
        QFETCH(double, expected);
        const double got = core::selfInformation(p, unit);
        QVERIFY2(closeTo(got, expected, 1e-15), qPrintable(show(got)));
        QVERIFY2(!std::signbit(got), qPrintable(show(got)));
    }

    void complementInformation_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<double>("expected");
        QTest::newRow("x = 0: the complement is certain") << 0.0 << core::Unit::Bits << 0.0;
        QTest::newRow("x = 0 in bans") << 0.0 << core::Unit::Bans << 0.0;
        QTest::newRow("x = 1: the complement is impossible") << 1.0 << core::Unit::Bits << kInf;
        QTest::newRow("x = 1 in nats") << 1.0 << core::Unit::Nats << kInf;
        QTest::newRow("fair coin") << 0.5 << core::Unit::Bits << 1.0;
        QTest::newRow("x = 0.3 (mpmath)") << 0.3 << core::Unit::Bits << 0.51457317282975822;
        QTest::newRow("tiny x (log1p, not log of a rounded 1)") << 1e-20 << core::Unit::Nats << 1e-20;
        QTest::newRow("near 1: 1 - 2^-53 is 53 bits") << 1.0 - 0x1p-53 << core::Unit::Bits << 53.0;
        QTest::newRow("x = 0.9 is one ban") << 0.9 << core::Unit::Bans << 1.0;
    }

    void complementInformation()
    {
        QFETCH(double, x);
        QFETCH(core::Unit, unit);
        QFETCH(double, expected);
        const double got = core::complementInformation(x, unit);
        // 0.9 is not exactly 9/10, so the "one ban" row gets a few ulp more.
        QVERIFY2(closeTo(got, expected, 1e-15), qPrintable(show(got)));
        QVERIFY2(!std::signbit(got), qPrintable(show(got)));
    }

    void binaryEntropy_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("bits");
        QTest::newRow("certain 0") << 0.0 << 0.0;
        QTest::newRow("certain 1") << 1.0 << 0.0;
        QTest::newRow("fair coin") << 0.5 << 1.0;
        QTest::newRow("0.25 (by hand: 2 - 0.75 log2 3)") << 0.25 << 2.0 - 0.75 * std::log2(3.0);
        QTest::newRow("0.3 (mpmath)") << 0.3 << 0.8812908992306926;
        QTest::newRow("0.1 (mpmath)") << 0.1 << 0.4689955935892812;
        QTest::newRow("0.9 = h(0.1) up to the rounding of 0.9") << 0.9 << 0.46899559358928117;
        QTest::newRow("tiny 1e-300 (mpmath)") << 1e-300 << 9.9802112350709769e-298;
        QTest::newRow("tiny 1e-20 (mpmath)") << 1e-20 << 6.7881256938636207e-19;
        QTest::newRow("2^-53 (mpmath)") << 0x1p-53 << 6.0443533557040755e-15;
        QTest::newRow("near 1: 1 - 2^-53 (mpmath)") << 1.0 - 0x1p-53 << 6.0443533557040755e-15;
    }

    void binaryEntropy()
    {
        QFETCH(double, x);
        QFETCH(double, bits);
        const double got = core::binaryEntropy(x, core::Unit::Bits);
        QVERIFY2(closeTo(got, bits, 4e-16), qPrintable(show(got)));
        QVERIFY(!std::signbit(got));
        QVERIFY2(unitsAgree([x](core::Unit u) { return core::binaryEntropy(x, u); }), qPrintable(show(x)));
    }

    void entropy_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<double>("bits");
        QTest::newRow("certain first") << std::vector<double> {1.0, 0.0} << 0.0;
        QTest::newRow("certain last of three (0 log 0 = 0)") << std::vector<double> {0.0, 0.0, 1.0} << 0.0;
        QTest::newRow("fair coin") << std::vector<double> {0.5, 0.5} << 1.0;
        QTest::newRow("1/4 1/4 1/2 is 1.5 bits") << std::vector<double> {0.25, 0.25, 0.5} << 1.5;
        QTest::newRow("weights 2,1,1 read as 1/2,1/4,1/4") << std::vector<double> {2.0, 1.0, 1.0} << 1.5;
        QTest::newRow("weights 1,1,1 are uniform") << std::vector<double> {1.0, 1.0, 1.0} << std::log2(3.0);
        QTest::newRow("uniform over 8 with a zero") << std::vector<double>(8, 0.125) << 3.0;
        QTest::newRow("0.2,0.3,0.5 (mpmath)") << std::vector<double> {0.2, 0.3, 0.5} << 1.4854752972273343;
        QTest::newRow("tiny entry 1e-300 next to 1 (mpmath)")
            << std::vector<double> {1e-300, 1.0} << 9.9802112350709769e-298;
    }

    void entropy()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(double, bits);
        const double got = core::entropy(p, core::Unit::Bits);
        QVERIFY2(closeTo(got, bits, 1e-15), qPrintable(show(got)));
        QVERIFY2(!std::signbit(got), qPrintable(show(got)));
        QVERIFY(unitsAgree([&p](core::Unit u) { return core::entropy(p, u); }));
    }

    void spanCrossEntropyAndKl_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        QTest::addColumn<double>("crossEntropyBits");
        QTest::addColumn<double>("klBits");
        using V = std::vector<double>;
        QTest::newRow("three outcomes (mpmath)")
            << V {0.2, 0.3, 0.5} << V {0.1, 0.6, 0.3} << 1.7539580943104374 << 0.26848279708310309;
        QTest::newRow("q_i = 0 < p_i is infinite") << V {0.5, 0.25, 0.25} << V {0.5, 0.5, 0.0} << kInf << kInf;
        QTest::newRow("q_i = 0 < p_i tiny is still infinite")
            << V {1e-300, 1.0, 0.0} << V {0.0, 0.5, 0.5} << kInf << kInf;
        QTest::newRow("p_i = q_i = 0 contributes nothing") << V {0.0, 0.5, 0.5} << V {0.0, 0.5, 0.5} << 1.0 << 0.0;
        QTest::newRow("p_i = 0 < q_i") << V {0.5, 0.5, 0.0} << V {0.25, 0.25, 0.5} << 2.0 << 1.0;
        QTest::newRow("certain p against uniform weights")
            << V {1.0, 0.0, 0.0} << V {1.0, 1.0, 1.0} << std::log2(3.0) << std::log2(3.0);
        QTest::newRow("q tiny where p is not (mpmath)")
            << V {0.5, 0.5} << V {1e-300, 1.0} << 498.28921423310435 << 497.28921423310435;
        QTest::newRow("identical with a tiny entry") << V {1e-30, 0.25, 0.75} << V {1e-30, 0.25, 0.75}
                                                     << core::entropy(V {1e-30, 0.25, 0.75}, core::Unit::Bits) << 0.0;
    }

    void spanCrossEntropyAndKl()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        QFETCH(double, crossEntropyBits);
        QFETCH(double, klBits);
        const double h = core::crossEntropy(p, q, core::Unit::Bits);
        const double d = core::klDivergence(p, q, core::Unit::Bits);
        QVERIFY2(closeTo(h, crossEntropyBits, 1e-15), qPrintable(show(h)));
        QVERIFY2(closeTo(d, klBits, 1e-15), qPrintable(show(d)));
        QVERIFY(!std::isnan(h) && !std::isnan(d) && !std::signbit(h) && !std::signbit(d));
        QVERIFY(unitsAgree([&](core::Unit u) { return core::crossEntropy(p, q, u); }));
        QVERIFY(unitsAgree([&](core::Unit u) { return core::klDivergence(p, q, u); }));
    }

    void twoOutcomeQuantities_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("crossEntropyBits");
        QTest::addColumn<double>("klBits");
        // Values from mpmath at 50 digits.
        QTest::newRow("p=0.3 q=0.6") << 0.3 << 0.6 << 1.1464393446710155 << 0.26514844544032284;
        QTest::newRow("p=q") << 0.3 << 0.3 << 0.8812908992306926 << 0.0;
        QTest::newRow("model says impossible") << 0.3 << 0.0 << kInf << kInf;
        QTest::newRow("model says certain") << 0.3 << 1.0 << kInf << kInf;
        QTest::newRow("certain truth, impossible model") << 1.0 << 0.0 << kInf << kInf;
        QTest::newRow("p=0 (q irrelevant to the first term)") << 0.0 << 0.5 << 1.0 << 1.0;
        QTest::newRow("p=0 q=0") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("p=1 q=1") << 1.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("p=0.6 q=0.3 (mpmath, not symmetric)") << 0.6 << 0.3 << 1.248008625631627 << 0.27705803117695834;
        QTest::newRow("p=0.5 q=1e-300 (mpmath)") << 0.5 << 1e-300 << 498.28921423310435 << 497.28921423310435;
        QTest::newRow("p=1e-10 q=2e-10 (mpmath)") << 1e-10 << 2e-10 << 3.5104671030651552e-9 << 4.4269504096109818e-11;
        QTest::newRow("p=0 q=1 is infinite") << 0.0 << 1.0 << kInf << kInf;
    }

    void twoOutcomeQuantities()
    {
        QFETCH(double, p);
        QFETCH(double, q);
        QFETCH(double, crossEntropyBits);
        QFETCH(double, klBits);
        const double h = core::binaryCrossEntropy(p, q, core::Unit::Bits);
        const double d = core::binaryKlDivergence(p, q, core::Unit::Bits);
        QVERIFY2(closeTo(h, crossEntropyBits, 1e-15), qPrintable(show(h))); // a few ulp
        QVERIFY2(closeTo(d, klBits, 1e-15), qPrintable(show(d)));
        QVERIFY(unitsAgree([p, q](core::Unit u) { return core::binaryCrossEntropy(p, q, u); }));
        QVERIFY(unitsAgree([p, q](core::Unit u) { return core::binaryKlDivergence(p, q, u); }));
        QVERIFY(!std::isnan(h) && !std::isnan(d) && !std::signbit(h) && !std::signbit(d));
        // The span functions agree on {p, 1-p}.
        const std::vector<double> pv = {p, 1.0 - p}, qv = {q, 1.0 - q};
        QVERIFY2(closeTo(core::crossEntropy(pv, qv, core::Unit::Bits), crossEntropyBits, 1e-13),
                 qPrintable(show(core::crossEntropy(pv, qv, core::Unit::Bits))));
        QVERIFY2(closeTo(core::klDivergence(pv, qv, core::Unit::Bits), klBits, 1e-13),
                 qPrintable(show(core::klDivergence(pv, qv, core::Unit::Bits))));
    }

    void loss_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("yhat");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("gradient"); // dJ/dz in the row's unit: (yhat - y) / ln(base), by hand or mpmath
        const auto nats = core::Unit::Nats;
        QTest::newRow("right and sure costs nothing (y=1)") << 1.0 << 1.0 << nats << 0.0 << 0.0;
        QTest::newRow("right and sure costs nothing (y=0)") << 0.0 << 0.0 << nats << 0.0 << 0.0;
        QTest::newRow("right and sure in bits") << 1.0 << 1.0 << core::Unit::Bits << 0.0 << 0.0;
        QTest::newRow("right and sure in bans") << 0.0 << 0.0 << core::Unit::Bans << 0.0 << 0.0;
        QTest::newRow("sure and wrong is infinite (y=1)") << 1.0 << 0.0 << nats << kInf << -1.0;
        QTest::newRow("sure and wrong is infinite (y=0)") << 0.0 << 1.0 << nats << kInf << 1.0;
        QTest::newRow("undecided is ln 2") << 1.0 << 0.5 << nats << std::numbers::ln2 << -0.5;
        // In bits the gradient is the nats one over ln 2: J = 0.3219 bits goes with -0.2885, not -0.2.
        QTest::newRow("undecided is one bit") << 0.0 << 0.5 << core::Unit::Bits << 1.0 << 0.72134752044448170;
        QTest::newRow("y=1 yhat=0.8 in bits (mpmath)")
            << 1.0 << 0.8 << core::Unit::Bits << 0.32192809488736227 << -0.28853900817779262;
        QTest::newRow("y=0 yhat=0.3 in bans (mpmath)")
            << 0.0 << 0.3 << core::Unit::Bans << 0.15490195998574316 << 0.13028834457097554;
        QTest::newRow("y=0 yhat=0.3 (mpmath)") << 0.0 << 0.3 << nats << 0.35667494393873236 << 0.3;
        QTest::newRow("y=1 yhat=1e-300 (mpmath)") << 1.0 << 1e-300 << nats << 690.77552789821371 << 1e-300 - 1.0;
        QTest::newRow("y=0 yhat=1e-17 (log1p, not log of 1)") << 0.0 << 1e-17 << nats << 1e-17 << 1e-17;
        QTest::newRow("y=1 yhat near 1: 1 - 2^-53")
            << 1.0 << 1.0 - 0x1p-53 << nats << 1.1102230246251566e-16 << -0x1p-53;
    }

    void loss()
    {
        QFETCH(double, y);
        QFETCH(double, yhat);
        QFETCH(core::Unit, unit);
        QFETCH(double, expected);
        QFETCH(double, gradient);
        const double got = core::binaryCrossEntropyLoss(y, yhat, unit);
        QVERIFY2(closeTo(got, expected, 4e-16), qPrintable(show(got)));
        QVERIFY2(!std::signbit(got) && !std::isnan(got), qPrintable(show(got)));
        const double g = core::binaryCrossEntropyGradientLogit(y, yhat, unit);
        QVERIFY2(closeTo(g, gradient, 4e-16) && std::signbit(g) == std::signbit(gradient), qPrintable(show(g)));
        QVERIFY(unitsAgree([y, yhat](core::Unit u) { return core::binaryCrossEntropyGradientLogit(y, yhat, u); }));
        QVERIFY(unitsAgree([y, yhat](core::Unit u) { return core::binaryCrossEntropyLoss(y, yhat, u); }));
        // A hard label's loss is the binary cross entropy of the label against the prediction.
        QVERIFY2(closeTo(got, core::binaryCrossEntropy(y, yhat, unit), 1e-13), qPrintable(show(got)));
    }

    void squaredError_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("yhat");
        QTest::addColumn<double>("error");
        QTest::addColumn<double>("gradient"); // 2 (yhat - y) yhat (1 - yhat), by hand or mpmath
        QTest::newRow("right and sure (y=1)") << 1.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("right and sure (y=0)") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("totally wrong (y=1): error 1, gradient +0") << 1.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("totally wrong (y=0): error 1, gradient +0") << 0.0 << 1.0 << 1.0 << 0.0;
        QTest::newRow("undecided") << 1.0 << 0.5 << 0.25 << -0.25;
        QTest::newRow("y=0 yhat=0.5") << 0.0 << 0.5 << 0.25 << 0.25;
        QTest::newRow("y=1 yhat=0.75") << 1.0 << 0.75 << 0.0625 << -0.09375;
        QTest::newRow("confidently wrong y=1 yhat=1e-4 (mpmath)")
            << 1.0 << 1e-4 << 0.99980001 << -0.00019996000200000001;
    }

    void squaredError()
    {
        QFETCH(double, y);
        QFETCH(double, yhat);
        QFETCH(double, error);
        QFETCH(double, gradient);
        const double e = core::squaredError(y, yhat);
        const double g = core::squaredErrorGradientLogit(y, yhat);
        QVERIFY2(closeTo(e, error, 1e-15), qPrintable(show(e)));
        QVERIFY2(closeTo(g, gradient, 1e-15), qPrintable(show(g)));
        QVERIFY2(!std::signbit(e) && std::signbit(g) == std::signbit(gradient), qPrintable(show(g)));
    }

    void divergenceTermNats_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected"); // q - p - p ln(q/p)
        QTest::newRow("p = 0 gives q") << 0.0 << 0.3 << 0.3;
        QTest::newRow("p = q = 0") << 0.0 << 0.0 << 0.0;
        QTest::newRow("q = 0 < p is infinite") << 0.3 << 0.0 << kInf;
        QTest::newRow("q = 0 < p tiny is infinite") << 1e-300 << 0.0 << kInf;
        QTest::newRow("p = q") << 0.3 << 0.3 << 0.0;
        QTest::newRow("p=0.3 q=0.6 (mpmath)") << 0.3 << 0.6 << 0.092055845832016404;
        QTest::newRow("p=0.5 q=0.25 (mpmath)") << 0.5 << 0.25 << 0.096573590279972655;
        QTest::newRow("far apart: p=1 q=e^-10") << 1.0 << std::exp(-10.0) << std::exp(-10.0) - 1.0 + 10.0;
    }

    void divergenceTermNats()
    {
        QFETCH(double, p);
        QFETCH(double, q);
        QFETCH(double, expected);
        const double got = core::divergenceTermNats(p, q, q - p);
        QVERIFY2(closeTo(got, expected, 1e-15), qPrintable(show(got)));
        QVERIFY2(!std::signbit(got), qPrintable(show(got)));
    }

    void exactZero_isNeverNegativeZero_data()
    {
        QTest::addColumn<ZeroCase>("quantity");
        using V = std::vector<double>;
        QTest::newRow("I(1)") << ZeroCase([](core::Unit u) { return core::selfInformation(1.0, u); });
        QTest::newRow("-log(1 - 0)") << ZeroCase([](core::Unit u) { return core::complementInformation(0.0, u); });
        QTest::newRow("-log(1 - -0)") << ZeroCase([](core::Unit u) { return core::complementInformation(-0.0, u); });
        QTest::newRow("h(0)") << ZeroCase([](core::Unit u) { return core::binaryEntropy(0.0, u); });
        QTest::newRow("h(1)") << ZeroCase([](core::Unit u) { return core::binaryEntropy(1.0, u); });
        QTest::newRow("H(1,0)") << ZeroCase([](core::Unit u) { return core::entropy(V {1.0, 0.0}, u); });
        QTest::newRow("H(0,0,1)") << ZeroCase([](core::Unit u) { return core::entropy(V {0.0, 0.0, 1.0}, u); });
        QTest::newRow("D(0.3||0.3)") << ZeroCase([](core::Unit u) { return core::binaryKlDivergence(0.3, 0.3, u); });
        QTest::newRow("D(0||0)") << ZeroCase([](core::Unit u) { return core::binaryKlDivergence(0.0, 0.0, u); });
        QTest::newRow("D(1||1)") << ZeroCase([](core::Unit u) { return core::binaryKlDivergence(1.0, 1.0, u); });
        QTest::newRow("D(p||p) list") << ZeroCase([](core::Unit u) {
            return core::klDivergence(V {0.2, 0.0, 0.8}, V {0.2, 0.0, 0.8}, u);
        });
        QTest::newRow("H(0,0)") << ZeroCase([](core::Unit u) { return core::binaryCrossEntropy(0.0, 0.0, u); });
        QTest::newRow("H(1,1)") << ZeroCase([](core::Unit u) { return core::binaryCrossEntropy(1.0, 1.0, u); });
        QTest::newRow("H(p,q) list of certainties") << ZeroCase([](core::Unit u) {
            return core::crossEntropy(V {0.0, 1.0}, V {0.0, 1.0}, u);
        });
        QTest::newRow("J(1,1)") << ZeroCase([](core::Unit u) { return core::binaryCrossEntropyLoss(1.0, 1.0, u); });
        QTest::newRow("J(0,0)") << ZeroCase([](core::Unit u) { return core::binaryCrossEntropyLoss(0.0, 0.0, u); });
        QTest::newRow("J(0,-0)") << ZeroCase([](core::Unit u) { return core::binaryCrossEntropyLoss(0.0, -0.0, u); });
        QTest::newRow("dJ/dz(1,1)") << ZeroCase(
            [](core::Unit u) { return core::binaryCrossEntropyGradientLogit(1.0, 1.0, u); });
        QTest::newRow("dJ/dz(0,-0)") << ZeroCase(
            [](core::Unit u) { return core::binaryCrossEntropyGradientLogit(0.0, -0.0, u); });
        QTest::newRow("(1-1)^2") << ZeroCase([](core::Unit) { return core::squaredError(1.0, 1.0); });
        QTest::newRow("d(y-yhat)^2/dz(1,0)")
            << ZeroCase([](core::Unit) { return core::squaredErrorGradientLogit(1.0, 0.0); });
        QTest::newRow("d(y-yhat)^2/dz(0,1)")
            << ZeroCase([](core::Unit) { return core::squaredErrorGradientLogit(0.0, 1.0); });
        QTest::newRow("d(y-yhat)^2/dz(1,1)")
            << ZeroCase([](core::Unit) { return core::squaredErrorGradientLogit(1.0, 1.0); });
        QTest::newRow("divergence term p=q")
            << ZeroCase([](core::Unit) { return core::divergenceTermNats(0.3, 0.3, 0.0); });
        QTest::newRow("divergence term 0,0")
            << ZeroCase([](core::Unit) { return core::divergenceTermNats(0.0, 0.0, 0.0); });
    }

    void exactZero_isNeverNegativeZero()
    {
        QFETCH(ZeroCase, quantity);
        for (const core::Unit unit : kUnits) {
            const double got = quantity(unit);
            QVERIFY2(got == 0.0 && !std::signbit(got),
                     qPrintable(QStringLiteral("%1 in %2").arg(show(got), core::unitName(unit).data())));
        }
    }

    void gradients_matchFiniteDifferencesOfTheLossInTheLogit_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<core::Unit>("unit");
        // Every unit: the gradient shown beside J must be the derivative of J in J's unit.
        for (const core::Unit unit : kUnits) {
            for (const double y : {0.0, 1.0, 0.3})
                QTest::addRow("y = %g in %s", y, core::unitName(unit).data()) << y << unit;
        }
    }

    void gradients_matchFiniteDifferencesOfTheLossInTheLogit()
    {
        QFETCH(double, y);
        QFETCH(core::Unit, unit);
        const double h = 1e-5;
        const auto bce = [y, unit](double z) { return core::binaryCrossEntropyLoss(y, sigmoid(z), unit); };
        const auto se = [y](double z) { return core::squaredError(y, sigmoid(z)); };
        int compared = 0;
        // Beyond |z| = 8 the rounding of the loss itself spoils the difference quotient.
        for (double z = -8.0; z <= 8.0; z += 0.25) {
            const double yhat = sigmoid(z);
            const double bceAnalytic = core::binaryCrossEntropyGradientLogit(y, yhat, unit);
            const double seAnalytic = core::squaredErrorGradientLogit(y, yhat);
            const double bceNumeric = (bce(z + h) - bce(z - h)) / (2 * h);
            const double seNumeric = (se(z + h) - se(z - h)) / (2 * h);
            // Where the gradient is nearly zero (soft label, yhat ~ y) relative error is meaningless; judged in
            // nats so every unit compares the same points.
            if (std::abs(yhat - y) < 1e-3 || std::abs(seAnalytic) < 1e-6)
                continue;
            ++compared;
            QVERIFY2(closeTo(bceAnalytic, bceNumeric, 1e-6),
                     qPrintable(QStringLiteral("bce z=%1: %2 vs %3").arg(z).arg(show(bceAnalytic), show(bceNumeric))));
            QVERIFY2(closeTo(seAnalytic, seNumeric, 1e-6),
                     qPrintable(QStringLiteral("se z=%1: %2 vs %3").arg(z).arg(show(seAnalytic), show(seNumeric))));
        }
        QVERIFY2(compared >= 60, qPrintable(QString::number(compared)));
    }

    void confidentlyWrong_squaredErrorGradientVanishesButCrossEntropysDoesNot()
    {
        const double y = 1.0, yhat = 1e-4;
        const double se = core::squaredErrorGradientLogit(y, yhat);
        const double bce = core::binaryCrossEntropyGradientLogit(y, yhat, core::Unit::Nats);
        QVERIFY2(std::abs(se) < 1e-3, qPrintable(show(se)));
        QVERIFY2(std::abs(bce) > 0.99, qPrintable(show(bce)));
        // Both still push the prediction up (towards the label).
        QVERIFY(se < 0.0 && bce < 0.0);
    }

    void units_convertByTheLogOfTheBase()
    {
        std::mt19937_64 rng(7);
        for (int i = 0; i < 2000; ++i) {
            const auto p = randomDistribution(rng, randomSize(rng));
            const auto q = randomDistribution(rng, p.size());
            const QString where = QStringLiteral("case %1, n = %2").arg(i).arg(p.size());
            QVERIFY2(unitsAgree([&](core::Unit u) { return core::entropy(p, u); }), qPrintable(where));
            QVERIFY2(unitsAgree([&](core::Unit u) { return core::crossEntropy(p, q, u); }), qPrintable(where));
            QVERIFY2(unitsAgree([&](core::Unit u) { return core::klDivergence(p, q, u); }), qPrintable(where));
            const double x = randomProbability(rng), y = randomProbability(rng);
            const QString at = QStringLiteral("x = %1, y = %2").arg(show(x), show(y));
            QVERIFY2(unitsAgree([x](core::Unit u) { return core::selfInformation(x, u); }), qPrintable(at));
            QVERIFY2(unitsAgree([x](core::Unit u) { return core::complementInformation(x, u); }), qPrintable(at));
            QVERIFY2(unitsAgree([x](core::Unit u) { return core::binaryEntropy(x, u); }), qPrintable(at));
            QVERIFY2(unitsAgree([x, y](core::Unit u) { return core::binaryCrossEntropy(x, y, u); }), qPrintable(at));
            QVERIFY2(unitsAgree([x, y](core::Unit u) { return core::binaryKlDivergence(x, y, u); }), qPrintable(at));
            QVERIFY2(unitsAgree([y](core::Unit u) { return core::binaryCrossEntropyLoss(1.0, y, u); }), qPrintable(at));
        }
        // The conversion itself, on round numbers: 1 bit = ln 2 nats, 1 ban = ln 10 nats.
        QVERIFY(core::selfInformation(0.5, core::Unit::Nats) == std::numbers::ln2);
        QVERIFY(closeTo(core::selfInformation(0.1, core::Unit::Nats), std::numbers::ln10, 1e-15));
    }

    void properties_holdForThousandsOfRandomDistributions()
    {
        std::mt19937_64 rng(20261124);
        int small = 0;
        for (int i = 0; i < 5000; ++i) {
            const std::size_t n = randomSize(rng);
            small += n <= 8;
            const auto p = randomDistribution(rng, n), q = randomDistribution(rng, n);
            const double hp = core::entropy(p, core::Unit::Nats);
            const double hpq = core::crossEntropy(p, q, core::Unit::Nats);
            const double d = core::klDivergence(p, q, core::Unit::Nats);
            const double dReverse = core::klDivergence(q, p, core::Unit::Nats);
            const double dSelf = core::klDivergence(p, p, core::Unit::Nats);
            const QString where = QStringLiteral("case %1, n = %2: H(p) = %3, H(p,q) = %4, D = %5")
                                      .arg(i)
                                      .arg(n)
                                      .arg(show(hp), show(hpq), show(d));
            QVERIFY2(d >= 0.0 && dReverse >= 0.0, qPrintable(where)); // Gibbs
            QVERIFY2(hpq >= hp, qPrintable(where));
            QVERIFY2(closeTo(hpq, hp + d, 1e-12), qPrintable(where)); // decomposition
            QVERIFY2(hp >= 0.0 && hp <= std::log(static_cast<double>(n)) * (1 + 1e-15), qPrintable(where));
            QVERIFY2(dSelf == 0.0 && !std::signbit(dSelf),
                     qPrintable(where + QStringLiteral(", D(p||p) = ") + show(dSelf)));
            QVERIFY2(core::crossEntropy(p, p, core::Unit::Nats) == hp, qPrintable(where));
            QVERIFY2(!std::isnan(hpq) && !std::isnan(dReverse) && !std::isnan(d), qPrintable(where));
        }
        QVERIFY2(small > 3000, "most random distributions should be small");
    }

    void binaryFunctions_agreeWithTheListFunctions()
    {
        std::mt19937_64 rng(99);
        for (int i = 0; i < 20000; ++i) {
            double x = randomProbability(rng), y = randomProbability(rng);
            if (i % 2) // mirror: probabilities near 1
                x = 1.0 - x;
            if (i % 3 == 0)
                y = 1.0 - y;
            const std::vector<double> xs = {x, 1.0 - x}, ys = {y, 1.0 - y};
            const QString at = QStringLiteral("x = %1, y = %2").arg(show(x), show(y));
            for (const core::Unit unit : kUnits) {
                QVERIFY2(closeTo(core::binaryEntropy(x, unit), core::entropy(xs, unit), 1e-13), qPrintable(at));
                QVERIFY2(closeTo(core::binaryCrossEntropy(x, y, unit), core::crossEntropy(xs, ys, unit), 1e-13),
                         qPrintable(at));
                QVERIFY2(closeTo(core::binaryKlDivergence(x, y, unit), core::klDivergence(xs, ys, unit), 1e-13),
                         qPrintable(at));
                QVERIFY2(closeTo(core::selfInformation(1.0 - x, unit), core::complementInformation(x, unit), 1e-13)
                             || 1.0 - (1.0 - x) != x,
                         qPrintable(at));
            }
        }
    }

    void binaryEntropy_isSymmetric()
    {
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> x(0.0, 1.0);
        int compared = 0;
        for (int i = 0; i < 10000; ++i) {
            const double a = i % 2 ? x(rng) : std::ldexp(x(rng), -static_cast<int>(rng() % 60));
            const double b = 1.0 - a;
            if (1.0 - b != a)
                continue; // the complement must be exact for the two to describe the same coin
            ++compared;
            QVERIFY2(closeTo(core::binaryEntropy(a, core::Unit::Bits), core::binaryEntropy(b, core::Unit::Bits), 1e-15),
                     qPrintable(show(a)));
        }
        QVERIFY2(compared > 3000, qPrintable(QString::number(compared)));
    }

    void uniformDistribution_hasEntropyLogN()
    {
        for (std::size_t n : {2u, 3u, 5u, 7u, 8u, 10u, 100u, 999u, 1000u}) {
            const std::vector<double> p(n, 1.0 / static_cast<double>(n));
            QVERIFY(closeTo(core::entropy(p, core::Unit::Bits), std::log2(static_cast<double>(n)), 1e-15));
        }
    }

    void divergenceTerm_isNeverNegativeAndNeverNan()
    {
        const double values[] = {0.0, 1e-320, 1e-300, 1e-17, 0.25, 0.5, 0.75, 1.0};
        for (double p : values) {
            for (double q : values) {
                const double term = core::divergenceTermNats(p, q, q - p);
                QVERIFY2(term >= 0.0 && !std::isnan(term), qPrintable(QStringLiteral("p=%1 q=%2").arg(p).arg(q)));
            }
        }
    }

    void weightsFarFromOne_areReadAsTheirNormalizedDistribution_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("scaled by 1e-10") << 1e-10;
        QTest::newRow("scaled by 1e-300") << 1e-300;
        QTest::newRow("counts") << 1000.0;
        QTest::newRow("scaled by 1e300") << 1e300;
    }

    void weightsFarFromOne_areReadAsTheirNormalizedDistribution()
    {
        QFETCH(double, scale);
        const std::vector<double> p = {0.2, 0.3, 0.5}, q = {0.1, 0.6, 0.3};
        std::vector<double> ps, qs;
        for (std::size_t i = 0; i < p.size(); ++i) {
            ps.push_back(p[i] * scale);
            qs.push_back(q[i] * scale * 3.0);
        }
        for (const core::Unit u : {core::Unit::Bits, core::Unit::Nats}) {
            QVERIFY(closeTo(core::entropy(ps, u), core::entropy(p, u), 1e-15));
            QVERIFY(closeTo(core::crossEntropy(ps, qs, u), core::crossEntropy(p, q, u), 1e-15));
            QVERIFY(closeTo(core::klDivergence(ps, qs, u), core::klDivergence(p, q, u), 1e-15));
            QVERIFY(closeTo(core::klDivergence(qs, ps, u), core::klDivergence(q, p, u), 1e-15));
            // The same distribution at another scale is no divergence at all.
            QVERIFY(core::klDivergence(p, ps, u) <= 1e-30);
        }
    }

    void skewedCounts_keepTheirEntropy()
    {
        // {999999, 1}: H = h(1e-6), which must not drown in ln S cancelling against the sum.
        const std::vector<double> counts = {999999.0, 1.0};
        QVERIFY(closeTo(core::entropy(counts, core::Unit::Nats), core::binaryEntropy(1e-6, core::Unit::Nats), 1e-14));
    }
};

QTEST_APPLESS_MAIN(TestInformation)
#include "tst_information.moc"
