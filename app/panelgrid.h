#pragma once

#include <QList>
#include <QScrollArea>

class QSplitter;

namespace app {

// A grid of panels that never squeezes them: rows of resizable splitters, as many columns as the
// width gives every item its room (three, else two, else one), and a vertical scroll bar when the
// rows do not fit the height. A plot panel's room is widgets::legibleSize, any other item's its
// minimum size hint. Plots come first: the item marked as `last` (the readouts) gets what the
// plots of its row leave, at least its own minimum and at most an equal share.
class PanelGrid : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int kMaxColumns = 3;
    static constexpr double kLastShare = 0.4; // of a row, the most the last item asks for

    // `items` in reading order; `last`, if one of them, takes the room the others leave.
    explicit PanelGrid(const QList<QWidget *> &items, QWidget *last = nullptr, QWidget *parent = nullptr);

    int columns() const { return m_columns; }
    // Recomputes every item's room (after a change of type) and lays the grid out again.
    void updateNeeds();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSize need(QWidget *item, int rowWidth) const;
    int rowWidth() const;
    // The most columns (up to kMaxColumns) whose rows fit `width`.
    int columnsFor(int width) const;
    void arrange(int columns);
    void shareRow(QSplitter *row, int width);

    QList<QWidget *> m_items;
    QWidget *m_last;
    QSplitter *m_rows = nullptr;
    int m_columns = 0;
    int m_sharedWidth = 0; // the row width the splitters were last shared out for
};

} // namespace app
