#include "mainwindow.h"

#include "bookmarkpanel.h"
#include "classroom.h"
#include "document.h"
#include "focusview.h"
#include "mainmenus.h"
#include "panelgrid.h"
#include "undogestures.h"

#include "widgets/controlpanel.h"
#include "widgets/distributioneditor.h"
#include "widgets/distributionpanel.h"
#include "widgets/emphasis.h"
#include "widgets/lessonpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"
#include "widgets/samplingpanel.h"
#include "widgets/samplingview.h"
#include "widgets/statetransition.h"
#include "widgets/traininglab.h"
#include "widgets/trainingpanel.h"
#include "widgets/windowpalette.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace app {

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new widgets::LessonState(this))
    , m_modes(new ClassroomModes(m_state, this))
    , m_document(new Document(m_state, m_modes, this))
    , m_transition(new widgets::StateTransition(m_state, this))
    , m_controls(new widgets::ControlPanel(m_state))
    , m_readouts(new widgets::ReadoutPanel(m_state))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_baseFont = font();
    createPanels();
    m_currentPanel = m_panels.front()->objectName();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    m_views = new QStackedWidget;
    m_views->addWidget(createPages());
    m_focus = new FocusView(m_state, widgets::panelNames(), m_modes->shownTheme());
    m_views->addWidget(m_focus);
    connect(m_focus, &FocusView::panelShown, this, [this](const QString &name) {
        setCurrentPanel(name); // what Export takes, and the page the overview opens at
        for (int page = 0; page < m_pages->count(); ++page) {
            if (m_pages->widget(page)->isAncestorOf(panel(name)))
                m_pages->setCurrentIndex(page);
        }
    });
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    createDocks(language);
    m_menus = new MainMenus(this, m_document, m_modes);
    connect(m_menus, &MainMenus::languageChangeRequested, this, &MainWindow::languageChangeRequested);

    // A press to its release (a drag, a click on a plot) is one undo step; so is a sweep or a glide.
    auto *gestures = new UndoGestures(this, m_document->history());
    for (widgets::ProbabilitySlider *slider : m_controls->sliders())
        gestures->follow(slider);
    gestures->follow(m_transition);
    qApp->installEventFilter(this); // the current panel, and the clicker's keys in presentation mode
    connectDocument();
    connectClassroom();
    widgets::applyWindowTheme(m_modes->shownTheme()); // the remembered theme, window and all
    updateTitle();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The children die after this object: a spin box committing typed text as it is hidden, a
    // bookmark's name editor or the undo stack saying it is clean must not call back into it.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_modes, nullptr, this, nullptr);
    disconnect(m_bookmarks, nullptr, this, nullptr);
}

void MainWindow::createPanels()
{
    m_editor = new widgets::DistributionEditor(m_state, m_modes->shownTheme());
    m_lab = new widgets::TrainingLab(m_state, m_state->training(), m_modes->shownTheme());
    for (const QString &name : widgets::panelNames()) {
        // The editor and the lab own their panels (and connect to them); the others stand alone.
        widgets::PlotPanel *panel = name == QLatin1String("distribution") ? m_editor->bars()
            : name == QLatin1String("training")                           ? m_lab->panel()
                                                : widgets::createPanel(name, m_state, m_modes->shownTheme());
        m_panels.append(panel);
    }
}

QWidget *MainWindow::createPages()
{
    // Two outcomes: five plots and the readouts, three a row where each has its room.
    m_twoOutcomes
        = new PanelGrid({m_panels[0], m_panels[1], m_panels[2], m_panels[3], m_panels[4], m_readouts}, m_readouts);

    // Many outcomes: the editor, what each outcome contributes and costs, and sampling.
    auto *meaning = new QSplitter(Qt::Vertical);
    meaning->setChildrenCollapsible(false);
    meaning->addWidget(panel(QStringLiteral("contributions")));
    meaning->addWidget(panel(QStringLiteral("code-length")));
    auto *sampling
        = new widgets::SamplingView(qobject_cast<widgets::SamplingPanel *>(panel(QStringLiteral("sampling"))));
    m_manyOutcomes = new PanelGrid({m_editor, meaning, sampling});
    m_twoOutcomes->setAccessibleName(tr("Two outcomes: the plots and the readouts"));
    m_manyOutcomes->setAccessibleName(tr("Many outcomes: the editor, the contributions and sampling"));

    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_twoOutcomes, tr("&Two outcomes"));
    m_pages->addTab(m_manyOutcomes, tr("&Many outcomes"));
    m_pages->addTab(m_lab, tr("&Why cross entropy?"));
    m_pages->setAccessibleName(tr("Lesson pages"));
    return m_pages;
}

void MainWindow::createDocks(const QString &language)
{
    auto *lesson = new widgets::LessonPanel(m_state, language);
    m_lessonDock = new QDockWidget(tr("Guided lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(lesson);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    connect(lesson, &widgets::LessonPanel::exampleShown, this, &MainWindow::showPanel);
    connect(lesson, &widgets::LessonPanel::stepChanged, this, &MainWindow::followLessonStep);

    m_bookmarks = new BookmarkPanel;
    m_bookmarkDock = new QDockWidget(tr("Lecture bookmarks"), this);
    m_bookmarkDock->setObjectName(QStringLiteral("bookmarkDock"));
    m_bookmarkDock->setWidget(m_bookmarks);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarkDock);
    tabifyDockWidget(m_lessonDock, m_bookmarkDock);
    m_lessonDock->raise();
    connect(m_bookmarks, &BookmarkPanel::goTo, this, [this](int index, const widgets::LessonSnapshot &target) {
        m_transition->start(target);
        const QList<widgets::Bookmark> &bookmarks = m_bookmarks->bookmarks();
        if (!bookmarks[index].panel.isEmpty())
            showPanel(bookmarks[index].panel); // in the grid, or the focus view in presentation
        statusBar()->showMessage(
            tr("Bookmark %1 of %2: %3").arg(index + 1).arg(bookmarks.size()).arg(bookmarks[index].name), 6000);
    });
    connect(m_bookmarks, &BookmarkPanel::addRequested, this, &MainWindow::addBookmark);
    connect(m_bookmarks, &BookmarkPanel::updateRequested, this,
            [this](int index) { m_bookmarks->replaceState(index, m_state->snapshot(), m_currentPanel); });
    connect(m_bookmarks, &BookmarkPanel::bookmarksEdited, this,
            [this] { m_document->setBookmarks(m_bookmarks->bookmarks()); });

    // The lesson shows on the first start where the screen leaves the plots room beside it; after
    // that the docks stay as the user left them.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool roomy = screen && screen->availableGeometry().width() >= 1600;
    QSettings settings;
    m_lessonDock->setVisible(settings.value(QStringLiteral("view/lessonVisible"), roomy).toBool());
    m_bookmarkDock->setVisible(settings.value(QStringLiteral("view/bookmarksVisible"), roomy).toBool());
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::aboutToReplaceState, this, &MainWindow::stopMotion);
    connect(m_document, &Document::bookmarksReplaced, m_bookmarks, &BookmarkPanel::setBookmarks);
    connect(m_document, &Document::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::problem, this, &MainWindow::showProblem);
    connect(m_document, &Document::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectClassroom()
{
    connect(m_modes, &ClassroomModes::presentingChanged, this, &MainWindow::showPresenting);
    connect(m_modes, &ClassroomModes::shownThemeChanged, this, &MainWindow::showTheme);
    connect(m_modes, &ClassroomModes::zoomChanged, this,
            [this](double zoom) { statusBar()->showMessage(tr("Zoom %1%").arg(std::lround(zoom * 100)), 3000); });
    connect(m_modes, &ClassroomModes::predictionChanged, this, &MainWindow::applyConcealment);
    connect(m_modes, &ClassroomModes::concealingChanged, this, &MainWindow::applyConcealment);
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

void MainWindow::showPanel(const QString &name)
{
    widgets::PlotPanel *shown = panel(name);
    if (!shown)
        return;
    for (int page = 0; page < m_pages->count(); ++page) {
        if (m_pages->widget(page)->isAncestorOf(shown))
            m_pages->setCurrentIndex(page);
    }
    setCurrentPanel(name);
    m_focus->showPanel(name);
    widgets::emphasize(shown);
}

void MainWindow::followLessonStep(int index)
{
    const auto *lesson = static_cast<widgets::LessonPanel *>(m_lessonDock->widget());
    if (index < 0 || index >= lesson->stepCount())
        return;
    const QString name = lesson->step(index).example.panel;
    if (!panel(name))
        return;
    // The step's panel becomes the current one: what F5 shows, and what Export takes.
    setCurrentPanel(name);
    m_focus->showPanel(name);
}

bool MainWindow::isFocusShown() const
{
    return m_views->currentWidget() == m_focus;
}

void MainWindow::setOverview(bool overview)
{
    m_overview = overview;
    showFocusOrGrid();
}

void MainWindow::stepFocus(int by)
{
    m_focus->step(by);
}

void MainWindow::showFocusOrGrid()
{
    const bool focus = m_modes->isPresenting() && !m_overview;
    if (focus) {
        m_focus->showPanel(m_currentPanel);
        m_views->setCurrentWidget(m_focus);
        m_focus->setFocus();
    } else {
        m_views->setCurrentWidget(m_pages);
    }
    emit focusShownChanged(focus);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto *panel = qobject_cast<widgets::PlotPanel *>(watched))
            m_currentPanel = panel->objectName();
    } else if (event->type() == QEvent::KeyPress && m_modes->isPresenting()) {
        // A presentation clicker sends Page Up / Page Down: in presentation mode they walk the
        // bookmarks, whichever control has the focus.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool inWindow
            = watched->isWidgetType() && (watched == this || isAncestorOf(static_cast<QWidget *>(watched)));
        if (inWindow && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)) {
            goToBookmark(key->key() == Qt::Key_PageDown ? 1 : -1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showTheme()
{
    const widgets::Theme shown = m_modes->shownTheme();
    widgets::applyWindowTheme(shown); // the window, controls, readouts and docks too
    // Restyled in place: the same panels, with their connections.
    for (widgets::PlotPanel *panel : std::as_const(m_panels))
        panel->setTheme(shown);
    m_focus->setTheme(shown, m_modes->zoom());
    m_twoOutcomes->updateNeeds();
    m_manyOutcomes->updateNeeds();
    QFont controlsFont = m_baseFont;
    controlsFont.setPointSizeF(m_baseFont.pointSizeF() * m_modes->controlsScale());
    centralWidget()->setFont(controlsFont);
    m_lessonDock->setFont(controlsFont);
    m_bookmarkDock->setFont(controlsFont);
    applyConcealment();
}

void MainWindow::showPresenting(bool presenting)
{
    // The class sees the plots; the side panels come back afterwards as they were.
    if (presenting) {
        m_statesBeforePresenting = windowState();
        m_docksBeforePresenting = {m_lessonDock->isVisible(), m_bookmarkDock->isVisible()};
        m_lessonDock->hide();
        m_bookmarkDock->hide();
        showFullScreen();
    } else {
        setWindowState(m_statesBeforePresenting); // maximized stays maximized
        show();
        m_lessonDock->setVisible(m_docksBeforePresenting.first);
        m_bookmarkDock->setVisible(m_docksBeforePresenting.second);
    }
    m_overview = false; // each presentation starts on the current panel
    showFocusOrGrid();
    statusBar()->showMessage(presenting ? tr("Presentation mode: Left and Right (or Ctrl+Page Down, Ctrl+Page Up) "
                                             "show the next and previous panel, O the overview; Page Down and "
                                             "Page Up go through the bookmarks; F5 or Esc ends it")
                                        : QString(),
                             8000);
}

void MainWindow::applyConcealment()
{
    using widgets::PlotPanel;
    using Prediction = ClassroomModes::Prediction;
    const bool concealing = m_modes->isConcealing();
    const PlotPanel::Concealment concealment = !concealing      ? PlotPanel::Concealment::None
        : m_modes->prediction() == Prediction::NumbersAndCurves ? PlotPanel::Concealment::NumbersAndCurves
                                                                : PlotPanel::Concealment::Numbers;
    for (PlotPanel *panel : m_panels)
        panel->setConcealment(concealment);
    m_readouts->setConcealed(concealing);
    m_focus->setConcealment(concealment);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_document->autosave();
    QSettings settings;
    // Presenting hides the side panels for a while; what the user chose is what they were before.
    const QPair<bool, bool> docks = m_modes->isPresenting()
        ? m_docksBeforePresenting
        : qMakePair(m_lessonDock->isVisible(), m_bookmarkDock->isVisible());
    settings.setValue(QStringLiteral("view/lessonVisible"), docks.first);
    settings.setValue(QStringLiteral("view/bookmarksVisible"), docks.second);
    QMainWindow::closeEvent(event);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    // Open, not exec: the window keeps running (and a test or the fuzzer is never blocked).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->path();
    setWindowTitle(tr("%1[*] — EntropyLab").arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::addBookmark()
{
    // Added at once under a numbered name, which is then open for typing: no dialog in the way.
    const int index = m_bookmarks->add(tr("Bookmark %1").arg(m_bookmarks->bookmarks().size() + 1), m_state->snapshot(),
                                       m_currentPanel);
    if (index < 0) {
        showProblem(tr("Could not add the bookmark"), tr("A session holds at most %1 bookmarks").arg(widgets::kMaxBookmarks));
        return;
    }
    m_bookmarkDock->show();
    m_bookmarkDock->raise();
    m_bookmarks->list()->editItem(m_bookmarks->list()->item(index));
}

void MainWindow::goToBookmark(int step)
{
    const int count = int(m_bookmarks->bookmarks().size());
    if (count == 0) {
        statusBar()->showMessage(
            tr("No bookmarks yet: Bookmarks > Add bookmark (Ctrl+D) saves the lesson as it is now"), 6000);
        return;
    }
    const int target = std::clamp(m_bookmarks->current() + step, 0, count - 1);
    if (target == m_bookmarks->current() && m_state->snapshot() == m_bookmarks->bookmarks()[target].state) {
        statusBar()->showMessage(step > 0 ? tr("This is the last bookmark") : tr("This is the first bookmark"), 3000);
        return;
    }
    m_bookmarks->go(target);
}

QStringList MainWindow::exportFigures(const FigureJob &job)
{
    // A copy of the state, so a sweep never moves the window's sliders.
    widgets::LessonState state;
    state.assign(*m_state);
    return writeFigures(state, job);
}

void MainWindow::stopMotion()
{
    m_transition->finish();
    for (widgets::ProbabilitySlider *slider : m_controls->sliders())
        slider->setPlaying(false);
}

void MainWindow::replotNow()
{
    // The panels redrew their buffers when the state changed; this paints the page (or the focus
    // view), tables too.
    if (isFocusShown())
        m_focus->repaint();
    else
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
