#include "translations.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace app {

namespace {

const QString kSettingKey = QStringLiteral("view/language");
const QString kEnglish = QStringLiteral("en");
const QString kSimplifiedChinese = QStringLiteral("zh_CN");
const QString kSimplifiedHanFont = QStringLiteral("Noto Sans CJK SC");

bool isOffered(const QString &language)
{
    return language == kEnglish || language == kSimplifiedChinese;
}

// The offered language a locale asks for, or "" when it asks for one we do not have.
QString offeredLanguage(const QLocale &locale)
{
    if (locale.language() == QLocale::English)
        return kEnglish;
    if (locale.language() == QLocale::Chinese) {
        // QLocale fills in the likely script: zh and zh_SG are Simplified, zh_TW and zh_HK Traditional.
        const bool simplified = locale.script() == QLocale::SimplifiedHanScript
            || (locale.script() == QLocale::AnyScript
                && (locale.territory() == QLocale::China || locale.territory() == QLocale::Singapore));
        return simplified ? kSimplifiedChinese : QString();
    }
    return {};
}

// The translators installTranslations() put in, to take out again on the next call.
QPointer<QTranslator> &installedApp()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &installedQt()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Widgets draw Chinese in the Simplified forms, as the plots do (Theme::font): fontconfig's own
// fallback for a Latin font in an English or C locale is Noto Sans CJK JP.
void preferSimplifiedHan(QCoreApplication &app)
{
    if (!qobject_cast<QGuiApplication *>(&app))
        return;
    QFont font = QGuiApplication::font();
    if (font.families().contains(kSimplifiedHanFont))
        return;
    // The family in use ("DejaVu Sans"), not the alias asked for ("Sans Serif"): Qt's font database
    // knows no aliases, so a list beginning with one would match its second family for every text.
    font.setFamilies({QFontInfo(font).family(), kSimplifiedHanFont});
    QGuiApplication::setFont(font);
}

} // namespace

QString languageSetting()
{
    const QString value = QSettings().value(kSettingKey).toString();
    return isOffered(value) ? value : QString();
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(kSettingKey, isOffered(language) ? language : QString());
}

QString languageFor(const QString &setting, const QLocale &system)
{
    if (isOffered(setting))
        return setting;
    // uiLanguages() honours LANGUAGE=zh_CN:en as well as LC_ALL, LC_MESSAGES and LANG.
    for (const QString &name : system.uiLanguages()) {
        const QString language = offeredLanguage(QLocale(name));
        if (!language.isEmpty())
            return language;
    }
    return kEnglish;
}

QString effectiveLanguage()
{
    return languageFor(languageSetting(), QLocale::system());
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    uninstall(installedApp());
    uninstall(installedQt());
    preferSimplifiedHan(app);
    const QString effective = languageFor(language, QLocale::system());
    if (effective == kEnglish)
        return true;

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/entropylab_%1.qm").arg(effective))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    installedApp() = own;

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt() = qt;
    } else {
        delete qt;
    }
    return true;
}

QList<std::pair<QString, QString>> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("app::Translations", "System default")},
        {kEnglish, QStringLiteral("English")},
        {kSimplifiedChinese, QStringLiteral("简体中文")},
    };
}

} // namespace app
