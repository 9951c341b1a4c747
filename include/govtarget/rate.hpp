#pragma once
// Percent values of three different kinds, which documents write alike and mean differently:
//   growth_rate        增长5.5%, 下降1.9%   a relative change; may be negative
//   share              占比60%, 覆盖率24.5%  a level in percent
//   percentage_points  提高1个百分点         a difference between two levels or two rates
// share − share = percentage_points; share ± percentage_points = share; a growth rate is
// never silently a share or points (growth_rate − growth_rate = percentage_points, as in
// "增长4.6%，低于目标0.9个百分点").
//
// Each kind comes in two representations. `share`, `growth_rate` and `percentage_points`
// hold a decimal as the documents write it ("53.60%" keeps its digits). `exact_share`,
// `exact_growth_rate` and `exact_percentage_points` hold a fraction, for what is computed
// rather than written: the 序时进度 at the end of November is 275/3 %, and a completion of 52%
// is 52 − 275/3 = −119/3 个百分点 behind it. A decimal converts to the exact form implicitly
// (nothing is lost); the way back rounds and is spelled `rounded(scale, mode)`. Mixed
// arithmetic and comparison are exact.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/kinds.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rounding.hpp>

#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace govtarget {

namespace detail {
struct growth_rate_tag {
    static constexpr std::string_view name = "a growth rate";
};
struct share_tag {
    static constexpr std::string_view name = "a share";
};
struct percentage_points_tag {
    static constexpr std::string_view name = "percentage points";
};
}  // namespace detail

namespace detail {
template <class Rep>
inline constexpr bool is_rate_rep = std::is_same_v<Rep, decimal> || std::is_same_v<Rep, fraction>;
// decimal with decimal stays decimal; anything with a fraction is exact as a fraction.
template <class A, class B>
using common_rate_rep = std::conditional_t<std::is_same_v<A, decimal> && std::is_same_v<B, decimal>, decimal, fraction>;
template <class To>
constexpr To rate_rep_cast(decimal value) {
    if constexpr (std::is_same_v<To, decimal>) return value;
    else return fraction(value);
}
template <class To>
constexpr To rate_rep_cast(fraction value) {
    static_assert(std::is_same_v<To, fraction>, "a fraction becomes a decimal only by rounding: use rounded()");
    return value;
}
}  // namespace detail

// A value in percent of one kind; the kind is the tag, Rep the number (decimal or fraction).
template <class Kind, class Rep = decimal>
class basic_rate {
    static_assert(detail::is_rate_rep<Rep>, "a rate holds a decimal or a fraction");

public:
    using kind_type = Kind;
    using rep = Rep;

    constexpr basic_rate() noexcept = default;
    // The number in percent: growth_rate(5.5_dec) is 5.5%; exact_share(fraction(275, 3)) is 275/3 %.
    constexpr explicit basic_rate(Rep percent) noexcept : percent_(percent) {}
    // A written rate is exactly its fraction: 53.6% → 268/5 %. Only towards the exact form.
    template <class Other>
        requires(std::is_same_v<Rep, fraction> && std::is_same_v<Other, decimal>)
    constexpr basic_rate(basic_rate<Kind, Other> written) : percent_(fraction(written.percent())) {}

    [[nodiscard]] constexpr Rep percent() const noexcept { return percent_; }
    // The exact value in percent, whatever the representation.
    [[nodiscard]] constexpr fraction exact_percent() const { return fraction(percent_); }
    // Rounded to `scale` decimals in percent (四舍五入 by default), for display and for
    // columns that hold decimals.
    [[nodiscard]] constexpr basic_rate<Kind, decimal> rounded(int scale, rounding mode = rounding::half_away_from_zero) const {
        if constexpr (std::is_same_v<Rep, decimal>) return basic_rate<Kind, decimal>(percent_.rounded(scale, mode));
        else return basic_rate<Kind, decimal>(percent_.to_decimal(scale, mode));
    }
    // The decimal when the value has a terminating expansion (within 18 places), else none.
    [[nodiscard]] constexpr std::optional<basic_rate<Kind, decimal>> exact_decimal() const {
        if constexpr (std::is_same_v<Rep, decimal>) return *this;
        else {
            const auto d = percent_.exact_decimal();
            if (!d) return std::nullopt;
            return basic_rate<Kind, decimal>(*d);
        }
    }

    // growth_rate: "5.5%", "-1.9%", "增长5.5%", "同比增长5.5%", "下降1.9%";
    // share: "60%", "60％", "百分之六十" is not accepted (the text reader handles numerals);
    // percentage_points: "1个百分点", "-0.9个百分点", "提高1个百分点", "下降0.5个百分点".
    [[nodiscard]] static basic_rate parse(std::string_view text)
        requires std::is_same_v<Rep, decimal>
    {
        return try_parse(text).value();
    }
    // The rate, or the parse_error that parse would throw.
    [[nodiscard]] static parse_result<basic_rate> try_parse(std::string_view text)
        requires std::is_same_v<Rep, decimal>
    {
        std::size_t error_at = 0;
        const char* reason = nullptr;
        if (auto value = read(text, error_at, reason)) return *value;
        return parse_error(Kind::name, text, error_at, reason);
    }

    // "5.5%", "-1.9%", "1个百分点". An exact value that has no terminating decimal is shown to
    // two places after 约: "约91.67%".
    [[nodiscard]] std::string to_string() const { return number_text().append(suffix()); }
    // The worded form: "增长5.5%" / "下降1.9%", "提高1个百分点" / "下降0.9个百分点"; a share has none.
    [[nodiscard]] std::string to_words() const
        requires(!std::is_same_v<Kind, detail::share_tag>)
    {
        const basic_rate magnitude(percent_.sign() < 0 ? -percent_ : percent_);
        const char* word = std::is_same_v<Kind, detail::percentage_points_tag> ? (percent_.sign() < 0 ? "下降" : "提高")
                                                                                : (percent_.sign() < 0 ? "下降" : "增长");
        return word + magnitude.to_string();
    }

    constexpr basic_rate operator-() const { return basic_rate(-percent_); }
    constexpr basic_rate operator+() const noexcept { return *this; }

    // Scaling a rate by a plain number: 2 × 0.5个百分点 = 1个百分点.
    friend constexpr basic_rate operator*(basic_rate rate, decimal factor) {
        if constexpr (std::is_same_v<Rep, decimal>) return basic_rate(rate.percent_ * factor);
        else return basic_rate(rate.percent_ * fraction(factor));
    }
    friend constexpr basic_rate operator*(decimal factor, basic_rate rate) { return rate * factor; }

    friend constexpr bool operator==(basic_rate, basic_rate) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(basic_rate a, basic_rate b) noexcept {
        return a.percent_ <=> b.percent_;
    }
    friend std::ostream& operator<<(std::ostream& out, const basic_rate& rate) { return out << rate.to_string(); }

private:
    static std::optional<basic_rate> read(std::string_view text, std::size_t& error_at, const char*& reason);

    static constexpr std::string_view suffix() noexcept {
        return std::is_same_v<Kind, detail::percentage_points_tag> ? std::string_view("个百分点") : std::string_view("%");
    }
    std::string number_text() const {
        if constexpr (std::is_same_v<Rep, decimal>) return percent_.to_string();
        else {
            if (const auto d = percent_.exact_decimal()) return d->to_string();
            return "约" + percent_.to_decimal(2).to_string();
        }
    }

    Rep percent_{};
};

using growth_rate = basic_rate<detail::growth_rate_tag>;
using share = basic_rate<detail::share_tag>;
using percentage_points = basic_rate<detail::percentage_points_tag>;
using exact_growth_rate = basic_rate<detail::growth_rate_tag, fraction>;
using exact_share = basic_rate<detail::share_tag, fraction>;
using exact_percentage_points = basic_rate<detail::percentage_points_tag, fraction>;

// With govtarget::compiled, the members of the three rates as written are compiled there once
// (src/compiled.cpp).
#ifdef GOVTARGET_SEPARATE_COMPILATION
extern template class basic_rate<detail::growth_rate_tag, decimal>;
extern template class basic_rate<detail::share_tag, decimal>;
extern template class basic_rate<detail::percentage_points_tag, decimal>;
#endif

template <class Kind, class Rep>
struct is_value_type<basic_rate<Kind, Rep>> : std::true_type {};

namespace detail {
template <class Rep1, class Rep2>
struct mixes_meaningfully<basic_rate<share_tag, Rep1>, basic_rate<percentage_points_tag, Rep2>> : std::true_type {};
template <class Rep1, class Rep2>
struct mixes_meaningfully<basic_rate<percentage_points_tag, Rep1>, basic_rate<share_tag, Rep2>> : std::true_type {};
template <class Rep1, class Rep2>
struct mixes_meaningfully<basic_rate<growth_rate_tag, Rep1>, basic_rate<percentage_points_tag, Rep2>> : std::true_type {};
template <class Rep1, class Rep2>
struct mixes_meaningfully<basic_rate<percentage_points_tag, Rep1>, basic_rate<growth_rate_tag, Rep2>> : std::true_type {};
// A written and an exact value of one kind: 53.6% against a pace of 275/3 %.
template <class Kind, class Rep1, class Rep2>
struct mixes_meaningfully<basic_rate<Kind, Rep1>, basic_rate<Kind, Rep2>> : std::true_type {};

// The rate of kind To holding a op b, in the common representation.
template <class To, class A, class B>
constexpr auto rate_sum(A a, B b, int sign) {
    using common = common_rate_rep<A, B>;
    const common x = rate_rep_cast<common>(a), y = rate_rep_cast<common>(b);
    return basic_rate<To, common>(sign > 0 ? x + y : x - y);
}
}  // namespace detail

// Points between points.
template <class R1, class R2>
constexpr auto operator+(basic_rate<detail::percentage_points_tag, R1> a, basic_rate<detail::percentage_points_tag, R2> b) {
    return detail::rate_sum<detail::percentage_points_tag>(a.percent(), b.percent(), +1);
}
template <class R1, class R2>
constexpr auto operator-(basic_rate<detail::percentage_points_tag, R1> a, basic_rate<detail::percentage_points_tag, R2> b) {
    return detail::rate_sum<detail::percentage_points_tag>(a.percent(), b.percent(), -1);
}
// Two levels differ by points: 60% − 58.5% = 1.5个百分点.
template <class R1, class R2>
constexpr auto operator-(basic_rate<detail::share_tag, R1> a, basic_rate<detail::share_tag, R2> b) {
    return detail::rate_sum<detail::percentage_points_tag>(a.percent(), b.percent(), -1);
}
// Two growth rates differ by points: 4.6% − 5.5% = −0.9个百分点.
template <class R1, class R2>
constexpr auto operator-(basic_rate<detail::growth_rate_tag, R1> a, basic_rate<detail::growth_rate_tag, R2> b) {
    return detail::rate_sum<detail::percentage_points_tag>(a.percent(), b.percent(), -1);
}
// A level or a rate moved by points.
template <class Kind, class R1, class R2>
    requires(std::is_same_v<Kind, detail::share_tag> || std::is_same_v<Kind, detail::growth_rate_tag>)
constexpr auto operator+(basic_rate<Kind, R1> a, basic_rate<detail::percentage_points_tag, R2> b) {
    return detail::rate_sum<Kind>(a.percent(), b.percent(), +1);
}
template <class Kind, class R1, class R2>
    requires(std::is_same_v<Kind, detail::share_tag> || std::is_same_v<Kind, detail::growth_rate_tag>)
constexpr auto operator+(basic_rate<detail::percentage_points_tag, R1> a, basic_rate<Kind, R2> b) {
    return b + a;
}
template <class Kind, class R1, class R2>
    requires(std::is_same_v<Kind, detail::share_tag> || std::is_same_v<Kind, detail::growth_rate_tag>)
constexpr auto operator-(basic_rate<Kind, R1> a, basic_rate<detail::percentage_points_tag, R2> b) {
    return detail::rate_sum<Kind>(a.percent(), b.percent(), -1);
}

// A written and an exact value of one kind compare exactly.
template <class Kind, class R1, class R2>
    requires(!std::is_same_v<R1, R2>)
constexpr bool operator==(basic_rate<Kind, R1> a, basic_rate<Kind, R2> b) {
    return a.exact_percent() == b.exact_percent();
}
template <class Kind, class R1, class R2>
    requires(!std::is_same_v<R1, R2>)
constexpr std::strong_ordering operator<=>(basic_rate<Kind, R1> a, basic_rate<Kind, R2> b) {
    return a.exact_percent() <=> b.exact_percent();
}

template <class Kind, class Rep>
std::string to_string(const basic_rate<Kind, Rep>& rate) {
    return rate.to_string();
}

template <class Kind, class Rep>
std::optional<basic_rate<Kind, Rep>> basic_rate<Kind, Rep>::read(std::string_view text, std::size_t& error_at,
                                                         const char*& reason) {
    std::string_view rest = text;
    bool negate = false;
    if constexpr (!std::is_same_v<Kind, detail::share_tag>) {
        // Change words in front: 增长5.5%, 同比增长5.5%, 下降1.9%, 提高1个百分点.
        static constexpr std::string_view rising[] = {"同比增长", "增长", "提高", "上升", "增加"};
        static constexpr std::string_view falling[] = {"同比下降", "下降", "降低", "减少"};
        for (auto word : rising)
            if (rest.starts_with(word)) {
                rest.remove_prefix(word.size());
                break;
            }
        for (auto word : falling)
            if (rest.starts_with(word)) {
                rest.remove_prefix(word.size());
                negate = true;
                break;
            }
    }
    const std::size_t number_start = text.size() - rest.size();
    const std::size_t number_length = detail::number_prefix_length(rest);
    if (number_length == 0) {
        error_at = number_start;
        reason = "expected a number";
        return std::nullopt;
    }
    const auto number = decimal::try_parse(rest.substr(0, number_length));
    if (!number) {
        error_at = number_start;
        reason = "malformed number";
        return std::nullopt;
    }
    if (negate && number->is_negative()) {
        error_at = number_start;
        reason = "a falling word before a negative number";
        return std::nullopt;
    }
    const std::string_view suffix = rest.substr(number_length);
    const bool points = suffix == "个百分点" || suffix == "百分点";
    const bool percent = suffix == "%" || suffix == "％";
    const bool ok = std::is_same_v<Kind, detail::percentage_points_tag> ? points : percent;
    if (!ok) {
        error_at = number_start + number_length;
        reason = std::is_same_v<Kind, detail::percentage_points_tag> ? "expected 个百分点 after the number"
                                                                      : "expected % after the number";
        return std::nullopt;
    }
    return basic_rate(negate ? -*number : *number);
}

}  // namespace govtarget
