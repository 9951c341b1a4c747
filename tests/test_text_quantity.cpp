#include <govtarget/text_quantity.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using namespace govtarget;

TEST_CASE("a text quantity holds a value and, until a reader says more, reads as a bare point") {
    const text_quantity q(quantity(money<cny>::parse("740亿元")));
    CHECK(q.value == quantity(money<cny>::parse("740亿元")));
    CHECK_FALSE(q.upper.has_value());
    CHECK(q.bound == bound_kind::point);
    CHECK(q.inclusive);
    CHECK(q.better == direction::higher_is_better);
    CHECK(q.change == change_word::none);
    CHECK(q.gap == gap_reference::none);
    CHECK(q.begin == 0);
    CHECK(q.end == 0);
    CHECK_FALSE(q.chinese_numeral);
}

TEST_CASE("a value alone does not make a text quantity: the conversion is explicit") {
    static_assert(!std::is_convertible_v<quantity, text_quantity>);
    static_assert(std::is_constructible_v<text_quantity, quantity>);
    static_assert(!std::is_default_constructible_v<text_quantity>);
}

TEST_CASE("two text quantities are equal when every field is: the same value elsewhere in a text is another") {
    text_quantity a(quantity(share::parse("5.5%")));
    text_quantity b = a;
    CHECK(a == b);
    b.begin = 12;
    b.end = 20;
    CHECK(a != b);
    b = a;
    b.bound = bound_kind::around;
    CHECK(a != b);
    b = a;
    b.gap = gap_reference::target;
    CHECK(a != b);
    b = a;
    b.unit_text = "％";
    CHECK(a != b);
}
