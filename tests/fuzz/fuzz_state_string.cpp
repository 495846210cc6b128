// The copy-state string (widgets::stateFromString) on UTF-8 decoded input: refused with a one-line
// SessionError, or a valid state that round-trips exactly through the string and a session file.
#include "fuzzcheck.h"
#include "snapshotcheck.h"

#include "widgets/model/session.h"

ENTROPYLAB_FUZZ_TARGET(state_string)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    widgets::LessonSnapshot state;
    try {
        state = widgets::stateFromString(text);
    } catch (const widgets::SessionError &e) {
        FUZZ_CHECK_MESSAGE(e.what(), true);
        return 0;
    }
    FUZZ_CHECK(text.size() <= widgets::kMaxStateStringLength, "a string over the length limit was read");
    fuzz::checkSnapshot(state);
    fuzz::checkStateRoundTrip(state);
    widgets::Session session;
    session.state = state;
    fuzz::checkSessionRoundTrip(session);
    return 0;
}
