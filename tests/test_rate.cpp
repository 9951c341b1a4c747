#include <govtarget/rate.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <type_traits>

using namespace govtarget;

TEST_CASE("growth rates from the 2024 report") {
    CHECK(growth_rate::parse("5.5%").percent() == 5.5_dec);       // 地区生产总值增长5.5%
    CHECK(growth_rate::parse("增长5.5%") == growth_rate(5.5_dec));
    CHECK(growth_rate::parse("同比增长15%") == growth_rate(15_dec));
    CHECK(growth_rate::parse("下降1.9%") == growth_rate(-1.9_dec));
    CHECK(growth_rate::parse("-1.9%") == growth_rate(-1.9_dec));
    CHECK(growth_rate::parse("5.5％") == growth_rate(5.5_dec));  // full-width percent sign
    CHECK(growth_rate(5.5_dec).to_string() == "5.5%");
    CHECK(growth_rate(-1.9_dec).to_string() == "-1.9%");
    CHECK(growth_rate(5.5_dec).to_words() == "增长5.5%");
    CHECK(growth_rate(-1.9_dec).to_words() == "下降1.9%");
}

TEST_CASE("shares and percentage points") {
    CHECK(share::parse("24.5%") == share(24.5_dec));  // 覆盖率24.5%
    CHECK(share(60_dec).to_string() == "60%");
    CHECK(percentage_points::parse("1个百分点") == percentage_points(1_dec));
    CHECK(percentage_points::parse("提高1个百分点") == percentage_points(1_dec));
    CHECK(percentage_points::parse("下降0.9个百分点") == percentage_points(-0.9_dec));
    CHECK(percentage_points(1_dec).to_string() == "1个百分点");
    CHECK(percentage_points(-0.9_dec).to_words() == "下降0.9个百分点");
    CHECK(percentage_points(2_dec).to_words() == "提高2个百分点");
}

TEST_CASE("arithmetic that means something") {
    // share − share = points; share ± points = share
    const percentage_points gap = share(60_dec) - share(58.5_dec);
    CHECK(gap == percentage_points(1.5_dec));
    CHECK(share(24.5_dec) + percentage_points(1_dec) == share(25.5_dec));
    CHECK(percentage_points(1_dec) + share(24.5_dec) == share(25.5_dec));
    CHECK(share(24.5_dec) - percentage_points(0.5_dec) == share(24_dec));
    // 增长4.6%，低于目标0.9个百分点
    CHECK(growth_rate(4.6_dec) - growth_rate(5.5_dec) == percentage_points(-0.9_dec));
    CHECK(growth_rate(5.5_dec) + percentage_points(0.5_dec) == growth_rate(6_dec));
    CHECK(percentage_points(0.5_dec) + growth_rate(5.5_dec) == growth_rate(6_dec));
    CHECK(growth_rate(5.5_dec) - percentage_points(0.5_dec) == growth_rate(5_dec));
    CHECK(percentage_points(1_dec) + percentage_points(0.5_dec) == percentage_points(1.5_dec));
    CHECK(percentage_points(1_dec) - percentage_points(0.5_dec) == percentage_points(0.5_dec));
    CHECK(percentage_points(0.5_dec) * 2_dec == percentage_points(1_dec));
    CHECK(-growth_rate(1.9_dec) == growth_rate(-1.9_dec));
    CHECK(growth_rate(5.5_dec) < growth_rate(6_dec));
}

// What must not compile is proved by the compile-fail tests; here, that the types say so.
template <class L, class R>
concept adds_meaningfully = govtarget::addable<L, R>;

TEST_CASE("the kinds never mix silently") {
    static_assert(adds_meaningfully<share, percentage_points>);
    static_assert(adds_meaningfully<growth_rate, percentage_points>);
    static_assert(!adds_meaningfully<share, growth_rate>);
    static_assert(!adds_meaningfully<growth_rate, share>);
    static_assert(!adds_meaningfully<share, share>);
    static_assert(!adds_meaningfully<growth_rate, growth_rate>);
    static_assert(!std::is_convertible_v<growth_rate, share>);
    static_assert(!std::is_convertible_v<share, percentage_points>);
    static_assert(!std::is_convertible_v<decimal, share>);
    CHECK(true);
}

TEST_CASE("rate parsing errors say what and where") {
    CHECK_THROWS_AS((void)share::parse("60"), parse_error);
    CHECK_THROWS_AS((void)share::parse("增长5%"), parse_error);  // a share has no change word
    CHECK_THROWS_AS((void)share::parse("5.5.5%"), parse_error);
    CHECK_THROWS_AS((void)growth_rate::parse("下降-1%"), parse_error);
    CHECK_THROWS_AS((void)percentage_points::parse("1%"), parse_error);
    CHECK_FALSE(growth_rate::try_parse("abc").has_value());
    // try_parse says why, with the message parse would throw.
    const auto refused = share::try_parse("60个");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().offset() == 2);
    CHECK(refused.error().reason() == "expected % after the number");
    try {
        (void)share::parse("60个");
        FAIL("no error");
    } catch (const parse_error& e) {
        CHECK(e.offset() == 2);
        CHECK(std::string(e.what()).find("share") != std::string::npos);
    }
}

TEST_CASE("rates stream as they print") {
    std::ostringstream out;
    out << growth_rate(5.5_dec) << ' ' << share(60_dec) << ' ' << percentage_points(1_dec);
    CHECK(out.str() == "5.5% 60% 1个百分点");
    CHECK(to_string(share(88.8_dec)) == "88.8%");
}

TEST_CASE("exact rates: what is computed, not written") {
    const exact_share pace(fraction(275, 3));  // 序时进度 at the end of November
    CHECK(pace.to_string() == "约91.67%");
    CHECK(exact_share(fraction(50)).to_string() == "50%");
    CHECK(pace.rounded(1) == share(91.7_dec));
    CHECK(pace.rounded(1, rounding::toward_zero) == share(91.6_dec));
    CHECK_FALSE(pace.exact_decimal().has_value());
    CHECK(exact_share(fraction(1, 4)).exact_decimal() == share(0.25_dec));
    // A written completion against an exact pace: exact points, with their sign.
    const auto gap = share(52_dec) - pace;
    static_assert(std::is_same_v<decltype(gap), const exact_percentage_points>);
    CHECK(gap == exact_percentage_points(fraction(-119, 3)));
    CHECK(gap.to_words() == "下降约39.67个百分点");
    // decimal with decimal stays decimal, as written.
    static_assert(std::is_same_v<decltype(share(60_dec) - share(58.5_dec)), percentage_points>);
    // Mixed comparisons are exact.
    CHECK(share(91.7_dec) > pace);
    CHECK(share(91.66_dec) < pace);
    CHECK(share(50_dec) == exact_share(fraction(50)));
    CHECK(exact_share(share(53.6_dec)) == exact_share(fraction(268, 5)));
    CHECK(pace + percentage_points(5_dec) == exact_share(fraction(290, 3)));
    CHECK(pace * 2_dec == exact_share(fraction(550, 3)));
}

TEST_CASE("exact rates convert only where nothing is lost") {
    static_assert(std::is_convertible_v<share, exact_share>);       // 53.6% is exactly 268/5 %
    static_assert(!std::is_convertible_v<exact_share, share>);      // rounding is spelled out
    static_assert(!std::is_convertible_v<fraction, exact_share>);   // a bare number has no kind
    static_assert(!std::is_convertible_v<exact_share, exact_percentage_points>);
    static_assert(!std::is_convertible_v<share, exact_percentage_points>);
    static_assert(!std::is_convertible_v<growth_rate, exact_share>);
    static_assert(adds_meaningfully<exact_share, percentage_points>);
    static_assert(!adds_meaningfully<exact_share, share>);
    static_assert(!adds_meaningfully<exact_share, growth_rate>);
    CHECK(true);
}
