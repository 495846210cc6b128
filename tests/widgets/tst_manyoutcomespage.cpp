// The many-outcome page as drawn: bars keep their heights and show an outline only where one has
// room, the markers stamped from a cache look like the drawn shapes, and an edit repaints the
// panels that show what it changed, no others.
#include "core/distribution.h"
#include "widgets/cachedmarkers.h"
#include "widgets/contributionspanel.h"
#include "widgets/distributioneditor.h"
#include "widgets/distributionpanel.h"
#include "widgets/fastbars.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/samplingpanel.h"
#include "widgets/samplingview.h"

#include <QHBoxLayout>
#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <vector>

using namespace widgets;

namespace {

const QColor kPen(200, 0, 0);
const QColor kBrush(0, 0, 200);
const QColor kGround(Qt::white);

// A bare plot whose axis rect fills it: x in [0, width) pixels maps onto [0, width), y in [0, 1]
// onto the height, upwards.
struct BarePlot
{
    QCustomPlot plot;
    explicit BarePlot(QSize size)
    {
        plot.resize(size);
        plot.axisRect()->setAutoMargins(QCP::msNone);
        plot.axisRect()->setMargins(QMargins());
        for (QCPAxis *axis : plot.axisRect()->axes()) {
            axis->setVisible(false);
            axis->grid()->setVisible(false);
        }
        plot.xAxis->setRange(0.0, size.width());
        plot.yAxis->setRange(0.0, 1.0);
        plot.setBackground(kGround);
    }
    QImage image() { return plot.toPixmap(plot.width(), plot.height()).toImage(); }
};

bool isColor(const QImage &image, int x, int y, const QColor &color)
{
    return image.pixelColor(x, y).rgb() == color.rgb();
}

// The topmost row of column x that is not the ground, or -1.
int topOf(const QImage &image, int x)
{
    for (int y = 0; y < image.height(); ++y) {
        if (!isColor(image, x, y, kGround))
            return y;
    }
    return -1;
}

// Counts the paint events of the widgets it watches.
class PaintCounter : public QObject
{
public:
    void watch(QWidget *widget) { widget->installEventFilter(this), m_counts[widget] = 0; }
    int count(QWidget *widget) const { return m_counts.at(widget); }
    void clear()
    {
        for (auto &entry : m_counts)
            entry.second = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_counts[static_cast<QWidget *>(watched)];
        return false;
    }

private:
    std::map<QWidget *, int> m_counts;
};

} // namespace

class TestManyOutcomesPage : public QObject
{
    Q_OBJECT

private slots:
    void bars_keepHeightsAndLook_data()
    {
        QTest::addColumn<double>("width"); // pixels
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("pen");
        QTest::addColumn<bool>("outlined"); // a ring of the pen's colour around the brush
        QTest::newRow("one pixel") << 1.0 << 0.5 << 1.0 << false;
        QTest::newRow("under a pixel") << 0.4 << 0.5 << 1.0 << false;
        QTest::newRow("two pixels") << 2.0 << 0.7 << 1.0 << false;
        QTest::newRow("just under three") << 2.9 << 0.3 << 1.0 << false;
        QTest::newRow("three pixels") << 3.0 << 0.5 << 1.0 << true;
        QTest::newRow("ten pixels") << 10.0 << 0.25 << 1.0 << true;
        QTest::newRow("forty pixels, nearly full height") << 40.0 << 0.95 << 1.0 << true;
        QTest::newRow("two pixels, thick pen") << 2.0 << 0.5 << 2.0 << false;
        QTest::newRow("at a fraction of a pixel") << 2.5 << 0.333 << 1.0 << false;
    }

    // A bar has the height of its value, and the very pixels QCPBars gave it, drawn as
    // rectangles when narrow.
    void bars_keepHeightsAndLook()
    {
        QFETCH(double, width);
        QFETCH(double, value);
        QFETCH(double, pen);
        QFETCH(bool, outlined);
        const auto draw = [&](bool fast) {
            BarePlot bare(QSize(200, 100));
            QCPBars *bars
                = fast ? new FastBars(bare.plot.xAxis, bare.plot.yAxis) : new QCPBars(bare.plot.xAxis, bare.plot.yAxis);
            bars->setPen(QPen(kPen, pen, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            bars->setBrush(kBrush);
            bars->setAntialiased(false);
            bars->setAntialiasedFill(false);
            bars->setWidth(width);
            bars->setData({40.5, 100.3, 160.7}, {value, value / 2, value / 3});
            const QImage image = bare.image(); // lays the plot out: then the axis maps values to pixels
            return std::make_pair(image, bare.plot.yAxis->coordToPixel(value));
        };
        const auto [image, expectedTop] = draw(true);
        const int centre = 40;
        const int top = topOf(image, centre);
        QVERIFY2(std::abs(top - expectedTop) <= pen,
                 qPrintable(QStringLiteral("top %1, expected %2").arg(top).arg(expectedTop)));
        QVERIFY(!isColor(image, centre, image.height() - 2, kGround)); // down to the base
        // Across the middle: as wide as the bar and its pen, the pen's colour at its edge, the
        // brush's inside only where an outline has room.
        const int middle = (top + image.height()) / 2;
        int first = -1, last = -1;
        for (int x = 0; x < 80; ++x) {
            if (!isColor(image, x, middle, kGround)) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        QVERIFY(std::abs((last - first + 1) - std::max(1.0, width + pen)) <= 1.0);
        QVERIFY(isColor(image, first, middle, kPen));
        if (outlined)
            QVERIFY(isColor(image, centre, middle, kBrush));
        // The pixels QCPBars gave, but for at most a pixel a bar where an outline wider than its
        // bar is rounded otherwise by the stroker.
        const QImage before = draw(false).first;
        int differing = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                differing += image.pixel(x, y) != before.pixel(x, y);
        }
        QVERIFY2(differing <= 3, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    void bars_wrongValues_drawNothingOrALine_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("zero: a line at the base") << 0.0 << true;
        QTest::newRow("wrong: NaN") << std::numeric_limits<double>::quiet_NaN() << false;
        QTest::newRow("wrong: infinite") << std::numeric_limits<double>::infinity() << false;
    }

    void bars_wrongValues_drawNothingOrALine()
    {
        QFETCH(double, value);
        QFETCH(bool, drawn);
        BarePlot bare(QSize(200, 100));
        bare.plot.yAxis->setRange(-0.5, 0.5);
        auto *bars = new FastBars(bare.plot.xAxis, bare.plot.yAxis);
        bars->setPen(QPen(kPen, 1.0));
        bars->setBrush(kBrush);
        bars->setWidth(1.0);
        bars->setData({100.5}, {value});
        const QImage image = bare.image();
        const int top = topOf(image, 100);
        QCOMPARE(top >= 0, drawn);
        if (drawn)
            QVERIFY(std::abs(top - bare.plot.yAxis->coordToPixel(0.0)) <= 1.0);
    }

    void markers_stampedFromCache_lookLikeShapes_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<bool>("antialiased");
        QTest::addColumn<double>("size");
        QTest::newRow("diamonds, plain") << int(QCPScatterStyle::ssDiamond) << false << 6.0;
        QTest::newRow("diamonds, smooth") << int(QCPScatterStyle::ssDiamond) << true << 11.0;
        QTest::newRow("crossed squares") << int(QCPScatterStyle::ssCrossSquare) << true << 11.0;
        QTest::newRow("circles, tiny") << int(QCPScatterStyle::ssCircle) << true << 1.0;
    }

    void markers_stampedFromCache_lookLikeShapes()
    {
        QFETCH(int, shape);
        QFETCH(bool, antialiased);
        QFETCH(double, size);
        const auto draw = [&](bool cached, int *stamped) {
            BarePlot bare(QSize(300, 60));
            QCPGraph *graph = cached ? new CachedMarkers(bare.plot.xAxis, bare.plot.yAxis)
                                     : new QCPGraph(bare.plot.xAxis, bare.plot.yAxis);
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setPen(QPen(kPen, 1.5));
            graph->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ScatterShape(shape), QPen(Qt::black, 1.2), kBrush, size));
            graph->setAntialiasedScatters(antialiased);
            QVector<double> keys, values;
            for (int i = 0; i < 25; ++i) {
                keys << 10.0 + 11.37 * i; // every quarter of a pixel and between
                values << 0.2 + 0.0231 * i;
            }
            graph->setData(keys, values);
            const QImage image = bare.image();
            if (stamped)
                *stamped = static_cast<CachedMarkers *>(graph)->stampedCount();
            return image;
        };
        int stamped = 0;
        const QImage cached = draw(true, &stamped);
        const QImage drawn = draw(false, nullptr);
        QCOMPARE(stamped, 25);
        // The same pixels, up to the rounding of a blend and an eighth of a pixel of position (which
        // moves a few edge pixels of a shape drawn without antialiasing).
        int differing = 0, inked = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                const QColor a = cached.pixelColor(x, y), b = drawn.pixelColor(x, y);
                inked += b.rgb() != kGround.rgb();
                const int difference = std::max(
                    {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
                differing += difference > (antialiased ? 64 : 0);
            }
        }
        QVERIFY(inked > 0);
        QVERIFY2(differing <= inked / 10,
                 qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(inked)));
    }

    void markers_onAMagnifiedPainter_areDrawnAsShapes()
    {
        BarePlot bare(QSize(100, 50));
        auto *graph = new CachedMarkers(bare.plot.xAxis, bare.plot.yAxis);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, Qt::black, kBrush, 8));
        graph->setData({20.0, 60.0}, {0.5, 0.5});
        QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(kGround);
        QCPPainter painter(&image);
        painter.scale(2.0, 2.0); // a figure drawn larger: a stamp would be blurred
        bare.plot.toPainter(&painter, 100, 50);
        painter.end();
        QCOMPARE(graph->stampedCount(), 0);
        QVERIFY(!isColor(image, 40, 50, kGround)); // the first diamond, drawn as a shape
    }

    void edits_repaintOnlyThePanelsShowingThem_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("bars");
        QTest::addColumn<bool>("contributions");
        QTest::addColumn<bool>("codeLength");
        QTest::addColumn<bool>("sampling");
        QTest::newRow("p_1 dragged") << "p1" << true << true << true << true;
        QTest::newRow("q_3 typed") << "q3" << true << true << true << true;
        QTest::newRow("outcome 4 hovered") << "hover" << true << true << true << false;
        QTest::newRow("y changed") << "y" << false << false << false << false;
        QTest::newRow("yhat changed") << "yhat" << false << false << false << false;
        QTest::newRow("wrong: p_1 out of range") << "p1 wrong" << false << false << false << false;
        QTest::newRow("wrong: no such outcome") << "p99" << false << false << false << false;
    }

    void edits_repaintOnlyThePanelsShowingThem()
    {
        QFETCH(QString, edit);
        QFETCH(bool, bars);
        QFETCH(bool, contributions);
        QFETCH(bool, codeLength);
        QFETCH(bool, sampling);
        LessonState state;
        QVERIFY(!state.setDistributions(
            core::Distribution::fromEntries(std::vector<double> {0.1, 0.2, 0.3, 0.15, 0.25}),
            core::Distribution::fromEntries(std::vector<double> {0.2, 0.2, 0.2, 0.2, 0.2}), {"a", "b", "c", "d", "e"}));
        QWidget page;
        auto *layout = new QHBoxLayout(&page);
        auto *editor = new DistributionEditor(&state, Theme::light());
        auto *meaning = createPanel(QStringLiteral("contributions"), &state, Theme::light());
        auto *code = createPanel(QStringLiteral("code-length"), &state, Theme::light());
        auto *samples = qobject_cast<SamplingPanel *>(createPanel(QStringLiteral("sampling"), &state, Theme::light()));
        layout->addWidget(editor);
        layout->addWidget(meaning);
        layout->addWidget(code);
        layout->addWidget(new SamplingView(samples));
        page.resize(1600, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        PaintCounter paints;
        for (QWidget *panel : std::initializer_list<QWidget *> {editor->bars(), meaning, code, samples})
            paints.watch(panel);
        QApplication::processEvents();
        paints.clear();

        if (edit == QLatin1String("p1"))
            QVERIFY(!state.setEntry(LessonState::Which::P, 0, 0.05));
        else if (edit == QLatin1String("q3"))
            QVERIFY(!state.setEntry(LessonState::Which::Q, 2, 0.4));
        else if (edit == QLatin1String("hover"))
            state.setHighlightedOutcome(3);
        else if (edit == QLatin1String("y"))
            state.setY(0);
        else if (edit == QLatin1String("yhat"))
            state.setYhat(0.3);
        else if (edit == QLatin1String("p1 wrong"))
            QVERIFY(state.setEntry(LessonState::Which::P, 0, 1.5));
        else
            QVERIFY(state.setEntry(LessonState::Which::P, 98, 0.1));
        QTest::qWait(50); // the frame
        QCOMPARE(paints.count(editor->bars()) > 0, bars);
        QCOMPARE(paints.count(meaning) > 0, contributions);
        QCOMPARE(paints.count(code) > 0, codeLength);
        QCOMPARE(paints.count(samples) > 0, sampling);
    }
};

QTEST_MAIN(TestManyOutcomesPage)
#include "tst_manyoutcomespage.moc"
