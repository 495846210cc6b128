#include "contributions.h"

#include "information.h"

#include <cmath>
#include <limits>

namespace core {

namespace {

// -log of each stored entry (the exact complement for a two-outcome distribution).
std::vector<double> entryInformation(const Distribution &d, Unit unit)
{
    if (d.isBinary())
        return informationContent(d, unit);
    std::vector<double> information;
    information.reserve(d.size());
    for (double x : d.probabilities())
        information.push_back(selfInformation(x, unit));
    return information;
}

} // namespace

std::vector<OutcomeTerms> outcomeTerms(const Distribution &p, const Distribution &q, Unit unit)
{
    if (p.size() != q.size())
        throw std::invalid_argument("p and q have different numbers of outcomes");
    // The bars of -log p_i are the information compute prints (of p_i over the exact sum); the
    // terms are the stored entries' own, the form the totals' normalisation is applied to.
    const std::vector<double> infoP = entryInformation(p, unit);
    const std::vector<double> infoQ = entryInformation(q, unit);
    const std::vector<double> shownP = informationContent(p, unit);
    const std::vector<double> shownQ = informationContent(q, unit);
    const bool binary = p.isBinary() && q.isBinary();
    std::vector<OutcomeTerms> terms(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        OutcomeTerms &t = terms[i];
        const double pi = p[i];
        t.informationP = shownP[i];
        t.informationQ = shownQ[i];
        if (pi == 0.0)
            continue; // an outcome that never happens contributes nothing, whatever q says
        t.entropy = pi * infoP[i];
        t.crossEntropy = pi * infoQ[i];
        const double ratio = q[i] / pi;
        if (ratio >= 0.5 && ratio <= 2.0) {
            // Close: log(p/q) from the small relative difference, which is exact here (Sterbenz);
            // for the second of a two-outcome pair it is (1-y) - (1-x) = x - y.
            const double difference = binary && i == 1 ? p.binaryX() - q.binaryX() : q[i] - pi;
            t.divergence = fromNats(-pi * std::log1p(difference / pi), unit);
        } else if (ratio >= std::numeric_limits<double>::min() && std::isfinite(ratio)) {
            // Far apart: the ratio rounds once and |log ratio| >= log 2, so nothing cancels.
            t.divergence = fromNats(-pi * std::log(ratio), unit);
        } else {
            // A ratio beyond double range: the logarithms differ by over 700 nats, far more than
            // either rounds by (and q_i = 0 gives +inf from infoQ).
            t.divergence = pi * (infoQ[i] - infoP[i]);
        }
    }
    return terms;
}

} // namespace core
