// The sampling panel's toolbar: the draw buttons, the seed and Restart act on the panel the view
// holds, also after the panel was replaced in it, and the seed stays in its range.
#include "widgets/clock.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/samplingpanel.h"
#include "widgets/samplingview.h"

#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using widgets::SamplingPanel;
using widgets::SamplingView;

class TestSamplingView : public QObject
{
    Q_OBJECT

private slots:
    void init() { widgets::Clock::install(&m_clock); }
    void cleanup() { widgets::Clock::install(nullptr); }

    void drawButtons_drawThatManySamples_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("clicks");
        QTest::addColumn<int>("expected");
        QTest::newRow("one") << QStringLiteral("draw1") << 1 << 1;
        QTest::newRow("ten") << QStringLiteral("draw10") << 1 << 10;
        QTest::newRow("a hundred") << QStringLiteral("draw100") << 1 << 100;
        QTest::newRow("ten, three times") << QStringLiteral("draw10") << 3 << 30;
    }

    void drawButtons_drawThatManySamples()
    {
        QFETCH(QString, button);
        QFETCH(int, clicks);
        QFETCH(int, expected);
        widgets::LessonState state;
        SamplingView view(new SamplingPanel(&state));
        auto *draw = view.findChild<QPushButton *>(button);
        QVERIFY(draw);
        QVERIFY(!draw->accessibleName().isEmpty());
        for (int i = 0; i < clicks; ++i)
            QTest::mouseClick(draw, Qt::LeftButton);
        m_clock.advance(60000); // the animation draws a few each frame
        QCOMPARE(view.panel()->sampleCount(), std::size_t(expected));
        QVERIFY(!view.panel()->isDrawing());
    }

    void seed_andRestart_startAgain_data()
    {
        QTest::addColumn<int>("typed");
        QTest::addColumn<int>("seed");
        QTest::newRow("7") << 7 << 7;
        QTest::newRow("largest") << 999999 << 999999;
        QTest::newRow("wrong: zero") << 0 << 1;
        QTest::newRow("wrong: negative") << -5 << 1;
        QTest::newRow("wrong: too large") << 10000000 << 999999;
    }

    void seed_andRestart_startAgain()
    {
        QFETCH(int, typed);
        QFETCH(int, seed);
        widgets::LessonState state;
        SamplingView view(new SamplingPanel(&state));
        view.panel()->drawSamples(20, false);
        view.seedBox()->setValue(typed);
        QCOMPARE(view.panel()->seed(), quint64(seed));
        view.panel()->drawSamples(20, false);
        QVERIFY(view.panel()->sampleCount() >= 20);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("restartSampling")), Qt::LeftButton);
        QCOMPARE(view.panel()->sampleCount(), std::size_t(0));
        QCOMPARE(view.panel()->seed(), quint64(seed));
    }

private:
    widgets::ManualClock m_clock;
};

QTEST_MAIN(TestSamplingView)
#include "tst_samplingview.moc"
