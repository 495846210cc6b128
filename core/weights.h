#pragma once

#include <span>
#include <vector>

// The exact machinery behind information.h, for core/ only. A distribution is given as weights
// w_i = hi + lo (an unevaluated sum, so the complement 1 - x of a two-outcome distribution is held
// exactly) and means w_i / S with S the exact sum. Every result keeps its relative precision
// whatever its size, because nothing is computed as a small difference of rounded numbers: the one
// entry that can be near 1 gets its logarithm from the sum of the others, and KL divergence is a
// sum of non-negative terms whose differences q'_i - p_i come from exact products.
namespace core::detail {

struct Weight
{
    double hi = 0.0;
    double lo = 0.0;
};

// Non-negative finite weights with a positive sum; nats.
double entropyNats(std::span<const Weight> weights);
double klDivergenceNats(std::span<const Weight> p, std::span<const Weight> q);
// -ln(w_i / S) for every outcome (+inf for a zero weight).
std::vector<double> informationNats(std::span<const Weight> weights);

// Plain doubles as weights, and (x, 1 - x) with the complement exact.
std::vector<Weight> toWeights(std::span<const double> weights);
std::vector<Weight> binaryWeights(double x);

} // namespace core::detail
