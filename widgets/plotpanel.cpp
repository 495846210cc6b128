#include "plotpanel.h"

#include "core/curves.h"
#include "figureexport.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "plothover.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace widgets {

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
    fitLegendColumns(width());
    updateLayout();
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
    setViewport(QRect(QPoint(0, 0), size));
    fitLegendColumns(size.width());
    updateLayout();
    updateCurves();
    finishUpdate();
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
    fitLegendColumns(event->size().width()); // before the full replot the base class does at once
    QCustomPlot::resizeEvent(event);
    keepLabelsInside();
    emit updated();
    m_live->replot();
}

void PlotPanel::fitLegendColumns(int width)
{
    const auto arrange = [this](int columns) {
        if (legend->wrap() != columns) {
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // moves the entries
        }
    };
    arrange(2);
    if (legend->minimumOuterSizeHint().width() > width)
        arrange(1); // long formulas side by side would be cut off
}

void PlotPanel::keepLabelsInside()
{
    const QRect area = axisRect()->rect();
    if (area.width() <= 0)
        return; // not laid out yet
    for (QCPItemText *label : std::as_const(m_labels)) {
        const Qt::Alignment alignment = label->positionAlignment();
        if (!label->visible() || label->text().isEmpty() || (alignment & Qt::AlignHCenter))
            continue;
        const QMargins pad = label->padding();
        const double width = QFontMetricsF(label->font()).horizontalAdvance(label->text()) + pad.left() + pad.right();
        const double x = label->position->pixelPosition().x();
        const bool left = alignment & Qt::AlignLeft; // the text starts at the marker, to its right
        const bool overflows = left ? x + width > area.right() : x - width < area.left();
        const bool fitsOtherSide = left ? x - width >= area.left() : x + width <= area.right();
        if (overflows && fitsOtherSide) {
            label->setPositionAlignment((alignment & Qt::AlignVertical_Mask) | (left ? Qt::AlignRight : Qt::AlignLeft));
            label->setPadding(QMargins(pad.right(), pad.top(), pad.left(), pad.bottom()));
        }
    }
}

void PlotPanel::refresh(QCustomPlot::RefreshPriority priority)
{
    if (!isVisible()) {
        // Hidden (the other page, or a figure being made): nothing is computed or drawn until
        // showEvent, or until an export lays the panel out for its figure.
        m_stale = true;
        return;
    }
    updateCurves();
    finishUpdate();
    const Look look = currentLook();
    if (!(look == m_lastLook)) {
        // Unit, label y, focus, outcome names or an axis range changed: the static layers too.
        m_lastLook = look;
        replot(priority);
        return;
    }
    m_live->replot();
    if (priority == QCustomPlot::rpImmediateRefresh)
        repaint();
}

void PlotPanel::finishUpdate()
{
    applyConcealment();
    keepLabelsInside();
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
            if (label->visible() && !label->text().isEmpty())
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

const QVector<double> &PlotPanel::grid()
{
    static const QVector<double> points = [] {
        const std::vector<double> g = core::probabilityGrid();
        return QVector<double>(g.begin(), g.end());
    }();
    return points;
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
    curve->setAdaptiveSampling(false); // 1200 points is cheap; sampling would make steep ends ragged
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
                               QCPAxis *valueAxis)
{
    QCPGraph *marker = addGraph(xAxis, valueAxis ? valueAxis : yAxis);
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
    auto *bars = new QCPBars(xAxis, yAxis);
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
    label->setPadding(QMargins(6, 0, 0, 4));
    label->setClipToAxisRect(true);
    styleWith([label, color](const Theme &t) {
        label->setColor(t.labelInk(color));
        label->setFont(t.font(1.0, true));
        label->setBrush(t.labelBacking); // readable where it crosses a curve or grid line
    });
    m_labels.append(label);
    setConcealedFrom(label, Concealment::Numbers);
    return label;
}

void PlotPanel::placeMarker(QCPGraph *marker, QCPItemText *label, double x, double y, LabelSide side)
{
    const QCPAxis *valueAxis = marker->valueAxis();
    const double top = valueAxis->range().upper;
    const double shown = std::min(y, top); // off the top (or infinite): pinned to the edge
    const double bottom = valueAxis->range().lower;
    if (y >= top)
        side = LabelSide::Below; // above the edge it would be clipped away
    else if (shown - bottom < 0.08 * (top - bottom))
        side = LabelSide::Above; // likewise below the bottom edge
    marker->data()->clear();
    marker->addData(x, shown);
    if (label) {
        label->position->setAxes(xAxis, const_cast<QCPAxis *>(valueAxis));
        label->position->setCoords(x, shown);
        // Near the right edge the label goes to the left of its marker so it stays readable.
        const bool left = x > 0.75;
        const bool above = side == LabelSide::Above;
        label->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | (above ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(left ? 0 : 7, above ? 0 : 5, left ? 7 : 0, above ? 5 : 0));
    }
}

} // namespace widgets
