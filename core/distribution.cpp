#include "distribution.h"

#include "information.h"
#include "numberparse.h"
#include "summation.h"
#include "weights.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

std::string entryName(std::size_t index)
{
    return "entry " + std::to_string(index + 1);
}

void requireSameSize(const Distribution &p, const Distribution &q)
{
    if (p.size() != q.size())
        throw std::invalid_argument("p has " + std::to_string(p.size()) + " outcomes but q has "
                                    + std::to_string(q.size()));
}

bool bothBinary(const Distribution &p, const Distribution &q)
{
    return p.isBinary() && q.isBinary();
}

// A two-outcome distribution's complement is exact, so a binary p against a list q (or the other
// way round) is computed on the true (x, 1 - x), not on a rounded 1 - x.
std::vector<detail::Weight> weightsOf(const Distribution &d)
{
    return d.isBinary() ? detail::binaryWeights(d.binaryX()) : detail::toWeights(d.probabilities());
}

} // namespace

Distribution Distribution::binary(double x)
{
    if (!std::isfinite(x))
        throw DistributionError("probability " + formatRoundTrip(x) + " is not a finite number",
                                DistributionError::Problem::NotFinite, x);
    if (x < 0.0 || x > 1.0)
        throw DistributionError("probability " + formatRoundTrip(x) + " is outside [0, 1]",
                                DistributionError::Problem::OutsideUnit, x);
    x += 0.0; // -0 is 0
    Distribution d;
    d.m_probabilities = {x, 1.0 - x};
    d.m_binary = x;
    return d;
}

namespace {
// Far above the few ulps by which normalized entries miss 1, far below any typed-in error.
constexpr double kRoundingSlack = 1e-14;
} // namespace

Distribution Distribution::fromEntries(std::span<const double> entries, Sum sum)
{
    if (entries.size() < 2)
        throw DistributionError("needs at least 2 outcomes, got " + std::to_string(entries.size()),
                                DistributionError::Problem::TooFewOutcomes, double(entries.size()));
    double largest = 0.0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const double x = entries[i];
        if (!std::isfinite(x))
            throw DistributionError(entryName(i) + " (" + formatRoundTrip(x) + ") is not a finite number",
                                    DistributionError::Problem::NotFinite, x, i);
        if (x < 0.0)
            throw DistributionError(entryName(i) + " (" + formatRoundTrip(x) + ") is negative",
                                    DistributionError::Problem::Negative, x, i);
        if (sum == Sum::MustBeOne && x > 1.0)
            throw DistributionError(entryName(i) + " (" + formatRoundTrip(x) + ") is greater than 1",
                                    DistributionError::Problem::AboveOne, x, i);
        largest = std::max(largest, x);
    }
    // Weights whose sum would overflow (1e308, 1e308) are scaled by a power of two first, so the
    // largest lies in [0.5, 1) and the sum stays finite. The scaling is exact but where it takes an
    // entry into the subnormal range, whose quotient would be as small anyway; dividing by the
    // scaled sum gives the same distribution. Other weights are not scaled (a shift of 0).
    int shift = 0;
    if (sum == Sum::Normalize && largest > std::numeric_limits<double>::max() / static_cast<double>(entries.size()))
        std::frexp(largest, &shift);
    CompensatedSum total;
    for (double x : entries)
        total.add(std::ldexp(x, -shift));
    const double s = total.value();
    if (!(s > 0.0) || !std::isfinite(s))
        throw DistributionError("the entries sum to " + formatRoundTrip(s) + "; they need a positive, finite sum",
                                DistributionError::Problem::BadSum, s);
    if (sum == Sum::MustBeOne && std::abs(s - 1.0) > kSumTolerance)
        throw DistributionError("the entries sum to " + formatRoundTrip(s) + ", not 1",
                                DistributionError::Problem::BadSum, s);
    // Entries that already sum to 1 but for rounding are kept as they are: dividing would move some
    // by an ulp, and a distribution written out and read back (a session) must come back bit-exact.
    const double divisor = shift == 0 && std::abs(s - 1.0) <= kRoundingSlack ? 1.0 : s;
    Distribution d;
    d.m_probabilities.reserve(entries.size());
    for (double x : entries)
        d.m_probabilities.push_back(std::ldexp(x, -shift) / divisor + 0.0);
    return d;
}

Distribution mixture(const Distribution &a, const Distribution &b, double t)
{
    if (a.size() != b.size())
        throw std::invalid_argument("cannot mix distributions over different numbers of outcomes");
    if (!(t > 0.0))
        return a;
    if (t >= 1.0)
        return b;
    if (a.isBinary() && b.isBinary())
        return Distribution::binary((1.0 - t) * a.binaryX() + t * b.binaryX());
    std::vector<double> entries(a.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        entries[i] = (1.0 - t) * a[i] + t * b[i];
    return Distribution::fromEntries(entries, Distribution::Sum::Normalize); // rounding may leave 1 +- ulps
}

double entropy(const Distribution &p, Unit unit)
{
    return p.isBinary() ? binaryEntropy(p.binaryX(), unit) : fromNats(detail::entropyNats(weightsOf(p)), unit);
}

double crossEntropy(const Distribution &p, const Distribution &q, Unit unit)
{
    // The entropy shown for p plus a divergence >= 0, whatever form p and q take, so H(p,q) >= H(p)
    // holds exactly between the printed numbers.
    return entropy(p, unit) + klDivergence(p, q, unit);
}

double klDivergence(const Distribution &p, const Distribution &q, Unit unit)
{
    requireSameSize(p, q);
    return bothBinary(p, q) ? binaryKlDivergence(p.binaryX(), q.binaryX(), unit)
                            : fromNats(detail::klDivergenceNats(weightsOf(p), weightsOf(q)), unit);
}

std::vector<double> informationContent(const Distribution &p, Unit unit)
{
    if (p.isBinary())
        return {selfInformation(p.binaryX(), unit), complementInformation(p.binaryX(), unit)};
    std::vector<double> information = detail::informationNats(weightsOf(p));
    for (double &value : information)
        value = fromNats(value, unit);
    return information;
}

} // namespace core
