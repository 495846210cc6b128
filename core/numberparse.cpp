#include "numberparse.h"

#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace core {

namespace {

std::string describe(NumberRule rule, const std::string &shown)
{
    switch (rule) {
    case NumberRule::Missing:
        return "no number given";
    case NumberRule::NotANumber:
        return shown + " is not a number";
    case NumberRule::OutOfRange:
        return shown + " is out of range";
    case NumberRule::NotFinite:
        return shown + " is not a finite number";
    case NumberRule::TooManyEntries:
        return "has more than " + std::to_string(kMaxListEntries) + " entries";
    }
    return shown;
}

std::string entryPrefix(std::size_t entry)
{
    return entry == 0 ? std::string() : "entry " + std::to_string(entry) + ": ";
}

} // namespace

ParseError::ParseError(NumberRule rule, std::string shown, std::size_t entry)
    : std::invalid_argument(entryPrefix(entry) + describe(rule, shown))
    , m_rule(rule)
    , m_shown(std::move(shown))
    , m_entry(entry)
{ }

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

double parseNumber(std::string_view text)
{
    const std::string_view number = trimmed(text);
    if (number.empty())
        throw ParseError(NumberRule::Missing, {});
    // from_chars takes no leading '+'; users do type it.
    const std::string_view digits = number.front() == '+' ? number.substr(1) : number;
    if (digits.size() != number.size() && !digits.empty() && (digits.front() == '-' || digits.front() == '+'))
        throw ParseError(NumberRule::NotANumber, quotedForMessage(number)); // "+-1" has one sign too many
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc::result_out_of_range)
        throw ParseError(NumberRule::OutOfRange, quotedForMessage(number));
    if (error != std::errc() || end != digits.data() + digits.size() || digits.empty())
        throw ParseError(NumberRule::NotANumber, quotedForMessage(number));
    if (!std::isfinite(value))
        throw ParseError(NumberRule::NotFinite, quotedForMessage(number));
    return value;
}

std::vector<double> parseNumberList(std::string_view text)
{
    std::vector<double> values;
    std::size_t start = 0;
    while (true) {
        if (values.size() >= kMaxListEntries)
            throw ParseError(NumberRule::TooManyEntries, {});
        const std::size_t comma = text.find(',', start);
        const std::string_view item = text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
        try {
            values.push_back(parseNumber(item));
        } catch (const ParseError &e) {
            throw ParseError(e.rule(), e.shown(), values.size() + 1);
        }
        if (comma == std::string_view::npos)
            return values;
        start = comma + 1;
    }
}

bool isNumberList(std::string_view text)
{
    return text.find(',') != std::string_view::npos;
}

NumberOrList parseNumberOrList(std::string_view text)
{
    if (isNumberList(text))
        return {parseNumberList(text), true};
    return {{parseNumber(text)}, false};
}

std::optional<std::string> decimalCommaReading(std::string_view text)
{
    text = trimmed(text);
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    const std::string_view whole = trimmed(text.substr(0, comma));
    const std::string_view fraction = trimmed(text.substr(comma + 1));
    const bool digits = !fraction.empty()
        && std::all_of(fraction.begin(), fraction.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (whole != "0" || !digits)
        return std::nullopt;
    return "0." + std::string(fraction);
}

std::optional<std::string> decimalCommaRefusal(std::string_view text)
{
    const std::optional<std::string> number = decimalCommaReading(text);
    if (!number)
        return std::nullopt;
    // The text is a 0, a comma, digits and blanks: safe to echo as it is. Appended piece by piece:
    // "\"" + text makes GCC 12 warn of an overlapping copy that is not there (-Wrestrict).
    std::string refusal = "\"";
    refusal += text;
    refusal += "\" is two entries; did you mean " + *number + "? use a decimal point";
    return refusal;
}

std::string formatRoundTrip(double value)
{
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (std::isnan(value))
        return "nan";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace core
