#pragma once
// An exact decimal number as the documents write them: "5.5", "75.7", "0.01", "-1.9".
//
// A 64-bit mantissa and a decimal scale (0..18): 5.50 is {550, 2}. Arithmetic is exact and
// checked; a result that does not fit throws overflow_error instead of wrapping. Division
// takes the result's scale and a rounding mode, because most quotients do not terminate.

#include <govtarget/detail/checked.hpp>
#include <govtarget/error.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rounding.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace govtarget {

class decimal {
public:
    static constexpr int max_scale = detail::max_pow10;

    constexpr decimal() noexcept = default;
    constexpr explicit decimal(std::int64_t integer) noexcept : mantissa_(integer) {}

    // mantissa × 10^-scale; throws domain_error for a scale outside 0..18.
    [[nodiscard]] static constexpr decimal from_mantissa(std::int64_t mantissa, int scale) {
        if (scale < 0 || scale > max_scale)
            throw domain_error("decimal scale " + std::to_string(scale) + " is outside 0..18");
        decimal result;
        result.mantissa_ = mantissa;
        result.scale_ = static_cast<std::int8_t>(scale);
        return result;
    }

    [[nodiscard]] constexpr std::int64_t mantissa() const noexcept { return mantissa_; }
    [[nodiscard]] constexpr int scale() const noexcept { return scale_; }

    // Reads [+-]digits[.digits]; nothing else, no surrounding space.
    [[nodiscard]] static constexpr decimal parse(std::string_view text) { return try_parse(text).value(); }
    [[nodiscard]] static constexpr parse_result<decimal> try_parse(std::string_view text) noexcept {
        const reading r = read(text);
        if (r.reason != nullptr) return parse_error("a decimal", text, r.offset, r.reason);
        return from_mantissa(r.mantissa, r.scale);
    }

    // Exactly as stored: 5.50 prints "5.50", -0.5 prints "-0.5".
    [[nodiscard]] std::string to_string() const {
        const bool negative = mantissa_ < 0;
        // Work on the magnitude as unsigned so that INT64_MIN prints.
        std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(mantissa_)
                                           : static_cast<std::uint64_t>(mantissa_);
        std::string digits = std::to_string(magnitude);
        if (scale_ > 0) {
            const auto scale = static_cast<std::size_t>(scale_);
            if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
            digits.insert(digits.size() - scale, 1, '.');
        }
        if (negative) digits.insert(0, 1, '-');
        return digits;
    }

    [[nodiscard]] constexpr bool is_zero() const noexcept { return mantissa_ == 0; }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return mantissa_ < 0; }
    [[nodiscard]] constexpr int sign() const noexcept { return (mantissa_ > 0) - (mantissa_ < 0); }
    [[nodiscard]] constexpr bool is_integer() const noexcept {
        return scale_ == 0 || mantissa_ % detail::pow10(scale_) == 0;
    }

    // The same value with trailing fractional zeros removed: 5.50 -> 5.5, 2.00 -> 2.
    [[nodiscard]] constexpr decimal normalized() const noexcept {
        decimal result = *this;
        while (result.scale_ > 0 && result.mantissa_ % 10 == 0) {
            result.mantissa_ /= 10;
            --result.scale_;
        }
        return result;
    }

    // The value at another scale, rounded as asked when digits are dropped.
    [[nodiscard]] constexpr decimal rounded(int scale, rounding mode = rounding::half_away_from_zero) const {
        check_scale(scale);
        if (scale >= scale_) return with_scale(scale);
        const std::int64_t divisor = detail::pow10(scale_ - scale);
        return from_mantissa(detail::divide_rounded(mantissa_, divisor, mode), scale);
    }

    // The value at another scale; throws inexact_error rather than drop a nonzero digit.
    [[nodiscard]] constexpr decimal with_scale(int scale) const {
        check_scale(scale);
        if (scale >= scale_)
            return from_mantissa(detail::checked_mul(mantissa_, detail::pow10(scale - scale_),
                                                     "rescaling a decimal"),
                                 scale);
        const std::int64_t divisor = detail::pow10(scale_ - scale);
        if (mantissa_ % divisor != 0)
            throw inexact_error(to_string() + " has more than " + std::to_string(scale) +
                                " decimal places");
        return from_mantissa(mantissa_ / divisor, scale);
    }

    // The integer value, rounded as asked.
    [[nodiscard]] constexpr std::int64_t to_integer(rounding mode) const { return rounded(0, mode).mantissa_; }

    [[nodiscard]] constexpr decimal operator-() const {
        return from_mantissa(detail::checked_neg(mantissa_, "negating a decimal"), scale_);
    }
    [[nodiscard]] constexpr decimal operator+() const noexcept { return *this; }

    [[nodiscard]] friend constexpr decimal abs(decimal value) { return value.is_negative() ? -value : value; }

    // Overflow names the operands: "9000000000000000000 + 1000000000000000000 overflows …".
    [[nodiscard]] friend constexpr decimal operator+(decimal a, decimal b) {
        try {
            const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
            return from_mantissa(detail::checked_add(a.aligned(scale), b.aligned(scale), "decimal addition"), scale);
        } catch (const overflow_error&) {
            throw overflow_error(overflow_message(a, " + ", b));
        }
    }
    [[nodiscard]] friend constexpr decimal operator-(decimal a, decimal b) {
        try {
            const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
            return from_mantissa(detail::checked_sub(a.aligned(scale), b.aligned(scale), "decimal subtraction"), scale);
        } catch (const overflow_error&) {
            throw overflow_error(overflow_message(a, " - ", b));
        }
    }
    [[nodiscard]] friend constexpr decimal operator*(decimal a, decimal b) {
        detail::wide product = detail::wide{a.mantissa_} * b.mantissa_;
        int scale = a.scale_ + b.scale_;
        // Trailing zeros carry no information: drop them before giving up on the range.
        while ((scale > max_scale || product > INT64_MAX || product < INT64_MIN) && scale > 0 &&
               product % 10 == 0) {
            product /= 10;
            --scale;
        }
        if (scale > max_scale)
            throw inexact_error("the product of " + a.to_string() + " and " + b.to_string() +
                                " needs more than 18 decimal places");
        if (product > INT64_MAX || product < INT64_MIN) throw overflow_error(overflow_message(a, " × ", b));
        return from_mantissa(static_cast<std::int64_t>(product), scale);
    }
    [[nodiscard]] friend constexpr decimal operator*(decimal a, std::int64_t b) {
        try {
            return from_mantissa(detail::checked_mul(a.mantissa_, b, "decimal multiplication"), a.scale_);
        } catch (const overflow_error&) {
            throw overflow_error(overflow_message(a, " × ", decimal(b)));
        }
    }
    [[nodiscard]] friend constexpr decimal operator*(std::int64_t a, decimal b) { return b * a; }

    constexpr decimal& operator+=(decimal other) { return *this = *this + other; }
    constexpr decimal& operator-=(decimal other) { return *this = *this - other; }
    constexpr decimal& operator*=(decimal other) { return *this = *this * other; }

    // numerator / denominator at the given scale, rounded as asked.
    [[nodiscard]] friend constexpr decimal divide(decimal numerator, decimal denominator, int scale,
                                    rounding mode = rounding::half_away_from_zero) {
        check_scale(scale);
        if (denominator.is_zero())
            throw domain_error("division of " + numerator.to_string() + " by zero");
        // n·10^-sn / (d·10^-sd) at 10^-scale  =  n·10^(scale+sd-sn) / d
        const int shift = scale + denominator.scale_ - numerator.scale_;
        detail::wide top = numerator.mantissa_;
        detail::wide bottom = denominator.mantissa_;
        if (shift >= 0) {
            // shift ≤ 36; apply it in two checked steps of at most 10^18.
            const int first = shift > max_scale ? max_scale : shift;
            top = detail::checked_wide_mul(top, detail::pow10(first), "decimal division");
            top = detail::checked_wide_mul(top, detail::pow10(shift - first), "decimal division");
        } else {
            bottom *= detail::pow10(-shift);
        }
        if (bottom < 0) {
            top = -top;
            bottom = -bottom;
        }
        return from_mantissa(detail::narrow(detail::divide_rounded(top, bottom, mode),
                                            "decimal division"),
                             scale);
    }

    [[nodiscard]] friend constexpr bool operator==(decimal a, decimal b) noexcept { return compare(a, b) == 0; }
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(decimal a, decimal b) noexcept {
        const int c = compare(a, b);
        return c < 0 ? std::strong_ordering::less
                     : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

    friend std::ostream& operator<<(std::ostream& out, decimal value) {
        return out << value.to_string();
    }

private:
    struct reading {
        std::int64_t mantissa = 0;
        int scale = 0;
        std::size_t offset = 0;
        const char* reason = nullptr;
    };

    // Why rest does not continue a decimal, naming the common near misses.
    [[nodiscard]] static constexpr const char* not_a_digit_reason(std::string_view rest, bool after_digits) noexcept {
        const char c = rest[0];
        if ((c == 'e' || c == 'E') && after_digits) return "an exponent is not read: write the digits out";
        if (c == ',') return "a comma is not read: write the number without thousands separators";
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return "white space";
        if (c == '%') return "a percent sign: a decimal is a bare number";
        if (rest.size() >= 3 && rest[0] == '\xEF' && rest[1] == '\xBC' && rest[2] >= '\x90' && rest[2] <= '\x99')
            return "a full-width digit: write ASCII digits";
        return "not a digit";
    }

    [[nodiscard]] static constexpr reading read(std::string_view text) noexcept {
        reading r;
        std::size_t i = 0;
        bool negative = false;
        if (text.empty()) {
            r.reason = "empty text";
            return r;
        }
        if (text[0] == '+' || text[0] == '-') {
            negative = text[0] == '-';
            ++i;
        }
        std::uint64_t magnitude = 0;
        int scale = 0;
        bool seen_point = false;
        std::size_t digits_before = 0;
        std::size_t digits_after = 0;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '.') {
                if (seen_point) {
                    r.offset = i;
                    r.reason = "a second decimal point";
                    return r;
                }
                if (digits_before == 0) {
                    r.offset = i;
                    r.reason = "no digit before the decimal point";
                    return r;
                }
                seen_point = true;
                continue;
            }
            if (c < '0' || c > '9') {
                r.offset = i;
                r.reason = not_a_digit_reason(text.substr(i), digits_before + digits_after > 0);
                return r;
            }
            if (seen_point) {
                if (++scale > max_scale) {
                    r.offset = i;
                    r.reason = "more than 18 decimal places";
                    return r;
                }
                ++digits_after;
            } else {
                ++digits_before;
            }
            const auto digit = static_cast<std::uint64_t>(c - '0');
            // The limit is |INT64_MIN| for negatives, INT64_MAX otherwise.
            const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
            if (magnitude > (limit - digit) / 10) {
                r.offset = i;
                r.reason = "too many digits for a 64-bit decimal (at most 9223372036854775807 without the point)";
                return r;
            }
            magnitude = magnitude * 10 + digit;
        }
        if (digits_before == 0) {
            r.offset = i;
            r.reason = "no digits";
            return r;
        }
        if (seen_point && digits_after == 0) {
            r.offset = i;
            r.reason = "no digit after the decimal point";
            return r;
        }
        r.mantissa = negative ? static_cast<std::int64_t>(0 - magnitude)
                              : static_cast<std::int64_t>(magnitude);
        r.scale = scale;
        return r;
    }

    [[nodiscard]] static std::string overflow_message(decimal a, std::string_view operation, decimal b) {
        return a.to_string() + std::string(operation) + b.to_string() +
               " overflows a 64-bit decimal (at most 9223372036854775807 without the point)";
    }

    static constexpr void check_scale(int scale) {
        if (scale < 0 || scale > max_scale)
            throw domain_error("decimal scale " + std::to_string(scale) + " is outside 0..18");
    }

    [[nodiscard]] constexpr std::int64_t aligned(int scale) const {
        return detail::checked_mul(mantissa_, detail::pow10(scale - scale_), "aligning decimal scales");
    }

    [[nodiscard]] static constexpr int compare(decimal a, decimal b) noexcept {
        // Align in 128 bits: 10^18 · 2^63 < 2^127, so this never overflows.
        detail::wide x = a.mantissa_;
        detail::wide y = b.mantissa_;
        if (a.scale_ < b.scale_) x *= detail::pow10(b.scale_ - a.scale_);
        if (b.scale_ < a.scale_) y *= detail::pow10(a.scale_ - b.scale_);
        return (x > y) - (x < y);
    }

    std::int64_t mantissa_ = 0;
    std::int8_t scale_ = 0;
};

[[nodiscard]] inline std::string to_string(decimal value) { return value.to_string(); }

inline namespace literals {
// 5.5_dec, 10'000_dec: a decimal from a literal, checked at compile time.
template <char... Chars>
[[nodiscard]] consteval decimal operator""_dec() {
    constexpr char written[] = {Chars...};
    char digits[sizeof...(Chars)]{};
    std::size_t length = 0;
    for (char c : written)
        if (c != '\'') digits[length++] = c;  // digit separators
    return decimal::parse(std::string_view(digits, length));
}
}  // namespace literals

}  // namespace govtarget

template <>
struct std::hash<govtarget::decimal> {
    [[nodiscard]] std::size_t operator()(govtarget::decimal value) const noexcept {
        const govtarget::decimal n = value.normalized();
        return std::hash<std::int64_t>{}(n.mantissa()) ^ (static_cast<std::size_t>(n.scale()) << 1);
    }
};
