#pragma once

#include "plotpanel.h"

#include "core/training.h"
#include "model/trainingstate.h"

#include <QPointer>

#include <array>
#include <optional>
#include <vector>

namespace widgets {

// "Why cross entropy?": logistic regression s(w x + b) trained twice from one start, by gradient
// descent on mean cross entropy and on mean squared error, in one figure of five plots:
//   (a) the data on the x line (class 1 at ŷ = 1, class 0 at ŷ = 0; draggable) with both fitted
//       sigmoids of the current iteration;
//   (b), (c) the mean cross-entropy and squared-error surfaces over (w, b), each with both descent
//       paths and their current points;
//   (d) the loss per iteration, (e) the gradient norm per iteration (logarithmic), where the
//       vanishing gradient of squared error shows.
// Cross entropy is drawn in the lesson's unit; squared error (y - ŷ)² has no unit of information
// and is drawn as it is. Cross entropy is blue and solid, squared error vermillion and dashed,
// everywhere. The surfaces are computed once per data set (and unit); a training step only
// appends to the paths and curves and moves the markers.
class TrainingPanel : public PlotPanel
{
    Q_OBJECT

public:
    // The fixed window of the surfaces: it holds every preset's start and, but for the ever-growing
    // w of separable data, its paths.
    static constexpr double kMinW = -8.0, kMaxW = 8.0, kMinB = -5.0, kMaxB = 5.0;
    // Cells of each surface along w and along b.
    static constexpr int kMapCells = 120;
    // Gradient norms below this (an exact optimum is 0) are drawn at it on the logarithmic axis.
    static constexpr double kSmallestGradient = 1e-18;

    TrainingPanel(LessonState *state, TrainingState *training, const Theme &theme = Theme::light(),
                  QWidget *parent = nullptr);
    ~TrainingPanel() override;

    TrainingState *training() const { return m_training; }

    // The five plots: (a) is the panel's axisRect(), with xAxis and yAxis.
    QCPAxisRect *dataRect() const { return m_dataRect; }
    QCPAxisRect *surfaceRect(core::TrainingLoss surface) const { return m_surfaces[index(surface)].rect; }
    QCPAxisRect *lossRect() const { return m_lossRect; }
    QCPAxisRect *gradientRect() const { return m_gradientRect; }

    // What the user sees, for tests: the fitted sigmoid of a run in (a); the points of class y in (a).
    QCPGraph *fitCurve(core::TrainingLoss run) const { return m_runs[index(run)].fit; }
    QCPGraph *pointMarkers(int y) const { return y != 0 ? m_class1 : m_class0; }
    QCPColorMap *lossMap(core::TrainingLoss surface) const { return m_surfaces[index(surface)].map; }
    QCPColorScale *colorScale(core::TrainingLoss surface) const { return m_surfaces[index(surface)].scale; }
    // A run's path and current (w, b) drawn on a surface.
    QCPCurve *descentPath(core::TrainingLoss surface, core::TrainingLoss run) const
    {
        return m_surfaces[index(surface)].paths[index(run)];
    }
    QCPGraph *currentMarker(core::TrainingLoss surface, core::TrainingLoss run) const
    {
        return m_surfaces[index(surface)].current[index(run)];
    }
    // A run's loss (d) and gradient norm (e) per iteration.
    QCPGraph *lossCurve(core::TrainingLoss run) const { return m_runs[index(run)].loss; }
    QCPGraph *gradientCurve(core::TrainingLoss run) const { return m_runs[index(run)].gradient; }
    // The training shown, for an exported figure's caption: "confidently-wrong, 16 points, start
    // w = -6, b = 0, learning rate 1, iteration 50, bits".
    QString captionText() const override;
    // Every format but LaTeX: a PGFPlots figure cannot carry the loss surfaces' colour maps.
    bool hasFigure(FigureFormat format) const override;
    // Three plots over two, under shorter titles: the arrangement a figure's small layout holds.
    void arrangeForFigure() override;
    // The point of the data a press at `pixel` grabs: the nearest within 8 px in (a), if any.
    std::optional<int> pointAt(const QPointF &pixel) const;

protected:
    void updateCurves() override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    static constexpr int index(core::TrainingLoss loss) { return loss == core::TrainingLoss::CrossEntropy ? 0 : 1; }

    struct Run
    {
        QCPGraph *fit = nullptr; // (a)
        QCPGraph *loss = nullptr; // (d)
        QCPGraph *gradient = nullptr; // (e)
        QSharedPointer<QCPCurveDataContainer> path; // shared by its curves on both surfaces
        QCPItemText *lossLabel = nullptr;
        QCPItemText *gradientLabel = nullptr;
    };
    struct Surface
    {
        QCPAxisRect *rect = nullptr;
        QCPColorMap *map = nullptr;
        QCPColorScale *scale = nullptr;
        std::array<QCPCurve *, 2> halos {}; // a light band under each path: it reads on any colour
        std::array<QCPCurve *, 2> paths {};
        std::array<QCPGraph *, 2> current {};
        QCPGraph *start = nullptr;
    };
    // What the curves of (d), (e) and the paths were built from: an unchanged key lets a step
    // append only the new iterations, since the same inputs always give the same runs.
    struct Shown
    {
        std::vector<core::LabelledPoint> data;
        core::ModelParameters start;
        double learningRate = 0.0;
        core::Unit unit = core::Unit::Nats;
        int iteration = -1;
    };

    QCPAxisRect *addRect(QCPLayoutGrid *grid, int row, int column);
    QCPTextElement *addSubtitle(QCPLayoutGrid *grid, int row, int column, const QString &text);
    void setUpSurface(Surface &surface, core::TrainingLoss loss);
    // The title of a surface's colour scale, shorter in a figure's arrangement.
    QString surfaceTitle(core::TrainingLoss loss) const;
    // The title of the cross-entropy axis of (d), only its unit in a figure's arrangement.
    QString lossAxisTitle() const;
    QCPGraph *addLegendEntry(const QString &name, const QColor &color, Qt::PenStyle style,
                             QCPScatterStyle::ScatterShape shape);
    static QCPScatterStyle markerStyle(QCPScatterStyle::ScatterShape shape, const QColor &color, const QColor &outline,
                                       const Theme &theme);
    void updateSurfaces();
    void updateRuns();
    void updateReadouts();
    // The axis ranges of (d) and (e), from the values shown and the plots' heights.
    void updateRanges();
    // The share of a plot's height its value labels take.
    double labelShare(const QCPAxisRect *rect) const;
    // The unit's value of a loss (or of its gradient) of run `loss`, given in nats by core.
    double shown(double nats, core::TrainingLoss loss) const;
    void setRangeTracked(QCPAxis *axis, const QCPRange &range);

    QPointer<TrainingState> m_training;
    // The titles of (a) to (e); the grids of the window's arrangement, until arrangeForFigure.
    std::array<QCPTextElement *, 5> m_subtitles {};
    QCPLayoutGrid *m_lower = nullptr;
    QCPLayoutGrid *m_curves = nullptr;
    bool m_arrangedForFigure = false;
    QCPAxisRect *m_dataRect;
    QCPAxisRect *m_lossRect = nullptr;
    QCPAxisRect *m_gradientRect = nullptr;
    std::array<Run, 2> m_runs;
    std::array<Surface, 2> m_surfaces;
    QCPGraph *m_class0 = nullptr;
    QCPGraph *m_class1 = nullptr;
    QCPItemText *m_iterationLabel = nullptr;
    QVector<double> m_fitGrid; // the x at which the sigmoids are drawn
    Shown m_shown;
    // The data and unit the surfaces were computed for; maps are recomputed only when these change.
    std::optional<std::pair<std::vector<core::LabelledPoint>, core::Unit>> m_surfaceKey;
    // Largest values shown in (d) and (e) so far, and the smallest gradient, for the axis ranges.
    double m_maxLoss[2] = {0.0, 0.0};
    double m_gradientBounds[2] = {1.0, 1.0};
    // Something outside the live layer changed (a surface, an axis range): redraw everything.
    bool m_fullReplot = false;
    std::optional<int> m_dragged; // the point being dragged in (a)
};

} // namespace widgets
