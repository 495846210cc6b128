// Figures for slides: at the default size and others, in every format, the text an audience must read
// is measured in the drawn pixels (PNG as written, SVG as an SVG renderer draws it, PDF as poppler's
// pdftoppm rasterises it) and must be at least kMinCapitalShare of the figure's height.
#include "widgets/figureexport.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/trainingstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace widgets;

Q_DECLARE_METATYPE(widgets::FigureFormat)

namespace {

// A pixel of ink: far enough from the background to be part of a glyph, not its antialiased fringe.
bool isInk(QRgb pixel, const QColor &background)
{
    return std::abs(qGray(pixel) - qGray(background.rgb())) > 60;
}

bool rowHasInk(const QImage &image, int y, int left, int right, const QColor &background)
{
    for (int x = std::max(0, left); x < std::min(image.width(), right); ++x) {
        if (isInk(image.pixel(x, y), background))
            return true;
    }
    return false;
}

// The height of the first run of rows with ink in columns [left, right), from row `top` down to
// `bottom`: the height of a line of glyphs. 0 when there is none.
int firstInkRun(const QImage &image, int top, int bottom, int left, int right, const QColor &background)
{
    int y = std::max(0, top);
    bottom = std::min(bottom, image.height());
    while (y < bottom && !rowHasInk(image, y, left, right, background))
        ++y;
    int height = 0;
    while (y + height < bottom && rowHasInk(image, y + height, left, right, background))
        ++height;
    return height;
}

struct Magnification
{
    double x, y;
};

// The height in image pixels of the digits of the x axis's tick labels (digits are as tall as
// capitals), measured between the ticks at the ends, which the y axis's labels may touch.
int tickLabelHeight(const QImage &image, const PlotPanel &panel, Magnification m)
{
    const QRect plot = panel.axisRect()->rect();
    const int left = qRound((plot.left() + 0.08 * plot.width()) * m.x);
    const int right = qRound((plot.right() - 0.08 * plot.width()) * m.x);
    const int top = qRound((plot.bottom() + 3) * m.y); // below the axis line
    const int bottom = qRound((plot.bottom() + 3) * m.y + 3 * QFontMetricsF(panel.xAxis->tickLabelFont()).height() * m.y);
    return firstInkRun(image, top, bottom, left, right, panel.theme().background);
}

// The height in image pixels of the first letter of the first legend entry that starts with a
// capital whose glyph is as tall as the capitals and no taller (D, H, ...), or 0 if none does.
int legendCapitalHeight(const QImage &image, const PlotPanel &panel, Magnification m)
{
    static const QString flatCapitals = QStringLiteral("BDEFHIKLMNPRTUVWXZ");
    for (int i = 0; i < panel.legend->itemCount(); ++i) {
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(panel.legend->item(i));
        if (!entry || entry->plottable()->name().isEmpty() || !flatCapitals.contains(entry->plottable()->name()[0]))
            continue;
        const QRect box = entry->rect();
        const double textLeft = box.left() + panel.legend->iconSize().width() + panel.legend->iconTextPadding();
        const double capital = QFontMetricsF(entry->font()).capHeight();
        return firstInkRun(image, qRound(box.top() * m.y), qRound((box.bottom() + 1) * m.y),
                           qRound((textLeft + 0.1 * capital) * m.x), qRound((textLeft + 0.5 * capital) * m.x),
                           panel.theme().background);
    }
    return 0;
}

// The figure's bytes drawn as an image of the figure's size, as a viewer shows them.
QImage rasterised(const QByteArray &bytes, const FigureOptions &options, QString *problem)
{
    switch (options.format) {
    case FigureFormat::Png:
        return QImage::fromData(bytes, "PNG");
    case FigureFormat::Svg: {
        QSvgRenderer renderer(bytes);
        QImage image(options.width, options.height, QImage::Format_RGB32);
        image.fill(Qt::magenta); // shows where the drawing leaves a gap
        QPainter painter(&image);
        renderer.render(&painter);
        return image;
    }
    case FigureFormat::Pdf: {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) {
            *problem = QStringLiteral("pdftoppm (poppler-utils) is not installed");
            return {};
        }
        QTemporaryDir dir;
        QFile pdf(dir.filePath(QStringLiteral("figure.pdf")));
        if (!pdf.open(QIODevice::WriteOnly) || pdf.write(bytes) != bytes.size())
            return {};
        pdf.close();
        // The page is the figure's size at 96 dpi: at 96 dpi it has as many pixels as the figure.
        QProcess::execute(pdftoppm, {"-r", "96", "-png", "-singlefile", pdf.fileName(), dir.filePath("page")});
        return QImage(dir.filePath(QStringLiteral("page.png")));
    }
    case FigureFormat::Tex:
        break;
    }
    return {};
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private slots:
    void text_isLargeForTheFigure_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<FigureFormat>("format");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("extreme"); // p = 0.001, q = 0.999, ŷ = 0.01
        for (const QString &panel : panelNames()) {
            for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf}) {
                // The extreme state as PNG only: its labels move, the drawing of them does not.
                for (bool extreme : {false, true}) {
                    if (extreme && format != FigureFormat::Png)
                        continue;
                    QTest::addRow("%s %s%s", qPrintable(panel), qPrintable(figureFormatName(format)),
                                  extreme ? " extreme" : "")
                        << panel << format << QStringLiteral("light") << QSize(1600, 900) << extreme;
                }
            }
        }
        // Other sizes and themes, as PNG.
        QTest::addRow("kl 1200x1200") << "kl" << FigureFormat::Png << "light" << QSize(1200, 1200) << false;
        for (const QString &panel : {QStringLiteral("kl"), QStringLiteral("loss"), QStringLiteral("code-length")}) {
            QTest::addRow("%s 800x450", qPrintable(panel)) << panel << FigureFormat::Png << "light" << QSize(800, 450) << false;
            QTest::addRow("%s 3840x2160", qPrintable(panel)) << panel << FigureFormat::Png << "light" << QSize(3840, 2160) << false;
            QTest::addRow("%s 2400x900", qPrintable(panel)) << panel << FigureFormat::Png << "light" << QSize(2400, 900) << false;
            QTest::addRow("%s dark", qPrintable(panel)) << panel << FigureFormat::Png << "dark" << QSize(1600, 900) << false;
            QTest::addRow("%s presentation", qPrintable(panel))
                << panel << FigureFormat::Png << "presentation" << QSize(1600, 900) << true;
        }
    }

    void text_isLargeForTheFigure()
    {
        QFETCH(QString, panel);
        QFETCH(FigureFormat, format);
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        QFETCH(bool, extreme);
        LessonState state;
        if (extreme) {
            state.setP(0.001);
            state.setQ(0.999);
            state.setYhat(0.01);
        }
        state.training()->step(100);
        FigureOptions options;
        options.format = format;
        options.width = size.width();
        options.height = size.height();
        options.theme = *Theme::byName(theme);
        const std::unique_ptr<PlotPanel> made(createPanel(panel, &state, options.theme));
        QVERIFY(made);
        made->drawFigureSamples(1, 1000);
        prepareFigure(made.get(), options);
        QString problem;
        const QImage image = rasterised(renderFigure(made.get(), options), options, &problem);
        if (!problem.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(problem + QStringLiteral(": run scripts/install-deps.sh --test")));
            QSKIP(qPrintable(problem));
        }
        QCOMPARE(image.size(), size);

        const QRect viewport = made->viewport();
        const Magnification m {double(size.width()) / viewport.width(), double(size.height()) / viewport.height()};
        const int ticks = tickLabelHeight(image, *made, m);
        const int capital = legendCapitalHeight(image, *made, m);
        const double smallest = smallestCapitalHeight(made.get()) * m.y;
        qInfo("%s %s %dx%d: layout %dx%d; tick digits %d px (%.2f %%), legend capital %d px (%.2f %%), "
              "smallest capitals %.1f px (%.2f %%)",
              qPrintable(panel), qPrintable(figureFormatName(format)), size.width(), size.height(), viewport.width(),
              viewport.height(), ticks, 100.0 * ticks / size.height(), capital, 100.0 * capital / size.height(),
              smallest, 100.0 * smallest / size.height());
        const double least = kMinCapitalShare * size.height();
        // The training lab's five plots: its tick labels reach 2.3 % and its smallest text 2.0 %; that
        // it is still under 2.5 % is a known shortfall, a failure the day it is fixed (XPASS), so the
        // exception goes with it.
        const bool lab = panel == QLatin1String("training");
        const double ticksLeast = lab ? 0.023 * size.height() : least;
        QVERIFY2(ticks >= ticksLeast, qPrintable(QStringLiteral("tick labels %1 px < %2 px").arg(ticks).arg(ticksLeast)));
        QVERIFY2(capital == 0 || capital >= least,
                 qPrintable(QStringLiteral("legend capitals %1 px < %2 px").arg(capital).arg(least)));
        if (lab) {
            QVERIFY2(smallest >= 0.020 * size.height(), qPrintable(QString::number(smallest)));
            QEXPECT_FAIL("", "the lab's figure (three plots over two) crowds its plots below a layout of about "
                             "690x390: its smallest text is 2.07 % of the height", Continue);
        }
        QVERIFY2(smallest >= least, qPrintable(QStringLiteral("smallest capitals %1 px < %2 px").arg(smallest).arg(least)));
    }
};

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
