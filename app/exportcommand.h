#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace app {

// `entropylab export --panel NAME --format png|svg|pdf|tex --out PATH ...`: renders panels of the
// lesson window for the given state into figure files, with no display. Needs the QApplication to
// exist. Prints the written paths, one a line; bad arguments or an unwritable path exit with 2,
// one line on `err`, and no file written.
int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// The usage text of `export`, for --help.
std::string exportUsage();

} // namespace app
