#pragma once

#include <QColor>

class QWidget;

namespace widgets {

// Draws a thick frame around `target` for `milliseconds`, to show the class which plot a lesson
// step is about. The frame lets the mouse through; a second call on the same widget restarts it.
void emphasize(QWidget *target, int milliseconds = 2500);

} // namespace widgets
