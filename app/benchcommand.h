#pragma once

#include "core/commandline.h"

namespace app {

// The options and usage text of `entropylab bench`.
const core::CommandSpec &benchCommand();

// `entropylab bench [--updates N] [--outcomes N] [--export] [--json]`: moves p through N slider values
// in the default main window (offscreen unless a platform is set) and times, per update, the recompute
// plus a synchronous replot of every visible panel. `given` is read by benchCommand(). Needs the
// QApplication to exist already. Throws core::UsageError for a bad value (the caller prints it as one
// line and exits with 2); returns the exit code otherwise.
int runBench(const core::CommandLine &given);

} // namespace app
