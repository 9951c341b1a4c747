#pragma once
// Percent values of three different kinds, which documents write alike and mean differently:
//   growth_rate        增长5.5%, 下降1.9%   a relative change; may be negative
//   share              占比60%, 覆盖率24.5%  a level in percent
//   percentage_points  提高1个百分点         a difference between two levels or two rates
// share − share = percentage_points; share ± percentage_points = share; a growth rate is
// never silently a share or points (growth_rate − growth_rate = percentage_points, as in
// "增长4.6%，低于目标0.9个百分点").

#include <govtarget/decimal.hpp>
#include <govtarget/detail/kinds.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/error.hpp>

#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

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

// A value in percent of one kind; the kind is the tag.
template <class Kind>
class basic_rate {
public:
    constexpr basic_rate() noexcept = default;
    // The number in percent: growth_rate(5.5_dec) is 5.5%.
    constexpr explicit basic_rate(decimal percent) noexcept : percent_(percent) {}

    constexpr decimal percent() const noexcept { return percent_; }

    // growth_rate: "5.5%", "-1.9%", "增长5.5%", "同比增长5.5%", "下降1.9%";
    // share: "60%", "60％", "百分之六十" is not accepted (the text reader handles numerals);
    // percentage_points: "1个百分点", "-0.9个百分点", "提高1个百分点", "下降0.5个百分点".
    static basic_rate parse(std::string_view text) {
        std::size_t error_at = 0;
        const char* reason = nullptr;
        if (auto value = read(text, error_at, reason)) return *value;
        throw parse_error(Kind::name, text, error_at, reason);
    }
    static std::optional<basic_rate> try_parse(std::string_view text) {
        std::size_t error_at = 0;
        const char* reason = nullptr;
        return read(text, error_at, reason);
    }

    // "5.5%", "-1.9%", "1个百分点".
    std::string to_string() const {
        if constexpr (std::is_same_v<Kind, detail::percentage_points_tag>) return percent_.to_string() + "个百分点";
        else return percent_.to_string() + "%";
    }
    // The worded form: "增长5.5%" / "下降1.9%", "提高1个百分点" / "下降0.9个百分点"; a share has none.
    std::string to_words() const
        requires(!std::is_same_v<Kind, detail::share_tag>)
    {
        const std::string magnitude = abs(percent_).to_string();
        if constexpr (std::is_same_v<Kind, detail::percentage_points_tag>)
            return (percent_.is_negative() ? "下降" : "提高") + magnitude + "个百分点";
        else return (percent_.is_negative() ? "下降" : "增长") + magnitude + "%";
    }

    constexpr basic_rate operator-() const { return basic_rate(-percent_); }
    constexpr basic_rate operator+() const noexcept { return *this; }

    // Scaling a rate by a plain number: 2 × 0.5个百分点 = 1个百分点.
    friend constexpr basic_rate operator*(basic_rate rate, decimal factor) { return basic_rate(rate.percent_ * factor); }
    friend constexpr basic_rate operator*(decimal factor, basic_rate rate) { return rate * factor; }

    friend constexpr bool operator==(basic_rate, basic_rate) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(basic_rate a, basic_rate b) noexcept {
        return a.percent_ <=> b.percent_;
    }
    friend std::ostream& operator<<(std::ostream& out, const basic_rate& rate) { return out << rate.to_string(); }

private:
    static std::optional<basic_rate> read(std::string_view text, std::size_t& error_at, const char*& reason);

    decimal percent_;
};

using growth_rate = basic_rate<detail::growth_rate_tag>;
using share = basic_rate<detail::share_tag>;
using percentage_points = basic_rate<detail::percentage_points_tag>;

template <class Kind>
struct is_value_type<basic_rate<Kind>> : std::true_type {};

namespace detail {
template <>
struct mixes_meaningfully<share, percentage_points> : std::true_type {};
template <>
struct mixes_meaningfully<percentage_points, share> : std::true_type {};
template <>
struct mixes_meaningfully<growth_rate, percentage_points> : std::true_type {};
template <>
struct mixes_meaningfully<percentage_points, growth_rate> : std::true_type {};
}  // namespace detail

// Points between points.
constexpr percentage_points operator+(percentage_points a, percentage_points b) {
    return percentage_points(a.percent() + b.percent());
}
constexpr percentage_points operator-(percentage_points a, percentage_points b) {
    return percentage_points(a.percent() - b.percent());
}
// Two levels differ by points: 60% − 58.5% = 1.5个百分点.
constexpr percentage_points operator-(share a, share b) { return percentage_points(a.percent() - b.percent()); }
// Two growth rates differ by points: 4.6% − 5.5% = −0.9个百分点.
constexpr percentage_points operator-(growth_rate a, growth_rate b) {
    return percentage_points(a.percent() - b.percent());
}
// A level or a rate moved by points.
constexpr share operator+(share a, percentage_points b) { return share(a.percent() + b.percent()); }
constexpr share operator+(percentage_points a, share b) { return b + a; }
constexpr share operator-(share a, percentage_points b) { return share(a.percent() - b.percent()); }
constexpr growth_rate operator+(growth_rate a, percentage_points b) { return growth_rate(a.percent() + b.percent()); }
constexpr growth_rate operator+(percentage_points a, growth_rate b) { return b + a; }
constexpr growth_rate operator-(growth_rate a, percentage_points b) { return growth_rate(a.percent() - b.percent()); }

template <class Kind>
std::string to_string(const basic_rate<Kind>& rate) {
    return rate.to_string();
}

template <class Kind>
std::optional<basic_rate<Kind>> basic_rate<Kind>::read(std::string_view text, std::size_t& error_at,
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
