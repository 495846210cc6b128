#pragma once

#include <string>
#include <vector>

namespace app {

// `entropylab bench [--updates N] [--outcomes N] [--json]`: moves p through N slider values in the
// default main window (offscreen unless a platform is set) and times, per update, the recompute
// plus a synchronous replot of every visible panel. Needs the QApplication to exist already.
// Returns the exit code (2 for bad arguments, with one line on stderr).
int runBench(const std::vector<std::string> &args);

// The usage text of `bench`, for --help.
std::string benchUsage();

} // namespace app
