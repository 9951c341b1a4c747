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

TEST_CASE("a precision rounds half away from zero (四舍五入) and keeps a count's magnitude") {
    CHECK(fmt::format("{:.2}", fraction(275, 3)) == "91.67");
    CHECK(fmt::format("{:.0}", fraction(5, 2)) == "3");
    CHECK(fmt::format("{:.0}", fraction(-5, 2)) == "-3");
    CHECK(fmt::format("{:.2}", 5.5_dec) == "5.50");
    CHECK(fmt::format("{:.1}", count::parse("4万名")) == "4.0万名");
    CHECK(fmt::format("{:.0}", count::parse("4.5万名")) == "5万名");
    CHECK(fmt::format("{:.2}", measure::parse("1.3万亿斤")) == "1.30万亿斤");
    CHECK(fmt::format("{:.1}", quantity::parse("4万名")) == "4.0万名");
    CHECK(fmt::format("{:.1}", count::parse("84家")) == "84.0家");
}

TEST_CASE("a spec is checked when it is parsed, so a literal format string is checked at compile time") {
    // What fmt::format("{:+.2}", fraction(69, 4)) meets while compiling: a spec that does not parse.
    static_assert(detail::spec_problem<fraction>("+.2") != nullptr);
    static_assert(detail::spec_problem<decimal>("08") != nullptr);
    static_assert(detail::spec_problem<share>(".1f") != nullptr);
    static_assert(detail::spec_problem<area>("公斤") != nullptr);
    static_assert(detail::spec_problem<area>("万元") != nullptr);
    static_assert(detail::spec_problem<count>("万") != nullptr);
    static_assert(detail::spec_problem<period>(".1") != nullptr);
    static_assert(detail::spec_problem<quantity>("公斤") != nullptr);
    static_assert(detail::spec_problem<fraction>(".2") == nullptr);
    static_assert(detail::spec_problem<money<cny>>("*^12.2万元") == nullptr);
    static_assert(detail::spec_problem<quantity>(".1亩") == nullptr);
    static_assert(detail::spec_problem<period>("<12") == nullptr);
    CHECK(std::string(detail::spec_problem<area>("公斤")) == "govtarget: unknown unit or type in the format spec");
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.1公斤}"), area::parse("1亩")),
                         "govtarget: unknown unit or type in the format spec: 公斤", fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:万元}"), quantity::parse("148亩")),
                         "govtarget: 148亩 has no unit 万元 to be shown in", fmt::format_error);
}

TEST_CASE("a spec the value does not understand is a format_error") {
    const auto fails = [](std::string_view spec, const auto& value) {
        CAPTURE(spec);
        CHECK_THROWS_AS((void)fmt::format(fmt::runtime(spec), value), fmt::format_error);
    };
    for (std::string_view spec : {"{:+}", "{:+.2}", "{:-}", "{: }", "{:#}", "{:08}", "{:f}", "{:.2f}", "{:亩}", "{:L}", "{:x}"}) {
        fails(spec, fraction(69, 4));
        fails(spec, 5.5_dec);
        fails(spec, share(5.5_dec));
        fails(spec, growth_rate(5.5_dec));
        fails(spec, percentage_points(1_dec));
        fails(spec, count::parse("4万名"));
        fails(spec, measure::parse("31微克/立方米"));
        fails(spec, quantity::parse("84家"));
        fails(spec, period::parse("2024Q2"));
        fails(spec, money<cny>::parse("740亿元"));
    }
    for (std::string_view spec : {"{:+}", "{:#}", "{:08}", "{:f}", "{:.2f}", "{:公斤}", "{:万元}", "{:亩 }"})
        fails(spec, area::parse("148亩"));
    fails("{:.1}", period::parse("2024Q2"));
    fails("{:亩}", quantity::parse("740亿元"));     // a unit of another dimension: at format time
    fails("{:万元}", quantity::parse("84家"));
    // What is understood still works, and a fill of 0 is a fill.
    CHECK(fmt::format("{:0>6}", 5.5_dec) == "0005.5");
    CHECK(fmt::format("{:亩}", quantity::parse("1公顷")) == "15亩");
    CHECK(fmt::format("{:>6}", period::parse("2024")) == "2024年");
}

TEST_CASE("exact rates: a pace and a gap, exact where the decimal ends, rounded as asked") {
    using namespace govtarget;
    const exact_share pace(fraction(275, 3));
    CHECK(fmt::format("{}", pace) == "约91.67%");
    CHECK(fmt::format("{:.1}", pace) == "91.7%");
    CHECK(fmt::format("{}", exact_share(fraction(50))) == "50%");
    CHECK(fmt::format("{:.2}", share(52_dec) - pace) == "-39.67个百分点");
    CHECK(fmt::format("{:>8}|", exact_share(fraction(1, 4))) == "   0.25%|");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:+}"), pace), fmt::format_error);
}
