#pragma once
// Rounding modes. Every operation that can lose digits takes one explicitly.

#include <cstdint>
#include <string_view>

namespace govtarget {

enum class rounding {
    half_away_from_zero,  // 四舍五入: 2.345 -> 2.35, -2.345 -> -2.35
    half_even,            // banker's rounding: 2.345 -> 2.34, 2.355 -> 2.36
    half_up,              // ties toward +infinity: -2.345 -> -2.34
    toward_zero,          // truncation
    away_from_zero,
    floor,
    ceiling,
};

inline constexpr std::string_view to_string(rounding mode) {
    switch (mode) {
        case rounding::half_away_from_zero: return "half_away_from_zero";
        case rounding::half_even: return "half_even";
        case rounding::half_up: return "half_up";
        case rounding::toward_zero: return "toward_zero";
        case rounding::away_from_zero: return "away_from_zero";
        case rounding::floor: return "floor";
        case rounding::ceiling: return "ceiling";
    }
    return "unknown";
}

namespace detail {

// Divides numerator by a positive denominator and rounds the quotient as asked.
template <class Int>
constexpr Int divide_rounded(Int numerator, Int denominator, rounding mode) {
    Int quotient = numerator / denominator;
    Int remainder = numerator % denominator;
    if (remainder == 0) return quotient;
    const bool negative = numerator < 0;
    const Int below = remainder < 0 ? -remainder : remainder;  // distance to the truncated quotient
    const Int above = denominator - below;                      // distance to the next one out
    bool away = false;  // move one step away from zero (the quotient truncated toward zero)
    switch (mode) {
        case rounding::half_away_from_zero: away = below >= above; break;
        case rounding::half_even:
            away = below > above || (below == above && quotient % 2 != 0);
            break;
        case rounding::half_up: away = negative ? below > above : below >= above; break;
        case rounding::toward_zero: away = false; break;
        case rounding::away_from_zero: away = true; break;
        case rounding::floor: away = negative; break;
        case rounding::ceiling: away = !negative; break;
    }
    if (away) quotient += negative ? -1 : 1;
    return quotient;
}

}  // namespace detail
}  // namespace govtarget
