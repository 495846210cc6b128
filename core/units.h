#pragma once

#include <optional>
#include <string_view>

namespace core {

// The base of the logarithm: bits (log2), nats (ln) or bans, also called hartleys (log10).
enum class Unit { Bits, Nats, Bans };

// Converts an amount of information from nats to `unit`. Infinity stays infinity; -0 becomes +0 so
// a certain event never reads as "-0".
double fromNats(double nats, Unit unit);

// "bits", "nats", "bans".
std::string_view unitName(Unit unit);

// Accepts "bits", "nats", "bans" and the alias "hartleys" (exact, lower case); nullopt otherwise.
std::optional<Unit> parseUnit(std::string_view text);

} // namespace core
