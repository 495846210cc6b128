#include "document.h"

#include "classroom.h"
#include "widgets/model/lessonhistory.h"

#include "widgets/model/lessonstate.h"
#include "widgets/model/refusal.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace app {

namespace {

const QString kRecentKey = QStringLiteral("session/recent");
const QString kLastFileKey = QStringLiteral("session/file");

} // namespace

Document::Document(widgets::LessonState *state, ClassroomModes *modes, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_modes(modes)
    , m_history(new widgets::LessonHistory(state, this))
{
    connect(m_state, &widgets::LessonState::changed, this, &Document::stateChanged);
    connect(m_history->stack(), &QUndoStack::cleanChanged, this, &Document::updateModified);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(kAutosaveDelay);
    connect(&m_autosaveTimer, &widgets::ClockTimer::timeout, this, &Document::autosave);
}

Document::~Document()
{
    m_autosaveTimer.stop();
    // The history goes with this object; the undo stack saying it is clean must not call back.
    disconnect(m_history->stack(), nullptr, this, nullptr);
}

widgets::Session Document::session() const
{
    return {m_state->snapshot(), m_modes->theme().name, m_bookmarks};
}

std::optional<QString> Document::applySession(const widgets::Session &session)
{
    // The theme is checked before anything changes, so a refusal leaves everything as it was.
    const std::optional<widgets::Theme> theme
        = session.theme.isEmpty() ? std::optional(m_modes->theme()) : widgets::Theme::byName(session.theme);
    if (!theme)
        return tr("unknown theme “%1”").arg(session.theme);
    emit aboutToReplaceState();
    if (auto refusal = m_state->restore(session.state))
        return refusal;
    m_bookmarks = session.bookmarks.mid(0, widgets::kMaxBookmarks);
    emit bookmarksReplaced(m_bookmarks);
    if (theme->name != m_modes->theme().name)
        m_modes->setTheme(*theme);
    m_history->clear();
    m_bookmarksEdited = false;
    updateModified();
    return std::nullopt;
}

std::optional<QString> Document::open(const QString &path)
{
    const QString title = tr("Could not open the session");
    try {
        const widgets::Session opened = widgets::readSessionFile(path);
        if (auto refusal = applySession(opened))
            return refuse(title, tr("%1: %2").arg(QFileInfo(path).fileName(), *refusal), *refusal);
    } catch (const widgets::SessionError &e) {
        const QString reason = widgets::errorText(e);
        return refuse(title, reason, reason);
    }
    m_history->stack()->setClean();
    remember(QFileInfo(path).absoluteFilePath());
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return std::nullopt;
}

std::optional<QString> Document::save(const QString &path)
{
    try {
        widgets::writeSessionFile(path, session());
    } catch (const widgets::SessionError &e) {
        const QString reason = widgets::errorText(e);
        return refuse(tr("Could not save the session"), reason, reason);
    }
    m_history->stack()->setClean();
    m_bookmarksEdited = false;
    remember(QFileInfo(path).absoluteFilePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return std::nullopt;
}

std::optional<QString> Document::refuse(const QString &title, const QString &text, const QString &reason)
{
    emit problem(title, text);
    return reason;
}

void Document::setBookmarks(const QList<widgets::Bookmark> &bookmarks)
{
    m_bookmarks = bookmarks.mid(0, widgets::kMaxBookmarks);
    m_bookmarksEdited = true;
    updateModified();
    if (m_autosaving)
        m_autosaveTimer.start();
}

QStringList Document::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void Document::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged();
}

// Makes `path` the document's file, first in the recent files and the one a restart saves to.
void Document::remember(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecentFiles));
    settings.setValue(kLastFileKey, path);
    emit recentFilesChanged();
    setPath(path);
    updateModified();
}

void Document::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged(path);
}

void Document::updateModified()
{
    const bool modified = !m_history->stack()->isClean() || m_bookmarksEdited;
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void Document::copyState()
{
    QGuiApplication::clipboard()->setText(widgets::stateToString(m_state->snapshot()));
    emit message(tr("Copied the state: paste it into EntropyLab with Edit > Paste state"), 5000);
}

std::optional<QString> Document::pasteState(const QString &text)
{
    const QString title = tr("Could not paste the state");
    try {
        const widgets::LessonSnapshot pasted = widgets::stateFromString(text);
        emit aboutToReplaceState();
        if (auto refusal = m_state->restore(pasted))
            return refuse(title, *refusal, *refusal);
    } catch (const widgets::SessionError &e) {
        const QString reason = widgets::errorText(e);
        return refuse(title, tr("The clipboard does not hold an EntropyLab state: %1").arg(reason), reason);
    }
    emit message(tr("Pasted the state"), 5000);
    return std::nullopt;
}

void Document::undo()
{
    emit aboutToReplaceState();
    m_history->stack()->undo();
}

void Document::redo()
{
    emit aboutToReplaceState();
    m_history->stack()->redo();
}

void Document::reset()
{
    emit aboutToReplaceState();
    m_state->reset();
}

QString Document::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave.entropylab"));
}

QString Document::refusedAutosavePath()
{
    return autosavePath() + QStringLiteral(".refused");
}

std::optional<QString> Document::restoreLastSession()
{
    m_autosaving = true;
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return std::nullopt;
    std::optional<QString> refusal;
    try {
        refusal = applySession(widgets::readSessionFile(path));
    } catch (const widgets::SessionError &e) {
        refusal = widgets::errorText(e);
    }
    if (refusal) {
        // Kept aside, not overwritten by the next autosave: a newer version may still read it.
        const QString aside = refusedAutosavePath();
        QFile::remove(aside);
        QFile::rename(path, aside);
        emit message(
            tr("The last session was not restored (kept as %1): %2").arg(QDir::toNativeSeparators(aside), *refusal),
            10000);
        return refusal;
    }
    // The file it came from, if any: Save writes there again.
    const QString file = QSettings().value(kLastFileKey).toString();
    setPath(QFileInfo::exists(file) ? file : QString());
    return std::nullopt;
}

void Document::autosave()
{
    m_autosaveTimer.stop();
    if (!m_autosaving)
        return;
    QDir().mkpath(QFileInfo(autosavePath()).path());
    try {
        widgets::writeSessionFile(autosavePath(), session());
    } catch (const widgets::SessionError &e) {
        emit message(tr("Could not autosave the session: %1").arg(widgets::errorText(e)), 8000);
    }
}

void Document::stateChanged()
{
    updateModified();
    if (m_autosaving)
        m_autosaveTimer.start();
}

} // namespace app
