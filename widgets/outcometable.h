#pragma once

#include <QStringList>
#include <QTableWidget>

namespace widgets {

class LessonState;

// The terms outcome by outcome: p_i and q_i (typed exactly here), their locks, -log q_i and
// p_i log(p_i/q_i). Hovering a row highlights the outcome in every view; the highlighted
// outcome's row is marked here when another view highlights it.
class OutcomeTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Label, P, LockP, Q, LockQ, InformationQ, Divergence, ColumnCount };

    explicit OutcomeTable(LessonState *state, QWidget *parent = nullptr);

signals:
    // A typed value was refused, with the reason; the state is unchanged.
    void editRefused(const QString &reason);

public slots:
    void refresh();

protected:
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void commitCell(QTableWidgetItem *item);
    QTableWidgetItem *cell(int row, int column);

    LessonState *m_state;
    bool m_refreshing = false;
    bool m_stale = false;
    QStringList m_labels; // the outcomes the columns were fitted for
};

} // namespace widgets
