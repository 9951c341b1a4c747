#pragma once
// Which govtarget value types exist; the deleted operators that make a meaningless mix (money
// + area, CNY + USD, growth rate + share) a compile error; and addable / subtractable, which
// let generic code ask whether a mix means something.

#include <type_traits>

namespace govtarget {

// Specialised to true by each value type's header.
template <class T>
struct is_value_type : std::false_type {};
template <class T>
inline constexpr bool is_value_type_v = is_value_type<std::remove_cvref_t<T>>::value;

namespace detail {

// Pairs of distinct types whose sum or difference does mean something; specialised by rate.hpp.
template <class L, class R>
struct mixes_meaningfully : std::false_type {};

template <class L, class R>
concept meaningless_mix = is_value_type_v<L> && is_value_type_v<R> &&
                          !std::is_same_v<std::remove_cvref_t<L>, std::remove_cvref_t<R>> &&
                          !mixes_meaningfully<std::remove_cvref_t<L>, std::remove_cvref_t<R>>::value;

}  // namespace detail

// Deleted rather than defined to fail, so that a requires-expression sees that the mix does
// not compile. Both compilers quote the declaring line in their "declared here" note, which is
// why the message to the reader sits on that line.
template <class L, class R>
    requires detail::meaningless_mix<L, R>
void operator+(const L&, const R&) = delete;  // govtarget: these two values cannot be added: they measure different things (money and area, one currency and another, a growth rate and a share or money). Convert explicitly first (an exchange rate, a unit) or compare them instead.

template <class L, class R>
    requires detail::meaningless_mix<L, R>
void operator-(const L&, const R&) = delete;  // govtarget: these two values cannot be subtracted: they measure different things (money and area, one currency and another, a growth rate and a share or money). Convert explicitly first (an exchange rate, a unit) or compare them instead.

// Whether l + r (l − r) compiles: addable<area, area>, addable<share, percentage_points>;
// not addable<money<cny>, area>, addable<share, growth_rate>. Values of one type whose units
// can still differ at run time (84家 + 3个) are addable and throw unit_mismatch_error.
template <class L, class R>
concept addable = requires(const L& l, const R& r) { l + r; };
template <class L, class R>
concept subtractable = requires(const L& l, const R& r) { l - r; };

}  // namespace govtarget
