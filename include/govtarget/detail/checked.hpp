#pragma once
// Overflow-checked integer arithmetic (64-bit, and 128-bit in detail::wide) and powers of ten.

#include <govtarget/detail/wide.hpp>
#include <govtarget/error.hpp>

#include <array>
#include <cstdint>
#include <string>

// The compilers' overflow builtins where they exist: one instruction and a flag test.
#if defined(GOVTARGET_PORTABLE_WIDE)
#define GOVTARGET_DETAIL_OVERFLOW_BUILTINS 0
#elif defined(__has_builtin)
#if __has_builtin(__builtin_add_overflow) && __has_builtin(__builtin_sub_overflow) && \
    __has_builtin(__builtin_mul_overflow)
#define GOVTARGET_DETAIL_OVERFLOW_BUILTINS 1
#else
#define GOVTARGET_DETAIL_OVERFLOW_BUILTINS 0
#endif
#elif defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 5
#define GOVTARGET_DETAIL_OVERFLOW_BUILTINS 1
#else
#define GOVTARGET_DETAIL_OVERFLOW_BUILTINS 0
#endif

namespace govtarget::detail {

// a + b, a - b, a × b into result; true if the exact value does not fit (result is then
// unspecified). The portable forms test against the limits before the operation.
[[nodiscard]] constexpr bool add_overflows(std::int64_t a, std::int64_t b, std::int64_t& result) noexcept {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS
    return __builtin_add_overflow(a, b, &result);
#else
    if (b > 0 ? a > INT64_MAX - b : a < INT64_MIN - b) return true;
    result = a + b;
    return false;
#endif
}

[[nodiscard]] constexpr bool sub_overflows(std::int64_t a, std::int64_t b, std::int64_t& result) noexcept {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS
    return __builtin_sub_overflow(a, b, &result);
#else
    if (b < 0 ? a > INT64_MAX + b : a < INT64_MIN + b) return true;
    result = a - b;
    return false;
#endif
}

[[nodiscard]] constexpr bool mul_overflows(std::int64_t a, std::int64_t b, std::int64_t& result) noexcept {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS
    return __builtin_mul_overflow(a, b, &result);
#else
    const wide product = wide{a} * b;  // always fits
    if (product > INT64_MAX || product < INT64_MIN) return true;
    result = to_int64(product);
    return false;
#endif
}

// The same for wide, within wide_min..wide_max (the range of __int128 on both paths).
[[nodiscard]] constexpr bool add_overflows(wide a, wide b, wide& result) {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS && GOVTARGET_DETAIL_WIDE_INT128
    return __builtin_add_overflow(a, b, &result);
#else
    if (b > 0 ? a > wide_max - b : a < wide_min - b) return true;
    result = a + b;
    return false;
#endif
}

[[nodiscard]] constexpr bool sub_overflows(wide a, wide b, wide& result) {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS && GOVTARGET_DETAIL_WIDE_INT128
    return __builtin_sub_overflow(a, b, &result);
#else
    if (b < 0 ? a > wide_max + b : a < wide_min + b) return true;
    result = a - b;
    return false;
#endif
}

[[nodiscard]] constexpr bool mul_overflows(wide a, wide b, wide& result) {
#if GOVTARGET_DETAIL_OVERFLOW_BUILTINS && GOVTARGET_DETAIL_WIDE_INT128
    return __builtin_mul_overflow(a, b, &result);
#else
    // Divides the limit by one operand, by sign, so that nothing is negated.
    bool overflows = false;
    if (a > 0)
        overflows = b > 0 ? a > wide_max / b : b < wide_min / a;
    else if (a < 0)
        overflows = b > 0 ? a < wide_min / b : b < 0 && b < wide_max / a;
    if (overflows) return true;
    result = a * b;
    return false;
#endif
}

// Hints that *address is about to be written; nothing where the compiler has no such hint.
inline void prefetch_for_write(const void* address) noexcept {
#if defined(__GNUC__)
    __builtin_prefetch(address, 1);
#else
    static_cast<void>(address);
#endif
}

inline constexpr int max_pow10 = 18;

inline constexpr std::array<std::int64_t, max_pow10 + 1> pow10_table = [] {
    std::array<std::int64_t, max_pow10 + 1> table{};
    table[0] = 1;
    for (std::size_t i = 1; i < table.size(); ++i) table[i] = table[i - 1] * 10;
    return table;
}();

[[nodiscard]] constexpr std::int64_t pow10(int exponent) { return pow10_table[static_cast<std::size_t>(exponent)]; }

[[noreturn]] inline void throw_overflow(const char* operation) {
    throw overflow_error(std::string(operation) + " overflows the 64-bit representation");
}

[[nodiscard]] constexpr std::int64_t checked_add(std::int64_t a, std::int64_t b, const char* operation = "addition") {
    std::int64_t result{};
    if (add_overflows(a, b, result)) throw_overflow(operation);
    return result;
}

[[nodiscard]] constexpr std::int64_t checked_sub(std::int64_t a, std::int64_t b,
                                                 const char* operation = "subtraction") {
    std::int64_t result{};
    if (sub_overflows(a, b, result)) throw_overflow(operation);
    return result;
}

[[nodiscard]] constexpr std::int64_t checked_mul(std::int64_t a, std::int64_t b,
                                                 const char* operation = "multiplication") {
    std::int64_t result{};
    if (mul_overflows(a, b, result)) throw_overflow(operation);
    return result;
}

[[nodiscard]] constexpr std::int64_t checked_neg(std::int64_t a, const char* operation = "negation") {
    return checked_sub(0, a, operation);
}

[[nodiscard]] constexpr std::int64_t narrow(wide value, const char* operation) {
    if (value > INT64_MAX || value < INT64_MIN) throw_overflow(operation);
    return to_int64(value);
}

[[nodiscard]] constexpr wide checked_wide_mul(wide a, std::int64_t b, const char* operation) {
    wide result{};
    if (mul_overflows(a, wide{b}, result)) throw_overflow(operation);
    return result;
}

[[nodiscard]] constexpr wide abs_wide(wide value) { return value < 0 ? -value : value; }

[[nodiscard]] constexpr wide gcd_wide(wide a, wide b) {
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
