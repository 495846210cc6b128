// The panels as a learner sees them: move a control with the keyboard or mouse and check that
// the markers, curves and readouts show the new numbers.
#include "core/information.h"
#include "core/loss.h"
#include "widgets/controlpanel.h"
#include "widgets/crossentropypanel.h"
#include "widgets/entropypanel.h"
#include "widgets/figureexport.h"
#include "widgets/informationpanel.h"
#include "widgets/klpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/losspanel.h"
#include "widgets/numberformat.h"
#include "widgets/panelcatalog.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"
#include "widgets/samplingpanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace widgets;

Q_DECLARE_METATYPE(core::Unit)
Q_DECLARE_METATYPE(widgets::Theme)

namespace {

using testsupport::near; // to 1e-12

// Every text shown must be free of NaN and of a negative zero.
void verifyHonestText(const QString &text)
{
    QVERIFY2(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("−0.0000")) && !text.contains(QStringLiteral("-0.0000")), qPrintable(text));
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private:
    struct Lesson
    {
        QWidget window;
        LessonState state;
        ControlPanel *controls;
        InformationPanel *information;
        EntropyPanel *entropy;
        CrossEntropyPanel *crossEntropy;
        KlPanel *kl;
        LossPanel *loss;
        ReadoutPanel *readouts;

        Lesson()
        {
            auto *layout = new QHBoxLayout(&window);
            controls = new ControlPanel(&state);
            information = new InformationPanel(&state);
            entropy = new EntropyPanel(&state);
            crossEntropy = new CrossEntropyPanel(&state);
            kl = new KlPanel(&state);
            loss = new LossPanel(&state);
            readouts = new ReadoutPanel(&state);
            for (QWidget *w : QList<QWidget *> {controls, information, entropy, crossEntropy, kl, loss, readouts})
                layout->addWidget(w);
            window.resize(1800, 500);
            window.show();
        }
    };

    std::unique_ptr<Lesson> m_lesson;

    void verifyBinaryMarkers(double p, double q)
    {
        const core::Unit u = m_lesson->state.unit();
        const QPointF information = PlotPanel::markerPosition(m_lesson->information->pMarker());
        QCOMPARE(information.x(), p);
        QVERIFY(near(information.y(), core::selfInformation(p, u)));
        const QPointF complement = PlotPanel::markerPosition(m_lesson->information->complementMarker());
        QVERIFY(near(complement.x(), 1.0 - p));
        QVERIFY(near(complement.y(), core::complementInformation(p, u)));
        const QPointF entropy = PlotPanel::markerPosition(m_lesson->entropy->pMarker());
        QCOMPARE(entropy.x(), p);
        QVERIFY(near(entropy.y(), core::binaryEntropy(p, u)));
        const QPointF minimum = PlotPanel::markerPosition(m_lesson->crossEntropy->minimumMarker());
        QCOMPARE(minimum.x(), p);
        QVERIFY(near(minimum.y(), core::binaryEntropy(p, u)));
        const QPointF atQ = PlotPanel::markerPosition(m_lesson->kl->forwardMarker());
        QCOMPARE(atQ.x(), q);
        QVERIFY(near(atQ.y(), core::binaryKlDivergence(p, q, u)));
        const QPointF reverse = PlotPanel::markerPosition(m_lesson->kl->reverseMarker());
        QVERIFY(near(reverse.y(), core::binaryKlDivergence(q, p, u)));
    }

private slots:
    void init()
    {
        m_lesson = std::make_unique<Lesson>();
        QVERIFY(QTest::qWaitForWindowExposed(&m_lesson->window));
    }

    void cleanup() { m_lesson.reset(); }

    void startsAtTheDefaults_markersAndReadoutsAgree()
    {
        verifyBinaryMarkers(0.3, 0.6);
        const QString crossEntropy = m_lesson->readouts->readout(QStringLiteral("cross_entropy"));
        QCOMPARE(crossEntropy, QStringLiteral("H(p, q) = −0.3000 log₂ 0.6000 − 0.7000 log₂ 0.4000 = 1.1464 bits"));
    }

    void arrowKeyOnPSlider_movesPByOneHundredthAndEverythingFollows()
    {
        QSlider *slider = m_lesson->controls->pSlider()->slider();
        slider->setFocus();
        QSignalSpy changed(&m_lesson->state, &LessonState::changed);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_lesson->state.p(), 0.31);
        QCOMPARE(m_lesson->controls->pSlider()->spinBox()->value(), 0.31);
        verifyBinaryMarkers(0.31, 0.6);
        const QString entropy = m_lesson->readouts->readout(QStringLiteral("entropy_p"));
        QVERIFY2(entropy.startsWith(QStringLiteral("H(p) = −0.3100 log₂ 0.3100 − 0.6900 log₂ 0.6900 = ")),
                 qPrintable(entropy));
        QVERIFY2(entropy.endsWith(formatNumber(core::binaryEntropy(0.31, core::Unit::Bits)) + QStringLiteral(" bits")),
                 qPrintable(entropy));
    }

    void pageUpOnPSlider_movesPByOneTenth()
    {
        QSlider *slider = m_lesson->controls->pSlider()->slider();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(m_lesson->state.p(), 0.4);
        verifyBinaryMarkers(0.4, 0.6);
    }

    void mouseDragOnQSlider_movesQAndTheGap()
    {
        QSlider *slider = m_lesson->controls->qSlider()->slider();
        const QPoint start(slider->width() * 6 / 10, slider->height() / 2);
        const QPoint end(slider->width() / 5, slider->height() / 2);
        QTest::mousePress(slider, Qt::LeftButton, {}, start);
        QTest::mouseMove(slider, end);
        QTest::mouseRelease(slider, Qt::LeftButton, {}, end);
        const double q = m_lesson->state.q();
        QVERIFY2(q < 0.35 && q > 0.05, qPrintable(QString::number(q)));
        verifyBinaryMarkers(0.3, q);
        const QCPItemRect *gap = m_lesson->crossEntropy->gap();
        QVERIFY(near(gap->bottomRight->coords().y(), core::binaryEntropy(0.3, core::Unit::Bits)));
        QVERIFY(near(gap->topLeft->coords().y(), core::binaryCrossEntropy(0.3, q, core::Unit::Bits)));
        QVERIFY(m_lesson->crossEntropy->gapLabel()->text().contains(
            formatNumber(core::binaryKlDivergence(0.3, q, core::Unit::Bits))));
    }

    // A fast drag delivers several mouse moves in one frame: the state, and each panel, changes once,
    // when the event loop has handled them all, and shows the last.
    void fastDragOnPSlider_recomputesOncePerFrame()
    {
        QSlider *slider = m_lesson->controls->pSlider()->slider();
        const QPoint handle(slider->width() * 3 / 10, slider->height() / 2); // p = 0.3
        QTest::mousePress(slider, Qt::LeftButton, {}, handle);
        QCoreApplication::processEvents();
        QSignalSpy changed(&m_lesson->state, &LessonState::pChanged);
        QSignalSpy entropyDrawn(m_lesson->entropy, &PlotPanel::updated);
        QSignalSpy crossEntropyDrawn(m_lesson->crossEntropy, &PlotPanel::updated);
        for (const int tenth : {4, 5, 6, 7})
            QTest::mouseMove(slider, QPoint(slider->width() * tenth / 10, slider->height() / 2));
        QCOMPARE(changed.count(), 0); // held until the moves of this frame are all in
        QCOMPARE(m_lesson->state.p(), 0.3);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(entropyDrawn.count(), 1);
        QCOMPARE(crossEntropyDrawn.count(), 1);
        const double last = slider->value() / 10000.0;
        QVERIFY2(last > 0.6, qPrintable(QString::number(last)));
        QCOMPARE(m_lesson->state.p(), last);
        QCOMPARE(m_lesson->controls->pSlider()->spinBox()->value(), last);
        verifyBinaryMarkers(last, 0.6);
        // A move and the release in the same frame: the release applies the move at once.
        const QPoint end(slider->width() * 8 / 10, slider->height() / 2);
        QTest::mouseMove(slider, end);
        QTest::mouseRelease(slider, Qt::LeftButton, {}, end);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_lesson->state.p(), slider->value() / 10000.0);
        verifyBinaryMarkers(m_lesson->state.p(), 0.6);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 2); // nothing left held
    }

    // After steps that repainted only the plots, each panel on screen is what a full drawing of it
    // shows: nothing of an earlier position is left behind, nothing of the static layers lost.
    void liveSteps_leaveThePanelAsAFullDrawing_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("yhat");
        QTest::newRow("information") << "information" << 0.2 << 0.9 << 0.5;
        QTest::newRow("entropy") << "entropy" << 0.8 << 0.1 << 0.5;
        QTest::newRow("cross entropy") << "crossEntropy" << 0.2 << 0.7 << 0.5;
        QTest::newRow("KL") << "kl" << 0.6 << 0.05 << 0.5;
        QTest::newRow("loss") << "loss" << 0.5 << 0.5 << 0.02;
        // Bad input: the extremes, where markers go off the scale and arrows appear.
        QTest::newRow("cross entropy, extremes") << "crossEntropy" << 0.001 << 0.999 << 0.01;
        QTest::newRow("loss, extremes") << "loss" << 0.001 << 0.999 << 0.999;
    }
    void liveSteps_leaveThePanelAsAFullDrawing()
    {
        QFETCH(QString, panel);
        QFETCH(double, p);
        QFETCH(double, q);
        QFETCH(double, yhat);
        const QMap<QString, PlotPanel *> panels {{"information", m_lesson->information},
                                                 {"entropy", m_lesson->entropy},
                                                 {"crossEntropy", m_lesson->crossEntropy},
                                                 {"kl", m_lesson->kl},
                                                 {"loss", m_lesson->loss}};
        PlotPanel *shown = panels.value(panel);
        QVERIFY(QTest::qWaitForWindowExposed(&m_lesson->window));
        // Several steps, each painted, the last where the row says.
        for (int step = 0; step < 4; ++step) {
            m_lesson->state.setP(step % 2 ? 0.5 : p);
            m_lesson->state.setQ(step % 2 ? 0.5 : q);
            m_lesson->state.setYhat(step % 2 ? 0.5 : yhat);
            QCoreApplication::processEvents();
        }
        const QImage onScreen = shown->grab().toImage().convertToFormat(QImage::Format_RGB32);
        shown->replot(QCustomPlot::rpImmediateRefresh); // every layer drawn afresh
        const QImage full = shown->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onScreen.size(), full.size());
        int differing = 0;
        for (int y = 0; y < full.height(); ++y) {
            for (int x = 0; x < full.width(); ++x) {
                const QRgb a = onScreen.pixel(x, y), b = full.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) > 2 || std::abs(qGreen(a) - qGreen(b)) > 2
                    || std::abs(qBlue(a) - qBlue(b)) > 2)
                    ++differing;
            }
        }
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    void typingIntoQSpinBox_setsQExactly()
    {
        QDoubleSpinBox *spin = m_lesson->controls->qSlider()->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0.2500"));
        QTest::keyClick(spin, Qt::Key_Enter);
        QCOMPARE(m_lesson->state.q(), 0.25);
        QCOMPARE(m_lesson->controls->qSlider()->slider()->value(), 2500);
        verifyBinaryMarkers(0.3, 0.25);
    }

    void crossEntropyCurve_isLowestAtP()
    {
        m_lesson->state.setP(0.7);
        const auto data = m_lesson->crossEntropy->curve()->data();
        // Sampled where it bends: a few hundred points, each on the curve.
        QVERIFY2(data->size() >= 100 && data->size() <= 600, qPrintable(QString::number(data->size())));
        for (auto it = data->constBegin(); it != data->constEnd(); ++it)
            QVERIFY(near(it->value, core::binaryCrossEntropy(0.7, it->key, core::Unit::Bits)));
        double lowestKey = -1.0, lowest = std::numeric_limits<double>::infinity();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (it->value < lowest) {
                lowest = it->value;
                lowestKey = it->key;
            }
        }
        QCOMPARE(lowestKey, 0.7); // the curve passes through its minimum, at r = p
        QVERIFY(lowest >= core::binaryEntropy(0.7, core::Unit::Bits));
    }

    void labelButton_switchesTheLossToTheOtherCurve()
    {
        QAbstractButton *yZero = m_lesson->controls->labelButtons()->button(0);
        QTest::mouseClick(yZero, Qt::LeftButton);
        QCOMPARE(m_lesson->state.y(), 0);
        const QPointF marker = PlotPanel::markerPosition(m_lesson->loss->lossMarker());
        QCOMPARE(marker.x(), 0.8);
        QVERIFY(near(marker.y(), core::binaryCrossEntropyLoss(0.0, 0.8, core::Unit::Bits)));
        QCOMPARE(m_lesson->readouts->readout(QStringLiteral("loss")),
                 QStringLiteral("J = −0·log₂ 0.8000 − 1·log₂ 0.2000 = 2.3219 bits"));
        QCOMPARE(
            m_lesson->readouts->readout(QStringLiteral("gradients")),
            QStringLiteral("∂J/∂z = (ŷ − y)/ln 2 = 1.1542 bits;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = 0.2560 (no unit)"));
    }

    void confidentlyWrongPrediction_squaredErrorGradientVanishes()
    {
        m_lesson->state.setYhat(0.001); // y = 1 but the model says almost surely 0
        const QPointF marker = PlotPanel::markerPosition(m_lesson->loss->lossMarker());
        QCOMPARE(marker.x(), 0.001);
        // J = 9.97 bits is above the plot: the marker waits at the top edge.
        QVERIFY(core::binaryCrossEntropyLoss(1.0, 0.001, core::Unit::Bits) > m_lesson->loss->yAxis->range().upper);
        QCOMPARE(marker.y(), m_lesson->loss->yAxis->range().upper);
        verifyBinaryMarkers(0.3, 0.6); // the p/q panels did not move
        const auto gradients = m_lesson->readouts->readout(QStringLiteral("gradients"));
        QVERIFY2(gradients.contains(QStringLiteral("(ŷ − y)/ln 2 = −1.4413 bits")), qPrintable(gradients));
        QVERIFY2(gradients.contains(QStringLiteral("= −0.0020")), qPrintable(gradients));
    }

    void lossReadout_gradientIsTheDerivativeOfTheJShown_data()
    {
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<int>("y");
        QTest::addColumn<double>("yhat");
        QTest::addColumn<QString>("squaredError");
        QTest::addColumn<QString>("gradients");
        // J = 0.3219 bits goes with ∂J/∂z = −0.2/ln 2 = −0.2885 bits, not with the nats value −0.2000.
        QTest::newRow("bits") << core::Unit::Bits << 1 << 0.8
                              << QStringLiteral("(y − ŷ)² = (1 − 0.8000)² = 0.0400 (no unit)")
                              << QStringLiteral("∂J/∂z = (ŷ − y)/ln 2 = −0.2885 bits;   "
                                                "∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = −0.0640 (no unit)");
        QTest::newRow("nats") << core::Unit::Nats << 1 << 0.8
                              << QStringLiteral("(y − ŷ)² = (1 − 0.8000)² = 0.0400 (no unit)")
                              << QStringLiteral("∂J/∂z = ŷ − y = −0.2000 nats;   "
                                                "∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = −0.0640 (no unit)");
        QTest::newRow("bans") << core::Unit::Bans << 0 << 0.8
                              << QStringLiteral("(y − ŷ)² = (0 − 0.8000)² = 0.6400 (no unit)")
                              << QStringLiteral("∂J/∂z = (ŷ − y)/ln 10 = 0.3474 bans;   "
                                                "∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = 0.2560 (no unit)");
    }

    void lossReadout_gradientIsTheDerivativeOfTheJShown()
    {
        QFETCH(core::Unit, unit);
        QFETCH(int, y);
        QFETCH(double, yhat);
        QFETCH(QString, squaredError);
        QFETCH(QString, gradients);
        m_lesson->state.setUnit(unit);
        m_lesson->state.setY(y);
        m_lesson->state.setYhat(yhat);
        QCOMPARE(m_lesson->readouts->readout(QStringLiteral("squared_error")), squaredError);
        QCOMPARE(m_lesson->readouts->readout(QStringLiteral("gradients")), gradients);
    }

    void lossPanel_drawsTheGradientWithJAndTheSquaredErrorApart_data()
    {
        QTest::addColumn<core::Unit>("unit");
        QTest::newRow("bits") << core::Unit::Bits;
        QTest::newRow("nats") << core::Unit::Nats;
        QTest::newRow("bans") << core::Unit::Bans;
    }

    void lossPanel_drawsTheGradientWithJAndTheSquaredErrorApart()
    {
        QFETCH(core::Unit, unit);
        m_lesson->state.setUnit(unit);
        LossPanel *panel = m_lesson->loss;
        const QCPAxis *jAxis = panel->lossCurve(1)->valueAxis();
        // ∂J/∂z is drawn on J's axis, in J's unit; the unitless squared error and its gradient on their own axis.
        QCOMPARE(panel->crossEntropyGradientCurve()->valueAxis(), jAxis);
        QVERIFY(panel->squaredCurve()->valueAxis() != jAxis);
        QCOMPARE(panel->squaredGradientCurve()->valueAxis(), panel->squaredCurve()->valueAxis());
        QCOMPARE(panel->squaredMarker()->valueAxis(), panel->squaredCurve()->valueAxis());
        const QString unitName = unitLabel(unit);
        QVERIFY2(jAxis->label().contains(QStringLiteral("∂J/∂z")) && jAxis->label().contains(unitName),
                 qPrintable(jAxis->label()));
        const QString squaredLabel = panel->squaredCurve()->valueAxis()->label();
        QVERIFY2(squaredLabel.contains(QStringLiteral("no unit")) && !squaredLabel.contains(unitName),
                 qPrintable(squaredLabel));
        QVERIFY2(panel->crossEntropyGradientCurve()->name().endsWith(crossEntropyGradientFormula(unit)),
                 qPrintable(panel->crossEntropyGradientCurve()->name()));
        // The curve's values are the derivative in the unit shown.
        const auto data = panel->crossEntropyGradientCurve()->data();
        // A straight line (ŷ − y): sampled where it bends, it needs only the sampler's seed points.
        QVERIFY(data->size() >= 2);
        for (int i = 0; i < data->size(); ++i) {
            const auto it = data->at(i);
            QVERIFY2(near(it->value, core::binaryCrossEntropyGradientLogit(1.0, it->key, unit)),
                     qPrintable(QStringLiteral("%1 at %2").arg(it->value).arg(it->key)));
        }
        // Both gradients fit on their axes whatever the unit.
        QVERIFY(jAxis->range().lower < core::binaryCrossEntropyGradientLogit(1.0, 0.0, unit));
        QVERIFY(panel->squaredCurve()->valueAxis()->range().upper > 1.0);
    }

    void unitBox_switchesEveryReadoutAndAxis()
    {
        QComboBox *box = m_lesson->controls->unitBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // bits -> nats
        QCOMPARE(m_lesson->state.unit(), core::Unit::Nats);
        for (const QString &key : {QStringLiteral("entropy_p"), QStringLiteral("cross_entropy"), QStringLiteral("kl")})
            QVERIFY2(m_lesson->readouts->readout(key).endsWith(QStringLiteral(" nats")), qPrintable(key));
        QVERIFY(m_lesson->entropy->yAxis->label().contains(QStringLiteral("nats")));
        verifyBinaryMarkers(0.3, 0.6);
    }

    void impossibleEventUnderTheModel_showsInfinityNotNan()
    {
        m_lesson->state.setQ(0.0);
        const QString crossEntropy = m_lesson->readouts->readout(QStringLiteral("cross_entropy"));
        QVERIFY2(crossEntropy.endsWith(QStringLiteral("= ∞ bits")), qPrintable(crossEntropy));
        QVERIFY(m_lesson->readouts->readout(QStringLiteral("kl")).endsWith(QStringLiteral("= ∞ bits")));
        // The marker of an infinite value is pinned to the top of the plot, not lost.
        const QPointF marker = PlotPanel::markerPosition(m_lesson->kl->forwardMarker());
        QCOMPARE(marker.y(), m_lesson->kl->yAxis->range().upper);
        for (const QString &key : m_lesson->readouts->keys())
            verifyHonestText(m_lesson->readouts->readout(key));
    }

    void figureInterface_eachPanelSaysWhatItsFigureNeeds_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<bool>("hasTex");
        QTest::addColumn<QString>("caption"); // what the caption line says
        QTest::addColumn<int>("samples"); // drawn for a figure of 250 samples
        QTest::newRow("information") << "information" << true << "p = 0.30, q = 0.60, bits" << 0;
        QTest::newRow("loss: the label and prediction") << "loss" << true << "y = 1, ŷ = 0.80, bits" << 0;
        QTest::newRow("distribution: no two-outcome inputs")
            << "distribution" << true << "p = 0.30, q = 0.60, bits" << 0;
        QTest::newRow("contributions: the unit alone") << "contributions" << true << "bits" << 0;
        QTest::newRow("sampling: draws its samples") << "sampling" << true << "bits" << 250;
        QTest::newRow("training: its own parameters, no LaTeX") << "training" << false << " points, start w = " << 0;
        QTest::newRow("unknown panel") << "histogram" << false << QString() << 0;
    }

    void figureInterface_eachPanelSaysWhatItsFigureNeeds()
    {
        QFETCH(QString, panel);
        QFETCH(bool, hasTex);
        QFETCH(QString, caption);
        QFETCH(int, samples);
        m_lesson.reset();
        LessonState state;
        state.setUnit(core::Unit::Bits);
        std::unique_ptr<PlotPanel> made(createPanel(panel, &state, Theme::light()));
        if (caption.isNull()) {
            QVERIFY(!made); // nothing to ask
            return;
        }
        QVERIFY(made);
        QCOMPARE(made->hasFigure(FigureFormat::Tex), hasTex);
        for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf})
            QVERIFY(made->hasFigure(format));
        QVERIFY2(made->captionText().contains(caption), qPrintable(made->captionText()));
        made->drawFigureSamples(7, 250);
        if (auto *sampling = qobject_cast<SamplingPanel *>(made.get())) {
            QCOMPARE(sampling->seed(), quint64(7));
            QVERIFY(!sampling->isDrawing()); // all at once, not animated
        }
        const auto *sampling = qobject_cast<const SamplingPanel *>(made.get());
        QCOMPARE(sampling ? int(sampling->sampleCount()) : 0, samples);
        // The caption the options ask for is the panel's own.
        FigureOptions options;
        options.caption = true;
        prepareFigure(made.get(), options);
        QCOMPARE(made->caption(), made->captionText());
    }

    void setTheme_restylesInPlaceAsIfMadeInThatTheme_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<Theme>("theme");
        Theme zoomed = Theme::light(); // as the window zooms to 130 %
        zoomed.fontSize *= 1.3;
        zoomed.lineScale *= std::sqrt(1.3);
        for (const QString &name : panelNames()) {
            QTest::addRow("%s, dark", qPrintable(name)) << name << Theme::dark();
            QTest::addRow("%s, presentation", qPrintable(name)) << name << Theme::presentation();
            QTest::addRow("%s, light zoomed", qPrintable(name)) << name << zoomed;
        }
    }

    void setTheme_restylesInPlaceAsIfMadeInThatTheme()
    {
        QFETCH(QString, panel);
        QFETCH(Theme, theme);
        m_lesson.reset(); // this test makes its own panels
        LessonState state;
        std::unique_ptr<PlotPanel> restyled(createPanel(panel, &state, Theme::light()));
        QVERIFY(restyled);
        restyled->resize(900, 560);
        restyled->show();
        QVERIFY(QTest::qWaitForWindowExposed(restyled.get()));
        restyled->replot();
        QTest::mouseMove(restyled.get(), restyled->axisRect()->rect().center()); // a crosshair, where there is one
        const QImage lightImage = restyled->grab().toImage();
        QCOMPARE(lightImage.pixelColor(2, 2), QColor(Qt::white));

        QSignalSpy restyledSpy(restyled.get(), &PlotPanel::themeChanged);
        restyled->setTheme(theme);
        QCOMPARE(restyledSpy.count(), 1);
        QCOMPARE(restyled->theme().fontSize, theme.fontSize);
        // What the user sees at once: the background, the type of the axis labels and the legend.
        restyled->replot();
        QCOMPARE(restyled->grab().toImage().pixelColor(2, 2), theme.background);
        QCOMPARE(restyled->yAxis->labelFont().pointSizeF(), theme.fontSize * 1.1);
        QCOMPARE(restyled->xAxis->tickLabelFont().pointSizeF(), theme.fontSize);
        QCOMPARE(restyled->yAxis->labelColor(), theme.foreground);
        // The legend in the theme's type, or a size smaller where the plot would be shorter than it.
        const double legendSize = restyled->legend->font().pointSizeF();
        QVERIFY2(qFuzzyCompare(legendSize, theme.fontSize * theme.legendScale)
                     || qFuzzyCompare(legendSize, theme.fontSize * theme.legendScale * 0.8),
                 qPrintable(QString::number(legendSize)));
        if (restyled->isLegendShown() && panel != QLatin1String("training")) // the lab's is under all five plots
            QVERIFY(restyled->legend->outerRect().height() <= restyled->axisRect()->rect().height());
        for (const QCPItemText *label : restyled->valueLabels())
            QCOMPARE(label->font().pointSizeF(), theme.fontSize);

        // QCustomPlot's colour scales keep the gradient image of their first drawing, so the lab's
        // figure depends on its history, not only on its theme: tst_traininglab checks its restyle.
        if (panel == QLatin1String("training"))
            return;
        // Everything else too: drawn as a figure, it is the panel made in that theme, byte for byte.
        std::unique_ptr<PlotPanel> made(createPanel(panel, &state, theme));
        FigureOptions options;
        options.format = FigureFormat::Svg;
        options.width = 900;
        options.height = 560;
        options.theme = theme;
        prepareFigure(restyled.get(), options);
        // Twice: a panel never drawn is first laid out before its axis labels are set (an export
        // places value labels by that layout); the restyled one has had its labels all along.
        prepareFigure(made.get(), options);
        prepareFigure(made.get(), options);
        QCOMPARE(renderFigure(restyled.get(), options), renderFigure(made.get(), options));
    }

    void valueLabels_keepApartInsideTheirPlotAndOffTheMarkers_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QSize>("size");
        // A cell of the grid at 1366 x 768 and at 1920 x 1080, a panel of its own, and a squeezed one.
        const QList<QSize> sizes {QSize(460, 300), QSize(900, 560), QSize(1900, 1000), QSize(300, 220)};
        const QStringList panels {QStringLiteral("information"),   QStringLiteral("entropy"),
                                  QStringLiteral("cross-entropy"), QStringLiteral("kl"),
                                  QStringLiteral("loss"),          QStringLiteral("distribution"),
                                  QStringLiteral("code-length")};
        for (const QString &panel : panels) {
            for (const QSize &size : sizes)
                QTest::addRow("%s, %dx%d", qPrintable(panel), size.width(), size.height()) << panel << size;
        }
    }

    void valueLabels_keepApartInsideTheirPlotAndOffTheMarkers()
    {
        QFETCH(QString, panel);
        QFETCH(QSize, size);
        m_lesson.reset(); // this test makes its own panel
        LessonState state;
        std::unique_ptr<PlotPanel> shown(createPanel(panel, &state, Theme::light()));
        QVERIFY(shown);
        shown->resize(size);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        const struct
        {
            const char *name;
            double p, q, yhat;
        } states[] = {
            {"defaults", 0.3, 0.6, 0.8},
            {"p = 0.001, q = 0.999, yhat = 0.01", 0.001, 0.999, 0.01},
            {"p = 0.999, q = 0.001, yhat = 0.99", 0.999, 0.001, 0.99},
            {"p = q = 0.5", 0.5, 0.5, 0.5},
            {"q = 0: infinite", 0.3, 0.0, 0.0},
            {"p = 0, q = 1: infinite", 0.0, 1.0, 1.0},
        };
        for (const auto &row : states) {
            state.setP(row.p);
            state.setQ(row.q);
            state.setYhat(row.yhat);
            shown->replot();
            const QString where = QStringLiteral(" at ") + QLatin1String(row.name);
            // What the markers cover, in pixels.
            QList<QRectF> markers;
            for (int i = 0; i < shown->graphCount(); ++i) {
                const QCPGraph *marker = shown->graph(i);
                if (marker->lineStyle() != QCPGraph::lsNone || !marker->visible() || marker->data()->size() > 64)
                    continue;
                const double half = marker->scatterStyle().size() / 2.0;
                for (const QCPGraphData &point : *marker->data()) {
                    const QPointF at(marker->keyAxis()->coordToPixel(point.key),
                                     marker->valueAxis()->coordToPixel(point.value));
                    markers.append(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half));
                }
            }
            const QList<PlotPanel::LabelBox> boxes = shown->shownLabelBoxes();
            for (qsizetype i = 0; i < boxes.size(); ++i) {
                const PlotPanel::LabelBox &a = boxes[i];
                const QString text = a.label->text();
                QVERIFY2(a.bounds.contains(a.box), qPrintable(text + QStringLiteral(" leaves its plot") + where));
                for (qsizetype j = 0; j < i; ++j)
                    QVERIFY2(!a.box.intersects(boxes[j].box),
                             qPrintable(text + QStringLiteral(" over ") + boxes[j].label->text() + where));
                for (const QRectF &marker : markers)
                    QVERIFY2(!a.box.intersects(marker), qPrintable(text + QStringLiteral(" over a marker") + where));
            }
            // Every value is drawn or left out for lack of room, never lost otherwise, and none
            // reads NaN. From the size of a grid cell up, the values all find a place.
            for (const QCPItemText *label : shown->valueLabels()) {
                if (label->text().isEmpty()
                    || panel == QLatin1String("distribution")) // bars left out show in the table
                    continue;
                QVERIFY2(!label->text().contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(label->text()));
                QVERIFY2(label->visible() || shown->isCrowdedOut(label), qPrintable(label->text() + where));
                if (size.height() >= 300)
                    QVERIFY2(label->visible(), qPrintable(label->text() + QStringLiteral(" left out") + where));
            }
            if (shown->isLegendShown())
                QVERIFY2(shown->legend->outerRect().height() <= shown->axisRect()->rect().height(), qPrintable(where));
        }
    }

    void offScaleValues_showAnEdgeArrowAndTheirValue_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("q");
        QTest::addColumn<bool>("arrow");
        QTest::addColumn<QString>("text");
        QTest::newRow("on the scale") << 0.3 << 0.6 << false << QStringLiteral("D(p‖q) = 0.2651");
        QTest::newRow("above the scale") << 0.001 << 0.999 << true << QStringLiteral("D(p‖q) = 9.9444");
        QTest::newRow("infinite") << 0.3 << 0.0 << true << QStringLiteral("D(p‖q) = ∞");
    }

    void offScaleValues_showAnEdgeArrowAndTheirValue()
    {
        QFETCH(double, p);
        QFETCH(double, q);
        QFETCH(bool, arrow);
        QFETCH(QString, text);
        m_lesson->state.setP(p);
        m_lesson->state.setQ(q);
        const KlPanel *kl = m_lesson->kl;
        QCOMPARE(kl->edgeArrow(kl->forwardMarker()) != nullptr, arrow);
        QCOMPARE(PlotPanel::markerPosition(kl->forwardMarker()).y(),
                 std::min(core::binaryKlDivergence(p, q, core::Unit::Bits), kl->yAxis->range().upper));
        bool found = false;
        for (const QCPItemText *label : kl->valueLabels())
            found = found || label->text() == text;
        QVERIFY2(found, qPrintable(text));
        if (arrow) {
            // The arrow's tip at the top edge, above the marker.
            const QPointF tip = kl->edgeArrow(kl->forwardMarker())->end->pixelPosition();
            QCOMPARE(tip.y(), kl->yAxis->coordToPixel(kl->yAxis->range().upper));
            QVERIFY(kl->edgeArrow(kl->forwardMarker())->start->pixelPosition().y() > tip.y());
        }
    }

    void certainty_showsZeroNotNegativeZero()
    {
        m_lesson->state.setP(1.0);
        m_lesson->state.setQ(1.0);
        QCOMPARE(m_lesson->readouts->readout(QStringLiteral("entropy_p")),
                 QStringLiteral("H(p) = −1.0000 log₂ 1.0000 − 0 log₂ 0 = 0 bits"));
        for (const QString &key : m_lesson->readouts->keys())
            verifyHonestText(m_lesson->readouts->readout(key));
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
