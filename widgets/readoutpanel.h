#pragma once

#include <QMap>
#include <QWidget>

class QLabel;

namespace widgets {

class LessonState;

// Every quantity at the current settings: its formula, the numbers substituted and the result,
// e.g. "H(p, q) = −0.3000 log₂ 0.6000 − 0.7000 log₂ 0.4000 = 1.1464 bits".
class ReadoutPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadoutPanel(LessonState *state, QWidget *parent = nullptr);

    // The plain text of one readout: "information", "entropy_p", "entropy_q", "cross_entropy",
    // "kl", "kl_reverse", "decomposition", "loss", "squared_error", "gradients".
    QString readout(const QString &key) const;
    QStringList keys() const { return m_rows.keys(); }

    // "Predict, then reveal": every readout keeps its formula but shows "?" for each number, e.g.
    // "H(p) = −p log₂ p − (1−p) log₂(1−p) = ? bits", under a line saying how to reveal them. A
    // change of the state keeps them hidden until setConcealed(false).
    void setConcealed(bool concealed);
    bool isConcealed() const { return m_concealed; }

public slots:
    void refresh();

private:
    // The formulas without the current values.
    void refreshConcealed();
    void setRow(const QString &key, const QString &text);
    void refreshTwoOutcomes();
    // More than two outcomes: the sums, not every term (the table on the second page has those).
    void refreshManyOutcomes();
    void refreshLoss();

    LessonState *m_state;
    QMap<QString, QLabel *> m_rows;
    QLabel *m_hiddenNote;
    bool m_concealed = false;
};

} // namespace widgets
