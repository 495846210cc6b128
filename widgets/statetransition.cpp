#include "statetransition.h"

namespace widgets {

StateTransition::StateTransition(LessonState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_frames.setTimerType(Qt::PreciseTimer);
    m_frames.setInterval(16); // a frame
    connect(&m_frames, &ClockTimer::timeout, this, &StateTransition::nextFrame);
    // Someone else changed the state mid-move (a drag, a paste): the move gives way, where it is.
    connect(m_state, &LessonState::changed, this, [this] {
        if (isRunning() && !m_showing && !(m_state->snapshot() == m_shown)) {
            m_frames.stop();
            emit finished();
        }
    });
}

void StateTransition::show(const LessonSnapshot &frame)
{
    m_showing = true;
    m_state->restore(frame);
    m_showing = false;
    m_shown = m_state->snapshot();
}

void StateTransition::start(const LessonSnapshot &target, int milliseconds)
{
    finish();
    m_from = m_state->snapshot();
    m_to = target;
    emit started();
    const bool smooth = m_from.labels == m_to.labels; // same outcomes: the entries can glide
    if (!smooth || milliseconds <= 0) {
        show(m_to);
        emit finished();
        return;
    }
    m_duration = milliseconds;
    m_startedAt = m_frames.clock() ? m_frames.clock()->now() : 0;
    m_frames.start();
}

void StateTransition::finish()
{
    if (!isRunning())
        return;
    m_frames.stop();
    show(m_to); // exactly the target, whatever the last frame's rounding
    emit finished();
}

void StateTransition::nextFrame()
{
    // Where the glide is from the clock, not by counting frames: a late frame catches up.
    const qint64 elapsed = m_frames.clock() ? m_frames.clock()->now() - m_startedAt : m_duration;
    if (elapsed >= m_duration) {
        finish();
        return;
    }
    showFrame(m_easing.valueForProgress(double(elapsed) / m_duration));
}

void StateTransition::showFrame(double t)
{
    LessonSnapshot frame = m_to;
    frame.p = core::mixture(m_from.p, m_to.p, t);
    frame.q = core::mixture(m_from.q, m_to.q, t);
    frame.yhat = (1.0 - t) * m_from.yhat + t * m_to.yhat;
    show(frame);
}

} // namespace widgets
