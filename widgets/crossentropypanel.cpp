#include "crossentropypanel.h"

#include "core/information.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <algorithm>

namespace widgets {

namespace {
constexpr double kGapHalfWidth = 0.012; // of the shaded gap, in units of r
}

CrossEntropyPanel::CrossEntropyPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Cross entropy"), P | Q, theme, parent)
    , m_curve(addCurve(tr("H(p, r) = −p log r − (1−p) log(1−r)"), palette::kBlack, Motion::Live))
    , m_floor(addCurve(tr("H(p), the least it can be"), palette::kTrue, Motion::Live, Qt::DashLine))
    , m_minimum(addMarker(tr("minimum at r = p"), palette::kTrue, QCPScatterStyle::ssCircle))
    , m_q(addMarker(tr("H(p, q) at the model's q"), palette::kModel, QCPScatterStyle::ssSquare))
    , m_minimumLabel(addLabel(palette::kTrue))
    , m_qLabel(addLabel(palette::kModel))
    , m_gap(new QCPItemRect(this))
    , m_gapLabel(addLabel(palette::kGap))
{
    // The region between the curve and H(p) is D(p||r): lightly shaded everywhere.
    m_curve->setChannelFillGraph(m_floor);
    // Its edges lie under the curve and the dashed H(p) line, which are antialiased: an antialiased
    // fill costs much and shows nothing more.
    m_curve->setAntialiasedFill(false);
    styleWith([this](const Theme &t) {
        QColor gap = t.ink(palette::kGap);
        gap.setAlpha(t.isDark() ? 70 : 40);
        m_curve->setBrush(gap);
        m_gap->setPen(t.pen(palette::kGap.darker(120), 1.5));
        gap.setAlpha(170);
        m_gap->setBrush(gap);
        m_gapLabel->setColor(t.isDark() ? t.labelInk(palette::kGap) : palette::kGap.darker(170));
    });
    m_gap->setClipToAxisRect(true);
    m_gap->setLayer(liveLayer());
    setConcealedFrom(m_gap, Concealment::NumbersAndCurves); // its height is D(p||q)
    keepClearOf(m_gap);
    // Layer children draw in the order they joined: the marker and its label go over the gap.
    for (QCPLayerable *front : std::initializer_list<QCPLayerable *> {m_q, m_qLabel}) {
        front->setLayer(QStringLiteral("main"));
        front->setLayer(liveLayer());
    }
    new PlotHover(this, this); // a child: it goes with the panel
    refresh();
}

void CrossEntropyPanel::updateCurves()
{
    const core::Unit u = unit();
    const double p = state()->p(), q = state()->q();
    const double hp = core::binaryEntropy(p, u);
    const double hpq = core::binaryCrossEntropy(p, q, u);
    const double kl = core::binaryKlDivergence(p, q, u);
    const double top = core::binaryEntropy(0.5, u) * 3.0; // 3 bits: room for a large gap

    yAxis->setLabel(tr("cross entropy [%1]").arg(unitName()));
    xAxis->setLabel(tr("model's probability of outcome %1, r").arg(focusLabel()));
    yAxis->setRange(0.0, top);
    // H(p, r) follows p and the unit alone: moving q moves a marker, the gap and labels, not the curve.
    setCurve(
        m_curve, {p, double(u)}, [p, u](double x) { return core::binaryCrossEntropy(p, x, u); }, {p});
    m_floor->setData({0.0, 1.0}, {hp, hp}, true); // a straight line needs two points

    m_minimumLabel->setText(tr("H(p) = %1").arg(formatNumber(hp)));
    m_qLabel->setText(tr("H(p, q) = %1").arg(formatNumber(hpq)));
    placeMarker(m_minimum, m_minimumLabel, p, hp, LabelSide::Below, m_curve);
    placeMarker(m_q, m_qLabel, q, hpq, LabelSide::Above, m_curve);

    const double gapTop = std::min(hpq, top);
    m_gap->topLeft->setCoords(q - kGapHalfWidth, gapTop);
    m_gap->bottomRight->setCoords(q + kGapHalfWidth, hp);
    m_gapLabel->setText(tr("D(p‖q) = %1 %2").arg(formatNumber(kl), unitName()));
    // Beside the shaded gap, towards the middle of the plot.
    const bool labelOnRight = q < 0.5;
    const double side = labelOnRight ? kGapHalfWidth : -kGapHalfWidth;
    anchorLabel(m_gapLabel, yAxis, q + side, (hp + gapTop) / 2,
                labelOnRight
                    ? std::initializer_list<LabelSpot> {LabelSpot::Right, LabelSpot::AboveRight, LabelSpot::BelowRight}
                    : std::initializer_list<LabelSpot> {LabelSpot::Left, LabelSpot::AboveLeft, LabelSpot::BelowLeft},
                nullptr, true, 4.0);
}

std::optional<HoverReadout> CrossEntropyPanel::hoverAt(double x) const
{
    const core::Unit u = unit();
    const double p = state()->p();
    const double cross = core::binaryCrossEntropy(p, x, u), entropy = core::binaryEntropy(p, u);
    const QString name = unitName();
    return HoverReadout {x,
                         {{m_curve, cross}, {m_floor, entropy}},
                         {tr("r = %1").arg(formatNumber(x)), tr("H(p, r) = %1 %2").arg(formatNumber(cross), name),
                          tr("H(p) = %1 %2").arg(formatNumber(entropy), name),
                          tr("D(p‖r) = %1 %2").arg(formatNumber(core::binaryKlDivergence(p, x, u)), name)}};
}

void CrossEntropyPanel::clickAt(double x)
{
    state()->setQ(x); // the x axis is r, the model's probability
}

} // namespace widgets
