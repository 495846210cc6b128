#include "mainwindow.h"

#include "bookmarkpanel.h"
#include "exportdialog.h"
#include "lessonhistory.h"
#include "preferencesdialog.h"
#include "translations.h"

#include "widgets/controlpanel.h"
#include "widgets/distributioneditor.h"
#include "widgets/distributionpanel.h"
#include "widgets/emphasis.h"
#include "widgets/lessonpanel.h"
#include "widgets/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"
#include "widgets/samplingpanel.h"
#include "widgets/statetransition.h"
#include "widgets/traininglab.h"
#include "widgets/trainingpanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace app {

namespace {

constexpr int kMaxRecentSessions = 8;
constexpr double kZoomStep = 1.15;
constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 3.0;
constexpr double kPresentingFontSize = 13.0; // points

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

// An action's menu text as a sentence: "&Save as…" becomes "Save as…".
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // Chinese style "文件(&F)"
    return text.remove(QLatin1Char('&'));
}

// The keys without repeats: a standard key often equals one given explicitly, and a shortcut
// listed twice on one action is "ambiguous" to Qt and does nothing.
QList<QKeySequence> distinct(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !unique.contains(key))
            unique.append(key);
    }
    return unique;
}

} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new widgets::LessonState(this))
    , m_history(new LessonHistory(m_state, this))
    , m_transition(new widgets::StateTransition(m_state, this))
    , m_controls(new widgets::ControlPanel(m_state))
    , m_readouts(new widgets::ReadoutPanel(m_state))
    , m_theme(widgets::Theme::byName(QSettings().value(QStringLiteral("view/theme")).toString())
                  .value_or(widgets::Theme::light()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_baseFont = font();
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
    manyOutcomes->setSizes({900, 1300, 900}); // the middle column's legends are the longest

    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_pages->addTab(rows, tr("&Two outcomes"));
    m_pages->addTab(manyOutcomes, tr("&Many outcomes"));
    m_pages->addTab(m_lab, tr("&Why cross entropy?"));
    m_pages->setAccessibleName(tr("Lesson pages"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createDocks(language);
    createMenus();

    // A press to its release (a drag, a click on a plot) is one undo step; so is a sweep.
    qApp->installEventFilter(this);
    for (widgets::ProbabilitySlider *slider : m_controls->sliders()) {
        connect(slider, &widgets::ProbabilitySlider::playingChanged, this,
                [this](bool playing) { playing ? m_history->beginGesture() : m_history->endGesture(); });
    }
    connect(m_transition, &widgets::StateTransition::started, m_history, &LessonHistory::beginGesture);
    connect(m_transition, &widgets::StateTransition::finished, m_history, &LessonHistory::endGesture);
    connect(m_state, &widgets::LessonState::changed, this, &MainWindow::stateChanged);
    connect(m_history->stack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1000);
    connect(&m_autosaveTimer, &widgets::ClockTimer::timeout, this, &MainWindow::autosave);
    updateTitle();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The children die after this object: a spin box committing typed text as it is hidden, a
    // bookmark's name editor or the undo stack saying it is clean must not call back into it.
    m_autosaveTimer.stop();
    disconnect(m_state, nullptr, this, nullptr);
    disconnect(m_bookmarks, nullptr, this, nullptr);
    disconnect(m_history->stack(), nullptr, this, nullptr);
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
    m_editor = new widgets::DistributionEditor(m_state, shownTheme());
    m_lab = new widgets::TrainingLab(m_state, m_state->training(), shownTheme());
    for (const QString &name : widgets::panelNames()) {
        // The editor and the lab own their panels (and connect to them); the others stand alone.
        widgets::PlotPanel *panel = name == QLatin1String("distribution") ? m_editor->bars()
            : name == QLatin1String("training")                           ? m_lab->panel()
                                                : widgets::createPanel(name, m_state, shownTheme());
        panel->installEventFilter(this);
        m_panels.append(panel);
    }
}

void MainWindow::createDocks(const QString &language)
{
    m_lesson = new widgets::LessonPanel(m_state, language);
    m_lessonDock = new QDockWidget(tr("Guided lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(m_lesson);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    connect(m_lesson, &widgets::LessonPanel::exampleShown, this, &MainWindow::showPanel);

    m_bookmarks = new BookmarkPanel;
    m_bookmarkDock = new QDockWidget(tr("Lecture bookmarks"), this);
    m_bookmarkDock->setObjectName(QStringLiteral("bookmarkDock"));
    m_bookmarkDock->setWidget(m_bookmarks);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarkDock);
    tabifyDockWidget(m_lessonDock, m_bookmarkDock);
    m_lessonDock->raise();
    connect(m_bookmarks, &BookmarkPanel::goTo, this, [this](int index, const widgets::LessonSnapshot &target) {
        m_transition->start(target);
        statusBar()->showMessage(tr("Bookmark %1 of %2: %3")
                                     .arg(index + 1)
                                     .arg(m_bookmarks->bookmarks().size())
                                     .arg(m_bookmarks->bookmarks()[index].name),
                                 6000);
    });
    connect(m_bookmarks, &BookmarkPanel::updateRequested, this,
            [this](int index) { m_bookmarks->replaceState(index, m_state->snapshot()); });
    connect(m_bookmarks, &BookmarkPanel::bookmarksEdited, this, [this] {
        m_bookmarksEdited = true;
        updateTitle();
        if (m_autosaving)
            m_autosaveTimer.start();
    });

    // The lesson shows on the first start where the screen leaves the plots room beside it; after
    // that the docks stay as the user left them.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool roomy = screen && screen->availableGeometry().width() >= 1600;
    QSettings settings;
    m_lessonDock->setVisible(settings.value(QStringLiteral("view/lessonVisible"), roomy).toBool());
    m_bookmarkDock->setVisible(settings.value(QStringLiteral("view/bookmarksVisible"), roomy).toBool());
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
    widgets::emphasize(shown);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (auto *panel = qobject_cast<widgets::PlotPanel *>(watched))
            m_currentPanel = panel->objectName();
        if (!m_mouseGesture && watched->isWidgetType() && isAncestorOf(static_cast<QWidget *>(watched))) {
            m_mouseGesture = true;
            m_history->beginGesture();
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_mouseGesture) {
            m_mouseGesture = false;
            m_history->endGesture();
        }
        break;
    case QEvent::KeyPress: {
        // A presentation clicker sends Page Up / Page Down: in presentation mode they walk the
        // bookmarks, whichever control has the focus.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool inWindow
            = watched->isWidgetType() && (watched == this || isAncestorOf(static_cast<QWidget *>(watched)));
        if (m_presenting && inWindow && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)) {
            goToBookmark(key->key() == Qt::Key_PageDown ? 1 : -1);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

widgets::Theme MainWindow::shownTheme() const
{
    widgets::Theme shown = m_theme;
    if (m_presenting) {
        // The chosen colours (a dark room keeps dark) with the presentation theme's lines, and type
        // as large as six panels on one 1080p screen allow; zoom in for a single large panel.
        const widgets::Theme projector = widgets::Theme::presentation();
        shown.fontSize = kPresentingFontSize;
        shown.legendScale = projector.legendScale;
        shown.lineScale = projector.lineScale;
    }
    shown.fontSize *= m_zoom;
    shown.lineScale *= std::sqrt(m_zoom); // lines thicken more slowly than type grows
    return shown;
}

void MainWindow::setTheme(const widgets::Theme &theme)
{
    m_theme = theme;
    QSettings().setValue(QStringLiteral("view/theme"), theme.name);
    if (auto *action = findChild<QAction *>(QStringLiteral("theme-") + theme.name))
        action->setChecked(true);
    showTheme();
}

void MainWindow::showTheme()
{
    const widgets::Theme shown = shownTheme();
    // Restyled in place: the same panels, with their connections and this window's event filter.
    for (widgets::PlotPanel *panel : std::as_const(m_panels))
        panel->setTheme(shown);
    QFont controlsFont = m_baseFont;
    const double scale = m_zoom * (m_presenting ? 1.5 : 1.0);
    controlsFont.setPointSizeF(m_baseFont.pointSizeF() * scale);
    centralWidget()->setFont(controlsFont);
    m_lessonDock->setFont(controlsFont);
    m_bookmarkDock->setFont(controlsFont);
    applyConcealment();
}

void MainWindow::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
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
    if (auto *action = findChild<QAction *>(QStringLiteral("presentationMode")))
        action->setChecked(presenting);
    if (auto *action = findChild<QAction *>(QStringLiteral("leavePresentation")))
        action->setEnabled(presenting);
    showTheme();
    statusBar()->showMessage(presenting ? tr("Presentation mode: Page Down and Page Up go through the bookmarks; "
                                             "F5 or Esc ends it")
                                        : QString(),
                             8000);
}

void MainWindow::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - 1.0) < 0.01)
        zoom = 1.0; // zooming in and out again comes back to exactly 1
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    showTheme();
    statusBar()->showMessage(tr("Zoom %1%").arg(std::lround(zoom * 100)), 3000);
}

void MainWindow::setPrediction(Prediction prediction)
{
    m_prediction = prediction;
    m_concealing = prediction != Prediction::Off;
    for (QAction *action : findChildren<QAction *>(QStringLiteral("prediction"))) {
        if (action->data().toInt() == int(prediction))
            action->setChecked(true);
    }
    applyConcealment();
}

void MainWindow::reveal()
{
    if (!m_concealing)
        return;
    m_concealing = false;
    m_revealed = m_state->snapshot();
    applyConcealment();
}

void MainWindow::applyConcealment()
{
    using widgets::PlotPanel;
    const PlotPanel::Concealment concealment = !m_concealing ? PlotPanel::Concealment::None
        : m_prediction == Prediction::NumbersAndCurves       ? PlotPanel::Concealment::NumbersAndCurves
                                                             : PlotPanel::Concealment::Numbers;
    for (PlotPanel *panel : m_panels)
        panel->setConcealment(concealment);
    m_readouts->setConcealed(m_concealing);
}

void MainWindow::stateChanged()
{
    // In prediction mode a new question starts with every change: hide the answers again.
    if (m_prediction != Prediction::Off && !m_concealing && !(m_state->snapshot() == m_revealed)) {
        m_concealing = true;
        applyConcealment();
    }
    updateTitle();
    if (m_autosaving)
        m_autosaveTimer.start();
}

Session MainWindow::session() const
{
    return {m_state->snapshot(), m_theme.name, m_bookmarks->bookmarks()};
}

std::optional<QString> MainWindow::applySession(const Session &session)
{
    // The theme is checked before anything changes, so a refusal leaves everything as it was.
    const std::optional<widgets::Theme> theme
        = session.theme.isEmpty() ? std::optional(m_theme) : widgets::Theme::byName(session.theme);
    if (!theme)
        return tr("unknown theme “%1”").arg(session.theme);
    stopMotion();
    if (auto refusal = m_state->restore(session.state))
        return refusal;
    m_bookmarks->setBookmarks(session.bookmarks);
    if (theme->name != m_theme.name)
        setTheme(*theme);
    m_history->clear();
    m_bookmarksEdited = false;
    updateTitle();
    return std::nullopt;
}

std::optional<QString> MainWindow::openSession(const QString &path)
{
    try {
        const Session opened = readSessionFile(path);
        if (auto refusal = applySession(opened)) {
            showProblem(tr("Could not open the session"), tr("%1: %2").arg(QFileInfo(path).fileName(), *refusal));
            return refusal;
        }
    } catch (const SessionError &e) {
        const QString reason = QString::fromUtf8(e.what());
        showProblem(tr("Could not open the session"), reason);
        return reason;
    }
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_history->stack()->setClean();
    rememberRecent(m_sessionPath);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_sessionPath)), 5000);
    return std::nullopt;
}

std::optional<QString> MainWindow::saveSession(const QString &path)
{
    try {
        writeSessionFile(path, session());
    } catch (const SessionError &e) {
        const QString reason = QString::fromUtf8(e.what());
        showProblem(tr("Could not save the session"), reason);
        return reason;
    }
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_history->stack()->setClean();
    m_bookmarksEdited = false;
    rememberRecent(m_sessionPath);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_sessionPath)), 5000);
    return std::nullopt;
}

void MainWindow::save()
{
    if (m_sessionPath.isEmpty())
        showSaveDialog();
    else
        saveSession(m_sessionPath);
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open session"), QFileInfo(m_sessionPath).path(),
                                   tr("EntropyLab sessions (*.entropylab *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openSession(path); });
    dialog->open();
}

void MainWindow::showSaveDialog()
{
    const QString start = m_sessionPath.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("lesson") + QStringLiteral(".entropylab"))
        : m_sessionPath;
    auto *dialog = new QFileDialog(this, tr("Save session"), start, tr("EntropyLab sessions (*.entropylab)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("entropylab"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveSession(path); });
    dialog->open();
}

QStringList MainWindow::recentSessions() const
{
    return QSettings().value(QStringLiteral("session/recent")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentSessions();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings settings;
    settings.setValue(QStringLiteral("session/recent"), recent.mid(0, kMaxRecentSessions));
    settings.setValue(QStringLiteral("session/file"), path);
}

void MainWindow::showRecentSessions(QMenu *menu)
{
    menu->clear();
    int number = 0;
    for (const QString &path : recentSessions()) {
        const QString text = QStringLiteral("&%1 %2").arg(++number).arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(text, this, [this, path] { openSession(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (number == 0)
        menu->addAction(tr("No sessions yet"))->setEnabled(false);
    else
        menu->addSeparator();
    menu->addAction(tr("&Clear the list"), this, [] { QSettings().remove(QStringLiteral("session/recent")); })
        ->setEnabled(number > 0);
}

void MainWindow::copyState()
{
    QGuiApplication::clipboard()->setText(stateToString(m_state->snapshot()));
    statusBar()->showMessage(tr("Copied the state: paste it into EntropyLab with Edit > Paste state"), 5000);
}

std::optional<QString> MainWindow::pasteState(const QString &text)
{
    try {
        const widgets::LessonSnapshot pasted = stateFromString(text);
        stopMotion();
        if (auto refusal = m_state->restore(pasted)) {
            showProblem(tr("Could not paste the state"), *refusal);
            return refusal;
        }
    } catch (const SessionError &e) {
        const QString reason = QString::fromUtf8(e.what());
        showProblem(tr("Could not paste the state"),
                    tr("The clipboard does not hold an EntropyLab state: %1").arg(reason));
        return reason;
    }
    statusBar()->showMessage(tr("Pasted the state"), 5000);
    return std::nullopt;
}

QString MainWindow::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave.entropylab"));
}

void MainWindow::restoreLastSession()
{
    m_autosaving = true;
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return;
    std::optional<QString> refusal;
    try {
        refusal = applySession(readSessionFile(path));
    } catch (const SessionError &e) {
        refusal = QString::fromUtf8(e.what());
    }
    if (refusal) {
        // Kept aside, not overwritten by the next autosave: a newer version may still read it.
        const QString aside = path + QStringLiteral(".refused");
        QFile::remove(aside);
        QFile::rename(path, aside);
        statusBar()->showMessage(
            tr("The last session was not restored (kept as %1): %2").arg(QDir::toNativeSeparators(aside), *refusal),
            10000);
        return;
    }
    // The file it came from, if any: Save writes there again.
    const QString file = QSettings().value(QStringLiteral("session/file")).toString();
    m_sessionPath = QFileInfo::exists(file) ? file : QString();
    updateTitle();
}

void MainWindow::autosave()
{
    m_autosaveTimer.stop();
    if (!m_autosaving)
        return;
    QDir().mkpath(QFileInfo(autosavePath()).path());
    try {
        writeSessionFile(autosavePath(), session());
    } catch (const SessionError &e) {
        statusBar()->showMessage(tr("Could not autosave the session: %1").arg(QString::fromUtf8(e.what())), 8000);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    autosave();
    QSettings settings;
    // Presenting hides the side panels for a while; what the user chose is what they were before.
    const QPair<bool, bool> docks
        = m_presenting ? m_docksBeforePresenting : qMakePair(m_lessonDock->isVisible(), m_bookmarkDock->isVisible());
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
    const QString name = m_sessionPath.isEmpty() ? tr("Untitled") : QFileInfo(m_sessionPath).fileName();
    setWindowTitle(tr("%1[*] — EntropyLab").arg(name));
    setWindowModified(!m_history->stack()->isClean() || m_bookmarksEdited);
}

void MainWindow::addBookmark()
{
    // Added at once under a numbered name, which is then open for typing: no dialog in the way.
    const int index = m_bookmarks->add(tr("Bookmark %1").arg(m_bookmarks->bookmarks().size() + 1), m_state->snapshot());
    if (index < 0) {
        showProblem(tr("Could not add the bookmark"), tr("A session holds at most %1 bookmarks").arg(kMaxBookmarks));
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
            showProblem(tr("Export failed"), QString::fromStdString(e.what()));
        }
    });
    dialog->open();
}

void MainWindow::copyFigure()
{
    widgets::PlotPanel *shown = panel(m_currentPanel);
    shown->hideHover(); // the crosshair follows the mouse; it is not part of the figure
    widgets::FigureOptions options;
    options.width = shown->width();
    options.height = shown->height();
    options.scale = shown->devicePixelRatioF();
    options.theme = shown->theme();
    auto *mime = new QMimeData;
    mime->setImageData(widgets::renderImage(shown, options));
    options.format = widgets::FigureFormat::Svg;
    mime->setData(QStringLiteral("image/svg+xml"), widgets::renderFigure(shown, options));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied the figure “%1”").arg(shown->title()), 5000);
}

void MainWindow::createMenus()
{
    menuBar()->addMenu(createFileMenu());
    menuBar()->addMenu(createEditMenu());
    menuBar()->addMenu(createViewMenu());
    menuBar()->addMenu(createBookmarkMenu());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(tr("Ctrl+/")), this, &MainWindow::showKeyboardShortcuts);
    help->addAction(tr("&About EntropyLab"), this, &MainWindow::showAbout);
}

QMenu *MainWindow::createFileMenu()
{
    auto *file = new QMenu(tr("&File"), this);
    file->addAction(tr("&Open session…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { showRecentSessions(recent); });
    file->addAction(tr("&Save session"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save session &as…"), QKeySequence(tr("Ctrl+Shift+S")), this, &MainWindow::showSaveDialog);
    file->addSeparator();
    file->addAction(tr("&Export figure…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::showExportDialog);
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::showPreferences);
    file->addAction(tr("Reset to the &defaults"), this, [this] {
        stopMotion();
        m_state->reset();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    return file;
}

QMenu *MainWindow::createEditMenu()
{
    auto *edit = new QMenu(tr("&Edit"), this);
    // A glide or a sweep still running is finished first, so it cannot overwrite what undo restores.
    QUndoStack *stack = m_history->stack();
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo, &QAction::triggered, this, [this, stack] {
        stopMotion();
        stack->undo();
    });
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(redo, &QAction::triggered, this, [this, stack] {
        stopMotion();
        stack->redo();
    });
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Copy figure"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyFigure);
    edit->addAction(tr("Copy &state"), QKeySequence(tr("Ctrl+Alt+C")), this, &MainWindow::copyState);
    edit->addAction(tr("&Paste state"), QKeySequence(tr("Ctrl+Alt+V")), this,
                    [this] { pasteState(QGuiApplication::clipboard()->text()); });
    return edit;
}

QMenu *MainWindow::createViewMenu()
{
    auto *view = new QMenu(tr("&View"), this);
    QAction *presenting = view->addAction(tr("&Presentation mode"), QKeySequence(tr("F5")), this,
                                          [this](bool on) { setPresenting(on); });
    presenting->setCheckable(true);
    presenting->setObjectName(QStringLiteral("presentationMode"));
    // Esc leaves presentation mode, as in slide software; outside it Esc does nothing here.
    auto *leave = new QAction(this);
    leave->setObjectName(QStringLiteral("leavePresentation"));
    leave->setShortcut(Qt::Key_Escape);
    leave->setEnabled(false); // Esc belongs to editors and dialogs unless presenting
    connect(leave, &QAction::triggered, this, [this] { setPresenting(false); });
    addAction(leave);
    // Ctrl+= zooms in without Shift on US keyboards; ZoomIn adds the platform's own keys.
    view->addAction(tr("Zoom &in"), this, [this] { setZoom(m_zoom * kZoomStep); })
        ->setShortcuts(
            distinct({QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++")), QKeySequence(QKeySequence::ZoomIn)}));
    view->addAction(tr("Zoom &out"), this, [this] { setZoom(m_zoom / kZoomStep); })
        ->setShortcuts(distinct({QKeySequence(tr("Ctrl+-")), QKeySequence(QKeySequence::ZoomOut)}));
    view->addAction(tr("&Actual size"), QKeySequence(tr("Ctrl+0")), this, [this] { setZoom(1.0); });
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
    view->addSeparator();
    QMenu *predict = view->addMenu(tr("Predict, then re&veal"));
    auto *predictGroup = new QActionGroup(this);
    const QList<QPair<Prediction, QString>> modes
        = {{Prediction::Off, tr("&Off: show every number")},
           {Prediction::Numbers, tr("Hide the &numbers")},
           {Prediction::NumbersAndCurves, tr("Hide the numbers and the &curves")}};
    for (const auto &[mode, text] : modes) {
        QAction *action = predict->addAction(text, this, [this, mode = mode] { setPrediction(mode); });
        action->setCheckable(true);
        action->setChecked(mode == m_prediction);
        action->setData(int(mode));
        action->setObjectName(QStringLiteral("prediction"));
        predictGroup->addAction(action);
    }
    predict->actions()[1]->setShortcut(QKeySequence(tr("F6")));
    predict->addSeparator();
    predict->addAction(tr("&Reveal"), QKeySequence(tr("R")), this, &MainWindow::reveal);
    view->addSeparator();
    QAction *lesson = m_lessonDock->toggleViewAction();
    lesson->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(lesson);
    QAction *bookmarks = m_bookmarkDock->toggleViewAction();
    bookmarks->setShortcut(QKeySequence(tr("Ctrl+B")));
    view->addAction(bookmarks);
    return view;
}

QMenu *MainWindow::createBookmarkMenu()
{
    auto *menu = new QMenu(tr("&Bookmarks"), this);
    menu->addAction(tr("&Add bookmark"), QKeySequence(tr("Ctrl+D")), this, &MainWindow::addBookmark);
    menu->addAction(tr("&Next bookmark"), QKeySequence(tr("Alt+PgDown")), this, [this] { goToBookmark(1); });
    menu->addAction(tr("&Previous bookmark"), QKeySequence(tr("Alt+PgUp")), this, [this] { goToBookmark(-1); });
    return menu;
}

QList<QPair<QString, QString>> MainWindow::keyboardShortcuts() const
{
    QList<QPair<QString, QString>> rows = {
        {tr("Move the focused slider by 0.01"), tr("Left, Right (or Down, Up)")},
        {tr("Move it by 0.1"), tr("Page Down, Page Up")},
        {tr("Move it by 0.001"), tr("Shift + Left, Right")},
        {tr("Set it to 0 or 1"), tr("Home, End")},
        {tr("Go to the next control"), tr("Tab (Shift+Tab goes back)")},
        {tr("Next / previous bookmark in presentation mode"), tr("Page Down, Page Up (a clicker's keys)")},
        {tr("Leave presentation mode"), tr("Esc")},
    };
    for (const QMenu *menu : findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows.append({plainText(action), keys.join(tr(" or "))});
        }
    }
    return rows;
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = keyboardShortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString before = effectiveLanguage(); // the dialog stores the new setting when accepted
    connect(dialog, &QDialog::accepted, this, [this, before] {
        if (effectiveLanguage() != before)
            emit languageChangeRequested(effectiveLanguage());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About EntropyLab"),
                                tr("<p><b>EntropyLab %1</b></p><p>Information, entropy, KL divergence and cross "
                                   "entropy, and why cross entropy is the loss of logistic regression.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::stopMotion()
{
    m_transition->finish();
    for (widgets::ProbabilitySlider *slider : m_controls->sliders())
        slider->setPlaying(false);
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
