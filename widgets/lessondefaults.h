#pragma once

// How the lesson's probability controls step and show numbers. The inputs themselves, their
// defaults and ranges are core/lessoninputs.h's.
namespace widgets::defaults {

inline constexpr int kDecimals = 4; // spin boxes show and accept 4 decimals
inline constexpr double kStep = 0.01; // one arrow-key step of a slider
// Above this many outcomes, plots of every outcome draw plainer marks: smaller markers without
// antialiasing, solid step lines (dashes broken at every narrow step no longer read as dashes).
inline constexpr int kManyOutcomes = 32;

} // namespace widgets::defaults
