// The command-line number parsers: core::parseNumber, core::parseNumberList, app::parseOptionNumber
// and app::splitOptions. A number read is finite and reads back bit-exact from formatRoundTrip; a list
// is its entries read one by one; the option parser agrees with parseNumber.
#include "fuzzcheck.h"

#include "app/commandoptions.h"
#include "core/numberparse.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

std::optional<double> number(std::string_view text)
{
    try {
        return core::parseNumber(text);
    } catch (const core::ParseError &e) {
        FUZZ_CHECK(std::strlen(e.what()) > 0, "an empty error message");
        return std::nullopt;
    }
}

void checkNumber(std::string_view text)
{
    const std::optional<double> value = number(text);
    if (!value)
        return;
    FUZZ_CHECK(std::isfinite(*value), std::string(text));
    const std::string written = core::formatRoundTrip(*value);
    const std::optional<double> back = number(written);
    FUZZ_CHECK(back && sameBits(*back, *value), std::string(text) + " -> " + written);
}

void checkList(std::string_view text)
{
    std::vector<double> values;
    try {
        values = core::parseNumberList(text);
    } catch (const core::ParseError &e) {
        FUZZ_CHECK(std::strlen(e.what()) > 0, "an empty error message");
        return;
    }
    FUZZ_CHECK(!values.empty() && values.size() <= core::kMaxListEntries, std::to_string(values.size()));
    FUZZ_CHECK(values.size() == std::size_t(std::count(text.begin(), text.end(), ',')) + 1, std::string(text));
    std::size_t start = 0;
    for (const double value : values) {
        const std::size_t comma = text.find(',', start);
        const std::string_view item = text.substr(start, comma == std::string_view::npos ? comma : comma - start);
        const std::optional<double> single = number(item);
        FUZZ_CHECK(std::isfinite(value) && single && sameBits(*single, value), std::string(item));
        start = comma + 1;
    }
}

void checkOption(const std::string &text)
{
    const std::optional<double> expected = number(text);
    try {
        const double value = app::parseOptionNumber("--p", text);
        FUZZ_CHECK(expected && sameBits(value, *expected), text);
    } catch (const app::UsageError &e) {
        FUZZ_CHECK(!expected, text);
        FUZZ_CHECK(std::string_view(e.what()).starts_with("--p: "), e.what());
    }
}

// The input's lines as a command line.
void checkSplit(std::string_view text)
{
    std::vector<std::string> args;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        args.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    const std::vector<std::string> values {"--p", "--q", "--yhat", "--unit"};
    const std::vector<std::string> flags {"--json", "--help"};
    std::map<std::string, std::string> options;
    try {
        options = app::splitOptions(args, values, flags, "compute");
    } catch (const app::UsageError &e) {
        FUZZ_CHECK(std::strlen(e.what()) > 0, "an empty error message");
        return;
    }
    FUZZ_CHECK(options.size() <= args.size(), "more options than arguments");
    for (const auto &[name, value] : options) {
        const bool isFlag = std::find(flags.begin(), flags.end(), name) != flags.end();
        const bool isValue = std::find(values.begin(), values.end(), name) != values.end();
        FUZZ_CHECK(isFlag || isValue, name);
        FUZZ_CHECK(!isFlag || value.empty(), name + " has a value");
    }
}

} // namespace

ENTROPYLAB_FUZZ_TARGET(numbers)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    checkNumber(text);
    checkList(text);
    checkOption(text);
    checkSplit(text);
    return 0;
}
