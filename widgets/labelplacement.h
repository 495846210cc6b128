#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cstdint>
#include <span>
#include <vector>

namespace widgets {

// Where a value label goes around its anchor (a marker, a bar's top, the end of a line): the eight
// places a reader looks for it, each just clear of the anchor.
enum class LabelSpot : std::uint8_t { AboveRight, AboveLeft, BelowRight, BelowLeft, Right, Left, Above, Below };

// A line drawn in the plot, in pixels, its points in increasing x (a curve over the x axis, a step
// graph, a straight segment). Non-finite points break the line.
using Polyline = std::span<const QPointF>;

// One label to place.
struct LabelRequest
{
    QPointF anchor; // in pixels
    QSizeF size; // the label's box, padding included
    // From the anchor to the box, across and along: half the marker's size and a gap.
    double clearance = 8.0;
    // Tried first, in this order; the other spots follow in LabelSpot's order.
    std::span<const LabelSpot> preferred;
    int ownCurve = -1; // index in LabelScene::lines of the line the label names: never crossed
    // A label with no free spot beside its anchor joins the side list in a corner of the plot
    // (true), or is left out (false: e.g. a bar's value, which the table also shows).
    bool listWhenCrowded = true;
};

// What the labels must keep clear of, in pixels.
struct LabelScene
{
    QRectF plot; // every label inside it
    std::span<const QRectF> keepClear; // markers, arrows, fixed texts: never covered
    std::span<const Polyline> lines; // curves and reference lines: crossed only when nothing else is free
    std::span<const QRectF> avoid; // bars, shaded gaps: covered only when nothing else is free
};

struct PlacedLabel
{
    enum class Where : std::uint8_t { Beside, Listed, LeftOut };
    Where where = Where::LeftOut;
    QRectF rect; // the box chosen, in pixels; empty when left out
    LabelSpot spot = LabelSpot::AboveRight; // for Beside
};

// Places the labels in the order given (the first has the first choice), each in the cheapest free
// spot around its anchor: free means inside the plot, over no other label and nothing in
// keepClear, and not across its own line; the cost is the spot's rank among the preferred, plus a
// large one for every other line crossed and every avoided area covered. A label with no free spot
// goes to the side list: stacked, one under the other, in the corner of the plot with room and the
// fewest crossings (the one already holding the list, else the nearest its anchor, on a tie); a
// label with no anchor goes top right, top left, bottom right, bottom left. A label that fits in
// no corner either, or asks not to be listed, is left out. So the boxes returned are pairwise
// disjoint, inside the plot and clear of keepClear, whatever the input. Boxes are whole pixels, a
// pixel apart from each other and from the plot's edge. A request with a non-finite anchor goes
// straight to the side list; one with a non-finite size is left out. `placed` is resized to the requests' count; no
// other allocation once it has room, so it is cheap enough for every slider step (8 spots x a few labels x the segments
// near each spot).
void placeLabels(std::span<const LabelRequest> requests, const LabelScene &scene, std::vector<PlacedLabel> &placed);

// The box of a label of `size` at `spot` around `anchor`, `clearance` away from it.
QRectF labelRect(LabelSpot spot, QPointF anchor, QSizeF size, double clearance);

// Whether the line crosses or enters `rect` (touching its edge does not count).
bool crosses(Polyline line, const QRectF &rect);

} // namespace widgets
