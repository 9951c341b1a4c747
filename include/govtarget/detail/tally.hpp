#pragma once
// The shared machinery of counts (84家, 4万名) and generic measures (1.3万亿斤, 31微克/立方米):
// an exact decimal number of single units, the label those units carry, and the magnitude
// (万, 亿 …) the value is shown with. Values with different labels never mix silently.
//
// == and <=> compare the label and the number of single units: 4万名 == 40000名. The magnitude
// is a formatting property, as a decimal's trailing zeros are; identical(a, b) compares it
// too. A sum or difference is shown with a magnitude chosen from both operands, so that a + b
// and b + a are alike in every respect: 4万名 + 5000名 = 5000名 + 4万名 = 4.5万名.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/kinds.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rounding.hpp>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace govtarget {

// The Chinese magnitudes a number is written with before its unit.
enum class magnitude : std::uint8_t { one, hundred, thousand, wan, yi, wanyi };

namespace detail {

struct magnitude_row {
    magnitude value;
    std::string_view text;
    int exponent;
};

// Longest first, so that 万亿 is not read as 万 followed by 亿.
inline constexpr std::array<magnitude_row, 6> magnitudes{{
    {magnitude::wanyi, "万亿", 12},
    {magnitude::yi, "亿", 8},
    {magnitude::wan, "万", 4},
    {magnitude::thousand, "千", 3},
    {magnitude::hundred, "百", 2},
    {magnitude::one, "", 0},
}};

[[nodiscard]] constexpr const magnitude_row& magnitude_info(magnitude m) {
    for (const auto& row : magnitudes)
        if (row.value == m) return row;
    return magnitudes.back();
}

template <class Label>
class basic_tally {
public:
    // value counted in the given magnitude: (4, 名, wan) is 40000名, shown "4万名".
    basic_tally(decimal value, Label label, magnitude shown = magnitude::one)
        : units_(value * decimal(pow10(magnitude_info(shown).exponent))), label_(std::move(label)), shown_(shown) {}

    // The number of single units: 40000 for 4万名.
    [[nodiscard]] const decimal& value() const noexcept { return units_; }
    [[nodiscard]] const Label& label() const noexcept { return label_; }
    [[nodiscard]] magnitude shown_magnitude() const noexcept { return shown_; }

    // The same value shown with another magnitude.
    [[nodiscard]] basic_tally shown_in(magnitude m) const {
        basic_tally result = *this;
        result.shown_ = m;
        return result;
    }

    // "4万名", "84家"; a magnitude the number cannot be shown in exactly (more than 18
    // decimal places) gives way to single units.
    [[nodiscard]] std::string to_string() const {
        const decimal n = units_.normalized();
        if (!shows_exactly(n, shown_)) return n.to_string() + std::string(label_.text());
        const int exponent = magnitude_info(shown_).exponent;
        const decimal shown = decimal::from_mantissa(n.mantissa(), n.scale() + exponent).normalized();
        return shown.to_string() + std::string(magnitude_info(shown_).text) + std::string(label_.text());
    }
    // The number as shown, with its magnitude, at a given scale: 4万名 at scale 1 → "4.0万名".
    [[nodiscard]] std::string to_string(int scale, rounding mode = rounding::half_away_from_zero) const {
        const decimal n = units_.normalized();
        const magnitude m = shows_exactly(n, shown_) ? shown_ : magnitude::one;
        const int exponent = magnitude_info(m).exponent;
        const decimal shown = decimal::from_mantissa(n.mantissa(), n.scale() + exponent);
        return shown.rounded(scale, mode).to_string() + std::string(magnitude_info(m).text) + std::string(label_.text());
    }

    [[nodiscard]] static basic_tally parse(std::string_view text) { return try_parse(text).value(); }
    static parse_result<basic_tally> try_parse(std::string_view text) {
        const std::size_t length = number_prefix_length(text);
        if (length == 0) return parse_error(Label::kind_name, text, 0, "expected a number");
        const auto number = decimal::try_parse(text.substr(0, length));
        if (!number) return parse_error(Label::kind_name, text, 0, "the number is malformed or has too many digits for a decimal");
        const std::string_view rest = text.substr(length);
        // A magnitude in front of the label, where the label allows it: 4万名, 1.3万亿斤.
        for (const auto& m : magnitudes) {
            if (!rest.starts_with(m.text) || !Label::takes(m.value)) continue;
            if (auto label = Label::read(rest.substr(m.text.size()))) {
                const auto units = times_power_of_ten(*number, m.exponent);
                if (!units)
                    return parse_error(Label::kind_name, text, 0,
                                       std::string(text.substr(0, length + m.text.size())) + " exceeds the range of " +
                                           std::string(Label::kind_name) + " (a 64-bit decimal of single units)");
                return basic_tally(*units, std::move(*label), m.value, single_units);
            }
        }
        return parse_error(Label::kind_name, text, length, Label::unknown_reason);
    }

    [[nodiscard]] basic_tally operator-() const { return with_units(-units_); }

    // The result is shown with result_magnitude(a, b): the same in either order.
    [[nodiscard]] friend basic_tally operator+(const basic_tally& a, const basic_tally& b) {
        a.require_same_label(b, "add");
        try {
            return a.with_units(a.units_ + b.units_, b.shown_);
        } catch (const overflow_error&) {
            throw overflow_error(a.to_string() + " + " + b.to_string() + " overflows " + std::string(Label::kind_name));
        }
    }
    [[nodiscard]] friend basic_tally operator-(const basic_tally& a, const basic_tally& b) {
        a.require_same_label(b, "subtract");
        try {
            return a.with_units(a.units_ - b.units_, b.shown_);
        } catch (const overflow_error&) {
            throw overflow_error(a.to_string() + " - " + b.to_string() + " overflows " + std::string(Label::kind_name));
        }
    }
    basic_tally& operator+=(const basic_tally& other) { return *this = *this + other; }
    basic_tally& operator-=(const basic_tally& other) { return *this = *this - other; }
    [[nodiscard]] friend basic_tally operator*(const basic_tally& a, decimal factor) { return a.with_units(a.units_ * factor); }
    [[nodiscard]] friend basic_tally operator*(decimal factor, const basic_tally& a) { return a * factor; }

    // a / b as an exact rational; unit_mismatch_error for different labels.
    [[nodiscard]] friend fraction ratio(const basic_tally& a, const basic_tally& b) {
        a.require_same_label(b, "divide");
        if (b.units_.is_zero()) throw domain_error("ratio of " + a.to_string() + " to zero");
        return fraction(a.units_) / fraction(b.units_);
    }

    // Equal only with the same label; values with different labels are unordered.
    [[nodiscard]] friend bool operator==(const basic_tally& a, const basic_tally& b) noexcept {
        return a.label_ == b.label_ && a.units_ == b.units_;
    }
    [[nodiscard]] friend std::partial_ordering operator<=>(const basic_tally& a, const basic_tally& b) noexcept {
        if (!(a.label_ == b.label_)) return std::partial_ordering::unordered;
        return a.units_ <=> b.units_;
    }
    // Equal and shown with the same magnitude: identical(4万名, 40000名) is false.
    [[nodiscard]] friend bool identical(const basic_tally& a, const basic_tally& b) noexcept {
        return a == b && a.shown_ == b.shown_;
    }

    friend std::ostream& operator<<(std::ostream& out, const basic_tally& value) { return out << value.to_string(); }
    [[nodiscard]] friend std::string to_string(const basic_tally& value) { return value.to_string(); }

private:
    struct single_units_tag {};
    static constexpr single_units_tag single_units{};
    // units already counted in single units, shown with the given magnitude.
    basic_tally(decimal units, Label label, magnitude shown, single_units_tag)
        : units_(units), label_(std::move(label)), shown_(shown) {}

    // Whether n (normalised) prints exactly with magnitude m: 4万 does, 0.000…1亿 with more
    // than 18 places does not.
    static bool shows_exactly(decimal n, magnitude m) noexcept {
        const int exponent = magnitude_info(m).exponent;
        return exponent == 0 || n.scale() + exponent <= decimal::max_scale;
    }

    // The magnitude a sum or difference of values shown with a and b is shown with, whatever
    // their order: their common one; else the larger if it shows the result exactly, else
    // the smaller.
    static magnitude result_magnitude(magnitude a, magnitude b, const decimal& units) noexcept {
        if (a == b) return a;
        const bool a_larger = magnitude_info(a).exponent > magnitude_info(b).exponent;
        const magnitude larger = a_larger ? a : b;
        return shows_exactly(units.normalized(), larger) ? larger : (a_larger ? b : a);
    }

    // The same label with other units, shown with a magnitude chosen from this value's and other's.
    basic_tally with_units(decimal units, magnitude other) const {
        basic_tally result = *this;
        result.units_ = units;
        result.shown_ = result_magnitude(shown_, other, units);
        return result;
    }
    basic_tally with_units(decimal units) const {
        basic_tally result = *this;
        result.units_ = units;
        return result;
    }

    // number × 10^exponent as decimal multiplication gives it, or nothing when it does not fit.
    static std::optional<decimal> times_power_of_ten(decimal number, int exponent) noexcept {
        wide product = wide{number.mantissa()} * pow10(exponent);
        int scale = number.scale();
        while ((product > INT64_MAX || product < INT64_MIN) && scale > 0 && product % 10 == 0) {
            product /= 10;
            --scale;
        }
        if (product > INT64_MAX || product < INT64_MIN) return std::nullopt;
        return decimal::from_mantissa(static_cast<std::int64_t>(product), scale);
    }

    void require_same_label(const basic_tally& other, const char* verb) const {
        if (!(label_ == other.label_))
            throw unit_mismatch_error(std::string("cannot ") + verb + " " + to_string() + " and " + other.to_string() +
                                      ": " + std::string(Label::what_differs) + " (" + std::string(label_.text()) +
                                      ", " + std::string(other.label_.text()) + ")");
    }

    decimal units_;
    Label label_;
    magnitude shown_ = magnitude::one;
};

}  // namespace detail

template <class Label>
struct is_value_type<detail::basic_tally<Label>> : std::true_type {};

}  // namespace govtarget
