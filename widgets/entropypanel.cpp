#include "entropypanel.h"

#include "core/information.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"

#include <cmath>

namespace widgets {

EntropyPanel::EntropyPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("Binary entropy"), P | Q, theme, parent)
    , m_curve(addCurve(tr("h(r) = −r log r − (1−r) log(1−r)"), palette::kBlack, Motion::Static))
    , m_p(addMarker(tr("h(p), the true distribution"), palette::kTrue, QCPScatterStyle::ssCircle))
    , m_q(addMarker(tr("h(q), the model"), palette::kModel, QCPScatterStyle::ssSquare))
    , m_pLabel(addLabel(palette::kTrue))
    , m_qLabel(addLabel(palette::kModel))
    , m_maximumLine(new QCPItemLine(this))
    , m_maximumLabel(new QCPItemText(this))
{
    m_maximumLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_maximumLabel->setPadding(QMargins(0, 0, 0, 3));
    styleWith([this](const Theme &t) {
        m_maximumLine->setPen(t.pen(QColor(0, 0, 0, 110), 1.2, Qt::DashLine));
        m_maximumLabel->setColor(t.foreground);
        m_maximumLabel->setFont(t.font());
    });
    // Value labels keep off the maximum's line and its text.
    keepClearOf(m_maximumLine);
    keepClearOf(m_maximumLabel);
    new PlotHover(this, this); // a child: it goes with the panel
    refresh();
}

void EntropyPanel::updateCurves()
{
    const core::Unit u = unit();
    const double maximum = core::binaryEntropy(0.5, u);
    yAxis->setLabel(tr("entropy h(r) [%1]").arg(unitName()));
    xAxis->setLabel(tr("probability of outcome %1, r").arg(focusLabel()));
    yAxis->setRange(0.0, maximum * 1.18);
    setCurve(m_curve, {double(u)}, [u](double x) { return core::binaryEntropy(x, u); });
    m_maximumLine->start->setCoords(0.0, maximum);
    m_maximumLine->end->setCoords(1.0, maximum);
    m_maximumLabel->position->setCoords(1.0, maximum);
    m_maximumLabel->setText(tr("maximum %1 %2 at r = ½").arg(formatNumber(maximum), unitName()));

    const double p = state()->p(), q = state()->q();
    const double hp = core::binaryEntropy(p, u), hq = core::binaryEntropy(q, u);
    m_pLabel->setText(tr("h(p) = %1").arg(formatNumber(hp)));
    m_qLabel->setText(tr("h(q) = %1").arg(formatNumber(hq)));
    placeMarker(m_p, m_pLabel, p, hp, LabelSide::Above, m_curve);
    placeMarker(m_q, m_qLabel, q, hq, LabelSide::Below, m_curve);
}

std::optional<HoverReadout> EntropyPanel::hoverAt(double x) const
{
    const double entropy = core::binaryEntropy(x, unit());
    return HoverReadout {
        x,
        {{m_curve, entropy}},
        {tr("r = %1").arg(formatNumber(x)), tr("h(r) = %1 %2").arg(formatNumber(entropy), unitName())}};
}

void EntropyPanel::clickAt(double x)
{
    // Whichever of p and q is nearer moves there; on a tie, p.
    if (std::abs(x - state()->q()) < std::abs(x - state()->p()))
        state()->setQ(x);
    else
        state()->setP(x);
}

} // namespace widgets
