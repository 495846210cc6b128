#pragma once

#include <QByteArray>

namespace widgets {

class PlotPanel;
struct FigureOptions;

// The height-to-width ratios a PGFPlots figure can have: a flatter one leaves the plot no room
// between its labels ("Plot height is too small"), a taller one overflows TeX's largest length.
constexpr double kMinTexAspect = 0.2;
constexpr double kMaxTexAspect = 10.0;

// The panel as a PGFPlots figure: curves as coordinates, labels as LaTeX text, the theme's colours.
// Compiled on its own with pdflatex it is a one-figure document; \input into a document that
// loads pgfplots it is just the tikzpicture, set in that document's fonts.
QByteArray pgfplotsFigure(PlotPanel *panel, const FigureOptions &options);

// Text as LaTeX: special characters escaped, the lesson's symbols (−, ‖, ŷ, ×10⁻⁵, log₂, ∞, ...)
// in math mode, Greek letters as math (\alpha), sub- and superscripts as scripts (pᵢ is $p_{i}$);
// Cyrillic and any other character are set where the document can set them, else shown as "?".
QString latexText(const QString &text);

} // namespace widgets
