#pragma once
// Holding an actual value against a target: met, not met, or within the tolerance of a 左右
// target; the achievement ratio (direction-aware: 31 target, 33 actual, lower is better →
// 31/33); the remaining gap as a typed value (还差12亿元; for rates, percentage points:
// 增长4.6%，低于目标0.9个百分点); and, separately, whether the stretch tier (力争) is met.

#include <govtarget/detail/compare.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace govtarget {

enum class verdict { met, within_tolerance, not_met };

inline constexpr std::string_view to_string(verdict v) noexcept {
    switch (v) {
        case verdict::met: return "met";
        case verdict::within_tolerance: return "within_tolerance";
        case verdict::not_met: return "not_met";
    }
    return "not_met";
}

// The type of a − b: percentage points for rates, the same type for amounts.
template <class V>
struct difference_type {
    using type = std::remove_cvref_t<decltype(std::declval<V>() - std::declval<V>())>;
};
template <>
struct difference_type<quantity> {
    using type = quantity;  // the erased difference: points for rates, the amount otherwise
};
template <class V>
using difference_t = typename difference_type<V>::type;

template <class V>
struct assessment {
    verdict result;
    // actual / target when higher is better, target / actual when lower is better; none
    // when the divisor is zero.
    std::optional<fraction> achievement;
    // What is still missing, in the target's direction: positive means short of the target
    // (还差), zero or negative means met with that much to spare.
    difference_t<V> gap;
    // Whether the stretch tier is reached; none when the target has none.
    std::optional<bool> stretch_met;

    bool met() const noexcept { return result == verdict::met; }
};

namespace detail {

template <class V>
difference_t<V> difference(const V& a, const V& b) {
    if constexpr (std::is_same_v<V, quantity>) {
        require_comparable(a, b);
        return visit_same_kind(a, b, [](const auto& x, const auto& y) { return quantity(x - y); });
    } else {
        return a - b;
    }
}

// Reaches: actual on the good side of reference (or on it, when inclusive).
template <class V>
bool reaches(const V& actual, const V& reference, direction better, bool inclusive) {
    const auto order = compare_values(actual, reference);
    if (order == 0) return inclusive;
    return better == direction::higher_is_better ? order > 0 : order < 0;
}

template <class V>
bool within(const V& actual, const V& reference, const around_tolerance& tolerance) {
    const fraction distance = exact_number(actual) - exact_number(reference);
    const fraction magnitude = distance.sign() < 0 ? -distance : distance;
    if (is_rate_value(reference)) return magnitude <= fraction(tolerance.rate_points);
    const fraction target_size = exact_number(reference).sign() < 0 ? -exact_number(reference) : exact_number(reference);
    return magnitude <= target_size * fraction(tolerance.amount_percent) / fraction(100);
}

}  // namespace detail

// Assesses an actual against a bound. `better` says which way is good; for at_least and
// at_most it is implied, and a contradicting direction is a domain_error.
template <class V>
assessment<V> assess(const bound<V>& target, const V& actual, direction better,
                     const std::optional<V>& stretch = std::nullopt) {
    if (target.kind() == bound_kind::at_least && better == direction::lower_is_better)
        throw domain_error("an at-least bound (" + target.to_string() + ") cannot be lower-is-better");
    if (target.kind() == bound_kind::at_most && better == direction::higher_is_better)
        throw domain_error("an at-most bound (" + target.to_string() + ") cannot be higher-is-better");
    const V& reference = target.reference(better);
    detail::require_comparable(actual, reference);

    verdict result = verdict::not_met;
    switch (target.kind()) {
        case bound_kind::at_least:
        case bound_kind::at_most:
            if (detail::reaches(actual, reference, better, target.inclusive())) result = verdict::met;
            break;
        case bound_kind::point:
        case bound_kind::range:
            if (detail::reaches(actual, reference, better, true)) result = verdict::met;
            break;
        case bound_kind::around:
            if (detail::reaches(actual, reference, better, true)) result = verdict::met;
            else if (detail::within(actual, reference, target.tolerance())) result = verdict::within_tolerance;
            break;
    }

    const fraction a = detail::exact_number(actual);
    const fraction t = detail::exact_number(reference);
    std::optional<fraction> achievement;
    if (better == direction::higher_is_better && !t.is_zero()) achievement = a / t;
    if (better == direction::lower_is_better && !a.is_zero()) achievement = t / a;

    std::optional<bool> stretch_met;
    if (stretch) stretch_met = detail::reaches(actual, *stretch, better, true);

    return assessment<V>{result, achievement,
                         better == direction::higher_is_better ? detail::difference(reference, actual)
                                                               : detail::difference(actual, reference),
                         stretch_met};
}

// Assesses an actual against one quantified part of a target (a linked value must be
// resolved first).
inline assessment<quantity> assess(const target_quantity& part, const quantity& actual) {
    return assess(part.fixed(), actual, part.better, part.stretch);
}

}  // namespace govtarget
