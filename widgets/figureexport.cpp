#include "figureexport.h"

#include "model/lessonstate.h"
#include "numberformat.h"
#include "pgfplotsfigure.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHashSeed>
#include <QImageWriter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace widgets {

namespace {

// Figures are laid out at 96 logical dots per inch on every device, so a point of type is the same
// number of pixels in a PNG, an SVG and a PDF page, and as on a 96 dpi screen.
constexpr int kFigureDpi = 96;

// Aimed a little above kMinCapitalShare: hinting rounds the glyphs to whole pixels.
constexpr double kAimedCapitalShare = 0.026;
// The search for the largest magnification that clips nothing stops at this ratio of its bounds.
constexpr double kMagnificationPrecision = 1.01;
// The dynamic property of an axis whose title prepareFigure set on two lines: the title as it was.
constexpr char kOneLineTitle[] = "entropylabOneLineTitle";

void setVectorModes(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
}

// Qt's PNG writer maps a quality q to the deflate level (100 - q) * 9 / 91.
constexpr int kPngQuality = 70;

// A parameter as a caption shows it: at least two decimals, at most four, no trailing zeros.
QString captionNumber(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')) && text.indexOf(QLatin1Char('.')) < text.size() - 3)
        text.chop(1);
    return text;
}

// SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970 in UTC, up to the year 9999.
std::optional<QDateTime> sourceDateEpoch()
{
    const QByteArray value = qgetenv("SOURCE_DATE_EPOCH");
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > 253402300799LL)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// `replacement` in place of the match, padded with spaces to the same length (shorter never happens
// for the strings below): the xref table's byte offsets stay right.
void overwrite(QByteArray &pdf, qsizetype at, qsizetype length, QByteArray replacement)
{
    replacement = replacement.left(length);
    replacement.append(QByteArray(length - replacement.size(), ' '));
    pdf.replace(at, length, replacement);
}

// The same figure gives the same bytes: Qt's PDF writer stamps the current time into the document
// information (/CreationDate, /ModDate), and newer versions also into XMP metadata with a random
// document id and a trailer /ID. Dates become SOURCE_DATE_EPOCH's, or are blanked without it; ids
// become a hash of the rest of the document. Every change keeps the length, so offsets stay valid.
QByteArray reproduciblePdf(QByteArray pdf)
{
    const std::optional<QDateTime> epoch = sourceDateEpoch();
    const QString text = QString::fromLatin1(pdf); // one character a byte, in both directions
    static const QRegularExpression infoDate(QStringLiteral(R"(/(?:CreationDate|ModDate)\s*\(D:[^)]*\))"));
    for (auto it = infoDate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QByteArray entry = m.captured().toLatin1();
        const QByteArray key = entry.left(entry.indexOf(' ') > 0 ? entry.indexOf(' ') : entry.indexOf('('));
        overwrite(pdf, m.capturedStart(), m.capturedLength(),
                  epoch ? key + " (D:" + epoch->toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)"
                        : QByteArray());
    }
    static const QRegularExpression xmpDate(
        QStringLiteral(R"(<(xmp:(?:CreateDate|ModifyDate|MetadataDate))>([^<]*)</\1>)"));
    for (auto it = xmpDate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QByteArray date = epoch ? epoch->toString(Qt::ISODate).toLatin1() : QByteArray("1970-01-01T00:00:00Z");
        overwrite(pdf, m.capturedStart(2), m.capturedLength(2), date);
    }
    // Ids: the document's hash with every id left out, spelled in the same number of hex digits.
    static const QRegularExpression ids(
        QStringLiteral(R"((?:/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>)|(?:uuid:([0-9A-Fa-f-]{36})))"));
    QList<QPair<qsizetype, qsizetype>> spans;
    for (auto it = ids.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (m.capturedLength(group) > 0)
                spans.append({m.capturedStart(group), m.capturedLength(group)});
        }
    }
    if (!spans.isEmpty()) {
        QByteArray blank = pdf;
        for (const auto &[at, length] : spans)
            blank.replace(at, length, QByteArray(length, '0'));
        const QByteArray hash = QCryptographicHash::hash(blank, QCryptographicHash::Sha256).toHex();
        for (const auto &[at, length] : spans) {
            QByteArray id = hash.left(length);
            if (length == 36 && pdf.at(at + 8) == '-') // a UUID keeps its dashes
                for (int dash : {8, 13, 18, 23})
                    id[dash] = '-';
            overwrite(pdf, at, length, id);
        }
    }
    return pdf;
}

// Every element of the panel's layout, its legend's entries included (elements() lists empty cells too).
QList<QCPLayoutElement *> layoutElements(const PlotPanel *panel)
{
    QList<QCPLayoutElement *> elements = panel->plotLayout()->elements(true);
    elements.removeAll(nullptr);
    return elements;
}

// Every axis the panel draws: those of its plots and of its colour scales.
QList<QCPAxis *> drawnAxes(const PlotPanel *panel)
{
    QList<QCPAxis *> axes;
    for (QCPLayoutElement *element : layoutElements(panel)) {
        if (auto *rect = qobject_cast<QCPAxisRect *>(element))
            axes += rect->axes();
        else if (auto *scale = qobject_cast<QCPColorScale *>(element); scale && scale->visible())
            axes << scale->axis();
    }
    axes.removeIf([](const QCPAxis *axis) { return !axis->visible(); });
    return axes;
}

double axisLength(const QCPAxis *axis)
{
    const QRect rect = axis->axisRect()->rect();
    return axis->orientation() == Qt::Vertical ? rect.height() : rect.width();
}

double widestLine(const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font);
    double widest = 0.0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// A title longer than its axis goes on two lines, broken at the space outside brackets that makes
// the longer line shortest; one that fits (again, at another size) is back on one line.
void wrapLongAxisTitles(PlotPanel *panel)
{
    for (QCPAxis *axis : drawnAxes(panel)) {
        const QVariant oneLine = axis->property(kOneLineTitle);
        if (oneLine.isValid() && axis->label().contains(QLatin1Char('\n')))
            axis->setLabel(oneLine.toString());
        const QString title = axis->label();
        const QFontMetricsF metrics(axis->labelFont());
        if (title.isEmpty() || title.contains(QLatin1Char('\n')) || metrics.horizontalAdvance(title) <= axisLength(axis))
            continue;
        qsizetype best = -1;
        double bestWidth = std::numeric_limits<double>::infinity();
        for (qsizetype at = title.indexOf(QLatin1Char(' ')); at > 0; at = title.indexOf(QLatin1Char(' '), at + 1)) {
            // Never inside brackets: "(y − ŷ)²" stays one formula.
            if (title.left(at).count(QLatin1Char('(')) != title.left(at).count(QLatin1Char(')')))
                continue;
            const double width
                = std::max(metrics.horizontalAdvance(title.left(at)), metrics.horizontalAdvance(title.mid(at + 1)));
            if (width < bestWidth) {
                best = at;
                bestWidth = width;
            }
        }
        if (best < 0)
            continue;
        axis->setProperty(kOneLineTitle, title);
        axis->setLabel(title.left(best) + QLatin1Char('\n') + title.mid(best + 1));
    }
}

// Whether neighbouring tick labels of the axis, as laid out, run into each other: on a vertical axis
// they need a line and a little more each (powers of ten carry superscripts), on a horizontal one
// half of each label's width and a space.
bool tickLabelsOverlap(const QCPAxis *axis)
{
    if (!axis->tickLabels())
        return false;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const QFontMetricsF metrics(axis->tickLabelFont());
    for (qsizetype i = 1; i < ticks.size() && i < labels.size(); ++i) {
        const double gap = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
        const double needed = axis->orientation() == Qt::Vertical
            ? 1.2 * metrics.height()
            : (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2
                + metrics.horizontalAdvance(QLatin1Char(' '));
        if (gap < needed)
            return true;
    }
    return false;
}

// Whether the panel, as laid out, shows every title and axis title whole, gives each plot room for a
// few tick labels, and no plot is shorter than the legend under it.
bool clipsNothing(const PlotPanel *panel)
{
    for (const QCPAxis *axis : drawnAxes(panel)) {
        if (widestLine(axis->labelFont(), axis->label()) > axisLength(axis) + 1.0 || tickLabelsOverlap(axis))
            return false;
    }
    int tallestPlot = 0;
    for (QCPLayoutElement *element : layoutElements(panel)) {
        if (auto *rect = qobject_cast<QCPAxisRect *>(element)) {
            const double line = QFontMetricsF(rect->axis(QCPAxis::atLeft)->tickLabelFont()).height();
            if (rect->height() < 4 * line || rect->width() < 6 * line)
                return false;
            tallestPlot = std::max(tallestPlot, rect->height());
        } else if (auto *text = qobject_cast<QCPTextElement *>(element); text && text->visible()) {
            if (widestLine(text->font(), text->text()) > text->rect().width() + 1.0)
                return false;
        }
    }
    const QCPLegend *legend = panel->legend;
    if (legend->visible() && legend->itemCount() > 0
        && (legend->outerRect().height() > tallestPlot
            || legend->minimumOuterSizeHint().width() > panel->viewport().width()))
        return false;
    return true;
}

void layOut(PlotPanel *panel, const QSize &size)
{
    // Twice: the second layout makes room for the titles the first one found too long. A panel that
    // sets an axis title at each update sets it after the layout, so it is wrapped once more.
    panel->layOutFor(size);
    wrapLongAxisTitles(panel);
    panel->layOutFor(size);
    wrapLongAxisTitles(panel);
    panel->settleLayout(size); // a wrapped title moved the plot's edges: the labels go inside the new ones
}

// Paints the panel as laid out so that it fills `size` in the painter's current coordinates.
void paintMagnified(PlotPanel *panel, QCPPainter &painter, const QSizeF &size)
{
    const QSize layout = panel->viewport().size();
    painter.save();
    painter.scale(size.width() / layout.width(), size.height() / layout.height());
    panel->toPainter(&painter, layout.width(), layout.height());
    painter.restore();
}

} // namespace

std::optional<FigureFormat> figureFormatByName(const QString &name)
{
    for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf, FigureFormat::Tex}) {
        if (figureFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

QString figureFormatName(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return QStringLiteral("png");
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    case FigureFormat::Tex:
        return QStringLiteral("tex");
    }
    return {};
}

QString figureCaption(const LessonState &state, PlotPanel::Inputs inputs)
{
    QStringList parts;
    if (inputs & PlotPanel::P)
        parts << QStringLiteral("p = %1").arg(captionNumber(state.p()));
    if (inputs & PlotPanel::Q)
        parts << QStringLiteral("q = %1").arg(captionNumber(state.q()));
    if (inputs & PlotPanel::Label)
        parts << QStringLiteral("y = %1").arg(state.y());
    if (inputs & PlotPanel::Prediction)
        parts << QStringLiteral("ŷ = %1").arg(captionNumber(state.yhat()));
    parts << unitLabel(state.unit());
    return parts.join(QStringLiteral(", "));
}

void prepareFigure(PlotPanel *panel, const FigureOptions &options)
{
    if (options.title)
        panel->setTitle(*options.title);
    panel->setCaption(options.caption ? panel->captionText() : QString());
    panel->arrangeForFigure();
    const QSize figure(options.width, options.height);
    layOut(panel, figure); // first at the figure's own size, to see which texts it shows
    const auto layoutAt = [&figure](double magnification) {
        return QSize(std::max(1, qRound(figure.width() / magnification)),
                     std::max(1, qRound(figure.height() / magnification)));
    };
    // The magnification that gives the type its share, if the panel clips nothing at it; else the
    // largest that clips nothing, found by bisection, or none (1) if even the figure's size clips.
    double fits = 1.0, clips = figure.height() * kAimedCapitalShare / smallestCapitalHeight(panel);
    if (clips <= 1.0) {
        layOut(panel, figure);
        return;
    }
    layOut(panel, layoutAt(clips));
    if (clipsNothing(panel))
        return;
    while (clips / fits > kMagnificationPrecision) {
        const double middle = std::sqrt(fits * clips);
        layOut(panel, layoutAt(middle));
        (clipsNothing(panel) ? fits : clips) = middle;
    }
    layOut(panel, layoutAt(fits));
}

double smallestCapitalHeight(const PlotPanel *panel)
{
    double smallest = std::numeric_limits<double>::infinity();
    const auto consider = [&smallest](const QFont &font) {
        smallest = std::min(smallest, QFontMetricsF(font).capHeight());
    };
    for (const QCPAxis *axis : drawnAxes(panel)) {
        if (axis->tickLabels())
            consider(axis->tickLabelFont());
        if (!axis->label().isEmpty())
            consider(axis->labelFont());
    }
    for (QCPLayoutElement *element : layoutElements(panel)) {
        if (auto *text = qobject_cast<QCPTextElement *>(element); text && text->visible() && !text->text().isEmpty())
            consider(text->font());
        else if (auto *entry = qobject_cast<QCPAbstractLegendItem *>(element); entry && panel->legend->visible())
            consider(entry->font());
    }
    for (int i = 0; i < panel->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(panel->item(i)); text && text->visible() && !text->text().isEmpty())
            consider(text->font());
    }
    return std::isfinite(smallest) ? smallest : QFontMetricsF(panel->theme().font()).capHeight();
}

double figureMagnification(const PlotPanel *panel, const FigureOptions &options)
{
    return double(options.height) / std::max(1, panel->viewport().height());
}

QImage renderImage(PlotPanel *panel, const FigureOptions &options)
{
    const QSize pixels(qRound(options.width * options.scale), qRound(options.height * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(kFigureDpi / 0.0254 * options.scale));
    image.setDotsPerMeterY(qRound(kFigureDpi / 0.0254 * options.scale));
    image.fill(options.theme.background);
    QCPPainter painter(&image);
    painter.setMode(QCPPainter::pmNonCosmetic); // lines scale with the image
    paintMagnified(panel, painter, QSizeF(pixels));
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

QByteArray encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Deflate at level 2 (Qt maps quality 70 to it) rather than zlib's default 6: the same pixels in
    // a file about a tenth larger, encoded in two thirds of the time, most of a PNG export's.
    writer.setQuality(kPngQuality);
    writer.write(image);
    return bytes;
}

QByteArray renderFigure(PlotPanel *panel, const FigureOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case FigureFormat::Png:
        bytes = encodePng(renderImage(panel, options));
        break;
    case FigureFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(options.width, options.height));
        generator.setViewBox(QRect(0, 0, options.width, options.height));
        generator.setResolution(kFigureDpi);
        generator.setTitle(panel->title());
        generator.setDescription(QStringLiteral("EntropyLab"));
        QCPPainter painter(&generator);
        setVectorModes(painter);
        paintMagnified(panel, painter, QSizeF(options.width, options.height));
        painter.end();
        break;
    }
    case FigureFormat::Pdf: {
        PdfFigureDocument document(&buffer, options, panel->title());
        document.addPage(panel);
        document.finish();
        break;
    }
    case FigureFormat::Tex:
        bytes = pgfplotsFigure(panel, options);
        break;
    }
    return bytes;
}

struct PdfFigureDocument::Writer
{
    Writer(QIODevice *device)
        : device(device)
        , buffer(&bytes)
        , pdf((buffer.open(QIODevice::WriteOnly), &buffer))
    { }
    QIODevice *device; // gets the document when it is finished, with reproducible dates and ids
    QByteArray bytes;
    QBuffer buffer;
    QPdfWriter pdf;
    QCPPainter painter;
    FigureOptions options;
    bool first = true;
    bool written = false;
};

PdfFigureDocument::PdfFigureDocument(QIODevice *device, const FigureOptions &options, const QString &title)
    : m_writer(std::make_unique<Writer>(device))
{
    // The writer lists its fonts in the order of a QHash, which Qt seeds at random in each process: a
    // document of several fonts came out in a different order each run. A fixed seed for the hashes
    // made from here on (the writer's are made when it draws) keeps the order; an app that takes no
    // hash keys from an attacker loses nothing by it.
    QHashSeed::setDeterministicGlobalSeed();
    QPdfWriter &pdf = m_writer->pdf;
    m_writer->options = options;
    pdf.setResolution(kFigureDpi);
    pdf.setCreator(QStringLiteral("EntropyLab"));
    pdf.setTitle(title);
    const double points = 72.0 / kFigureDpi;
    pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(options.width * points, options.height * points), QPageSize::Point),
                                  QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

PdfFigureDocument::~PdfFigureDocument()
{
    finish();
}

void PdfFigureDocument::addPage(PlotPanel *panel)
{
    Writer &w = *m_writer;
    if (w.first) {
        w.painter.begin(&w.pdf);
        setVectorModes(w.painter);
        w.first = false;
    } else {
        w.pdf.newPage();
    }
    paintMagnified(panel, w.painter, QSizeF(w.options.width, w.options.height));
}

bool PdfFigureDocument::finish()
{
    Writer &w = *m_writer;
    if (w.written)
        return true;
    if (!w.painter.isActive() || !w.painter.end())
        return false;
    const QByteArray pdf = reproduciblePdf(w.bytes);
    w.written = w.device->write(pdf) == pdf.size();
    return w.written;
}

} // namespace widgets
