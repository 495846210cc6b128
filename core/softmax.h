#pragma once

#include "units.h"

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

// A classifier's last step: logits z_0 .. z_{K-1}, their softmax s = softmax(z / T) at a temperature
// T, and the cross-entropy loss H(t, s) = -sum t_i log s_i against a target t, with its gradient with
// respect to the logits. Two classes are the binary lesson: s_1 = sigmoid(z_1 - z_0), and the loss and
// its gradient are loss.h's binaryCrossEntropyLossAtLogit and binaryCrossEntropyGradientAtLogit at
// z = z_1 - z_0, bit for bit (they share one computation).
//
// Everything comes from the logits seen from the largest (log-sum-exp with the maximum taken out),
// never from the log of a rounded probability. So any finite logits give finite results (1e4 and -1e4
// included); equal logits give exactly uniform probabilities; a probability may round to 0 (a logit
// more than about 745 T below the largest) while its log-probability stays finite and exact; the loss
// keeps its relative precision (1e-13) however small it is, as for a confident right answer.
// Results are +infinity only where the number itself exceeds the largest double ((max - z_i)/T
// overflows, e.g. logits of +-1e308 or T = 1e-310), and never NaN.
//
// Every function takes its inputs unchecked by the caller: it asks validateSoftmax() and throws
// SoftmaxError naming the problem.
namespace core {

// The most logits a classifier may have here.
inline constexpr std::size_t kMaxLogits = 10000;

// The "Many classes" page's defaults and limits; the functions here take any count up to kMaxLogits
// and any positive finite temperature.
inline constexpr std::size_t kMinPageClasses = 2;
inline constexpr std::size_t kMaxPageClasses = 10;
inline constexpr double kMinPageTemperature = 0.1;
inline constexpr double kMaxPageTemperature = 10.0;
inline constexpr double kDefaultTemperature = 1.0;
inline constexpr double kDefaultSmoothing = 0.0;
// 2, 1, 0.1: the textbook example, softmax about 0.66, 0.24, 0.10.
std::vector<double> defaultLogits();

// What the classifier is scored against, over K classes: a class (its one-hot), or any
// distribution, mixed with the uniform distribution by the label smoothing eps:
// t_i = (1 - eps) b_i + eps / K, b the one-hot or the distribution. A distribution that is a one-hot
// gives exactly what its class gives. Numbers are doubles as a reader found them (a class of 1.5 or
// an eps of 1 are for validateSoftmax to refuse, not to be rounded away).
struct SoftmaxTarget
{
    double label = 0; // the true class, 0-based: a whole number in [0, K). Read when `distribution` is empty.
    std::vector<double> distribution; // else one entry per class, >= 0, summing to 1 within kSumTolerance
    double smoothing = kDefaultSmoothing; // eps in [0, 1)

    // The one-hot of a class, smoothed by eps.
    static SoftmaxTarget oneHot(std::size_t label, double smoothing = 0.0);
    // A distribution over the classes (read divided by its sum), smoothed by eps.
    static SoftmaxTarget of(std::vector<double> distribution, double smoothing = 0.0);
};

// Which rule the inputs break. The comment says what SoftmaxRefusal holds besides `key`.
enum class SoftmaxRule {
    NoLogits, // key "logits"
    TooManyLogits, // key "logits": count = the logits
    LogitNotFinite, // key "logits": index, value = the logit (NaN or +-inf)
    Temperature, // key "temperature": value (<= 0, NaN or infinite)
    Label, // key "target": value = the class, count = K (not a whole number in [0, K))
    Smoothing, // key "smoothing": value (outside [0, 1), or NaN)
    TargetLength, // key "target": count = the target's entries, other = K
    TargetNotFinite, // key "target": index, value
    TargetNegative, // key "target": index, value
    TargetSum, // key "target": value = the sum (not within kSumTolerance of 1)
};

// Why validateSoftmax() refused: the rule, the key of the offending input and, for a list, the
// 0-based entry, so a window can say it in the learner's language and the command line in English.
struct SoftmaxRefusal
{
    SoftmaxRule rule = SoftmaxRule::NoLogits;
    std::string key;
    std::optional<std::size_t> index;
    std::size_t count = 0;
    std::size_t other = 0;
    double value = 0;
};

// The one rule for softmax inputs: the first problem, checked in the order of SoftmaxRule (the logits,
// then the temperature, then the target), or nothing when they are valid.
std::optional<SoftmaxRefusal> validateSoftmax(std::span<const double> logits, const SoftmaxTarget &target,
                                              double temperature);
// The same rule for logits and a temperature alone (softmax and logSoftmax need no target).
std::optional<SoftmaxRefusal> validateLogits(std::span<const double> logits, double temperature);

// The refusal in English, naming the input: "logits[2] is nan, not a finite number", "the class 3 is
// not one of the 3 classes (a whole number from 0 to 2)", "the smoothing 1 is outside [0, 1)".
std::string describe(const SoftmaxRefusal &refusal);

// What every function here throws for inputs validateSoftmax() refuses; what() is describe().
class SoftmaxError : public std::invalid_argument
{
public:
    explicit SoftmaxError(SoftmaxRefusal refusal);
    const SoftmaxRefusal &refusal() const { return m_refusal; }

private:
    SoftmaxRefusal m_refusal;
};

// s_i = exp(z_i / T) / sum_j exp(z_j / T): every entry in [0, 1], summing to 1 within a few ulp,
// exactly 1/K for equal logits.
std::vector<double> softmax(std::span<const double> logits, double temperature = kDefaultTemperature);

// log s_i in `unit` (ln for nats, log2 for bits): <= 0 and finite for finite logits, exactly 0 only
// where the other probabilities all underflow.
std::vector<double> logSoftmax(std::span<const double> logits, double temperature = kDefaultTemperature,
                               Unit unit = Unit::Nats);

// The target's t_i over `classes` classes, summing to 1 within a few ulp. Throws SoftmaxError.
std::vector<double> targetDistribution(const SoftmaxTarget &target, std::size_t classes);

// Everything the page and `compute` show, in one pass, all in `unit` except the probabilities.
struct SoftmaxLoss
{
    std::vector<double> probabilities; // s_i
    std::vector<double> logProbabilities; // log s_i
    std::vector<double> target; // t_i
    std::vector<double> lossTerms; // -t_i log s_i: each >= 0, exactly 0 where t_i = 0; they sum to crossEntropy
    std::vector<double> gradient; // dH/dz_i = (s_i - t_i) / T (over ln 2 in bits): sums to 0
    double crossEntropy = 0; // H(t, s) = -sum t_i log s_i >= 0
    double targetEntropy = 0; // H(t): 0 for a one-hot
    double divergence = 0; // D(t||s) = H(t, s) - H(t) >= 0, as a sum of non-negative terms
};

// H(t, s) and all that goes with it. crossEntropy keeps a relative precision of 1e-13 however small
// (computed as sum t_i (-log s_i), never log of a probability rounded to 1); targetEntropy + divergence
// equals it up to rounding, and divergence is 0 exactly when s equals t.
SoftmaxLoss softmaxLoss(std::span<const double> logits, const SoftmaxTarget &target,
                        double temperature = kDefaultTemperature, Unit unit = Unit::Nats);

// softmaxLoss(...).crossEntropy.
double softmaxCrossEntropy(std::span<const double> logits, const SoftmaxTarget &target,
                           double temperature = kDefaultTemperature, Unit unit = Unit::Nats);

// softmaxLoss(...).gradient: the derivative of the loss shown in `unit` with respect to each logit,
// (s_i - t_i) / T in nats, divided by ln 2 in bits. Confidently wrong gives a push near -1/T on the
// true class; confidently right almost none, and still the exact tiny residual rather than 0.
std::vector<double> softmaxCrossEntropyGradient(std::span<const double> logits, const SoftmaxTarget &target,
                                                double temperature = kDefaultTemperature, Unit unit = Unit::Nats);

} // namespace core
