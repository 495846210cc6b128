#pragma once

#include "core/commandline.h"

namespace app {

// The options and usage text of `entropylab fuzz`.
const core::CommandSpec &fuzzCommand();

// `entropylab fuzz [--events N] [--seed S] [--json] [--autosave-every K]`: opens the real main
// window (offscreen unless a platform is set) and sends it N pseudo-random user events (keys and
// every shortcut, mouse presses, drags and wheel turns, typed garbage, menu actions, session files,
// pasted states, resizes) from std::mt19937_64 seeded with S. After each event it checks that the
// state is valid, that the readouts agree with core/, that nothing shows NaN and that Qt printed no
// warning. The same seed gives the same final state: motion (glides, sweeps, training runs) is
// finished or stopped at once after each event, so no clock decides anything.
//
// The user's own settings and autosave are never touched: QStandardPaths' test mode is on and
// QSettings writes into a temporary folder. With --autosave-every K the window instead autosaves
// (restoring the last autosave first) every K events, in the real places (XDG_DATA_HOME): the
// crash-safety test kills it while it does.
//
// `given` is read by fuzzCommand(). Needs the QApplication to exist already. Returns 0, or 1 on the
// first violation (seed, event index, the event and the violation on stderr); throws core::UsageError
// for a bad value (the caller prints it as one line and exits with 2).
int runFuzz(const core::CommandLine &given);

} // namespace app
