#pragma once

#include "widgets/model/bookmark.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace app {

// Lecture bookmarks: named states of the lesson with a speaker note, in the order of the lecture.
// The list is the panel's; the window saves it in the session and moves the lesson to a bookmark
// when goTo() asks. Names are edited in place (F2 or double-click), notes in the box below.
class BookmarkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BookmarkPanel(QWidget *parent = nullptr);

    const QList<widgets::Bookmark> &bookmarks() const { return m_bookmarks; }
    void setBookmarks(const QList<widgets::Bookmark> &bookmarks);
    // Appends a bookmark of `state` shown on `panel` named `name`, makes it current and returns its index.
    int add(const QString &name, const widgets::LessonSnapshot &state, const QString &panel = {});
    // The bookmark last gone to or selected; -1 for none.
    int current() const { return m_current; }
    // Makes `index` current and emits goTo(index); out of range does nothing.
    void go(int index);
    void goNext() { go(m_current + 1); }
    void goPrevious() { go(std::max(m_current - 1, 0)); }

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_addButton; }
    QPlainTextEdit *noteEditor() const { return m_note; }

signals:
    // The lesson should move to this bookmark's state.
    void goTo(int index, const widgets::LessonSnapshot &state);
    // A bookmark was added, removed, renamed, moved, re-noted or updated.
    void bookmarksEdited();
    // The window asks for the current state to store in the selected bookmark.
    void updateRequested(int index);
    // The Add button: the window adds the current state as a new bookmark (as Bookmarks > Add).
    void addRequested();

public slots:
    // Stores `state` and `panel` in bookmark `index`; out of range does nothing.
    void replaceState(int index, const widgets::LessonSnapshot &state, const QString &panel = {});

private:
    void showList();
    void select(int index);
    void removeCurrent();
    void moveCurrent(int by);
    void enableButtons();

    QList<widgets::Bookmark> m_bookmarks;
    int m_current = -1;
    QListWidget *m_list;
    QPlainTextEdit *m_note;
    QLabel *m_noteLabel;
    QPushButton *m_addButton;
    QPushButton *m_goButton;
    QPushButton *m_updateButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
};

} // namespace app
