// `entropylab fuzz` through the real executable: thousands of random user events find nothing, and
// a seed always leads to the same state, however loaded the machine is.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// The issue asks CI for at least 5000 events under ASan; the determinism check needs fewer.
constexpr int kEvents = 5000;
constexpr int kRepeatedEvents = 1000;
// Enough events for sweeps, glides, waits and the lesson's highlight, few enough that the run on a
// machine kept busy stays well under a minute.
constexpr int kLoadedEvents = 300;
constexpr int kLoadedSeed = 11;

struct FuzzRun
{
    QJsonObject result;
    QStringList events; // --trace: every event sent, in order
};

// Runs `entropylab fuzz --events <events> --seed <seed> --json --trace` to the end.
FuzzRun runFuzz(int seed, int events)
{
    QProcess process;
    process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE),
                  {QStringLiteral("fuzz"), QStringLiteral("--events"), QString::number(events),
                   QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json"),
                   QStringLiteral("--trace")});
    FuzzRun run;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.result = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
    run.events = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

// Starts `entropylab fuzz --events <events> --seed <seed> --json` without waiting for it.
std::unique_ptr<QProcess> startFuzz(int seed, int events)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(ENTROPYLAB_EXECUTABLE),
                   {QStringLiteral("fuzz"), QStringLiteral("--events"), QString::number(events),
                    QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json")});
    return process;
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void fuzz_findsNothingAndRepeatsItself()
    {
        // 5000 events of seed 1, and seed 2 twice, at the same time: three processes on the CI's cores.
        const std::vector<int> seeds = {1, 2, 2};
        const std::vector<int> events = {kEvents, kRepeatedEvents, kRepeatedEvents};
        std::vector<std::unique_ptr<QProcess>> runs;
        for (std::size_t i = 0; i < seeds.size(); ++i)
            runs.push_back(startFuzz(seeds[i], events[i]));
        std::vector<QJsonObject> results;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QProcess &run = *runs[i];
            QVERIFY2(run.waitForFinished(590000), "the fuzz run did not finish");
            const QByteArray err = run.readAllStandardError();
            QVERIFY2(run.exitStatus() == QProcess::NormalExit, err.constData());
            QVERIFY2(run.exitCode() == 0, err.constData());
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.readAllStandardOutput().trimmed(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject result = document.object();
            QCOMPARE(result.value(QStringLiteral("events")).toInt(), events[i]);
            QCOMPARE(result.value(QStringLiteral("seed")).toInt(), seeds[i]);
            QCOMPARE(result.value(QStringLiteral("violations")).toInt(-1), 0);
            QVERIFY(result.value(QStringLiteral("elapsed_s")).isDouble());
            QVERIFY(result.value(QStringLiteral("final_state")).toString().startsWith(QStringLiteral("entropylab:1;")));
            results.push_back(result);
        }
        QCOMPARE(results[1].value(QStringLiteral("final_state")).toString(),
                 results[2].value(QStringLiteral("final_state")).toString());
    }

    // The window runs on the fuzz's clock, not the wall's: a machine kept busy by other processes
    // (a sweep catching up late frames, a highlight outliving more events) changes nothing.
    void fuzz_underLoad_sameEventsAndFinalState()
    {
        const FuzzRun idle = runFuzz(kLoadedSeed, kLoadedEvents);
        QVERIFY2(!idle.result.isEmpty(), "the idle run did not finish");

        // Busy loops on every core while the same seed runs again.
        std::vector<std::unique_ptr<QProcess>> loops;
        for (int i = 0; i < std::max(2, QThread::idealThreadCount()); ++i) {
            auto loop = std::make_unique<QProcess>();
            loop->start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
            QVERIFY(loop->waitForStarted());
            loops.push_back(std::move(loop));
        }
        const FuzzRun loaded = runFuzz(kLoadedSeed, kLoadedEvents);
        for (const auto &loop : loops) {
            QCOMPARE(loop->state(), QProcess::Running); // it kept the core busy the whole run
            loop->kill();
            loop->waitForFinished();
        }
        QVERIFY2(!loaded.result.isEmpty(), "the loaded run did not finish");

        QCOMPARE(idle.result.value(QStringLiteral("violations")).toInt(-1), 0);
        QCOMPARE(loaded.result.value(QStringLiteral("violations")).toInt(-1), 0);
        // The same events, one by one (the first difference tells where the runs parted)...
        QCOMPARE(idle.events.size(), kLoadedEvents);
        for (qsizetype i = 0; i < idle.events.size() && i < loaded.events.size(); ++i)
            QCOMPARE(loaded.events[i], idle.events[i]);
        QCOMPARE(loaded.events.size(), idle.events.size());
        // ...and the same state at the end.
        QCOMPARE(loaded.result.value(QStringLiteral("final_state")).toString(),
                 idle.result.value(QStringLiteral("final_state")).toString());
        qInfo("%d events: %.1f s idle, %.1f s loaded", kLoadedEvents,
              idle.result.value(QStringLiteral("elapsed_s")).toDouble(),
              loaded.result.value(QStringLiteral("elapsed_s")).toDouble());
    }

    void fuzz_badArguments_exitTwo()
    {
        QProcess process;
        process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE),
                      {QStringLiteral("fuzz"), QStringLiteral("--events"), QStringLiteral("-3")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--events"));
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
