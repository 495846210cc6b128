// The readouts as a learner sees them: each row named in the window's language, its text the formula
// with the numbers core/ computes (∞ where a value is infinite, "?" while concealed), the "=" of every
// row in one column, no unit parted from its number at any width, copied by Ctrl+C and the context
// menu, and every row read out by the screen reader.
#include "app/translations.h"
#include "core/distribution.h"
#include "core/information.h"
#include "widgets/model/lessonstate.h"
#include "widgets/numberformat.h"
#include "widgets/readoutpanel.h"
#include "widgets/readoutview.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace widgets;

namespace {

struct Inputs
{
    double p = 0.3, q = 0.6, yhat = 0.8;
    int y = 1;
    core::Unit unit = core::Unit::Bits;
    bool threeOutcomes = false; // p = (0.2, 0.3, 0.5), q = (0.5, 0.25, 0.25) instead of p and q
};

void apply(LessonState &state, const Inputs &inputs)
{
    state.setUnit(inputs.unit);
    state.setP(inputs.p);
    state.setQ(inputs.q);
    state.setY(inputs.y);
    state.setYhat(inputs.yhat);
    if (inputs.threeOutcomes) {
        const auto p = core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
        const auto q = core::Distribution::fromEntries(std::vector<double> {0.5, 0.25, 0.25});
        const auto refused
            = state.setDistributions(p, q, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
    }
}

// "0.8813 bits", "∞ bits", "0.0400 (no unit)", "? bits": every result as the row's text ends it, after its "= ".
QStringList resultsOf(const QString &text)
{
    QStringList results;
    for (const QString &equation : text.split(QRegularExpression(QStringLiteral(";\\s+|, at most |，至多为")))) {
        const qsizetype at = equation.lastIndexOf(QStringLiteral(" = "));
        if (at >= 0)
            results << equation.mid(at + 3);
    }
    return results;
}

} // namespace

Q_DECLARE_METATYPE(Inputs)

class ReadoutsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9)); }
    void cleanup() { app::installTranslations(*qApp, QStringLiteral("en")); }

    void readout_showsTheFormulaWithCoresNumbers_data()
    {
        QTest::addColumn<Inputs>("inputs");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        const Inputs defaults;
        QTest::newRow("default cross entropy")
            << defaults << "cross_entropy"
            << QStringLiteral("H(p, q) = −0.3000 log₂ 0.6000 − 0.7000 log₂ 0.4000 = 1.1464 bits");
        QTest::newRow("default information")
            << defaults << "information"
            << QStringLiteral("I(p) = −log₂ 0.3000 = 1.7370 bits;   I(1−p) = −log₂ 0.7000 = 0.5146 bits");
        QTest::newRow("default decomposition")
            << defaults << "decomposition" << QStringLiteral("H(p, q) = H(p) + D(p‖q) = 0.8813 + 0.2651 = 1.1464 bits");
        Inputs extreme;
        extreme.p = 0.001;
        extreme.q = 0.999;
        extreme.yhat = 0.01;
        QTest::newRow("p = 0.001 entropy")
            << extreme << "entropy_p"
            << QStringLiteral("H(p) = −0.0010 log₂ 0.0010 − 0.9990 log₂ 0.9990 = 0.0114 bits");
        QTest::newRow("q = 0.999 kl")
            << extreme << "kl"
            << QStringLiteral("D(p‖q) = 0.0010 log₂(0.0010/0.9990) + 0.9990 log₂(0.9990/0.0010) = 9.9444 bits");
        QTest::newRow("ŷ = 0.01 loss") << extreme << "loss"
                                       << QStringLiteral("J = −1·log₂ 0.0100 − 0·log₂ 0.9900 = 6.6439 bits");
        QTest::newRow("ŷ = 0.01 squared error")
            << extreme << "squared_error" << QStringLiteral("(y − ŷ)² = (1 − 0.0100)² = 0.9801 (no unit)");
        Inputs impossible;
        impossible.q = 0.0;
        QTest::newRow("q = 0: infinite kl")
            << impossible << "kl"
            << QStringLiteral("D(p‖q) = 0.3000 log₂(0.3000/0) + 0.7000 log₂(0.7000/1.0000) = ∞ bits");
        Inputs nats;
        nats.unit = core::Unit::Nats;
        QTest::newRow("nats entropy") << nats << "entropy_q"
                                      << QStringLiteral("H(q) = −0.6000 ln 0.6000 − 0.4000 ln 0.4000 = 0.6730 nats");
        Inputs three;
        three.threeOutcomes = true;
        QTest::newRow("three outcomes: the sums")
            << three << "entropy_p" << QStringLiteral("H(p) = −Σ pᵢ log₂ pᵢ = 1.4855 bits, at most log₂ 3 = 1.5850");
        QTest::newRow("wrong: unknown key") << defaults << "entropy" << QString();
        QTest::newRow("wrong: empty key") << defaults << "" << QString();
    }

    void readout_showsTheFormulaWithCoresNumbers()
    {
        QFETCH(Inputs, inputs);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        LessonState state;
        ReadoutPanel panel(&state);
        apply(state, inputs);
        QCOMPARE(panel.readout(key), expected);
        // What the screen reader and the copy commands give is the same text, after the row's name.
        if (!expected.isEmpty()) {
            QVERIFY2(panel.accessibleDescription().contains(expected), qPrintable(panel.accessibleDescription()));
            QVERIFY(panel.view()->copyText(key).endsWith(QStringLiteral(": ") + expected));
        }
    }

    void keys_areTheTenRowsInTheirOrder()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        QCOMPARE(panel.keys(),
                 QStringList({"information", "entropy_p", "entropy_q", "cross_entropy", "kl", "kl_reverse",
                              "decomposition", "loss", "squared_error", "gradients"}));
    }

    void concealed_showsQuestionMarksUntilRevealed_data()
    {
        QTest::addColumn<int>("outcomes");
        QTest::newRow("two outcomes") << 2;
        QTest::newRow("three outcomes") << 3;
    }

    void concealed_showsQuestionMarksUntilRevealed()
    {
        QFETCH(int, outcomes);
        LessonState state;
        if (outcomes == 3) {
            const auto p = core::Distribution::fromEntries(std::vector<double> {0.2, 0.3, 0.5});
            const auto q = core::Distribution::fromEntries(std::vector<double> {0.5, 0.25, 0.25});
            QVERIFY(!state.setDistributions(p, q, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        }
        ReadoutPanel panel(&state);
        panel.resize(450, 600);
        panel.setConcealed(true);
        state.setP(0.2);
        for (const QString &key : panel.keys()) {
            const QString text = panel.readout(key);
            QVERIFY2(text.contains(QLatin1Char('?')), qPrintable(text));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(text));
            for (const QString &result : resultsOf(text))
                QVERIFY2(result.startsWith(QLatin1Char('?')), qPrintable(text));
        }
        QCOMPARE(panel.readout(QStringLiteral("gradients")),
                 QStringLiteral("∂J/∂z = (ŷ − y)/ln 2 = ? bits;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = ? (no unit)"));
        // The note says how to reveal them, and takes room above the rows.
        const qreal concealedTop = panel.view()->rowRect(QStringLiteral("information")).top();
        panel.setConcealed(false);
        QVERIFY(panel.view()->rowRect(QStringLiteral("information")).top() < concealedTop);
        QVERIFY(!panel.readout(QStringLiteral("entropy_p")).contains(QLatin1Char('?')));
    }

    void rows_areNamedInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("en entropy") << "en"
                                    << "entropy_p" << QStringLiteral("entropy of p");
        QTest::newRow("en cross entropy") << "en"
                                          << "cross_entropy" << QStringLiteral("cross entropy");
        QTest::newRow("en kl") << "en"
                               << "kl" << QStringLiteral("KL divergence");
        QTest::newRow("en loss") << "en"
                                 << "loss" << QStringLiteral("loss");
        QTest::newRow("zh_CN entropy") << "zh_CN"
                                       << "entropy_p" << QStringLiteral("p 的熵");
        QTest::newRow("zh_CN cross entropy") << "zh_CN"
                                             << "cross_entropy" << QStringLiteral("交叉熵");
        QTest::newRow("zh_CN kl") << "zh_CN"
                                  << "kl" << QStringLiteral("KL 散度");
        QTest::newRow("zh_CN squared error") << "zh_CN"
                                             << "squared_error" << QStringLiteral("平方误差");
        QTest::newRow("wrong: unknown key") << "en"
                                            << "entropy" << QString();
    }

    void rows_areNamedInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QVERIFY(app::installTranslations(*qApp, language));
        LessonState state;
        ReadoutPanel panel(&state);
        QCOMPARE(panel.view()->rowName(key), name);
        if (!name.isEmpty())
            QVERIFY(panel.view()->copyText(key).startsWith(name + QStringLiteral(": ")));
        // A language switched while the panel is open renames the rows in place.
        const QString other = language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
        QVERIFY(app::installTranslations(*qApp, other));
        QCoreApplication::processEvents();
        if (!name.isEmpty())
            QVERIFY(panel.view()->rowName(key) != name);
    }

    void layout_keepsUnitsWithNumbersAndEqualsInColumns_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Inputs>("inputs");
        QTest::addColumn<int>("width");
        Inputs extreme;
        extreme.p = 0.001;
        extreme.q = 0.999;
        extreme.yhat = 0.01;
        Inputs tiny; // numbers in scientific form are the widest
        tiny.p = 0.00002;
        tiny.q = 0.00003;
        for (const char *language : {"en", "zh_CN"}) {
            for (const int width : {300, 450, 700, 1400}) {
                QTest::addRow("%s default %d", language, width) << language << Inputs() << width;
                QTest::addRow("%s extreme %d", language, width) << language << extreme << width;
            }
            QTest::addRow("%s scientific 300", language) << language << tiny << 300;
            Inputs three;
            three.threeOutcomes = true;
            for (const int width : {300, 700})
                QTest::addRow("%s three outcomes %d", language, width) << language << three << width;
        }
    }

    void layout_keepsUnitsWithNumbersAndEqualsInColumns()
    {
        QFETCH(QString, language);
        QFETCH(Inputs, inputs);
        QFETCH(int, width);
        QVERIFY(app::installTranslations(*qApp, language));
        LessonState state;
        ReadoutPanel panel(&state);
        apply(state, inputs);
        const ReadoutView &view = *panel.view();
        QVERIFY(view.minimumSizeHint().width() <= 300);
        QVERIFY(view.sizeHint().width() >= view.minimumSizeHint().width());
        const_cast<ReadoutView &>(view).resize(width, view.heightForWidth(width));
        const qreal column = view.equalsX(), results = view.resultEqualsX();
        QVERIFY(column > 0 && results >= column);
        qreal bottom = 0;
        for (const QString &key : panel.keys()) {
            const QString text = panel.readout(key);
            const QList<ReadoutView::Line> lines = view.lines(key);
            QVERIFY(!lines.isEmpty());
            QStringList drawn;
            for (const ReadoutView::Line &line : lines) {
                drawn << line.text;
                QVERIFY2(line.rect.left() >= 0 && line.rect.right() <= width + 0.5,
                         qPrintable(QStringLiteral("%1 at %2–%3 of %4")
                                        .arg(line.text)
                                        .arg(line.rect.left())
                                        .arg(line.rect.right())
                                        .arg(width)));
                QVERIFY2(line.rect.top() >= bottom - 0.5,
                         qPrintable(line.text + QStringLiteral(" overlaps the line above")));
                bottom = line.rect.bottom();
                // Every "=" that starts a side stands in one of the two columns.
                for (const qreal x : line.equals)
                    QVERIFY2(std::abs(x - column) < 0.5 || std::abs(x - results) < 0.5,
                             qPrintable(QStringLiteral("%1: = at %2, columns %3 and %4")
                                            .arg(line.text)
                                            .arg(x)
                                            .arg(column)
                                            .arg(results)));
                // No line starts with a unit or the rest of a number.
                for (const QString &unit :
                     {unitLabel(inputs.unit), QStringLiteral("(no unit)"), QStringLiteral("（无单位）")})
                    QVERIFY2(!line.text.startsWith(unit), qPrintable(line.text));
            }
            // Every number is drawn whole on one line.
            static const QRegularExpression number(QStringLiteral("[−-]?[0-9][0-9.×⁻⁰¹²³⁴⁵⁶⁷⁸⁹]*|∞"));
            for (const QRegularExpressionMatch &match : number.globalMatch(text)) {
                bool whole = false;
                for (const ReadoutView::Line &line : lines)
                    whole = whole || line.text.contains(match.captured());
                QVERIFY2(
                    whole,
                    qPrintable(
                        QStringLiteral("%1 broken in: %2").arg(match.captured(), drawn.join(QStringLiteral(" | ")))));
            }
            // Each result, its number and unit, is drawn whole on one line, after an "=" in the results' column.
            for (const QString &result : resultsOf(text)) {
                bool whole = false;
                for (const ReadoutView::Line &line : lines)
                    whole = whole || line.text.contains(QStringLiteral("= ") + result);
                QVERIFY2(
                    whole,
                    qPrintable(QStringLiteral("\"%1\" broken in: %2").arg(result, drawn.join(QStringLiteral(" | ")))));
            }
            // Nothing is lost or added: the lines read as the text.
            QString joined = drawn.join(QLatin1Char(' '));
            QString plain = text;
            plain.remove(QLatin1Char(';'));
            QCOMPARE(joined.simplified().remove(QLatin1Char(' ')), plain.simplified().remove(QLatin1Char(' ')));
        }
        QVERIFY(bottom <= view.height());
        // Wide enough, every row keeps its name beside it and each equation stays on one line.
        if (width >= view.sizeHint().width()) {
            QVERIFY(view.namesBeside());
            QCOMPARE(view.lines(QStringLiteral("cross_entropy")).size(), 1);
            QCOMPARE(view.lines(QStringLiteral("information")).size(), 2);
        }
    }

    void panel_givenItsHeightForWidth_showsEveryRowWithoutScrolling_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::addColumn<int>("width");
        for (const int width : {300, 450, 700, 1900})
            QTest::addRow("12 px at %d", width) << 12 << width;
        for (const int width : {900, 1900}) // the projector's numbers, at least 32 px
            QTest::addRow("34 px at %d", width) << 34 << width;
    }

    void panel_givenItsHeightForWidth_showsEveryRowWithoutScrolling()
    {
        QFETCH(int, pixels);
        QFETCH(int, width);
        LessonState state;
        ReadoutPanel panel(&state);
        QFont font = panel.font();
        font.setPixelSize(pixels);
        panel.setFont(font);
        QVERIFY(width >= panel.minimumSizeHint().width());
        panel.resize(width, panel.heightForWidth(width));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ReadoutView *view = panel.view();
        QTRY_COMPARE(view->height(), view->heightForWidth(view->width()));
        QVERIFY(view->rowRect(QStringLiteral("gradients")).bottom() <= view->height());
        QVERIFY(!view->visibleRegion().isEmpty());
        QVERIFY(view->visibleRegion().boundingRect().height() >= view->height());
        QVERIFY(view->width() >= width - 16); // no scroll bar took the room
        // Shorter than that, it scrolls, and the scroll bar's room is taken into account.
        panel.resize(width, panel.heightForWidth(width) / 2);
        QTRY_VERIFY(view->height() > panel.height());
        QCOMPARE(view->height(), view->heightForWidth(view->width()));
        QVERIFY(view->width() < width - 16);
    }

    void copy_putsThePlainTextOnTheClipboard()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ReadoutView *view = panel.view();
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString all = QApplication::clipboard()->text();
        QCOMPARE(all.split(QLatin1Char('\n')).size(), 10);
        QVERIFY(all.contains(
            QStringLiteral("cross entropy: H(p, q) = −0.3000 log₂ 0.6000 − 0.7000 log₂ 0.4000 = 1.1464 bits")));

        // The context menu over a row copies that row.
        const QPoint overKl = view->rowRect(QStringLiteral("kl")).center().toPoint();
        QCOMPARE(view->rowAt(overKl), QStringLiteral("kl"));
        for (const QString &action : {QStringLiteral("copyLine"), QStringLiteral("copyReadouts")}) {
            QApplication::clipboard()->clear();
            bool triggered = false;
            QTimer::singleShot(0, view, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                auto *chosen = menu->findChild<QAction *>(action);
                QVERIFY(chosen && chosen->isEnabled());
                chosen->trigger();
                menu->close();
                triggered = true;
            });
            QContextMenuEvent event(QContextMenuEvent::Mouse, overKl, view->mapToGlobal(overKl));
            QApplication::sendEvent(view, &event);
            QVERIFY(triggered);
            QCOMPARE(QApplication::clipboard()->text(),
                     action == QLatin1String("copyLine") ? view->copyText(QStringLiteral("kl")) : all);
        }
        QCOMPARE(view->rowAt(QPoint(5, view->height() + 10)), QString()); // below every row: none
    }

    void screenReader_readsEveryRow()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        panel.resize(450, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        state.setQ(0.0);
        QCOMPARE(panel.accessibleName(), QStringLiteral("Readouts"));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel.view());
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Readouts"));
        QCOMPARE(list->childCount(), 10);
        for (int i = 0; i < list->childCount(); ++i) {
            const QString key = panel.keys().at(i);
            QAccessibleInterface *row = list->child(i);
            QVERIFY(row && row->isValid());
            QCOMPARE(row->role(), QAccessible::ListItem);
            QCOMPARE(row->text(QAccessible::Name), panel.view()->copyText(key));
            QCOMPARE(row->text(QAccessible::Value), panel.readout(key));
            QCOMPARE(list->indexOfChild(row), i);
            QCOMPARE(row->parent(), list);
            QVERIFY(!row->rect().isEmpty());
            QVERIFY(panel.accessibleDescription().contains(panel.readout(key)));
            QVERIFY(list->text(QAccessible::Description).contains(panel.readout(key)));
        }
        QVERIFY(list->child(10) == nullptr);
        QVERIFY(list->child(-1) == nullptr);
        QVERIFY(panel.accessibleDescription().contains(QStringLiteral("= ∞ bits")));
    }

    void font_setsTheTextSize()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        const QSize small = panel.sizeHint();
        panel.view()->resize(panel.view()->sizeHint());
        const qreal smallRow = panel.view()->rowRect(QStringLiteral("entropy_p")).height();
        QFont big = panel.font();
        big.setPixelSize(40);
        panel.setFont(big);
        QVERIFY(panel.sizeHint().width() > 2 * small.width());
        QVERIFY(panel.sizeHint().height() > 2 * small.height());
        panel.view()->resize(panel.view()->sizeHint());
        QVERIFY(panel.view()->rowRect(QStringLiteral("entropy_p")).height() > 2 * smallRow);
        QVERIFY(panel.heightForWidth(600) > panel.heightForWidth(1800));
    }

    void newNumbers_moveNoLayoutUnlessTheyNeedMoreRoom()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        panel.resize(450, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy hints(panel.view(), &ReadoutView::sizeHintChanged);
        const QRectF before = panel.view()->rowRect(QStringLiteral("kl"));
        for (const double p : {0.35, 0.4, 0.45, 0.71, 0.5})
            state.setP(p);
        state.setYhat(0.3);
        state.setYhat(0.0555);
        QCOMPARE(hints.count(), 0);
        QCOMPARE(panel.view()->rowRect(QStringLiteral("kl")).top(), before.top());
        state.setP(0.00002); // 2.0×10⁻⁵ needs more room than 0.0000
        QVERIFY(hints.count() >= 1);
    }

    // One slider step as the window does it: new numbers, then the event loop's layout and paint.
    void benchmark_valueChange()
    {
        LessonState state;
        ReadoutPanel panel(&state);
        panel.resize(700, panel.heightForWidth(700));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        int step = 0;
        QBENCHMARK
        {
            state.setP(0.05 + 0.9 * ((step++ % 97) / 97.0));
            panel.view()->repaint();
            QCoreApplication::processEvents();
        }
        QVERIFY(panel.readout(QStringLiteral("entropy_p")).startsWith(QStringLiteral("H(p) = −")));
    }
};

QTEST_MAIN(ReadoutsTest)
#include "tst_readouts.moc"
