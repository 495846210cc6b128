#pragma once

#include "units.h"

// The losses of logistic regression, for a label y and a prediction yhat = sigmoid(z) in [0, 1].
namespace core {

// J = -y log yhat - (1-y) log(1-yhat), y in [0, 1] (0 or 1 for a hard label). 0 log 0 = 0, so
// yhat = y costs nothing; yhat = 0 with y = 1 (or 1 with y = 0) costs +inf.
double binaryCrossEntropyLoss(double y, double yhat, Unit unit);

// dJ/dz for J in `unit`: (yhat - y) / ln(base), i.e. yhat - y in nats, (yhat - y) / ln 2 in bits. It is
// the derivative of the loss shown beside it, so a page showing J in bits must show this in bits too.
// Proportional to how wrong the model is, however confident.
double binaryCrossEntropyGradientLogit(double y, double yhat, Unit unit);

// J as a function of the logit z (yhat = sigmoid(z)), y in [0, 1]: softplus(-z) for y = 1, softplus(z) for
// y = 0, never the log of a rounded yhat, so it keeps every digit where yhat rounds to 1 (J = e^-z for
// large z, not 0) and is finite for every finite z. The softmax of the logits (0, z) in softmax.h: the
// same computation, so two classes equal this bit for bit.
double binaryCrossEntropyLossAtLogit(double y, double z, Unit unit);

// dJ/dz at the logit z: sigmoid(z) - y over ln(base), with a hard label's residual taken from the small
// side (-sigmoid(-z) for y = 1), so a confident right answer leaves its tiny gradient rather than 0.
double binaryCrossEntropyGradientAtLogit(double y, double z, Unit unit);

// (y - yhat)^2. A squared distance between probabilities: it has no unit, whatever unit J is shown in.
double squaredError(double y, double yhat);

// d(y - yhat)^2/dz = 2 (yhat - y) yhat (1 - yhat), unitless like the error itself: vanishes when the model is
// confidently wrong.
double squaredErrorGradientLogit(double y, double yhat);

} // namespace core
