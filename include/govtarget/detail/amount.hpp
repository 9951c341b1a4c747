#pragma once
// The shared machinery of money, area and length: an exact, overflow-checked 64-bit count of
// a dimension's smallest tick, plus the unit the value is shown in. Every unit of a dimension
// is a whole number of ticks, so every conversion between them is exact: 1亩 is 2·10^7 ticks
// of 1/30000 平方米 and 1公顷 is 3·10^8 = 15亩.
//
// == and <=> compare magnitudes: 15亩 == 1公顷. The display unit is a formatting property,
// as a decimal's trailing zeros are (5.50 == 5.5); identical(a, b) compares it too. A sum or
// difference of two amounts is shown in a unit chosen from both, so that a + b and b + a
// are alike in every respect (see result_unit).

#include <govtarget/decimal.hpp>
#include <govtarget/detail/checked.hpp>
#include <govtarget/detail/kinds.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rounding.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace govtarget {

namespace detail {

// One row of a dimension's unit table. spellings: the display symbol first, then the
// other ways documents write it, separated by '|'.
template <class Unit>
struct unit_row {
    Unit unit;
    std::string_view spellings;
    std::int64_t ticks;

    [[nodiscard]] constexpr std::string_view symbol() const { return spellings.substr(0, spellings.find('|')); }

    [[nodiscard]] constexpr bool spelled(std::string_view text) const {
        return any_spelling([&](std::string_view spelling) { return spelling == text; });
    }
    // Whether text starts with one of the spellings: 亿元元 starts with 亿元.
    [[nodiscard]] constexpr bool starts(std::string_view text) const {
        return any_spelling([&](std::string_view spelling) { return text.starts_with(spelling); });
    }

private:
    constexpr bool any_spelling(auto&& matches) const {
        std::string_view rest = spellings;
        while (true) {
            const auto bar = rest.find('|');
            if (matches(rest.substr(0, bar))) return true;
            if (bar == std::string_view::npos) return false;
            rest.remove_prefix(bar + 1);
        }
    }
};

template <class Dimension>
[[nodiscard]] constexpr const auto& row_of(typename Dimension::unit unit) {
    for (const auto& row : Dimension::units)
        if (row.unit == unit) return row;
    throw domain_error("a unit that is not in the table of " + std::string(Dimension::name));
}

template <class Dimension>
[[nodiscard]] constexpr bool starts_with_unit(std::string_view text) {
    for (const auto& row : Dimension::units)
        if (row.starts(text)) return true;
    return false;
}

template <class Dimension>
[[nodiscard]] constexpr std::optional<typename Dimension::unit> unit_spelled(std::string_view text) {
    for (const auto& row : Dimension::units)
        if (row.spelled(text)) return row.unit;
    return std::nullopt;
}

}  // namespace detail

template <class Dimension>
class basic_amount {
public:
    using dimension = Dimension;
    using unit_type = typename Dimension::unit;

    constexpr basic_amount() noexcept = default;

    // value × unit, exactly; inexact_error if the value is finer than the dimension's tick.
    constexpr basic_amount(decimal value, unit_type unit) : ticks_(to_ticks(value, unit)), unit_(unit) {}

    [[nodiscard]] static constexpr basic_amount from_ticks(std::int64_t ticks, unit_type display = Dimension::default_unit) noexcept {
        basic_amount result;
        result.ticks_ = ticks;
        result.unit_ = display;
        return result;
    }

    [[nodiscard]] constexpr std::int64_t ticks() const noexcept { return ticks_; }
    [[nodiscard]] constexpr unit_type display_unit() const noexcept { return unit_; }
    [[nodiscard]] static constexpr std::string_view symbol(unit_type unit) { return detail::row_of<Dimension>(unit).symbol(); }

    // The same amount, shown in another unit.
    [[nodiscard]] constexpr basic_amount in(unit_type unit) const noexcept { return from_ticks(ticks_, unit); }

    // The exact number of units: 1平方米 in 亩 is 3/2000.
    [[nodiscard]] constexpr fraction value_in(unit_type unit) const {
        return fraction(ticks_, detail::row_of<Dimension>(unit).ticks);
    }
    // The exact decimal number of units; inexact_error if it does not terminate (1亩 in 平方米).
    [[nodiscard]] constexpr decimal decimal_in(unit_type unit) const {
        if (auto exact = value_in(unit).exact_decimal()) return *exact;
        throw inexact_error(to_string() + " is not a finite decimal number of " + std::string(symbol(unit)) +
                            "; give a scale and a rounding mode");
    }
    // The number of units at a given scale, rounded as asked: 1亩 → 667平方米 at scale 0.
    [[nodiscard]] constexpr decimal decimal_in(unit_type unit, int scale, rounding mode) const {
        return value_in(unit).to_decimal(scale, mode);
    }
    // The value in the display unit.
    [[nodiscard]] constexpr decimal value() const { return decimal_in(unit_); }

    // "740亿元", "148亩"; a value that does not terminate in its display unit is shown
    // rounded to 4 places and marked 约 ("约666.6667平方米").
    [[nodiscard]] std::string to_string() const {
        if (auto exact = value_in(unit_).exact_decimal()) return exact->to_string() + std::string(symbol(unit_));
        std::string text = "约";
        text += value_in(unit_).to_decimal(4).to_string();
        text += symbol(unit_);
        return text;
    }
    // Text that parses back to exactly this amount: the display unit when the value
    // terminates in it, else the dimension's exact unit (亩 for areas, 元, 米).
    [[nodiscard]] std::string to_exact_string() const {
        if (auto exact = value_in(unit_).exact_decimal()) return exact->to_string() + std::string(symbol(unit_));
        const auto fallback = Dimension::exact_unit;
        return value_in(fallback).exact_decimal().value().to_string() + std::string(symbol(fallback));
    }

    // In a given unit at a given scale: to_string(mu, 2) → "148.00亩".
    [[nodiscard]] std::string to_string(unit_type unit, int scale, rounding mode = rounding::half_away_from_zero) const {
        return decimal_in(unit, scale, mode).to_string() + std::string(symbol(unit));
    }

    // "740亿元", "50万平方米", "148亩"; the unit must be one of the dimension's spellings.
    [[nodiscard]] static constexpr basic_amount parse(std::string_view text) { return try_parse(text).value(); }
    static constexpr parse_result<basic_amount> try_parse(std::string_view text) noexcept {
        const std::size_t length = detail::number_prefix_length(text);
        if (length == 0) return parse_error(Dimension::name, text, 0, "expected a number");
        auto number = decimal::try_parse(text.substr(0, length));
        if (!number) return std::move(number).error();
        const auto unit = detail::unit_spelled<Dimension>(text.substr(length));
        if (!unit) return parse_error(Dimension::name, text, length, "unknown unit");
        std::int64_t ticks = 0;
        if (const tick_fault fault = try_to_ticks(*number, *unit, ticks); fault != tick_fault::none)
            return parse_error(Dimension::name, text, 0, fault_message(fault, *number, *unit));
        return from_ticks(ticks, *unit);
    }

    [[nodiscard]] constexpr basic_amount operator-() const {
        return from_ticks(detail::checked_neg(ticks_, overflow_context()), unit_);
    }
    [[nodiscard]] constexpr basic_amount operator+() const noexcept { return *this; }

    // The result is shown in result_unit(a, b): the same in either order.
    // Overflow names the operands: "900000000亿元 + 900000000亿元 overflows CNY money …".
    [[nodiscard]] friend constexpr basic_amount operator+(basic_amount a, basic_amount b) {
        std::int64_t sum = 0;
        if (detail::add_overflows(a.ticks_, b.ticks_, sum)) throw overflow_error(overflow_message(a, " + ", b.to_string()));
        return from_ticks(sum, result_unit(a.unit_, b.unit_, sum));
    }
    [[nodiscard]] friend constexpr basic_amount operator-(basic_amount a, basic_amount b) {
        std::int64_t difference = 0;
        if (detail::sub_overflows(a.ticks_, b.ticks_, difference))
            throw overflow_error(overflow_message(a, " - ", b.to_string()));
        return from_ticks(difference, result_unit(a.unit_, b.unit_, difference));
    }
    constexpr basic_amount& operator+=(basic_amount other) { return *this = *this + other; }
    constexpr basic_amount& operator-=(basic_amount other) { return *this = *this - other; }

    [[nodiscard]] friend constexpr basic_amount operator*(basic_amount a, std::int64_t factor) {
        std::int64_t product = 0;
        if (detail::mul_overflows(a.ticks_, factor, product))
            throw overflow_error(overflow_message(a, " × ", std::to_string(factor)));
        return from_ticks(product, a.unit_);
    }
    [[nodiscard]] friend constexpr basic_amount operator*(std::int64_t factor, basic_amount a) { return a * factor; }
    // Exact scaling; inexact_error if the product is finer than a tick (use multiply to round).
    [[nodiscard]] friend constexpr basic_amount operator*(basic_amount a, decimal factor) {
        const detail::wide top = detail::wide{a.ticks_} * factor.mantissa();
        const std::int64_t divisor = detail::pow10(factor.scale());
        if (top % divisor != 0)
            throw inexact_error(a.to_string() + " × " + factor.to_string() + " is finer than the resolution of " +
                                std::string(Dimension::name) + " (" + std::string(Dimension::resolution) + ")");
        const detail::wide ticks = top / divisor;
        if (ticks > INT64_MAX || ticks < INT64_MIN) throw overflow_error(overflow_message(a, " × ", factor.to_string()));
        return from_ticks(static_cast<std::int64_t>(ticks), a.unit_);
    }
    [[nodiscard]] friend constexpr basic_amount operator*(decimal factor, basic_amount a) { return a * factor; }
    // Scaling that rounds to the tick as asked.
    [[nodiscard]] friend constexpr basic_amount multiply(basic_amount a, decimal factor, rounding mode) {
        const detail::wide top = detail::wide{a.ticks_} * factor.mantissa();
        return from_ticks(detail::narrow(detail::divide_rounded(top, detail::wide{detail::pow10(factor.scale())}, mode),
                                         overflow_context()),
                          a.unit_);
    }

    // a / b as an exact rational: 148亩 / 1公顷 = 148/15.
    [[nodiscard]] friend constexpr fraction ratio(basic_amount a, basic_amount b) {
        if (b.ticks_ == 0) throw domain_error("ratio of " + a.to_string() + " to zero");
        return fraction(a.ticks_, b.ticks_);
    }

    // By magnitude: 15亩 == 1公顷, 148亩 < 10公顷.
    [[nodiscard]] friend constexpr bool operator==(basic_amount a, basic_amount b) noexcept { return a.ticks_ == b.ticks_; }
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(basic_amount a, basic_amount b) noexcept {
        return a.ticks_ <=> b.ticks_;
    }
    // Equal and shown in the same unit: identical(15亩, 1公顷) is false.
    [[nodiscard]] friend constexpr bool identical(basic_amount a, basic_amount b) noexcept {
        return a.ticks_ == b.ticks_ && a.unit_ == b.unit_;
    }

    friend std::ostream& operator<<(std::ostream& out, const basic_amount& amount) { return out << amount.to_string(); }
    [[nodiscard]] friend std::string to_string(const basic_amount& amount) { return amount.to_string(); }

private:
    // The unit a sum or difference of amounts shown in a and b is shown in, whatever their
    // order: their common unit; else the larger of the two if it shows the result exactly,
    // else the finer (约… when that does not either). 1公顷 + 148亩 = 163亩 (163/15公顷 does
    // not terminate); 1亿元 + 5000万元 = 1.5亿元. Of two units of one size (公顷, 万平方米),
    // the one listed first in the dimension's table counts as the larger.
    [[nodiscard]] static constexpr unit_type result_unit(unit_type a, unit_type b, std::int64_t ticks) {
        if (a == b) return a;
        const auto& row_a = detail::row_of<Dimension>(a);
        const auto& row_b = detail::row_of<Dimension>(b);
        const bool a_larger = row_a.ticks != row_b.ticks ? row_a.ticks > row_b.ticks : listed_before(a, b);
        const auto& larger = a_larger ? row_a : row_b;
        const auto& finer = a_larger ? row_b : row_a;
        return fraction(ticks, larger.ticks).exact_decimal() ? larger.unit : finer.unit;
    }

    static constexpr bool listed_before(unit_type a, unit_type b) noexcept {
        for (const auto& row : Dimension::units) {
            if (row.unit == a) return true;
            if (row.unit == b) return false;
        }
        return false;
    }

    static constexpr const char* overflow_context() { return Dimension::overflow_context; }
    static std::string overflow_message(const basic_amount& a, std::string_view operation, const std::string& b) {
        return a.to_string() + std::string(operation) + b + " overflows " + Dimension::overflow_context;
    }

    // Why value × unit is not a whole number of ticks that fits, if it is not.
    enum class tick_fault { none, finer, too_large };

    static constexpr tick_fault try_to_ticks(decimal value, unit_type unit, std::int64_t& ticks) noexcept {
        std::int64_t ticks_per_unit = 0;
        for (const auto& row : Dimension::units)
            if (row.unit == unit) ticks_per_unit = row.ticks;
        const detail::wide top = detail::wide{value.mantissa()} * ticks_per_unit;
        const std::int64_t divisor = detail::pow10(value.scale());
        if (top % divisor != 0) return tick_fault::finer;
        const detail::wide quotient = top / divisor;
        if (quotient > INT64_MAX || quotient < INT64_MIN) return tick_fault::too_large;
        ticks = static_cast<std::int64_t>(quotient);
        return tick_fault::none;
    }

    static std::string fault_message(tick_fault fault, decimal value, unit_type unit) {
        const std::string written = value.to_string() + std::string(symbol(unit));
        if (fault == tick_fault::finer)
            return written + " is finer than the resolution of " + std::string(Dimension::name) + " (" +
                   std::string(Dimension::resolution) + ")";
        return written + " exceeds the range of " + std::string(Dimension::name);
    }

    static constexpr std::int64_t to_ticks(decimal value, unit_type unit) {
        (void)detail::row_of<Dimension>(unit);  // domain_error for a unit that is not in the table
        std::int64_t ticks = 0;
        const tick_fault fault = try_to_ticks(value, unit, ticks);
        if (fault == tick_fault::finer) throw inexact_error(fault_message(fault, value, unit));
        if (fault == tick_fault::too_large) throw overflow_error(fault_message(fault, value, unit));
        return ticks;
    }

    std::int64_t ticks_ = 0;
    unit_type unit_ = Dimension::default_unit;
};

template <class Dimension>
struct is_value_type<basic_amount<Dimension>> : std::true_type {};

}  // namespace govtarget
