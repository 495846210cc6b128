#include "pgfplotsfigure.h"

#include "figureexport.h"
#include "plotpanel.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

const QHash<QChar, QString> &mathSymbols()
{
    static const QHash<QChar, QString> symbols = {
        {QChar(0x2212), QStringLiteral("-")},         {QChar(0x2016), QStringLiteral("\\|")},
        {QChar(0x0177), QStringLiteral("\\hat{y}")},  {QChar(0x03C3), QStringLiteral("\\sigma")},
        {QChar(0x2202), QStringLiteral("\\partial")}, {QChar(0x00D7), QStringLiteral("\\times")},
        {QChar(0x221E), QStringLiteral("\\infty")},   {QChar(0x00BD), QStringLiteral("\\frac{1}{2}")},
        {QChar(0x2264), QStringLiteral("\\le")},      {QChar(0x2265), QStringLiteral("\\ge")},
        {QChar(0x00B7), QStringLiteral("\\cdot")},    {QChar(0x2248), QStringLiteral("\\approx")},
        {QChar(0x2192), QStringLiteral("\\to")},      {QChar(0x2211), QStringLiteral("\\sum")},
        {QChar(0x03B8), QStringLiteral("\\theta")},   {QChar(0x03B7), QStringLiteral("\\eta")},
    };
    return symbols;
}

// A Greek letter as math, which every LaTeX document can set (pdflatex has no Greek text font
// without texlive-lang-greek): α is \alpha, Ω is \Omega, a capital that looks Latin is \mathrm{A}.
// Accented letters (ά) lose the accent. Nothing for any other character.
QString greekLetter(QChar c)
{
    static const QStringList lower = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
    static const QStringList upper = {"A", "B", "Gamma", "Delta", "E", "Z", "H", "Theta", "I", "K", "Lambda", "M",
                                      "N", "Xi", "O", "Pi", "P", "", "Sigma", "T", "Upsilon", "Phi", "X", "Psi",
                                      "Omega"};
    ushort u = c.unicode();
    if ((u >= 0x0386 && u <= 0x03CE) || (u >= 0x1F00 && u <= 0x1FFF)) {
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        if (!base.isEmpty())
            u = base[0].unicode();
    }
    QString name;
    if (u >= 0x03B1 && u <= 0x03C9)
        name = lower[u - 0x03B1];
    else if (u >= 0x0391 && u <= 0x03A9)
        name = upper[u - 0x0391];
    if (name.isEmpty())
        return {};
    if (name.size() == 1)
        return name == QLatin1String("o") ? name : QStringLiteral("\\mathrm{%1}").arg(name);
    return QLatin1Char('\\') + name;
}

// Cyrillic, which pdflatex sets in the T2A encoding (texlive-lang-cyrillic) when a document has it.
bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x052F;
}

// Chinese, Japanese and Korean: CJKutf8 (texlive-lang-chinese) sets them in the standalone figure.
bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFFEF); // with full-width ，：（）
}

// Letters that pass through as UTF-8 because every pdflatex document sets them, in OT1 (a Beamer
// deck's default) as in T1: the Latin-1 letters but ð and þ. Any other character not mapped here goes
// through \entropylabglyph, which checks what the document can set.
bool isPlainLatin(QChar c)
{
    const ushort u = c.unicode();
    return u >= 0x00C0 && u <= 0x00FF && u != 0x00D7 && u != 0x00F7 && u != 0x00D0 && u != 0x00F0 && u != 0x00DE
        && u != 0x00FE;
}

// Superscript and subscript digits, signs and letters, mapped to the plain character: pᵢ is p_{i}.
QChar scriptBase(QChar c, bool &superscript)
{
    static const QString supers = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁼⁽⁾ⁱⁿ");
    static const QString superPlain = QStringLiteral("0123456789-+=()in");
    static const QString subs = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₋₊₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼ");
    static const QString subPlain = QStringLiteral("0123456789-+=()aeoxhklmnpstiruvj");
    if (const auto i = supers.indexOf(c); i >= 0) {
        superscript = true;
        return superPlain[i];
    }
    if (const auto i = subs.indexOf(c); i >= 0) {
        superscript = false;
        return subPlain[i];
    }
    return {};
}

QString textEscape(QChar c)
{
    switch (c.unicode()) {
    case '\\':
        return QStringLiteral("\\textbackslash{}");
    case '{':
    case '}':
    case '$':
    case '&':
    case '#':
    case '%':
    case '_':
        return QStringLiteral("\\") + c;
    case '~':
        return QStringLiteral("\\textasciitilde{}");
    case '^':
        return QStringLiteral("\\textasciicircum{}");
    case 0x2013:
        return QStringLiteral("--");
    case 0x2014:
        return QStringLiteral("---");
    case 0x2019:
        return QStringLiteral("'");
    case 0x00A0:
        return QStringLiteral("~");
    }
    if (c.unicode() < 0x80 || isPlainLatin(c) || isCjk(c))
        return QString(c); // Chinese passes through as UTF-8 for CJKutf8 or xeCJK
    // Anything else: itself where the document can set it, a "?" where it cannot (see kGlyphMacros).
    return QStringLiteral("\\entropylabglyph{%1}").arg(c);
}

// Lines and marks keep their weight relative to the text: a 2.5 px curve next to 10 pt type on
// screen is a 1 pt curve next to a document's 10 pt type.
constexpr double kPointsPerPixel = 0.4;

QString number(double value)
{
    return QString::number(value, 'g', 7);
}

// A length or a factor for TeX itself, which reads no exponent (6.103516e-05\linewidth is an error):
// fixed notation, at most six decimals, no trailing zeros.
QString dimension(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// A curve with more points than this is data (the sampling panel's running mean over up to a million
// draws), not a function the panel computed at a fixed resolution (at most 1,201 points): drawn with
// kDecimatedPoints of them, evenly spaced and keeping the first and the last, it stays well inside
// TeX's memory and looks the same at any printable size.
constexpr int kMaxCurvePoints = 1500;
constexpr int kDecimatedPoints = 500;

// Definitions the figure's text uses, made only when the document lacks them. XeTeX and LuaTeX (which
// have \Umathcode) set every character. With pdflatex a character is set when the document can set
// it, else it is a visible "?": inputenc must know it, and the command it stands for must exist in
// the current font encoding (or as a default), else in T1 when the document loaded T1 (ð, ą in a
// Beamer deck still in OT1 are "?", not "Command \dh unavailable in encoding OT1"). Cyrillic is
// set in T2A when the document loaded it.
const char *const kGlyphMacros
    = "\\ifdefined\\entropylabglyph\\else\n"
      "\\protected\\def\\entropylabglyph#1{\\ifdefined\\Umathcode#1\\else\\ifcsname u8:\\detokenize{#1}\\endcsname"
      "\\expandafter\\expandafter\\expandafter\\entropylabglyphmeaning\\csname u8:\\detokenize{#1}\\endcsname"
      "\\relax\\relax{#1}\\else?\\fi\\fi}%\n"
      "\\def\\entropylabglyphmeaning#1#2\\relax#3\\relax#4{\\entropylabglyphcommand#2\\relax\\relax{#4}}%\n"
      "\\def\\entropylabglyphcommand#1#2\\relax#3\\relax#4{\\ifcsname T1\\string#1\\endcsname"
      "\\entropylabglyphencoded#1{#4}\\else\\ifcsname OT1\\string#1\\endcsname\\entropylabglyphencoded#1{#4}\\else"
      "\\ifcsname TS1\\string#1\\endcsname\\entropylabglyphencoded#1{#4}\\else"
      "\\ifcsname OMS\\string#1\\endcsname\\entropylabglyphencoded#1{#4}\\else#4\\fi\\fi\\fi\\fi}%\n"
      "\\def\\entropylabglyphencoded#1#2{\\ifcsname\\csname cf@encoding\\endcsname\\string#1\\endcsname#2\\else"
      "\\ifcsname ?\\string#1\\endcsname#2\\else\\ifcsname ver@t1enc.def\\endcsname"
      "\\ifcsname T1\\string#1\\endcsname{\\fontencoding{T1}\\selectfont#2}\\else?\\fi\\else?\\fi\\fi\\fi}%\n"
      "\\protected\\def\\entropylabcyrillic#1#2{\\ifdefined\\Umathcode#1\\else"
      "\\ifcsname ver@t2aenc.def\\endcsname{\\fontencoding{T2A}\\selectfont#1}\\else#2\\fi\\fi}%\n"
      "\\fi\n";

// Colours are defined once each in the picture, as c1, c2, ...
class ColourNames
{
public:
    QString name(const QColor &color)
    {
        const QString hex = color.name(QColor::HexRgb).mid(1).toUpper();
        if (!m_names.contains(hex)) {
            m_names.insert(hex, QStringLiteral("elc%1").arg(m_order.size() + 1));
            m_order.append(hex);
        }
        return m_names.value(hex);
    }
    QString definitions() const
    {
        QString out;
        for (const QString &hex : m_order)
            out += QStringLiteral("\\definecolor{%1}{HTML}{%2}%\n").arg(m_names.value(hex), hex);
        return out;
    }

private:
    QHash<QString, QString> m_names;
    QStringList m_order;
};

class PgfWriter
{
public:
    PgfWriter(PlotPanel *panel, const FigureOptions &options)
        : m_panel(panel)
        , m_options(options)
    { }
    QByteArray write();

private:
    QString axisOptions(QCPAxis *valueAxis, bool main);
    QString axisBody(QCPAxis *valueAxis, bool main);
    QString penOptions(const QPen &pen);
    QString fillOptions(const QBrush &brush);
    QString plotGraph(const QCPGraph *graph, bool legend);
    // How the graph's line and marks are drawn, as \addplot options (a legend image's too).
    QStringList graphOptions(const QCPGraph *graph);
    QString plotBars(const QCPBars *bars, bool legend);
    QString items(QCPAxis *valueAxis);
    QString point(double x, double y) const { return QStringLiteral("(%1,%2)").arg(number(x), number(y)); }
    // An item's position as a TikZ coordinate: in the axis's units, or as a share of the plot.
    QString position(const QCPItemPosition *position) const;
    QString coordinates(const QCPGraph *graph, QCPAxis *valueAxis, bool forFill);
    bool inLegend(const QCPAbstractPlottable *plottable) const;

    PlotPanel *m_panel;
    const FigureOptions &m_options;
    ColourNames m_colours;
};

// Steps as QCustomPlot draws them: each value held until the next key (left), from the previous key
// (right) or around its key (centre), with the risers drawn. Nothing for a graph of lines.
QString stepOption(const QCPGraph *graph)
{
    static const QHash<int, QString> steps = {{QCPGraph::lsStepLeft, QStringLiteral("const plot mark left")},
                                              {QCPGraph::lsStepRight, QStringLiteral("const plot mark right")},
                                              {QCPGraph::lsStepCenter, QStringLiteral("const plot mark mid")}};
    return steps.value(graph->lineStyle());
}

QString PgfWriter::position(const QCPItemPosition *position) const
{
    const QPointF at = position->coords();
    switch (position->type()) {
    case QCPItemPosition::ptAxisRectRatio:
        // QCustomPlot counts the share from the top, PGFPlots from the bottom.
        return QStringLiteral("rel axis cs:%1,%2").arg(number(at.x()), number(1.0 - at.y()));
    case QCPItemPosition::ptViewportRatio:
    case QCPItemPosition::ptAbsolute: {
        // Outside the axis's coordinates: placed where it is in the panel's plot, as a share of it.
        const QRectF plot = m_panel->axisRect()->rect();
        const QPointF pixel = position->pixelPosition();
        return QStringLiteral("rel axis cs:%1,%2")
            .arg(number((pixel.x() - plot.left()) / plot.width()), number((plot.bottom() - pixel.y()) / plot.height()));
    }
    case QCPItemPosition::ptPlotCoords:
        break;
    }
    return QStringLiteral("axis cs:%1,%2").arg(number(at.x()), number(at.y()));
}

bool PgfWriter::inLegend(const QCPAbstractPlottable *plottable) const
{
    return m_panel->legend->itemWithPlottable(plottable) != nullptr;
}

QString PgfWriter::penOptions(const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return QStringLiteral("draw=none");
    QString options = QStringLiteral("draw=%1, line width=%2pt")
                          .arg(m_colours.name(pen.color()), dimension(pen.widthF() * kPointsPerPixel));
    if (pen.color().alpha() < 255)
        options += QStringLiteral(", draw opacity=%1").arg(dimension(pen.color().alphaF()));
    switch (pen.style()) {
    case Qt::DashLine:
        options += QStringLiteral(", dashed");
        break;
    case Qt::DotLine:
        options += QStringLiteral(", dotted");
        break;
    case Qt::DashDotLine:
        options += QStringLiteral(", dashdotted");
        break;
    case Qt::DashDotDotLine:
        options += QStringLiteral(", dashdotdotted");
        break;
    default:
        break;
    }
    return options;
}

QString PgfWriter::fillOptions(const QBrush &brush)
{
    if (brush.style() == Qt::NoBrush)
        return QStringLiteral("fill=none");
    QString options = QStringLiteral("fill=%1").arg(m_colours.name(brush.color()));
    if (brush.color().alpha() < 255)
        options += QStringLiteral(", fill opacity=%1").arg(dimension(brush.color().alphaF()));
    return options;
}

// The curve's points; stretches far above or below the axis are cut where they leave a band
// around it (axis clipping hides the band), so no coordinate is infinite or huge.
QString PgfWriter::coordinates(const QCPGraph *graph, QCPAxis *valueAxis, bool forFill)
{
    const QCPRange range = valueAxis->range();
    const double low = range.lower - range.size(), high = range.upper + range.size();
    QStringList points;
    bool previousInside = false;
    double previousX = 0, previousY = 0;
    bool first = true;
    const auto data = graph->data();
    const int count = data->size();
    const int shown = count > kMaxCurvePoints ? kDecimatedPoints : count;
    for (int k = 0; k < shown; ++k) {
        const int index = shown == count ? k : int(std::llround(double(k) * (count - 1) / (shown - 1)));
        const auto it = data->at(index);
        const double x = it->key, y = it->value;
        if (std::isnan(y))
            continue;
        const bool inside = y >= low && y <= high;
        if (forFill) {
            points << point(x, std::clamp(y, low, high));
            continue;
        }
        if (!first && inside != previousInside) {
            // Where the segment crosses the band's edge; an infinite end stays at its x.
            const double edge = (inside ? previousY : y) > high ? high : low;
            double crossX = inside ? x : previousX;
            if (std::isfinite(previousY) && std::isfinite(y) && y != previousY)
                crossX = previousX + (x - previousX) * (edge - previousY) / (y - previousY);
            points << point(crossX, edge);
            if (!inside)
                points << QStringLiteral("(%1,nan)").arg(number(crossX));
        }
        if (inside)
            points << point(x, y);
        previousInside = inside;
        previousX = x;
        previousY = y;
        first = false;
    }
    QString out;
    for (int i = 0; i < points.size(); ++i)
        out += points[i] + ((i + 1) % 6 == 0 ? QStringLiteral("\n") : QStringLiteral(" "));
    return out;
}

QString PgfWriter::plotGraph(const QCPGraph *graph, bool legend)
{
    QString out;
    if (graph->channelFillGraph() && graph->brush().style() != Qt::NoBrush) {
        // The band between two curves: one closed polygon, the second curve walked backwards.
        QStringList reversed = coordinates(graph->channelFillGraph(), graph->valueAxis(), true)
                                   .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        std::reverse(reversed.begin(), reversed.end());
        // Left out of the drafts that only measure the figure (see write()).
        out += QStringLiteral("\\ifentropylabdraft\\else\\addplot[forget plot, draw=none, %1] coordinates {\n%2 %3} "
                              "-- cycle;\\fi\n")
                   .arg(fillOptions(graph->brush()), coordinates(graph, graph->valueAxis(), true), reversed.join(' '));
    }
    const QString step = stepOption(graph);
    if (!graph->channelFillGraph() && graph->brush().style() != Qt::NoBrush) {
        // The area between the curve and zero, as QCustomPlot shades it (the message length's point).
        out += QStringLiteral("\\ifentropylabdraft\\else\\addplot[forget plot, draw=none, %1%2] coordinates {\n%3} "
                              "\\closedcycle;\\fi\n")
                   .arg(step.isEmpty() ? QString() : step + QStringLiteral(", "), fillOptions(graph->brush()),
                        coordinates(graph, graph->valueAxis(), true));
    }
    QStringList options = graphOptions(graph);
    if (!legend)
        options << QStringLiteral("forget plot");
    // A draft that only measures the figure draws the curve's ends: the legend and the labels, which
    // take room, are the same, and thousands of points are not typeset three times more.
    const QString points = coordinates(graph, graph->valueAxis(), false);
    const QStringList each = points.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QString ends = each.isEmpty() ? QString() : each.front() + QLatin1Char(' ') + each.back();
    out += QStringLiteral("\\ifentropylabdraft\\addplot[%1] coordinates {%2};\\else\\addplot[%1] coordinates {\n%3};\\fi\n")
               .arg(options.join(QStringLiteral(", ")), ends, points);
    if (legend)
        out += QStringLiteral("\\addlegendentry{%1}\n").arg(latexText(graph->name()));
    return out;
}

QStringList PgfWriter::graphOptions(const QCPGraph *graph)
{
    const QCPScatterStyle scatter = graph->scatterStyle();
    const bool marksOnly = graph->lineStyle() == QCPGraph::lsNone;
    QStringList options;
    options << (marksOnly ? QStringLiteral("only marks") : penOptions(graph->pen()));
    if (const QString step = stepOption(graph); !step.isEmpty() && !marksOnly)
        options << step;
    if (!scatter.isNone()) {
        static const QHash<int, QString> marks = {{QCPScatterStyle::ssCircle, QStringLiteral("*")},
                                                  {QCPScatterStyle::ssDisc, QStringLiteral("*")},
                                                  {QCPScatterStyle::ssSquare, QStringLiteral("square*")},
                                                  {QCPScatterStyle::ssTriangle, QStringLiteral("triangle*")},
                                                  {QCPScatterStyle::ssDiamond, QStringLiteral("diamond*")}};
        options << QStringLiteral("mark=%1").arg(marks.value(scatter.shape(), QStringLiteral("*")));
        options << QStringLiteral("mark size=%1pt").arg(dimension(scatter.size() * kPointsPerPixel / 2));
        options << QStringLiteral("mark options={solid, fill=%1, draw=%2, line width=%3pt}")
                       .arg(m_colours.name(scatter.brush().color()), m_colours.name(scatter.pen().color()),
                            dimension(scatter.pen().widthF() * kPointsPerPixel));
    } else {
        options << QStringLiteral("mark=none");
    }
    return options;
}

QString PgfWriter::plotBars(const QCPBars *bars, bool legend)
{
    QString out;
    const QString style = QStringLiteral("%1, %2").arg(fillOptions(bars->brush()), penOptions(bars->pen()));
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        const double half = bars->width() / 2;
        out += QStringLiteral("\\filldraw[%1] (axis cs:%2,0) rectangle (axis cs:%3,%4);\n")
                   .arg(style, number(it->key - half), number(it->key + half), number(it->value));
    }
    if (legend) {
        out += QStringLiteral("\\addlegendimage{area legend, %1}\n\\addlegendentry{%2}\n")
                   .arg(style, latexText(bars->name()));
    }
    return out;
}

QString anchorFor(Qt::Alignment alignment)
{
    QString vertical = alignment & Qt::AlignTop ? QStringLiteral("north")
        : alignment & Qt::AlignBottom           ? QStringLiteral("south")
                                                : QString();
    QString horizontal = alignment & Qt::AlignLeft ? QStringLiteral("west")
        : alignment & Qt::AlignRight               ? QStringLiteral("east")
                                                   : QString();
    if (vertical.isEmpty() && horizontal.isEmpty())
        return QStringLiteral("center");
    if (vertical.isEmpty() || horizontal.isEmpty())
        return vertical + horizontal;
    return vertical + QLatin1Char(' ') + horizontal;
}

QString PgfWriter::items(QCPAxis *valueAxis)
{
    QString out;
    const QCPRange x = m_panel->xAxis->range(), y = valueAxis->range();
    for (int i = 0; i < m_panel->itemCount(); ++i) {
        QCPAbstractItem *item = m_panel->item(i);
        if (!item->visible())
            continue;
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            if (text->position->valueAxis() != valueAxis || text->text().isEmpty())
                continue;
            const QMargins pad = text->padding();
            const double dx = (pad.left() - pad.right()) * kPointsPerPixel;
            const double dy = (pad.bottom() - pad.top()) * kPointsPerPixel;
            QString fill = text->brush().style() == Qt::NoBrush
                ? QString()
                : QStringLiteral(", fill=%1, fill opacity=%2, text opacity=1")
                      .arg(m_colours.name(text->brush().color()), dimension(text->brush().color().alphaF()));
            const Qt::Alignment alignment = text->textAlignment();
            const QString align = alignment & Qt::AlignRight ? QStringLiteral("right")
                : alignment & Qt::AlignHCenter              ? QStringLiteral("center")
                                                            : QStringLiteral("left");
            out += QStringLiteral("\\node[anchor=%1, xshift=%2pt, yshift=%3pt, inner sep=1.5pt, text=%4%5, "
                                  "align=%6, font=\\footnotesize%7] at (%8) {%9};\n")
                       .arg(anchorFor(text->positionAlignment()), dimension(dx), dimension(dy), m_colours.name(text->color()),
                            fill, align, text->font().bold() ? QStringLiteral("\\bfseries") : QString(),
                            position(text->position), latexText(text->text()));
        } else if (auto *rect = qobject_cast<QCPItemRect *>(item)) {
            if (rect->topLeft->valueAxis() != valueAxis)
                continue;
            out += QStringLiteral("\\filldraw[%1, %2] (axis cs:%3,%4) rectangle (axis cs:%5,%6);\n")
                       .arg(fillOptions(rect->brush()), penOptions(rect->pen()), number(rect->topLeft->coords().x()),
                            number(rect->topLeft->coords().y()), number(rect->bottomRight->coords().x()),
                            number(rect->bottomRight->coords().y()));
        } else if (auto *line = qobject_cast<QCPItemLine *>(item)) {
            if (line->start->valueAxis() != valueAxis)
                continue;
            out += QStringLiteral("\\draw[%1] (axis cs:%2,%3) -- (axis cs:%4,%5);\n")
                       .arg(penOptions(line->pen()), number(line->start->coords().x()),
                            number(line->start->coords().y()), number(line->end->coords().x()),
                            number(line->end->coords().y()));
        } else if (auto *straight = qobject_cast<QCPItemStraightLine *>(item)) {
            if (straight->point1->valueAxis() != valueAxis)
                continue;
            const QPointF a = straight->point1->coords(), b = straight->point2->coords();
            QPointF from, to;
            if (a.x() == b.x()) {
                from = {a.x(), y.lower};
                to = {a.x(), y.upper};
            } else {
                const double slope = (b.y() - a.y()) / (b.x() - a.x());
                from = {x.lower, a.y() + slope * (x.lower - a.x())};
                to = {x.upper, a.y() + slope * (x.upper - a.x())};
            }
            out += QStringLiteral("\\draw[%1] (axis cs:%2,%3) -- (axis cs:%4,%5);\n")
                       .arg(penOptions(straight->pen()), number(from.x()), number(from.y()), number(to.x()),
                            number(to.y()));
        }
    }
    return out;
}

QString PgfWriter::axisOptions(QCPAxis *valueAxis, bool main)
{
    const Theme &theme = m_options.theme;
    QStringList o;
    // The plot's size is what is left of the figure's for the labels, title and legend: write()
    // measures them and sets these lengths.
    o << QStringLiteral("scale only axis, width=\\entropylabaxiswidth, height=\\entropylabaxisheight");
    const QCPRange x = m_panel->xAxis->range(), y = valueAxis->range();
    o << QStringLiteral("xmin=%1, xmax=%2, ymin=%3, ymax=%4")
             .arg(number(x.lower), number(x.upper), number(y.lower), number(y.upper));
    o << QStringLiteral("ylabel={%1}").arg(latexText(valueAxis->label()));
    o << QStringLiteral("axis line style={%1}, tick style={%1}").arg(m_colours.name(theme.foreground));
    o << QStringLiteral("every axis label/.append style={text=%1, align=center}, every tick label/.append style={text=%1}")
             .arg(m_colours.name(theme.foreground));
    o << QStringLiteral("clip=true, unbounded coords=jump, tick align=outside");
    if (!main) {
        o << QStringLiteral("axis y line*=right, axis x line=none");
        return o.join(QStringLiteral(",\n    "));
    }
    if (m_panel->yAxis2->visible())
        o << QStringLiteral("axis y line*=left");
    o << QStringLiteral("xlabel={%1}").arg(latexText(m_panel->xAxis->label()));
    if (auto ticker = m_panel->xAxis->ticker().dynamicCast<QCPAxisTickerText>()) {
        QStringList at, labels;
        for (auto it = ticker->ticks().constBegin(); it != ticker->ticks().constEnd(); ++it) {
            at << number(it.key());
            labels << QStringLiteral("{%1}").arg(latexText(it.value()));
        }
        o << QStringLiteral("xtick={%1}, xticklabels={%2}").arg(at.join(','), labels.join(','));
    } else {
        o << QStringLiteral("xmajorgrids=true");
    }
    o << QStringLiteral("ymajorgrids=true, grid style={%1}").arg(m_colours.name(theme.grid));
    o << QStringLiteral("axis background/.style={fill=%1}").arg(m_colours.name(theme.background));
    if (!m_panel->shownTitle().isEmpty())
        o << QStringLiteral("title={%1}, title style={font=\\bfseries, text=%2, align=center}")
                 .arg(latexText(m_panel->shownTitle()), m_colours.name(theme.foreground));
    // The legend goes under the x axis's title (write() places it), in as many columns as the panel's.
    o << QStringLiteral("name=entropylabplot, legend to name=entropylablegend, legend cell align=left, "
                        "legend columns=%2, legend style={draw=none, fill=none, font=\\footnotesize, text=%1, "
                        "/tikz/every even column/.append style={column sep=1em}}")
             .arg(m_colours.name(theme.foreground))
             .arg(std::max(1, m_panel->legend->wrap()));
    return o.join(QStringLiteral(",\n    "));
}

QString PgfWriter::axisBody(QCPAxis *valueAxis, bool main)
{
    QString out;
    for (int i = 0; i < m_panel->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_panel->plottable(i);
        if (!plottable->visible())
            continue;
        const bool here = plottable->valueAxis() == valueAxis;
        // One legend for both axes: the right axis's curves get their entries in the main one.
        if (main && !here && inLegend(plottable)) {
            const auto *graph = qobject_cast<const QCPGraph *>(plottable);
            out += QStringLiteral("\\addlegendimage{%1}\n\\addlegendentry{%2}\n")
                       .arg(graph ? graphOptions(graph).join(QStringLiteral(", ")) : penOptions(plottable->pen()),
                            latexText(plottable->name()));
            continue;
        }
        if (!here)
            continue;
        const bool legend = main && inLegend(plottable);
        if (auto *graph = qobject_cast<QCPGraph *>(plottable))
            out += plotGraph(graph, legend);
        else if (auto *bars = qobject_cast<QCPBars *>(plottable))
            out += plotBars(bars, legend);
    }
    out += items(valueAxis);
    return out;
}

QByteArray PgfWriter::write()
{
    QString picture;
    const QString main = axisBody(m_panel->yAxis, true);
    const QString mainOptions = axisOptions(m_panel->yAxis, true);
    picture += QStringLiteral("\\begin{axis}[\n    %1]\n%2\\end{axis}\n").arg(mainOptions, main);
    if (m_panel->yAxis2->visible()) {
        const QString right = axisBody(m_panel->yAxis2, false);
        picture += QStringLiteral("\\begin{axis}[\n    %1]\n%2\\end{axis}\n")
                       .arg(axisOptions(m_panel->yAxis2, false), right);
    }
    const QString foreground = m_colours.name(m_options.theme.foreground);
    if (main.contains(QLatin1String("\\addlegendentry"))) {
        // Under the x axis's title, whatever its height: never over it.
        picture += QStringLiteral("\\node[anchor=north, inner sep=0pt, yshift=-0.5em] at (entropylabplot.outer south) "
                                  "{\\pgfplotslegendfromname{entropylablegend}};\n");
    }
    if (!m_panel->caption().isEmpty()) {
        picture += QStringLiteral("\\node[anchor=north, font=\\small, text=%1] at (current bounding box.south) {%2};\n")
                       .arg(foreground, latexText(m_panel->caption()));
    }
    const QString background = m_colours.name(m_options.theme.background);

    // Chinese text needs CJKutf8 (texlive-lang-chinese) when compiled alone; a deck brings its own.
    const bool cjk = std::any_of(picture.cbegin(), picture.cend(), isCjk)
        || std::any_of(m_panel->title().cbegin(), m_panel->title().cend(), isCjk);
    const auto needsGlyphs = [](const QString &tex) {
        return tex.contains(QLatin1String("\\entropylabglyph")) || tex.contains(QLatin1String("\\entropylabcyrillic"));
    };
    const bool glyphs = needsGlyphs(picture) || needsGlyphs(latexText(m_panel->title()));
    const bool cyrillic = picture.contains(QLatin1String("\\entropylabcyrillic"));
    // The page of a figure compiled alone: the figure's size at 96 dpi, as the PDF export's page.
    const QString pageWidth = dimension(m_options.width * 0.75) + QStringLiteral("bp");
    const QString pageHeight = dimension(m_options.height * 0.75) + QStringLiteral("bp");
    // Compiled alone, its smallest type (\footnotesize) takes the share of the height that the PNG's does.
    const double share = smallestCapitalHeight(m_panel) * figureMagnification(m_panel, m_options) / m_options.height;
    QString out;
    QTextStream s(&out);
    s << "% " << latexText(m_panel->title()) << " -- a figure made by EntropyLab.\n"
      << "% Compile it on its own with pdflatex: a page the size of the figure. Or \\input it into a\n"
      << "% document (a Beamer deck) that loads pgfplots: there it is \\linewidth wide, as high as the\n"
      << "% figure's shape makes it, with its labels and legend inside, in the document's fonts.\n"
      << "\\expandafter\\ifx\\csname pgfplotsset\\endcsname\\relax\n"
      << "\\IfFileExists{standalone.cls}{\\documentclass[border=0pt]{standalone}}{\\documentclass{article}\n"
      << "\\usepackage[paperwidth=" << pageWidth << ", paperheight=" << pageHeight << ", margin=0pt]{geometry}}\n"
      // Cyrillic in T2A where texlive-lang-cyrillic is installed; else \entropylabcyrillic shows "?".
      << (cyrillic ? "\\IfFileExists{t2aenc.def}{\\usepackage[T2A,T1]{fontenc}}{\\usepackage[T1]{fontenc}}\n"
                   : "\\usepackage[T1]{fontenc}\n")
      << "\\usepackage{pgfplots}\n"
      << "\\pgfplotsset{compat=1.16}\n"
      << (cjk ? "\\usepackage{CJKutf8}\n" : "") << "\\pagestyle{empty}\n"
      << (cjk ? "\\def\\entropylabend{\\end{CJK}\\end{document}}\n" : "\\def\\entropylabend{\\end{document}}\n")
      << "\\def\\entropylabalone{}\n"
      << "\\begin{document}\n"
      << (cjk ? "\\begin{CJK}{UTF8}{gbsn}\n" : "") << "\\else\\let\\entropylabend\\relax\\fi\n"
      << (glyphs ? kGlyphMacros : "")
      << "\\ifdefined\\entropylabaxiswidth\\else\n"
      << "\\newdimen\\entropylabaxiswidth\\newdimen\\entropylabaxisheight\n"
      << "\\newdimen\\entropylabwidth\\newdimen\\entropylabheight\\newbox\\entropylabbox\n"
      << "\\fi\n"
      // Apart: registers are allocated for the whole document, but \newif's switches only in the
      // group (a Beamer frame) where it ran. Spelled with \csname, as \ifentropylabdraft would count as
      // an \if where \ifdefined skips it.
      << "\\ifdefined\\entropylabdrafttrue\\else\\expandafter\\newif\\csname ifentropylabdraft\\endcsname\\fi\n"
      << "{%\n"
      << m_colours.definitions()
      << "\\ifdefined\\entropylabalone\n"
      << "\\settoheight\\entropylabheight{\\footnotesize H}%\n"
      << "\\entropylabheight=\\dimexpr\\entropylabheight*10000/" << std::max(1, qRound(share * 10000)) << "\\relax\n"
      << "\\else\n"
      << "\\entropylabheight=\\dimexpr\\linewidth*" << m_options.height << "/" << m_options.width << "\\relax\n"
      // Taller than the page (a 4:3 figure in a 16:9 frame): nearly as tall as the page (a frame's
      // box takes a point or two of it), and narrower.
      << "\\ifdim\\entropylabheight>0.95\\textheight\\entropylabheight=0.95\\textheight\\fi\n"
      << "\\fi\n"
      << "\\entropylabwidth=\\dimexpr\\entropylabheight*" << m_options.width << "/" << m_options.height << "\\relax\n"
      << "\\def\\entropylabpicture{\\begin{tikzpicture}\n"
      << picture << "\\end{tikzpicture}}%\n"
      // The plot gets what the labels, title and legend leave of the figure: drawn, measured and
      // drawn again until the whole is the figure's size.
      << "\\entropylabaxiswidth=0.7\\entropylabwidth \\entropylabaxisheight=0.5\\entropylabheight\n"
      << "\\def\\entropylabfit{\\sbox\\entropylabbox{\\entropylabpicture}%\n"
      << "\\advance\\entropylabaxiswidth\\dimexpr\\entropylabwidth-\\wd\\entropylabbox\\relax\n"
      << "\\advance\\entropylabaxisheight\\dimexpr\\entropylabheight-\\ht\\entropylabbox-\\dp\\entropylabbox\\relax\n"
      << "\\ifdim\\entropylabaxiswidth<1em \\entropylabaxiswidth=1em\\fi\n"
      << "\\ifdim\\entropylabaxisheight<1em \\entropylabaxisheight=1em\\fi}%\n"
      << "\\entropylabdrafttrue\\entropylabfit\\entropylabfit\\entropylabfit\\entropylabdraftfalse\n"
      << "\\sbox\\entropylabbox{\\entropylabpicture}%\n"
      << "\\def\\entropylabframe{{\\fboxsep=0pt\\colorbox{" << background << "}{\\hbox to\\entropylabwidth{\\hss"
      << "\\vbox to\\entropylabheight{\\vss\\box\\entropylabbox\\vss}\\hss}}}}%\n"
      << "\\ifdefined\\entropylabalone\\resizebox{" << pageWidth << "}{" << pageHeight << "}{\\entropylabframe}%\n"
      << "\\else\\noindent\\hbox to\\linewidth{\\hss\\entropylabframe\\hss}\\fi\n"
      << "}%\n"
      << "\\entropylabend\n";
    return out.toUtf8();
}

} // namespace

QString latexText(const QString &text)
{
    QString out;
    bool math = false;
    const auto enterMath = [&] {
        if (!math)
            out += QLatin1Char('$');
        math = true;
    };
    const auto leaveMath = [&] {
        if (math)
            out += QLatin1Char('$');
        math = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        bool superscript = false;
        if (!scriptBase(c, superscript).isNull()) {
            // A run of script characters is one script: ⁻⁵ is ^{-5}, not ^{-}^{5}.
            const bool kind = superscript;
            QString run;
            bool next = false;
            while (i < text.size() && !scriptBase(text[i], next).isNull() && next == kind) {
                run += scriptBase(text[i], next);
                ++i;
            }
            --i;
            // A one-letter symbol before it goes into the math with it: pᵢ is $p_{i}$; log₂ stays
            // upright text with a script, log${}_{2}$.
            const qsizetype start = i - run.size();
            const bool symbol = !math && start >= 0 && text[start].unicode() < 0x80 && text[start].isLetter()
                && (start == 0 || !text[start - 1].isLetter()) && out.endsWith(text[start]);
            if (symbol)
                out.chop(1);
            enterMath();
            out += QStringLiteral("%1%2{%3}")
                       .arg(symbol ? QString(text[start]) : QStringLiteral("{}"))
                       .arg(kind ? QLatin1Char('^') : QLatin1Char('_'))
                       .arg(run);
        } else if (const QString greek = greekLetter(c); !greek.isEmpty()) {
            enterMath();
            out += greek;
            if (greek.back().isLetter() && i + 1 < text.size() && text[i + 1].unicode() < 0x80
                && text[i + 1].isLetter())
                out += QLatin1Char(' '); // \alpha x, not \alphax
        } else if (isCyrillic(c)) {
            // A run of Cyrillic letters in the T2A encoding where the document has it, else as many "?".
            qsizetype end = i;
            while (end < text.size() && isCyrillic(text[end]))
                ++end;
            leaveMath();
            out += QStringLiteral("\\entropylabcyrillic{%1}{%2}")
                       .arg(text.mid(i, end - i), QString(end - i, QLatin1Char('?')));
            i = end - 1;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            // Outside the Basic Multilingual Plane (emoji, rare CJK): the whole character, never half.
            leaveMath();
            out += QStringLiteral("\\entropylabglyph{%1}").arg(text.mid(i, 2));
            ++i;
        } else if (c == QLatin1Char('\n')) {
            leaveMath();
            // A node or label set with align= breaks the line here; {} keeps a "[" that follows, as in
            // "[bits]", from being read as the break's optional skip.
            out += QStringLiteral("\\\\{}");
        } else if (c.isSurrogate()) {
            leaveMath();
            out += QLatin1Char('?');
        } else if (mathSymbols().contains(c)) {
            enterMath();
            const QString symbol = mathSymbols().value(c);
            out += symbol;
            if (symbol.back().isLetter() && i + 1 < text.size() && text[i + 1].isLetter())
                out += QLatin1Char(' '); // \sigma z, not \sigmaz
        } else {
            leaveMath();
            out += textEscape(c);
        }
    }
    leaveMath();
    return out;
}

QByteArray pgfplotsFigure(PlotPanel *panel, const FigureOptions &options)
{
    return PgfWriter(panel, options).write();
}

} // namespace widgets
