#include "information.h"

#include "summation.h"
#include "weights.h"

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

// Knuth's TwoSum kept as a double-double: about 106 bits, so sums of weights and the differences
// of exact products below carry no rounding that could swamp a tiny answer.
class ExactSum
{
public:
    void add(double x)
    {
        const double s = m_hi + x;
        const double bp = s - m_hi;
        const double error = (m_hi - (s - bp)) + (x - bp);
        const double lo = m_lo + error;
        m_hi = s + lo; // renormalise so m_lo stays below an ulp of m_hi
        m_lo = lo - (m_hi - s);
    }
    void add(detail::Weight w)
    {
        add(w.hi);
        add(w.lo);
    }
    double value() const { return m_hi + m_lo; }
    detail::Weight parts() const { return {m_hi, m_lo}; }

private:
    double m_hi = 0.0;
    double m_lo = 0.0;
};

double value(detail::Weight w)
{
    return w.hi + w.lo;
}

// The weights times 2^-e, e the exponent of the largest: exact, and it keeps sums of huge weights
// (1e308) finite and tiny ones (1e-300) normal.
std::vector<detail::Weight> scaled(std::span<const detail::Weight> weights)
{
    double largest = 0.0;
    for (const detail::Weight &w : weights)
        largest = std::max(largest, value(w));
    int exponent = 0;
    std::frexp(largest, &exponent);
    std::vector<detail::Weight> result(weights.begin(), weights.end());
    for (detail::Weight &w : result)
        w = {std::ldexp(w.hi, -exponent), std::ldexp(w.lo, -exponent)};
    return result;
}

// a * b as a double-double: fma gives the leading product's rounding error; lo * lo is below it all.
detail::Weight product(detail::Weight a, detail::Weight b)
{
    const double hi = a.hi * b.hi;
    return {hi, std::fma(a.hi, b.hi, -hi) + (a.hi * b.lo + a.lo * b.hi)};
}

detail::Weight exactSum(std::span<const detail::Weight> weights)
{
    ExactSum sum;
    for (const detail::Weight &w : weights)
        sum.add(w);
    return sum.parts();
}

// The one outcome whose probability can exceed 1/2, and the exact sum of all the others: its
// logarithm is then log1p(-others / S), with no rounded probability near 1 in between.
struct Largest
{
    std::size_t index = 0;
    double others = 0.0;
    bool aboveHalf = false;
};

Largest largestOutcome(std::span<const detail::Weight> weights)
{
    Largest largest;
    for (std::size_t i = 1; i < weights.size(); ++i) {
        if (value(weights[i]) > value(weights[largest.index]))
            largest.index = i;
    }
    ExactSum others;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (i != largest.index)
            others.add(weights[i]);
    }
    largest.others = others.value();
    largest.aboveHalf = largest.others < value(weights[largest.index]);
    return largest;
}

// ln(w_i / S) for a weight that is not the outcome near 1. Below 1/2 the logarithm is well
// conditioned, so the rounded quotient costs nothing; a quotient that underflows is split.
double logShare(double weight, double total)
{
    const double share = weight / total;
    return std::isnormal(share) ? std::log(share) : std::log(weight) - std::log(total);
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
    return fromNats(detail::entropyNats(detail::toWeights(weights)), unit);
}

double binaryEntropy(double x, Unit unit)
{
    return fromNats(entropyTermNats(x) + complementEntropyTermNats(x), unit);
}

double klDivergence(std::span<const double> p, std::span<const double> q, Unit unit)
{
    assert(p.size() == q.size());
    return fromNats(detail::klDivergenceNats(detail::toWeights(p), detail::toWeights(q)), unit);
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

namespace detail {

std::vector<Weight> toWeights(std::span<const double> weights)
{
    std::vector<Weight> result;
    result.reserve(weights.size());
    for (double w : weights)
        result.push_back({w, 0.0});
    return result;
}

std::vector<Weight> binaryWeights(double x)
{
    // 1 - x as hi + lo exactly: the TwoSum of 1 and -x.
    ExactSum complement;
    complement.add(1.0);
    complement.add(-x);
    return {{x, 0.0}, complement.parts()};
}

double entropyNats(std::span<const Weight> weights)
{
    const std::vector<Weight> w = scaled(weights);
    const double total = value(exactSum(w));
    const Largest largest = largestOutcome(w);
    CompensatedSum terms; // every term -P_i ln P_i >= 0, so the sum keeps its relative precision
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double weight = value(w[i]);
        if (weight == 0.0)
            continue;
        const double share = weight / total;
        const double logP = i == largest.index && largest.aboveHalf ? std::log1p(-largest.others / total)
                                                                    : logShare(weight, total);
        terms.add(-share * logP);
    }
    return terms.value() + 0.0;
}

std::vector<double> informationNats(std::span<const Weight> weights)
{
    const std::vector<Weight> w = scaled(weights);
    const double total = value(exactSum(w));
    const Largest largest = largestOutcome(w);
    std::vector<double> information(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double weight = value(w[i]);
        if (weight == 0.0)
            information[i] = kInfinity;
        else if (i == largest.index && largest.aboveHalf)
            information[i] = -std::log1p(-largest.others / total) + 0.0;
        else
            information[i] = -logShare(weight, total);
    }
    return information;
}

double klDivergenceNats(std::span<const Weight> pWeights, std::span<const Weight> qWeights)
{
    assert(pWeights.size() == qWeights.size());
    const std::vector<Weight> p = scaled(pWeights), q = scaled(qWeights);
    const Weight pSum = exactSum(p), qSum = exactSum(q);
    const double pTotal = value(pSum), qTotal = value(qSum);
    // With q'_i = q_i Sp / Sq (q scaled to p's mass), D(P||Q) = sum (q'_i - p_i - p_i ln(q'_i / p_i)) / Sp,
    // every term >= 0. q'_i - p_i = (q_i Sp - p_i Sq) / Sq from exact products, so two
    // distributions that agree after normalising give exactly 0 and close ones every digit.
    CompensatedSum terms;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double pi = value(p[i]), qi = value(q[i]);
        if (qi == 0.0 && pi > 0.0)
            return kInfinity;
        const Weight qp = product(q[i], pSum), pq = product(p[i], qSum);
        // The leading parts differ exactly (Sterbenz) when close; equal inputs give exactly 0.
        const double diff = ((qp.hi - pq.hi) + (qp.lo - pq.lo)) / qTotal;
        const double qScaled = qi / qTotal * pTotal;
        terms.add(divergenceTermNats(pi, qScaled, diff));
    }
    return std::max(0.0, terms.value() / pTotal);
}

} // namespace detail

} // namespace core
