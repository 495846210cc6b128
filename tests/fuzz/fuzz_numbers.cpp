// The command-line number and option parsers, all in core/: parseNumber, parseNumberList,
// parseNumberOrList, parseOptionNumber and parseCommandLine. A number read is finite and reads back
// bit-exact from formatRoundTrip; a list is its entries read one by one; "one number or a list" is a
// list exactly when the text holds a comma; the option parsers agree with parseNumber and keep only
// the command's own options. The text is also read as `compute --logits` reads it, and the softmax of
// what it accepts keeps core/softmax.h's invariants.
#include "fuzzcheck.h"

#include "core/commandline.h"
#include "core/numberparse.h"
#include "core/softmax.h"

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

void checkNumberOrList(std::string_view text)
{
    core::NumberOrList read;
    try {
        read = core::parseNumberOrList(text);
    } catch (const core::ParseError &e) {
        FUZZ_CHECK(std::strlen(e.what()) > 0, "an empty error message");
        return;
    }
    FUZZ_CHECK(read.isList == (text.find(',') != std::string_view::npos), std::string(text));
    FUZZ_CHECK(read.isList || read.values.size() == 1, std::string(text));
    if (!read.isList) {
        const std::optional<double> single = number(text);
        FUZZ_CHECK(single && sameBits(*single, read.values.front()), std::string(text));
    }
}

void checkOption(const std::string &text)
{
    const std::optional<double> expected = number(text);
    try {
        const double value = core::parseOptionNumber("--p", text);
        FUZZ_CHECK(expected && sameBits(value, *expected), text);
    } catch (const core::UsageError &e) {
        FUZZ_CHECK(!expected, text);
        FUZZ_CHECK(std::string_view(e.what()).starts_with("--p: "), e.what());
    }
}

// `compute --logits` reads its text with parseNumberOrList and asks validateLogits: every list of at
// most kMaxLogits numbers is accepted. For those, at three temperatures with a smoothed last class as
// the target: probabilities in [0, 1] summing to 1 and a gradient summing to 0 within 1e-12 (of 1/T),
// log-probabilities <= 0, and a loss that is never NaN, never negative and (when finite, as it is
// unless (max - z_i)/T overflows) equal to H(t) + D(t||s).
void checkLogits(std::string_view text)
{
    core::NumberOrList read;
    try {
        read = core::parseNumberOrList(text);
    } catch (const core::ParseError &) {
        return;
    }
    const std::vector<double> &logits = read.values;
    const std::optional<core::SoftmaxRefusal> refusal = core::validateLogits(logits, 1.0);
    FUZZ_CHECK(!refusal == (logits.size() <= core::kMaxLogits), refusal ? core::describe(*refusal) : "accepted");
    if (refusal)
        return;
    const core::SoftmaxTarget target = core::SoftmaxTarget::oneHot(logits.size() - 1, 0.1);
    for (const double temperature : {1.0, 0.1, 10.0}) {
        const core::SoftmaxLoss loss = core::softmaxLoss(logits, target, temperature, core::Unit::Nats);
        double probabilities = 0.0, gradient = 0.0;
        for (std::size_t i = 0; i < logits.size(); ++i) {
            FUZZ_CHECK(loss.probabilities[i] >= 0.0 && loss.probabilities[i] <= 1.0, std::string(text));
            FUZZ_CHECK(loss.logProbabilities[i] <= 0.0, std::string(text)); // also not NaN
            FUZZ_CHECK(std::isfinite(loss.gradient[i]), std::string(text));
            probabilities += loss.probabilities[i];
            gradient += loss.gradient[i];
        }
        FUZZ_CHECK(std::abs(probabilities - 1.0) <= 1e-12, std::string(text));
        FUZZ_CHECK(std::abs(gradient) * temperature <= 1e-12, std::string(text));
        FUZZ_CHECK(loss.crossEntropy >= 0.0 && loss.divergence >= 0.0, std::string(text)); // also not NaN
        const double split = loss.targetEntropy + loss.divergence;
        FUZZ_CHECK(std::isinf(loss.crossEntropy) ? std::isinf(split)
                                                 : std::abs(loss.crossEntropy - split) <= 1e-12 * std::max(1.0, split),
                   std::string(text));
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
    static const core::CommandSpec command {"compute",
                                            "",
                                            "",
                                            {{"--p", "P", "", "--p is required"},
                                             {"--q", "Q", ""},
                                             {"--yhat", "X", ""},
                                             {"--unit", "U", ""},
                                             {"--json", "", ""}}};
    core::CommandLine options;
    try {
        options = core::parseCommandLine(command, args);
    } catch (const core::UsageError &e) {
        FUZZ_CHECK(std::strlen(e.what()) > 0, "an empty error message");
        return;
    }
    FUZZ_CHECK(options.wantsHelp() || options.count("--p"), "--p is required but missing");
    std::size_t given = 0;
    for (const char *flag : {"--json", "--help", "-h"}) {
        given += options.count(flag);
        FUZZ_CHECK(!options.count(flag) || options.at(flag).empty(), std::string(flag) + " has a value");
    }
    for (const char *value : {"--p", "--q", "--yhat", "--unit"}) {
        if (!options.count(value))
            continue;
        ++given;
        // Its value is what followed "=", or the next argument, which is never an option ("--...").
        const std::string &text = options.at(value);
        bool found = false;
        for (std::size_t i = 0; i < args.size() && !found; ++i) {
            found = args[i] == std::string(value) + "=" + text
                || (args[i] == value && i + 1 < args.size() && args[i + 1] == text && !text.starts_with("--"));
        }
        FUZZ_CHECK(found, std::string(value) + " = " + text);
    }
    // Every argument is an option of the table or the value of the one before it.
    FUZZ_CHECK(given <= args.size() && 2 * given >= args.size(), "arguments unaccounted for");
}

} // namespace

ENTROPYLAB_FUZZ_TARGET(numbers)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    checkNumber(text);
    checkList(text);
    checkNumberOrList(text);
    checkOption(text);
    checkSplit(text);
    checkLogits(text);
    return 0;
}
