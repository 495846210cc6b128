#pragma once

#include <QSize>
#include <QString>

#include <optional>
#include <vector>

class QWidget;

// `entropylab bench --startup`: the time from launching the program to the end of the first paint
// of its window. The bench launches this same executable as the lesson window with a probe in its
// environment; the window reports and quits as soon as it has been painted once.
namespace app::startup {

// The probe: "<launch>,<width>x<height>", the launch in nanoseconds of CLOCK_MONOTONIC (one clock for
// every process of the machine), read by the parent just before it started the child.
inline constexpr char kProbeVariable[] = "ENTROPYLAB_STARTUP_PROBE";

// The window size a probe asks for, or nothing in an ordinary start.
std::optional<QSize> probedSize();

// In a probe, once `window` has been painted for the first time (its paint and the backing
// store's flush done, then a round trip to the window system, so an X server has drawn it): prints
// "startup_ms <milliseconds since the launch> cpu_ms <the process's CPU milliseconds, all threads>"
// on stdout and quits the application with 0. In an ordinary start, does nothing.
void reportFirstPaint(QWidget *window);

// One launch: the wall milliseconds from the launch to the end of the first paint, and the CPU
// milliseconds the process spent until then (less than the wall time by what it waited for, the
// loader's disk reads and, on a busy machine, the other processes).
struct Launch
{
    double ms = 0.0;
    double cpuMs = 0.0;
};

// Launches this executable `runs` times as a probe (after one launch that is not counted, which
// warms the disk cache) with the window at `size` on `platform` (the child's QT_QPA_PLATFORM), each
// with new, empty settings and data folders (the first start of a new user), and returns each
// launch. Throws std::runtime_error with the child's words when a launch fails.
std::vector<Launch> measureStartup(int runs, QSize size, const QString &platform);

} // namespace app::startup
