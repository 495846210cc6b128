// The "why cross entropy?" lab: its model, the plots a learner reads, dragging a point, and the
// controls, driven as a user would.
#include "core/training.h"
#include "core/units.h"
#include "widgets/clock.h"
#include "widgets/figureexport.h"
#include "widgets/model/lessonstate.h"
#include "widgets/traininglab.h"
#include "widgets/trainingpanel.h"
#include "widgets/model/trainingstate.h"

#include <QComboBox>
#include <QScopeGuard>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace widgets;
using core::TrainingLoss;

namespace {

using testsupport::near;

// The share of pixels that differ from the background.
double inkShare(const QImage &image, const QColor &background)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += (line[x] & 0xffffff) != (background.rgb() & 0xffffff);
    }
    return double(ink) / (double(image.width()) * image.height());
}

} // namespace

class TestTrainingLab : public QObject
{
    Q_OBJECT

private:
    // A panel shown in a window, following its own lesson and training.
    struct Shown
    {
        LessonState lesson;
        TrainingState training;
        TrainingPanel panel {&lesson, &training};

        Shown()
        {
            panel.resize(1600, 900);
            panel.show();
        }
    };

    static void verifyFit(const QCPGraph *curve, core::ModelParameters model)
    {
        const auto data = curve->data();
        QVERIFY(data->size() > 100);
        for (auto it = data->constBegin(); it != data->constEnd(); ++it)
            QVERIFY2(near(it->value, core::sigmoid(model.w * it->key + model.b)), qPrintable(QString::number(it->key)));
    }

private slots:
    // --- TrainingState ---

    void state_startsWithTheConfidentlyWrongPreset()
    {
        TrainingState state;
        QCOMPARE(state.presetName(), QStringLiteral("confidently-wrong"));
        const core::TrainingPreset *preset = nullptr;
        for (const core::TrainingPreset &p : core::trainingPresets()) {
            if (p.name == "confidently-wrong")
                preset = &p;
        }
        QVERIFY(preset);
        QCOMPARE(state.data(), preset->data);
        QCOMPARE(state.start(), preset->start);
        QCOMPARE(state.learningRate(), preset->learningRate);
        QCOMPARE(state.iteration(), 0);
        QCOMPARE(state.crossEntropyRun().model(), preset->start);
        QCOMPARE(state.squaredErrorRun().model(), preset->start);
    }

    void step_advancesBothRunsAndSignalsOnce()
    {
        TrainingState state;
        QSignalSpy changed(&state, &TrainingState::changed);
        QCOMPARE(state.step(10), 10);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.iteration(), 10);
        QCOMPARE(state.crossEntropyRun().iteration(), 10);
        QCOMPARE(state.squaredErrorRun().iteration(), 10);
        // Both moved, and exactly as a run of their own from the same start.
        core::GradientDescent ce(state.data(), state.start(), TrainingLoss::CrossEntropy, state.learningRate());
        ce.run(10);
        QCOMPARE(state.crossEntropyRun().model(), ce.model());
        QVERIFY(state.squaredErrorRun().model() != state.start());
    }

    void step_nothingOrNegative_changesNothing()
    {
        TrainingState state;
        QSignalSpy changed(&state, &TrainingState::changed);
        QCOMPARE(state.step(0), 0);
        QCOMPARE(state.step(-3), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(state.iteration(), 0);
    }

    void step_stopsAtTheIterationLimit()
    {
        TrainingState state;
        QCOMPARE(state.step(TrainingState::kMaxIterations - 5), TrainingState::kMaxIterations - 5);
        QSignalSpy changed(&state, &TrainingState::changed);
        QCOMPARE(state.step(100), 5);
        QVERIFY(state.isAtIterationLimit());
        QCOMPARE(state.step(1), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.iteration(), TrainingState::kMaxIterations);
    }

    void setLearningRate_badValues_refusedWithAReason_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("negative") << -1.0;
        QTest::newRow("zero") << 0.0;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("too-large") << TrainingState::kMaxLearningRate * 1.01;
    }

    void setLearningRate_badValues_refusedWithAReason()
    {
        QFETCH(double, rate);
        TrainingState state;
        state.step(3);
        QSignalSpy changed(&state, &TrainingState::changed);
        const std::optional<QString> refusal = state.setLearningRate(rate);
        QVERIFY(refusal);
        QVERIFY(!refusal->isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(state.learningRate(), 1.0);
        QCOMPARE(state.iteration(), 3);
    }

    void setLearningRate_resetsToIterationZero()
    {
        TrainingState state;
        state.step(4);
        QSignalSpy changed(&state, &TrainingState::changed);
        QVERIFY(!state.setLearningRate(0.25));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.learningRate(), 0.25);
        QCOMPARE(state.iteration(), 0);
        QVERIFY(!state.setLearningRate(0.25));
        QCOMPARE(changed.count(), 1); // the same rate again: nothing
    }

    void setPoint_movesItClampedAndResets()
    {
        TrainingState state;
        state.step(20);
        QSignalSpy changed(&state, &TrainingState::changed);
        QVERIFY(!state.setPoint(0, 0.5));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.data()[0].x, 0.5);
        QCOMPARE(state.iteration(), 0);
        QVERIFY(state.presetName().isEmpty());
        QVERIFY(!state.setPoint(0, 1e9));
        QCOMPARE(state.data()[0].x, TrainingState::kMaxX);
        QVERIFY(state.setPoint(-1, 0.0));
        QVERIFY(state.setPoint(int(state.data().size()), 0.0));
        QVERIFY(state.setPoint(0, std::numeric_limits<double>::quiet_NaN()));
        QCOMPARE(changed.count(), 2);
    }

    void setStart_resetsAndRefusesNonFinite()
    {
        TrainingState state;
        state.step(2);
        QVERIFY(!state.setStart({1.5, -0.5}));
        QCOMPARE(state.start(), (core::ModelParameters {1.5, -0.5}));
        QCOMPARE(state.iteration(), 0);
        QCOMPARE(state.presetName(), QStringLiteral("confidently-wrong")); // still the preset's data
        QSignalSpy changed(&state, &TrainingState::changed);
        QVERIFY(state.setStart({std::numeric_limits<double>::infinity(), 0.0}));
        QCOMPARE(changed.count(), 0);
    }

    void generate_sameSeed_sameData()
    {
        TrainingState a, b;
        a.setStart({0.5, 0.25});
        QVERIFY(!a.generate(7));
        QVERIFY(!b.generate(7));
        QCOMPARE(a.data(), b.data());
        QCOMPARE(a.data().size(), std::size_t(20));
        QCOMPARE(a.start(), (core::ModelParameters {0.5, 0.25})); // kept
        QVERIFY(a.presetName().isEmpty());
        for (const core::LabelledPoint &p : a.data())
            QVERIFY(p.x >= TrainingState::kMinX && p.x <= TrainingState::kMaxX);
        QVERIFY(!b.generate(8));
        QVERIFY(a.data() != b.data());
        QVERIFY(a.generate(1, 1));
        QVERIFY(a.generate(1, 20, std::numeric_limits<double>::quiet_NaN()));
    }

    void loadPreset_unknownName_refused()
    {
        TrainingState state;
        QSignalSpy changed(&state, &TrainingState::changed);
        QVERIFY(state.loadPreset(QStringLiteral("no-such-example")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!state.loadPreset(QStringLiteral("overlapping")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.presetName(), QStringLiteral("overlapping"));
    }

    void reset_returnsToIterationZeroKeepingInputs()
    {
        TrainingState state;
        state.setLearningRate(0.5);
        state.step(30);
        QSignalSpy changed(&state, &TrainingState::changed);
        state.reset();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.iteration(), 0);
        QCOMPARE(state.learningRate(), 0.5);
        state.reset();
        QCOMPARE(changed.count(), 1); // already there
    }

    void assign_copiesProgressExactly()
    {
        TrainingState source;
        source.generate(3);
        source.setLearningRate(0.7);
        source.setStart({-2.0, 1.0});
        source.step(123);
        TrainingState copy;
        QSignalSpy changed(&copy, &TrainingState::changed);
        copy.assign(source);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(copy.data(), source.data());
        QCOMPARE(copy.start(), source.start());
        QCOMPARE(copy.learningRate(), source.learningRate());
        QCOMPARE(copy.presetName(), source.presetName());
        QCOMPARE(copy.iteration(), 123);
        for (TrainingLoss loss : {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError}) {
            const auto &a = copy.run(loss).steps();
            const auto &b = source.run(loss).steps();
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].model, b[i].model);
                QCOMPARE(a[i].loss, b[i].loss);
                QCOMPARE(a[i].gradientNorm, b[i].gradientNorm);
            }
        }
        // Both go on identically.
        copy.step(5);
        source.step(5);
        QCOMPARE(copy.crossEntropyRun().model(), source.crossEntropyRun().model());
        QCOMPARE(copy.squaredErrorRun().model(), source.squaredErrorRun().model());
    }

    // --- TrainingPanel ---

    void panel_dataPlotIsTheFirstAxisRect()
    {
        Shown s;
        QCOMPARE(s.panel.axisRect(), s.panel.dataRect());
        QCOMPARE(s.panel.xAxis->axisRect(), s.panel.dataRect());
        QCOMPARE(s.panel.axisRectCount(), 5);
    }

    void panel_afterSteps_sigmoidsAndMarkersShowTheRuns()
    {
        Shown s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        s.training.step(50);
        const core::ModelParameters ce = s.training.crossEntropyRun().model();
        const core::ModelParameters se = s.training.squaredErrorRun().model();
        verifyFit(s.panel.fitCurve(TrainingLoss::CrossEntropy), ce);
        verifyFit(s.panel.fitCurve(TrainingLoss::SquaredError), se);
        for (TrainingLoss surface : {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError}) {
            QCOMPARE(PlotPanel::markerPosition(s.panel.currentMarker(surface, TrainingLoss::CrossEntropy)),
                     QPointF(ce.w, ce.b));
            QCOMPARE(PlotPanel::markerPosition(s.panel.currentMarker(surface, TrainingLoss::SquaredError)),
                     QPointF(se.w, se.b));
            // The path starts at the start and its last kept point is within a pixel of the marker.
            const QCPCurve *path = s.panel.descentPath(surface, TrainingLoss::CrossEntropy);
            QVERIFY(!path->data()->isEmpty());
            QCOMPARE(path->data()->constBegin()->key, s.training.start().w);
            QVERIFY(std::abs((path->data()->constEnd() - 1)->key - ce.w) < 0.05);
        }
        // 51 iterations (0 .. 50) on the loss and gradient plots; cross entropy in bits.
        const auto loss = s.panel.lossCurve(TrainingLoss::CrossEntropy)->data();
        QCOMPARE(loss->size(), 51);
        QVERIFY(near((loss->constEnd() - 1)->value,
                     core::fromNats(s.training.crossEntropyRun().steps().back().loss, core::Unit::Bits)));
        const auto seLoss = s.panel.lossCurve(TrainingLoss::SquaredError)->data();
        QCOMPARE((seLoss->constEnd() - 1)->value, s.training.squaredErrorRun().steps().back().loss);
        QCOMPARE(s.panel.gradientCurve(TrainingLoss::SquaredError)->data()->size(), 51);
    }

    void panel_stepsAfterOneAnother_matchOneBigStep()
    {
        // Appending step by step gives the same curves as drawing all iterations at once.
        Shown a, b;
        QVERIFY(QTest::qWaitForWindowExposed(&b.panel));
        for (int i = 0; i < 40; ++i)
            a.training.step(1);
        b.training.step(40);
        for (TrainingLoss loss : {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError}) {
            const auto x = a.panel.gradientCurve(loss)->data();
            const auto y = b.panel.gradientCurve(loss)->data();
            QCOMPARE(x->size(), y->size());
            for (int i = 0; i < x->size(); ++i)
                QCOMPARE(x->at(i)->value, y->at(i)->value);
            QCOMPARE(a.panel.descentPath(TrainingLoss::CrossEntropy, loss)->data()->size(),
                     b.panel.descentPath(TrainingLoss::CrossEntropy, loss)->data()->size());
        }
    }

    void panel_lossMaps_holdTheMeanLossInTheUnit()
    {
        Shown s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        s.lesson.setUnit(core::Unit::Bits);
        for (TrainingLoss loss : {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError}) {
            QCPColorMapData *cells = s.panel.lossMap(loss)->data();
            QCOMPARE(cells->keySize(), TrainingPanel::kMapCells);
            QCOMPARE(cells->valueSize(), TrainingPanel::kMapCells);
            for (auto [i, j] : {std::pair {0, 0}, std::pair {17, 93}, std::pair {119, 60}}) {
                double w = 0.0, b = 0.0;
                cells->cellToCoord(i, j, &w, &b);
                const double nats = core::meanLoss(s.training.data(), {w, b}, loss);
                const double expected
                    = loss == TrainingLoss::CrossEntropy ? core::fromNats(nats, core::Unit::Bits) : nats;
                QVERIFY(near(cells->cell(i, j), expected));
            }
        }
        QVERIFY(s.panel.colorScale(TrainingLoss::CrossEntropy)->axis()->label().contains(QStringLiteral("bits")));
        // Another unit: the cross-entropy surface follows, squared error has none.
        const double before = s.panel.lossMap(TrainingLoss::SquaredError)->data()->cell(5, 5);
        const double ceBits = s.panel.lossMap(TrainingLoss::CrossEntropy)->data()->cell(5, 5);
        s.lesson.setUnit(core::Unit::Nats);
        QCOMPARE(s.panel.lossMap(TrainingLoss::SquaredError)->data()->cell(5, 5), before);
        QVERIFY(near(s.panel.lossMap(TrainingLoss::CrossEntropy)->data()->cell(5, 5), ceBits * std::log(2.0)));
        QVERIFY(s.panel.colorScale(TrainingLoss::CrossEntropy)->axis()->label().contains(QStringLiteral("nats")));
    }

    void panel_gradientAxisIsLogarithmic()
    {
        Shown s;
        const QCPAxis *axis = s.panel.gradientCurve(TrainingLoss::CrossEntropy)->valueAxis();
        QCOMPARE(axis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(axis->ticker().dynamicCast<QCPAxisTickerLog>());
        QCOMPARE(axis->axisRect(), s.panel.gradientRect());
    }

    void panel_descriptionReadsIterationLossesAndGradients()
    {
        Shown s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        s.training.step(7);
        const QString description = s.panel.accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("iteration 7")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("cross entropy")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("squared error")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("gradient")), qPrintable(description));
    }

    void mouseDrag_movesAPointAndResets()
    {
        Shown s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        s.training.step(12);
        const core::LabelledPoint point = s.training.data()[3];
        const QPoint at(qRound(s.panel.xAxis->coordToPixel(point.x)),
                        qRound(s.panel.yAxis->coordToPixel(point.y != 0 ? 1.0 : 0.0)));
        QCOMPARE(s.panel.pointAt(at), std::optional<int>(3));
        const QPoint to(qRound(s.panel.xAxis->coordToPixel(point.x + 1.5)), at.y() + 20);
        QTest::mousePress(&s.panel, Qt::LeftButton, {}, at);
        QTest::mouseMove(&s.panel, to);
        QTest::mouseRelease(&s.panel, Qt::LeftButton, {}, to);
        QVERIFY2(std::abs(s.training.data()[3].x - (point.x + 1.5)) < 0.03,
                 qPrintable(QString::number(s.training.data()[3].x)));
        QCOMPARE(s.training.data()[3].y, point.y); // only x moves
        QCOMPARE(s.training.iteration(), 0);
        // The plot shows the point where it went.
        const QCPGraph *markers = s.panel.pointMarkers(point.y);
        bool found = false;
        for (auto it = markers->data()->constBegin(); it != markers->data()->constEnd(); ++it)
            found = found || it->key == s.training.data()[3].x;
        QVERIFY(found);
    }

    void mousePressAwayFromPoints_movesNothing()
    {
        Shown s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        const auto before = s.training.data();
        const QPoint at(qRound(s.panel.xAxis->coordToPixel(4.5)), qRound(s.panel.yAxis->coordToPixel(0.5)));
        QTest::mousePress(&s.panel, Qt::LeftButton, {}, at);
        QTest::mouseMove(&s.panel, at + QPoint(40, 0));
        QTest::mouseRelease(&s.panel, Qt::LeftButton, {}, at + QPoint(40, 0));
        QCOMPARE(s.training.data(), before);
    }

    void renderImage_isNotBlank_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void renderImage_isNotBlank()
    {
        QFETCH(QString, theme);
        LessonState lesson;
        TrainingState training;
        training.step(300);
        FigureOptions options;
        options.theme = *Theme::byName(theme);
        TrainingPanel panel(&lesson, &training, options.theme);
        prepareFigure(&panel, options);
        const QImage image = renderImage(&panel, options);
        QCOMPARE(image.size(), QSize(1600, 900));
        const double share = inkShare(image, options.theme.background);
        // The two surfaces, a third of the width each in the figure's upper row, cover more; a blank one, none.
        QVERIFY2(share > 0.1, qPrintable(QString::number(share)));
        const QString out = qEnvironmentVariable("ENTROPYLAB_TRAINING_PNG");
        if (!out.isEmpty())
            image.save(out.arg(theme));
    }

    // --- TrainingLab ---

    void lab_stepRunPauseReset()
    {
        // Run's frames on a clock the test moves, so "no frame after Pause" is checked, not hoped.
        widgets::ManualClock clock;
        widgets::Clock::install(&clock);
        const auto wallClockAgain = qScopeGuard([] { widgets::Clock::install(nullptr); });
        LessonState lesson;
        TrainingState training;
        TrainingLab lab(&lesson, &training, Theme::light());
        lab.resize(1400, 900);
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        QCOMPARE(lab.iterationLabel()->text(), QStringLiteral("iteration 0"));

        QTest::mouseClick(lab.stepButton(), Qt::LeftButton);
        QCOMPARE(training.iteration(), 1);
        QCOMPARE(lab.iterationLabel()->text(), QStringLiteral("iteration 1"));

        lab.speedBox()->setCurrentIndex(0); // one per frame
        QTest::mouseClick(lab.runButton(), Qt::LeftButton);
        QVERIFY(lab.isRunning());
        QCOMPARE(lab.runButton()->accessibleName(), QStringLiteral("Pause"));
        clock.advance(5 * 16); // five frames
        QCOMPARE(training.iteration(), 1 + 5);
        QTest::mouseClick(lab.runButton(), Qt::LeftButton);
        QVERIFY(!lab.isRunning());
        const int stopped = training.iteration();
        clock.advance(1000); // a second of frames that must not come
        QCOMPARE(training.iteration(), stopped);
        QCOMPARE(lab.iterationLabel()->text(), QStringLiteral("iteration %1").arg(stopped));

        QTest::mouseClick(lab.resetButton(), Qt::LeftButton);
        QCOMPARE(training.iteration(), 0);
        QCOMPARE(lab.iterationLabel()->text(), QStringLiteral("iteration 0"));
    }

    void lab_runStopsAtTheLimit()
    {
        LessonState lesson;
        TrainingState training;
        TrainingLab lab(&lesson, &training, Theme::light());
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        training.step(TrainingState::kMaxIterations - 30);
        lab.speedBox()->setCurrentIndex(2);
        lab.setRunning(true);
        QTRY_VERIFY(!lab.isRunning());
        QVERIFY(training.isAtIterationLimit());
        QVERIFY(!lab.runButton()->isChecked());
        QVERIFY(!lab.stepButton()->isEnabled());
    }

    void lab_controlsEditTheStateAndFollowIt()
    {
        LessonState lesson;
        TrainingState training;
        TrainingLab lab(&lesson, &training, Theme::light());
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        QCOMPARE(lab.presetBox()->currentData().toString(), QStringLiteral("confidently-wrong"));
        QCOMPARE(lab.startWBox()->value(), training.start().w);

        lab.learningRateBox()->setValue(0.25);
        QCOMPARE(training.learningRate(), 0.25);
        lab.startBBox()->setValue(1.5);
        QCOMPARE(training.start().b, 1.5);

        QTest::mouseClick(lab.newDataButton(), Qt::LeftButton);
        QCOMPARE(lab.seedBox()->value(), 2);
        TrainingState reference;
        reference.generate(2);
        QCOMPARE(training.data(), reference.data());
        QCOMPARE(lab.presetBox()->currentIndex(), -1); // own data

        const int overlapping = lab.presetBox()->findData(QStringLiteral("overlapping"));
        QVERIFY(overlapping >= 0);
        lab.presetBox()->setFocus();
        lab.presetBox()->setCurrentIndex(overlapping);
        emit lab.presetBox()->activated(overlapping);
        QCOMPARE(training.presetName(), QStringLiteral("overlapping"));
        QCOMPARE(lab.learningRateBox()->value(), training.learningRate());
        QVERIFY(!lab.presetBox()->itemData(overlapping, Qt::ToolTipRole).toString().isEmpty());

        // Outside changes show in the controls.
        training.setStart({2.0, -1.0});
        QCOMPARE(lab.startWBox()->value(), 2.0);
        QCOMPARE(lab.startBBox()->value(), -1.0);

        for (QWidget *control : lab.findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(control) || qobject_cast<QAbstractSpinBox *>(control)
                || qobject_cast<QComboBox *>(control))
                QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        }
    }

    void panelSetTheme_restylesTheSamePanelInPlace()
    {
        LessonState lesson;
        TrainingState training;
        TrainingLab lab(&lesson, &training, Theme::light());
        lab.resize(1280, 800);
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        training.step(5);
        TrainingPanel *panel = lab.panel();
        Theme large = Theme::dark();
        large.fontSize *= 1.3; // dark, zoomed
        panel->setTheme(large);
        QCOMPARE(lab.panel(), panel);
        QCOMPARE(lab.findChildren<TrainingPanel *>().size(), 1);
        QCOMPARE(panel->theme().name, QStringLiteral("dark"));
        // Every plot of the five in the new type and colours, not only the first.
        for (QCPAxisRect *rect : {panel->dataRect(), panel->surfaceRect(core::TrainingLoss::CrossEntropy),
                                  panel->lossRect(), panel->gradientRect()}) {
            QCOMPARE(rect->axis(QCPAxis::atBottom)->labelFont().pointSizeF(), large.fontSize * 1.1);
            QCOMPARE(rect->axis(QCPAxis::atBottom)->tickLabelColor(), large.foreground);
        }
        QCOMPARE(panel->colorScale(core::TrainingLoss::SquaredError)->axis()->tickLabelFont().pointSizeF(),
                 large.fontSize);
        panel->replot();
        QCOMPARE(panel->grab().toImage().pixelColor(2, 2), large.background);
        // It still follows the lab.
        QTest::mouseClick(lab.stepButton(), Qt::LeftButton);
        QCOMPARE(training.iteration(), 6);
        QVERIFY(panel->lossCurve(core::TrainingLoss::CrossEntropy)->dataCount() >= 7);
    }

    void lab_hidden_stopsRunning()
    {
        LessonState lesson;
        TrainingState training;
        TrainingLab lab(&lesson, &training, Theme::light());
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        lab.setRunning(true);
        lab.hide();
        QVERIFY(!lab.isRunning());
    }
};

QTEST_MAIN(TestTrainingLab)
#include "tst_traininglab.moc"
