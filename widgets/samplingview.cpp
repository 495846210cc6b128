#include "samplingview.h"

#include "samplingpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace widgets {

SamplingView::SamplingView(SamplingPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_seed(new QSpinBox)
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Draw from p:")));
    for (int count : {1, 10, 100}) {
        auto *draw = new QPushButton(QString::number(count));
        draw->setToolTip(count == 1 ? tr("Draw one sample") : tr("Draw %1 samples").arg(count));
        draw->setAccessibleName(draw->toolTip());
        draw->setMaximumWidth(draw->fontMetrics().horizontalAdvance(QStringLiteral("1000")) + 24);
        draw->setObjectName(QStringLiteral("draw%1").arg(count));
        connect(draw, &QPushButton::clicked, this, [this, count] { m_panel->drawSamples(count); });
        buttons->addWidget(draw);
    }
    m_seed->setRange(1, 999999);
    m_seed->setPrefix(tr("seed "));
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("The same seed draws the same samples"));
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int value) { m_panel->setSeed(quint64(value)); });
    auto *again = new QPushButton(tr("Restart"));
    again->setObjectName(QStringLiteral("restartSampling"));
    again->setToolTip(tr("Forget the samples and start again with this seed"));
    connect(again, &QPushButton::clicked, this, [this] { m_panel->setSeed(quint64(m_seed->value())); });
    buttons->addWidget(m_seed);
    buttons->addWidget(again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(panel, 1);
}

} // namespace widgets
