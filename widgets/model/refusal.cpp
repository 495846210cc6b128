#include "refusal.h"

#include "core/distributionedit.h"
#include "core/numberparse.h"

#include <QCoreApplication>

#include <cmath>

namespace widgets {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("widgets::InputRefusal", text);
}

QString number(double x)
{
    return QString::fromStdString(core::formatRoundTrip(x));
}

QString path(const QString &where, const core::InputRefusal &refusal)
{
    const QString entry = QString::fromStdString(core::entryName(refusal));
    return where.isEmpty() ? entry : where + u'.' + entry;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

// "the label is empty": core::labelProblem's phrase after "the label".
QString labelSentence(const core::LabelProblem &problem)
{
    using core::LabelRule;
    switch (problem.rule) {
    case LabelRule::Empty:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label is empty"));
    case LabelRule::TooLong:
        return translated(
                   QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label is %1 bytes of UTF-8; the limit is %2 bytes"))
            .arg(problem.detail)
            .arg(core::kMaxLabelLength);
    case LabelRule::LoneSurrogate:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label holds a lone surrogate %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::NotUtf8:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label is not valid UTF-8 (byte %1)"))
            .arg(problem.detail);
    case LabelRule::Control:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label holds the control character %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::Format:
        return translated(
                   QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label holds the invisible format character %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::LineSeparator:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label holds the line separator %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::Noncharacter:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label holds the noncharacter %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::Blank:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label is blank"));
    case LabelRule::LeadingSpace:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label begins with the space %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::TrailingSpace:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the label ends with the space %1"))
            .arg(codePoint(problem.detail));
    case LabelRule::Repeated:
        break;
    }
    return QString::fromStdString("the label " + problem.message);
}

// "labels[0]", or "state.labels[0]" under `where`.
QString labelPath(const QString &where, std::size_t index)
{
    const QString entry = QStringLiteral("labels[%1]").arg(index);
    return where.isEmpty() ? entry : where + u'.' + entry;
}

// The sentence after the key; the same English as core::describe, but an earlier label's key
// under `where` too.
QString sentence(const core::InputRefusal &r, const QString &where)
{
    using core::InputRule;
    const QString index = r.index ? QString::number(*r.index + 1) : QString();
    switch (r.rule) {
    case InputRule::OutcomeCount:
        return (r.count == 1
                    ? translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 entry; a lesson has %2 to %3 outcomes"))
                    : translated(
                        QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 entries; a lesson has %2 to %3 outcomes")))
            .arg(r.count)
            .arg(core::kMinOutcomes)
            .arg(core::kMaxEditorOutcomes);
    case InputRule::CountsDiffer:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 entries, but q has %2"))
            .arg(r.count)
            .arg(r.other);
    case InputRule::LabelCount:
        return (r.count == 1
                    ? translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 label, but p has %2 entries"))
                    : translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 labels, but p has %2 entries")))
            .arg(r.count)
            .arg(r.other);
    case InputRule::LockCount:
        return (r.count == 1 ? translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 entry, but p has %2"))
                             : translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 entries, but p has %2")))
            .arg(r.count)
            .arg(r.other);
    case InputRule::EntryNotFinite:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "entry %1 (%2) is not a finite number"))
            .arg(index, number(r.value));
    case InputRule::EntryNegative:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "entry %1 (%2) is negative"))
            .arg(index, number(r.value));
    case InputRule::EntryAboveOne:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "entry %1 (%2) is greater than 1"))
            .arg(index, number(r.value));
    case InputRule::SumNotOne:
        if (!(r.value > 0.0) || !std::isfinite(r.value))
            return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal",
                                                "the entries sum to %1; they need a positive, finite sum"))
                .arg(number(r.value));
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "the entries sum to %1, not 1"))
            .arg(number(r.value));
    case InputRule::Label:
        return labelSentence(*r.label);
    case InputRule::LabelRepeated:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "\"%1\" names two outcomes (also %2)"))
            .arg(QString::fromStdString(r.text), labelPath(where, r.other));
    case InputRule::Focus:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is not an outcome (0 to %2)"))
            .arg(number(r.value))
            .arg(r.count - 1);
    case InputRule::Y:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is not 0 or 1")).arg(number(r.value));
    case InputRule::Yhat:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is outside [0, 1]")).arg(number(r.value));
    case InputRule::Unit: {
        // The quoting (shortened, controls shown as '?') is core's.
        const std::string english = core::describe(r);
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is not a unit (bits, nats, bans or hartleys)"))
            .arg(QString::fromStdString(english.substr(0, english.rfind(" is not a unit"))));
    }
    }
    return QString::fromStdString(core::describe(r));
}

} // namespace

std::string labelUtf8(const QString &label)
{
    std::string bytes;
    for (qsizetype i = 0; i < label.size(); ++i) {
        char32_t c = label[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < label.size() && label[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(label[i].unicode(), label[i + 1].unicode());
            ++i;
        }
        if (c < 0x80) {
            bytes += char(c);
        } else if (c < 0x800) {
            bytes += char(0xC0 | c >> 6);
            bytes += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            bytes += char(0xE0 | c >> 12);
            bytes += char(0x80 | (c >> 6 & 0x3F));
            bytes += char(0x80 | (c & 0x3F));
        } else {
            bytes += char(0xF0 | c >> 18);
            bytes += char(0x80 | (c >> 12 & 0x3F));
            bytes += char(0x80 | (c >> 6 & 0x3F));
            bytes += char(0x80 | (c & 0x3F));
        }
    }
    return bytes;
}

std::vector<std::string> labelsUtf8(const QStringList &labels)
{
    std::vector<std::string> bytes;
    bytes.reserve(std::size_t(labels.size()));
    for (const QString &label : labels)
        bytes.push_back(labelUtf8(label));
    return bytes;
}

QString refusalText(const core::InputRefusal &refusal, const QString &where)
{
    return path(where, refusal) + QStringLiteral(": ") + sentence(refusal, where);
}

namespace {

// core::describe after the key path, with an earlier label's key under `where` too.
std::string englishText(const core::InputRefusal &refusal, const QString &where, const QString &file)
{
    QString sentence = QString::fromStdString(core::describe(refusal));
    if (refusal.rule == core::InputRule::LabelRepeated && !where.isEmpty())
        sentence.replace(QStringLiteral("(also labels["),
                         QStringLiteral("(also ") + where + QStringLiteral(".labels["));
    return ((file.isEmpty() ? QString() : file + QStringLiteral(": ")) + path(where, refusal) + QStringLiteral(": ")
            + sentence)
        .toStdString();
}

} // namespace

InputError::InputError(const core::InputRefusal &refusal, const QString &where, const QString &file)
    : std::runtime_error(englishText(refusal, where, file))
    , m_refusal(refusal)
    , m_where(where)
    , m_file(file)
{ }

QString numberRefusalText(const core::ParseError &error)
{
    using core::NumberRule;
    const QString shown = QString::fromStdString(error.shown());
    QString sentence;
    switch (error.rule()) {
    case NumberRule::Missing:
        sentence = translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "no number given"));
        break;
    case NumberRule::NotANumber:
        sentence = translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is not a number")).arg(shown);
        break;
    case NumberRule::OutOfRange:
        sentence = translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is out of range")).arg(shown);
        break;
    case NumberRule::NotFinite:
        sentence = translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "%1 is not a finite number")).arg(shown);
        break;
    case NumberRule::TooManyEntries:
        sentence = translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "has more than %1 entries"))
                       .arg(core::kMaxListEntries);
        break;
    }
    if (error.entry() == 0)
        return sentence;
    return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "entry %1: %2")).arg(error.entry()).arg(sentence);
}

QString editRefusalText(const core::EditError &error)
{
    using core::EditRule;
    // Six characters, as the English has always shown the sums ("0.7000").
    const auto six = [](double x) { return QString::number(x, 'f', 6).left(6); };
    switch (error.rule()) {
    case EditRule::NoSuchOutcome:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "there is no outcome %1")).arg(error.outcome() + 1);
    case EditRule::NotAProbability:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "a probability lies between 0 and 1"));
    case EditRule::Locked:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "this outcome is locked; unlock it to change it"));
    case EditRule::NoRoom:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal",
                                            "the locked outcomes already hold %1; at most %2 is left"))
            .arg(six(error.lockedSum()), six(error.room()));
    case EditRule::OthersLocked:
        return translated(
            QT_TRANSLATE_NOOP("widgets::InputRefusal", "every other outcome is locked; unlock one to make room"));
    case EditRule::NothingToGive:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal",
                                            "the unlocked outcomes hold nothing to give the new one; unlock one first"));
    case EditRule::TooFewOutcomes:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal", "a distribution needs at least two outcomes"));
    case EditRule::RestLocked:
        return translated(QT_TRANSLATE_NOOP("widgets::InputRefusal",
                                            "the other outcomes are all locked; unlock one to take this one's share"));
    }
    return QString::fromUtf8(error.what());
}

QString errorText(const std::exception &error)
{
    if (const auto *number = dynamic_cast<const core::ParseError *>(&error))
        return numberRefusalText(*number);
    if (const auto *edit = dynamic_cast<const core::EditError *>(&error))
        return editRefusalText(*edit);
    const auto *input = dynamic_cast<const InputError *>(&error);
    if (!input || !input->refusal())
        return QString::fromUtf8(error.what());
    const QString text = refusalText(*input->refusal(), input->where());
    return input->file().isEmpty() ? text : input->file() + QStringLiteral(": ") + text;
}

} // namespace widgets
