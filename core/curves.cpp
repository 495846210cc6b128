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

namespace {

struct Pixel
{
    double x, y;
};

Pixel toPixel(const CurveView &view, double x, double y)
{
    return {(x - view.xLow) / (view.xHigh - view.xLow) * view.width,
            (y - view.yLow) / (view.yHigh - view.yLow) * view.height};
}

// Distance from c to the segment a-b, all in pixels.
double distanceToSegment(Pixel a, Pixel b, Pixel c)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((c.x - a.x) * dx + (c.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(a.x + t * dx - c.x, a.y + t * dy - c.y);
}

class Sampler
{
public:
    Sampler(const std::function<double(double)> &f, const CurveView &view, double tolerance, int maxDepth,
            SampledCurve &out)
        : m_f(f)
        , m_view(view)
        , m_threshold(0.8 * tolerance) // the true worst lies a little off the points tried
        , m_maxDepth(maxDepth)
        , m_out(out)
    {
    }

    // Appends the points strictly inside (a, b) that the curve needs there, in order.
    void refine(double a, double fa, double b, double fb, int depth)
    {
        if (depth >= m_maxDepth || !std::isfinite(fa) || !std::isfinite(fb))
            return;
        const double m = 0.5 * (a + b);
        if (!(m > a && m < b))
            return; // no room left between the doubles
        const double fm = m_f(m);
        if (!needsSplit(a, fa, b, fb, m, fm))
            return;
        refine(a, fa, m, fm, depth + 1);
        m_out.x.push_back(m);
        m_out.y.push_back(fm);
        refine(m, fm, b, fb, depth + 1);
    }

private:
    bool needsSplit(double a, double fa, double b, double fb, double m, double fm) const
    {
        if (!std::isfinite(fm))
            return true; // the curve breaks inside: find where, as far as the depth allows
        const bool above = fa > m_view.yHigh && fb > m_view.yHigh && fm > m_view.yHigh;
        const bool below = fa < m_view.yLow && fb < m_view.yLow && fm < m_view.yLow;
        if (above || below)
            return false;
        const Pixel pa = toPixel(m_view, a, fa), pb = toPixel(m_view, b, fb);
        if (distanceToSegment(pa, pb, toPixel(m_view, m, fm)) > m_threshold)
            return true;
        // The middle alone misses a bend that is symmetric about it (an inflection).
        for (const double at : {0.5 * (a + m), 0.5 * (m + b)}) {
            const double v = m_f(at);
            if (!std::isfinite(v) || distanceToSegment(pa, pb, toPixel(m_view, at, v)) > m_threshold)
                return true;
        }
        return false;
    }

    const std::function<double(double)> &m_f;
    const CurveView &m_view;
    double m_threshold;
    int m_maxDepth;
    SampledCurve &m_out;
};

} // namespace

SampledCurve sampleCurve(const std::function<double(double)> &f, const CurveView &view, double tolerance,
                         const std::vector<double> &knots, int seeds, double edge, int maxDepth)
{
    std::vector<double> grid = probabilityGrid(seeds, edge);
    for (const double knot : knots) {
        if (knot > grid.front() && knot < grid.back())
            grid.push_back(knot);
    }
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    SampledCurve curve;
    curve.x.reserve(grid.size() * 8);
    curve.y.reserve(grid.size() * 8);
    Sampler sampler(f, view, tolerance, maxDepth, curve);
    double previous = f(grid.front());
    curve.x.push_back(grid.front());
    curve.y.push_back(previous);
    for (std::size_t i = 1; i < grid.size(); ++i) {
        const double value = f(grid[i]);
        sampler.refine(grid[i - 1], previous, grid[i], value, 0);
        curve.x.push_back(grid[i]);
        curve.y.push_back(value);
        previous = value;
    }
    return curve;
}

double curveDeviation(const std::function<double(double)> &f, const SampledCurve &curve, const CurveView &view,
                      int probes)
{
    double worst = 0.0;
    for (std::size_t i = 1; i < curve.x.size(); ++i) {
        const double a = curve.x[i - 1], b = curve.x[i], fa = curve.y[i - 1], fb = curve.y[i];
        if (!std::isfinite(fa) || !std::isfinite(fb))
            continue;
        if ((fa > view.yHigh && fb > view.yHigh) || (fa < view.yLow && fb < view.yLow))
            continue; // both ends off the same side: the segment is not seen
        const Pixel pa = toPixel(view, a, fa), pb = toPixel(view, b, fb);
        for (int k = 1; k < probes; ++k) {
            const double x = a + (b - a) * k / probes;
            const double v = f(x);
            if (std::isfinite(v))
                worst = std::max(worst, distanceToSegment(pa, pb, toPixel(view, x, v)));
        }
    }
    return worst;
}

} // namespace core
