#include "mainmenus.h"

#include "classroom.h"
#include "document.h"
#include "exportdialog.h"
#include "widgets/model/lessonhistory.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "translations.h"

#include "widgets/figureexport.h"
#include "widgets/plotpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace app {

namespace {

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

// The menus and their submenus, depth first in menu-bar order.
void collectMenus(const QList<QAction *> &actions, QList<const QMenu *> &menus)
{
    for (const QAction *action : actions) {
        if (const QMenu *menu = action->menu()) {
            menus.append(menu);
            collectMenus(menu->actions(), menus);
        }
    }
}

} // namespace

MainMenus::MainMenus(MainWindow *window, Document *document, ClassroomModes *modes)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_modes(modes)
{
    QMenuBar *bar = window->menuBar();
    bar->addMenu(createFileMenu());
    bar->addMenu(createEditMenu());
    bar->addMenu(createViewMenu());
    bar->addMenu(createBookmarkMenu());
    bar->addMenu(createHelpMenu());
}

QMenu *MainMenus::createFileMenu()
{
    auto *file = new QMenu(tr("&File"), m_window);
    file->addAction(tr("&Open session…"), QKeySequence::Open, this, &MainMenus::showOpenDialog);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { showRecentFiles(recent); });
    file->addAction(tr("&Save session"), QKeySequence::Save, this, &MainMenus::save);
    file->addAction(tr("Save session &as…"), QKeySequence(tr("Ctrl+Shift+S")), this, &MainMenus::showSaveDialog);
    file->addSeparator();
    file->addAction(tr("&Export figure…"), QKeySequence(tr("Ctrl+E")), this, &MainMenus::showExportDialog);
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, &MainMenus::showPreferences);
    file->addAction(tr("Reset to the &defaults"), m_document, &Document::reset);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    return file;
}

QMenu *MainMenus::createEditMenu()
{
    auto *edit = new QMenu(tr("&Edit"), m_window);
    // A glide or a sweep still running is finished first, so it cannot overwrite what undo restores.
    QUndoStack *stack = m_document->history()->stack();
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo, &QAction::triggered, m_document, &Document::undo);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(redo, &QAction::triggered, m_document, &Document::redo);
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Copy figure"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainMenus::copyFigure);
    edit->addAction(tr("Copy &state"), QKeySequence(tr("Ctrl+Alt+C")), m_document, &Document::copyState);
    edit->addAction(tr("&Paste state"), QKeySequence(tr("Ctrl+Alt+V")), m_document,
                    [this] { m_document->pasteState(QGuiApplication::clipboard()->text()); });
    return edit;
}

QMenu *MainMenus::createViewMenu()
{
    auto *view = new QMenu(tr("&View"), m_window);
    QAction *presenting = view->addAction(tr("&Presentation mode"), QKeySequence(tr("F5")), m_modes,
                                          [this](bool on) { m_modes->setPresenting(on); });
    presenting->setCheckable(true);
    presenting->setObjectName(QStringLiteral("presentationMode"));
    // Esc leaves presentation mode, as in slide software; outside it Esc does nothing here.
    auto *leave = new QAction(this);
    leave->setObjectName(QStringLiteral("leavePresentation"));
    leave->setShortcut(Qt::Key_Escape);
    leave->setEnabled(false); // Esc belongs to editors and dialogs unless presenting
    connect(leave, &QAction::triggered, m_modes, [this] { m_modes->setPresenting(false); });
    m_window->addAction(leave);
    connect(m_modes, &ClassroomModes::presentingChanged, this, [presenting, leave](bool on) {
        presenting->setChecked(on);
        leave->setEnabled(on);
    });
    addFocusKeys(view);
    // Ctrl+= zooms in without Shift on US keyboards; ZoomIn adds the platform's own keys.
    view->addAction(tr("Zoom &in"), m_modes, &ClassroomModes::zoomIn)
        ->setShortcuts(
            distinct({QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++")), QKeySequence(QKeySequence::ZoomIn)}));
    view->addAction(tr("Zoom &out"), m_modes, &ClassroomModes::zoomOut)
        ->setShortcuts(distinct({QKeySequence(tr("Ctrl+-")), QKeySequence(QKeySequence::ZoomOut)}));
    view->addAction(tr("&Actual size"), QKeySequence(tr("Ctrl+0")), m_modes, [this] { m_modes->setZoom(1.0); });
    addThemes(view);
    view->addSeparator();
    addPredictions(view);
    view->addSeparator();
    QAction *lesson = m_window->lessonDock()->toggleViewAction();
    lesson->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(lesson);
    QAction *bookmarks = m_window->bookmarkDock()->toggleViewAction();
    bookmarks->setShortcut(QKeySequence(tr("Ctrl+B")));
    view->addAction(bookmarks);
    return view;
}

void MainMenus::addFocusKeys(QMenu *view)
{
    // Presentation mode's focus view: the keys act only while presenting, so outside it Ctrl+Page
    // Up/Down and O stay free for the controls.
    QAction *next = view->addAction(tr("&Next panel"), QKeySequence(tr("Ctrl+PgDown")), m_window,
                                    [this] { m_window->stepFocus(1); });
    QAction *previous = view->addAction(tr("Pre&vious panel"), QKeySequence(tr("Ctrl+PgUp")), m_window,
                                        [this] { m_window->stepFocus(-1); });
    QAction *overview = view->addAction(tr("&Overview of all panels"), QKeySequence(tr("O")), m_window,
                                        [this](bool on) { m_window->setOverview(on); });
    overview->setCheckable(true);
    next->setObjectName(QStringLiteral("nextPanel"));
    previous->setObjectName(QStringLiteral("previousPanel"));
    overview->setObjectName(QStringLiteral("overview"));
    for (QAction *action : {next, previous, overview})
        action->setEnabled(false);
    connect(m_modes, &ClassroomModes::presentingChanged, this, [next, previous, overview](bool on) {
        for (QAction *action : {next, previous, overview})
            action->setEnabled(on);
    });
    connect(m_window, &MainWindow::focusShownChanged, this, [this, next, previous, overview](bool focus) {
        next->setEnabled(focus);
        previous->setEnabled(focus);
        overview->setChecked(m_window->isOverview());
    });
}

void MainMenus::addThemes(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    for (const QString &name : widgets::Theme::names()) {
        const widgets::Theme theme = *widgets::Theme::byName(name);
        QAction *action = themes->addAction(theme.displayName(), m_modes, [this, theme] { m_modes->setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(name == m_modes->theme().name);
        action->setObjectName(QStringLiteral("theme-") + name);
        group->addAction(action);
    }
    connect(m_modes, &ClassroomModes::themeChanged, this, [themes](const widgets::Theme &theme) {
        if (auto *action = themes->findChild<QAction *>(QStringLiteral("theme-") + theme.name))
            action->setChecked(true);
    });
}

void MainMenus::addPredictions(QMenu *view)
{
    using Prediction = ClassroomModes::Prediction;
    QMenu *predict = view->addMenu(tr("Predict, then re&veal"));
    auto *group = new QActionGroup(this);
    const QList<QPair<Prediction, QString>> modes
        = {{Prediction::Off, tr("&Off: show every number")},
           {Prediction::Numbers, tr("Hide the &numbers")},
           {Prediction::NumbersAndCurves, tr("Hide the numbers and the &curves")}};
    for (const QPair<Prediction, QString> &mode : modes) {
        const Prediction chosen = mode.first;
        QAction *action = predict->addAction(mode.second, m_modes, [this, chosen] { m_modes->setPrediction(chosen); });
        action->setCheckable(true);
        action->setChecked(chosen == m_modes->prediction());
        action->setData(int(chosen));
        action->setObjectName(QStringLiteral("prediction"));
        group->addAction(action);
    }
    predict->actions()[1]->setShortcut(QKeySequence(tr("F6")));
    predict->addSeparator();
    predict->addAction(tr("&Reveal"), QKeySequence(tr("R")), m_modes, &ClassroomModes::reveal);
    connect(m_modes, &ClassroomModes::predictionChanged, this, [group](Prediction prediction) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == int(prediction));
    });
}

QMenu *MainMenus::createBookmarkMenu()
{
    auto *menu = new QMenu(tr("&Bookmarks"), m_window);
    menu->addAction(tr("&Add bookmark"), QKeySequence(tr("Ctrl+D")), m_window, &MainWindow::addBookmark);
    menu->addAction(tr("&Next bookmark"), QKeySequence(tr("Alt+PgDown")), m_window,
                    [this] { m_window->goToBookmark(1); });
    menu->addAction(tr("&Previous bookmark"), QKeySequence(tr("Alt+PgUp")), m_window,
                    [this] { m_window->goToBookmark(-1); });
    return menu;
}

QMenu *MainMenus::createHelpMenu()
{
    auto *help = new QMenu(tr("&Help"), m_window);
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(tr("Ctrl+/")), this, &MainMenus::showKeyboardShortcuts);
    help->addAction(tr("&About EntropyLab"), this, &MainMenus::showAbout);
    return help;
}

void MainMenus::showExportDialog()
{
    auto *dialog = new ExportDialog(m_window->currentPanel(), m_modes->theme().name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            const QStringList files = m_window->exportFigures(dialog->job());
            m_window->statusBar()->showMessage(files.size() == 1 ? tr("Exported %1").arg(files.front())
                                                                 : tr("Exported %n files", nullptr, int(files.size())),
                                               8000);
        } catch (const ExportError &e) {
            m_window->showProblem(tr("Export failed"), QString::fromStdString(e.what()));
        }
    });
    dialog->open();
}

void MainMenus::copyFigure()
{
    widgets::PlotPanel *shown = m_window->panel(m_window->currentPanel());
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
    m_window->statusBar()->showMessage(tr("Copied the figure “%1”").arg(shown->title()), 5000);
}

void MainMenus::showOpenDialog()
{
    auto *dialog = new QFileDialog(m_window, tr("Open session"), QFileInfo(m_document->path()).path(),
                                   tr("EntropyLab sessions (*.entropylab *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_document, [this](const QString &path) { m_document->open(path); });
    dialog->open();
}

void MainMenus::showSaveDialog()
{
    const QString start = m_document->path().isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("lesson") + QStringLiteral(".entropylab"))
        : m_document->path();
    auto *dialog = new QFileDialog(m_window, tr("Save session"), start, tr("EntropyLab sessions (*.entropylab)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("entropylab"));
    connect(dialog, &QFileDialog::fileSelected, m_document, [this](const QString &path) { m_document->save(path); });
    dialog->open();
}

void MainMenus::save()
{
    if (m_document->path().isEmpty())
        showSaveDialog();
    else
        m_document->save(m_document->path());
}

void MainMenus::showRecentFiles(QMenu *menu)
{
    menu->clear();
    int number = 0;
    for (const QString &path : m_document->recentFiles()) {
        const QString text = QStringLiteral("&%1 %2").arg(++number).arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(text, m_document, [this, path] { m_document->open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (number == 0)
        menu->addAction(tr("No sessions yet"))->setEnabled(false);
    else
        menu->addSeparator();
    menu->addAction(tr("&Clear the list"), m_document, &Document::clearRecentFiles)->setEnabled(number > 0);
}

QList<QPair<QString, QString>> MainMenus::keyboardShortcuts() const
{
    QList<QPair<QString, QString>> rows = {
        {tr("Move the focused slider by 0.01"), tr("Left, Right (or Down, Up)")},
        {tr("Move it by 0.1"), tr("Page Down, Page Up")},
        {tr("Move it by 0.001"), tr("Shift + Left, Right")},
        {tr("Set it to 0 or 1"), tr("Home, End")},
        {tr("Go to the next control"), tr("Tab (Shift+Tab goes back)")},
        {tr("Next / previous bookmark in presentation mode"), tr("Page Down, Page Up (a clicker's keys)")},
        {tr("Next / previous panel in the focus view"), tr("Right, Left")},
        {tr("Leave presentation mode"), tr("Esc")},
    };
    QList<const QMenu *> menus;
    collectMenus(m_window->menuBar()->actions(), menus);
    for (const QMenu *menu : menus) {
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

void MainMenus::showKeyboardShortcuts()
{
    auto *dialog = new QDialog(m_window);
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

void MainMenus::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString before = effectiveLanguage(); // the dialog stores the new setting when accepted
    connect(dialog, &QDialog::accepted, this, [this, before] {
        if (effectiveLanguage() != before)
            emit languageChangeRequested(effectiveLanguage());
    });
    dialog->open();
}

void MainMenus::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About EntropyLab"),
                                tr("<p><b>EntropyLab %1</b></p><p>Information, entropy, KL divergence and cross "
                                   "entropy, and why cross entropy is the loss of logistic regression.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace app
