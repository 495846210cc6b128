#pragma once

#include <QList>
#include <QString>

#include <utility>

class QCoreApplication;
class QLocale;

namespace app {

// The language of the user interface. Languages are named as the .ts files are: "en" (the source
// strings, no translator needed) and "zh_CN" (Simplified Chinese). Only the words change: numbers
// keep their '.' decimal point whatever the language.

// The choice stored in QSettings under "view/language": "" follows the system, or "en", "zh_CN".
// "system" and names of languages not offered read as "".
QString languageSetting();
void setLanguageSetting(const QString &language);

// The offered language that `setting` means on a system whose locale is `system`: the setting
// itself when it names an offered language, otherwise the first of the system's UI languages that
// is offered (any Simplified Chinese, e.g. zh_CN, zh_SG or zh, is "zh_CN"; Traditional Chinese is
// not offered), otherwise "en".
QString languageFor(const QString &setting, const QLocale &system);
// What applies now: languageFor(languageSetting(), QLocale::system()).
QString effectiveLanguage();

// Installs the translators for `language` (a setting, as above, so "" follows the system) in
// place of the ones this function installed before: the app's own from :/i18n and Qt's
// qtbase_<language>.qm from QLibraryInfo's translations folder, which may be missing (the standard
// buttons then stay English). Widgets made afterwards show the language. Also appends Noto Sans
// CJK SC to the application font's families, so that Chinese text takes the Simplified glyph forms
// in any locale. Returns whether the app's translations loaded; English needs none and returns true.
bool installTranslations(QCoreApplication &app, const QString &language);

// The languages offered, in the order a menu lists them: the setting and the language's name in
// that language ("English", "简体中文"); "" is "System default" in the current language.
QList<std::pair<QString, QString>> availableLanguages();

} // namespace app
