#include "benchdriver.h"

#include "document.h"
#include "mainwindow.h"
#include "widgets/controlpanel.h"
#include "widgets/distributionpanel.h"
#include "widgets/model/lessonhistory.h"
#include "widgets/model/lessonstate.h"
#include "widgets/probabilityslider.h"

#include <QAbstractEventDispatcher>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>

// QtGui's entry for synthesised mouse input, the one QTest's mouse functions use (declared in
// <QtTest/qtestmouse.h>, exported by QtGui): the event takes the path a window system's does,
// through QGuiApplication (button state, double clicks, the grab of a press) and the window to the
// widget under the mouse.
Q_GUI_EXPORT void qt_handleMouseEvent(QWindow *window, const QPointF &local, const QPointF &global,
                                      Qt::MouseButtons state, Qt::MouseButton button, QEvent::Type type,
                                      Qt::KeyboardModifiers mods, int timestamp);

namespace app {

namespace {

// A hand moves the mouse by a couple of pixels per event at least; a move never lands between two
// values the widget tells apart, so every frame changes what is shown.
constexpr double kPixelsPerMove = 2.0;
// A frame whose input painted no plot waits this long for a timer that might (a frame timer) and
// then counts as unpainted.
constexpr int kPaintPatienceMs = 100;
// Event timestamps advance by a frame at 60 Hz, and by more than a double-click interval between
// drags, so a press on the handle a drag has just released never makes a double click.
constexpr int kFrameMs = 16;
constexpr int kBetweenDragsMs = 2000;

DragTrack sliderTrack(QSlider *slider)
{
    // The handle's rectangle as the slider's style computes it for a position (QSlider keeps its
    // own initStyleOption protected).
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    option.tickPosition = slider->tickPosition();
    option.tickInterval = slider->tickInterval();
    option.upsideDown = slider->orientation() == Qt::Horizontal
        ? slider->invertedAppearance() != (slider->layoutDirection() == Qt::RightToLeft)
        : !slider->invertedAppearance();
    const auto handleAt = [&](int position) {
        option.sliderPosition = position;
        option.sliderValue = position;
        return QRectF(slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider))
            .center();
    };
    DragTrack track {slider, handleAt(slider->sliderPosition()), handleAt(slider->minimum()),
                     handleAt(slider->maximum())};
    track.pixelsPerValue = std::hypot(track.high.x() - track.low.x(), track.high.y() - track.low.y())
        / std::max(1, slider->maximum() - slider->minimum());
    return track;
}

// p₁'s bar in the many-outcome editor, from the axis (0) to the top of the plot.
DragTrack barTrack(MainWindow &window)
{
    auto *bars = qobject_cast<widgets::DistributionPanel *>(window.panel(QStringLiteral("distribution")));
    const QPointF top = bars->barTop(false, 0);
    const double bottom = bars->yAxis->coordToPixel(0.0);
    const double ceiling = bars->yAxis->coordToPixel(bars->yAxis->range().upper);
    // The bars take values in thousandths (DistributionPanel::mouseMoveEvent).
    const double thousandth = std::abs(bars->yAxis->coordToPixel(0.001) - bottom);
    return {bars, top, {top.x(), bottom}, {top.x(), ceiling + 2.0}, thousandth};
}

double seconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Counts the paint events of the plots in the window: a frame whose input changed a value paints
// at least one.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(MainWindow &window)
    {
        for (QWidget *plot : window.findChildren<QCustomPlot *>())
            plot->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// Runs the event loop until it has nothing left to do without waiting: the input, what it set off
// (queued replots, layout requests, the window's update request with its paint and the backing
// store's flush), and QGuiApplication::sync(), which on X11 waits for the server's reply to a
// round trip, so the server has drawn what it was sent. With `paintsBefore`, if no plot has painted
// by then (work moved to a timer), waits for the timers up to kPaintPatienceMs. Returns whether a
// plot painted. Gives up after kSettleLimitMs if something keeps the loop busy for ever.
bool settle(const PaintCounter &paints, std::optional<int> paintsBefore)
{
    constexpr int kSettleLimitMs = 10'000;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const QDeadlineTimer patience(kPaintPatienceMs);
    const QDeadlineTimer limit(kSettleLimitMs);
    for (;;) {
        while (dispatcher->processEvents(QEventLoop::AllEvents) && !limit.hasExpired()) { }
        QGuiApplication::sync();
        if (dispatcher->processEvents(QEventLoop::AllEvents) && !limit.hasExpired())
            continue; // the round trip brought events
        const bool painted = paintsBefore && paints.count() > *paintsBefore;
        if (!paintsBefore || painted || patience.hasExpired())
            return painted;
        QTimer wake; // waits for the next timer, or the end of patience
        wake.setSingleShot(true);
        wake.start(std::max<qint64>(1, patience.remainingTime()));
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    }
}

// Posts mouse events to the window's event queue, as the platform would deliver them.
class Mouse
{
public:
    explicit Mouse(MainWindow &window)
        : m_window(window)
    { }

    void post(QEvent::Type type, const DragTrack &track, QPointF at, Qt::MouseButtons buttons)
    {
        QWindow *handle = m_window.windowHandle();
        const QPointF local = track.widget->mapTo(&m_window, at);
        const QPointF global = m_window.mapToGlobal(local);
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        const int timestamp = m_timestamp;
        QMetaObject::invokeMethod(
            qApp,
            [=] { qt_handleMouseEvent(handle, local, global, buttons, button, type, Qt::NoModifier, timestamp); },
            Qt::QueuedConnection);
    }
    void advance(int ms) { m_timestamp += ms; }

private:
    MainWindow &m_window;
    int m_timestamp = 1;
};

// The undo steps recorded since `top` was the stack's top command (no undo happens in a bench).
int stepsSince(const QUndoStack &stack, const QUndoCommand *top)
{
    int steps = 0;
    for (int i = stack.count() - 1; i >= 0 && stack.command(i) != top; --i)
        ++steps;
    return steps;
}

const QUndoCommand *topOf(const QUndoStack &stack)
{
    return stack.count() > 0 ? stack.command(stack.count() - 1) : nullptr;
}

// One drag's path: from the handle to the end of the track farther from it, in moves that each
// change the value.
struct DragPath
{
    DragTrack track;
    QPointF end;
    int moves = 1;

    QPointF at(int move) const { return track.grip + static_cast<double>(move) / moves * (end - track.grip); }
};

DragPath pathOf(const DragTrack &track)
{
    const auto distance = [](QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); };
    const QPointF end = distance(track.grip, track.low) > distance(track.grip, track.high) ? track.low : track.high;
    const double step = std::max(kPixelsPerMove, 1.5 * track.pixelsPerValue);
    return {track, end, std::max(1, static_cast<int>(std::ceil(distance(track.grip, end) / step)))};
}

// One timed frame: posts the next `movesPerFrame` moves of the path (fewer once it ends) and runs
// the event loop until the frame is done.
FrameTime timeFrame(Mouse &mouse, const DragPath &path, int &move, int movesPerFrame, const PaintCounter &paints)
{
    const int paintsBefore = paints.count();
    const double wallStart = seconds(CLOCK_MONOTONIC);
    const double cpuStart = seconds(CLOCK_THREAD_CPUTIME_ID);
    mouse.advance(kFrameMs);
    for (int k = 0; k < movesPerFrame && move < path.moves; ++k)
        mouse.post(QEvent::MouseMove, path.track, path.at(++move), Qt::LeftButton);
    const bool painted = settle(paints, paintsBefore);
    return {(seconds(CLOCK_MONOTONIC) - wallStart) * 1e3, (seconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart) * 1e3,
            painted};
}

} // namespace

const std::vector<BenchInput> &benchInputs()
{
    static const std::vector<BenchInput> inputs {
        {"p", BenchInput::Outcomes::Any, [](MainWindow &w) { return sliderTrack(w.controls()->pSlider()->slider()); },
         [](const MainWindow &w) { return w.document()->state()->p(); }},
        {"q", BenchInput::Outcomes::Any, [](MainWindow &w) { return sliderTrack(w.controls()->qSlider()->slider()); },
         [](const MainWindow &w) { return w.document()->state()->q(); }},
        {"yhat", BenchInput::Outcomes::Two, [](MainWindow &w) { return sliderTrack(w.controls()->yhatSlider()->slider()); },
         [](const MainWindow &w) { return w.document()->state()->yhat(); }},
        {"bar", BenchInput::Outcomes::Many, barTrack, [](const MainWindow &w) { return w.document()->state()->pDistribution()[0]; }},
    };
    return inputs;
}

const BenchInput *benchInputByName(std::string_view name)
{
    for (const BenchInput &input : benchInputs()) {
        if (name == input.name)
            return &input;
    }
    return nullptr;
}

bool waitUntilExposed(QWidget &window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
    return window.windowHandle() && window.windowHandle()->isExposed();
}

DragRun dragAndTime(MainWindow &window, const BenchInput &input, int frames, int movesPerFrame)
{
    DragRun run;
    run.frames.reserve(static_cast<std::size_t>(frames));
    const PaintCounter paints(window);
    const QUndoStack &undo = *window.document()->history()->stack();
    Mouse mouse(window);
    while (static_cast<int>(run.frames.size()) < frames) {
        const DragPath path = pathOf(input.track(window));
        const QUndoCommand *topBefore = topOf(undo);
        const double valueBefore = input.value(window);
        mouse.advance(kBetweenDragsMs);
        mouse.post(QEvent::MouseButtonPress, path.track, path.at(0), Qt::LeftButton);
        settle(paints, std::nullopt);
        int move = 0;
        while (static_cast<int>(run.frames.size()) < frames && move < path.moves)
            run.frames.push_back(timeFrame(mouse, path, move, movesPerFrame, paints));
        mouse.advance(kFrameMs);
        mouse.post(QEvent::MouseButtonRelease, path.track, path.at(move), Qt::NoButton);
        settle(paints, std::nullopt);
        ++run.drags;
        run.undoSteps += stepsSince(undo, topBefore);
        run.moved = run.moved && input.value(window) != valueBefore;
    }
    return run;
}

} // namespace app
