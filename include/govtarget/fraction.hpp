#pragma once
// An exact rational number: elapsed fractions of a period (11/12, 182/366), achievement
// ratios (31/33), weighted means. Always reduced, denominator positive; 64-bit parts with
// 128-bit intermediates, and overflow_error if a reduced result still does not fit.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/checked.hpp>
#include <govtarget/error.hpp>
#include <govtarget/rounding.hpp>

#include <compare>
#include <cstdint>
#include <ostream>
#include <string>

namespace govtarget {

class fraction {
public:
    constexpr fraction() noexcept = default;
    constexpr explicit fraction(std::int64_t integer) noexcept : numerator_(integer) {}
    constexpr fraction(std::int64_t numerator, std::int64_t denominator)
        : fraction(make(numerator, denominator)) {}
    constexpr explicit fraction(decimal value)
        : fraction(make(value.mantissa(), detail::pow10(value.scale()))) {}

    [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return numerator_; }
    [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return denominator_; }

    // Builds from 128-bit parts (reduces first, then checks the range).
    [[nodiscard]] static constexpr fraction make(detail::wide numerator, detail::wide denominator) {
        if (denominator == 0) throw domain_error("fraction with a zero denominator");
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        const detail::wide divisor = detail::gcd_wide(numerator, denominator);
        if (divisor > 1) {
            numerator /= divisor;
            denominator /= divisor;
        }
        fraction result;
        result.numerator_ = detail::narrow(numerator, "fraction numerator");
        result.denominator_ = detail::narrow(denominator, "fraction denominator");
        return result;
    }

    [[nodiscard]] constexpr bool is_zero() const noexcept { return numerator_ == 0; }
    [[nodiscard]] constexpr bool is_integer() const noexcept { return denominator_ == 1; }
    [[nodiscard]] constexpr int sign() const noexcept { return (numerator_ > 0) - (numerator_ < 0); }

    // The value as a decimal with the given scale, rounded as asked.
    [[nodiscard]] constexpr decimal to_decimal(int scale, rounding mode = rounding::half_away_from_zero) const {
        if (scale < 0 || scale > decimal::max_scale)
            throw domain_error("decimal scale " + std::to_string(scale) + " is outside 0..18");
        const detail::wide top = detail::wide{numerator_} * detail::pow10(scale);
        return decimal::from_mantissa(
            detail::narrow(detail::divide_rounded(top, detail::wide{denominator_}, mode),
                           "fraction to decimal"),
            scale);
    }

    // The exact decimal when the expansion terminates within 18 places, else nothing.
    [[nodiscard]] constexpr std::optional<decimal> exact_decimal() const {
        for (int scale = 0; scale <= decimal::max_scale; ++scale) {
            const detail::wide top = detail::wide{numerator_} * detail::pow10(scale);
            if (top % denominator_ == 0) {
                const detail::wide quotient = top / denominator_;
                if (quotient > INT64_MAX || quotient < INT64_MIN) return std::nullopt;
                return decimal::from_mantissa(static_cast<std::int64_t>(quotient), scale);
            }
        }
        return std::nullopt;
    }

    // This fraction as a percent (×100), rounded for display: 11/12 -> 91.7 at scale 1.
    [[nodiscard]] constexpr decimal to_percent(int scale, rounding mode = rounding::half_away_from_zero) const {
        return (*this * fraction(100)).to_decimal(scale, mode);
    }

    [[nodiscard]] constexpr fraction operator-() const { return make(-detail::wide{numerator_}, denominator_); }

    [[nodiscard]] friend constexpr fraction operator+(fraction a, fraction b) {
        return make(detail::wide{a.numerator_} * b.denominator_ + detail::wide{b.numerator_} * a.denominator_,
                    detail::wide{a.denominator_} * b.denominator_);
    }
    [[nodiscard]] friend constexpr fraction operator-(fraction a, fraction b) { return a + -b; }
    [[nodiscard]] friend constexpr fraction operator*(fraction a, fraction b) {
        return make(detail::wide{a.numerator_} * b.numerator_, detail::wide{a.denominator_} * b.denominator_);
    }
    [[nodiscard]] friend constexpr fraction operator/(fraction a, fraction b) {
        if (b.is_zero()) throw domain_error("fraction division by zero");
        return make(detail::wide{a.numerator_} * b.denominator_, detail::wide{a.denominator_} * b.numerator_);
    }

    [[nodiscard]] friend constexpr bool operator==(fraction, fraction) noexcept = default;
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(fraction a, fraction b) noexcept {
        const detail::wide left = detail::wide{a.numerator_} * b.denominator_;
        const detail::wide right = detail::wide{b.numerator_} * a.denominator_;
        return left < right ? std::strong_ordering::less
                            : left > right ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

    [[nodiscard]] std::string to_string() const {
        std::string text = std::to_string(numerator_);
        if (denominator_ != 1) {
            text += '/';
            text += std::to_string(denominator_);
        }
        return text;
    }
    friend std::ostream& operator<<(std::ostream& out, fraction value) { return out << value.to_string(); }

private:
    std::int64_t numerator_ = 0;
    std::int64_t denominator_ = 1;
};

}  // namespace govtarget
