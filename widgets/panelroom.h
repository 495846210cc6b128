#pragma once

#include <QSize>

namespace widgets {

class PlotPanel;

// The room a plot panel needs to show everything whole at its theme's type: the title on one line,
// the legend in one column, each axis with its tick labels and title, and every plot area (the
// training panel has several) at least six lines of type tall and eight wide, and never shorter
// than a legend drawn inside it. It grows with the theme's font size; the grids that hold panels
// (the window's pages, the training lab) give a panel this much or show fewer panels at once.
QSize legibleSize(const PlotPanel *panel);

} // namespace widgets
