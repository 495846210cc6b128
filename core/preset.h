#pragma once

#include "distribution.h"
#include "lessoninputs.h"
#include "outcomelabel.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Distribution presets: small text files naming a pair of distributions for the lesson.
namespace core {

// Limits on preset files, which are untrusted input (students send files to teachers).
inline constexpr std::size_t kMaxPresetBytes = 64 * 1024;

// Why a preset file was refused. The message names the line ("line 4: ...") or the missing key,
// and is valid UTF-8 fit to show to the user.
class PresetError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// A named pair of distributions over labelled outcomes, e.g. a fair die (p) and a loaded one (q).
struct Preset
{
    std::string name; // "Fair die"
    std::string description; // one sentence, may be empty
    std::vector<std::string> labels; // one per outcome
    Distribution p;
    Distribution q;
};

// Parses the text of a .preset file. Throws PresetError whose message names the line
// ("line 4: ...") or the missing key.
//
// The format is UTF-8 text (an initial UTF-8 byte-order mark is skipped), LF or CRLF line endings,
// one `key: value` per line; blank lines and lines whose first non-blank character is '#' are
// ignored, spaces and tabs around keys and values are trimmed. A value runs to the end of its line
// ('#' after a value is part of it). Keys are case-sensitive and each may appear once:
//   name         required, non-empty, at most 80 bytes
//   description  optional, at most 300 bytes
//   p            required: kMinOutcomes..kMaxEditorOutcomes comma-separated finite non-negative
//                weights with a positive sum, divided by their sum (counts and percentages work)
//   q            optional, as p and with as many entries; uniform when absent
//   labels       optional, one per entry of p, comma-separated (so a label holds no comma), each
//                trimmed, then as core::validateLabels requires; defaultLabels(n) when absent
// Refused anywhere in the text: more than kMaxPresetBytes, invalid UTF-8 (overlong forms,
// surrogates, code points above U+10FFFF, truncated sequences), a UTF-16 byte-order mark, NUL and
// other control characters except tab (and CR directly before LF or at the end of the text).
Preset parsePreset(std::string_view text);

} // namespace core
