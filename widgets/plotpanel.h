#pragma once

#include "core/units.h"
#include "labelplacement.h"
#include "theme.h"

#include <qcustomplot.h>

#include <array>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace widgets {

class LessonState;
enum class FigureFormat; // figureexport.h

// One plot of the lesson. A panel follows the LessonState: on every change it fetches its curves
// from core/ (updateCurves), redraws what moved into its live layer and asks for a repaint, which
// Qt merges so a burst of slider moves costs one repaint a frame.
//
// How a slider step is drawn (the cheap path): the static layers (axes, grid, legend, curves that
// follow only the unit or y) are drawn once into their buffer and composed, with the background,
// into the live layer's buffer, which so holds the whole picture, opaque; the part of it where the
// live layer draws (the plot, or the whole panel once an item of it drew outside the plot) is kept
// as the base. A step does not clear the live buffer to transparent and blend it over the rest: it
// copies the base back over that area alone, draws the live items on top and asks Qt to repaint
// that area only. paintEvent then copies the one opaque buffer to the screen: no background fill,
// no blending. A full replot (new axes, unit, theme, size) composes again. Exports draw with
// toPainter and never see these buffers.
//
// Coalescing: a fast drag delivers several mouse moves a frame. ProbabilitySlider holds a drag's
// value until the event loop has handled the moves that arrived together, so the state, and with
// it every panel, changes once a frame; a panel recomputes and redraws synchronously on each
// change of the state, so anything that reads a panel right after setting the state sees it drawn.
//
// The curve panels attach a PlotHover (plothover.h) for the crosshair and click-to-set. The
// accessible description repeats the value labels in words, so a screen reader hears what the plot
// shows.
class PlotPanel : public QCustomPlot
{
    Q_OBJECT

public:
    // The inputs a panel draws; it redraws only when one of them (or the unit) changes.
    enum Input { P = 1, Q = 2, Label = 4, Prediction = 8, Distributions = 16, Highlight = 32 };
    Q_DECLARE_FLAGS(Inputs, Input)

    // "Predict, then reveal": what the panel hides so a class can guess first. Numbers hides the
    // value labels and the hover values (the crosshair still shows where the mouse is);
    // NumbersAndCurves also hides the curves and markers the sliders move, leaving the axes, the
    // static reference curves, the legend and the title. Ordered: each level hides more.
    enum class Concealment { None, Numbers, NumbersAndCurves };
    Q_ENUM(Concealment)

    PlotPanel(LessonState *state, const QString &title, Inputs inputs, const Theme &theme, QWidget *parent = nullptr);

    // The panel's name in the lesson, e.g. "Cross entropy", whatever setTitle() showed instead.
    QString title() const { return m_lessonTitle; }
    // Replaces the title line (an exported figure's own title); an empty text hides the line.
    void setTitle(const QString &title);
    // The title line as drawn: empty when setTitle("") removed it.
    QString shownTitle() const { return m_title ? m_title->text() : QString(); }
    // Adds a line of text under the legend, e.g. the parameters of an exported figure; empty removes it.
    void setCaption(const QString &caption);
    QString caption() const { return m_caption ? m_caption->text() : QString(); }
    const Theme &theme() const { return m_theme; }
    // Restyles the panel in place for `theme` (another theme, or the same at another zoom): the
    // colours, type and line widths of everything it draws become those of a panel made with that
    // theme. The panel, its curves, its connections and the event filters on it stay. A hidden
    // panel redraws when it is shown.
    void setTheme(const Theme &theme);
    // What the panel shows: P, Q, the label y, the prediction yhat.
    Inputs inputs() const { return m_inputs; }

    // Recomputes the curves from the state now and redraws: only the live layer when just the
    // sliders moved. Paints at the next frame, or at once with rpImmediateRefresh.
    void refresh(QCustomPlot::RefreshPriority priority = QCustomPlot::rpQueuedReplot);

    // Lays the panel out at `size`, an exported figure's, and places its labels for that size.
    void layOutFor(const QSize &size);
    // After a figure's texts changed without an update (figureexport wraps long axis titles, which
    // moves the plot's edges): the layout at `size` again and the value labels placed in it, the
    // curves and texts left as they are.
    void settleLayout(const QSize &size);

    // What an exported figure of the panel needs beyond the drawing, asked of every panel alike.
    // The line of parameters under the figure: by default the lesson's inputs the panel shows
    // (figureCaption); a panel with parameters of its own gives those.
    virtual QString captionText() const;
    // Whether the panel has a figure in `format`: every one, unless a panel says otherwise.
    virtual bool hasFigure(FigureFormat format) const;
    // Before a figure's layout (prepareFigure, once or more for the same panel): a panel made for a
    // figure, never one shown, may arrange its plots for the small layout a figure magnifies. The
    // others keep their arrangement.
    virtual void arrangeForFigure() {}
    // Before a figure: a panel that draws random samples draws `count` from `seed` at once, so the
    // same options give the same figure. The others have nothing to draw.
    virtual void drawFigureSamples(quint64 seed, int count)
    {
        Q_UNUSED(seed);
        Q_UNUSED(count);
    }

    // The buffered layer of markers, labels and curves that follow the sliders.
    QCPLayer *liveLayer() const { return m_live; }

    // The single point of a marker graph, for tests and hover readouts: (NaN, NaN) if hidden.
    static QPointF markerPosition(const QCPGraph *marker);

    // Hides (or shows again) what `concealment` names; a later slider move keeps it hidden. Only
    // this panel changes: a figure made from another panel shows everything.
    void setConcealment(Concealment concealment);
    Concealment concealment() const { return m_concealment; }

    // The value labels beside the markers (what addLabel made), in the order they were added.
    const QList<QCPItemText *> &valueLabels() const { return m_labels; }
    // A value label as drawn: its box in pixels, padding included, and the area it must stay in
    // (its axis rect, or the whole panel for one drawn outside the plots).
    struct LabelBox
    {
        const QCPItemText *label;
        QRectF box;
        QRectF bounds;
    };
    // The boxes of the value labels shown now. The panel keeps them pairwise disjoint and each
    // inside its bounds: a label with no room is left out (isCrowdedOut) rather than overlap.
    QList<LabelBox> shownLabelBoxes() const;
    // Whether `label` has a value but no room at this size, so it is not drawn.
    bool isCrowdedOut(const QCPItemText *label) const;
    // The arrow at the plot's edge that stands for `marker` while its value is off the scale, or
    // null while the marker is on it.
    const QCPItemLine *edgeArrow(const QCPGraph *marker) const;

    // Removes the hover crosshair, if the panel has one (PlotHover), e.g. before it is drawn as a figure.
    void hideHover();

    // Whether the legend is drawn: fitLegend leaves it out of a plot shorter than it.
    bool isLegendShown() const;

signals:
    // setTheme restyled the panel.
    void themeChanged();
    // The panel redrew its curves from the state, or was laid out anew, and is about to be painted:
    // the moment for what it carries (the hover) to follow.
    void updated();

protected:
    // Sets every graph's data and every label from the current state.
    virtual void updateCurves() = 0;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

    LessonState *state() const { return m_state; }
    core::Unit unit() const;
    QString unitName() const;

    // The label of the focus outcome ("1" in the two-outcome lesson).
    QString focusLabel() const;
    // The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= x > 0: axis
    // ends that change in steps, so a drag seldom redraws the axes.
    static double niceCeiling(double x);
    // A value range that holds [low, high] (low <= 0 <= high): the current one while it still fits
    // and is not over three times too large, else a new one with room to grow. Axes then stay put
    // through most of a drag instead of jumping at every step, which is calmer to watch and saves
    // redrawing them.
    static QCPRange settledRange(const QCPRange &current, double low, double high);


    // Static curves change only with the unit or the label y; live ones with any slider.
    enum class Motion { Static, Live };
    QCPGraph *addCurve(const QString &name, const QColor &color, Motion motion, Qt::PenStyle style = Qt::SolidLine,
                       QCPAxis *valueAxis = nullptr);
    // Markers::Many: a graph of many markers, stamped from a cached image (cachedmarkers.h).
    enum class Markers { One, Many };
    QCPGraph *addMarker(const QString &name, const QColor &color, QCPScatterStyle::ScatterShape shape,
                        QCPAxis *valueAxis = nullptr, Markers markers = Markers::One);
    enum class LabelSide { Above, Below };
    // Puts a marker at (x, y) with its label beside it, on the `side` preferred, never across
    // `curve` (the line the value lies on, if any). A y off the scale (or infinite) pins the marker
    // to that edge, with an arrow from it pointing off the plot; its label still gives the value
    // (∞ for an infinite one).
    void placeMarker(QCPGraph *marker, QCPItemText *label, double x, double y, LabelSide side = LabelSide::Above,
                     const QCPAbstractPlottable *curve = nullptr);
    // Anchors a value label at (x, y) on `valueAxis`: each time the panel is drawn or resized, the
    // label goes to the first free spot of `preferred` around that point (then the others), clear
    // of the other labels, the markers and what keepClearOf names, never across `curve`, inside
    // the plot; with no free spot it joins the side list in a corner of the plot, or is left out
    // if `listWhenCrowded` is false. `clearance` is the distance kept from the point, in pixels at
    // the theme's line scale. A label never anchored stays where the panel put it, and is left
    // out when it would leave its plot or overlap a label before it.
    void anchorLabel(QCPItemText *label, QCPAxis *valueAxis, double x, double y,
                     std::initializer_list<LabelSpot> preferred, const QCPAbstractPlottable *curve = nullptr,
                     bool listWhenCrowded = true, double clearance = 8.0);
    // Something the value labels must not cover: a fixed text (QCPItemText; left out while it does
    // not fit in the plot) or a shaded rectangle (QCPItemRect); a line (QCPItemLine,
    // QCPItemStraightLine) they cross only when nothing else is free.
    void keepClearOf(QCPAbstractItem *item);
    QCPItemText *addLabel(const QColor &color);
    // Bars of `width` (in x) on the live layer; axis-aligned, so drawn without antialiasing, and
    // as plain rectangles where too narrow for an outline (fastbars.h).
    QCPBars *addBars(const QString &name, const QColor &color, double width);
    // A faint full-height band behind the outcome under the mouse, placed with placeOutcomeBand
    // over [from, to] in x; from < 0 hides it.
    QCPItemRect *addOutcomeBand();
    static void placeOutcomeBand(QCPItemRect *band, double from, double to);
    // Runs `style` with the panel's theme now, and again at every setTheme, in the order given: how
    // whatever a panel draws gets its theme's look, written once for the first look and for a
    // restyle. A later style may override an earlier one (a label's font, an axis label's colour).
    void styleWith(std::function<void(const Theme &)> style);
    // Pens, colours and fonts of the theme on an axis and its grid: the panel's own axes, and those
    // of any further axis rect a panel adds.
    static void styleAxis(QCPAxis *axis, const Theme &theme);
    // Gives a plottable's legend entry room for its text; addCurve and addMarker do it themselves.
    void fitLegendItem(QCPAbstractPlottable *plottable);
    // The least concealment that hides `item`: addLabel's texts go with Numbers; live curves,
    // markers and bars with NumbersAndCurves; None keeps an item always shown (an input being
    // edited). For anything else that shows a quantity, e.g. a shaded gap.
    void setConcealedFrom(QCPLayerable *item, Concealment from);

    // Fills curve->data with f(x) over x in (0, 1), sampled where it bends (core::sampleCurve: within
    // a quarter pixel at 4096 x 4096 pixels of its axes' ranges, dense at the steep tails), through
    // the x values `knots` too (e.g. where the curve has its minimum). `inputs` are the values f
    // depends on (p, the unit...): while they and the axes' ranges stay the same, the curve is
    // neither sampled nor set again, so a panel may call this at every step for curves that depend
    // on one slider and not on another.
    void setCurve(QCPGraph *curve, std::initializer_list<double> inputs, const std::function<double(double)> &f,
                  const std::vector<double> &knots = {});

    void paintEvent(QPaintEvent *event) override;

private:
    class Buffer; // a paint buffer that knows whether it is the live one (plotpanel.cpp)
    friend class Buffer;
    // The paint buffer of the live layer, if it is the last (topmost) one and one of ours; null
    // otherwise, and then the panel paints as QCustomPlot does.
    Buffer *liveBuffer() const;
    // Draws into the live buffer `live` the background and every buffer below the live one, as
    // QCustomPlot's paintEvent would blend them, and keeps the `keep` part of it as m_base.
    void composeBase(QPixmap &live, const QRect &keep);
    // Before the live layer is drawn into `buffer`: the base copied over the area it may draw in.
    void prepareLiveBuffer(QPixmap &buffer);
    // Where the live layer may draw: its items' clip rects (the plot for most; the whole panel for
    // one not clipped to a plot), united with what it covered last time.
    QRect liveArea() const;
    // Redraws the live layer alone and repaints its area (or everything, if the buffers need it).
    void redrawLive();
    void applyTheme(const Theme &theme);
    // What follows every updateCurves: concealment, labels kept inside, description, then updated().
    void finishUpdate();
    void applyConcealment();
    void updateDescription();
    // Places the anchored labels for the current layout (anchorLabel) and leaves out what does not fit.
    void arrangeLabels();
    // Shows again the labels arrangeLabels left out, before the next arrangement.
    void restoreCrowdedLabels();
    // The edge arrow of `marker`, made the first time it is asked for.
    QCPItemLine *edgeArrowFor(QCPGraph *marker);
    // Lays the panel out at `size` with its legend in as many columns as fit the width (one line
    // when they all do), never taller than the plot: in smaller type, or left out, if need be.
    void fitLegend(const QSize &size);
    // Puts the legend back in its place in the layout, or takes it out (see fitLegend).
    void showLegend(bool show);

    LessonState *m_state;
    Theme m_theme;
    std::vector<std::function<void(const Theme &)>> m_styles; // in the order given to styleWith
    QString m_lessonTitle;
    QCPTextElement *m_title; // null when an export asked for no title
    QCPTextElement *m_caption = nullptr;
    QList<QCPItemText *> m_labels;
    // Where each of m_labels goes, in the same order; `anchored` false for one placed by its panel.
    struct LabelAnchor
    {
        bool anchored = false;
        QCPAxis *valueAxis = nullptr;
        QPointF coords;
        std::array<LabelSpot, 8> preferred {};
        std::size_t preferredCount = 0;
        const QCPAbstractPlottable *curve = nullptr;
        bool listWhenCrowded = true;
        double clearance = 8.0;
    };
    std::vector<LabelAnchor> m_anchors;
    std::vector<QCPItemText *> m_crowded; // left out by the last arrangeLabels
    std::vector<QCPAbstractItem *> m_keptClear;
    struct EdgeArrow
    {
        QCPGraph *marker;
        QCPItemLine *arrow;
    };
    std::vector<EdgeArrow> m_arrows;
    struct LegendHome
    {
        QCPLayoutGrid *grid = nullptr; // null while the legend is in the layout
        int row = 0, column = 0;
    };
    LegendHome m_legendHome;
    // Scratch space of arrangeLabels, kept so a slider step allocates nothing once it has room.
    struct Scratch
    {
        std::vector<std::vector<QPointF>> points;
        std::vector<Polyline> lines;
        std::vector<const QCPAbstractPlottable *> lineOwners;
        std::vector<QRectF> keepClear, avoid, fixedBoxes;
        std::vector<LabelRequest> requests;
        std::vector<int> requestLabels;
        std::vector<PlacedLabel> placed;
    };
    Scratch m_scratch;
    QCPLayer *m_live = nullptr;
    Concealment m_concealment = Concealment::None;
    std::vector<std::pair<QCPLayerable *, Concealment>> m_concealable;
    Inputs m_inputs;
    Inputs m_changedInputs;
    bool m_unitChanged = false;
    bool m_stale = false; // the state changed while the panel was hidden
    // What the static layers show: when any of it changes, the whole panel is redrawn.
    struct Look
    {
        core::Unit unit = core::Unit::Nats;
        int y = -1; // -1 forces a full first replot
        int focus = -1;
        QStringList labels;
        QCPRange x, value, value2;
        bool operator==(const Look &) const = default;
    };
    Look currentLook() const;
    Look m_lastLook;
    QPixmap m_base; // background and static layers, opaque, over m_baseRect only (where the live layer draws)
    QRect m_baseRect;
    bool m_baseStale = true; // a buffer below the live one was drawn since m_base was made
    QRect m_liveDrawn; // the area the live layer was last drawn in, to be cleared next time
    // The inputs and ranges each curve was last sampled for (setCurve).
    std::vector<std::pair<const QCPGraph *, std::vector<double>>> m_curveInputs;
};

} // namespace widgets

Q_DECLARE_OPERATORS_FOR_FLAGS(widgets::PlotPanel::Inputs)
