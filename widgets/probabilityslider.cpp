#include "probabilityslider.h"

#include "lessondefaults.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace widgets {

namespace {
constexpr int kSliderSteps = 10000; // one slider position per 4th decimal
}

ProbabilitySlider::ProbabilitySlider(const QString &name, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(name, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spinBox(new QDoubleSpinBox(this))
{
    m_label->setToolTip(description);
    m_label->setBuddy(m_slider);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("ŷ =")) + 4);

    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(static_cast<int>(std::lround(defaults::kStep * kSliderSteps)));
    m_slider->setPageStep(kSliderSteps / 10);
    m_slider->setMinimumWidth(120);
    m_slider->setAccessibleName(name);
    m_slider->setAccessibleDescription(description);
    m_slider->setToolTip(description);

    m_spinBox->setRange(0.0, 1.0);
    m_spinBox->setDecimals(defaults::kDecimals);
    m_spinBox->setSingleStep(defaults::kStep);
    m_spinBox->setKeyboardTracking(false);
    m_spinBox->setAccessibleName(name);
    m_spinBox->setAccessibleDescription(description);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spinBox);

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { setValue(static_cast<double>(position) / kSliderSteps); });
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, &ProbabilitySlider::setValue);
    showValue();
}

void ProbabilitySlider::setValue(double value)
{
    if (!(value >= 0.0 && value <= 1.0) || value == m_value)
        return;
    m_value = value;
    showValue();
    emit valueChanged(m_value);
}

void ProbabilitySlider::showValue()
{
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spinBox);
    m_slider->setValue(static_cast<int>(std::lround(m_value * kSliderSteps)));
    m_spinBox->setValue(m_value);
    m_slider->setAccessibleName(m_label->text() + QStringLiteral(", ") + QString::number(m_value, 'f', 2));
}

} // namespace widgets
