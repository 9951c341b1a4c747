#include <govtarget/pace.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
date::year_month_day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }
const period y2024 = period::year(date::year{2024});
exact_share percent(std::int64_t n, std::int64_t d = 1) { return exact_share(fraction(n, d)); }
}  // namespace

TEST_CASE("序时进度 by quarter ends, months, days") {
    const auto pace = expected_pace::by();
    CHECK(pace.percent_at(y2024, day(2024, 3, 31)) == percent(25));
    CHECK(pace.percent_at(y2024, day(2024, 6, 30)) == percent(50));
    CHECK(pace.percent_at(y2024, day(2024, 6, 30)) == share(50_dec));
    CHECK(pace.percent_at(y2024, day(2024, 9, 30)) == percent(75));
    CHECK(pace.percent_at(y2024, day(2024, 11, 30)).rounded(1) == share(91.7_dec));
    CHECK(pace.percent_at(y2024, day(2024, 11, 30)) == y2024.elapsed(day(2024, 11, 30)).percent());
    CHECK(expected_pace::by(pace_basis::quarters).percent_at(y2024, day(2024, 11, 30)) == percent(75));
    CHECK(expected_pace::by(pace_basis::days).percent_at(y2024, day(2024, 6, 30)) == percent(18200, 366));
}

TEST_CASE("a custom trajectory") {
    const auto pace = expected_pace::trajectory(
        {{day(2024, 12, 31), share(100_dec)}, {day(2024, 6, 30), share(40_dec)}, {day(2024, 3, 31), share(10_dec)}});
    CHECK(pace.is_trajectory());
    CHECK(pace.percent_at(y2024, day(2024, 1, 15)) == percent(10));
    CHECK(pace.percent_at(y2024, day(2024, 6, 30)) == percent(40));
    CHECK(pace.percent_at(y2024, day(2025, 1, 15)) == percent(100));
    // Between 3-31 (10) and 6-30 (40): 91 days; 5-15 is day 45.
    CHECK(pace.percent_at(y2024, day(2024, 5, 15)) == exact_share(fraction(10) + fraction(30 * 45, 91)));
    CHECK_THROWS_AS((void)expected_pace::trajectory({}), domain_error);
    CHECK_THROWS_AS((void)expected_pace::trajectory({{day(2024, 6, 30), share(40_dec)}, {day(2024, 6, 30), share(50_dec)}}),
                    domain_error);
}
