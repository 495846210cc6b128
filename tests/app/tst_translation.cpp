// The user interface in Simplified Chinese: the translations compiled into entropylab_app load,
// the window made afterwards speaks Chinese and English again after switching back, the language
// setting follows the system as documented, and the .ts file has a translation for every string.
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/translations.h"
#include "widgets/plotpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/refusal.h"
#include "widgets/model/session.h"
#include "core/distribution.h"
#include "core/numberparse.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

#include <vector>

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

QStringList menuTitles(const app::MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// The placeholders %1…%99 and %n a text uses, sorted: a translation must keep every one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return text.contains(pattern);
}

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // the numerus forms, or the one translation
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append(
                {context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}});
        } else if (messages.isEmpty()) {
            continue;
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the user's
        QApplication::setOrganizationName(QStringLiteral("EntropyLab"));
        QApplication::setApplicationName(QStringLiteral("EntropyLab"));
    }

    void init() { QSettings().remove(QStringLiteral("view/language")); }

    void cleanup()
    {
        app::installTranslations(*qApp, QStringLiteral("en"));
        QSettings().remove(QStringLiteral("view/language"));
    }

    void chineseLoadsFromTheResources()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/entropylab_zh_CN.qm")));
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("app::MainMenus", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("widgets", "bits"), QStringLiteral("比特"));
    }

    // A state the gate (core::validate) refuses reaches the window as its code and entry, and the
    // dialog's text (widgets::errorText) is Chinese under the Chinese translators, English without.
    void refusals_areShownTranslated_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const QString three = QStringLiteral("entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;y=1;yhat=0.8;unit=bits");
        QTest::newRow("sum") << QString(three).replace("q=0.1,0.1,0.8", "q=0.2,0.2,0.5")
                             << "q: the entries sum to 0.9, not 1" << "q: 各分量之和为 0.9，而不是 1";
        QTest::newRow("label repeated") << three + ";labels=A,B,A"
                                        << "labels[2]: \"A\" names two outcomes (also labels[0])"
                                        << "labels[2]: “A”同时命名了两个结果（另见 labels[0]）";
        QTest::newRow("label empty") << three + ";labels=A,,C" << "labels[1]: the label is empty"
                                     << "labels[1]: 标签为空";
        QTest::newRow("y") << QString(three).replace("y=1", "y=3") << "y: 3 is not 0 or 1" << "y: 3 不是 0 或 1";
        QTest::newRow("unit") << QString(three).replace("unit=bits", "unit=furlongs")
                              << "unit: \"furlongs\" is not a unit (bits, nats, bans or hartleys)"
                              << "unit: \"furlongs\" 不是单位（bits、nats、bans 或 hartleys）";
    }

    void refusals_areShownTranslated()
    {
        QFETCH(QString, state);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        try {
            widgets::stateFromString(state);
            QFAIL("accepted");
        } catch (const widgets::SessionError &e) {
            QVERIFY(e.refusal());
            QCOMPARE(QString::fromUtf8(e.what()), english);
            QCOMPARE(widgets::errorText(e), english);
            QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
            QCOMPARE(widgets::errorText(e), chinese);
            QCOMPARE(QString::fromUtf8(e.what()), english); // logs and the command line stay English
        }
    }

    // The distribution editor's refusals (a number it cannot read, an edit the locks forbid) reach
    // the learner in their language too, and read as core's English without a translator.
    void editorRefusals_areShownTranslated()
    {
        widgets::LessonState state;
        QVERIFY(!state.setDistributions(core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5}),
                                        core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5}),
                                        {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        state.setLocked(widgets::LessonState::Which::P, 0, true);
        state.setLocked(widgets::LessonState::Which::P, 1, true);
        const auto refusals = [&] {
            QStringList texts;
            texts << state.setEntry(widgets::LessonState::Which::P, 0, 0.1).value_or(QString());
            texts << state.setEntry(widgets::LessonState::Which::P, 2, 0.9).value_or(QString());
            try {
                core::parseNumber("0.3x");
            } catch (const core::ParseError &e) {
                texts << widgets::errorText(e);
            }
            try {
                core::parseNumberList("0.2,1e999");
            } catch (const core::ParseError &e) {
                texts << widgets::errorText(e);
            }
            return texts;
        };
        QCOMPARE(refusals(), (QStringList {QStringLiteral("this outcome is locked; unlock it to change it"),
                                           QStringLiteral("the locked outcomes already hold 0.5000; at most 0.5000 is left"),
                                           QStringLiteral("\"0.3x\" is not a number"),
                                           QStringLiteral("entry 2: \"1e999\" is out of range")}));
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(refusals(), (QStringList {QStringLiteral("此结果已锁定；请先解锁再修改"),
                                           QStringLiteral("已锁定的结果已占 0.5000；最多还剩 0.5000"),
                                           QStringLiteral("\"0.3x\" 不是数字"),
                                           QStringLiteral("第 2 项：\"1e999\" 超出范围")}));
    }

    // A file's refusal keeps its name and key path before the translated sentence.
    void sessionFileRefusal_isTranslatedAfterItsPath()
    {
        const QString path = QStringLiteral(ENTROPYLAB_TEST_DATA "/sessions/wrong-sum.json");
        try {
            widgets::readSessionFile(path);
            QFAIL("accepted");
        } catch (const widgets::SessionError &e) {
            QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
            const QString text = widgets::errorText(e);
            QVERIFY2(text.startsWith(QStringLiteral("wrong-sum.json: state.")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("各分量之和为")), qPrintable(text));
        }
    }

    void qtsOwnDialogs_speakChineseWhenInstalled()
    {
        const QString qtCatalog = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + "/qtbase_zh_CN.qm";
        if (!QFile::exists(qtCatalog))
            QSKIP("qtbase_zh_CN.qm is missing (Debian: qt6-translations-l10n); standard buttons stay English");
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QVERIFY2(hasHan(buttons.button(QDialogButtonBox::Cancel)->text()),
                 qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
    }

    void windowMadeAfterInstalling_isChinese_andEnglishAgainAfterSwitchingBack()
    {
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        {
            app::MainWindow window;
            const QStringList titles = menuTitles(window);
            QVERIFY(!titles.isEmpty());
            QVERIFY2(titles.front().contains(QStringLiteral("文件")), qPrintable(titles.join(u' ')));
            QVERIFY2(titles.front().contains(QStringLiteral("(&F)")), qPrintable(titles.front()));
            for (const QString &title : titles)
                QVERIFY2(hasHan(title), qPrintable(title));
            QCOMPARE(window.panel(QStringLiteral("entropy"))->title(), QStringLiteral("二元熵"));
            for (const widgets::PlotPanel *panel : window.panels())
                QVERIFY2(hasHan(panel->title()), qPrintable(panel->title()));
            QVERIFY(hasHan(window.windowTitle()));
        }

        QVERIFY(app::installTranslations(*qApp, QStringLiteral("en")));
        app::MainWindow window;
        QCOMPARE(menuTitles(window).front(), QStringLiteral("&File"));
        QCOMPARE(window.panel(QStringLiteral("entropy"))->title(), QStringLiteral("Binary entropy"));
        QCOMPARE(QCoreApplication::translate("widgets", "bits"), QStringLiteral("bits"));
    }

    void installingTwice_replacesTheTranslators()
    {
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("app::MainMenus", "&File"), QStringLiteral("&File"));
    }

    void chineseGlyphsAreInstalled()
    {
        // Without a CJK font the titles draw as boxes: scripts/install-deps.sh installs fonts-noto-cjk.
        const QFontMetrics metrics(widgets::Theme::light().font(1.3, true));
        for (const char32_t c : U"熵散度交叉信息量")
            if (c)
                QVERIFY2(metrics.inFontUcs4(c), "no font draws Chinese: install fonts-noto-cjk");
    }

    void chineseGlyphs_takeTheSimplifiedForms()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QSKIP("Noto Sans CJK SC is missing: install fonts-noto-cjk");
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        // 值 differs between Chinese and Japanese type; LC_ALL=C would pick the Japanese face.
        for (const QFont &font : {widgets::Theme::light().font(), QApplication::font()}) {
            QTextLayout layout(QStringLiteral("最大值"), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            const QList<QGlyphRun> runs = layout.glyphRuns();
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.front().rawFont().familyName(), QStringLiteral("Noto Sans CJK SC"));
        }
    }

    void languageFor_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *name, const char *setting, const char *systemLocale, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(setting) << QString::fromUtf8(systemLocale)
                                << QString::fromUtf8(expected);
        };
        row("system, zh_CN", "", "zh_CN", "zh_CN");
        row("system, zh (Simplified by default)", "", "zh", "zh_CN");
        row("system, zh_SG", "", "zh_SG", "zh_CN");
        row("system, zh_Hans_HK", "", "zh_Hans_HK", "zh_CN");
        row("system, zh_TW: no Traditional", "", "zh_TW", "en");
        row("system, zh_HK: no Traditional", "", "zh_HK", "en");
        row("system, en_US", "", "en_US", "en");
        row("system, en_GB", "", "en_GB", "en");
        row("system, de_DE: not offered", "", "de_DE", "en");
        row("system, C", "", "C", "en");
        row("'system', zh_CN", "system", "zh_CN", "zh_CN");
        row("en on a Chinese system", "en", "zh_CN", "en");
        row("zh_CN on an English system", "zh_CN", "en_US", "zh_CN");
        row("wrong: fr follows the system", "fr", "zh_CN", "zh_CN");
        row("wrong: zh follows the system", "zh", "en_US", "en");
    }

    void languageFor()
    {
        QFETCH(QString, setting);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        QCOMPARE(app::languageFor(setting, QLocale(systemLocale)), expected);
    }

    void languageSetting_keepsOnlyOfferedLanguages_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *stored, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(stored) << QString::fromUtf8(expected);
        };
        row("system default", "", "");
        row("en", "en", "en");
        row("zh_CN", "zh_CN", "zh_CN");
        row("wrong: system", "system", "");
        row("wrong: zh_TW", "zh_TW", "");
    }

    void languageSetting_keepsOnlyOfferedLanguages()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        app::setLanguageSetting(stored);
        QCOMPARE(app::languageSetting(), expected);
        QSettings().setValue(QStringLiteral("view/language"), stored); // as edited by hand
        QCOMPARE(app::languageSetting(), expected);
    }

    void effectiveLanguage_followsTheSetting()
    {
        app::setLanguageSetting(QStringLiteral("zh_CN"));
        QCOMPARE(app::effectiveLanguage(), QStringLiteral("zh_CN"));
        app::setLanguageSetting(QStringLiteral("en"));
        QCOMPARE(app::effectiveLanguage(), QStringLiteral("en"));
        app::setLanguageSetting(QString());
        QCOMPARE(app::effectiveLanguage(), app::languageFor(QString(), QLocale::system()));
    }

    void availableLanguages_nameThemselves()
    {
        const auto languages = app::availableLanguages();
        QCOMPARE(languages.size(), 3);
        QCOMPARE(languages[0].first, QString());
        QCOMPARE(languages[1], std::pair(QStringLiteral("en"), QStringLiteral("English")));
        QCOMPARE(languages[2], std::pair(QStringLiteral("zh_CN"), QStringLiteral("简体中文")));
        QCOMPARE(languages[0].second, QStringLiteral("System default"));
        QVERIFY(app::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(hasHan(app::availableLanguages()[0].second));
        QCOMPARE(app::availableLanguages()[1].second, QStringLiteral("English")); // never translated
    }

    void preferencesDialog_okStoresTheChoice()
    {
        app::setLanguageSetting(QStringLiteral("en"));
        app::PreferencesDialog dialog;
        QComboBox *combo = dialog.languageBox();
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("English"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("简体中文"));
        QCOMPARE(dialog.chosenLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(app::languageSetting(), QStringLiteral("en")); // nothing stored before OK
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(app::languageSetting(), QStringLiteral("zh_CN"));
    }

    void preferencesDialog_cancelStoresNothing()
    {
        app::PreferencesDialog dialog;
        QCOMPARE(dialog.chosenLanguage(), QString()); // the system default preselected
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(QStringLiteral("view/language")));
    }

    void tsFile_translatesEveryString()
    {
        const QString path = QStringLiteral(ENTROPYLAB_TS_DIR "/entropylab_zh_CN.ts");
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage &message : messages) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                continue; // no longer in the sources: kept for reuse, never shown
            const QString where = message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\" ");
            const QStringList &forms = message.translations;
            if (message.type == QLatin1String("unfinished") || forms.isEmpty()) {
                problems << where + QStringLiteral("is not translated");
                continue;
            }
            for (const QString &form : forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral("has an empty plural form");
                else if (placeholders(form) != placeholders(message.source))
                    problems << where + QStringLiteral("has other placeholders in \"%1\"").arg(form);
                else if (hasAccelerator(message.source) != hasAccelerator(form))
                    problems << where + QStringLiteral("lost or gained the & of a shortcut key in \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 of %2 messages in %3:\n  ").arg(problems.size()).arg(messages.size()).arg(path)
                     + problems.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TranslationTest)
#include "tst_translation.moc"
