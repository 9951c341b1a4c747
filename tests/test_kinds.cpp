// detail/kinds.hpp: the catch-all operators exist only for meaningless mixes.
#include <govtarget/area.hpp>
#include <govtarget/detail/kinds.hpp>
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
