#include "labelplacement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace widgets {

namespace {

constexpr std::array kAllSpots {LabelSpot::AboveRight, LabelSpot::AboveLeft, LabelSpot::BelowRight,
                                LabelSpot::BelowLeft,  LabelSpot::Right,     LabelSpot::Left,
                                LabelSpot::Above,      LabelSpot::Below};
constexpr double kGap = 1.0; // between two boxes, and between a box and the plot's edge
constexpr double kCrossingCost = 100.0; // more than any difference of rank: crossing is the last resort

bool isFinite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

bool segmentCrosses(QPointF a, QPointF b, const QRectF &r)
{
    if (!isFinite(a) || !isFinite(b))
        return false;
    if (std::max(a.x(), b.x()) <= r.left() || std::min(a.x(), b.x()) >= r.right() || std::max(a.y(), b.y()) <= r.top()
        || std::min(a.y(), b.y()) >= r.bottom())
        return false;
    // Liang-Barsky: the part of the segment inside the rectangle's open interior, if any.
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    double enter = 0.0, leave = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] <= 0.0)
                return false; // parallel to this edge and outside (or on) it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter >= leave)
            return false;
    }
    return true;
}

bool inside(const QRectF &rect, const QRectF &plot)
{
    return plot.adjusted(kGap, kGap, -kGap, -kGap).contains(rect);
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.intersects(b.adjusted(-kGap, -kGap, kGap, kGap));
}

// The cost of `rect` for a label whose own line is `ownCurve`, or infinity where it may not go.
double costOf(const QRectF &rect, int ownCurve, const LabelScene &scene, std::span<const PlacedLabel> placed)
{
    if (!inside(rect, scene.plot))
        return std::numeric_limits<double>::infinity();
    for (const PlacedLabel &other : placed) {
        if (other.where != PlacedLabel::Where::LeftOut && overlaps(rect, other.rect))
            return std::numeric_limits<double>::infinity();
    }
    for (const QRectF &clear : scene.keepClear) {
        if (overlaps(rect, clear))
            return std::numeric_limits<double>::infinity();
    }
    double cost = 0.0;
    for (std::size_t i = 0; i < scene.lines.size(); ++i) {
        if (!crosses(scene.lines[i], rect))
            continue;
        if (int(i) == ownCurve)
            return std::numeric_limits<double>::infinity();
        cost += kCrossingCost;
    }
    for (const QRectF &area : scene.avoid) {
        if (rect.intersects(area))
            cost += kCrossingCost;
    }
    return cost;
}

bool isValid(const LabelRequest &request)
{
    return isFinite(request.anchor) && std::isfinite(request.size.width()) && std::isfinite(request.size.height())
        && request.size.width() >= 0.0 && request.size.height() >= 0.0 && std::isfinite(request.clearance);
}

// The side list: a stack of labels in each corner, growing away from the corner's edge.
struct Corner
{
    bool right;
    bool bottom;
    double used = 0.0; // the height the stack already takes
};

QRectF nextInCorner(const Corner &corner, const QRectF &plot, QSizeF size)
{
    const double w = std::ceil(size.width()), h = std::ceil(size.height());
    const double inset = kGap + 2.0;
    const double x = corner.right ? std::floor(plot.right() - inset - w) : std::ceil(plot.left() + inset);
    const double y = corner.bottom ? std::floor(plot.bottom() - inset - corner.used - h)
                                   : std::ceil(plot.top() + inset + corner.used);
    return {x, y, w, h};
}

} // namespace

QRectF labelRect(LabelSpot spot, QPointF anchor, QSizeF size, double clearance)
{
    const double w = std::ceil(size.width()), h = std::ceil(size.height());
    const double c = clearance;
    double left = anchor.x() + c, top = anchor.y() - c - h; // AboveRight
    switch (spot) {
    case LabelSpot::AboveRight:
        break;
    case LabelSpot::AboveLeft:
        left = anchor.x() - c - w;
        break;
    case LabelSpot::BelowRight:
        top = anchor.y() + c;
        break;
    case LabelSpot::BelowLeft:
        left = anchor.x() - c - w;
        top = anchor.y() + c;
        break;
    case LabelSpot::Right:
        top = anchor.y() - h / 2.0;
        break;
    case LabelSpot::Left:
        left = anchor.x() - c - w;
        top = anchor.y() - h / 2.0;
        break;
    case LabelSpot::Above:
        left = anchor.x() - w / 2.0;
        break;
    case LabelSpot::Below:
        left = anchor.x() - w / 2.0;
        top = anchor.y() + c;
        break;
    }
    // Whole pixels, rounded away from the anchor, so the clearance is never less than asked.
    const bool leftOfAnchor = left + w <= anchor.x();
    const bool aboveAnchor = top + h <= anchor.y();
    left = leftOfAnchor ? std::floor(left) : std::ceil(left);
    top = aboveAnchor ? std::floor(top) : std::ceil(top);
    return {left, top, w, h};
}

bool crosses(Polyline line, const QRectF &rect)
{
    if (line.size() == 1)
        return isFinite(line[0]) && rect.contains(line[0]) && line[0].x() > rect.left() && line[0].x() < rect.right()
            && line[0].y() > rect.top() && line[0].y() < rect.bottom();
    if (line.size() < 2)
        return false;
    // The points are in increasing x: only the segments that reach into the rectangle's columns.
    auto first
        = std::lower_bound(line.begin(), line.end(), rect.left(), [](const QPointF &p, double x) { return p.x() < x; });
    std::size_t i = first == line.begin() ? 0 : std::size_t(first - line.begin()) - 1;
    for (; i + 1 < line.size(); ++i) {
        if (line[i].x() >= rect.right())
            break;
        if (segmentCrosses(line[i], line[i + 1], rect))
            return true;
    }
    return false;
}

void placeLabels(std::span<const LabelRequest> requests, const LabelScene &scene, std::vector<PlacedLabel> &placed)
{
    placed.assign(requests.size(), PlacedLabel {});
    const std::span<const PlacedLabel> all(placed);
    // Beside the anchors first, each request in turn, clear of those placed before it.
    for (std::size_t k = 0; k < requests.size(); ++k) {
        const LabelRequest &request = requests[k];
        if (!isValid(request))
            continue;
        const std::span<const PlacedLabel> done = all.first(k);
        double best = std::numeric_limits<double>::infinity();
        const auto consider = [&](LabelSpot spot, double rank) {
            const QRectF rect = labelRect(spot, request.anchor, request.size, request.clearance);
            const double cost = rank + costOf(rect, request.ownCurve, scene, done);
            if (cost < best) {
                best = cost;
                placed[k] = {PlacedLabel::Where::Beside, rect, spot};
            }
        };
        double rank = 0.0;
        for (LabelSpot spot : request.preferred)
            consider(spot, rank++);
        for (LabelSpot spot : kAllSpots) {
            if (std::find(request.preferred.begin(), request.preferred.end(), spot) == request.preferred.end())
                consider(spot, rank++);
        }
    }
    // Then the side list, in the corner that takes each label at least cost; a corner already
    // holding some of the list is preferred, so the list stays together.
    std::array corners {Corner {true, false}, Corner {false, false}, Corner {true, true}, Corner {false, true}};
    for (std::size_t k = 0; k < requests.size(); ++k) {
        const QSizeF size = requests[k].size;
        if (placed[k].where != PlacedLabel::Where::LeftOut || !requests[k].listWhenCrowded
            || !(std::isfinite(size.width()) && std::isfinite(size.height()) && size.width() >= 0.0
                 && size.height() >= 0.0))
            continue;
        double best = std::numeric_limits<double>::infinity();
        Corner *chosen = nullptr;
        QRectF chosenRect;
        for (std::size_t c = 0; c < corners.size(); ++c) {
            Corner &corner = corners[c];
            const QRectF rect = nextInCorner(corner, scene.plot, size);
            // On a tie, the corner nearest the anchor, so a listed label stays near its marker.
            const QPointF from = rect.center() - requests[k].anchor;
            const double distance
                = std::hypot(from.x(), from.y()) / (std::hypot(scene.plot.width(), scene.plot.height()) + 1.0);
            const double nearness = std::isfinite(distance) ? 0.5 * distance : 0.1 * double(c);
            const double cost = costOf(rect, -1, scene, all) + nearness - (corner.used > 0.0 ? 1.0 : 0.0);
            if (cost < best) {
                best = cost;
                chosen = &corner;
                chosenRect = rect;
            }
        }
        if (chosen) {
            placed[k] = {PlacedLabel::Where::Listed, chosenRect, LabelSpot::AboveRight};
            chosen->used += chosenRect.height() + kGap + 1.0;
        }
    }
}

} // namespace widgets
