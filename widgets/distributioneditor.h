#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace widgets {

class ClockTimer;

class DistributionPanel;
class LessonState;
class OutcomeTable;
struct Theme;

// Shapes p and q over many outcomes: presets, "uniform", "copy p to q", "swap p and q", adding and
// removing outcomes, the bars to drag and the table to type exact values in. A refused edit shows
// its reason in a line above the bars and changes nothing.
class DistributionEditor : public QWidget
{
    Q_OBJECT

public:
    DistributionEditor(LessonState *state, const Theme &theme, QWidget *parent = nullptr);

    DistributionPanel *bars() const { return m_bars; }
    OutcomeTable *table() const { return m_table; }
    QComboBox *presets() const { return m_presets; }
    // The message of the last refused edit; empty once an edit succeeds or it times out.
    QString message() const;

    // Loads the built-in preset of that index (as listed in presets()).
    void loadPreset(int index);

public slots:
    void showRefusal(const QString &reason);

private:
    void run(const std::optional<QString> &refusal);
    // The bars in a theme, their refusals shown in the message line.
    DistributionPanel *makeBars(const Theme &theme);

    LessonState *m_state;
    QComboBox *m_presets;
    QLabel *m_message;
    // On the window's clock: clearing the message changes the layout, so where the widgets are.
    ClockTimer *m_messageTimer;
    DistributionPanel *m_bars;
    OutcomeTable *m_table;
};

} // namespace widgets
