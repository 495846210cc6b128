#include "lessonfile.h"

#include "jsonreader.h"
#include "lessonstate.h"
#include "panelnames.h"
#include "refusal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

} // namespace widgets
