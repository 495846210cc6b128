// Presentation mode's focus view, driven through the real window: F5 shows the current lesson
// step's panel large, the keys step through the panels and back to the overview grid, and the
// numbers a class must read are tall enough on a 1920x1080 projector. Also the bookmarks dock's
// Add button and the add-bookmark key raising the dock from behind the lesson.
#include "app/bookmarkpanel.h"
#include "app/classroom.h"
#include "app/document.h"
#include "app/focusview.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "widgets/controlpanel.h"
#include "widgets/lessonpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/panelnames.h"
#include "widgets/plotpanel.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

namespace {

// The window in presentation mode at the projector's size.
void present(app::MainWindow &window, const QSize &screen = QSize(1920, 1080))
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.classroom()->isPresenting());
    window.resize(screen); // the offscreen platform's screen is smaller than a projector's
    QTRY_COMPARE(window.size(), screen);
    QTRY_VERIFY(window.focusView()->isVisible());
}

int lineHeight(const QFont &font)
{
    return QFontMetrics(font).height();
}

} // namespace

class TestFocusView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void f5_showsTheCurrentLessonStepsPanel_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("panel");
        // The built-in lesson's steps and the panel each one's example shows; rows found from the
        // lesson itself so the test follows its text.
        widgets::LessonState state;
        const widgets::LessonPanel lesson(&state, QStringLiteral("en"));
        QVERIFY(lesson.stepCount() > 0);
        for (int i = 0; i < lesson.stepCount(); ++i) {
            const QString panel = lesson.step(i).example.panel;
            if (!panel.isEmpty())
                QTest::addRow("step %d: %s", i + 1, qPrintable(panel)) << i << panel;
        }
    }

    void f5_showsTheCurrentLessonStepsPanel()
    {
        QFETCH(int, step);
        QFETCH(QString, panel);
        app::MainWindow window;
        auto *lesson = static_cast<widgets::LessonPanel *>(window.lessonDock()->widget());
        lesson->setStep(step);
        present(window);
        QVERIFY(window.isFocusShown());
        QCOMPARE(window.focusView()->shownPanel(), panel);
        QVERIFY(window.focusView()->panel()->isVisible());
        QCOMPARE(window.focusView()->panel()->objectName(), panel);
        QVERIFY(!window.pages()->isVisible()); // the grid waits behind the focus view
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("O the overview")));
    }

    void f5_withoutAStepPanel_showsTheClickedPanel()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // F5 is a window shortcut: on a real X server it needs the window active
        QVERIFY(QTest::qWaitForWindowActive(&window));
        widgets::PlotPanel *kl = window.panel(QStringLiteral("kl"));
        QTest::mouseClick(kl, Qt::LeftButton, {}, kl->axisRect()->rect().center());
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.focusView()->shownPanel(), QStringLiteral("kl"));
    }

    void keys_stepThroughThePanels_data()
    {
        QTest::addColumn<QList<int>>("keys"); // key codes, Ctrl held for Page Up/Down
        QTest::addColumn<QString>("expected");
        const QStringList names = widgets::panelNames();
        QTest::newRow("Right") << QList<int> {Qt::Key_Right} << names[1];
        QTest::newRow("Right twice") << QList<int> {Qt::Key_Right, Qt::Key_Right} << names[2];
        QTest::newRow("Left wraps to the last") << QList<int> {Qt::Key_Left} << names.last();
        QTest::newRow("Ctrl+PgDown") << QList<int> {Qt::Key_PageDown} << names[1];
        QTest::newRow("Ctrl+PgUp wraps") << QList<int> {Qt::Key_PageUp} << names.last();
        QTest::newRow("there and back") << QList<int> {Qt::Key_Right, Qt::Key_Left} << names[0];
        // Up and Down are not panel keys: nothing changes.
        QTest::newRow("Up does nothing") << QList<int> {Qt::Key_Up} << names[0];
        QTest::newRow("all the way round") << QList<int>(names.size(), Qt::Key_Right) << names[0];
    }

    void keys_stepThroughThePanels()
    {
        QFETCH(QList<int>, keys);
        QFETCH(QString, expected);
        app::MainWindow window;
        window.setCurrentPanel(widgets::panelNames().front());
        present(window);
        QCOMPARE(window.focusView()->shownPanel(), widgets::panelNames().front());
        for (int key : keys) {
            const bool page = key == Qt::Key_PageDown || key == Qt::Key_PageUp;
            QTest::keyClick(page ? static_cast<QWidget *>(&window) : window.focusView(), Qt::Key(key),
                            page ? Qt::ControlModifier : Qt::NoModifier);
        }
        QCOMPARE(window.focusView()->shownPanel(), expected);
        QCOMPARE(window.focusView()->panel()->objectName(), expected);
        QCOMPARE(window.currentPanel(), expected); // what Export takes
        QVERIFY(window.focusView()->panel()->isVisible());
    }

    void overviewKey_showsTheGridAndBack()
    {
        app::MainWindow window;
        window.setCurrentPanel(QStringLiteral("loss"));
        present(window);
        QTest::keyClick(&window, Qt::Key_O);
        QVERIFY(window.isOverview());
        QVERIFY(!window.isFocusShown());
        QTRY_VERIFY(window.panel(QStringLiteral("loss"))->isVisible()); // the grid, on the loss panel's page
        QVERIFY(!window.focusView()->isVisible());
        // Ctrl+PgDown is no panel key in the grid (the actions are off).
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.focusView()->shownPanel(), QStringLiteral("loss"));
        QTest::keyClick(&window, Qt::Key_O);
        QVERIFY(window.isFocusShown());
        QTRY_VERIFY(window.focusView()->isVisible());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.classroom()->isPresenting());
        QVERIFY(!window.isFocusShown());
        QVERIFY(window.pages()->isVisible());
        // Outside presentation mode O and Ctrl+PgDown do nothing to the views.
        QTest::keyClick(&window, Qt::Key_O);
        QVERIFY(!window.isFocusShown());
    }

    void textIsTallEnoughForTheBackRow_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("panel");
        QTest::addColumn<int>("zoomSteps"); // Ctrl+= (positive) or Ctrl+- (negative) presses
        for (const char *theme : {"light", "dark", "presentation"}) {
            for (const char *panel : {"entropy", "cross-entropy", "kl", "loss"})
                QTest::addRow("%s %s", theme, panel) << QString::fromLatin1(theme) << QString::fromLatin1(panel) << 0;
        }
        QTest::newRow("zoomed in 3 times") << QStringLiteral("light") << QStringLiteral("loss") << 3;
        QTest::newRow("zoomed in to the limit") << QStringLiteral("dark") << QStringLiteral("kl") << 12;
        QTest::newRow("zoomed out") << QStringLiteral("light") << QStringLiteral("entropy") << -4;
    }

    void textIsTallEnoughForTheBackRow()
    {
        QFETCH(QString, theme);
        QFETCH(QString, panel);
        QFETCH(int, zoomSteps);
        app::MainWindow window;
        window.classroom()->setTheme(*widgets::Theme::byName(theme));
        window.setCurrentPanel(panel);
        present(window);
        for (int i = 0; i < std::abs(zoomSteps); ++i)
            QTest::keyClick(&window, zoomSteps > 0 ? Qt::Key_Equal : Qt::Key_Minus, Qt::ControlModifier);
        app::FocusView *focus = window.focusView();
        widgets::PlotPanel *shown = focus->panel();
        shown->replot(QCustomPlot::rpImmediateRefresh);
        // 3 % of 1080 px for the numbers (value labels, readouts), 2 % for the ticks.
        const int numbers = int(std::ceil(0.03 * 1080)), ticks = int(std::ceil(0.02 * 1080));
        QVERIFY(!shown->valueLabels().isEmpty());
        // Nothing pushed out of view: the panel and the readouts inside the view, the plot area a
        // quarter of the view at least, and no legend taller than the plot.
        const QRect view = focus->rect();
        QVERIFY(view.contains(shown->geometry()));
        for (const QCPItemText *label : shown->valueLabels())
            QVERIFY2(lineHeight(label->font()) >= numbers, qPrintable(QString::number(lineHeight(label->font()))));
        QVERIFY2(lineHeight(shown->xAxis->tickLabelFont()) >= ticks,
                 qPrintable(QString::number(lineHeight(shown->xAxis->tickLabelFont()))));
        QVERIFY(lineHeight(shown->yAxis->tickLabelFont()) >= ticks);
        QVERIFY2(lineHeight(focus->readouts()->font()) >= numbers,
                 qPrintable(QString::number(lineHeight(focus->readouts()->font()))));
        for (const QLabel *line : focus->readoutLines()) {
            QVERIFY2(lineHeight(line->font()) >= numbers, qPrintable(line->text()));
            QVERIFY(view.contains(line->geometry().translated(line->parentWidget()->pos())));
            QVERIFY(!line->text().isEmpty() && line->width() >= line->sizeHint().width()); // never clipped
        }
        qInfo("%s: value label %d px, tick label %d px, readouts %d px (%d lines shown)", QTest::currentDataTag(),
              lineHeight(shown->valueLabels().front()->font()), lineHeight(shown->xAxis->tickLabelFont()),
              lineHeight(focus->readouts()->font()), int(focus->readoutLines().size()));
        QVERIFY2(shown->axisRect()->rect().height() >= app::FocusView::kMinPlotShare * view.height(),
                 qPrintable(QString::number(shown->axisRect()->rect().height())));
        if (shown->legend->visible())
            QVERIFY(shown->legend->outerRect().height() <= shown->axisRect()->rect().height());
    }

    // Going through the panels with the keys, each panel that has readouts shows all of their
    // lines, whole and inside the view (their labels are made while the view is on screen).
    void steppingWithTheKeys_showsEachPanelsReadouts()
    {
        app::MainWindow window;
        window.setCurrentPanel(QStringLiteral("information"));
        present(window);
        app::FocusView *focus = window.focusView();
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(focus, Qt::Key_Right);
            const QString shown = focus->shownPanel();
            const qsizetype wanted = app::FocusView::readoutKeys(shown).size();
            QTRY_COMPARE(focus->readoutLines().size(), wanted);
            for (const QLabel *line : focus->readoutLines()) {
                QTRY_VERIFY2(line->isVisible(), qPrintable(shown + QStringLiteral(": ") + line->text()));
                QVERIFY2(!line->text().isEmpty(), qPrintable(shown));
                QVERIFY(focus->rect().contains(line->geometry().translated(line->parentWidget()->pos())));
            }
        }
    }

    void readoutLines_followTheStateAndHideForPrediction_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QStringList>("before"); // the lines at p = 0.3, q = 0.6 (bits)
        QTest::addColumn<QStringList>("after"); // at p = 0.5
        QTest::newRow("information") << QStringLiteral("information")
                                     << QStringList {QStringLiteral("I(p) = 1.7370 bits\nI(1−p) = 0.5146 bits")}
                                     << QStringList {QStringLiteral("I(p) = 1.0000 bits\nI(1−p) = 1.0000 bits")};
        QTest::newRow("entropy") << QStringLiteral(
            "entropy") << QStringList {QStringLiteral("H(p) = 0.8813 bits"), QStringLiteral("H(q) = 0.9710 bits")}
                                 << QStringList {QStringLiteral("H(p) = 1.0000 bits"),
                                                 QStringLiteral("H(q) = 0.9710 bits")};
        // The training lab's numbers are its own: no lines.
        QTest::newRow("training") << QStringLiteral("training") << QStringList() << QStringList();
    }

    void readoutLines_followTheStateAndHideForPrediction()
    {
        QFETCH(QString, panel);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        app::MainWindow window;
        window.setCurrentPanel(panel);
        present(window);
        const auto texts = [&window] {
            QStringList shown;
            for (const QLabel *line : window.focusView()->readoutLines())
                shown << line->text();
            return shown;
        };
        QCOMPARE(texts(), before);
        window.document()->state()->setP(0.5);
        QCOMPARE(texts(), after);
        window.classroom()->setPrediction(app::ClassroomModes::Prediction::Numbers);
        for (const QString &line : texts())
            QVERIFY2(line.contains(QLatin1Char('?')) && !line.contains(QStringLiteral("1.0000")), qPrintable(line));
        QCOMPARE(window.focusView()->panel()->concealment(), widgets::PlotPanel::Concealment::Numbers);
    }

    void shortcutTable_listsTheFocusKeys()
    {
        app::MainWindow window;
        QStringList keys;
        for (const auto &row : window.menus()->keyboardShortcuts())
            keys << row.second;
        for (const char *key : {"Ctrl+PgDown", "Ctrl+PgUp", "O", "Right, Left", "F5", "Ctrl+D"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }

    void addButton_addsABookmark()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.bookmarkDock()->show();
        window.bookmarkDock()->raise();
        QPushButton *add = window.bookmarkPanel()->addButton();
        QTRY_VERIFY(add->isVisible());
        QCOMPARE(add->text(), QStringLiteral("Add"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(window.bookmarkPanel()->bookmarks().size(), 1);
        QCOMPARE(window.bookmarkPanel()->list()->count(), 1);
        QCOMPARE(window.bookmarkPanel()->list()->item(0)->text(), QStringLiteral("Bookmark 1"));
        QTest::keyClick(window.bookmarkPanel()->list()->viewport(), Qt::Key_Escape); // the name editor
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(window.bookmarkPanel()->list()->count(), 2);
        QCOMPARE(window.bookmarkPanel()->current(), 1);
    }

    void addBookmarkKey_raisesTheDockFromBehindTheLesson_data()
    {
        QTest::addColumn<bool>("lessonShown");
        QTest::addColumn<bool>("bookmarksShown");
        QTest::newRow("tabified behind the lesson") << true << true;
        QTest::newRow("bookmarks closed") << true << false;
        QTest::newRow("both closed") << false << false;
    }

    void addBookmarkKey_raisesTheDockFromBehindTheLesson()
    {
        QFETCH(bool, lessonShown);
        QFETCH(bool, bookmarksShown);
        app::MainWindow window;
        window.resize(1600, 900);
        window.lessonDock()->setVisible(lessonShown);
        window.bookmarkDock()->setVisible(bookmarksShown);
        window.lessonDock()->raise();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.bookmarkPanel()->bookmarks().size(), 1);
        QTRY_VERIFY(window.bookmarkPanel()->list()->isVisible());
        QVERIFY(!window.bookmarkPanel()->list()->visibleRegion().isEmpty());
    }

    // A bookmark remembers the panel current when it was added; the clicker's Page Down to it
    // shows that panel large, wherever the lecture has wandered since.
    void goingToABookmark_showsItsPanel_data()
    {
        QTest::addColumn<QString>("recorded"); // the current panel at Add; empty: a bookmark without one
        QTest::addColumn<QString>("shown");
        QTest::newRow("added at KL") << QStringLiteral("kl") << QStringLiteral("kl");
        QTest::newRow("added at training") << QStringLiteral("training") << QStringLiteral("training");
        QTest::newRow("none recorded: the panel stays") << QString() << QStringLiteral("information");
    }

    void goingToABookmark_showsItsPanel()
    {
        QFETCH(QString, recorded);
        QFETCH(QString, shown);
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (recorded.isEmpty()) {
            window.bookmarkPanel()->setBookmarks({{QStringLiteral("old"), {}, widgets::LessonState().snapshot(), {}}});
        } else {
            window.showPanel(recorded);
            window.addBookmark();
            QTest::keyClick(window.bookmarkPanel()->list()->viewport(), Qt::Key_Escape); // the name editor
            QCOMPARE(window.bookmarkPanel()->bookmarks()[0].panel, recorded);
        }
        window.controls()->pSlider()->setValue(0.9); // elsewhere: another state, another panel
        window.showPanel(QStringLiteral("information"));
        present(window);
        QCOMPARE(window.focusView()->shownPanel(), QStringLiteral("information"));
        QTest::keyClick(window.focusView(), Qt::Key_PageDown);
        QCOMPARE(window.bookmarkPanel()->current(), 0);
        QTRY_COMPARE(window.focusView()->shownPanel(), shown);
        QCOMPARE(window.currentPanel(), shown);
        QVERIFY(window.focusView()->isVisible());
    }
};

QTEST_MAIN(TestFocusView)
#include "tst_focusview.moc"
