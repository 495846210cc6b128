#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace widgets {

// A probability in [0, 1] as a slider beside a spin box with 4 decimals, kept in step.
// Arrow keys move by 0.01, Page Up/Down by 0.1. Emits valueChanged only for the user's edits
// and for setValue() calls that change the value.
class ProbabilitySlider : public QWidget
{
    Q_OBJECT

public:
    ProbabilitySlider(const QString &name, const QString &description, QWidget *parent = nullptr);

    double value() const { return m_value; }
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spinBox; }

public slots:
    void setValue(double value);

signals:
    void valueChanged(double value);

private:
    void showValue();

    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spinBox;
    double m_value = 0.0;
};

} // namespace widgets
