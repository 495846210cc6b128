// widgets::Clock: a ManualClock fires its timers in order and only when moved, and what moves on its
// own in the window (a sweep, a glide) goes exactly as far as that clock says, whatever the wall
// clock did meanwhile.
#include "widgets/clock.h"
#include "widgets/model/lessonstate.h"
#include "widgets/probabilityslider.h"
#include "widgets/statetransition.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using widgets::Clock;
using widgets::ClockTimer;
using widgets::ManualClock;

namespace {

// Installs a ManualClock for one test and the wall clock again after it.
struct ManualClockScope
{
    ManualClock clock;
    ManualClockScope() { Clock::install(&clock); }
    ~ManualClockScope() { Clock::install(nullptr); }
};

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void wallClock_isTheDefault()
    {
        Clock *wall = Clock::current();
        const qint64 before = wall->now();
        QThread::msleep(20);
        QVERIFY(wall->now() >= before + 19);
        ClockTimer timer;
        timer.setSingleShot(true);
        timer.setInterval(10);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start();
        QVERIFY(fired.wait(2000));
    }

    void manualClock_firesOnlyWhenAdvanced_inOrder()
    {
        ManualClockScope scope;
        ClockTimer repeating, once, late;
        repeating.setInterval(16);
        once.setSingleShot(true);
        once.setInterval(40);
        late.setSingleShot(true);
        late.setInterval(1000);
        QStringList fired;
        connect(&repeating, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("r%1").arg(scope.clock.now()); });
        connect(&once, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("o%1").arg(scope.clock.now()); });
        connect(&late, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("l%1").arg(scope.clock.now()); });
        repeating.start();
        once.start();
        late.start();
        QThread::msleep(50); // the wall clock moves: nothing fires
        QCoreApplication::processEvents();
        QVERIFY(fired.isEmpty());
        scope.clock.advance(50);
        // Each at its due time, in time order; a repeating timer catches up every frame.
        QCOMPARE(fired, (QStringList {"r16", "r32", "o40", "r48"}));
        QCOMPARE(scope.clock.now(), 50);
        QVERIFY(!once.isActive());
        QVERIFY(repeating.isActive());
        repeating.stop();
        fired.clear();
        scope.clock.advance(2000);
        QCOMPARE(fired, QStringList {"l1000"});
    }

    void manualClock_timerStartedOrDeletedInASlot()
    {
        ManualClockScope scope;
        auto first = std::make_unique<ClockTimer>();
        ClockTimer second;
        first->setSingleShot(true);
        first->setInterval(10);
        second.setSingleShot(true);
        second.setInterval(5);
        int secondFired = 0;
        connect(first.get(), &ClockTimer::timeout, this, [&] {
            second.start(); // due at 15, within this advance
            first.reset(); // the clock must not touch it again
        });
        connect(&second, &ClockTimer::timeout, this, [&] { ++secondFired; });
        first->start();
        scope.clock.advance(20);
        QVERIFY(!first);
        QCOMPARE(secondFired, 1);
    }

    void sweep_movesByTheClocksTimeOnly()
    {
        ManualClockScope scope;
        widgets::ProbabilitySlider slider(QStringLiteral("p"), QStringLiteral("p"));
        slider.setValue(widgets::ProbabilitySlider::kSweepLow);
        slider.setSweepSeconds(10.0);
        slider.setPlaying(true);
        QThread::msleep(50);
        QCoreApplication::processEvents();
        QCOMPARE(slider.value(), widgets::ProbabilitySlider::kSweepLow); // the wall clock moved, not this one
        // A frame every 16 ms from the start; 2400 ms of 10 s is 0.24 of the way there and back.
        scope.clock.advance(2400);
        QCOMPARE(slider.value(), 0.4804); // 0.01 + 0.48 * 0.98
        scope.clock.advance(2400);
        QCOMPARE(slider.value(), 0.9508); // 0.01 + 0.96 * 0.98
        scope.clock.advance(4800);
        QCOMPARE(slider.value(), 0.0884); // 0.96 of the way, on the way down: 0.01 + 0.08 * 0.98
    }

    void glide_followsTheClock_andEndsAtTheTarget()
    {
        ManualClockScope scope;
        widgets::LessonState state;
        widgets::StateTransition glide(&state);
        QSignalSpy finished(&glide, &widgets::StateTransition::finished);
        widgets::LessonSnapshot target = state.snapshot();
        target.yhat = 0.2;
        const double start = state.yhat();
        glide.start(target, 700);
        QVERIFY(glide.isRunning());
        QThread::msleep(30);
        QCoreApplication::processEvents();
        QCOMPARE(state.yhat(), start);
        scope.clock.advance(352); // the frame at 352 ms: half way along the eased curve
        QVERIFY(glide.isRunning());
        QVERIFY(
            std::abs(state.yhat()
                     - (start + (0.2 - start) * QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(352.0 / 700)))
            < 1e-12);
        scope.clock.advance(400);
        QVERIFY(!glide.isRunning());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(state.snapshot(), target);
    }
};

QTEST_MAIN(TestClock)
#include "tst_clock.moc"
