#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <vector>

// Editing a distribution by hand: one entry changes and the others make room, so the entries
// always sum to 1. Locked entries never change; an edit that cannot fit is refused whole.
namespace core {

// Why an edit is refused; the message is written for the person who made it.
class EditError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// `entries` with entry i set to `value` and the other unlocked entries scaled in proportion (or,
// when they are all 0, sharing equally) so the sum stays 1. Throws EditError for a value outside
// [0, 1] or NaN, for a locked entry i, and for a value that cannot fit beside the locked entries.
std::vector<double> withEntry(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i,
                              double value);

// `entries` and a new last outcome holding 1/(n+1), taken from the unlocked entries in proportion
// (or less, when they hold less). Throws EditError when the unlocked entries hold nothing at all.
std::vector<double> withOutcomeAdded(std::span<const double> entries, const std::vector<bool> &locked);

// `entries` without entry i, its probability shared among the unlocked rest in proportion.
// Throws EditError when only one outcome would remain, or the rest are all locked and i held some.
std::vector<double> withOutcomeRemoved(std::span<const double> entries, const std::vector<bool> &locked, std::size_t i);

} // namespace core
