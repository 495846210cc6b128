#include "commandline.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace core {

namespace {

// Every command's own flags, after the table's options.
const OptionSpec kHelpOption {"--help", "", "print this text and exit"};

bool isHelp(std::string_view name)
{
    return name == "--help" || name == "-h";
}

const OptionSpec *findOption(const CommandSpec &command, std::string_view name)
{
    if (isHelp(name))
        return &kHelpOption;
    const auto it = std::find_if(command.options.begin(), command.options.end(),
                                 [&](const OptionSpec &option) { return option.name == name; });
    return it == command.options.end() ? nullptr : &*it;
}

// Whether a required option names `option` as the one that may stand in for it.
bool isStandIn(const CommandSpec &command, const OptionSpec &option)
{
    return std::any_of(command.options.begin(), command.options.end(),
                       [&](const OptionSpec &other) { return other.unless == option.name; });
}

// "--p P" or "--json": how the option is written in the synopsis and the option list.
std::string written(const OptionSpec &option)
{
    return option.value.empty() ? option.name : option.name + " " + option.value;
}

// `words` (each kept whole, spaces and all) filled into lines of at most kUsageWidth columns; a
// longer word gets a line of its own. The first line starts after `first` columns already used, the
// others with `indent` spaces.
std::string wrapped(const std::vector<std::string> &words, std::size_t first, std::size_t indent)
{
    std::string text;
    std::size_t column = first;
    bool lineStarted = false;
    for (const std::string &word : words) {
        if (lineStarted && column + 1 + word.size() > kUsageWidth) {
            text += '\n' + std::string(indent, ' ');
            column = indent;
            lineStarted = false;
        }
        if (lineStarted) {
            text += ' ';
            ++column;
        }
        text += word;
        column += word.size();
        lineStarted = true;
    }
    return text;
}

std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while ((start = text.find_first_not_of(" \n", start)) != std::string_view::npos) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        words.emplace_back(text.substr(start, end - start));
        start = end;
    }
    return words;
}

// Paragraphs (separated by an empty line) wrapped, with an empty line between them.
std::string paragraphs(std::string_view text)
{
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find("\n\n", start), text.size());
        const std::vector<std::string> words = wordsOf(text.substr(start, end - start));
        if (!words.empty()) {
            if (!out.empty())
                out += '\n';
            out += wrapped(words, 0, 0);
            out += '\n';
        }
        start = end + 2;
    }
    return out;
}

std::string synopsis(const CommandSpec &command)
{
    const std::string start = "Usage: entropylab " + command.name + ' ';
    std::vector<std::string> items;
    for (const OptionSpec &option : command.options) {
        if (isStandIn(command, option))
            continue; // written with the option it stands in for
        if (!option.unless.empty() && findOption(command, option.unless))
            items.push_back('(' + written(option) + " | " + written(*findOption(command, option.unless)) + ')');
        else
            items.push_back(option.whenMissing.empty() ? '[' + written(option) + ']' : written(option));
    }
    // An item ("[--unit bits|nats|bans]") is one word to wrapped(): it never breaks inside.
    return start + wrapped(items, start.size(), start.size()) + '\n';
}

std::string optionList(const CommandSpec &command)
{
    constexpr std::size_t kIndent = 2, kGap = 2, kWidest = 24;
    std::vector<std::pair<std::string, const OptionSpec *>> rows;
    for (const OptionSpec &option : command.options)
        rows.emplace_back(written(option), &option);
    rows.emplace_back("-h, --help", &kHelpOption);
    std::size_t left = 0;
    for (const auto &row : rows) {
        if (row.first.size() <= kWidest)
            left = std::max(left, row.first.size());
    }
    const std::size_t column = kIndent + left + kGap;
    std::string text;
    for (const auto &[shown, option] : rows) {
        text += std::string(kIndent, ' ') + shown;
        // A name too wide for the column puts its help on the next line.
        if (kIndent + shown.size() + kGap > column)
            text += '\n' + std::string(column, ' ');
        else
            text += std::string(column - kIndent - shown.size(), ' ');
        text += wrapped(wordsOf(option->help), column, column) + '\n';
    }
    return text;
}

} // namespace

std::size_t CommandLine::count(std::string_view option) const
{
    return m_given.count(option);
}

const std::string &CommandLine::at(std::string_view option) const
{
    const auto it = m_given.find(option);
    if (it == m_given.end())
        throw std::out_of_range("the option " + std::string(option) + " was not given");
    return it->second;
}

bool CommandLine::wantsHelp() const
{
    return count("--help") || count("-h");
}

double CommandLine::number(std::string_view option, double fallback) const
{
    return count(option) ? parseOptionNumber(option, at(option)) : fallback;
}

long long CommandLine::whole(std::string_view option, double lowest, double highest, long long fallback) const
{
    return count(option) ? parseOptionWhole(option, at(option), lowest, highest) : fallback;
}

CommandLine parseCommandLine(const CommandSpec &command, const std::vector<std::string> &args)
{
    CommandLine given;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> value;
        if (const auto eq = name.find('='); name.starts_with("--") && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        const OptionSpec *option = findOption(command, name);
        if (!option)
            throw UsageError("unknown option \"" + name + "\" (see entropylab " + command.name + " --help)");
        if (option->value.empty() && value)
            throw UsageError(name + " takes no value");
        if (!option->value.empty() && !value) {
            // "--p --json" is a forgotten value, not the number "--json".
            if (i + 1 >= args.size() || args[i + 1].starts_with("--"))
                throw UsageError(name + " needs a value");
            value = args[++i];
        }
        if (given.m_given.count(name))
            throw UsageError(name + " is given twice");
        given.m_given.emplace(name, value.value_or(""));
    }
    if (given.wantsHelp())
        return given;
    for (const OptionSpec &option : command.options) {
        const bool standsIn = !option.unless.empty() && given.count(option.unless);
        if (!option.whenMissing.empty() && !given.count(option.name) && !standsIn)
            throw UsageError(option.whenMissing);
    }
    return given;
}

std::string usageText(const CommandSpec &command)
{
    std::string text = synopsis(command) + '\n' + paragraphs(command.description) + '\n' + optionList(command);
    if (!command.notes.empty())
        text += '\n' + paragraphs(command.notes);
    return text;
}

std::string briefSynopsis(const CommandSpec &command)
{
    std::string text = "entropylab " + command.name;
    bool optional = false;
    for (const OptionSpec &option : command.options) {
        if (option.whenMissing.empty())
            optional = true;
        else
            text += ' ' + written(option);
    }
    return optional ? text + " [...]" : text;
}

double parseOptionNumber(std::string_view option, std::string_view text)
{
    try {
        return parseNumber(text);
    } catch (const ParseError &e) {
        throw UsageError(std::string(option) + ": " + e.what());
    }
}

long long parseOptionWhole(std::string_view option, std::string_view text, double lowest, double highest)
{
    const double value = parseOptionNumber(option, text);
    if (value != std::floor(value) || value < lowest || value > highest)
        throw UsageError(std::string(option) + ": " + std::string(text) + " is not a whole number from "
                         + std::to_string(static_cast<long long>(lowest)) + " to "
                         + std::to_string(static_cast<long long>(highest)));
    return static_cast<long long>(value);
}

NumberOrList parseOptionNumberOrList(std::string_view option, std::string_view text)
{
    try {
        return parseNumberOrList(text);
    } catch (const ParseError &e) {
        throw UsageError(std::string(option) + ": " + e.what());
    }
}

} // namespace core
