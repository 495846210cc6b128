#include "commandoptions.h"

#include "core/numberparse.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace app {

namespace {

bool contains(const std::vector<std::string> &list, const std::string &word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace

std::map<std::string, std::string> splitOptions(const std::vector<std::string> &args,
                                                const std::vector<std::string> &valueOptions,
                                                const std::vector<std::string> &flagOptions, const std::string &command)
{
    std::map<std::string, std::string> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> value;
        if (const auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (contains(flagOptions, name)) {
            if (value)
                throw UsageError(name + " takes no value");
        } else if (contains(valueOptions, name)) {
            if (!value) {
                // "--p --json" is a forgotten value, not the number "--json".
                if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
                    throw UsageError(name + " needs a value");
                value = args[++i];
            }
        } else {
            throw UsageError("unknown option \"" + name + "\" (see entropylab " + command + " --help)");
        }
        if (options.count(name))
            throw UsageError(name + " is given twice");
        options[name] = value.value_or("");
    }
    return options;
}

double parseOptionNumber(const std::string &option, const std::string &text)
{
    try {
        return core::parseNumber(text);
    } catch (const core::ParseError &e) {
        throw UsageError(option + ": " + e.what());
    }
}

long long parseOptionWhole(const std::string &option, const std::string &text, double lowest, double highest)
{
    const double value = parseOptionNumber(option, text);
    if (value != std::floor(value) || value < lowest || value > highest)
        throw UsageError(option + ": expected a whole number from " + std::to_string(static_cast<long long>(lowest))
                         + " to " + std::to_string(static_cast<long long>(highest)) + ", not " + text);
    return static_cast<long long>(value);
}

} // namespace app
