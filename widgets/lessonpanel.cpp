#include "lessonpanel.h"

#include "core/preset.h"
#include "model/jsonreader.h"
#include "model/lessonstate.h"
#include "model/refusal.h"
#include "panelcatalog.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace widgets {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

// Where a problem lies, for the messages: "step 3" or "step 3, example".
class Context
{
public:
    explicit Context(QString where)
        : m_where(std::move(where))
    { }
    [[noreturn]] void refuse(const QString &problem) const
    {
        widgets::refuse(m_where + QStringLiteral(": ") + problem);
    }
    const QString &where() const { return m_where; }

private:
    QString m_where;
};

QString text(const QJsonValue &value, const QString &key, const Context &context, bool required = true)
{
    if (value.isUndefined() && !required)
        return {};
    if (value.isUndefined())
        context.refuse(QStringLiteral("no \"%1\"").arg(key));
    if (!value.isString())
        context.refuse(QStringLiteral("\"%1\" must be a string").arg(key));
    const QString s = value.toString();
    if (required && s.trimmed().isEmpty())
        context.refuse(QStringLiteral("\"%1\" is empty").arg(key));
    if (s.size() > kMaxLessonTextLength)
        context.refuse(QStringLiteral("\"%1\" is longer than %2 characters").arg(key).arg(kMaxLessonTextLength));
    return s;
}

double number(const QJsonValue &value, const QString &key, const Context &context)
{
    if (!value.isDouble())
        context.refuse(QStringLiteral("\"%1\" must be a number").arg(key));
    return value.toDouble();
}

// A probability of outcome 1 as the entries (x, 1 - x), or a list of entries.
std::vector<double> entries(const QJsonValue &value, const QString &key, const Context &context)
{
    if (!value.isArray()) {
        const double x = number(value, key, context);
        return {x, 1.0 - x};
    }
    std::vector<double> values;
    for (const QJsonValue &entry : value.toArray())
        values.push_back(number(entry, key, context));
    return values;
}

QStringList outcomeLabels(const QJsonValue &value, const Context &context)
{
    if (!value.isArray())
        context.refuse(QStringLiteral("a list of probabilities needs \"labels\", a list of strings"));
    QStringList labels;
    for (const QJsonValue &label : value.toArray()) {
        if (!label.isString())
            context.refuse(QStringLiteral("every label must be a string"));
        labels << label.toString();
    }
    return labels;
}

// The example's inputs as the lesson's one gate (core::validate) sees them; those it leaves out
// keep their defaults, which pass.
core::LessonInputs exampleInputs(const QJsonObject &object, const Context &context)
{
    core::LessonInputs inputs;
    const QJsonValue p = object.value(QStringLiteral("p"));
    const QJsonValue q = object.value(QStringLiteral("q"));
    if (p.isArray() || q.isArray()) {
        if (!p.isArray() || !q.isArray())
            context.refuse(QStringLiteral("\"p\" and \"q\" must both be numbers or both be lists"));
        inputs.labels = labelsUtf8(outcomeLabels(object.value(QStringLiteral("labels")), context));
    } else if (object.contains(QStringLiteral("labels"))) {
        context.refuse(QStringLiteral("\"labels\" go only with lists of probabilities"));
    }
    if (!p.isUndefined())
        inputs.p = entries(p, QStringLiteral("p"), context);
    if (!q.isUndefined())
        inputs.q = entries(q, QStringLiteral("q"), context);
    const QJsonValue y = object.value(QStringLiteral("y"));
    if (!y.isUndefined())
        inputs.y = number(y, QStringLiteral("y"), context);
    const QJsonValue yhat = object.value(QStringLiteral("yhat"));
    if (!yhat.isUndefined())
        inputs.yhat = number(yhat, QStringLiteral("yhat"), context);
    const QJsonValue unit = object.value(QStringLiteral("unit"));
    if (!unit.isUndefined()) {
        if (!unit.isString())
            context.refuse(QStringLiteral("\"unit\" must be a string"));
        inputs.unit = unit.toString().toStdString();
    }
    if (const auto refusal = core::validate(inputs))
        context.refuse(QString::fromStdString(core::entryName(*refusal) + ": " + core::describe(*refusal)));
    return inputs;
}

LessonExample example(const QJsonValue &value, const Context &stepContext)
{
    const Context context(stepContext.where() + QStringLiteral(", example"));
    if (value.isUndefined())
        stepContext.refuse(QStringLiteral("no \"example\""));
    if (!value.isObject())
        stepContext.refuse(QStringLiteral("\"example\" must be an object"));
    const QJsonObject object = value.toObject();
    const core::LessonInputs inputs = exampleInputs(object, context);

    LessonExample e;
    if (object.value(QStringLiteral("p")).isArray()) {
        e.pDistribution = core::Distribution::fromEntries(inputs.p);
        e.qDistribution = core::Distribution::fromEntries(inputs.q);
        for (const std::string &label : inputs.labels)
            e.labels << QString::fromStdString(label);
    } else {
        if (object.contains(QStringLiteral("p")))
            e.p = inputs.p[0];
        if (object.contains(QStringLiteral("q")))
            e.q = inputs.q[0];
    }
    if (object.contains(QStringLiteral("y")))
        e.y = int(inputs.y);
    if (object.contains(QStringLiteral("yhat")))
        e.yhat = inputs.yhat;
    if (object.contains(QStringLiteral("unit")))
        e.unit = core::parseUnit(inputs.unit);

    e.panel = text(object.value(QStringLiteral("panel")), QStringLiteral("panel"), context);
    if (!panelNames().contains(e.panel))
        context.refuse(QStringLiteral("unknown panel \"%1\"; the panels are %2")
                           .arg(e.panel, panelNames().join(QStringLiteral(", "))));
    e.notice = text(object.value(QStringLiteral("notice")), QStringLiteral("notice"), context, false);
    return e;
}

LessonStep lessonStep(const QJsonValue &value, const Context &context)
{
    if (!value.isObject())
        context.refuse(QStringLiteral("a step must be an object"));
    const QJsonObject object = value.toObject();

    LessonStep step;
    step.id = text(object.value(QStringLiteral("id")), QStringLiteral("id"), context);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (step.id.size() > 64 || !idPattern.match(step.id).hasMatch())
        context.refuse(
            QStringLiteral("the id \"%1\" must be lower-case letters and digits joined by hyphens").arg(step.id));
    step.title = text(object.value(QStringLiteral("title")), QStringLiteral("title"), context);
    step.text = text(object.value(QStringLiteral("text")), QStringLiteral("text"), context);
    step.formula = text(object.value(QStringLiteral("formula")), QStringLiteral("formula"), context, false);
    step.example = example(object.value(QStringLiteral("example")), context);

    const QJsonValue prompts = object.value(QStringLiteral("try"));
    if (!prompts.isUndefined()) {
        if (!prompts.isArray())
            context.refuse(QStringLiteral("\"try\" must be a list of strings"));
        if (prompts.toArray().size() > kMaxTryPrompts)
            context.refuse(QStringLiteral("more than %1 \"try\" prompts").arg(kMaxTryPrompts));
        for (const QJsonValue &prompt : prompts.toArray())
            step.tryThis << text(prompt, QStringLiteral("try"), context);
    }
    return step;
}

} // namespace

std::vector<LessonStep> parseLesson(const QByteArray &json)
{
    if (json.size() > kMaxLessonBytes)
        refuse(QStringLiteral("the lesson is larger than %1 KiB").arg(kMaxLessonBytes / 1024));
    QJsonObject top;
    try {
        top = readJsonObject(json, QStringLiteral("lesson"));
    } catch (const InputError &e) {
        refuse(QString::fromUtf8(e.what()));
    }
    const Context lesson(QStringLiteral("lesson"));
    if (top.value(QStringLiteral("format")) != QJsonValue(QStringLiteral("entropylab-lesson")))
        lesson.refuse(QStringLiteral("\"format\" must be \"entropylab-lesson\""));
    if (top.value(QStringLiteral("version")) != QJsonValue(1))
        lesson.refuse(QStringLiteral("unsupported \"version\" (this app reads version 1)"));
    text(top.value(QStringLiteral("language")), QStringLiteral("language"), lesson, false);

    const QJsonValue steps = top.value(QStringLiteral("steps"));
    if (!steps.isArray())
        lesson.refuse(QStringLiteral("\"steps\" must be an array"));
    const QJsonArray array = steps.toArray();
    if (array.isEmpty())
        lesson.refuse(QStringLiteral("\"steps\" is empty"));
    if (array.size() > kMaxLessonSteps)
        lesson.refuse(QStringLiteral("more than %1 steps").arg(kMaxLessonSteps));

    std::vector<LessonStep> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Context context(QStringLiteral("step %1").arg(i + 1));
        LessonStep step = lessonStep(array.at(i), context);
        if (ids.contains(step.id))
            context.refuse(QStringLiteral("the id \"%1\" is used twice").arg(step.id));
        ids.insert(step.id);
        result.push_back(std::move(step));
    }
    return result;
}

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
            refuse(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        try {
            // One byte past the limit is enough to refuse a file as too large.
            return parseLesson(file.read(kMaxLessonBytes + 1));
        } catch (const std::runtime_error &e) {
            refuse(file.fileName() + QStringLiteral(": ") + QString::fromUtf8(e.what()));
        }
    }
    refuse(QStringLiteral("no built-in lesson"));
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
