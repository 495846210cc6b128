#pragma once

#include "lessonstate.h"

#include <QObject>
#include <QUndoStack>

namespace widgets {

// Undo and redo of every change to the lesson's parameters. Each change becomes one step, except
// inside a gesture (a mouse press to its release, a sweep of a play button, an animated move to a
// bookmark), which becomes one step however many changes it makes. The outcome under the mouse is
// not a parameter and is never recorded.
class LessonHistory : public QObject
{
    Q_OBJECT

public:
    explicit LessonHistory(widgets::LessonState *state, QObject *parent = nullptr);

    QUndoStack *stack() { return &m_stack; }
    // Gestures nest; the step is recorded when the outermost one ends.
    void beginGesture();
    void endGesture();
    bool inGesture() const { return m_gestureDepth > 0; }
    // Forgets every step and takes the current state as the start (after opening a session).
    void clear();

private:
    void record();

    widgets::LessonState *m_state;
    QUndoStack m_stack;
    widgets::LessonSnapshot m_recorded; // the state the last step ended in
    int m_gestureDepth = 0;
    bool m_applying = false; // undo or redo is restoring a state: not a new step
    friend class HistoryStep;
};

} // namespace widgets
