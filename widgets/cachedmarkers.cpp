#include "cachedmarkers.h"

#include <cmath>

namespace widgets {

CachedMarkers::CachedMarkers(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPGraph(keyAxis, valueAxis)
{ }

bool CachedMarkers::cacheFits(const QCPScatterStyle &style, const QPen &pen, bool antialiased) const
{
    const QCPScatterStyle &c = m_cache.style;
    return m_cache.side > 0 && c.shape() == style.shape() && c.size() == style.size() && c.pen() == style.pen()
        && c.brush() == style.brush() && c.isPenDefined() == style.isPenDefined() && m_cache.pen == pen
        && m_cache.antialiased == antialiased;
}

const QImage &CachedMarkers::stamp(int dx, int dy) const
{
    QImage &image = m_cache.images[std::size_t(dy * kSteps + dx)];
    if (image.isNull()) {
        image = QImage(m_cache.side, m_cache.side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QCPPainter painter(&image);
        // The hint alone: QCPPainter::setAntialiasing would shift by half a pixel, which the
        // position read from the drawing painter already holds.
        painter.setRenderHint(QPainter::Antialiasing, m_cache.antialiased);
        m_cache.style.applyTo(&painter, m_cache.pen);
        const double centre = m_cache.side / 2;
        m_cache.style.drawShape(&painter, centre + double(dx) / kSteps, centre + double(dy) / kSteps);
    }
    return image;
}

void CachedMarkers::drawScatterPlot(QCPPainter *painter, const QVector<QPointF> &scatters,
                                    const QCPScatterStyle &style) const
{
    applyScattersAntialiasingHint(painter); // before the transform is read: QCPPainter shifts antialiased drawing
    const QTransform toDevice = painter->deviceTransform();
    const bool stampable = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
        && toDevice.type() <= QTransform::TxTranslate && !painter->modes().testFlag(QCPPainter::pmVectorized)
        && style.shape() != QCPScatterStyle::ssPixmap && style.shape() != QCPScatterStyle::ssCustom;
    if (!stampable) {
        m_stamped = 0;
        QCPGraph::drawScatterPlot(painter, scatters, style);
        return;
    }
    const bool antialiased = painter->antialiasing();
    if (!cacheFits(style, mPen, antialiased)) {
        const double penWidth = style.isPenDefined() ? style.pen().widthF() : mPen.widthF();
        // Room for the shape, its pen and a pixel of antialiasing on every side, and the offset.
        m_cache = {style, mPen, antialiased, 2 * int(std::ceil((style.size() + penWidth) / 2.0)) + 4, {}};
    }
    const double centre = m_cache.side / 2;
    painter->save();
    painter->resetTransform();
    for (const QPointF &point : scatters) {
        const QPointF at = toDevice.map(point);
        // The whole pixel and the quarter within it.
        const double steppedX = std::round(at.x() * kSteps), steppedY = std::round(at.y() * kSteps);
        const double x = std::floor(steppedX / kSteps), y = std::floor(steppedY / kSteps);
        const int dx = int(steppedX - x * kSteps), dy = int(steppedY - y * kSteps);
        painter->drawImage(QPointF(x - centre, y - centre), stamp(dx, dy));
    }
    painter->restore();
    m_stamped = int(scatters.size());
}

} // namespace widgets
