#pragma once
// Small helpers for reading value strings such as "740亿元" or "-1.9%", and table cells.

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace govtarget::detail {

// Length of the leading [+-]digits[.digits] run (what decimal::parse will judge).
constexpr std::size_t number_prefix_length(std::string_view text) noexcept {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t digits_start = i;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
    return i == digits_start ? 0 : i;
}

// Without leading and trailing ASCII white space, ideographic spaces and no-break spaces.
constexpr std::string_view trim(std::string_view text) noexcept {
    for (bool changed = true; changed && !text.empty();) {
        changed = false;
        for (std::string_view space : {" ", "\t", "\r", "\xE3\x80\x80", "\xC2\xA0"}) {
            if (text.starts_with(space)) text.remove_prefix(space.size()), changed = true;
            if (text.ends_with(space)) text.remove_suffix(space.size()), changed = true;
        }
    }
    return text;
}

// "/", "／", "-", "—", "——", "－" and the empty cell: a completion not reported, no number.
constexpr bool is_not_reported_mark(std::string_view text) noexcept {
    for (std::string_view mark : {"", "/", "／", "-", "—", "——", "－"})
        if (text == mark) return true;
    return false;
}

}  // namespace govtarget::detail
