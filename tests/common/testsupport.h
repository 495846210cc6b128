#pragma once

// What several test suites need, once: comparing numbers, showing them in failure messages, and
// seeded random draws. Header-only; tests/CMakeLists.txt puts tests/common on every test's path.

#include <QString>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <type_traits>

namespace testsupport {

// `got` within relative + absolute tolerance of `expected` (compared in Real, e.g. long double for
// a reference with more digits). An infinite expectation needs exactly that infinity, and an exact
// zero with no absolute slack needs exactly 0; NaN never passes.
template <typename Real = double>
bool closeTo(double got, Real expected, std::type_identity_t<Real> relative,
             std::type_identity_t<Real> absolute = 0)
{
    if (std::isnan(got) || std::isnan(expected))
        return false;
    if (std::isinf(expected) || std::isinf(got))
        return static_cast<Real>(got) == expected;
    return std::abs(static_cast<Real>(got) - expected) <= relative * std::abs(expected) + absolute;
}

// `a` within `tolerance` of `b`, relative to |b| above 1 and absolute below: for values drawn on
// screen, where 1e-16 next to 0 is as good as 0.
inline bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// All 17 significant digits, so a failure message shows the last bit that differs.
inline QString show(double x)
{
    return QString::number(x, 'g', 17);
}

// Distance in units in the last place between two finite doubles (across 0 too: -0 and +0 are 0 apart).
inline std::uint64_t ulpDistance(double a, double b)
{
    const auto ordered = [](double x) {
        const auto bits = std::bit_cast<std::int64_t>(x);
        return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
    };
    const std::int64_t ia = ordered(a), ib = ordered(b);
    return ia > ib ? static_cast<std::uint64_t>(ia - ib) : static_cast<std::uint64_t>(ib - ia);
}

// Uniform in [0, 1).
inline double uniform01(std::mt19937_64 &rng)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

// Uniform in 0 .. n - 1; n > 0.
inline std::size_t randomIndex(std::mt19937_64 &rng, std::size_t n)
{
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
}

} // namespace testsupport
