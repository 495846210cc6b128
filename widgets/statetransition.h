#pragma once

#include "clock.h"
#include "model/lessonstate.h"

#include <QEasingCurve>
#include <QObject>

namespace widgets {

// Moves a LessonState smoothly to a target state (a lecture bookmark): every frame shows a mixture
// of where it started and the target, eased in and out, and the last frame is exactly the target.
// What cannot move smoothly (the outcomes and labels, y, the unit, the focus) switches at once.
// The frames come on the window's clock (see Clock), so under `entropylab fuzz` a glide goes as far
// in the fuzz's time whatever the machine's load.
class StateTransition : public QObject
{
    Q_OBJECT

public:
    explicit StateTransition(LessonState *state, QObject *parent = nullptr);

    // Starts from the state as it is now; a transition already running is finished first.
    void start(const LessonSnapshot &target, int milliseconds = 700);
    // Jumps to the target at once.
    void finish();
    bool isRunning() const { return m_frames.isActive(); }

signals:
    void started();
    void finished();

private:
    void nextFrame();
    void showFrame(double t);
    void show(const LessonSnapshot &frame);

    LessonState *m_state;
    ClockTimer m_frames;
    QEasingCurve m_easing {QEasingCurve::InOutCubic};
    qint64 m_startedAt = 0; // on m_frames' clock
    int m_duration = 0; // milliseconds
    LessonSnapshot m_from;
    LessonSnapshot m_to;
    LessonSnapshot m_shown; // the last frame, to tell it from someone else's change
    bool m_showing = false;
};

} // namespace widgets
