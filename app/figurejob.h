#pragma once

#include "widgets/figureexport.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

namespace widgets {
class LessonState;
}

namespace app {

// A figure export that cannot be done: a bad path, an unwritable folder, a failed write.
class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A slider stepped through values for a slide sequence: p=0.05:0.95:0.05.
struct Sweep
{
    QString parameter; // p, q, y or yhat
    std::vector<double> values;
};

// Parses "NAME=FROM:TO:STEP" (TO included when a step lands on it); throws ExportError naming the problem.
Sweep parseSweep(const QString &text);

// What to export: which panels, how, where, and optionally a parameter stepped through.
struct FigureJob
{
    QStringList panels; // names from widgets::panelNames()
    widgets::FigureOptions options;
    QString out; // a file path; with several panels or steps, the pattern for their names
    std::optional<Sweep> sweep;
    int samples = 1000; // the sampling panel draws this many from p, with this seed
    quint64 seed = 1;
};

// The panels "all" exports in `format`: every panel that has a figure in it (for LaTeX all but the
// training lab, whose loss surfaces are colour maps that a PGFPlots figure cannot carry).
QStringList allPanels(widgets::FigureFormat format);
// Whether the panel of that name has a figure in that format, as the panel itself says
// (PlotPanel::hasFigure); false for an unknown name.
bool hasFigure(const QString &panel, widgets::FigureFormat format);

// The files a job writes: one; or for several panels and steps "out-<panel>-<step>.ext"
// (one multi-page PDF when the format is PDF). A folder as `out` gets "<folder>/<panel>.ext".
QStringList plannedFiles(const FigureJob &job);

// Renders the job from `state` (a sweep moves it) and writes every file, or none: all of them are
// written to temporary files first and renamed into place only when every one succeeded, so a
// failure (a full disk, `ulimit -f`) changes no existing file. Returns the paths.
QStringList writeFigures(widgets::LessonState &state, const FigureJob &job);

} // namespace app
