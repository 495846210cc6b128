#include "contributions.h"

#include <cmath>
#include <limits>

namespace core {

std::vector<OutcomeTerms> outcomeTerms(const Distribution &p, const Distribution &q, Unit unit)
{
    if (p.size() != q.size())
        throw std::invalid_argument("p and q have different numbers of outcomes");
    const std::vector<double> infoP = informationContent(p, unit);
    const std::vector<double> infoQ = informationContent(q, unit);
    const bool binary = p.isBinary() && q.isBinary();
    std::vector<OutcomeTerms> terms(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        OutcomeTerms &t = terms[i];
        const double pi = p[i];
        t.informationP = infoP[i];
        t.informationQ = infoQ[i];
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
