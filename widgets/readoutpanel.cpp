#include "readoutpanel.h"

#include "core/information.h"
#include "core/loss.h"
#include "model/lessonstate.h"
#include "numberformat.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace widgets {

namespace {

const QStringList kOrder
    = {QStringLiteral("information"),   QStringLiteral("entropy_p"), QStringLiteral("entropy_q"),
       QStringLiteral("cross_entropy"), QStringLiteral("kl"),        QStringLiteral("kl_reverse"),
       QStringLiteral("decomposition"), QStringLiteral("loss"),      QStringLiteral("squared_error"),
       QStringLiteral("gradients")};

QString n(double value)
{
    return formatNumber(value);
}

} // namespace

ReadoutPanel::ReadoutPanel(LessonState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setAccessibleName(tr("Readouts"));
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    rows->setSpacing(5);
    auto *heading = new QLabel(tr("<b>Readouts</b>"), content);
    rows->addWidget(heading);
    m_hiddenNote = new QLabel(tr("Numbers hidden — press R to reveal"), content);
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setVisible(false);
    rows->addWidget(m_hiddenNote);
    for (const QString &key : kOrder) {
        auto *label = new QLabel(content);
        label->setObjectName(QStringLiteral("readout_") + key);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        rows->addWidget(label);
        m_rows.insert(key, label);
    }
    rows->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Readouts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(scroll);
    connect(state, &LessonState::changed, this, &ReadoutPanel::refresh);
    refresh();
}

QString ReadoutPanel::readout(const QString &key) const
{
    const QLabel *label = m_rows.value(key);
    return label ? label->accessibleName() : QString();
}

void ReadoutPanel::setRow(const QString &key, const QString &text)
{
    QLabel *label = m_rows.value(key);
    label->setText(text);
    label->setAccessibleName(text);
}

void ReadoutPanel::refreshManyOutcomes()
{
    const LessonState &s = *m_state;
    const core::Unit u = s.unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const core::Distribution &p = s.pDistribution(), &q = s.qDistribution();
    const QString focus = s.outcomeLabels().value(s.focusOutcome());
    setRow(QStringLiteral("information"),
           tr("I(p_%1) = −%2 %3 = %4 %5;   I(q_%1) = −%2 %6 = %7 %5")
               .arg(focus, log, n(s.p()), n(core::selfInformation(s.p(), u)), unit, n(s.q()),
                    n(core::selfInformation(s.q(), u))));
    const double hp = core::entropy(p, u), kl = core::klDivergence(p, q, u), hpq = core::crossEntropy(p, q, u);
    setRow(QStringLiteral("entropy_p"),
           tr("H(p) = −Σ pᵢ %1 pᵢ = %2 %3, at most %1 %4 = %5")
               .arg(log, n(hp), unit)
               .arg(s.outcomeCount())
               .arg(n(core::selfInformation(1.0 / s.outcomeCount(), u))));
    setRow(QStringLiteral("entropy_q"), tr("H(q) = −Σ qᵢ %1 qᵢ = %2 %3").arg(log, n(core::entropy(q, u)), unit));
    setRow(QStringLiteral("cross_entropy"), tr("H(p, q) = −Σ pᵢ %1 qᵢ = %2 %3").arg(log, n(hpq), unit));
    setRow(QStringLiteral("kl"), tr("D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = %2 %3").arg(log, n(kl), unit));
    setRow(QStringLiteral("kl_reverse"),
           tr("D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = %2 %3").arg(log, n(core::klDivergence(q, p, u)), unit));
    setRow(QStringLiteral("decomposition"),
           tr("H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4").arg(n(hp), n(kl), n(hpq), unit));
}

void ReadoutPanel::setConcealed(bool concealed)
{
    if (concealed == m_concealed)
        return;
    m_concealed = concealed;
    m_hiddenNote->setVisible(concealed);
    refresh();
}

void ReadoutPanel::refreshConcealed()
{
    const core::Unit u = m_state->unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    if (m_state->outcomeCount() > 2) {
        const QString focus = m_state->outcomeLabels().value(m_state->focusOutcome());
        setRow(QStringLiteral("information"),
               tr("I(p_%1) = −%2 p_%1 = ? %3;   I(q_%1) = −%2 q_%1 = ? %3").arg(focus, log, unit));
        setRow(QStringLiteral("entropy_p"), tr("H(p) = −Σ pᵢ %1 pᵢ = ? %2").arg(log, unit));
        setRow(QStringLiteral("entropy_q"), tr("H(q) = −Σ qᵢ %1 qᵢ = ? %2").arg(log, unit));
        setRow(QStringLiteral("cross_entropy"), tr("H(p, q) = −Σ pᵢ %1 qᵢ = ? %2").arg(log, unit));
        setRow(QStringLiteral("kl"), tr("D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = ? %2").arg(log, unit));
        setRow(QStringLiteral("kl_reverse"), tr("D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = ? %2").arg(log, unit));
    } else {
        setRow(QStringLiteral("information"), tr("I(p) = −%1 p = ? %2;   I(1−p) = −%1(1−p) = ? %2").arg(log, unit));
        setRow(QStringLiteral("entropy_p"), tr("H(p) = −p %1 p − (1−p) %1(1−p) = ? %2").arg(log, unit));
        setRow(QStringLiteral("entropy_q"), tr("H(q) = −q %1 q − (1−q) %1(1−q) = ? %2").arg(log, unit));
        setRow(QStringLiteral("cross_entropy"), tr("H(p, q) = −p %1 q − (1−p) %1(1−q) = ? %2").arg(log, unit));
        setRow(QStringLiteral("kl"), tr("D(p‖q) = p %1(p/q) + (1−p) %1((1−p)/(1−q)) = ? %2").arg(log, unit));
        setRow(QStringLiteral("kl_reverse"), tr("D(q‖p) = q %1(q/p) + (1−q) %1((1−q)/(1−p)) = ? %2").arg(log, unit));
    }
    setRow(QStringLiteral("decomposition"), tr("H(p, q) = H(p) + D(p‖q) = ? + ? = ? %1").arg(unit));
    setRow(QStringLiteral("loss"), tr("J = −y %1 ŷ − (1−y) %1(1−ŷ) = ? %2").arg(log, unit));
    setRow(QStringLiteral("squared_error"), tr("(y − ŷ)² = ?"));
    setRow(QStringLiteral("gradients"), tr("∂J/∂z = ŷ − y = ?;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = ?"));
}

void ReadoutPanel::refresh()
{
    if (m_concealed) {
        refreshConcealed();
        return;
    }
    if (m_state->outcomeCount() > 2)
        refreshManyOutcomes();
    else
        refreshTwoOutcomes();
    refreshLoss();
}

void ReadoutPanel::refreshTwoOutcomes()
{
    const core::Unit u = m_state->unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const double p = m_state->p(), q = m_state->q();
    const QString sp = n(p), sp1 = n(1.0 - p), sq = n(q), sq1 = n(1.0 - q);
    setRow(QStringLiteral("information"),
           tr("I(p) = −%1 %2 = %3 %5;   I(1−p) = −%1 %4 = %6 %5")
               .arg(log, sp, n(core::selfInformation(p, u)), sp1, unit, n(core::complementInformation(p, u))));
    const auto entropyRow = [&](const QString &name, const QString &x, const QString &x1, double value) {
        return tr("%1 = −%2 %3 %2 − %4 %3 %4 = %5 %6").arg(name, x, log, x1, n(value), unit);
    };
    setRow(QStringLiteral("entropy_p"), entropyRow(QStringLiteral("H(p)"), sp, sp1, core::binaryEntropy(p, u)));
    setRow(QStringLiteral("entropy_q"), entropyRow(QStringLiteral("H(q)"), sq, sq1, core::binaryEntropy(q, u)));

    const double hp = core::binaryEntropy(p, u);
    const double hpq = core::binaryCrossEntropy(p, q, u);
    const double kl = core::binaryKlDivergence(p, q, u);
    setRow(QStringLiteral("cross_entropy"),
           tr("H(p, q) = −%1 %2 %3 − %4 %2 %5 = %6 %7").arg(sp, log, sq, sp1, sq1, n(hpq), unit));
    const auto klRow = [&](const QString &name, const QString &a, const QString &a1, const QString &b,
                           const QString &b1, double value) {
        return tr("%1 = %2 %3(%2/%4) + %5 %3(%5/%6) = %7 %8").arg(name, a, log, b, a1, b1, n(value), unit);
    };
    setRow(QStringLiteral("kl"), klRow(QStringLiteral("D(p‖q)"), sp, sp1, sq, sq1, kl));
    setRow(QStringLiteral("kl_reverse"),
           klRow(QStringLiteral("D(q‖p)"), sq, sq1, sp, sp1, core::binaryKlDivergence(q, p, u)));
    setRow(QStringLiteral("decomposition"),
           tr("H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4").arg(n(hp), n(kl), n(hpq), unit));
}

void ReadoutPanel::refreshLoss()
{
    const core::Unit u = m_state->unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const double yhat = m_state->yhat();
    const int y = m_state->y();
    const QString sy = QString::number(y), sy1 = QString::number(1 - y), syhat = n(yhat), syhat1 = n(1.0 - yhat);
    setRow(QStringLiteral("loss"),
           tr("J = −%1·%2 %3 − %4·%2 %5 = %6 %7")
               .arg(sy, log, syhat, sy1, syhat1, n(core::binaryCrossEntropyLoss(y, yhat, u)), unit));
    // The squared error stands beside J but is a squared difference of probabilities: no bits, no nats.
    setRow(QStringLiteral("squared_error"),
           tr("(y − ŷ)² = (%1 − %2)² = %3 (no unit)").arg(sy, syhat, n(core::squaredError(y, yhat))));
    // ∂J/∂z is the derivative of the J just above, so it is in J's unit and its formula shows the ln(base).
    setRow(QStringLiteral("gradients"),
           tr("∂J/∂z = %1 = %2 %3;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = %4 (no unit)")
               .arg(crossEntropyGradientFormula(u), n(core::binaryCrossEntropyGradientLogit(y, yhat, u)), unit,
                    n(core::squaredErrorGradientLogit(y, yhat))));
}

} // namespace widgets
