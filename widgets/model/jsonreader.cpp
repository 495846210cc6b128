#include "jsonreader.h"

#include "refusal.h"

#include "core/utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <string_view>
#include <vector>

namespace widgets {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw InputError(message.toStdString());
}

// A text encoding QJsonDocument would misread or refuse with a less helpful message.
void checkUtf8(const QByteArray &bytes, const QString &kind)
{
    if (bytes.isEmpty())
        fail(QStringLiteral("empty; a %1 is a JSON object").arg(kind));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        fail(QStringLiteral("UTF-16 text; a %1 is UTF-8 (save it as UTF-8)").arg(kind));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        fail(QStringLiteral("a NUL byte at offset %1; a %2 is UTF-8 text").arg(nul).arg(kind));
    if (!core::isValidUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size()))))
        fail(QStringLiteral("not valid UTF-8 text (save it as UTF-8)"));
}

// QJsonDocument silently keeps the last of two equal keys, so a file could hide one value behind
// another; a key given twice in one object is refused. Runs on text that parsed as JSON.
void checkUniqueKeys(const QByteArray &json)
{
    std::vector<QSet<QString>> keys; // one set per object open at this point
    std::vector<bool> inObject; // per open bracket: an object, or an array
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            inObject.push_back(c == '{');
            if (c == '{')
                keys.emplace_back();
        } else if (c == '}' || c == ']') {
            if (c == '}')
                keys.pop_back();
            inObject.pop_back();
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < size && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            qsizetype next = i + 1;
            while (next < size && (json[next] == ' ' || json[next] == '\t' || json[next] == '\n' || json[next] == '\r'))
                ++next;
            if (next >= size || json[next] != ':' || inObject.empty() || !inObject.back())
                continue; // a value, not a key
            // The key as JSON means it, escapes and all.
            const QString key
                = QJsonDocument::fromJson("[" + json.mid(start, i - start + 1) + "]").array().at(0).toString();
            if (keys.back().contains(key))
                fail(QStringLiteral("the key \"%1\" appears twice in one object").arg(key.left(40)));
            keys.back().insert(key);
        }
    }
}

} // namespace

QJsonObject readJsonObject(const QByteArray &json, const QString &kind)
{
    checkUtf8(json, kind);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        fail(QStringLiteral("the top level is %1; a %2 is a JSON object")
                 .arg(document.isArray() ? QStringLiteral("an array") : QStringLiteral("not an object"), kind));
    checkUniqueKeys(json);
    return document.object();
}

} // namespace widgets
