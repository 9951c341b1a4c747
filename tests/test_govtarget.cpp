#include <govtarget/govtarget.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("the umbrella header brings everything, and the version is one") {
    CHECK(version_major == GOVTARGET_VERSION_MAJOR);
    const quantity q = quantity::parse("148亩");
    CHECK(q.as<area>() == area(148_dec, area_unit::mu));
    CHECK(period::parse("2024Q2").elapsed(parse_date("2024-05-31")).value() == fraction(2, 3));
}
