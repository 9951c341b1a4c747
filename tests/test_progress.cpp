#include <govtarget/progress.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using namespace govtarget;

TEST_CASE("completion cells as the table writes them") {
    CHECK(parse_completion("52%").completion == share(52_dec));
    CHECK(parse_completion("145%").completion == share(145_dec));
    CHECK(parse_completion("88.8%").completion == share(88.8_dec));
    CHECK(parse_completion("53.6％").completion == share(53.6_dec));
    CHECK(parse_completion("0%").completion == share(0_dec));
    CHECK(parse_completion("53.6％") == completion_cell{share(53.6_dec), std::nullopt, "53.6％"});
    CHECK_FALSE(parse_completion("/").completion.has_value());  // not reported, never 0
    CHECK_FALSE(parse_completion("／").completion.has_value());
    CHECK_FALSE(parse_completion("").completion.has_value());
    CHECK(parse_completion("/") == completion_cell{std::nullopt, stated_status::not_applicable, "/"});
    CHECK(parse_completion("-") == completion_cell{std::nullopt, std::nullopt, "-"});
    CHECK(completion_text(share(52_dec)) == "52%");
    CHECK(completion_text(std::nullopt) == "/");
}

TEST_CASE("a status in words gives the status and no number") {
    CHECK(parse_completion("已完成") == completion_cell{std::nullopt, stated_status::completed, "已完成"});
    CHECK(parse_completion("滞后。") == completion_cell{std::nullopt, stated_status::behind, "滞后。"});
    CHECK(parse_completion("已完成。全年新增企业84家") ==
          completion_cell{std::nullopt, stated_status::completed, "已完成。全年新增企业84家"});
    // A percent sign at the end makes the cell a percent, which this one is not.
    CHECK_THROWS_AS(parse_completion("已完成100%"), parse_error);
    // A vocabulary of the caller's own.
    const stated_status_vocabulary words{{"大体完成", stated_status::on_schedule}};
    CHECK(parse_completion("大体完成", words).stated == stated_status::on_schedule);
    CHECK_THROWS_AS(parse_completion("已完成", words), parse_error);
    // The percent-only reader takes no words.
    CHECK(parse_completion_percent("52%") == share(52_dec));
    CHECK_FALSE(parse_completion_percent("/").has_value());
    CHECK_THROWS_WITH_AS(parse_completion_percent("已完成"),
                         "govtarget: cannot read a completion from \"已完成\" at byte 9: expected a percent (52%) or / for "
                         "not reported",
                         parse_error);
}

TEST_CASE("bad completion cells say what and where") {
    for (const char* text : {"abc", "52", "5.5.5%", "-5%", "%", "52 %", "1e400%", "大体完成", "完成了"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(parse_completion(text), parse_error);
        CHECK_THROWS_AS(parse_completion_percent(text), parse_error);
    }
    try {
        parse_completion("5.5.5%");
    } catch (const parse_error& e) {
        CHECK(e.offset() == 3);
        CHECK(e.input() == "5.5.5%");
    }
    CHECK_THROWS_WITH_AS(parse_completion("大体完成"),
                         "govtarget: cannot read a completion from \"大体完成\" at byte 12: expected a percent (52%), / "
                         "for not reported, or a status word (已完成)",
                         parse_error);
}

// A completion is a share in percent; an elapsed part of a period (a fraction of 1) or a bare
// number cannot be put in its place.
static_assert(std::is_same_v<decltype(progress_record::completion), std::optional<share>>);
static_assert(!std::is_convertible_v<fraction, share>);
static_assert(!std::is_convertible_v<decimal, share>);
static_assert(!std::is_assignable_v<std::optional<share>&, fraction>);
static_assert(!std::is_assignable_v<std::optional<share>&, decimal>);
static_assert(!std::is_assignable_v<std::optional<share>&, growth_rate>);

TEST_CASE("records") {
    progress_record r{"68", date::year{2024} / 6 / 30, share(45_dec), "45%", std::nullopt, {quantity::parse("4950个")}, "区住建局"};
    CHECK(r.reported());
    CHECK(r.completion_percent() == 45_dec);
    CHECK(completion_text(r) == "45%");
    progress_record missing{"1", date::year{2024} / 6 / 30, std::nullopt, "/", stated_status::not_applicable, {}, ""};
    CHECK_FALSE(missing.reported());
    CHECK_FALSE(missing.completion_percent().has_value());
    CHECK(completion_text(missing) == "/");
    progress_record done{"2", date::year{2024} / 6 / 30, std::nullopt, "已完成", stated_status::completed, {}, ""};
    CHECK_FALSE(done.reported());  // no number was given: aggregation decides what 已完成 counts as
    CHECK(completion_text(done) == "已完成");
    CHECK(completion_text(progress_record{}) == "/");
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

TEST_CASE("derived completion from values read as quantities") {
    CHECK(derived_completion(quantity::parse("4950个"), quantity::parse("5000个")) == fraction(99));
    CHECK(derived_completion(quantity::parse("37微克/立方米"), quantity::parse("31微克/立方米"), direction::lower_is_better) ==
          fraction(3100, 37));
    CHECK_THROWS_AS(derived_completion(quantity::parse("5家"), quantity::parse("5个")), unit_mismatch_error);
}
