// How a user unit-tests planning logic with govtarget: plain doctest cases over the library.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <govtarget/govtarget.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
const period year2024 = period::year(date::year{2024});
exact_share pace_at(const char* day) { return expected_pace::by().percent_at(year2024, parse_date(day)); }
std::optional<share> reported(decimal percent) { return share(percent); }
}  // namespace

TEST_CASE("a unit at 45% at the end of Q2 is 欠进度") {
    CHECK(status_of(reported(45_dec), pace_at("2024-06-30")) == task_status::behind);
    CHECK(to_chinese(status_of(reported(45_dec), pace_at("2024-06-30"))) == "欠进度");
}

TEST_CASE("时间过半、任务过半: 50% at the end of June is on pace") {
    CHECK(status_of(reported(50_dec), pace_at("2024-06-30")) == task_status::on_pace);
}

TEST_CASE("a 左右 target missed by 0.3 points is within tolerance") {
    const auto gdp = bound<growth_rate>::around(growth_rate(5.5_dec));
    CHECK(assess(gdp, growth_rate(5.2_dec), direction::higher_is_better).result == verdict::within_tolerance);
}

TEST_CASE("PM2.5 at 31 meets 降至31以下") {
    const auto pm = bound<measure>::at_most(measure::parse("31微克/立方米"));
    CHECK(assess(pm, measure::parse("31微克/立方米"), direction::lower_is_better).met());
    CHECK_FALSE(assess(pm, measure::parse("32微克/立方米"), direction::lower_is_better).met());
}

TEST_CASE("a unit with one task behind has tasks behind, though as a whole it is ahead") {
    struct row {
        decimal weight;
        std::optional<share> completion;
    };
    const std::vector<row> unit{{decimal(1), share(45_dec)}, {decimal(1), share(90_dec)}};
    const summary s = summarize(unit, pace_at("2024-06-30"));
    CHECK(s.weighted_completion() == exact_share(fraction(135, 2)));
    CHECK(s.has_tasks_behind());
    CHECK_FALSE(s.is_behind());
    CHECK(gap_words(*s.gap_to_pace()) == "高于序时进度17.5个百分点");
}
