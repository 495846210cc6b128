#pragma once

// How the lesson's probability controls step and show numbers. The inputs themselves, their
// defaults and ranges are core/lessoninputs.h's.
namespace widgets::defaults {

inline constexpr int kDecimals = 4; // spin boxes show and accept 4 decimals
inline constexpr double kStep = 0.01; // one arrow-key step of a slider

} // namespace widgets::defaults
