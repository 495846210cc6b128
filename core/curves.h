#pragma once

#include <vector>

namespace core {

// Points in (0, 1) for plotting curves of a probability: `count` points (at least 16), spaced
// evenly in the middle and geometrically towards 0 and 1, where -log x and log(1 - x) are steep,
// down to `edge` from either end. Sorted ascending, no duplicates.
std::vector<double> probabilityGrid(int count = 1200, double edge = 1e-6);

} // namespace core
