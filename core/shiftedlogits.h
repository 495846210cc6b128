#pragma once

#include "summation.h"

#include <cmath>
#include <cstddef>
#include <span>

// The one computation behind softmax.h and the binary loss of a logit in loss.h, for core/ only, so
// that two classes and the binary lesson agree bit for bit: the logits divided by the temperature and
// seen from the largest (log-sum-exp with the maximum taken out). Nothing here forms the log of a
// rounded probability or 1 minus one: -log s_i is (m - z_i)/T + log1p(rest) and 1 - s_i is the sum
// of the other classes' terms.
namespace core::detail {

class ShiftedLogits
{
public:
    // Finite logits (at least one) and a positive finite temperature; the span must outlive this.
    ShiftedLogits(std::span<const double> logits, double temperature);

    std::size_t size() const { return m_logits.size(); }
    // The largest logit (the first of equals): its term is exactly 1.
    std::size_t top() const { return m_top; }
    // e_i = exp((z_i - m)/T) in (0, 1], 0 once it underflows (z_i more than about 745 T below m).
    double term(std::size_t i) const;
    // sum of e_i, at least 1.
    double total() const { return m_total; }

    // s_i = e_i / total.
    double probability(std::size_t i) const;
    // 1 - s_i as the other classes' terms over the total: exact to its last digits when s_i is near 1.
    double othersProbability(std::size_t i) const;
    // -ln s_i = (m - z_i)/T + log1p(sum of the terms other than the top's): finite for finite logits
    // (unless (m - z_i)/T overflows), exactly 0 only for the top when every other term underflows.
    double negativeLogProbabilityNats(std::size_t i) const;
    // s_i - t_i for a target t_i with 1 - t_i given exactly (`complement`): where t_i >= 1/2 it is
    // taken as (1 - t_i) - (1 - s_i), so a confident right answer leaves its tiny residual, not 0.
    double residual(std::size_t i, double target, double complement) const;

private:
    std::span<const double> m_logits;
    double m_temperature;
    std::size_t m_top = 0;
    double m_rest = 0.0; // sum of the terms other than the top's
    double m_total = 1.0;
};

// Inline: the binary loss calls this for every point of the training lab's loss surfaces.

inline ShiftedLogits::ShiftedLogits(std::span<const double> logits, double temperature)
    : m_logits(logits)
    , m_temperature(temperature)
{
    for (std::size_t i = 1; i < logits.size(); ++i) {
        if (logits[i] > logits[m_top])
            m_top = i;
    }
    CompensatedSum rest;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        if (i != m_top)
            rest.add(term(i));
    }
    m_rest = rest.value();
    m_total = 1.0 + m_rest;
}

inline double ShiftedLogits::term(std::size_t i) const
{
    return i == m_top ? 1.0 : std::exp((m_logits[i] - m_logits[m_top]) / m_temperature);
}

inline double ShiftedLogits::probability(std::size_t i) const
{
    return term(i) / m_total;
}

inline double ShiftedLogits::othersProbability(std::size_t i) const
{
    if (i == m_top)
        return m_rest / m_total;
    CompensatedSum others;
    others.add(1.0); // the top's term
    for (std::size_t j = 0; j < size(); ++j) {
        if (j != m_top && j != i)
            others.add(term(j));
    }
    return others.value() / m_total;
}

inline double ShiftedLogits::negativeLogProbabilityNats(std::size_t i) const
{
    // (m - z_i)/T is the rounding of an exact difference, as -((z_i - m)/T) in term(): both sides of
    // the log-sum-exp see the same number.
    const double shift = i == m_top ? 0.0 : (m_logits[m_top] - m_logits[i]) / m_temperature;
    return shift + std::log1p(m_rest) + 0.0;
}

inline double ShiftedLogits::residual(std::size_t i, double target, double complement) const
{
    if (target >= 0.5)
        return complement - othersProbability(i);
    return probability(i) - target;
}

} // namespace core::detail
