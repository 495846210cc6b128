// The classroom modes as observable state, without a window: the chosen theme (remembered), what
// the panels show while presenting and zoomed, and predict-then-reveal following the lesson.
#include "app/classroom.h"
#include "widgets/model/lessonstate.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <limits>

using app::ClassroomModes;
using Prediction = app::ClassroomModes::Prediction;

class TestClassroomModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void startsPlain()
    {
        widgets::LessonState state;
        ClassroomModes modes(&state);
        QCOMPARE(modes.theme().name, QStringLiteral("light"));
        QVERIFY(!modes.isPresenting());
        QCOMPARE(modes.zoom(), 1.0);
        QCOMPARE(modes.prediction(), Prediction::Off);
        QVERIFY(!modes.isConcealing());
        QCOMPARE(modes.shownTheme().fontSize, widgets::Theme::light().fontSize);
        QCOMPARE(modes.controlsScale(), 1.0);
    }

    void rememberedTheme_isTheStart_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("dark");
        QTest::newRow("presentation") << QStringLiteral("presentation") << QStringLiteral("presentation");
        QTest::newRow("wrong: unknown") << QStringLiteral("neon") << QStringLiteral("light");
        QTest::newRow("wrong: empty") << QString() << QStringLiteral("light");
        QTest::newRow("wrong: case") << QStringLiteral("Dark") << QStringLiteral("light");
    }

    void rememberedTheme_isTheStart()
    {
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QSettings().setValue(QStringLiteral("view/theme"), setting);
        widgets::LessonState state;
        QCOMPARE(ClassroomModes(&state).theme().name, expected);
    }

    void setTheme_signalsOnceAndIsRemembered()
    {
        widgets::LessonState state;
        ClassroomModes modes(&state);
        QSignalSpy themes(&modes, &ClassroomModes::themeChanged);
        QSignalSpy shown(&modes, &ClassroomModes::shownThemeChanged);
        modes.setTheme(widgets::Theme::dark());
        QCOMPARE(themes.count(), 1);
        QCOMPARE(themes.front().front().value<widgets::Theme>().name, QStringLiteral("dark"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(modes.shownTheme().background, widgets::Theme::dark().background);
        modes.setTheme(widgets::Theme::dark()); // the same again: nothing to redraw
        QCOMPARE(themes.count(), 1);
        QCOMPARE(shown.count(), 1);
        widgets::LessonState other;
        QCOMPARE(ClassroomModes(&other).theme().name, QStringLiteral("dark"));
    }

    void setZoom_clampsAndSnapsToOne_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("expected");
        QTest::newRow("1.5") << 1.5 << 1.5;
        QTest::newRow("smallest") << 0.5 << 0.5;
        QTest::newRow("largest") << 3.0 << 3.0;
        QTest::newRow("within 1% of 1") << 1.009 << 1.0;
        QTest::newRow("wrong: too small") << 0.1 << 0.5;
        QTest::newRow("wrong: too large") << 10.0 << 3.0;
        QTest::newRow("wrong: negative") << -2.0 << 0.5;
        QTest::newRow("wrong: zero") << 0.0 << 0.5;
        QTest::newRow("wrong: infinite") << std::numeric_limits<double>::infinity() << 3.0;
        QTest::newRow("wrong: NaN") << std::numeric_limits<double>::quiet_NaN() << 1.0;
    }

    void setZoom_clampsAndSnapsToOne()
    {
        QFETCH(double, zoom);
        QFETCH(double, expected);
        widgets::LessonState state;
        ClassroomModes modes(&state);
        QSignalSpy zooms(&modes, &ClassroomModes::zoomChanged);
        QSignalSpy shown(&modes, &ClassroomModes::shownThemeChanged);
        modes.setZoom(zoom);
        QCOMPARE(modes.zoom(), expected);
        const int changes = expected == 1.0 ? 0 : 1;
        QCOMPARE(zooms.count(), changes);
        QCOMPARE(shown.count(), changes);
        if (changes)
            QCOMPARE(zooms.front().front().toDouble(), expected);
        QCOMPARE(modes.shownTheme().fontSize, widgets::Theme::light().fontSize * expected);
        QCOMPARE(modes.shownTheme().lineScale, widgets::Theme::light().lineScale * std::sqrt(expected));
        QCOMPARE(modes.controlsScale(), expected);
    }

    void zoomInThenOut_comesBackToExactlyOne()
    {
        widgets::LessonState state;
        ClassroomModes modes(&state);
        for (int i = 0; i < 5; ++i)
            modes.zoomIn();
        QVERIFY(modes.zoom() > 2.0);
        for (int i = 0; i < 5; ++i)
            modes.zoomOut();
        QCOMPARE(modes.zoom(), 1.0);
        for (int i = 0; i < 30; ++i)
            modes.zoomIn();
        QCOMPARE(modes.zoom(), ClassroomModes::kMaxZoom);
    }

    void presenting_showsProjectorTypeInTheChosenColours()
    {
        widgets::LessonState state;
        ClassroomModes modes(&state);
        modes.setTheme(widgets::Theme::dark());
        QSignalSpy presenting(&modes, &ClassroomModes::presentingChanged);
        QSignalSpy shown(&modes, &ClassroomModes::shownThemeChanged);
        modes.setPresenting(true);
        QCOMPARE(presenting.count(), 1);
        QCOMPARE(presenting.front().front().toBool(), true);
        QCOMPARE(shown.count(), 1);
        const widgets::Theme projected = modes.shownTheme();
        QCOMPARE(projected.fontSize, ClassroomModes::kPresentingFontSize);
        QCOMPARE(projected.lineScale, widgets::Theme::presentation().lineScale);
        QCOMPARE(projected.legendScale, widgets::Theme::presentation().legendScale);
        QCOMPARE(projected.background, widgets::Theme::dark().background); // a dark room stays dark
        QCOMPARE(modes.theme().name, QStringLiteral("dark")); // the choice is not changed
        QCOMPARE(modes.controlsScale(), 1.5);
        modes.setZoom(2.0);
        QCOMPARE(modes.shownTheme().fontSize, 2.0 * ClassroomModes::kPresentingFontSize);
        QCOMPARE(modes.controlsScale(), 3.0);
        modes.setPresenting(true); // already: nothing
        QCOMPARE(presenting.count(), 1);
        modes.setPresenting(false);
        QCOMPARE(presenting.count(), 2);
        QCOMPARE(modes.shownTheme().fontSize, 2.0 * widgets::Theme::dark().fontSize);
    }

    void prediction_concealsUntilRevealed_data()
    {
        QTest::addColumn<Prediction>("prediction");
        QTest::newRow("numbers") << Prediction::Numbers;
        QTest::newRow("numbers and curves") << Prediction::NumbersAndCurves;
    }

    void prediction_concealsUntilRevealed()
    {
        QFETCH(Prediction, prediction);
        widgets::LessonState state;
        ClassroomModes modes(&state);
        QSignalSpy predictions(&modes, &ClassroomModes::predictionChanged);
        QSignalSpy concealing(&modes, &ClassroomModes::concealingChanged);
        modes.setPrediction(prediction);
        QCOMPARE(predictions.count(), 1);
        QCOMPARE(predictions.front().front().value<Prediction>(), prediction);
        QCOMPARE(concealing.count(), 1);
        QVERIFY(modes.isConcealing());
        modes.reveal();
        QVERIFY(!modes.isConcealing());
        QCOMPARE(concealing.count(), 2);
        modes.reveal(); // already shown: nothing
        QCOMPARE(concealing.count(), 2);
        // What is not a parameter (the outcome under the mouse) asks no new question.
        state.setHighlightedOutcome(1);
        QVERIFY(!modes.isConcealing());
        // The next question: a change hides the answers again.
        state.setP(0.1);
        QVERIFY(modes.isConcealing());
        QCOMPARE(concealing.count(), 3);
        QCOMPARE(modes.prediction(), prediction);
        modes.setPrediction(Prediction::Off);
        QVERIFY(!modes.isConcealing());
        QCOMPARE(predictions.count(), 2);
        QCOMPARE(concealing.count(), 4);
    }

    void predictionOff_neverConceals()
    {
        widgets::LessonState state;
        ClassroomModes modes(&state);
        QSignalSpy concealing(&modes, &ClassroomModes::concealingChanged);
        QSignalSpy predictions(&modes, &ClassroomModes::predictionChanged);
        modes.setPrediction(Prediction::Off); // already off
        state.setP(0.7);
        modes.reveal();
        QVERIFY(!modes.isConcealing());
        QCOMPARE(concealing.count(), 0);
        QCOMPARE(predictions.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClassroomModes)
#include "tst_classroommodes.moc"
