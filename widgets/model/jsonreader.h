#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The one policy for every JSON file the app reads (session files, the lesson files of
// resources/lessons): UTF-8 text without a byte-order mark or NUL byte; one JSON object at the top;
// a key given twice in one object is refused (QJsonDocument would silently keep the last, so a file
// could hide one value behind another); an unknown key is ignored, so a newer version may add keys
// without raising its format version. Each format's reader then asks for the keys it knows.
namespace widgets {

// The top-level object of `json`, or throws InputError (widgets/model/refusal.h) with one line of
// English: "empty; a session is a JSON object", "UTF-16 text; a session is UTF-8 (save it as
// UTF-8)", "a NUL byte at offset 12; a session is UTF-8 text", "not valid UTF-8 text (save it as
// UTF-8)", "not valid JSON: <Qt's reason> at offset 7", "the top level is an array; a session is a
// JSON object", "the key \"p\" appears twice in one object". `kind` names the document in them
// ("session", "lesson").
QJsonObject readJsonObject(const QByteArray &json, const QString &kind);

} // namespace widgets
