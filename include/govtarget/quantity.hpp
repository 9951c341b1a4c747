#pragma once
// A value of any govtarget kind, for values read from text whose kind is known only at run
// time. Visit it, ask its kind, or get the static type back; arithmetic stays on the static
// types, where a mismatch does not compile.

#include <govtarget/area.hpp>
#include <govtarget/count.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rate.hpp>

#include <optional>
#include <span>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace govtarget {

enum class quantity_kind { growth_rate, share, percentage_points, money, area, length, count, other };

[[nodiscard]] inline constexpr std::string_view to_string(quantity_kind kind) noexcept {
    switch (kind) {
        case quantity_kind::growth_rate: return "growth_rate";
        case quantity_kind::share: return "share";
        case quantity_kind::percentage_points: return "percentage_points";
        case quantity_kind::money: return "money";
        case quantity_kind::area: return "area";
        case quantity_kind::length: return "length";
        case quantity_kind::count: return "count";
        case quantity_kind::other: return "other";
    }
    return "other";
}

namespace detail {

[[nodiscard]] inline bool starts_with_change_word(std::string_view text) {
    for (std::string_view word : {"增长", "下降", "同比", "提高", "降低"})
        if (text.starts_with(word)) return true;
    return false;
}

// Whether a unit's text is, or starts with, a unit of a typed kind (元, 亩, 公里, 个, %): such
// text is that kind or malformed, never a measure. The common measure units that start with
// one (平方米/人, 个月) are measures.
[[nodiscard]] inline bool starts_with_typed_unit(std::string_view unit) {
    std::string_view bare = unit;
    for (const auto& m : magnitudes)  // longest first
        if (!m.text.empty() && unit.starts_with(m.text)) {
            bare = unit.substr(m.text.size());
            break;
        }
    for (const auto& units : {std::span<const std::string_view>(unit_label::common), std::span<const std::string_view>(unit_label::foreign_currencies)})
        for (std::string_view known : units)
            if (unit == known || bare == known) return false;
    if (starts_with_unit<cny>(unit) || starts_with_unit<usd>(unit) || starts_with_unit<area_dimension>(unit) ||
        starts_with_unit<length_dimension>(unit))
        return true;
    for (std::string_view word : measure_word::catalogue)
        if (bare.starts_with(word)) return true;
    for (std::string_view rate_unit : {"%", "％", "个百分点", "百分点"})
        if (unit.starts_with(rate_unit)) return true;
    return false;
}

}  // namespace detail

class quantity {
public:
    using variant_type = std::variant<growth_rate, share, percentage_points, money<cny>, money<usd>, area, length,
                                      count, measure>;

    template <class T>
        requires std::is_constructible_v<variant_type, T&&>
    quantity(T&& value) : value_(std::forward<T>(value)) {}  // NOLINT: implicit by design, like std::variant

    [[nodiscard]] quantity_kind kind() const noexcept {
        constexpr quantity_kind kinds[] = {quantity_kind::growth_rate, quantity_kind::share,
                                           quantity_kind::percentage_points, quantity_kind::money,
                                           quantity_kind::money, quantity_kind::area,
                                           quantity_kind::length, quantity_kind::count,
                                           quantity_kind::other};
        return kinds[value_.index()];
    }
    [[nodiscard]] std::string_view kind_name() const noexcept { return govtarget::to_string(kind()); }

    [[nodiscard]] const variant_type& variant() const noexcept { return value_; }

    template <class T>
    [[nodiscard]] bool holds() const noexcept {
        return std::holds_alternative<T>(value_);
    }
    template <class T>
    [[nodiscard]] const T* get_if() const noexcept {
        return std::get_if<T>(&value_);
    }
    // The static value; unit_mismatch_error naming both kinds when it holds another.
    template <class T>
    [[nodiscard]] const T& as() const {
        if (const T* value = std::get_if<T>(&value_)) return *value;
        throw unit_mismatch_error("expected " + std::string(expected_name<T>()) + ", got " + to_string() + " (" +
                                  std::string(kind_name()) + ")");
    }

    template <class Visitor>
    decltype(auto) visit(Visitor&& visitor) const {
        // A switch, not std::visit: libstdc++'s dispatch tables cost every includer of a
        // function that visits more to compile than the visit does to run.
        static_assert(std::variant_size_v<variant_type> == 9, "one case for each alternative");
        switch (value_.index()) {
            case 0: return visitor(*std::get_if<0>(&value_));
            case 1: return visitor(*std::get_if<1>(&value_));
            case 2: return visitor(*std::get_if<2>(&value_));
            case 3: return visitor(*std::get_if<3>(&value_));
            case 4: return visitor(*std::get_if<4>(&value_));
            case 5: return visitor(*std::get_if<5>(&value_));
            case 6: return visitor(*std::get_if<6>(&value_));
            case 7: return visitor(*std::get_if<7>(&value_));
            case 8: return visitor(*std::get_if<8>(&value_));
        }
        throw std::bad_variant_access();  // valueless: an assignment threw
    }

    // A growth rate shows worded ("增长5.5%", "下降1.9%") so that parse gives it back as one.
    [[nodiscard]] std::string to_string() const {
        return visit(
            [](const auto& value) -> std::string {
                if constexpr (std::is_same_v<std::decay_t<decltype(value)>, growth_rate>) return value.to_words();
                else return value.to_string();
            });
    }

    // Reads any value string: "增长5.5%" (growth rate), "60%" (share), "1个百分点",
    // "740亿元", "3亿美元", "148亩", "52.6公里", "84家", "31微克/立方米" (other).
    [[nodiscard]] static quantity parse(std::string_view text) { return try_parse(text).value(); }

    // The kind is chosen by the text's unit, so a refusal says why for the most likely
    // reading: "0.001元" is too fine for money, not an unknown measure.
    static parse_result<quantity> try_parse(std::string_view text) {
        const std::size_t number_length = detail::number_prefix_length(text);
        const bool worded = detail::starts_with_change_word(text);
        if (number_length == 0 && !worded) return parse_error("a quantity", text, 0, "expected a number");
        if (text.ends_with("百分点")) return read_as<percentage_points>(text);
        if (text.ends_with("%") || text.ends_with("％")) return worded ? read_as<growth_rate>(text) : read_as<share>(text);
        if (worded) return parse_error("a quantity", text, 0, "a change word (增长, 下降…) goes with a percent only");
        const std::string_view unit = text.substr(number_length);
        if (detail::unit_spelled<cny>(unit)) return read_as<money<cny>>(text);
        if (detail::unit_spelled<usd>(unit)) return read_as<money<usd>>(text);
        if (detail::unit_spelled<area_dimension>(unit)) return read_as<area>(text);
        if (detail::unit_spelled<length_dimension>(unit)) return read_as<length>(text);
        if (auto value = count::try_parse(text)) return quantity(std::move(*value));
        // Text with a typed kind's unit that its kind refused (740亿元元) is no measure.
        if (detail::starts_with_typed_unit(unit))
            return parse_error("a quantity", text, number_length,
                               "unknown unit: it starts like a unit of money, area, length, a count or a percent, and goes on");
        return read_as<measure>(text);
    }

    // Like to_string, but always parses back to an equal value (an area shown in a unit
    // where it does not terminate is written in 亩 instead): for files and databases.
    [[nodiscard]] std::string to_exact_string() const {
        return visit(
            [](const auto& value) -> std::string {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, growth_rate>) return value.to_words();
                else if constexpr (requires { value.to_exact_string(); }) return value.to_exact_string();
                else return value.to_string();
            });
    }

    friend bool operator==(const quantity&, const quantity&) = default;
    friend std::ostream& operator<<(std::ostream& out, const quantity& value) { return out << value.to_string(); }

private:
    // T::try_parse(text) as a quantity, or the reason T gives.
    template <class T>
    static parse_result<quantity> read_as(std::string_view text) {
        auto value = T::try_parse(text);
        if (value) return quantity(std::move(*value));
        if constexpr (requires { std::move(value).error(); }) {
            return std::move(value).error();
        } else {
            // A try_parse that keeps no reason (std::optional): parse throws it.
            try {
                (void)T::parse(text);
            } catch (const parse_error& e) {
                return e;
            }
            return parse_error("a quantity", text, 0, "not a quantity");
        }
    }

    template <class T>
    static constexpr std::string_view expected_name() {
        if constexpr (std::is_same_v<T, growth_rate>) return "a growth rate";
        else if constexpr (std::is_same_v<T, share>) return "a share";
        else if constexpr (std::is_same_v<T, percentage_points>) return "percentage points";
        else if constexpr (std::is_same_v<T, count>) return "a count";
        else if constexpr (std::is_same_v<T, measure>) return "a measure";
        else return T::dimension::name;
    }

    variant_type value_;
};

[[nodiscard]] inline std::string to_string(const quantity& value) { return value.to_string(); }

// A value in its kind's base unit, for machine-readable output: 元 (美元), 平方米, 米, single
// units for counts, percent for rates, the unit itself for other measures. Exact where the
// decimal terminates; an area that does not (148亩 = 98666.666…平方米) to 4 places, 四舍五入.
struct base_amount {
    decimal value;
    std::string_view unit;  // 元, 美元, 平方米, 米, count, percent, percentage_points, or the measure's unit
    friend bool operator==(const base_amount&, const base_amount&) = default;
};

[[nodiscard]] inline base_amount base_value(const quantity& value) {
    return value.visit([](const auto& v) -> base_amount {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, growth_rate> || std::is_same_v<T, share>) return {v.percent(), "percent"};
        else if constexpr (std::is_same_v<T, percentage_points>) return {v.percent(), "percentage_points"};
        else if constexpr (std::is_same_v<T, money<cny>>) return {v.decimal_in(cny_unit::yuan).normalized(), "元"};
        else if constexpr (std::is_same_v<T, money<usd>>) return {v.decimal_in(usd_unit::dollar).normalized(), "美元"};
        else if constexpr (std::is_same_v<T, area>) {
            const auto exact = v.value_in(area_unit::square_metre).exact_decimal();
            if (exact && exact->normalized().scale() <= 4) return {exact->normalized(), "平方米"};
            return {v.decimal_in(area_unit::square_metre, 4, rounding::half_away_from_zero), "平方米"};
        } else if constexpr (std::is_same_v<T, length>) return {v.decimal_in(length_unit::metre).normalized(), "米"};
        else if constexpr (std::is_same_v<T, count>) return {v.value().normalized(), "count"};
        else return {v.value().normalized(), v.label().text()};
    });
}

}  // namespace govtarget
