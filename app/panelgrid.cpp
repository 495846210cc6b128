#include "panelgrid.h"

#include "widgets/panelroom.h"
#include "widgets/plotpanel.h"

#include <QEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace app {

PanelGrid::PanelGrid(const QList<QWidget *> &items, QWidget *last, QWidget *parent)
    : QScrollArea(parent)
    , m_items(items)
    , m_last(items.contains(last) ? last : nullptr)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    arrange(kMaxColumns);
}

QSize PanelGrid::need(QWidget *item, int rowWidth) const
{
    if (const auto *panel = qobject_cast<const widgets::PlotPanel *>(item))
        return widgets::legibleSize(panel);
    QSize least = item->minimumSizeHint().expandedTo(item->minimumSize());
    // The readouts read well at the width they ask for; up to a share of the row, which a row of
    // plots leaves them, else they go to a row of fewer plots.
    if (item == m_last)
        least.setWidth(std::max(least.width(), std::min(item->sizeHint().width(), int(rowWidth * kLastShare))));
    return least;
}

int PanelGrid::columnsFor(int width) const
{
    const int handle = style()->pixelMetric(QStyle::PM_SplitterWidth, nullptr, this);
    for (int columns = kMaxColumns; columns > 1; --columns) {
        bool fits = true;
        for (qsizetype start = 0; start < m_items.size() && fits; start += columns) {
            int row = 0;
            for (qsizetype i = start; i < std::min(m_items.size(), start + columns); ++i)
                row += need(m_items[i], width).width() + handle;
            fits = row - handle <= width;
        }
        if (fits)
            return columns;
    }
    return 1;
}

int PanelGrid::rowWidth() const
{
    // The width the rows may take: the area's, less a vertical scroll bar's should one appear.
    return width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

void PanelGrid::updateNeeds()
{
    // Every plot, also one inside an item (the editor's bars), is given its room.
    for (QWidget *item : std::as_const(m_items)) {
        QList<widgets::PlotPanel *> panels = item->findChildren<widgets::PlotPanel *>();
        if (auto *panel = qobject_cast<widgets::PlotPanel *>(item))
            panels.append(panel);
        for (widgets::PlotPanel *panel : std::as_const(panels))
            panel->setMinimumSize(widgets::legibleSize(panel));
    }
    const int columns = columnsFor(rowWidth());
    if (columns != m_columns) {
        arrange(columns);
    } else if (rowWidth() != m_sharedWidth) {
        for (int i = 0; i < m_rows->count(); ++i)
            shareRow(static_cast<QSplitter *>(m_rows->widget(i)), rowWidth());
    }
}

void PanelGrid::arrange(int columns)
{
    // The items move into new rows; setWidget then deletes the old ones, empty by then.
    m_rows = new QSplitter(Qt::Vertical);
    m_rows->setChildrenCollapsible(false);
    m_columns = columns;
    for (qsizetype start = 0; start < m_items.size(); start += columns) {
        auto *row = new QSplitter(Qt::Horizontal);
        row->setChildrenCollapsible(false);
        for (qsizetype i = start; i < std::min(m_items.size(), start + columns); ++i) {
            row->addWidget(m_items[i]);
            row->setStretchFactor(row->count() - 1, m_items[i] == m_last ? 0 : 1);
        }
        m_rows->addWidget(row);
        m_rows->setStretchFactor(m_rows->count() - 1, 1);
    }
    m_rows->setSizes(QList<int>(m_rows->count(), 1000)); // equal rows to start with
    setWidget(m_rows);
    for (int i = 0; i < m_rows->count(); ++i)
        shareRow(static_cast<QSplitter *>(m_rows->widget(i)), rowWidth());
}

void PanelGrid::shareRow(QSplitter *row, int width)
{
    // Each plot its room first; the last item (the readouts) what they leave, up to an equal share.
    const int count = row->count();
    QList<int> sizes(count, 0);
    int plots = 0, plotNeeds = 0, lastIndex = -1;
    for (int i = 0; i < count; ++i) {
        if (row->widget(i) == m_last) {
            lastIndex = i;
        } else {
            ++plots;
            plotNeeds += need(row->widget(i), width).width();
        }
    }
    int lastWidth = 0;
    if (lastIndex >= 0) {
        lastWidth = std::max(need(m_last, width).width(), std::min(width / count, width - plotNeeds));
        sizes[lastIndex] = lastWidth;
    }
    for (int i = 0; i < count; ++i) {
        if (i != lastIndex)
            sizes[i] = std::max(1, (width - lastWidth) / std::max(1, plots));
    }
    row->setSizes(sizes);
    m_sharedWidth = width;
}

void PanelGrid::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateNeeds();
}

bool PanelGrid::event(QEvent *event)
{
    // New type (a theme or zoom) changes what every panel needs.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::Show) {
        updateNeeds();
        QTimer::singleShot(0, this, &PanelGrid::updateNeeds); // again with the margins laid out
    }
    return QScrollArea::event(event);
}

} // namespace app
