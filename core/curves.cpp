#include "curves.h"

#include <algorithm>
#include <cmath>

namespace core {

std::vector<double> probabilityGrid(int count, double edge)
{
    count = std::max(count, 16);
    constexpr double kInner = 0.02; // geometric spacing below this distance from 0 or 1
    const int tailCount = count / 5;
    const int middleCount = count - 2 * tailCount;
    std::vector<double> grid;
    grid.reserve(static_cast<std::size_t>(count));
    const double ratio = std::log(kInner / edge);
    for (int i = 0; i < tailCount; ++i) // edge .. kInner (exclusive)
        grid.push_back(edge * std::exp(ratio * i / tailCount));
    for (int i = 0; i < middleCount; ++i) // kInner .. 1 - kInner
        grid.push_back(kInner + (1.0 - 2.0 * kInner) * i / (middleCount - 1));
    for (int i = tailCount - 1; i >= 0; --i) // mirror of the first tail
        grid.push_back(1.0 - edge * std::exp(ratio * i / tailCount));
    return grid;
}

} // namespace core
