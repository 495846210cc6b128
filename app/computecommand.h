#pragma once

#include "core/commandline.h"

namespace app {

// The options and usage text of `entropylab compute`.
const core::CommandSpec &computeCommand();

// `entropylab compute ...`: the core's numbers for the given p, q, y, yhat, or for a classifier's logits
// and target, without a display or Qt, printed to stdout. `options` are read by computeCommand(). Throws
// core::UsageError for bad input (the caller prints it as one line and exits with 2) before printing
// anything; returns 0.
int runCompute(const core::CommandLine &options);

} // namespace app
