#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace app {

// A refusal of the user's command line; its message is printed as the one error line.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Splits "--p=0.3" and "--p 0.3" alike into option -> value; flags map to "". Throws UsageError
// for an unknown option, a flag given a value, a value option without one and an option given twice.
std::map<std::string, std::string> splitOptions(const std::vector<std::string> &args,
                                                const std::vector<std::string> &valueOptions,
                                                const std::vector<std::string> &flagOptions,
                                                const std::string &command);

// The option's text as a number, or UsageError("--option: why").
double parseOptionNumber(const std::string &option, const std::string &text);

// The option's text as a whole number from lowest to highest, or UsageError("--option: why").
long long parseOptionWhole(const std::string &option, const std::string &text, double lowest, double highest);

// The value of a value option, or `fallback` when it was not given.
template<typename T, typename Parse>
T optionValue(const std::map<std::string, std::string> &options, const std::string &name, T fallback, Parse parse)
{
    const auto it = options.find(name);
    return it == options.end() ? fallback : static_cast<T>(parse(name, it->second));
}

} // namespace app
