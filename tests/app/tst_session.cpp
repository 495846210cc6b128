// Sessions and copy-state strings as a teacher receives them from students: exact round trips of
// what EntropyLab writes, and a clear refusal of anything else, from files and pasted text.
#include "core/preset.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/session.h"
#include "widgets/theme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using widgets::Bookmark;
using widgets::LessonSnapshot;
using widgets::Session;

namespace app {
// What QCOMPARE prints when two sessions differ.
char *toString(const Session &session)
{
    return qstrdup(sessionToJson(session).constData());
}
} // namespace app

namespace widgets {
char *toString(const LessonSnapshot &state)
{
    return qstrdup(widgets::stateToString(state).toUtf8().constData());
}
} // namespace widgets

namespace {

const QString kData = QStringLiteral(ENTROPYLAB_TEST_DATA "/sessions/");

LessonSnapshot defaultState()
{
    return widgets::LessonState().snapshot();
}

LessonSnapshot binaryState(double p, double q, int y, double yhat, core::Unit unit = core::Unit::Bits, int focus = 0)
{
    LessonSnapshot s = defaultState();
    s.p = core::Distribution::binary(p);
    s.q = core::Distribution::binary(q);
    s.y = y;
    s.yhat = yhat;
    s.unit = unit;
    s.focus = focus;
    return s;
}

// Weights normalised as the editor does, then again until the entries sum to exactly 1: only such
// distributions read back exactly (parseSession's header says why).
core::Distribution settled(const std::vector<double> &weights)
{
    core::Distribution d = core::Distribution::fromEntries(weights, core::Distribution::Sum::Normalize);
    for (int i = 0; i < 5; ++i) {
        const core::Distribution again = core::Distribution::fromEntries(d.probabilities());
        if (again == d)
            break;
        d = again;
    }
    return d;
}

// n >= 4 outcomes with awkward labels, some locked.
LessonSnapshot manyState(int n)
{
    std::vector<double> p, q;
    for (int i = 0; i < n; ++i) {
        p.push_back(double((i * 7919) % 1000 + 1)); // fixed pseudo-random weights, the same everywhere
        q.push_back(double((i * 104729) % 997 + 1));
    }
    q[std::size_t(n) - 1] = 0.0; // an impossible outcome
    LessonSnapshot s;
    s.p = settled(p);
    s.q = settled(q);
    for (const std::string &label : core::defaultLabels(std::size_t(n)))
        s.labels << QString::fromStdString(label);
    s.labels[0] = QStringLiteral("晴天");
    s.labels[1] = QStringLiteral("rain, heavy; 50%=half");
    s.labels[2] = QStringLiteral("\"quoted\" \\ back");
    s.labels[3] = QStringLiteral("🌧"); // outside the BMP: a surrogate pair
    s.lockedP = QVector<bool>(n, false);
    s.lockedQ = QVector<bool>(n, false);
    s.lockedP[0] = s.lockedP[n - 1] = true;
    s.lockedQ[1] = true;
    s.focus = n - 2;
    s.y = 0;
    s.yhat = 1.0 / 3.0;
    s.unit = core::Unit::Nats;
    return s;
}

// The longest copy-state string: every label 40 bytes of %-encoded UTF-8, long numbers, all locked.
LessonSnapshot longestState()
{
    LessonSnapshot s = manyState(64);
    std::vector<double> weights;
    for (int i = 0; i < 64; ++i)
        weights.push_back(1.0 + i / 7.0);
    weights[5] = 1e-300;
    s.p = settled(weights);
    std::reverse(weights.begin(), weights.end());
    s.q = settled(weights);
    for (int i = 0; i < 64; ++i)
        s.labels[i] = QString(12, u'晴') + QChar(u'a' + i / 26) + QChar(u'a' + i % 26); // 38 bytes, all different
    s.lockedP.fill(true);
    s.lockedQ.fill(true);
    s.focus = 63;
    s.yhat = 1.0 / 3.0;
    return s;
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const widgets::SessionError &e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("<no error>");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A valid session in the shape of the format description, for malformed variants of it.
const QByteArray kTemplate = R"({"format": "entropylab-session", "version": 1, "theme": "light",
 "state": {"p": [0.3, 0.7], "q": [0.6, 0.4], "labels": ["1", "0"], "focus": 0, "y": 1, "yhat": 0.8, "unit": "bits",
           "lockedP": [false, false], "lockedQ": [false, false]},
 "bookmarks": [{"name": "Fair coin", "note": "Ask: why?",
                "state": {"p": [0.5, 0.5], "q": [0.5, 0.5], "labels": ["1", "0"], "focus": 0, "y": 1, "yhat": 0.5,
                          "unit": "bits"}}]})";

// kTemplate with `from` (which must occur in it) replaced by `to`.
QByteArray variant(const QByteArray &from, const QByteArray &to)
{
    if (!kTemplate.contains(from))
        qFatal("the template holds no %s", from.constData());
    return QByteArray(kTemplate).replace(from, to);
}

QByteArray quotedList(const QString &item, int count)
{
    QStringList items;
    for (int i = 0; i < count; ++i)
        items << u'"' + item + u'"';
    return items.join(QStringLiteral(", ")).toUtf8();
}

QByteArray bookmarks(int count)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << R"({"name": "b", "state": {"p": [0.5, 0.5], "q": [0.5, 0.5], "labels": ["1", "0"], "focus": 0,)"
                 R"( "y": 1, "yhat": 0.5, "unit": "bits"}})";
    return "[" + items.join(", ") + "]";
}

} // namespace

Q_DECLARE_METATYPE(core::InputRule)

class SessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void json_roundTripsExactly_data();
    void json_roundTripsExactly();
    void json_hasTheDocumentedKeys();
    void json_sumOneUlpOffOne_readsBackExactly();
    void parse_readsMinusZeroAsZero();
    void parse_refusesAKeyGivenTwice();
    void parse_refusesMalformed_data();
    void parse_refusesMalformed();
    void parse_readsTheBookmarksPanel_data();
    void parse_readsTheBookmarksPanel();

    void readFile_goodFiles();
    void readFile_refusesBadFiles_data();
    void readFile_refusesBadFiles();
    void readFile_refusesWhatIsNoRegularFile();
    void readFile_refusesHugeFileWithoutReadingIt();

    void writeFile_thenRead_roundTrips();
    void writeFile_unwritablePath_refused();
    void writeFile_invalidSession_leavesFileIntact();
    void writeFile_failingWrite_leavesFileIntact();

    void string_roundTripsExactly_data();
    void string_roundTripsExactly();
    void string_exactText_data();
    void string_exactText();
    void string_toleratesPastedWhitespace();
    void string_refusesMalformed_data();
    void string_refusesMalformed();
    void badStates_areRefusedByTheGate_data();
    void badStates_areRefusedByTheGate();
};

void SessionTest::initTestCase()
{
    // Every state the tests call valid must be one LessonState accepts.
    widgets::LessonState state;
    for (const LessonSnapshot &s : {defaultState(), binaryState(0, 1, 0, 1), manyState(4), manyState(64)})
        QCOMPARE(state.restore(s), std::nullopt);
}

void SessionTest::json_roundTripsExactly_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("default") << Session {defaultState(), {}, {}};
    QTest::newRow("awkward 0.1, 1/3, 1e-300") << Session {binaryState(0.1, 1.0 / 3.0, 1, 1e-300), {}, {}};
    QTest::newRow("0, 1, 0.30000000000000004")
        << Session {binaryState(0.0, 1.0, 0, 0.30000000000000004, core::Unit::Nats), {}, {}};
    QTest::newRow("1, 0, 1, focus 1") << Session {binaryState(1.0, 0.0, 1, 1.0, core::Unit::Bans, 1), {}, {}};
    QTest::newRow("denormal 5e-324") << Session {binaryState(5e-324, 1.0 - 1e-16, 1, 5e-324), {}, {}};
    QTest::newRow("4 outcomes") << Session {manyState(4), {}, {}};
    QTest::newRow("64 outcomes, Unicode labels, locks") << Session {manyState(64), {}, {}};
    for (const QString &theme : widgets::Theme::names())
        QTest::addRow("theme %s", qPrintable(theme)) << Session {defaultState(), theme, {}};
    const QList<Bookmark> lecture {
        {QStringLiteral("Fair coin"),
         QStringLiteral("Ask: \"how surprised are you?\"\nThen flip it.\r\n\tTwice."),
         binaryState(0.5, 0.5, 1, 0.5),
         {}},
        {QStringLiteral("Weather 晴天"), QString(), manyState(5), QStringLiteral("kl")},
        {QStringLiteral("Certain"), QStringLiteral("Backslash \\ and 'quotes' and } braces {"),
         binaryState(1.0, 0.1, 1, 0.99), QStringLiteral("training")},
    };
    QTest::newRow("3 bookmarks") << Session {binaryState(0.2, 0.7, 0, 0.4), QStringLiteral("dark"), lecture};
}

void SessionTest::json_roundTripsExactly()
{
    QFETCH(Session, session);
    const QByteArray json = sessionToJson(session);
    QCOMPARE(widgets::parseSession(json), session);
    QCOMPARE(widgets::sessionToJson(widgets::parseSession(json)), json);
}

void SessionTest::json_hasTheDocumentedKeys()
{
    const Session session {binaryState(0.3, 0.6, 1, 0.8),
                           QStringLiteral("light"),
                           {{QStringLiteral("b"), QStringLiteral("n"), binaryState(0.5, 0.5, 1, 0.5), {}}}};
    const QJsonObject top = QJsonDocument::fromJson(widgets::sessionToJson(session)).object();
    QCOMPARE(top.keys(), (QStringList {"bookmarks", "format", "state", "theme", "version"}));
    QCOMPARE(top["format"].toString(), QStringLiteral("entropylab-session"));
    QCOMPARE(top["version"].toInt(), 1);
    QCOMPARE(top["theme"].toString(), QStringLiteral("light"));
    const QJsonObject state = top["state"].toObject();
    QCOMPARE(state.keys(), (QStringList {"focus", "labels", "lockedP", "lockedQ", "p", "q", "unit", "y", "yhat"}));
    QCOMPARE(state["p"].toArray(), (QJsonArray {0.3, 0.7}));
    QCOMPARE(state["q"].toArray(), (QJsonArray {0.6, 1.0 - 0.6}));
    QCOMPARE(state["labels"].toArray(), (QJsonArray {"1", "0"}));
    QCOMPARE(state["lockedP"].toArray(), (QJsonArray {false, false}));
    QCOMPARE(state["y"].toInt(), 1);
    QCOMPARE(state["yhat"].toDouble(), 0.8);
    QCOMPARE(state["unit"].toString(), QStringLiteral("bits"));
    const QJsonObject bookmark = top["bookmarks"].toArray().at(0).toObject();
    QCOMPARE(bookmark.keys(), (QStringList {"name", "note", "state"}));
    // No theme given: no key, not an empty one.
    QVERIFY(!QJsonDocument::fromJson(widgets::sessionToJson({defaultState(), {}, {}})).object().contains("theme"));
}

void SessionTest::json_sumOneUlpOffOne_readsBackExactly()
{
    // 1/22, 6/22, 15/22 as the editor normalises weights 1, 6, 15: their sum rounds to 1 - 1 ulp.
    // fromEntries keeps entries that miss 1 by rounding alone, so they read back bit-exact.
    LessonSnapshot s = manyState(4);
    s.p = core::Distribution::fromEntries(std::vector<double> {1, 6, 15, 0}, core::Distribution::Sum::Normalize);
    const LessonSnapshot read = widgets::parseSession(widgets::sessionToJson({s, {}, {}})).state;
    for (std::size_t i = 0; i < 4; ++i)
        QVERIFY2(std::abs(read.p[i] - s.p[i]) <= std::nextafter(s.p[i], 2.0) - s.p[i], qPrintable(QString::number(i)));
    QCOMPARE(read.p, s.p);
}

void SessionTest::parse_readsMinusZeroAsZero()
{
    const LessonSnapshot s
        = widgets::parseSession(variant("\"p\": [0.3, 0.7], \"q\": [0.6, 0.4]", "\"p\": [-0.0, 1], \"q\": [-0, 1.0]")
                                    .replace("\"yhat\": 0.8", "\"yhat\": -0.0"))
              .state;
    QCOMPARE(s.p, core::Distribution::binary(0.0));
    QVERIFY(!std::signbit(s.p[0]));
    QVERIFY(!std::signbit(s.q[0]));
    QVERIFY(!std::signbit(s.yhat));
    QCOMPARE(s.yhat, 0.0);
}

void SessionTest::parse_refusesAKeyGivenTwice()
{
    // QJsonDocument would keep the last of two equal keys; the loader refuses them instead, at
    // any depth and however the key is escaped. A value equal to a key is not a key.
    QVERIFY_THROWS_EXCEPTION(widgets::SessionError, widgets::parseSession(variant("\"y\": 1,", "\"y\": 2, \"y\": 0,")));
    QVERIFY_THROWS_EXCEPTION(widgets::SessionError,
                             widgets::parseSession(variant("\"y\": 1,", "\"y\": 1, \"\\u0079\": 1,")));
    try {
        widgets::parseSession(variant("\"version\": 1,", "\"version\": 1, \"version\": 1,"));
        QFAIL("a key given twice was accepted");
    } catch (const widgets::SessionError &e) {
        QVERIFY2(QByteArray(e.what()).contains("\"version\" appears twice"), e.what());
    }
    const Session session
        = widgets::parseSession(variant("\"unit\": \"bits\"", "\"unit\": \"bits\", \"note\": \"unit\""));
    QCOMPARE(session.state.unit, core::Unit::Bits);
}

void SessionTest::parse_refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &json, const QString &message) {
        QTest::newRow(name) << json << message;
    };
    const auto state = [](const QByteArray &from, const QByteArray &to) { return variant(from, to); };
    const QByteArray label41 = QByteArray(41, 'x');

    row("template is good", kTemplate, QStringLiteral("<no error>"));
    row("empty", "", "empty; a session is a JSON object");
    row("spaces only", "  \n", "not valid JSON: illegal value at offset 3");
    row("truncated", kTemplate.left(100), "not valid JSON: ");
    row("garbage after", kTemplate + " x", "not valid JSON: garbage at the end of the document");
    row("top-level array", "[1, 2]", "the top level is an array; a session is a JSON object");
    row("too deep", QByteArray(5000, '['), "not valid JSON: too deeply nested document");
    row("no format", variant("\"format\": \"entropylab-session\",", ""),
        "format is missing; expected \"entropylab-session\"");
    row("wrong format", variant("entropylab-session", "entropylab-preset"),
        "format: expected \"entropylab-session\", got \"entropylab-preset\" (is this an EntropyLab session?)");
    row("format a number", variant("\"entropylab-session\"", "1"),
        "format: expected \"entropylab-session\", got a number");
    row("version 2", variant("\"version\": 1", "\"version\": 2"),
        "written by a newer EntropyLab (format version 2; this one reads 1)");
    row("version \"1\"", variant("\"version\": 1", "\"version\": \"1\""), "version: expected an integer, got a string");
    row("version 1.5", variant("\"version\": 1", "\"version\": 1.5"), "version: expected an integer, got 1.5");
    row("version 0", variant("\"version\": 1", "\"version\": 0"), "version: 0 is not a format version");
    row("no version", variant("\"version\": 1,", ""), "version is missing; expected an integer");
    row("no state", "{\"format\": \"entropylab-session\", \"version\": 1}", "state is missing; expected an object");
    row("state an array", "{\"format\": \"entropylab-session\", \"version\": 1, \"state\": []}",
        "state: expected an object, got an array");
    row("p not an array", state("\"p\": [0.3, 0.7]", "\"p\": 0.3"),
        "state.p: expected an array of numbers, got a number");
    row("p missing", state("\"p\": [0.3, 0.7],", ""), "state.p is missing; expected an array of numbers");
    row("entry a string", state("[0.3, 0.7]", "[\"0.3\", 0.7]"), "state.p[0]: expected a number, got a string");
    row("entry null", state("[0.3, 0.7]", "[0.3, null]"), "state.p[1]: expected a number, got null");
    // QJsonDocument itself refuses numbers that overflow (or underflow) a double.
    row("entry 1e999", state("[0.3, 0.7]", "[1e999, 0.7]"), "not valid JSON: illegal number at offset");
    row("entry NaN", state("[0.3, 0.7]", "[NaN, 0.7]"), "not valid JSON: illegal number at offset 82");
    row("negative entry", state("[0.3, 0.7]", "[-0.1, 1.1]"), "state.p: entry 1 (-0.1) is negative");
    row("entry above 1", state("[0.6, 0.4]", "[1.5, -0.5]"), "state.q: entry 1 (1.5) is greater than 1");
    row("sum 0.9", state("[0.6, 0.4]", "[0.5, 0.4]"), "state.q: the entries sum to 0.9, not 1");
    row("one outcome", state("\"p\": [0.3, 0.7], \"q\": [0.6, 0.4]", "\"p\": [1], \"q\": [1]"),
        "state.p: 1 entry; a lesson has 2 to 64 outcomes");
    row("65 outcomes", state("[0.3, 0.7]", "[" + quotedList("0", 65).replace("\"", "") + "]"),
        "state.p: 65 entries; a lesson has 2 to 64 outcomes");
    row("p and q lengths differ", state("[0.3, 0.7]", "[0.3, 0.3, 0.4]"), "state.p: 3 entries, but q has 2");
    row("labels length differs", state("[\"1\", \"0\"], \"focus\"", "[\"1\"], \"focus\""),
        "state.labels: 1 label, but p has 2 entries");
    row("empty label", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"\"], \"focus\""),
        "state.labels[1]: the label is empty");
    row("label of 41 bytes", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"" + label41 + "\"], \"focus\""),
        "state.labels[1]: the label is 41 bytes of UTF-8; the limit is 40 bytes");
    row("label with a bell", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"a\\u0007\"], \"focus\""),
        "state.labels[1]: the label holds the control character U+0007");
    row("label a lone surrogate", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"\\ud800\"], \"focus\""),
        "state.labels[1]: the label holds a lone surrogate U+D800");
    row("label of spaces", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"  \"], \"focus\""),
        "state.labels[1]: the label is blank");
    row("label with a trailing space", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"0 \"], \"focus\""),
        "state.labels[1]: the label ends with the space U+0020");
    row("label with a zero-width space", state("[\"1\", \"0\"], \"focus\"", "[\"1\", \"0\\u200b\"], \"focus\""),
        "state.labels[1]: the label holds the invisible format character U+200B");
    row("label with a right-to-left override", state("[\"1\", \"0\"], \"focus\"", "[\"\\u202e1\", \"0\"], \"focus\""),
        "state.labels[0]: the label holds the invisible format character U+202E");
    row("labels the same", state("[\"1\", \"0\"], \"focus\"", "[\"a\", \"a\"], \"focus\""),
        "state.labels[1]: \"a\" names two outcomes (also state.labels[0])");
    row("label a number", state("[\"1\", \"0\"], \"focus\"", "[1, \"0\"], \"focus\""),
        "state.labels[0]: expected a string, got a number");
    row("focus out of range", state("\"focus\": 0, \"y\": 1, \"yhat\": 0.8", "\"focus\": 2, \"y\": 1, \"yhat\": 0.8"),
        "state.focus: 2 is not an outcome (0 to 1)");
    row("focus missing", state("\"focus\": 0, \"y\": 1, \"yhat\": 0.8", "\"y\": 1, \"yhat\": 0.8"),
        "state.focus is missing; expected an outcome index");
    row("y = 2", state("\"y\": 1, \"yhat\": 0.8", "\"y\": 2, \"yhat\": 0.8"), "state.y: 2 is not 0 or 1");
    row("y = 0.5", state("\"y\": 1, \"yhat\": 0.8", "\"y\": 0.5, \"yhat\": 0.8"), "state.y: 0.5 is not 0 or 1");
    row("y = true", state("\"y\": 1, \"yhat\": 0.8", "\"y\": true, \"yhat\": 0.8"),
        "state.y: expected 0 or 1, got true/false");
    row("yhat = 1.5", state("\"yhat\": 0.8", "\"yhat\": 1.5"), "state.yhat: 1.5 is outside [0, 1]");
    row("yhat a string", state("\"yhat\": 0.8", "\"yhat\": \"0.8\""),
        "state.yhat: expected a number in [0, 1], got a string");
    row("unit furlongs", state("\"unit\": \"bits\",", "\"unit\": \"furlongs\","),
        "state.unit: \"furlongs\" is not a unit (bits, nats, bans or hartleys)");
    row("unit Bits", state("\"unit\": \"bits\",", "\"unit\": \"Bits\","), "state.unit: \"Bits\" is not a unit");
    row("lockedP too short", state("\"lockedP\": [false, false]", "\"lockedP\": [false]"),
        "state.lockedP: 1 entry, but p has 2");
    row("lockedQ of numbers", state("\"lockedQ\": [false, false]", "\"lockedQ\": [0, 0]"),
        "state.lockedQ[0]: expected true or false, got a number");
    row("theme neon", variant("\"light\"", "\"neon\""), "theme: \"neon\" is not a theme (light, dark, presentation)");
    row("theme empty", variant("\"light\"", "\"\""), "theme: \"\" is not a theme");
    row("theme a number", variant("\"light\"", "3"), "theme: expected a theme name, got a number");
    row("bookmarks not an array", variant("\"bookmarks\": [", "\"bookmarks\": {\"x\": ").replace("}}]}", "}}}}"),
        "bookmarks: expected an array of bookmarks, got an object");
    row("bookmark a string", variant("\"bookmarks\": [", "\"bookmarks\": [\"b\", "),
        "bookmarks[0]: expected an object, got a string");
    row("bookmark without name", variant("\"name\": \"Fair coin\",", ""),
        "bookmarks[0].name is missing; expected a string");
    row("bookmark name empty", variant("\"Fair coin\"", "\"\""), "bookmarks[0].name: empty");
    row("bookmark name of 101 characters", variant("\"Fair coin\"", "\"" + QString(101, u'晴').toUtf8() + "\""),
        "bookmarks[0].name: 101 characters; at most 100");
    row("bookmark name of two lines", variant("\"Fair coin\"", "\"Fair\\ncoin\""),
        "bookmarks[0].name: holds the control character U+000A");
    row("note of 4001 characters", variant("\"Ask: why?\"", "\"" + QByteArray(4001, 'n') + "\""),
        "bookmarks[0].note: 4001 characters; at most 4000");
    row("note with an escape", variant("\"Ask: why?\"", "\"\\u001b[31m\""),
        "bookmarks[0].note: holds the control character U+001B");
    row("bookmark without state",
        variant(",\n                \"state\": {\"p\": [0.5, 0.5]", ", \"x\": {\"p\": [0.5, 0.5]"),
        "bookmarks[0].state is missing; expected an object");
    row("bookmark state wrong", variant("\"q\": [0.5, 0.5]", "\"q\": [0.5, 0.4]"),
        "bookmarks[0].state.q: the entries sum to 0.9, not 1");
    row("bookmark panel kl", variant("\"note\": \"Ask: why?\",", "\"note\": \"Ask: why?\", \"panel\": \"kl\","),
        "<no error>");
    row("bookmark panel unknown", variant("\"note\": \"Ask: why?\",", "\"note\": \"Ask: why?\", \"panel\": \"KL\","),
        "bookmarks[0].panel: \"KL\" is not a panel (information, entropy, cross-entropy, kl, ");
    row("bookmark panel empty", variant("\"note\": \"Ask: why?\",", "\"note\": \"Ask: why?\", \"panel\": \"\","),
        "bookmarks[0].panel: \"\" is not a panel");
    row("bookmark panel a number", variant("\"note\": \"Ask: why?\",", "\"note\": \"Ask: why?\", \"panel\": 3,"),
        "bookmarks[0].panel: expected a panel name, got a number");
    row("200 bookmarks", variant(kTemplate.mid(kTemplate.indexOf("[{\"name\"")), bookmarks(200) + "}"), "<no error>");
    row("201 bookmarks", variant(kTemplate.mid(kTemplate.indexOf("[{\"name\"")), bookmarks(201) + "}"),
        "bookmarks: 201 bookmarks; at most 200");
    QByteArray utf16 = "\xFF\xFE";
    for (const char c : kTemplate)
        utf16 += QByteArray(1, c) + '\0';
    row("UTF-16 with BOM", utf16, "UTF-16 text; a session is UTF-8 (save it as UTF-8)");
    row("invalid UTF-8", variant("Ask: why?", "Ask: \xC0\xAF"), "not valid UTF-8 text");
    row("UTF-8 surrogate", variant("Ask: why?", "Ask: \xED\xA0\x80"), "not valid UTF-8 text");
    row("NUL byte", variant("Ask: why?", QByteArray("Ask\0", 4)), "a NUL byte at offset ");
}

void SessionTest::parse_refusesMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString error = errorOf([&] { widgets::parseSession(json); });
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void SessionTest::parse_readsTheBookmarksPanel_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("panel");
    const auto withPanel = [](const QByteArray &panel) {
        return variant("\"note\": \"Ask: why?\",", "\"note\": \"Ask: why?\", \"panel\": " + panel + ',');
    };
    QTest::newRow("none (a file from before the key)") << kTemplate << QString();
    QTest::newRow("kl") << withPanel("\"kl\"") << QStringLiteral("kl");
    QTest::newRow("cross-entropy") << withPanel("\"cross-entropy\"") << QStringLiteral("cross-entropy");
    QTest::newRow("training, last of the names") << withPanel("\"training\"") << QStringLiteral("training");
}

void SessionTest::parse_readsTheBookmarksPanel()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, panel);
    const Session session = widgets::parseSession(json);
    QCOMPARE(session.bookmarks.size(), 1);
    QCOMPARE(session.bookmarks[0].panel, panel);
    // Written back only when there is one: an older EntropyLab's file stays as it was.
    const QJsonObject written = QJsonDocument::fromJson(widgets::sessionToJson(session)).object();
    QCOMPARE(written["bookmarks"].toArray().at(0).toObject().contains("panel"), !panel.isEmpty());
}

void SessionTest::readFile_goodFiles()
{
    const Session binary = widgets::readSessionFile(kData + QStringLiteral("good-binary.json"));
    QCOMPARE(binary.theme, QStringLiteral("dark"));
    QCOMPARE(binary.state.p, core::Distribution::binary(0.1));
    QCOMPARE(binary.state.q, core::Distribution::binary(0.30000000000000004));
    QCOMPARE(binary.state.labels, (QStringList {"heads", "tails"}));
    QCOMPARE(binary.state.lockedP, (QVector<bool> {false, false}));
    QCOMPARE(binary.state.focus, 1);
    QCOMPARE(binary.state.y, 0);
    QCOMPARE(binary.state.yhat, 1e-300);
    QCOMPARE(binary.state.unit, core::Unit::Bans); // "hartleys"
    QVERIFY(binary.bookmarks.isEmpty());

    const Session many = widgets::readSessionFile(kData + QStringLiteral("good-many.json"));
    QCOMPARE(many.theme, QStringLiteral("presentation"));
    QCOMPARE(std::vector<double>(many.state.p.probabilities().begin(), many.state.p.probabilities().end()),
             (std::vector<double> {0.2, 0.3, 0.5}));
    QCOMPARE(many.state.labels, (QStringList {QStringLiteral("晴天"), "rain, heavy", "snow"}));
    QCOMPARE(many.state.lockedP, (QVector<bool> {true, false, true}));
    QCOMPARE(many.state.focus, 2);
    QCOMPARE(many.state.unit, core::Unit::Nats);
    QCOMPARE(many.bookmarks.size(), 2);
    QCOMPARE(many.bookmarks[0].name, QStringLiteral("Fair coin"));
    QCOMPARE(many.bookmarks[0].note, QStringLiteral("Ask: \"how surprised are you?\"\nThen flip it."));
    QCOMPARE(many.bookmarks[0].state, binaryState(0.5, 0.5, 1, 0.5));
    QCOMPARE(many.bookmarks[1].note, QString());
    QCOMPARE(many.bookmarks[1].state.unit, core::Unit::Bans);
    QCOMPARE(widgets::stateToString(many.state),
             QStringLiteral("entropylab:1;p=0.2,0.3,0.5;q=0.25,0.25,0.5;labels=%E6%99%B4%E5%A4%A9,rain%2C%20heavy,snow;"
                            "focus=2;lockedP=0,2;y=1;yhat=0.8;unit=nats"));
}

void SessionTest::readFile_refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "truncated.json"
                               << "truncated.json: not valid JSON: unterminated string at offset 151";
    QTest::newRow("UTF-16") << "utf16.json"
                            << "utf16.json: UTF-16 text; a session is UTF-8 (save it as UTF-8)";
    QTest::newRow("newer version")
        << "newer-version.json"
        << "newer-version.json: written by a newer EntropyLab (format version 2; this one reads 1)";
    QTest::newRow("wrong sum") << "wrong-sum.json"
                               << "wrong-sum.json: state.q: the entries sum to 0.9, not 1";
    QTest::newRow("missing") << "no-such-session.json"
                             << "no-such-session.json: no such file";
}

void SessionTest::readFile_refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { widgets::readSessionFile(kData + file); }), message);
}

void SessionTest::readFile_refusesWhatIsNoRegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    QCOMPARE(errorOf([&] { widgets::readSessionFile(dir.filePath(QStringLiteral("folder.json"))); }),
             QStringLiteral("folder.json: a folder, not a session file"));
    const QString empty = dir.filePath(QStringLiteral("empty.json"));
    QVERIFY(writeBytes(empty, {}));
    QCOMPARE(errorOf([&] { widgets::readSessionFile(empty); }), QStringLiteral("empty.json: an empty file"));
#ifdef Q_OS_UNIX
    // Opening a FIFO for reading would wait for a writer forever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(errorOf([&] { widgets::readSessionFile(fifo); }),
             QStringLiteral("pipe.json: not a regular file (a device or pipe?)"));
    // Would never end.
    QCOMPARE(errorOf([&] { widgets::readSessionFile(QStringLiteral("/dev/zero")); }),
             QStringLiteral("zero: not a regular file (a device or pipe?)"));
#endif
}

void SessionTest::readFile_refusesHugeFileWithoutReadingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QByteArray bytes = kTemplate;
    bytes += QByteArray(2 * 1024 * 1024 - bytes.size(), ' ');
    QVERIFY(writeBytes(path, bytes));
    QCOMPARE(errorOf([&] { widgets::readSessionFile(path); }),
             QStringLiteral("huge.json: 2097152 bytes; a session file has at most 1048576"));
    // One byte less than the limit is read.
    QVERIFY(writeBytes(path, kTemplate + QByteArray(widgets::kMaxSessionBytes - kTemplate.size(), ' ')));
    QCOMPARE(widgets::readSessionFile(path).theme, QStringLiteral("light"));
}

void SessionTest::writeFile_thenRead_roundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture 晴天.json"));
    const Session first {manyState(64), QStringLiteral("dark"), {{"One", "note", defaultState(), {}}}};
    widgets::writeSessionFile(path, first);
    QCOMPARE(widgets::readSessionFile(path), first);
    QCOMPARE(readAll(path), widgets::sessionToJson(first));
    const Session second {defaultState(), {}, {}};
    widgets::writeSessionFile(path, second); // over the first
    QCOMPARE(widgets::readSessionFile(path), second);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("lecture 晴天.json")});
}

void SessionTest::writeFile_unwritablePath_refused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("file"));
    QVERIFY(writeBytes(file, "x"));
    const QString path = file + QStringLiteral("/session.json"); // a file is no folder, even for root
    const QString error = errorOf([&] { widgets::writeSessionFile(path, {defaultState(), {}, {}}); });
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot save: ")), qPrintable(error));
    const QString folder = errorOf([&] { widgets::writeSessionFile(dir.path(), {defaultState(), {}, {}}); });
    QVERIFY2(folder.startsWith(dir.path() + QStringLiteral(": cannot save: ")), qPrintable(folder));
}

void SessionTest::writeFile_invalidSession_leavesFileIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.json"));
    QVERIFY(writeBytes(path, "old"));
    Session invalid {defaultState(), {}, {}};
    invalid.state.yhat = std::nan("");
    QCOMPARE(
        errorOf([&] { widgets::writeSessionFile(path, invalid); }),
        path
            + QStringLiteral(": not saved, it would not read back: state.yhat: expected a number in [0, 1], got null"));
    invalid = {defaultState(), QStringLiteral("neon"), {}};
    QCOMPARE(
        errorOf([&] { widgets::writeSessionFile(path, invalid); }),
        path
            + QStringLiteral(
                ": not saved, it would not read back: theme: \"neon\" is not a theme (light, dark, presentation)"));
    QCOMPARE(readAll(path), QByteArray("old"));
}

void SessionTest::writeFile_failingWrite_leavesFileIntact()
{
#ifdef Q_OS_UNIX
    // A disk that fills up mid-write: files may grow to 16 bytes only (this works for root too).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.json"));
    QVERIFY(writeBytes(path, "old"));
    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 16;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = errorOf([&] { widgets::writeSessionFile(path, {defaultState(), {}, {}}); });
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot save: ")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("old.json")}); // no temporary left
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

void SessionTest::string_roundTripsExactly_data()
{
    QTest::addColumn<LessonSnapshot>("state");
    QTest::newRow("default") << defaultState();
    QTest::newRow("awkward 0.1, 1/3, 1e-300") << binaryState(0.1, 1.0 / 3.0, 1, 1e-300);
    QTest::newRow("0, 1, 0.30000000000000004") << binaryState(0.0, 1.0, 0, 0.30000000000000004, core::Unit::Nats);
    QTest::newRow("1, 0, 1, focus 1") << binaryState(1.0, 0.0, 1, 1.0, core::Unit::Bans, 1);
    QTest::newRow("denormal 5e-324") << binaryState(5e-324, 1.0 - 1e-16, 1, 5e-324);
    LessonSnapshot named = binaryState(0.25, 0.75, 1, 0.5);
    named.labels = QStringList {QStringLiteral("heads"), QStringLiteral("tails = 100%")};
    named.lockedQ = {false, true};
    QTest::newRow("two named, locked") << named;
    QTest::newRow("4 outcomes") << manyState(4);
    QTest::newRow("64 outcomes, Unicode labels, locks") << manyState(64);
    QTest::newRow("longest") << longestState();
}

void SessionTest::string_roundTripsExactly()
{
    QFETCH(LessonSnapshot, state);
    const QString text = widgets::stateToString(state);
    QCOMPARE(widgets::stateFromString(text), state);
    QVERIFY2(!text.contains(u' ') && !text.contains(u'\n'), qPrintable(text));
    for (const QChar c : text)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(text));
    if (state.p.size() == 2 && state.labels == defaultState().labels)
        QVERIFY2(text.size() < 80, qPrintable(text));
    QVERIFY(text.size() <= widgets::kMaxStateStringLength);
    if (QByteArray(QTest::currentDataTag()) == "longest")
        QVERIFY2(text.size() > 10000, qPrintable(QString::number(text.size())));
}

void SessionTest::string_exactText_data()
{
    QTest::addColumn<LessonSnapshot>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("default") << defaultState() << "entropylab:1;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits";
    QTest::newRow("awkward") << binaryState(0.1, 1.0 / 3.0, 0, 1e-300, core::Unit::Bans, 1)
                             << "entropylab:1;p=0.1;q=0.3333333333333333;focus=1;y=0;yhat=1e-300;unit=bans";
    LessonSnapshot three;
    three.p = core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
    three.q = core::Distribution::fromEntries(std::vector<double> {0.1, 0.1, 0.8});
    three.labels = QStringList {"A", "B", "C"};
    three.lockedP = {true, false, true};
    three.lockedQ = {false, false, false};
    three.focus = 1;
    three.unit = core::Unit::Nats;
    QTest::newRow("3 outcomes, default labels")
        << three << "entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;focus=1;lockedP=0,2;y=1;yhat=0.8;unit=nats";
    three.labels = QStringList {QStringLiteral("a b"), QStringLiteral("x,y;z=50%"), QStringLiteral("é")};
    QTest::newRow("3 outcomes, encoded labels")
        << three
        << "entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;labels=a%20b,x%2Cy%3Bz%3D50%25,%C3%A9;focus=1;lockedP=0,2;y=1;"
           "yhat=0.8;unit=nats";
}

void SessionTest::string_exactText()
{
    QFETCH(LessonSnapshot, state);
    QFETCH(QString, text);
    QCOMPARE(widgets::stateToString(state), text);
    QCOMPARE(widgets::stateFromString(text), state);
}

void SessionTest::string_toleratesPastedWhitespace()
{
    const LessonSnapshot expected = binaryState(0.3, 0.6, 1, 0.8);
    QCOMPARE(widgets::stateFromString(QStringLiteral("  entropylab:1;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits\r\n")),
             expected);
    QCOMPARE(widgets::stateFromString(QStringLiteral("\tentropylab:1;unit=bits;yhat=0.8;y=1;q=0.6;p=0.3\n")), expected);
    // Numbers are as the user types them; the unit alias too.
    LessonSnapshot bans = expected;
    bans.unit = core::Unit::Bans;
    QCOMPARE(widgets::stateFromString(QStringLiteral("entropylab:1;p=+0.30;q=6e-1;y=1.0;yhat=0.8;unit=hartleys")),
             bans);
}

void SessionTest::string_refusesMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral("entropylab:1;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits");
    const QString three = QStringLiteral("entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;y=1;yhat=0.8;unit=nats");
    const auto row
        = [](const char *name, const QString &text, const QString &message) { QTest::newRow(name) << text << message; };
    const auto replaced = [](QString text, const QString &from, const QString &to) {
        if (!text.contains(from))
            qFatal("no %s", qPrintable(from));
        return text.replace(from, to);
    };
    row("good", good, "<no error>");
    row("good, 3 outcomes", three, "<no error>");
    row("empty", "", "not an EntropyLab state: it starts with \"entropylab:\"");
    row("wrong prefix", replaced(good, "entropylab:", "entropy:"), "not an EntropyLab state");
    row("prefix in capitals", replaced(good, "entropylab:", "EntropyLab:"), "not an EntropyLab state");
    row("version 2", replaced(good, ":1;", ":2;"),
        "written by a newer EntropyLab (format version 2; this one reads 1)");
    row("version 0", replaced(good, ":1;", ":0;"), "version \"0\" after \"entropylab:\" is not a format version");
    row("no version", replaced(good, ":1;", ":;"), "version \"\" after \"entropylab:\" is not a format version");
    row("version x", replaced(good, ":1;", ":x;"), "version \"x\" after");
    row("version huge", replaced(good, ":1;", ":99999999999;"), "version \"99999999999\" after");
    row("missing p", replaced(good, "p=0.3;", ""), "p is missing");
    row("missing unit", replaced(good, ";unit=bits", ""), "unit is missing");
    row("duplicate key", good + ";p=0.4", "p is given twice");
    row("unknown key", good + ";colour=red", "unknown key \"colour\"");
    row("key in capitals", replaced(good, "yhat", "YHAT"), "unknown key \"YHAT\"");
    row("no =", replaced(good, "p=0.3", "p0.3"), "\"p0.3\" is not key=value");
    row("trailing ;", good + ";", "\"\" is not key=value");
    row("p=nan", replaced(good, "p=0.3", "p=nan"), "p: \"nan\" is not a finite number");
    row("p=1e999", replaced(good, "p=0.3", "p=1e999"), "p: \"1e999\" is out of range");
    row("p=0,5 (decimal comma)", replaced(good, "p=0.3", "p=0,5"),
        "p: \"0,5\" is two entries; did you mean 0.5? use a decimal point");
    row("p=0.2,0.8 (two entries)", replaced(good, "p=0.3", "p=0.2,0.8"),
        "p: 2 entries; two outcomes are written as one number, p=r");
    row("p empty", replaced(good, "p=0.3", "p="), "p: no number given");
    row("p=1.5", replaced(good, "p=0.3", "p=1.5"), "p: entry 1 (1.5) is greater than 1");
    row("q negative", replaced(good, "q=0.6", "q=-0.1"), "q: entry 1 (-0.1) is negative");
    row("list entry broken", replaced(three, "0.3,", "0.3x,"), "p: entry 2: \"0.3x\" is not a number");
    row("p 3 entries, q 1", replaced(three, "q=0.1,0.1,0.8", "q=0.6"), "p: 3 entries, but q has 2");
    row("q sums to 0.9", replaced(three, "q=0.1,0.1,0.8", "q=0.2,0.2,0.5"), "q: the entries sum to 0.9, not 1");
    row("65 outcomes", replaced(three, "p=0.2,0.3,0.5", "p=" + QStringList(65, QStringLiteral("0")).join(u',')),
        "p: 65 entries; a lesson has 2 to 64 outcomes");
    row("y=3", replaced(good, "y=1", "y=3"), "y: 3 is not 0 or 1");
    row("y=0,5", replaced(good, "y=1", "y=0,5"), "y: \"0,5\" is not a number");
    row("yhat=2", replaced(good, "yhat=0.8", "yhat=2"), "yhat: 2 is outside [0, 1]");
    row("yhat=inf", replaced(good, "yhat=0.8", "yhat=inf"), "yhat: \"inf\" is not a finite number");
    row("unit furlongs", replaced(good, "unit=bits", "unit=furlongs"), "unit: \"furlongs\" is not a unit");
    row("labels %zz", three + ";labels=%zz,B,C", "labels[0]: broken %-escape \"%zz\"");
    row("labels % at the end", three + ";labels=A,B,C%", "labels[2]: broken %-escape \"%\"");
    row("labels cut UTF-8", three + ";labels=%E6%99,B,C", "labels[0]: the %-escapes are not UTF-8");
    row("labels too few", three + ";labels=A,B", "labels: 2 labels, but p has 3 entries");
    row("label empty", three + ";labels=,B,C", "labels[0]: the label is empty");
    row("label with a tab", three + ";labels=A,%09,C", "labels[1]: the label holds the control character U+0009");
    row("label with a zero-width space", three + ";labels=A,A%E2%80%8B,C",
        "labels[1]: the label holds the invisible format character U+200B");
    row("label with a right-to-left override", three + ";labels=A,B,%E2%80%AEC",
        "labels[2]: the label holds the invisible format character U+202E");
    row("label of 41 bytes", three + ";labels=A,B," + QString(41, u'c'),
        "labels[2]: the label is 41 bytes of UTF-8; the limit is 40 bytes");
    row("labels the same", three + ";labels=A,B,A", "labels[2]: \"A\" names two outcomes (also labels[0])");
    row("label with a leading space", three + ";labels=A,%20B,C", "labels[1]: the label begins with the space U+0020");
    row("non-ASCII character", three + QStringLiteral(";labels=A,B,é"),
        "character 76 is U+00E9; a state string is printable ASCII");
    row("tab inside", replaced(good, "p=0.3;", "p=0.3;\t"),
        "character 20 is U+0009; a state string is printable ASCII");
    row("NUL inside", replaced(good, "p=0.3", QStringLiteral("p=0.3") + QChar(0)),
        "character 19 is U+0000; a state string is printable ASCII");
    row("zero-width space inside", replaced(good, "p=0.3", QStringLiteral("p=0.3\u200B")),
        "character 19 is U+200B; a state string is printable ASCII");
    row("focus 3 of 3", three + ";focus=3", "focus: 3 is not an outcome (0 to 2)");
    row("focus -1", three + ";focus=-1", "focus: -1 is not an outcome (0 to 2)");
    row("lockedP twice", three + ";lockedP=0,0", "lockedP: outcome 0 listed twice");
    row("lockedP out of range", three + ";lockedP=5", "lockedP: 5 is not an outcome (0 to 2)");
    row("lockedQ empty", three + ";lockedQ=", "lockedQ: no number given");
    row("too long", good + QString(widgets::kMaxStateStringLength - good.size() + 1, u' '),
        "16385 characters; a state string has at most 16384");
    row("lone surrogate", three + ";labels=A,B," + QChar(0xD800),
        "character 76 is U+D800; a state string is printable ASCII");
    row("two lines", good + QStringLiteral("\nentropylab:1"),
        "character 48 is U+000A; a state string is printable ASCII");
}

void SessionTest::string_refusesMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QString error = errorOf([&] { widgets::stateFromString(text); });
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

// Sessions, bookmarks and state strings refuse a bad state through core::validate, so the refusal
// carries the gate's rule and entry (for the window's translated text) under the key path.
void SessionTest::badStates_areRefusedByTheGate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("stateString");
    QTest::addColumn<core::InputRule>("rule");
    QTest::addColumn<QString>("where");
    const QByteArray state = R"({"p": [0.2, 0.3, 0.5], "q": [0.1, 0.1, 0.8], "labels": ["A", "B", "C"], "focus": 0,
                                 "y": 1, "yhat": 0.8, "unit": "bits"})";
    const auto session
        = [](const QByteArray &s) { return R"({"format": "entropylab-session", "version": 1, "state": )" + s + "}"; };
    const auto bookmark = [&](const QByteArray &s) {
        return R"({"format": "entropylab-session", "version": 1, "state": )" + state
            + R"(, "bookmarks": [{"name": "b", "state": )" + s + "}]}";
    };
    const QString good = QStringLiteral("entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;labels=A,B,C;y=1;yhat=0.8;unit=bits");
    QTest::newRow("sum") << session(QByteArray(state).replace("0.1, 0.1, 0.8", "0.2, 0.2, 0.5"))
                         << QString(good).replace("q=0.1,0.1,0.8", "q=0.2,0.2,0.5") << core::InputRule::SumNotOne
                         << "state";
    QTest::newRow("label repeated in a bookmark") << bookmark(QByteArray(state).replace("\"C\"", "\"A\""))
                                                  << QString(good).replace("labels=A,B,C", "labels=A,B,A")
                                                  << core::InputRule::LabelRepeated << "bookmarks[0].state";
    QTest::newRow("focus") << session(QByteArray(state).replace("\"focus\": 0", "\"focus\": 3")) << good + ";focus=3"
                           << core::InputRule::Focus << "state";
    QTest::newRow("yhat") << session(QByteArray(state).replace("0.8,", "1.5,"))
                          << QString(good).replace("yhat=0.8", "yhat=1.5") << core::InputRule::Yhat << "state";
}

void SessionTest::badStates_areRefusedByTheGate()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, stateString);
    QFETCH(core::InputRule, rule);
    QFETCH(QString, where);
    const auto refusalOf = [](const std::function<void()> &read) -> std::optional<widgets::SessionError> {
        try {
            read();
        } catch (const widgets::SessionError &e) {
            return e;
        }
        return std::nullopt;
    };
    const auto fromJson = refusalOf([&] { widgets::parseSession(json); });
    QVERIFY(fromJson && fromJson->refusal());
    QCOMPARE(fromJson->refusal()->rule, rule);
    QCOMPARE(fromJson->where(), where);
    QVERIFY(QString::fromUtf8(fromJson->what()).startsWith(where + u'.'));
    const auto fromString = refusalOf([&] { widgets::stateFromString(stateString); });
    QVERIFY(fromString && fromString->refusal());
    QCOMPARE(fromString->refusal()->rule, rule);
    QCOMPARE(fromString->where(), QString());
}

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
