#include "mainwindow.h"

#include "exportdialog.h"

#include "widgets/controlpanel.h"
#include "widgets/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/readoutpanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
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
    , m_theme(widgets::Theme::byName(QSettings().value(QStringLiteral("view/theme")).toString())
                  .value_or(widgets::Theme::light()))
{
    setWindowTitle(tr("EntropyLab — information, entropy and the cross-entropy loss"));
    createPanels();
    m_currentPanel = m_panels.front()->objectName();

    // The readouts share the last cell with the distributions, as two tabs.
    m_sideTabs = new QTabWidget;
    m_sideTabs->addTab(m_readouts, tr("Readouts"));
    m_sideTabs->addTab(panel(QStringLiteral("distribution")), tr("Distributions"));
    m_sideTabs->setDocumentMode(true);
    auto *rows = new QSplitter(Qt::Vertical);
    rows->setChildrenCollapsible(false);
    rows->addWidget(row({m_panels[0], m_panels[1], m_panels[2]}));
    rows->addWidget(row({m_panels[3], m_panels[4], m_sideTabs}));
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

void MainWindow::createPanels()
{
    for (const QString &name : widgets::panelNames()) {
        widgets::PlotPanel *panel = widgets::createPanel(name, m_state, m_theme);
        panel->installEventFilter(this);
        m_panels.append(panel);
    }
}

widgets::PlotPanel *MainWindow::panel(const QString &name) const
{
    for (widgets::PlotPanel *panel : m_panels) {
        if (panel->objectName() == name)
            return panel;
    }
    return nullptr;
}

void MainWindow::setCurrentPanel(const QString &name)
{
    if (panel(name))
        m_currentPanel = name;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto *panel = qobject_cast<widgets::PlotPanel *>(watched))
            m_currentPanel = panel->objectName();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setTheme(const widgets::Theme &theme)
{
    m_theme = theme;
    QSettings().setValue(QStringLiteral("view/theme"), theme.name);
    // A panel takes its theme when made: each is replaced in place by a new one.
    for (widgets::PlotPanel *&panel : m_panels) {
        auto *splitter = qobject_cast<QSplitter *>(panel->parentWidget());
        widgets::PlotPanel *fresh = widgets::createPanel(panel->objectName(), m_state, m_theme);
        fresh->installEventFilter(this);
        if (splitter) {
            const QList<int> sizes = splitter->sizes();
            delete splitter->replaceWidget(splitter->indexOf(panel), fresh);
            splitter->setSizes(sizes);
        } else if (const int tab = m_sideTabs->indexOf(panel); tab >= 0) {
            const bool current = m_sideTabs->currentIndex() == tab;
            const QString label = m_sideTabs->tabText(tab);
            m_sideTabs->removeTab(tab);
            m_sideTabs->insertTab(tab, fresh, label);
            if (current)
                m_sideTabs->setCurrentIndex(tab);
            delete panel;
        } else {
            delete panel;
        }
        panel = fresh;
    }
}

QStringList MainWindow::exportFigures(const FigureJob &job)
{
    // A copy of the state, so a sweep never moves the window's sliders.
    widgets::LessonState state;
    state.setP(m_state->p());
    state.setQ(m_state->q());
    state.setY(m_state->y());
    state.setYhat(m_state->yhat());
    state.setUnit(m_state->unit());
    return writeFigures(state, job);
}

void MainWindow::showExportDialog()
{
    auto *dialog = new ExportDialog(m_currentPanel, m_theme.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FigureJob job = dialog->job();
        try {
            const QStringList files = exportFigures(job);
            statusBar()->showMessage(files.size() == 1 ? tr("Exported %1").arg(files.front())
                                                       : tr("Exported %n files", nullptr, int(files.size())),
                                     8000);
        } catch (const ExportError &e) {
            QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(e.what()));
        }
    });
    dialog->open();
}

void MainWindow::copyFigure()
{
    widgets::PlotPanel *shown = panel(m_currentPanel);
    widgets::FigureOptions options;
    options.width = shown->width();
    options.height = shown->height();
    options.scale = shown->devicePixelRatioF();
    options.theme = m_theme;
    auto *mime = new QMimeData;
    mime->setImageData(widgets::renderImage(shown, options));
    options.format = widgets::FigureFormat::Svg;
    mime->setData(QStringLiteral("image/svg+xml"), widgets::renderFigure(shown, options));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied the figure “%1”").arg(shown->title()), 5000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Export figure…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::showExportDialog);
    file->addSeparator();
    file->addAction(tr("&Reset to the defaults"), m_state, &widgets::LessonState::reset);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy figure"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyFigure);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (const QString &name : widgets::Theme::names()) {
        const widgets::Theme theme = *widgets::Theme::byName(name);
        QAction *action = themes->addAction(theme.displayName(), this, [this, theme] { setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(name == m_theme.name);
        action->setObjectName(QStringLiteral("theme-") + name);
        themeGroup->addAction(action);
    }
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
