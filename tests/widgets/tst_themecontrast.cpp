// Every colour a panel draws stands out from what it is drawn on, in every theme (light, dark,
// presentation), by WCAG 2.1: curves, bars, markers and the lines of guides and axes at least
// 3:1 (1.4.11, non-text contrast), every text (value labels, legends, ticks, titles) at least 4.5:1
// (1.4.3, level AA). The rows are read from the panels themselves, so a colour added to a panel
// later is checked too. Exempt, as decoration that carries no value: the grid, a fill under a
// curve (the curve that bounds it is checked), the tint of the outcome band, and the pale halo a
// training path runs on (the path is checked against the halo). The window's dark palette has
// its text roles checked the same way.
#include "core/contrast.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/panelnames.h"
#include "widgets/palette.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/theme.h"
#include "widgets/windowpalette.h"

#include <qcustomplot.h>

#include <QTest>

#include <memory>

using namespace widgets;

Q_DECLARE_METATYPE(widgets::Theme)

namespace {

constexpr double kGraphic = core::kGraphicContrast;
constexpr double kText = core::kTextContrast;

const QList<QPair<QString, QColor>> &okabeIto()
{
    static const QList<QPair<QString, QColor>> colours {{QStringLiteral("black"), palette::kBlack},
                                                        {QStringLiteral("orange"), palette::kOrange},
                                                        {QStringLiteral("sky blue"), palette::kSkyBlue},
                                                        {QStringLiteral("bluish green"), palette::kBluishGreen},
                                                        {QStringLiteral("yellow"), palette::kYellow},
                                                        {QStringLiteral("blue"), palette::kBlue},
                                                        {QStringLiteral("vermillion"), palette::kVermillion},
                                                        {QStringLiteral("reddish purple"), palette::kReddishPurple}};
    return colours;
}

QList<Theme> themes()
{
    return {Theme::light(), Theme::dark(), Theme::presentation()};
}

QString describe(const QColor &color)
{
    return color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

// The rows of one panel: every colour it draws, with what it is drawn on and the ratio it needs.
class Collector
{
public:
    Collector(const QString &prefix, const Theme &theme)
        : m_prefix(prefix)
        , m_theme(theme)
    { }

    // `alternative`, when valid, may meet the ratio instead of `color`: a marker stands out by
    // its outline or by its fill.
    void add(const QString &what, const QColor &color, const QColor &backdrop, double least,
             const QColor &alternative = QColor())
    {
        if (color.alpha() == 0)
            return; // nothing drawn
        const QString tag = QStringLiteral("%1: %2 #%3").arg(m_prefix, what).arg(++m_count);
        QTest::newRow(qPrintable(tag)) << color << backdrop << least << alternative;
    }

    void pen(const QString &what, const QPen &pen, const QColor &backdrop)
    {
        if (pen.style() != Qt::NoPen && pen.brush().style() != Qt::NoBrush)
            add(what, pen.color(), backdrop, kGraphic);
    }

    void panel(PlotPanel *plot)
    {
        // Shown, so that it computes and colours its curves: a hidden panel waits until it is shown.
        plot->resize(900, 600);
        plot->show();
        if (!QTest::qWaitForWindowExposed(plot))
            QTest::newRow(qPrintable(m_prefix + QStringLiteral(": never shown")))
                << QColor() << QColor() << 99.0 << QColor();
        const QColor background = m_theme.background;
        for (QCPTextElement *text : plot->findChildren<QCPTextElement *>())
            add(QStringLiteral("title '%1'").arg(text->text().left(30)), text->textColor(), background, kText);
        for (QCPAxis *axis : plot->findChildren<QCPAxis *>()) {
            if (!axis->visible())
                continue; // the grid of a hidden axis is exempt like every grid
            const QString name = QStringLiteral("axis '%1'").arg(axis->label().left(30));
            if (!axis->label().isEmpty())
                add(name + QStringLiteral(" label"), axis->labelColor(), background, kText);
            if (axis->tickLabels())
                add(name + QStringLiteral(" tick labels"), axis->tickLabelColor(), background, kText);
            pen(name + QStringLiteral(" line"), axis->basePen(), background);
            if (axis->ticks())
                pen(name + QStringLiteral(" ticks"), axis->tickPen(), background);
        }
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            if (QCPAbstractLegendItem *entry = plot->legend->item(i)) // null: an empty cell of the grid
                add(QStringLiteral("legend entry %1").arg(i), entry->textColor(), background, kText);
        }
        for (int i = 0; i < plot->plottableCount(); ++i)
            plottable(plot->plottable(i));
        for (int i = 0; i < plot->itemCount(); ++i)
            item(plot->item(i));
    }

private:
    // On a colour map a path runs on its halo; elsewhere everything is on the background.
    QList<QColor> backdropsOf(QCPAbstractPlottable *plottable) const
    {
        QCPAxisRect *rect = plottable->keyAxis()->axisRect();
        for (QCPAbstractPlottable *other : rect->plottables()) {
            if (auto *map = qobject_cast<QCPColorMap *>(other)) {
                QList<QColor> ends;
                for (const double at : {0.0, 0.5, 1.0})
                    ends << QColor::fromRgb(map->gradient().color(at, QCPRange(0, 1)));
                return ends;
            }
        }
        return {m_theme.background};
    }

    void plottable(QCPAbstractPlottable *plottable)
    {
        const QString name
            = QStringLiteral("%1 '%2'").arg(plottable->metaObject()->className(), plottable->name().left(30));
        if (qobject_cast<QCPColorMap *>(plottable) || plottable->property("backing").toBool())
            return; // the data itself, or the halo a path runs on
        const QList<QColor> backdrops = backdropsOf(plottable);
        if (auto *curve = qobject_cast<QCPCurve *>(plottable)) {
            // Drawn on its halo when it has one (the plottable drawn just before it).
            QColor backdrop = m_theme.background;
            QCustomPlot *plot = plottable->parentPlot();
            for (int i = 1; i < plot->plottableCount(); ++i) {
                if (plot->plottable(i) == plottable && plot->plottable(i - 1)->property("backing").toBool())
                    backdrop = plot->plottable(i - 1)->pen().color();
            }
            if (backdrop.alpha() == 255)
                pen(name + QStringLiteral(" on its halo"), curve->pen(), backdrop);
            else
                for (const QColor &ground : backdrops)
                    pen(name + QStringLiteral(" line"), curve->pen(), ground);
            return;
        }
        for (const QColor &backdrop : backdrops) {
            if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
                if (graph->lineStyle() != QCPGraph::lsNone)
                    pen(name + QStringLiteral(" line"), graph->pen(), backdrop);
                const QCPScatterStyle scatter = graph->scatterStyle();
                if (!scatter.isNone()) {
                    const QColor outline = scatter.isPenDefined() ? scatter.pen().color() : graph->pen().color();
                    const QColor fill = scatter.brush().style() == Qt::NoBrush ? QColor() : scatter.brush().color();
                    // Its edge is the outline, or the fill where the outline is the ground's colour
                    // (a white-ringed marker made to read on the map, in the legend).
                    add(name + QStringLiteral(" marker"), outline, backdrop, kGraphic, fill);
                }
            } else if (auto *bars = qobject_cast<QCPBars *>(plottable)) {
                add(name + QStringLiteral(" fill"), bars->brush().color(), backdrop, kGraphic);
            }
        }
    }

    void item(QCPAbstractItem *item)
    {
        const QColor background = m_theme.background;
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            const QString name = QStringLiteral("label '%1'").arg(text->text().left(30));
            const QBrush brush = text->brush();
            QColor ground = background;
            if (brush.style() != Qt::NoBrush) {
                // The backing over the background, as Theme::labelGround() blends it.
                Theme blended = m_theme;
                blended.labelBacking = brush.color();
                ground = blended.labelGround();
            }
            add(name, text->color(), ground, kText);
            if (ground != background)
                add(name + QStringLiteral(" (backing's edge)"), text->color(), background, kText);
            return;
        }
        const QString name = QString::fromLatin1(item->metaObject()->className());
        if (auto *line = qobject_cast<QCPItemStraightLine *>(item))
            pen(name, line->pen(), background);
        else if (auto *segment = qobject_cast<QCPItemLine *>(item))
            pen(name, segment->pen(), background);
        else if (auto *rect = qobject_cast<QCPItemRect *>(item))
            pen(name + QStringLiteral(" edge"), rect->pen(), background); // its fill is a tint
        else if (auto *tracer = qobject_cast<QCPItemTracer *>(item))
            pen(name, tracer->pen(), background);
    }

    QString m_prefix;
    Theme m_theme;
    int m_count = 0;
};

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void contrast_data()
    {
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QColor>("backdrop");
        QTest::addColumn<double>("least");
        QTest::addColumn<QColor>("alternative");
        for (const Theme &theme : themes()) {
            Collector rows(theme.name, theme);
            // Each Okabe-Ito colour as a curve or marker and as a label's text.
            for (const auto &[name, color] : okabeIto()) {
                rows.add(name + QStringLiteral(" curve"), theme.ink(color), theme.background, kGraphic);
                rows.add(name + QStringLiteral(" label"), theme.labelInk(color), theme.background, kText);
                rows.add(name + QStringLiteral(" label on its backing"), theme.labelInk(color), theme.labelGround(),
                         kText);
            }
            rows.add(QStringLiteral("foreground"), theme.foreground, theme.background, kText);
            // Every panel, as made in this theme.
            for (const QString &name : panelNames()) {
                LessonState state;
                const std::unique_ptr<PlotPanel> panel(createPanel(name, &state, theme));
                Collector(theme.name + QLatin1Char(' ') + name, theme).panel(panel.get());
            }
            // The loss panel again for y = 0: the curve of the label not given is drawn faintly.
            LessonState other;
            other.setY(1 - other.y());
            const std::unique_ptr<PlotPanel> loss(createPanel(QStringLiteral("loss"), &other, theme));
            Collector(theme.name + QStringLiteral(" loss, other label"), theme).panel(loss.get());
            // The window's own texts on their surfaces.
            const QPalette window = windowPalette(theme);
            if (theme.isDark()) {
                const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs {
                    {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
                    {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
                    {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
                    {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base},
                    {QPalette::LinkVisited, QPalette::Base}};
                for (const auto &[text, ground] : pairs)
                    rows.add(QStringLiteral("window role %1 on %2").arg(int(text)).arg(int(ground)),
                             window.color(QPalette::Active, text), window.color(QPalette::Active, ground), kText);
            }
        }
    }

    void contrast()
    {
        QFETCH(QColor, color);
        QFETCH(QColor, backdrop);
        QFETCH(double, least);
        QFETCH(QColor, alternative);
        double measured = Theme::contrast(color, backdrop);
        if (alternative.isValid())
            measured = std::max(measured, Theme::contrast(alternative, backdrop));
        QVERIFY2(measured >= least - 1e-9,
                 qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                .arg(describe(color), describe(backdrop))
                                .arg(measured, 0, 'f', 2)
                                .arg(least)));
    }

    // A deeper shade, not another colour: orange stays orange, so the legend and the lesson's
    // words ("the orange curve") stay true.
    void ink_keepsTheHue_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<QColor>("color");
        for (const Theme &theme : themes())
            for (const auto &[name, color] : okabeIto())
                if (color.hsvSaturation() > 0)
                    QTest::newRow(qPrintable(theme.name + QLatin1Char(' ') + name)) << theme << color;
    }

    void ink_keepsTheHue()
    {
        QFETCH(Theme, theme);
        QFETCH(QColor, color);
        for (const QColor &shade : {theme.ink(color), theme.labelInk(color)}) {
            const int turn = std::abs(shade.hsvHue() - color.hsvHue());
            QVERIFY2(std::min(turn, 360 - turn) <= 6,
                     qPrintable(
                         QStringLiteral("%1 became %2 (%3 degrees)").arg(describe(color), describe(shade)).arg(turn)));
        }
    }

    void withContrast_data()
    {
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QColor>("backdrop");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QColor>("expected"); // invalid: any colour that reaches the ratio
        QTest::newRow("enough already: unchanged")
            << QColor(0x00, 0x72, 0xB2) << QColor(Qt::white) << 3.0 << QColor(0x00, 0x72, 0xB2);
        QTest::newRow("orange on white deepens") << QColor(palette::kOrange) << QColor(Qt::white) << 3.0 << QColor();
        QTest::newRow("blue on near-black lightens")
            << QColor(0x00, 0x30, 0x60) << QColor(0x16, 0x19, 0x1d) << 3.0 << QColor();
        QTest::newRow("faint black guide becomes opaque enough")
            << QColor(0, 0, 0, 40) << QColor(Qt::white) << 3.0 << QColor();
        // Bad input: a colour on itself, and a ratio no colour reaches.
        QTest::newRow("white on white goes to black") << QColor(Qt::white) << QColor(Qt::white) << 3.0 << QColor();
        QTest::newRow("ratio above 21 stops at black")
            << QColor(Qt::gray) << QColor(Qt::white) << 30.0 << QColor(Qt::black);
        QTest::newRow("ratio below 1: unchanged") << QColor(Qt::gray) << QColor(Qt::gray) << 0.5 << QColor(Qt::gray);
        QTest::newRow("fully transparent reaches opaque") << QColor(0, 0, 0, 0) << QColor(Qt::white) << 4.5 << QColor();
    }

    void withContrast()
    {
        QFETCH(QColor, color);
        QFETCH(QColor, backdrop);
        QFETCH(double, ratio);
        QFETCH(QColor, expected);
        const QColor result = Theme::withContrast(color, {backdrop}, ratio);
        if (expected.isValid())
            QCOMPARE(result.rgba(), expected.rgba());
        else
            QVERIFY2(
                Theme::contrast(result, backdrop) >= ratio,
                qPrintable(QStringLiteral("%1: %2:1").arg(describe(result)).arg(Theme::contrast(result, backdrop))));
    }

    void withContrast_noBackdrop_isUnchanged()
    {
        QCOMPARE(Theme::withContrast(palette::kYellow, {}, 3.0), palette::kYellow);
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
