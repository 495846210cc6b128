#include "mainwindow.h"

#include "widgets/controlpanel.h"
#include "widgets/crossentropypanel.h"
#include "widgets/entropypanel.h"
#include "widgets/informationpanel.h"
#include "widgets/klpanel.h"
#include "widgets/lessonstate.h"
#include "widgets/losspanel.h"
#include "widgets/readoutpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace app {

namespace {

QSplitter *row(const QList<QWidget *> &widgets)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    for (QWidget *widget : widgets) {
        splitter->addWidget(widget);
        splitter->setStretchFactor(splitter->count() - 1, 1);
    }
    splitter->setSizes(QList<int>(widgets.size(), 1000)); // equal shares to start with
    return splitter;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_state(new widgets::LessonState(this))
    , m_controls(new widgets::ControlPanel(m_state))
    , m_readouts(new widgets::ReadoutPanel(m_state))
{
    setWindowTitle(tr("EntropyLab — information, entropy and the cross-entropy loss"));
    m_panels
        = {new widgets::InformationPanel(m_state), new widgets::EntropyPanel(m_state),
           new widgets::CrossEntropyPanel(m_state), new widgets::KlPanel(m_state), new widgets::LossPanel(m_state)};

    auto *rows = new QSplitter(Qt::Vertical);
    rows->setChildrenCollapsible(false);
    rows->addWidget(row({m_panels[0], m_panels[1], m_panels[2]}));
    rows->addWidget(row({m_panels[3], m_panels[4], m_readouts}));
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);
    rows->setSizes({1000, 1000});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addWidget(rows, 1);
    setCentralWidget(central);
    createMenus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Reset to the defaults"), m_state, &widgets::LessonState::reset);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EntropyLab"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EntropyLab"),
                       tr("<p><b>EntropyLab %1</b></p><p>Information, entropy, KL divergence and cross entropy, "
                          "and why cross entropy is the loss of logistic regression.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::replotNow()
{
    for (widgets::PlotPanel *panel : std::as_const(m_panels)) {
        if (panel->isVisible())
            panel->repaint(); // its buffers were redrawn when the state changed
    }
}

QSize MainWindow::sizeHint() const
{
    // The available screen (what a window manager leaves free), capped at 1920x1080 on larger screens.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {1366, 768};
    const QSize available = screen->availableGeometry().size();
    return available.boundedTo(QSize(1920, 1080));
}

} // namespace app
