#include "distributionpanel.h"

#include "lessonstate.h"
#include "numberformat.h"
#include "palette.h"

namespace widgets {

namespace {
constexpr double kBarWidth = 0.36; // in outcomes; p's bar left of the outcome, q's right
constexpr double kOutcomes[] = {1.0, 2.0}; // x positions of outcome 1 and outcome 0
} // namespace

DistributionPanel::DistributionPanel(LessonState *state, const Theme &theme, QWidget *parent)
    : PlotPanel(state, tr("The distributions p and q"), P | Q, theme, parent)
    , m_pBars(addBars(tr("p, the true distribution"), palette::kTrue))
    , m_qBars(addBars(tr("q, the model"), palette::kModel))
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(kOutcomes[0], tr("outcome 1"));
    ticker->addTick(kOutcomes[1], tr("outcome 0"));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, 2.6);
    xAxis->grid()->setVisible(false);
    xAxis->setLabel(tr("outcome"));
    yAxis->setLabel(tr("probability"));
    yAxis->setRange(0.0, 1.15); // room for the value label over a bar of 1
    for (const QColor &color : {palette::kTrue, palette::kTrue, palette::kModel, palette::kModel}) {
        QCPItemText *label = addLabel(color);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(2, 0, 2, 3));
        m_labels.append(label);
    }
    refresh();
}

QCPBars *DistributionPanel::addBars(const QString &name, const QColor &color)
{
    auto *bars = new QCPBars(xAxis, yAxis);
    bars->setLayer(liveLayer());
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(theme().pen(color.darker(130), 1.0));
    bars->setBrush(theme().ink(color));
    fitLegendItem(bars);
    return bars;
}

void DistributionPanel::updateCurves()
{
    const double p = state()->p(), q = state()->q();
    // Shown to two decimals, where the rounding of 1 - x cannot show.
    const double pValues[] = {p, 1.0 - p};
    const double qValues[] = {q, 1.0 - q};
    const double offset = kBarWidth / 2.0 + 0.01;
    m_pBars->setData({kOutcomes[0] - offset, kOutcomes[1] - offset}, {pValues[0], pValues[1]}, true);
    m_qBars->setData({kOutcomes[0] + offset, kOutcomes[1] + offset}, {qValues[0], qValues[1]}, true);
    for (int i = 0; i < 2; ++i) {
        m_labels[i]->position->setCoords(kOutcomes[i] - offset, pValues[i]);
        m_labels[i]->setText(formatNumber(pValues[i], 2));
        m_labels[2 + i]->position->setCoords(kOutcomes[i] + offset, qValues[i]);
        m_labels[2 + i]->setText(formatNumber(qValues[i], 2));
    }
}

} // namespace widgets
