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

} // namespace

std::vector<double> withEntry(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i,
                              double value)
{
    if (i >= entries.size())
        throw EditError("there is no outcome " + std::to_string(i + 1));
    if (!(value >= 0.0 && value <= 1.0))
        throw EditError("a probability lies between 0 and 1");
    if (isLocked(locked, i))
        throw EditError("this outcome is locked; unlock it to change it");
    CompensatedSum lockedSum;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != i && isLocked(locked, j))
            lockedSum.add(entries[j]);
    }
    const double room = 1.0 - lockedSum.value();
    if (value > room + 1e-12)
        throw EditError("the locked outcomes already hold " + std::to_string(lockedSum.value()).substr(0, 6)
                        + "; at most " + std::to_string(std::max(room, 0.0)).substr(0, 6) + " is left");
    std::vector<double> result(entries.begin(), entries.end());
    result[i] = value + 0.0;
    if (!spread(result, locked, i, std::max(room - value, 0.0)))
        throw EditError("every other outcome is locked; unlock one to make room");
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
        throw EditError("the unlocked outcomes hold nothing to give the new one; unlock one first");
    std::vector<double> result(entries.begin(), entries.end());
    spread(result, locked, result.size(), unlockedSum.value() - share);
    result.push_back(share);
    closeSum(result, locked, result.size());
    return result;
}

std::vector<double> withOutcomeRemoved(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i)
{
    if (i >= entries.size())
        throw EditError("there is no outcome " + std::to_string(i + 1));
    if (entries.size() <= 2)
        throw EditError("a distribution needs at least two outcomes");
    std::vector<double> result(entries.begin(), entries.end());
    std::vector<bool> rest(locked);
    rest.resize(result.size(), false);
    CompensatedSum unlockedSum;
    for (std::size_t j = 0; j < result.size(); ++j) {
        if (j != i && !rest[j])
            unlockedSum.add(result[j]);
    }
    if (!spread(result, rest, i, unlockedSum.value() + result[i]))
        throw EditError("the other outcomes are all locked; unlock one to take this one's share");
    result.erase(result.begin() + static_cast<std::ptrdiff_t>(i));
    rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
    closeSum(result, rest, result.size());
    return result;
}

} // namespace core
