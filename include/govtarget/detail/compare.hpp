#pragma once
// Exact comparison and magnitudes shared by targets and assessments, for the static value
// types and for the erased quantity. A comparison across kinds or labels is an error.

#include <govtarget/fraction.hpp>
#include <govtarget/quantity.hpp>

#include <compare>
#include <string>
#include <type_traits>
#include <variant>

namespace govtarget::detail {

template <class T>
struct is_rate : std::false_type {};
template <class Kind, class Rep>
struct is_rate<basic_rate<Kind, Rep>> : std::true_type {};

// The number a value stands for, exactly: percent for rates, ticks for amounts, units for
// counts and measures. Only meaningful between values of one type and label.
template <class Kind, class Rep>
fraction exact_number(const basic_rate<Kind, Rep>& value) {
    return value.exact_percent();
}
template <class Dimension>
fraction exact_number(const basic_amount<Dimension>& value) {
    return fraction(value.ticks());
}
template <class Label>
fraction exact_number(const basic_tally<Label>& value) {
    return fraction(value.value());
}
inline fraction exact_number(const quantity& value) {
    return value.visit([](const auto& v) { return exact_number(v); });
}

inline bool is_rate_value(const quantity& value) {
    const quantity_kind kind = value.kind();
    return kind == quantity_kind::growth_rate || kind == quantity_kind::share ||
           kind == quantity_kind::percentage_points;
}
template <class V>
bool is_rate_value(const V&) {
    return is_rate<V>::value;
}

// f(x, y) on the values of two quantities of one kind, each as its static type. One visit
// of nine alternatives, not a visit of both (eighty-one), which every includer would compile.
template <class F>
decltype(auto) visit_same_kind(const quantity& a, const quantity& b, F&& f) {
    if (a.variant().index() != b.variant().index())
        throw unit_mismatch_error("cannot compare " + a.to_string() + " (" + std::string(a.kind_name()) + ") with " +
                                  b.to_string() + " (" + std::string(b.kind_name()) + ")");
    return a.visit([&](const auto& x) -> decltype(auto) { return f(x, std::get<std::decay_t<decltype(x)>>(b.variant())); });
}

// Throws unit_mismatch_error unless a and b can be compared (same type, same label).
template <class V>
void require_comparable(const V& a, const V& b) {
    if constexpr (std::is_same_v<V, quantity>) {
        visit_same_kind(a, b, [](const auto& x, const auto& y) { require_comparable(x, y); });
    } else if constexpr (std::is_same_v<decltype(a <=> b), std::partial_ordering>) {
        if ((a <=> b) == std::partial_ordering::unordered)
            throw unit_mismatch_error("cannot compare " + a.to_string() + " with " + b.to_string() +
                                      ": different units");
    }
}

// Whether a and b can be compared: of one type and label (人 with 人, 元 with 元).
inline bool comparable(const quantity& a, const quantity& b) {
    if (a.variant().index() != b.variant().index()) return false;
    return visit_same_kind(a, b, [](const auto& x, const auto& y) {
        if constexpr (std::is_same_v<decltype(x <=> y), std::partial_ordering>) return (x <=> y) != std::partial_ordering::unordered;
        else return true;
    });
}

template <class V>
std::strong_ordering compare_values(const V& a, const V& b) {
    require_comparable(a, b);
    return exact_number(a) <=> exact_number(b);
}

}  // namespace govtarget::detail
