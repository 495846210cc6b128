// `entropylab fuzz` through the real executable: thousands of random user events find nothing, and
// a seed always leads to the same state.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// The issue asks CI for at least 5000 events under ASan; the determinism check needs fewer.
constexpr int kEvents = 5000;
constexpr int kRepeatedEvents = 1000;

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
