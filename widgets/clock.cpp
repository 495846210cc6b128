#include "clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace widgets {

namespace {

class WallClock final : public Clock
{
public:
    WallClock() { m_start.start(); }
    qint64 now() const override { return m_start.elapsed(); }

private:
    QElapsedTimer m_start; // monotonic
};

Clock *g_installed = nullptr;

} // namespace

Clock *Clock::current()
{
    static WallClock wall;
    return g_installed ? g_installed : &wall;
}

void Clock::install(Clock *clock)
{
    g_installed = clock;
}

ManualClock::~ManualClock()
{
    // Timers that outlive the clock stop for good.
    for (ClockTimer *timer : std::as_const(m_timers)) {
        timer->m_active = false;
        timer->m_clock = nullptr;
    }
}

bool ManualClock::attach(ClockTimer *timer)
{
    m_timers.append(timer);
    return true;
}

void ManualClock::detach(ClockTimer *timer)
{
    m_timers.removeOne(timer);
}

void ManualClock::advance(qint64 milliseconds)
{
    Q_ASSERT(!m_advancing); // a timer's slot may not move the clock it runs on
    if (m_advancing)
        return;
    m_advancing = true;
    const qint64 until = m_now + std::max<qint64>(0, milliseconds);
    for (;;) {
        // The next timer due, looked for again after each one fires: a slot may start, stop or
        // delete timers.
        ClockTimer *next = nullptr;
        for (ClockTimer *timer : std::as_const(m_timers)) {
            if (timer->m_active && timer->m_due <= until
                && (!next || timer->m_due < next->m_due
                    || (timer->m_due == next->m_due && timer->m_order < next->m_order)))
                next = timer;
        }
        if (!next)
            break;
        m_now = std::max(m_now, next->m_due);
        if (next->m_singleShot) {
            next->m_active = false;
        } else {
            next->m_due = m_now + std::max(1, next->m_interval); // a 0 ms timer may not stop time
            next->m_order = ++m_started;
        }
        emit next->timeout(); // `next` may be gone after this
    }
    m_now = until;
    m_advancing = false;
}

ClockTimer::ClockTimer(QObject *parent)
    : QObject(parent)
    , m_clock(Clock::current())
{
    if (!m_clock->attach(this)) {
        m_wall = new QTimer(this);
        connect(m_wall, &QTimer::timeout, this, &ClockTimer::timeout);
    }
}

ClockTimer::~ClockTimer()
{
    if (m_clock && !m_wall)
        m_clock->detach(this);
}

void ClockTimer::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (m_wall)
        m_wall->setInterval(m_interval);
}

void ClockTimer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    if (m_wall)
        m_wall->setSingleShot(singleShot);
}

void ClockTimer::setTimerType(Qt::TimerType type)
{
    if (m_wall)
        m_wall->setTimerType(type);
}

bool ClockTimer::isActive() const
{
    return m_wall ? m_wall->isActive() : m_active;
}

void ClockTimer::start()
{
    if (m_wall) {
        m_wall->start();
        return;
    }
    if (!m_clock)
        return;
    auto *manual = static_cast<ManualClock *>(m_clock); // the only clock that attaches timers
    m_active = true;
    m_due = manual->now() + m_interval;
    m_order = ++manual->m_started;
}

void ClockTimer::stop()
{
    if (m_wall)
        m_wall->stop();
    m_active = false;
}

} // namespace widgets
