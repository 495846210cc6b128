// `entropylab bench`: its drags are a hand's (real mouse events that move the control, one undo step
// per drag, every frame painted), and its report is the documented JSON. Times are never asserted:
// they are what the bench is for, and a shared machine makes them vary.
#include "commandrun.h"
#include "app/benchdriver.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "core/preset.h"
#include "widgets/model/lessonhistory.h"
#include "widgets/model/lessonstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <ctime>

namespace {

using testsupport::entropylab;
using testsupport::Run;

// The timing keys of one input, each a positive number of milliseconds in order.
void checkTimes(const QJsonObject &times, const QString &what)
{
    for (const char *key : {"median_ms", "p99_ms", "max_ms", "cpu_median_ms", "cpu_p99_ms", "cpu_max_ms"})
        QVERIFY2(times[key].isDouble() && times[key].toDouble() > 0.0, qPrintable(what + ": " + key));
    QVERIFY2(times["p99_ms"].toDouble() >= times["median_ms"].toDouble(), qPrintable(what));
    QVERIFY2(times["max_ms"].toDouble() >= times["p99_ms"].toDouble(), qPrintable(what));
    QVERIFY2(times["cpu_p99_ms"].toDouble() >= times["cpu_median_ms"].toDouble(), qPrintable(what));
    QVERIFY2(times["drags"].toInt() >= 1, qPrintable(what));
    QCOMPARE(times["undo_steps"].toInt(), times["drags"].toInt()); // a drag is one undo step
    QCOMPARE(times["unpainted_frames"].toInt(), 0); // every frame put its change on screen
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

class TestBench : public QObject
{
    Q_OBJECT

private slots:
    void drag_movesTheControlAsOneUndoStep_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("outcomes");
        QTest::addColumn<int>("movesPerFrame");
        QTest::newRow("p") << "p" << 2 << 1;
        QTest::newRow("q") << "q" << 2 << 1;
        QTest::newRow("yhat") << "yhat" << 2 << 1;
        QTest::newRow("p, a fast drag") << "p" << 2 << 4;
        QTest::newRow("p with 16 outcomes") << "p" << 16 << 1;
        QTest::newRow("bar with 16 outcomes") << "bar" << 16 << 1;
    }

    void drag_movesTheControlAsOneUndoStep()
    {
        QFETCH(QString, input);
        QFETCH(int, outcomes);
        QFETCH(int, movesPerFrame);
        const app::BenchInput *dragged = app::benchInputByName(input.toStdString());
        QVERIFY(dragged);
        app::MainWindow window;
        window.resize(1600, 900);
        widgets::LessonState *state = window.document()->state();
        if (outcomes > 2) {
            const std::vector<double> even(std::size_t(outcomes), 1.0 / outcomes);
            QStringList labels;
            for (const std::string &label : core::defaultLabels(std::size_t(outcomes)))
                labels << QString::fromStdString(label);
            state->setDistributions(core::Distribution::fromEntries(even), core::Distribution::fromEntries(even),
                                    labels, true);
            window.pages()->setCurrentIndex(1);
        }
        window.show();
        QVERIFY(app::waitUntilExposed(window, 10000));
        QUndoStack *undo = window.document()->history()->stack();
        undo->clear();
        const double before = dragged->value(window);

        constexpr int kFrames = 5; // fewer than one crossing of the track takes: one drag
        const app::DragRun run = app::dragAndTime(window, *dragged, kFrames, movesPerFrame);
        QCOMPARE(int(run.frames.size()), kFrames);
        QCOMPARE(run.drags, 1);
        QVERIFY(run.moved);
        QVERIFY(dragged->value(window) != before);
        for (const app::FrameTime &frame : run.frames) {
            QVERIFY(frame.painted);
            QVERIFY(frame.wallMs > 0.0 && frame.cpuMs > 0.0);
        }
        QCOMPARE(run.undoSteps, 1);
        QCOMPARE(undo->count(), 1);
        undo->undo(); // the whole drag at once, as Ctrl+Z in the window
        QCOMPARE(dragged->value(window), before);
    }

    void drags_turnAtTheEndsAndEachIsAStep()
    {
        app::MainWindow window;
        window.resize(800, 600); // a short track: several drags in a few frames
        window.show();
        QVERIFY(app::waitUntilExposed(window, 10000));
        const app::BenchInput &p = *app::benchInputByName("p");
        const app::DragRun run = app::dragAndTime(window, p, 150, 8);
        QVERIFY2(run.drags >= 2, qPrintable(QString::number(run.drags)));
        QCOMPARE(run.undoSteps, run.drags);
        QVERIFY(run.moved);
    }

    // What an input sets off in the event loop (a queued replot, a zero timer) is part of its frame:
    // here each change of p queues 20 ms of the main thread's CPU time.
    void frame_countsWorkDeferredToTheEventLoop()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(app::waitUntilExposed(window, 10000));
        constexpr double kDeferredMs = 20.0;
        connect(window.document()->state(), &widgets::LessonState::pChanged, this, [&] {
            QTimer::singleShot(0, this, [] {
                const double start = threadCpuMs();
                while (threadCpuMs() - start < kDeferredMs) { }
            });
        });
        const app::DragRun run = app::dragAndTime(window, *app::benchInputByName("p"), 3, 1);
        for (const app::FrameTime &frame : run.frames)
            QVERIFY2(frame.cpuMs >= kDeferredMs && frame.wallMs >= kDeferredMs, qPrintable(QString::number(frame.cpuMs)));
    }

    void inputs_haveTheirNames()
    {
        QStringList names;
        for (const app::BenchInput &input : app::benchInputs())
            names << QString::fromLatin1(input.name);
        QCOMPARE(names, (QStringList {"p", "q", "yhat", "bar"}));
        QVERIFY(!app::benchInputByName("logit"));
        QVERIFY(!app::benchInputByName(""));
    }

    void json_hasTheDocumentedKeys_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("size");
        QTest::newRow("default: p") << QStringList {} << QStringList {"p"} << "1920x1080";
        QTest::newRow("q") << QStringList {"--input", "q"} << QStringList {"q"} << "1920x1080";
        QTest::newRow("yhat, a fast drag") << QStringList {"--input", "yhat", "--moves-per-frame", "4"}
                                           << QStringList {"yhat"} << "1920x1080";
        QTest::newRow("bar of 16 outcomes") << QStringList {"--outcomes", "16", "--input", "bar"}
                                            << QStringList {"bar"} << "1920x1080";
        QTest::newRow("all of two outcomes") << QStringList {"--input", "all"} << QStringList {"p", "q", "yhat"}
                                             << "1920x1080";
        QTest::newRow("all of 16 outcomes")
            << QStringList {"--input", "all", "--outcomes", "16"} << QStringList {"p", "q", "bar"} << "1920x1080";
        QTest::newRow("1280x720") << QStringList {"--size", "1280x720"} << QStringList {"p"} << "1280x720";
        // Narrower than the window can be: the bench says so and reports the size it ran at.
        QTest::newRow("800x600") << QStringList {"--size", "800x600"} << QStringList {"p"} << "";
    }

    void json_hasTheDocumentedKeys()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, inputs);
        QFETCH(QString, size);
        const Run run = entropylab(QStringList {"bench", "--updates", "30", "--json"} + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(o["updates"].toInt(), 30);
        QCOMPARE(o["input"].toString(), inputs.first());
        if (size.isEmpty()) {
            const QStringList ran = o["size"].toString().split('x');
            QVERIFY2(ran.size() == 2 && ran[0].toInt() >= 800 && ran[1].toInt() >= 600, run.out.constData());
            QCOMPARE(run.err.contains("entropylab bench: the window is " + o["size"].toString().toUtf8() + ", not 800x600"),
                     o["size"].toString() != QLatin1String("800x600"));
        } else {
            QCOMPARE(o["size"].toString(), size);
        }
        QCOMPARE(o["platform"].toString(), QStringLiteral("offscreen"));
        QVERIFY(o["moves_per_frame"].toInt() >= 1);
        checkTimes(o, QStringLiteral("top level"));
        QVERIFY(o["rss_start_kb"].toInteger() > 0 && o["rss_end_kb"].toInteger() > 0);
        QVERIFY(!o.contains("export_all_ms"));
        const QJsonObject each = o["inputs"].toObject();
        QCOMPARE(each.keys().size(), inputs.size());
        for (const QString &input : inputs)
            checkTimes(each[input].toObject(), input);
        QCOMPARE(each[inputs.first()].toObject()["median_ms"], o["median_ms"]); // the top level is the first
    }

    void table_namesEveryInput()
    {
        const Run run = entropylab({"bench", "--updates", "10", "--input", "all"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const char *row : {"\np ", "\nq ", "\nyhat ", "cpu median", "rss start"})
            QVERIFY2(run.out.contains(row), run.out.constData());
    }

    void startup_reportsTheMedianOfItsLaunches()
    {
        const Run run = entropylab({"bench", "--startup", "--runs", "2", "--size", "1280x720", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o["runs"].toInt(), 2);
        QCOMPARE(o["size"].toString(), QStringLiteral("1280x720"));
        const QJsonArray launches = o["startup_runs_ms"].toArray();
        QCOMPARE(launches.size(), 2);
        for (const QJsonValue &ms : launches)
            QVERIFY(ms.toDouble() > 0.0);
        QVERIFY(o["startup_ms"].toDouble() >= std::min(launches[0].toDouble(), launches[1].toDouble()));
        QVERIFY(o["startup_ms"].toDouble() <= std::max(launches[0].toDouble(), launches[1].toDouble()));
    }

    void xcbWithoutDisplay_exitsTwoWithOneLine()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        const Run run = entropylab({"bench", "--platform", "xcb"}, environment);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("entropylab bench: --platform xcb needs an X display"), run.err.constData());
    }
};

QTEST_MAIN(TestBench)
#include "tst_bench.moc"
