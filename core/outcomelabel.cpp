#include "outcomelabel.h"

#include "utf8.h"

#include <cstdio>
#include <unordered_map>

namespace core {

namespace {

std::string codePointName(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

bool inRange(char32_t c, char32_t low, char32_t high)
{
    return c >= low && c <= high;
}

// General category Cc.
bool isControl(char32_t c)
{
    return c < 0x20 || inRange(c, 0x7F, 0x9F);
}

// General category Cf (Unicode 15): invisible characters that change how text around them is
// shaped or ordered, so "a" + U+200B or a right-to-left override would pass for another label.
bool isFormat(char32_t c)
{
    static constexpr char32_t kRanges[][2]
        = {{0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},   {0x070F, 0x070F},
           {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x180E, 0x180E},   {0x200B, 0x200F},   {0x202A, 0x202E},
           {0x2060, 0x2064},   {0x2066, 0x206F},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD},
           {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
           {0xE0020, 0xE007F}};
    for (const auto &range : kRanges) {
        if (inRange(c, range[0], range[1]))
            return true;
    }
    return false;
}

// U+FDD0..U+FDEF and the last two code points of every plane: never assigned, not text.
bool isNoncharacter(char32_t c)
{
    return inRange(c, 0xFDD0, 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

// The property White_Space, less the controls (refused before this is asked).
bool isSpace(char32_t c)
{
    return c == 0x20 || c == 0xA0 || c == 0x1680 || inRange(c, 0x2000, 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

struct LabelFault
{
    LabelRule rule;
    char32_t detail = 0;
};

std::optional<LabelFault> labelFault(std::string_view label)
{
    if (label.empty())
        return LabelFault {LabelRule::Empty};
    if (label.size() > kMaxLabelLength)
        return LabelFault {LabelRule::TooLong, char32_t(label.size())};
    bool allSpace = true;
    char32_t first = 0, last = 0;
    for (std::size_t i = 0; i < label.size();) {
        const std::size_t length = utf8SequenceLength(label, i);
        if (length == 0) {
            // ED A0..BF xx is a surrogate written as UTF-8 (how a lone UTF-16 surrogate arrives).
            const auto byte
                = [&](std::size_t k) { return i + k < label.size() ? static_cast<unsigned char>(label[i + k]) : 0u; };
            if (byte(0) == 0xED && byte(1) >= 0xA0 && byte(1) <= 0xBF && byte(2) >= 0x80 && byte(2) <= 0xBF)
                return LabelFault {LabelRule::LoneSurrogate, 0xD000 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F)};
            return LabelFault {LabelRule::NotUtf8, char32_t(i + 1)};
        }
        const char32_t c = utf8CodePoint(label, i, length);
        if (isControl(c))
            return LabelFault {LabelRule::Control, c};
        if (isFormat(c))
            return LabelFault {LabelRule::Format, c};
        if (c == 0x2028 || c == 0x2029)
            return LabelFault {LabelRule::LineSeparator, c};
        if (isNoncharacter(c))
            return LabelFault {LabelRule::Noncharacter, c};
        if (i == 0)
            first = c;
        last = c;
        allSpace = allSpace && isSpace(c);
        i += length;
    }
    if (allSpace)
        return LabelFault {LabelRule::Blank};
    if (isSpace(first))
        return LabelFault {LabelRule::LeadingSpace, first};
    if (isSpace(last))
        return LabelFault {LabelRule::TrailingSpace, last};
    return std::nullopt;
}

std::string phrase(const LabelFault &fault)
{
    switch (fault.rule) {
    case LabelRule::Empty:
        return "is empty";
    case LabelRule::TooLong:
        return "is " + std::to_string(fault.detail) + " bytes of UTF-8; the limit is " + std::to_string(kMaxLabelLength)
            + " bytes";
    case LabelRule::LoneSurrogate:
        return "holds a lone surrogate " + codePointName(fault.detail);
    case LabelRule::NotUtf8:
        return "is not valid UTF-8 (byte " + std::to_string(fault.detail) + ")";
    case LabelRule::Control:
        return "holds the control character " + codePointName(fault.detail);
    case LabelRule::Format:
        return "holds the invisible format character " + codePointName(fault.detail);
    case LabelRule::LineSeparator:
        return "holds the line separator " + codePointName(fault.detail);
    case LabelRule::Noncharacter:
        return "holds the noncharacter " + codePointName(fault.detail);
    case LabelRule::Blank:
        return "is blank";
    case LabelRule::LeadingSpace:
        return "begins with the space " + codePointName(fault.detail);
    case LabelRule::TrailingSpace:
        return "ends with the space " + codePointName(fault.detail);
    case LabelRule::Repeated:
        break;
    }
    return {};
}

} // namespace

std::optional<std::string> labelProblem(std::string_view label)
{
    if (const auto fault = labelFault(label))
        return phrase(*fault);
    return std::nullopt;
}

std::optional<LabelProblem> labelsProblem(std::span<const std::string> labels)
{
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (const auto fault = labelFault(labels[i]))
            return LabelProblem {i, std::nullopt, phrase(*fault), fault->rule, fault->detail};
        const auto [where, fresh] = seen.emplace(labels[i], i);
        if (!fresh)
            return LabelProblem {i, where->second, quotedForMessage(labels[i]) + " names two outcomes", LabelRule::Repeated};
    }
    return std::nullopt;
}

std::string describe(const LabelProblem &problem)
{
    if (problem.sameAs)
        return "labels " + std::to_string(*problem.sameAs + 1) + " and " + std::to_string(problem.index + 1)
            + " are the same: " + problem.message;
    return "label " + std::to_string(problem.index + 1) + " " + problem.message;
}

void validateLabels(std::span<const std::string> labels)
{
    if (const auto problem = labelsProblem(labels))
        throw LabelError(describe(*problem));
}

} // namespace core
