#pragma once

#include <QStringList>
#include <QWidget>

class QScrollArea;

namespace widgets {

class LessonState;
class ReadoutView;

// Every quantity at the current settings, one named row each: its formula, the numbers substituted and
// the result, e.g. "cross entropy  H(p, q) = −0.3000 log₂ 0.6000 − 0.7000 log₂ 0.4000 = 1.1464 bits".
// Drawn by one ReadoutView (aligned "=", no unit parted from its number) that scrolls when the
// height is short; the size hints are the view's, so a layout can give it its room.
class ReadoutPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadoutPanel(LessonState *state, QWidget *parent = nullptr);

    // The plain text of one readout, without its name: "information", "entropy_p", "entropy_q",
    // "cross_entropy", "kl", "kl_reverse", "decomposition", "loss", "squared_error", "gradients".
    QString readout(const QString &key) const;
    // The keys in the order the rows are shown.
    QStringList keys() const;
    ReadoutView *view() const { return m_view; }

    // "Predict, then reveal": every readout keeps its formula but shows "?" for each number, e.g.
    // "H(p) = −p log₂ p − (1−p) log₂(1−p) = ? bits", under a line saying how to reveal them. A
    // change of the state keeps them hidden until setConcealed(false).
    void setConcealed(bool concealed);
    bool isConcealed() const { return m_concealed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // The formulas without the current values.
    void refreshConcealed();
    // `formula` holds ReadoutView::slot(i) where numbers[i] goes.
    void setRow(const QString &key, const QString &formula, const QStringList &numbers = {});
    void refreshTwoOutcomes();
    // More than two outcomes: the sums, not every term (the table on the second page has those).
    void refreshManyOutcomes();
    void refreshLoss();
    QSize margins() const;
    void chooseScrollBar();

    LessonState *m_state;
    ReadoutView *m_view;
    QScrollArea *m_scroll;
    bool m_concealed = false;
};

} // namespace widgets
