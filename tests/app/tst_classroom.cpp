// The classroom features of the window: keyboard control of the sliders, undo and redo, sessions
// saved and opened, copy and paste of the state, presentation mode and zoom, lecture bookmarks
// with their animated moves, and predict-then-reveal.
#include "app/bookmarkpanel.h"
#include "app/classroom.h"
#include "app/document.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "widgets/clock.h"
#include "widgets/model/lessonhistory.h"
#include "widgets/model/session.h"
#include "widgets/controlpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/plotpanel.h"
#include "widgets/presetlibrary.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"

#include <QAccessible>
#include <QClipboard>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using widgets::LessonState;

namespace {

// Presses keys on the focused slider as a user would (the slider has the keyboard focus).
void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(target, key, modifiers);
}

// A drag of the slider's handle with the mouse: press on it, move in steps, release.
void dragSlider(QSlider *slider, double from, double to)
{
    const auto at = [slider](double value) {
        const int margin = 8; // the handle's half width, roughly: the groove starts after it
        return QPoint(margin + int(value * (slider->width() - 2 * margin)), slider->height() / 2);
    };
    QTest::mousePress(slider, Qt::LeftButton, {}, at(from));
    for (int step = 1; step <= 10; ++step) {
        QTest::mouseMove(slider, at(from + (to - from) * step / 10.0));
        QCoreApplication::processEvents(); // a frame: the slider applies a drag's moves once per frame
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, at(to));
}

widgets::Session sampleSession()
{
    LessonState state;
    const core::Preset &die = widgets::builtInPresets().front();
    QStringList labels;
    for (const std::string &label : die.labels)
        labels << QString::fromStdString(label);
    state.setDistributions(die.p, die.q, labels);
    state.setFocusOutcome(1);
    state.setLocked(LessonState::Which::Q, 0, true);
    state.setYhat(0.123456789);
    state.setUnit(core::Unit::Nats);
    LessonState binary;
    binary.setP(1.0 / 3.0);
    binary.setQ(1e-300);
    return {state.snapshot(),
            QStringLiteral("dark"),
            {{QStringLiteral("Start"), QStringLiteral("Ask: which is more surprising?"), binary.snapshot(), {}},
             {QStringLiteral("A die"), QString(), state.snapshot(), QStringLiteral("kl")}}};
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QSettings().clear(); } // no test sees another's theme or recent files

    void arrowKeys_moveTheSlider_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<double>("expected");
        // From p = 0.3.
        QTest::newRow("right") << int(Qt::Key_Right) << 0 << 0.31;
        QTest::newRow("left") << int(Qt::Key_Left) << 0 << 0.29;
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << 0.31;
        QTest::newRow("down") << int(Qt::Key_Down) << 0 << 0.29;
        QTest::newRow("page up") << int(Qt::Key_PageUp) << 0 << 0.4;
        QTest::newRow("page down") << int(Qt::Key_PageDown) << 0 << 0.2;
        QTest::newRow("shift right") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << 0.301;
        QTest::newRow("shift left") << int(Qt::Key_Left) << int(Qt::ShiftModifier) << 0.299;
        QTest::newRow("shift up") << int(Qt::Key_Up) << int(Qt::ShiftModifier) << 0.301;
        QTest::newRow("shift page down") << int(Qt::Key_PageDown) << int(Qt::ShiftModifier) << 0.29;
        QTest::newRow("home") << int(Qt::Key_Home) << 0 << 0.0;
        QTest::newRow("end") << int(Qt::Key_End) << 0 << 1.0;
    }

    void arrowKeys_moveTheSlider()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(double, expected);
        app::MainWindow window;
        QSlider *slider = window.controls()->pSlider()->slider();
        press(slider, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(window.document()->state()->p(), expected);
        QCOMPARE(window.controls()->pSlider()->spinBox()->value(), expected);
        // The number box takes the same vertical keys; Left, Right, Home and End move its cursor.
        app::MainWindow other;
        press(other.controls()->pSlider()->spinBox(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        const bool vertical
            = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
        QCOMPARE(other.document()->state()->p(), vertical ? expected : 0.3);
    }

    void tenFineSteps_landOnTheGrid()
    {
        app::MainWindow window;
        QSlider *slider = window.controls()->yhatSlider()->slider();
        for (int i = 0; i < 10; ++i)
            press(slider, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(window.document()->state()->yhat(), 0.79); // 0.8 - 10 x 0.001, exactly what the box shows
    }

    void everyControl_isReachableWithTab()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.controls()->pSlider()->slider()->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 80 && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget());
            press(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const widgets::ControlPanel *controls = window.controls();
        for (QWidget *control :
             {static_cast<QWidget *>(controls->pSlider()->slider()),
              static_cast<QWidget *>(controls->qSlider()->spinBox()),
              static_cast<QWidget *>(controls->yhatSlider()->slider()),
              static_cast<QWidget *>(controls->pSlider()->playButton()), static_cast<QWidget *>(controls->unitBox()),
              static_cast<QWidget *>(controls->sweepSpeedBox())}) {
            QVERIFY2(reached.contains(control), qPrintable(control->accessibleName()));
        }
    }

    void undo_restoresEachKeyPressExactly()
    {
        app::MainWindow window;
        LessonState *state = window.document()->state();
        QSlider *slider = window.controls()->qSlider()->slider();
        press(slider, Qt::Key_Right, Qt::ShiftModifier);
        press(slider, Qt::Key_PageDown);
        window.document()->state()->setUnit(core::Unit::Nats);
        QCOMPARE(window.document()->history()->stack()->count(), 3);
        QCOMPARE(state->q(), 0.501);
        window.document()->history()->stack()->undo();
        QCOMPARE(state->unit(), core::Unit::Bits);
        window.document()->history()->stack()->undo();
        QCOMPARE(state->q(), 0.601);
        window.document()->history()->stack()->undo();
        QCOMPARE(state->q(), 0.6);
        QCOMPARE(state->snapshot(), LessonState().snapshot());
        window.document()->history()->stack()->redo();
        window.document()->history()->stack()->redo();
        QCOMPARE(state->q(), 0.501);
    }

    void undo_takesBackAWholeDragAsOneStep()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changes(window.document()->state(), &LessonState::pChanged);
        dragSlider(window.controls()->pSlider()->slider(), 0.3, 0.7);
        QVERIFY2(changes.count() > 3, "the drag moved p several times");
        QVERIFY(window.document()->state()->p() > 0.6);
        QCOMPARE(window.document()->history()->stack()->count(), 1);
        // Ctrl+Z as the user presses it.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->state()->p(), 0.3);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.document()->state()->p() > 0.6);
    }

    void undo_ignoresTheHighlight()
    {
        app::MainWindow window;
        window.document()->state()->setHighlightedOutcome(1);
        window.document()->state()->setHighlightedOutcome(-1);
        QCOMPARE(window.document()->history()->stack()->count(), 0);
    }

    void session_savedThenOpened_isExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.entropylab"));
        const widgets::Session session = sampleSession();
        {
            app::MainWindow window;
            QVERIFY(!window.document()->applySession(session));
            QCOMPARE(window.document()->session(), session);
            QVERIFY(!window.document()->save(path));
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().contains(QStringLiteral("lecture.entropylab")));
        }
        app::MainWindow reopened;
        const auto refusal = reopened.document()->open(path);
        QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
        QCOMPARE(reopened.document()->session().state, session.state);
        QCOMPARE(reopened.document()->session().bookmarks, session.bookmarks);
        QCOMPARE(reopened.document()->session(), session);
        QCOMPARE(reopened.classroom()->theme().name, QStringLiteral("dark"));
        QCOMPARE(reopened.bookmarkPanel()->list()->count(), 2);
        QCOMPARE(reopened.document()->recentFiles().front(), QFileInfo(path).absoluteFilePath());
        reopened.document()->state()->setP(0.5);
        QVERIFY(reopened.isWindowModified());
    }

    void brokenSession_leavesTheWindowUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.entropylab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "entropylab-session", "version": 1, "state": {"p": [0.3, 0.6]}})");
        file.close();
        app::MainWindow window;
        window.document()->state()->setP(0.25);
        const widgets::Session before = window.document()->session();
        const auto refusal = window.document()->open(path);
        QVERIFY(refusal);
        QCOMPARE(window.document()->session(), before);
        QVERIFY(window.document()->path().isEmpty());
    }

    void malformedSessions_areRefusedWithTheWindowUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray head = R"({"format": "entropylab-session", "version": 1, "state": )";
        const auto state = [&](const QByteArray &inner) { return head + "{" + inner + "}}"; };
        const QByteArray good
            = R"("p": [0.3, 0.7], "q": [0.6, 0.4], "labels": ["1", "0"], "focus": 0, "y": 1, "yhat": 0.8, "unit": "bits")";
        const auto with = [&](const char *from, const char *to) { return state(QByteArray(good).replace(from, to)); };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("p = 0.3");
        QTest::newRow("truncated") << state(good).chopped(5);
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("other format") << state(good).replace("entropylab-session", "other");
        QTest::newRow("newer version") << state(good).replace("\"version\": 1", "\"version\": 2");
        QTest::newRow("no state") << QByteArray(R"({"format": "entropylab-session", "version": 1})");
        QTest::newRow("p a string") << with("[0.3, 0.7]", "\"0.3\"");
        QTest::newRow("entry a string") << with("[0.3, 0.7]", "[\"0.3\", 0.7]");
        QTest::newRow("negative") << with("[0.3, 0.7]", "[-0.3, 1.3]");
        QTest::newRow("sum 0.9") << with("[0.3, 0.7]", "[0.3, 0.6]");
        QTest::newRow("1e999") << with("[0.3, 0.7]", "[1e999, 0.7]");
        QTest::newRow("lengths differ") << with("[0.6, 0.4]", "[0.6, 0.3, 0.1]");
        QTest::newRow("labels short") << with("[\"1\", \"0\"]", "[\"1\"]");
        QTest::newRow("empty label") << with("[\"1\", \"0\"]", "[\"\", \"0\"]");
        QTest::newRow("blank label") << with("[\"1\", \"0\"]", "[\" \", \"0\"]");
        QTest::newRow("same label twice") << with("[\"1\", \"0\"]", "[\"a\", \"a\"]");
        QTest::newRow("focus out of range") << with("\"focus\": 0", "\"focus\": 5");
        QTest::newRow("y = 2") << with("\"y\": 1", "\"y\": 2");
        QTest::newRow("y = 0.5") << with("\"y\": 1", "\"y\": 0.5");
        QTest::newRow("yhat 1.5") << with("\"yhat\": 0.8", "\"yhat\": 1.5");
        QTest::newRow("unknown unit") << with("\"bits\"", "\"furlongs\"");
        QTest::newRow("unknown theme") << state(good).replace("\"version\": 1,",
                                                              "\"version\": 1, \"theme\": \"neon\",");
        QTest::newRow("bookmarks not a list")
            << state(good).replace("\"version\": 1,", "\"version\": 1, \"bookmarks\": 3,");
        QTest::newRow("invalid UTF-8") << state(good).replace("\"1\"", "\"\xff\"");
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\0}\0", 6);
        QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
    }

    void malformedSessions_areRefusedWithTheWindowUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.entropylab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        app::MainWindow window;
        QVERIFY(!window.document()->applySession(sampleSession()));
        const widgets::Session before = window.document()->session();
        const auto refusal = window.document()->open(path);
        QVERIFY(refusal);
        QVERIFY2(!refusal->isEmpty(), "the refusal names the problem");
        QCOMPARE(window.document()->session(), before);
        QCOMPARE(window.classroom()->theme().name, QStringLiteral("dark"));
    }

    void copyState_thenPaste_restoresExactly()
    {
        app::MainWindow from;
        QVERIFY(!from.document()->applySession(sampleSession()));
        from.document()->copyState();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(QStringLiteral("entropylab:")));
        app::MainWindow to;
        QVERIFY(!to.document()->pasteState(text));
        QCOMPARE(to.document()->state()->snapshot(), from.document()->state()->snapshot());
        // Garbage changes nothing.
        const widgets::LessonSnapshot before = to.document()->state()->snapshot();
        QVERIFY(to.document()->pasteState(QStringLiteral("hello")));
        QCOMPARE(to.document()->state()->snapshot(), before);
    }

    void autosave_restoresTheLastSession()
    {
        QFile::remove(app::Document::autosavePath());
        {
            app::MainWindow window;
            window.document()->restoreLastSession(); // nothing there yet: the defaults stay
            QCOMPARE(window.document()->state()->snapshot(), LessonState().snapshot());
            window.document()->state()->setQ(0.125);
            window.document()->autosave();
        }
        app::MainWindow next;
        next.document()->restoreLastSession();
        QCOMPARE(next.document()->state()->q(), 0.125);
        QFile::remove(app::Document::autosavePath());
    }

    void presentationMode_fillsTheScreenWithLargeType()
    {
        app::MainWindow window;
        window.lessonDock()->show();
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const double normalSize = window.panel(QStringLiteral("entropy"))->theme().fontSize;
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.classroom()->isPresenting());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(window.panel(QStringLiteral("entropy"))->theme().fontSize > normalSize * 1.3);
        QCOMPARE(window.panel(QStringLiteral("entropy"))->theme().lineScale, widgets::Theme::presentation().lineScale);
        QVERIFY(window.controls()->pSlider()->isVisible()); // the controls stay at hand
        QVERIFY(window.controls()->pSlider()->spinBox()->font().pointSizeF() > window.font().pointSizeF() * 1.3);
        QVERIFY(!window.lessonDock()->isVisible());
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(window.classroom()->zoom() > 1.1);
        const double zoomed = window.panel(QStringLiteral("entropy"))->theme().fontSize;
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(window.panel(QStringLiteral("entropy"))->theme().fontSize < zoomed);
        QCOMPARE(window.classroom()->zoom(), 1.0);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.classroom()->isPresenting());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QCOMPARE(window.panel(QStringLiteral("entropy"))->theme().fontSize, normalSize);
        QCOMPARE(window.classroom()->theme().name, QStringLiteral("light")); // the chosen theme is kept
        QVERIFY(window.lessonDock()->isVisible());
    }

    void pageDown_inPresentation_glidesToTheNextBookmark()
    {
        app::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const widgets::Session session = sampleSession();
        LessonState second;
        second.setP(0.9);
        second.setQ(0.05);
        second.setYhat(0.1);
        QVERIFY(!window.document()->applySession(
            {second.snapshot(), {}, {session.bookmarks[0], {QStringLiteral("Second"), QString(), second.snapshot(), {}}}}));
        window.classroom()->setPresenting(true);
        QWidget *focused = window.controls()->pSlider()->slider();
        focused->setFocus();
        // The first bookmark is current after opening; Page Down goes to the second.
        window.document()->state()->setP(0.3);
        QSignalSpy moves(window.document()->state(), &LessonState::pChanged);
        window.bookmarkPanel()->go(0);
        QTRY_COMPARE(window.document()->state()->snapshot(), session.bookmarks[0].state);
        moves.clear();
        const int steps = window.document()->history()->stack()->count();
        press(focused, Qt::Key_PageDown);
        QCOMPARE(window.bookmarkPanel()->current(), 1);
        QTRY_COMPARE(window.document()->state()->snapshot(), second.snapshot());
        QVERIFY2(moves.count() >= 5, qPrintable(QStringLiteral("%1 frames").arg(moves.count()))); // smooth, not a jump
        // Values in between were real mixtures: strictly between the two ends.
        const double middle = moves.at(moves.count() / 2).at(0).toDouble();
        QVERIFY(middle > 1.0 / 3.0 && middle < 0.9);
        QCOMPARE(window.document()->history()->stack()->count(), steps + 1); // the whole move is one undo step
        press(focused, Qt::Key_PageUp);
        QTRY_COMPARE(window.document()->state()->snapshot(), session.bookmarks[0].state);
        // Outside presentation mode Page Down moves the slider again.
        window.classroom()->setPresenting(false);
        const double p = window.document()->state()->p();
        press(focused, Qt::Key_PageDown);
        QCOMPARE(window.document()->state()->p(), std::max(0.0, std::round((p - 0.1) * 10000) / 10000));
    }

    void undo_duringAGlide_finishesItFirst()
    {
        app::MainWindow window;
        LessonState target;
        target.setP(0.9);
        QVERIFY(!window.document()->applySession(
            {LessonState().snapshot(), {}, {{QStringLiteral("far"), {}, target.snapshot(), {}}}}));
        window.document()->state()->setP(0.5);
        window.goToBookmark(1); // Page Down with no bookmark current yet: the first one
        QCOMPARE(window.bookmarkPanel()->current(), 0);
        QVERIFY(window.document()->state()->p() < 0.9); // still gliding
        window.findChild<QAction *>(QStringLiteral("undo"))->trigger();
        QCOMPARE(window.document()->state()->p(), 0.5); // back before the glide, which ended first
        window.findChild<QAction *>(QStringLiteral("undo"))->trigger();
        QCOMPARE(window.document()->state()->p(), 0.3);
        window.findChild<QAction *>(QStringLiteral("redo"))->trigger();
        window.findChild<QAction *>(QStringLiteral("redo"))->trigger();
        QCOMPARE(window.document()->state()->p(), 0.9);
    }

    void typedValue_survivesArrowKeysInTheBox()
    {
        app::MainWindow window;
        QDoubleSpinBox *box = window.controls()->pSlider()->spinBox();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("0.45"));
        press(box, Qt::Key_Left); // moves the cursor, nothing else
        press(box, Qt::Key_Return);
        QCOMPARE(window.document()->state()->p(), 0.45);
    }

    void addBookmark_keepsTheState()
    {
        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->state()->setP(0.42);
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.bookmarkPanel()->bookmarks().size(), 1);
        QCOMPARE(window.bookmarkPanel()->bookmarks().front().state.p.binaryX(), 0.42);
        QCOMPARE(window.bookmarkPanel()->bookmarks().front().name, QStringLiteral("Bookmark 1")); // the name shown
        QVERIFY(window.document()->session().bookmarks.size() == 1);
    }

    void predictThenReveal_hidesUntilRevealed()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(window.classroom()->prediction(), app::ClassroomModes::Prediction::Numbers);
        const QString entropy = window.readouts()->readout(QStringLiteral("entropy_p"));
        QVERIFY2(!entropy.contains(QStringLiteral("0.8813")), qPrintable(entropy));
        for (const widgets::PlotPanel *panel : window.panels())
            QCOMPARE(panel->concealment(), widgets::PlotPanel::Concealment::Numbers);
        QTest::keyClick(&window, Qt::Key_R);
        QVERIFY(window.readouts()->readout(QStringLiteral("entropy_p")).contains(QStringLiteral("0.8813")));
        QCOMPARE(window.panels().front()->concealment(), widgets::PlotPanel::Concealment::None);
        // The next question: a change hides the answers again.
        window.document()->state()->setP(0.1);
        QVERIFY(!window.readouts()->readout(QStringLiteral("entropy_p")).contains(QStringLiteral("0.4690")));
        window.classroom()->setPrediction(app::ClassroomModes::Prediction::Off);
        QVERIFY(window.readouts()->readout(QStringLiteral("entropy_p")).contains(QStringLiteral("0.4690")));
    }

    void playButton_sweepsBackAndForth()
    {
        // The sweep's frames on a clock the test moves: exactly 0.5 s of them, however slow the machine.
        widgets::ManualClock clock;
        widgets::Clock::install(&clock);
        const auto wallClockAgain = qScopeGuard([] { widgets::Clock::install(nullptr); });
        app::MainWindow window;
        widgets::ProbabilitySlider *q = window.controls()->qSlider();
        q->setSweepSeconds(0.4);
        QSignalSpy moves(window.document()->state(), &LessonState::qChanged);
        QTest::mouseClick(q->playButton(), Qt::LeftButton);
        QVERIFY(q->isPlaying());
        clock.advance(500); // more than one sweep there and back
        QTest::mouseClick(q->playButton(), Qt::LeftButton);
        QVERIFY(!q->isPlaying());
        QVERIFY2(moves.count() >= 10, qPrintable(QString::number(moves.count())));
        double low = 1.0, high = 0.0;
        for (const QList<QVariant> &move : moves) {
            low = std::min(low, move.at(0).toDouble());
            high = std::max(high, move.at(0).toDouble());
        }
        QVERIFY2(low < 0.3 && high > 0.9, qPrintable(QStringLiteral("%1 to %2").arg(low).arg(high)));
        QVERIFY(low >= widgets::ProbabilitySlider::kSweepLow && high <= widgets::ProbabilitySlider::kSweepHigh);
        QCOMPARE(window.document()->history()->stack()->count(), 1); // the whole sweep is one undo step
    }

    void menusAndWindow_followTheModes()
    {
        app::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::ClassroomModes *modes = window.classroom();
        modes->setTheme(widgets::Theme::dark());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("theme-light"))->isChecked());
        QCOMPARE(window.panel(QStringLiteral("kl"))->theme().name, QStringLiteral("dark"));
        modes->setPrediction(app::ClassroomModes::Prediction::NumbersAndCurves);
        for (const QAction *action : window.findChildren<QAction *>(QStringLiteral("prediction")))
            QCOMPARE(action->isChecked(),
                     action->data().toInt() == int(app::ClassroomModes::Prediction::NumbersAndCurves));
        QCOMPARE(window.panel(QStringLiteral("kl"))->concealment(), widgets::PlotPanel::Concealment::NumbersAndCurves);
        modes->setPresenting(true);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("presentationMode"))->isChecked());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("leavePresentation"))->isEnabled());
        modes->setPresenting(false);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("presentationMode"))->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("leavePresentation"))->isEnabled());
    }

    void documentProblems_andMessages_showInTheWindow()
    {
        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->copyState();
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied the state")));
        QVERIFY(window.document()->pasteState(QStringLiteral("hello")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("Could not paste the state"));
        QVERIFY(box->text().startsWith(QStringLiteral("The clipboard does not hold an EntropyLab state")));
        QVERIFY(!window.isWindowModified());
        window.document()->state()->setP(0.4);
        QVERIFY(window.isWindowModified());
    }

    void keyboardShortcuts_listEveryMenuShortcut()
    {
        app::MainWindow window;
        const auto rows = window.menus()->keyboardShortcuts();
        QStringList keys;
        for (const auto &row : rows)
            keys << row.second;
        const QString all = keys.join(QLatin1Char('|'));
        for (const char *key :
             {"F5", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+S", "Ctrl+O", "Ctrl+E", "Ctrl+D", "F6", "R", "Ctrl+="})
            QVERIFY2(all.contains(QLatin1String(key)), key);
    }

    void controls_haveAccessibleNames()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAccessibleInterface *slider = QAccessible::queryAccessibleInterface(window.controls()->pSlider()->slider());
        QVERIFY(slider);
        QCOMPARE(slider->text(QAccessible::Name), QStringLiteral("p, 0.30"));
        window.document()->state()->setP(0.75);
        QCOMPARE(slider->text(QAccessible::Name), QStringLiteral("p, 0.75"));
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // a spin box's text field: the reader announces the spin box
            if (qobject_cast<QTabBar *>(widget))
                continue; // a reader announces each tab by its own title
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(face && !face->text(QAccessible::Name).isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(widget->metaObject()->className(), widget->objectName())));
        }
    }
};

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"
