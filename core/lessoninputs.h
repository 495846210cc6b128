#pragma once

#include "distribution.h"
#include "outcomelabel.h"
#include "units.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

// The inputs of the lesson with their defaults and limits, and the one rule for a valid lesson
// state. Every reader of a state (LessonState::restore, a session, a copy-state string, a preset, a
// lesson file's example, `export --labels`) fills a LessonInputs and asks validate(); none has a
// check of its own. A refusal carries a code and the offending entry, so the window can say it in
// the learner's language (widgets::refusalText) and the command line in English (describe).
namespace core {

inline constexpr double kDefaultP = 0.30; // the true distribution (p, 1 - p)
inline constexpr double kDefaultQ = 0.60; // the model's distribution (q, 1 - q)
inline constexpr int kDefaultY = 1; // the label of one training example
inline constexpr double kDefaultYhat = 0.80; // the model's predicted probability of label 1
inline constexpr Unit kDefaultUnit = Unit::Bits;

inline constexpr std::size_t kMinOutcomes = 2;
inline constexpr std::size_t kMaxEditorOutcomes = 64; // the most outcomes the editor shows

// The two-outcome lesson's labels, "1" and "0": the values of y.
std::vector<std::string> binaryLabels();
// The labels of n outcomes nobody named: binaryLabels() for two, else defaultLabels(n) ("A", "B", ...).
std::vector<std::string> unnamedLabels(std::size_t n);
// Labels "A", "B", ..., "Z", "AA", "AB", ... for n outcomes without names.
std::vector<std::string> defaultLabels(std::size_t n);

// The lesson's inputs as a reader found them, before any check. Numbers a file may get wrong
// (focus 0.5, y 2) are doubles, the unit is its name, so validate() can say what was wrong.
struct LessonInputs
{
    std::vector<double> p {kDefaultP, 1.0 - kDefaultP}; // entries; 2..kMaxEditorOutcomes, sum 1
    std::vector<double> q {kDefaultQ, 1.0 - kDefaultQ}; // as many entries as p
    std::vector<std::string> labels = binaryLabels(); // UTF-8, one per entry, core::labelsProblem's rule
    std::vector<bool> lockedP; // one per entry, or empty: nothing locked
    std::vector<bool> lockedQ;
    double focus = 0; // the outcome the sliders move: a whole number in [0, n)
    double y = kDefaultY; // 0 or 1
    double yhat = kDefaultYhat; // in [0, 1]
    std::string unit = std::string(unitName(kDefaultUnit)); // as parseUnit reads it
};

// Which rule a state breaks. The comment says what InputRefusal holds besides `key`.
enum class InputRule {
    OutcomeCount, // key "p": count = p's entries
    CountsDiffer, // key "p": count = p's entries, other = q's
    LabelCount, // key "labels": count = labels, other = p's entries
    LockCount, // key "lockedP" / "lockedQ": count = locks, other = p's entries
    EntryNotFinite, // key "p" / "q": index, value = the entry
    EntryNegative, // as EntryNotFinite
    EntryAboveOne, // as EntryNotFinite
    SumNotOne, // key "p" / "q": value = the sum
    Label, // key "labels": index, label = core::labelsProblem's problem
    LabelRepeated, // key "labels": index, other = the earlier entry it repeats, label, text = the label
    Focus, // key "focus": value, count = p's entries
    Y, // key "y": value
    Yhat, // key "yhat": value
    Unit, // key "unit": text = the name given
};

// Why validate() refused a state: the rule, the key of the offending input and, for a list, the
// 0-based entry.
struct InputRefusal
{
    InputRule rule = InputRule::OutcomeCount;
    std::string key;
    std::optional<std::size_t> index;
    std::size_t count = 0; // a size the rule found wrong
    std::size_t other = 0; // the size it should have, or an earlier entry
    double value = 0; // the offending number
    std::string text; // the offending text
    std::optional<LabelProblem> label; // for Label and LabelRepeated
};

// The first rule `inputs` breaks, checked in the order of InputRule (sizes first: a wrong count
// says more than a complaint about one entry), or nothing for a valid state.
std::optional<InputRefusal> validate(const LessonInputs &inputs);

// validate()'s rule for the labels alone, for a reader that has nothing else to check (`export
// --labels`, the benchmark's 256 outcomes): core::labelsProblem as a Label or LabelRepeated refusal.
std::optional<InputRefusal> labelsRefusal(std::span<const std::string> labels);

// The refusal in English after its key, as the session reader has always said it: "the entries sum
// to 0.9, not 1", "3 entries, but q has 2", "\"A\" names two outcomes (also labels[0])".
std::string describe(const InputRefusal &refusal);
// "labels[2]" for an entry of a list, else the key.
std::string entryName(const InputRefusal &refusal);

// The distribution a validated list of entries stands for: two entries as the exact binary(x) the
// two-outcome lesson keeps, more as Distribution::fromEntries.
Distribution lessonDistribution(std::span<const double> entries);

} // namespace core
