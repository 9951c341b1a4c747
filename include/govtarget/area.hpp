#pragma once
// Land and floor area: 平方米, 万平方米, 平方公里, 亩, 万亩, 公顷 — exact.
// The tick is 1/30000 平方米, so that 1亩 = 10000/15 平方米 is a whole number of ticks:
// 15亩 == 1公顷 holds exactly and 148亩 + 1平方米 loses nothing. Range ±3·10^14 平方米.

#include <govtarget/detail/amount.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace govtarget {

enum class area_unit : std::uint8_t { square_metre, wan_square_metres, square_kilometre, mu, wan_mu, hectare };

struct area_dimension {
    using unit = area_unit;
    static constexpr std::string_view name = "an area";
    static constexpr std::string_view resolution = "1/30000平方米";
    static constexpr const char* overflow_context = "area arithmetic (range ±3·10^14 平方米)";
    static constexpr unit default_unit = unit::square_metre;
    static constexpr unit exact_unit = unit::mu;  // every tick count is a finite decimal of 亩
    // To add a unit: one row here (and its enumerator above).
    static constexpr std::array<detail::unit_row<unit>, 6> units{{
        {unit::square_metre, "平方米|平米|㎡|m²|m2", 30'000},
        {unit::wan_square_metres, "万平方米|万平米|万㎡|万m²", 300'000'000},
        {unit::square_kilometre, "平方公里|平方千米|km²|km2", 30'000'000'000},
        {unit::mu, "亩", 20'000'000},
        {unit::wan_mu, "万亩", 200'000'000'000},
        {unit::hectare, "公顷", 300'000'000},
    }};
};

using area = basic_amount<area_dimension>;

// With govtarget::compiled, its members are compiled there once (src/compiled.cpp).
#ifdef GOVTARGET_SEPARATE_COMPILATION
extern template class basic_amount<area_dimension>;
#endif

}  // namespace govtarget
