#include "readoutpanel.h"

#include "core/information.h"
#include "core/loss.h"
#include "model/lessonstate.h"
#include "numberformat.h"
#include "readoutview.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
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

// The placeholder of the i-th number of a formula.
QString s(int index)
{
    return ReadoutView::slot(index);
}

} // namespace

ReadoutPanel::ReadoutPanel(LessonState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_view(new ReadoutView)
    , m_scroll(new QScrollArea(this))
{
    m_view->setObjectName(QStringLiteral("readoutView"));
    for (const QString &key : kOrder)
        m_view->addRow(key);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the rows break to the width instead
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_scroll);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(m_view, &ReadoutView::sizeHintChanged, this, [this] {
        updateGeometry();
        chooseScrollBar();
    });
    connect(state, &LessonState::changed, this, &ReadoutPanel::refresh);
    retranslate();
    refresh();
}

QString ReadoutPanel::readout(const QString &key) const
{
    return m_view->text(key);
}

QStringList ReadoutPanel::keys() const
{
    return m_view->keys();
}

void ReadoutPanel::retranslate()
{
    setAccessibleName(tr("Readouts"));
    m_view->setAccessibleName(tr("Readouts"));
    m_view->setTitle(tr("Readouts"));
    m_view->setNote(m_concealed ? tr("Numbers hidden — press R to reveal") : QString());
    const QStringList names
        = {tr("information"), tr("entropy of p"),  tr("entropy of q"), tr("cross entropy"), tr("KL divergence"),
           tr("reverse KL"),  tr("decomposition"), tr("loss"),         tr("squared error"), tr("gradients")};
    for (qsizetype i = 0; i < kOrder.size(); ++i)
        m_view->setRowName(kOrder.at(i), names.at(i));
}

void ReadoutPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

QSize ReadoutPanel::margins() const
{
    const QMargins m = layout()->contentsMargins();
    return QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize ReadoutPanel::sizeHint() const
{
    return m_view->sizeHint() + margins();
}

QSize ReadoutPanel::minimumSizeHint() const
{
    // As narrow as the view can break its rows, with room for the scroll bar that a short height brings;
    // as short as a few rows, since it scrolls.
    const QSize view = m_view->minimumSizeHint();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    return QSize(view.width() + scrollBar, std::min(view.height(), 4 * fontMetrics().lineSpacing())) + margins();
}

void ReadoutPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    chooseScrollBar();
}

void ReadoutPanel::chooseScrollBar()
{
    // Decided here rather than by the scroll area "as needed": a bar that came while the panel was small
    // would otherwise stay, since the narrower rows it leaves are taller.
    const bool fits = height() >= heightForWidth(width());
    m_scroll->setVerticalScrollBarPolicy(fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAlwaysOn);
}

int ReadoutPanel::heightForWidth(int width) const
{
    return m_view->heightForWidth(width - margins().width()) + margins().height();
}

void ReadoutPanel::setRow(const QString &key, const QString &formula, const QStringList &numbers)
{
    m_view->setRow(key, formula, numbers);
}

void ReadoutPanel::refreshManyOutcomes()
{
    const LessonState &st = *m_state;
    const core::Unit u = st.unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const core::Distribution &p = st.pDistribution(), &q = st.qDistribution();
    const QString focus = st.outcomeLabels().value(st.focusOutcome());
    setRow(QStringLiteral("information"),
           tr("I(p_%1) = −%2 %3 = %4 %5;   I(q_%1) = −%2 %6 = %7 %5").arg(focus, log, s(0), s(1), unit, s(2), s(3)),
           {n(st.p()), n(core::selfInformation(st.p(), u)), n(st.q()), n(core::selfInformation(st.q(), u))});
    const double hp = core::entropy(p, u), kl = core::klDivergence(p, q, u), hpq = core::crossEntropy(p, q, u);
    setRow(QStringLiteral("entropy_p"),
           tr("H(p) = −Σ pᵢ %1 pᵢ = %2 %3, at most %1 %4 = %5").arg(log, s(0), unit).arg(st.outcomeCount()).arg(s(1)),
           {n(hp), n(core::selfInformation(1.0 / st.outcomeCount(), u))});
    setRow(QStringLiteral("entropy_q"), tr("H(q) = −Σ qᵢ %1 qᵢ = %2 %3").arg(log, s(0), unit),
           {n(core::entropy(q, u))});
    setRow(QStringLiteral("cross_entropy"), tr("H(p, q) = −Σ pᵢ %1 qᵢ = %2 %3").arg(log, s(0), unit), {n(hpq)});
    setRow(QStringLiteral("kl"), tr("D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = %2 %3").arg(log, s(0), unit), {n(kl)});
    setRow(QStringLiteral("kl_reverse"), tr("D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = %2 %3").arg(log, s(0), unit),
           {n(core::klDivergence(q, p, u))});
    setRow(QStringLiteral("decomposition"), tr("H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4").arg(s(0), s(1), s(2), unit),
           {n(hp), n(kl), n(hpq)});
}

void ReadoutPanel::setConcealed(bool concealed)
{
    if (concealed == m_concealed)
        return;
    m_concealed = concealed;
    m_view->setNote(concealed ? tr("Numbers hidden — press R to reveal") : QString());
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
    // The same units as the revealed rows: the squared error has none, ∂J/∂z has J's.
    setRow(QStringLiteral("squared_error"), tr("(y − ŷ)² = ? (no unit)"));
    setRow(QStringLiteral("gradients"),
           tr("∂J/∂z = %1 = ? %2;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = ? (no unit)")
               .arg(crossEntropyGradientFormula(u), unit));
}

void ReadoutPanel::refresh()
{
    if (m_concealed) {
        refreshConcealed();
    } else {
        if (m_state->outcomeCount() > 2)
            refreshManyOutcomes();
        else
            refreshTwoOutcomes();
        refreshLoss();
    }
    setAccessibleDescription(m_view->copyText());
}

void ReadoutPanel::refreshTwoOutcomes()
{
    const core::Unit u = m_state->unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const double p = m_state->p(), q = m_state->q();
    const QString sp = n(p), sp1 = n(1.0 - p), sq = n(q), sq1 = n(1.0 - q);
    setRow(QStringLiteral("information"),
           tr("I(p) = −%1 %2 = %3 %5;   I(1−p) = −%1 %4 = %6 %5").arg(log, s(0), s(1), s(2), unit, s(3)),
           {sp, n(core::selfInformation(p, u)), sp1, n(core::complementInformation(p, u))});
    // One formula for H(p) and H(q): x log x + (1 − x) log(1 − x) with x's numbers in slots 0 and 1.
    const QString entropy = tr("%1 = −%2 %3 %2 − %4 %3 %4 = %5 %6");
    setRow(QStringLiteral("entropy_p"), entropy.arg(QStringLiteral("H(p)"), s(0), log, s(1), s(2), unit),
           {sp, sp1, n(core::binaryEntropy(p, u))});
    setRow(QStringLiteral("entropy_q"), entropy.arg(QStringLiteral("H(q)"), s(0), log, s(1), s(2), unit),
           {sq, sq1, n(core::binaryEntropy(q, u))});

    const double hp = core::binaryEntropy(p, u);
    const double hpq = core::binaryCrossEntropy(p, q, u);
    const double kl = core::binaryKlDivergence(p, q, u);
    setRow(QStringLiteral("cross_entropy"),
           tr("H(p, q) = −%1 %2 %3 − %4 %2 %5 = %6 %7").arg(s(0), log, s(1), s(2), s(3), s(4), unit),
           {sp, sq, sp1, sq1, n(hpq)});
    const QString divergence = tr("%1 = %2 %3(%2/%4) + %5 %3(%5/%6) = %7 %8");
    setRow(QStringLiteral("kl"), divergence.arg(QStringLiteral("D(p‖q)"), s(0), log, s(1), s(2), s(3), s(4), unit),
           {sp, sq, sp1, sq1, n(kl)});
    setRow(QStringLiteral("kl_reverse"),
           divergence.arg(QStringLiteral("D(q‖p)"), s(0), log, s(1), s(2), s(3), s(4), unit),
           {sq, sp, sq1, sp1, n(core::binaryKlDivergence(q, p, u))});
    setRow(QStringLiteral("decomposition"), tr("H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4").arg(s(0), s(1), s(2), unit),
           {n(hp), n(kl), n(hpq)});
}

void ReadoutPanel::refreshLoss()
{
    const core::Unit u = m_state->unit();
    const QString log = logSymbol(u), unit = unitLabel(u);
    const double yhat = m_state->yhat();
    const int y = m_state->y();
    const QString sy = QString::number(y), sy1 = QString::number(1 - y), syhat = n(yhat), syhat1 = n(1.0 - yhat);
    setRow(QStringLiteral("loss"), tr("J = −%1·%2 %3 − %4·%2 %5 = %6 %7").arg(s(0), log, s(1), s(2), s(3), s(4), unit),
           {sy, syhat, sy1, syhat1, n(core::binaryCrossEntropyLoss(y, yhat, u))});
    // The squared error stands beside J but is a squared difference of probabilities: no bits, no nats.
    setRow(QStringLiteral("squared_error"), tr("(y − ŷ)² = (%1 − %2)² = %3 (no unit)").arg(s(0), s(1), s(2)),
           {sy, syhat, n(core::squaredError(y, yhat))});
    // ∂J/∂z is the derivative of the J just above, so it is in J's unit and its formula shows the ln(base).
    setRow(QStringLiteral("gradients"),
           tr("∂J/∂z = %1 = %2 %3;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = %4 (no unit)")
               .arg(crossEntropyGradientFormula(u), s(0), unit, s(1)),
           {n(core::binaryCrossEntropyGradientLogit(y, yhat, u)), n(core::squaredErrorGradientLogit(y, yhat))});
}

} // namespace widgets
