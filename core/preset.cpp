#include "preset.h"

#include "numberparse.h"
#include "outcomelabel.h"
#include "utf8.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace core {

namespace {

constexpr std::size_t kMaxNameLength = 80;
constexpr std::size_t kMaxDescriptionLength = 300;

[[noreturn]] void fail(std::size_t line, const std::string &message)
{
    throw PresetError("line " + std::to_string(line) + ": " + message);
}

// "1 outcome", "3 outcomes"; "1 entry", "3 entries".
std::string counted(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// ---- Encoding ----------------------------------------------------------------------------------

std::string codePointName(unsigned codePoint)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", codePoint);
    return buffer;
}

// Control characters would garble the editor and messages; tab is spacing, CR only ends a line.
void checkControl(std::string_view text, std::size_t i, std::size_t line)
{
    const auto c = static_cast<unsigned char>(text[i]);
    const unsigned next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
    if (c == 0)
        fail(line, "contains a NUL byte; a preset is UTF-8 text (is this file UTF-16 or binary?)");
    const bool endsLine = c == '\r' && (next == '\n' || i + 1 == text.size());
    if ((c < 0x20 && c != '\t' && c != '\n' && !endsLine) || c == 0x7F)
        fail(line, "contains the control character " + codePointName(c));
    // C2 80..C2 9F encode the C1 controls U+0080..U+009F.
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
        fail(line, "contains the control character " + codePointName(next));
}

// Refuses text that is not clean UTF-8, naming the line of the first bad byte.
void checkEncoding(std::string_view text)
{
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        checkControl(text, i, line);
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            fail(line, "invalid UTF-8; save the preset as UTF-8");
        if (text[i] == '\n')
            ++line;
        i += length;
    }
}

// The text without a UTF-8 byte-order mark; refuses anything too large or UTF-16.
std::string_view checkedText(std::string_view text)
{
    if (text.size() > kMaxPresetBytes)
        throw PresetError("the preset is " + std::to_string(text.size()) + " bytes; the limit is "
                          + std::to_string(kMaxPresetBytes) + " bytes (64 KiB)");
    // FF FE also starts a UTF-32 LE mark.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw PresetError("line 1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    checkEncoding(text);
    return text;
}

// ---- Lines and keys ----------------------------------------------------------------------------

// A key's value and the line it came from (0: the key was not given).
struct Field
{
    std::string_view value;
    std::size_t line = 0;
    bool given() const { return line != 0; }
};

struct Fields
{
    Field name, description, labels, p, q;
};

Field *fieldFor(Fields &fields, std::string_view key)
{
    if (key == "name")
        return &fields.name;
    if (key == "description")
        return &fields.description;
    if (key == "labels")
        return &fields.labels;
    if (key == "p")
        return &fields.p;
    if (key == "q")
        return &fields.q;
    return nullptr;
}

void readLine(Fields &fields, std::string_view raw, std::size_t line)
{
    if (raw.ends_with('\r'))
        raw.remove_suffix(1);
    const std::string_view text = trimmed(raw);
    if (text.empty() || text.front() == '#')
        return;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos)
        fail(line, "expected \"key: value\" but found no ':' in " + quotedForMessage(text));
    const std::string_view key = trimmed(text.substr(0, colon));
    Field *field = fieldFor(fields, key);
    if (field == nullptr)
        fail(line, "unknown key " + quotedForMessage(key) + " (the keys are name, description, labels, p and q)");
    if (field->given())
        fail(line, "duplicate key " + quotedForMessage(key) + " (first given on line " + std::to_string(field->line) + ")");
    *field = {trimmed(text.substr(colon + 1)), line};
}

Fields readFields(std::string_view text)
{
    Fields fields;
    std::size_t line = 1;
    for (std::size_t start = 0;; ++line) {
        const std::size_t end = text.find('\n', start);
        readLine(fields, text.substr(start, end == std::string_view::npos ? end : end - start), line);
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

void requireKey(const Field &field, const char *key)
{
    if (!field.given())
        throw PresetError(std::string("missing key \"") + key + "\" (a preset needs a \"" + key + ": ...\" line)");
}

// ---- Values ------------------------------------------------------------------------------------

std::string limitedText(const Field &field, const char *key, std::size_t maxLength)
{
    if (field.value.size() > maxLength)
        fail(field.line,
             std::string(key) + " is " + std::to_string(field.value.size()) + " bytes long; the limit is "
                 + std::to_string(maxLength) + " bytes");
    return std::string(field.value);
}

std::vector<double> readWeights(const Field &field, const char *key)
{
    try {
        return parseNumberList(field.value);
    } catch (const ParseError &e) {
        fail(field.line, std::string(key) + ": " + e.what());
    }
}

Distribution toDistribution(const std::vector<double> &weights, const Field &field, const char *key)
{
    try {
        return Distribution::fromEntries(weights, Distribution::Sum::Normalize);
    } catch (const DistributionError &e) {
        fail(field.line, std::string(key) + ": " + e.what());
    }
}

Distribution readQ(const Field &field, std::size_t n)
{
    if (!field.given())
        return Distribution::fromEntries(std::vector<double>(n, 1.0), Distribution::Sum::Normalize);
    return toDistribution(readWeights(field, "q"), field, "q");
}

// Comma-separated and trimmed; defaultLabels(n) when absent. Their rule is validate()'s.
std::vector<std::string> readLabels(const Field &field, std::size_t n)
{
    if (!field.given())
        return defaultLabels(n);
    std::vector<std::string> labels;
    std::size_t start = 0, comma = 0;
    do {
        comma = field.value.find(',', start);
        labels.emplace_back(
            trimmed(field.value.substr(start, comma == std::string_view::npos ? comma : comma - start)));
        start = comma + 1;
    } while (comma != std::string_view::npos);
    return labels;
}

// The one gate of a lesson state (core/lessoninputs.h), said in the words of a preset file.
// Sizes come first in the gate, so entries not yet divided by their sum may ask about them.
void checkInputs(const Fields &fields, std::span<const double> p, std::span<const double> q,
                 const std::vector<std::string> &labels)
{
    LessonInputs inputs;
    inputs.p.assign(p.begin(), p.end());
    inputs.q.assign(q.begin(), q.end());
    inputs.labels = labels;
    const std::optional<InputRefusal> refusal = validate(inputs);
    if (!refusal)
        return;
    const std::size_t n = inputs.p.size();
    switch (refusal->rule) {
    case InputRule::OutcomeCount:
        fail(fields.p.line,
             "p has " + counted(n, "outcome", "outcomes") + "; a preset needs " + std::to_string(kMinOutcomes) + " to "
                 + std::to_string(kMaxEditorOutcomes) + " outcomes");
    case InputRule::CountsDiffer:
        fail(fields.q.line,
             "q has " + counted(refusal->other, "outcome", "outcomes") + " but p has " + std::to_string(n));
    case InputRule::LabelCount:
        fail(fields.labels.line,
             "labels has " + counted(refusal->count, "entry", "entries") + " but p has "
                 + counted(n, "outcome", "outcomes"));
    case InputRule::Label:
    case InputRule::LabelRepeated:
        fail(fields.labels.line, describe(*refusal->label));
    default:
        fail(fields.p.line, entryName(*refusal) + ": " + describe(*refusal));
    }
}

} // namespace

Preset parsePreset(std::string_view text)
{
    const Fields fields = readFields(checkedText(text));
    requireKey(fields.name, "name");
    requireKey(fields.p, "p");
    std::string name = limitedText(fields.name, "name", kMaxNameLength);
    if (name.empty())
        fail(fields.name.line, "name is empty");
    std::string description = limitedText(fields.description, "description", kMaxDescriptionLength);
    const std::vector<double> weights = readWeights(fields.p, "p");
    if (weights.size() < kMinOutcomes)
        checkInputs(fields, weights, weights, {});
    Distribution p = toDistribution(weights, fields.p, "p");
    Distribution q = readQ(fields.q, weights.size());
    std::vector<std::string> labels = readLabels(fields.labels, weights.size());
    checkInputs(fields, p.probabilities(), q.probabilities(), labels);
    return Preset {std::move(name), std::move(description), std::move(labels), std::move(p), std::move(q)};
}

} // namespace core
