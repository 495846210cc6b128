#include "units.h"

#include <numbers>

namespace core {

double fromNats(double nats, Unit unit)
{
    double value = nats;
    switch (unit) {
    case Unit::Bits:
        value = nats * std::numbers::log2e;
        break;
    case Unit::Nats:
        break;
    case Unit::Bans:
        value = nats * std::numbers::log10e;
        break;
    }
    return value + 0.0; // IEEE: -0 + +0 == +0
}

std::string_view unitName(Unit unit)
{
    switch (unit) {
    case Unit::Bits:
        return "bits";
    case Unit::Nats:
        return "nats";
    case Unit::Bans:
        return "bans";
    }
    return "nats";
}

std::optional<Unit> parseUnit(std::string_view text)
{
    if (text == "bits")
        return Unit::Bits;
    if (text == "nats")
        return Unit::Nats;
    if (text == "bans" || text == "hartleys")
        return Unit::Bans;
    return std::nullopt;
}

} // namespace core
