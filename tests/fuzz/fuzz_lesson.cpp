// Guided-lesson files (widgets::parseLesson): refused with a std::runtime_error, or steps within
// the documented limits whose examples hold valid probabilities and known panels.
#include "fuzzcheck.h"

#include "core/preset.h"
#include "widgets/model/lessonfile.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/refusal.h"
#include "widgets/model/panelnames.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <stdexcept>

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

void checkText(const QString &s, bool required, const char *what)
{
    FUZZ_CHECK(!required || !s.trimmed().isEmpty(), std::string(what) + " is empty");
    FUZZ_CHECK(s.size() <= widgets::kMaxLessonTextLength, std::string(what) + " too long");
}

void checkProbability(const std::optional<double> &x, const char *what)
{
    FUZZ_CHECK(!x || (std::isfinite(*x) && *x >= 0.0 && *x <= 1.0), std::string(what) + " " + std::to_string(*x));
}

void checkDistribution(const core::Distribution &d, const char *which)
{
    FUZZ_CHECK(d.size() >= core::kMinOutcomes && d.size() <= core::kMaxEditorOutcomes, which);
    long double sum = 0;
    for (const double x : d.probabilities()) {
        FUZZ_CHECK(std::isfinite(x) && x >= 0.0 && x <= 1.0, which + std::to_string(x));
        sum += x;
    }
    FUZZ_CHECK(std::fabs(double(sum - 1.0L)) <= core::kSumTolerance, which + std::to_string(double(sum)));
}

void checkExample(const widgets::LessonExample &e)
{
    checkProbability(e.p, "p");
    checkProbability(e.q, "q");
    checkProbability(e.yhat, "yhat");
    FUZZ_CHECK(e.pDistribution.has_value() == e.qDistribution.has_value(), "p and q lists go together");
    if (e.pDistribution) {
        FUZZ_CHECK(!e.p && !e.q, "numbers and lists at once");
        checkDistribution(*e.pDistribution, "p ");
        checkDistribution(*e.qDistribution, "q ");
        FUZZ_CHECK(e.pDistribution->size() == e.qDistribution->size(), "p and q differ in size");
        FUZZ_CHECK(e.labels.size() == qsizetype(e.pDistribution->size()), "one label per outcome");
        FUZZ_CHECK(!core::labelsProblem(widgets::labelsUtf8(e.labels)), "labels the one rule refuses");
        for (qsizetype i = 0; i < e.labels.size(); ++i) {
            FUZZ_CHECK(!e.labels[i].trimmed().isEmpty(), "an empty label");
            FUZZ_CHECK(e.labels[i].toUtf8().size() <= qsizetype(core::kMaxLabelLength), text(e.labels[i]));
            FUZZ_CHECK(e.labels.indexOf(e.labels[i]) == i, "label " + text(e.labels[i]) + " twice");
        }
    } else {
        FUZZ_CHECK(e.labels.isEmpty(), "labels without lists");
    }
    FUZZ_CHECK(!e.y || *e.y == 0 || *e.y == 1, std::to_string(*e.y));
    FUZZ_CHECK(widgets::panelNames().contains(e.panel), text(e.panel));
    checkText(e.notice, false, "notice");
}

} // namespace

ENTROPYLAB_FUZZ_TARGET(lesson)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<widgets::LessonStep> steps;
    try {
        steps = widgets::parseLesson(json);
    } catch (const std::runtime_error &e) {
        FUZZ_CHECK_MESSAGE(e.what(), false);
        return 0;
    }
    FUZZ_CHECK(size <= std::size_t(widgets::kMaxLessonBytes), "a lesson over the size limit was read");
    FUZZ_CHECK(!steps.empty() && qsizetype(steps.size()) <= widgets::kMaxLessonSteps, std::to_string(steps.size()));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> ids;
    for (const widgets::LessonStep &step : steps) {
        FUZZ_CHECK(step.id.size() <= 64 && idPattern.match(step.id).hasMatch(), text(step.id));
        FUZZ_CHECK(!ids.contains(step.id), "id " + text(step.id) + " twice");
        ids.insert(step.id);
        checkText(step.title, true, "title");
        checkText(step.text, true, "text");
        checkText(step.formula, false, "formula");
        FUZZ_CHECK(step.tryThis.size() <= widgets::kMaxTryPrompts, "too many prompts");
        for (const QString &prompt : step.tryThis)
            checkText(prompt, true, "try");
        checkExample(step.example);
    }
    return 0;
}
