// Crash safety: the app autosaves in a loop (`entropylab fuzz --autosave-every 1`) and is killed
// with SIGKILL at random moments; every time, the autosave is either not there yet or a complete,
// valid session that the next start restores.
#include "widgets/model/session.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString findFile(const QString &folder, const QString &name)
{
    QDirIterator it(folder, {name}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void sigkillWhileAutosaving_leavesAWholeSession()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QRandomGenerator random(20261125); // the same kill moments every run
        int whole = 0;
        for (int kill = 0; kill < 20; ++kill) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE),
                          {QStringLiteral("fuzz"), QStringLiteral("--events"), QStringLiteral("100000"),
                           QStringLiteral("--seed"), QString::number(kill + 1), QStringLiteral("--autosave-every"),
                           QStringLiteral("1")});
            QVERIFY(process.waitForStarted(30000));
            QElapsedTimer clock;
            clock.start();
            // Every other kill waits for the saving loop first: a slow start (sanitizers) must not
            // turn every kill into one before the first save.
            if (kill % 2 == 1) {
                while (findFile(home.path(), QStringLiteral("autosave.entropylab")).isEmpty() && clock.elapsed() < 60000
                       && process.state() == QProcess::Running)
                    QTest::qWait(5);
                clock.restart();
            }
            const int delay = random.bounded(10, 401);
            while (clock.elapsed() < delay && process.state() == QProcess::Running)
                QTest::qWait(1);
            QVERIFY2(process.state() == QProcess::Running, "the app ended before it was killed");
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(30000));

            const QString autosave = findFile(home.path(), QStringLiteral("autosave.entropylab"));
            QVERIFY2(findFile(home.path(), QStringLiteral("autosave.entropylab.refused")).isEmpty(),
                     "a restart refused the autosave");
            if (autosave.isEmpty()) {
                QVERIFY2(kill % 2 == 0, "the autosave never appeared");
                continue;
            }
            try {
                const widgets::Session session = widgets::readSessionFile(autosave);
                QVERIFY(session.state.p.size() >= 2);
                ++whole;
            } catch (const widgets::SessionError &e) {
                QFAIL(qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(kill).arg(delay).arg(e.what())));
            }
        }
        QVERIFY(whole >= 10);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
