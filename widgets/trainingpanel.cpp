#include "trainingpanel.h"

#include "core/units.h"
#include "figureexport.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "palette.h"
#include "model/trainingstate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace widgets {

namespace {

using core::TrainingLoss;

constexpr std::array<TrainingLoss, 2> kLosses = {TrainingLoss::CrossEntropy, TrainingLoss::SquaredError};
// Points of the sigmoids in (a): 0.025 apart in x, smooth at every plot size.
constexpr int kFitPoints = 401;
// How close (in pixels) a press must come to a point to grab it.
constexpr double kGrabDistance = 8.0;
// A path keeps a point once it has moved this fraction of the window from the last one kept: below
// a pixel at any usual size, and a plateau of thousands of tiny steps stays a few hundred points.
constexpr double kPathResolution = 1.0 / 800.0;

// Viridis (matplotlib's default map): perceptually uniform, readable in grey and by the common
// kinds of colour blindness. Debian's QCustomPlot 2.1 has no gpViridis, so it is built from stops.
QCPColorGradient viridis()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    const QColor stops[]
        = {QColor(0x44, 0x01, 0x54), QColor(0x48, 0x28, 0x78), QColor(0x3e, 0x4a, 0x89), QColor(0x31, 0x68, 0x8e),
           QColor(0x26, 0x82, 0x8e), QColor(0x1f, 0x9e, 0x89), QColor(0x35, 0xb7, 0x79), QColor(0x6d, 0xcd, 0x59),
           QColor(0xb4, 0xde, 0x2c), QColor(0xfd, 0xe7, 0x25)};
    const int count = int(std::size(stops));
    for (int i = 0; i < count; ++i)
        gradient.setColorStopAt(double(i) / (count - 1), stops[i]);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    return gradient;
}

QColor runColor(TrainingLoss loss)
{
    return loss == TrainingLoss::CrossEntropy ? palette::kBlue : palette::kVermillion;
}

Qt::PenStyle runStyle(TrainingLoss loss)
{
    return loss == TrainingLoss::CrossEntropy ? Qt::SolidLine : Qt::DashLine;
}

QCPScatterStyle::ScatterShape runShape(TrainingLoss loss)
{
    return loss == TrainingLoss::CrossEntropy ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssSquare;
}

} // namespace

TrainingPanel::TrainingPanel(LessonState *state, TrainingState *training, const Theme &theme, QWidget *parent)
    // No lesson inputs: the panel follows the training state, and the lesson only for its unit.
    : PlotPanel(state, tr("Why cross entropy? Training logistic regression"), {}, theme, parent)
    , m_training(training)
    , m_dataRect(axisRect())
{
    setAccessibleName(title());
    // Only the entries made for it below go into the legend; one legend serves all five plots.
    setAutoAddPlottableToLegend(false);
    m_fitGrid.resize(kFitPoints);
    for (int i = 0; i < kFitPoints; ++i)
        m_fitGrid[i] = TrainingState::kMinX + (TrainingState::kMaxX - TrainingState::kMinX) * i / (kFitPoints - 1);

    // The base class laid out: title, plot, legend. Plot (a) stays directly in the top layout, as
    // the first axis rect, so the base class's xAxis, yAxis and axisRect() are its; the four plots
    // of the lower row go in a grid between it and the legend.
    QCPLayoutGrid *top = plotLayout();
    int dataRow = 0;
    while (dataRow < top->rowCount() && top->element(dataRow, 0) != m_dataRect)
        ++dataRow;
    top->insertRow(dataRow);
    m_subtitles[0] = addSubtitle(top, dataRow, 0, tr("(a) The data and both fitted sigmoids ŷ = σ(w x + b)"));
    top->setRowStretchFactor(dataRow, 0.001);
    top->setRowStretchFactor(dataRow + 1, 0.5);
    auto *lower = m_lower = new QCPLayoutGrid;
    top->insertRow(dataRow + 2);
    top->addElement(dataRow + 2, 0, lower);
    top->setRowStretchFactor(dataRow + 2, 1.0);
    lower->setRowSpacing(0);
    styleWith([lower](const Theme &t) { lower->setColumnSpacing(qRound(10 * t.lineScale)); });

    // Plot edges that line up: (a) and (b) on the left; the surfaces' tops with (d)'s and their
    // bottoms with (e)'s; (d) over (e), which share the iteration axis.
    auto *lefts = new QCPMarginGroup(this);
    auto *tops = new QCPMarginGroup(this);
    auto *bottoms = new QCPMarginGroup(this);
    auto *curveSides = new QCPMarginGroup(this);
    m_dataRect->setMarginGroup(QCP::msLeft, lefts);

    // (a) the data and the sigmoids; the base class styles their axes.
    xAxis->setRange(TrainingState::kMinX, TrainingState::kMaxX);
    xAxis->setLabel(tr("input x"));
    yAxis->setRange(-0.12, 1.12);
    yAxis->setLabel(tr("predicted probability ŷ"));
    for (TrainingLoss loss : kLosses) {
        QCPGraph *fit = addGraph(xAxis, yAxis);
        fit->setLayer(liveLayer());
        styleWith([fit, loss](const Theme &t) { fit->setPen(t.pen(t.ink(runColor(loss)), 2.5, runStyle(loss))); });
        fit->setAdaptiveSampling(false);
        setConcealedFrom(fit, Concealment::NumbersAndCurves);
        m_runs[index(loss)].fit = fit;
    }
    const auto addPoints = [this](const QString &name, const QColor &color, QCPScatterStyle::ScatterShape shape) {
        QCPGraph *points = addGraph(xAxis, yAxis);
        points->setLayer(liveLayer()); // they move when dragged
        points->setName(name);
        points->setLineStyle(QCPGraph::lsNone);
        styleWith([points, color, shape](const Theme &t) {
            points->setScatterStyle(QCPScatterStyle(shape, t.pen(Qt::black, 1.2), t.ink(color), 11 * t.lineScale));
        });
        return points;
    };
    m_class1 = addPoints(tr("class 1 (y = 1)"), palette::kBluishGreen, QCPScatterStyle::ssTriangle);
    m_class0 = addPoints(tr("class 0 (y = 0)"), palette::kReddishPurple, QCPScatterStyle::ssTriangleInverted);

    // (b) and (c): the surfaces, each with its colour scale and both paths.
    int column = 0;
    for (TrainingLoss loss : kLosses) {
        Surface &surface = m_surfaces[index(loss)];
        m_subtitles[1 + index(loss)] = addSubtitle(lower, 0, column,
                    loss == TrainingLoss::CrossEntropy ? tr("(b) Cross entropy over (w, b)")
                                                       : tr("(c) Squared error over (w, b)"));
        surface.rect = addRect(lower, 1, column);
        surface.scale = new QCPColorScale(this);
        lower->addElement(1, column + 1, surface.scale);
        for (QCPLayoutElement *element :
             {static_cast<QCPLayoutElement *>(surface.rect), static_cast<QCPLayoutElement *>(surface.scale)}) {
            element->setMarginGroup(QCP::msTop, tops);
            element->setMarginGroup(QCP::msBottom, bottoms);
        }
        setUpSurface(surface, loss);
        lower->setColumnStretchFactor(column, 1.0);
        lower->setColumnStretchFactor(column + 1, 0.001);
        column += 2;
    }
    m_surfaces[0].rect->setMarginGroup(QCP::msLeft, lefts);

    // (d) over (e), in the last column.
    m_subtitles[3] = addSubtitle(lower, 0, column, tr("(d) Loss per iteration"));
    auto *curves = m_curves = new QCPLayoutGrid;
    lower->addElement(1, column, curves);
    lower->setColumnStretchFactor(column, 1.6); // two value axes, and the labels
    lower->setRowStretchFactor(0, 0.001);
    curves->setRowSpacing(0);
    m_lossRect = addRect(curves, 0, 0);
    m_subtitles[4] = addSubtitle(curves, 1, 0, tr("(e) Gradient norm per iteration"));
    m_gradientRect = addRect(curves, 2, 0);
    curves->setRowStretchFactor(1, 0.001);
    m_lossRect->setMarginGroup(QCP::msTop, tops);
    m_gradientRect->setMarginGroup(QCP::msBottom, bottoms);
    m_lossRect->setMarginGroup(QCP::msLeft | QCP::msRight, curveSides);
    m_gradientRect->setMarginGroup(QCP::msLeft | QCP::msRight, curveSides);

    // (d) the loss: cross entropy on the left axis, in the unit; squared error, which has no unit of
    // information, on the right. The iterations are read off (e) below.
    QCPAxis *iterations = m_lossRect->axis(QCPAxis::atBottom);
    iterations->setTickLabels(false);
    QCPAxis *seAxis = m_lossRect->axis(QCPAxis::atRight);
    seAxis->setVisible(true);
    seAxis->grid()->setVisible(false);
    styleWith([this, seAxis](const Theme &t) {
        m_lossRect->axis(QCPAxis::atLeft)->setLabelColor(t.labelInk(runColor(TrainingLoss::CrossEntropy)));
        seAxis->setLabelColor(t.labelInk(runColor(TrainingLoss::SquaredError)));
    });
    seAxis->setLabel(tr("squared error"));
    // (e) the gradient norm, over many decades.
    QCPAxis *gradientAxis = m_gradientRect->axis(QCPAxis::atLeft);
    gradientAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setTickCount(4);
    ticker->setSubTickCount(0);
    gradientAxis->setTicker(ticker);
    gradientAxis->setNumberFormat(QStringLiteral("eb")); // 10 with a superscript power
    gradientAxis->setNumberPrecision(0);
    gradientAxis->setLabel(tr("‖∇L‖"));
    m_gradientRect->axis(QCPAxis::atBottom)->setLabel(tr("iteration"));
    for (TrainingLoss loss : kLosses) {
        Run &run = m_runs[index(loss)];
        const auto addSeries = [&](QCPAxisRect *rect, QCPAxis *valueAxis) {
            QCPGraph *graph = addGraph(rect->axis(QCPAxis::atBottom), valueAxis);
            graph->setLayer(liveLayer());
            styleWith(
                [graph, loss](const Theme &t) { graph->setPen(t.pen(t.ink(runColor(loss)), 2.5, runStyle(loss))); });
            setConcealedFrom(graph, Concealment::NumbersAndCurves);
            return graph;
        };
        run.loss
            = addSeries(m_lossRect, loss == TrainingLoss::CrossEntropy ? m_lossRect->axis(QCPAxis::atLeft) : seAxis);
        run.gradient = addSeries(m_gradientRect, gradientAxis);
    }

    // Value labels, top right in (d) and (e), one under the other; the iteration, which all plots
    // show, above the top right of (a), level with its title. Together they are the panel's
    // accessible description.
    const auto stack = [this](QCPAxisRect *rect, QCPItemText *above, const QColor &color) {
        QCPItemText *label = addLabel(color);
        label->setClipAxisRect(rect);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setPadding(QMargins(4, 1, 4, 2));
        // Lighter than the usual value label: two plots are small.
        styleWith([label](const Theme &t) { label->setFont(t.font(1.0, false)); });
        if (above) {
            label->position->setParentAnchor(above->bottomRight);
            label->position->setCoords(0.0, 0.0);
        } else {
            label->position->setType(QCPItemPosition::ptAxisRectRatio);
            label->position->setAxisRect(rect);
            label->position->setCoords(0.985, 0.03);
        }
        return label;
    };
    m_iterationLabel = addLabel(palette::kBlack);
    m_iterationLabel->setClipToAxisRect(false);
    styleWith([this](const Theme &) { m_iterationLabel->setBrush(Qt::NoBrush); }); // over addLabel's backing
    m_iterationLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_iterationLabel->setPadding(QMargins(4, 0, 0, 3));
    m_iterationLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_iterationLabel->position->setAxisRect(m_dataRect);
    m_iterationLabel->position->setCoords(1.0, 0.0);
    QCPItemText *above = nullptr;
    for (TrainingLoss loss : kLosses)
        above = m_runs[index(loss)].lossLabel = stack(m_lossRect, above, runColor(loss));
    above = nullptr;
    for (TrainingLoss loss : kLosses)
        above = m_runs[index(loss)].gradientLabel = stack(m_gradientRect, above, runColor(loss));

    // The legend: what the colours, dashes and shapes mean in every plot.
    for (TrainingLoss loss : kLosses) {
        addLegendEntry(loss == TrainingLoss::CrossEntropy ? tr("trained on cross entropy")
                                                          : tr("trained on squared error"),
                       runColor(loss), runStyle(loss), runShape(loss));
    }
    for (QCPGraph *points : {m_class1, m_class0}) {
        points->addToLegend();
        fitLegendItem(points);
    }
    m_surfaces[0].start->setName(tr("start (w₀, b₀) of both"));
    m_surfaces[0].start->addToLegend();
    fitLegendItem(m_surfaces[0].start);
    // Two rows of three, centred under the plots: the base class keeps a wrap of 2 as it is, and
    // the empty columns either side take the width the entries do not need.
    legend->setWrap(2);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    legend->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    styleWith(
        [this](const Theme &) { legend->setMaximumSize(legend->minimumOuterSizeHint().width(), QWIDGETSIZE_MAX); });
    int legendRow = 0;
    while (legendRow < top->rowCount() && top->element(legendRow, 0) != legend)
        ++legendRow;
    top->take(legend);
    auto *centred = new QCPLayoutGrid;
    top->addElement(legendRow, 0, centred); // first into the plot, then the legend into it
    centred->expandTo(1, 3);
    centred->addElement(0, 1, legend);

    connect(training, &TrainingState::changed, this, [this] {
        refresh();
        if (std::exchange(m_fullReplot, false) && isVisible())
            replot(QCustomPlot::rpQueuedReplot); // a new surface or axis range: not only the live layer
    });
    refresh();
}

TrainingPanel::~TrainingPanel() = default;

void TrainingPanel::arrangeForFigure()
{
    if (std::exchange(m_arrangedForFigure, true))
        return;
    // The window's arrangement, (a) over (b) (c) and (d) over (e), needs a layout of about 1250x700
    // to show its tick labels and titles whole; a figure magnifies a layout of about 620x350. There
    // the plots go three over two: (a) (b) (c), then (d) (e) side by side, under shorter titles.
    QCPLayoutGrid *top = plotLayout();
    top->take(m_subtitles[0]);
    top->take(m_dataRect);
    for (QCPLayoutElement *element : {static_cast<QCPLayoutElement *>(m_dataRect), static_cast<QCPLayoutElement *>(m_lossRect),
                                      static_cast<QCPLayoutElement *>(m_gradientRect)})
        element->setMarginGroup(QCP::msAll, nullptr);
    for (Surface &surface : m_surfaces) {
        // A surface and its colour scale in one cell, so the title above spans both.
        m_lower->take(surface.rect);
        m_lower->take(surface.scale);
        surface.rect->setMarginGroup(QCP::msAll, nullptr);
        surface.scale->setMarginGroup(QCP::msAll, nullptr);
    }
    m_lower->take(m_subtitles[3]);
    m_lower->take(m_curves);
    for (QCPLayoutElement *element : {static_cast<QCPLayoutElement *>(m_lossRect), static_cast<QCPLayoutElement *>(m_subtitles[4]),
                                      static_cast<QCPLayoutElement *>(m_gradientRect)})
        m_curves->take(element);
    delete m_curves;
    m_curves = nullptr;
    m_lower->take(m_subtitles[1]);
    m_lower->take(m_subtitles[2]);

    // Grids go into the panel's layout before their elements: an element takes the panel of its grid.
    auto *upper = new QCPLayoutGrid;
    auto *lower = new QCPLayoutGrid;
    // Both rows where the old lower row was; the emptied grid and rows go.
    int row = 0;
    while (row < top->rowCount() && !(top->hasElement(row, 0) && top->element(row, 0) == m_lower))
        ++row;
    top->take(m_lower);
    delete m_lower;
    m_lower = nullptr;
    top->addElement(row, 0, upper);
    top->insertRow(row + 1);
    top->addElement(row + 1, 0, lower);
    top->setRowStretchFactor(row, 1.0);
    top->setRowStretchFactor(row + 1, 1.0);
    top->simplify();

    // The upper row: (a), (b), (c).
    upper->setRowSpacing(0);
    upper->addElement(0, 0, m_subtitles[0]);
    upper->addElement(1, 0, m_dataRect);
    auto *tops = new QCPMarginGroup(this);
    auto *bottoms = new QCPMarginGroup(this);
    auto *lefts = new QCPMarginGroup(this);
    for (int column = 1; column <= 2; ++column) {
        Surface &surface = m_surfaces[column - 1];
        auto *cell = new QCPLayoutGrid;
        upper->addElement(1, column, cell);
        cell->setColumnSpacing(0);
        cell->addElement(0, 0, surface.rect);
        cell->addElement(0, 1, surface.scale);
        cell->setColumnStretchFactor(0, 1.0);
        cell->setColumnStretchFactor(1, 0.001);
        upper->addElement(0, column, m_subtitles[column]);
        for (QCPLayoutElement *element :
             {static_cast<QCPLayoutElement *>(surface.rect), static_cast<QCPLayoutElement *>(surface.scale)}) {
            element->setMarginGroup(QCP::msTop, tops);
            element->setMarginGroup(QCP::msBottom, bottoms);
        }
    }
    m_dataRect->setMarginGroup(QCP::msTop, tops);
    m_dataRect->setMarginGroup(QCP::msBottom, bottoms);
    m_dataRect->setMarginGroup(QCP::msLeft, lefts);
    upper->setRowStretchFactors({0.001, 1.0});
    upper->setColumnStretchFactors({1.0, 1.0, 1.0});

    // The lower row: (d) and (e), which share the iteration axis, side by side.
    lower->setRowSpacing(0);
    lower->addElement(0, 0, m_subtitles[3]);
    lower->addElement(1, 0, m_lossRect);
    lower->addElement(0, 1, m_subtitles[4]);
    lower->addElement(1, 1, m_gradientRect);
    auto *curveTops = new QCPMarginGroup(this);
    auto *curveBottoms = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_lossRect, m_gradientRect}) {
        rect->setMarginGroup(QCP::msTop, curveTops);
        rect->setMarginGroup(QCP::msBottom, curveBottoms);
    }
    m_lossRect->setMarginGroup(QCP::msLeft, lefts);
    lower->setRowStretchFactors({0.001, 1.0});
    lower->setColumnStretchFactors({1.2, 1.0}); // (d) has two value axes

    m_subtitles[0]->setText(tr("(a) Data, fits ŷ = σ(w x + b)"));
    yAxis->setLabel(QStringLiteral("ŷ"));
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(lossAxisTitle());
    m_lossRect->axis(QCPAxis::atRight)->setLabel(tr("[no unit]"));
    for (TrainingLoss loss : kLosses)
        m_surfaces[index(loss)].scale->axis()->setLabel(surfaceTitle(loss));
    // (d) no longer stands over (e): it counts its own iterations.
    QCPAxis *iterations = m_lossRect->axis(QCPAxis::atBottom);
    iterations->setTickLabels(true);
    iterations->setLabel(tr("iteration"));
    // Fewer ticks, whose labels would touch at a figure's plot sizes: four along w, three up the
    // value axes (the log axis's count is of decades), two or so on the colour scales.
    for (Surface &surface : m_surfaces) {
        surface.rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(4);
        // Three ticks on b, −5, 0 and 5: a tick count is only a hint, which gave five.
        auto bTicks = QSharedPointer<QCPAxisTickerFixed>::create();
        bTicks->setTickStep(5.0);
        bTicks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        surface.rect->axis(QCPAxis::atLeft)->setTicker(bTicks);
        surface.scale->axis()->ticker()->setTickCount(2);
    }
    auto halves = QSharedPointer<QCPAxisTickerFixed>::create(); // ŷ at 0, ½ and 1
    halves->setTickStep(0.5);
    halves->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    yAxis->setTicker(halves);
    for (QCPAxis *axis : {m_lossRect->axis(QCPAxis::atLeft), m_lossRect->axis(QCPAxis::atRight),
                          m_gradientRect->axis(QCPAxis::atLeft)}) {
        axis->ticker()->setTickCount(2);
        // A count, not a hint: readable steps would give 0, 5, 10, 15, 20 on the loss axis.
        axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    }
    // The iteration, which all plots show, level with the title of (d), whose axis counts them: the
    // title of (a) takes its column.
    m_iterationLabel->position->setAxisRect(m_lossRect);
    m_fullReplot = true;
}

QCPTextElement *TrainingPanel::addSubtitle(QCPLayoutGrid *grid, int row, int column, const QString &text)
{
    auto *subtitle = new QCPTextElement(this, text);
    styleWith([subtitle](const Theme &t) {
        subtitle->setFont(t.font(1.05, true));
        subtitle->setTextColor(t.foreground);
    });
    subtitle->setMargins(QMargins(4, 6, 4, 0));
    subtitle->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter); // a figure's panel letters, at the left
    grid->addElement(row, column, subtitle);
    return subtitle;
}

QCPAxisRect *TrainingPanel::addRect(QCPLayoutGrid *grid, int row, int column)
{
    auto *rect = new QCPAxisRect(this);
    grid->addElement(row, column, rect);
    styleWith([rect](const Theme &t) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, t);
    });
    return rect;
}

QCPScatterStyle TrainingPanel::markerStyle(QCPScatterStyle::ScatterShape shape, const QColor &color,
                                           const QColor &outline, const Theme &t)
{
    // The circle larger than the square: where both runs are at one (w, b), as at the start, the
    // square sits inside the circle and both stay visible.
    const double size = shape == QCPScatterStyle::ssCircle ? 13.0 : 8.5;
    return QCPScatterStyle(shape, QPen(outline, 1.5 * t.lineScale), color, size * t.lineScale);
}

QString TrainingPanel::surfaceTitle(TrainingLoss loss) const
{
    // A figure's plots are small: the title above the surface says which loss it is over (w, b), so
    // its colour scale gives only the unit.
    if (loss == TrainingLoss::CrossEntropy)
        return m_arrangedForFigure ? QStringLiteral("[%1]").arg(unitName())
                                   : tr("mean cross entropy [%1]").arg(unitName());
    return m_arrangedForFigure ? tr("[no unit]") : tr("mean squared error");
}

void TrainingPanel::setUpSurface(Surface &surface, TrainingLoss loss)
{
    QCPAxis *w = surface.rect->axis(QCPAxis::atBottom);
    QCPAxis *b = surface.rect->axis(QCPAxis::atLeft);
    w->setRange(kMinW, kMaxW);
    b->setRange(kMinB, kMaxB);
    w->setLabel(tr("weight w"));
    b->setLabel(tr("bias b"));
    for (QCPAxis *axis : {w, b})
        axis->grid()->setVisible(false); // the map covers the grid anyway

    surface.map = new QCPColorMap(w, b);
    surface.map->data()->setSize(kMapCells, kMapCells);
    surface.map->data()->setRange(QCPRange(kMinW, kMaxW), QCPRange(kMinB, kMaxB));
    surface.map->setInterpolate(true);
    surface.map->setColorScale(surface.scale);
    surface.scale->setGradient(viridis()); // after linking: the scale gives its gradient to the map
    surface.scale->setType(QCPAxis::atRight);
    surface.scale->setRangeDrag(false);
    surface.scale->setRangeZoom(false);
    styleWith([scale = surface.scale](const Theme &t) {
        scale->setBarWidth(qRound(12 * t.lineScale));
        // Its value axis and the frame the other three draw around the bar.
        for (QCPAxis *axis : scale->axis()->axisRect()->axes())
            styleAxis(axis, t);
    });

    // Both paths on each surface, each over a pale band so it reads on dark and light cells alike.
    // A run's curves on both surfaces share one data container: a step appends to it once.
    for (TrainingLoss run : kLosses) {
        Run &r = m_runs[index(run)];
        if (!r.path)
            r.path = QSharedPointer<QCPCurveDataContainer>::create();
        auto *halo = new QCPCurve(w, b);
        halo->setLayer(liveLayer());
        halo->setProperty("backing", true); // what the path is drawn on (tst_themecontrast)
        // Opaque: the path has 3:1 against it even over the map's darkest cells.
        styleWith([halo](const Theme &t) {
            halo->setPen(QPen(Qt::white, 5.5 * t.lineScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        });
        halo->setData(r.path);
        setConcealedFrom(halo, Concealment::NumbersAndCurves);
        surface.halos[index(run)] = halo;
        auto *path = new QCPCurve(w, b);
        path->setLayer(liveLayer());
        // The light theme's colours: the map's colours are the same in every theme.
        styleWith([path, run](const Theme &t) {
            path->setPen(QPen(runColor(run), 2.5 * t.lineScale, runStyle(run), Qt::FlatCap, Qt::RoundJoin));
        });
        path->setData(r.path);
        setConcealedFrom(path, Concealment::NumbersAndCurves);
        surface.paths[index(run)] = path;
    }
    surface.start = addGraph(w, b);
    surface.start->setLayer(liveLayer());
    surface.start->setLineStyle(QCPGraph::lsNone);
    styleWith([start = surface.start](const Theme &t) {
        start->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1.5 * t.lineScale),
                                               Qt::white, 15 * t.lineScale));
    });
    for (TrainingLoss run : kLosses) {
        QCPGraph *current = addGraph(w, b);
        current->setLayer(liveLayer());
        current->setLineStyle(QCPGraph::lsNone);
        styleWith([current, run](const Theme &t) {
            current->setScatterStyle(markerStyle(runShape(run), runColor(run), Qt::white, t));
        });
        setConcealedFrom(current, Concealment::NumbersAndCurves);
        surface.current[index(run)] = current;
    }
    surface.scale->axis()->setLabel(surfaceTitle(loss));
}

QCPGraph *TrainingPanel::addLegendEntry(const QString &name, const QColor &color, Qt::PenStyle style,
                                        QCPScatterStyle::ScatterShape shape)
{
    // A graph without data: it draws nothing, but its legend icon shows the line and the marker
    // the run has in every plot.
    QCPGraph *entry = addGraph(xAxis, yAxis);
    entry->setName(name);
    styleWith([entry, color, style, shape](const Theme &t) {
        entry->setPen(t.pen(t.ink(color), 2.5, style));
        entry->setScatterStyle(markerStyle(shape, color, Qt::white, t));
    });
    entry->addToLegend();
    fitLegendItem(entry);
    return entry;
}

double TrainingPanel::shown(double nats, TrainingLoss loss) const
{
    // Squared error is a squared difference of probabilities: no unit of information to convert.
    return loss == TrainingLoss::CrossEntropy ? core::fromNats(nats, unit()) : nats;
}

void TrainingPanel::setRangeTracked(QCPAxis *axis, const QCPRange &range)
{
    if (axis->range().lower == range.lower && axis->range().upper == range.upper)
        return;
    axis->setRange(range);
    m_fullReplot = true; // the axis and its grid are on the static layers
}

void TrainingPanel::updateCurves()
{
    if (!m_training)
        return;
    const TrainingState &t = *m_training;

    // (a) the points and the sigmoids of the current iteration.
    QVector<double> x0, y0, x1, y1;
    for (const core::LabelledPoint &point : t.data()) {
        (point.y != 0 ? x1 : x0).append(point.x);
        (point.y != 0 ? y1 : y0).append(point.y != 0 ? 1.0 : 0.0);
    }
    m_class0->setData(x0, y0);
    m_class1->setData(x1, y1);
    for (TrainingLoss loss : kLosses) {
        const core::ModelParameters model = t.run(loss).model();
        QVector<double> values(m_fitGrid.size());
        for (qsizetype i = 0; i < m_fitGrid.size(); ++i)
            values[i] = core::sigmoid(model.w * m_fitGrid[i] + model.b);
        m_runs[index(loss)].fit->setData(m_fitGrid, values, true);
    }

    updateSurfaces();
    updateRuns();
    updateReadouts();
}

void TrainingPanel::updateSurfaces()
{
    const TrainingState &t = *m_training;
    if (m_surfaceKey && m_surfaceKey->first == t.data() && m_surfaceKey->second == unit())
        return;
    m_surfaceKey.emplace(t.data(), unit());
    for (TrainingLoss loss : kLosses) {
        Surface &surface = m_surfaces[index(loss)];
        const core::LossSurface values(t.data(), loss, {kMinW, kMaxW, kMinB, kMaxB}, kMapCells);
        QCPColorMapData *cells = surface.map->data();
        for (int i = 0; i < kMapCells; ++i) {
            for (int j = 0; j < kMapCells; ++j)
                cells->setCell(i, j, shown(values.at(i, j), loss));
        }
        surface.map->rescaleDataRange(true);
        if (loss == TrainingLoss::CrossEntropy)
            surface.scale->axis()->setLabel(surfaceTitle(loss));
    }
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(lossAxisTitle());
    m_fullReplot = true;
}

QString TrainingPanel::lossAxisTitle() const
{
    // In a figure the axes of (d) give only their units: its values' labels, in the same colours,
    // name the losses, and the full titles would not fit the axes at a figure's type.
    return m_arrangedForFigure ? QStringLiteral("[%1]").arg(unitName()) : tr("cross entropy [%1]").arg(unitName());
}

void TrainingPanel::updateRuns()
{
    const TrainingState &t = *m_training;
    const int now = t.iteration();
    // The same inputs give the same runs: then only the iterations not yet shown are appended.
    const bool extends = m_shown.iteration >= 0 && m_shown.iteration <= now && m_shown.data == t.data()
        && m_shown.start == t.start() && m_shown.learningRate == t.learningRate() && m_shown.unit == unit();
    if (!extends) {
        m_shown = {t.data(), t.start(), t.learningRate(), unit(), -1};
        for (Run &run : m_runs) {
            run.loss->data()->clear();
            run.gradient->data()->clear();
            run.path->clear();
        }
        m_maxLoss[0] = m_maxLoss[1] = 0.0;
        m_gradientBounds[0] = std::numeric_limits<double>::infinity();
        m_gradientBounds[1] = 0.0;
    }
    const double minStepW = (kMaxW - kMinW) * kPathResolution;
    const double minStepB = (kMaxB - kMinB) * kPathResolution;
    for (TrainingLoss loss : kLosses) {
        Run &run = m_runs[index(loss)];
        const std::vector<core::TrainingStep> &steps = t.run(loss).steps();
        for (int k = m_shown.iteration + 1; k <= now; ++k) {
            const core::TrainingStep &step = steps[std::size_t(k)];
            const double value = shown(step.loss, loss);
            run.loss->addData(k, value);
            m_maxLoss[index(loss)] = std::max(m_maxLoss[index(loss)], value);
            const double gradient = std::max(shown(step.gradientNorm, loss), kSmallestGradient);
            run.gradient->addData(k, gradient);
            m_gradientBounds[0] = std::min(m_gradientBounds[0], gradient);
            m_gradientBounds[1] = std::max(m_gradientBounds[1], gradient);
            const bool far = run.path->isEmpty() || std::abs(step.model.w - (run.path->constEnd() - 1)->key) >= minStepW
                || std::abs(step.model.b - (run.path->constEnd() - 1)->value) >= minStepB;
            if (far)
                run.path->add(QCPCurveData(k, step.model.w, step.model.b));
        }
        const core::ModelParameters model = t.run(loss).model();
        for (Surface &surface : m_surfaces)
            surface.current[index(loss)]->setData({model.w}, {model.b}, true);
    }
    for (Surface &surface : m_surfaces)
        surface.start->setData({t.start().w}, {t.start().b}, true);
    m_shown.iteration = now;

    updateRanges();
}

double TrainingPanel::labelShare(const QCPAxisRect *rect) const
{
    // The two value labels at the top of the plot, and the gap above them.
    const QCPItemText *label = m_runs[0].lossLabel;
    const double block
        = 2.0 * (QFontMetricsF(label->font()).height() + label->padding().top() + label->padding().bottom()) + 4.0;
    const int height = rect->rect().height();
    if (height <= 0)
        return 0.25; // not laid out yet
    return std::clamp(block / height + 0.03, 0.1, 0.45);
}

void TrainingPanel::updateRanges()
{
    // Axes that move in steps, so most iterations redraw only the live layer, with room at the top
    // for the value labels however tall the plot is.
    const int now = m_shown.iteration;
    const QCPRange iterations(0.0, niceCeiling(std::max(10.0, now * 1.05)));
    setRangeTracked(m_lossRect->axis(QCPAxis::atBottom), iterations);
    setRangeTracked(m_gradientRect->axis(QCPAxis::atBottom), iterations);
    const double lossRoom = 1.0 / (1.0 - labelShare(m_lossRect));
    setRangeTracked(m_lossRect->axis(QCPAxis::atLeft), QCPRange(0.0, niceCeiling(m_maxLoss[0] * lossRoom)));
    setRangeTracked(m_lossRect->axis(QCPAxis::atRight), QCPRange(0.0, niceCeiling(m_maxLoss[1] * lossRoom)));
    const double low = std::floor(std::log10(m_gradientBounds[0]));
    double high = std::ceil(std::log10(m_gradientBounds[1]));
    const double share = labelShare(m_gradientRect);
    high += std::max(1.0, std::ceil((high - low) * share / (1.0 - share)));
    setRangeTracked(m_gradientRect->axis(QCPAxis::atLeft), QCPRange(std::pow(10.0, low), std::pow(10.0, high)));
}

void TrainingPanel::resizeEvent(QResizeEvent *event)
{
    // The label room depends on the plots' heights: lay out at the new size, fit the ranges, then
    // let the base class redraw everything.
    setViewport(QRect(QPoint(0, 0), event->size()));
    updateLayout();
    if (m_shown.iteration >= 0)
        updateRanges();
    m_fullReplot = false; // the base class replots everything now
    PlotPanel::resizeEvent(event);
}

void TrainingPanel::updateReadouts()
{
    const TrainingState &t = *m_training;
    m_iterationLabel->setText(t.isAtIterationLimit() ? tr("iteration %1 (the limit)").arg(t.iteration())
                                                     : tr("iteration %1").arg(t.iteration()));
    const core::TrainingStep &ce = t.crossEntropyRun().steps().back();
    const core::TrainingStep &se = t.squaredErrorRun().steps().back();
    const QString unitText = unitName();
    m_runs[0].lossLabel->setText(
        tr("cross entropy %1 %2").arg(formatNumber(shown(ce.loss, TrainingLoss::CrossEntropy)), unitText));
    m_runs[1].lossLabel->setText(tr("squared error %1").arg(formatNumber(se.loss)));
    m_runs[0].gradientLabel->setText(
        tr("cross-entropy gradient %1").arg(formatNumber(shown(ce.gradientNorm, TrainingLoss::CrossEntropy))));
    m_runs[1].gradientLabel->setText(tr("squared-error gradient %1").arg(formatNumber(se.gradientNorm)));
}

QString TrainingPanel::captionText() const
{
    if (!m_training)
        return {};
    const TrainingState &t = *m_training;
    const QString data = t.presetName().isEmpty() ? tr("own data") : t.presetName();
    return tr("%1, %2 points, start w = %3, b = %4, learning rate %5, iteration %6, %7")
        .arg(data)
        .arg(t.data().size())
        .arg(QString::number(t.start().w), QString::number(t.start().b), QString::number(t.learningRate()))
        .arg(t.iteration())
        .arg(unitName());
}

bool TrainingPanel::hasFigure(FigureFormat format) const
{
    return format != FigureFormat::Tex;
}

std::optional<int> TrainingPanel::pointAt(const QPointF &pixel) const
{
    if (!m_training || !m_dataRect->rect().contains(pixel.toPoint()))
        return std::nullopt;
    std::optional<int> nearest;
    double best = kGrabDistance;
    const std::vector<core::LabelledPoint> &data = m_training->data();
    for (std::size_t i = 0; i < data.size(); ++i) {
        const QPointF at(xAxis->coordToPixel(data[i].x), yAxis->coordToPixel(data[i].y != 0 ? 1.0 : 0.0));
        const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        if (distance <= best) {
            best = distance;
            nearest = int(i);
        }
    }
    return nearest;
}

void TrainingPanel::showEvent(QShowEvent *event)
{
    PlotPanel::showEvent(event);
    if (std::exchange(m_fullReplot, false))
        replot(QCustomPlot::rpQueuedReplot);
}

void TrainingPanel::mousePressEvent(QMouseEvent *event)
{
    PlotPanel::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    m_dragged = pointAt(event->position());
    if (m_dragged)
        setCursor(Qt::ClosedHandCursor);
}

void TrainingPanel::mouseMoveEvent(QMouseEvent *event)
{
    PlotPanel::mouseMoveEvent(event);
    if (m_dragged && m_training) {
        // A hundredth of x is finer than a pixel at usual sizes, and reads cleanly.
        const double x = std::round(xAxis->pixelToCoord(event->position().x()) * 100.0) / 100.0;
        m_training->setPoint(*m_dragged, x);
        return;
    }
    if (pointAt(event->position()))
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void TrainingPanel::mouseReleaseEvent(QMouseEvent *event)
{
    PlotPanel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && std::exchange(m_dragged, std::nullopt)) {
        if (pointAt(event->position()))
            setCursor(Qt::OpenHandCursor);
        else
            unsetCursor();
    }
}

} // namespace widgets
