// The many-outcome editor as a user drives it: dragging bars with the mouse, typing exact values,
// locks, adding and removing outcomes, presets, and the state staying a valid pair of
// distributions whatever is done to it.
#include "core/summation.h"
#include "widgets/codelengthpanel.h"
#include "widgets/contributionspanel.h"
#include "widgets/distributioneditor.h"
#include "widgets/distributionpanel.h"
#include "widgets/entropypanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/outcometable.h"
#include "widgets/presetlibrary.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <random>

using widgets::LessonState;
using Which = widgets::LessonState::Which;

namespace {

// Empty when the state is a valid pair of distributions over its labels; else what is wrong.
QString problem(const LessonState &s)
{
    const int n = s.outcomeCount();
    if (int(s.qDistribution().size()) != n || s.outcomeLabels().size() != n)
        return QStringLiteral("sizes differ");
    for (const core::Distribution *d : {&s.pDistribution(), &s.qDistribution()}) {
        core::CompensatedSum sum;
        for (double x : d->probabilities()) {
            if (!(x >= 0.0 && x <= 1.0))
                return QStringLiteral("entry %1 outside [0, 1]").arg(x);
            sum.add(x);
        }
        if (std::abs(sum.value() - 1.0) > 1e-12)
            return QStringLiteral("sum %1").arg(sum.value(), 0, 'g', 17);
    }
    return {};
}

std::vector<double> entries(const core::Distribution &d)
{
    return {d.probabilities().begin(), d.probabilities().end()};
}

void loadThree(LessonState &state)
{
    state.setDistributions(core::Distribution::fromEntries(std::vector {0.5, 0.3, 0.2}),
                           core::Distribution::fromEntries(std::vector {0.2, 0.3, 0.5}), {"rain", "sun", "snow"});
}

// The widget pixel of a probability on the bars' value axis.
QPoint at(const widgets::DistributionPanel &bars, bool model, int outcome, double value)
{
    const QPointF top = bars.barTop(model, outcome);
    return QPoint(int(top.x()), int(std::lround(bars.yAxis->coordToPixel(value))));
}

QToolButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (QToolButton *button : parent.findChildren<QToolButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void dragABar_setsThatProbabilityAndScalesTheOthers()
    {
        LessonState state;
        loadThree(state);
        widgets::DistributionPanel bars(&state);
        bars.resize(700, 450);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        // Grab p's first bar near its top and pull it down to 0.25.
        QTest::mousePress(&bars, Qt::LeftButton, {}, at(bars, false, 0, 0.49));
        QTest::mouseMove(&bars, at(bars, false, 0, 0.25));
        QTest::mouseRelease(&bars, Qt::LeftButton, {}, at(bars, false, 0, 0.25));
        QVERIFY2(problem(state).isEmpty(), qPrintable(problem(state)));
        QVERIFY2(std::abs(state.pDistribution()[0] - 0.25) <= 0.006,
                 qPrintable(QString::number(state.pDistribution()[0])));
        // The others keep their proportion 3 : 2.
        QCOMPARE(state.pDistribution()[1] / state.pDistribution()[2], 1.5);
        QCOMPARE(entries(state.qDistribution()), (std::vector {0.2, 0.3, 0.5})); // q untouched
        // The bar is drawn where it was dropped.
        QVERIFY(std::abs(bars.barTop(false, 0).y() - at(bars, false, 0, 0.25).y()) <= 3);
        QCOMPARE(state.focusOutcome(), 0);
    }

    void dragALockedBar_isRefusedWithAMessage()
    {
        LessonState state;
        loadThree(state);
        widgets::DistributionEditor editor(&state, widgets::Theme::light());
        editor.resize(700, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        state.setLocked(Which::Q, 2, true);
        const auto before = entries(state.qDistribution());
        widgets::DistributionPanel &bars = *editor.bars();
        QSignalSpy refused(&bars, &widgets::DistributionPanel::editRefused);
        QTest::mousePress(&bars, Qt::LeftButton, {}, at(bars, true, 2, 0.45));
        QTest::mouseMove(&bars, at(bars, true, 2, 0.8));
        QTest::mouseRelease(&bars, Qt::LeftButton, {}, at(bars, true, 2, 0.8));
        QVERIFY(refused.count() >= 1);
        QCOMPARE(entries(state.qDistribution()), before);
        QVERIFY2(editor.message().contains(QStringLiteral("locked")), qPrintable(editor.message()));

        // The other two q bars may move; the locked 0.5 stays.
        QTest::mousePress(&bars, Qt::LeftButton, {}, at(bars, true, 0, 0.19));
        QTest::mouseMove(&bars, at(bars, true, 0, 0.4));
        QTest::mouseRelease(&bars, Qt::LeftButton, {}, at(bars, true, 0, 0.4));
        QCOMPARE(state.qDistribution()[2], 0.5);
        QVERIFY(std::abs(state.qDistribution()[0] - 0.4) <= 0.006);
        QVERIFY2(problem(state).isEmpty(), qPrintable(problem(state)));
    }

    void hoverHighlightsTheOutcomeEverywhere()
    {
        LessonState state;
        loadThree(state);
        widgets::DistributionEditor editor(&state, widgets::Theme::light());
        editor.resize(700, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        widgets::DistributionPanel &bars = *editor.bars();
        QTest::mouseMove(&bars, at(bars, false, 1, 0.1));
        QCOMPARE(state.highlightedOutcome(), 1);
        // The table marks the same row.
        const QColor mark = editor.table()->item(1, widgets::OutcomeTable::P)->background().color();
        QVERIFY(editor.table()->item(1, widgets::OutcomeTable::P)->background().style() != Qt::NoBrush);
        QCOMPARE(editor.table()->item(0, widgets::OutcomeTable::P)->background().style(), Qt::NoBrush);
        QVERIFY(mark.isValid());
        // The contributions panel shows a band over that outcome.
        widgets::ContributionsPanel contributions(&state);
        contributions.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contributions));
        bool banded = false;
        for (int i = 0; i < contributions.itemCount(); ++i) {
            auto *rect = qobject_cast<QCPItemRect *>(contributions.item(i));
            banded = banded || (rect && rect->visible() && rect->topLeft->coords().x() == 1.5);
        }
        QVERIFY(banded);
    }

    void typedValues_areExactAndBadOnesChangeNothing()
    {
        LessonState state;
        loadThree(state);
        widgets::DistributionEditor editor(&state, widgets::Theme::light());
        editor.resize(700, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy refused(editor.table(), &widgets::OutcomeTable::editRefused);
        editor.table()->item(1, widgets::OutcomeTable::Q)->setText(QStringLiteral("0.125"));
        QCOMPARE(state.qDistribution()[1], 0.125);
        QVERIFY2(problem(state).isEmpty(), qPrintable(problem(state)));
        const auto before = entries(state.qDistribution());
        for (const char *bad : {"abc", "-0.1", "1.5", "nan", "0,5", "1e999", ""}) {
            editor.table()->item(0, widgets::OutcomeTable::Q)->setText(QString::fromLatin1(bad));
            QCOMPARE(entries(state.qDistribution()), before);
            // The cell shows the state's value again.
            QCOMPARE(editor.table()->item(0, widgets::OutcomeTable::Q)->text().toDouble(), before[0]);
        }
        QCOMPARE(refused.count(), 7);
        // A value that cannot fit beside the locked outcomes.
        state.setLocked(Which::Q, 2, true);
        editor.table()->item(0, widgets::OutcomeTable::Q)->setText(QStringLiteral("0.9"));
        QCOMPARE(entries(state.qDistribution()), before);
        QVERIFY(editor.message().contains(QStringLiteral("locked")));
    }

    void buttons_addRemoveUniformCopySwap()
    {
        LessonState state;
        loadThree(state);
        widgets::DistributionEditor editor(&state, widgets::Theme::light());
        editor.show();
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Add outcome")), Qt::LeftButton);
        QCOMPARE(state.outcomeCount(), 4);
        QCOMPARE(state.pDistribution()[3], 0.25);
        QCOMPARE(editor.table()->rowCount(), 4);
        state.setFocusOutcome(0);
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Remove outcome")), Qt::LeftButton);
        QCOMPARE(state.outcomeCount(), 3);
        QCOMPARE(state.outcomeLabels().first(), QStringLiteral("sun"));
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Uniform q")), Qt::LeftButton);
        QCOMPARE(state.qDistribution()[0], 1.0 / 3.0);
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Copy p → q")), Qt::LeftButton);
        QCOMPARE(entries(state.qDistribution()), entries(state.pDistribution()));
        QCOMPARE(core::klDivergence(state.pDistribution(), state.qDistribution(), core::Unit::Bits), 0.0);
        state.makeUniform(Which::P);
        const auto p = entries(state.pDistribution()), q = entries(state.qDistribution());
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Swap p ↔ q")), Qt::LeftButton);
        QCOMPARE(entries(state.pDistribution()), q);
        QCOMPARE(entries(state.qDistribution()), p);
        // Two outcomes cannot lose another.
        state.reset();
        QTest::mouseClick(buttonNamed(editor, QStringLiteral("Remove outcome")), Qt::LeftButton);
        QCOMPARE(state.outcomeCount(), 2);
        QVERIFY(editor.message().contains(QStringLiteral("at least two")));
    }

    void everyPresetLoadsAndIsValid()
    {
        const auto &presets = widgets::builtInPresets();
        QCOMPARE(int(presets.size()), 8);
        LessonState state;
        widgets::DistributionEditor editor(&state, widgets::Theme::light());
        editor.show();
        QCOMPARE(editor.presets()->count(), 1 + int(presets.size()));
        for (int i = 0; i < int(presets.size()); ++i) {
            editor.loadPreset(i);
            QVERIFY2(problem(state).isEmpty(), qPrintable(problem(state)));
            QCOMPARE(state.outcomeCount(), int(presets[std::size_t(i)].p.size()));
            QCOMPARE(state.outcomeLabels().first().toStdString(), presets[std::size_t(i)].labels.front());
            QCOMPARE(editor.table()->rowCount(), state.outcomeCount());
        }
    }

    void twoOutcomes_areExactlyTheBinaryLesson()
    {
        LessonState state;
        widgets::DistributionPanel bars(&state);
        widgets::EntropyPanel entropy(&state);
        bars.resize(600, 400);
        bars.show();
        entropy.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        QVERIFY(QTest::qWaitForWindowExposed(&entropy));
        QTest::mousePress(&bars, Qt::LeftButton, {}, at(bars, false, 0, 0.29));
        QTest::mouseMove(&bars, at(bars, false, 0, 0.6));
        QTest::mouseRelease(&bars, Qt::LeftButton, {}, at(bars, false, 0, 0.6));
        QVERIFY(state.pDistribution().isBinary());
        QCOMPARE(state.pDistribution().binaryX(), state.p());
        QVERIFY(std::abs(state.p() - 0.6) <= 0.006);
        // The binary panels follow: h(p) sits at the new p.
        QCOMPARE(widgets::PlotPanel::markerPosition(entropy.graph(1)).x(), state.p());
        // Dragging outcome 0's bar moves p as its complement.
        QTest::mousePress(&bars, Qt::LeftButton, {}, at(bars, false, 1, 1.0 - state.p() - 0.01));
        QTest::mouseMove(&bars, at(bars, false, 1, 0.9));
        QTest::mouseRelease(&bars, Qt::LeftButton, {}, at(bars, false, 1, 0.9));
        QVERIFY(std::abs(state.p() - 0.1) <= 0.006);
        QVERIFY(state.pDistribution().isBinary());
    }

    void randomEditSequences_keepTheStateValid()
    {
        std::mt19937_64 random(20261125);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int sequence = 0; sequence < 40; ++sequence) {
            LessonState state;
            for (int step = 0; step < 250; ++step) {
                const int n = state.outcomeCount();
                const int i = int(random() % std::uint64_t(n));
                const Which which = random() % 2 ? Which::P : Which::Q;
                const auto lockedBefore = [&] {
                    std::vector<std::pair<int, double>> locked;
                    for (int k = 0; k < n; ++k) {
                        for (Which w : {Which::P, Which::Q}) {
                            if (state.isLocked(w, k))
                                locked.push_back({k * 2 + (w == Which::Q), state.distribution(w)[std::size_t(k)]});
                        }
                    }
                    return locked;
                }();
                switch (random() % 8) {
                case 0:
                case 1:
                case 2:
                    state.setEntry(which, i, random() % 5 ? unit(random) : (random() % 2 ? 0.0 : 1.0));
                    break;
                case 3:
                    state.setLocked(which, i, random() % 3 == 0);
                    break;
                case 4:
                    if (n < 20)
                        state.addOutcome();
                    break;
                case 5:
                    state.removeOutcome(i);
                    break;
                case 6:
                    state.setFocusOutcome(i);
                    state.setP(unit(random));
                    break;
                default:
                    state.setEntry(which, i, -unit(random)); // refused
                    break;
                }
                QVERIFY2(
                    problem(state).isEmpty(),
                    qPrintable(QStringLiteral("sequence %1 step %2: %3").arg(sequence).arg(step).arg(problem(state))));
                QVERIFY(state.outcomeCount() >= 2 && state.outcomeCount() <= 64);
                // Locked entries keep their values unless their outcome was removed.
                if (state.outcomeCount() == n) {
                    for (const auto &[key, value] : lockedBefore) {
                        const Which w = key % 2 ? Which::Q : Which::P;
                        if (state.isLocked(w, key / 2))
                            QCOMPARE(state.distribution(w)[std::size_t(key / 2)], value);
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
