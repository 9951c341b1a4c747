#include <govtarget/target.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("bounds print as the documents write them") {
    CHECK(bound<quantity>::at_least(quantity::parse("740亿元")).to_string() == "740亿元以上");
    CHECK(bound<quantity>::at_least(quantity::parse("5000个"), false).to_string() == "超过5000个");
    CHECK(bound<quantity>::at_most(quantity::parse("31微克/立方米")).to_string() == "31微克/立方米以下");
    CHECK(bound<quantity>::at_most(quantity::parse("10家"), false).to_string() == "不满10家");
    CHECK(bound<quantity>::around(quantity::parse("5.5%")).to_string() == "5.5%左右");
    CHECK(bound<count>::range(count::parse("1个"), count::parse("2个")).to_string() == "1个-2个");
    CHECK(bound<growth_rate>::point(growth_rate(5.5_dec)).to_string() == "5.5%");
}

TEST_CASE("a range needs its ends in order and of one unit") {
    CHECK_THROWS_AS(bound<count>::range(count::parse("2个"), count::parse("1个")), domain_error);
    CHECK_THROWS_AS(bound<count>::range(count::parse("1个"), count::parse("2家")), unit_mismatch_error);
    CHECK_THROWS_AS(bound<quantity>::range(quantity::parse("1个"), quantity::parse("2%")), unit_mismatch_error);
    const auto r = bound<growth_rate>::range(growth_rate(4.5_dec), growth_rate(5_dec));
    CHECK(r.reference(direction::higher_is_better) == growth_rate(4.5_dec));
    CHECK(r.reference(direction::lower_is_better) == growth_rate(5_dec));
    CHECK(r.upper() == growth_rate(5_dec));
}

TEST_CASE("targets: identity, units, weight, quantities") {
    // 出让工业用地4宗148亩: one target, a count and an area.
    target land;
    land.id = "21";
    land.metric = "出让工业用地";
    land.category = "优化拓展空间资源";
    land.lead_units = {"规划资源拱墅分局", "区发改经信局"};
    land.period = period::year(date::year{2024});
    land.quantities.push_back({bound<quantity>::point(quantity::parse("4宗")), direction::higher_is_better, {}, {}});
    land.quantities.push_back({bound<quantity>::point(quantity::parse("148亩")), direction::higher_is_better, {}, {}});
    CHECK(land.lead_unit() == "规划资源拱墅分局");
    CHECK(land.weight == decimal(1));
    CHECK_FALSE(land.is_qualitative());
    CHECK(land.quantities[1].fixed().value().as<area>() == area(148_dec, area_unit::mu));
    target qualitative;
    CHECK(qualitative.is_qualitative());
    CHECK(qualitative.lead_unit().empty());
}

TEST_CASE("linked targets take another target's actual") {
    // 一般公共预算收入增长与经济增长同步
    target_quantity revenue{linked_value{"1", bound_kind::at_least}, direction::higher_is_better, {}, "一般公共预算收入"};
    CHECK(revenue.is_linked());
    CHECK_THROWS_AS(revenue.fixed(), domain_error);
    const target_quantity resolved = revenue.resolved(quantity(growth_rate(5.5_dec)));
    CHECK_FALSE(resolved.is_linked());
    CHECK(resolved.fixed().kind() == bound_kind::at_least);
    CHECK(resolved.fixed().value() == quantity(growth_rate(5.5_dec)));
    CHECK(to_string(bound_kind::around) == "around");
    CHECK(to_string(direction::lower_is_better) == "lower_is_better");
}
