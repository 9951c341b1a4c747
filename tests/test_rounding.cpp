#include <govtarget/rounding.hpp>

#include <doctest/doctest.h>

#include <cstdint>

using govtarget::rounding;
using govtarget::detail::divide_rounded;

TEST_CASE("each rounding mode on ties, near ties and exact quotients") {
    // 25/10 = 2.5, -25/10 = -2.5, 35/10 = 3.5, 26/10 = 2.6, 24/10 = 2.4
    struct row {
        rounding mode;
        std::int64_t plus_2_5, minus_2_5, plus_3_5, plus_2_6, plus_2_4;
    };
    for (const row r : {row{rounding::half_away_from_zero, 3, -3, 4, 3, 2}, row{rounding::half_even, 2, -2, 4, 3, 2},
                        row{rounding::half_up, 3, -2, 4, 3, 2}, row{rounding::toward_zero, 2, -2, 3, 2, 2},
                        row{rounding::away_from_zero, 3, -3, 4, 3, 3}, row{rounding::floor, 2, -3, 3, 2, 2},
                        row{rounding::ceiling, 3, -2, 4, 3, 3}}) {
        CAPTURE(to_string(r.mode));
        CHECK(divide_rounded<std::int64_t>(25, 10, r.mode) == r.plus_2_5);
        CHECK(divide_rounded<std::int64_t>(-25, 10, r.mode) == r.minus_2_5);
        CHECK(divide_rounded<std::int64_t>(35, 10, r.mode) == r.plus_3_5);
        CHECK(divide_rounded<std::int64_t>(26, 10, r.mode) == r.plus_2_6);
        CHECK(divide_rounded<std::int64_t>(24, 10, r.mode) == r.plus_2_4);
        CHECK(divide_rounded<std::int64_t>(30, 10, r.mode) == 3);
        CHECK(divide_rounded<std::int64_t>(-30, 10, r.mode) == -3);
    }
}

TEST_CASE("rounding with a denominator near the top of the range does not overflow") {
    const std::int64_t big = INT64_MAX - 1;
    CHECK(divide_rounded<std::int64_t>(big / 2 + 1, big, rounding::half_away_from_zero) == 1);
    CHECK(divide_rounded<std::int64_t>(big / 2 - 1, big, rounding::half_away_from_zero) == 0);
    CHECK(divide_rounded<std::int64_t>(big / 2, big, rounding::half_away_from_zero) == 1);  // an exact tie
    CHECK(divide_rounded<std::int64_t>(big / 2, big, rounding::half_even) == 0);
    CHECK(to_string(rounding::half_even) == "half_even");
}

TEST_CASE("every rounding mode has its name") {
    CHECK(to_string(rounding::half_away_from_zero) == "half_away_from_zero");
    CHECK(to_string(rounding::half_up) == "half_up");
    CHECK(to_string(rounding::toward_zero) == "toward_zero");
    CHECK(to_string(rounding::away_from_zero) == "away_from_zero");
    CHECK(to_string(rounding::floor) == "floor");
    CHECK(to_string(rounding::ceiling) == "ceiling");
}
