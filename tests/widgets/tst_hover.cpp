// The curve panels under the mouse (their PlotHover) and in "Predict, then reveal": the crosshair shows the exact
// values at the mouse's x, a click moves the matching input there, concealment hides the numbers
// (and curves) until revealed, and the accessible description says what the labels say.
#include "core/information.h"
#include "core/loss.h"
#include "widgets/crossentropypanel.h"
#include "widgets/entropypanel.h"
#include "widgets/informationpanel.h"
#include "widgets/klpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/losspanel.h"
#include "widgets/numberformat.h"
#include "widgets/plothover.h"
#include "widgets/readoutpanel.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace widgets;

namespace {

enum class Kind { Information, Entropy, CrossEntropy, Kl, Loss };

std::unique_ptr<PlotPanel> makePanel(Kind kind, LessonState *state)
{
    switch (kind) {
    case Kind::Information:
        return std::make_unique<InformationPanel>(state);
    case Kind::Entropy:
        return std::make_unique<EntropyPanel>(state);
    case Kind::CrossEntropy:
        return std::make_unique<CrossEntropyPanel>(state);
    case Kind::Kl:
        return std::make_unique<KlPanel>(state);
    case Kind::Loss:
        return std::make_unique<LossPanel>(state);
    }
    return nullptr;
}

// The pixel of the point (x, value) of the plot, rounded as a mouse position is.
QPoint pixelOf(const PlotPanel &panel, double x, double value, const QCPAxis *valueAxis = nullptr)
{
    const QCPAxis *axis = valueAxis ? valueAxis : panel.yAxis;
    return QPoint(qRound(panel.xAxis->coordToPixel(x)), qRound(axis->coordToPixel(value)));
}

void sendLeave(QWidget *widget)
{
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(widget, &leave);
}

struct Fields
{
    double p, q, yhat;
};

Fields fields(const LessonState &state)
{
    return {state.p(), state.q(), state.yhat()};
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class HoverTest : public QObject
{
    Q_OBJECT

private:
    LessonState m_state;
    std::unique_ptr<PlotPanel> m_panel;

    PlotPanel *show(Kind kind)
    {
        m_panel = makePanel(kind, &m_state);
        m_panel->resize(800, 500);
        m_panel->show();
        if (!QTest::qWaitForWindowExposed(m_panel.get()))
            return nullptr;
        m_panel->replot(); // lays the axes out, so pixels map to coordinates
        return m_panel.get();
    }

private slots:
    void init() { m_state.reset(); }
    void cleanup() { m_panel.reset(); }

    void hoverOnCurve_showsExactValuesAtTheMouseX_data()
    {
        QTest::addColumn<Kind>("kind");
        // The value of the curve the crosshair is put on, and the lines the box must hold at x.
        QTest::addColumn<std::function<double(double)>>("curve");
        QTest::addColumn<std::function<QStringList(double)>>("lines");
        const core::Unit bits = core::Unit::Bits;
        const auto value = [](double v) { return formatNumber(v) + QStringLiteral(" bits"); };
        QTest::newRow("information") << Kind::Information << std::function<double(double)>([=](double x) {
            return core::selfInformation(x, bits);
        }) << std::function<QStringList(double)>([=](double x) {
            return QStringList {QStringLiteral("−log r = ") + value(core::selfInformation(x, bits))};
        });
        QTest::newRow("entropy") << Kind::Entropy << std::function<double(double)>([=](double x) {
            return core::binaryEntropy(x, bits);
        }) << std::function<QStringList(double)>([=](double x) {
            return QStringList {QStringLiteral("h(r) = ") + value(core::binaryEntropy(x, bits))};
        });
        QTest::newRow("cross entropy") << Kind::CrossEntropy << std::function<double(double)>([=](double x) {
            return core::binaryCrossEntropy(0.3, x, bits);
        }) << std::function<QStringList(double)>([=](double x) {
            return QStringList {QStringLiteral("H(p, r) = ") + value(core::binaryCrossEntropy(0.3, x, bits)),
                                QStringLiteral("H(p) = ") + value(core::binaryEntropy(0.3, bits)),
                                QStringLiteral("D(p‖r) = ") + value(core::binaryKlDivergence(0.3, x, bits))};
        });
        QTest::newRow("kl") << Kind::Kl << std::function<double(double)>([=](double x) {
            return core::binaryKlDivergence(0.3, x, bits);
        }) << std::function<QStringList(double)>([=](double x) {
            return QStringList {QStringLiteral("D(p‖r) = ") + value(core::binaryKlDivergence(0.3, x, bits)),
                                QStringLiteral("D(r‖p) = ") + value(core::binaryKlDivergence(x, 0.3, bits))};
        });
        QTest::newRow("loss") << Kind::Loss << std::function<double(double)>([=](double x) {
            return core::binaryCrossEntropyLoss(1.0, x, bits);
        }) << std::function<QStringList(double)>([=](double x) {
            return QStringList {
                QStringLiteral("J = ") + value(core::binaryCrossEntropyLoss(1.0, x, bits)) + QStringLiteral(" (y = 1)"),
                QStringLiteral("(y − ŷ)² = ") + formatNumber(core::squaredError(1.0, x)) + QStringLiteral(" (no unit)"),
                QStringLiteral("∂J/∂z = ") + value(core::binaryCrossEntropyGradientLogit(1.0, x, bits)),
                QStringLiteral("∂(y − ŷ)²/∂z = ") + formatNumber(core::squaredErrorGradientLogit(1.0, x))
                    + QStringLiteral(" (no unit)")};
        });
    }

    void hoverOnCurve_showsExactValuesAtTheMouseX()
    {
        QFETCH(Kind, kind);
        QFETCH(std::function<double(double)>, curve);
        QFETCH(std::function<QStringList(double)>, lines);
        PlotPanel *panel = show(kind);
        QVERIFY(panel);
        QVERIFY(!PlotHover::of(panel)->isCrosshairVisible());
        QSignalSpy changed(PlotHover::of(panel), &PlotHover::valuesChanged);

        const QPoint mouse = pixelOf(*panel, 0.25, curve(0.25));
        QTest::mouseMove(panel, mouse);
        const double x = panel->xAxis->pixelToCoord(mouse.x()); // not exactly 0.25: what the pixel means
        QVERIFY(PlotHover::of(panel)->isCrosshairVisible());
        const QStringList shown = PlotHover::of(panel)->values();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), shown);
        QVERIFY2(shown.value(0).endsWith(QStringLiteral(" = ") + formatNumber(x)), qPrintable(shown.join('|')));
        for (const QString &line : lines(x))
            QVERIFY2(shown.contains(line), qPrintable(line + QStringLiteral(" not in ") + shown.join('|')));
        // Snapped onto the curve under the mouse, at its exact value.
        const QPointF cross = PlotHover::of(panel)->crosshairPosition();
        QCOMPARE(cross.x(), x);
        QCOMPARE(cross.y(), curve(x));

        sendLeave(panel);
        QVERIFY(!PlotHover::of(panel)->isCrosshairVisible());
        QVERIFY(PlotHover::of(panel)->values().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void hoverNearTheSecondCurve_snapsToIt()
    {
        PlotPanel *panel = show(Kind::Kl);
        QVERIFY(panel);
        // At x = 0.9, D(x||p) is far above D(p||x): the mouse on it puts the crosshair there.
        const double reverse = core::binaryKlDivergence(0.9, 0.3, core::Unit::Bits);
        const QPoint mouse = pixelOf(*panel, 0.9, reverse);
        QTest::mouseMove(panel, mouse);
        const double x = panel->xAxis->pixelToCoord(mouse.x());
        QCOMPARE(PlotHover::of(panel)->crosshairPosition().y(), core::binaryKlDivergence(x, 0.3, core::Unit::Bits));
    }

    void hoverWhereTheValueIsInfinite_showsInfinityNotNan()
    {
        PlotPanel *panel = show(Kind::Information);
        QVERIFY(panel);
        // The left edge of the plot is x = 0, an impossible event: infinite information.
        const QPoint mouse(qRound(panel->xAxis->coordToPixel(0.0)), panel->axisRect()->rect().center().y());
        QTest::mouseMove(panel, mouse);
        QVERIFY(PlotHover::of(panel)->isCrosshairVisible());
        const QString shown = PlotHover::of(panel)->values().join('|');
        QVERIFY2(shown.contains(QStringLiteral("−log r = ∞ bits")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(PlotHover::of(panel)->crosshairPosition().y(), panel->yAxis->range().upper); // pinned to the top
    }

    void hoverOffThePlotArea_showsNoCrosshair()
    {
        PlotPanel *panel = show(Kind::Entropy);
        QVERIFY(panel);
        QTest::mouseMove(panel, panel->axisRect()->rect().center());
        QVERIFY(PlotHover::of(panel)->isCrosshairVisible());
        QTest::mouseMove(panel, QPoint(panel->width() / 2, 3)); // over the title
        QVERIFY(!PlotHover::of(panel)->isCrosshairVisible());
    }

    void stateChangeWhileHovering_updatesTheValues()
    {
        PlotPanel *panel = show(Kind::CrossEntropy);
        QVERIFY(panel);
        const QPoint mouse = pixelOf(*panel, 0.5, 1.0);
        QTest::mouseMove(panel, mouse);
        const double x = panel->xAxis->pixelToCoord(mouse.x());
        m_state.setP(0.7);
        const QString expected
            = QStringLiteral("H(p, r) = ") + formatNumber(core::binaryCrossEntropy(0.7, x, core::Unit::Bits));
        QVERIFY2(PlotHover::of(panel)->values().join('|').contains(expected),
                 qPrintable(PlotHover::of(panel)->values().join('|')));
    }

    void clickOnThePlot_movesTheInputThere_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("field"); // the one that moves: "p", "q" or "yhat"
        QTest::newRow("information, p nearer") << Kind::Information << QStringLiteral("p"); // p 0.3, q 0.6
        QTest::newRow("entropy, p nearer") << Kind::Entropy << QStringLiteral("p");
        QTest::newRow("cross entropy: the model's q") << Kind::CrossEntropy << QStringLiteral("q");
        QTest::newRow("kl: the other distribution's q") << Kind::Kl << QStringLiteral("q");
        QTest::newRow("loss: the prediction") << Kind::Loss << QStringLiteral("yhat");
    }

    void clickOnThePlot_movesTheInputThere()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, field);
        PlotPanel *panel = show(kind);
        QVERIFY(panel);
        const QPoint click(qRound(panel->xAxis->coordToPixel(0.42)), panel->axisRect()->rect().center().y());
        // A click is read to the nearest thousandth: 0.42 itself unless the pixel lies further off.
        const double expected = std::round(panel->xAxis->pixelToCoord(click.x()) * 1000.0) / 1000.0;
        QVERIFY(std::abs(expected - 0.42) <= 0.002);
        const Fields before = fields(m_state);
        QSignalSpy changed(&m_state, &LessonState::changed);
        QTest::mouseClick(panel, Qt::LeftButton, {}, click);
        QCOMPARE(changed.count(), 1);
        const Fields after = fields(m_state);
        QCOMPARE(after.p, field == QLatin1String("p") ? expected : before.p);
        QCOMPARE(after.q, field == QLatin1String("q") ? expected : before.q);
        QCOMPARE(after.yhat, field == QLatin1String("yhat") ? expected : before.yhat);
    }

    void clickNearerQ_movesQ()
    {
        PlotPanel *panel = show(Kind::Entropy);
        QVERIFY(panel);
        const QPoint click(qRound(panel->xAxis->coordToPixel(0.8)), panel->axisRect()->rect().center().y());
        QTest::mouseClick(panel, Qt::LeftButton, {}, click);
        QCOMPARE(m_state.p(), 0.3);
        QCOMPARE(m_state.q(), std::round(panel->xAxis->pixelToCoord(click.x()) * 1000.0) / 1000.0);
    }

    void clickOutsideThePlotOrDrag_changesNothing()
    {
        PlotPanel *panel = show(Kind::Loss);
        QVERIFY(panel);
        QSignalSpy changed(&m_state, &LessonState::changed);
        QTest::mouseClick(panel, Qt::LeftButton, {}, QPoint(panel->width() / 2, panel->height() - 5)); // legend
        const QPoint from = panel->axisRect()->rect().center();
        QTest::mousePress(panel, Qt::LeftButton, {}, from);
        QTest::mouseMove(panel, from + QPoint(60, 0));
        QTest::mouseRelease(panel, Qt::LeftButton, {}, from + QPoint(60, 0));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_state.yhat(), 0.8);
    }

    void concealNumbers_hidesLabelsAndHoverValuesButNotMarkers()
    {
        auto *panel = static_cast<InformationPanel *>(show(Kind::Information));
        QVERIFY(panel);
        panel->setConcealment(PlotPanel::Concealment::Numbers);
        QCOMPARE(panel->concealment(), PlotPanel::Concealment::Numbers);
        m_state.setP(0.2); // a slider move must not bring them back
        const QString value = formatNumber(core::selfInformation(0.2, core::Unit::Bits));
        QVERIFY(!panel->valueLabels().isEmpty());
        for (const QCPItemText *label : panel->valueLabels())
            QVERIFY2(!label->visible(), qPrintable(label->text()));
        QVERIFY(panel->pMarker()->visible() && panel->qMarker()->visible() && panel->curve()->visible());
        QCOMPARE(PlotPanel::markerPosition(panel->pMarker()).x(), 0.2);
        QVERIFY2(!panel->accessibleDescription().contains(value), qPrintable(panel->accessibleDescription()));
        QVERIFY(panel->accessibleDescription().contains(QStringLiteral("values hidden")));
        // The crosshair still shows where the mouse is, but no numbers.
        QTest::mouseMove(panel, pixelOf(*panel, 0.25, core::selfInformation(0.25, core::Unit::Bits)));
        QVERIFY(PlotHover::of(panel)->isCrosshairVisible());
        QVERIFY(PlotHover::of(panel)->values().isEmpty());

        panel->setConcealment(PlotPanel::Concealment::NumbersAndCurves);
        QVERIFY(!panel->pMarker()->visible() && !panel->qMarker()->visible() && !panel->complementMarker()->visible());
        QVERIFY(panel->curve()->visible()); // the static reference curve stays
        QVERIFY(panel->legend->visible());
        m_state.setQ(0.5);
        QVERIFY(!panel->qMarker()->visible());

        panel->setConcealment(PlotPanel::Concealment::None);
        for (const QCPItemText *label : panel->valueLabels())
            QVERIFY(label->visible());
        QVERIFY(panel->pMarker()->visible() && panel->qMarker()->visible());
        QVERIFY(panel->accessibleDescription().contains(QStringLiteral("I(p) = ") + value));
        QVERIFY(!PlotHover::of(panel)->values().isEmpty());
    }

    void concealCurves_hidesLiveCurvesAndTheCrosshairSnapsToNone()
    {
        auto *panel = static_cast<CrossEntropyPanel *>(show(Kind::CrossEntropy));
        QVERIFY(panel);
        panel->setConcealment(PlotPanel::Concealment::NumbersAndCurves);
        QVERIFY(!panel->curve()->visible() && !panel->qMarker()->visible() && !panel->gap()->visible());
        QVERIFY(!panel->gapLabel()->visible());
        QTest::mouseMove(panel, pixelOf(*panel, 0.6, core::binaryCrossEntropy(0.3, 0.6, core::Unit::Bits)));
        QVERIFY(PlotHover::of(panel)->isCrosshairVisible());
        QVERIFY(
            std::isnan(PlotHover::of(panel)->crosshairPosition().y())); // the hidden curve's height is not given away
    }

    void otherPanels_stayRevealed()
    {
        InformationPanel concealed(&m_state), other(&m_state);
        concealed.setConcealment(PlotPanel::Concealment::NumbersAndCurves);
        QCOMPARE(other.concealment(), PlotPanel::Concealment::None);
        for (const QCPItemText *label : other.valueLabels())
            QVERIFY(label->visible());
    }

    void accessibleDescription_saysTheLabelValues()
    {
        PlotPanel *panel = show(Kind::Information);
        QVERIFY(panel);
        QCOMPARE(panel->accessibleName(), panel->title());
        const QString description = panel->accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("I(p) = 1.7370")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("p = 0.3000")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("bits")), qPrintable(description));
        m_state.setP(0.5);
        QVERIFY2(panel->accessibleDescription().contains(QStringLiteral("I(p) = 1.0000")),
                 qPrintable(panel->accessibleDescription()));
    }

    void readoutsConcealed_showFormulasButNoValues()
    {
        ReadoutPanel readouts(&m_state);
        const QString revealed = readouts.readout(QStringLiteral("entropy_p"));
        readouts.setConcealed(true);
        QVERIFY(readouts.isConcealed());
        m_state.setP(0.2);
        const core::Unit bits = core::Unit::Bits;
        const QStringList values = {formatNumber(0.2),
                                    formatNumber(0.8),
                                    formatNumber(0.6),
                                    formatNumber(core::binaryEntropy(0.2, bits)),
                                    formatNumber(core::binaryCrossEntropy(0.2, 0.6, bits)),
                                    formatNumber(core::binaryKlDivergence(0.2, 0.6, bits)),
                                    formatNumber(core::binaryCrossEntropyLoss(1.0, 0.8, bits))};
        for (const QString &key : readouts.keys()) {
            const QString text = readouts.readout(key);
            QVERIFY2(text.contains(QLatin1Char('?')), qPrintable(text));
            for (const QString &value : values)
                QVERIFY2(!text.contains(value), qPrintable(text));
        }
        QCOMPARE(readouts.readout(QStringLiteral("entropy_p")),
                 QStringLiteral("H(p) = −p log₂ p − (1−p) log₂(1−p) = ? bits"));
        readouts.setConcealed(false);
        QVERIFY(readouts.readout(QStringLiteral("entropy_p")) != revealed); // p moved meanwhile
        QVERIFY(readouts.readout(QStringLiteral("entropy_p"))
                    .endsWith(formatNumber(core::binaryEntropy(0.2, bits)) + QStringLiteral(" bits")));
    }
};

QTEST_MAIN(HoverTest)
#include "tst_hover.moc"
