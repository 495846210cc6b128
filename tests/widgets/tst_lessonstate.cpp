#include "widgets/lessondefaults.h"
#include "widgets/lessonstate.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using widgets::LessonState;

class TestLessonState : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheDefaults()
    {
        LessonState state;
        QCOMPARE(state.p(), widgets::defaults::kP);
        QCOMPARE(state.q(), widgets::defaults::kQ);
        QCOMPARE(state.y(), widgets::defaults::kY);
        QCOMPARE(state.yhat(), widgets::defaults::kYhat);
        QCOMPARE(state.unit(), widgets::defaults::kUnit);
    }

    void setP_emitsOnePChangeAndOneChange()
    {
        LessonState state;
        QSignalSpy pSpy(&state, &LessonState::pChanged);
        QSignalSpy changedSpy(&state, &LessonState::changed);
        state.setP(0.25);
        QCOMPARE(pSpy.count(), 1);
        QCOMPARE(pSpy.first().first().toDouble(), 0.25);
        QCOMPARE(changedSpy.count(), 1);
        state.setP(0.25); // no change, no signal
        QCOMPARE(changedSpy.count(), 1);
    }

    void outOfRangeValues_areRefusedAndChangeNothing_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("negative") << -0.1;
        QTest::newRow("above one") << 1.5;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
    }

    void outOfRangeValues_areRefusedAndChangeNothing()
    {
        QFETCH(double, value);
        LessonState state;
        QSignalSpy changedSpy(&state, &LessonState::changed);
        state.setP(value);
        state.setQ(value);
        state.setYhat(value);
        QCOMPARE(changedSpy.count(), 0);
        QCOMPARE(state.p(), widgets::defaults::kP);
        QCOMPARE(state.q(), widgets::defaults::kQ);
        QCOMPARE(state.yhat(), widgets::defaults::kYhat);
    }

    void labelMustBeZeroOrOne()
    {
        LessonState state;
        QSignalSpy ySpy(&state, &LessonState::yChanged);
        state.setY(2);
        state.setY(-1);
        QCOMPARE(ySpy.count(), 0);
        state.setY(0);
        QCOMPARE(ySpy.count(), 1);
        QCOMPARE(state.y(), 0);
    }

    void negativeZero_isStoredAsZero()
    {
        LessonState state;
        state.setP(-0.0);
        QCOMPARE(state.p(), 0.0);
        QVERIFY(!std::signbit(state.p()));
    }

    void reset_restoresDefaultsWithOneChange()
    {
        LessonState state;
        state.setP(0.9);
        state.setQ(0.1);
        state.setY(0);
        state.setYhat(0.05);
        state.setUnit(core::Unit::Nats);
        QSignalSpy changedSpy(&state, &LessonState::changed);
        state.reset();
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(state.p(), widgets::defaults::kP);
        QCOMPARE(state.q(), widgets::defaults::kQ);
        QCOMPARE(state.y(), widgets::defaults::kY);
        QCOMPARE(state.yhat(), widgets::defaults::kYhat);
        QCOMPARE(state.unit(), widgets::defaults::kUnit);
    }
};

QTEST_GUILESS_MAIN(TestLessonState)
#include "tst_lessonstate.moc"
