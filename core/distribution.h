#pragma once

#include "units.h"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace core {

// Why a list of numbers is not a probability distribution. `entry()` is the 0-based offending
// entry, when one entry is to blame (not for a wrong sum or length); `value()` the offending number
// (the entry, or the sum for BadSum), so a reader can say it in another language.
class DistributionError : public std::invalid_argument
{
public:
    enum class Problem { TooFewOutcomes, NotFinite, Negative, AboveOne, OutsideUnit, BadSum };
    DistributionError(const std::string &message, Problem problem, double value,
                      std::optional<std::size_t> entry = std::nullopt)
        : std::invalid_argument(message)
        , m_problem(problem)
        , m_value(value)
        , m_entry(entry)
    { }
    Problem problem() const { return m_problem; }
    double value() const { return m_value; }
    std::optional<std::size_t> entry() const { return m_entry; }

private:
    Problem m_problem;
    double m_value;
    std::optional<std::size_t> m_entry;
};

// How far the entries of a distribution may sum from 1 before it is refused.
inline constexpr double kSumTolerance = 1e-9;

// A validated probability distribution over n >= 2 outcomes, entries in [0, 1] summing to 1.
// A two-outcome distribution made with binary(x) remembers x, so its formulas use log1p(-x)
// instead of the log of a rounded 1 - x.
class Distribution
{
public:
    enum class Sum { MustBeOne, Normalize };

    // (x, 1 - x) for x in [0, 1]; throws DistributionError otherwise.
    static Distribution binary(double x);

    // Entries divided by their sum. With Sum::MustBeOne each entry must lie in [0, 1] and the sum
    // within kSumTolerance of 1; with Sum::Normalize any finite non-negative weights with a
    // positive sum. Throws DistributionError naming the problem.
    static Distribution fromEntries(std::span<const double> entries, Sum sum = Sum::MustBeOne);

    std::size_t size() const { return m_probabilities.size(); }
    std::span<const double> probabilities() const { return m_probabilities; }
    double operator[](std::size_t i) const { return m_probabilities[i]; }

    // Built with binary(x): x is P(first outcome), kept exactly.
    bool isBinary() const { return m_binary.has_value(); }
    double binaryX() const { return m_binary.value_or(m_probabilities.front()); }

    friend bool operator==(const Distribution &, const Distribution &) = default;

private:
    std::vector<double> m_probabilities;
    std::optional<double> m_binary;
};

// (1 - t) a + t b for t in [0, 1]: a frame of an animated move from a to b, exactly a at t <= 0 and
// b at t >= 1. Two binary distributions mix their x. Sizes must agree (std::invalid_argument).
Distribution mixture(const Distribution &a, const Distribution &b, double t);

// The quantities of information.h for validated distributions, choosing the two-outcome formulas
// when both are binary. p and q must have the same number of outcomes (std::invalid_argument).
double entropy(const Distribution &p, Unit unit);
double crossEntropy(const Distribution &p, const Distribution &q, Unit unit);
double klDivergence(const Distribution &p, const Distribution &q, Unit unit);

// -log p_i for every outcome (+inf for an impossible one).
std::vector<double> informationContent(const Distribution &p, Unit unit);

} // namespace core
