// One gesture, one undo step: a mouse press in the window to its release, a sweep of a play
// button, a glide to a bookmark. Presses outside the window and stray releases record nothing.
#include "widgets/model/lessonhistory.h"
#include "app/undogestures.h"
#include "widgets/clock.h"
#include "widgets/model/lessonstate.h"
#include "widgets/probabilityslider.h"
#include "widgets/statetransition.h"

#include <QTest>
#include <QUndoStack>
#include <QWidget>

using widgets::LessonHistory;
using app::UndoGestures;

class TestUndoGestures : public QObject
{
    Q_OBJECT

private slots:
    void mouseGesture_isOneStep_data()
    {
        QTest::addColumn<bool>("inWindow");
        QTest::addColumn<int>("steps");
        QTest::newRow("a child of the window") << true << 1;
        QTest::newRow("wrong: another window") << false << 3; // each change its own step
    }

    void mouseGesture_isOneStep()
    {
        QFETCH(bool, inWindow);
        QFETCH(int, steps);
        widgets::LessonState state;
        LessonHistory history(&state);
        QWidget window;
        auto *child = new QWidget(&window);
        QWidget elsewhere;
        UndoGestures gestures(&window, &history);
        QWidget *pressed = inWindow ? child : &elsewhere;
        QTest::mousePress(pressed, Qt::LeftButton);
        QCOMPARE(gestures.inMouseGesture(), inWindow);
        QCOMPARE(history.inGesture(), inWindow);
        state.setP(0.4);
        state.setP(0.5);
        state.setP(0.6);
        QTest::mouseRelease(pressed, Qt::LeftButton);
        QVERIFY(!gestures.inMouseGesture());
        QVERIFY(!history.inGesture());
        QCOMPARE(history.stack()->count(), steps);
        history.stack()->undo();
        QCOMPARE(state.p(), inWindow ? 0.3 : 0.5);
    }

    void strayRelease_recordsNothing()
    {
        widgets::LessonState state;
        LessonHistory history(&state);
        QWidget window;
        UndoGestures gestures(&window, &history);
        QTest::mouseRelease(&window, Qt::LeftButton);
        QVERIFY(!history.inGesture());
        state.setQ(0.2);
        QCOMPARE(history.stack()->count(), 1);
    }

    void sweep_isOneStep()
    {
        widgets::ManualClock clock;
        widgets::Clock::install(&clock);
        {
            widgets::LessonState state;
            LessonHistory history(&state);
            QWidget window;
            widgets::ProbabilitySlider slider(QStringLiteral("q"), QStringLiteral("the model"), &window);
            UndoGestures gestures(&window, &history);
            gestures.follow(&slider);
            slider.setPlaying(true);
            QVERIFY(history.inGesture());
            state.setQ(0.2);
            state.setQ(0.1);
            slider.setPlaying(false);
            QVERIFY(!history.inGesture());
            QCOMPARE(history.stack()->count(), 1);
        }
        widgets::Clock::install(nullptr);
    }

    void glide_isOneStep()
    {
        widgets::ManualClock clock;
        widgets::Clock::install(&clock);
        {
            widgets::LessonState state;
            LessonHistory history(&state);
            QWidget window;
            widgets::StateTransition transition(&state);
            UndoGestures gestures(&window, &history);
            gestures.follow(&transition);
            widgets::LessonState target;
            target.setP(0.9);
            transition.start(target.snapshot());
            QVERIFY(history.inGesture());
            transition.finish();
            QVERIFY(!history.inGesture());
            QCOMPARE(state.p(), 0.9);
            QCOMPARE(history.stack()->count(), 1);
            history.stack()->undo();
            QCOMPARE(state.p(), 0.3);
        }
        widgets::Clock::install(nullptr);
    }
};

QTEST_MAIN(TestUndoGestures)
#include "tst_undogestures.moc"
