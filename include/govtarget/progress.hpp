#pragma once
// Progress records: how far a task had come on a date. Completion is an exact percent that
// may exceed 100 (145% is real); absent means not reported — shown "/" — and is never 0.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/compare.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

struct progress_record {
    std::string task_id;
    date::year_month_day as_of;
    std::optional<decimal> completion;  // percent; none: not reported
    std::vector<quantity> actuals;      // actual values, in the order of the target's quantities
    std::string note;

    bool reported() const noexcept { return completion.has_value(); }
    friend bool operator==(const progress_record&, const progress_record&) = default;
};

// A target with its latest progress: what aggregation and the completion tables work on.
struct tracked_task {
    govtarget::target target;
    progress_record progress;
    friend bool operator==(const tracked_task&, const tracked_task&) = default;
};

// "52%", "145%", "88.8%", "52％" → the percent; "/" (also "／", "-", "—", "") → not reported.
inline std::optional<decimal> parse_completion(std::string_view text) {
    if (text.empty() || text == "/" || text == "／" || text == "-" || text == "—" || text == "－") return std::nullopt;
    std::string_view number = text;
    if (number.ends_with("%")) number.remove_suffix(1);
    else if (number.ends_with("％")) number.remove_suffix(3);
    else throw parse_error("a completion", text, text.size(), "expected a percent (52%) or / for not reported");
    const auto value = decimal::try_parse(number);
    if (!value) {
        try {
            static_cast<void>(decimal::parse(number));  // for the parse_error, with its offset
        } catch (const parse_error& e) {
            throw parse_error("a completion", text, e.offset(), "malformed percent: " + e.reason());
        }
    }
    // "-0%" too: a sign on a completion means the cell holds something else.
    if (text.starts_with("-")) throw parse_error("a completion", text, 0, "a completion cannot be negative");
    return value;
}

// "52%" or "/".
inline std::string completion_text(const std::optional<decimal>& completion) {
    return completion ? completion->to_string() + "%" : "/";
}

// Completion of a cumulative quantity from its actual and target, as an exact percent:
// 4950 of 5000个 → 99. Higher is better: actual/target; lower is better: target/actual.
template <class V>
fraction derived_completion(const V& actual, const V& target, direction better = direction::higher_is_better) {
    detail::require_comparable(actual, target);
    const fraction a = detail::exact_number(actual);
    const fraction t = detail::exact_number(target);
    const fraction& divisor = better == direction::higher_is_better ? t : a;
    if (divisor.is_zero())
        throw domain_error("completion of " + actual.to_string() + " against " + target.to_string() +
                           " divides by zero");
    return (better == direction::higher_is_better ? a / t : t / a) * fraction(100);
}

}  // namespace govtarget
