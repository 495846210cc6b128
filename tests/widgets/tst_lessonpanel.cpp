#include "core/loss.h"
#include "widgets/lessonpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <stdexcept>

using widgets::LessonExample;
using widgets::LessonPanel;
using widgets::LessonState;
using widgets::LessonStep;

namespace {

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

int indexOf(const LessonPanel &panel, const QString &id)
{
    for (int i = 0; i < panel.stepCount(); ++i) {
        if (panel.step(i).id == id)
            return i;
    }
    return -1;
}

// JSON written with ' for " so that it reads easily here.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A valid one-step lesson with `step` as its step (an object's members, without braces).
QByteArray lessonWith(const QByteArray &step)
{
    return json("{'format': 'entropylab-lesson', 'version': 1, 'steps': [{") + step + "}]}";
}

const QByteArray kStep
    = json("'id': 'a', 'title': 'T', 'text': 'Some text.', 'example': {'p': 0.5, 'panel': 'entropy'}");

// kStep with its example's members replaced.
QByteArray stepWithExample(const QByteArray &example)
{
    return lessonWith(json("'id': 'a', 'title': 'T', 'text': 'Some text.', 'example': {") + example + "}");
}

} // namespace

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void builtInLessons_parseWithValidExamples_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void builtInLessons_parseWithValidExamples()
    {
        QFETCH(QString, language);
        const std::vector<LessonStep> steps = widgets::builtInLesson(language);
        QVERIFY(steps.size() >= 6);
        for (const LessonStep &step : steps) {
            QVERIFY2(widgets::panelNames().contains(step.example.panel), qPrintable(step.id));
            QVERIFY(!step.title.isEmpty() && !step.text.isEmpty() && !step.formula.isEmpty());
            QVERIFY(!step.example.notice.isEmpty());
            QVERIFY(!step.tryThis.isEmpty() && step.tryThis.size() <= 2);
            QVERIFY(step.example.unit.has_value());
        }
    }

    // The loss step's notice quotes the gradients at its example: the cross-entropy one in the step's unit, as the
    // readout shows it beside J (−1.37 bits at y = 1, ŷ = 0.05, not the nats value −0.95), the squared error's
    // without a unit.
    void lossStep_noticeQuotesTheGradientsTheReadoutShows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void lossStep_noticeQuotesTheGradientsTheReadoutShows()
    {
        QFETCH(QString, language);
        const std::vector<LessonStep> steps = widgets::builtInLesson(language);
        const auto step = std::find_if(steps.begin(), steps.end(),
                                       [](const LessonStep &s) { return s.id == QStringLiteral("logistic-loss"); });
        QVERIFY(step != steps.end());
        const LessonExample &example = step->example;
        QVERIFY(example.y && example.yhat && example.unit);
        const double crossEntropy = core::binaryCrossEntropyGradientLogit(*example.y, *example.yhat, *example.unit);
        const double squared = core::squaredErrorGradientLogit(*example.y, *example.yhat);
        // Two decimals, with the true minus sign the lesson writes.
        const auto twoDecimals
            = [](double v) { return QString::number(v, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212)); };
        QVERIFY2(example.notice.contains(twoDecimals(crossEntropy)),
                 qPrintable(twoDecimals(crossEntropy) + QStringLiteral(" not in ") + example.notice));
        QVERIFY2(example.notice.contains(twoDecimals(squared)),
                 qPrintable(twoDecimals(squared) + QStringLiteral(" not in ") + example.notice));
    }

    void builtInLessons_agreeAcrossLanguages()
    {
        const std::vector<LessonStep> en = widgets::builtInLesson(QStringLiteral("en"));
        const std::vector<LessonStep> zh = widgets::builtInLesson(QStringLiteral("zh_CN"));
        QCOMPARE(zh.size(), en.size());
        for (std::size_t i = 0; i < en.size(); ++i) {
            QCOMPARE(zh[i].id, en[i].id);
            QCOMPARE(zh[i].formula, en[i].formula);
            const LessonExample &a = en[i].example, &b = zh[i].example;
            QVERIFY(a.p == b.p && a.q == b.q && a.y == b.y && a.yhat == b.yhat && a.unit == b.unit);
            QVERIFY(a.pDistribution == b.pDistribution && a.qDistribution == b.qDistribution);
            QCOMPARE(b.labels, a.labels);
            QCOMPARE(b.panel, a.panel);
            QCOMPARE(zh[i].tryThis.size(), en[i].tryThis.size());
            for (const QString &text : QStringList {zh[i].title, zh[i].text, b.notice} + zh[i].tryThis)
                QVERIFY2(hasCjk(text), qPrintable(text));
            QVERIFY(!hasCjk(en[i].text));
        }
    }

    void builtInLesson_picksTheFileOrFallsBackToEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "en";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("zh-CN, as uiLanguages spells it") << "zh-CN"
                                                         << "zh_CN";
        QTest::newRow("de has no file") << "de"
                                        << "en";
        QTest::newRow("de_AT") << "de_AT"
                               << "en";
        QTest::newRow("en_GB") << "en_GB"
                               << "en";
        QTest::newRow("empty") << ""
                               << "en";
        QTest::newRow("a path is no language") << "../zh_CN"
                                               << "en";
    }

    void builtInLesson_picksTheFileOrFallsBackToEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const std::vector<LessonStep> steps = widgets::builtInLesson(language);
        const std::vector<LessonStep> reference = widgets::builtInLesson(expected);
        QCOMPARE(steps.size(), reference.size());
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].title, reference[i].title);
        QCOMPARE(hasCjk(steps.front().title), expected == QLatin1String("zh_CN"));
    }

    void parseLesson_readsEveryField()
    {
        const std::vector<LessonStep> steps = widgets::parseLesson(
            json("{'format': 'entropylab-lesson', 'version': 1, 'language': 'en', 'steps': ["
                 "  {'id': 'one', 'title': 'First', 'text': 'A <i>p</i>.', 'formula': '<i>h</i>',"
                 "   'example': {'p': 0.25, 'q': 1, 'y': 0, 'yhat': 0, 'unit': 'nats', 'panel': 'loss', 'notice': 'N'},"
                 "   'try': ['x', 'y']},"
                 "  {'id': 'two', 'title': 'Second', 'text': 'B',"
                 "   'example': {'p': [0.5, 0.5], 'q': [0.25, 0.75], 'labels': ['h', 't'], 'panel': 'code-length'}}"
                 "]}"));
        QCOMPARE(steps.size(), std::size_t(2));
        const LessonStep &one = steps[0];
        QCOMPARE(one.id, QStringLiteral("one"));
        QCOMPARE(one.text, QStringLiteral("A <i>p</i>."));
        QCOMPARE(one.formula, QStringLiteral("<i>h</i>"));
        QVERIFY(one.example.p == 0.25 && one.example.q == 1.0 && one.example.y == 0 && one.example.yhat == 0.0);
        QVERIFY(one.example.unit == core::Unit::Nats);
        QCOMPARE(one.example.panel, QStringLiteral("loss"));
        QCOMPARE(one.example.notice, QStringLiteral("N"));
        QCOMPARE(one.tryThis, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
        const LessonExample &two = steps[1].example;
        QVERIFY(!two.p && !two.y && !two.yhat && !two.unit && two.notice.isEmpty());
        QVERIFY(two.qDistribution.has_value());
        QCOMPARE((*two.qDistribution)[1], 0.75);
        QCOMPARE(two.labels, QStringList({QStringLiteral("h"), QStringLiteral("t")}));
        QVERIFY(steps[1].formula.isEmpty() && steps[1].tryThis.isEmpty());
    }

    // The one JSON policy (widgets/model/jsonreader.h): a key this version does not know is ignored,
    // at any depth, so a newer lesson file still reads.
    void parseLesson_ignoresUnknownKeys()
    {
        const std::vector<LessonStep> steps = widgets::parseLesson(
            json("{'format': 'entropylab-lesson', 'version': 1, 'author': 'X', 'steps': ["
                 "  {'id': 'one', 'title': 'T', 'text': 'A', 'video': 'v.mp4',"
                 "   'example': {'p': 0.25, 'colour': 'red', 'panel': 'kl'}}]}"));
        QCOMPARE(steps.size(), std::size_t(1));
        QCOMPARE(steps[0].example.p, std::optional<double>(0.25));
        QCOMPARE(steps[0].example.panel, QStringLiteral("kl"));
    }

    void parseLesson_refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");

        QByteArrayList manySteps;
        for (int i = 0; i < 51; ++i)
            manySteps << "{\"id\": \"s" + QByteArray::number(i) + "\", " + kStep.mid(kStep.indexOf("\"title\"")) + "}";
        const QByteArray many
            = "{\"format\": \"entropylab-lesson\", \"version\": 1, \"steps\": [" + manySteps.join(',') + "]}";
        const QByteArray longText(4001, 'x');

        QTest::newRow("empty input") << QByteArray() << "empty; a lesson is a JSON object";
        QTest::newRow("truncated") << json("{'format': ") << "not valid JSON";
        QTest::newRow("top-level array") << QByteArray("[]") << "the top level is an array; a lesson is a JSON object";
        QTest::newRow("top-level list of steps") << "[{" + kStep + "}]"
                                                 << "the top level is an array; a lesson is a JSON object";
        QTest::newRow("over 256 KiB") << json("{'format': 'entropylab-lesson', 'x': '") + QByteArray(256 * 1024, 'a')
                + "\"}"
                                      << "larger than 256 KiB";
        QTest::newRow("no format") << json("{'version': 1, 'steps': []}") << "\"format\" must be";
        QTest::newRow("wrong format") << json("{'format': 'entropylab-preset', 'version': 1, 'steps': []}")
                                      << "\"format\" must be \"entropylab-lesson\"";
        QTest::newRow("version 2") << json("{'format': 'entropylab-lesson', 'version': 2, 'steps': []}")
                                   << "unsupported \"version\"";
        QTest::newRow("unknown top-level key, no steps")
            << json("{'format': 'entropylab-lesson', 'version': 1, 'step': []}") << "lesson: \"steps\" must be an array";
        QTest::newRow("steps an object") << json("{'format': 'entropylab-lesson', 'version': 1, 'steps': {}}")
                                         << "\"steps\" must be an array";
        QTest::newRow("no steps") << json("{'format': 'entropylab-lesson', 'version': 1}")
                                  << "\"steps\" must be an array";
        QTest::newRow("empty steps") << json("{'format': 'entropylab-lesson', 'version': 1, 'steps': []}")
                                     << "\"steps\" is empty";
        QTest::newRow("51 steps") << many << "more than 50 steps";
        QTest::newRow("step a string") << json("{'format': 'entropylab-lesson', 'version': 1, 'steps': ['hi']}")
                                       << "step 1: a step must be an object";
        QTest::newRow("no id") << lessonWith(json("'title': 'T', 'text': 'X', 'example': {'panel': 'kl'}"))
                               << "step 1: no \"id\"";
        QTest::newRow("no title") << lessonWith(json("'id': 'a', 'text': 'X', 'example': {'panel': 'kl'}"))
                                  << "step 1: no \"title\"";
        QTest::newRow("no text") << lessonWith(json("'id': 'a', 'title': 'T', 'example': {'panel': 'kl'}"))
                                 << "step 1: no \"text\"";
        QTest::newRow("blank title") << lessonWith(
            json("'id': 'a', 'title': '  ', 'text': 'X', 'example': {'panel': 'kl'}"))
                                     << "\"title\" is empty";
        QTest::newRow("title a number") << lessonWith(
            json("'id': 'a', 'title': 3, 'text': 'X', 'example': {'panel': 'kl'}"))
                                        << "\"title\" must be a string";
        QTest::newRow("id with capitals")
            << lessonWith(json("'id': 'Info', 'title': 'T', 'text': 'X', 'example': {'panel': 'kl'}")) << "lower-case";
        QTest::newRow("id used twice") << json("{'format': 'entropylab-lesson', 'version': 1, 'steps': [{") + kStep
                + "}, {" + kStep + "}]}"
                                       << "step 2: the id \"a\" is used twice";
        QTest::newRow("repeated key") << lessonWith(kStep + json(", 'id': 'b'"))
                                      << "the key \"id\" appears twice in one object";
        QTest::newRow("text too long") << lessonWith(json("'id': 'a', 'title': 'T', 'text': '") + longText
                                                     + json("', 'example': {'panel': 'kl'}"))
                                       << "\"text\" is longer than 4000 characters";
        QTest::newRow("try prompt too long")
            << lessonWith(kStep + json(", 'try': ['") + longText + "\"]") << "\"try\" is longer than 4000 characters";
        QTest::newRow("try a string") << lessonWith(kStep + json(", 'try': 'Find p.'")) << "\"try\" must be a list";
        QTest::newRow("no example") << lessonWith(json("'id': 'a', 'title': 'T', 'text': 'X'")) << "no \"example\"";
        QTest::newRow("example a list") << lessonWith(json("'id': 'a', 'title': 'T', 'text': 'X', 'example': []"))
                                        << "\"example\" must be an object";
        QTest::newRow("p above 1") << stepWithExample(json("'p': 1.5, 'panel': 'kl'"))
                                   << "step 1, example: p: entry 1 (1.5) is greater than 1";
        QTest::newRow("negative q") << stepWithExample(json("'q': -0.1, 'panel': 'kl'")) << "step 1, example: q: entry 1 (-0.1) is negative";
        QTest::newRow("p a string") << stepWithExample(json("'p': '0.5', 'panel': 'kl'")) << "\"p\" must be a number";
        QTest::newRow("p overflowing to infinity")
            << stepWithExample(json("'p': 1e999, 'panel': 'kl'")) << "not valid JSON";
        QTest::newRow("yhat above 1") << stepWithExample(json("'yhat': 1.0001, 'panel': 'loss'"))
                                      << "step 1, example: yhat: 1.0001 is outside [0, 1]";
        QTest::newRow("y is 2") << stepWithExample(json("'y': 2, 'panel': 'loss'")) << "step 1, example: y: 2 is not 0 or 1";
        QTest::newRow("y is a half") << stepWithExample(json("'y': 0.5, 'panel': 'loss'")) << "step 1, example: y: 0.5 is not 0 or 1";
        QTest::newRow("y is true") << stepWithExample(json("'y': true, 'panel': 'loss'")) << "step 1, example: \"y\" must be a number";
        QTest::newRow("unknown unit") << stepWithExample(json("'unit': 'furlongs', 'panel': 'kl'"))
                                      << "step 1, example: unit: \"furlongs\" is not a unit (bits, nats, bans or hartleys)";
        QTest::newRow("unit in capitals")
            << stepWithExample(json("'unit': 'Bits', 'panel': 'kl'")) << "step 1, example: unit: \"Bits\" is not a unit (bits, nats, bans or hartleys)";
        QTest::newRow("unknown panel") << stepWithExample(json("'p': 0.5, 'panel': 'entropie'"))
                                       << "unknown panel \"entropie\"";
        QTest::newRow("no panel") << stepWithExample(json("'p': 0.5")) << "no \"panel\"";
        QTest::newRow("repeated example key") << stepWithExample(json("'p': 0.5, 'p': 0.4, 'panel': 'kl'"))
                                              << "the key \"p\" appears twice in one object";
        QTest::newRow("list without labels")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'panel': 'code-length'")) << "needs \"labels\"";
        QTest::newRow("list and number") << stepWithExample(json("'p': [0.5, 0.5], 'q': 0.5, 'panel': 'code-length'"))
                                         << "both be numbers or both be lists";
        QTest::newRow("list not summing to 1")
            << stepWithExample(json("'p': [0.5, 0.6], 'q': [0.5, 0.5], 'labels': ['a', 'b'], 'panel': 'code-length'"))
            << "step 1, example: p: the entries sum to 1.1, not 1";
        QTest::newRow("list entry above 1")
            << stepWithExample(json("'p': [1.5, -0.5], 'q': [0.5, 0.5], 'labels': ['a', 'b'], 'panel': 'kl'"))
            << "step 1, example: p: entry 1 (1.5) is greater than 1";
        QTest::newRow("one outcome") << stepWithExample(json("'p': [1], 'q': [1], 'labels': ['a'], 'panel': 'kl'"))
                                     << "step 1, example: p: 1 entry; a lesson has 2 to 64 outcomes";
        QTest::newRow("lists of two lengths")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.25, 0.25, 0.5], 'labels': ['a', 'b'], 'panel': 'kl'"))
            << "step 1, example: p: 2 entries, but q has 3";
        QTest::newRow("labels too few") << stepWithExample(
            json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a'], 'panel': 'kl'"))
                                        << "step 1, example: labels: 1 label, but p has 2 entries";
        QTest::newRow("label twice") << stepWithExample(
            json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a', 'a'], 'panel': 'kl'"))
                                     << "step 1, example: labels[1]: \"a\" names two outcomes (also labels[0])";
        QTest::newRow("label empty") << stepWithExample(
            json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a', ''], 'panel': 'kl'"))
                                     << "step 1, example: labels[1]: the label is empty";
        QTest::newRow("label of 41 bytes") << stepWithExample(
            json(("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a', '" + QByteArray(41, 'x') + "'], 'panel': 'kl'")
                     .constData())) << "step 1, example: labels[1]: the label is 41 bytes of UTF-8; the limit is 40 bytes";
        QTest::newRow("label with a control character")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a\\u0007', 'b'], 'panel': 'kl'"))
            << "step 1, example: labels[0]: the label holds the control character U+0007";
        QTest::newRow("a and a + zero-width space")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a', 'a\\u200b'], 'panel': 'kl'"))
            << "step 1, example: labels[1]: the label holds the invisible format character U+200B";
        QTest::newRow("label with a leading space")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': [' a', 'b'], 'panel': 'kl'"))
            << "step 1, example: labels[0]: the label begins with the space U+0020";
        QTest::newRow("label not a string")
            << stepWithExample(json("'p': [0.5, 0.5], 'q': [0.5, 0.5], 'labels': ['a', 1], 'panel': 'kl'"))
            << "every label must be a string";
        QTest::newRow("labels without lists") << stepWithExample(json("'p': 0.5, 'labels': ['a', 'b'], 'panel': 'kl'"))
                                              << "\"labels\" go only with lists";
    }

    void parseLesson_refusesMalformedInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        try {
            widgets::parseLesson(json);
            QFAIL("accepted");
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(fragment), qPrintable(message));
        }
    }

    void nextAndPrevious_moveTheStepAndTheShownTitle()
    {
        LessonState state;
        LessonPanel panel(&state);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &LessonPanel::stepChanged);
        const int n = panel.stepCount();

        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(panel.titleLabel()->text(), panel.step(0).title);
        QCOMPARE(panel.positionLabel()->text(), QStringLiteral("Step 1 of %1").arg(n));
        QVERIFY(!panel.previousButton()->isEnabled());
        QVERIFY(panel.nextButton()->isEnabled());

        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        QCOMPARE(panel.currentStep(), 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().first().toInt(), 1);
        QCOMPARE(panel.titleLabel()->text(), panel.step(1).title);
        QCOMPARE(panel.textLabel()->text(), panel.step(1).text);
        QCOMPARE(panel.formulaLabel()->text(), panel.step(1).formula);
        QVERIFY(panel.tryLabel()->text().contains(panel.step(1).tryThis.first()));
        QCOMPARE(panel.positionLabel()->text(), QStringLiteral("Step 2 of %1").arg(n));
        QVERIFY(panel.previousButton()->isEnabled());

        QTest::mouseClick(panel.previousButton(), Qt::LeftButton);
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(panel.titleLabel()->text(), panel.step(0).title);
        QVERIFY(!panel.previousButton()->isEnabled());
        QTest::mouseClick(panel.previousButton(), Qt::LeftButton); // disabled: nothing happens
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(spy.count(), 2);

        for (int i = 1; i < n; ++i)
            QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        QCOMPARE(panel.currentStep(), n - 1);
        QCOMPARE(panel.titleLabel()->text(), panel.step(n - 1).title);
        QVERIFY(!panel.nextButton()->isEnabled());
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        QCOMPARE(panel.currentStep(), n - 1);
        QCOMPARE(spy.count(), 2 + n - 1);
    }

    void setStep_clampsAndSignalsOnlyChanges()
    {
        LessonState state;
        LessonPanel panel(&state);
        QSignalSpy spy(&panel, &LessonPanel::stepChanged);
        panel.setStep(1000);
        QCOMPARE(panel.currentStep(), panel.stepCount() - 1);
        panel.setStep(panel.stepCount());
        QCOMPARE(spy.count(), 1);
        panel.setStep(-3);
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().first().toInt(), 0);
    }

    void showMe_onBinaryEntropy_setsPExactlyInOneChange()
    {
        LessonState state;
        LessonPanel panel(&state);
        // Start from many outcomes, so the example must bring back the two-outcome lesson.
        panel.setStep(indexOf(panel, QStringLiteral("entropy")));
        panel.showExample();
        QCOMPARE(state.outcomeCount(), 4);

        const int index = indexOf(panel, QStringLiteral("binary-entropy"));
        QVERIFY(index >= 0);
        panel.setStep(index);
        QVERIFY(panel.noticeLabel()->isHidden());
        const LessonExample &example = panel.step(index).example;
        QVERIFY(example.p.has_value());
        QSignalSpy changed(&state, &LessonState::changed);
        QSignalSpy shown(&panel, &LessonPanel::exampleShown);
        QTest::mouseClick(panel.showMeButton(), Qt::LeftButton);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("entropy"));
        QCOMPARE(state.outcomeCount(), 2);
        QVERIFY(state.p() == *example.p); // exactly, not within a tolerance
        QVERIFY(state.q() == *example.q);
        QCOMPARE(panel.noticeLabel()->text(), example.notice);
        QVERIFY(!panel.noticeLabel()->isHidden());

        // A new step hides the previous step's notice.
        panel.nextStep();
        QVERIFY(panel.noticeLabel()->isHidden());
    }

    void showMe_onLogisticRegression_setsYAndYhat()
    {
        LessonState state;
        state.setY(0);
        state.setYhat(0.7);
        LessonPanel panel(&state);
        const int index = indexOf(panel, QStringLiteral("logistic-loss"));
        QVERIFY(index >= 0);
        panel.setStep(index);
        const LessonExample &example = panel.step(index).example;
        QVERIFY(example.y && example.yhat);
        QSignalSpy changed(&state, &LessonState::changed);
        QSignalSpy shown(&panel, &LessonPanel::exampleShown);
        QTest::mouseClick(panel.showMeButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.y(), *example.y);
        QVERIFY(state.yhat() == *example.yhat);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("loss"));
    }

    void showMe_everyStep_appliesItsExample_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void showMe_everyStep_appliesItsExample()
    {
        QFETCH(QString, language);
        LessonState state;
        LessonPanel panel(&state, language);
        for (int i = 0; i < panel.stepCount(); ++i) {
            panel.setStep(i);
            const LessonExample &e = panel.step(i).example;
            QSignalSpy changed(&state, &LessonState::changed);
            QSignalSpy shown(&panel, &LessonPanel::exampleShown);
            panel.showExample();
            QCOMPARE(changed.count(), 1); // every example differs from the one before
            QCOMPARE(shown.count(), 1);
            QCOMPARE(shown.first().first().toString(), e.panel);
            if (e.pDistribution) {
                QVERIFY(state.pDistribution() == *e.pDistribution);
                QVERIFY(state.qDistribution() == *e.qDistribution);
                QCOMPARE(state.outcomeLabels(), e.labels);
            }
            if (e.p)
                QVERIFY(state.p() == *e.p);
            if (e.q)
                QVERIFY(state.q() == *e.q);
            if (e.y)
                QCOMPARE(state.y(), *e.y);
            if (e.yhat)
                QVERIFY(state.yhat() == *e.yhat);
            if (e.unit)
                QVERIFY(state.unit() == *e.unit);
            // Showing it again leaves the state as it is (at most one more change signal).
            const widgets::LessonSnapshot shownState = state.snapshot();
            panel.showExample();
            QVERIFY(state.snapshot() == shownState);
            QVERIFY(changed.count() <= 2);
        }
    }

    void chineseLesson_isShown()
    {
        LessonState state;
        LessonPanel panel(&state, QStringLiteral("zh_CN"));
        QVERIFY(hasCjk(panel.titleLabel()->text()));
        QVERIFY(hasCjk(panel.textLabel()->text()));

        // Switching the language keeps the step.
        panel.setStep(3);
        const QString id = panel.step(3).id;
        QSignalSpy spy(&panel, &LessonPanel::stepChanged);
        panel.setLanguage(QStringLiteral("en"));
        QCOMPARE(panel.currentStep(), 3);
        QCOMPARE(panel.step(3).id, id);
        QVERIFY(!hasCjk(panel.titleLabel()->text()));
        QCOMPARE(spy.count(), 0);
    }

    void everyStep_wrapsWithinANarrowDock()
    {
        LessonState state;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            LessonPanel panel(&state, language);
            panel.resize(320, 480);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            auto *scroll = panel.findChild<QScrollArea *>();
            QVERIFY(scroll);
            for (int i = 0; i < panel.stepCount(); ++i) {
                panel.setStep(i);
                panel.showExample();
                QCoreApplication::processEvents();
                QVERIFY(!scroll->horizontalScrollBar()->isVisible());
                QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                         qPrintable(panel.step(i).id));
                QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
            }
        }
    }

    void buttons_haveNamesTooltipsAndANaturalTabOrder()
    {
        LessonState state;
        LessonPanel panel(&state);
        for (QWidget *w :
             std::initializer_list<QWidget *> {panel.showMeButton(), panel.previousButton(), panel.nextButton(),
                                               panel.textLabel(), panel.formulaLabel()}) {
            QVERIFY(!w->accessibleName().isEmpty());
        }
        for (QPushButton *b : {panel.showMeButton(), panel.previousButton(), panel.nextButton()})
            QVERIFY(!b->toolTip().isEmpty());

        panel.setStep(1);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showMeButton()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel.previousButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel.nextButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(panel.currentStep(), 2);
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
