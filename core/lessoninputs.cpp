#include "lessoninputs.h"

#include "numberparse.h"
#include "utf8.h"

#include <cmath>

namespace core {

namespace {

// "1 entry", "3 entries".
std::string counted(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

InputRefusal refusal(InputRule rule, std::string key)
{
    InputRefusal r;
    r.rule = rule;
    r.key = std::move(key);
    return r;
}

std::optional<InputRefusal> sizeProblem(const LessonInputs &in)
{
    const std::size_t n = in.p.size();
    if (n < kMinOutcomes || n > kMaxEditorOutcomes) {
        InputRefusal r = refusal(InputRule::OutcomeCount, "p");
        r.count = n;
        return r;
    }
    const auto differs = [&](InputRule rule, const char *key, std::size_t count) -> std::optional<InputRefusal> {
        if (count == n)
            return std::nullopt;
        InputRefusal r = refusal(rule, key);
        r.count = rule == InputRule::CountsDiffer ? n : count;
        r.other = rule == InputRule::CountsDiffer ? count : n;
        return r;
    };
    if (auto r = differs(InputRule::CountsDiffer, "p", in.q.size()))
        return r;
    return differs(InputRule::LabelCount, "labels", in.labels.size());
}

std::optional<InputRefusal> distributionProblem(const std::vector<double> &entries, const char *key)
{
    try {
        Distribution::fromEntries(entries);
        return std::nullopt;
    } catch (const DistributionError &e) {
        InputRefusal r = refusal(InputRule::SumNotOne, key);
        switch (e.problem()) {
        case DistributionError::Problem::NotFinite:
            r.rule = InputRule::EntryNotFinite;
            break;
        case DistributionError::Problem::Negative:
            r.rule = InputRule::EntryNegative;
            break;
        case DistributionError::Problem::AboveOne:
        case DistributionError::Problem::OutsideUnit:
            r.rule = InputRule::EntryAboveOne;
            break;
        case DistributionError::Problem::TooFewOutcomes: // sizeProblem has refused these
        case DistributionError::Problem::BadSum:
            break;
        }
        r.index = e.entry();
        r.value = e.value();
        r.text = e.what();
        return r;
    }
}

std::optional<InputRefusal> lockProblem(const std::vector<bool> &locks, std::size_t n, const char *key)
{
    if (locks.empty() || locks.size() == n)
        return std::nullopt;
    InputRefusal r = refusal(InputRule::LockCount, key);
    r.count = locks.size();
    r.other = n;
    return r;
}

bool isWhole(double x, double low, double high)
{
    return x >= low && x <= high && x == std::floor(x);
}

std::optional<InputRefusal> numberProblem(InputRule rule, const char *key, double value, bool bad)
{
    if (!bad)
        return std::nullopt;
    InputRefusal r = refusal(rule, key);
    r.value = value;
    return r;
}

} // namespace

std::vector<std::string> binaryLabels()
{
    return {"1", "0"};
}

std::vector<std::string> unnamedLabels(std::size_t n)
{
    return n == 2 ? binaryLabels() : defaultLabels(n);
}

std::vector<std::string> defaultLabels(std::size_t n)
{
    std::vector<std::string> labels;
    labels.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Bijective base 26, like spreadsheet columns: Z is followed by AA, not BA.
        std::string label;
        for (std::size_t k = i + 1; k > 0; k = (k - 1) / 26)
            label.insert(label.begin(), static_cast<char>('A' + (k - 1) % 26));
        labels.push_back(std::move(label));
    }
    return labels;
}

std::optional<InputRefusal> labelsRefusal(std::span<const std::string> labels)
{
    auto problem = labelsProblem(labels);
    if (!problem)
        return std::nullopt;
    InputRefusal r = refusal(problem->sameAs ? InputRule::LabelRepeated : InputRule::Label, "labels");
    r.index = problem->index;
    r.other = problem->sameAs.value_or(0);
    r.text = labels[problem->index];
    r.label = std::move(problem);
    return r;
}

std::optional<InputRefusal> validate(const LessonInputs &in)
{
    if (auto r = sizeProblem(in))
        return r;
    if (auto r = distributionProblem(in.p, "p"))
        return r;
    if (auto r = distributionProblem(in.q, "q"))
        return r;
    if (auto r = labelsRefusal(in.labels))
        return r;
    const std::size_t n = in.p.size();
    if (auto r = lockProblem(in.lockedP, n, "lockedP"))
        return r;
    if (auto r = lockProblem(in.lockedQ, n, "lockedQ"))
        return r;
    if (auto r = numberProblem(InputRule::Focus, "focus", in.focus, !isWhole(in.focus, 0, double(n) - 1))) {
        r->count = n;
        return r;
    }
    if (auto r = numberProblem(InputRule::Y, "y", in.y, !isWhole(in.y, 0, 1)))
        return r;
    // The negated test also refuses NaN.
    if (auto r = numberProblem(InputRule::Yhat, "yhat", in.yhat, !(in.yhat >= 0.0 && in.yhat <= 1.0)))
        return r;
    if (!parseUnit(in.unit)) {
        InputRefusal r = refusal(InputRule::Unit, "unit");
        r.text = in.unit;
        return r;
    }
    return std::nullopt;
}

std::string entryName(const InputRefusal &refusal)
{
    if (!refusal.index || refusal.rule == InputRule::SumNotOne || refusal.key != "labels")
        return refusal.key;
    return refusal.key + '[' + std::to_string(*refusal.index) + ']';
}

std::string describe(const InputRefusal &r)
{
    switch (r.rule) {
    case InputRule::OutcomeCount:
        return counted(r.count, "entry", "entries") + "; a lesson has " + std::to_string(kMinOutcomes) + " to "
            + std::to_string(kMaxEditorOutcomes) + " outcomes";
    case InputRule::CountsDiffer:
        return std::to_string(r.count) + " entries, but q has " + std::to_string(r.other);
    case InputRule::LabelCount:
        return counted(r.count, "label", "labels") + ", but p has " + std::to_string(r.other) + " entries";
    case InputRule::LockCount:
        return counted(r.count, "entry", "entries") + ", but p has " + std::to_string(r.other);
    case InputRule::EntryNotFinite:
    case InputRule::EntryNegative:
    case InputRule::EntryAboveOne:
    case InputRule::SumNotOne:
        return r.text;
    case InputRule::Label:
        return "the label " + r.label->message;
    case InputRule::LabelRepeated:
        return r.label->message + " (also labels[" + std::to_string(r.other) + "])";
    case InputRule::Focus:
        return formatRoundTrip(r.value) + " is not an outcome (0 to " + std::to_string(r.count - 1) + ")";
    case InputRule::Y:
        return formatRoundTrip(r.value) + " is not 0 or 1";
    case InputRule::Yhat:
        return formatRoundTrip(r.value) + " is outside [0, 1]";
    case InputRule::Unit:
        return quotedForMessage(r.text) + " is not a unit (bits, nats, bans or hartleys)";
    }
    return {};
}

Distribution lessonDistribution(std::span<const double> entries)
{
    if (entries.size() == 2)
        return Distribution::binary(entries[0]);
    return Distribution::fromEntries(entries);
}

} // namespace core
