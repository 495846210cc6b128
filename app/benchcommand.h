#pragma once

#include "core/commandline.h"

namespace app {

// The options and usage text of `entropylab bench`.
const core::CommandSpec &benchCommand();

// Checks the options of `entropylab bench` and chooses the platform (`--platform`, offscreen by
// default, whose screen gets the `--size`) by setting QT_QPA_PLATFORM: main() calls it before the
// QApplication exists. Throws core::UsageError for a bad value, and for --platform xcb without an
// X display.
void prepareBench(const core::CommandLine &given);

// `entropylab bench`: drags the chosen inputs of the lesson window with real mouse events and
// times each frame from the input to the end of the event loop's work, paint included (see
// dragAndTime); or, with --startup, launches the window and times it to its first paint. Needs the
// QApplication made after prepareBench(). Throws core::UsageError for a bad value (the caller
// prints it as one line and exits with 2); returns the exit code otherwise (1 when a drag did not
// move its input or the window could not be shown or launched).
int runBench(const core::CommandLine &given);

} // namespace app
