#pragma once

#include "units.h"

#include <span>

// The quantities of the lesson, in the order it tells them. Every function returns +infinity where
// the mathematics does (an impossible event that happens) and never NaN for inputs in its domain.
//
// Distributions are passed as spans of non-negative, finite weights with a positive sum. They are
// read as the distribution weight_i / sum (divided exactly), so entries that sum to 1 only up to
// rounding still describe a true distribution and KL divergence can never come out negative.
namespace core {

// I(p) = -log p, the information of an event of probability p in [0, 1]. I(0) = +inf, I(1) = 0.
double selfInformation(double p, Unit unit);

// -log(1 - x) for x in [0, 1], taken as -log1p(-x) so it stays exact when x is tiny.
double complementInformation(double x, Unit unit);

// H(p) = -sum p_i log p_i with 0 log 0 = 0. 0 <= H <= log n.
double entropy(std::span<const double> p, Unit unit);

// h(x) = H(x, 1 - x) for x in [0, 1]; symmetric about 1/2, maximal (1 bit) there.
double binaryEntropy(double x, Unit unit);

// D(p||q) = sum p_i log(p_i / q_i) >= 0; +inf if some q_i = 0 < p_i. Spans of equal length.
double klDivergence(std::span<const double> p, std::span<const double> q, Unit unit);

// D(p||q) for the two-outcome distributions (p, 1 - p) and (q, 1 - q), p and q in [0, 1].
double binaryKlDivergence(double p, double q, Unit unit);

// H(p,q) = -sum p_i log q_i = H(p) + D(p||q) >= H(p); +inf if some q_i = 0 < p_i.
double crossEntropy(std::span<const double> p, std::span<const double> q, Unit unit);

// H(p,q) for the two-outcome distributions (p, 1 - p) and (q, 1 - q).
double binaryCrossEntropy(double p, double q, Unit unit);

// One outcome's share of D(p||q) rewritten as q - p - p ln(q/p) (in nats): every share is >= 0 and
// they add up to D(p||q) for distributions that sum to one. `diff` is q - p, passed separately so a
// caller holding an exact difference (e.g. of two complements) can supply it.
double divergenceTermNats(double p, double q, double diff);

} // namespace core
