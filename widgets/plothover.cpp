#include "plothover.h"

#include "plotpanel.h"

#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace widgets {

PlotHover::PlotHover(PlotPanel *panel, HoverSource *source)
    : QObject(panel)
    , m_panel(panel)
    , m_source(source)
{
    panel->setMouseTracking(true);
    panel->installEventFilter(this);
    // The values follow the state (an arrow key moved p, say), the layout and the concealment; the
    // panel then redraws its live layer anyway. Away from the panel this costs nothing.
    connect(panel, &PlotPanel::updated, this, [this] {
        if (m_mouse)
            update();
    });
    connect(panel, &PlotPanel::themeChanged, this, [this] {
        if (m_box)
            style(m_panel->theme());
    });
}

PlotHover *PlotHover::of(const PlotPanel *panel)
{
    return panel->findChild<PlotHover *>(QString(), Qt::FindDirectChildrenOnly);
}

bool PlotHover::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_panel)
        return false;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const bool shown = isCrosshairVisible();
        m_mouse = static_cast<QMouseEvent *>(event)->position();
        update();
        if (shown || isCrosshairVisible())
            queueReplot();
        break;
    }
    case QEvent::Leave:
        hide();
        break;
    case QEvent::MouseButtonPress: {
        const auto *press = static_cast<QMouseEvent *>(event);
        m_press.reset();
        if (press->button() == Qt::LeftButton && m_panel->axisRect()->rect().contains(press->position().toPoint()))
            m_press = press->position();
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *release = static_cast<QMouseEvent *>(event);
        const std::optional<QPointF> press = std::exchange(m_press, std::nullopt);
        if (release->button() != Qt::LeftButton || !press
            || !m_panel->axisRect()->rect().contains(release->position().toPoint()))
            break;
        if ((release->position() - *press).manhattanLength() > 3.0)
            break; // a drag, not a click
        // A click is not precise: a pixel spans a few thousandths of x at usual sizes, so digits
        // beyond the thousandth would be noise; the rounded value also reads cleanly on the sliders.
        const double x = std::round(m_panel->xAxis->pixelToCoord(release->position().x()) * 1000.0) / 1000.0;
        m_source->clickAt(std::clamp(x, 0.0, 1.0));
        break;
    }
    default:
        break;
    }
    return false; // the panel sees every event too
}

void PlotHover::createItems()
{
    for (QCPItemStraightLine **line : {&m_crossX, &m_crossY}) {
        *line = new QCPItemStraightLine(m_panel);
        (*line)->setLayer(m_panel->liveLayer());
        (*line)->setSelectable(false);
        (*line)->setVisible(false);
    }
    m_box = new QCPItemText(m_panel);
    m_box->setLayer(m_panel->liveLayer());
    m_box->position->setType(QCPItemPosition::ptAbsolute);
    m_box->setClipToAxisRect(false);
    m_box->setPadding(QMargins(6, 3, 6, 4));
    m_box->setTextAlignment(Qt::AlignLeft);
    m_box->setSelectable(false);
    m_box->setVisible(false);
    style(m_panel->theme());
}

void PlotHover::style(const Theme &theme)
{
    const QPen pen = theme.pen(QColor(0, 0, 0, 180), 1.0, Qt::DotLine); // black is the theme's ink
    m_crossX->setPen(pen);
    m_crossY->setPen(pen);
    m_box->setFont(theme.font());
    m_box->setColor(theme.foreground);
    m_box->setBrush(theme.background); // opaque: it reads over curves in every theme
    m_box->setPen(theme.pen(QColor(0, 0, 0, 150), 1.0));
}

void PlotHover::update()
{
    const QRect area = m_panel->axisRect()->rect();
    std::optional<HoverReadout> readout;
    if (m_mouse && area.contains(m_mouse->toPoint()))
        readout = m_source->hoverAt(std::clamp(m_panel->xAxis->pixelToCoord(m_mouse->x()), 0.0, 1.0));
    QStringList lines;
    if (!readout) {
        if (m_box) {
            m_crossX->setVisible(false);
            m_crossY->setVisible(false);
            m_box->setVisible(false);
        }
    } else {
        if (!m_box)
            createItems();
        // The visible curve nearest the mouse; a hidden one (concealed) would give its value away.
        QCPAxis *axis = nullptr;
        double value = 0.0, distance = std::numeric_limits<double>::infinity();
        for (const HoverPoint &point : std::as_const(readout->points)) {
            if (!point.curve->realVisibility() || std::isnan(point.value))
                continue;
            const QCPRange range = point.curve->valueAxis()->range();
            const double shown = std::clamp(point.value, range.lower, range.upper); // infinity: the top edge
            const double d = std::abs(point.curve->valueAxis()->coordToPixel(shown) - m_mouse->y());
            if (d < distance) {
                distance = d;
                axis = point.curve->valueAxis();
                value = shown;
            }
        }
        m_crossX->point1->setCoords(readout->x, 0.0);
        m_crossX->point2->setCoords(readout->x, 1.0);
        m_crossX->setVisible(true);
        QPointF anchor(m_panel->xAxis->coordToPixel(readout->x), m_mouse->y());
        m_crossY->setVisible(axis != nullptr);
        if (axis) {
            for (QCPItemPosition *end : {m_crossY->point1, m_crossY->point2})
                end->setAxes(m_panel->xAxis, axis);
            m_crossY->point1->setCoords(0.0, value);
            m_crossY->point2->setCoords(1.0, value);
            anchor.setY(axis->coordToPixel(value));
        }
        if (m_panel->concealment() == PlotPanel::Concealment::None)
            lines = readout->lines;
        m_box->setVisible(!lines.isEmpty());
        if (!lines.isEmpty()) {
            const QString text = lines.join(QLatin1Char('\n'));
            m_box->setText(text);
            const QMargins pad = m_box->padding();
            const QSizeF size = QFontMetricsF(m_box->font()).boundingRect(QRectF(), Qt::AlignLeft, text).size()
                + QSizeF(pad.left() + pad.right(), pad.top() + pad.bottom());
            // Above and to the right of the point, unless that leaves the plot and the other side does not.
            const double gap = 10.0 * m_panel->theme().lineScale;
            const bool right
                = anchor.x() + gap + size.width() <= area.right() || anchor.x() - gap - size.width() < area.left();
            const bool above
                = anchor.y() - gap - size.height() >= area.top() || anchor.y() + gap + size.height() > area.bottom();
            m_box->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight)
                                        | (above ? Qt::AlignBottom : Qt::AlignTop));
            m_box->position->setCoords(anchor.x() + (right ? gap : -gap), anchor.y() + (above ? -gap : gap));
        }
    }
    if (lines != m_lines) {
        m_lines = lines;
        emit valuesChanged(m_lines);
    }
}

void PlotHover::queueReplot()
{
    // Mouse moves come faster than frames: one redraw of the live layer per turn of the event loop.
    if (std::exchange(m_replotQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_replotQueued = false;
            m_panel->liveLayer()->replot();
        },
        Qt::QueuedConnection);
}

bool PlotHover::isCrosshairVisible() const
{
    return m_crossX && m_crossX->visible();
}

QPointF PlotHover::crosshairPosition() const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!isCrosshairVisible())
        return {nan, nan};
    return {m_crossX->point1->coords().x(), m_crossY->visible() ? m_crossY->point1->coords().y() : nan};
}

void PlotHover::hide()
{
    m_mouse.reset();
    const bool shown = isCrosshairVisible();
    update();
    if (shown)
        queueReplot();
}

} // namespace widgets
