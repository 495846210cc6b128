// Every subcommand as a user's shell sees it: `--help` prints the usage generated from the command's
// own options table, `entropylab --help` lists every command, and a bad option of any command exits
// with 2 and one line naming it.
#include "commandrun.h"
#include "app/benchcommand.h"
#include "app/computecommand.h"
#include "app/exportcommand.h"
#include "app/fuzzcommand.h"

#include <QProcess>
#include <QTest>

namespace {

using testsupport::entropylab;
using testsupport::Run;

// Every command of the executable's dispatch table, by its options table.
const std::vector<const core::CommandSpec *> &commands()
{
    static const std::vector<const core::CommandSpec *> all {&app::computeCommand(), &app::exportCommand(),
                                                             &app::benchCommand(), &app::fuzzCommand()};
    return all;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void help_isTheUsageGeneratedFromTheOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("help");
        for (const core::CommandSpec *command : commands()) {
            const QString name = QString::fromStdString(command->name);
            QTest::addRow("%s --help", qPrintable(name)) << name << "--help";
            QTest::addRow("%s -h", qPrintable(name)) << name << "-h";
        }
    }

    void help_isTheUsageGeneratedFromTheOptions()
    {
        QFETCH(QString, command);
        QFETCH(QString, help);
        const auto spec = std::find_if(commands().begin(), commands().end(),
                                       [&](const core::CommandSpec *c) { return c->name == command.toStdString(); });
        QVERIFY(spec != commands().end());
        const Run run = entropylab({command, help});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out, QByteArray::fromStdString(core::usageText(**spec)));
        const QString usage = QString::fromUtf8(run.out);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: entropylab %1 ").arg(command)), qPrintable(usage));
        for (const core::OptionSpec &option : (*spec)->options) {
            const QString name = QString::fromStdString(option.name);
            QVERIFY2(usage.contains(QStringLiteral("\n  ") + name + QLatin1Char(' ')), qPrintable(name));
            QVERIFY2(!option.help.empty(), qPrintable(name + QStringLiteral(" has no help")));
        }
        QVERIFY(usage.contains(QLatin1String("\n  -h, --help ")));
    }

    void topLevelHelp_listsEveryCommand()
    {
        const Run run = entropylab({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString usage = QString::fromUtf8(run.out);
        QVERIFY(usage.startsWith(QLatin1String("Usage: entropylab [Qt options]")));
        for (const core::CommandSpec *command : commands()) {
            const QString line = QString::fromStdString(core::briefSynopsis(*command));
            QVERIFY2(usage.contains(QStringLiteral(" ") + line + QStringLiteral("  ")), qPrintable(line));
            QVERIFY2(usage.contains(QString::fromStdString(command->summary) + QLatin1Char('\n')), qPrintable(line));
        }
        QVERIFY(usage.contains(QLatin1String("entropylab COMMAND --help")));
    }

    // The parser's refusals for each command, and each command's own refusals of a value.
    void badOption_exitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // the line after "entropylab <command>: "
        for (const core::CommandSpec *command : commands()) {
            const QString name = QString::fromStdString(command->name);
            const QString first = QString::fromStdString(command->options.front().name);
            const QString flag = QStringLiteral("--json");
            QTest::addRow("%s unknown option", qPrintable(name))
                << QStringList {name, QStringLiteral("--frobnicate")}
                << QStringLiteral("unknown option \"--frobnicate\" (see entropylab %1 --help)").arg(name);
            QTest::addRow("%s stray word", qPrintable(name))
                << QStringList {name, QStringLiteral("word")}
                << QStringLiteral("unknown option \"word\" (see entropylab %1 --help)").arg(name);
            QTest::addRow("%s value missing", qPrintable(name))
                << QStringList {name, first} << first + QStringLiteral(" needs a value");
            QTest::addRow("%s help given a value", qPrintable(name))
                << QStringList {name, QStringLiteral("--help=yes")} << QStringLiteral("--help takes no value");
            QTest::addRow("%s given twice", qPrintable(name))
                << QStringList {name, first + "=1", first + "=1"} << first + QStringLiteral(" is given twice");
            if (name != QLatin1String("export")) { // export has no --json
                QTest::addRow("%s flag given a value", qPrintable(name))
                    << QStringList {name, flag + QStringLiteral("=1")} << QStringLiteral("--json takes no value");
            }
        }
        QTest::newRow("compute --p missing")
            << QStringList {"compute", "--q", "0.3"} << "--p is required (e.g. --p 0.3 or --p 0.2,0.3,0.5)";
        QTest::newRow("compute --p nan") << QStringList {"compute", "--p", "nan"}
                                         << "--p: \"nan\" is not a finite number";
        QTest::newRow("compute --p trailing comma")
            << QStringList {"compute", "--p", "0.5,0.5,"} << "--p: entry 3: no number given";
        QTest::newRow("compute --y a list")
            << QStringList {"compute", "--p", "0.3", "--y", "0,1", "--yhat", "0.5"} << "--y: \"0,1\" is not a number";
        QTest::newRow("export --out missing")
            << QStringList {"export", "--panel", "kl"} << "--out is required: the file to write, e.g. --out figure.png";
        QTest::newRow("export --width 0") << QStringList {"export", "--panel", "kl", "--out", "a.png", "--width", "0"}
                                          << "--width: 0 is not a whole number from 1 to 16384";
        QTest::newRow("export --seed 1e999")
            << QStringList {"export", "--panel", "kl", "--out", "a.png", "--seed", "1e999"}
            << "--seed: \"1e999\" is out of range";
        QTest::newRow("export --p empty entry")
            << QStringList {"export", "--panel", "kl", "--out", "a.png", "--p", "0.5,,0.5"}
            << "--p: entry 2: no number given";
        QTest::newRow("export decimal comma") << QStringList {"export", "--panel", "kl", "--out", "a.png", "--p", "0,3"}
                                              << "--p: \"0,3\" is two entries; did you mean 0.3? use a decimal point";
        QTest::newRow("bench --updates 0")
            << QStringList {"bench", "--updates", "0"} << "--updates: 0 is not a whole number from 1 to 10000000";
        QTest::newRow("bench --outcomes 1.5")
            << QStringList {"bench", "--outcomes", "1.5"} << "--outcomes: 1.5 is not a whole number from 2 to 100000";
        QTest::newRow("bench --input z")
            << QStringList {"bench", "--input", "z"} << "--input: \"z\" is not one of p, q, yhat, bar, all";
        QTest::newRow("bench bar of two outcomes") << QStringList {"bench", "--input", "bar"}
                                                   << "--input bar needs --outcomes above 2 (the many-outcome editor)";
        QTest::newRow("bench yhat of 16 outcomes")
            << QStringList {"bench", "--input", "yhat", "--outcomes", "16"}
            << "--input yhat needs two outcomes (it is on the Two outcomes page)";
        QTest::newRow("bench --moves-per-frame 0") << QStringList {"bench", "--moves-per-frame", "0"}
                                                   << "--moves-per-frame: 0 is not a whole number from 1 to 64";
        QTest::newRow("bench --size 1920") << QStringList {"bench", "--size", "1920"}
                                           << "--size: \"1920\" is not WIDTHxHEIGHT (as 1920x1080)";
        QTest::newRow("bench --size 100x100") << QStringList {"bench", "--size", "100x100"}
                                              << "--size: 100 is not a whole number from 200 to 8192";
        QTest::newRow("bench --size 800x") << QStringList {"bench", "--size", "800x"} << "--size: no number given";
        QTest::newRow("bench --platform wayland") << QStringList {"bench", "--platform", "wayland"}
                                                  << "--platform: \"wayland\" is not offscreen or xcb";
        QTest::newRow("bench --startup --updates")
            << QStringList {"bench", "--startup", "--updates", "5"}
            << "--startup times the launch alone: --updates does not go with it (it takes --runs, --size, --platform "
               "and --json)";
        QTest::newRow("bench --runs without --startup")
            << QStringList {"bench", "--runs", "3"} << "--runs counts the launches of --startup, which is not given";
        QTest::newRow("bench --runs 0")
            << QStringList {"bench", "--startup", "--runs", "0"} << "--runs: 0 is not a whole number from 1 to 1000";
        QTest::newRow("fuzz --seed word") << QStringList {"fuzz", "--seed", "one"} << "--seed: \"one\" is not a number";
        QTest::newRow("fuzz --autosave-every 0") << QStringList {"fuzz", "--autosave-every", "0"}
                                                 << "--autosave-every: 0 is not a whole number from 1 to 1000000";
    }

    void badOption_exitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = entropylab(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("entropylab %1: %2\n").arg(arguments.first(), message));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
