#include "sampling.h"

#include <algorithm>

namespace core {

CrossEntropyEstimate::CrossEntropyEstimate(const Distribution &p, const Distribution &q, Unit unit, std::uint64_t seed)
    : m_informationQ(informationContent(q, unit))
    , m_engine(seed)
    , m_counts(p.size(), 0)
{
    if (p.size() != q.size())
        throw std::invalid_argument("p and q have different numbers of outcomes");
    CompensatedSum running;
    std::size_t lastPossible = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        running.add(p[i]);
        m_cumulative.push_back(running.value());
        if (p[i] > 0.0)
            lastPossible = i;
    }
    // Rounding must not leave a sliver above the last possible outcome for an impossible one.
    std::fill(m_cumulative.begin() + static_cast<std::ptrdiff_t>(lastPossible), m_cumulative.end(), 1.0);
}

std::size_t CrossEntropyEstimate::nextOutcome()
{
    const double u = static_cast<double>(m_engine() >> 11) * 0x1.0p-53; // uniform in [0, 1)
    // The first outcome whose cumulative probability exceeds u; impossible outcomes add no width.
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return static_cast<std::size_t>(it - m_cumulative.begin());
}

void CrossEntropyEstimate::draw(std::size_t count)
{
    m_runningMeans.reserve(m_runningMeans.size() + count);
    for (std::size_t k = 0; k < count; ++k) {
        m_last = nextOutcome();
        ++m_counts[m_last];
        m_sum.add(m_informationQ[m_last]);
        m_runningMeans.push_back(m_sum.value() / static_cast<double>(m_runningMeans.size() + 1));
    }
}

} // namespace core
