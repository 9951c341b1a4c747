#include <govtarget/fmt.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("Chinese display conventions by default") {
    CHECK(fmt::format("{}", money<cny>::parse("740亿元")) == "740亿元");
    CHECK(fmt::format("{}", growth_rate(5.5_dec)) == "5.5%");
    CHECK(fmt::format("{}", area::parse("148亩")) == "148亩");
    CHECK(fmt::format("{}", count::parse("84家")) == "84家");
    CHECK(fmt::format("{}", percentage_points(1_dec)) == "1个百分点");
    CHECK(fmt::format("{}", measure::parse("31微克/立方米")) == "31微克/立方米");
    CHECK(fmt::format("{}", quantity::parse("4万名")) == "4万名");
    CHECK(fmt::format("{}", period::parse("2024Q2")) == "2024年第二季度");
    CHECK(fmt::format("{}", fraction(11, 12)) == "11/12");
    CHECK(fmt::format("{}", 5.50_dec) == "5.50");
}

TEST_CASE("precision and display unit") {
    CHECK(fmt::format("{:.2万元}", money<cny>::parse("740亿元")) == "7400000.00万元");
    CHECK(fmt::format("{:万亿元}", money<cny>::parse("740亿元")) == "0.074万亿元");
    CHECK(fmt::format("{:亩}", area::parse("1公顷")) == "15亩");
    CHECK(fmt::format("{:.0平方米}", area::parse("1亩")) == "667平方米");
    CHECK(fmt::format("{:平方米}", area::parse("1亩")) == "约666.6667平方米");
    CHECK(fmt::format("{:.1}", share(59.6875_dec)) == "59.7%");
    CHECK(fmt::format("{:.2}", 0.125_dec) == "0.13");
    CHECK(fmt::format("{:.1}", fraction(11, 12) * fraction(100)) == "91.7");
    CHECK(fmt::format("{:.1}", quantity(growth_rate(5.55_dec))) == "5.6%");
    CHECK(fmt::format("{:.0}", count::parse("50.8件")) == "51件");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:公斤}"), area::parse("1亩")), fmt::format_error);
}

TEST_CASE("width counts display columns, so Chinese tables line up") {
    CHECK(fmt::format("{:<8}|", count::parse("84家")) == "84家    |");  // 84家 is 4 columns
    CHECK(fmt::format("{:>8}|", share(64.84_dec)) == "  64.84%|");
    CHECK(fmt::format("{:*^12}|", money<cny>::parse("740亿元")) == "**740亿元***|");
    CHECK(fmt::format("{:>10}", 5.5_dec) == "       5.5");
    CHECK(fmt::format("{:　<8}|", count::parse("84家")) == "84家　　　　|");  // a full-width fill
}
