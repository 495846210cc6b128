#include "utf8.h"

namespace core {

std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    // Past the end reads as 0, which no continuation range holds: a truncated sequence is invalid.
    const auto byte
        = [&](std::size_t k) -> unsigned { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const unsigned lead = byte(0);
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0; // continuation byte, overlong lead C0/C1, or F5..FF
    if (lead == 0xE0)
        low = 0xA0; // below U+0800 would be overlong
    else if (lead == 0xED)
        high = 0x9F; // U+D800..U+DFFF are surrogates
    else if (lead == 0xF0)
        low = 0x90; // below U+10000 would be overlong
    else if (lead == 0xF4)
        high = 0x8F; // above U+10FFFF
    if (byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(k) < 0x80 || byte(k) > 0xBF)
            return 0;
    }
    return length;
}

char32_t utf8CodePoint(std::string_view text, std::size_t i, std::size_t length)
{
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
    switch (length) {
    case 1:
        return byte(0);
    case 2:
        return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
    case 3:
        return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    default:
        return (byte(0) & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F);
    }
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

std::string quotedForMessage(std::string_view text)
{
    // Appended piece by piece: GCC 12's -Wrestrict misreads "\"" + std::string(...) at -O2 (PR 105329).
    std::string shown = "\"";
    std::size_t characters = 0, i = 0;
    for (; i < text.size() && characters < kQuotedCharacters; ++characters) {
        const std::size_t length = utf8SequenceLength(text, i);
        const bool control = length == 1 && (static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F);
        shown.append(length == 0 || control ? "?" : text.substr(i, length));
        i += length == 0 ? 1 : length;
    }
    if (i < text.size())
        shown.append("...");
    shown.append("\"");
    return shown;
}

} // namespace core
