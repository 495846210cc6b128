#pragma once

#include "lessonstate.h"

#include <QString>

namespace widgets {

inline constexpr int kMaxBookmarks = 200; // per session
inline constexpr int kMaxBookmarkNameLength = 100; // characters (code points)
inline constexpr int kMaxNoteLength = 4000; // characters (code points)

// A named lesson state with a speaker note, one stop of a lecture. A session keeps them in lecture
// order; the window's BookmarkPanel (app/) lists and edits them, parseSession checks them. Going
// to one shows its panel (in presentation, the one the focus view shows).
struct Bookmark
{
    QString name; // one line, 1..kMaxBookmarkNameLength characters, no control character
    QString note; // may span lines, at most kMaxNoteLength characters
    LessonSnapshot state;
    QString panel; // the panel shown at it, one of panelNames(); empty = none recorded
    bool operator==(const Bookmark &) const = default;
};

} // namespace widgets
