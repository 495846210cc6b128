#pragma once

#include <QObject>

class QWidget;

namespace widgets {
class LessonHistory;
class ProbabilitySlider;
class StateTransition;
} // namespace widgets

namespace app {

// Makes each gesture in a window one undo step of a LessonHistory, however many changes it makes:
// a mouse press anywhere in the window to its release (a drag of a slider, a click on a plot), a
// slider's sweep from play to stop, and a glide to a bookmark from start to finish. It watches the
// mouse through an application-wide event filter, so no widget needs to know about undo.
class UndoGestures : public QObject
{
    Q_OBJECT

public:
    // Watches the mouse in `window` (and its children) for `history`. It is `history`'s child:
    // it stops watching when the history goes.
    UndoGestures(QWidget *window, widgets::LessonHistory *history);
    ~UndoGestures() override;

    // A sweep of the slider's play button is one gesture.
    void follow(widgets::ProbabilitySlider *slider);
    // A glide of the transition is one gesture.
    void follow(widgets::StateTransition *transition);

    // A mouse button is down in the window.
    bool inMouseGesture() const { return m_mouseGesture; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    widgets::LessonHistory *m_history;
    bool m_mouseGesture = false;
};

} // namespace app
