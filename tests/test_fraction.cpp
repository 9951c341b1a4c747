#include <govtarget/fraction.hpp>

#include <doctest/doctest.h>

#include <random>

using namespace govtarget;

TEST_CASE("fractions are reduced with a positive denominator") {
    const fraction f(182, 366);
    CHECK(f.numerator() == 91);
    CHECK(f.denominator() == 183);
    CHECK(fraction(3, -6) == fraction(-1, 2));
    CHECK(fraction(0, 5) == fraction(0));
    CHECK(fraction(11, 12).to_string() == "11/12");
    CHECK(fraction(4).to_string() == "4");
    CHECK_THROWS_AS(fraction(1, 0), domain_error);
}

TEST_CASE("fraction arithmetic and ordering are exact") {
    CHECK(fraction(1, 3) + fraction(1, 6) == fraction(1, 2));
    CHECK(fraction(1, 2) - fraction(3, 4) == fraction(-1, 4));
    CHECK(fraction(31, 33) * fraction(33, 31) == fraction(1));
    CHECK(fraction(1, 2) / fraction(1, 4) == fraction(2));
    CHECK(fraction(1, 3) < fraction(34, 100));
    CHECK(fraction(-1, 2) < fraction(0));
    CHECK(fraction(5.5_dec) == fraction(11, 2));
    CHECK_THROWS_AS(fraction(1) / fraction(0), domain_error);
    CHECK_THROWS_AS(fraction(INT64_MAX) + fraction(1), overflow_error);
}

TEST_CASE("fractions as decimals and percents") {
    CHECK(fraction(11, 12).to_percent(1) == 91.7_dec);
    CHECK(fraction(1, 2).to_percent(0) == 50_dec);
    CHECK(fraction(2, 3).to_decimal(4) == 0.6667_dec);
    CHECK(fraction(2, 3).to_decimal(4, rounding::toward_zero) == 0.6666_dec);
    CHECK(fraction(-2, 3).to_decimal(2) == -0.67_dec);
    CHECK(fraction(3, 2000).exact_decimal() == 0.0015_dec);
    CHECK_FALSE(fraction(1, 3).exact_decimal().has_value());
    CHECK_THROWS_AS(fraction(1, 3).to_decimal(19), domain_error);
}

TEST_CASE("fraction properties over random values") {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> part(-1'000'000, 1'000'000);
    for (int i = 0; i < 10000; ++i) {
        const std::int64_t d1 = part(random), d2 = part(random);
        if (d1 == 0 || d2 == 0) continue;
        const fraction a(part(random), d1), b(part(random), d2);
        CHECK((a + b) - b == a);
        CHECK(a * b == b * a);
        if (!b.is_zero()) CHECK((a / b) * b == a);
        CHECK(a.denominator() > 0);
    }
}
