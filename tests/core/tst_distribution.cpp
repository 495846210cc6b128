#include "core/distribution.h"
#include "core/information.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using core::Distribution;
using core::DistributionError;

Q_DECLARE_METATYPE(Distribution::Sum)

class TestDistribution : public QObject
{
    Q_OBJECT

private slots:
    void binary_keepsXAndItsComplement()
    {
        const Distribution d = Distribution::binary(0.3);
        QVERIFY(d.isBinary());
        QCOMPARE(d.binaryX(), 0.3);
        QCOMPARE(d.size(), std::size_t(2));
        QCOMPARE(d[1], 1.0 - 0.3);
    }

    void binary_refusesWhatIsNotAProbability_data()
    {
        QTest::addColumn<double>("x");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("negative") << -0.1;
        QTest::newRow("above one") << 1.1;
    }

    void binary_refusesWhatIsNotAProbability()
    {
        QFETCH(double, x);
        QVERIFY_THROWS_EXCEPTION(DistributionError, Distribution::binary(x));
    }

    void binary_negativeZeroIsZero()
    {
        const Distribution d = Distribution::binary(-0.0);
        QVERIFY(!std::signbit(d.binaryX()));
        QCOMPARE(d[1], 1.0);
    }

    void fromEntries_refusesBadLists_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<Distribution::Sum>("sum");
        QTest::addColumn<int>("entry"); // 0-based offending entry, -1 for none
        QTest::addColumn<QString>("mentions");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("one outcome") << std::vector<double> {1.0} << Distribution::Sum::MustBeOne << -1 << "at least 2";
        QTest::newRow("empty") << std::vector<double> {} << Distribution::Sum::MustBeOne << -1 << "at least 2";
        QTest::newRow("nan entry") << std::vector<double> {0.5, nan} << Distribution::Sum::MustBeOne << 1 << "entry 2";
        QTest::newRow("inf entry") << std::vector<double> {inf, 0.5} << Distribution::Sum::Normalize << 0 << "entry 1";
        QTest::newRow("negative entry") << std::vector<double> {0.6, -0.1, 0.5} << Distribution::Sum::MustBeOne << 1
                                        << "negative";
        QTest::newRow("entry above one") << std::vector<double> {1.5, -0.5} << Distribution::Sum::MustBeOne << 0
                                         << "greater than 1";
        QTest::newRow("entry above one second")
            << std::vector<double> {0.0, 1.5} << Distribution::Sum::MustBeOne << 1 << "greater than 1";
        QTest::newRow("sum off by 1e-8") << std::vector<double> {0.5, 0.5 + 1e-8} << Distribution::Sum::MustBeOne << -1
                                         << "sum";
        QTest::newRow("zero sum") << std::vector<double> {0.0, 0.0} << Distribution::Sum::Normalize << -1 << "positive";
    }

    void fromEntries_refusesBadLists()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(Distribution::Sum, sum);
        QFETCH(int, entry);
        QFETCH(QString, mentions);
        try {
            Distribution::fromEntries(entries, sum);
            QFAIL("accepted");
        } catch (const DistributionError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
            if (entry < 0)
                QVERIFY(!e.entry().has_value());
            else
                QCOMPARE(e.entry().value_or(999), std::size_t(entry));
        }
    }

    void fromEntries_acceptsASumWithinTolerance_andNormalises()
    {
        const Distribution d = Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5 + 5e-10});
        double sum = 0.0;
        for (double x : d.probabilities())
            sum += x;
        QVERIFY(std::abs(sum - 1.0) < 1e-15);
        QVERIFY(!d.isBinary());
    }

    void fromEntries_normalizeAcceptsWeights()
    {
        const Distribution d
            = Distribution::fromEntries(std::vector<double> {1.0, 2.0, 3.0}, Distribution::Sum::Normalize);
        QCOMPARE(d[0], 1.0 / 6.0);
        QCOMPARE(d[1], 2.0 / 6.0);
        QCOMPARE(d[2], 3.0 / 6.0);
    }

    void quantities_agreeBetweenBinaryAndList()
    {
        const Distribution pb = Distribution::binary(0.3), qb = Distribution::binary(0.6);
        const Distribution pl = Distribution::fromEntries(std::vector<double> {0.3, 0.7});
        const Distribution ql = Distribution::fromEntries(std::vector<double> {0.6, 0.4});
        const auto close = [](double a, double b) { return std::abs(a - b) <= 1e-15 * std::abs(b); };
        QVERIFY(close(core::entropy(pb, core::Unit::Bits), core::entropy(pl, core::Unit::Bits)));
        QVERIFY(close(core::crossEntropy(pb, qb, core::Unit::Bits), core::crossEntropy(pl, ql, core::Unit::Bits)));
        QVERIFY(close(core::klDivergence(pb, qb, core::Unit::Bits), core::klDivergence(pl, ql, core::Unit::Bits)));
        const auto info = core::informationContent(pb, core::Unit::Bits);
        QCOMPARE(info.size(), std::size_t(2));
        QVERIFY(close(info[0], -std::log2(0.3)));
        QVERIFY(close(info[1], -std::log2(0.7)));
    }

    void informationContent_ofAnImpossibleOutcomeIsInfinite()
    {
        const auto info
            = core::informationContent(Distribution::fromEntries(std::vector<double> {0.0, 1.0}), core::Unit::Nats);
        QVERIFY(std::isinf(info[0]));
        QCOMPARE(info[1], 0.0);
        QVERIFY(!std::signbit(info[1]));
    }

    void mismatchedSizes_throw()
    {
        const Distribution p = Distribution::binary(0.5);
        const Distribution q = Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::crossEntropy(p, q, core::Unit::Bits));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::klDivergence(p, q, core::Unit::Bits));
    }
};

QTEST_APPLESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
