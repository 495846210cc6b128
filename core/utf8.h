#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Strict UTF-8 decoding, shared by every reader of untrusted text in the core.
namespace core {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if none starts there. The
// ranges of the second byte are those of table 3-7 of the Unicode Standard, which leave out
// overlong forms, surrogates (U+D800..U+DFFF), code points above U+10FFFF and truncated sequences.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);

// The code point of the well-formed sequence of `length` bytes (utf8SequenceLength) at text[i].
char32_t utf8CodePoint(std::string_view text, std::size_t i, std::size_t length);

// True when the whole of `text` is well-formed UTF-8 (the empty text is).
bool isValidUtf8(std::string_view text);

// Untrusted text as a message quotes it: in double quotes, at most kQuotedCharacters characters
// (then "..." inside the quotes), each control character and each byte that starts no well-formed
// sequence shown as '?'. So a message stays one line of valid UTF-8 whatever the text was.
inline constexpr std::size_t kQuotedCharacters = 40;
std::string quotedForMessage(std::string_view text);

} // namespace core
