#include "figureexport.h"

#include "model/lessonstate.h"
#include "numberformat.h"
#include "pgfplotsfigure.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHashSeed>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cstdlib>

namespace widgets {

namespace {

// Figures are laid out at 96 logical dots per inch on every device, so a point of type is the same
// number of pixels in a PNG, an SVG and a PDF page, and as on a 96 dpi screen.
constexpr int kFigureDpi = 96;

void setVectorModes(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
}

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
    panel->layOutFor(QSize(options.width, options.height));
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
    painter.scale(options.scale, options.scale);
    panel->toPainter(&painter, options.width, options.height);
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

QByteArray renderFigure(PlotPanel *panel, const FigureOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case FigureFormat::Png:
        renderImage(panel, options).save(&buffer, "PNG");
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
        panel->toPainter(&painter, options.width, options.height);
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
    panel->toPainter(&w.painter, w.options.width, w.options.height);
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
