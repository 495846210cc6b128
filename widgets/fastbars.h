#pragma once

#include <qcustomplot.h>

namespace widgets {

// Bars drawn as plain filled rectangles where an outline has no room. QCPBars strokes every
// bar's outline as a polygon, which with hundreds of outcomes costs more than the rest of a
// panel, while a bar narrower than kOutlinedWidth device pixels is nearly all outline. So a bar at
// least kOutlinedWidth wide is drawn as QCPBars draws it (its brush inside its pen); a narrower
// one is two filled rectangles: the pen's colour where the outline lay (at least a pixel wide and
// high, so no bar, nor one of height 0, disappears), then the brush's where the inside showed,
// which gives the pixels a stroke without antialiasing gave. Stacked or grouped bars, selected
// ones and bars without a pen are left to QCPBars.
class FastBars : public QCPBars
{
public:
    static constexpr double kOutlinedWidth = 3.0; // device pixels

    FastBars(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    void draw(QCPPainter *painter) override;
};

} // namespace widgets
