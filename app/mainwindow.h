#pragma once

#include "figurejob.h"

#include <QList>
#include <QMainWindow>

class QDockWidget;
class QStackedWidget;
class QTabWidget;

namespace widgets {
class ControlPanel;
class LessonHistory;
class DistributionEditor;
class LessonState;
class PlotPanel;
class ReadoutPanel;
class StateTransition;
class TrainingLab;
} // namespace widgets

namespace app {

class BookmarkPanel;
class ClassroomModes;
class FocusView;
class Document;
class MainMenus;
class PanelGrid;

// The lesson window: the controls on top, then three pages around one LessonState: "Two outcomes",
// the plot panels and the readouts in a PanelGrid (rows of resizable splitters, as many columns as
// give each plot its room, scrolling rather than squeezing); "Many outcomes", the distribution
// editor beside the contributions, the code lengths and sampling; and "Why cross entropy?",
// logistic regression trained with either loss. In presentation mode a FocusView shows one panel
// large in place of the pages. At the side, the guided lesson and the
// lecture bookmarks. It composes: the session is its Document, presentation, zoom, theme and
// predict-then-reveal its ClassroomModes, the menus its MainMenus, one undo step per gesture its
// UndoGestures; it shows what they report (dialogs, status bar, title) and restyles the panels
// when the modes change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `language` ("en", "zh_CN") picks the guided lesson's text, as the translator does the menus'.
    explicit MainWindow(const QString &language = QStringLiteral("en"), QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ClassroomModes *classroom() const { return m_modes; }
    MainMenus *menus() const { return m_menus; }

    widgets::ControlPanel *controls() const { return m_controls; }
    widgets::ReadoutPanel *readouts() const { return m_readouts; }
    // The pages: "Two outcomes" (the lesson), "Many outcomes" (the distribution editor) and "Why
    // cross entropy?" (the training lab).
    QTabWidget *pages() const { return m_pages; }
    BookmarkPanel *bookmarkPanel() const { return m_bookmarks; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    QDockWidget *bookmarkDock() const { return m_bookmarkDock; }
    // Information, binary entropy, cross entropy, KL, loss, the distributions: in the lesson's order.
    const QList<widgets::PlotPanel *> &panels() const { return m_panels; }
    widgets::PlotPanel *panel(const QString &name) const;
    // The panel last clicked (the first one at the start): what Export and Copy figure take.
    QString currentPanel() const { return m_currentPanel; }
    void setCurrentPanel(const QString &name);
    // Shows the page holding the panel, makes it current and frames it for a moment; in the
    // focus view, shows it there.
    void showPanel(const QString &name);

    // Presentation mode shows the focus view (the current panel, large) unless the overview grid
    // was asked for; outside presentation mode the grid is always shown.
    FocusView *focusView() const { return m_focus; }
    bool isFocusShown() const;
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }
    // The focus view's next (1) or previous (-1) panel; also the current panel afterwards.
    void stepFocus(int by);

    // Writes the job for the window's current state (which stays as it is); returns the files
    // written or throws ExportError.
    QStringList exportFigures(const FigureJob &job);
    // Bookmarks > Add bookmark: the state as it is now, under a numbered name open for typing.
    void addBookmark();
    // Glides to the next (step 1) or previous (-1) bookmark, as Page Down / Page Up in presentation
    // mode; with none gone to yet, Page Down goes to the first.
    void goToBookmark(int step);

    // A problem the user should read, in a message box that does not block.
    void showProblem(const QString &title, const QString &text);

    // Paints every visible panel now rather than at the next frame; the panels redraw their
    // buffers as soon as the state changes, so this puts the current state on screen.
    void replotNow();

    QSize sizeHint() const override;

signals:
    // Preferences changed the language: main() builds a new window in it, with this session.
    void languageChangeRequested(const QString &language);
    // The focus view replaced the grid (true) or the grid came back (false).
    void focusShownChanged(bool focus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    QWidget *createPages();
    void createDocks(const QString &language);
    void connectDocument();
    void connectClassroom();
    void updateTitle();
    void showPresenting(bool presenting);
    // The focus view or the grid, as presentation mode and the overview key say.
    void showFocusOrGrid();
    // The panel the lesson's current step shows, if it names one.
    void followLessonStep(int index);
    // Restyles every panel in the modes' shownTheme() and scales the controls' text.
    void showTheme();
    void applyConcealment();
    // Finishes a glide to a bookmark and stops every sweep: before undo, paste or opening a session.
    void stopMotion();

    widgets::LessonState *m_state;
    ClassroomModes *m_modes;
    Document *m_document;
    widgets::StateTransition *m_transition;
    widgets::ControlPanel *m_controls;
    widgets::ReadoutPanel *m_readouts;
    QList<widgets::PlotPanel *> m_panels;
    QTabWidget *m_pages = nullptr;
    PanelGrid *m_twoOutcomes = nullptr;
    PanelGrid *m_manyOutcomes = nullptr;
    QStackedWidget *m_views = nullptr; // the pages, or the focus view
    FocusView *m_focus = nullptr;
    bool m_overview = false;
    widgets::DistributionEditor *m_editor = nullptr;
    widgets::TrainingLab *m_lab = nullptr;
    BookmarkPanel *m_bookmarks = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_bookmarkDock = nullptr;
    MainMenus *m_menus = nullptr;
    QString m_currentPanel;
    QFont m_baseFont;
    Qt::WindowStates m_statesBeforePresenting;
    QPair<bool, bool> m_docksBeforePresenting; // the lesson's and the bookmarks' visibility
};

} // namespace app
