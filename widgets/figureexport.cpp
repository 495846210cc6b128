#include "figureexport.h"

#include "lessonstate.h"
#include "numberformat.h"
#include "pgfplotsfigure.h"
#include "trainingpanel.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSvgGenerator>

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

void prepareFigure(PlotPanel *panel, const LessonState &state, const FigureOptions &options)
{
    if (options.title)
        panel->setTitle(*options.title);
    QString caption;
    if (options.caption) {
        // The lab's parameters are its own (data, start, rate, iteration), not the lesson's.
        const auto *lab = qobject_cast<const TrainingPanel *>(panel);
        caption = lab ? lab->captionText() : figureCaption(state, panel->inputs());
    }
    panel->setCaption(caption);
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
        : pdf(device)
    { }
    QPdfWriter pdf;
    QCPPainter painter;
    FigureOptions options;
    bool first = true;
};

PdfFigureDocument::PdfFigureDocument(QIODevice *device, const FigureOptions &options, const QString &title)
    : m_writer(std::make_unique<Writer>(device))
{
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
    if (!m_writer->painter.isActive())
        return !m_writer->first;
    return m_writer->painter.end();
}

} // namespace widgets
