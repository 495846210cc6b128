#pragma once

#include "plotpanel.h"

namespace widgets {

// The distributions themselves: paired bars of p (the truth) and q (the model) over the outcomes.
// Dragging a bar's top sets that probability, the unlocked others making room; a click makes the
// outcome the focus of the two-outcome panels; hovering highlights the outcome everywhere.
class DistributionPanel : public PlotPanel
{
    Q_OBJECT

public:
    explicit DistributionPanel(LessonState *state, const Theme &theme = Theme::light(), QWidget *parent = nullptr);

    QCPBars *pBars() const { return m_pBars; }
    QCPBars *qBars() const { return m_qBars; }
    // The centre of outcome i's bar for p or q, in widget pixels, at the height of its top.
    QPointF barTop(bool model, int outcome) const;

signals:
    // An edit by dragging was refused, with the reason.
    void editRefused(const QString &reason);

protected:
    void updateCurves() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // The outcome whose pair of bars is under x (pixels), and whether the point is over q's half.
    std::optional<std::pair<int, bool>> outcomeAt(double x) const;
    double offset() const;

    QCPBars *m_pBars;
    QCPBars *m_qBars;
    QCPGraph *m_locks; // a crossed square over each locked bar: locks are not told by colour
    QCPItemRect *m_highlightBand;
    QList<QCPItemText *> m_labels; // p_1, ..., p_n, q_1, ..., q_n; shown for a dozen outcomes or fewer
    QSharedPointer<QCPAxisTickerText> m_ticker;
    std::optional<std::pair<int, bool>> m_dragging;
    int m_shownCount = 0;
};

} // namespace widgets
