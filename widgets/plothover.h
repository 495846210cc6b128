#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <optional>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace widgets {

class PlotPanel;
struct Theme;

// What the crosshair shows at one x: each curve's exact value there (from core/, not read off the
// sampled graph), and the lines of the box beside it.
struct HoverPoint
{
    const QCPGraph *curve;
    double value;
};
struct HoverReadout
{
    double x;
    QList<HoverPoint> points;
    QStringList lines;
};

// What a curve panel tells its hover: the readout at an x, and what a click at an x sets.
class HoverSource
{
public:
    // The readout at `x` in [0, 1]; nothing means no crosshair there.
    virtual std::optional<HoverReadout> hoverAt(double x) const = 0;
    // A left click in the plot at `x`, already clamped to [0, 1] and rounded to a thousandth: sets
    // the input the x axis stands for through the LessonState.
    virtual void clickAt(double x) = 0;

protected:
    ~HoverSource() = default;
};

// The hover crosshair and click-to-set of a curve panel, attached to it (a child that watches its
// mouse events). Over the plot the mouse shows a crosshair with the exact values at its x; it
// snaps to the visible curve whose point is nearest the mouse in pixels, and an infinite value is
// pinned to the top edge. A click (not a drag) moves the matching input to that x. The crosshair
// follows the state while the mouse stays, takes the panel's theme, and shows no numbers while the
// panel conceals them. Its items are made at the first hover, so a panel never hovered carries none.
class PlotHover : public QObject
{
    Q_OBJECT

public:
    PlotHover(PlotPanel *panel, HoverSource *source);

    // The hover attached to `panel`, or null (a panel of bars has none).
    static PlotHover *of(const PlotPanel *panel);

    // The crosshair as the user sees it. Its position is (x, value of the curve it snapped to); y is
    // NaN when it snapped to none (every curve hidden), (NaN, NaN) when it is hidden.
    bool isCrosshairVisible() const;
    QPointF crosshairPosition() const;
    // The lines of the box beside the crosshair, e.g. {"x = 0.2500", "h(x) = 0.8113 bits"}; empty
    // when there is no box (no hover, or numbers concealed).
    QStringList values() const { return m_lines; }
    // Removes the crosshair, e.g. before the panel is drawn as a figure.
    void hide();

signals:
    // The lines of the box changed; empty when it went away.
    void valuesChanged(const QStringList &lines);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Places the crosshair for the mouse at m_mouse, or hides it; the caller redraws.
    void update();
    void createItems();
    void style(const Theme &theme);
    void queueReplot();

    PlotPanel *m_panel;
    HoverSource *m_source;
    std::optional<QPointF> m_mouse; // while it is over the panel
    std::optional<QPointF> m_press; // a left press in the plot, maybe the start of a click
    QCPItemStraightLine *m_crossX = nullptr; // the vertical line
    QCPItemStraightLine *m_crossY = nullptr;
    QCPItemText *m_box = nullptr;
    QStringList m_lines; // as shown in the box
    bool m_replotQueued = false;
};

} // namespace widgets
