#include "loss.h"

#include "shiftedlogits.h"

#include <array>
#include <cmath>

namespace core {

double binaryCrossEntropyLoss(double y, double yhat, Unit unit)
{
    // Written term by term (not as H(y) + D) so a hard label costs exactly -log yhat.
    const double positive = y == 0.0 ? 0.0 : -y * std::log(yhat);
    const double negative = y == 1.0 ? 0.0 : -(1.0 - y) * std::log1p(-yhat);
    return fromNats(positive + negative, unit);
}

double binaryCrossEntropyGradientLogit(double y, double yhat, Unit unit)
{
    // J in another base is J in nats divided by ln(base), and so is its derivative; fromNats also turns -0 into +0.
    return fromNats(yhat - y, unit);
}

double binaryCrossEntropyLossAtLogit(double y, double z, Unit unit)
{
    // Class 1 is the label y = 1, so yhat = s_1; as softmaxLoss does, a zero weight adds nothing.
    const std::array<double, 2> logits {0.0, z};
    const detail::ShiftedLogits shifted(logits, 1.0);
    double nats = 0.0;
    if (y != 0.0)
        nats += y * shifted.negativeLogProbabilityNats(1);
    if (y != 1.0)
        nats += (1.0 - y) * shifted.negativeLogProbabilityNats(0);
    return fromNats(nats, unit);
}

double binaryCrossEntropyGradientAtLogit(double y, double z, Unit unit)
{
    const std::array<double, 2> logits {0.0, z};
    const detail::ShiftedLogits shifted(logits, 1.0);
    return fromNats(shifted.residual(1, y, 1.0 - y), unit);
}

double squaredError(double y, double yhat)
{
    const double error = y - yhat;
    return error * error;
}

double squaredErrorGradientLogit(double y, double yhat)
{
    return 2.0 * (yhat - y) * yhat * (1.0 - yhat) + 0.0;
}

} // namespace core
