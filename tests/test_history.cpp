#include <govtarget/history.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
date::year_month_day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }
}  // namespace

TEST_CASE("falls between reports") {
    progress_series s;
    s.add({day(2024, 6, 30), share(45_dec)});
    s.add({day(2024, 3, 31), share(20_dec)});
    s.add({day(2024, 9, 30), share(40_dec)});
    REQUIRE(s.points().size() == 3);
    CHECK(s.points().front().as_of == day(2024, 3, 31));  // kept in date order
    const auto falls = s.falls();
    REQUIRE(falls.size() == 1);
    CHECK(falls[0].before.completion == share(45_dec));
    CHECK(falls[0].after.completion == share(40_dec));
    CHECK(s.fell_since_last_report());
    s.add({day(2024, 11, 30), share(80_dec)});
    CHECK_FALSE(s.fell_since_last_report());
    CHECK_THROWS_AS(s.add({day(2024, 11, 30), share(81_dec)}), domain_error);
}

TEST_CASE("not-reported points are skipped, not read as 0") {
    const progress_series s({{day(2024, 3, 31), share(30_dec)}, {day(2024, 6, 30), std::nullopt}, {day(2024, 9, 30), share(60_dec)}});
    CHECK(s.falls().empty());
    CHECK(s.latest_reported()->completion == share(60_dec));
}

TEST_CASE("projection of year-end completion") {
    const period y = period::year(date::year{2024});
    const progress_series behind({{day(2024, 6, 30), share(45_dec)}});
    CHECK(behind.projected_completion(y) == exact_share(fraction(90)));
    CHECK(behind.projected_to_complete(y) == false);
    const progress_series on({{day(2024, 6, 30), share(50_dec)}});
    CHECK(on.projected_to_complete(y) == true);
    const progress_series nov({{day(2024, 11, 30), share(88_dec)}});
    CHECK(nov.projected_completion(y) == exact_share(fraction(96)));  // 88 / (11/12)
    CHECK(progress_series({{day(2024, 1, 15), share(5_dec)}}).projected_completion(y) == std::nullopt);  // no month elapsed
    CHECK(progress_series({{day(2024, 1, 15), share(5_dec)}}).projected_completion(y, pace_basis::days) == exact_share(fraction(5 * 366, 15)));
    CHECK_FALSE(progress_series().projected_completion(y).has_value());
}

TEST_CASE("series per task from progress records") {
    const std::vector<progress_record> records{{"68", day(2024, 6, 30), share(45_dec), "45%", std::nullopt, {}, ""},
                                               {"68", day(2024, 3, 31), share(20_dec), "20%", std::nullopt, {}, ""},
                                               {"12", day(2024, 6, 30), share(42_dec), "42%", std::nullopt, {}, ""}};
    const auto series = series_by_task(records);
    CHECK(series.size() == 2);
    CHECK(series.at("68").points().size() == 2);
    CHECK(series.at("68").latest_reported()->completion == share(45_dec));
}
