#pragma once
// UTF-8 helpers for readers: validation, character columns, and cutting text without
// splitting a character.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace govtarget::detail {

// Length of the UTF-8 sequence at i, or 0 where it is not one (a stray continuation byte,
// a truncated sequence, an overlong form, a surrogate, a code point past U+10FFFF).
constexpr std::size_t valid_sequence_length(std::string_view text, std::size_t i) noexcept {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t min = 0;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) length = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0) length = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0) length = 4, min = 0x10000;
    else return 0;
    if (i + length > text.size()) return 0;
    char32_t cp = c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

// Byte offset of the first invalid UTF-8 sequence, or none.
constexpr std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = valid_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

// Whether bytes that are not UTF-8 read as GB18030 (GBK, GB2312 included): every byte ASCII
// or in a two- or four-byte GB18030 sequence, at least one such sequence. What Excel and WPS
// save as "CSV" on Chinese Windows, and what county web sites still serve.
constexpr bool reads_as_gb18030(std::string_view text) noexcept {
    bool multibyte = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b < 0x81 || b > 0xFE || i + 1 >= text.size()) return false;
        const auto second = static_cast<unsigned char>(text[i + 1]);
        if ((second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE)) {
            i += 2;
        } else if (second >= 0x30 && second <= 0x39 && i + 3 < text.size()) {
            const auto third = static_cast<unsigned char>(text[i + 2]), fourth = static_cast<unsigned char>(text[i + 3]);
            if (third < 0x81 || third > 0xFE || fourth < 0x30 || fourth > 0x39) return false;
            i += 4;
        } else {
            return false;
        }
        multibyte = true;
    }
    return multibyte;
}

// What to say of text that is not UTF-8: the encoding it reads as, and what to do.
inline std::string not_utf8_reason(std::string_view text) {
    if (reads_as_gb18030(text))
        return "not UTF-8: the bytes read as GB18030 (GBK), as Excel and WPS save CSV on Chinese Windows; "
               "save as \"CSV UTF-8\" or convert it (iconv -f GB18030 -t UTF-8)";
    return "invalid UTF-8 (is the file text? a legacy encoding?)";
}

// A control character other than tab, line feed and carriage return: not text.
constexpr bool is_control_byte(unsigned char c) noexcept {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// Valid UTF-8 without control characters (tab, line feed and carriage return aside).
constexpr bool is_plain_text(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        if (is_control_byte(static_cast<unsigned char>(text[i]))) return false;
        const std::size_t length = valid_sequence_length(text, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

constexpr bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Number of characters (code points) in text, assumed valid.
constexpr std::size_t character_count(std::string_view text) noexcept {
    std::size_t n = 0;
    for (char c : text)
        if (!is_continuation(c)) ++n;
    return n;
}

// Where a byte offset is for a reader of the text: 1-based line, and column in characters.
struct text_position {
    std::size_t line = 1;
    std::size_t column = 1;
};
constexpr text_position position_of(std::string_view text, std::size_t offset) noexcept {
    text_position at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') at.line += 1, at.column = 1;
        else if (!is_continuation(text[i])) ++at.column;
    }
    return at;
}

// At most max_bytes of text, cut at a character boundary.
constexpr std::string_view prefix_at_boundary(std::string_view text, std::size_t max_bytes) noexcept {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(text[end])) --end;
    return text.substr(0, end);
}

// Decodes the character at i (valid UTF-8 assumed) and advances i past it.
constexpr char32_t decode_at(std::string_view text, std::size_t& i) noexcept {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + length > text.size()) length = text.size() - i;
    char32_t cp = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return cp;
}

// Columns a text takes in a terminal: CJK characters and full-width forms take two.
constexpr std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode_at(text, i);
        width += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                                   (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                                   (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
                                   (cp >= 0x20000 && cp <= 0x3FFFD)))
                     ? 2
                     : 1;
    }
    return width;
}

// The three-byte UTF-8 character at the start of `at` (at least three bytes) as one number,
// its bytes (一 is 0xE4B880), for switches and searches that compare integers, not strings;
// and as its code point (U+4E00), for bitmaps of the Basic Plane.
constexpr std::uint32_t three_byte_code(std::string_view at) noexcept {
    return (std::uint32_t{static_cast<unsigned char>(at[0])} << 16) | (std::uint32_t{static_cast<unsigned char>(at[1])} << 8) |
           static_cast<unsigned char>(at[2]);
}
constexpr std::uint32_t three_byte_code_point(std::string_view at) noexcept {
    return ((std::uint32_t{static_cast<unsigned char>(at[0])} & 0x0Fu) << 12) |
           ((std::uint32_t{static_cast<unsigned char>(at[1])} & 0x3Fu) << 6) | (static_cast<unsigned char>(at[2]) & 0x3Fu);
}

}  // namespace govtarget::detail
