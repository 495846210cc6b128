#include "distributioneditor.h"

#include "core/contrast.h"

#include "clock.h"
#include "distributionpanel.h"
#include "model/lessonstate.h"
#include "outcometable.h"
#include "panelcatalog.h"
#include "presetlibrary.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace widgets {

namespace {

QToolButton *button(const QString &text, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

DistributionEditor::DistributionEditor(LessonState *state, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_presets(new QComboBox)
    , m_message(new QLabel)
    , m_messageTimer(new ClockTimer(this))
    , m_bars(makeBars(theme))
    , m_table(new OutcomeTable(state))
{
    m_presets->setAccessibleName(tr("Preset"));
    m_presets->addItem(tr("Load a preset…"));
    for (const core::Preset &preset : builtInPresets()) {
        m_presets->addItem(QString::fromStdString(preset.name));
        m_presets->setItemData(m_presets->count() - 1, QString::fromStdString(preset.description), Qt::ToolTipRole);
    }
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadPreset(index - 1);
        m_presets->setCurrentIndex(0);
    });

    auto *uniformP = button(tr("Uniform p"), tr("Every outcome equally likely under p"));
    auto *uniformQ = button(tr("Uniform q"), tr("Every outcome equally likely under q"));
    auto *copy = button(tr("Copy p → q"), tr("The model becomes the truth: D(p‖q) = 0"));
    auto *swap = button(tr("Swap p ↔ q"), tr("Exchange the truth and the model: D(p‖q) becomes D(q‖p)"));
    auto *add = button(tr("Add outcome"), tr("A new outcome, its share taken from the unlocked ones"));
    auto *remove = button(tr("Remove outcome"), tr("Removes the selected outcome (click its bars to select it)"));
    connect(uniformP, &QToolButton::clicked, this, [this] { m_state->makeUniform(LessonState::Which::P); });
    connect(uniformQ, &QToolButton::clicked, this, [this] { m_state->makeUniform(LessonState::Which::Q); });
    connect(copy, &QToolButton::clicked, m_state, &LessonState::copyPToQ);
    connect(swap, &QToolButton::clicked, m_state, &LessonState::swapPAndQ);
    connect(add, &QToolButton::clicked, this, [this] { run(m_state->addOutcome()); });
    connect(remove, &QToolButton::clicked, this, [this] { run(m_state->removeOutcome(m_state->focusOutcome())); });

    auto *tools = new QGridLayout;
    tools->addWidget(m_presets, 0, 0, 1, 2);
    tools->addWidget(add, 0, 2);
    tools->addWidget(remove, 0, 3);
    tools->addWidget(uniformP, 1, 0);
    tools->addWidget(uniformQ, 1, 1);
    tools->addWidget(copy, 1, 2);
    tools->addWidget(swap, 1, 3);
    tools->setColumnStretch(4, 1);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Edit message"));
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &ClockTimer::timeout, m_message, &QLabel::clear);
    connect(m_table, &OutcomeTable::editRefused, this, &DistributionEditor::showRefusal);

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_bars);
    split->addWidget(m_table);
    split->setSizes({600, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
}

DistributionPanel *DistributionEditor::makeBars(const Theme &theme)
{
    auto *bars = qobject_cast<DistributionPanel *>(createPanel(QStringLiteral("distribution"), m_state, theme));
    connect(bars, &DistributionPanel::editRefused, this, &DistributionEditor::showRefusal);
    return bars;
}

QString DistributionEditor::message() const
{
    return m_message->text();
}

void DistributionEditor::showRefusal(const QString &reason)
{
    // A deep vermillion, lighter on a dark window: 4.5:1 against the window of the theme shown now.
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, Theme::withContrast(QColor(0xA0, 0x30, 0x00),
                                                               {warning.color(QPalette::Window)}, core::kTextContrast));
    m_message->setPalette(warning);
    m_message->setText(tr("Not changed: %1.").arg(reason));
    m_messageTimer->start();
}

void DistributionEditor::run(const std::optional<QString> &refusal)
{
    if (refusal)
        showRefusal(*refusal);
    else
        m_message->clear();
}

void DistributionEditor::loadPreset(int index)
{
    const auto &presets = builtInPresets();
    if (index < 0 || index >= int(presets.size()))
        return;
    const core::Preset &preset = presets[std::size_t(index)];
    QStringList labels;
    for (const std::string &label : preset.labels)
        labels << QString::fromStdString(label);
    run(m_state->setDistributions(preset.p, preset.q, labels));
}

} // namespace widgets
