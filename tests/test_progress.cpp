#include <govtarget/progress.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("completion cells as the table writes them") {
    CHECK(parse_completion("52%") == 52_dec);
    CHECK(parse_completion("145%") == 145_dec);
    CHECK(parse_completion("88.8%") == 88.8_dec);
    CHECK(parse_completion("53.6％") == 53.6_dec);
    CHECK(parse_completion("0%") == 0_dec);
    CHECK_FALSE(parse_completion("/").has_value());  // not reported, never 0
    CHECK_FALSE(parse_completion("／").has_value());
    CHECK_FALSE(parse_completion("").has_value());
    CHECK(completion_text(52_dec) == "52%");
    CHECK(completion_text(std::nullopt) == "/");
}

TEST_CASE("bad completion cells say what and where") {
    for (const char* text : {"abc", "52", "5.5.5%", "-5%", "%", "52 %", "1e400%"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(parse_completion(text), parse_error);
    }
    try {
        parse_completion("5.5.5%");
    } catch (const parse_error& e) {
        CHECK(e.offset() == 3);
        CHECK(e.input() == "5.5.5%");
    }
}

TEST_CASE("completion derived from actual and target") {
    CHECK(derived_completion(count::parse("4950个"), count::parse("5000个")) == fraction(99));
    CHECK(derived_completion(money<cny>::parse("370亿元"), money<cny>::parse("740亿元")) == fraction(50));
    CHECK(derived_completion(area::parse("1公顷"), area::parse("10亩")) == fraction(150));
    CHECK(derived_completion(measure::parse("33微克/立方米"), measure::parse("31微克/立方米"), direction::lower_is_better) ==
          fraction(3100, 33));
    CHECK_THROWS_AS(derived_completion(count::parse("1个"), count::parse("0个")), domain_error);
    CHECK_THROWS_AS(derived_completion(count::parse("1个"), count::parse("1家")), unit_mismatch_error);
}

TEST_CASE("records") {
    progress_record r{"68", date::year{2024} / 6 / 30, 45_dec, {quantity::parse("4950个")}, "区住建局"};
    CHECK(r.reported());
    progress_record missing{"1", date::year{2024} / 6 / 30, std::nullopt, {}, ""};
    CHECK_FALSE(missing.reported());
}

TEST_CASE("derived completion from values read as quantities") {
    CHECK(derived_completion(quantity::parse("4950个"), quantity::parse("5000个")) == fraction(99));
    CHECK(derived_completion(quantity::parse("37微克/立方米"), quantity::parse("31微克/立方米"), direction::lower_is_better) ==
          fraction(3100, 37));
    CHECK_THROWS_AS(derived_completion(quantity::parse("5家"), quantity::parse("5个")), unit_mismatch_error);
}
