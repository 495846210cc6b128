#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace widgets {

class ClockTimer;

class LessonState;
class TrainingPanel;
class TrainingState;
struct Theme;

// The "why cross entropy?" page: the training panel and its controls. The data (an example, or
// seeded random data), the start (w, b) and the learning rate, then Step, Run/Pause at a speed and
// Reset, with the iteration count. The controls only call TrainingState's setters and follow its
// changed(). Running stops at the state's iteration limit and when the page is hidden.
class TrainingLab : public QWidget
{
    Q_OBJECT

public:
    // Iterations per frame (16 ms) of Run at each entry of the speed box.
    static constexpr int kSlowIterations = 1, kMediumIterations = 5, kFastIterations = 25;

    TrainingLab(LessonState *state, TrainingState *training, const Theme &theme, QWidget *parent = nullptr);
    ~TrainingLab() override;

    TrainingPanel *panel() const { return m_panel; }
    TrainingState *training() const { return m_training; }
    bool isRunning() const;
    // Iterations Run takes per frame at the chosen speed.
    int iterationsPerFrame() const;

    QComboBox *presetBox() const { return m_presets; }
    QPushButton *newDataButton() const { return m_newData; }
    QSpinBox *seedBox() const { return m_seed; }
    QDoubleSpinBox *learningRateBox() const { return m_learningRate; }
    QDoubleSpinBox *startWBox() const { return m_startW; }
    QDoubleSpinBox *startBBox() const { return m_startB; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *runButton() const { return m_run; }
    QComboBox *speedBox() const { return m_speed; }
    QPushButton *resetButton() const { return m_reset; }
    QLabel *iterationLabel() const { return m_iteration; }

public slots:
    void setRunning(bool running);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    TrainingPanel *makePanel(const Theme &theme);
    // Gives the plots the room they need at the panel's type (a scroll bar where the page is smaller).
    void fitPanel();
    void advance();
    // The controls show the state: after any change, whoever made it.
    void showState();

    LessonState *m_state;
    TrainingState *m_training;
    ClockTimer *m_timer; // Run's frames, on the window's clock
    QComboBox *m_presets;
    QPushButton *m_newData;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_learningRate;
    QDoubleSpinBox *m_startW;
    QDoubleSpinBox *m_startB;
    QPushButton *m_step;
    QPushButton *m_run;
    QComboBox *m_speed;
    QPushButton *m_reset;
    QLabel *m_iteration;
    TrainingPanel *m_panel;
};

} // namespace widgets
