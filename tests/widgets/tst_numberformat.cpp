#include "widgets/numberformat.h"

#include <QTest>

#include <limits>

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("ordinary") << 0.881290899 << QStringLiteral("0.8813");
        QTest::newRow("negative uses a minus sign") << -0.2 << QStringLiteral("−0.2000");
        QTest::newRow("tiny is not 0.0000") << 3.2e-5 << QStringLiteral("3.20×10⁻⁵");
        QTest::newRow("tiny negative is not -0.0000") << -1e-17 << QStringLiteral("−1.00×10⁻¹⁷");
        QTest::newRow("rounds up across a decade") << 9.9999e-6 << QStringLiteral("1.00×10⁻⁵");
        QTest::newRow("huge") << 1.5e300 << QStringLiteral("1.50×10³⁰⁰");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("∞");
        QTest::newRow("just above the 4-decimal limit") << 0.00005 << QStringLiteral("0.0001");
    }

    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(widgets::formatNumber(value), expected);
    }

    void logSymbolAndUnitMatch()
    {
        QCOMPARE(widgets::logSymbol(core::Unit::Bits), QStringLiteral("log₂"));
        QCOMPARE(widgets::logSymbol(core::Unit::Nats), QStringLiteral("ln"));
        QCOMPARE(widgets::logSymbol(core::Unit::Bans), QStringLiteral("log₁₀"));
        QCOMPARE(widgets::unitLabel(core::Unit::Nats), QStringLiteral("nats"));
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
