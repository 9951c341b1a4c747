#pragma once
// Small helpers for reading value strings such as "740亿元" or "-1.9%".

#include <cstddef>
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

}  // namespace govtarget::detail
