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
    CHECK_THROWS_AS(share::parse("60"), parse_error);
    CHECK_THROWS_AS(share::parse("增长5%"), parse_error);  // a share has no change word
    CHECK_THROWS_AS(share::parse("5.5.5%"), parse_error);
    CHECK_THROWS_AS(growth_rate::parse("下降-1%"), parse_error);
    CHECK_THROWS_AS(percentage_points::parse("1%"), parse_error);
    CHECK_FALSE(growth_rate::try_parse("abc").has_value());
    try {
        share::parse("60个");
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
