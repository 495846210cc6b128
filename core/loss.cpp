#include "loss.h"

#include <cmath>

namespace core {

double binaryCrossEntropyLoss(double y, double yhat, Unit unit)
{
    // Written term by term (not as H(y) + D) so a hard label costs exactly -log yhat.
    const double positive = y == 0.0 ? 0.0 : -y * std::log(yhat);
    const double negative = y == 1.0 ? 0.0 : -(1.0 - y) * std::log1p(-yhat);
    return fromNats(positive + negative, unit);
}

double binaryCrossEntropyGradientLogit(double y, double yhat)
{
    return yhat - y + 0.0;
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
