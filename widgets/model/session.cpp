#include "widgets/model/session.h"

#include "core/lessoninputs.h"
#include "core/numberparse.h"
#include "core/utf8.h"
#include "jsonreader.h"
#include "lessonstate.h"
#include "panelnames.h"
#include "refusal.h"
#include "themenames.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cctype>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

namespace widgets {

namespace {

using widgets::LessonSnapshot;

const QString kFormat = QStringLiteral("entropylab-session");
const QString kStatePrefix = QStringLiteral("entropylab:");

[[noreturn]] void fail(const QString &message)
{
    throw SessionError(message.toStdString());
}

QString number(double x)
{
    return QString::fromStdString(core::formatRoundTrip(x));
}

// "state" + "p" -> "state.p"; the copy-state string has no enclosing key.
QString keyPath(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

QString indexed(const QString &key, qsizetype i)
{
    return key + u'[' + QString::number(i) + u']';
}

// Untrusted text in a message, by the core's one rule (core::quotedForMessage).
QString quoted(const QString &text)
{
    return QString::fromStdString(core::quotedForMessage(text.toStdString()));
}

// ---- Checks shared by the JSON and the string reader -------------------------------------------

// The one gate of every read state (core::validate), its refusal said after the key path.
LessonSnapshot checkedState(const core::LessonInputs &inputs, const QString &where)
{
    if (const auto refusal = core::validate(inputs))
        throw SessionError(*refusal, where);
    return snapshotOf(inputs);
}

// Control characters (but those in `allowed`) and lone surrogates display as nothing or garbage,
// and a hostile file could use them to make a label or name look like another.
void checkCharacters(const QString &text, const QString &key, QStringView allowed = {})
{
    if (!text.isValidUtf16())
        fail(key + QStringLiteral(": holds a lone UTF-16 surrogate"));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !allowed.contains(c))
            fail(key + QStringLiteral(": holds the control character U+")
                 + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
}

int checkedInteger(double value, const QString &key, int low, int high, const QString &expected)
{
    if (!(value >= low && value <= high && value == std::floor(value)))
        fail(key + QStringLiteral(": ") + number(value) + QStringLiteral(" is not ") + expected);
    return int(value);
}

// ---- JSON --------------------------------------------------------------------------------------

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// `value` must be of `type`; `expected` says what belongs there.
QJsonValue typed(const QJsonValue &value, const QString &key, QJsonValue::Type type, const char *expected)
{
    if (value.type() != type)
        fail(key + QStringLiteral(": expected ") + QLatin1String(expected) + QStringLiteral(", got ")
             + typeName(value));
    return value;
}

// The required member `name` of `object`, which is at `where`.
QJsonValue member(const QJsonObject &object, const QString &where, const char *name, QJsonValue::Type type,
                  const char *expected)
{
    const QString key = keyPath(where, QString::fromLatin1(name));
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined())
        fail(key + QStringLiteral(" is missing; expected ") + QLatin1String(expected));
    return typed(value, key, type, expected);
}

std::vector<double> jsonNumbers(const QJsonObject &object, const QString &where, const char *name)
{
    const QJsonArray array = member(object, where, name, QJsonValue::Array, "an array of numbers").toArray();
    std::vector<double> numbers;
    for (qsizetype i = 0; i < array.size(); ++i)
        numbers.push_back(
            typed(array[i], indexed(keyPath(where, QLatin1String(name)), i), QJsonValue::Double, "a number")
                .toDouble());
    return numbers;
}

QStringList jsonLabels(const QJsonObject &object, const QString &where)
{
    const QJsonArray array = member(object, where, "labels", QJsonValue::Array, "an array of strings").toArray();
    QStringList labels;
    for (qsizetype i = 0; i < array.size(); ++i)
        labels << typed(array[i], indexed(keyPath(where, QStringLiteral("labels")), i), QJsonValue::String, "a string")
                      .toString();
    return labels;
}

// An optional array of true/false; empty when absent.
std::vector<bool> jsonLocks(const QJsonObject &object, const QString &where, const char *name)
{
    if (!object.contains(QLatin1String(name)))
        return {};
    const QJsonArray array = member(object, where, name, QJsonValue::Array, "an array of true/false").toArray();
    std::vector<bool> locks;
    for (qsizetype i = 0; i < array.size(); ++i)
        locks.push_back(
            typed(array[i], indexed(keyPath(where, QLatin1String(name)), i), QJsonValue::Bool, "true or false")
                .toBool());
    return locks;
}

LessonSnapshot jsonState(const QJsonObject &object, const QString &where)
{
    core::LessonInputs inputs;
    inputs.p = jsonNumbers(object, where, "p");
    inputs.q = jsonNumbers(object, where, "q");
    inputs.labels = labelsUtf8(jsonLabels(object, where));
    inputs.lockedP = jsonLocks(object, where, "lockedP");
    inputs.lockedQ = jsonLocks(object, where, "lockedQ");
    inputs.focus = member(object, where, "focus", QJsonValue::Double, "an outcome index").toDouble();
    inputs.y = member(object, where, "y", QJsonValue::Double, "0 or 1").toDouble();
    inputs.yhat = member(object, where, "yhat", QJsonValue::Double, "a number in [0, 1]").toDouble();
    inputs.unit
        = member(object, where, "unit", QJsonValue::String, "\"bits\", \"nats\" or \"bans\"").toString().toStdString();
    return checkedState(inputs, where);
}

QJsonObject stateJson(const LessonSnapshot &state)
{
    QJsonArray p, q, lockedP, lockedQ;
    for (double x : state.p.probabilities())
        p.append(x);
    for (double x : state.q.probabilities())
        q.append(x);
    for (bool locked : state.lockedP)
        lockedP.append(locked);
    for (bool locked : state.lockedQ)
        lockedQ.append(locked);
    return QJsonObject {{QStringLiteral("p"), p},
                        {QStringLiteral("q"), q},
                        {QStringLiteral("labels"), QJsonArray::fromStringList(state.labels)},
                        {QStringLiteral("focus"), state.focus},
                        {QStringLiteral("y"), state.y},
                        {QStringLiteral("yhat"), state.yhat},
                        {QStringLiteral("unit"), QString::fromUtf8(core::unitName(state.unit))},
                        {QStringLiteral("lockedP"), lockedP},
                        {QStringLiteral("lockedQ"), lockedQ}};
}

void checkFormat(const QJsonObject &top)
{
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (format.isUndefined())
        fail(QStringLiteral("format is missing; expected \"%1\" (is this an EntropyLab session?)").arg(kFormat));
    if (format.toString() != kFormat)
        fail(QStringLiteral("format: expected \"%1\", got %2 (is this an EntropyLab session?)")
                 .arg(kFormat, format.isString() ? quoted(format.toString()) : typeName(format)));
    const double version = member(top, {}, "version", QJsonValue::Double, "an integer").toDouble();
    if (version != std::floor(version))
        fail(QStringLiteral("version: expected an integer, got ") + number(version));
    if (version > kSessionFormatVersion)
        fail(QStringLiteral("written by a newer EntropyLab (format version %1; this one reads %2)")
                 .arg(number(version))
                 .arg(kSessionFormatVersion));
    if (version < 1)
        fail(QStringLiteral("version: %1 is not a format version").arg(number(version)));
}

QString jsonTheme(const QJsonObject &top)
{
    if (!top.contains(QStringLiteral("theme")))
        return {};
    const QString theme = member(top, {}, "theme", QJsonValue::String, "a theme name").toString();
    const QStringList names = themeNames();
    if (!names.contains(theme))
        fail(QStringLiteral("theme: %1 is not a theme (%2)").arg(quoted(theme), names.join(QStringLiteral(", "))));
    return theme;
}

QString checkedLength(const QString &text, const QString &key, int maxLength)
{
    const qsizetype length = text.toUcs4().size();
    if (length > maxLength)
        fail(key + QStringLiteral(": %1 characters; at most %2").arg(length).arg(maxLength));
    return text;
}

Bookmark jsonBookmark(const QJsonObject &object, const QString &where)
{
    Bookmark bookmark;
    bookmark.name = member(object, where, "name", QJsonValue::String, "a string").toString();
    const QString nameKey = keyPath(where, QStringLiteral("name"));
    if (bookmark.name.isEmpty())
        fail(nameKey + QStringLiteral(": empty"));
    checkCharacters(bookmark.name, nameKey);
    checkedLength(bookmark.name, nameKey, kMaxBookmarkNameLength);
    if (object.contains(QStringLiteral("note"))) {
        const QString noteKey = keyPath(where, QStringLiteral("note"));
        bookmark.note = member(object, where, "note", QJsonValue::String, "a string").toString();
        checkCharacters(bookmark.note, noteKey, u"\t\n\r");
        checkedLength(bookmark.note, noteKey, kMaxNoteLength);
    }
    const QString stateKey = keyPath(where, QStringLiteral("state"));
    bookmark.state = jsonState(member(object, where, "state", QJsonValue::Object, "an object").toObject(), stateKey);
    if (object.contains(QStringLiteral("panel"))) {
        bookmark.panel = member(object, where, "panel", QJsonValue::String, "a panel name").toString();
        const QStringList names = panelNames();
        if (!names.contains(bookmark.panel))
            fail(keyPath(where, QStringLiteral("panel"))
                 + QStringLiteral(": %1 is not a panel (%2)")
                       .arg(quoted(bookmark.panel), names.join(QStringLiteral(", "))));
    }
    return bookmark;
}

QList<Bookmark> jsonBookmarks(const QJsonObject &top)
{
    if (!top.contains(QStringLiteral("bookmarks")))
        return {};
    const QJsonArray array = member(top, {}, "bookmarks", QJsonValue::Array, "an array of bookmarks").toArray();
    if (array.size() > kMaxBookmarks)
        fail(QStringLiteral("bookmarks: %1 bookmarks; at most %2").arg(array.size()).arg(kMaxBookmarks));
    QList<Bookmark> bookmarks;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed(QStringLiteral("bookmarks"), i);
        bookmarks << jsonBookmark(typed(array[i], where, QJsonValue::Object, "an object").toObject(), where);
    }
    return bookmarks;
}

// ---- File --------------------------------------------------------------------------------------

// Reading a FIFO or device would block or never end, so the type and size are checked first.
QByteArray readBounded(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        fail(QStringLiteral("no such file"));
    if (info.isDir())
        fail(QStringLiteral("a folder, not a session file"));
    if (!info.isFile())
        fail(QStringLiteral("not a regular file (a device or pipe?)"));
    const auto tooLarge = [](qint64 size) {
        fail(QStringLiteral("%1 bytes; a session file has at most %2").arg(size).arg(kMaxSessionBytes));
    };
    if (info.size() > kMaxSessionBytes)
        tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot open: ") + file.errorString());
    // The file may have grown since it was measured; one byte more than allowed shows it.
    const QByteArray bytes = file.read(kMaxSessionBytes + 1);
    if (file.error() != QFileDevice::NoError)
        fail(QStringLiteral("cannot read: ") + file.errorString());
    if (bytes.size() > kMaxSessionBytes)
        tooLarge(bytes.size());
    if (bytes.isEmpty())
        fail(QStringLiteral("an empty file"));
    return bytes;
}

// ---- Copy-state string -------------------------------------------------------------------------

const QStringList kStateKeys {QStringLiteral("p"),     QStringLiteral("q"),       QStringLiteral("labels"),
                              QStringLiteral("focus"), QStringLiteral("lockedP"), QStringLiteral("lockedQ"),
                              QStringLiteral("y"),     QStringLiteral("yhat"),    QStringLiteral("unit")};
const QStringList kRequiredStateKeys {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("y"),
                                      QStringLiteral("yhat"), QStringLiteral("unit")};

QStringList unnamedLabels(qsizetype n)
{
    QStringList labels;
    for (const std::string &label : core::unnamedLabels(std::size_t(n)))
        labels << QString::fromStdString(label);
    return labels;
}

QString entriesText(const core::Distribution &d)
{
    if (d.size() == 2)
        return number(d.binaryX());
    QStringList entries;
    for (double x : d.probabilities())
        entries << number(x);
    return entries.join(u',');
}

// Keeps the string one line of the characters that survive chat programs and e-mail unchanged.
QString percentEncoded(const QString &label)
{
    QString encoded;
    for (const char c : label.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7F || std::strchr(",;%=", c))
            encoded += QStringLiteral("%%1").arg(byte, 2, 16, QChar(u'0')).toUpper();
        else
            encoded += QChar(byte);
    }
    return encoded;
}

QString percentDecoded(const QString &text, const QString &key)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '%') {
            bytes += utf8[i];
            continue;
        }
        const QByteArray hex = utf8.mid(i + 1, 2);
        const int byte = hex.size() == 2 && std::isxdigit(static_cast<unsigned char>(hex[0]))
                && std::isxdigit(static_cast<unsigned char>(hex[1]))
            ? hex.toInt(nullptr, 16)
            : -1;
        if (byte < 0)
            fail(key + QStringLiteral(": broken %-escape ") + quoted(QString::fromUtf8(utf8.mid(i, 3))));
        bytes += char(byte);
        i += 2;
    }
    if (!core::isValidUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size()))))
        fail(key + QStringLiteral(": the %-escapes are not UTF-8"));
    return QString::fromUtf8(bytes);
}

double stringNumber(const QString &text, const QString &key)
{
    try {
        return core::parseNumber(text.toStdString());
    } catch (const core::ParseError &e) {
        fail(key + QStringLiteral(": ") + QString::fromStdString(e.what()));
    }
}

// One number x for two outcomes (x, 1 - x), else all entries (core::parseNumberOrList decides
// which); a list of two would be a second spelling of the same state, and "p=0,5" is more likely
// a decimal comma, which the refusal then suggests.
std::vector<double> stringEntries(const QString &text, const QString &key)
{
    const std::string utf8 = text.toStdString();
    core::NumberOrList read;
    try {
        read = core::parseNumberOrList(utf8);
    } catch (const core::ParseError &e) {
        fail(key + QStringLiteral(": ") + QString::fromStdString(e.what()));
    }
    if (!read.isList)
        return {read.values.front(), 1.0 - read.values.front()};
    if (read.values.size() == 2) {
        if (const auto comma = core::decimalCommaRefusal(utf8))
            fail(key + QStringLiteral(": ") + QString::fromStdString(*comma));
        fail(key + QStringLiteral(": 2 entries; two outcomes are written as one number, %1=r").arg(key));
    }
    return read.values;
}

std::vector<bool> stringLocks(const QString &text, qsizetype n, const QString &key)
{
    std::vector<bool> locks(std::size_t(n), false);
    for (const QString &item : text.split(u',')) {
        const int i = checkedInteger(stringNumber(item, key), key, 0, int(n) - 1,
                                     QStringLiteral("an outcome (0 to %1)").arg(n - 1));
        if (locks[std::size_t(i)])
            fail(key + QStringLiteral(": outcome %1 listed twice").arg(i));
        locks[std::size_t(i)] = true;
    }
    return locks;
}

QString lockText(const QVector<bool> &locks)
{
    QStringList indices;
    for (qsizetype i = 0; i < locks.size(); ++i) {
        if (locks[i])
            indices << QString::number(i);
    }
    return indices.join(u',');
}

void checkStringVersion(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const int version = digits.match(text).hasMatch() ? text.toInt() : 0;
    if (version < 1)
        fail(QStringLiteral("version %1 after \"entropylab:\" is not a format version").arg(quoted(text)));
    if (version > kSessionFormatVersion)
        fail(QStringLiteral("written by a newer EntropyLab (format version %1; this one reads %2)")
                 .arg(version)
                 .arg(kSessionFormatVersion));
}

// key=value fields, each key known and given once.
QHash<QString, QString> stringFields(const QStringList &fields)
{
    QHash<QString, QString> values;
    for (const QString &field : fields) {
        const qsizetype equals = field.indexOf(u'=');
        if (equals < 0)
            fail(quoted(field) + QStringLiteral(" is not key=value"));
        const QString key = field.left(equals);
        if (!kStateKeys.contains(key))
            fail(QStringLiteral("unknown key ") + quoted(key));
        if (values.contains(key))
            fail(key + QStringLiteral(" is given twice"));
        values.insert(key, field.mid(equals + 1));
    }
    for (const QString &key : kRequiredStateKeys) {
        if (!values.contains(key))
            fail(key + QStringLiteral(" is missing"));
    }
    return values;
}

} // namespace

QByteArray sessionToJson(const Session &session)
{
    QJsonArray bookmarks;
    for (const Bookmark &bookmark : session.bookmarks) {
        QJsonObject object {{QStringLiteral("name"), bookmark.name},
                            {QStringLiteral("note"), bookmark.note},
                            {QStringLiteral("state"), stateJson(bookmark.state)}};
        if (!bookmark.panel.isEmpty())
            object.insert(QStringLiteral("panel"), bookmark.panel);
        bookmarks.append(object);
    }
    QJsonObject top {{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kSessionFormatVersion},
                     {QStringLiteral("state"), stateJson(session.state)},
                     {QStringLiteral("bookmarks"), bookmarks}};
    if (!session.theme.isEmpty())
        top.insert(QStringLiteral("theme"), session.theme);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Session parseSession(const QByteArray &json)
{
    const QJsonObject top = readJsonObject(json, QStringLiteral("session"));
    checkFormat(top);
    Session session;
    session.state
        = jsonState(member(top, {}, "state", QJsonValue::Object, "an object").toObject(), QStringLiteral("state"));
    session.theme = jsonTheme(top);
    session.bookmarks = jsonBookmarks(top);
    return session;
}

Session readSessionFile(const QString &path)
{
    try {
        return parseSession(readBounded(path));
    } catch (const SessionError &e) {
        const QString name = QFileInfo(path).fileName();
        if (e.refusal())
            throw SessionError(*e.refusal(), e.where(), name.isEmpty() ? path : name);
        fail((name.isEmpty() ? path : name) + QStringLiteral(": ") + QString::fromUtf8(e.what()));
    }
}

void writeSessionFile(const QString &path, const Session &session)
{
    const QByteArray json = sessionToJson(session);
    try {
        parseSession(json);
    } catch (const SessionError &e) {
        fail(path + QStringLiteral(": not saved, it would not read back: ") + QString::fromUtf8(e.what()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(path + QStringLiteral(": cannot save: ") + file.errorString());
    // Until commit() the data go to a temporary file, which QSaveFile deletes on failure. Qt 6.4's
    // commit() ignores a failure of its final buffer flush (a full disk, EFBIG) and renames the
    // truncated file over the old one; flushing first catches it.
    if (file.write(json) != json.size() || !file.flush() || !file.commit())
        fail(path + QStringLiteral(": cannot save: ") + file.errorString());
}

QString stateToString(const LessonSnapshot &state)
{
    QStringList fields {kStatePrefix + QString::number(kSessionFormatVersion)};
    fields << QStringLiteral("p=") + entriesText(state.p) << QStringLiteral("q=") + entriesText(state.q);
    if (state.labels != unnamedLabels(state.labels.size())) {
        QStringList labels;
        for (const QString &label : state.labels)
            labels << percentEncoded(label);
        fields << QStringLiteral("labels=") + labels.join(u',');
    }
    if (state.focus != 0)
        fields << QStringLiteral("focus=") + QString::number(state.focus);
    if (state.lockedP.contains(true))
        fields << QStringLiteral("lockedP=") + lockText(state.lockedP);
    if (state.lockedQ.contains(true))
        fields << QStringLiteral("lockedQ=") + lockText(state.lockedQ);
    fields << QStringLiteral("y=") + QString::number(state.y) << QStringLiteral("yhat=") + number(state.yhat)
           << QStringLiteral("unit=") + QString::fromUtf8(core::unitName(state.unit));
    return fields.join(u';');
}

LessonSnapshot stateFromString(const QString &text)
{
    if (text.size() > kMaxStateStringLength)
        fail(
            QStringLiteral("%1 characters; a state string has at most %2").arg(text.size()).arg(kMaxStateStringLength));
    const QString line = text.trimmed();
    // What stateToString writes, and what survives chat programs and e-mail: labels are %-escaped.
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (c < 0x20 || c > 0x7E)
            fail(QStringLiteral("character %1 is U+%2; a state string is printable ASCII (other characters are "
                                "%-escaped, as Copy state writes them)")
                     .arg(i + 1)
                     .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0')));
    }
    if (!line.startsWith(kStatePrefix))
        fail(QStringLiteral("not an EntropyLab state: it starts with \"%1\"").arg(kStatePrefix));
    QStringList fields = line.mid(kStatePrefix.size()).split(u';');
    checkStringVersion(fields.takeFirst());
    const QHash<QString, QString> values = stringFields(fields);

    core::LessonInputs parts;
    parts.p = stringEntries(values[QStringLiteral("p")], QStringLiteral("p"));
    parts.q = stringEntries(values[QStringLiteral("q")], QStringLiteral("q"));
    const qsizetype n = qsizetype(parts.p.size());
    if (values.contains(QStringLiteral("labels"))) {
        const QStringList encoded = values[QStringLiteral("labels")].split(u',');
        QStringList labels;
        for (qsizetype i = 0; i < encoded.size(); ++i)
            labels << percentDecoded(encoded[i], indexed(QStringLiteral("labels"), i));
        parts.labels = labelsUtf8(labels);
    } else {
        parts.labels = core::unnamedLabels(std::size_t(n));
    }
    if (values.contains(QStringLiteral("lockedP")))
        parts.lockedP = stringLocks(values[QStringLiteral("lockedP")], n, QStringLiteral("lockedP"));
    if (values.contains(QStringLiteral("lockedQ")))
        parts.lockedQ = stringLocks(values[QStringLiteral("lockedQ")], n, QStringLiteral("lockedQ"));
    parts.focus = values.contains(QStringLiteral("focus"))
        ? stringNumber(values[QStringLiteral("focus")], QStringLiteral("focus"))
        : 0.0;
    parts.y = stringNumber(values[QStringLiteral("y")], QStringLiteral("y"));
    parts.yhat = stringNumber(values[QStringLiteral("yhat")], QStringLiteral("yhat"));
    parts.unit = values[QStringLiteral("unit")].toStdString();
    return checkedState(parts, {});
}

} // namespace widgets
