// The assembled lesson window on the offscreen platform (and, as tst_window_xcb, in a real X
// window under Xvfb): every panel and the readouts are there, in the lesson's order, and fit.
#include "app/classroom.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "widgets/controlpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/plothover.h"
#include "widgets/plotpanel.h"
#include "widgets/probabilityslider.h"
#include "widgets/readoutpanel.h"

#include <QAction>
#include <QGuiApplication>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString expected = qEnvironmentVariable("ENTROPYLAB_EXPECT_PLATFORM");
        if (!expected.isEmpty())
            QCOMPARE(QGuiApplication::platformName(), expected);
    }

    void showsEveryPanelInLessonOrder()
    {
        app::MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (const widgets::PlotPanel *panel : window.panels())
            titles << panel->title();
        QCOMPARE(
            titles,
            QStringList({QStringLiteral("Information of one event"), QStringLiteral("Binary entropy"),
                         QStringLiteral("Cross entropy"), QStringLiteral("KL divergence is not symmetric"),
                         QStringLiteral("Loss of logistic regression"), QStringLiteral("The distributions p and q"),
                         QStringLiteral("What each outcome contributes"),
                         QStringLiteral("Cross entropy as message length"),
                         QStringLiteral("Sampling: the loss measured on data"),
                         QStringLiteral("Why cross entropy? Training logistic regression")}));
        // The first page: the two-outcome lesson and the readouts; the second: many outcomes; the
        // third: the training lab.
        for (int page = 0; page < 3; ++page) {
            window.pages()->setCurrentIndex(page);
            for (int i = 0; i < window.panels().size(); ++i) {
                const widgets::PlotPanel *panel = window.panels()[i];
                const int panelPage = i < 5 ? 0 : i < 9 ? 1 : 2;
                QCOMPARE(panel->isVisible(), panelPage == page);
                if (panel->isVisible())
                    QVERIFY2(panel->width() > 300 && panel->height() > 200, qPrintable(panel->title()));
            }
            QCOMPARE(window.readouts()->isVisible(), page == 0);
        }
    }

    void themeAndZoom_restyleTheSamePanels()
    {
        app::MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The zoom keys are window shortcuts: on a real X server they need the window active.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<widgets::PlotPanel *> before = window.panels();
        auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
        QVERIFY(dark);
        dark->trigger();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier); // zoom in
        QVERIFY(window.classroom()->zoom() > 1.1);
        QCOMPARE(window.panels(), before); // the same objects, restyled, not new ones

        // What the user sees: the dark background and type grown by the zoom, in every panel.
        const widgets::Theme shown = widgets::Theme::dark();
        for (widgets::PlotPanel *panel : before) {
            QCOMPARE(panel->theme().name, QStringLiteral("dark"));
            QCOMPARE(panel->xAxis->labelFont().pointSizeF(), shown.fontSize * window.classroom()->zoom() * 1.1);
            QCOMPARE(panel->xAxis->labelColor(), shown.foreground);
        }
        widgets::PlotPanel *entropy = window.panel(QStringLiteral("entropy"));
        entropy->replot();
        QCOMPARE(entropy->grab().toImage().pixelColor(2, 2), shown.background);

        // The window's filter on the panels: a click makes the panel the one Export and Copy take.
        widgets::PlotPanel *kl = window.panel(QStringLiteral("kl"));
        QTest::mouseClick(kl, Qt::LeftButton, {}, kl->axisRect()->rect().center());
        QCOMPARE(window.currentPanel(), QStringLiteral("kl"));
        // The hover's filter: the crosshair follows the mouse.
        QTest::mouseMove(entropy, entropy->axisRect()->rect().topLeft() + QPoint(5, 5));
        QTest::mouseMove(entropy, entropy->axisRect()->rect().center());
        QVERIFY(widgets::PlotHover::of(entropy)->isCrosshairVisible());
        // And the state still drives them.
        window.document()->state()->setP(0.05);
        QTRY_COMPARE(widgets::PlotPanel::markerPosition(entropy->graph(1)).x(), 0.05);

        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        window.findChild<QAction *>(QStringLiteral("theme-light"))->trigger(); // the next test starts light
        QCOMPARE(window.panels(), before);
        QCOMPARE(entropy->xAxis->labelFont().pointSizeF(), widgets::Theme::light().fontSize * 1.1);
    }

    void legendsFitTheirPanels()
    {
        app::MainWindow window;
        // A 1366 px screen starts without the side docks (they open on demand, Ctrl+L).
        window.lessonDock()->hide();
        window.bookmarkDock()->hide();
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            for (widgets::PlotPanel *panel : window.panels()) {
                if (!panel->isVisible())
                    continue;
                QTRY_VERIFY2(panel->legend->outerRect().width() <= panel->width()
                                 && panel->legend->minimumOuterSizeHint().width() <= panel->width(),
                             qPrintable(panel->title()));
            }
        }
    }

    void fitsA1366x768Screen()
    {
        app::MainWindow window;
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 740,
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            for (const widgets::PlotPanel *panel : window.panels()) {
                if (panel->isVisible())
                    QVERIFY2(panel->width() >= 260 && panel->height() >= 180, qPrintable(panel->title()));
            }
        }
    }

    void sliderKeyPress_updatesTheWindowInOneStep()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSlider *slider = window.controls()->pSlider()->slider();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(window.document()->state()->p(), 0.29);
        QVERIFY(window.readouts()->readout(QStringLiteral("entropy_p")).contains(QStringLiteral("0.2900")));
        for (widgets::PlotPanel *panel : window.panels()) {
            if (!panel->isVisible())
                continue; // on the other page
            const QImage image = panel->grab().toImage();
            QVERIFY(!image.isNull());
            // Curves, markers, text and shading were drawn: many colours, not a blank widget.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 20,
                     qPrintable(panel->title() + QStringLiteral(": %1 colours").arg(colours.size())));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
