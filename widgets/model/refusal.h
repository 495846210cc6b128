#pragma once

#include "core/lessoninputs.h"

namespace core {
class EditError;
class ParseError;
} // namespace core

#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

// Refusals of the lesson's one gate (core::validate) as the window shows them: in the learner's
// language. Readers throw an InputError that keeps the refusal; a dialog shows errorText(e).
namespace widgets {

// A label held as a QString in UTF-8 for core::labelsProblem. A lone UTF-16 surrogate becomes the
// three bytes it would take in UTF-8, which the rule refuses, instead of a replacement character.
std::string labelUtf8(const QString &label);
std::vector<std::string> labelsUtf8(const QStringList &labels);

// The refusal as one sentence in the language of the installed translator, after `where` (a key
// path such as "state" or "bookmarks[2].state"; empty for none): "state.q: the entries sum to 0.9,
// not 1". Without a translator it is core::describe's English, word for word.
QString refusalText(const core::InputRefusal &refusal, const QString &where = {});

// A reader's refusal: what() in English for logs and the command line, and the gate's refusal, when
// that was the reason, for refusalText().
class InputError : public std::runtime_error
{
public:
    explicit InputError(const std::string &message)
        : std::runtime_error(message)
    { }
    InputError(const core::InputRefusal &refusal, const QString &where, const QString &file = {});

    const std::optional<core::InputRefusal> &refusal() const { return m_refusal; }
    const QString &where() const { return m_where; }
    // The file name put before the problem ("lecture.json: ..."); empty for none.
    const QString &file() const { return m_file; }

private:
    std::optional<core::InputRefusal> m_refusal;
    QString m_where;
    QString m_file;
};

// A number or an edit of the distribution editor refused, in the learner's language; without a
// translator, the error's what() word for word.
QString numberRefusalText(const core::ParseError &error);
QString editRefusalText(const core::EditError &error);

// What a dialog shows for `error`: refusalText() (with the file name before it) for an InputError
// that carries a refusal, numberRefusalText() and editRefusalText() for those errors, else what()
// as UTF-8.
QString errorText(const std::exception &error);

} // namespace widgets
