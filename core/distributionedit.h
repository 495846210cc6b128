#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <vector>

// Editing a distribution by hand: one entry changes and the others make room, so the entries
// always sum to 1. Locked entries never change; an edit that cannot fit is refused whole.
namespace core {

// Why an edit is refused.
enum class EditRule {
    NoSuchOutcome, // outcome() is past the end
    NotAProbability, // the value is outside [0, 1] or NaN
    Locked, // the outcome edited is locked
    NoRoom, // the value does not fit beside the locked outcomes: lockedSum(), room()
    OthersLocked, // every other outcome is locked, so none can make room
    NothingToGive, // a new outcome, but the unlocked outcomes hold nothing
    TooFewOutcomes, // removing one would leave fewer than two
    RestLocked, // removing one whose share the locked rest cannot take
};

// The refusal: what() is written in English for the person who made the edit; rule() and its
// numbers say the same for a translation.
class EditError : public std::invalid_argument
{
public:
    explicit EditError(EditRule rule, std::size_t outcome = 0, double lockedSum = 0.0, double room = 0.0);

    EditRule rule() const { return m_rule; }
    std::size_t outcome() const { return m_outcome; } // 0-based
    double lockedSum() const { return m_lockedSum; }
    double room() const { return m_room; }

private:
    EditRule m_rule;
    std::size_t m_outcome;
    double m_lockedSum;
    double m_room;
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
