#include "mainwindow.h"

#include "widgets/lessonstate.h"

#include <QLabel>

namespace app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_state(new widgets::LessonState(this))
{
    setWindowTitle(tr("EntropyLab"));
    setCentralWidget(new QLabel(tr("EntropyLab"), this));
}

} // namespace app
