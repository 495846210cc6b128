#include "informationpanel.h"

#include "core/information.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <cmath>

namespace widgets {

InformationPanel::InformationPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Information of one event"), P | Q, theme, parent)
    , m_curve(addCurve(tr("−log r"), palette::kBlack, Motion::Static))
    , m_p(addMarker(tr("event of probability p"), palette::kTrue, QCPScatterStyle::ssCircle))
    , m_complement(addMarker(tr("its complement, 1 − p"), palette::kComplement, QCPScatterStyle::ssTriangle))
    , m_q(addMarker(tr("probability q (the model)"), palette::kModel, QCPScatterStyle::ssSquare))
    , m_pLabel(addLabel(palette::kTrue))
    , m_complementLabel(addLabel(palette::kComplement))
    , m_qLabel(addLabel(palette::kModel))
{
    xAxis->setLabel(tr("probability r"));
    new PlotHover(this, this); // a child: it goes with the panel
    refresh();
}

void InformationPanel::updateCurves()
{
    const core::Unit u = unit();
    yAxis->setLabel(tr("information −log r [%1]").arg(unitName()));
    yAxis->setRange(0.0, core::selfInformation(1.0 / 512.0, u)); // 9 bits: a 1-in-512 surprise
    setCurve(m_curve, {double(u)}, [u](double x) { return core::selfInformation(x, u); });

    const double p = state()->p(), q = state()->q();
    const double ip = core::selfInformation(p, u), icomp = core::complementInformation(p, u);
    const double iq = core::selfInformation(q, u);
    // The texts first: where a label fits depends on its width.
    m_pLabel->setText(tr("I(p) = %1").arg(formatNumber(ip)));
    m_complementLabel->setText(tr("I(1−p) = %1").arg(formatNumber(icomp)));
    m_qLabel->setText(tr("I(q) = %1").arg(formatNumber(iq)));
    placeMarker(m_p, m_pLabel, p, ip, LabelSide::Above, m_curve);
    // 1 − p's label and q's on opposite sides, so the two look apart even when they meet.
    placeMarker(m_complement, m_complementLabel, 1.0 - p, icomp, q < 1.0 - p ? LabelSide::Above : LabelSide::Below,
                m_curve);
    placeMarker(m_q, m_qLabel, q, iq, q < 1.0 - p ? LabelSide::Below : LabelSide::Above, m_curve);
}

std::optional<HoverReadout> InformationPanel::hoverAt(double x) const
{
    const double information = core::selfInformation(x, unit());
    return HoverReadout {
        x,
        {{m_curve, information}},
        {tr("r = %1").arg(formatNumber(x)), tr("−log r = %1 %2").arg(formatNumber(information), unitName())}};
}

void InformationPanel::clickAt(double x)
{
    // Whichever of p and q is nearer moves there; on a tie, p.
    if (std::abs(x - state()->q()) < std::abs(x - state()->p()))
        state()->setQ(x);
    else
        state()->setP(x);
}

} // namespace widgets
