#pragma once

#include "core/distribution.h"
#include "core/lessoninputs.h"
#include "core/units.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace widgets {

class TrainingState;

// Everything that makes up a lesson's state, without the outcome under the mouse: what undo,
// bookmarks, sessions and the copy-state string keep. LessonState::restore() validates it through
// core::validate, as every reader does. Empty lock lists mean nothing is locked.
struct LessonSnapshot
{
    core::Distribution p;
    core::Distribution q;
    QStringList labels;
    QVector<bool> lockedP;
    QVector<bool> lockedQ;
    int focus = 0;
    int y = core::kDefaultY;
    double yhat = core::kDefaultYhat;
    core::Unit unit = core::kDefaultUnit;
    bool operator==(const LessonSnapshot &) const = default;
};

// The snapshot as the gate's inputs (core/lessoninputs.h); labels in UTF-8 as labelUtf8 writes them.
core::LessonInputs lessonInputs(const LessonSnapshot &snapshot);
// The state `inputs` describe, which core::validate must have accepted: two entries become the exact
// binary(x), missing locks all false, -0 is 0.
LessonSnapshot snapshotOf(const core::LessonInputs &inputs);

// The one model of the lesson: the distributions p and q over labelled outcomes, the label y, the
// prediction yhat and the unit. Controls call the setters; panels connect to `changed()` and
// redraw. A setter that would not change the value, or gets a value outside its range, emits
// nothing (the edit functions say why instead).
//
// The two-outcome lesson is the case n = 2: p() and q() are the probabilities of the focus outcome
// ("outcome 1"), kept exactly, and setP(x) makes p = (x, 1 - x). With more outcomes the sliders
// move the focus outcome and the unlocked others make room.
class LessonState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double p READ p WRITE setP NOTIFY pChanged)
    Q_PROPERTY(double q READ q WRITE setQ NOTIFY qChanged)
    Q_PROPERTY(int y READ y WRITE setY NOTIFY yChanged)
    Q_PROPERTY(double yhat READ yhat WRITE setYhat NOTIFY yhatChanged)
    Q_PROPERTY(core::Unit unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(int focusOutcome READ focusOutcome WRITE setFocusOutcome NOTIFY distributionsChanged)
    Q_PROPERTY(int highlightedOutcome READ highlightedOutcome WRITE setHighlightedOutcome NOTIFY highlightChanged)

public:
    enum class Which { P, Q };
    Q_ENUM(Which)

    explicit LessonState(QObject *parent = nullptr);

    double p() const { return probability(m_p); }
    double q() const { return probability(m_q); }
    int y() const { return m_y; }
    double yhat() const { return m_yhat; }
    core::Unit unit() const { return m_unit; }

    const core::Distribution &pDistribution() const { return m_p; }
    const core::Distribution &qDistribution() const { return m_q; }
    const core::Distribution &distribution(Which which) const { return which == Which::P ? m_p : m_q; }
    int outcomeCount() const { return int(m_p.size()); }
    // The logistic-regression lab ("why cross entropy?"): its data and training runs, a model of
    // its own that shares this state's unit and is copied with it.
    TrainingState *training() const { return m_training; }
    const QStringList &outcomeLabels() const { return m_labels; }
    bool isLocked(Which which, int outcome) const;
    // The outcome the two-outcome panels and sliders show as "outcome 1".
    int focusOutcome() const { return m_focus; }
    // The outcome under the mouse in any view, highlighted in all of them; -1 for none.
    int highlightedOutcome() const { return m_highlight; }

    // Sets p_i (or q_i); the other unlocked entries make room. Returns why it was refused (and
    // nothing changed), or nothing on success.
    std::optional<QString> setEntry(Which which, int outcome, double value);
    void setLocked(Which which, int outcome, bool locked);
    std::optional<QString> addOutcome();
    std::optional<QString> removeOutcome(int outcome);
    // Replaces both distributions and the labels (a preset); unlocks everything. Sizes must agree
    // and lie in [2, core::kMaxEditorOutcomes] unless `anySize` (the benchmark's 256 outcomes);
    // labels follow the one rule (core::labelsProblem). Returns the refusal, translated.
    std::optional<QString> setDistributions(const core::Distribution &p, const core::Distribution &q,
                                            const QStringList &labels, bool anySize = false);
    LessonSnapshot snapshot() const;
    // Becomes `snapshot` in one change, or refuses (saying why in the learner's language, through
    // widgets::refusalText; nothing changed) when core::validate refuses it.
    std::optional<QString> restore(const LessonSnapshot &snapshot);
    // Becomes a copy of `other`: distributions, labels, locks, focus, y, yhat, unit and the lab.
    void assign(const LessonState &other);
    void makeUniform(Which which);
    void copyPToQ();
    void swapPAndQ();

public slots:
    void setP(double p);
    void setQ(double q);
    void setY(int y);
    void setYhat(double yhat);
    void setUnit(core::Unit unit);
    void setFocusOutcome(int outcome);
    void setHighlightedOutcome(int outcome);
    void reset();

signals:
    void pChanged(double p);
    void qChanged(double q);
    void yChanged(int y);
    void yhatChanged(double yhat);
    void unitChanged(core::Unit unit);
    // The distributions, their labels, locks or the focus outcome changed.
    void distributionsChanged();
    void highlightChanged(int outcome);
    // Once after any of the above: the signal panels redraw on.
    void changed();

private:
    double probability(const core::Distribution &d) const;
    core::Distribution &member(Which which) { return which == Which::P ? m_p : m_q; }
    QVector<bool> &locks(Which which) { return which == Which::P ? m_lockedP : m_lockedQ; }
    std::optional<QString> setSlider(Which which, double value);
    // Installs new distributions and labels, emitting what changed.
    void commit(core::Distribution p, core::Distribution q, QStringList labels);
    // pChanged / qChanged for the focus outcome's values that differ from the old ones.
    void notifySliders(double oldP, double oldQ);
    bool setProbability(double &member, double value);
    void notifyChanged();

    int m_batchDepth = 0; // > 0 while several inputs change as one edit
    bool m_changePending = false;

    TrainingState *m_training;
    core::Distribution m_p;
    core::Distribution m_q;
    QStringList m_labels;
    QVector<bool> m_lockedP;
    QVector<bool> m_lockedQ;
    int m_focus = 0;
    int m_highlight = -1;
    int m_y;
    double m_yhat;
    core::Unit m_unit;
};

} // namespace widgets
