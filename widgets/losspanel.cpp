#include "losspanel.h"

#include "core/information.h"
#include "core/loss.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <numbers>

namespace widgets {

namespace {

// The other styles are taken: squared error dashed, the gradients dash-dotted and dotted.
constexpr Qt::PenStyle kZeroStyle = Qt::DashDotDotLine;

// The left axis in nats, converted to the unit shown: 4 ln 2 (four fair coin flips) at the top, and room below 0
// for ∂J/∂z = ŷ − y, which lies in [−1, 1] nats.
constexpr double kHighestLossNats = 4.0 * std::numbers::ln2;
constexpr double kLowestGradientNats = -1.1;

// A pale (towards the background) but opaque version: translucent segments would darken where a dense polyline
// overlaps.
QColor faded(const QColor &color, const QColor &background)
{
    const auto mix = [](int channel, int towards) { return channel + (towards - channel) * 3 / 5; };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

} // namespace

LossPanel::LossPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Loss of logistic regression"), Label | Prediction, theme, parent)
    , m_lossForOne(addCurve(tr("J, y = 1: −log ŷ"), palette::kTrue, Motion::Static))
    , m_lossForZero(addCurve(tr("J, y = 0: −log(1−ŷ)"), palette::kOrange, Motion::Static, kZeroStyle))
    // J and ∂J/∂z share the left axis in J's unit; the squared error and its gradient have no unit, so they get
    // the right axis to themselves rather than being read off in bits.
    , m_squared(addCurve(tr("squared error (y − ŷ)² (right axis)"), palette::kSquared, Motion::Static,
                         Qt::DashLine, yAxis2))
    , m_crossEntropyGradient(addCurve(QString(), palette::kGradient, Motion::Static, Qt::DashDotLine))
    , m_squaredGradient(
          addCurve(tr("∂(y − ŷ)²/∂z (right axis)"), palette::kSquared, Motion::Static, Qt::DotLine, yAxis2))
    , m_lossMarker(addMarker(tr("J at the current ŷ"), palette::kTrue, QCPScatterStyle::ssCircle))
    , m_squaredMarker(addMarker(tr("squared error at ŷ"), palette::kSquared, QCPScatterStyle::ssDiamond, yAxis2))
    , m_lossLabel(addLabel(palette::kBlack))
    , m_squaredLabel(addLabel(palette::kSquared))
    , m_yhatLine(new QCPItemStraightLine(this))
{
    xAxis->setLabel(tr("prediction ŷ = σ(z), the model's probability that y = 1"));
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("(y − ŷ)² and ∂(y − ŷ)²/∂z [no unit]"));
    // The left axis scaled to [0, 1.1] at its top, so both axes put 0 at the same height and a gradient's sign
    // reads the same on either side. The squared error lies in [0, 1], its gradient in [−0.3, 0.3].
    yAxis2->setRange(kLowestGradientNats / kHighestLossNats * 1.1, 1.1);
    styleWith([this](const Theme &t) { m_yhatLine->setPen(t.pen(QColor(0, 0, 0, 90), 1.0, Qt::DotLine)); });
    // The markers carry value labels; leaving them out of the legend keeps room for the plot.
    m_lossMarker->removeFromLegend();
    m_squaredMarker->removeFromLegend();
    m_yhatLine->setLayer(liveLayer());
    keepClearOf(m_yhatLine);
    new PlotHover(this, this); // a child: it goes with the panel
    refresh();
}

void LossPanel::updateCurves()
{
    const core::Unit u = unit();
    const int y = state()->y();
    const double yhat = state()->yhat();
    yAxis->setLabel(tr("loss J and its gradient ∂J/∂z [%1]").arg(unitName()));
    // The same picture in every unit: the range in nats divided by ln(base), as J and ∂J/∂z are.
    yAxis->setRange(core::fromNats(kLowestGradientNats, u), core::fromNats(kHighestLossNats, u));
    m_crossEntropyGradient->setName(tr("∂J/∂z = %1").arg(crossEntropyGradientFormula(u)));
    fitLegendItem(m_crossEntropyGradient);

    // The curves follow y and the unit, not ŷ: moving ŷ moves the markers alone.
    setCurve(m_lossForOne, {double(u)}, [u](double x) { return core::binaryCrossEntropyLoss(1.0, x, u); });
    setCurve(m_lossForZero, {double(u)}, [u](double x) { return core::binaryCrossEntropyLoss(0.0, x, u); });
    setCurve(m_squared, {double(y)}, [y](double x) { return core::squaredError(y, x); });
    setCurve(m_crossEntropyGradient, {double(y), double(u)}, [y, u](double x) { return core::binaryCrossEntropyGradientLogit(y, x, u); });
    setCurve(m_squaredGradient, {double(y)}, [y](double x) { return core::squaredErrorGradientLogit(y, x); });
    // The label not given is drawn faintly: it is the other half of the same loss.
    const QColor one = y == 1 ? palette::kTrue : faded(palette::kTrue, theme().background);
    const QColor zero = y == 0 ? palette::kOrange : faded(palette::kOrange, theme().background);
    m_lossForOne->setPen(theme().pen(one, y == 1 ? 3.0 : 2.0));
    // Dashed unlike y = 1's solid line, so the two differ in more than colour.
    m_lossForZero->setPen(theme().pen(zero, y == 0 ? 3.0 : 2.0, kZeroStyle));

    const double loss = core::binaryCrossEntropyLoss(y, yhat, u);
    const double squared = core::squaredError(y, yhat);
    m_lossLabel->setText(
        tr("J = %1, ∂J/∂z = %2 %3")
            .arg(formatNumber(loss), formatNumber(core::binaryCrossEntropyGradientLogit(y, yhat, u)), unitName()));
    m_squaredLabel->setText(tr("(y−ŷ)² = %1, ∂/∂z = %2 (no unit)")
                                .arg(formatNumber(squared), formatNumber(core::squaredErrorGradientLogit(y, yhat))));
    placeMarker(m_lossMarker, m_lossLabel, yhat, loss, LabelSide::Above, lossCurve(y));
    placeMarker(m_squaredMarker, m_squaredLabel, yhat, squared, LabelSide::Below, m_squared);
    QCPScatterStyle lossStyle = m_lossMarker->scatterStyle();
    lossStyle.setBrush(theme().ink(y == 1 ? palette::kTrue : palette::kOrange));
    m_lossMarker->setScatterStyle(lossStyle);
    m_yhatLine->point1->setCoords(yhat, 0.0);
    m_yhatLine->point2->setCoords(yhat, 1.0);
}

std::optional<HoverReadout> LossPanel::hoverAt(double x) const
{
    const int y = state()->y();
    const double loss = core::binaryCrossEntropyLoss(y, x, unit());
    const double squared = core::squaredError(y, x);
    const double gradient = core::binaryCrossEntropyGradientLogit(y, x, unit());
    const double squaredGradient = core::squaredErrorGradientLogit(y, x);
    // The other label's loss curve is drawn faintly and left out: the box speaks of this example.
    return HoverReadout {x,
                         {{lossCurve(y), loss},
                          {m_squared, squared},
                          {m_crossEntropyGradient, gradient},
                          {m_squaredGradient, squaredGradient}},
                         {tr("ŷ = %1").arg(formatNumber(x)),
                          tr("J = %1 %2 (y = %3)").arg(formatNumber(loss), unitName()).arg(y),
                          tr("(y − ŷ)² = %1 (no unit)").arg(formatNumber(squared)),
                          tr("∂J/∂z = %1 %2").arg(formatNumber(gradient), unitName()),
                          tr("∂(y − ŷ)²/∂z = %1 (no unit)").arg(formatNumber(squaredGradient))}};
}

void LossPanel::clickAt(double x)
{
    state()->setYhat(x); // x is the prediction
}

} // namespace widgets
