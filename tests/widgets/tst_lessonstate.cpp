#include "core/lessoninputs.h"
#include "widgets/model/lessonstate.h"

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
        QCOMPARE(state.p(), core::kDefaultP);
        QCOMPARE(state.q(), core::kDefaultQ);
        QCOMPARE(state.y(), core::kDefaultY);
        QCOMPARE(state.yhat(), core::kDefaultYhat);
        QCOMPARE(state.unit(), core::kDefaultUnit);
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
        QCOMPARE(state.p(), core::kDefaultP);
        QCOMPARE(state.q(), core::kDefaultQ);
        QCOMPARE(state.yhat(), core::kDefaultYhat);
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

    // The window's model takes labels only through setDistributions and restore; both apply the
    // one rule (core/outcomelabel.h), so no editor, preset or undo step can bring in a bad label.
    void badLabels_areRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("problem");
        QTest::newRow("duplicate") << QStringList {"a", "b", "a"} << "labels[2]: \"a\" names two outcomes (also labels[0])";
        QTest::newRow("empty") << QStringList {"a", "", "c"} << "labels[1]: the label is empty";
        QTest::newRow("41 bytes") << QStringList {"a", "b", QString(41, u'x')} << "labels[2]: the label is 41 bytes of UTF-8";
        QTest::newRow("control char") << QStringList {"a\u0007", "b", "c"}
                                      << "labels[0]: the label holds the control character U+0007";
        QTest::newRow("a and a + U+200B") << QStringList {"a", QStringLiteral("a\u200B"), "c"}
                                          << "labels[1]: the label holds the invisible format character U+200B";
        QTest::newRow("U+202E") << QStringList {"a", "b", QStringLiteral("\u202Ec")}
                                << "labels[2]: the label holds the invisible format character U+202E";
        QTest::newRow("lone surrogate") << QStringList {"a", QString(QChar(0xD800)), "c"}
                                        << "labels[1]: the label holds a lone surrogate U+D800";
    }

    void badLabels_areRefusedAndChangeNothing()
    {
        QFETCH(QStringList, labels);
        QFETCH(QString, problem);
        LessonState state;
        const auto p = core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
        const widgets::LessonSnapshot before = state.snapshot();
        QSignalSpy changed(&state, &LessonState::changed);
        const auto refusal = state.setDistributions(p, p, labels);
        QVERIFY(refusal);
        QVERIFY2(refusal->startsWith(problem), qPrintable(*refusal));
        widgets::LessonSnapshot snapshot {p, p, labels, {false, false, false}, {false, false, false},
                                          0, 1, 0.5,    core::Unit::Bits};
        const auto restored = state.restore(snapshot);
        QVERIFY(restored);
        QVERIFY2(restored->startsWith(problem), qPrintable(*restored));
        QCOMPARE(changed.count(), 0);
        QVERIFY(state.snapshot() == before);
        // Greek and Chinese labels are fine.
        QCOMPARE(state.setDistributions(p, p, {QStringLiteral("α"), QStringLiteral("Ω"), QStringLiteral("晴天")}),
                 std::nullopt);
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
        QCOMPARE(state.p(), core::kDefaultP);
        QCOMPARE(state.q(), core::kDefaultQ);
        QCOMPARE(state.y(), core::kDefaultY);
        QCOMPARE(state.yhat(), core::kDefaultYhat);
        QCOMPARE(state.unit(), core::kDefaultUnit);
    }
};

QTEST_GUILESS_MAIN(TestLessonState)
#include "tst_lessonstate.moc"
