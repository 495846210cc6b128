#pragma once

#include <QList>
#include <QObject>
#include <QtGlobal>

class QTimer;

namespace widgets {

class ClockTimer;

// The time that everything in the window which moves on its own runs on: the sweeps, the glides
// to a bookmark, the lesson's highlight, the sampling and training animations, the editor's
// messages and the autosave. Normally the wall clock; `entropylab fuzz` installs a ManualClock and
// moves it on itself, so a seed gives the same state however slow the machine is.
//
// Left on the wall clock, because they cannot change the state or what the fuzz can reach: the
// status bar's messages (QStatusBar holds no widget here, so a message going changes no layout),
// the time `fuzz` and `bench` report, and the timers inside Qt's own widgets.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since some start; it never goes back.
    virtual qint64 now() const = 0;

    // The clock that sweeps and ClockTimers made from now on use: the wall clock unless another
    // was installed.
    static Clock *current();
    // Makes `clock` current (nullptr: the wall clock again). It must outlive what was made with it.
    static void install(Clock *clock);

private:
    friend class ClockTimer;
    // A clock that drives its timers itself takes them here; the wall clock says no, and the timer
    // runs on a QTimer.
    virtual bool attach(ClockTimer *) { return false; }
    virtual void detach(ClockTimer *) { }
};

// Moves only when told: advance() sets the time forward and fires, in order and synchronously,
// every timer that falls due on the way, each with now() at its due time.
class ManualClock final : public Clock
{
public:
    ManualClock() = default;
    ~ManualClock() override;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    qint64 now() const override { return m_now; }
    void advance(qint64 milliseconds);

private:
    friend class ClockTimer;
    bool attach(ClockTimer *timer) override;
    void detach(ClockTimer *timer) override;

    qint64 m_now = 0;
    quint64 m_started = 0; // orders timers due at the same time by when they were started
    bool m_advancing = false;
    QList<ClockTimer *> m_timers;
};

// A QTimer on the clock that was current when it was made.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit ClockTimer(QObject *parent = nullptr);
    ~ClockTimer() override;

    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    // How precisely the wall clock keeps the interval (see QTimer); a manual clock is exact.
    void setTimerType(Qt::TimerType type);
    bool isActive() const;
    Clock *clock() const { return m_clock; }

public slots:
    void start();
    void stop();

signals:
    void timeout();

private:
    friend class ManualClock;

    Clock *m_clock;
    QTimer *m_wall = nullptr; // on the wall clock
    int m_interval = 0;
    bool m_singleShot = false;
    // On a manual clock:
    bool m_active = false;
    qint64 m_due = 0;
    quint64 m_order = 0;
};

} // namespace widgets
