#pragma once

#include "widgets/model/session.h"
#include "widgets/clock.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace widgets {
class LessonHistory;
class LessonState;
} // namespace widgets

namespace app {

class ClassroomModes;

// The lesson as a document: its state with the undo history, the lecture bookmarks and the chosen
// theme make the session, which it opens from and saves to files, autosaves and restores, and
// copies and pastes as a line of text. It shows nothing itself: problems come back as values (the
// reason, as the file formats word it) and as problem() for the window to put in a dialog; what
// happened as message() for a status bar. It links no widgets (QtGui only, for QUndoStack and the
// clipboard): the window connects it to the bookmark list, whose edits come in by setBookmarks().
class Document : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;
    static constexpr int kAutosaveDelay = 1000; // milliseconds after a change, on the current Clock

    // Works on `state` and keeps its undo history; the session's theme is `modes`'s chosen one.
    // The autosave timer runs on the Clock current now (the fuzz command's manual clock).
    Document(widgets::LessonState *state, ClassroomModes *modes, QObject *parent = nullptr);
    ~Document() override;

    widgets::LessonState *state() const { return m_state; }
    widgets::LessonHistory *history() const { return m_history; }

    // The file last opened or saved (absolute), or restored from; empty for an untitled lesson.
    QString path() const { return m_path; }
    // Changed since it was opened or saved: a recorded undo step or an edit of the bookmarks.
    bool isModified() const { return m_modified; }

    // The lesson's state, the chosen theme's name and the bookmarks.
    widgets::Session session() const;
    // Becomes `session` and starts a fresh undo history, or refuses (nothing changed) saying why:
    // an unknown theme, a state LessonState::restore() refuses. An empty theme keeps the current.
    std::optional<QString> applySession(const widgets::Session &session);
    // Reads the file and applies it; on success the path is remembered, the document unmodified
    // and first in recentFiles(). A refusal leaves everything as it was.
    std::optional<QString> open(const QString &path);
    // Writes the session to `path` (see writeSessionFile); on success as open().
    std::optional<QString> save(const QString &path);

    // In lecture order. setBookmarks() is an edit (the list's own, as the user made it): the
    // document becomes modified. applySession() replaces them and says so with bookmarksReplaced().
    const QList<widgets::Bookmark> &bookmarks() const { return m_bookmarks; }
    void setBookmarks(const QList<widgets::Bookmark> &bookmarks);

    // The files opened or saved, newest first, at most kMaxRecentFiles (kept in the settings).
    QStringList recentFiles() const;
    void clearRecentFiles();

    // Edit > Copy state / Paste state: the lesson as a short line of text (stateToString).
    void copyState();
    std::optional<QString> pasteState(const QString &text);

    // Undo, redo and File > Reset, after finishing any motion (aboutToReplaceState()).
    void undo();
    void redo();
    void reset();

    // Restores the session autosaved when the app last closed (or crashed) and keeps autosaving
    // from now on. A file it refuses is kept aside at refusedAutosavePath() and the refusal
    // returned; no file is no refusal.
    std::optional<QString> restoreLastSession();
    static QString autosavePath();
    static QString refusedAutosavePath();
    bool isAutosaving() const { return m_autosaving; }
    // Writes the autosave now (otherwise kAutosaveDelay after a change, and when the window
    // closes); does nothing before restoreLastSession().
    void autosave();

signals:
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);
    // applySession() put these in place of the old ones.
    void bookmarksReplaced(const QList<widgets::Bookmark> &bookmarks);
    void recentFilesChanged();
    // The state is about to be replaced (undo, redo, reset, paste, a session): finish every glide
    // and sweep first, so none overwrites it.
    void aboutToReplaceState();
    // Something the user asked for failed: a title and the text, for a dialog.
    void problem(const QString &title, const QString &text);
    // What happened, for a status bar, shown for `milliseconds`.
    void message(const QString &text, int milliseconds);

private:
    void stateChanged();
    void updateModified();
    void setPath(const QString &path);
    void remember(const QString &path);
    std::optional<QString> refuse(const QString &title, const QString &text, const QString &reason);

    widgets::LessonState *m_state;
    ClassroomModes *m_modes;
    widgets::LessonHistory *m_history;
    QList<widgets::Bookmark> m_bookmarks;
    QString m_path;
    bool m_bookmarksEdited = false;
    bool m_modified = false;
    bool m_autosaving = false;
    widgets::ClockTimer m_autosaveTimer;
};

} // namespace app
