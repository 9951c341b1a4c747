#include <govtarget/area.hpp>
#include <govtarget/money.hpp>

#include <doctest/doctest.h>

#include <random>
#include <sstream>

using namespace govtarget;

TEST_CASE("money from the 2024 report, exact to the 分") {
    const money<cny> investment = money<cny>::parse("740亿元");  // 实现固定资产投资740亿元以上
    CHECK(investment.ticks() == 7'400'000'000'000);  // 分
    CHECK(investment.to_string() == "740亿元");
    CHECK(investment == money<cny>(7'400'000_dec, cny_unit::wan_yuan));
    CHECK(investment.in(cny_unit::yuan).to_string() == "74000000000元");
    CHECK(investment.decimal_in(cny_unit::wanyi_yuan) == 0.074_dec);
    CHECK(money<cny>::parse("4.06万亿元").to_string() == "4.06万亿元");
    CHECK(money<cny>::parse("0.01元").ticks() == 1);
    CHECK(money<cny>::parse("12.5万元") == money<cny>(125'000_dec, cny_unit::yuan));
    CHECK(money<cny>::parse("91亿元") + money<cny>::parse("1200万元") == money<cny>::parse("91.12亿元"));
}

TEST_CASE("money refuses to lose a digit") {
    CHECK_THROWS_AS(money<cny>(0.001_dec, cny_unit::yuan), inexact_error);
    CHECK_THROWS_AS(money<cny>::parse("0.001元"), parse_error);
    CHECK_THROWS_AS(money<cny>::parse("99999999999999999999亿元"), parse_error);
    CHECK_THROWS_AS(money<cny>::parse("100000000万亿元"), parse_error);  // beyond ±9.2·10^16 元
    CHECK_THROWS_AS(money<cny>::parse("740亿美元"), parse_error);
    CHECK_THROWS_AS(money<cny>::parse("740"), parse_error);
    CHECK_THROWS_AS(money<cny>::parse("亿元"), parse_error);
    const auto max = money<cny>::from_ticks(INT64_MAX);
    CHECK_THROWS_AS(max + money<cny>::parse("0.01元"), overflow_error);
    CHECK_THROWS_AS(max * 2, overflow_error);
    CHECK_THROWS_AS(money<cny>::parse("0.01元") * 0.5_dec, inexact_error);
    CHECK(multiply(money<cny>::parse("0.01元"), 0.5_dec, rounding::half_even).ticks() == 0);
    CHECK(multiply(money<cny>::parse("0.01元"), 0.5_dec, rounding::half_away_from_zero).ticks() == 1);
    try {
        (void)(max + max);
        FAIL("no error");
    } catch (const overflow_error& e) {
        CHECK(std::string(e.what()).find("CNY") != std::string::npos);
    }
}

TEST_CASE("currencies convert only through an explicit exchange rate") {
    const money<usd> exports = money<usd>::parse("3亿美元");
    CHECK(exports.to_string() == "3亿美元");
    const exchange_rate<usd, cny> rate(7.1234_dec);
    CHECK(convert(exports, rate, rounding::half_away_from_zero) == money<cny>::parse("21.3702亿元"));
    CHECK(convert(money<usd>::parse("0.01美元"), rate, rounding::half_away_from_zero).ticks() == 7);
    CHECK(convert(money<usd>::parse("0.01美元"), rate, rounding::toward_zero).ticks() == 7);
    CHECK(convert(money<usd>::parse("0.01美元"), rate, rounding::ceiling).ticks() == 8);
    CHECK(rate.inverse(4).value() == 0.1404_dec);
    CHECK_THROWS_AS((exchange_rate<usd, cny>(0_dec)), domain_error);
    static_assert(!std::is_convertible_v<money<usd>, money<cny>>);
}

TEST_CASE("money arithmetic and ordering") {
    const auto a = money<cny>::parse("730亿元");
    const auto b = money<cny>::parse("740亿元");
    CHECK(b - a == money<cny>::parse("10亿元"));
    CHECK((b - a).to_string() == "10亿元");  // the left operand's unit
    CHECK(a < b);
    CHECK(-a < a);
    CHECK(a * 2 == money<cny>::parse("1460亿元"));
    CHECK(a * 1.5_dec == money<cny>::parse("1095亿元"));
    CHECK(ratio(a, b) == fraction(73, 74));
    CHECK_THROWS_AS(ratio(a, money<cny>()), domain_error);
    std::ostringstream out;
    out << a;
    CHECK(out.str() == "730亿元");
    CHECK(a.to_string(cny_unit::wanyi_yuan, 2) == "0.07万亿元");
}

TEST_CASE("money properties over random values") {
    std::mt19937_64 random(42);
    std::uniform_int_distribution<std::int64_t> cents(-1'000'000'000'000'000, 1'000'000'000'000'000);
    std::uniform_int_distribution<int> unit(0, 3);
    for (int i = 0; i < 10000; ++i) {
        const auto a = money<cny>::from_ticks(cents(random), static_cast<cny_unit>(unit(random)));
        const auto b = money<cny>::from_ticks(cents(random));
        CHECK(money<cny>::parse(a.to_string()) == a);
        CHECK((a + b) - b == a);
    }
}

TEST_CASE("over random amounts near the range, sums and scalings are exact or an overflow_error naming the values") {
    std::mt19937_64 random(9);
    std::uniform_int_distribution<std::int64_t> cents(INT64_MIN / 2 - 1000, INT64_MAX / 2 + 1000);
    std::uniform_int_distribution<std::int64_t> factor(-4, 4);
    __extension__ typedef __int128 wide;
    int overflowed = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto a = money<cny>::from_ticks(cents(random));
        const auto b = money<cny>::from_ticks(cents(random));
        const wide sum = wide{a.ticks()} * 2 + b.ticks();
        try {
            const auto total = a + a + b;
            CHECK(wide{total.ticks()} == sum);
        } catch (const overflow_error& e) {
            ++overflowed;
            // (a + a) + b: whichever addition overflowed is the one named.
            const std::string message = e.what(), tail = " overflows CNY money arithmetic (range ±9.2·10^16 元)";
            const bool first = message == "govtarget: " + a.to_string() + " + " + a.to_string() + tail;
            bool second = false;
            if (!first) {
                const auto twice = a + a;
                second = message == "govtarget: " + twice.to_string() + " + " + b.to_string() + tail;
                CHECK((sum > INT64_MAX || sum < INT64_MIN));
            }
            CHECK((first || second));
        }
        const std::int64_t k = factor(random);
        const wide scaled = wide{a.ticks()} * k;
        try {
            const auto product = a * k;
            CHECK(wide{product.ticks()} == scaled);
        } catch (const overflow_error& e) {
            ++overflowed;
            CHECK((scaled > INT64_MAX || scaled < INT64_MIN));
            CHECK(std::string(e.what()) == "govtarget: " + a.to_string() + " × " + std::to_string(k) +
                                               " overflows CNY money arithmetic (range ±9.2·10^16 元)");
        }
    }
    CHECK(overflowed > 1000);
    // Areas: 15亩 == 1公顷 stays exact however it is summed, until the range ends.
    area total;
    for (int i = 0; i < 1000; ++i) total += area::parse("15亩") - area::parse("1公顷") + area::parse("1亩");
    CHECK(total == area::parse("1000亩"));
    CHECK_THROWS_WITH_AS(area::parse("10000000000公顷") * 100, doctest::Contains("overflows area arithmetic"), overflow_error);
}

TEST_CASE("a sum of money is shown alike in either order") {
    const auto yi = money<cny>::parse("1亿元");
    const auto wan = money<cny>::parse("5000万元");
    CHECK((yi + wan).to_string() == "1.5亿元");  // both units show it exactly: the larger one
    CHECK((wan + yi).to_string() == "1.5亿元");
    CHECK((wan - yi).to_string() == "-0.5亿元");
    CHECK((yi - wan).to_string() == "0.5亿元");
    CHECK((money<cny>::parse("91亿元") + money<cny>::parse("1200万元")).to_string() == "91.12亿元");
    CHECK((money<cny>::parse("1200万元") + money<cny>::parse("91亿元")).to_string() == "91.12亿元");
    std::mt19937_64 random(91);
    std::uniform_int_distribution<std::int64_t> mantissa(-1'000'000, 1'000'000);  // within range in 万亿元
    std::uniform_int_distribution<std::size_t> unit(0, cny::units.size() - 1);
    for (int i = 0; i < 2000; ++i) {
        const money<cny> a(decimal::from_mantissa(mantissa(random), 2), cny::units[unit(random)].unit);
        const money<cny> b(decimal::from_mantissa(mantissa(random), 2), cny::units[unit(random)].unit);
        CAPTURE(a);
        CAPTURE(b);
        CHECK(identical(a + b, b + a));
        CHECK(identical(a - b, -(b - a)));
        CHECK((a + b).to_string() == (b + a).to_string());
        CHECK((a - b).to_string() == (-(b - a)).to_string());
        CHECK((a + b).to_string().find("约") == std::string::npos);
    }
}
