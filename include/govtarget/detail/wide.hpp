#pragma once
// The 128-bit signed intermediate, detail::wide: products of two int64 always fit.
//
// GCC and Clang have __int128; other compilers (MSVC) get Boost.Multiprecision's checked
// 128-bit integer, which is constexpr in C++20. GOVTARGET_PORTABLE_WIDE (CMake option
// GOVTARGET_FORCE_BOOST_WIDE) takes the Boost path on GCC and Clang too, and with it the
// portable overflow checks of detail/checked.hpp, so that CI builds what MSVC builds.

#include <cstdint>
#include <string>

#if defined(__SIZEOF_INT128__) && !defined(GOVTARGET_PORTABLE_WIDE)
#define GOVTARGET_DETAIL_WIDE_INT128 1
#else
#define GOVTARGET_DETAIL_WIDE_INT128 0
#include <boost/multiprecision/cpp_int.hpp>
#endif

namespace govtarget::detail {

#if GOVTARGET_DETAIL_WIDE_INT128
__extension__ typedef __int128 wide;
__extension__ typedef unsigned __int128 unsigned_wide;

inline constexpr wide wide_max = static_cast<wide>(~unsigned_wide{0} >> 1);
#else
// Sign and 128-bit magnitude: it holds ±(2^128 - 1), more than __int128, and throws
// std::overflow_error past that. The checks in detail/checked.hpp keep results within the
// range of __int128, so that both paths overflow at the same place.
using wide = boost::multiprecision::checked_int128_t;
using unsigned_wide = boost::multiprecision::checked_uint128_t;

inline constexpr wide wide_max = (wide{1} << 127) - 1;
#endif

inline constexpr wide wide_min = -wide_max - 1;

inline constexpr bool wide_is_int128 = GOVTARGET_DETAIL_WIDE_INT128 != 0;

// The int64 a wide holds; the caller has checked that it fits.
[[nodiscard]] constexpr std::int64_t to_int64(wide value) { return static_cast<std::int64_t>(value); }

// Decimal text: "-170141183460469231731687303715884105728".
[[nodiscard]] inline std::string wide_to_string(wide value) {
    const bool negative = value < 0;
    std::string text;
    // Digit by digit from the remainder, which has the value's sign: no negation, so the
    // most negative value prints too.
    do {
        const int digit = static_cast<int>(value % 10);
        text.insert(text.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
        value /= 10;
    } while (value != 0);
    if (negative) text.insert(text.begin(), '-');
    return text;
}

}  // namespace govtarget::detail
