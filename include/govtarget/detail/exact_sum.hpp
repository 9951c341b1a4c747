#pragma once
// An exact running sum of decimals (and of products of two decimals) in a 128-bit mantissa
// with a growing scale: the numerator and denominator of a weighted mean, mergeable in any
// order with the same result.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/checked.hpp>
#include <govtarget/fraction.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace govtarget::detail {

[[nodiscard]] constexpr wide pow10_wide(int exponent) {
    wide value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

[[nodiscard]] constexpr wide checked_wide_add(wide a, wide b, const char* operation) {
    wide result{};
    if (add_overflows(a, b, result)) throw_overflow(operation);
    return result;
}

class exact_sum {
public:
    // mantissa / 10^scale.
    static constexpr exact_sum of(wide mantissa, int scale) {
        exact_sum sum;
        sum.mantissa_ = mantissa;
        sum.scale_ = scale;
        return sum;
    }
    constexpr void add(decimal value) { add_scaled(value.mantissa(), value.scale()); }
    constexpr void add_product(decimal a, decimal b) {
        add_scaled(wide{a.mantissa()} * b.mantissa(), a.scale() + b.scale());
    }
    constexpr void merge(const exact_sum& other) { add_scaled(other.mantissa_, other.scale_); }

    [[nodiscard]] constexpr bool is_zero() const noexcept { return mantissa_ == 0; }
    [[nodiscard]] constexpr wide mantissa() const noexcept { return mantissa_; }
    [[nodiscard]] constexpr int scale() const noexcept { return scale_; }

    // this / other, exactly.
    [[nodiscard]] constexpr fraction over(const exact_sum& other) const {
        // (m1 / 10^s1) / (m2 / 10^s2) = m1·10^s2 / (m2·10^s1)
        const int common = scale_ < other.scale_ ? scale_ : other.scale_;
        return fraction::make(checked_wide_mul_wide(mantissa_, pow10_wide(other.scale_ - common)),
                              checked_wide_mul_wide(other.mantissa_, pow10_wide(scale_ - common)));
    }

    // Exact decimal text of the sum: "1234.5".
    [[nodiscard]] std::string to_string() const {
        const bool negative = mantissa_ < 0;
        std::string digits = wide_to_string(mantissa_);
        if (negative) digits.erase(0, 1);
        if (scale_ > 0) {
            const auto scale = static_cast<std::size_t>(scale_);
            if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
            digits.insert(digits.size() - scale, 1, '.');
        }
        return negative ? "-" + digits : digits;
    }
    // Reads what to_string wrote; none for anything else.
    [[nodiscard]] static std::optional<exact_sum> from_string(std::string_view text) {
        exact_sum sum;
        bool negative = false, point = false, any = false;
        std::size_t i = 0;
        if (!text.empty() && text[0] == '-') negative = true, i = 1;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '.' && !point && any) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') return std::nullopt;
            if (mul_overflows(sum.mantissa_, wide{10}, sum.mantissa_) ||
                add_overflows(sum.mantissa_, wide{c - '0'}, sum.mantissa_))
                return std::nullopt;
            if (point) ++sum.scale_;
            any = true;
        }
        if (!any || (point && sum.scale_ == 0) || sum.scale_ > 36) return std::nullopt;
        if (negative) sum.mantissa_ = -sum.mantissa_;
        return sum;
    }

    [[nodiscard]] friend constexpr bool operator==(const exact_sum& a, const exact_sum& b) {
        return a.over_one() == b.over_one();
    }

private:
    [[nodiscard]] static constexpr wide checked_wide_mul_wide(wide a, wide b) {
        wide result{};
        if (mul_overflows(a, b, result)) throw_overflow("an exact sum");
        return result;
    }
    [[nodiscard]] constexpr std::pair<wide, int> over_one() const {
        wide m = mantissa_;
        int s = scale_;
        while (s > 0 && m % 10 == 0) {
            m /= 10;
            --s;
        }
        return {m, s};
    }
    constexpr void add_scaled(wide mantissa, int scale) {
        if (scale > scale_) {
            mantissa_ = checked_wide_mul_wide(mantissa_, pow10_wide(scale - scale_));
            scale_ = scale;
        } else if (scale < scale_) {
            mantissa = checked_wide_mul_wide(mantissa, pow10_wide(scale_ - scale));
        }
        mantissa_ = checked_wide_add(mantissa_, mantissa, "an exact sum");
    }

    wide mantissa_ = 0;
    int scale_ = 0;
};

// Compares a decimal with a fraction exactly, without reducing anything.
[[nodiscard]] constexpr std::strong_ordering compare(decimal value, const fraction& f) {
    // m / 10^s  vs  n / d   ⇔   m·d  vs  n·10^s
    const wide left = wide{value.mantissa()} * f.denominator();
    const wide right = wide{f.numerator()} * pow10(value.scale());
    return left < right ? std::strong_ordering::less
                        : left > right ? std::strong_ordering::greater : std::strong_ordering::equal;
}

}  // namespace govtarget::detail
