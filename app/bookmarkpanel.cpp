#include "bookmarkpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace app {

namespace {

// Text a session can hold: at most `limit` characters, never half of a surrogate pair, and no
// control characters but the line breaks and tabs a note may have. (A pasted tab in a name would
// otherwise make every later save refuse the session.)
QString storable(const QString &text, int limit, bool multiline)
{
    QString kept;
    int characters = 0;
    for (qsizetype i = 0; i < text.size() && characters < limit; ++i) {
        const QChar c = text[i];
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (c.isSurrogate() && !pair)
            continue;
        const bool allowedBreak = multiline && (c == u'\n' || c == u'\t' || c == u'\r');
        if (c.category() == QChar::Other_Control && !allowedBreak)
            continue;
        kept += c;
        if (pair)
            kept += text[++i];
        ++characters;
    }
    return multiline ? kept : kept.trimmed();
}

} // namespace

BookmarkPanel::BookmarkPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_noteLabel(new QLabel(tr("Speaker &note:"), this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_goButton(new QPushButton(tr("&Go"), this))
    , m_updateButton(new QPushButton(tr("&Update"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_upButton(new QPushButton(tr("Move up"), this))
    , m_downButton(new QPushButton(tr("Move down"), this))
{
    m_list->setAccessibleName(tr("Lecture bookmarks"));
    m_list->setToolTip(tr("Double-click or press Enter to go to a bookmark; F2 renames it"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_note->setAccessibleName(tr("Speaker note of the selected bookmark"));
    m_note->setPlaceholderText(tr("What to say or ask at this bookmark"));
    m_note->setTabChangesFocus(true);
    m_noteLabel->setBuddy(m_note);
    m_addButton->setToolTip(tr("Save the lesson as it is now as a new bookmark (Ctrl+D)"));
    m_goButton->setToolTip(tr("Move the lesson to this bookmark"));
    m_updateButton->setToolTip(tr("Store the lesson as it is now in this bookmark"));
    m_removeButton->setToolTip(tr("Delete this bookmark"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addButton, 0, 0);
    buttons->addWidget(m_goButton, 0, 1);
    buttons->addWidget(m_updateButton, 1, 0);
    buttons->addWidget(m_removeButton, 1, 1);
    buttons->addWidget(m_upButton, 2, 0);
    buttons->addWidget(m_downButton, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &BookmarkPanel::select);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { go(m_list->row(item)); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        const QString name = storable(item->text(), widgets::kMaxBookmarkNameLength, false);
        if (row < 0 || row >= m_bookmarks.size() || name == m_bookmarks[row].name)
            return;
        if (name.isEmpty()) { // a bookmark keeps a name
            const QSignalBlocker blocker(m_list);
            item->setText(m_bookmarks[row].name);
            return;
        }
        m_bookmarks[row].name = name;
        emit bookmarksEdited();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_current < 0 || m_current >= m_bookmarks.size())
            return;
        m_bookmarks[m_current].note = storable(m_note->toPlainText(), widgets::kMaxNoteLength, true);
        emit bookmarksEdited();
    });
    connect(m_addButton, &QPushButton::clicked, this, &BookmarkPanel::addRequested);
    connect(m_goButton, &QPushButton::clicked, this, [this] { go(m_list->currentRow()); });
    connect(m_updateButton, &QPushButton::clicked, this, [this] { emit updateRequested(m_current); });
    connect(m_removeButton, &QPushButton::clicked, this, &BookmarkPanel::removeCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    showList();
}

void BookmarkPanel::setBookmarks(const QList<widgets::Bookmark> &bookmarks)
{
    m_bookmarks = bookmarks.mid(0, widgets::kMaxBookmarks);
    m_current = -1; // the lesson is not at any of them yet: the next one is the first
    showList();
}

int BookmarkPanel::add(const QString &name, const widgets::LessonSnapshot &state, const QString &panel)
{
    if (m_bookmarks.size() >= widgets::kMaxBookmarks)
        return -1;
    const QString kept = storable(name, widgets::kMaxBookmarkNameLength, false);
    m_bookmarks.append({kept.isEmpty() ? tr("Bookmark") : kept, QString(), state, panel});
    m_current = int(m_bookmarks.size()) - 1;
    showList();
    emit bookmarksEdited();
    return m_current;
}

void BookmarkPanel::go(int index)
{
    if (index < 0 || index >= m_bookmarks.size())
        return;
    select(index);
    emit goTo(index, m_bookmarks[index].state);
}

void BookmarkPanel::replaceState(int index, const widgets::LessonSnapshot &state, const QString &panel)
{
    if (index < 0 || index >= m_bookmarks.size()
        || (m_bookmarks[index].state == state && m_bookmarks[index].panel == panel))
        return;
    m_bookmarks[index].state = state;
    m_bookmarks[index].panel = panel;
    emit bookmarksEdited();
}

void BookmarkPanel::showList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const widgets::Bookmark &bookmark : m_bookmarks) {
        auto *item = new QListWidgetItem(bookmark.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(bookmark.note);
    }
    select(m_current);
}

void BookmarkPanel::select(int index)
{
    m_current = index >= 0 && index < m_bookmarks.size() ? index : -1;
    {
        const QSignalBlocker listBlocker(m_list);
        m_list->setCurrentRow(m_current);
        const QSignalBlocker noteBlocker(m_note);
        m_note->setPlainText(m_current >= 0 ? m_bookmarks[m_current].note : QString());
    }
    enableButtons();
}

void BookmarkPanel::enableButtons()
{
    const bool any = m_current >= 0;
    m_addButton->setEnabled(m_bookmarks.size() < widgets::kMaxBookmarks);
    m_note->setEnabled(any);
    m_goButton->setEnabled(any);
    m_updateButton->setEnabled(any);
    m_removeButton->setEnabled(any);
    m_upButton->setEnabled(any && m_current > 0);
    m_downButton->setEnabled(any && m_current + 1 < m_bookmarks.size());
}

void BookmarkPanel::removeCurrent()
{
    if (m_current < 0)
        return;
    m_bookmarks.removeAt(m_current);
    m_current = std::min(m_current, int(m_bookmarks.size()) - 1);
    showList();
    emit bookmarksEdited();
}

void BookmarkPanel::moveCurrent(int by)
{
    const int to = m_current + by;
    if (m_current < 0 || to < 0 || to >= m_bookmarks.size())
        return;
    m_bookmarks.move(m_current, to);
    m_current = to;
    showList();
    emit bookmarksEdited();
}

} // namespace app
