#include "widgets/labelplacement.h"

#include <QTest>

#include <limits>
#include <vector>

using widgets::LabelRequest;
using widgets::LabelScene;
using widgets::LabelSpot;
using widgets::PlacedLabel;
using Where = widgets::PlacedLabel::Where;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
const QRectF kPlot(0, 0, 400, 300);

// One label of a row: its anchor and size, its preferred spots, the line it names (-1: none).
struct Label
{
    QPointF anchor;
    QSizeF size = QSizeF(80, 20);
    std::vector<LabelSpot> preferred = {LabelSpot::AboveRight};
    int ownCurve = -1;
    bool list = true;
};

struct Row
{
    QRectF plot;
    std::vector<Label> labels;
    std::vector<QRectF> keepClear;
    std::vector<std::vector<QPointF>> lines;
    std::vector<QRectF> avoid;
};

} // namespace

Q_DECLARE_METATYPE(Row)

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private slots:
    void placeLabels_keepsLabelsApartAndInside_data()
    {
        QTest::addColumn<Row>("row");
        QTest::addColumn<QList<int>>("where"); // PlacedLabel::Where, one a label
        QTest::addColumn<QList<int>>("spot"); // the LabelSpot of those Beside; -1: any

        const auto B = int(Where::Beside), L = int(Where::Listed), O = int(Where::LeftOut);
        const auto spot = [](LabelSpot s) { return int(s); };

        QTest::newRow("room everywhere: the first preference")
            << Row {kPlot, {{QPointF(200, 150)}}, {}, {}, {}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::AboveRight)};
        QTest::newRow("at the right edge: goes left") << Row {kPlot, {{QPointF(390, 150)}}, {}, {}, {}}
                                                      << QList<int> {B} << QList<int> {spot(LabelSpot::AboveLeft)};
        QTest::newRow("at the top edge (an off-scale value): goes below")
            << Row {kPlot, {{QPointF(200, 0)}}, {}, {}, {}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::BelowRight)};
        QTest::newRow("top right corner: below and left") << Row {kPlot, {{QPointF(400, 0)}}, {}, {}, {}}
                                                          << QList<int> {B} << QList<int> {spot(LabelSpot::BelowLeft)};
        QTest::newRow("bottom left corner: above and right")
            << Row {kPlot, {{QPointF(0, 300)}}, {}, {}, {}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::AboveRight)};
        // At p = 0.001, q = 0.999 the markers of I(1-p) and I(q) meet in the bottom right corner.
        QTest::newRow("two labels at one point in a corner: one beside, one listed")
            << Row {kPlot, {{QPointF(390, 290)}, {QPointF(390, 290)}}, {}, {}, {}} << QList<int> {B, L}
            << QList<int> {spot(LabelSpot::AboveLeft), -1};
        QTest::newRow("two labels at one point in the middle: both beside")
            << Row {kPlot, {{QPointF(200, 150)}, {QPointF(200, 150)}}, {}, {}, {}} << QList<int> {B, B}
            << QList<int> {spot(LabelSpot::AboveRight), spot(LabelSpot::AboveLeft)};
        QTest::newRow("a marker in the preferred spot is kept clear")
            << Row {kPlot, {{QPointF(200, 150)}}, {QRectF(215, 120, 10, 10)}, {}, {}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::AboveLeft)};
        // −log r falls through the anchor: above-left and below-right would cross it.
        QTest::newRow("its own falling curve is never crossed")
            << Row {kPlot,
                    {{QPointF(200, 150), QSizeF(80, 20), {LabelSpot::AboveLeft, LabelSpot::BelowRight}, 0}},
                    {},
                    {{QPointF(0, 0), QPointF(200, 150), QPointF(400, 300)}},
                    {}}
            << QList<int> {B} << QList<int> {spot(LabelSpot::AboveRight)};
        QTest::newRow("another line is crossed only when nothing else is free")
            << Row {kPlot, {{QPointF(200, 150)}}, {}, {{QPointF(150, 130), QPointF(350, 130)}}, {}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::BelowRight)};
        QTest::newRow("a horizontal line at the marker (the maximum of h) is not struck through")
            << Row {kPlot,
                    {{QPointF(200, 150), QSizeF(80, 20), {LabelSpot::Right}}},
                    {},
                    {{QPointF(0, 150), QPointF(400, 150)}},
                    {}}
            << QList<int> {B} << QList<int> {spot(LabelSpot::AboveRight)};
        QTest::newRow("a bar beside is avoided")
            << Row {kPlot, {{QPointF(200, 150)}}, {}, {}, {QRectF(205, 100, 100, 200)}} << QList<int> {B}
            << QList<int> {spot(LabelSpot::AboveLeft)};
        QTest::newRow("crowded: five labels at one point in a short plot, the rest listed") << Row {
            QRectF(0, 0, 300, 60),
            {{QPointF(150, 30)}, {QPointF(150, 30)}, {QPointF(150, 30)}, {QPointF(150, 30)}, {QPointF(150, 30)}},
            {},
            {},
            {}} << QList<int> {B, B, B, B, O} << QList<int> {-1, -1, -1, -1, -1};
        QTest::newRow("crowded, with room in a corner for the side list")
            << Row {QRectF(0, 0, 400, 200),
                    {{QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)},
                     {QPointF(200, 100), QSizeF(60, 20)}},
                    {},
                    {},
                    {}}
            << QList<int> {B, B, B, B, L, L, L, L, L} << QList<int> {-1, -1, -1, -1, -1, -1, -1, -1, -1};
        QTest::newRow("impossible: the plot is smaller than the label")
            << Row {QRectF(0, 0, 50, 15), {{QPointF(25, 7)}}, {}, {}, {}} << QList<int> {O} << QList<int> {-1};
        QTest::newRow("a bar value asks not to be listed")
            << Row {QRectF(0, 0, 100, 100),
                    {{QPointF(50, 50), QSizeF(30, 15), {LabelSpot::Above}, -1, false}},
                    {QRectF(0, 0, 100, 100)},
                    {},
                    {}}
            << QList<int> {O} << QList<int> {-1};
        QTest::newRow("bad input: an infinite anchor goes to the side list")
            << Row {kPlot, {{QPointF(200, kInf)}}, {}, {}, {}} << QList<int> {L} << QList<int> {-1};
        QTest::newRow("bad input: a NaN anchor goes to the side list")
            << Row {kPlot, {{QPointF(kNan, 100)}}, {}, {}, {}} << QList<int> {L} << QList<int> {-1};
        QTest::newRow("bad input: a NaN size is left out")
            << Row {kPlot, {{QPointF(200, 100), QSizeF(kNan, 20)}}, {}, {}, {}} << QList<int> {O} << QList<int> {-1};
        QTest::newRow("bad input: a line with infinite points (an infinite value) is no obstacle where it breaks")
            << Row {kPlot, {{QPointF(200, 150)}}, {}, {{QPointF(100, kInf), QPointF(200, kInf), QPointF(300, 0)}}, {}}
            << QList<int> {B} << QList<int> {spot(LabelSpot::AboveRight)};
        QTest::newRow("no labels") << Row {kPlot, {}, {}, {}, {}} << QList<int> {} << QList<int> {};
    }

    void placeLabels_keepsLabelsApartAndInside()
    {
        QFETCH(Row, row);
        QFETCH(QList<int>, where);
        QFETCH(QList<int>, spot);
        std::vector<LabelRequest> requests;
        for (const Label &label : row.labels) {
            LabelRequest request;
            request.anchor = label.anchor;
            request.size = label.size;
            request.preferred = label.preferred;
            request.ownCurve = label.ownCurve;
            request.listWhenCrowded = label.list;
            requests.push_back(request);
        }
        std::vector<widgets::Polyline> lines(row.lines.begin(), row.lines.end());
        const LabelScene scene {row.plot, row.keepClear, lines, row.avoid};
        std::vector<PlacedLabel> placed;
        widgets::placeLabels(requests, scene, placed);

        QCOMPARE(int(placed.size()), where.size());
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const PlacedLabel &a = placed[i];
            QCOMPARE(int(a.where), where[int(i)]);
            if (a.where == Where::LeftOut)
                continue;
            if (a.where == Where::Beside && spot[int(i)] >= 0)
                QCOMPARE(int(a.spot), spot[int(i)]);
            QCOMPARE(a.rect.size(),
                     QSizeF(std::ceil(row.labels[i].size.width()), std::ceil(row.labels[i].size.height())));
            QVERIFY2(row.plot.contains(a.rect), qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
            for (const QRectF &clear : row.keepClear)
                QVERIFY(!a.rect.intersects(clear));
            if (row.labels[i].ownCurve >= 0)
                QVERIFY(!widgets::crosses(lines[std::size_t(row.labels[i].ownCurve)], a.rect));
            for (std::size_t j = 0; j < i; ++j) {
                if (placed[j].where != Where::LeftOut)
                    QVERIFY2(!a.rect.intersects(placed[j].rect),
                             qPrintable(QStringLiteral("%1 over %2").arg(i).arg(j)));
            }
        }
    }

    void placeLabels_listsALabelInTheCornerNearestItsAnchor_data()
    {
        QTest::addColumn<QPointF>("anchor");
        QTest::addColumn<QRectF>("corner"); // where the listed label's box must be
        // Everything around the anchor is taken, its own corner too.
        QTest::newRow("bottom left: top left") << QPointF(10, 290) << QRectF(0, 0, 200, 150);
        QTest::newRow("bottom right: top right") << QPointF(390, 290) << QRectF(200, 0, 200, 150);
        QTest::newRow("top left: bottom left") << QPointF(10, 10) << QRectF(0, 150, 200, 150);
        QTest::newRow("bad input: no anchor, top right") << QPointF(kNan, kNan) << QRectF(200, 0, 200, 150);
    }

    void placeLabels_listsALabelInTheCornerNearestItsAnchor()
    {
        QFETCH(QPointF, anchor);
        QFETCH(QRectF, corner);
        std::vector<QRectF> taken;
        if (std::isfinite(anchor.x()))
            taken.emplace_back(anchor.x() - 150, anchor.y() - 150, 300, 300);
        std::vector<LabelRequest> requests(1);
        requests[0].anchor = anchor;
        requests[0].size = QSizeF(100, 20);
        const LabelScene scene {kPlot, taken, {}, {}};
        std::vector<PlacedLabel> placed;
        widgets::placeLabels(requests, scene, placed);
        QCOMPARE(placed[0].where, Where::Listed);
        QVERIFY2(corner.contains(placed[0].rect),
                 qPrintable(QStringLiteral("%1, %2").arg(placed[0].rect.x()).arg(placed[0].rect.y())));
    }

    void labelRect_keepsTheClearanceFromTheAnchor_data()
    {
        QTest::addColumn<int>("spot");
        QTest::addColumn<QRectF>("expected");
        // A 40 x 10 label 5 px from (100, 100).
        QTest::newRow("above right") << int(LabelSpot::AboveRight) << QRectF(105, 85, 40, 10);
        QTest::newRow("above left") << int(LabelSpot::AboveLeft) << QRectF(55, 85, 40, 10);
        QTest::newRow("below right") << int(LabelSpot::BelowRight) << QRectF(105, 105, 40, 10);
        QTest::newRow("below left") << int(LabelSpot::BelowLeft) << QRectF(55, 105, 40, 10);
        QTest::newRow("right") << int(LabelSpot::Right) << QRectF(105, 95, 40, 10);
        QTest::newRow("left") << int(LabelSpot::Left) << QRectF(55, 95, 40, 10);
        QTest::newRow("above") << int(LabelSpot::Above) << QRectF(80, 85, 40, 10);
        QTest::newRow("below") << int(LabelSpot::Below) << QRectF(80, 105, 40, 10);
    }

    void labelRect_keepsTheClearanceFromTheAnchor()
    {
        QFETCH(int, spot);
        QFETCH(QRectF, expected);
        QCOMPARE(widgets::labelRect(LabelSpot(spot), QPointF(100, 100), QSizeF(40, 10), 5.0), expected);
    }

    void crosses_data()
    {
        QTest::addColumn<QList<QPointF>>("line");
        QTest::addColumn<bool>("expected");
        // Against the rectangle (10, 10)-(20, 20).
        QTest::newRow("through") << QList<QPointF> {QPointF(0, 15), QPointF(30, 15)} << true;
        QTest::newRow("diagonal through a corner's inside") << QList<QPointF> {QPointF(0, 0), QPointF(30, 30)} << true;
        QTest::newRow("passes above") << QList<QPointF> {QPointF(0, 5), QPointF(30, 5)} << false;
        QTest::newRow("touches the edge only") << QList<QPointF> {QPointF(0, 10), QPointF(30, 10)} << false;
        QTest::newRow("ends inside") << QList<QPointF> {QPointF(0, 0), QPointF(15, 15)} << true;
        QTest::newRow("many points, the crossing in the middle")
            << QList<QPointF> {QPointF(0, 0), QPointF(5, 0), QPointF(15, 30), QPointF(25, 30), QPointF(40, 0)} << true;
        QTest::newRow("vertical, beside") << QList<QPointF> {QPointF(25, 0), QPointF(25, 30)} << false;
        QTest::newRow("vertical, through") << QList<QPointF> {QPointF(15, 0), QPointF(15, 30)} << true;
        QTest::newRow("bad input: infinite points") << QList<QPointF> {QPointF(15, -kInf), QPointF(15, kInf)} << false;
        QTest::newRow("bad input: NaN") << QList<QPointF> {QPointF(kNan, 15), QPointF(30, 15)} << false;
        QTest::newRow("empty") << QList<QPointF> {} << false;
    }

    void crosses()
    {
        QFETCH(QList<QPointF>, line);
        QFETCH(bool, expected);
        QCOMPARE(widgets::crosses(std::span<const QPointF>(line.constData(), line.size()), QRectF(10, 10, 10, 10)),
                 expected);
    }

    void placeLabels_isCheapForASliderStep()
    {
        // Three labels and two curves of 1200 points each, as the information panel has.
        std::vector<QPointF> curve, other;
        for (int i = 0; i < 1200; ++i) {
            curve.emplace_back(i * 0.5, 300.0 - 300.0 * std::exp(-i / 200.0));
            other.emplace_back(i * 0.5, 150.0 + 100.0 * std::sin(i / 100.0));
        }
        const std::vector<widgets::Polyline> lines {curve, other};
        const std::vector<LabelSpot> preferred {LabelSpot::AboveRight, LabelSpot::AboveLeft};
        std::vector<LabelRequest> requests(3);
        for (int i = 0; i < 3; ++i) {
            requests[std::size_t(i)].anchor = curve[std::size_t(100 + i * 450)];
            requests[std::size_t(i)].size = QSizeF(120, 22);
            requests[std::size_t(i)].preferred = preferred;
            requests[std::size_t(i)].ownCurve = 0;
        }
        const LabelScene scene {QRectF(0, 0, 600, 300), {}, lines, {}};
        std::vector<PlacedLabel> placed;
        QBENCHMARK
        {
            widgets::placeLabels(requests, scene, placed);
        }
        QCOMPARE(placed.size(), std::size_t(3));
    }
};

QTEST_APPLESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
