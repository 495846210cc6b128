#pragma once

#include "core/preset.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace widgets {

// The presets built into the app (resources/presets/*.preset), sorted by name. A file that does not
// parse is left out with a warning: the tests check that every one of them parses.
const std::vector<core::Preset> &builtInPresets();

// The file names of the built-in presets without ".preset" ("fair-die", ...), as --preset takes them.
QStringList builtInPresetNames();

// Reads a preset file; throws core::PresetError naming the problem (also a file too large or unreadable).
core::Preset readPresetFile(const QString &path);

} // namespace widgets
