#include "klpanel.h"

#include "core/information.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace widgets {

KlPanel::KlPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("KL divergence is not symmetric"), P | Q, theme, parent)
    , m_forward(addCurve(tr("D(p‖r)"), palette::kTrue, Motion::Live))
    , m_reverse(addCurve(tr("D(r‖p)"), palette::kModel, Motion::Live, Qt::DashLine))
    , m_forwardMarker(addMarker(tr("D(p‖q)"), palette::kTrue, QCPScatterStyle::ssCircle))
    , m_reverseMarker(addMarker(tr("D(q‖p)"), palette::kModel, QCPScatterStyle::ssSquare))
    , m_forwardLabel(addLabel(palette::kTrue))
    , m_reverseLabel(addLabel(palette::kModel))
    , m_pLine(new QCPItemStraightLine(this))
{
    styleWith([this](const Theme &t) { m_pLine->setPen(t.pen(QColor(0, 0, 0, 90), 1.0, Qt::DotLine)); });
    m_pLine->setLayer(liveLayer());
    keepClearOf(m_pLine);
    new PlotHover(this, this); // a child: it goes with the panel
    refresh();
}

void KlPanel::updateCurves()
{
    const core::Unit u = unit();
    const double p = state()->p(), q = state()->q();
    yAxis->setLabel(tr("divergence [%1]").arg(unitName()));
    xAxis->setLabel(tr("the other distribution's probability of outcome %1, r").arg(focusLabel()));
    yAxis->setRange(0.0, core::binaryEntropy(0.5, u) * 2.0);
    // Both curves follow p and the unit alone (q moves the markers); both touch 0 at r = p.
    setCurve(
        m_forward, {p, double(u)}, [p, u](double x) { return core::binaryKlDivergence(p, x, u); }, {p});
    setCurve(
        m_reverse, {p, double(u)}, [p, u](double x) { return core::binaryKlDivergence(x, p, u); }, {p});
    m_pLine->point1->setCoords(p, 0.0);
    m_pLine->point2->setCoords(p, 1.0);

    const double forward = core::binaryKlDivergence(p, q, u);
    const double reverse = core::binaryKlDivergence(q, p, u);
    m_forwardLabel->setText(tr("D(p‖q) = %1").arg(formatNumber(forward)));
    m_reverseLabel->setText(tr("D(q‖p) = %1").arg(formatNumber(reverse)));
    // The larger value's label above its marker, the other's below: apart even where the markers meet.
    const bool forwardAbove = forward >= reverse;
    placeMarker(m_forwardMarker, m_forwardLabel, q, forward, forwardAbove ? LabelSide::Above : LabelSide::Below,
                m_forward);
    placeMarker(m_reverseMarker, m_reverseLabel, q, reverse, forwardAbove ? LabelSide::Below : LabelSide::Above,
                m_reverse);
}

std::optional<HoverReadout> KlPanel::hoverAt(double x) const
{
    const core::Unit u = unit();
    const double p = state()->p();
    const double forward = core::binaryKlDivergence(p, x, u), reverse = core::binaryKlDivergence(x, p, u);
    const QString name = unitName();
    return HoverReadout {x,
                         {{m_forward, forward}, {m_reverse, reverse}},
                         {tr("r = %1").arg(formatNumber(x)), tr("D(p‖r) = %1 %2").arg(formatNumber(forward), name),
                          tr("D(r‖p) = %1 %2").arg(formatNumber(reverse), name)}};
}

void KlPanel::clickAt(double x)
{
    state()->setQ(x); // the x axis is r, the other distribution's probability, the markers' q
}

} // namespace widgets
