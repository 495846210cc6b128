#include "statetransition.h"

namespace widgets {

StateTransition::StateTransition(LessonState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &t) { showFrame(t.toDouble()); });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] {
        show(m_to); // exactly the target, whatever the last frame's rounding
        emit finished();
    });
    // Someone else changed the state mid-move (a drag, a paste): the move gives way, where it is.
    connect(m_state, &LessonState::changed, this, [this] {
        if (isRunning() && !m_showing && !(m_state->snapshot() == m_shown)) {
            m_animation.stop(); // stop() does not emit finished()
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
    m_animation.setDuration(milliseconds);
    m_animation.start();
}

void StateTransition::finish()
{
    if (isRunning())
        m_animation.setCurrentTime(m_animation.duration()); // emits finished()
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
