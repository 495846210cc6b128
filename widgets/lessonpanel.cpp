#include "lessonpanel.h"

#include "core/preset.h"
#include "model/lessonstate.h"
#include "panelcatalog.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace widgets {

std::vector<LessonStep> builtInLesson(const QString &language)
{
    QStringList candidates;
    // Only names like "en", "zh_CN" or "zh-Hans-CN" become file names.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    if (pattern.match(language).hasMatch()) {
        QString name = language;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        candidates << name << name.section(QLatin1Char('_'), 0, 0);
    }
    candidates << QStringLiteral("en");
    for (const QString &candidate : std::as_const(candidates)) {
        QFile file(QStringLiteral(":/lessons/%1.json").arg(candidate));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()).toStdString());
        try {
            // One byte past the limit is enough to refuse a file as too large.
            return parseLesson(file.read(kMaxLessonBytes + 1));
        } catch (const std::runtime_error &e) {
            throw std::runtime_error(
                (file.fileName() + QStringLiteral(": ") + QString::fromUtf8(e.what())).toStdString());
        }
    }
    throw std::runtime_error("no built-in lesson");
}

LessonPanel::LessonPanel(LessonState *state, QWidget *parent)
    : LessonPanel(state, QStringLiteral("en"), parent)
{ }

LessonPanel::LessonPanel(LessonState *state, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_position(new QLabel)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_formula(new QLabel)
    , m_tryHeading(new QLabel)
    , m_try(new QLabel)
    , m_showMe(new QPushButton)
    , m_notice(new QLabel)
    , m_previous(new QPushButton)
    , m_next(new QPushButton)
{
    // Every text wraps: the dock is narrow and must never scroll sideways.
    for (QLabel *label : {m_position, m_title, m_text, m_formula, m_tryHeading, m_try, m_notice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    for (QLabel *label : {m_text, m_formula, m_try, m_notice})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    QFont headingFont = m_tryHeading->font();
    headingFont.setBold(true);
    m_tryHeading->setFont(headingFont);
    QFont formulaFont = m_formula->font();
    formulaFont.setFamilies(
        {QStringLiteral("Latin Modern Roman"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    formulaFont.setStyleHint(QFont::Serif);
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.4);
    m_formula->setFont(formulaFont);
    m_formula->setAlignment(Qt::AlignCenter);
    m_formula->setContentsMargins(0, 6, 0, 6);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_position);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_formula);
    column->addWidget(m_showMe, 0, Qt::AlignLeft);
    column->addWidget(m_notice);
    column->addSpacing(6);
    column->addWidget(m_tryHeading);
    column->addWidget(m_try);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Lesson step"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    setTabOrder(m_showMe, m_previous);
    setTabOrder(m_previous, m_next);

    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextStep);
    connect(m_showMe, &QPushButton::clicked, this, &LessonPanel::showExample);

    retranslate();
    try {
        m_steps = builtInLesson(language);
        m_current = 0;
    } catch (const std::runtime_error &e) {
        qWarning("lesson: %s", e.what());
    }
    showStep();
}

void LessonPanel::retranslate()
{
    m_tryHeading->setText(tr("Try this"));
    m_showMe->setText(tr("&Show me"));
    m_showMe->setToolTip(tr("Set the lesson to this step's example and bring the plot that shows it into view"));
    m_showMe->setAccessibleName(tr("Show the example"));
    m_previous->setText(tr("&Previous"));
    m_previous->setToolTip(tr("Go back to the previous step"));
    m_previous->setAccessibleName(tr("Previous step"));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("Go on to the next step"));
    m_next->setAccessibleName(tr("Next step"));
    m_title->setAccessibleName(tr("Step title"));
    m_text->setAccessibleName(tr("Lesson text"));
    m_formula->setAccessibleName(tr("Formula"));
    m_try->setAccessibleName(tr("Try this"));
    m_notice->setAccessibleName(tr("What to notice"));
    if (m_current >= 0)
        m_position->setText(tr("Step %1 of %2").arg(m_current + 1).arg(stepCount()));
}

void LessonPanel::showStep()
{
    m_notice->hide();
    if (m_current < 0) {
        m_position->clear();
        m_title->setText(tr("The lesson could not be loaded."));
        for (QLabel *label : {m_text, m_formula, m_try})
            label->clear();
        m_tryHeading->hide();
        for (QPushButton *button : {m_showMe, m_previous, m_next})
            button->setEnabled(false);
        return;
    }
    const LessonStep &s = step(m_current);
    m_position->setText(tr("Step %1 of %2").arg(m_current + 1).arg(stepCount()));
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_formula->setText(s.formula);
    m_formula->setVisible(!s.formula.isEmpty());
    QString prompts;
    for (const QString &prompt : s.tryThis)
        prompts += QStringLiteral("<p>• %1</p>").arg(prompt);
    m_try->setText(prompts);
    m_tryHeading->setVisible(!s.tryThis.isEmpty());
    m_try->setVisible(!s.tryThis.isEmpty());
    m_showMe->setEnabled(true);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current < stepCount() - 1);
}

void LessonPanel::setStep(int index)
{
    if (m_steps.empty())
        return;
    index = std::clamp(index, 0, stepCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    showStep();
    emit stepChanged(m_current);
}

void LessonPanel::setLanguage(const QString &language)
{
    std::vector<LessonStep> steps;
    try {
        steps = builtInLesson(language);
    } catch (const std::runtime_error &e) {
        qWarning("lesson: %s", e.what());
        return;
    }
    const QString id = m_current >= 0 ? step(m_current).id : QString();
    const auto same = std::find_if(steps.begin(), steps.end(), [&](const LessonStep &s) { return s.id == id; });
    const int index = same != steps.end() ? int(same - steps.begin()) : std::clamp(m_current, 0, int(steps.size()) - 1);
    const bool moved = index != m_current;
    m_steps = std::move(steps);
    m_current = index;
    showStep();
    if (moved)
        emit stepChanged(m_current);
}

void LessonPanel::showExample()
{
    if (m_current < 0)
        return;
    const LessonExample &e = step(m_current).example;
    // One snapshot with the example's fields replaced, restored at once: the panels redraw once.
    LessonSnapshot s = m_state->snapshot();
    if (e.pDistribution && e.qDistribution) {
        const int n = int(e.pDistribution->size());
        s.p = *e.pDistribution;
        s.q = *e.qDistribution;
        s.labels = e.labels;
        s.lockedP = s.lockedQ = QVector<bool>(n, false);
        s.focus = 0;
    } else if (e.p || e.q) {
        // Back to the two-outcome lesson, with p and q as the first outcome's probabilities.
        if (s.p.size() != 2) {
            s.labels = snapshotOf(core::LessonInputs {}).labels;
            s.lockedP = s.lockedQ = QVector<bool>(2, false);
        }
        s.p = core::Distribution::binary(e.p.value_or(s.p.binaryX()));
        s.q = core::Distribution::binary(e.q.value_or(s.q.binaryX()));
        s.focus = 0;
    }
    if (e.y)
        s.y = *e.y;
    if (e.yhat)
        s.yhat = *e.yhat;
    if (e.unit)
        s.unit = *e.unit;
    if (const auto refusal = m_state->restore(s)) {
        qWarning("lesson step %s: %s", qPrintable(step(m_current).id), qPrintable(*refusal));
        m_notice->setText(refusal->toHtmlEscaped());
        m_notice->show();
        return;
    }
    m_notice->setText(e.notice);
    m_notice->setVisible(!e.notice.isEmpty());
    emit exampleShown(e.panel);
}

QSize LessonPanel::sizeHint() const
{
    return {340, 560};
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace widgets
