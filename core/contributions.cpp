#include "contributions.h"

#include <cmath>

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
        // q_i - p_i, exact for the second outcome of a two-outcome pair: (1-y) - (1-x) = x - y.
        const double difference = binary && i == 1 ? p.binaryX() - q.binaryX() : q[i] - pi;
        t.divergence = fromNats(-pi * std::log1p(difference / pi), unit);
    }
    return terms;
}

} // namespace core
