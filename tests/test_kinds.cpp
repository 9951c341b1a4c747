// detail/kinds.hpp: the deleted operators exist only for meaningless mixes, and generic code
// can ask whether two values add or subtract (addable, subtractable).
#include <govtarget/area.hpp>
#include <govtarget/count.hpp>
#include <govtarget/detail/kinds.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/rate.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("meaningless mixes are recognised, meaningful ones are not") {
    static_assert(detail::meaningless_mix<money<cny>, area>);
    static_assert(detail::meaningless_mix<money<cny>, money<usd>>);
    static_assert(detail::meaningless_mix<growth_rate, money<cny>>);
    static_assert(detail::meaningless_mix<share, growth_rate>);
    static_assert(!detail::meaningless_mix<share, percentage_points>);
    static_assert(!detail::meaningless_mix<area, area>);
    static_assert(!detail::meaningless_mix<int, area>);  // not ours: left to the language
    static_assert(is_value_type_v<const area&>);
    CHECK(true);
}

TEST_CASE("generic code sees which values add and subtract") {
    // The same dimension, or a rate moved by points.
    static_assert(addable<area, area>);
    static_assert(addable<money<cny>, money<cny>>);
    static_assert(addable<share, percentage_points>);
    static_assert(addable<percentage_points, share>);
    static_assert(addable<growth_rate, percentage_points>);
    static_assert(addable<percentage_points, percentage_points>);
    static_assert(addable<count, count>);  // 家 + 个 is refused at run time
    static_assert(subtractable<area, area>);
    static_assert(subtractable<share, share>);  // = percentage points
    static_assert(subtractable<growth_rate, growth_rate>);
    static_assert(subtractable<share, percentage_points>);
    static_assert(subtractable<measure, measure>);
    // Meaningless mixes: the deleted operator makes the expression ill-formed.
    static_assert(!addable<money<cny>, area>);
    static_assert(!addable<area, money<cny>>);
    static_assert(!addable<money<cny>, money<usd>>);
    static_assert(!addable<growth_rate, share>);
    static_assert(!addable<share, growth_rate>);
    static_assert(!addable<growth_rate, money<cny>>);
    static_assert(!addable<area, length>);
    static_assert(!addable<count, measure>);
    static_assert(!subtractable<money<cny>, area>);
    static_assert(!subtractable<area, length>);
    static_assert(!subtractable<share, growth_rate>);
    static_assert(!subtractable<growth_rate, share>);
    static_assert(!subtractable<money<usd>, money<cny>>);
    static_assert(!subtractable<percentage_points, share>);  // points minus a level means nothing
    // No operator at all: two levels or two rates do not add.
    static_assert(!addable<share, share>);
    static_assert(!addable<growth_rate, growth_rate>);
    // With const and references as generic code spells them.
    static_assert(!addable<const money<cny>&, area&>);
    static_assert(addable<const area&, area>);
    CHECK(true);
}
