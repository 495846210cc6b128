// One meaning for each symbol, the article's: x is an event (I(x) = −log p(x)), so a probability swept
// along an axis is r, never x; σ is the sigmoid; H(p, q) is spelled one way; subscripts are subscripts;
// log (p(x)/q(x)) is bracketed. Walks every text a learner reads — curve names, axis labels, titles,
// value labels and crosshair lines of every panel, the readouts, the outcome table and the lesson
// steps — in English and in Chinese.
#include "app/translations.h"
#include "core/distribution.h"
#include "widgets/model/lessonstate.h"
#include "widgets/outcometable.h"
#include "widgets/panelcatalog.h"
#include "widgets/plothover.h"
#include "widgets/plotpanel.h"
#include "widgets/readoutpanel.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace widgets;

namespace {

// A pattern that must not appear, and why.
struct Forbidden
{
    QRegularExpression pattern;
    const char *why;
};

const QList<Forbidden> &forbidden()
{
    static const QList<Forbidden> list = {
        {QRegularExpression(QStringLiteral("(?<![pqI])\\(x\\)")), "(x) only as p(x), q(x) or I(x): x is an event"},
        {QRegularExpression(QStringLiteral("\\bx\\s*=\\s*[0-9½.−-]")), "x = <number>: a probability is r"},
        {QRegularExpression(QStringLiteral("log\\s*x\\b")), "log x: the swept probability is r"},
        {QRegularExpression(QStringLiteral("1\\s*[−-]\\s*x\\b")), "1 − x: the swept probability is r"},
        {QRegularExpression(QStringLiteral("‖\\s*x\\b|\\bx\\s*‖")), "D(p‖x): the swept probability is r"},
        {QRegularExpression(QStringLiteral("\\(p,\\s*x\\)")), "H(p, x): the swept probability is r"},
        {QRegularExpression(QStringLiteral(",\\s*x$")), "an axis named x: the swept probability is r"},
        {QRegularExpression(QStringLiteral("\\bs\\(w")), "s(w x + b): the sigmoid is σ"},
        {QRegularExpression(QStringLiteral("_i\\b")), "p_i: a subscript is written pᵢ"},
        {QRegularExpression(QStringLiteral("H\\(p,\\S")), "H(p,q): spelled H(p, q)"},
        {QRegularExpression(QStringLiteral("log\\s*p\\(x\\)\\s*/")), "log p(x)/q(x): bracketed, log (p(x)/q(x))"},
    };
    return list;
}

// Names the first forbidden pattern in `text`, or returns an empty string.
QString violation(const QString &text)
{
    for (const Forbidden &f : forbidden()) {
        if (f.pattern.match(text).hasMatch())
            return QStringLiteral("\"%1\": %2").arg(text, QLatin1String(f.why));
    }
    return {};
}

// Every layout element's text: the title, the subtitles of the training lab's extra plots.
void collectTextElements(QCPLayoutElement *element, QStringList &texts)
{
    if (!element)
        return;
    if (auto *text = qobject_cast<QCPTextElement *>(element))
        texts << text->text();
    for (QCPLayoutElement *child : element->elements(false))
        collectTextElements(child, texts);
}

QStringList panelTexts(PlotPanel &panel)
{
    QStringList texts;
    for (int i = 0; i < panel.plottableCount(); ++i)
        texts << panel.plottable(i)->name();
    for (QCPAxisRect *rect : panel.axisRects()) {
        for (QCPAxis *axis : rect->axes())
            texts << axis->label();
    }
    collectTextElements(panel.plotLayout(), texts);
    for (int i = 0; i < panel.itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(panel.item(i)))
            texts << text->text().split(QLatin1Char('\n'));
    }
    texts << panel.accessibleDescription();
    texts.removeAll(QString());
    return texts;
}

QString plain(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

} // namespace

class NotationTest : public QObject
{
    Q_OBJECT

private:
    void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EntropyLab"));
        QApplication::setApplicationName(QStringLiteral("EntropyLab"));
    }

    void cleanup() { app::installTranslations(*qApp, QStringLiteral("en")); }

    void panels_writeTheSweptProbabilityAsR_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QStringList>("mustShow"); // symbols that are the same in every language
        const QMap<QString, QStringList> shown = {
            {QStringLiteral("information"), {QStringLiteral("−log r")}},
            {QStringLiteral("entropy"), {QStringLiteral("h(r) = −r log r − (1−r) log(1−r)"), QStringLiteral("h(r)")}},
            {QStringLiteral("cross-entropy"),
             {QStringLiteral("H(p, r) = −p log r − (1−p) log(1−r)"), QStringLiteral("H(p, q) = ")}},
            {QStringLiteral("kl"), {QStringLiteral("D(p‖r)"), QStringLiteral("D(r‖p)")}},
            {QStringLiteral("loss"), {QStringLiteral("σ(z)")}},
            {QStringLiteral("contributions"), {QStringLiteral("pᵢ"), QStringLiteral("qᵢ"), QStringLiteral("H(p, q)")}},
            {QStringLiteral("code-length"), {QStringLiteral("pᵢ"), QStringLiteral("qᵢ")}},
            {QStringLiteral("training"), {QStringLiteral("σ(w x + b)")}},
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QString &name : panelNames())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(name)) << language << name << shown.value(name);
        }
    }

    void panels_writeTheSweptProbabilityAsR()
    {
        QFETCH(QString, language);
        QFETCH(QString, panel);
        QFETCH(QStringList, mustShow);
        QVERIFY(app::installTranslations(*qApp, language));
        LessonState state;
        std::unique_ptr<PlotPanel> plot(createPanel(panel, &state, Theme::light()));
        QVERIFY(plot);
        plot->resize(900, 560);
        plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(plot.get()));
        plot->replot();
        // The crosshair's box, with the mouse in the middle of the plot. A move to where the last panel's mouse
        // was would be dropped as no move, so it comes from a corner first.
        QTest::mouseMove(plot.get(), plot->axisRect()->rect().topLeft() + QPoint(5, 5));
        QTest::mouseMove(plot.get(), plot->axisRect()->rect().center());
        const PlotHover *hovering = PlotHover::of(plot.get()); // none over bars
        const QStringList hover = hovering ? hovering->values() : QStringList();
        QStringList texts = panelTexts(*plot) + hover;
        const bool sweepsAProbability = QStringList {QStringLiteral("information"), QStringLiteral("entropy"),
                                                     QStringLiteral("cross-entropy"), QStringLiteral("kl")}
                                            .contains(panel);
        if (sweepsAProbability) {
            QVERIFY2(!hover.isEmpty() && hover.first().startsWith(QStringLiteral("r = ")), qPrintable(hover.join('|')));
        }
        const QString all = texts.join(QLatin1Char('|'));
        for (const QString &symbol : mustShow)
            QVERIFY2(all.contains(symbol), qPrintable(symbol + QStringLiteral(" missing from ") + all));
        for (const QString &text : std::as_const(texts)) {
            const QString problem = violation(text);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void readoutsAndTable_useTheArticlesSymbols_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("outcomes");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::addRow("%s two outcomes", qPrintable(language)) << language << 2;
            QTest::addRow("%s three outcomes", qPrintable(language)) << language << 3;
        }
    }

    void readoutsAndTable_useTheArticlesSymbols()
    {
        QFETCH(QString, language);
        QFETCH(int, outcomes);
        QVERIFY(app::installTranslations(*qApp, language));
        LessonState state;
        if (outcomes == 3) {
            const auto p = core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
            const auto q = core::Distribution::fromEntries(std::vector<double> {0.5, 0.25, 0.25});
            const auto refused
                = state.setDistributions(p, q, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
            QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
        }
        ReadoutPanel readouts(&state);
        OutcomeTable table(&state);
        QStringList texts;
        for (const QString &key : readouts.keys())
            texts << readouts.readout(key);
        for (int column = 0; column < table.columnCount(); ++column)
            texts << table.horizontalHeaderItem(column)->text();
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("H(p, q) = ")), qPrintable(all));
        if (outcomes == 3)
            QVERIFY2(all.contains(QStringLiteral("pᵢ")) && all.contains(QStringLiteral("qᵢ")), qPrintable(all));
        for (const QString &text : std::as_const(texts)) {
            const QString problem = violation(text);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void lessonSteps_useTheArticlesSymbols_data() { addLanguages(); }

    void lessonSteps_useTheArticlesSymbols()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(":/lessons/%1.json").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray steps
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() >= 6);
        bool bracketed = false;
        for (const QJsonValue &step : steps) {
            const QJsonObject o = step.toObject();
            QStringList texts {
                o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("text")).toString(),
                o.value(QStringLiteral("formula")).toString(),
                o.value(QStringLiteral("example")).toObject().value(QStringLiteral("notice")).toString()};
            for (const QJsonValue &question : o.value(QStringLiteral("try")).toArray())
                texts << question.toString();
            for (const QString &html : std::as_const(texts)) {
                const QString text = plain(html);
                bracketed = bracketed || text.contains(QStringLiteral("log (p(x)/q(x))"));
                const QString problem = violation(text);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(o.value(QStringLiteral("id")).toString() + QStringLiteral(": ") + problem));
            }
        }
        QVERIFY2(bracketed, "the divergence step writes log (p(x)/q(x))");
    }
};

QTEST_MAIN(NotationTest)
#include "tst_notation.moc"
