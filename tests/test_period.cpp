#include <govtarget/period.hpp>

#include <doctest/doctest.h>

#include <map>
#include <type_traits>
#include <unordered_set>

using namespace govtarget;
using date::year;

namespace {
date::year_month_day day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }
}  // namespace

TEST_CASE("the ways documents write periods") {
    struct row {
        const char* text;
        period expected;
    };
    const year y2024{2024};
    for (const row& r : {row{"2024年第二季度", period::quarter(y2024, 2)}, row{"2024年二季度", period::quarter(y2024, 2)},
                         row{"2024年2季度", period::quarter(y2024, 2)}, row{"2024Q2", period::quarter(y2024, 2)},
                         row{"2024-Q4", period::quarter(y2024, 4)}, row{"2024年第四季度", period::quarter(y2024, 4)},
                         row{"2024年上半年", period::half_year(y2024, 1)}, row{"2024年下半年", period::half_year(y2024, 2)},
                         row{"2024H1", period::half_year(y2024, 1)}, row{"2024年1-6月", period::months_to_date(y2024, 6)},
                         row{"2024年1—11月", period::months_to_date(y2024, 11)},
                         row{"2024年1至12月", period::months_to_date(y2024, 12)},
                         row{"2024年十一月", period::month(y2024 / date::November)},
                         row{"2024年6月", period::month(y2024 / date::June)}, row{"2024-06", period::month(y2024 / date::June)},
                         row{"2024年", period::year(y2024)}, row{"2024年度", period::year(y2024)},
                         row{"2024", period::year(y2024)}}) {
        CAPTURE(r.text);
        CHECK(period::parse(r.text) == r.expected);
    }
    CHECK(period::quarter(y2024, 2).to_string() == "2024年第二季度");
    CHECK(period::months_to_date(y2024, 6).to_string() == "2024年1-6月");
    CHECK(period::half_year(y2024, 2).to_string() == "2024年下半年");
    for (const char* text : {"2024年第二季度", "2024年上半年", "2024年1-6月", "2024年6月", "2024年"})
        CHECK(period::parse(text).to_string() == text);
}

TEST_CASE("bad periods and dates say what and where") {
    struct bad {
        const char* text;
        std::size_t offset;
    };
    for (const bad b : {bad{"2024年第五季度", 7}, bad{"2024年3-6月", 7}, bad{"2024年13月", 7}, bad{"24年", 0},
                        bad{"2024年第二季", 13}, bad{"2024Q5", 5}, bad{"2024-06-30", 7}, bad{"", 0},
                        bad{"2024年上半年底", 16}}) {
        CAPTURE(b.text);
        const auto refused = period::try_parse(b.text);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().offset() == b.offset);
        try {
            (void)period::parse(b.text);
            FAIL("no error");
        } catch (const parse_error& e) {
            CHECK(e.offset() == b.offset);
        }
    }
    CHECK_THROWS_AS(period::quarter(year{2024}, 5), domain_error);
    CHECK_THROWS_AS(period::half_year(year{2024}, 0), domain_error);
}

TEST_CASE("dates") {
    CHECK(parse_date("2024-06-30") == day(2024, 6, 30));
    CHECK(parse_date("2024/6/30") == day(2024, 6, 30));
    CHECK(parse_date("2024.07.23") == day(2024, 7, 23));
    CHECK(parse_date("2024年7月23日") == day(2024, 7, 23));
    CHECK(parse_date("2024-02-29") == day(2024, 2, 29));
    CHECK_THROWS_AS(parse_date("2023-02-29"), parse_error);
    CHECK_THROWS_AS(parse_date("2024-02-30"), parse_error);
    CHECK_THROWS_AS(parse_date("2024-06"), parse_error);
    CHECK_THROWS_AS(parse_date("2024-06-30x"), parse_error);
    CHECK_THROWS_AS(parse_date("2024年6月30"), parse_error);
}

TEST_CASE("iso_date writes a day of a year from 0 as date::format(\"%F\") does, and parse_date reads it back") {
    CHECK(iso_date(day(2024, 6, 30)) == "2024-06-30");
    CHECK(iso_date(day(-44, 3, 15)) == "-0044-03-15");  // ISO 8601; date::format writes 0-44-03-15
    for (const int y : {0, 7, 999, 1954, 2024, 9999, 12345})
        for (const unsigned m : {1u, 2u, 9u, 12u})
            for (const unsigned d : {1u, 9u, 28u}) {
                const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
                CAPTURE(y);
                CHECK(iso_date(ymd) == date::format("%F", ymd));
                if (y >= 1000 && y <= 9999) CHECK(parse_date(iso_date(ymd)) == ymd);
            }
}

TEST_CASE("first and last day, containment, neighbours") {
    const period q2 = period::quarter(year{2024}, 2);
    CHECK(q2.first_day() == day(2024, 4, 1));
    CHECK(q2.last_day() == day(2024, 6, 30));
    CHECK(q2.contains(day(2024, 6, 30)));
    CHECK_FALSE(q2.contains(day(2024, 7, 1)));
    CHECK(q2.next() == period::quarter(year{2024}, 3));
    CHECK(period::quarter(year{2024}, 4).next() == period::quarter(year{2025}, 1));
    CHECK(period::quarter(year{2024}, 1).previous() == period::quarter(year{2023}, 4));
    CHECK(period::months_to_date(year{2024}, 6).next() == period::months_to_date(year{2024}, 7));
    CHECK(period::year(year{2024}).day_count() == 366);
    CHECK(period::month(year{2023} / date::February).last_day() == day(2023, 2, 28));
    CHECK(period::containing(period_kind::quarter, day(2024, 7, 23)) == period::quarter(year{2024}, 3));
    CHECK(period::containing(period_kind::half_year, day(2024, 6, 30)) == period::half_year(year{2024}, 1));
    CHECK(period::containing(period_kind::months_to_date, day(2024, 11, 5)) == period::months_to_date(year{2024}, 11));
    CHECK(period::containing(period_kind::year, day(2024, 1, 1)) == period::year(year{2024}));
}

TEST_CASE("elapsed fraction: 序时进度") {
    const period y = period::year(year{2024});
    CHECK(y.elapsed(day(2024, 3, 31)).value() == fraction(1, 4));
    CHECK(y.elapsed(day(2024, 6, 30)).value() == fraction(1, 2));  // 时间过半
    CHECK(y.elapsed(day(2024, 9, 30)).value() == fraction(3, 4));
    CHECK(y.elapsed(day(2024, 11, 30)).value() == fraction(11, 12));
    CHECK(y.elapsed(day(2024, 11, 30)).percent() == exact_share(fraction(275, 3)));
    CHECK(y.elapsed(day(2024, 11, 29)).value() == fraction(10, 12));  // November not yet complete
    CHECK(y.elapsed(day(2024, 11, 30), pace_basis::quarters).value() == fraction(3, 4));
    CHECK(y.elapsed(day(2024, 6, 30), pace_basis::days).value() == fraction(182, 366));
    CHECK(y.elapsed(day(2024, 1, 1), pace_basis::days).value() == fraction(1, 366));
    CHECK(y.elapsed(day(2023, 12, 31)).value() == fraction(0));
    CHECK(y.elapsed(day(2024, 12, 31)).value() == fraction(1));
    CHECK(y.elapsed(day(2025, 3, 1), pace_basis::days).value() == fraction(1));
    CHECK(period::half_year(year{2024}, 2).elapsed(day(2024, 9, 30)).value() == fraction(1, 2));
    CHECK_THROWS_AS((void)period::month(year{2024} / date::June).elapsed(day(2024, 6, 15), pace_basis::quarters), domain_error);
    CHECK_THROWS_AS((void)y.elapsed(date::year{2024} / date::February / date::day{30}), domain_error);
}

TEST_CASE("an elapsed share is not a percent") {
    const period y = period::year(year{2024});
    const elapsed_share nov = y.elapsed(day(2024, 11, 30));
    CHECK(nov.to_string() == "11/12");
    CHECK(nov.percent().to_string() == "约91.67%");
    CHECK(nov < y.elapsed(day(2024, 12, 31)));
    CHECK_THROWS_AS(elapsed_share(fraction(3, 2)), domain_error);
    CHECK_THROWS_AS(elapsed_share(fraction(-1, 2)), domain_error);
    static_assert(!std::is_convertible_v<elapsed_share, exact_share>);
    static_assert(!std::is_convertible_v<elapsed_share, fraction>);
    static_assert(!std::is_constructible_v<exact_share, elapsed_share>);
}

TEST_CASE("periods are ordered and hashed: they key maps") {
    const auto y = year{2024};
    CHECK(period::quarter(y, 1) < period::half_year(y, 1));
    CHECK(period::half_year(y, 1) < period::year(y));
    CHECK(period::year(y) < period::quarter(y, 2));
    CHECK(period::quarter(y, 4) < period::year(year{2025}));
    CHECK(period::months_to_date(y, 6) != period::half_year(y, 1));
    CHECK((period::months_to_date(y, 6) < period::half_year(y, 1)) != (period::half_year(y, 1) < period::months_to_date(y, 6)));
    std::map<period, int> by_period{{period::year(y), 1}, {period::quarter(y, 2), 2}};
    CHECK(by_period.at(period::quarter(y, 2)) == 2);
    std::unordered_set<period> seen{period::year(y), period::year(y), period::month(y / date::June)};
    CHECK(seen.size() == 2);
}
