#include "core/numberparse.h"

#include <QTest>

#include <bit>
#include <random>

using core::ParseError;

class TestNumberParse : public QObject
{
    Q_OBJECT

private slots:
    void parseNumber_acceptsPlainDecimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("decimal") << QByteArray("0.3") << 0.3;
        QTest::newRow("spaces around") << QByteArray("  0.3 ") << 0.3;
        QTest::newRow("leading plus") << QByteArray("+0.5") << 0.5;
        QTest::newRow("exponent") << QByteArray("1e-10") << 1e-10;
        QTest::newRow("no leading zero") << QByteArray(".5") << 0.5;
        QTest::newRow("integer") << QByteArray("1") << 1.0;
        QTest::newRow("negative") << QByteArray("-2") << -2.0;
        QTest::newRow("tiny") << QByteArray("1e-300") << 1e-300;
    }

    void parseNumber_acceptsPlainDecimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        QCOMPARE(core::parseNumber(text.toStdString()), expected);
    }

    void parseNumber_refusesEverythingElse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("") << "no number";
        QTest::newRow("blank") << QByteArray("   ") << "no number";
        QTest::newRow("word") << QByteArray("abc") << "not a number";
        QTest::newRow("trailing junk") << QByteArray("0.5x") << "not a number";
        QTest::newRow("decimal comma") << QByteArray("0,5") << "not a number";
        QTest::newRow("nan") << QByteArray("nan") << "not a finite number";
        QTest::newRow("inf") << QByteArray("inf") << "not a finite number";
        QTest::newRow("-inf") << QByteArray("-inf") << "not a finite number";
        QTest::newRow("overflow") << QByteArray("1e999") << "out of range";
        QTest::newRow("hex") << QByteArray("0x1p-3") << "not a number";
        QTest::newRow("two points") << QByteArray("1..2") << "not a number";
        QTest::newRow("double minus") << QByteArray("--1") << "not a number";
        QTest::newRow("lone plus") << QByteArray("+") << "not a number";
        QTest::newRow("control characters") << QByteArray("0.5\n1") << "not a number";
    }

    void parseNumber_refusesEverythingElse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        try {
            core::parseNumber(text.toStdString());
            QFAIL("accepted");
        } catch (const ParseError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
            QVERIFY2(!QByteArray(e.what()).contains('\n'), "the message is one line");
        }
    }

    void parseNumberList_readsCommaLists()
    {
        QCOMPARE(core::parseNumberList("0.2,0.3,0.5"), (std::vector<double> {0.2, 0.3, 0.5}));
        QCOMPARE(core::parseNumberList("0.2, 0.3 ,0.5"), (std::vector<double> {0.2, 0.3, 0.5}));
        QCOMPARE(core::parseNumberList("1"), (std::vector<double> {1.0}));
    }

    void parseNumberList_namesTheBadEntry_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty entry") << QByteArray("0.2,,0.8") << "entry 2";
        QTest::newRow("trailing comma") << QByteArray("0.2,0.8,") << "entry 3";
        QTest::newRow("word") << QByteArray("0.2,x") << "entry 2";
    }

    void parseNumberList_namesTheBadEntry()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        QVERIFY_THROWS_EXCEPTION(ParseError, core::parseNumberList(text.toStdString()));
        try {
            core::parseNumberList(text.toStdString());
        } catch (const ParseError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
        }
    }

    void parseNumberList_refusesTooManyEntries()
    {
        std::string text = "0";
        for (std::size_t i = 0; i < core::kMaxListEntries; ++i)
            text += ",0";
        QVERIFY_THROWS_EXCEPTION(ParseError, core::parseNumberList(text));
    }

    void formatRoundTrip_readsBackTheSameDouble()
    {
        std::mt19937_64 rng(11);
        for (int i = 0; i < 20000; ++i) {
            double x = std::bit_cast<double>(rng());
            if (!std::isfinite(x))
                continue;
            const std::string text = core::formatRoundTrip(x);
            QCOMPARE(std::bit_cast<std::uint64_t>(core::parseNumber(text)), std::bit_cast<std::uint64_t>(x));
        }
        QCOMPARE(core::formatRoundTrip(0.1), std::string("0.1"));
        QCOMPARE(core::formatRoundTrip(std::numeric_limits<double>::infinity()), std::string("inf"));
    }
};

QTEST_APPLESS_MAIN(TestNumberParse)
#include "tst_numberparse.moc"
