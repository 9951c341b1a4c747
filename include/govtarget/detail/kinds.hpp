#pragma once
// Which govtarget value types exist, and the catch-all operators that turn a meaningless
// mix (money + area, CNY + USD, growth rate + share) into one readable compile error.

#include <type_traits>

namespace govtarget {

// Specialised to true by each value type's header.
template <class T>
struct is_value_type : std::false_type {};
template <class T>
inline constexpr bool is_value_type_v = is_value_type<std::remove_cvref_t<T>>::value;

namespace detail {

template <class...>
inline constexpr bool always_false = false;

// Pairs of distinct types whose sum or difference does mean something; specialised by rate.hpp.
template <class L, class R>
struct mixes_meaningfully : std::false_type {};

template <class L, class R>
concept meaningless_mix = is_value_type_v<L> && is_value_type_v<R> &&
                          !std::is_same_v<std::remove_cvref_t<L>, std::remove_cvref_t<R>> &&
                          !mixes_meaningfully<std::remove_cvref_t<L>, std::remove_cvref_t<R>>::value;

}  // namespace detail

template <class L, class R>
    requires detail::meaningless_mix<L, R>
constexpr void operator+(const L&, const R&) {
    static_assert(detail::always_false<L, R>,
                  "govtarget: these two values cannot be added: they measure different things "
                  "(money and area, one currency and another, a growth rate and a share or money). "
                  "Convert explicitly first (an exchange rate, a unit) or compare them instead.");
}

template <class L, class R>
    requires detail::meaningless_mix<L, R>
constexpr void operator-(const L&, const R&) {
    static_assert(detail::always_false<L, R>,
                  "govtarget: these two values cannot be subtracted: they measure different things "
                  "(money and area, one currency and another, a growth rate and a share or money). "
                  "Convert explicitly first (an exchange rate, a unit) or compare them instead.");
}

}  // namespace govtarget
