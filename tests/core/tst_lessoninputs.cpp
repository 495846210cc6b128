// core::validate: the one gate every reader of a lesson state passes (LessonState::restore, sessions,
// copy-state strings, presets, lesson examples, export --labels). Each rule has a row that breaks
// it, with the code, the key and the entry the refusal must name, and its English sentence.
#include "core/lessoninputs.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

using core::InputRule;
using core::LessonInputs;
using Edit = std::function<void(LessonInputs &)>;

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(core::InputRule)

namespace {

LessonInputs three()
{
    LessonInputs in;
    in.p = {0.2, 0.3, 0.5};
    in.q = {0.1, 0.1, 0.8};
    in.labels = {"A", "B", "C"};
    return in;
}

constexpr int kNoIndex = -1;

} // namespace

class TestLessonInputs : public QObject
{
    Q_OBJECT

private slots:
    void defaults_passTheGate()
    {
        const LessonInputs in;
        QVERIFY(!core::validate(in));
        QCOMPARE(in.p.at(0), core::kDefaultP);
        QCOMPARE(in.q.at(0), core::kDefaultQ);
        QCOMPARE(in.labels, core::binaryLabels());
        QCOMPARE(in.y, double(core::kDefaultY));
        QCOMPARE(in.yhat, core::kDefaultYhat);
        QCOMPARE(core::parseUnit(in.unit), std::optional<core::Unit>(core::kDefaultUnit));
    }

    void unnamedLabels_areOneAndZeroForTwo_lettersForMore()
    {
        QCOMPARE(core::unnamedLabels(2), (std::vector<std::string> {"1", "0"}));
        QCOMPARE(core::unnamedLabels(3), (std::vector<std::string> {"A", "B", "C"}));
        QCOMPARE(core::defaultLabels(28).back(), std::string("AB"));
    }

    void validate_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<InputRule>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("sentence");

        const auto row = [](const char *name, Edit edit, InputRule rule, const char *key, int index,
                            const char *sentence) {
            QTest::newRow(name) << edit << rule << QString::fromLatin1(key) << index << QString::fromUtf8(sentence);
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        row(
            "good, three outcomes", [](LessonInputs &) {}, InputRule::OutcomeCount, "", kNoIndex, "");
        row(
            "good, 64 outcomes, locks",
            [](LessonInputs &in) {
                in.p = in.q = std::vector<double>(64, 1.0 / 64);
                in.labels = core::defaultLabels(64);
                in.lockedP = in.lockedQ = std::vector<bool>(64, true);
                in.focus = 63;
            },
            InputRule::OutcomeCount, "", kNoIndex, "");
        row(
            "one outcome",
            [](LessonInputs &in) {
                in.p = in.q = {1.0};
                in.labels = {"A"};
            },
            InputRule::OutcomeCount, "p", kNoIndex, "1 entry; a lesson has 2 to 64 outcomes");
        row(
            "65 outcomes",
            [](LessonInputs &in) {
                in.p = in.q = std::vector<double>(65, 1.0 / 65);
                in.labels = core::defaultLabels(65);
            },
            InputRule::OutcomeCount, "p", kNoIndex, "65 entries; a lesson has 2 to 64 outcomes");
        row(
            "q shorter",
            [](LessonInputs &in) {
                in.q = {0.5, 0.5};
            },
            InputRule::CountsDiffer, "p", kNoIndex, "3 entries, but q has 2");
        row(
            "two labels for three",
            [](LessonInputs &in) {
                in.labels = {"A", "B"};
            },
            InputRule::LabelCount, "labels", kNoIndex, "2 labels, but p has 3 entries");
        row(
            "p entry NaN", [nan](LessonInputs &in) { in.p[1] = nan; }, InputRule::EntryNotFinite, "p", 1,
            "entry 2 (nan) is not a finite number");
        row(
            "q entry negative",
            [](LessonInputs &in) {
                in.q = {-0.1, 0.3, 0.8};
            },
            InputRule::EntryNegative, "q", 0, "entry 1 (-0.1) is negative");
        row(
            "p entry above 1",
            [](LessonInputs &in) {
                in.p = {1.5, -0.5};
                in.q = {0.5, 0.5};
                in.labels = {"a", "b"};
            },
            InputRule::EntryAboveOne, "p", 0, "entry 1 (1.5) is greater than 1");
        row(
            "q sums to 0.9",
            [](LessonInputs &in) {
                in.q = {0.2, 0.2, 0.5};
            },
            InputRule::SumNotOne, "q", kNoIndex, "the entries sum to 0.9, not 1");
        row(
            "p sums to 0",
            [](LessonInputs &in) {
                in.p = {0, 0, 0};
            },
            InputRule::SumNotOne, "p", kNoIndex, "the entries sum to 0; they need a positive, finite sum");
        row(
            "label empty", [](LessonInputs &in) { in.labels[1] = ""; }, InputRule::Label, "labels", 1,
            "the label is empty");
        row(
            "label with a zero-width space", [](LessonInputs &in) { in.labels[2] = "C\u200B"; }, InputRule::Label,
            "labels", 2, "the label holds the invisible format character U+200B");
        row(
            "labels repeated",
            [](LessonInputs &in) {
                in.labels = {"A", "B", "A"};
            },
            InputRule::LabelRepeated, "labels", 2, "\"A\" names two outcomes (also labels[0])");
        row(
            "lockedP too short", [](LessonInputs &in) { in.lockedP = {true}; }, InputRule::LockCount, "lockedP",
            kNoIndex, "1 entry, but p has 3");
        row(
            "lockedQ too long", [](LessonInputs &in) { in.lockedQ = std::vector<bool>(4); }, InputRule::LockCount,
            "lockedQ", kNoIndex, "4 entries, but p has 3");
        row(
            "focus 3 of 3", [](LessonInputs &in) { in.focus = 3; }, InputRule::Focus, "focus", kNoIndex,
            "3 is not an outcome (0 to 2)");
        row(
            "focus 0.5", [](LessonInputs &in) { in.focus = 0.5; }, InputRule::Focus, "focus", kNoIndex,
            "0.5 is not an outcome (0 to 2)");
        row(
            "y 2", [](LessonInputs &in) { in.y = 2; }, InputRule::Y, "y", kNoIndex, "2 is not 0 or 1");
        row(
            "y NaN", [nan](LessonInputs &in) { in.y = nan; }, InputRule::Y, "y", kNoIndex, "nan is not 0 or 1");
        row(
            "yhat 1.5", [](LessonInputs &in) { in.yhat = 1.5; }, InputRule::Yhat, "yhat", kNoIndex,
            "1.5 is outside [0, 1]");
        row(
            "yhat -0.1", [](LessonInputs &in) { in.yhat = -0.1; }, InputRule::Yhat, "yhat", kNoIndex,
            "-0.1 is outside [0, 1]");
        row(
            "unit Bits", [](LessonInputs &in) { in.unit = "Bits"; }, InputRule::Unit, "unit", kNoIndex,
            "\"Bits\" is not a unit (bits, nats, bans or hartleys)");
        row(
            "unit with a control character, long", [](LessonInputs &in) { in.unit = "\x1b" + std::string(50, 'x'); },
            InputRule::Unit, "unit", kNoIndex,
            "\"?xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...\" is not a unit (bits, nats, bans or hartleys)");
        // Sizes are asked first: a wrong count says more than a complaint about one entry.
        row(
            "count before entries",
            [](LessonInputs &in) {
                in.p = {-1.0};
                in.labels = {""};
            },
            InputRule::OutcomeCount, "p", kNoIndex, "1 entry; a lesson has 2 to 64 outcomes");
    }

    void validate()
    {
        QFETCH(Edit, edit);
        QFETCH(InputRule, rule);
        QFETCH(QString, key);
        QFETCH(int, index);
        QFETCH(QString, sentence);
        LessonInputs in = three();
        edit(in);
        const auto refusal = core::validate(in);
        if (key.isEmpty()) {
            QVERIFY2(!refusal, refusal ? core::describe(*refusal).c_str() : "");
            return;
        }
        QVERIFY(refusal);
        QCOMPARE(refusal->rule, rule);
        QCOMPARE(QString::fromStdString(refusal->key), key);
        QCOMPARE(refusal->index ? int(*refusal->index) : kNoIndex, index);
        QCOMPARE(QString::fromStdString(core::describe(*refusal)), sentence);
    }

    void entryName_indexesLabelsOnly()
    {
        LessonInputs in = three();
        in.labels[1] = " B";
        QCOMPARE(core::entryName(*core::validate(in)), std::string("labels[1]"));
        in = three();
        in.p[2] = -0.5;
        QCOMPARE(core::entryName(*core::validate(in)), std::string("p"));
    }

    void lessonDistribution_keepsTwoEntriesExact()
    {
        const double x = 0.1;
        const core::Distribution d = core::lessonDistribution(std::vector<double> {x, 1.0 - x});
        QVERIFY(d.isBinary());
        QCOMPARE(d.binaryX(), x);
        QVERIFY(!core::lessonDistribution(three().p).isBinary());
    }
};

QTEST_APPLESS_MAIN(TestLessonInputs)
#include "tst_lessoninputs.moc"
