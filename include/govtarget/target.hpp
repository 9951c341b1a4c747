#pragma once
// Targets: what a work report promises. A target has an identity (序号), its task as the
// report writes it, the metric it measures when known, a category (项目名称), lead units and
// co-operating units, a period, a weight, and zero or more quantities, each with a bound, a
// direction and an optional stretch tier.
//
// Bounds read as the law reads the words (民法典 art. 1259): 以上, 以下, 以内 include the
// number, 超过 and 不满 exclude it — "5000个以上" is met by exactly 5000.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/compare.hpp>
#include <govtarget/error.hpp>
#include <govtarget/period.hpp>
#include <govtarget/quantity.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace govtarget {

enum class bound_kind {
    at_least,  // 以上, 不低于, 不少于, 至少, 突破, 超过 (exclusive)
    at_most,   // 以下, 以内, 不超过, 控制在…以内, 降至…以下, 不满 (exclusive)
    around,    // 左右
    range,     // 1-2个, 4.5%-5%
    point,     // a bare number: reaching it in the target's direction meets it
};

enum class direction {
    higher_is_better,  // 增长5.5%, 新增84家
    lower_is_better,   // PM2.5降至31微克/立方米以下, 压减5%, 能耗降低2.5%
};

inline constexpr std::string_view to_string(bound_kind kind) noexcept {
    switch (kind) {
        case bound_kind::at_least: return "at_least";
        case bound_kind::at_most: return "at_most";
        case bound_kind::around: return "around";
        case bound_kind::range: return "range";
        case bound_kind::point: return "point";
    }
    return "point";
}
inline constexpr std::string_view to_string(direction d) noexcept {
    return d == direction::higher_is_better ? "higher_is_better" : "lower_is_better";
}

namespace detail {
// The enumerator whose to_string is text, for readers of files; parse_error otherwise.
template <class E>
E enum_named(std::string_view text, std::initializer_list<E> all) {
    std::string names;
    for (E e : all) {
        if (to_string(e) == text) return e;
        names += names.empty() ? "" : ", ";
        names += to_string(e);
    }
    throw parse_error("a name", text, 0, "expected one of " + names);
}
inline bound_kind bound_kind_named(std::string_view text) {
    return enum_named(text, {bound_kind::at_least, bound_kind::at_most, bound_kind::around, bound_kind::range,
                             bound_kind::point});
}
inline direction direction_named(std::string_view text) {
    return enum_named(text, {direction::higher_is_better, direction::lower_is_better});
}
}  // namespace detail

// How far from a 左右 target still counts: absolute points for rates (±0.5个百分点 by
// default), a relative share of the target for amounts (±5% by default).
struct around_tolerance {
    decimal rate_points = decimal::from_mantissa(5, 1);
    decimal amount_percent = decimal(5);
    friend bool operator==(const around_tolerance&, const around_tolerance&) = default;
};

// A bound on one value type: a single value, or a range [lower, upper].
template <class V>
class bound {
public:
    static bound at_least(V value, bool inclusive = true) { return bound(bound_kind::at_least, std::move(value), inclusive); }
    static bound at_most(V value, bool inclusive = true) { return bound(bound_kind::at_most, std::move(value), inclusive); }
    static bound around(V value, around_tolerance tolerance = {}) {
        bound b(bound_kind::around, std::move(value), true);
        b.tolerance_ = tolerance;
        return b;
    }
    static bound point(V value) { return bound(bound_kind::point, std::move(value), true); }
    // Both ends included; lower ≤ upper, of one type and unit.
    static bound range(V lower, V upper) {
        if (detail::compare_values(lower, upper) > 0)
            throw domain_error("a range's lower end " + lower.to_string() + " is above its upper end " +
                               upper.to_string());
        bound b(bound_kind::range, std::move(lower), true);
        b.upper_ = std::move(upper);
        return b;
    }

    bound_kind kind() const noexcept { return kind_; }
    // The bound's value; the lower end of a range.
    const V& value() const noexcept { return value_; }
    const std::optional<V>& upper() const noexcept { return upper_; }
    bool inclusive() const noexcept { return inclusive_; }
    const around_tolerance& tolerance() const noexcept { return tolerance_; }

    // The value an actual is held against, given the direction: a range's lower end when
    // higher is better, its upper end when lower is better.
    const V& reference(direction d) const noexcept {
        return kind_ == bound_kind::range && d == direction::lower_is_better ? *upper_ : value_;
    }

    // "740亿元以上", "31微克/立方米以下", "5.5%左右", "1个-2个", "超过5000个".
    std::string to_string() const {
        switch (kind_) {
            case bound_kind::at_least: return inclusive_ ? value_.to_string() + "以上" : std::string("超过").append(value_.to_string());
            case bound_kind::at_most: return inclusive_ ? value_.to_string() + "以下" : std::string("不满").append(value_.to_string());
            case bound_kind::around: return value_.to_string() + "左右";
            case bound_kind::range: return value_.to_string() + "-" + upper_->to_string();
            case bound_kind::point: return value_.to_string();
        }
        return value_.to_string();
    }

    friend bool operator==(const bound&, const bound&) = default;

private:
    bound(bound_kind kind, V value, bool inclusive) : kind_(kind), value_(std::move(value)), inclusive_(inclusive) {}

    bound_kind kind_;
    V value_;
    std::optional<V> upper_;
    bool inclusive_;
    around_tolerance tolerance_{};
};

// "Its value is another target's actual": 一般公共预算收入增长与经济增长同步.
struct linked_value {
    std::string target_id;        // the target whose actual sets this one's value
    bound_kind kind = bound_kind::at_least;  // 同步: not below the linked actual
    friend bool operator==(const linked_value&, const linked_value&) = default;
};

// One quantified part of a target: "出让工业用地4宗148亩" has two.
struct target_quantity {
    std::variant<bound<quantity>, linked_value> value;
    direction better = direction::higher_is_better;
    std::optional<quantity> stretch;  // 力争 / 争取: the higher tier
    std::string metric;               // the indicator when it differs from the target's

    bool is_linked() const noexcept { return std::holds_alternative<linked_value>(value); }
    const bound<quantity>& fixed() const {
        if (const auto* b = std::get_if<bound<quantity>>(&value)) return *b;
        throw domain_error("target value is linked to target " + std::get<linked_value>(value).target_id +
                           "; resolve it with that target's actual first");
    }
    // The concrete bound once the linked target's actual is known.
    target_quantity resolved(const quantity& linked_actual) const {
        if (!is_linked()) return *this;
        target_quantity result = *this;
        switch (std::get<linked_value>(value).kind) {
            case bound_kind::at_most: result.value = bound<quantity>::at_most(linked_actual); break;
            case bound_kind::around: result.value = bound<quantity>::around(linked_actual); break;
            case bound_kind::point: result.value = bound<quantity>::point(linked_actual); break;
            default: result.value = bound<quantity>::at_least(linked_actual); break;
        }
        return result;
    }
    friend bool operator==(const target_quantity&, const target_quantity&) = default;
};

struct target {
    std::string id;                       // 序号 or any identity
    std::string metric;                   // the indicator: 地区生产总值, 固定资产投资; empty when not known
    std::string task;                     // the task as written: "地区生产总值增长5.5%。"
    std::string category;                 // 项目名称
    std::vector<std::string> lead_units;  // 牵头单位: the first leads, the others co-lead
    std::vector<std::string> co_units;    // 配合单位, 协同单位: units that work with the leads
    std::optional<govtarget::period> period;
    decimal weight = decimal(1);
    std::vector<target_quantity> quantities;  // empty: a qualitative target (completion only)

    bool is_qualitative() const noexcept { return quantities.empty(); }
    std::string_view lead_unit() const noexcept {
        return lead_units.empty() ? std::string_view() : std::string_view(lead_units.front());
    }
    friend bool operator==(const target&, const target&) = default;
};

// Units as a table lists them: "区发改局、区财政局".
inline std::string units_text(const std::vector<std::string>& units) {
    std::string text;
    for (const std::string& unit : units) {
        if (!text.empty()) text += "、";
        text += unit;
    }
    return text;
}

}  // namespace govtarget
