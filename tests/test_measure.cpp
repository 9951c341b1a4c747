#include <govtarget/measure.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("any other unit keeps its text and its exact value") {
    const measure pm25 = measure::parse("31微克/立方米");  // PM2.5平均浓度降至31微克/立方米以下
    CHECK(pm25.value() == 31_dec);
    CHECK(pm25.label().text() == "微克/立方米");
    CHECK(pm25.to_string() == "31微克/立方米");
    const measure grain = measure::parse("1.3万亿斤");
    CHECK(grain.value() == 1'300'000'000'000_dec);
    CHECK(grain.label().text() == "斤");
    CHECK(grain.to_string() == "1.3万亿斤");
    const measure power = measure::parse("50万千瓦");
    CHECK(power.label().text() == "千瓦");  // 千瓦 is a unit, not 千 × 瓦
    CHECK(power.value() == 500'000_dec);
    CHECK(measure::parse("2.95平方米/人").label().text() == "平方米/人");
}

TEST_CASE("same-unit arithmetic only") {
    CHECK(measure::parse("31微克/立方米") - measure::parse("2微克/立方米") == measure::parse("29微克/立方米"));
    CHECK_THROWS_AS(measure::parse("31微克/立方米") + measure::parse("50万千瓦"), unit_mismatch_error);
    CHECK((measure::parse("1吨") <=> measure::parse("1斤")) == std::partial_ordering::unordered);
    CHECK(measure::parse("30微克/立方米") < measure::parse("31微克/立方米"));
    CHECK(ratio(measure::parse("33微克/立方米"), measure::parse("31微克/立方米")) == fraction(33, 31));
}

TEST_CASE("bad measures") {
    CHECK_THROWS_AS(measure::parse("31"), parse_error);
    CHECK_THROWS_AS(measure::parse("微克"), parse_error);
    CHECK_THROWS_AS(unit_label(""), domain_error);
}
