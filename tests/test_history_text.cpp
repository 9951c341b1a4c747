#include <govtarget/history_text.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
date::year_month_day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }
const period year2024 = period::year(date::year{2024});
}  // namespace

TEST_CASE("a task's series: its pace at each report, the fall, the projection") {
    const progress_series task({{day(2024, 3, 31), share(30_dec)}, {day(2024, 6, 30), std::nullopt},
                                {day(2024, 9, 30), share(27.125_dec)}});
    CHECK(render_series_text(year2024, "2024年 任务 68", task) ==
          "2024年 任务 68\n"
          "  2024-03-31  30%       序时进度 25%\n"
          "  2024-06-30  /         序时进度 50%\n"
          "  2024-09-30  27.13%    序时进度 75%  ↓ 下降\n"
          "  预计年末 36.17%（难以完成）\n");
    CHECK(render_series_text(year2024, "空", progress_series()) == "空\n  预计年末 —\n");
}

TEST_CASE("a unit's weighted completion as a series, and its counts") {
    summary q2(exact_share(fraction(50)));
    q2.add({decimal(1), share(45_dec)});
    q2.add({decimal(3), share(60_dec)});
    summary q3(exact_share(fraction(75)));
    q3.add({decimal(1), std::nullopt});
    const std::vector<std::pair<date::year_month_day, summary>> totals{{day(2024, 6, 30), q2}, {day(2024, 9, 30), q3}};
    const progress_series series = weighted_completion_series(totals);
    REQUIRE(series.points().size() == 2);
    CHECK(series.points()[0].completion == share(56.25_dec));
    CHECK_FALSE(series.points()[1].completion.has_value());  // no data is no number, not 0
    CHECK(render_counts_text(totals) == "  2024-06-30  任务 2，欠进度 1，未报送 0\n  2024-09-30  任务 1，欠进度 0，未报送 1\n");
}
