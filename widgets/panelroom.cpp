#include "panelroom.h"

#include "plotpanel.h"

#include <QFontMetrics>
#include <QSet>

#include <algorithm>

namespace widgets {

namespace {

constexpr int kPlotLines = 6; // a plot area's least height, in lines of tick-label type
constexpr int kPlotColumns = 8; // and its least width, in the same lines

// A legend's size with its entries in `columns` columns (filled column by column).
QSize legendSize(const QCPLegend *legend, int columns)
{
    QList<QSize> items; // the legend's cells may include empty ones
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i))
            items.append(item->minimumOuterSizeHint());
    }
    const int count = int(items.size());
    const int rows = (count + columns - 1) / columns;
    int width = 0, height = 0;
    for (int column = 0; column < columns; ++column) {
        int columnWidth = 0, columnHeight = 0;
        for (int i = column * rows; i < std::min(count, (column + 1) * rows); ++i) {
            const QSize item = items[i];
            columnWidth = std::max(columnWidth, item.width());
            columnHeight += item.height() + legend->rowSpacing();
        }
        width += columnWidth + (column > 0 ? legend->columnSpacing() : 0);
        height = std::max(height, columnHeight);
    }
    const QMargins margins = legend->margins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

} // namespace

QSize legibleSize(const PlotPanel *panel)
{
    const Theme &theme = panel->theme();
    const int line = QFontMetrics(theme.font()).height();
    int width = 0, height = 0;

    // The title (and a caption) on one line each.
    const QString title = panel->shownTitle();
    if (!title.isEmpty()) {
        const QFontMetrics metrics(theme.font(1.3, true));
        width = metrics.horizontalAdvance(title) + line;
        height += metrics.height() + line / 2;
    }

    // The plot areas in rows and columns as laid out (one of each before the first layout), each
    // with its axes' margins, estimated from the type until a layout has measured them.
    QSet<int> rows, columns;
    int marginWidth = 0, marginHeight = 0, labelWidth = 0, labelHeight = 0;
    for (const QCPAxisRect *rect : panel->axisRects()) {
        rows.insert(rect->outerRect().top());
        columns.insert(rect->outerRect().left());
        QMargins margins = rect->margins();
        if (margins.isNull()) {
            const bool right = rect->axis(QCPAxis::atRight) && rect->axis(QCPAxis::atRight)->visible();
            margins = QMargins(line * 4, line / 2, right ? line * 4 : line / 2, line * 3);
        }
        marginWidth = std::max(marginWidth, margins.left() + margins.right());
        marginHeight = std::max(marginHeight, margins.top() + margins.bottom());
        // Axis titles whole: a side axis's along the plot's height, a bottom one's along its width.
        for (const QCPAxis *axis : rect->axes()) {
            if (!axis->visible() || axis->label().isEmpty())
                continue;
            const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label()) + line;
            if (axis->orientation() == Qt::Vertical)
                labelHeight = std::max(labelHeight, length);
            else
                labelWidth = std::max(labelWidth, length);
        }
    }
    const int rowCount = std::max<int>(1, int(rows.size()));
    const int columnCount = std::max<int>(1, int(columns.size()));

    // The legend: under the plot it takes its own rows; inside it the plot must hold it.
    int plotHeight = std::max(kPlotLines * line, labelHeight);
    if (panel->legend && panel->legend->visible()) {
        width = std::max(width, columnCount * (marginWidth + std::max(kPlotColumns * line, labelWidth)));
        // Two columns where the width holds them (as the panel then draws it), else one.
        const QSize two = legendSize(panel->legend, 2);
        const QSize legend = two.width() <= width ? two : legendSize(panel->legend, 1);
        width = std::max(width, legend.width());
        if (qobject_cast<QCPLayoutInset *>(panel->legend->layout()))
            plotHeight = std::max(plotHeight, legend.height() + line);
        else
            height += legend.height();
    }
    width = std::max(width, columnCount * (marginWidth + std::max(kPlotColumns * line, labelWidth)));
    height += rowCount * (marginHeight + plotHeight);
    return {width, height};
}

} // namespace widgets
