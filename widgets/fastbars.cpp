#include "fastbars.h"

#include <cmath>
#include <vector>

namespace widgets {

FastBars::FastBars(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPBars(keyAxis, valueAxis)
{ }

void FastBars::draw(QCPPainter *painter)
{
    if (barBelow() || barsGroup() || selected() || mPen.style() == Qt::NoPen) {
        QCPBars::draw(painter);
        return;
    }
    if (!mKeyAxis || !mValueAxis || mDataContainer->isEmpty())
        return;
    QCPBarsDataContainer::const_iterator begin, end;
    getVisibleDataBounds(begin, end);
    painter->setPen(mPen);
    painter->setBrush(mBrush);
    applyDefaultAntialiasingHint(painter); // before the transform is read: QCPPainter shifts antialiased drawing
    const QTransform toDevice = painter->deviceTransform();
    const double halfPen = (mPen.isCosmetic() ? 1.0 : mPen.widthF()) / 2.0;
    // The narrow bars in device pixels: where the outline lay and the inside it left, filled once
    // the wide ones are drawn.
    std::vector<QRect> outlines, insides;
    const auto pixels = [&toDevice](const QRectF &rect) {
        // Rounded to whole pixels as a non-antialiased fill or stroke is.
        const QRectF r = toDevice.mapRect(rect);
        const int left = int(std::lround(r.left())), top = int(std::lround(r.top()));
        return QRect(QPoint(left, top), QPoint(int(std::lround(r.right())) - 1, int(std::lround(r.bottom())) - 1));
    };
    for (auto it = begin; it != end; ++it) {
        if (!std::isfinite(it->key) || !std::isfinite(it->value))
            continue; // no place to draw it
        const QRectF bar = getBarRect(it->key, it->value);
        if (toDevice.mapRect(bar).width() >= kOutlinedWidth) {
            painter->drawPolygon(bar);
            continue;
        }
        // The outline's place, never thinner than a pixel, then what of the brush shows inside it.
        QRect outline = pixels(bar.adjusted(-halfPen, -halfPen, halfPen, halfPen));
        outline.setWidth(std::max(1, outline.width()));
        outline.setHeight(std::max(1, outline.height()));
        outlines.push_back(outline);
        const QRect inside = pixels(bar.adjusted(halfPen, halfPen, -halfPen, -halfPen));
        if (inside.width() > 0 && inside.height() > 0)
            insides.push_back(inside);
    }
    if (outlines.empty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(Qt::NoPen);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(mPen.color());
    painter->drawRects(outlines.data(), int(outlines.size()));
    painter->setBrush(mBrush);
    painter->drawRects(insides.data(), int(insides.size()));
    painter->restore();
}

} // namespace widgets
