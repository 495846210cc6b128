#pragma once

#include "model/panelnames.h"
#include "theme.h"

#include <QStringList>

class QWidget;

namespace widgets {

class LessonState;
class PlotPanel;


// A new panel of that name following `state`, its objectName set to the name; null for an
// unknown name.
PlotPanel *createPanel(const QString &name, LessonState *state, const Theme &theme, QWidget *parent = nullptr);

} // namespace widgets
