// core::Distribution: what binary() and fromEntries() accept and refuse, how they normalise, the
// errors they name, and that the Distribution-level quantities dispatch to matching formulas.
#include "core/distribution.h"
#include "core/information.h"

#include "testsupport.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using core::Distribution;
using core::DistributionError;

Q_DECLARE_METATYPE(Distribution::Sum)

namespace {

using testsupport::closeTo;
using testsupport::show;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool sameDouble(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

} // namespace

class TestDistribution : public QObject
{
    Q_OBJECT

private slots:
    void binary_keepsXAndItsComplement_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("second");
        QTest::newRow("0") << 0.0 << 0.0 << 1.0;
        QTest::newRow("1") << 1.0 << 1.0 << 0.0;
        QTest::newRow("0.5") << 0.5 << 0.5 << 0.5;
        QTest::newRow("0.3") << 0.3 << 0.3 << 0.7;
        QTest::newRow("tiny") << 1e-300 << 1e-300 << 1.0;
        QTest::newRow("smallest subnormal") << 0x1p-1074 << 0x1p-1074 << 1.0;
        QTest::newRow("near 1") << 1.0 - 0x1p-53 << 1.0 - 0x1p-53 << 0x1p-53;
        QTest::newRow("-0.0 becomes +0.0") << -0.0 << 0.0 << 1.0;
    }

    void binary_keepsXAndItsComplement()
    {
        QFETCH(double, x);
        QFETCH(double, first);
        QFETCH(double, second);
        const Distribution d = Distribution::binary(x);
        QVERIFY(d.isBinary());
        QCOMPARE(d.size(), std::size_t(2));
        QVERIFY2(sameDouble(d.binaryX(), first), qPrintable(show(d.binaryX())));
        QVERIFY2(sameDouble(d[0], first), qPrintable(show(d[0])));
        QVERIFY2(sameDouble(d[1], second), qPrintable(show(d[1])));
        QVERIFY2(sameDouble(d.probabilities()[1], second), qPrintable(show(d.probabilities()[1])));
        QVERIFY(!std::signbit(d[0]) && !std::signbit(d[1]));
    }

    void binary_refusesWhatIsNotAProbability_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nan") << kNan << "not a finite number";
        QTest::newRow("inf") << kInf << "not a finite number";
        QTest::newRow("-inf") << -kInf << "not a finite number";
        QTest::newRow("negative") << -0.1 << "outside [0, 1]";
        QTest::newRow("tiny negative") << -1e-300 << "outside [0, 1]";
        QTest::newRow("above one") << 1.1 << "outside [0, 1]";
        QTest::newRow("one ulp above one") << std::nextafter(1.0, 2.0) << "outside [0, 1]";
    }

    void binary_refusesWhatIsNotAProbability()
    {
        QFETCH(double, x);
        QFETCH(QString, mentions);
        QVERIFY_THROWS_EXCEPTION(DistributionError, Distribution::binary(x));
        try {
            Distribution::binary(x);
        } catch (const DistributionError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
            QVERIFY2(!e.entry().has_value(), "a single probability has no entry to blame");
        }
    }

    void fromEntries_refusesBadLists_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<Distribution::Sum>("sum");
        QTest::addColumn<int>("entry"); // 0-based offending entry, -1 for none
        QTest::addColumn<QString>("mentions");
        using V = std::vector<double>;
        const auto one = Distribution::Sum::MustBeOne;
        const auto normalize = Distribution::Sum::Normalize;
        QTest::newRow("empty") << V {} << one << -1 << "at least 2";
        QTest::newRow("one outcome") << V {1.0} << one << -1 << "at least 2";
        QTest::newRow("one weight, normalising") << V {5.0} << normalize << -1 << "at least 2";
        QTest::newRow("nan entry") << V {0.5, kNan} << one << 1 << "not a finite number";
        QTest::newRow("nan weight") << V {kNan, 0.5, 0.5} << normalize << 0 << "not a finite number";
        QTest::newRow("inf weight") << V {kInf, 0.5} << normalize << 0 << "not a finite number";
        QTest::newRow("-inf entry third") << V {0.5, 0.5, -kInf} << one << 2 << "not a finite number";
        QTest::newRow("negative entry") << V {0.6, -0.1, 0.5} << one << 1 << "negative";
        QTest::newRow("negative weight") << V {1.0, 2.0, -3.0} << normalize << 2 << "negative";
        QTest::newRow("tiny negative entry") << V {1.0, -1e-300} << one << 1 << "negative";
        QTest::newRow("entry above one") << V {1.5, -0.5} << one << 0 << "greater than 1";
        QTest::newRow("entry above one second") << V {0.0, 1.5} << one << 1 << "greater than 1";
        QTest::newRow("sum above 1 by 1e-8") << V {0.5, 0.5 + 1e-8} << one << -1 << "not 1";
        QTest::newRow("sum above 1 by 2e-9") << V {0.5, 0.5 + 2e-9} << one << -1 << "not 1";
        QTest::newRow("sum below 1 by 2e-9") << V {0.5, 0.5 - 2e-9} << one << -1 << "not 1";
        QTest::newRow("sum far off") << V {0.2, 0.3} << one << -1 << "not 1";
        QTest::newRow("all zero") << V {0.0, 0.0} << one << -1 << "positive";
        QTest::newRow("zero sum, normalising") << V {0.0, 0.0, 0.0} << normalize << -1 << "positive";
    }

    void fromEntries_refusesBadLists()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(Distribution::Sum, sum);
        QFETCH(int, entry);
        QFETCH(QString, mentions);
        bool refused = false;
        try {
            Distribution::fromEntries(entries, sum);
        } catch (const DistributionError &e) {
            refused = true;
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(mentions), e.what());
            if (entry < 0) {
                QVERIFY2(!e.entry().has_value(), e.what());
                QVERIFY2(!message.contains(QLatin1String("entry")), e.what());
            } else {
                QVERIFY2(e.entry().has_value(), e.what());
                QCOMPARE(*e.entry(), std::size_t(entry));
                // The message counts from 1, as a user does.
                QVERIFY2(message.contains(QStringLiteral("entry %1 ").arg(entry + 1)), e.what());
            }
        }
        QVERIFY2(refused, "accepted");
    }

    void fromEntries_accepts_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<Distribution::Sum>("sum");
        QTest::addColumn<std::vector<double>>("expected");
        using V = std::vector<double>;
        const auto one = Distribution::Sum::MustBeOne;
        const auto normalize = Distribution::Sum::Normalize;
        QTest::newRow("two entries") << V {0.3, 0.7} << one << V {0.3, 0.7};
        QTest::newRow("three entries") << V {0.2, 0.3, 0.5} << one << V {0.2, 0.3, 0.5};
        QTest::newRow("certain, with zeros") << V {0.0, 1.0, 0.0} << one << V {0.0, 1.0, 0.0};
        QTest::newRow("-0.0 entry becomes +0.0") << V {-0.0, 1.0} << one << V {0.0, 1.0};
        QTest::newRow("tiny entry") << V {1e-300, 1.0} << one << V {1e-300, 1.0};
        QTest::newRow("weights 1,2,3") << V {1.0, 2.0, 3.0} << normalize << V {1.0 / 6.0, 1.0 / 3.0, 0.5};
        QTest::newRow("weights above one") << V {2.0, 2.0} << normalize << V {0.5, 0.5};
        QTest::newRow("huge weights") << V {1e300, 3e300} << normalize << V {0.25, 0.75};
        // Weights whose sum overflows a double are scaled by a power of two before summing.
        QTest::newRow("1e308, 1e308: the sum overflows") << V {1e308, 1e308} << normalize << V {0.5, 0.5};
        QTest::newRow("1.7e308 twice") << V {1.7e308, 1.7e308} << normalize << V {0.5, 0.5};
        QTest::newRow("largest double and 0")
            << V {std::numeric_limits<double>::max(), 0.0} << normalize << V {1.0, 0.0};
        QTest::newRow("largest double twice")
            << V {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()} << normalize << V {0.5, 0.5};
        QTest::newRow("0x1.8p1023 and 0x1p1022") << V {0x1.8p1023, 0x1p1022} << normalize << V {0.75, 0.25};
        QTest::newRow("1e308 and a subnormal") << V {1e308, 1e308, 0x1p-1074} << normalize << V {0.5, 0.5, 0.0};
        QTest::newRow("a zero weight") << V {0.0, 4.0} << normalize << V {0.0, 1.0};
        QTest::newRow("normalising what already sums to 1") << V {0.25, 0.75} << normalize << V {0.25, 0.75};
    }

    void fromEntries_accepts()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(Distribution::Sum, sum);
        QFETCH(std::vector<double>, expected);
        const Distribution d = Distribution::fromEntries(entries, sum);
        QVERIFY(!d.isBinary());
        QCOMPARE(d.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QVERIFY2(sameDouble(d[i], expected[i]),
                     qPrintable(QStringLiteral("entry %1: %2, expected %3").arg(i).arg(show(d[i]), show(expected[i]))));
        }
    }

    void fromEntries_acceptsASumWithinTolerance_andNormalises_data()
    {
        QTest::addColumn<double>("offset");
        QTest::newRow("+5e-10") << 5e-10;
        QTest::newRow("-5e-10") << -5e-10;
        QTest::newRow("+9e-10") << 9e-10;
        QTest::newRow("one ulp") << 0x1p-53;
    }

    void fromEntries_acceptsASumWithinTolerance_andNormalises()
    {
        QFETCH(double, offset);
        const std::vector<double> entries = {0.2, 0.3, 0.5 + offset};
        const Distribution d = Distribution::fromEntries(entries);
        const double total = 1.0 + offset; // exact enough: the offsets are far above one ulp of 1
        double sum = 0.0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QVERIFY2(closeTo(d[i], entries[i] / total, 1e-15), qPrintable(show(d[i])));
            sum += d[i];
        }
        QVERIFY2(std::abs(sum - 1.0) <= 2e-16, qPrintable(show(sum - 1.0)));
        if (std::abs(offset) > 1e-12)
            QVERIFY2(!sameDouble(d[2], entries[2]), "the entries were divided by their sum");
    }

    void dispatch_binaryAndListGiveTheSameNumbers_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("q");
        QTest::newRow("0.3 vs 0.6") << 0.3 << 0.6;
        QTest::newRow("0.5 vs 0.5") << 0.5 << 0.5;
        QTest::newRow("0.25 vs 0.75") << 0.25 << 0.75;
        QTest::newRow("0.1 vs 0.9") << 0.1 << 0.9;
        QTest::newRow("0 vs 0.5") << 0.0 << 0.5;
        QTest::newRow("1 vs 0.5") << 1.0 << 0.5;
        QTest::newRow("0.5 vs 0 (infinite)") << 0.5 << 0.0;
        QTest::newRow("0.999 vs 0.001") << 0.999 << 0.001;
        QTest::newRow("1e-5 vs 2e-5") << 1e-5 << 2e-5;
    }

    void dispatch_binaryAndListGiveTheSameNumbers()
    {
        QFETCH(double, p);
        QFETCH(double, q);
        const Distribution pb = Distribution::binary(p), qb = Distribution::binary(q);
        const Distribution pl = Distribution::fromEntries(std::vector<double> {p, 1.0 - p});
        const Distribution ql = Distribution::fromEntries(std::vector<double> {q, 1.0 - q});
        QVERIFY(pb.isBinary() && !pl.isBinary());
        for (const core::Unit unit : {core::Unit::Bits, core::Unit::Nats, core::Unit::Bans}) {
            const QString where = QString::fromUtf8(core::unitName(unit).data());
            // The binary path uses the two-outcome formulas exactly.
            QVERIFY(sameDouble(core::entropy(pb, unit), core::binaryEntropy(p, unit)));
            QVERIFY(sameDouble(core::crossEntropy(pb, qb, unit), core::binaryCrossEntropy(p, q, unit)));
            QVERIFY(sameDouble(core::klDivergence(pb, qb, unit), core::binaryKlDivergence(p, q, unit)));
            // The list path agrees with it; 1 - p is rounded there, hence 1e-13 and not exact.
            QVERIFY2(closeTo(core::entropy(pl, unit), core::entropy(pb, unit), 1e-13), qPrintable(where));
            QVERIFY2(closeTo(core::crossEntropy(pl, ql, unit), core::crossEntropy(pb, qb, unit), 1e-13),
                     qPrintable(where));
            QVERIFY2(closeTo(core::klDivergence(pl, ql, unit), core::klDivergence(pb, qb, unit), 1e-13),
                     qPrintable(where));
            QVERIFY2(closeTo(core::klDivergence(ql, pl, unit), core::klDivergence(qb, pb, unit), 1e-13),
                     qPrintable(where));
            // Mixed: a binary p against a list q takes the list formulas and still agrees.
            QVERIFY2(closeTo(core::crossEntropy(pb, ql, unit), core::crossEntropy(pb, qb, unit), 1e-13),
                     qPrintable(where));
            const auto ib = core::informationContent(pb, unit), il = core::informationContent(pl, unit);
            QCOMPARE(ib.size(), std::size_t(2));
            QCOMPARE(il.size(), std::size_t(2));
            QVERIFY(sameDouble(ib[0], core::selfInformation(p, unit)));
            QVERIFY(sameDouble(ib[1], core::complementInformation(p, unit)));
            // -log of a rounded 1 - p is off by up to ~1 ulp of 1 in absolute terms: that is why binary() keeps x.
            for (std::size_t i = 0; i < 2; ++i) {
                QVERIFY2(
                    closeTo(il[i], ib[i], 1e-13) || std::abs(il[i] - ib[i]) <= 4e-16,
                    qPrintable(
                        QStringLiteral("%1, outcome %2: %3 vs %4").arg(where).arg(i).arg(show(il[i]), show(ib[i]))));
            }
        }
    }

    void informationContent_isMinusLogOfEachOutcome()
    {
        const auto info = core::informationContent(
            Distribution::fromEntries(std::vector<double> {0.0, 0.5, 0.25, 0.25}), core::Unit::Bits);
        QCOMPARE(info.size(), std::size_t(4));
        QVERIFY(std::isinf(info[0]) && info[0] > 0);
        QVERIFY(info[1] == 1.0 && info[2] == 2.0 && info[3] == 2.0);
        const auto certain = core::informationContent(Distribution::binary(1.0), core::Unit::Nats);
        QVERIFY(certain[0] == 0.0 && !std::signbit(certain[0]));
        QVERIFY(std::isinf(certain[1]));
    }

    void mismatchedSizes_throw_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        using V = std::vector<double>;
        QTest::newRow("2 vs 3") << V {0.5, 0.5} << V {0.2, 0.3, 0.5};
        QTest::newRow("3 vs 2") << V {0.2, 0.3, 0.5} << V {0.5, 0.5};
        QTest::newRow("4 vs 3") << V {0.25, 0.25, 0.25, 0.25} << V {0.2, 0.3, 0.5};
    }

    void mismatchedSizes_throw()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        const Distribution dp = p.size() == 2 ? Distribution::binary(p[0]) : Distribution::fromEntries(p);
        const Distribution dq = q.size() == 2 ? Distribution::binary(q[0]) : Distribution::fromEntries(q);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::crossEntropy(dp, dq, core::Unit::Bits));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::klDivergence(dp, dq, core::Unit::Bits));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::klDivergence(dq, dp, core::Unit::Nats));
        try {
            core::crossEntropy(dp, dq, core::Unit::Bits);
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QString::number(p.size())), e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains(QString::number(q.size())), e.what());
        }
    }

    // The frames of an animated move between two bookmarks.
    void mixture_endsExactlyAtBothEnds()
    {
        const Distribution a = Distribution::fromEntries(std::vector<double> {0.1, 0.2, 0.7});
        const Distribution b = Distribution::fromEntries(std::vector<double> {0.5, 0.5, 0.0});
        QVERIFY(core::mixture(a, b, 0.0) == a);
        QVERIFY(core::mixture(a, b, -1.0) == a);
        QVERIFY(core::mixture(a, b, 1.0) == b);
        QVERIFY(core::mixture(a, b, std::numeric_limits<double>::quiet_NaN()) == a);
        const Distribution half = core::mixture(a, b, 0.5);
        QCOMPARE(half[0], 0.3);
        QCOMPARE(half[2], 0.35);
        QVERIFY(std::abs(half[0] + half[1] + half[2] - 1.0) < 1e-15);
    }

    void mixture_ofBinaries_mixesX()
    {
        const Distribution m = core::mixture(Distribution::binary(0.2), Distribution::binary(1e-300), 0.25);
        QVERIFY(m.isBinary());
        QCOMPARE(m.binaryX(), 0.75 * 0.2 + 0.25 * 1e-300);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::mixture(Distribution::binary(0.2),
                                               Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5}), 0.5));
    }

    // Normalized entries that miss 1 by an ulp are kept, so a saved distribution reads back bit-exact.
    void fromEntries_ofNormalizedEntries_isIdempotent()
    {
        std::uint64_t seed = 12345;
        for (int round = 0; round < 2000; ++round) {
            std::vector<double> weights(3 + round % 62);
            for (double &w : weights) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                w = double(seed >> 11) * 0x1.0p-53;
            }
            const Distribution once = Distribution::fromEntries(weights, Distribution::Sum::Normalize);
            const Distribution twice = Distribution::fromEntries(once.probabilities());
            QVERIFY2(once == twice, qPrintable(QString::number(round)));
        }
    }
};

QTEST_APPLESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
