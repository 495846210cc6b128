#pragma once

#include <functional>
#include <vector>

namespace core {

// Points in (0, 1) for plotting curves of a probability: `count` points (at least 16), spaced
// evenly in the middle and geometrically towards 0 and 1, where -log x and log(1 - x) are steep,
// down to `edge` from either end. Sorted ascending, no duplicates.
std::vector<double> probabilityGrid(int count = 1200, double edge = 1e-6);

// Where a curve is drawn: the value window [xLow, xHigh] x [yLow, yHigh] shown on `width` x
// `height` pixels. Error is measured in those pixels.
struct CurveView
{
    double xLow = 0.0, xHigh = 1.0;
    double yLow = 0.0, yHigh = 1.0;
    double width = 4096.0, height = 4096.0;
};

// A curve as a polyline: x ascending, y[i] = f(x[i]).
struct SampledCurve
{
    std::vector<double> x, y;
};

// Samples f on probabilityGrid(seeds, edge) and then only where it bends: an interval is split in
// two while the true curve, tried at its middle and quarters, lies more than `tolerance` pixels
// (perpendicular, in `view`'s pixels) from the chord. A smooth curve then needs a few hundred
// points instead of the dense grid's 1200, dense at the steep tails and sparse where it is
// straight (split at 0.8 of the tolerance: the worst point lies between those tried). Intervals wholly above or wholly below the view, or with a non-finite end, are not
// split (nothing of them is seen, or no chord exists). Splitting stops at `maxDepth` halvings, so a
// kink costs a bounded number of points. Keeps the grid's ends: the curve spans the same x.
// `knots` are x values the polyline must pass through besides (e.g. where the curve has its
// minimum), those outside (edge, 1 - edge) ignored.
SampledCurve sampleCurve(const std::function<double(double)> &f, const CurveView &view, double tolerance = 0.25,
                         const std::vector<double> &knots = {}, int seeds = 48, double edge = 1e-6,
                         int maxDepth = 14);

// The largest perpendicular distance, in `view`'s pixels, between the polyline `curve` and f at
// `probes` points evenly spread over each of its segments (f's non-finite values and points off
// the view on both ends skipped): what sampleCurve promises to keep below its tolerance.
double curveDeviation(const std::function<double(double)> &f, const SampledCurve &curve, const CurveView &view,
                      int probes = 16);

} // namespace core
