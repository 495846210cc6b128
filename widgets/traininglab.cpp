#include "traininglab.h"

#include "clock.h"
#include "panelroom.h"
#include "theme.h"
#include "trainingpanel.h"
#include "model/trainingstate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace widgets {

namespace {

// A preset's name as the reader sees it, and what it shows; core's own text for an unknown name.
QString presetTitle(const core::TrainingPreset &preset)
{
    if (preset.name == "overlapping")
        return TrainingLab::tr("Overlapping classes");
    if (preset.name == "separated")
        return TrainingLab::tr("Separated classes");
    if (preset.name == "confidently-wrong")
        return TrainingLab::tr("Confidently wrong start");
    return QString::fromStdString(preset.name);
}

QString presetDescription(const core::TrainingPreset &preset)
{
    if (preset.name == "overlapping")
        return TrainingLab::tr("The two classes mingle around zero, so no threshold separates them and the best "
                               "fit is finite.");
    if (preset.name == "separated")
        return TrainingLab::tr("A gap splits the classes, so cross entropy always gains by a steeper sigmoid and w "
                               "grows without end.");
    if (preset.name == "confidently-wrong")
        return TrainingLab::tr("The start is sure of the wrong class at every point: cross entropy recovers at "
                               "once, squared error sits on a plateau.");
    return QString::fromStdString(preset.description);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QPushButton *button(const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

} // namespace

TrainingLab::TrainingLab(LessonState *state, TrainingState *training, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_training(training)
    , m_timer(new ClockTimer(this))
    , m_presets(new QComboBox)
    // Mnemonics avoid the menus (F, E, V, B, H), the pages (T, M, W) and the lesson (S, P, N).
    , m_newData(button(tr("New d&ata"), tr("Random points of both classes from the next seed")))
    , m_seed(new QSpinBox)
    , m_learningRate(new QDoubleSpinBox)
    , m_startW(new QDoubleSpinBox)
    , m_startB(new QDoubleSpinBox)
    , m_step(button(tr("Step &once"), tr("One iteration of gradient descent for both losses")))
    , m_run(button(tr("&Run"), tr("Train both continuously; press again to pause")))
    , m_speed(new QComboBox)
    , m_reset(button(tr("Reset"), tr("Back to iteration 0 with the same data, start and learning rate")))
    , m_iteration(new QLabel)
    , m_panel(makePanel(theme))
{
    m_presets->setAccessibleName(tr("Example"));
    m_presets->setToolTip(tr("A prepared data set with its start and learning rate"));
    m_presets->setPlaceholderText(tr("Own data"));
    for (const core::TrainingPreset &preset : core::trainingPresets()) {
        m_presets->addItem(presetTitle(preset), QString::fromStdString(preset.name));
        m_presets->setItemData(m_presets->count() - 1, presetDescription(preset), Qt::ToolTipRole);
    }
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        m_training->loadPreset(m_presets->itemData(index).toString()); // again: back to the example's start
    });

    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed always gives the same points"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setKeyboardTracking(false); // one data set per typed seed, not one per digit
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) { m_training->generate(quint64(seed)); });
    connect(m_newData, &QPushButton::clicked, this, [this] {
        if (m_seed->value() < m_seed->maximum())
            m_seed->setValue(m_seed->value() + 1);
        else
            m_seed->setValue(0);
    });

    m_learningRate->setAccessibleName(tr("Learning rate"));
    m_learningRate->setToolTip(tr("How far each iteration moves (w, b) along the gradient"));
    m_learningRate->setDecimals(3);
    m_learningRate->setRange(0.001, TrainingState::kMaxLearningRate);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_learningRate->setKeyboardTracking(false);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this,
            [this](double rate) { m_training->setLearningRate(rate); });

    for (QDoubleSpinBox *box : {m_startW, m_startB}) {
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setKeyboardTracking(false);
    }
    m_startW->setAccessibleName(tr("Start weight w"));
    m_startW->setToolTip(tr("The weight both trainings start from"));
    m_startW->setRange(TrainingPanel::kMinW, TrainingPanel::kMaxW);
    m_startB->setAccessibleName(tr("Start bias b"));
    m_startB->setToolTip(tr("The bias both trainings start from"));
    m_startB->setRange(TrainingPanel::kMinB, TrainingPanel::kMaxB);
    const auto setStart = [this] { m_training->setStart({m_startW->value(), m_startB->value()}); };
    connect(m_startW, &QDoubleSpinBox::valueChanged, this, setStart);
    connect(m_startB, &QDoubleSpinBox::valueChanged, this, setStart);

    m_run->setCheckable(true);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Iterations per frame while running"));
    m_speed->addItem(tr("Slow"), kSlowIterations);
    m_speed->addItem(tr("Medium"), kMediumIterations);
    m_speed->addItem(tr("Fast"), kFastIterations);
    m_speed->setCurrentIndex(1);
    m_iteration->setAccessibleName(tr("Iteration"));
    m_iteration->setMinimumWidth(m_iteration->fontMetrics().horizontalAdvance(tr("iteration %1").arg(100000)) + 8);

    m_timer->setInterval(16); // a frame
    connect(m_timer, &ClockTimer::timeout, this, &TrainingLab::advance);
    connect(m_step, &QPushButton::clicked, this, [this] { m_training->step(1); });
    connect(m_run, &QPushButton::toggled, this, &TrainingLab::setRunning);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setRunning(false);
        m_training->reset();
    });
    connect(m_training, &TrainingState::changed, this, &TrainingLab::showState);

    auto *data = new QHBoxLayout;
    data->addWidget(buddyLabel(tr("E&xample:"), m_presets));
    data->addWidget(m_presets);
    data->addWidget(m_newData);
    data->addWidget(buddyLabel(tr("Seed:"), m_seed));
    data->addWidget(m_seed);
    data->addSpacing(16);
    data->addWidget(buddyLabel(tr("Start w:"), m_startW));
    data->addWidget(m_startW);
    data->addWidget(buddyLabel(tr("b:"), m_startB));
    data->addWidget(m_startB);
    data->addSpacing(16);
    data->addWidget(buddyLabel(tr("&Learning rate:"), m_learningRate));
    data->addWidget(m_learningRate);
    data->addStretch(1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_step);
    controls->addWidget(m_run);
    controls->addWidget(buddyLabel(tr("Spee&d:"), m_speed));
    controls->addWidget(m_speed);
    controls->addWidget(m_reset);
    controls->addSpacing(16);
    controls->addWidget(m_iteration);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(data);
    layout->addLayout(controls);
    // The plots keep their room (widgets::legibleSize); a window too small for it scrolls.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("trainingScroll"));
    scroll->setAccessibleName(tr("Training plots"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    layout->addWidget(scroll, 1);
    connect(m_panel, &PlotPanel::themeChanged, this, &TrainingLab::fitPanel);

    // Left to right, top to bottom, then the plot (its points are dragged with the mouse).
    const QList<QWidget *> order
        = {m_presets, m_newData, m_seed, m_startW, m_startB, m_learningRate, m_step, m_run, m_speed, m_reset, m_panel};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    showState();
}

TrainingLab::~TrainingLab() = default;

TrainingPanel *TrainingLab::makePanel(const Theme &theme)
{
    auto *panel = new TrainingPanel(m_state, m_training, theme);
    panel->setObjectName(QStringLiteral("training"));
    return panel;
}

bool TrainingLab::isRunning() const
{
    return m_timer->isActive();
}

int TrainingLab::iterationsPerFrame() const
{
    return m_speed->currentData().toInt();
}

void TrainingLab::setRunning(bool running)
{
    if (running && m_training->isAtIterationLimit())
        running = false;
    if (running)
        m_timer->start();
    else
        m_timer->stop();
    const QSignalBlocker blocker(m_run);
    m_run->setChecked(running);
    m_run->setText(running ? tr("Pa&use") : tr("&Run"));
    m_run->setAccessibleName(running ? tr("Pause") : tr("Run"));
}

void TrainingLab::advance()
{
    m_training->step(iterationsPerFrame());
    if (m_training->isAtIterationLimit())
        setRunning(false);
}

void TrainingLab::fitPanel()
{
    m_panel->setMinimumSize(legibleSize(m_panel));
}

void TrainingLab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitPanel();
    QTimer::singleShot(0, this, &TrainingLab::fitPanel); // again with the plots laid out
}

void TrainingLab::hideEvent(QHideEvent *event)
{
    setRunning(false); // nothing to watch: no work behind the other page
    QWidget::hideEvent(event);
}

void TrainingLab::showState()
{
    const TrainingState &t = *m_training;
    {
        const QSignalBlocker blocker(m_presets);
        m_presets->setCurrentIndex(m_presets->findData(t.presetName())); // -1: "Own data"
    }
    {
        const QSignalBlocker blocker(m_learningRate);
        m_learningRate->setValue(t.learningRate());
    }
    {
        const QSignalBlocker blockW(m_startW);
        const QSignalBlocker blockB(m_startB);
        m_startW->setValue(t.start().w);
        m_startB->setValue(t.start().b);
    }
    m_iteration->setText(t.isAtIterationLimit() ? tr("iteration %1 (the limit)").arg(t.iteration())
                                                : tr("iteration %1").arg(t.iteration()));
    m_step->setEnabled(!t.isAtIterationLimit());
}

} // namespace widgets
