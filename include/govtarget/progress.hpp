#pragma once
// Progress records: how far a task had come on a date. A completion cell is kept three ways:
// the percent it gives (a share, that may exceed 100: 145% is real), the status its words
// state (已完成, 滞后), and the text as written. No number is invented: "/" and 已完成 give
// none, and none is never 0.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/compare.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>
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
    std::optional<share> completion;      // the percent given; none: no number (not reported, or words only)
    std::string completion_text;          // the cell as written: "52%", "/", "已完成", or prose
    std::optional<stated_status> stated;  // the status the cell states in words
    std::vector<quantity> actuals;        // actual values, in the order of the target's quantities
    std::string note;

    // A number was given.
    bool reported() const noexcept { return completion.has_value(); }
    // The completion as a bare number in percent, for code that takes one.
    std::optional<decimal> completion_percent() const noexcept {
        return completion ? std::optional<decimal>(completion->percent()) : std::nullopt;
    }
    friend bool operator==(const progress_record&, const progress_record&) = default;
};

// A target with its latest progress: what aggregation and the completion tables work on.
struct tracked_task {
    govtarget::target target;
    progress_record progress;
    friend bool operator==(const tracked_task&, const tracked_task&) = default;
};

// A 完成进度 cell read: the percent it gives, the status it states, the text as written.
struct completion_cell {
    std::optional<share> completion;      // "52%"; none for "/", a status word or an empty cell
    std::optional<stated_status> stated;  // "已完成" → completed, "/" → not_applicable
    std::string text;                     // the cell as written
    friend bool operator==(const completion_cell&, const completion_cell&) = default;
};

namespace detail {
inline bool ends_with_percent_sign(std::string_view text) noexcept {
    return text.ends_with("%") || text.ends_with("％");
}
// "52%", "52％" → 52: a text ending in a percent sign, which must hold a percent.
inline share read_completion_percent(std::string_view text) {
    std::string_view number = text;
    number.remove_suffix(number.ends_with("%") ? 1 : 3);
    const auto value = decimal::try_parse(number);
    if (!value) throw parse_error("a completion", text, value.error().offset(), "malformed percent: " + value.error().reason());
    // "-0%" too: a sign on a completion means the cell holds something else.
    if (text.starts_with("-")) throw parse_error("a completion", text, 0, "a completion cannot be negative");
    return share(*value);
}
}  // namespace detail

// A percent cell only: "52%", "145%", "88.8%", "52％" → the percent; "/" (also "／", "-",
// "—", "") → none. parse_error for anything else, status words included.
inline std::optional<share> parse_completion_percent(std::string_view text) {
    if (detail::is_not_reported_mark(text)) return std::nullopt;
    if (!detail::ends_with_percent_sign(text))
        throw parse_error("a completion", text, text.size(), "expected a percent (52%) or / for not reported");
    return detail::read_completion_percent(text);
}

// A 完成进度 cell as tables write it. A cell ending in a percent sign is a percent ("52%");
// "/" (also "／", "-", "—", "") gives no number; otherwise the cell must state a status in
// the vocabulary's words (read_stated_status: "已完成", "滞后，原因是…"), which gives no
// number either. "/" states not_applicable. parse_error for anything else.
inline completion_cell parse_completion(std::string_view text, const stated_status_vocabulary& words = status_words()) {
    completion_cell cell;
    cell.text = std::string(text);
    if (detail::ends_with_percent_sign(text)) {
        cell.completion = detail::read_completion_percent(text);
        return cell;
    }
    cell.stated = read_stated_status(text, words);
    if (!cell.stated && !detail::is_not_reported_mark(text))
        throw parse_error("a completion", text, text.size(),
                          "expected a percent (52%), / for not reported, or a status word (已完成)");
    return cell;
}

// "52%" or "/".
inline std::string completion_text(const std::optional<share>& completion) {
    return completion ? completion->to_string() : "/";
}
// The percent when one was given, else the cell as written ("已完成"), else "/".
inline std::string completion_text(const progress_record& record) {
    return record.completion || record.completion_text.empty() ? completion_text(record.completion)
                                                              : record.completion_text;
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
