#pragma once

#include "core/units.h"

// The inputs of the lesson with their defaults and ranges, in one place.
namespace widgets::defaults {

inline constexpr double kP = 0.30; // the true distribution (p, 1 - p)
inline constexpr double kQ = 0.60; // the model's distribution (q, 1 - q)
inline constexpr int kY = 1; // the label of one training example
inline constexpr double kYhat = 0.80; // the model's predicted probability of label 1
inline constexpr core::Unit kUnit = core::Unit::Bits;

inline constexpr int kDecimals = 4; // spin boxes show and accept 4 decimals
inline constexpr double kStep = 0.01; // one arrow-key step of a slider

} // namespace widgets::defaults
