#include <govtarget/decimal.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <unordered_set>

using namespace govtarget;

TEST_CASE("decimal reads and prints the numbers of the documents exactly") {
    for (const char* text : {"5.5", "75.7", "0.01", "88.8", "1200", "-1.9", "740", "469.6", "2.95", "0", "145"}) {
        CAPTURE(text);
        CHECK(decimal::parse(text).to_string() == text);
    }
    CHECK(decimal::parse("5.50").to_string() == "5.50");  // scale is kept as written
    CHECK(decimal::parse("5.50") == decimal::parse("5.5"));
    CHECK(decimal::parse("+3").to_string() == "3");
    CHECK(decimal::parse("-0.5").to_string() == "-0.5");
    CHECK(decimal::parse("007").to_string() == "7");
    CHECK(decimal::parse("0.000000000000000001").scale() == 18);
}

TEST_CASE("decimal literals are checked at compile time") {
    constexpr decimal d = 5.5_dec;
    static_assert(d.mantissa() == 55 && d.scale() == 1);
    static_assert(1200_dec == decimal(1200));
    CHECK((-1.9_dec).to_string() == "-1.9");
}

TEST_CASE("decimal extremes") {
    CHECK(decimal::parse("9223372036854775807").mantissa() == INT64_MAX);
    CHECK(decimal::parse("-9223372036854775808").mantissa() == INT64_MIN);
    CHECK(decimal::parse("-9223372036854775808").to_string() == "-9223372036854775808");
    CHECK_THROWS_AS(decimal::parse("9223372036854775808"), parse_error);
    CHECK_THROWS_AS(decimal::parse("99999999999999999999"), parse_error);
    CHECK_THROWS_AS(-decimal::parse("-9223372036854775808"), overflow_error);
}

TEST_CASE("decimal rejects malformed text and says where") {
    struct bad {
        const char* text;
        std::size_t offset;
    };
    for (const bad b : {bad{"", 0}, bad{"5.5.5", 3}, bad{".5", 0}, bad{"5.", 2}, bad{"abc", 0}, bad{"1e400", 1},
                        bad{"5,5", 1}, bad{" 5", 0}, bad{"5 ", 1}, bad{"-", 1}, bad{"--1", 1},
                        bad{"0.0000000000000000001", 20}}) {
        CAPTURE(b.text);
        CHECK_FALSE(decimal::try_parse(b.text).has_value());
        try {
            static_cast<void>(decimal::parse(b.text));
            FAIL("no error");
        } catch (const parse_error& e) {
            CHECK(e.offset() == b.offset);
            CHECK(e.input() == b.text);
            CHECK(std::string(e.what()).find("decimal") != std::string::npos);
        }
    }
}

TEST_CASE("decimal arithmetic is exact") {
    CHECK(5.5_dec + 0.01_dec == 5.51_dec);
    CHECK((5.5_dec + 0.01_dec).scale() == 2);
    CHECK(1.9_dec - 5.5_dec == -3.6_dec);
    CHECK(75.7_dec * 3 == 227.1_dec);
    CHECK(1.1_dec * 1.1_dec == 1.21_dec);
    CHECK(0.1_dec + 0.2_dec == 0.3_dec);  // the classic binary floating-point failure
    decimal sum;
    for (int i = 0; i < 10; ++i) sum += 0.1_dec;
    CHECK(sum == decimal(1));
    CHECK(abs(-2.5_dec) == 2.5_dec);
    CHECK((-2.5_dec).sign() == -1);
    CHECK(decimal().is_zero());
    CHECK((2.00_dec).is_integer());
    CHECK_FALSE((2.01_dec).is_integer());
    CHECK((5.50_dec).normalized().to_string() == "5.5");
}

TEST_CASE("decimal ordering compares values, not representations") {
    CHECK(5.5_dec < 5.51_dec);
    CHECK(-1.9_dec < 0_dec);
    CHECK(100_dec > 99.999_dec);
    CHECK((1.0_dec <=> 1_dec) == std::strong_ordering::equal);
    std::unordered_set<decimal> set{5.5_dec, 5.50_dec, 5.500_dec};
    CHECK(set.size() == 1);
}

TEST_CASE("decimal division takes a scale and a rounding mode") {
    CHECK(divide(1_dec, 3_dec, 4) == 0.3333_dec);
    CHECK(divide(2_dec, 3_dec, 2) == 0.67_dec);
    CHECK(divide(2_dec, 3_dec, 2, rounding::toward_zero) == 0.66_dec);
    CHECK(divide(-2_dec, 3_dec, 2) == -0.67_dec);
    CHECK(divide(2_dec, -3_dec, 2) == -0.67_dec);
    CHECK(divide(0.125_dec, 1_dec, 2) == 0.13_dec);                       // 四舍五入
    CHECK(divide(0.125_dec, 1_dec, 2, rounding::half_even) == 0.12_dec);  // banker's
    CHECK(divide(0.135_dec, 1_dec, 2, rounding::half_even) == 0.14_dec);
    CHECK(divide(740_dec, 0.5_dec, 0) == 1480_dec);
    CHECK(divide(1_dec, 0.000000000000000001_dec, 0) == decimal(1'000'000'000'000'000'000));
    CHECK_THROWS_AS(divide(1_dec, 0_dec, 2), domain_error);
    CHECK_THROWS_AS(divide(1_dec, 3_dec, 19), domain_error);
    CHECK_THROWS_AS(divide(decimal(INT64_MAX), 0.1_dec, 0), overflow_error);
}

TEST_CASE("decimal rounding modes") {
    const decimal x = 2.345_dec;
    CHECK(x.rounded(2) == 2.35_dec);
    CHECK((-x).rounded(2) == -2.35_dec);
    CHECK(x.rounded(2, rounding::half_even) == 2.34_dec);
    CHECK((-x).rounded(2, rounding::half_up) == -2.34_dec);
    CHECK(x.rounded(2, rounding::floor) == 2.34_dec);
    CHECK((-x).rounded(2, rounding::floor) == -2.35_dec);
    CHECK(x.rounded(2, rounding::ceiling) == 2.35_dec);
    CHECK(x.rounded(1, rounding::away_from_zero) == 2.4_dec);
    CHECK(x.rounded(4) == x);
    CHECK(x.rounded(4).scale() == 4);
    CHECK((91.666_dec).to_integer(rounding::half_away_from_zero) == 92);
    CHECK((2.30_dec).with_scale(1) == 2.3_dec);
    CHECK_THROWS_AS((2.35_dec).with_scale(1), inexact_error);
}

TEST_CASE("decimal overflow throws at the boundary, never wraps") {
    const decimal max(INT64_MAX);
    CHECK(max + 0_dec == max);
    CHECK_THROWS_AS(max + 1_dec, overflow_error);
    CHECK_THROWS_AS(decimal(INT64_MIN) - 1_dec, overflow_error);
    CHECK_THROWS_AS(max * 2, overflow_error);
    CHECK_THROWS_AS(max + 0.1_dec, overflow_error);  // aligning the scales overflows
    CHECK_THROWS_AS(decimal::from_mantissa(1, 19), domain_error);
    // A product whose extra decimal places are zeros still fits.
    CHECK(decimal::from_mantissa(10, 10) * decimal::from_mantissa(10, 10) == decimal::from_mantissa(1, 18));
    CHECK_THROWS_AS(decimal::from_mantissa(11, 10) * decimal::from_mantissa(11, 10), inexact_error);
}

TEST_CASE("decimal properties over random values") {
    std::mt19937_64 random(20240723);
    std::uniform_int_distribution<std::int64_t> mantissa(-1'000'000'000'000, 1'000'000'000'000);
    std::uniform_int_distribution<int> scale(0, 6);
    for (int i = 0; i < 20000; ++i) {
        const decimal a = decimal::from_mantissa(mantissa(random), scale(random));
        const decimal b = decimal::from_mantissa(mantissa(random), scale(random));
        CHECK(decimal::parse(a.to_string()) == a);
        CHECK(decimal::parse(a.to_string()).scale() == a.scale());
        CHECK((a + b) - b == a);
        CHECK(a + b == b + a);
        CHECK((a < b) == (b > a));
        std::ostringstream out;
        out << a;
        CHECK(out.str() == a.to_string());
    }
}

TEST_CASE("over random values near the range, a sum is exact or an overflow_error naming both operands") {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> mantissa(-7'000'000'000'000'000'000, 7'000'000'000'000'000'000);
    std::uniform_int_distribution<int> scale(0, 3);
    __extension__ typedef __int128 wide;
    int overflowed = 0;
    for (int i = 0; i < 20000; ++i) {
        // Both at one scale, so the reference is plain 128-bit arithmetic on the mantissas.
        const int s = scale(random);
        const decimal a = decimal::from_mantissa(mantissa(random), s);
        const decimal b = decimal::from_mantissa(mantissa(random), s);
        const wide exact = wide{a.mantissa()} + wide{b.mantissa()};
        try {
            const decimal sum = a + b;
            CHECK(wide{sum.mantissa()} == exact);
        } catch (const overflow_error& e) {
            ++overflowed;
            CHECK((exact > INT64_MAX || exact < INT64_MIN));
            const std::string message = e.what();
            CHECK(message == "govtarget: " + a.to_string() + " + " + b.to_string() +
                                 " overflows a 64-bit decimal (at most 9223372036854775807 without the point)");
        }
    }
    CHECK(overflowed > 1000);  // the range was reached, not only approached
}
