// core::parseCommandLine and the usage text generated from the same table: what every subcommand's
// options accept, what they refuse with which one-line message, and that the usage shows every option.
#include "core/commandline.h"

#include <QTest>

#include <string>
#include <vector>

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

// A command shaped like compute: a required value option, optional ones and flags.
const core::CommandSpec &sample()
{
    static const core::CommandSpec command {
        "sample",
        "a command of the test",
        "What it does, in a paragraph long enough to be wrapped at the usage width: it reads p and q and prints "
        "nothing at all, which is all a test needs of it.\n\nA second paragraph.",
        {
            {"--p", "P", "one number or a comma list", "--p is required (e.g. --p 0.3)"},
            {"--q", "Q", "the model's distribution"},
            {"--unit", "bits|nats|bans", "the unit"},
            {"--training-preset", "overlapping|separated|confidently-wrong", "a name too wide for the column"},
            {"--json", "", "one JSON object"},
        },
        "Bad input exits with code 2.",
    };
    return command;
}

// The UsageError message parseCommandLine throws, or a null string.
QString refusalOf(const std::vector<std::string> &args)
{
    try {
        core::parseCommandLine(sample(), args);
    } catch (const core::UsageError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QStringList lines(const std::string &text)
{
    return QString::fromStdString(text).split(QLatin1Char('\n'));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_readsOptionsAndValues_data()
    {
        QTest::addColumn<std::vector<std::string>>("args");
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("q"); // "-" when not given
        QTest::addColumn<bool>("json");
        using A = std::vector<std::string>;
        QTest::newRow("value after a space") << A {"--p", "0.3"} << "0.3"
                                             << "-" << false;
        QTest::newRow("value after =") << A {"--p=0.3"} << "0.3"
                                       << "-" << false;
        QTest::newRow("= value may start with --") << A {"--p=--x"} << "--x"
                                                   << "-" << false;
        QTest::newRow("empty value after =") << A {"--p="} << ""
                                             << "-" << false;
        QTest::newRow("empty value after a space") << A {"--p", ""} << ""
                                                   << "-" << false;
        QTest::newRow("negative number as value") << A {"--p", "-0.1"} << "-0.1"
                                                  << "-" << false;
        QTest::newRow("a list") << A {"--p", "0.2,0.8", "--q=0.5,0.5"} << "0.2,0.8"
                                << "0.5,0.5" << false;
        QTest::newRow("flag") << A {"--json", "--p", "1"} << "1"
                              << "-" << true;
        QTest::newRow("value with = inside") << A {"--p", "a=b"} << "a=b"
                                             << "-" << false;
    }

    void parse_readsOptionsAndValues()
    {
        QFETCH(std::vector<std::string>, args);
        QFETCH(QString, p);
        QFETCH(QString, q);
        QFETCH(bool, json);
        const core::CommandLine given = core::parseCommandLine(sample(), args);
        QCOMPARE(QString::fromStdString(given.at("--p")), p);
        QCOMPARE(given.count("--q") ? QString::fromStdString(given.at("--q")) : QStringLiteral("-"), q);
        QCOMPARE(given.count("--json") == 1, json);
        QVERIFY(!given.wantsHelp());
        QCOMPARE(given.count("--unit"), std::size_t(0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, given.at("--unit"));
    }

    void parse_refusesWithOneLine_data()
    {
        QTest::addColumn<std::vector<std::string>>("args");
        QTest::addColumn<QString>("message"); // the whole message
        using A = std::vector<std::string>;
        QTest::newRow("unknown option") << A {"--p", "1", "--bogus"}
                                        << "unknown option \"--bogus\" (see entropylab sample --help)";
        QTest::newRow("unknown option with =")
            << A {"--bogus=1"} << "unknown option \"--bogus\" (see entropylab sample --help)";
        QTest::newRow("stray word") << A {"--p", "1", "0.6"} << "unknown option \"0.6\" (see entropylab sample --help)";
        QTest::newRow("single dash") << A {"-p", "1"} << "unknown option \"-p\" (see entropylab sample --help)";
        QTest::newRow("-h= is not split") << A {"-h=1"} << "unknown option \"-h=1\" (see entropylab sample --help)";
        QTest::newRow("bare --") << A {"--"} << "unknown option \"--\" (see entropylab sample --help)";
        QTest::newRow("option of another command")
            << A {"--p", "1", "--normalize"} << "unknown option \"--normalize\" (see entropylab sample --help)";
        QTest::newRow("case matters") << A {"--P", "1"} << "unknown option \"--P\" (see entropylab sample --help)";
        QTest::newRow("flag with a value") << A {"--p", "1", "--json=yes"} << "--json takes no value";
        QTest::newRow("flag with an empty value") << A {"--p", "1", "--json="} << "--json takes no value";
        QTest::newRow("help with a value") << A {"--help=1"} << "--help takes no value";
        QTest::newRow("value missing at the end") << A {"--p"} << "--p needs a value";
        QTest::newRow("value forgotten before a flag") << A {"--p", "1", "--q", "--json"} << "--q needs a value";
        QTest::newRow("value forgotten before an unknown option") << A {"--q", "--bogus"} << "--q needs a value";
        QTest::newRow("given twice") << A {"--p", "1", "--p", "2"} << "--p is given twice";
        QTest::newRow("given twice, once with =") << A {"--p=1", "--p", "1"} << "--p is given twice";
        QTest::newRow("flag twice") << A {"--p", "1", "--json", "--json"} << "--json is given twice";
        QTest::newRow("required missing") << A {"--q", "0.3"} << "--p is required (e.g. --p 0.3)";
        QTest::newRow("nothing at all") << A {} << "--p is required (e.g. --p 0.3)";
        QTest::newRow("first problem wins")
            << A {"--bogus", "--p"} << "unknown option \"--bogus\" (see entropylab sample --help)";
    }

    void parse_refusesWithOneLine()
    {
        QFETCH(std::vector<std::string>, args);
        QFETCH(QString, message);
        const QString refusal = refusalOf(args);
        QCOMPARE(refusal, message);
    }

    // Help needs none of the required options, but the command line must still be well formed.
    void parse_helpSkipsRequiredOptions_data()
    {
        QTest::addColumn<std::vector<std::string>>("args");
        QTest::addColumn<QString>("refusal"); // empty: help wanted
        using A = std::vector<std::string>;
        QTest::newRow("--help") << A {"--help"} << "";
        QTest::newRow("-h") << A {"-h"} << "";
        QTest::newRow("help after options") << A {"--q", "0.3", "-h"} << "";
        QTest::newRow("help with a bad value") << A {"--p", "abc", "--help"} << "";
        QTest::newRow("help and an unknown option")
            << A {"--bogus", "--help"} << "unknown option \"--bogus\" (see entropylab sample --help)";
        QTest::newRow("help twice") << A {"--help", "--help"} << "--help is given twice";
    }

    void parse_helpSkipsRequiredOptions()
    {
        QFETCH(std::vector<std::string>, args);
        QFETCH(QString, refusal);
        if (!refusal.isEmpty()) {
            QCOMPARE(refusalOf(args), refusal);
            return;
        }
        QVERIFY(core::parseCommandLine(sample(), args).wantsHelp());
    }

    void whole_acceptsWholeNumbersInRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("expected");
        QTest::newRow("lowest") << "1" << 1LL;
        QTest::newRow("highest") << "100" << 100LL;
        QTest::newRow("exponent") << "1e2" << 100LL;
        QTest::newRow("trailing .0") << "5.0" << 5LL;
        QTest::newRow("plus and spaces") << " +7 " << 7LL;
    }

    void whole_acceptsWholeNumbersInRange()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, expected);
        QCOMPARE(core::parseOptionWhole("--n", text.toStdString(), 1, 100), expected);
    }

    void whole_refusesNamingTheRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("below") << "0"
                               << "--n: 0 is not a whole number from 1 to 100";
        QTest::newRow("above") << "101"
                               << "--n: 101 is not a whole number from 1 to 100";
        QTest::newRow("fraction") << "2.5"
                                  << "--n: 2.5 is not a whole number from 1 to 100";
        QTest::newRow("negative") << "-3"
                                  << "--n: -3 is not a whole number from 1 to 100";
        QTest::newRow("word") << "ten"
                              << "--n: \"ten\" is not a number";
        QTest::newRow("empty") << ""
                               << "--n: no number given";
        QTest::newRow("nan") << "nan"
                             << "--n: \"nan\" is not a finite number";
        QTest::newRow("overflow") << "1e999"
                                  << "--n: \"1e999\" is out of range";
        QTest::newRow("decimal comma") << "0,5"
                                       << "--n: \"0,5\" is not a number";
        QTest::newRow("a list") << "1,2"
                                << "--n: \"1,2\" is not a number";
    }

    void whole_refusesNamingTheRange()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            core::parseOptionWhole("--n", text.toStdString(), 1, 100);
            QFAIL("accepted");
        } catch (const core::UsageError &e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
    }

    void commandLine_numberAndWholeFallBackWhenNotGiven()
    {
        const core::CommandLine given = core::parseCommandLine(sample(), {"--p", "0.25"});
        QCOMPARE(given.number("--p", 9.0), 0.25);
        QCOMPARE(given.number("--q", 0.6), 0.6);
        QCOMPARE(given.whole("--q", 0, 10, 4), 4LL);
        QVERIFY_THROWS_EXCEPTION(core::UsageError, given.whole("--p", 0, 10, 4)); // 0.25 is not whole
    }

    void numberOrList_namesTheOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("nan") << "nan"
                             << "--p: \"nan\" is not a finite number";
        QTest::newRow("empty entry") << "0.2,,0.8"
                                     << "--p: entry 2: no number given";
        QTest::newRow("trailing comma") << "0.2,"
                                        << "--p: entry 2: no number given";
    }

    void numberOrList_namesTheOption()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            core::parseOptionNumberOrList("--p", text.toStdString());
            QFAIL("accepted");
        } catch (const core::UsageError &e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
    }

    void usage_showsEveryOptionOnce()
    {
        const QString usage = QString::fromStdString(core::usageText(sample()));
        QVERIFY2(usage.startsWith(QLatin1String("Usage: entropylab sample --p P [--q Q] [--unit bits|nats|bans]")),
                 qPrintable(usage));
        for (const core::OptionSpec &option : sample().options) {
            const QString name = QString::fromStdString(option.name);
            // In the synopsis and as a row of the option list.
            const QString row = QStringLiteral("\n  ") + name;
            QVERIFY2(usage.count(row) == 1, qPrintable(name));
            QVERIFY2(usage.contains(QString::fromStdString(option.help)), qPrintable(name));
        }
        QVERIFY(usage.contains(QLatin1String("\n  -h, --help ")));
        QVERIFY(usage.contains(QLatin1String("[--json]")));
        QVERIFY(!usage.contains(QLatin1String("[--p P]"))); // required: no brackets
        QVERIFY(usage.contains(QLatin1String("\nA second paragraph.\n")));
        QVERIFY(usage.endsWith(QLatin1String("\n\nBad input exits with code 2.\n")));
    }

    void usage_linesFitTheWidth()
    {
        const QStringList all = lines(core::usageText(sample()));
        for (const QString &line : all)
            QVERIFY2(std::size_t(line.size()) <= core::kUsageWidth, qPrintable(line));
        // The wide name puts its help on the next line, aligned with the others'.
        const qsizetype wide
            = all.indexOf(QStringLiteral("  --training-preset overlapping|separated|confidently-wrong"));
        QVERIFY(wide > 0);
        const qsizetype column = all.at(wide + 1).indexOf(QLatin1String("a name too wide"));
        QCOMPARE(all.filter(QStringLiteral("  --q Q")).value(0).indexOf(QLatin1String("the model's")), column);
        // The synopsis continues under its first option.
        QVERIFY(all.at(1).startsWith(QString(QStringLiteral("Usage: entropylab sample ").size(), QLatin1Char(' '))
                                     + QLatin1Char('[')));
    }

    // A required option may name another that stands in for it (compute's --p and --logits): either
    // satisfies the requirement, neither is refused with the required option's line, and the synopsis
    // shows them as alternatives.
    void standIn_satisfiesTheRequiredOption_data()
    {
        QTest::addColumn<std::vector<std::string>>("args");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        using A = std::vector<std::string>;
        QTest::newRow("the required option") << A {"--p", "0.3"} << "";
        QTest::newRow("its stand-in") << A {"--logits", "1,2"} << "";
        QTest::newRow("both") << A {"--p", "0.3", "--logits", "1,2"} << "";
        QTest::newRow("neither") << A {"--json"} << "--p is required";
        QTest::newRow("nothing") << A {} << "--p is required";
        QTest::newRow("stand-in without its value") << A {"--logits"} << "--logits needs a value";
    }

    void standIn_satisfiesTheRequiredOption()
    {
        QFETCH(std::vector<std::string>, args);
        QFETCH(QString, refusal);
        core::CommandSpec command {"c", "", "", {}};
        command.options.push_back({"--p", "P", "p", "--p is required", "--logits"});
        command.options.push_back({"--json", "", "json"});
        command.options.push_back({"--logits", "Z", "logits"});
        QString got;
        try {
            const core::CommandLine options = core::parseCommandLine(command, args);
            QVERIFY(options.count("--p") || options.count("--logits"));
        } catch (const core::UsageError &e) {
            got = QString::fromStdString(e.what());
        }
        QCOMPARE(got, refusal);
        const QString usage = QString::fromStdString(core::usageText(command));
        QVERIFY2(usage.startsWith(QLatin1String("Usage: entropylab c (--p P | --logits Z) [--json]\n")),
                 qPrintable(usage));
        QCOMPARE(usage.count(QLatin1String("--logits Z")), 2); // the synopsis and its row
    }

    void briefSynopsis_namesTheRequiredOptions_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both") << true << true << "entropylab c --a A [...]";
        QTest::newRow("required only") << true << false << "entropylab c --a A";
        QTest::newRow("optional only") << false << true << "entropylab c [...]";
        QTest::newRow("none") << false << false << "entropylab c";
    }

    void briefSynopsis_namesTheRequiredOptions()
    {
        QFETCH(bool, required);
        QFETCH(bool, optional);
        QFETCH(QString, expected);
        core::CommandSpec command {"c", "", "", {}};
        if (required)
            command.options.push_back({"--a", "A", "", "--a is required"});
        if (optional)
            command.options.push_back({"--b", "", ""});
        QCOMPARE(QString::fromStdString(core::briefSynopsis(command)), expected);
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
