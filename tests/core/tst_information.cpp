// The lesson's quantities at their edges (tables) and their laws over thousands of random
// distributions (properties): Gibbs' inequality, H(p,q) = H(p) + D(p||q), 0 <= H <= log n,
// h(p) = h(1-p), unit conversions, gradients against finite differences.
#include "core/information.h"
#include "core/loss.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(core::Unit)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool closeTo(double got, double expected, double relative)
{
    if (std::isinf(expected) || expected == 0.0)
        return got == expected;
    return std::abs(got - expected) <= relative * std::abs(expected);
}

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
    }

    void selfInformation()
    {
        QFETCH(double, p);
        QFETCH(core::Unit, unit);
        QFETCH(double, expected);
        const double got = core::selfInformation(p, unit);
        QVERIFY2(closeTo(got, expected, 1e-15), qPrintable(QString::number(got, 'g', 17)));
        QVERIFY(!std::signbit(got));
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
    }

    void binaryEntropy()
    {
        QFETCH(double, x);
        QFETCH(double, bits);
        const double got = core::binaryEntropy(x, core::Unit::Bits);
        QVERIFY2(closeTo(got, bits, 4e-16), qPrintable(QString::number(got, 'g', 17)));
        QVERIFY(!std::signbit(got));
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
    }

    void twoOutcomeQuantities()
    {
        QFETCH(double, p);
        QFETCH(double, q);
        QFETCH(double, crossEntropyBits);
        QFETCH(double, klBits);
        const double h = core::binaryCrossEntropy(p, q, core::Unit::Bits);
        const double d = core::binaryKlDivergence(p, q, core::Unit::Bits);
        QVERIFY2(closeTo(h, crossEntropyBits, 4e-16), qPrintable(QString::number(h, 'g', 17)));
        QVERIFY2(closeTo(d, klBits, 4e-16), qPrintable(QString::number(d, 'g', 17)));
        QVERIFY(!std::isnan(h) && !std::isnan(d) && !std::signbit(h) && !std::signbit(d));
        // The span functions agree on {p, 1-p}.
        const std::vector<double> pv = {p, 1.0 - p}, qv = {q, 1.0 - q};
        QVERIFY(closeTo(core::crossEntropy(pv, qv, core::Unit::Bits), crossEntropyBits, 1e-15));
        QVERIFY(closeTo(core::klDivergence(pv, qv, core::Unit::Bits), klBits, 1e-15));
    }

    void loss_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("yhat");
        QTest::addColumn<double>("nats");
        QTest::newRow("right and sure costs nothing (y=1)") << 1.0 << 1.0 << 0.0;
        QTest::newRow("right and sure costs nothing (y=0)") << 0.0 << 0.0 << 0.0;
        QTest::newRow("sure and wrong is infinite (y=1)") << 1.0 << 0.0 << kInf;
        QTest::newRow("sure and wrong is infinite (y=0)") << 0.0 << 1.0 << kInf;
        QTest::newRow("undecided is ln 2") << 1.0 << 0.5 << std::numbers::ln2;
        QTest::newRow("y=1 yhat=0.8") << 1.0 << 0.8 << -std::log(0.8);
        QTest::newRow("y=0 yhat=1e-17 (log1p, not log of 1)") << 0.0 << 1e-17 << 1e-17;
    }

    void loss()
    {
        QFETCH(double, y);
        QFETCH(double, yhat);
        QFETCH(double, nats);
        const double got = core::binaryCrossEntropyLoss(y, yhat, core::Unit::Nats);
        QVERIFY2(closeTo(got, nats, 2e-16), qPrintable(QString::number(got, 'g', 17)));
        QVERIFY(!std::signbit(got));
        QCOMPARE(core::binaryCrossEntropyGradientLogit(y, yhat), yhat - y + 0.0);
    }

    void gradients_matchFiniteDifferencesOfTheLossInTheLogit()
    {
        for (const double y : {0.0, 1.0}) {
            for (double z = -6.0; z <= 6.0; z += 0.5) {
                const double h = 1e-5;
                const auto bce
                    = [y](double zz) { return core::binaryCrossEntropyLoss(y, sigmoid(zz), core::Unit::Nats); };
                const auto se = [y](double zz) { return core::squaredError(y, sigmoid(zz)); };
                const double bceNumeric = (bce(z + h) - bce(z - h)) / (2 * h);
                const double seNumeric = (se(z + h) - se(z - h)) / (2 * h);
                const double yhat = sigmoid(z);
                QVERIFY2(std::abs(core::binaryCrossEntropyGradientLogit(y, yhat) - bceNumeric)
                             <= 1e-6 * std::max(1.0, std::abs(bceNumeric)),
                         qPrintable(QStringLiteral("bce y=%1 z=%2").arg(y).arg(z)));
                QVERIFY2(std::abs(core::squaredErrorGradientLogit(y, yhat) - seNumeric)
                             <= 1e-6 * std::max(1e-3, std::abs(seNumeric)),
                         qPrintable(QStringLiteral("se y=%1 z=%2").arg(y).arg(z)));
            }
        }
    }

    void confidentlyWrong_squaredErrorGradientVanishesButCrossEntropysDoesNot()
    {
        const double y = 1.0, yhat = 1e-4;
        QVERIFY(std::abs(core::squaredErrorGradientLogit(y, yhat)) < 1e-3);
        QVERIFY(std::abs(core::binaryCrossEntropyGradientLogit(y, yhat)) > 0.99);
    }

    void units_convertByTheLogOfTheBase()
    {
        std::mt19937_64 rng(7);
        for (int i = 0; i < 2000; ++i) {
            const auto p = randomDistribution(rng, randomSize(rng));
            const double nats = core::entropy(p, core::Unit::Nats);
            QVERIFY(closeTo(core::entropy(p, core::Unit::Bits) * std::numbers::ln2, nats, 1e-15));
            QVERIFY(closeTo(core::entropy(p, core::Unit::Bans) * std::numbers::ln10, nats, 1e-15));
        }
    }

    void properties_holdForThousandsOfRandomDistributions()
    {
        std::mt19937_64 rng(20261124);
        for (int i = 0; i < 5000; ++i) {
            const std::size_t n = randomSize(rng);
            const auto p = randomDistribution(rng, n), q = randomDistribution(rng, n);
            const double hp = core::entropy(p, core::Unit::Nats);
            const double hpq = core::crossEntropy(p, q, core::Unit::Nats);
            const double d = core::klDivergence(p, q, core::Unit::Nats);
            const QString where = QStringLiteral("case %1, n = %2").arg(i).arg(n);
            QVERIFY2(d >= 0.0, qPrintable(where)); // Gibbs
            QVERIFY2(hpq >= hp, qPrintable(where));
            QVERIFY2(closeTo(hpq, hp + d, 1e-12), qPrintable(where)); // decomposition
            QVERIFY2(hp >= 0.0 && hp <= std::log(static_cast<double>(n)) * (1 + 1e-15), qPrintable(where));
            QCOMPARE(core::klDivergence(p, p, core::Unit::Nats), 0.0);
            QVERIFY(!std::isnan(hpq) && !std::isnan(core::klDivergence(q, p, core::Unit::Nats)));
        }
    }

    void binaryEntropy_isSymmetric()
    {
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> x(0.0, 1.0);
        for (int i = 0; i < 10000; ++i) {
            const double a = i % 2 ? x(rng) : std::ldexp(x(rng), -static_cast<int>(rng() % 60));
            const double b = 1.0 - a;
            if (1.0 - b != a)
                continue; // the complement must be exact for the two to describe the same coin
            QVERIFY2(closeTo(core::binaryEntropy(a, core::Unit::Bits), core::binaryEntropy(b, core::Unit::Bits), 1e-15),
                     qPrintable(QString::number(a, 'g', 17)));
        }
    }

    void uniformDistribution_hasEntropyLogN()
    {
        for (std::size_t n : {2u, 3u, 8u, 10u, 1000u}) {
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
};

QTEST_APPLESS_MAIN(TestInformation)
#include "tst_information.moc"
