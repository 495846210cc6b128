#pragma once

// Invariants of a lesson state read from untrusted input, shared by fuzz_session and
// fuzz_state_string: what LessonState::restore() accepts, and exact round trips through both formats.

#include "fuzzcheck.h"

#include "widgets/model/session.h"
#include "core/preset.h"
#include "core/units.h"
#include "widgets/model/lessonstate.h"

#include <QString>

#include <cmath>
#include <string>

namespace fuzz {

inline std::string text(const QString &s)
{
    return s.toStdString();
}

inline void checkDistribution(const core::Distribution &d, const char *which)
{
    long double sum = 0;
    for (const double x : d.probabilities()) {
        FUZZ_CHECK(std::isfinite(x) && x >= 0.0 && x <= 1.0, std::string(which) + " entry " + std::to_string(x));
        FUZZ_CHECK(!std::signbit(x), std::string(which) + " holds -0");
        sum += x;
    }
    FUZZ_CHECK(std::fabs(double(sum - 1.0L)) <= core::kSumTolerance,
               std::string(which) + " sums to " + std::to_string(double(sum)));
    FUZZ_CHECK(d.isBinary() == (d.size() == 2), std::string(which) + ": two outcomes are kept as binary(x)");
    if (d.isBinary())
        FUZZ_CHECK(d.binaryX() == d[0] && d[1] == 1.0 - d[0], std::string(which) + " is not (x, 1 - x)");
}

inline void checkSnapshot(const widgets::LessonSnapshot &s)
{
    const qsizetype n = qsizetype(s.p.size());
    FUZZ_CHECK(n >= qsizetype(core::kMinOutcomes) && n <= qsizetype(core::kMaxEditorOutcomes), std::to_string(n));
    FUZZ_CHECK(qsizetype(s.q.size()) == n && s.labels.size() == n && s.lockedP.size() == n && s.lockedQ.size() == n,
               "sizes differ");
    checkDistribution(s.p, "p");
    checkDistribution(s.q, "q");
    FUZZ_CHECK(!core::labelsProblem(widgets::labelsUtf8(s.labels)), "labels the one rule refuses");
    for (qsizetype i = 0; i < n; ++i) {
        const QString &label = s.labels[i];
        FUZZ_CHECK(!label.trimmed().isEmpty() && label.isValidUtf16(), "label " + text(label));
        FUZZ_CHECK(label.toUtf8().size() <= qsizetype(core::kMaxLabelLength), "label " + text(label));
        for (const QChar c : label)
            FUZZ_CHECK(c.category() != QChar::Other_Control, "a control character in label " + text(label));
        FUZZ_CHECK(s.labels.indexOf(label) == i, "label " + text(label) + " names two outcomes");
    }
    FUZZ_CHECK(s.focus >= 0 && s.focus < n, std::to_string(s.focus));
    FUZZ_CHECK(s.y == 0 || s.y == 1, std::to_string(s.y));
    FUZZ_CHECK(s.yhat >= 0.0 && s.yhat <= 1.0 && !std::signbit(s.yhat), std::to_string(s.yhat));
    FUZZ_CHECK(core::parseUnit(core::unitName(s.unit)) == s.unit, "unit");
}

// stateToString / stateFromString give back exactly what they were given.
inline void checkStateRoundTrip(const widgets::LessonSnapshot &s)
{
    const QString written = widgets::stateToString(s);
    for (const QChar c : written)
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7F, "not printable ASCII: " + text(written));
    widgets::LessonSnapshot back;
    try {
        back = widgets::stateFromString(written);
    } catch (const widgets::SessionError &e) {
        violated(__FILE__, __LINE__,
                 "stateToString wrote what stateFromString refuses: " + text(written) + " -- " + e.what());
    }
    FUZZ_CHECK(back == s,
               "the state string does not read back equal: " + text(written) + " reads back as "
                   + text(widgets::stateToString(back)));
}

// sessionToJson / parseSession give back exactly what they were given.
inline void checkSessionRoundTrip(const widgets::Session &session)
{
    const QByteArray json = widgets::sessionToJson(session);
    widgets::Session back;
    try {
        back = widgets::parseSession(json);
    } catch (const widgets::SessionError &e) {
        violated(__FILE__, __LINE__,
                 "sessionToJson wrote what parseSession refuses: " + json.toStdString() + " -- " + e.what());
    }
    FUZZ_CHECK(back == session,
               "the session does not read back equal: " + json.toStdString() + " reads back as "
                   + widgets::sessionToJson(back).toStdString());
}

} // namespace fuzz
