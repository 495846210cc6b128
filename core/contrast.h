#pragma once

namespace core {

// WCAG 2.1's measure of how far apart two colours are for the eye, used to check that every curve,
// marker and label stands out from what it is drawn on (success criteria 1.4.3 and 1.4.11).

// The relative luminance of an sRGB colour, its channels in [0, 1]: 0 for black, 1 for white.
// A channel outside [0, 1] is clamped; NaN counts as 0.
double relativeLuminance(double red, double green, double blue);

// The contrast ratio (L1 + 0.05) / (L2 + 0.05) of two relative luminances, the lighter over the
// darker, so the order does not matter: 1 for equal colours, 21 for black and white. The
// luminances are in [0, 1], as relativeLuminance gives them.
double contrastRatio(double luminance1, double luminance2);

// WCAG 2.1's least ratios: 1.4.11 for the parts of a graphic one needs to read it (curves,
// markers), 1.4.3 (level AA) for text below 18 pt.
inline constexpr double kGraphicContrast = 3.0;
inline constexpr double kTextContrast = 4.5;

} // namespace core
