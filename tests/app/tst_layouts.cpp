// The window's pages never collapse: at every common window size, in every theme, with and
// without the lesson dock, each plot shows its title, axis titles and legend whole, and no plot
// area is shorter than its legend. Where the grid cannot give every plot its room it shows fewer
// columns (and scrolls) instead. Measured on the real window's panels after a layout.
#include "app/classroom.h"
#include "app/mainwindow.h"
#include "app/panelgrid.h"
#include "widgets/controlpanel.h"
#include "widgets/panelroom.h"
#include "widgets/plotpanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGroupBox>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {

// What clips in one panel as laid out now; empty when nothing does.
QStringList clipped(widgets::PlotPanel *panel)
{
    QStringList problems;
    panel->replot(QCustomPlot::rpImmediateRefresh); // the layout for the panel's current size
    const QString title = panel->shownTitle();
    if (!title.isEmpty() && QFontMetrics(panel->theme().font(1.3, true)).horizontalAdvance(title) > panel->width())
        problems << QStringLiteral("title wider than the panel (%1 px)").arg(panel->width());
    for (const QCPAxisRect *rect : panel->axisRects()) {
        const QRect plot = rect->rect();
        if (plot.height() < 20 || plot.width() < 20)
            problems << QStringLiteral("plot area %1x%2").arg(plot.width()).arg(plot.height());
        for (const QCPAxis *axis : rect->axes()) {
            if (!axis->visible() || axis->label().isEmpty())
                continue;
            const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
            const int room = axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
            if (length > room)
                problems << QStringLiteral("axis title \"%1\" %2 px in %3 px").arg(axis->label()).arg(length).arg(room);
        }
    }
    if (panel->legend->visible() && panel->legend->itemCount() > 0) {
        const QRect legend = panel->legend->outerRect();
        if (!panel->rect().contains(legend))
            problems << QStringLiteral("legend outside the panel");
        if (panel->legend->minimumOuterSizeHint().width() > panel->width())
            problems << QStringLiteral("legend wider than the panel");
        if (panel->axisRects().size() == 1 && legend.height() > panel->axisRect()->rect().height())
            problems << QStringLiteral("legend %1 px taller than the plot %2 px")
                            .arg(legend.height())
                            .arg(panel->axisRect()->rect().height());
    }
    return problems;
}

// The controls' row: every control shown whole inside it, at least the size it asks for, and each
// slider long enough to drag. Empty when nothing clips.
QStringList clippedControls(widgets::ControlPanel *controls)
{
    QStringList problems;
    const QList<QWidget *> all = controls->findChildren<QWidget *>();
    for (QWidget *child : std::as_const(all)) {
        const bool control = qobject_cast<QAbstractButton *>(child) || qobject_cast<QComboBox *>(child)
            || qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QSlider *>(child)
            || qobject_cast<QGroupBox *>(child);
        if (!control)
            continue;
        const QString name = child->metaObject()->className() + QStringLiteral(" ") + child->accessibleName();
        if (!child->isVisible()) {
            problems << name + QStringLiteral(" hidden");
            continue;
        }
        const QRect inPanel(child->mapTo(controls, QPoint(0, 0)), child->size());
        if (!controls->rect().contains(inPanel))
            problems << name + QStringLiteral(" outside the row");
        const QSize wanted = child->minimumSizeHint().expandedTo(child->minimumSize());
        if (child->width() < wanted.width() || child->height() < wanted.height())
            problems << name
                    + QStringLiteral(" %1x%2 < %3x%4")
                          .arg(child->width())
                          .arg(child->height())
                          .arg(wanted.width())
                          .arg(wanted.height());
        if (qobject_cast<QSlider *>(child) && child->width() < 120)
            problems << name + QStringLiteral(" only %1 px long").arg(child->width());
    }
    if (!controls->window()->rect().contains(
            QRect(controls->mapTo(controls->window(), QPoint(0, 0)), controls->size())))
        problems << QStringLiteral("the row outside the window");
    return problems;
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void nothingClips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("docks");
        QTest::addColumn<int>("zoomSteps"); // Ctrl+= presses
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
            for (const char *theme : {"light", "dark", "presentation"}) {
                for (const bool docks : {false, true})
                    QTest::addRow("%dx%d %s%s", size.width(), size.height(), theme, docks ? " with docks" : "")
                        << size << QString::fromLatin1(theme) << docks << 0;
            }
        }
        // Smaller than the smallest supported window: the grid still squeezes nothing.
        QTest::newRow("800x600 presentation") << QSize(800, 600) << QStringLiteral("presentation") << true << 0;
        // The zoom keys grow the type; the grid shows fewer columns rather than clip.
        QTest::newRow("1366x768 light zoomed in 4 times") << QSize(1366, 768) << QStringLiteral("light") << false << 4;
        QTest::newRow("1280x720 presentation zoomed in 2 times")
            << QSize(1280, 720) << QStringLiteral("presentation") << true << 2;
    }

    void nothingClips()
    {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        QFETCH(bool, docks);
        QFETCH(int, zoomSteps);
        app::MainWindow window;
        window.classroom()->setTheme(*widgets::Theme::byName(theme));
        window.lessonDock()->setVisible(docks);
        window.bookmarkDock()->setVisible(docks);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < zoomSteps; ++i)
            window.classroom()->zoomIn();
        // Nothing forces a larger window from 1280x720 up, docks open or not: the controls wrap
        // onto two rows rather than widen it. (800x600 is below the supported sizes.)
        QCOMPARE(window.height(), size.height());
        if (size.width() >= 1280)
            QCOMPARE(window.width(), size.width());
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            QTest::qWait(20); // the grids' second pass, with the margins laid out
            for (widgets::PlotPanel *panel : window.panels()) {
                if (!panel->isVisible())
                    continue;
                const QStringList problems = clipped(panel);
                QVERIFY2(problems.isEmpty(), qPrintable(panel->title() + QStringLiteral(": ") + problems.join(", ")));
            }
        }
        const QStringList controls = clippedControls(window.controls());
        QVERIFY2(controls.isEmpty(), qPrintable(controls.join(", ")));
    }

    void gridShowsFewerColumnsRatherThanSqueezing_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("columns");
        QTest::newRow("light, wide") << QStringLiteral("light") << 1920 << 3;
        QTest::newRow("presentation, wide") << QStringLiteral("presentation") << 1920 << 2;
        QTest::newRow("presentation, narrow") << QStringLiteral("presentation") << 1280 << 1;
    }

    void gridShowsFewerColumnsRatherThanSqueezing()
    {
        QFETCH(QString, theme);
        QFETCH(int, width);
        QFETCH(int, columns);
        app::MainWindow window;
        window.classroom()->setTheme(*widgets::Theme::byName(theme));
        window.lessonDock()->hide();
        window.bookmarkDock()->hide();
        window.resize(width, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = qobject_cast<app::PanelGrid *>(window.pages()->widget(0));
        QVERIFY(grid);
        QTRY_COMPARE(grid->columns(), columns);
        // Each plot at least its legible size, whatever the columns.
        for (int i = 0; i < 5; ++i) {
            widgets::PlotPanel *panel = window.panels()[i];
            const QSize room = widgets::legibleSize(panel);
            QVERIFY2(panel->width() >= room.width() && panel->height() >= room.height(),
                     qPrintable(QStringLiteral("%1: %2x%3 < %4x%5")
                                    .arg(panel->title())
                                    .arg(panel->width())
                                    .arg(panel->height())
                                    .arg(room.width())
                                    .arg(room.height())));
        }
    }

    void legibleSize_growsWithTheType_data()
    {
        QTest::addColumn<QString>("panel");
        for (const char *name : {"information", "entropy", "cross-entropy", "kl", "loss", "training"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void legibleSize_growsWithTheType()
    {
        QFETCH(QString, panel);
        app::MainWindow window;
        widgets::PlotPanel *shown = window.panel(panel);
        const QSize light = widgets::legibleSize(shown);
        QVERIFY(light.width() > 100 && light.height() > 100);
        window.classroom()->setTheme(widgets::Theme::presentation());
        const QSize large = widgets::legibleSize(shown);
        QVERIFY2(large.width() > light.width() && large.height() > light.height(),
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4")
                                .arg(large.width())
                                .arg(large.height())
                                .arg(light.width())
                                .arg(light.height())));
    }
};

QTEST_MAIN(TestLayouts)
#include "tst_layouts.moc"
