#include <govtarget/assessment.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("以上 includes the number: 5000个以上 is met by exactly 5000") {
    const auto b = bound<count>::at_least(count::parse("5000个"));
    CHECK(assess(b, count::parse("5000个"), direction::higher_is_better).result == verdict::met);
    CHECK(assess(b, count::parse("4999个"), direction::higher_is_better).result == verdict::not_met);
    CHECK(assess(b, count::parse("5001个"), direction::higher_is_better).met());
    // 超过 excludes it.
    const auto over = bound<count>::at_least(count::parse("5000个"), false);
    CHECK(assess(over, count::parse("5000个"), direction::higher_is_better).result == verdict::not_met);
    CHECK(assess(over, count::parse("5001个"), direction::higher_is_better).met());
}

TEST_CASE("lower is better: at, above and below the bound") {
    // PM2.5平均浓度降至31微克/立方米以下
    const auto pm = bound<measure>::at_most(measure::parse("31微克/立方米"));
    const auto at = assess(pm, measure::parse("31微克/立方米"), direction::lower_is_better);
    CHECK(at.result == verdict::met);
    CHECK(at.achievement == fraction(1));
    const auto above = assess(pm, measure::parse("33微克/立方米"), direction::lower_is_better);
    CHECK(above.result == verdict::not_met);
    CHECK(above.achievement == fraction(31, 33));
    CHECK(above.gap == measure::parse("2微克/立方米"));
    const auto below = assess(pm, measure::parse("29微克/立方米"), direction::lower_is_better);
    CHECK(below.met());
    CHECK(below.achievement == fraction(31, 29));
    CHECK(below.gap == measure::parse("-2微克/立方米"));
    // 不满 excludes the number.
    CHECK(assess(bound<measure>::at_most(measure::parse("31微克/立方米"), false), measure::parse("31微克/立方米"),
                 direction::lower_is_better)
              .result == verdict::not_met);
    // 能耗降低2.5%: a fall of at least 2.5% is a growth rate of -2.5% or lower.
    const auto energy = bound<growth_rate>::at_most(growth_rate(-2.5_dec));
    CHECK(assess(energy, growth_rate(-3_dec), direction::lower_is_better).met());
    CHECK_FALSE(assess(energy, growth_rate(-2_dec), direction::lower_is_better).met());
}

TEST_CASE("money: 还差12亿元") {
    const auto investment = bound<money<cny>>::at_least(money<cny>::parse("740亿元"));
    const auto a = assess(investment, money<cny>::parse("728亿元"), direction::higher_is_better);
    CHECK(a.result == verdict::not_met);
    CHECK(a.gap == money<cny>::parse("12亿元"));
    CHECK(a.gap.to_string() == "12亿元");
    CHECK(a.achievement == fraction(728, 740));
    CHECK_FALSE(a.stretch_met.has_value());
}

TEST_CASE("rates: the gap is in percentage points") {
    // 增长4.6%，低于目标0.9个百分点
    const auto gdp = bound<growth_rate>::point(growth_rate(5.5_dec));
    const auto a = assess(gdp, growth_rate(4.6_dec), direction::higher_is_better);
    CHECK(a.result == verdict::not_met);
    CHECK(a.gap == percentage_points(0.9_dec));
    CHECK(a.gap.to_string() == "0.9个百分点");
    CHECK(a.achievement == fraction(46, 55));
}

TEST_CASE("左右: within tolerance") {
    const auto gdp = bound<growth_rate>::around(growth_rate(5.5_dec));
    CHECK(assess(gdp, growth_rate(5.2_dec), direction::higher_is_better).result == verdict::within_tolerance);
    CHECK(assess(gdp, growth_rate(5.0_dec), direction::higher_is_better).result == verdict::within_tolerance);
    CHECK(assess(gdp, growth_rate(4.9_dec), direction::higher_is_better).result == verdict::not_met);
    CHECK(assess(gdp, growth_rate(6_dec), direction::higher_is_better).result == verdict::met);
    const auto tight = bound<growth_rate>::around(growth_rate(5.5_dec), {0.2_dec, 5_dec});
    CHECK(assess(tight, growth_rate(5.2_dec), direction::higher_is_better).result == verdict::not_met);
    // Amounts: relative, 5% of the target by default.
    const auto amount = bound<money<cny>>::around(money<cny>::parse("100亿元"));
    CHECK(assess(amount, money<cny>::parse("95亿元"), direction::higher_is_better).result == verdict::within_tolerance);
    CHECK(assess(amount, money<cny>::parse("94.99亿元"), direction::higher_is_better).result == verdict::not_met);
    // Lower is better, 左右.
    const auto pm = bound<measure>::around(measure::parse("31微克/立方米"));
    CHECK(assess(pm, measure::parse("32微克/立方米"), direction::lower_is_better).result == verdict::within_tolerance);
    CHECK(assess(pm, measure::parse("30微克/立方米"), direction::lower_is_better).result == verdict::met);
}

TEST_CASE("ranges and points follow the direction") {
    const auto firms = bound<count>::range(count::parse("1个"), count::parse("2个"));
    CHECK(assess(firms, count::parse("1个"), direction::higher_is_better).met());
    CHECK(assess(firms, count::parse("3个"), direction::higher_is_better).met());
    CHECK_FALSE(assess(firms, count::parse("0个"), direction::higher_is_better).met());
    CHECK(assess(firms, count::parse("2个"), direction::lower_is_better).met());
    CHECK_FALSE(assess(firms, count::parse("3个"), direction::lower_is_better).met());
    // 压减5%: a point target where lower is better.
    const auto cut = bound<growth_rate>::point(growth_rate(-5_dec));
    CHECK(assess(cut, growth_rate(-6_dec), direction::lower_is_better).met());
    CHECK_FALSE(assess(cut, growth_rate(-4_dec), direction::lower_is_better).met());
}

TEST_CASE("the stretch tier is assessed separately") {
    // 确保出让经营性用地22宗626亩，力争再出让5宗122亩: stretch 748亩.
    const auto base = bound<area>::at_least(area::parse("626亩"));
    const std::optional<area> stretch = area::parse("748亩");
    const auto a = assess(base, area::parse("700亩"), direction::higher_is_better, stretch);
    CHECK(a.met());
    CHECK(a.stretch_met == false);
    CHECK(assess(base, area::parse("748亩"), direction::higher_is_better, stretch).stretch_met == true);
}

TEST_CASE("erased values: a mismatch is a clear error") {
    target_quantity investment{bound<quantity>::at_least(quantity::parse("740亿元")), direction::higher_is_better,
                               quantity::parse("800亿元"), "固定资产投资"};
    const auto a = assess(investment, quantity::parse("750亿元"));
    CHECK(a.met());
    CHECK(a.stretch_met == false);
    CHECK(a.gap == quantity::parse("-10亿元"));
    CHECK_THROWS_AS(assess(investment, quantity::parse("750亩")), unit_mismatch_error);
    CHECK_THROWS_AS(assess(investment, quantity::parse("5.5%")), unit_mismatch_error);
    target_quantity rate{bound<quantity>::point(quantity(growth_rate(5.5_dec))), direction::higher_is_better, {}, ""};
    CHECK(assess(rate, quantity(growth_rate(4.6_dec))).gap == quantity(percentage_points(0.9_dec)));
    CHECK_THROWS_AS(assess(rate, quantity(share(4.6_dec))), unit_mismatch_error);
    CHECK_THROWS_AS(assess(bound<count>::at_least(count::parse("84家")), count::parse("84个"), direction::higher_is_better),
                    unit_mismatch_error);
}

TEST_CASE("a bound that contradicts its direction is refused") {
    CHECK_THROWS_AS(assess(bound<count>::at_least(count::parse("1个")), count::parse("1个"), direction::lower_is_better),
                    domain_error);
    CHECK_THROWS_AS(assess(bound<count>::at_most(count::parse("1个")), count::parse("1个"), direction::higher_is_better),
                    domain_error);
    // A zero target has no achievement ratio, and no NaN.
    CHECK_FALSE(assess(bound<count>::point(count::parse("0个")), count::parse("1个"), direction::higher_is_better)
                    .achievement.has_value());
    CHECK(to_string(verdict::within_tolerance) == "within_tolerance");
}
