// Session files (widgets::parseSession): refused with a one-line SessionError, or a valid session that
// round-trips exactly through sessionToJson and, state by state, through the copy-state string.
#include "fuzzcheck.h"
#include "snapshotcheck.h"

#include "widgets/model/session.h"
#include "widgets/model/themenames.h"

ENTROPYLAB_FUZZ_TARGET(session)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    widgets::Session session;
    try {
        session = widgets::parseSession(json);
    } catch (const widgets::SessionError &e) {
        FUZZ_CHECK_MESSAGE(e.what(), true);
        return 0;
    }
    FUZZ_CHECK(size <= std::size_t(widgets::kMaxSessionBytes), "a session over the size limit was read");
    fuzz::checkSnapshot(session.state);
    FUZZ_CHECK(session.theme.isEmpty() || widgets::themeNames().contains(session.theme), fuzz::text(session.theme));
    FUZZ_CHECK(session.bookmarks.size() <= widgets::kMaxBookmarks, std::to_string(session.bookmarks.size()));
    for (const widgets::Bookmark &bookmark : session.bookmarks) {
        FUZZ_CHECK(!bookmark.name.isEmpty() && bookmark.name.toUcs4().size() <= widgets::kMaxBookmarkNameLength,
                   fuzz::text(bookmark.name));
        FUZZ_CHECK(bookmark.note.toUcs4().size() <= widgets::kMaxNoteLength, "note too long");
        fuzz::checkSnapshot(bookmark.state);
    }
    fuzz::checkSessionRoundTrip(session);
    fuzz::checkStateRoundTrip(session.state);
    for (const widgets::Bookmark &bookmark : session.bookmarks)
        fuzz::checkStateRoundTrip(bookmark.state);
    return 0;
}
