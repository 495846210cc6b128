#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Strict, locale-independent parsing of the numbers users type or pass on the command line.
namespace core {

// What is wrong with a number, so a window can say it in the learner's language.
enum class NumberRule {
    Missing, // nothing but spaces
    NotANumber, // "abc", "0.5x", "+-1", "0,5"
    OutOfRange, // "1e999"
    NotFinite, // "inf", "nan"
    TooManyEntries, // a list longer than kMaxListEntries
};

// The refusal: what() is one line of English ("entry 2: \"0.3x\" is not a number"); rule(),
// shown() (the text as core::quotedForMessage quotes it, empty for Missing and TooManyEntries)
// and entry() (1-based within a list, 0 outside one) say the same for a translation.
class ParseError : public std::invalid_argument
{
public:
    ParseError(NumberRule rule, std::string shown, std::size_t entry = 0);

    NumberRule rule() const { return m_rule; }
    const std::string &shown() const { return m_shown; }
    std::size_t entry() const { return m_entry; }

private:
    NumberRule m_rule;
    std::string m_shown;
    std::size_t m_entry;
};

// Most outcomes a list may have; longer input is refused rather than allocated.
inline constexpr std::size_t kMaxListEntries = 100000;

// `text` without the spaces and tabs around it.
std::string_view trimmed(std::string_view text);

// One finite decimal number such as "0.3", "-2", "1e-10" (surrounding spaces allowed). Throws
// ParseError for empty text, trailing junk ("0.5x", "0,5"), NaN, infinity or overflow ("1e999").
double parseNumber(std::string_view text);

// A comma-separated list of such numbers ("0.2, 0.3,0.5"). The error names the entry (1-based).
std::vector<double> parseNumberList(std::string_view text);

// What "--p 0.3" and "--p 0.2,0.3,0.5" say: one number, or a list of them.
struct NumberOrList
{
    std::vector<double> values; // the one number, or the list's entries
    bool isList = false;
};

// Whether `text` is written as a list: it holds a comma ("0.2,0.8", and also "0,5", "0.5,").
bool isNumberList(std::string_view text);

// The one reading of "one number or a comma list": parseNumberList when isNumberList(text), else
// parseNumber. Throws their ParseError; a list with one entry ("0.5,") is refused as entry 2.
NumberOrList parseNumberOrList(std::string_view text);

// "0,3" reads as the list (0, 3), but in a locale with a decimal comma it is the number 0.3. When
// `text` looks like that (two entries: a lone 0 and then digits only, spaces around allowed) this
// is the number it would be with a decimal point ("0.3"); otherwise nothing.
std::optional<std::string> decimalCommaReading(std::string_view text);

// When decimalCommaReading(text) has a reading, the sentence that refuses the text as two entries
// and suggests it ("\"0,3\" is two entries; did you mean 0.3? use a decimal point"); otherwise nothing.
std::optional<std::string> decimalCommaRefusal(std::string_view text);

// Shortest decimal text that reads back as the same double ("0.1", "1e-300"); "inf" / "-inf".
std::string formatRoundTrip(double value);

} // namespace core
