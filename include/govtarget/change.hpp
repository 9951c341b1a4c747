#pragma once
// Relations between two amounts of one type: the growth from one to the other (→ growth_rate),
// one as a share of the other (→ share), and an amount grown by a rate. Quotients rarely
// terminate, so each takes the scale and rounding of its result; applying a rate is exact
// or says why not.

#include <govtarget/area.hpp>
#include <govtarget/count.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/rounding.hpp>

namespace govtarget {

// (to − from) / from as an exact fraction (0.055 for 100 → 105.5).
template <class Amount>
    requires requires(const Amount& a) { ratio(a, a); }
[[nodiscard]] fraction exact_growth(const Amount& from, const Amount& to) {
    return ratio(to, from) - fraction(1);
}

// growth(100亿元, 105.5亿元, 1) = 5.5%.
template <class Amount>
    requires requires(const Amount& a) { ratio(a, a); }
[[nodiscard]] growth_rate growth(const Amount& from, const Amount& to, int scale,
                   rounding mode = rounding::half_away_from_zero) {
    return growth_rate(exact_growth(from, to).to_percent(scale, mode));
}

// part as a share of whole: share_of(30家, 120家, 1) = 25.0%.
template <class Amount>
    requires requires(const Amount& a) { ratio(a, a); }
[[nodiscard]] share share_of(const Amount& part, const Amount& whole, int scale,
               rounding mode = rounding::half_away_from_zero) {
    return share(ratio(part, whole).to_percent(scale, mode));
}

namespace detail {
// 1 + rate/100 as a decimal: 5.5% → 1.055.
[[nodiscard]] inline decimal growth_factor(growth_rate rate) {
    const decimal percent = rate.percent();
    if (percent.scale() + 2 > decimal::max_scale)
        throw inexact_error("growth rate " + rate.to_string() + " has too many decimal places to apply");
    return decimal(1) + decimal::from_mantissa(percent.mantissa(), percent.scale() + 2);
}
}  // namespace detail

// amount × (1 + rate): exactly, or inexact_error if that is finer than the amount's resolution.
template <class Amount>
    requires requires(const Amount& a, decimal d) { a* d; }
[[nodiscard]] Amount apply(const Amount& amount, growth_rate rate) {
    return amount * detail::growth_factor(rate);
}

// amount × (1 + rate), rounded to the amount's resolution as asked.
template <class Dimension>
[[nodiscard]] basic_amount<Dimension> apply(const basic_amount<Dimension>& amount, growth_rate rate, rounding mode) {
    return multiply(amount, detail::growth_factor(rate), mode);
}

}  // namespace govtarget
