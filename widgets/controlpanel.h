#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QGroupBox;

namespace widgets {

class LessonState;
class ProbabilitySlider;

// The lesson's inputs: p, q, the label y, the prediction yhat and the unit. Writes the state
// through its setters and follows it when something else changes it. Its four groups stand in one
// row where the width allows it and wrap onto two rows (the distributions above, the rest below)
// where it does not, so the row never makes the window wider than 1280 px beside the lesson.
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
    // True when the groups stand in two rows.
    bool isWrapped() const { return m_wrapped; }
    // As narrow as the two rows allow, whichever arrangement shows now.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void showState();
    // The width the four groups need side by side.
    int oneRowWidth() const;
    void arrange(bool wrapped);

    LessonState *m_state;
    ProbabilitySlider *m_p;
    ProbabilitySlider *m_q;
    ProbabilitySlider *m_yhat;
    QButtonGroup *m_y;
    QComboBox *m_unit;
    QComboBox *m_speed;
    QGridLayout *m_layout;
    QList<QGroupBox *> m_groups; // distributions, training example, unit, sweep
    bool m_wrapped = false;
};

} // namespace widgets
