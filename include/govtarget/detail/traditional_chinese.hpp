#pragma once
// Traditional text read as Simplified, character by character and byte for byte, so that
// every span into the converted text is a span into the original. Phrase-level conversion
// (OpenCC's) would change lengths and buys nothing for numbers, units and indicator names.

#include <govtarget/detail/traditional_chinese_table.hpp>
#include <govtarget/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace govtarget::detail {

// The Simplified form of the 3-byte character at the start of `at` in a pair table, or empty.
inline std::string_view simplified_in(std::string_view pairs, std::string_view at) noexcept {
    if (at.size() < 3) return {};
    std::size_t low = 0, high = pairs.size() / 6;
    const std::uint32_t key = three_byte_code(at);
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        const std::uint32_t candidate = three_byte_code(pairs.substr(middle * 6, 3));
        if (candidate == key) return pairs.substr(middle * 6 + 3, 3);
        if (candidate < key) low = middle + 1;
        else high = middle;
    }
    return {};
}

inline bool is_three_byte_lead(unsigned char c) noexcept { return c >= 0xE3 && c <= 0xEF; }
// Bytes to the next character; a stray continuation byte is passed one at a time.
inline std::size_t utf8_step(unsigned char lead) noexcept { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// One bit per code point of the Basic Plane: the characters a pair table converts. Every
// Chinese character of a text is asked, so a bit, not a search.
using character_bits = std::array<std::uint64_t, 0x10000 / 64>;
inline character_bits characters_of(std::string_view pairs) noexcept {
    character_bits table{};
    for (std::size_t k = 0; k + 6 <= pairs.size(); k += 6) {
        const std::uint32_t c = three_byte_code_point(pairs.substr(k));
        table[c / 64] |= std::uint64_t{1} << (c % 64);
    }
    return table;
}
inline bool has_character(const character_bits& bits, std::string_view at) noexcept {
    if (at.size() < 3) return false;
    const std::uint32_t c = three_byte_code_point(at);
    return (bits[c / 64] >> (c % 64)) & 1u;
}

// Whether the 3-byte character at the start of `at` is found only in Traditional text.
inline bool is_traditional_only(std::string_view at) noexcept {
    static const character_bits bits = characters_of(traditional_only_pairs);
    return has_character(bits, at);
}
inline bool is_traditional(std::string_view at) noexcept {
    static const character_bits shared = characters_of(traditional_shared_pairs);
    return is_traditional_only(at) || has_character(shared, at);
}

// A text is Traditional when at least one in ten of its first Chinese characters (and at
// least three) are found only in Traditional text; a Simplified text has none of them.
inline bool looks_traditional(std::string_view text) noexcept {
    constexpr std::size_t sample = 4000;
    std::size_t chinese = 0, traditional = 0;
    for (std::size_t i = 0; i + 3 <= text.size() && chinese < sample;) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (!is_three_byte_lead(lead)) {
            i += utf8_step(lead);
            continue;
        }
        ++chinese;
        if (is_traditional_only(text.substr(i))) ++traditional;
        i += 3;
    }
    return traditional >= 3 && traditional * 10 >= chinese;
}

// The text with its Traditional characters in Simplified form, of the same length; nothing
// when the text does not look Traditional (a Simplified text is left exactly as it is).
inline std::optional<std::string> simplified_if_traditional(std::string_view text) {
    if (!looks_traditional(text)) return std::nullopt;
    std::string out(text);
    for (std::size_t i = 0; i + 3 <= out.size();) {
        const auto lead = static_cast<unsigned char>(out[i]);
        if (!is_three_byte_lead(lead)) {
            i += utf8_step(lead);
            continue;
        }
        const std::string_view rest = std::string_view(out).substr(i);
        if (!is_traditional(rest)) {  // most characters: no search
            i += 3;
            continue;
        }
        std::string_view to = simplified_in(traditional_only_pairs, rest);
        if (to.empty()) to = simplified_in(traditional_shared_pairs, rest);
        if (!to.empty()) std::copy(to.begin(), to.end(), out.begin() + static_cast<std::ptrdiff_t>(i));
        i += 3;
    }
    return out;
}

}  // namespace govtarget::detail
