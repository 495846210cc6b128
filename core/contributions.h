#pragma once

#include "distribution.h"

#include <vector>

namespace core {

// What one outcome contributes to each quantity of the lesson; each total is the sum over outcomes.
struct OutcomeTerms
{
    double informationP = 0; // -log p_i: +inf where p_i = 0
    double informationQ = 0; // -log q_i: +inf where q_i = 0
    double entropy = 0; // -p_i log p_i: 0 where p_i = 0
    double crossEntropy = 0; // -p_i log q_i: 0 where p_i = 0, +inf where q_i = 0 < p_i
    // p_i log(p_i / q_i): negative where q_i > p_i (the total never is), 0 where p_i = 0,
    // +inf where q_i = 0 < p_i. Computed as -p_i log1p((q_i - p_i) / p_i) where q_i is within a
    // factor 2 of p_i, so a q_i close to p_i gives a small term with all its digits instead of a
    // difference of two logarithms, and from the logarithms themselves further apart.
    double divergence = 0;
};

// The terms of every outcome, in `unit`. p and q must have the same size (std::invalid_argument).
std::vector<OutcomeTerms> outcomeTerms(const Distribution &p, const Distribution &q, Unit unit);

} // namespace core
