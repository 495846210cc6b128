#pragma once

#include "theme.h"

#include <QStringList>

class QWidget;

namespace widgets {

class LessonState;
class PlotPanel;

// The plot panels by the names the command line and the export use, in the lesson's order:
// "information", "entropy", "cross-entropy", "kl", "loss", "distribution", "contributions",
// "code-length", "sampling", "training".
QStringList panelNames();

// A new panel of that name following `state`, its objectName set to the name; null for an
// unknown name.
PlotPanel *createPanel(const QString &name, LessonState *state, const Theme &theme, QWidget *parent = nullptr);

} // namespace widgets
