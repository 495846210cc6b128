#pragma once

#include "plotpanel.h"
#include "theme.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace widgets {

class LessonState;

enum class FigureFormat { Png, Svg, Pdf, Tex };

// "png", "svg", "pdf" or "tex"; nothing for any other name.
std::optional<FigureFormat> figureFormatByName(const QString &name);
QString figureFormatName(FigureFormat format);

// The largest width or height of a figure, in pixels, before and after scaling.
constexpr int kMaxFigureSide = 16384;

// A figure is for a slide: its smallest capitals are at least this share of its height, those of
// 19 pt type on a 16:9 slide 7.5 in tall, legible from the back of a classroom.
// prepareFigure lays the panel out smaller than the figure and draws it magnified; where the panel
// cannot be laid out that small without clipping a title or an axis title (or leaving a plot shorter
// than its legend), it is laid out larger and its type is smaller than this share.
constexpr double kMinCapitalShare = 0.025;

struct FigureOptions
{
    FigureFormat format = FigureFormat::Png;
    int width = 1600; // logical pixels; PDF and SVG pages are this size at 96 dpi
    int height = 900;
    double scale = 1.0; // PNG only: image pixels per logical pixel (2 for a 2x image)
    Theme theme = Theme::light();
    std::optional<QString> title; // nothing: the panel's own title; an empty text: no title
    bool caption = false; // a line with the parameters under the plot
};

// The parameters a panel shows, e.g. "p = 0.30, q = 0.60, bits" or "y = 1, ŷ = 0.80, bits".
QString figureCaption(const LessonState &state, PlotPanel::Inputs inputs);

// Gives a panel made for a figure the title and caption (the panel's captionText) the options ask for,
// and lays it out for the figure: at the options' size divided by the largest magnification (at least
// 1) that makes its smallest capitals kMinCapitalShare of the figure's height and clips nothing.
// An axis title longer than its axis is set on two lines.
void prepareFigure(PlotPanel *panel, const FigureOptions &options);

// The height of the capitals of the smallest text the panel draws (tick labels, axis titles, legend,
// titles, value labels), in the panel's layout pixels.
double smallestCapitalHeight(const PlotPanel *panel);

// How much larger the figure is than the panel's layout (its viewport): 1 for a panel copied as
// shown, more after prepareFigure for a large figure.
double figureMagnification(const PlotPanel *panel, const FigureOptions &options);

// The panel as laid out (by prepareFigure, or as shown), drawn to fill the options' size and scale,
// as an image.
QImage renderImage(PlotPanel *panel, const FigureOptions &options);

// An image rendered by renderImage as the bytes of a PNG file; safe to call on any thread, so a
// figure job encodes one figure while it draws the next.
QByteArray encodePng(const QImage &image);

// The panel as laid out, as the bytes of one figure file in the options' format (PDF: one page).
QByteArray renderFigure(PlotPanel *panel, const FigureOptions &options);

// A vector PDF written page by page, each page one figure of the options' size. finish() writes it to
// the device with no clock in it: dates from SOURCE_DATE_EPOCH or none, ids from its content.
class PdfFigureDocument
{
public:
    PdfFigureDocument(QIODevice *device, const FigureOptions &options, const QString &title);
    ~PdfFigureDocument();
    void addPage(PlotPanel *panel);
    // Ends the document; false if the device could not be written.
    bool finish();

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};

} // namespace widgets
