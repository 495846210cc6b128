#pragma once

#include "core/numberparse.h"

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The one reader of every subcommand's options (compute, export, bench, fuzz), and their usage text
// generated from the same table. Plain C++: `compute` runs without Qt, and the fuzz target of the
// number and option parsers links core alone. The rule for every command: "--p=0.3" and "--p 0.3"
// are the same; an unknown option, a flag given a value, a value option without one and an option
// given twice are refused, each with one line naming it.
namespace core {

// A refusal of the user's command line. Its message is the one error line, without the
// "entropylab <command>: " the caller puts before it; the command then exits with 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One option of a command, as the usage text shows it.
struct OptionSpec
{
    std::string name; // "--updates"
    std::string value; // the value's placeholder ("N", "bits|nats|bans"); empty for a flag
    std::string help; // what it does, one paragraph (the usage text wraps it)
    std::string whenMissing = {}; // the refusal when it is not given; empty when it may be left out
    std::string unless = {}; // another option that stands in for this required one ("--logits" for "--p")
};

// A subcommand: everything its usage text says, and the options its command line may hold.
struct CommandSpec
{
    std::string name; // "bench": run as `entropylab bench ...`
    std::string summary; // one line for `entropylab --help`
    std::string description; // paragraphs (separated by an empty line) between synopsis and options
    std::vector<OptionSpec> options; // every command also takes -h and --help, not listed here
    std::string notes = {}; // paragraphs after the options
};

// The options one command line gave, by name. Reads like the std::map it replaces: count() is 0 or 1.
class CommandLine
{
public:
    // 1 when the option was given, else 0. `option` is a name of the command's table, or -h/--help.
    std::size_t count(std::string_view option) const;
    // The text given to a value option ("" for a flag). Throws std::out_of_range if it was not given.
    const std::string &at(std::string_view option) const;
    // -h or --help was given: print the usage text and nothing else.
    bool wantsHelp() const;
    // The option's value as a number (parseOptionNumber), or `fallback` when it was not given.
    double number(std::string_view option, double fallback) const;
    // The option's value as a whole number (parseOptionWhole), or `fallback` when it was not given.
    long long whole(std::string_view option, double lowest, double highest, long long fallback) const;

private:
    friend CommandLine parseCommandLine(const CommandSpec &command, const std::vector<std::string> &args);
    std::map<std::string, std::string, std::less<>> m_given;
};

// Reads `args` (the words after the command's name) against the command's options. Throws UsageError
// for an unknown option (naming `entropylab <command> --help`), a flag given a value ("--json=1"), a
// value option without one ("--p" last, or "--p --json": a value never starts with "--"), an option
// given twice, and, unless help is wanted, the first option of the table that is required but missing
// (given neither itself nor the option it names as `unless`).
CommandLine parseCommandLine(const CommandSpec &command, const std::vector<std::string> &args);

// The command's --help: the synopsis ("Usage: entropylab bench [--updates N] ..."), its description,
// every option with its help (and -h, --help), and its notes; lines wrapped at kUsageWidth columns
// where the words allow.
std::string usageText(const CommandSpec &command);

// "entropylab compute --p P [...]": the command, its required options and "[...]" for the others.
std::string briefSynopsis(const CommandSpec &command);

inline constexpr std::size_t kUsageWidth = 100;

// The option's text as a number (parseNumber), or UsageError("--option: why").
double parseOptionNumber(std::string_view option, std::string_view text);

// The option's text as a whole number from `lowest` to `highest`, or UsageError naming the range:
// "--updates: 2.5 is not a whole number from 1 to 10000000".
long long parseOptionWhole(std::string_view option, std::string_view text, double lowest, double highest);

// The option's text as one number or a comma list (parseNumberOrList), or UsageError("--option: why").
NumberOrList parseOptionNumberOrList(std::string_view option, std::string_view text);

} // namespace core
