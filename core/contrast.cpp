#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// sRGB's transfer function undone: the channel's linear light.
double linear(double channel)
{
    if (!(channel > 0.0)) // also NaN
        return 0.0;
    channel = std::min(channel, 1.0);
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(double red, double green, double blue)
{
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

double contrastRatio(double luminance1, double luminance2)
{
    const auto [darker, lighter] = std::minmax(luminance1, luminance2);
    return (lighter + 0.05) / (darker + 0.05);
}

} // namespace core
