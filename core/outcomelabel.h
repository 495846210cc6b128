#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

// The one rule for outcome labels, whatever brings them in: a session, a copy-state string, a
// preset, a lesson file, `export --labels` or the window. Readers call it; none has its own copy.
namespace core {

inline constexpr std::size_t kMaxLabelLength = 40; // bytes of UTF-8 per outcome label

// What is wrong with one label, as a phrase that follows the label's name ("label 2 holds ..."),
// or nothing. A label is strict UTF-8 (no overlong form, surrogate or truncated sequence), 1 to
// kMaxLabelLength bytes, and holds no character that is invisible or garbles a line: no control
// (Cc), format (Cf: zero-width space, bidirectional overrides, soft hyphen, ...), line or paragraph
// separator, noncharacter, and no white space at either end (" a" would look like "a"). The
// message never repeats the bad bytes; it names the code point (U+200B).
std::optional<std::string> labelProblem(std::string_view label);

// The first problem of a list of labels, in order: a label's own problem, or a label equal to an
// earlier one (`sameAs`, 0-based), which would make two outcomes nobody can tell apart.
// Which part of the rule a label breaks; `detail` in LabelProblem says what it found.
enum class LabelRule {
    Empty,
    TooLong, // detail: its length in bytes
    LoneSurrogate, // detail: the surrogate (U+D800..U+DFFF)
    NotUtf8, // detail: the 1-based position of the bad byte
    Control, // detail: the code point, as for the four below
    Format,
    LineSeparator,
    Noncharacter,
    Blank,
    LeadingSpace,
    TrailingSpace,
    Repeated, // detail: unused; see sameAs
};
struct LabelProblem
{
    std::size_t index = 0; // 0-based, the offending entry
    std::optional<std::size_t> sameAs; // for a duplicate, the earlier entry it repeats
    std::string message; // "is empty", "holds the format character U+200B", "\"a\" names two outcomes"
    LabelRule rule = LabelRule::Empty; // the same problem as a code, for a translated message
    char32_t detail = 0;
};
std::optional<LabelProblem> labelsProblem(std::span<const std::string> labels);

// "label 2 is empty", "labels 1 and 3 are the same: \"a\" names two outcomes"; positions 1-based.
std::string describe(const LabelProblem &problem);

class LabelError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// Throws LabelError(describe(problem)) for the first problem.
void validateLabels(std::span<const std::string> labels);

} // namespace core
