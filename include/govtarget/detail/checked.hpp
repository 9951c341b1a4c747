#pragma once
// Overflow-checked 64-bit integer arithmetic and powers of ten.

#include <govtarget/error.hpp>

#include <array>
#include <cstdint>
#include <string>

namespace govtarget::detail {

inline constexpr int max_pow10 = 18;

inline constexpr std::array<std::int64_t, max_pow10 + 1> pow10_table = [] {
    std::array<std::int64_t, max_pow10 + 1> table{};
    table[0] = 1;
    for (std::size_t i = 1; i < table.size(); ++i) table[i] = table[i - 1] * 10;
    return table;
}();

constexpr std::int64_t pow10(int exponent) { return pow10_table[static_cast<std::size_t>(exponent)]; }

[[noreturn]] inline void throw_overflow(const char* operation) {
    throw overflow_error(std::string(operation) + " overflows the 64-bit representation");
}

constexpr std::int64_t checked_add(std::int64_t a, std::int64_t b, const char* operation = "addition") {
    std::int64_t result{};
    if (__builtin_add_overflow(a, b, &result)) throw_overflow(operation);
    return result;
}

constexpr std::int64_t checked_sub(std::int64_t a, std::int64_t b, const char* operation = "subtraction") {
    std::int64_t result{};
    if (__builtin_sub_overflow(a, b, &result)) throw_overflow(operation);
    return result;
}

constexpr std::int64_t checked_mul(std::int64_t a, std::int64_t b, const char* operation = "multiplication") {
    std::int64_t result{};
    if (__builtin_mul_overflow(a, b, &result)) throw_overflow(operation);
    return result;
}

constexpr std::int64_t checked_neg(std::int64_t a, const char* operation = "negation") {
    return checked_sub(0, a, operation);
}

// 128-bit intermediates: products of two int64 always fit.
__extension__ typedef __int128 wide;
__extension__ typedef unsigned __int128 unsigned_wide;

constexpr std::int64_t narrow(wide value, const char* operation) {
    if (value > INT64_MAX || value < INT64_MIN) throw_overflow(operation);
    return static_cast<std::int64_t>(value);
}

constexpr wide checked_wide_mul(wide a, std::int64_t b, const char* operation) {
    wide result{};
    if (__builtin_mul_overflow(a, wide{b}, &result)) throw_overflow(operation);
    return result;
}

constexpr wide abs_wide(wide value) { return value < 0 ? -value : value; }

constexpr wide gcd_wide(wide a, wide b) {
    a = abs_wide(a);
    b = abs_wide(b);
    while (b != 0) {
        wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

}  // namespace govtarget::detail
