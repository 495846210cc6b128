#include "computecommand.h"

#include "core/commandline.h"
#include "core/distribution.h"
#include "core/information.h"
#include "core/loss.h"
#include "core/numberparse.h"
#include "core/softmax.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace app {

namespace {

// A classifier's logits and what they are scored against (--logits, --target, --smoothing, --temperature).
struct ClassifierRequest
{
    std::vector<double> logits;
    core::SoftmaxTarget target;
    double temperature = core::kDefaultTemperature;
};

struct ComputeRequest
{
    std::optional<ClassifierRequest> classifier; // with --logits; then no p, q, y or yhat
    core::Distribution p = core::Distribution::binary(0.5);
    std::optional<core::Distribution> q;
    core::Unit unit = core::Unit::Bits;
    std::optional<double> y;
    std::optional<double> yhat;
    bool json = false;
};

// One number x is the two-outcome distribution (x, 1 - x); a comma list is a distribution of its own.
core::Distribution parseDistribution(const std::string &option, const std::string &text, bool normalize)
{
    const core::NumberOrList given = core::parseOptionNumberOrList(option, text);
    try {
        if (!given.isList)
            return core::Distribution::binary(given.values.front());
        return core::Distribution::fromEntries(
            given.values, normalize ? core::Distribution::Sum::Normalize : core::Distribution::Sum::MustBeOne);
    } catch (const core::DistributionError &e) {
        // "0,3" is 0.3 with a decimal comma; --normalize would take it as the weights 0 and 3.
        if (const auto refusal = core::decimalCommaRefusal(text); refusal && !normalize)
            throw core::UsageError(option + ": " + *refusal);
        // Weights such as 1,2,3 or a sum off 1 are what --normalize is for.
        const bool hint = !normalize && given.isList && (!e.entry() || given.values.at(*e.entry()) > 1.0);
        throw core::UsageError(option + ": " + e.what() + (hint ? " (pass --normalize to rescale)" : ""));
    }
}

// --logits with its --target (a class, or a distribution as a comma list), --smoothing and --temperature,
// refused as core::validateSoftmax says, naming the option.
core::Unit parseUnitOption(const core::CommandLine &options)
{
    if (!options.count("--unit"))
        return core::Unit::Bits;
    const auto unit = core::parseUnit(options.at("--unit"));
    if (!unit)
        throw core::UsageError("--unit: \"" + options.at("--unit") + "\" is not a unit; use bits, nats or bans");
    return *unit;
}

ClassifierRequest parseClassifier(const core::CommandLine &options)
{
    for (const char *other : {"--p", "--q", "--y", "--yhat", "--normalize"}) {
        if (options.count(other))
            throw core::UsageError(std::string(other) + " cannot be used with --logits (a classifier's loss)");
    }
    if (!options.count("--target"))
        throw core::UsageError("--logits needs --target (the true class, e.g. --target 0)");
    ClassifierRequest request;
    request.logits = core::parseOptionNumberOrList("--logits", options.at("--logits")).values;
    const core::NumberOrList target = core::parseOptionNumberOrList("--target", options.at("--target"));
    if (target.isList)
        request.target.distribution = target.values;
    else
        request.target.label = target.values.front(); // a class such as 1.5 is validateSoftmax's to refuse
    request.target.smoothing = options.number("--smoothing", core::kDefaultSmoothing);
    request.temperature = options.number("--temperature", core::kDefaultTemperature);
    if (const auto refusal = core::validateSoftmax(request.logits, request.target, request.temperature))
        throw core::UsageError("--" + refusal->key + ": " + core::describe(*refusal));
    return request;
}

ComputeRequest parseRequest(const core::CommandLine &options)
{
    ComputeRequest request;
    request.json = options.count("--json");
    for (const char *option : {"--target", "--smoothing", "--temperature"}) {
        if (options.count(option) && !options.count("--logits"))
            throw core::UsageError(std::string(option) + " needs --logits");
    }
    if (options.count("--logits")) {
        request.classifier = parseClassifier(options);
        request.unit = parseUnitOption(options);
        return request;
    }
    const bool normalize = options.count("--normalize");
    request.p = parseDistribution("--p", options.at("--p"), normalize);
    if (options.count("--q")) {
        request.q = parseDistribution("--q", options.at("--q"), normalize);
        if (request.q->size() != request.p.size())
            throw core::UsageError("--q has " + std::to_string(request.q->size()) + " outcomes but --p has "
                                   + std::to_string(request.p.size()));
    }
    request.unit = parseUnitOption(options);
    if (options.count("--y") != options.count("--yhat"))
        throw core::UsageError(options.count("--y") ? "--y needs --yhat" : "--yhat needs --y");
    if (options.count("--y")) {
        const double y = core::parseOptionNumber("--y", options.at("--y"));
        if (y != 0.0 && y != 1.0)
            throw core::UsageError("--y: the label must be 0 or 1, not " + options.at("--y"));
        const double yhat = core::parseOptionNumber("--yhat", options.at("--yhat"));
        if (yhat < 0.0 || yhat > 1.0)
            throw core::UsageError("--yhat: the prediction must lie in [0, 1], not " + options.at("--yhat"));
        request.y = y + 0.0;
        request.yhat = yhat + 0.0;
    }
    return request;
}

// The results in the order the lesson tells them; a value is one number or a list.
struct Row
{
    std::string key; // JSON key
    std::string label; // table label
    std::vector<double> values;
    bool isList = false;
    bool hasUnit = true;
};

// dJ/dz written for J in `unit`: the nats derivative yhat - y over the log of the base.
std::string gradientFormula(core::Unit unit)
{
    switch (unit) {
    case core::Unit::Bits:
        return "(yhat - y)/ln 2";
    case core::Unit::Nats:
        break;
    case core::Unit::Bans:
        return "(yhat - y)/ln 10";
    }
    return "yhat - y";
}

// dH/dz_i written for H in `unit`, as gradientFormula for the binary loss (whole labels: "..." + a
// string trips a false GCC 12 -Warray-bounds).
std::string softmaxGradientLabel(core::Unit unit)
{
    switch (unit) {
    case core::Unit::Bits:
        return "dH/dz_i = (s_i - t_i)/(T ln 2)";
    case core::Unit::Nats:
        break;
    case core::Unit::Bans:
        return "dH/dz_i = (s_i - t_i)/(T ln 10)";
    }
    return "dH/dz_i = (s_i - t_i)/T";
}

// A classifier's rows: the inputs as read (the target as smoothed), then what the softmax page shows.
std::vector<Row> classifierRows(const ClassifierRequest &c, core::Unit unit)
{
    const core::SoftmaxLoss loss = core::softmaxLoss(c.logits, c.target, c.temperature, unit);
    return {
        {"logits", "z", c.logits, true, false},
        {"temperature", "T", {c.temperature}, false, false},
        {"target", "t", loss.target, true, false},
        {"softmax", "s = softmax(z/T)", loss.probabilities, true, false},
        {"log_softmax", "log s_i", loss.logProbabilities, true},
        {"cross_entropy", "H(t, s) = -sum t_i log s_i", {loss.crossEntropy}},
        {"entropy_target", "H(t)", {loss.targetEntropy}},
        {"kl", "D(t||s)", {loss.divergence}},
        {"grad_logits", softmaxGradientLabel(unit), loss.gradient, true},
    };
}

std::vector<Row> computeRows(const ComputeRequest &r)
{
    using namespace core;
    if (r.classifier)
        return classifierRows(*r.classifier, r.unit);
    std::vector<Row> rows;
    const auto p = r.p.probabilities();
    rows.push_back({"p", "p", {p.begin(), p.end()}, true, false});
    if (r.q) {
        const auto q = r.q->probabilities();
        rows.push_back({"q", "q", {q.begin(), q.end()}, true, false});
    }
    rows.push_back({"entropy_p", "H(p)", {entropy(r.p, r.unit)}});
    if (r.q) {
        rows.push_back({"entropy_q", "H(q)", {entropy(*r.q, r.unit)}});
        rows.push_back({"cross_entropy", "H(p, q)", {crossEntropy(r.p, *r.q, r.unit)}});
        rows.push_back({"kl", "D(p||q)", {klDivergence(r.p, *r.q, r.unit)}});
        rows.push_back({"kl_reverse", "D(q||p)", {klDivergence(*r.q, r.p, r.unit)}});
    }
    rows.push_back({"information_p", "I(p_i) = -log p_i", informationContent(r.p, r.unit), true});
    if (r.q)
        rows.push_back({"information_q", "I(q_i) = -log q_i", informationContent(*r.q, r.unit), true});
    if (r.y) {
        const double y = *r.y, yhat = *r.yhat;
        rows.push_back({"y", "y", {y}, false, false});
        rows.push_back({"yhat", "yhat", {yhat}, false, false});
        rows.push_back({"bce", "J = -y log yhat - (1-y) log(1-yhat)", {binaryCrossEntropyLoss(y, yhat, r.unit)}});
        // The squared error and its gradient have no unit whatever --unit says; the table says so beside J.
        rows.push_back({"mse", "(y - yhat)^2 (no unit)", {squaredError(y, yhat)}, false, false});
        // The derivative of the bce printed above, so in the same unit: (yhat - y)/ln 2 in bits.
        rows.push_back({"bce_grad_logit",
                        "dJ/dz = " + gradientFormula(r.unit),
                        {binaryCrossEntropyGradientLogit(y, yhat, r.unit)}});
        rows.push_back(
            {"mse_grad_logit", "d(y - yhat)^2/dz (no unit)", {squaredErrorGradientLogit(y, yhat)}, false, false});
    }
    return rows;
}

std::string jsonNumber(double value)
{
    std::string text = core::formatRoundTrip(value);
    if (std::isinf(value))
        text = '"' + text + '"'; // appending, not "\"" + text, sidesteps a false GCC 12 -Wrestrict
    return text;
}

void printJson(const ComputeRequest &r, const std::vector<Row> &rows, std::ostream &out)
{
    out << "{\"unit\": \"" << core::unitName(r.unit) << "\"";
    for (const Row &row : rows) {
        out << ", \"" << row.key << "\": ";
        if (!row.isList) {
            out << jsonNumber(row.values.front());
            continue;
        }
        out << '[';
        for (std::size_t i = 0; i < row.values.size(); ++i)
            out << (i ? ", " : "") << jsonNumber(row.values[i]);
        out << ']';
    }
    out << "}\n";
}

void printTable(const ComputeRequest &r, const std::vector<Row> &rows, std::ostream &out)
{
    std::size_t width = 4;
    for (const Row &row : rows)
        width = std::max(width, row.label.size());
    out << std::left << std::setw(static_cast<int>(width)) << "unit"
        << "  " << core::unitName(r.unit) << '\n';
    for (const Row &row : rows) {
        out << std::left << std::setw(static_cast<int>(width)) << row.label << "  ";
        for (std::size_t i = 0; i < row.values.size(); ++i)
            out << (i ? ", " : "") << core::formatRoundTrip(row.values[i]);
        if (row.hasUnit)
            out << ' ' << core::unitName(r.unit);
        out << '\n';
    }
}

} // namespace

const core::CommandSpec &computeCommand()
{
    static const core::CommandSpec command {
        "compute",
        "print entropy, cross entropy, KL and losses",
        "Prints entropy, cross entropy, KL divergence (both ways), the information of every outcome and, with "
        "--y/--yhat, the binary cross-entropy and squared-error losses and their gradients with respect to the "
        "logit: J and dJ/dz in the unit, the squared error and its gradient without one.\n\n"
        "With --logits instead, a classifier: the softmax s of the logits z at temperature T, log s_i, the "
        "cross-entropy loss H(t, s) against the target t with its split H(t) + D(t||s), and its gradient "
        "with respect to the logits, (s - t)/T, in the unit (so over ln 2 in bits).",
        {
            {"--p", "P",
             "one number r for the two outcomes (r, 1-r), or a comma list such as 0.2,0.3,0.5 (at least two "
             "entries in [0, 1] summing to 1)",
             "--p is required (e.g. --p 0.3 or --p 0.2,0.3,0.5)", "--logits"},
            {"--q", "Q", "the model's distribution, same form and length as P"},
            {"--unit", "bits|nats|bans", "bits (log2, default), nats (ln) or bans (log10; also 'hartleys')"},
            {"--y", "0|1", "the true label (needs --yhat)"},
            {"--yhat", "X", "the predicted probability of label 1, in [0, 1] (needs --y)"},
            {"--normalize", "", "rescale lists by their sum instead of requiring it to be 1"},
            {"--logits", "Z",
             "instead of --p: a classifier's logits as a comma list such as 2,1,0.1 (1 to 10000 finite numbers; "
             "needs --target)"},
            {"--target", "CLASS|DIST",
             "with --logits: the true class, 0 to K-1 for K logits, or a target distribution as a comma list of K "
             "entries summing to 1 (such as 0.7,0.2,0.1)"},
            {"--smoothing", "E",
             "with --logits: label smoothing, E in [0, 1): the target becomes (1-E) t + E/K (default 0)"},
            {"--temperature", "T", "with --logits: the softmax of z/T, T positive (default 1)"},
            {"--json", "", "one JSON object; numbers read back as the same double, infinity as \"inf\""},
        },
        "Bad input exits with code 2 and one line on stderr naming the problem.",
    };
    return command;
}

int runCompute(const core::CommandLine &options)
{
    const ComputeRequest request = parseRequest(options);
    const std::vector<Row> rows = computeRows(request);
    if (request.json)
        printJson(request, rows, std::cout);
    else
        printTable(request, rows, std::cout);
    return 0;
}

} // namespace app
