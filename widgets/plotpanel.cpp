#include "plotpanel.h"

#include "cachedmarkers.h"
#include "core/curves.h"
#include "fastbars.h"
#include "figureexport.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "plothover.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace widgets {

namespace {

// Reaches QCPLayer's protected drawing of one layer into its buffer: QCPLayer::replot does the same
// and then repaints the whole widget, where a slider step needs only the plot repainted.
struct LayerAccess : QCPLayer
{
    using QCPLayer::drawToPaintBuffer;
};

} // namespace

// QCustomPlot's pixmap buffer, but the live one is never cleared to transparent: before the live
// layer draws, the panel copies its opaque base over the area the layer may draw in, so the buffer
// always holds the whole picture and paintEvent copies it alone.
class PlotPanel::Buffer : public QCPPaintBufferPixmap
{
public:
    explicit Buffer(PlotPanel *panel)
        // A pixel until the first replot gives it the panel's size: a panel never shown (another
        // page, a figure) holds no full-size pixmaps.
        : QCPPaintBufferPixmap(QSize(1, 1), panel->bufferDevicePixelRatio())
        , m_panel(panel)
    {
    }

    QCPPainter *startPainting() override
    {
        if (this == m_panel->liveBuffer())
            m_panel->prepareLiveBuffer(mBuffer);
        else
            m_panel->m_baseStale = true;
        return QCPPaintBufferPixmap::startPainting();
    }

    void clear(const QColor &color) override
    {
        if (this != m_panel->liveBuffer()) {
            QCPPaintBufferPixmap::clear(color);
            m_panel->m_baseStale = true;
        }
    }

    void draw(QCPPainter *painter) const override
    {
        if (this != m_panel->liveBuffer()) {
            QCPPaintBufferPixmap::draw(painter);
            return;
        }
        // The whole picture already: it replaces what is under it rather than being blended.
        painter->save();
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->drawPixmap(0, 0, mBuffer);
        painter->restore();
    }

    const QPixmap &pixmap() const { return mBuffer; }

protected:
    void reallocateBuffer() override
    {
        QCPPaintBufferPixmap::reallocateBuffer();
        m_panel->m_baseStale = true; // a new, unpainted pixmap: the live one is covered whole next time
    }

private:
    PlotPanel *m_panel;
};

PlotPanel::PlotPanel(LessonState *state, const QString &title, Inputs inputs, const Theme &theme, QWidget *parent)
    : QCustomPlot(parent)
    , m_state(state)
    , m_theme(theme)
    , m_lessonTitle(title)
    , m_title(new QCPTextElement(this, title, theme.font(1.3, true)))
    , m_inputs(inputs)
{
    setAccessibleName(title);
    setMinimumSize(260, 200);
    setMouseTracking(true); // for what follows the mouse: the hover, a bar under it, a point to drag
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    // The legend goes below the plot, in columns, so it never hides a curve.
    legend->setVisible(true);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(2, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 0, 4, 8));
    xAxis->setRange(0.0, 1.0);
    styleWith([this](const Theme &t) { applyTheme(t); });
    // Smooth curves and text everywhere; plottables choose for themselves, so bars, which are
    // axis-aligned rectangles, can skip the costly antialiasing of hundreds of edges.
    setAntialiasedElements(QCP::aeAll & ~(QCP::aePlottables | QCP::aeFills | QCP::aeScatters));
    setPlottingHint(QCP::phFastPolylines, true);
    // What moves with the sliders lives on the topmost, separately buffered layer: a slider step
    // redraws that layer alone, not the axes, grid, legend and unchanging curves underneath, and
    // everything else shares one buffer, so a repaint composes just two.
    m_live = layer(QStringLiteral("overlay"));
    m_live->setMode(QCPLayer::lmBuffered);
    // Two buffers, the static layers' and the live layer's, both ours (see the class comment):
    // QCustomPlot makes its buffers only while it has fewer than it needs, so these are used.
    mPaintBuffers.clear();
    for (int i = 0; i < 2; ++i)
        mPaintBuffers.append(QSharedPointer<QCPAbstractPaintBuffer>(new Buffer(this)));
    setAttribute(Qt::WA_OpaquePaintEvent); // the background brush covers every pixel: nothing behind shows
    // Note what changed; redraw once per edit (changed() comes after the specific signals).
    connect(state, &LessonState::pChanged, this, [this] { m_changedInputs |= P; });
    connect(state, &LessonState::qChanged, this, [this] { m_changedInputs |= Q; });
    connect(state, &LessonState::yChanged, this, [this] { m_changedInputs |= Label; });
    connect(state, &LessonState::yhatChanged, this, [this] { m_changedInputs |= Prediction; });
    connect(state, &LessonState::unitChanged, this, [this] { m_unitChanged = true; });
    // The two-outcome panels show the focus outcome: a new focus or new labels concern them too.
    connect(state, &LessonState::distributionsChanged, this, [this] { m_changedInputs |= P | Q | Distributions; });
    connect(state, &LessonState::highlightChanged, this, [this] { m_changedInputs |= Highlight; });
    connect(state, &LessonState::changed, this, [this] {
        const bool mine = m_unitChanged || (m_changedInputs & m_inputs);
        m_changedInputs = {};
        m_unitChanged = false;
        if (mine)
            refresh(); // a hidden panel only notes that it is stale
    });
}

void PlotPanel::styleAxis(QCPAxis *axis, const Theme &t)
{
    const QPen axisPen = t.pen(Qt::black, 1.0);
    axis->setBasePen(axisPen);
    axis->setTickPen(axisPen);
    axis->setSubTickPen(axisPen);
    axis->setLabelColor(t.foreground);
    axis->setTickLabelColor(t.foreground);
    axis->setLabelFont(t.font(1.1));
    axis->setTickLabelFont(t.font());
    axis->grid()->setPen(QPen(t.grid, t.lineScale, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void PlotPanel::styleWith(std::function<void(const Theme &)> style)
{
    style(m_theme);
    m_styles.push_back(std::move(style));
}

void PlotPanel::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (const auto &style : m_styles)
        style(m_theme);
    // New type takes new room: the legend's columns and the layout first, as a resize would.
    fitLegend(size());
    m_lastLook = {}; // every layer is redrawn, not only the live one
    refresh(); // a hidden panel redraws when shown
    emit themeChanged();
}

void PlotPanel::applyTheme(const Theme &t)
{
    setBackground(t.background);
    if (m_title) {
        m_title->setFont(t.font(1.3, true));
        m_title->setTextColor(t.foreground);
    }
    if (m_caption) {
        m_caption->setFont(t.font(t.legendScale));
        m_caption->setTextColor(t.foreground);
    }
    for (QCPAxis *axis : axisRect()->axes())
        styleAxis(axis, t);
    legend->setFont(t.font(t.legendScale));
    legend->setTextColor(t.foreground);
    // As tall as a line of text: a shorter icon row clips the text's descenders.
    const int textHeight = QFontMetrics(legend->font()).height();
    legend->setIconSize(qRound(28 * t.lineScale), std::max(qRound(12 * t.lineScale), textHeight));
    legend->setIconTextPadding(qRound(7 * t.lineScale));
}

void PlotPanel::setTitle(const QString &title)
{
    if (!title.isEmpty()) {
        if (!m_title) {
            plotLayout()->insertRow(0);
            m_title = new QCPTextElement(this, title, m_theme.font(1.3, true));
            m_title->setTextColor(m_theme.foreground);
            plotLayout()->addElement(0, 0, m_title);
        }
        m_title->setText(title);
    } else if (m_title) {
        // Removed rather than hidden: a hidden element would still hold its row's height.
        plotLayout()->remove(m_title);
        plotLayout()->simplify();
        m_title = nullptr;
    }
}

void PlotPanel::setCaption(const QString &caption)
{
    if (caption.isEmpty()) {
        if (m_caption) {
            plotLayout()->remove(m_caption);
            plotLayout()->simplify();
            m_caption = nullptr;
        }
        return;
    }
    if (!m_caption) {
        m_caption = new QCPTextElement(this, caption, m_theme.font(m_theme.legendScale)); // 20 pt on slides
        m_caption->setTextColor(m_theme.foreground);
        m_caption->setMargins(QMargins(4, 0, 4, 6));
        plotLayout()->addElement(plotLayout()->rowCount(), 0, m_caption);
        plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    }
    m_caption->setText(caption);
}

void PlotPanel::layOutFor(const QSize &size)
{
    hideHover(); // a figure shows no mouse
    fitLegend(size);
    restoreCrowdedLabels();
    updateCurves();
    fitLegend(size); // again, with the ranges and axis titles of this state, which set the plot's edges
    finishUpdate();
}

void PlotPanel::settleLayout(const QSize &size)
{
    fitLegend(size);
    restoreCrowdedLabels();
    arrangeLabels();
}

QString PlotPanel::captionText() const
{
    return figureCaption(*m_state, m_inputs);
}

bool PlotPanel::hasFigure(FigureFormat format) const
{
    Q_UNUSED(format);
    return true;
}

void PlotPanel::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

void PlotPanel::resizeEvent(QResizeEvent *event)
{
    fitLegend(event->size()); // before the full replot the base class does at once
    QCustomPlot::resizeEvent(event);
    restoreCrowdedLabels();
    applyConcealment();
    arrangeLabels();
    emit updated();
    redrawLive();
}

void PlotPanel::fitLegend(const QSize &size)
{
    setViewport(QRect(QPoint(0, 0), size));
    if (legend->fillOrder() != QCPLayoutGrid::foColumnsFirst) {
        updateLayout(); // a panel that arranges its legend itself (the training lab's rows)
        return;
    }
    const auto arrange = [this](int columns) {
        if (legend->wrap() != columns) {
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // moves the entries
        }
    };
    showLegend(true);
    // In the theme's type if it leaves the plot taller than the legend, else a size smaller; if
    // that does not either, the plot goes without its legend (the labels and axis titles still
    // name what it shows) rather than be squeezed under it.
    for (const double scale : {1.0, 0.8}) {
        legend->setFont(m_theme.font(m_theme.legendScale * scale));
        // As many columns as fit: one line when the entries are short, fewer (longer) lines when not.
        int columns = std::max(1, legend->itemCount());
        for (; columns > 1; --columns) {
            arrange(columns);
            if (legend->minimumOuterSizeHint().width() <= size.width())
                break;
        }
        arrange(columns);
        updateLayout();
        if (legend->outerRect().height() <= axisRect()->rect().height())
            return;
    }
    showLegend(false);
    updateLayout();
}

void PlotPanel::showLegend(bool show)
{
    if (show == (m_legendHome.grid == nullptr))
        return; // already so
    if (show) {
        m_legendHome.grid->addElement(m_legendHome.row, m_legendHome.column, legend);
        m_legendHome = {};
        legend->setVisible(true);
        return;
    }
    auto *grid = qobject_cast<QCPLayoutGrid *>(legend->layout());
    if (!grid)
        return;
    for (int row = 0; row < grid->rowCount(); ++row) {
        for (int column = 0; column < grid->columnCount(); ++column) {
            if (grid->element(row, column) == legend)
                m_legendHome = {grid, row, column};
        }
    }
    // Out of the layout, so its row takes no height, and hidden, so it is not drawn where it was.
    grid->take(legend);
    legend->setVisible(false);
}

bool PlotPanel::isLegendShown() const
{
    return m_legendHome.grid == nullptr && legend->visible();
}

void PlotPanel::refresh(QCustomPlot::RefreshPriority priority)
{
    if (!isVisible()) {
        // Hidden (the other page, or a figure being made): nothing is computed or drawn until
        // showEvent, or until an export lays the panel out for its figure.
        m_stale = true;
        return;
    }
    restoreCrowdedLabels();
    updateCurves();
    const Look look = currentLook();
    const bool full = !(look == m_lastLook);
    if (full)
        fitLegend(size()); // new ranges or axis titles move the plot's edges: the legend and labels fit the new plot
    finishUpdate();
    if (full) {
        // Unit, label y, focus, outcome names or an axis range changed: the static layers too.
        m_lastLook = look;
        replot(priority);
        return;
    }
    redrawLive();
    if (priority == QCustomPlot::rpImmediateRefresh)
        repaint();
}

void PlotPanel::finishUpdate()
{
    applyConcealment();
    arrangeLabels();
    updateDescription();
    emit updated(); // the caller redraws the live layer
}

void PlotPanel::setConcealment(Concealment concealment)
{
    if (concealment == m_concealment)
        return;
    m_concealment = concealment;
    // Shown again first; updateCurves then hides what the panel itself keeps hidden and
    // applyConcealment what the new level hides.
    for (const auto &[item, from] : m_concealable)
        item->setVisible(true);
    refresh();
}

void PlotPanel::setConcealedFrom(QCPLayerable *item, Concealment from)
{
    for (auto &entry : m_concealable) {
        if (entry.first == item) {
            entry.second = from;
            return;
        }
    }
    m_concealable.emplace_back(item, from);
}

void PlotPanel::applyConcealment()
{
    if (m_concealment == Concealment::None)
        return;
    for (const auto &[item, from] : m_concealable) {
        if (from != Concealment::None && from <= m_concealment)
            item->setVisible(false);
    }
}

void PlotPanel::updateDescription()
{
    // Only joins of texts already made: this runs at every slider step.
    QStringList inputs;
    if (m_inputs & P)
        inputs << QStringLiteral("p = %1").arg(formatNumber(m_state->p()));
    if (m_inputs & Q)
        inputs << QStringLiteral("q = %1").arg(formatNumber(m_state->q()));
    if (m_inputs & Label)
        inputs << QStringLiteral("y = %1").arg(m_state->y());
    if (m_inputs & Prediction)
        inputs << QStringLiteral("ŷ = %1").arg(formatNumber(m_state->yhat()));
    QStringList parts;
    if (!inputs.isEmpty())
        parts << inputs.join(QStringLiteral(", "));
    if (m_concealment != Concealment::None) {
        parts << tr("values hidden");
    } else {
        for (const QCPItemText *label : std::as_const(m_labels)) {
            // A label left out for lack of room is still said.
            if ((label->visible() || isCrowdedOut(label)) && !label->text().isEmpty())
                parts << QString(label->text()).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        parts << tr("unit: %1").arg(unitName());
    }
    const QString description = parts.join(QStringLiteral("; "));
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void PlotPanel::hideHover()
{
    if (PlotHover *hover = PlotHover::of(this))
        hover->hide();
}

QPointF PlotPanel::markerPosition(const QCPGraph *marker)
{
    if (!marker->visible() || marker->data()->isEmpty())
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    const auto point = marker->data()->constBegin();
    return {point->key, point->value};
}

PlotPanel::Look PlotPanel::currentLook() const
{
    return {m_state->unit(), m_state->y(),   m_state->focusOutcome(), m_state->outcomeLabels(),
            xAxis->range(),  yAxis->range(), yAxis2->range()};
}

QString PlotPanel::focusLabel() const
{
    return m_state->outcomeLabels().value(m_state->focusOutcome());
}

double PlotPanel::niceCeiling(double x)
{
    if (!(x > 0.0) || !std::isfinite(x))
        return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(x)));
    for (double step : {1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * decade >= x)
            return step * decade;
    }
    return 10.0 * decade;
}

QCPRange PlotPanel::settledRange(const QCPRange &current, double low, double high)
{
    const auto settle = [](double now, double need) {
        // One side of the range, as a magnitude: kept while need fits in (now / 3, now / 1.1], the
        // margin leaving room for a value label over the tallest bar.
        if (need <= 0.0)
            return 0.0;
        if (now > 0.0 && need * 1.1 <= now && need > now / 3.0)
            return now;
        return niceCeiling(need * 1.3);
    };
    const double upper = settle(current.upper, high);
    const double lower = -settle(-current.lower, -low);
    return {lower, upper > lower ? upper : lower + 1.0};
}

core::Unit PlotPanel::unit() const
{
    return m_state->unit();
}

QString PlotPanel::unitName() const
{
    return unitLabel(unit());
}

QCPGraph *PlotPanel::addCurve(const QString &name, const QColor &color, Motion motion, Qt::PenStyle style,
                              QCPAxis *valueAxis)
{
    QCPGraph *curve = addGraph(xAxis, valueAxis ? valueAxis : yAxis);
    if (motion == Motion::Live) {
        curve->setLayer(m_live);
        setConcealedFrom(curve, Concealment::NumbersAndCurves);
    }
    curve->setName(name);
    styleWith([curve, color, style](const Theme &t) { curve->setPen(t.pen(color, 2.5, style)); });
    curve->setAdaptiveSampling(false); // setCurve samples where the curve bends; QCustomPlot's sampling would make steep ends ragged
    fitLegendItem(curve);
    return curve;
}

QCPItemRect *PlotPanel::addOutcomeBand()
{
    auto *band = new QCPItemRect(this);
    band->setPen(Qt::NoPen);
    styleWith([band](const Theme &t) {
        QColor fill = t.foreground;
        fill.setAlpha(t.isDark() ? 40 : 22);
        band->setBrush(fill);
    });
    band->setLayer(m_live); // it follows the mouse: redrawn with the live layer, a faint tint over the bars
    band->setClipToAxisRect(true);
    band->setVisible(false);
    return band;
}

void PlotPanel::placeOutcomeBand(QCPItemRect *band, double from, double to)
{
    band->setVisible(from >= 0.0);
    // Far beyond any range in y: the axis rect clips it to full height.
    band->topLeft->setCoords(from, 1e6);
    band->bottomRight->setCoords(to, -1e6);
}

void PlotPanel::fitLegendItem(QCPAbstractPlottable *plottable)
{
    // QCustomPlot clips an entry's text to a box that ends at the baseline's descent only just:
    // a little more room below keeps the tails of p, q, g and y.
    if (QCPPlottableLegendItem *item = legend->itemWithPlottable(plottable))
        item->setMargins(QMargins(8, 1, 8, 5));
}

QCPGraph *PlotPanel::addMarker(const QString &name, const QColor &color, QCPScatterStyle::ScatterShape shape,
                               QCPAxis *valueAxis, Markers markers)
{
    QCPAxis *axis = valueAxis ? valueAxis : yAxis;
    QCPGraph *marker = markers == Markers::Many ? new CachedMarkers(xAxis, axis) : addGraph(xAxis, axis);
    marker->setLayer(m_live);
    marker->setName(name);
    marker->setLineStyle(QCPGraph::lsNone);
    styleWith([marker, color, shape](const Theme &t) {
        marker->setPen(t.pen(color.darker(130), 1.5));
        marker->setScatterStyle(QCPScatterStyle(shape, t.pen(Qt::black, 1.2), t.ink(color), 11 * t.lineScale));
    });
    fitLegendItem(marker);
    setConcealedFrom(marker, Concealment::NumbersAndCurves);
    return marker;
}

QCPBars *PlotPanel::addBars(const QString &name, const QColor &color, double width)
{
    auto *bars = new FastBars(xAxis, yAxis);
    bars->setLayer(m_live);
    bars->setName(name);
    bars->setWidth(width);
    styleWith([bars, color](const Theme &t) {
        bars->setPen(t.pen(color.darker(130), 1.0));
        bars->setBrush(t.ink(color));
    });
    bars->setAntialiased(false);
    bars->setAntialiasedFill(false);
    fitLegendItem(bars);
    setConcealedFrom(bars, Concealment::NumbersAndCurves);
    return bars;
}

QCPItemText *PlotPanel::addLabel(const QColor &color)
{
    auto *label = new QCPItemText(this);
    label->setLayer(m_live);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(3, 1, 3, 1)); // the backing's margin around the text
    label->setClipToAxisRect(true);
    styleWith([label, color](const Theme &t) {
        label->setColor(t.labelInk(color));
        label->setFont(t.font(1.0, true));
        // Readable where it crosses a grid line or another curve, which still shows through.
        QColor backing = t.labelBacking;
        backing.setAlpha(std::min(backing.alpha(), 190));
        label->setBrush(backing);
    });
    m_labels.append(label);
    m_anchors.emplace_back();
    setConcealedFrom(label, Concealment::Numbers);
    return label;
}

void PlotPanel::placeMarker(QCPGraph *marker, QCPItemText *label, double x, double y, LabelSide side,
                            const QCPAbstractPlottable *curve)
{
    QCPAxis *valueAxis = marker->valueAxis();
    const QCPRange range = valueAxis->range();
    const bool over = y > range.upper, under = y < range.lower; // NaN is neither: it shows no marker
    const double shown = over ? range.upper : under ? range.lower : y;
    marker->data()->clear();
    marker->addData(x, shown);

    // Off the scale: the marker waits at the edge, and an arrow from it points off the plot.
    EdgeArrow *entry = nullptr;
    for (EdgeArrow &a : m_arrows) {
        if (a.marker == marker)
            entry = &a;
    }
    if (!entry && (over || under)) {
        edgeArrowFor(marker);
        entry = &m_arrows.back();
    }
    if (entry) {
        QCPItemLine *arrow = entry->arrow;
        arrow->setVisible(over || under);
        if (over || under) {
            arrow->end->setAxes(xAxis, valueAxis);
            arrow->end->setCoords(x, shown);
            const double length = 26.0 * m_theme.lineScale;
            arrow->start->setCoords(0.0, over ? length : -length);
            arrow->setPen(QPen(marker->pen().color(), 2.5 * m_theme.lineScale));
            arrow->setHead(
                QCPLineEnding(QCPLineEnding::esSpikeArrow, 12.0 * m_theme.lineScale, 14.0 * m_theme.lineScale));
        }
    }
    if (!label)
        return;
    // Beside the marker, on the side asked; towards the middle near the right edge.
    const bool leftFirst = x > 0.75;
    const LabelSpot nearSide = leftFirst ? LabelSpot::AboveLeft : LabelSpot::AboveRight;
    const LabelSpot farSide = leftFirst ? LabelSpot::AboveRight : LabelSpot::AboveLeft;
    const auto below
        = [](LabelSpot spot) { return spot == LabelSpot::AboveLeft ? LabelSpot::BelowLeft : LabelSpot::BelowRight; };
    const LabelSpot across = leftFirst ? LabelSpot::Left : LabelSpot::Right;
    if (side == LabelSide::Above)
        anchorLabel(label, valueAxis, x, shown, {nearSide, farSide, LabelSpot::Above, across}, curve);
    else
        anchorLabel(label, valueAxis, x, shown, {below(nearSide), below(farSide), LabelSpot::Below, across}, curve);
}

QCPItemLine *PlotPanel::edgeArrowFor(QCPGraph *marker)
{
    for (const EdgeArrow &entry : m_arrows) {
        if (entry.marker == marker)
            return entry.arrow;
    }
    auto *arrow = new QCPItemLine(this);
    arrow->setLayer(m_live);
    arrow->setClipToAxisRect(true);
    arrow->setClipAxisRect(marker->keyAxis()->axisRect());
    arrow->start->setType(QCPItemPosition::ptAbsolute);
    arrow->start->setParentAnchor(arrow->end); // a fixed length in pixels from the tip
    arrow->setVisible(false);
    setConcealedFrom(arrow, Concealment::NumbersAndCurves); // it stands for a marker
    m_arrows.push_back({marker, arrow});
    return arrow;
}

const QCPItemLine *PlotPanel::edgeArrow(const QCPGraph *marker) const
{
    for (const EdgeArrow &entry : m_arrows) {
        if (entry.marker == marker)
            return entry.arrow->visible() ? entry.arrow : nullptr;
    }
    return nullptr;
}

void PlotPanel::anchorLabel(QCPItemText *label, QCPAxis *valueAxis, double x, double y,
                            std::initializer_list<LabelSpot> preferred, const QCPAbstractPlottable *curve,
                            bool listWhenCrowded, double clearance)
{
    const qsizetype index = m_labels.indexOf(label);
    if (index < 0)
        return; // not a value label of this panel
    LabelAnchor &anchor = m_anchors[std::size_t(index)];
    anchor.anchored = true;
    anchor.valueAxis = valueAxis;
    anchor.coords = QPointF(x, y);
    anchor.preferredCount = std::min(preferred.size(), anchor.preferred.size());
    std::copy_n(preferred.begin(), anchor.preferredCount, anchor.preferred.begin());
    anchor.curve = curve;
    anchor.listWhenCrowded = listWhenCrowded;
    anchor.clearance = clearance;
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setAxes(xAxis, valueAxis);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop); // the box's corner, which arrangeLabels sets
}

void PlotPanel::keepClearOf(QCPAbstractItem *item)
{
    m_keptClear.push_back(item);
}

bool PlotPanel::isCrowdedOut(const QCPItemText *label) const
{
    return std::find(m_crowded.begin(), m_crowded.end(), label) != m_crowded.end();
}

void PlotPanel::restoreCrowdedLabels()
{
    for (QCPItemText *label : m_crowded)
        label->setVisible(true);
    m_crowded.clear();
}

namespace {

// The box QCustomPlot draws for `label`: its text's bounding box and the padding.
QSizeF labelBoxSize(const QCPItemText *label)
{
    const QRect text = QFontMetrics(label->font())
                           .boundingRect(0, 0, 0, 0, Qt::TextDontClip | label->textAlignment(), label->text());
    const QMargins pad = label->padding();
    return QSizeF(text.width() + pad.left() + pad.right(), text.height() + pad.top() + pad.bottom());
}

QRectF drawnBox(const QCPItemText *label)
{
    return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
}

QRectF boundsOf(const QCPItemText *label, const QCustomPlot *plot)
{
    if (label->clipToAxisRect() && label->clipAxisRect())
        return QRectF(label->clipAxisRect()->rect());
    return QRectF(plot->viewport());
}

} // namespace

QList<PlotPanel::LabelBox> PlotPanel::shownLabelBoxes() const
{
    QList<LabelBox> boxes;
    for (const QCPItemText *label : m_labels) {
        if (label->visible() && !label->text().isEmpty())
            boxes.append({label, drawnBox(label), boundsOf(label, this)});
    }
    return boxes;
}

void PlotPanel::arrangeLabels()
{
    const QRect area = axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0) {
        // No plot to put them in (not laid out yet, or squeezed to nothing): none is drawn.
        for (QCPItemText *label : std::as_const(m_labels)) {
            if (label->visible() && !label->text().isEmpty()) {
                label->setVisible(false);
                m_crowded.push_back(label);
            }
        }
        return;
    }
    Scratch &s = m_scratch;
    s.lines.clear();
    s.lineOwners.clear();
    s.keepClear.clear();
    s.avoid.clear();
    s.fixedBoxes.clear();
    s.requests.clear();
    s.requestLabels.clear();
    std::size_t buffers = 0;
    const auto nextBuffer = [&s, &buffers]() -> std::vector<QPointF> & {
        if (buffers == s.points.size())
            s.points.emplace_back();
        std::vector<QPointF> &points = s.points[buffers++];
        points.clear();
        return points;
    };

    // The lines and markers of the plot, in pixels.
    constexpr int kMostMarkerPoints = 64; // more are a cloud of points, not markers a label could name
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph *g = graph(i);
        if (!g->visible() || g->keyAxis()->axisRect() != axisRect() || g->data()->isEmpty())
            continue;
        const QCPAxis *keys = g->keyAxis(), *values = g->valueAxis();
        if (g->lineStyle() == QCPGraph::lsNone) {
            const QCPScatterStyle &style = g->scatterStyle();
            if (style.shape() == QCPScatterStyle::ssNone || g->data()->size() > kMostMarkerPoints)
                continue;
            const double half = style.size() / 2.0 + 1.0;
            for (const QCPGraphData &point : *g->data()) {
                const QPointF at(keys->coordToPixel(point.key), values->coordToPixel(point.value));
                if (std::isfinite(at.x()) && std::isfinite(at.y()))
                    s.keepClear.emplace_back(at.x() - half, at.y() - half, 2 * half, 2 * half);
            }
            continue;
        }
        std::vector<QPointF> &points = nextBuffer();
        const QCPRange shown = keys->range();
        auto begin = g->data()->findBegin(shown.lower), end = g->data()->findEnd(shown.upper);
        const bool steps = g->lineStyle() == QCPGraph::lsStepLeft;
        for (auto it = begin; it != end; ++it) {
            const QPointF at(keys->coordToPixel(it->key), values->coordToPixel(it->value));
            if (steps && !points.empty())
                points.emplace_back(at.x(), points.back().y()); // across at the old height, then up or down
            points.push_back(at);
        }
        s.lines.emplace_back(points);
        s.lineOwners.push_back(g);
    }
    for (int i = 0; i < plottableCount(); ++i) {
        const auto *bars = qobject_cast<const QCPBars *>(plottable(i));
        if (!bars || !bars->visible() || bars->keyAxis()->axisRect() != axisRect())
            continue;
        for (const QCPBarsData &bar : *bars->data()) {
            const QPointF from(bars->keyAxis()->coordToPixel(bar.key - bars->width() / 2),
                               bars->valueAxis()->coordToPixel(0.0));
            const QPointF to(bars->keyAxis()->coordToPixel(bar.key + bars->width() / 2),
                             bars->valueAxis()->coordToPixel(bar.value));
            s.avoid.push_back(QRectF(from, to).normalized());
        }
    }
    const QRectF plot(area);
    for (QCPAbstractItem *item : m_keptClear) {
        // (restoreCrowdedLabels showed again what the last arrangement left out)
        if (!item->visible())
            continue;
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            const QRectF box = drawnBox(text);
            if (!plot.contains(box)) {
                // A fixed text too long for a narrow plot: left out rather than cut.
                text->setVisible(false);
                m_crowded.push_back(text);
                continue;
            }
            s.keepClear.push_back(box);
        } else if (const auto *rect = qobject_cast<const QCPItemRect *>(item)) {
            s.keepClear.push_back(
                QRectF(rect->topLeft->pixelPosition(), rect->bottomRight->pixelPosition()).normalized());
        } else if (const auto *line = qobject_cast<const QCPItemLine *>(item)) {
            std::vector<QPointF> &points = nextBuffer();
            points = {line->start->pixelPosition(), line->end->pixelPosition()};
            if (points[0].x() > points[1].x())
                std::swap(points[0], points[1]);
            s.lines.emplace_back(points);
            s.lineOwners.push_back(nullptr);
        } else if (const auto *straight = qobject_cast<const QCPItemStraightLine *>(item)) {
            const QPointF a = straight->point1->pixelPosition(), b = straight->point2->pixelPosition();
            std::vector<QPointF> &points = nextBuffer();
            if (std::abs(b.x() - a.x()) < 1e-9) {
                points = {QPointF(a.x(), plot.top() - 1), QPointF(a.x(), plot.bottom() + 1)};
            } else {
                const double slope = (b.y() - a.y()) / (b.x() - a.x());
                const auto at = [&](double x) { return QPointF(x, a.y() + slope * (x - a.x())); };
                points = {at(plot.left() - 1), at(plot.right() + 1)};
            }
            s.lines.emplace_back(points);
            s.lineOwners.push_back(nullptr);
        }
    }
    for (const EdgeArrow &entry : m_arrows) {
        if (entry.arrow->visible()) {
            const double half = 6.0 * m_theme.lineScale; // the arrow head's half width
            s.keepClear.push_back(QRectF(entry.arrow->start->pixelPosition(), entry.arrow->end->pixelPosition())
                                      .normalized()
                                      .adjusted(-half, -2, half, 2));
        }
    }

    // Labels placed by their panel stay, if they fit; the anchored ones are placed around them.
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QCPItemText *label = m_labels[i];
        if (!label->visible() || label->text().isEmpty())
            continue;
        const LabelAnchor &anchor = m_anchors[std::size_t(i)];
        if (!anchor.anchored) {
            const QRectF box = drawnBox(label);
            const bool clash = std::any_of(s.fixedBoxes.begin(), s.fixedBoxes.end(),
                                           [&box](const QRectF &other) { return box.intersects(other); });
            if (clash || !boundsOf(label, this).contains(box)) {
                label->setVisible(false);
                m_crowded.push_back(label);
            } else {
                s.fixedBoxes.push_back(box);
            }
            continue;
        }
        LabelRequest request;
        request.anchor
            = QPointF(xAxis->coordToPixel(anchor.coords.x()), anchor.valueAxis->coordToPixel(anchor.coords.y()));
        request.size = labelBoxSize(label);
        request.clearance = anchor.clearance * m_theme.lineScale;
        request.preferred = std::span<const LabelSpot>(anchor.preferred.data(), anchor.preferredCount);
        const auto owner = std::find(s.lineOwners.begin(), s.lineOwners.end(), anchor.curve);
        request.ownCurve = anchor.curve && owner != s.lineOwners.end() ? int(owner - s.lineOwners.begin()) : -1;
        request.listWhenCrowded = anchor.listWhenCrowded;
        s.requests.push_back(request);
        s.requestLabels.push_back(int(i));
    }
    s.keepClear.insert(s.keepClear.end(), s.fixedBoxes.begin(), s.fixedBoxes.end());
    const LabelScene scene {plot, s.keepClear, s.lines, s.avoid};
    placeLabels(s.requests, scene, s.placed);
    for (std::size_t k = 0; k < s.placed.size(); ++k) {
        QCPItemText *label = m_labels[s.requestLabels[k]];
        const PlacedLabel &placed = s.placed[k];
        if (placed.where == PlacedLabel::Where::LeftOut) {
            label->setVisible(false);
            m_crowded.push_back(label);
            continue;
        }
        label->position->setPixelPosition(placed.rect.topLeft());
    }
}

void PlotPanel::setCurve(QCPGraph *curve, std::initializer_list<double> inputs,
                         const std::function<double(double)> &f, const std::vector<double> &knots)
{
    const QCPRange keys = curve->keyAxis()->range(), values = curve->valueAxis()->range();
    std::vector<double> key(inputs);
    key.insert(key.end(), {keys.lower, keys.upper, values.lower, values.upper});
    key.insert(key.end(), knots.begin(), knots.end());
    auto entry = std::find_if(m_curveInputs.begin(), m_curveInputs.end(),
                              [curve](const auto &e) { return e.first == curve; });
    if (entry != m_curveInputs.end() && entry->second == key)
        return; // the same curve as drawn
    // A quarter pixel at 4096 x 4096: finer than any plot on screen or in a figure shows.
    const core::CurveView view {keys.lower, keys.upper, values.lower, values.upper, 4096.0, 4096.0};
    const core::SampledCurve sampled = core::sampleCurve(f, view, 0.25, knots);
    curve->setData(QVector<double>(sampled.x.begin(), sampled.x.end()),
                   QVector<double>(sampled.y.begin(), sampled.y.end()), true);
    if (entry == m_curveInputs.end())
        m_curveInputs.emplace_back(curve, std::move(key));
    else
        entry->second = std::move(key);
}

PlotPanel::Buffer *PlotPanel::liveBuffer() const
{
    if (mPaintBuffers.isEmpty() || m_live->mode() != QCPLayer::lmBuffered || layer(layerCount() - 1) != m_live)
        return nullptr;
    return dynamic_cast<Buffer *>(mPaintBuffers.last().data());
}

void PlotPanel::composeBase(QPixmap &live, const QRect &keep)
{
    QCPPainter painter(&live);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // As QCustomPlot::paintEvent: the brush, the background picture, then the buffers in order.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(QRect(QPoint(0, 0), viewport().size()), mBackgroundBrush);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    drawBackground(&painter);
    const Buffer *liveOne = liveBuffer();
    for (const auto &buffer : std::as_const(mPaintBuffers)) {
        if (buffer.data() != liveOne)
            buffer->draw(&painter);
    }
    painter.end();
    const double ratio = live.devicePixelRatio();
    m_baseRect = keep;
    m_base = live.copy(QRectF(keep.x() * ratio, keep.y() * ratio, keep.width() * ratio, keep.height() * ratio)
                           .toAlignedRect());
    m_baseStale = false;
}

QRect PlotPanel::liveArea() const
{
    QRect area;
    for (QCPLayerable *child : m_live->children()) {
        if (!child->visible())
            continue;
        QRect clip = viewport();
        if (const auto *item = qobject_cast<const QCPAbstractItem *>(child)) {
            if (item->clipToAxisRect() && item->clipAxisRect())
                clip = item->clipAxisRect()->rect();
        } else if (const auto *plottable = qobject_cast<const QCPAbstractPlottable *>(child)) {
            if (plottable->keyAxis())
                clip = plottable->keyAxis()->axisRect()->rect();
        }
        // QCPLayer::draw clips a pixel higher than the rect; a little more for the half-pixel shift.
        area |= clip.adjusted(-2, -2, 2, 2);
    }
    return area & QRect(QPoint(0, 0), viewport().size());
}

void PlotPanel::prepareLiveBuffer(QPixmap &buffer)
{
    const QRect now = liveArea();
    const QRect area = now | m_liveDrawn;
    m_liveDrawn = now;
    if (m_baseStale || !m_baseRect.contains(area)) {
        // The whole picture composed in the buffer; the base kept where the live layer draws
        // (the whole panel once something of it was drawn outside the plots, e.g. a hover box).
        composeBase(buffer, m_baseStale ? now : QRect(QPoint(0, 0), viewport().size()));
        return;
    }
    if (area.isEmpty())
        return;
    const double ratio = m_base.devicePixelRatio();
    const QRect from = area.translated(-m_baseRect.topLeft());
    QPainter painter(&buffer);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawPixmap(QRectF(area), m_base,
                       QRectF(from.x() * ratio, from.y() * ratio, from.width() * ratio, from.height() * ratio));
}

void PlotPanel::redrawLive()
{
    if (!liveBuffer() || hasInvalidatedPaintBuffers()) {
        m_live->replot(); // QCustomPlot's way: a full replot if the buffers need one
        return;
    }
    const QRect area = liveArea() | m_liveDrawn;
    const bool whole = m_baseStale || !m_baseRect.contains(area);
    (m_live->*(&LayerAccess::drawToPaintBuffer))();
    if (whole)
        update();
    else if (!area.isEmpty())
        update(area);
}

void PlotPanel::paintEvent(QPaintEvent *event)
{
    const Buffer *live = liveBuffer();
    const double ratio = devicePixelRatioF();
    if (!live || m_baseStale || !mBackgroundBrush.isOpaque() || !qFuzzyCompare(bufferDevicePixelRatio(), ratio)
        || live->size() != size()) {
        QCustomPlot::paintEvent(event); // draws the live buffer last, over the rest (Buffer::draw)
        return;
    }
    // The live buffer holds the whole picture, opaque: copied, not blended, where Qt asks.
    QPainter painter(this);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &rect : event->region()) {
        painter.drawPixmap(rect, live->pixmap(),
                           QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio));
    }
}

} // namespace widgets
