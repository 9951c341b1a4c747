// detail/checked.hpp and its 128-bit intermediate (detail/wide.hpp): the same results at the
// edges whether wide is __int128 or Boost's checked_int128_t (GOVTARGET_FORCE_BOOST_WIDE).
#include <govtarget/detail/checked.hpp>
#include <govtarget/rounding.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using namespace govtarget;
using detail::wide;

namespace {

constexpr std::int64_t edges[] = {INT64_MIN, INT64_MIN + 1, -3037000500, -3037000499, -2, -1, 0, 1, 2,
                                  3037000499, 3037000500, INT64_MAX - 1, INT64_MAX};  // 3037000500² > INT64_MAX

bool fits_int64(wide value) { return value >= INT64_MIN && value <= INT64_MAX; }

std::string text(wide value) { return detail::wide_to_string(value); }

}  // namespace

// Also constant expressions on both paths.
static_assert([] {
    std::int64_t r = 0;
    return detail::mul_overflows(INT64_MAX, 2, r) && !detail::add_overflows(INT64_MAX, -1, r) && r == INT64_MAX - 1;
}());
static_assert(detail::narrow(wide{INT64_MAX} * INT64_MAX / INT64_MAX, "test") == INT64_MAX);
static_assert(detail::gcd_wide(-12, 18) == 6);
static_assert(detail::narrow(detail::divide_rounded(wide{-25}, wide{10}, rounding::half_even), "test") == -2);
static_assert(detail::wide_max > wide{INT64_MAX} * INT64_MAX);

TEST_CASE("the 128-bit intermediate in use") {
#if defined(GOVTARGET_PORTABLE_WIDE) || !defined(__SIZEOF_INT128__)
    CHECK_FALSE(detail::wide_is_int128);
#else
    CHECK(detail::wide_is_int128);
#endif
    const std::string path = detail::wide_is_int128 ? "__int128" : "boost::multiprecision::checked_int128_t";
    MESSAGE("detail::wide is " << path);
    // The range of __int128 on both paths.
    CHECK(text(detail::wide_max) == "170141183460469231731687303715884105727");
    CHECK(text(detail::wide_min) == "-170141183460469231731687303715884105728");
    CHECK(text(0) == "0");
    CHECK(text(-7) == "-7");
}

TEST_CASE("products of int64 extremes are exact in wide") {
    CHECK(text(wide{INT64_MAX} * INT64_MAX) == "85070591730234615847396907784232501249");
    CHECK(text(wide{INT64_MIN} * INT64_MIN) == "85070591730234615865843651857942052864");
    CHECK(text(wide{INT64_MIN} * INT64_MAX) == "-85070591730234615856620279821087277056");
    CHECK(detail::to_int64(wide{INT64_MIN}) == INT64_MIN);
    CHECK(detail::to_int64(wide{INT64_MAX} * INT64_MAX / INT64_MAX) == INT64_MAX);
}

TEST_CASE("int64 add, sub and mul detect overflow exactly at the limits") {
    for (const std::int64_t a : edges) {
        for (const std::int64_t b : edges) {
            CAPTURE(a);
            CAPTURE(b);
            const wide sum = wide{a} + b, difference = wide{a} - b, product = wide{a} * b;
            std::int64_t r = 0;
            CHECK(detail::add_overflows(a, b, r) == !fits_int64(sum));
            if (fits_int64(sum)) {
                CHECK(r == detail::to_int64(sum));
                CHECK(detail::checked_add(a, b) == detail::to_int64(sum));
            } else {
                CHECK_THROWS_AS(detail::checked_add(a, b), overflow_error);
            }
            CHECK(detail::sub_overflows(a, b, r) == !fits_int64(difference));
            if (fits_int64(difference)) {
                CHECK(r == detail::to_int64(difference));
                CHECK(detail::checked_sub(a, b) == detail::to_int64(difference));
            } else {
                CHECK_THROWS_AS(detail::checked_sub(a, b), overflow_error);
            }
            CHECK(detail::mul_overflows(a, b, r) == !fits_int64(product));
            if (fits_int64(product)) {
                CHECK(r == detail::to_int64(product));
                CHECK(detail::checked_mul(a, b) == detail::to_int64(product));
            } else {
                CHECK_THROWS_AS(detail::checked_mul(a, b), overflow_error);
            }
        }
    }
    CHECK_THROWS_AS(detail::checked_neg(INT64_MIN), overflow_error);
    CHECK(detail::checked_neg(INT64_MAX) == INT64_MIN + 1);
}

TEST_CASE("wide add, sub and mul overflow where __int128 does") {
    const wide max = detail::wide_max, min = detail::wide_min;
    const wide two_63 = wide{INT64_MIN} * -1, two_64 = two_63 * 2;
    wide r = 0;
    CHECK(detail::add_overflows(max, wide{1}, r));
    CHECK_FALSE(detail::add_overflows(max, wide{0}, r));
    CHECK_FALSE(detail::add_overflows(max, min, r));
    CHECK(text(r) == "-1");
    CHECK(detail::add_overflows(min, wide{-1}, r));
    CHECK(detail::sub_overflows(min, wide{1}, r));
    CHECK(detail::sub_overflows(wide{0}, min, r));
    CHECK_FALSE(detail::sub_overflows(wide{-1}, min, r));
    CHECK(text(r) == text(max));
    CHECK(detail::mul_overflows(min, wide{-1}, r));
    CHECK_FALSE(detail::mul_overflows(min, wide{1}, r));
    CHECK_FALSE(detail::mul_overflows(max, wide{-1}, r));
    CHECK(text(r) == "-170141183460469231731687303715884105727");
    CHECK(detail::mul_overflows(two_64, two_63, r));  // 2^127
    CHECK_FALSE(detail::mul_overflows(-two_64, two_63, r));
    CHECK(text(r) == text(min));
    CHECK(detail::mul_overflows(two_63, -two_64 - 1, r));
    CHECK(detail::mul_overflows(min, min, r));
    CHECK_FALSE(detail::mul_overflows(wide{0}, min, r));
    CHECK(text(r) == "0");
    CHECK_FALSE(detail::mul_overflows(wide{INT64_MIN}, wide{INT64_MIN}, r));
    CHECK(text(r) == "85070591730234615865843651857942052864");

    CHECK(text(detail::checked_wide_mul(wide{INT64_MAX} * INT64_MAX, 2, "test")) ==
          "170141183460469231694793815568465002498");
    CHECK_THROWS_AS(detail::checked_wide_mul(wide{INT64_MAX} * INT64_MAX, 3, "test"), overflow_error);
    CHECK_THROWS_AS(detail::checked_wide_mul(min, -1, "test"), overflow_error);
    CHECK(detail::narrow(wide{INT64_MIN}, "test") == INT64_MIN);
    CHECK_THROWS_AS(detail::narrow(wide{INT64_MAX} + 1, "test"), overflow_error);
    CHECK_THROWS_AS(detail::narrow(wide{INT64_MIN} - 1, "test"), overflow_error);
}

TEST_CASE("gcd of wide values") {
    CHECK(text(detail::gcd_wide(-12, 18)) == "6");
    CHECK(text(detail::gcd_wide(0, -5)) == "5");
    CHECK(text(detail::gcd_wide(wide{INT64_MIN} * 2, wide{INT64_MAX})) == "1");
    // 2^126 and 3·2^64
    CHECK(text(detail::gcd_wide(wide{INT64_MIN} * INT64_MIN, wide{INT64_MIN} * -6)) == "18446744073709551616");
    CHECK(text(detail::gcd_wide(wide{INT64_MAX} * INT64_MAX, -wide{INT64_MAX} * 2)) == text(INT64_MAX));
    CHECK(text(detail::abs_wide(-detail::wide_max)) == text(detail::wide_max));
}

TEST_CASE("divide_rounded on negative wide values, every mode") {
    // -2.5, -2.6, -2.4, -3.5, and INT64_MIN - 0.5 (a tie just past the int64 range)
    const wide tie_past = wide{INT64_MIN} * 10 - 5;
    struct row {
        rounding mode;
        std::int64_t minus_2_5, minus_2_6, minus_2_4, minus_3_5;
        bool past_rounds_out;  // INT64_MIN - 0.5 rounds to INT64_MIN - 1
    };
    for (const row r : {row{rounding::half_away_from_zero, -3, -3, -2, -4, true},
                        row{rounding::half_even, -2, -3, -2, -4, false},
                        row{rounding::half_up, -2, -3, -2, -3, false}, row{rounding::toward_zero, -2, -2, -2, -3, false},
                        row{rounding::away_from_zero, -3, -3, -3, -4, true}, row{rounding::floor, -3, -3, -3, -4, true},
                        row{rounding::ceiling, -2, -2, -2, -3, false}}) {
        CAPTURE(to_string(r.mode));
        const auto divided = [&](std::int64_t numerator) {
            const std::int64_t narrowed =
                detail::narrow(detail::divide_rounded(wide{numerator}, wide{10}, r.mode), "test");
            CHECK(narrowed == detail::divide_rounded<std::int64_t>(numerator, 10, r.mode));
            return narrowed;
        };
        CHECK(divided(-25) == r.minus_2_5);
        CHECK(divided(-26) == r.minus_2_6);
        CHECK(divided(-24) == r.minus_2_4);
        CHECK(divided(-35) == r.minus_3_5);
        CHECK(divided(-30) == -3);
        const wide past = detail::divide_rounded(tie_past, wide{10}, r.mode);
        CHECK(text(past) == text(r.past_rounds_out ? wide{INT64_MIN} - 1 : wide{INT64_MIN}));
        if (r.past_rounds_out) {
            CHECK_THROWS_AS(detail::narrow(past, "test"), overflow_error);
        }
        // A quotient of two wide extremes.
        const wide q = detail::divide_rounded(-detail::wide_max, wide{INT64_MAX} * INT64_MAX, r.mode);
        CHECK(text(q) == text(r.mode == rounding::toward_zero || r.mode == rounding::ceiling ||
                                      r.mode == rounding::half_up || r.mode == rounding::half_even ||
                                      r.mode == rounding::half_away_from_zero
                                  ? wide{-2}
                                  : wide{-3}));
    }
}
