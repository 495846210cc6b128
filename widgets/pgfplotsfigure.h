#pragma once

#include <QByteArray>

namespace widgets {

class PlotPanel;
struct FigureOptions;

// The panel as a PGFPlots figure: curves as coordinates, labels as LaTeX text, the theme's colours.
// Compiled on its own with pdflatex it is a one-figure document; \input into a document that
// loads pgfplots it is just the tikzpicture, set in that document's fonts.
QByteArray pgfplotsFigure(PlotPanel *panel, const FigureOptions &options);

// Text as LaTeX: special characters escaped, the lesson's symbols (−, ‖, ŷ, ×10⁻⁵, log₂, ∞, ...)
// in math mode; a character LaTeX cannot set without extra packages becomes "?".
QString latexText(const QString &text);

} // namespace widgets
