#pragma once

#include "figurejob.h"
#include "widgets/model/session.h"
#include "widgets/clock.h"
#include "widgets/theme.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class QDockWidget;
class QMenu;
class QTabWidget;

namespace widgets {
class ControlPanel;
class LessonHistory;
class DistributionEditor;
class LessonPanel;
class SamplingPanel;
class LessonState;
class PlotPanel;
class ReadoutPanel;
class StateTransition;
class TrainingLab;
} // namespace widgets

namespace app {

class BookmarkPanel;

// The lesson window: the controls on top, then three pages around one LessonState: "Two outcomes",
// the plot panels in two rows of resizable splitters with the readouts; "Many outcomes", the
// distribution editor beside the contributions, the code lengths and sampling; and "Why cross
// entropy?", logistic regression trained with either loss. At the side, the
// guided lesson and the lecture bookmarks. It keeps the session (its file, undo, autosave) and
// the classroom modes: presentation, zoom, and predict-then-reveal.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `language` ("en", "zh_CN") picks the guided lesson's text, as the translator does the menus'.
    explicit MainWindow(const QString &language = QStringLiteral("en"), QWidget *parent = nullptr);
    ~MainWindow() override;

    widgets::LessonState *state() const { return m_state; }
    widgets::ControlPanel *controls() const { return m_controls; }
    widgets::ReadoutPanel *readouts() const { return m_readouts; }
    // The pages: "Two outcomes" (the lesson), "Many outcomes" (the distribution editor) and "Why
    // cross entropy?" (the training lab).
    QTabWidget *pages() const { return m_pages; }
    widgets::DistributionEditor *editor() const { return m_editor; }
    widgets::SamplingPanel *samplingPanel() const;
    widgets::LessonPanel *lessonPanel() const { return m_lesson; }
    // The third page: logistic regression trained with cross entropy and with squared error.
    widgets::TrainingLab *trainingLab() const { return m_lab; }
    BookmarkPanel *bookmarkPanel() const { return m_bookmarks; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    QDockWidget *bookmarkDock() const { return m_bookmarkDock; }
    widgets::LessonHistory *history() const { return m_history; }
    // Information, binary entropy, cross entropy, KL, loss, the distributions: in the lesson's order.
    const QList<widgets::PlotPanel *> &panels() const { return m_panels; }
    widgets::PlotPanel *panel(const QString &name) const;
    // The panel last clicked (the first one at the start): what Export and Copy figure take.
    QString currentPanel() const { return m_currentPanel; }
    void setCurrentPanel(const QString &name);
    // Shows the page holding the panel, makes it current and frames it for a moment.
    void showPanel(const QString &name);

    // The theme chosen in View > Theme (remembered); the panels show it zoomed, and with the
    // presentation theme's sizes while presenting.
    const widgets::Theme &theme() const { return m_theme; }
    widgets::Theme shownTheme() const;
    void setTheme(const widgets::Theme &theme);

    // Presentation mode (F5): full screen, projector-sized type and lines.
    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool presenting);
    // Magnifies plot type and lines and the controls' text: 1 is normal, from 0.5 to 3.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

    // Predict, then reveal: what is hidden until the class has guessed.
    enum class Prediction { Off, Numbers, NumbersAndCurves };
    Prediction prediction() const { return m_prediction; }
    void setPrediction(Prediction prediction);
    // Shows what the prediction mode hides, until the next change of a parameter.
    void reveal();
    bool isConcealing() const { return m_concealing; }

    // The session: the lesson's state, the theme and the bookmarks.
    widgets::Session session() const;
    // Becomes the session, or refuses (nothing changed) saying why.
    std::optional<QString> applySession(const widgets::Session &session);
    // File > Open and Save without their dialogs; failures are shown to the user and returned.
    std::optional<QString> openSession(const QString &path);
    std::optional<QString> saveSession(const QString &path);
    QString sessionPath() const { return m_sessionPath; }
    QStringList recentSessions() const;
    // Edit > Copy state / Paste state: the lesson as a short line of text.
    void copyState();
    std::optional<QString> pasteState(const QString &text);
    // Glides to the next (step 1) or previous (-1) bookmark, as Page Down / Page Up in presentation
    // mode; with none gone to yet, Page Down goes to the first.
    void goToBookmark(int step);
    // Restores the state the app had when it last closed (or crashed) and keeps it saved from now on.
    void restoreLastSession();
    static QString autosavePath();
    // Writes the autosave now (it is otherwise written a second after a change, and on close).
    void autosave();

    // Writes the job for the window's current state (which stays as it is); returns the files
    // written or throws ExportError.
    QStringList exportFigures(const FigureJob &job);
    // File > Export: the dialog, open without blocking; accepting it exports.
    void showExportDialog();
    // Edit > Copy figure: the current panel as on screen, as an image and as SVG.
    void copyFigure();
    // Help > Keyboard shortcuts: every shortcut of the menus and of the sliders, in a table.
    void showKeyboardShortcuts();
    // The rows of that table: (what it does, keys).
    QList<QPair<QString, QString>> keyboardShortcuts() const;

    // Paints every visible panel now rather than at the next frame; the panels redraw their
    // buffers as soon as the state changes, so this puts the current state on screen.
    void replotNow();

    QSize sizeHint() const override;

signals:
    // Preferences changed the language: main() builds a new window in it, with this session.
    void languageChangeRequested(const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    QWidget *createSamplingView();
    void createDocks(const QString &language);
    void createMenus();
    QMenu *createFileMenu();
    QMenu *createEditMenu();
    QMenu *createViewMenu();
    QMenu *createBookmarkMenu();
    void showAbout();
    void showPreferences();
    void showOpenDialog();
    void showSaveDialog();
    void save();
    void addBookmark();
    void rememberRecent(const QString &path);
    void showRecentSessions(QMenu *menu);
    void showProblem(const QString &title, const QString &text);
    void applyConcealment();
    void stateChanged();
    void updateTitle();
    // Rebuilds every panel in shownTheme() and scales the controls' text.
    void showTheme();
    // Finishes a glide to a bookmark and stops every sweep: before undo, paste or opening a session.
    void stopMotion();

    widgets::LessonState *m_state;
    widgets::LessonHistory *m_history;
    widgets::StateTransition *m_transition;
    widgets::ControlPanel *m_controls;
    widgets::ReadoutPanel *m_readouts;
    QList<widgets::PlotPanel *> m_panels;
    QTabWidget *m_pages = nullptr;
    widgets::DistributionEditor *m_editor = nullptr;
    widgets::LessonPanel *m_lesson = nullptr;
    widgets::TrainingLab *m_lab = nullptr;
    BookmarkPanel *m_bookmarks = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_bookmarkDock = nullptr;
    widgets::Theme m_theme;
    QString m_currentPanel;

    bool m_presenting = false;
    Qt::WindowStates m_statesBeforePresenting;
    QPair<bool, bool> m_docksBeforePresenting; // the lesson's and the bookmarks' visibility
    double m_zoom = 1.0;
    QFont m_baseFont;

    Prediction m_prediction = Prediction::Off;
    bool m_concealing = false;
    widgets::LessonSnapshot m_revealed; // the state the answers were revealed for

    QString m_sessionPath;
    bool m_bookmarksEdited = false;
    bool m_autosaving = false;
    widgets::ClockTimer m_autosaveTimer; // on the window's clock, as the fuzz drives it
    bool m_mouseGesture = false; // a mouse button is down in the window: one undo step
};

} // namespace app
