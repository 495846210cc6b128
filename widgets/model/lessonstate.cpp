#include "lessonstate.h"

#include "core/distributionedit.h"
#include "refusal.h"
#include "trainingstate.h"

#include <utility>

namespace widgets {

namespace {

QStringList binaryLabels()
{
    QStringList labels;
    for (const std::string &label : core::binaryLabels())
        labels << QString::fromStdString(label);
    return labels;
}
// A label not yet used, for an added outcome: C, D, ... after A and B.
QString freshLabel(const QStringList &taken)
{
    for (const std::string &label : core::defaultLabels(std::size_t(taken.size()) + 27)) {
        const QString candidate = QString::fromStdString(label);
        if (!taken.contains(candidate))
            return candidate;
    }
    return QString::number(taken.size() + 1);
}

std::vector<bool> lockVector(const QVector<bool> &locks)
{
    return std::vector<bool>(locks.begin(), locks.end());
}

} // namespace

core::LessonInputs lessonInputs(const LessonSnapshot &s)
{
    core::LessonInputs inputs;
    inputs.p.assign(s.p.probabilities().begin(), s.p.probabilities().end());
    inputs.q.assign(s.q.probabilities().begin(), s.q.probabilities().end());
    inputs.labels = labelsUtf8(s.labels);
    inputs.lockedP = lockVector(s.lockedP);
    inputs.lockedQ = lockVector(s.lockedQ);
    inputs.focus = s.focus;
    inputs.y = s.y;
    inputs.yhat = s.yhat;
    inputs.unit = std::string(core::unitName(s.unit));
    return inputs;
}

LessonSnapshot snapshotOf(const core::LessonInputs &inputs)
{
    const qsizetype n = qsizetype(inputs.p.size());
    const auto locks = [n](const std::vector<bool> &given) {
        return given.empty() ? QVector<bool>(n, false) : QVector<bool>(given.begin(), given.end());
    };
    LessonSnapshot s;
    s.p = core::lessonDistribution(inputs.p);
    s.q = core::lessonDistribution(inputs.q);
    for (const std::string &label : inputs.labels)
        s.labels << QString::fromStdString(label);
    s.lockedP = locks(inputs.lockedP);
    s.lockedQ = locks(inputs.lockedQ);
    s.focus = int(inputs.focus);
    s.y = int(inputs.y);
    s.yhat = inputs.yhat + 0.0; // -0 is 0
    s.unit = core::parseUnit(inputs.unit).value_or(core::kDefaultUnit);
    return s;
}

LessonState::LessonState(QObject *parent)
    : QObject(parent)
    , m_training(new TrainingState(this))
    , m_p(core::Distribution::binary(core::kDefaultP))
    , m_q(core::Distribution::binary(core::kDefaultQ))
    , m_labels(binaryLabels())
    , m_lockedP(2, false)
    , m_lockedQ(2, false)
    , m_y(core::kDefaultY)
    , m_yhat(core::kDefaultYhat)
    , m_unit(core::kDefaultUnit)
{ }

double LessonState::probability(const core::Distribution &d) const
{
    return m_focus == 0 ? d.binaryX() : d[std::size_t(m_focus)];
}

bool LessonState::isLocked(Which which, int outcome) const
{
    const QVector<bool> &l = which == Which::P ? m_lockedP : m_lockedQ;
    return outcome >= 0 && outcome < l.size() && l[outcome];
}

// By value: swapPAndQ passes the members themselves.
void LessonState::commit(core::Distribution p, core::Distribution q, QStringList labels)
{
    const double oldP = this->p(), oldQ = this->q();
    const bool distributionsDiffer = !(p == m_p) || !(q == m_q) || labels != m_labels;
    m_p = std::move(p);
    m_q = std::move(q);
    m_labels = std::move(labels);
    m_focus = std::min(m_focus, outcomeCount() - 1);
    if (m_highlight >= outcomeCount())
        m_highlight = -1;
    notifySliders(oldP, oldQ);
    if (distributionsDiffer)
        emit distributionsChanged();
    notifyChanged();
}

void LessonState::notifySliders(double oldP, double oldQ)
{
    if (p() != oldP)
        emit pChanged(p());
    if (q() != oldQ)
        emit qChanged(q());
}

std::optional<QString> LessonState::setEntry(Which which, int outcome, double value)
{
    if (outcome < 0 || outcome >= outcomeCount())
        return tr("there is no outcome %1").arg(outcome + 1);
    const core::Distribution &d = distribution(which);
    if (value == d[std::size_t(outcome)])
        return std::nullopt;
    try {
        std::vector<double> entries
            = core::withEntry(d.probabilities(), lockVector(locks(which)), std::size_t(outcome), value);
        const core::Distribution edited = core::lessonDistribution(entries);
        commit(which == Which::P ? edited : m_p, which == Which::Q ? edited : m_q, m_labels);
        return std::nullopt;
    } catch (const std::invalid_argument &e) {
        return errorText(e);
    }
}

void LessonState::setLocked(Which which, int outcome, bool locked)
{
    if (outcome < 0 || outcome >= outcomeCount() || locks(which)[outcome] == locked)
        return;
    locks(which)[outcome] = locked;
    emit distributionsChanged();
    notifyChanged();
}

std::optional<QString> LessonState::addOutcome()
{
    if (outcomeCount() >= int(core::kMaxEditorOutcomes))
        return tr("at most %1 outcomes").arg(core::kMaxEditorOutcomes);
    try {
        const auto p = core::withOutcomeAdded(m_p.probabilities(), lockVector(m_lockedP));
        const auto q = core::withOutcomeAdded(m_q.probabilities(), lockVector(m_lockedQ));
        m_lockedP.append(false);
        m_lockedQ.append(false);
        commit(core::lessonDistribution(p), core::lessonDistribution(q), m_labels + QStringList {freshLabel(m_labels)});
        return std::nullopt;
    } catch (const std::invalid_argument &e) {
        return errorText(e);
    }
}

std::optional<QString> LessonState::removeOutcome(int outcome)
{
    if (outcome < 0 || outcome >= outcomeCount())
        return tr("there is no outcome %1").arg(outcome + 1);
    try {
        const auto p = core::withOutcomeRemoved(m_p.probabilities(), lockVector(m_lockedP), std::size_t(outcome));
        const auto q = core::withOutcomeRemoved(m_q.probabilities(), lockVector(m_lockedQ), std::size_t(outcome));
        m_lockedP.remove(outcome);
        m_lockedQ.remove(outcome);
        QStringList labels = m_labels;
        labels.removeAt(outcome);
        if (m_focus >= outcome && m_focus > 0)
            --m_focus;
        commit(core::lessonDistribution(p), core::lessonDistribution(q), labels);
        return std::nullopt;
    } catch (const std::invalid_argument &e) {
        return errorText(e);
    }
}

std::optional<QString> LessonState::setDistributions(const core::Distribution &p, const core::Distribution &q,
                                                     const QStringList &labels, bool anySize)
{
    const int n = int(p.size());
    core::LessonInputs inputs;
    inputs.p.assign(p.probabilities().begin(), p.probabilities().end());
    inputs.q.assign(q.probabilities().begin(), q.probabilities().end());
    inputs.labels = labelsUtf8(labels);
    if (!anySize) {
        if (const auto refusal = core::validate(inputs))
            return refusalText(*refusal);
    } else if (int(q.size()) != n || labels.size() != n) {
        return tr("p, q and the labels must have the same number of outcomes");
    } else if (const auto refusal = core::labelsRefusal(inputs.labels)) {
        return refusalText(*refusal);
    }
    m_lockedP = QVector<bool>(n, false);
    m_lockedQ = QVector<bool>(n, false);
    // A pair of plain entries becomes the exact binary form the two-outcome lesson uses.
    commit(n == 2 ? core::lessonDistribution(p.probabilities()) : p,
           n == 2 ? core::lessonDistribution(q.probabilities()) : q, labels);
    return std::nullopt;
}

void LessonState::assign(const LessonState &other)
{
    m_training->assign(*other.m_training);
    ++m_batchDepth;
    m_lockedP = other.m_lockedP;
    m_lockedQ = other.m_lockedQ;
    commit(other.m_p, other.m_q, other.m_labels);
    setFocusOutcome(other.m_focus);
    setY(other.m_y);
    setYhat(other.m_yhat);
    setUnit(other.m_unit);
    --m_batchDepth;
    if (std::exchange(m_changePending, false))
        emit changed();
}

LessonSnapshot LessonState::snapshot() const
{
    return {m_p, m_q, m_labels, m_lockedP, m_lockedQ, m_focus, m_y, m_yhat, m_unit};
}

std::optional<QString> LessonState::restore(const LessonSnapshot &s)
{
    if (const auto refusal = core::validate(lessonInputs(s)))
        return refusalText(*refusal);
    const int n = int(s.p.size());
    ++m_batchDepth;
    m_lockedP = s.lockedP.isEmpty() ? QVector<bool>(n, false) : s.lockedP;
    m_lockedQ = s.lockedQ.isEmpty() ? QVector<bool>(n, false) : s.lockedQ;
    commit(n == 2 ? core::lessonDistribution(s.p.probabilities()) : s.p,
           n == 2 ? core::lessonDistribution(s.q.probabilities()) : s.q, s.labels);
    setFocusOutcome(s.focus);
    setY(s.y);
    setYhat(s.yhat);
    setUnit(s.unit);
    --m_batchDepth;
    if (std::exchange(m_changePending, false))
        emit changed();
    return std::nullopt;
}

void LessonState::makeUniform(Which which)
{
    const core::Distribution d
        = core::lessonDistribution(std::vector<double>(std::size_t(outcomeCount()), 1.0 / outcomeCount()));
    locks(which).fill(false);
    commit(which == Which::P ? d : m_p, which == Which::Q ? d : m_q, m_labels);
}

void LessonState::copyPToQ()
{
    m_lockedQ = m_lockedP;
    commit(m_p, m_p, m_labels);
}

void LessonState::swapPAndQ()
{
    std::swap(m_lockedP, m_lockedQ);
    commit(m_q, m_p, m_labels);
}

std::optional<QString> LessonState::setSlider(Which which, double value)
{
    if (!(value >= 0.0 && value <= 1.0))
        return tr("a probability lies between 0 and 1");
    const auto refusal = setEntry(which, m_focus, value);
    if (refusal)
        notifyChanged(); // the slider that asked shows the state again
    return refusal;
}

void LessonState::setP(double p)
{
    setSlider(Which::P, p);
}

void LessonState::setQ(double q)
{
    setSlider(Which::Q, q);
}

bool LessonState::setProbability(double &member, double value)
{
    // The negated test also refuses NaN.
    if (!(value >= 0.0 && value <= 1.0) || value == member)
        return false;
    member = value + 0.0;
    return true;
}

void LessonState::setY(int y)
{
    if ((y != 0 && y != 1) || y == m_y)
        return;
    m_y = y;
    emit yChanged(m_y);
    notifyChanged();
}

void LessonState::setYhat(double yhat)
{
    if (setProbability(m_yhat, yhat)) {
        emit yhatChanged(m_yhat);
        notifyChanged();
    }
}

void LessonState::setUnit(core::Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    emit unitChanged(m_unit);
    notifyChanged();
}

void LessonState::setFocusOutcome(int outcome)
{
    if (outcome < 0 || outcome >= outcomeCount() || outcome == m_focus)
        return;
    const double oldP = p(), oldQ = q();
    m_focus = outcome;
    notifySliders(oldP, oldQ);
    emit distributionsChanged();
    notifyChanged();
}

void LessonState::setHighlightedOutcome(int outcome)
{
    if (outcome < -1 || outcome >= outcomeCount())
        outcome = -1;
    if (outcome == m_highlight)
        return;
    m_highlight = outcome;
    emit highlightChanged(m_highlight);
    notifyChanged();
}

void LessonState::notifyChanged()
{
    if (m_batchDepth > 0)
        m_changePending = true;
    else
        emit changed();
}

void LessonState::reset()
{
    ++m_batchDepth;
    m_focus = 0;
    m_lockedP = QVector<bool>(2, false);
    m_lockedQ = QVector<bool>(2, false);
    commit(core::Distribution::binary(core::kDefaultP), core::Distribution::binary(core::kDefaultQ), binaryLabels());
    setHighlightedOutcome(-1);
    setY(core::kDefaultY);
    setYhat(core::kDefaultYhat);
    setUnit(core::kDefaultUnit);
    --m_batchDepth;
    if (std::exchange(m_changePending, false))
        emit changed();
}

} // namespace widgets
