#include "distributionedit.h"

#include "summation.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

bool isLocked(const std::vector<bool> &locked, std::size_t i)
{
    return i < locked.size() && locked[i];
}

// Scales the unlocked entries other than `skip` so that they sum to `target`; all-zero unlocked
// entries share it equally. Returns false when there is no unlocked entry to take a nonzero target.
bool spread(std::vector<double> &entries, const std::vector<bool> &locked, std::size_t skip, double target)
{
    CompensatedSum unlockedSum;
    std::size_t unlockedCount = 0;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != skip && !isLocked(locked, j)) {
            unlockedSum.add(entries[j]);
            ++unlockedCount;
        }
    }
    if (unlockedCount == 0)
        return target <= 1e-12;
    const double sum = unlockedSum.value();
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j == skip || isLocked(locked, j))
            continue;
        // entry / sum first: it is at most 1, where target / sum overflows for a subnormal sum.
        entries[j] = sum > 0.0 ? entries[j] / sum * target : target / static_cast<double>(unlockedCount);
    }
    return true;
}

// Puts the rounding left over from scaling into the largest unlocked entry, so the sum is 1 to
// the last bit a double can show.
void closeSum(std::vector<double> &entries, const std::vector<bool> &locked, std::size_t skip)
{
    CompensatedSum total;
    for (double entry : entries)
        total.add(entry);
    const double residual = 1.0 - total.value();
    std::size_t largest = entries.size();
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != skip && !isLocked(locked, j) && (largest == entries.size() || entries[j] > entries[largest]))
            largest = j;
    }
    if (largest < entries.size())
        entries[largest] = std::clamp(entries[largest] + residual, 0.0, 1.0);
}

// Six characters of the number, as the message has always shown it ("0.7000", "0.2999").
std::string sixCharacters(double x)
{
    return std::to_string(x).substr(0, 6);
}

std::string describe(EditRule rule, std::size_t outcome, double lockedSum, double room)
{
    switch (rule) {
    case EditRule::NoSuchOutcome:
        return "there is no outcome " + std::to_string(outcome + 1);
    case EditRule::NotAProbability:
        return "a probability lies between 0 and 1";
    case EditRule::Locked:
        return "this outcome is locked; unlock it to change it";
    case EditRule::NoRoom:
        return "the locked outcomes already hold " + sixCharacters(lockedSum) + "; at most " + sixCharacters(room)
            + " is left";
    case EditRule::OthersLocked:
        return "every other outcome is locked; unlock one to make room";
    case EditRule::NothingToGive:
        return "the unlocked outcomes hold nothing to give the new one; unlock one first";
    case EditRule::TooFewOutcomes:
        return "a distribution needs at least two outcomes";
    case EditRule::RestLocked:
        return "the other outcomes are all locked; unlock one to take this one's share";
    }
    return {};
}

} // namespace

EditError::EditError(EditRule rule, std::size_t outcome, double lockedSum, double room)
    : std::invalid_argument(describe(rule, outcome, lockedSum, room))
    , m_rule(rule)
    , m_outcome(outcome)
    , m_lockedSum(lockedSum)
    , m_room(room)
{ }

std::vector<double> withEntry(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i,
                              double value)
{
    if (i >= entries.size())
        throw EditError(EditRule::NoSuchOutcome, i);
    if (!(value >= 0.0 && value <= 1.0))
        throw EditError(EditRule::NotAProbability, i);
    if (isLocked(locked, i))
        throw EditError(EditRule::Locked, i);
    CompensatedSum lockedSum;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != i && isLocked(locked, j))
            lockedSum.add(entries[j]);
    }
    const double room = 1.0 - lockedSum.value();
    if (value > room + 1e-12)
        throw EditError(EditRule::NoRoom, i, lockedSum.value(), std::max(room, 0.0));
    std::vector<double> result(entries.begin(), entries.end());
    result[i] = value + 0.0;
    if (!spread(result, locked, i, std::max(room - value, 0.0)))
        throw EditError(EditRule::OthersLocked, i);
    closeSum(result, locked, i);
    return result;
}

std::vector<double> withOutcomeAdded(std::span<const double> entries, const std::vector<bool> &locked)
{
    CompensatedSum unlockedSum;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (!isLocked(locked, j))
            unlockedSum.add(entries[j]);
    }
    const double share = std::min(1.0 / static_cast<double>(entries.size() + 1), unlockedSum.value());
    if (!(share > 0.0))
        throw EditError(EditRule::NothingToGive, entries.size());
    std::vector<double> result(entries.begin(), entries.end());
    spread(result, locked, result.size(), unlockedSum.value() - share);
    result.push_back(share);
    closeSum(result, locked, result.size());
    return result;
}

std::vector<double> withOutcomeRemoved(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i)
{
    if (i >= entries.size())
        throw EditError(EditRule::NoSuchOutcome, i);
    if (entries.size() <= 2)
        throw EditError(EditRule::TooFewOutcomes, i);
    std::vector<double> result(entries.begin(), entries.end());
    std::vector<bool> rest(locked);
    rest.resize(result.size(), false);
    CompensatedSum unlockedSum;
    for (std::size_t j = 0; j < result.size(); ++j) {
        if (j != i && !rest[j])
            unlockedSum.add(result[j]);
    }
    if (!spread(result, rest, i, unlockedSum.value() + result[i]))
        throw EditError(EditRule::RestLocked, i);
    result.erase(result.begin() + static_cast<std::ptrdiff_t>(i));
    rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
    closeSum(result, rest, result.size());
    return result;
}

} // namespace core
