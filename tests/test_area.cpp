#include <govtarget/area.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <random>

using namespace govtarget;

TEST_CASE("15亩 == 1公顷 exactly, and every unit converts without loss") {
    static_assert(area(15_dec, area_unit::mu) == area(1_dec, area_unit::hectare));
    CHECK(area(15_dec, area_unit::mu) == area(1_dec, area_unit::hectare));
    CHECK(area(1_dec, area_unit::hectare) == area(10'000_dec, area_unit::square_metre));
    CHECK(area(1_dec, area_unit::wan_square_metres) == area(1_dec, area_unit::hectare));
    CHECK(area(1_dec, area_unit::square_kilometre) == area(1500_dec, area_unit::mu));
    CHECK(area(1_dec, area_unit::wan_mu) == area(10'000_dec, area_unit::mu));
    CHECK(area(1_dec, area_unit::mu).value_in(area_unit::square_metre) == fraction(2000, 3));
    CHECK(area(1_dec, area_unit::square_metre).decimal_in(area_unit::mu) == 0.0015_dec);
    CHECK(area(469.6_dec, area_unit::hectare).decimal_in(area_unit::mu) == 7044_dec);
}

TEST_CASE("148亩 + 1平方米 is exact") {
    const area land = area::parse("148亩");  // 出让工业用地4宗148亩
    const area sum = land + area::parse("1平方米");
    CHECK(sum.to_string() == "148.0015亩");
    CHECK(sum - area::parse("1平方米") == land);
    CHECK(sum.value_in(area_unit::square_metre) == fraction(296'003, 3));
}

TEST_CASE("whole 平方米 from 亩 takes a rounding policy") {
    const area one_mu = area::parse("1亩");
    CHECK_THROWS_AS(one_mu.decimal_in(area_unit::square_metre), inexact_error);
    CHECK(one_mu.decimal_in(area_unit::square_metre, 0, rounding::half_away_from_zero) == 667_dec);
    CHECK(one_mu.decimal_in(area_unit::square_metre, 0, rounding::floor) == 666_dec);
    CHECK(one_mu.to_string(area_unit::square_metre, 2) == "666.67平方米");
    CHECK(one_mu.in(area_unit::square_metre).to_string() == "约666.6667平方米");
}

TEST_CASE("the spellings documents use") {
    CHECK(area::parse("50万平方米") == area(500'000_dec, area_unit::square_metre));  // 新增地下空间50万平方米
    CHECK(area::parse("2.95平方米") == area(2.95_dec, area_unit::square_metre));
    CHECK(area::parse("35万㎡") == area::parse("35万平方米"));
    CHECK(area::parse("3平方千米") == area::parse("3平方公里"));
    CHECK(area::parse("469.6公顷").to_string() == "469.6公顷");
    CHECK(area::parse("2000亩").to_string() == "2000亩");
    CHECK_THROWS_AS(area::parse("148"), parse_error);
    CHECK_THROWS_AS(area::parse("148平方"), parse_error);
    CHECK_THROWS_AS(area::parse("0.00001平方米"), parse_error);  // finer than 1/30000 平方米
    CHECK_FALSE(area::try_parse("0.00001平方米").has_value());
    CHECK_FALSE(area::try_parse("148公里").has_value());
}

TEST_CASE("area overflow is detected at the boundary") {
    const area max = area::from_ticks(INT64_MAX);
    CHECK_THROWS_AS(max + area::from_ticks(1), overflow_error);
    CHECK(max + area::from_ticks(0) == max);
    CHECK_THROWS_AS(area(400'000_dec, area_unit::wan_mu) * 1'000'000, overflow_error);
    CHECK_THROWS_AS(area(1'000'000'000'000'000_dec, area_unit::square_kilometre), overflow_error);
}

TEST_CASE("亩 ↔ 公顷 ↔ 平方米 round trips over random values are exact") {
    std::mt19937_64 random(148);
    std::uniform_int_distribution<std::int64_t> mantissa(0, 100'000'000);
    for (int i = 0; i < 10000; ++i) {
        const area a(decimal::from_mantissa(mantissa(random), 2), area_unit::mu);
        const decimal hectares = a.decimal_in(area_unit::hectare, 6, rounding::half_even);
        // 亩 → 公顷 divides by 15; the exact fraction brings it back.
        CHECK(fraction(a.ticks(), 1) / fraction(300'000'000) == a.value_in(area_unit::hectare));
        const area metres(a.decimal_in(area_unit::square_metre, 4, rounding::half_even), area_unit::square_metre);
        CHECK(std::abs(metres.ticks() - a.ticks()) <= 1);  // 0.0001平方米 is 3 ticks: within half of it
        const area b(decimal::from_mantissa(mantissa(random), 2), area_unit::hectare);
        CHECK(area(b.decimal_in(area_unit::mu), area_unit::mu) == b);  // 公顷 → 亩 is ×15: exact
        CHECK(area(b.decimal_in(area_unit::square_metre), area_unit::square_metre) == b);
        CHECK(area::parse(a.to_string()) == a);
        CHECK(hectares.scale() == 6);
    }
}

namespace {
// Whether the amount's display unit shows it without rounding (no 约).
bool shows_exactly(const area& value, area_unit unit) { return value.value_in(unit).exact_decimal().has_value(); }
}  // namespace

TEST_CASE("== is by magnitude; identical also compares the display unit") {
    const area mu = area::parse("15亩");
    const area hectare = area::parse("1公顷");
    CHECK(mu == hectare);
    CHECK((mu <=> hectare) == std::strong_ordering::equal);
    CHECK_FALSE(identical(mu, hectare));
    CHECK(identical(mu, hectare.in(area_unit::mu)));
    static_assert(!identical(area(15_dec, area_unit::mu), area(1_dec, area_unit::hectare)));
}

TEST_CASE("a sum or difference is shown alike in either order, exactly when an operand's unit can") {
    CHECK((area::parse("1公顷") + area::parse("148亩")).to_string() == "163亩");
    CHECK((area::parse("148亩") + area::parse("1公顷")).to_string() == "163亩");
    CHECK((area::parse("1公顷") + area::parse("1公顷")).to_string() == "2公顷");
    CHECK((area::parse("1公顷") - area::parse("14亩")).to_string() == "1亩");
    CHECK((area::parse("14亩") - area::parse("1公顷")).to_string() == "-1亩");
    CHECK((area::parse("1亩") + area::parse("1平方米")).to_string() == "1.0015亩");
    CHECK((area::parse("1平方米") + area::parse("1亩")).to_string() == "1.0015亩");
    // Neither unit shows it exactly: the finer one, marked 约, in either order.
    const area metres = area::parse("1亩").in(area_unit::square_metre);
    const area hectares = area::parse("1公顷");
    CHECK((metres + hectares).to_string() == "约10666.6667平方米");
    CHECK((hectares + metres).to_string() == "约10666.6667平方米");

    std::mt19937_64 random(163);
    std::uniform_int_distribution<std::int64_t> mantissa(-2'000'000, 2'000'000);
    std::uniform_int_distribution<int> scale(0, 3);
    std::uniform_int_distribution<std::size_t> unit(0, area_dimension::units.size() - 1);
    const auto random_area = [&] {
        const area_unit shown = area_dimension::units[unit(random)].unit;
        // Half of them written in their unit, half written in 亩 and shown in another unit.
        if (mantissa(random) % 2 == 0) return area::parse(decimal::from_mantissa(mantissa(random), scale(random)).to_string() + "亩").in(shown);
        return area(decimal::from_mantissa(mantissa(random), 1), shown);
    };
    for (int i = 0; i < 5000; ++i) {
        const area a = random_area();
        const area b = random_area();
        CAPTURE(a.to_string());
        CAPTURE(b.to_string());
        for (const auto& [ab, ba] : {std::pair{a + b, b + a}, std::pair{a - b, -(b - a)}}) {
            CHECK(ab == ba);
            CHECK(identical(ab, ba));
            CHECK(ab.to_string() == ba.to_string());
            if (shows_exactly(ab, a.display_unit()) || shows_exactly(ab, b.display_unit()))
                CHECK(ab.to_string().find("约") == std::string::npos);
        }
    }
}
