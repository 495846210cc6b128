#include "softmax.h"

#include "distribution.h"
#include "information.h"
#include "numberparse.h"
#include "shiftedlogits.h"
#include "summation.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

SoftmaxRefusal refusal(SoftmaxRule rule, std::string key, double value = 0)
{
    SoftmaxRefusal r;
    r.rule = rule;
    r.key = std::move(key);
    r.value = value;
    return r;
}

std::optional<SoftmaxRefusal> targetProblem(const SoftmaxTarget &target, std::size_t classes)
{
    // The negated tests also refuse NaN.
    if (!(target.smoothing >= 0.0 && target.smoothing < 1.0))
        return refusal(SoftmaxRule::Smoothing, "smoothing", target.smoothing);
    if (target.distribution.empty()) {
        const double k = target.label;
        if (!(k >= 0.0 && k < double(classes) && k == std::floor(k))) {
            SoftmaxRefusal r = refusal(SoftmaxRule::Label, "target", k);
            r.count = classes;
            return r;
        }
        return std::nullopt;
    }
    if (target.distribution.size() != classes) {
        SoftmaxRefusal r = refusal(SoftmaxRule::TargetLength, "target");
        r.count = target.distribution.size();
        r.other = classes;
        return r;
    }
    CompensatedSum sum;
    for (std::size_t i = 0; i < classes; ++i) {
        const double t = target.distribution[i];
        if (!std::isfinite(t) || t < 0.0) {
            SoftmaxRefusal r
                = refusal(std::isfinite(t) ? SoftmaxRule::TargetNegative : SoftmaxRule::TargetNotFinite, "target", t);
            r.index = i;
            return r;
        }
        sum.add(t);
    }
    if (!(std::abs(sum.value() - 1.0) <= kSumTolerance))
        return refusal(SoftmaxRule::TargetSum, "target", sum.value());
    return std::nullopt;
}

void require(std::optional<SoftmaxRefusal> problem)
{
    if (problem)
        throw SoftmaxError(std::move(*problem));
}

// The target as the computation needs it: t_i, and 1 - t_i exactly where t_i >= 1/2 (the one entry
// whose residual s_i - t_i could cancel).
struct ResolvedTarget
{
    std::vector<double> t;
    std::vector<double> complement;
};

ResolvedTarget resolve(const SoftmaxTarget &target, std::size_t classes)
{
    const double eps = target.smoothing;
    const double share = eps / double(classes);
    std::vector<double> base(classes, 0.0);
    if (target.distribution.empty()) {
        base[std::size_t(target.label)] = 1.0;
    } else {
        CompensatedSum sum;
        for (double x : target.distribution)
            sum.add(x);
        const double total = sum.value();
        for (std::size_t i = 0; i < classes; ++i)
            base[i] = target.distribution[i] / total; // exactly the entries when they sum to 1
    }
    ResolvedTarget resolved;
    resolved.t.resize(classes);
    resolved.complement.resize(classes);
    for (std::size_t i = 0; i < classes; ++i) {
        resolved.t[i] = (1.0 - eps) * base[i] + share;
        // 1 - b_i is exact where b_i >= 1/2 (Sterbenz); with eps = 0 this is exactly 1 - b_i.
        resolved.complement[i] = (1.0 - eps) * (1.0 - base[i]) + (eps - share);
    }
    return resolved;
}

// One class's share of D(t||s) in nats, s - t - t ln(s/t) >= 0 (they sum to D when s and t each sum
// to 1), from the exact residual s - t and -ln s, never from the log of a rounded s.
double divergenceShareNats(double t, double s, double residual, double negativeLogS)
{
    if (t == 0.0)
        return s;
    if (s >= t / 3.0 && s <= 3.0 * t)
        return divergenceTermNats(t, s, residual); // close: its series has no cancellation
    return std::max(0.0, residual + t * (negativeLogS + std::log(t)));
}

} // namespace

std::vector<double> defaultLogits()
{
    return {2.0, 1.0, 0.1};
}

SoftmaxTarget SoftmaxTarget::oneHot(std::size_t label, double smoothing)
{
    return {double(label), {}, smoothing};
}

SoftmaxTarget SoftmaxTarget::of(std::vector<double> distribution, double smoothing)
{
    return {0.0, std::move(distribution), smoothing};
}

std::optional<SoftmaxRefusal> validateLogits(std::span<const double> logits, double temperature)
{
    if (logits.empty())
        return refusal(SoftmaxRule::NoLogits, "logits");
    if (logits.size() > kMaxLogits) {
        SoftmaxRefusal r = refusal(SoftmaxRule::TooManyLogits, "logits");
        r.count = logits.size();
        return r;
    }
    for (std::size_t i = 0; i < logits.size(); ++i) {
        if (!std::isfinite(logits[i])) {
            SoftmaxRefusal r = refusal(SoftmaxRule::LogitNotFinite, "logits", logits[i]);
            r.index = i;
            return r;
        }
    }
    if (!(temperature > 0.0 && std::isfinite(temperature)))
        return refusal(SoftmaxRule::Temperature, "temperature", temperature);
    return std::nullopt;
}

std::optional<SoftmaxRefusal> validateSoftmax(std::span<const double> logits, const SoftmaxTarget &target,
                                              double temperature)
{
    if (auto r = validateLogits(logits, temperature))
        return r;
    return targetProblem(target, logits.size());
}

std::string describe(const SoftmaxRefusal &r)
{
    const std::string value = formatRoundTrip(r.value);
    const std::string entry = r.key + '[' + std::to_string(r.index.value_or(0)) + ']';
    switch (r.rule) {
    case SoftmaxRule::NoLogits:
        return "no logits given; a classifier needs at least one";
    case SoftmaxRule::TooManyLogits:
        return std::to_string(r.count) + " logits; at most " + std::to_string(kMaxLogits);
    case SoftmaxRule::LogitNotFinite:
    case SoftmaxRule::TargetNotFinite:
        return entry + " is " + value + ", not a finite number";
    case SoftmaxRule::Temperature:
        return "the temperature " + value + " is not a positive finite number";
    case SoftmaxRule::Label:
        return "the class " + value + " is not one of the " + std::to_string(r.count)
            + " classes (a whole number from 0 to " + std::to_string(r.count - 1) + ")";
    case SoftmaxRule::Smoothing:
        return "the smoothing " + value + " is outside [0, 1)";
    case SoftmaxRule::TargetLength:
        return "the target has " + std::to_string(r.count) + (r.count == 1 ? " entry" : " entries")
            + (r.other == 1 ? " but there is 1 logit" : " but there are " + std::to_string(r.other) + " logits");
    case SoftmaxRule::TargetNegative:
        return entry + " is " + value + ", a negative probability";
    case SoftmaxRule::TargetSum:
        return "the target's entries sum to " + value + ", not 1";
    }
    return {};
}

SoftmaxError::SoftmaxError(SoftmaxRefusal refusal)
    : std::invalid_argument(describe(refusal))
    , m_refusal(std::move(refusal))
{ }

std::vector<double> softmax(std::span<const double> logits, double temperature)
{
    require(validateLogits(logits, temperature));
    const detail::ShiftedLogits shifted(logits, temperature);
    std::vector<double> s(logits.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = shifted.probability(i);
    return s;
}

std::vector<double> logSoftmax(std::span<const double> logits, double temperature, Unit unit)
{
    require(validateLogits(logits, temperature));
    const detail::ShiftedLogits shifted(logits, temperature);
    std::vector<double> result(logits.size());
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i] = -fromNats(shifted.negativeLogProbabilityNats(i), unit) + 0.0;
    return result;
}

std::vector<double> targetDistribution(const SoftmaxTarget &target, std::size_t classes)
{
    require(targetProblem(target, classes));
    return resolve(target, classes).t;
}

SoftmaxLoss softmaxLoss(std::span<const double> logits, const SoftmaxTarget &target, double temperature, Unit unit)
{
    require(validateSoftmax(logits, target, temperature));
    const std::size_t k = logits.size();
    const detail::ShiftedLogits shifted(logits, temperature);
    ResolvedTarget resolved = resolve(target, k);
    SoftmaxLoss loss;
    loss.probabilities.resize(k);
    loss.logProbabilities.resize(k);
    loss.lossTerms.resize(k);
    loss.gradient.resize(k);
    CompensatedSum crossEntropy, divergence; // every term >= 0: the sums keep their relative precision
    for (std::size_t i = 0; i < k; ++i) {
        const double t = resolved.t[i];
        const double s = shifted.probability(i);
        const double negativeLogS = shifted.negativeLogProbabilityNats(i);
        const double residual = shifted.residual(i, t, resolved.complement[i]);
        const double term = t == 0.0 ? 0.0 : t * negativeLogS; // 0 log 0 = 0, even if -log s overflowed
        crossEntropy.add(term);
        divergence.add(divergenceShareNats(t, s, residual, negativeLogS));
        loss.probabilities[i] = s;
        loss.logProbabilities[i] = -fromNats(negativeLogS, unit) + 0.0;
        loss.lossTerms[i] = fromNats(term, unit);
        loss.gradient[i] = fromNats(residual / temperature, unit);
    }
    loss.crossEntropy = fromNats(crossEntropy.value(), unit);
    loss.divergence = fromNats(std::max(0.0, divergence.value()), unit);
    loss.targetEntropy = entropy(resolved.t, unit);
    loss.target = std::move(resolved.t);
    return loss;
}

double softmaxCrossEntropy(std::span<const double> logits, const SoftmaxTarget &target, double temperature, Unit unit)
{
    return softmaxLoss(logits, target, temperature, unit).crossEntropy;
}

std::vector<double> softmaxCrossEntropyGradient(std::span<const double> logits, const SoftmaxTarget &target,
                                                double temperature, Unit unit)
{
    return softmaxLoss(logits, target, temperature, unit).gradient;
}

} // namespace core
