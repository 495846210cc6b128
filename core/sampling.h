#pragma once

#include "distribution.h"
#include "summation.h"

#include <cstdint>
#include <random>
#include <vector>

namespace core {

// Samples drawn from p, scored by the model q: the running average of -log q(x) is the
// empirical cross entropy a training loss measures, and it converges to H(p, q).
// The same seed gives the same samples on every machine (mt19937_64 and 53-bit uniforms).
class CrossEntropyEstimate
{
public:
    CrossEntropyEstimate(const Distribution &p, const Distribution &q, Unit unit, std::uint64_t seed);

    // Draws `count` more samples.
    void draw(std::size_t count);

    std::size_t sampleCount() const { return m_runningMeans.size(); }
    // The running average after 1, 2, ... samples, in the unit; +inf once a sample had q = 0.
    const std::vector<double> &runningMeans() const { return m_runningMeans; }
    // How often each outcome was drawn.
    const std::vector<std::size_t> &counts() const { return m_counts; }
    // The outcome drawn last; meaningless before the first draw.
    std::size_t lastOutcome() const { return m_last; }

private:
    std::size_t nextOutcome();

    std::vector<double> m_cumulative; // P(outcome <= i); 1 from the last possible outcome on
    std::vector<double> m_informationQ;
    std::mt19937_64 m_engine;
    CompensatedSum m_sum;
    std::vector<double> m_runningMeans;
    std::vector<std::size_t> m_counts;
    std::size_t m_last = 0;
};

} // namespace core
