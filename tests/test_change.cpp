#include <govtarget/change.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("growth between two amounts of one type") {
    CHECK(growth(money<cny>::parse("100亿元"), money<cny>::parse("105.5亿元"), 1) == growth_rate(5.5_dec));
    CHECK(growth(money<cny>::parse("730亿元"), money<cny>::parse("740亿元"), 2) == growth_rate(1.37_dec));
    CHECK(growth(count::parse("90家"), count::parse("84家"), 1) == growth_rate(-6.7_dec));
    CHECK(exact_growth(area::parse("1公顷"), area::parse("16亩")) == fraction(1, 15));
    CHECK_THROWS_AS(growth(money<cny>(), money<cny>::parse("1元"), 1), domain_error);
    CHECK_THROWS_AS(growth(count::parse("1家"), count::parse("2个"), 1), unit_mismatch_error);
}

TEST_CASE("one amount as a share of another") {
    CHECK(share_of(count::parse("30家"), count::parse("120家"), 1) == share(25_dec));
    CHECK(share_of(area::parse("148亩"), area::parse("1公顷"), 2) == share(986.67_dec));
    CHECK(share_of(money<cny>::parse("1元"), money<cny>::parse("3元"), 1, rounding::toward_zero) == share(33.3_dec));
}

TEST_CASE("applying a growth rate is exact or says why not") {
    CHECK(apply(money<cny>::parse("100亿元"), growth_rate(5.5_dec)) == money<cny>::parse("105.5亿元"));
    CHECK(apply(money<cny>::parse("100亿元"), growth_rate(-1.9_dec)) == money<cny>::parse("98.1亿元"));
    CHECK_THROWS_AS(apply(money<cny>::parse("0.01元"), growth_rate(5.5_dec)), inexact_error);
    CHECK(apply(money<cny>::parse("0.01元"), growth_rate(5.5_dec), rounding::half_away_from_zero).ticks() == 1);
    CHECK(apply(area::parse("148亩"), growth_rate(50_dec)) == area::parse("222亩"));
    CHECK(apply(count::parse("84家"), growth_rate(25_dec)) == count::parse("105家"));
}
