#pragma once
// Length: 米, 公里 — exact to 0.1毫米 (range ±9·10^14 米).

#include <govtarget/detail/amount.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace govtarget {

enum class length_unit : std::uint8_t { metre, kilometre };

struct length_dimension {
    using unit = length_unit;
    static constexpr std::string_view name = "a length";
    static constexpr std::string_view resolution = "0.0001米";
    static constexpr const char* overflow_context = "length arithmetic (range ±9·10^14 米)";
    static constexpr unit default_unit = unit::metre;
    static constexpr unit exact_unit = unit::metre;
    static constexpr std::array<detail::unit_row<unit>, 2> units{{
        {unit::metre, "米|m", 10'000},
        {unit::kilometre, "公里|千米|km", 10'000'000},
    }};
};

using length = basic_amount<length_dimension>;

// With govtarget::compiled, its members are compiled there once (src/compiled.cpp).
#ifdef GOVTARGET_SEPARATE_COMPILATION
extern template class basic_amount<length_dimension>;
#endif

}  // namespace govtarget
