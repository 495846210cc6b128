#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;

namespace widgets {

class LessonState;
class ProbabilitySlider;

// The lesson's inputs: p, q, the label y, the prediction yhat and the unit. Writes the state
// through its setters and follows it when something else changes it.
class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(LessonState *state, QWidget *parent = nullptr);

    ProbabilitySlider *pSlider() const { return m_p; }
    ProbabilitySlider *qSlider() const { return m_q; }
    ProbabilitySlider *yhatSlider() const { return m_yhat; }
    QButtonGroup *labelButtons() const { return m_y; }
    QComboBox *unitBox() const { return m_unit; }
    // How fast the play buttons sweep: seconds for one sweep there and back.
    QComboBox *sweepSpeedBox() const { return m_speed; }
    QList<ProbabilitySlider *> sliders() const { return {m_p, m_q, m_yhat}; }

private:
    void showState();

    LessonState *m_state;
    ProbabilitySlider *m_p;
    ProbabilitySlider *m_q;
    ProbabilitySlider *m_yhat;
    QButtonGroup *m_y;
    QComboBox *m_unit;
    QComboBox *m_speed;
};

} // namespace widgets
