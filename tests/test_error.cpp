#include <govtarget/error.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("every govtarget error is a govtarget::error and a std::runtime_error") {
    CHECK_THROWS_AS(throw overflow_error("x"), error);
    CHECK_THROWS_AS(throw inexact_error("x"), error);
    CHECK_THROWS_AS(throw unit_mismatch_error("x"), error);
    CHECK_THROWS_AS(throw domain_error("x"), std::runtime_error);
    const parse_error e("a decimal", "5.5.5", 3, "a second decimal point");
    CHECK(std::string(e.what()) == "govtarget: cannot read a decimal from \"5.5.5\": a second decimal point at byte 3");
    CHECK(e.offset() == 3);
    CHECK(e.input() == "5.5.5");
    CHECK(e.reason() == "a second decimal point");
}
