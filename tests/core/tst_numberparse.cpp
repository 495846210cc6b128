// core::parseNumber / parseNumberList / parseNumberOrList / formatRoundTrip: what users may type, what
// is refused and with which message, and that printed numbers read back as the identical double.
#include "core/numberparse.h"

#include "testsupport.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

using core::ParseError;

namespace {

using testsupport::show;

bool sameDouble(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// The message of the ParseError `f` throws, or a null string if it throws none.
template<typename F>
QString parseErrorOf(F f)
{
    try {
        f();
    } catch (const ParseError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TestNumberParse : public QObject
{
    Q_OBJECT

private slots:
    // Each refusal carries its rule, the quoted text and, in a list, the entry: what a window needs
    // to say it in another language.
    void parseError_carriesItsRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("list");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("entry");
        QTest::newRow("bad: blank") << "  " << false << int(core::NumberRule::Missing) << "" << 0;
        QTest::newRow("bad: junk") << "0.5x" << false << int(core::NumberRule::NotANumber) << "\"0.5x\"" << 0;
        QTest::newRow("bad: overflow") << "1e999" << false << int(core::NumberRule::OutOfRange) << "\"1e999\"" << 0;
        QTest::newRow("bad: nan") << "nan" << false << int(core::NumberRule::NotFinite) << "\"nan\"" << 0;
        QTest::newRow("bad: list entry 3") << "0.1,0.2,x" << true << int(core::NumberRule::NotANumber) << "\"x\"" << 3;
        QTest::newRow("bad: list entry 2 empty") << "0.1," << true << int(core::NumberRule::Missing) << "" << 2;
    }

    void parseError_carriesItsRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, list);
        QFETCH(int, rule);
        QFETCH(QString, shown);
        QFETCH(int, entry);
        try {
            if (list)
                core::parseNumberList(text.toStdString());
            else
                core::parseNumber(text.toStdString());
            QFAIL("accepted");
        } catch (const core::ParseError &e) {
            QCOMPARE(int(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.shown()), shown);
            QCOMPARE(int(e.entry()), entry);
        }
    }

    void parseNumber_acceptsPlainDecimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("decimal") << QByteArray("0.3") << 0.3;
        QTest::newRow("one space around") << QByteArray(" 0.3 ") << 0.3;
        QTest::newRow("spaces around") << QByteArray("  0.3 ") << 0.3;
        QTest::newRow("tabs around") << QByteArray("\t0.3\t") << 0.3;
        QTest::newRow("leading plus") << QByteArray("+0.5") << 0.5;
        QTest::newRow("plus without leading zero") << QByteArray("+.5") << 0.5;
        QTest::newRow("exponent") << QByteArray("1e-10") << 1e-10;
        QTest::newRow("capital exponent") << QByteArray("1E-10") << 1e-10;
        QTest::newRow("no leading zero") << QByteArray(".5") << 0.5;
        QTest::newRow("trailing point") << QByteArray("5.") << 5.0;
        QTest::newRow("integer") << QByteArray("1") << 1.0;
        QTest::newRow("zero") << QByteArray("0") << 0.0;
        QTest::newRow("negative") << QByteArray("-2") << -2.0;
        QTest::newRow("tiny") << QByteArray("1e-300") << 1e-300;
        QTest::newRow("subnormal") << QByteArray("4.9406564584124654e-324") << 0x1p-1074;
        QTest::newRow("largest") << QByteArray("1.7976931348623157e308") << std::numeric_limits<double>::max();
        QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << 0.1 + 0.2;
    }

    void parseNumber_acceptsPlainDecimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        const double got = core::parseNumber(text.toStdString());
        QVERIFY2(sameDouble(got, expected), qPrintable(show(got)));
    }

    void parseNumber_refusesEverythingElse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("") << "no number";
        QTest::newRow("blank") << QByteArray(" ") << "no number";
        QTest::newRow("blanks and tabs") << QByteArray(" \t  ") << "no number";
        QTest::newRow("word") << QByteArray("abc") << "\"abc\" is not a number";
        QTest::newRow("trailing junk") << QByteArray("0.5x") << "\"0.5x\" is not a number";
        QTest::newRow("decimal comma") << QByteArray("0,5") << "\"0,5\" is not a number";
        QTest::newRow("two numbers") << QByteArray("0.5 0.6") << "not a number";
        QTest::newRow("nan") << QByteArray("nan") << "\"nan\" is not a finite number";
        QTest::newRow("NaN") << QByteArray("NaN") << "not a finite number";
        QTest::newRow("inf") << QByteArray("inf") << "\"inf\" is not a finite number";
        QTest::newRow("-inf") << QByteArray("-inf") << "\"-inf\" is not a finite number";
        QTest::newRow("infinity") << QByteArray("infinity") << "not a finite number";
        QTest::newRow("overflow") << QByteArray("1e999") << "\"1e999\" is out of range";
        QTest::newRow("negative overflow") << QByteArray("-1e999") << "out of range";
        QTest::newRow("hex float") << QByteArray("0x1p-3") << "\"0x1p-3\" is not a number";
        QTest::newRow("two points") << QByteArray("1..2") << "\"1..2\" is not a number";
        QTest::newRow("double minus") << QByteArray("--1") << "\"--1\" is not a number";
        QTest::newRow("double plus") << QByteArray("++1") << "not a number";
        QTest::newRow("plus then minus") << QByteArray("+-1") << "not a number";
        QTest::newRow("lone plus") << QByteArray("+") << "not a number";
        QTest::newRow("lone point") << QByteArray(".") << "not a number";
        QTest::newRow("exponent without digits") << QByteArray("1e") << "not a number";
        QTest::newRow("exponent only") << QByteArray("e5") << "not a number";
        QTest::newRow("digit separator") << QByteArray("1_000") << "not a number";
        QTest::newRow("control characters are not echoed") << QByteArray("0.5\n1") << "\"0.5?1\" is not a number";
        QTest::newRow("long junk is shortened") << QByteArray(200, 'x') << "...\" is not a number";
    }

    void parseNumber_refusesEverythingElse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const std::string input = text.toStdString();
        const QString message = parseErrorOf([&] { core::parseNumber(input); });
        QVERIFY2(!message.isNull(), "accepted");
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "the message is one line");
        QVERIFY2(message.size() < 120, qPrintable(message));
    }

    void parseNumberList_readsCommaLists_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<std::vector<double>>("expected");
        using V = std::vector<double>;
        QTest::newRow("plain") << QByteArray("0.2,0.3,0.5") << V {0.2, 0.3, 0.5};
        QTest::newRow("spaces around commas") << QByteArray("0.2, 0.3 ,0.5") << V {0.2, 0.3, 0.5};
        QTest::newRow("spaces at both ends") << QByteArray(" 1e-300 , 1 ") << V {1e-300, 1.0};
        QTest::newRow("one number") << QByteArray("1") << V {1.0};
        QTest::newRow("signs and exponents") << QByteArray("+0.5,-0.5,5e-1") << V {0.5, -0.5, 0.5};
    }

    void parseNumberList_readsCommaLists()
    {
        QFETCH(QByteArray, text);
        QFETCH(std::vector<double>, expected);
        const std::vector<double> got = core::parseNumberList(text.toStdString());
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(sameDouble(got[i], expected[i]),
                     qPrintable(QStringLiteral("entry %1: %2").arg(i).arg(show(got[i]))));
    }

    void parseNumberList_namesTheBadEntry_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty entry") << QByteArray("0.2,,0.8") << "entry 2"
                                     << "no number";
        QTest::newRow("trailing comma") << QByteArray("0.2,0.8,") << "entry 3"
                                        << "no number";
        QTest::newRow("leading comma") << QByteArray(",0.8") << "entry 1"
                                       << "no number";
        QTest::newRow("empty text") << QByteArray("") << "entry 1"
                                    << "no number";
        QTest::newRow("word") << QByteArray("0.2,x") << "entry 2"
                              << "not a number";
        QTest::newRow("semicolons") << QByteArray("0.2;0.8") << "entry 1"
                                    << "not a number";
        QTest::newRow("nan third") << QByteArray("0.2,0.3,nan") << "entry 3"
                                   << "not a finite number";
        QTest::newRow("overflow") << QByteArray("1e999,0") << "entry 1"
                                  << "out of range";
    }

    void parseNumberList_namesTheBadEntry()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, entry);
        QFETCH(QString, problem);
        const std::string input = text.toStdString();
        const QString message = parseErrorOf([&] { core::parseNumberList(input); });
        QVERIFY2(!message.isNull(), "accepted");
        QVERIFY2(message.startsWith(entry + QLatin1Char(':')), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void parseNumberList_takesAtMostTheLimit()
    {
        std::string text = "0";
        for (std::size_t i = 1; i < core::kMaxListEntries; ++i)
            text += ",0";
        QCOMPARE(core::parseNumberList(text).size(), core::kMaxListEntries);
        text += ",0";
        const QString message = parseErrorOf([&] { core::parseNumberList(text); });
        QVERIFY2(!message.isNull(), "a list one longer than the limit was accepted");
        QVERIFY2(message.contains(QString::number(core::kMaxListEntries)), qPrintable(message));
    }

    // "One number or a comma list" (--p, --q): the comma alone decides which, and each is read strictly.
    void parseNumberOrList_readsOneNumberOrAList_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isList");
        QTest::addColumn<std::vector<double>>("expected");
        using V = std::vector<double>;
        QTest::newRow("one number") << QByteArray("0.3") << false << V {0.3};
        QTest::newRow("one number, spaces around") << QByteArray(" 0.3\t") << false << V {0.3};
        QTest::newRow("one number, leading plus") << QByteArray("+0.25") << false << V {0.25};
        QTest::newRow("list") << QByteArray("0.2,0.3,0.5") << true << V {0.2, 0.3, 0.5};
        QTest::newRow("list, spaces around commas") << QByteArray(" 0.2 , 0.8 ") << true << V {0.2, 0.8};
        QTest::newRow("decimal comma is a list of two") << QByteArray("0,5") << true << V {0.0, 5.0};
        QTest::newRow("weights") << QByteArray("1,2,3") << true << V {1.0, 2.0, 3.0};
    }

    void parseNumberOrList_readsOneNumberOrAList()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isList);
        QFETCH(std::vector<double>, expected);
        QCOMPARE(core::isNumberList(text.toStdString()), isList);
        const core::NumberOrList got = core::parseNumberOrList(text.toStdString());
        QCOMPARE(got.isList, isList);
        QCOMPARE(got.values.size(), expected.size());
        for (std::size_t i = 0; i < got.values.size(); ++i)
            QVERIFY2(sameDouble(got.values[i], expected[i]), qPrintable(show(got.values[i])));
    }

    void parseNumberOrList_refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message"); // the whole message
        QTest::newRow("empty") << QByteArray("") << "no number given";
        QTest::newRow("blank") << QByteArray("  ") << "no number given";
        QTest::newRow("nan") << QByteArray("nan") << "\"nan\" is not a finite number";
        QTest::newRow("inf") << QByteArray("inf") << "\"inf\" is not a finite number";
        QTest::newRow("overflow") << QByteArray("1e999") << "\"1e999\" is out of range";
        QTest::newRow("word") << QByteArray("abc") << "\"abc\" is not a number";
        QTest::newRow("two numbers and a space") << QByteArray("0.2 0.8") << "\"0.2 0.8\" is not a number";
        QTest::newRow("semicolon list") << QByteArray("0.2;0.8") << "\"0.2;0.8\" is not a number";
        QTest::newRow("empty entry") << QByteArray("0.2,,0.8") << "entry 2: no number given";
        QTest::newRow("blank entry") << QByteArray("0.2, ,0.8") << "entry 2: no number given";
        QTest::newRow("trailing comma") << QByteArray("0.5,") << "entry 2: no number given";
        QTest::newRow("trailing comma and spaces") << QByteArray("0.2,0.8, ") << "entry 3: no number given";
        QTest::newRow("leading comma") << QByteArray(",0.5") << "entry 1: no number given";
        QTest::newRow("lone comma") << QByteArray(",") << "entry 1: no number given";
        QTest::newRow("nan in a list") << QByteArray("0.5,nan") << "entry 2: \"nan\" is not a finite number";
        QTest::newRow("overflow in a list") << QByteArray("1e999,0") << "entry 1: \"1e999\" is out of range";
        QTest::newRow("decimal comma inside a list") << QByteArray("0,5,0.5") << "";
    }

    void parseNumberOrList_refusesBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const std::string input = text.toStdString();
        const QString got = parseErrorOf([&] { core::parseNumberOrList(input); });
        if (message.isEmpty()) {
            QVERIFY2(got.isNull(), qPrintable(got)); // read as three entries; the distribution refuses the sum
            return;
        }
        QCOMPARE(got, message);
    }

    // Where one number is due (--y, --yhat, --width), a list is not a number.
    void parseNumber_refusesAListWhereOneNumberIsDue_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("decimal comma") << QByteArray("0,5");
        QTest::newRow("list") << QByteArray("0.2,0.8");
        QTest::newRow("trailing comma") << QByteArray("1,");
    }

    void parseNumber_refusesAListWhereOneNumberIsDue()
    {
        QFETCH(QByteArray, text);
        const QString message = parseErrorOf([&] { core::parseNumber(text.toStdString()); });
        QCOMPARE(message, QStringLiteral("\"%1\" is not a number").arg(QString::fromUtf8(text)));
    }

    void decimalCommaRefusal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("refusal"); // empty: none
        QTest::newRow("0,3") << "0,3"
                             << "\"0,3\" is two entries; did you mean 0.3? use a decimal point";
        QTest::newRow("spaces kept as typed") << " 0 , 25 "
                                              << "\" 0 , 25 \" is two entries; did you mean 0.25? use a decimal point";
        QTest::newRow("1,5") << "1,5"
                             << "";
        QTest::newRow("three entries") << "0,3,7"
                                       << "";
        QTest::newRow("no comma") << "0.3"
                                  << "";
    }

    void decimalCommaRefusal()
    {
        QFETCH(QString, text);
        QFETCH(QString, refusal);
        QCOMPARE(QString::fromStdString(core::decimalCommaRefusal(text.toStdString()).value_or("")), refusal);
    }

    void decimalCommaReading_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("meant"); // empty: not a decimal comma
        QTest::newRow("0,3") << "0,3"
                             << "0.3";
        QTest::newRow("0,05") << "0,05"
                              << "0.05";
        QTest::newRow("0,25 with spaces") << " 0 , 25 "
                                          << "0.25";
        QTest::newRow("0,0") << "0,0"
                             << "0.0";
        QTest::newRow("three entries") << "0,3,7"
                                       << "";
        QTest::newRow("1,5 (not 0 first)") << "1,5"
                                           << "";
        QTest::newRow("00,5") << "00,5"
                              << "";
        QTest::newRow("0,0.5") << "0,0.5"
                               << "";
        QTest::newRow("0,5e-1") << "0,5e-1"
                                << "";
        QTest::newRow("0,") << "0,"
                            << "";
        QTest::newRow("no comma") << "0.3"
                                  << "";
    }

    void decimalCommaReading()
    {
        QFETCH(QString, text);
        QFETCH(QString, meant);
        QCOMPARE(QString::fromStdString(core::decimalCommaReading(text.toStdString()).value_or("")), meant);
    }

    void formatRoundTrip_prints_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("0.5") << 0.5 << "0.5";
        QTest::newRow("1") << 1.0 << "1";
        QTest::newRow("0") << 0.0 << "0";
        QTest::newRow("1e-300") << 1e-300 << "1e-300";
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
    }

    void formatRoundTrip_prints()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(core::formatRoundTrip(value)), expected);
    }

    void formatRoundTrip_readsBackTheSameDouble()
    {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> probability(0.0, 1.0);
        int checked = 0;
        for (int i = 0; i < 40000; ++i) {
            // Every other case a probability, the rest any bit pattern (subnormals included).
            const double x = i % 2 ? probability(rng) : std::bit_cast<double>(rng());
            if (!std::isfinite(x))
                continue;
            ++checked;
            const std::string text = core::formatRoundTrip(x);
            QVERIFY2(sameDouble(core::parseNumber(text), x), text.c_str());
        }
        QVERIFY(checked > 39000);
        for (const double x :
             {0x1p-1074, std::numeric_limits<double>::min(), std::numeric_limits<double>::max(),
              std::numeric_limits<double>::lowest(), std::numeric_limits<double>::epsilon(), 1.0 - 0x1p-53, -0.0}) {
            const std::string text = core::formatRoundTrip(x);
            QVERIFY2(sameDouble(core::parseNumber(text), x), text.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestNumberParse)
#include "tst_numberparse.moc"
