#include "outcometable.h"

#include "model/refusal.h"

#include "core/contributions.h"
#include "core/numberparse.h"
#include "model/lessonstate.h"
#include "numberformat.h"

#include <QHeaderView>
#include <QScrollBar>

#include <utility>

namespace widgets {

OutcomeTable::OutcomeTable(LessonState *state, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_state(state)
{
    setAccessibleName(tr("Terms outcome by outcome"));
    setMouseTracking(true);
    verticalHeader()->setVisible(false);
    // Columns are fitted when the outcomes change, not on every value: measuring every cell's
    // text on each step of a drag would cost more than everything else on the page.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    connect(this, &QTableWidget::itemChanged, this, &OutcomeTable::commitCell);
    connect(this, &QTableWidget::cellEntered, this, [this](int row, int) { m_state->setHighlightedOutcome(row); });
    // Refreshes only when something it shows changed: not for y, yhat or the binary sliders' loss.
    connect(state, &LessonState::distributionsChanged, this, [this] { m_stale = true; });
    connect(state, &LessonState::unitChanged, this, [this] { m_stale = true; });
    connect(state, &LessonState::highlightChanged, this, [this] { m_stale = true; });
    connect(state, &LessonState::changed, this, [this] {
        if (m_stale && isVisible()) {
            m_stale = false;
            refresh();
        }
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &OutcomeTable::refresh);
    refresh();
}

QTableWidgetItem *OutcomeTable::cell(int row, int column)
{
    QTableWidgetItem *item = this->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        const bool editable = column == P || column == Q;
        const bool lock = column == LockP || column == LockQ;
        item->setFlags(Qt::ItemIsEnabled | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags)
                       | (lock ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setTextAlignment(column == Label ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, column, item);
    }
    return item;
}

void OutcomeTable::refresh()
{
    const LessonState &s = *m_state;
    const QString log = logSymbol(s.unit());
    m_refreshing = true;
    setHorizontalHeaderLabels({tr("outcome"), tr("pᵢ"), tr("lock"), tr("qᵢ"), tr("lock"), tr("−%1 qᵢ").arg(log),
                               tr("pᵢ %1(pᵢ/qᵢ)").arg(log)});
    const int n = s.outcomeCount();
    const bool newOutcomes = n != rowCount() || s.outcomeLabels() != m_labels;
    setRowCount(n);
    const auto terms = core::outcomeTerms(s.pDistribution(), s.qDistribution(), s.unit());
    // A tint of the highlight in the cells' own ground, so their text reads in a light or dark window.
    const QColor base = palette().color(QPalette::Base);
    const QColor mark = palette().color(QPalette::Highlight);
    const auto tint = [](int from, int to) { return from + (to - from) * 3 / 10; };
    const QColor highlight(tint(base.red(), mark.red()), tint(base.green(), mark.green()), tint(base.blue(), mark.blue()));
    // Only the rows in view: with hundreds of outcomes, setting every cell on each step of a drag
    // costs more than drawing the plots. Scrolling fills in the rows that come into view.
    int first = 0, last = n - 1;
    if (!newOutcomes && isVisible()) {
        first = std::max(0, rowAt(0));
        const int bottom = rowAt(viewport()->height() - 1);
        last = bottom < 0 ? n - 1 : bottom;
    }
    for (int i = first; i <= last; ++i) {
        cell(i, Label)->setText(s.outcomeLabels().value(i)
                                + (i == s.focusOutcome() ? QStringLiteral("  ◀") : QString()));
        cell(i, P)->setText(QString::number(s.pDistribution()[std::size_t(i)], 'g', 10));
        cell(i, Q)->setText(QString::number(s.qDistribution()[std::size_t(i)], 'g', 10));
        cell(i, LockP)->setCheckState(s.isLocked(LessonState::Which::P, i) ? Qt::Checked : Qt::Unchecked);
        cell(i, LockQ)->setCheckState(s.isLocked(LessonState::Which::Q, i) ? Qt::Checked : Qt::Unchecked);
        cell(i, InformationQ)->setText(formatNumber(terms[std::size_t(i)].informationQ));
        cell(i, Divergence)->setText(formatNumber(terms[std::size_t(i)].divergence));
        for (int column = 0; column < ColumnCount; ++column)
            cell(i, column)->setBackground(i == s.highlightedOutcome() ? QBrush(highlight) : QBrush());
    }
    if (newOutcomes) {
        m_labels = s.outcomeLabels();
        resizeColumnsToContents();
    }
    m_refreshing = false;
}

void OutcomeTable::commitCell(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const int row = item->row();
    const int column = item->column();
    if (column == LockP || column == LockQ) {
        m_state->setLocked(column == LockP ? LessonState::Which::P : LessonState::Which::Q, row,
                           item->checkState() == Qt::Checked);
        return;
    }
    if (column != P && column != Q)
        return;
    const auto which = column == P ? LessonState::Which::P : LessonState::Which::Q;
    std::optional<QString> refusal;
    try {
        refusal = m_state->setEntry(which, row, core::parseNumber(item->text().toStdString()));
    } catch (const core::ParseError &e) {
        refusal = errorText(e);
    }
    if (refusal) {
        emit editRefused(tr("%1 of %2: %3")
                             .arg(column == P ? QStringLiteral("p") : QStringLiteral("q"),
                                  m_state->outcomeLabels().value(row), *refusal));
        refresh(); // the cell shows the state's value again
    }
}

void OutcomeTable::showEvent(QShowEvent *event)
{
    QTableWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

void OutcomeTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    refresh(); // rows that came into view
}

void OutcomeTable::leaveEvent(QEvent *event)
{
    m_state->setHighlightedOutcome(-1);
    QTableWidget::leaveEvent(event);
}

} // namespace widgets
