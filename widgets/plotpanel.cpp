#include "plotpanel.h"

#include "core/curves.h"
#include "lessonstate.h"
#include "numberformat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace widgets {

PlotPanel::PlotPanel(LessonState *state, const QString &title, Inputs inputs, QWidget *parent)
    : QCustomPlot(parent)
    , m_state(state)
    , m_title(new QCPTextElement(this, title, QFont(font().family(), font().pointSize() + 2, QFont::Bold)))
    , m_inputs(inputs)
{
    setAccessibleName(title);
    setMinimumSize(260, 200);
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
    legend->setIconSize(28, 12);
    QFont legendFont = font();
    legendFont.setPointSizeF(font().pointSizeF() * 0.9);
    legend->setFont(legendFont);
    xAxis->setRange(0.0, 1.0);
    setAntialiasedElements(QCP::aeAll);
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
    connect(state, &LessonState::changed, this, [this] {
        const bool mine = m_unitChanged || (m_changedInputs & m_inputs);
        m_changedInputs = {};
        m_unitChanged = false;
        if (mine)
            refresh();
    });
}

void PlotPanel::refresh(QCustomPlot::RefreshPriority priority)
{
    updateCurves();
    const auto look = std::make_pair(m_state->unit(), m_state->y());
    if (look != m_lastLook) {
        // Unit or label changed: axis titles, ranges and static curves change too.
        m_lastLook = look;
        replot(priority);
        return;
    }
    m_live->replot();
    if (priority == QCustomPlot::rpImmediateRefresh)
        repaint();
}

QPointF PlotPanel::markerPosition(const QCPGraph *marker)
{
    if (!marker->visible() || marker->data()->isEmpty())
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    const auto point = marker->data()->constBegin();
    return {point->key, point->value};
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
    if (motion == Motion::Live)
        curve->setLayer(m_live);
    curve->setName(name);
    curve->setPen(QPen(color, 2.5, style, Qt::FlatCap, Qt::MiterJoin));
    curve->setAdaptiveSampling(false); // 1200 points is cheap; sampling would make steep ends ragged
    return curve;
}

QCPGraph *PlotPanel::addMarker(const QString &name, const QColor &color, QCPScatterStyle::ScatterShape shape,
                               QCPAxis *valueAxis)
{
    QCPGraph *marker = addGraph(xAxis, valueAxis ? valueAxis : yAxis);
    marker->setLayer(m_live);
    marker->setName(name);
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setPen(QPen(color.darker(130), 1.5));
    marker->setScatterStyle(QCPScatterStyle(shape, QPen(Qt::black, 1.2), color, 11));
    return marker;
}

QCPItemText *PlotPanel::addLabel(const QColor &color)
{
    auto *label = new QCPItemText(this);
    label->setLayer(m_live);
    label->setColor(color.darker(140));
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(6, 0, 0, 4));
    QFont labelFont = font();
    labelFont.setBold(true);
    label->setFont(labelFont);
    label->setClipToAxisRect(true);
    label->setBrush(QColor(255, 255, 255, 200)); // readable where it crosses a curve or grid line
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
