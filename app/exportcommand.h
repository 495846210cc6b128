#pragma once

#include "core/commandline.h"

namespace app {

// The options and usage text of `entropylab export`.
const core::CommandSpec &exportCommand();

// `entropylab export --panel NAME --format png|svg|pdf|tex --out PATH ...`: renders panels of the
// lesson window for the given state into figure files, with no display. `options` are read by
// exportCommand(). Needs the QApplication to exist. Prints the written paths to stdout, one a line,
// and returns 0; bad arguments or an unwritable path throw core::UsageError (the caller prints it as
// one line and exits with 2), with no file written.
int runExport(const core::CommandLine &options);

} // namespace app
