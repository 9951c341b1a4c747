#include <govtarget/parse_result.hpp>
#include <govtarget/quantity.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <utility>

using namespace govtarget;

namespace {
// try_parse gives what parse gives: the same value, or the same message.
template <class T>
void agrees_with_parse(std::string_view text) {
    CAPTURE(text);
    const parse_result<T> tried = T::try_parse(text);
    try {
        const T parsed = T::parse(text);
        REQUIRE(tried.has_value());
        CHECK(*tried == parsed);
    } catch (const parse_error& e) {
        REQUIRE_FALSE(tried.has_value());
        CHECK(std::string(tried.error().what()) == e.what());
        CHECK(tried.error().offset() == e.offset());
        CHECK(tried.error().reason() == e.reason());
        CHECK(tried.error().input() == e.input());
    }
}
}  // namespace

TEST_CASE("a try_parse keeps the reason parse gives") {
    const auto land = area::try_parse("0.00001平方米");
    REQUIRE_FALSE(land);
    CHECK(land.error().input() == "0.00001平方米");
    CHECK(land.error().offset() == 0);
    CHECK(land.error().reason() == "0.00001平方米 is finer than the resolution of an area (1/30000平方米)");
    CHECK(std::string(land.error().what()) ==
          "govtarget: cannot read an area from \"0.00001平方米\" at byte 0: 0.00001平方米 is finer than the resolution of an area (1/30000平方米)");
    CHECK_THROWS_WITH_AS(land.value(), land.error().what(), parse_error);

    const auto jobs = count::try_parse("84xyz");
    REQUIRE_FALSE(jobs.has_value());
    CHECK(jobs.error().offset() == 2);
    CHECK(jobs.error().reason() == "unknown measure word");

    const auto number = decimal::try_parse("1,000");
    REQUIRE_FALSE(number);
    CHECK(number.error().offset() == 1);
    CHECK(number.error().reason() == "a comma is not read: write the number without thousands separators");
}

TEST_CASE("parse and try_parse agree on every value type") {
    for (std::string_view text : {"", "740", "740亿元", "740亿元元", "0.001元", "99999999999亿元", "3亿美元", "148亩",
                                  "0.00000001亩", "99999999999999万亩", "52.6公里", "84家", "4万名", "84xyz", "1e3家",
                                  "922337203685477580万名", "31微克/立方米", "1.3万亿斤", "5.5.5", "-0.5", "1,000",
                                  "增长5.5%", "60%", "5%%", "1个百分点", "5.5.5个百分点", "增长5亿元", "亿元", "\xFF亿元"}) {
        agrees_with_parse<decimal>(text);
        agrees_with_parse<money<cny>>(text);
        agrees_with_parse<money<usd>>(text);
        agrees_with_parse<area>(text);
        agrees_with_parse<length>(text);
        agrees_with_parse<count>(text);
        agrees_with_parse<measure>(text);
        agrees_with_parse<quantity>(text);
    }
}

TEST_CASE("used as std::optional is") {
    if (auto land = area::try_parse("148亩")) {
        CHECK(*land == area(148_dec, area_unit::mu));
        CHECK(land->to_string() == "148亩");
        CHECK(land.value().ticks() == 2'960'000'000);
    } else {
        FAIL("148亩 did not parse");
    }
    CHECK(decimal::try_parse("x").value_or(decimal(7)) == decimal(7));
    CHECK(decimal::try_parse("5.5").value_or(decimal(7)) == 5.5_dec);
    CHECK(quantity::try_parse("84家").value_or(quantity(share(1_dec))).kind() == quantity_kind::count);
    auto moved = std::move(*quantity::try_parse("84家"));
    CHECK(moved.to_string() == "84家");
}

TEST_CASE("copies and moves keep the value or the error") {
    const auto bad = money<cny>::try_parse("740");
    auto copy = bad;
    REQUIRE_FALSE(copy);
    CHECK(copy.error().reason() == "unknown unit");
    auto moved = std::move(copy);
    CHECK(moved.error().reason() == "unknown unit");
    auto good = money<cny>::try_parse("740亿元");
    good = bad;
    CHECK(good.error().reason() == "unknown unit");
    good = money<cny>::try_parse("1元");
    CHECK(good.value() == money<cny>::parse("1元"));
    auto text = count::try_parse("4万名");
    auto other = text;
    CHECK(other->to_string() == "4万名");
    auto again = money<cny>::try_parse("740");
    const parse_error reason = std::move(again).error();
    CHECK(reason.reason() == "unknown unit");
}

TEST_CASE("parsing stays constexpr and noexcept where it was") {
    static_assert(decimal::try_parse("5.5").value() == 5.5_dec);
    static_assert(area::try_parse("15亩").value() == area::parse("1公顷"));
    static_assert(*money<cny>::try_parse("740亿元") == money<cny>(740_dec, cny_unit::yi_yuan));
    static_assert(noexcept(decimal::try_parse("5.5")));
    static_assert(noexcept(area::try_parse("148亩")));
    static_assert(noexcept(money<cny>::try_parse("740亿元")));
    static_assert(std::is_nothrow_move_constructible_v<parse_result<decimal>>);
    static_assert(sizeof(parse_result<decimal>) <= 32);  // the error is held out of line
    CHECK(true);
}
