#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QMenu;

namespace app {

class ClassroomModes;
class Document;
class MainWindow;

// The window's menu bar: File, Edit, View, Bookmarks, Help, and the keys that are not on a menu
// (Esc leaving presentation mode). The menus are the one table of commands and their shortcuts:
// Help > Keyboard shortcuts lists what they hold, with the sliders' keys before them. Commands on
// the lesson go to the Document and the ClassroomModes; the checked items follow their signals.
// File > Open, Save as, Export, Preferences and the Help dialogs open here, without blocking.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    // Fills `window`'s menu bar; the actions are the window's descendants.
    MainMenus(MainWindow *window, Document *document, ClassroomModes *modes);

    // Every shortcut, as (what it does, keys): the sliders' and presentation keys, then each menu
    // item with keys, in menu order, as the Help table shows them.
    QList<QPair<QString, QString>> keyboardShortcuts() const;
    void showKeyboardShortcuts();

    // File > Open and Save as: the file dialogs, open without blocking; choosing a file opens or
    // saves it through the Document.
    void showOpenDialog();
    void showSaveDialog();
    // File > Save: to the document's file, or Save as for an untitled one.
    void save();
    // File > Export: the dialog for the window's current panel and theme; accepting it exports.
    void showExportDialog();
    // Edit > Copy figure: the current panel as on screen, as an image and as SVG.
    void copyFigure();

signals:
    // Preferences changed the language: main() builds a new window in it, with this session.
    void languageChangeRequested(const QString &language);

private:
    QMenu *createFileMenu();
    QMenu *createEditMenu();
    QMenu *createViewMenu();
    // Next and previous panel, and the overview grid, for presentation mode's focus view.
    void addFocusKeys(QMenu *view);
    void addThemes(QMenu *view);
    void addPredictions(QMenu *view);
    QMenu *createBookmarkMenu();
    QMenu *createHelpMenu();
    void showRecentFiles(QMenu *menu);
    void showPreferences();
    void showAbout();

    MainWindow *m_window;
    Document *m_document;
    ClassroomModes *m_modes;
};

} // namespace app
