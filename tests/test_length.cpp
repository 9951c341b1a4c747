#include <govtarget/length.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("lengths from the report") {
    const length road = length::parse("52.6公里");  // 95条52.6公里
    CHECK(road == length(52'600_dec, length_unit::metre));
    CHECK(road.to_string() == "52.6公里");
    CHECK(road.in(length_unit::metre).to_string() == "52600米");
    CHECK(length::parse("93.8公里") + length::parse("200米") == length::parse("94公里"));
    CHECK(length::parse("10千米") == length::parse("10公里"));
    CHECK(length::parse("0.0001米").ticks() == 1);
    CHECK_THROWS_AS(length::parse("0.00001米"), parse_error);
    CHECK_THROWS_AS(length::parse("52.6"), parse_error);
    CHECK_THROWS_AS(length::from_ticks(INT64_MIN) - length::from_ticks(1), overflow_error);
    CHECK(ratio(length::parse("1公里"), length::parse("1米")) == fraction(1000));
}
