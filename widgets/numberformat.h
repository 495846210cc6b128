#pragma once

#include "core/units.h"

#include <QString>

namespace widgets {

// A number as the readouts show it: 4 decimals; values too small for that in scientific form
// ("3.2×10⁻⁵") rather than a misleading "0.0000" or "-0.0000"; infinity as "∞"; a true minus sign.
QString formatNumber(double value, int decimals = 4);

// "log₂", "ln" or "log₁₀": the logarithm that measures in `unit`.
QString logSymbol(core::Unit unit);

// "bits", "nats" or "bans", translated.
QString unitLabel(core::Unit unit);

// The closed form of dJ/dz for the cross-entropy loss J measured in `unit`: "ŷ − y" in nats, "(ŷ − y)/ln 2" in
// bits, "(ŷ − y)/ln 10" in bans. Changing the base divides J, and so its derivative, by ln(base).
QString crossEntropyGradientFormula(core::Unit unit);

} // namespace widgets
