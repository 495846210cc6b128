#pragma once

#include <cmath>

namespace core {

// Neumaier's compensated sum: the error stays near one rounding however many terms are added, so
// a sum over hundreds of outcomes is as good as a sum over two.
class CompensatedSum
{
public:
    void add(double x)
    {
        const double t = m_sum + x;
        if (std::abs(m_sum) >= std::abs(x))
            m_compensation += (m_sum - t) + x;
        else
            m_compensation += (x - t) + m_sum;
        m_sum = t;
    }
    double value() const
    {
        // An infinite term makes the compensation NaN; the sum itself is the honest answer then.
        return std::isfinite(m_sum) ? m_sum + m_compensation : m_sum;
    }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

} // namespace core
