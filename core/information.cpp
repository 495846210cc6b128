#include "information.h"

#include "summation.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <vector>

namespace core {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// -x ln x with 0 ln 0 = 0.
double entropyTermNats(double x)
{
    return x == 0.0 ? 0.0 : -x * std::log(x);
}

// -(1 - x) ln(1 - x) without forming ln of a rounded 1 - x.
double complementEntropyTermNats(double x)
{
    return x == 1.0 ? 0.0 : -(1.0 - x) * std::log1p(-x);
}

// sum(weights) - 1, computed with compensation so a sum that is off 1 by an ulp is seen as such.
double sumMinusOne(std::span<const double> weights)
{
    CompensatedSum sum;
    for (double w : weights)
        sum.add(w);
    sum.add(-1.0);
    return sum.value();
}

// Weights whose sum is far from 1 (counts, or a distribution scaled by 1e-10) are divided by their
// sum first, so the exact-sum corrections below only ever meet rounding-sized deviations. The
// scaling by a power of two is exact and keeps huge or tiny weights from overflowing the sum.
std::span<const double> nearlyNormalized(std::span<const double> weights, std::vector<double> &storage)
{
    if (std::abs(sumMinusOne(weights)) <= 1e-6)
        return weights;
    const double largest = *std::max_element(weights.begin(), weights.end());
    int exponent = 0;
    std::frexp(largest, &exponent);
    CompensatedSum sum;
    for (double w : weights)
        sum.add(std::ldexp(w, -exponent));
    const double total = sum.value();
    storage.resize(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        storage[i] = std::ldexp(weights[i], -exponent) / total;
    return storage;
}

} // namespace

double selfInformation(double p, Unit unit)
{
    return fromNats(-std::log(p), unit);
}

double complementInformation(double x, Unit unit)
{
    return fromNats(-std::log1p(-x), unit);
}

double divergenceTermNats(double p, double q, double diff)
{
    if (p == 0.0)
        return q;
    if (q == 0.0)
        return kInfinity;
    if (diff == 0.0)
        return 0.0;
    const double ratio = q / p;
    if (ratio >= 1.0 / 3.0 && ratio <= 3.0) {
        // ln(q/p) = 2 atanh(s) with s = (q-p)/(q+p), |s| <= 1/2. Then
        // q - p - p ln(q/p) = s^2 (p+q) - 2p (s^3/3 + s^5/5 + ...): no cancellation however close p and q are.
        const double s = diff / (p + q);
        const double s2 = s * s;
        double power = s * s2;
        double tail = 0.0;
        for (int k = 3; k < 200; k += 2) {
            const double term = power / k;
            tail += term;
            if (std::abs(term) <= std::abs(tail) * 1e-17)
                break;
            power *= s2;
        }
        return s2 * (p + q) - 2.0 * p * tail;
    }
    // Far apart the two parts differ by a factor of two at least, so the subtraction is benign.
    const double logRatio = std::isnormal(ratio) && std::isfinite(ratio) ? std::log(ratio) : std::log(q) - std::log(p);
    return diff - p * logRatio;
}

double entropy(std::span<const double> weights, Unit unit)
{
    std::vector<double> storage;
    const std::span<const double> p = nearlyNormalized(weights, storage);
    // H(w / S) = (-sum w ln w) / S + ln S
    CompensatedSum sum;
    for (double w : p)
        sum.add(entropyTermNats(w));
    const double excess = sumMinusOne(p);
    const double nats = sum.value() / (1.0 + excess) + std::log1p(excess);
    return fromNats(std::max(0.0, nats), unit);
}

double binaryEntropy(double x, Unit unit)
{
    return fromNats(entropyTermNats(x) + complementEntropyTermNats(x), unit);
}

double klDivergence(std::span<const double> pWeights, std::span<const double> qWeights, Unit unit)
{
    assert(pWeights.size() == qWeights.size());
    std::vector<double> pStorage, qStorage;
    const std::span<const double> p = nearlyNormalized(pWeights, pStorage);
    const std::span<const double> q = nearlyNormalized(qWeights, qStorage);
    CompensatedSum terms;
    CompensatedSum massDifference; // sum q - sum p
    for (std::size_t i = 0; i < p.size(); ++i) {
        terms.add(divergenceTermNats(p[i], q[i], q[i] - p[i]));
        massDifference.add(q[i]);
        massDifference.add(-p[i]);
    }
    const double total = terms.value();
    if (std::isinf(total))
        return kInfinity;
    // With P = p/Sp, Q = q/Sq and delta = (Sq - Sp)/Sp, D(P||Q) = total/Sp - (delta - ln(1 + delta));
    // the correction is a term of the same kind, so it is computed the same careful way.
    const double pMass = 1.0 + sumMinusOne(p);
    const double delta = massDifference.value() / pMass;
    const double nats = total / pMass - divergenceTermNats(1.0, 1.0 + delta, delta);
    return fromNats(std::max(0.0, nats), unit);
}

double binaryKlDivergence(double p, double q, Unit unit)
{
    // (1-q) - (1-p) is exactly p - q: the complements' difference never goes through rounded complements.
    const double nats = divergenceTermNats(p, q, q - p) + divergenceTermNats(1.0 - p, 1.0 - q, p - q);
    return fromNats(nats, unit);
}

double crossEntropy(std::span<const double> p, std::span<const double> q, Unit unit)
{
    // As H(p) + D(p||q), so H(p,q) >= H(p) holds exactly and not only up to rounding.
    return entropy(p, unit) + klDivergence(p, q, unit);
}

double binaryCrossEntropy(double p, double q, Unit unit)
{
    return binaryEntropy(p, unit) + binaryKlDivergence(p, q, unit);
}

} // namespace core
