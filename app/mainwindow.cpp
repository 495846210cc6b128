#include "mainwindow.h"

#include "exportdialog.h"

#include "widgets/controlpanel.h"
#include "widgets/distributioneditor.h"
#include "widgets/distributionpanel.h"
#include "widgets/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/readoutpanel.h"
#include "widgets/samplingpanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
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

    auto *rows = new QSplitter(Qt::Vertical);
    rows->setChildrenCollapsible(false);
    rows->addWidget(row({m_panels[0], m_panels[1], m_panels[2]}));
    rows->addWidget(row({m_panels[3], m_panels[4], m_readouts}));
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);
    rows->setSizes({1000, 1000});

    // Many outcomes: the editor, what each outcome contributes and costs, and sampling.
    auto *meaning = new QSplitter(Qt::Vertical);
    meaning->setChildrenCollapsible(false);
    meaning->addWidget(panel(QStringLiteral("contributions")));
    meaning->addWidget(panel(QStringLiteral("code-length")));
    auto *manyOutcomes = row({m_editor, meaning, createSamplingView()});

    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_pages->addTab(rows, tr("&Two outcomes"));
    m_pages->addTab(manyOutcomes, tr("&Many outcomes"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createMenus();
}

QWidget *MainWindow::createSamplingView()
{
    auto *view = new QWidget;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Draw from p:")));
    for (int count : {1, 10, 100}) {
        auto *draw = new QPushButton(QString::number(count));
        draw->setToolTip(count == 1 ? tr("Draw one sample") : tr("Draw %1 samples").arg(count));
        draw->setAccessibleName(draw->toolTip());
        draw->setMaximumWidth(draw->fontMetrics().horizontalAdvance(QStringLiteral("1000")) + 24);
        draw->setObjectName(QStringLiteral("draw%1").arg(count));
        connect(draw, &QPushButton::clicked, this, [this, count] { samplingPanel()->drawSamples(count); });
        buttons->addWidget(draw);
    }
    auto *seed = new QSpinBox;
    seed->setRange(1, 999999);
    seed->setPrefix(tr("seed "));
    seed->setAccessibleName(tr("Random seed"));
    seed->setToolTip(tr("The same seed draws the same samples"));
    connect(seed, &QSpinBox::valueChanged, this, [this](int value) { samplingPanel()->setSeed(quint64(value)); });
    auto *again = new QPushButton(tr("Restart"));
    again->setToolTip(tr("Forget the samples and start again with this seed"));
    connect(again, &QPushButton::clicked, this, [this, seed] { samplingPanel()->setSeed(quint64(seed->value())); });
    buttons->addWidget(seed);
    buttons->addWidget(again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(panel(QStringLiteral("sampling")), 1);
    return view;
}

widgets::SamplingPanel *MainWindow::samplingPanel() const
{
    return qobject_cast<widgets::SamplingPanel *>(panel(QStringLiteral("sampling")));
}

void MainWindow::createPanels()
{
    m_editor = new widgets::DistributionEditor(m_state, m_theme);
    for (const QString &name : widgets::panelNames()) {
        widgets::PlotPanel *panel
            = name == QLatin1String("distribution") ? m_editor->bars() : widgets::createPanel(name, m_state, m_theme);
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
        if (panel == m_editor->bars()) {
            m_editor->setTheme(theme); // the editor owns the distribution panel and its signals
            panel = m_editor->bars();
        } else {
            widgets::PlotPanel *fresh = widgets::createPanel(panel->objectName(), m_state, m_theme);
            widgets::replacePanel(panel, fresh);
            panel = fresh;
        }
        panel->installEventFilter(this);
    }
}

QStringList MainWindow::exportFigures(const FigureJob &job)
{
    // A copy of the state, so a sweep never moves the window's sliders.
    widgets::LessonState state;
    state.assign(*m_state);
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
    // The panels redrew their buffers when the state changed; this paints the page, tables too.
    m_pages->currentWidget()->repaint();
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
