#pragma once

#include "core/distribution.h"
#include "core/units.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The guided lesson's file format, read below the window (the fuzzers read it without widgets).
namespace widgets {

// What "Show me" does for one step: the inputs it sets (a field left empty keeps its current
// value) and the plot panel that shows the point, by the names of panelNames().
struct LessonExample
{
    // The two-outcome lesson: P(outcome 1) under the truth and under the model, each in [0, 1].
    std::optional<double> p;
    std::optional<double> q;
    // Many outcomes instead: both distributions and one label per outcome, all or none of them.
    std::optional<core::Distribution> pDistribution;
    std::optional<core::Distribution> qDistribution;
    QStringList labels;
    std::optional<int> y; // 0 or 1
    std::optional<double> yhat; // in [0, 1]
    std::optional<core::Unit> unit;
    QString panel;
    // One sentence (rich text) on what to notice once the example is shown; may be empty.
    QString notice;
};

// One step of the guided lesson. The texts are rich text from the lesson file, never from code.
struct LessonStep
{
    QString id; // the same in every language
    QString title;
    QString text;
    QString formula; // may be empty
    LessonExample example;
    QStringList tryThis; // "Try this" prompts for self-study
};

// Limits of a lesson file; parseLesson() refuses anything beyond them.
inline constexpr qsizetype kMaxLessonBytes = 256 * 1024;
inline constexpr qsizetype kMaxLessonSteps = 50;
inline constexpr qsizetype kMaxLessonTextLength = 4000; // characters in any one text
inline constexpr qsizetype kMaxTryPrompts = 5;

// Reads a lesson in the JSON format of resources/lessons/*.json: an object with "format":
// "entropylab-lesson", "version": 1, an optional "language" and 1 to 50 "steps", each with a
// unique "id", a "title", a "text", an optional "formula", an "example" and a "try" list. The file
// follows the one JSON policy (widgets/model/jsonreader.h: UTF-8, a repeated key refused, an unknown
// key ignored); an example's inputs pass the lesson's one gate (core::validate: "step 2, example:
// p: entry 1 (1.5) is greater than 1"). Wrong types, unknown panels, over-long texts and inputs
// over 256 KiB throw std::runtime_error naming the problem (and the step, counted from 1).
std::vector<LessonStep> parseLesson(const QByteArray &json);

} // namespace widgets
