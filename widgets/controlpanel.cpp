#include "controlpanel.h"

#include "model/lessonstate.h"
#include "probabilityslider.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>

#include <algorithm>

namespace widgets {

namespace {

QGroupBox *group(const QString &title, QWidget *parent, const QList<QWidget *> &children)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QHBoxLayout(box);
    for (QWidget *child : children)
        layout->addWidget(child, child->inherits("widgets::ProbabilitySlider") ? 1 : 0);
    return box;
}

} // namespace

ControlPanel::ControlPanel(LessonState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_p(new ProbabilitySlider(QStringLiteral("p"),
                                tr("True probability of outcome 1: the data's distribution is (p, 1 − p)"), this))
    , m_q(new ProbabilitySlider(QStringLiteral("q"),
                                tr("Model's probability of outcome 1: the model predicts (q, 1 − q)"), this))
    , m_yhat(new ProbabilitySlider(QStringLiteral("ŷ"), tr("Predicted probability that the label is 1"), this))
    , m_y(new QButtonGroup(this))
    , m_unit(new QComboBox(this))
    , m_speed(new QComboBox(this))
{
    auto *y0 = new QRadioButton(QStringLiteral("y = 0"), this);
    auto *y1 = new QRadioButton(QStringLiteral("y = 1"), this);
    y0->setAccessibleName(tr("label y = 0"));
    y1->setAccessibleName(tr("label y = 1"));
    m_y->addButton(y0, 0);
    m_y->addButton(y1, 1);

    m_unit->addItem(tr("bits (log₂)"), QVariant::fromValue(core::Unit::Bits));
    m_unit->addItem(tr("nats (ln)"), QVariant::fromValue(core::Unit::Nats));
    m_unit->addItem(tr("bans (log₁₀)"), QVariant::fromValue(core::Unit::Bans));
    m_unit->setAccessibleName(tr("unit of information"));
    m_unit->setToolTip(tr("The base of the logarithm: 2 gives bits, e gives nats, 10 gives bans"));

    m_speed->addItem(tr("slow"), 20.0);
    m_speed->addItem(tr("medium"), 10.0);
    m_speed->addItem(tr("fast"), 5.0);
    m_speed->setCurrentIndex(1);
    m_speed->setAccessibleName(tr("sweep speed"));
    m_speed->setToolTip(tr("How fast the play buttons sweep a slider back and forth"));
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (ProbabilitySlider *slider : sliders())
            slider->setSweepSeconds(m_speed->itemData(index).toDouble());
    });

    m_groups = {group(tr("Distributions"), this, {m_p, m_q}), group(tr("One training example"), this, {y0, y1, m_yhat}),
                group(tr("Unit"), this, {m_unit}), group(tr("Sweep"), this, {m_speed})};
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(6, 2, 6, 2);
    arrange(false);

    connect(m_p, &ProbabilitySlider::valueChanged, m_state, &LessonState::setP);
    connect(m_q, &ProbabilitySlider::valueChanged, m_state, &LessonState::setQ);
    connect(m_yhat, &ProbabilitySlider::valueChanged, m_state, &LessonState::setYhat);
    connect(m_y, &QButtonGroup::idClicked, m_state, &LessonState::setY);
    connect(m_unit, &QComboBox::activated, this,
            [this](int index) { m_state->setUnit(m_unit->itemData(index).value<core::Unit>()); });
    connect(m_state, &LessonState::changed, this, &ControlPanel::showState);
    showState();
}

int ControlPanel::oneRowWidth() const
{
    int width = m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    for (const QGroupBox *box : m_groups)
        width += box->minimumSizeHint().width();
    return width + (m_groups.size() - 1) * m_layout->horizontalSpacing();
}

QSize ControlPanel::minimumSizeHint() const
{
    const QMargins margins = m_layout->contentsMargins();
    int lower = 2 * m_layout->horizontalSpacing();
    for (int i = 1; i < m_groups.size(); ++i)
        lower += m_groups[i]->minimumSizeHint().width();
    const int width = std::max(m_groups[0]->minimumSizeHint().width(), lower) + margins.left() + margins.right();
    return {width, QWidget::minimumSizeHint().height()};
}

// One row: the four groups side by side, the sliders' groups taking the spare width 5 : 3. Two
// rows: the distributions across the top, the training example, unit and sweep below.
void ControlPanel::arrange(bool wrapped)
{
    m_wrapped = wrapped;
    for (QGroupBox *box : std::as_const(m_groups))
        m_layout->removeWidget(box);
    for (int column = 0; column < 4; ++column)
        m_layout->setColumnStretch(column, 0);
    if (wrapped) {
        m_layout->addWidget(m_groups[0], 0, 0, 1, 3);
        m_layout->addWidget(m_groups[1], 1, 0);
        m_layout->addWidget(m_groups[2], 1, 1);
        m_layout->addWidget(m_groups[3], 1, 2);
        m_layout->setColumnStretch(0, 1);
    } else {
        for (int column = 0; column < m_groups.size(); ++column)
            m_layout->addWidget(m_groups[column], 0, column);
        m_layout->setColumnStretch(0, 5);
        m_layout->setColumnStretch(1, 3);
    }
}

void ControlPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Decided by the one-row width alone, never by the current arrangement, so it cannot flip
    // back and forth as the height it takes changes the layout.
    const bool wrap = width() < oneRowWidth();
    if (wrap != m_wrapped)
        arrange(wrap);
}

bool ControlPanel::event(QEvent *event)
{
    // A larger font (presentation, zoom) or another language changes the width one row needs;
    // the groups' new size hints arrive as a layout request.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::FontChange) {
        const bool result = QWidget::event(event);
        const bool wrap = width() < oneRowWidth();
        if (wrap != m_wrapped)
            arrange(wrap);
        return result;
    }
    return QWidget::event(event);
}

void ControlPanel::showState()
{
    m_p->setValue(m_state->p());
    m_q->setValue(m_state->q());
    m_yhat->setValue(m_state->yhat());
    if (QAbstractButton *button = m_y->button(m_state->y()); !button->isChecked())
        button->setChecked(true);
    const QSignalBlocker blocker(m_unit);
    m_unit->setCurrentIndex(m_unit->findData(QVariant::fromValue(m_state->unit())));
}

} // namespace widgets
