#pragma once

#include <qcustomplot.h>

#include <array>

namespace widgets {

// A marker graph that stamps its scatter shape from a cached image: QCPScatterStyle strokes and
// fills every marker as a path, which with hundreds of outcomes costs more than the rest of a
// panel. The shape is drawn once for each quarter-pixel offset it is placed at (so antialiased
// edges look as before) and the image is blended at each point. On a painter that is not a
// raster image at one device pixel per pixel (SVG, PDF, a magnified figure) the shapes are drawn
// as QCPGraph draws them, so vector figures stay vector.
class CachedMarkers : public QCPGraph
{
public:
    CachedMarkers(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // How many markers the last draw stamped from the cache (0 when it drew them as shapes).
    int stampedCount() const { return m_stamped; }

protected:
    void drawScatterPlot(QCPPainter *painter, const QVector<QPointF> &scatters,
                         const QCPScatterStyle &style) const override;

private:
    static constexpr int kSteps = 4; // offsets per pixel
    // The shape at offset (dx, dy) / kSteps of a pixel from the image's centre, drawn on first use.
    const QImage &stamp(int dx, int dy) const;
    // Whether the cached images were made for this style, pen and antialiasing.
    bool cacheFits(const QCPScatterStyle &style, const QPen &pen, bool antialiased) const;

    struct Cache
    {
        QCPScatterStyle style;
        QPen pen;
        bool antialiased = false;
        int side = 0; // the images' width and height
        std::array<QImage, kSteps * kSteps> images;
    };
    mutable Cache m_cache;
    mutable int m_stamped = 0;
};

} // namespace widgets
