#pragma once

#include "bookmark.h"
#include "lessonstate.h"
#include "refusal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <stdexcept>

// Sessions of a lesson: its parameters, theme and lecture bookmarks as a JSON file, and the lesson
// state alone as a one-line "copy state" string a student pastes to a teacher. Both are untrusted
// input: anything malformed, truncated, of a newer version, too large or hostile is refused with a
// SessionError naming the problem, never read in part.
namespace widgets {

struct Session
{
    widgets::LessonSnapshot state; // the lesson's parameters
    QString theme; // a widgets::Theme name ("light", "dark", "presentation"); empty = not given
    QList<Bookmark> bookmarks; // in lecture order
    bool operator==(const Session &) const = default;
};

// Why a session or state string was refused: one line of English, UTF-8 in what(), and the gate's
// refusal when the state broke one of its rules; widgets::errorText(e) says it translated.
using SessionError = InputError;

inline constexpr int kSessionFormatVersion = 1;
inline constexpr qint64 kMaxSessionBytes = 1024 * 1024; // files larger are refused before reading them whole
// UTF-16 code units, before trimming. The longest valid state (64 outcomes, 40-byte non-ASCII
// labels, each byte %-encoded, all locked) takes about 11,300.
inline constexpr int kMaxStateStringLength = 16384;

// The session as indented UTF-8 JSON:
//   {"format": "entropylab-session", "version": 1, "theme": "dark",
//    "state": {"p": [..], "q": [..], "labels": [..], "focus": 0, "y": 1, "yhat": 0.8, "unit": "bits",
//              "lockedP": [false, ..], "lockedQ": [false, ..]},
//    "bookmarks": [{"name": "..", "note": "..", "state": {..}, "panel": "kl"}]}
// "theme" and a bookmark's "panel" are left out when empty. Doubles are written shortest round-trip, so a valid session
// (states as LessonState::snapshot() gives them) reads back equal (but see parseSession).
QByteArray sessionToJson(const Session &session);

// Reads what sessionToJson writes. Throws SessionError naming the key ("state.q: the entries sum to
// 0.9, not 1", "bookmarks[3].name is missing; ...") or the encoding or JSON syntax problem.
// The JSON follows the one policy of widgets/model/jsonreader.h: no UTF-8 (a UTF-16 byte-order
// mark, NUL bytes, invalid sequences), a top level that is not an object and a key given twice in
// one object are refused; unknown keys are ignored, so a newer version may add keys without raising
// the version. Refused besides: "format" other than "entropylab-session", "version" not an integer
// or above kSessionFormatVersion, numbers given as strings, a state core::validate refuses (sizes,
// entries, labels by core::labelsProblem, locks, focus, y, yhat, unit; the SessionError then
// carries the refusal for widgets::errorText), an unknown theme, a bookmark's "panel" not one of panelNames(), more than kMaxBookmarks bookmarks,
// a bookmark name empty, over kMaxBookmarkNameLength or with a control character, a note over
// kMaxNoteLength or with a control character but tab and line breaks.
// Optional: "theme" (empty), "bookmarks" (none), "lockedP" / "lockedQ" (nothing locked), a
// bookmark's "note" (empty) and "panel" (empty; added after version 1 without raising it, as the
// unknown-keys rule allows: an older EntropyLab ignores it).
// Two entries become core::Distribution::binary(first). More entries go through
// core::Distribution::fromEntries, which divides by their sum: entries whose sum rounds to 1 -+ 1
// ulp come back 1 ulp off (about one state in seven); the editor's states are such.
Session parseSession(const QByteArray &json);

// parseSession on the file's bytes. Refuses, before opening it, anything but a regular file (a
// directory, FIFO, device) and files over kMaxSessionBytes; never reads more than
// kMaxSessionBytes + 1 bytes. Throws SessionError "<file name>: <problem>".
Session readSessionFile(const QString &path);

// Writes sessionToJson(session) through QSaveFile: the old file stays whole until the new one is
// complete. Refuses (SessionError naming the path, file untouched) a session parseSession would
// refuse, and any failure to create, write or rename.
void writeSessionFile(const QString &path, const Session &session);

// The copy-state string: one line of printable ASCII, e.g.
//   entropylab:1;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits
//   entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;labels=Sun,Rain,Snow;focus=1;lockedP=0,2;y=1;yhat=0.8;unit=nats
// Two outcomes give p and q as the first entry x (the distribution is (x, 1 - x)); more give all
// entries. Numbers are shortest round-trip. labels is left out when they are core::unnamedLabels(n)
// ("1", "0" for two outcomes, "A", "B", ... for more), focus when 0, lockedP / lockedQ (0-based
// indices) when nothing is locked. In labels, ',', ';', '%', '=', spaces, control and non-ASCII
// characters are percent-encoded (UTF-8).
QString stateToString(const widgets::LessonSnapshot &state);

// Reads what stateToString writes, spaces and line breaks around it allowed. Throws SessionError
// for a string longer than kMaxStateStringLength, a character outside printable ASCII (U+0020 to
// U+007E) once the spaces around it are trimmed, a wrong prefix or version, an unknown, repeated
// or missing key (p, q, y, yhat, unit are required), a number core::parseNumber refuses ("nan",
// "1e999", "0,5" where one number is due), a broken %-escape, or a state core::validate refuses.
// Labels left out are core::unnamedLabels(n). Exactness is as for parseSession.
widgets::LessonSnapshot stateFromString(const QString &text);

} // namespace widgets
