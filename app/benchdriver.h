#pragma once

#include <QPointF>

#include <string_view>
#include <vector>

class QWidget;

namespace app {

class MainWindow;

// Where a drag goes: the widget, the point of its handle to press, and the two ends of the straight
// track the handle moves along, in the widget's coordinates. Read again before every drag, since
// the handle stays where the last drag left it.
struct DragTrack
{
    QWidget *widget = nullptr;
    QPointF grip; // the handle's centre: where the press lands
    QPointF low; // the handle at the lowest value
    QPointF high; // the handle at the highest value
    double pixelsPerValue = 0.0; // the distance between two values the widget tells apart
};

// One thing `entropylab bench --input` drags: its name, the lessons it belongs to, the track, and
// the value the drag moves (to check that it moved).
struct BenchInput
{
    enum class Outcomes { Two, Many, Any }; // the page it is on: the Two or the Many outcomes page
    const char *name; // as --input names it: "p"
    Outcomes outcomes;
    DragTrack (*track)(MainWindow &window);
    double (*value)(const MainWindow &window);
};

// Every input, in the order `--input all` runs them. A new control (the softmax page's logits) is
// one more row of this table (in benchdriver.cpp).
const std::vector<BenchInput> &benchInputs();
const BenchInput *benchInputByName(std::string_view name);

// One frame, from posting its input events to the end of the event loop's work: wall and
// main-thread CPU milliseconds, and whether a plot was painted in it.
struct FrameTime
{
    double wallMs = 0.0;
    double cpuMs = 0.0;
    bool painted = false;
};

// What dragAndTime did: the frames, the drags (a press to its release) and the undo steps they left.
struct DragRun
{
    std::vector<FrameTime> frames;
    int drags = 0;
    int undoSteps = 0;
    bool moved = true; // every drag changed the input's value
};

// Drags `input` as a hand does, through the event queue: a press on its handle, `frames` frames of
// `movesPerFrame` mouse moves each along the track (a fast drag delivers several moves a frame),
// and a release when the handle reaches an end of the track, after which the next drag starts
// from there the other way; the last drag is released after the last frame. Each frame posts its
// moves, then runs the event loop until nothing is left to do without waiting (paint and flush
// included; on X11 also the server's reply to a round trip, so the window is on screen) and is
// timed from the first post to that end. Presses and releases are processed but not timed. The
// window must be shown and exposed; `movesPerFrame` is at least 1.
DragRun dragAndTime(MainWindow &window, const BenchInput &input, int frames, int movesPerFrame);

// Runs the event loop until the window is exposed (the platform has shown it), or `timeoutMs` passes.
bool waitUntilExposed(QWidget &window, int timeoutMs);

} // namespace app
