#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace app {

// `entropylab compute ...`: the core's numbers for the given p, q, y, yhat, without a display.
// `args` are the words after "compute". Returns the exit code: 0, or 2 for bad input, in which
// case one line naming the problem goes to `err` and nothing to `out`.
int runCompute(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// The usage text of `compute`, for --help.
std::string computeUsage();

} // namespace app
