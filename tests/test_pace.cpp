#include <govtarget/pace.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
date::year_month_day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }
const period y2024 = period::year(date::year{2024});
}  // namespace

TEST_CASE("序时进度 by quarter ends, months, days") {
    const auto pace = expected_pace::by();
    CHECK(pace.percent_at(y2024, day(2024, 3, 31)) == fraction(25));
    CHECK(pace.percent_at(y2024, day(2024, 6, 30)) == fraction(50));
    CHECK(pace.percent_at(y2024, day(2024, 9, 30)) == fraction(75));
    CHECK(pace.percent_at(y2024, day(2024, 11, 30)).to_decimal(1) == 91.7_dec);
    CHECK(expected_pace::by(pace_basis::quarters).percent_at(y2024, day(2024, 11, 30)) == fraction(75));
    CHECK(expected_pace::by(pace_basis::days).percent_at(y2024, day(2024, 6, 30)) == fraction(18200, 366));
}

TEST_CASE("a custom trajectory") {
    const auto pace = expected_pace::trajectory({{day(2024, 12, 31), 100_dec}, {day(2024, 6, 30), 40_dec}, {day(2024, 3, 31), 10_dec}});
    CHECK(pace.is_trajectory());
    CHECK(pace.percent_at(y2024, day(2024, 1, 15)) == fraction(10));
    CHECK(pace.percent_at(y2024, day(2024, 6, 30)) == fraction(40));
    CHECK(pace.percent_at(y2024, day(2025, 1, 15)) == fraction(100));
    // Between 3-31 (10) and 6-30 (40): 91 days; 5-15 is day 45.
    CHECK(pace.percent_at(y2024, day(2024, 5, 15)) == fraction(10) + fraction(30 * 45, 91));
    CHECK_THROWS_AS(expected_pace::trajectory({}), domain_error);
    CHECK_THROWS_AS(expected_pace::trajectory({{day(2024, 6, 30), 40_dec}, {day(2024, 6, 30), 50_dec}}), domain_error);
}

TEST_CASE("task status: 欠进度, 达进度, 超进度, 已完成, 未报送") {
    const fraction half(50);
    CHECK(status_of(45_dec, half) == task_status::behind);  // 区住建局 at 45% at the end of Q2
    CHECK(status_of(49.9_dec, half) == task_status::behind);
    CHECK(status_of(50_dec, half) == task_status::on_pace);  // 时间过半、任务过半
    CHECK(status_of(59.9_dec, half) == task_status::on_pace);
    CHECK(status_of(60_dec, half) == task_status::ahead);
    CHECK(status_of(100_dec, half) == task_status::completed);
    CHECK(status_of(145_dec, half) == task_status::completed);
    CHECK(status_of(std::nullopt, half) == task_status::not_reported);
    CHECK(status_of(0_dec, half) == task_status::behind);  // reported 0 is not "not reported"
    const status_policy lenient{5_dec, 20_dec};
    CHECK(status_of(45_dec, half, lenient) == task_status::on_pace);
    CHECK(status_of(44.9_dec, half, lenient) == task_status::behind);
    CHECK(status_of(65_dec, half, lenient) == task_status::on_pace);
    CHECK(to_chinese(task_status::behind) == "欠进度");
    CHECK(to_chinese(task_status::not_reported) == "未报送");
    CHECK(to_string(task_status::ahead) == "ahead");
}

TEST_CASE("gap to pace and red/amber/green") {
    const fraction nov = y2024.elapsed(day(2024, 11, 30)) * fraction(100);
    CHECK(gap_to_pace(90_dec, nov) == fraction(90) - fraction(1100, 12));
    CHECK_FALSE(gap_to_pace(std::nullopt, nov).has_value());
    const fraction half(50);
    CHECK(rag_of(50_dec, half) == rag::green);
    CHECK(rag_of(45_dec, half) == rag::amber);
    CHECK(rag_of(40_dec, half) == rag::amber);
    CHECK(rag_of(39.9_dec, half) == rag::red);
    CHECK_FALSE(rag_of(std::nullopt, half).has_value());
    CHECK(rag_of(48_dec, half, {3_dec, 5_dec}) == rag::green);
    CHECK(rag_of(46_dec, half, {3_dec, 5_dec}) == rag::amber);
    CHECK(rag_of(44_dec, half, {3_dec, 5_dec}) == rag::red);
    CHECK_THROWS_AS(rag_of(44_dec, half, {5_dec, 3_dec}), domain_error);
    CHECK(to_string(rag::amber) == "amber");
}
