#pragma once
// Aggregation of progress: weighted completion Σ w·min(c, cap) / Σ w, task counts and
// statuses, per lead unit, per category or per any key — over any range, without copying
// the input and without an allocation per record. Partial results merge exactly, so halves,
// threads or shards combine to the one-pass answer.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/exact_sum.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/progress.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace govtarget {

enum class missing_policy {
    excluded,  // a task not reported counts in neither numerator nor denominator
    as_zero,   // a task not reported counts as 0% with its weight
};

struct aggregation_policy {
    std::optional<decimal> cap = decimal(100);  // none: 145% counts as 145
    missing_policy missing = missing_policy::excluded;
    status_policy status{};
};

// What aggregation needs of one record.
struct task_input {
    decimal weight = decimal(1);
    std::optional<decimal> completion;
};

inline task_input task_input_of(const task_input& input) { return input; }
inline task_input task_input_of(const tracked_task& task) {
    return {task.target.weight, task.progress.completion_percent()};
}
template <class Record>
    requires requires(const Record& r) {
        decimal(r.weight);
        std::optional<decimal>(r.completion);
    }
task_input task_input_of(const Record& record) {
    return {record.weight, record.completion};
}

// Key functions for the usual groupings; any callable returning an ordered key works too.
struct by_lead_unit_fn {
    std::string_view operator()(const tracked_task& task) const noexcept { return task.target.lead_unit(); }
    template <class Record>
        requires requires(const Record& r) { std::string_view(r.lead_unit); }
    std::string_view operator()(const Record& record) const noexcept {
        return record.lead_unit;
    }
};
struct by_category_fn {
    std::string_view operator()(const tracked_task& task) const noexcept { return task.target.category; }
    template <class Record>
        requires requires(const Record& r) { std::string_view(r.category); }
    std::string_view operator()(const Record& record) const noexcept {
        return record.category;
    }
};
inline constexpr by_lead_unit_fn by_lead_unit{};
inline constexpr by_category_fn by_category{};

// A mergeable partial aggregate.
class summary {
public:
    // The pace bands a record is sorted into, computed once for many records.
    struct bands {
        fraction behind_below;  // expected − tolerance
        fraction ahead_from;    // expected + ahead band
        const aggregation_policy* policy;
        bands(const fraction& expected_percent, const aggregation_policy& p)
            : behind_below(expected_percent - fraction(p.status.tolerance_points)),
              ahead_from(expected_percent + fraction(p.status.ahead_points)),
              policy(&p) {}
    };

    void add(const task_input& task, const fraction& expected_percent, const aggregation_policy& policy = {}) {
        add(task, bands(expected_percent, policy));
    }

    void add(const task_input& task, const bands& b) {
        if (task.weight.sign() <= 0)
            throw domain_error("a task weight must be positive, not " + task.weight.to_string());
        ++tasks_;
        if (!task.completion) {
            ++missing_;
            if (b.policy->missing == missing_policy::as_zero) weights_.add(task.weight);
            return;
        }
        const decimal c = *task.completion;
        if (c.is_negative()) throw domain_error("a completion cannot be negative: " + c.to_string() + "%");
        ++reported_;
        if (c >= hundred) {
            ++completed_;
            if (c > hundred) ++over_achieved_;
        } else if (detail::compare(c, b.behind_below) < 0) {  // as status_of decides, without building fractions
            ++behind_;
        } else if (detail::compare(c, b.ahead_from) >= 0) {
            ++ahead_;
        } else {
            ++on_pace_;
        }
        const auto& cap = b.policy->cap;
        weighted_.add_product(task.weight, cap && c > *cap ? *cap : c);
        weights_.add(task.weight);
    }

    // Adds another partial: the result equals one pass over both inputs.
    summary& merge(const summary& other) {
        tasks_ += other.tasks_;
        reported_ += other.reported_;
        missing_ += other.missing_;
        behind_ += other.behind_;
        on_pace_ += other.on_pace_;
        ahead_ += other.ahead_;
        completed_ += other.completed_;
        over_achieved_ += other.over_achieved_;
        weighted_.merge(other.weighted_);
        weights_.merge(other.weights_);
        return *this;
    }

    std::int64_t tasks() const noexcept { return tasks_; }
    std::int64_t reported() const noexcept { return reported_; }
    std::int64_t missing() const noexcept { return missing_; }
    std::int64_t behind() const noexcept { return behind_; }
    std::int64_t on_pace() const noexcept { return on_pace_; }
    std::int64_t ahead() const noexcept { return ahead_; }
    std::int64_t completed() const noexcept { return completed_; }
    std::int64_t over_achieved() const noexcept { return over_achieved_; }

    // Exact weighted completion in percent; none when no weight was counted ("no data",
    // never NaN or a division by zero).
    std::optional<fraction> weighted_completion() const {
        if (weights_.is_zero()) return std::nullopt;
        return weighted_.over(weights_);
    }
    // For display: rounded half up by default.
    std::optional<decimal> weighted_completion(int scale, rounding mode = rounding::half_up) const {
        const auto exact = weighted_completion();
        if (!exact) return std::nullopt;
        return exact->to_decimal(scale, mode);
    }

    // Behind: any task behind pace, or the weighted completion below it.
    bool flagged(const fraction& expected_percent) const {
        if (behind_ > 0) return true;
        const auto completion = weighted_completion();
        return completion && *completion < expected_percent;
    }

    // Everything a summary holds, for writing it out and reading it back exactly.
    struct parts {
        std::int64_t tasks = 0, reported = 0, missing = 0, behind = 0, on_pace = 0, ahead = 0, completed = 0,
                     over_achieved = 0;
        std::string weighted_sum = "0";  // Σ w·min(c, cap), exact decimal text
        std::string weight_sum = "0";    // Σ w
        friend bool operator==(const parts&, const parts&) = default;
    };
    parts to_parts() const {
        return {tasks_, reported_, missing_, behind_, on_pace_, ahead_, completed_, over_achieved_, weighted_.to_string(),
                weights_.to_string()};
    }
    // domain_error when the parts cannot come from one summary (counts that do not add up,
    // sums that are not decimals).
    static summary from_parts(const parts& p) {
        summary s;
        const auto sum = [](const std::string& text, const char* what) {
            if (auto value = detail::exact_sum::from_string(text)) return *value;
            throw domain_error(std::string("summary ") + what + " is not a decimal: \"" + text + "\"");
        };
        s.weighted_ = sum(p.weighted_sum, "weighted_sum");
        s.weights_ = sum(p.weight_sum, "weight_sum");
        const bool consistent = p.tasks >= 0 && p.reported >= 0 && p.missing >= 0 && p.reported + p.missing == p.tasks &&
                                p.behind >= 0 && p.on_pace >= 0 && p.ahead >= 0 && p.completed >= 0 &&
                                p.behind + p.on_pace + p.ahead + p.completed == p.reported && p.over_achieved >= 0 &&
                                p.over_achieved <= p.completed;
        if (!consistent)
            throw domain_error("summary counts do not add up: tasks " + std::to_string(p.tasks) + ", reported " +
                               std::to_string(p.reported) + ", missing " + std::to_string(p.missing));
        s.tasks_ = p.tasks, s.reported_ = p.reported, s.missing_ = p.missing, s.behind_ = p.behind;
        s.on_pace_ = p.on_pace, s.ahead_ = p.ahead, s.completed_ = p.completed, s.over_achieved_ = p.over_achieved;
        return s;
    }

    friend bool operator==(const summary&, const summary&) = default;

private:
    static constexpr decimal hundred = decimal(100);
    std::int64_t tasks_ = 0, reported_ = 0, missing_ = 0, behind_ = 0, on_pace_ = 0, ahead_ = 0, completed_ = 0,
                 over_achieved_ = 0;
    detail::exact_sum weighted_;
    detail::exact_sum weights_;
};

// One summary over a whole range. `project` maps an element to what task_input_of reads.
template <std::ranges::input_range Range, class Projection = std::identity>
summary summarize(Range&& records, const fraction& expected_percent, const aggregation_policy& policy = {},
                  Projection project = {}) {
    summary total;
    const summary::bands b(expected_percent, policy);
    for (auto&& record : records) total.add(task_input_of(std::invoke(project, record)), b);
    return total;
}

// Summaries per key, ordered by key. Keys are whatever key_of returns (string_views into the
// records stay views: the input is not copied); one allocation per group, none per record.
template <std::ranges::input_range Range, class KeyFunction, class Projection = std::identity>
auto summarize_by(Range&& records, KeyFunction key_of, const fraction& expected_percent,
                  const aggregation_policy& policy = {}, Projection project = {}) {
    using projected = std::invoke_result_t<Projection&, std::ranges::range_reference_t<Range>>;
    using key_type = std::remove_cvref_t<std::invoke_result_t<KeyFunction&, projected>>;
    const summary::bands b(expected_percent, policy);
    std::map<key_type, summary, std::less<>> groups;
    if constexpr (requires(const key_type& k) { std::hash<key_type>{}(k); }) {
        // Hash while reading (one lookup a record), order once at the end (one copy a group).
        std::unordered_map<key_type, summary> hashed;
        for (auto&& record : records) {
            auto&& item = std::invoke(project, record);
            hashed[std::invoke(key_of, item)].add(task_input_of(item), b);
        }
        for (auto& [key, totals] : hashed) groups.emplace(key, std::move(totals));
    } else {
        for (auto&& record : records) {
            auto&& item = std::invoke(project, record);
            groups[std::invoke(key_of, item)].add(task_input_of(item), b);
        }
    }
    return groups;
}

// A group with its flag, for ranking and reports.
template <class Key>
struct group_report {
    Key key;
    summary totals;
    bool flagged = false;
};

template <class Key, class Compare>
std::vector<group_report<Key>> flag_groups(const std::map<Key, summary, Compare>& groups,
                                           const fraction& expected_percent) {
    std::vector<group_report<Key>> reports;
    reports.reserve(groups.size());
    for (const auto& [key, totals] : groups) reports.push_back({key, totals, totals.flagged(expected_percent)});
    return reports;
}

// Highest weighted completion first; groups with no data last; ties by key.
template <class Key>
void rank_by_completion(std::vector<group_report<Key>>& reports) {
    std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
        const auto x = a.totals.weighted_completion();
        const auto y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return x.has_value();
        if (x && *x != *y) return *x > *y;
        return a.key < b.key;
    });
}

// Most tasks behind first; then lowest weighted completion; ties by key.
template <class Key>
void rank_by_behind(std::vector<group_report<Key>>& reports) {
    std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
        if (a.totals.behind() != b.totals.behind()) return a.totals.behind() > b.totals.behind();
        const auto x = a.totals.weighted_completion();
        const auto y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return y.has_value();
        if (x && *x != *y) return *x < *y;
        return a.key < b.key;
    });
}

// The records (by address, not copied) whose status is `status`.
template <std::ranges::input_range Range, class Projection = std::identity>
auto records_with_status(Range&& records, task_status status, const fraction& expected_percent,
                         const status_policy& policy = {}, Projection project = {}) {
    using element = std::remove_reference_t<std::ranges::range_reference_t<Range>>;
    std::vector<element*> found;
    for (auto&& record : records)
        if (status_of(task_input_of(std::invoke(project, record)).completion, expected_percent, policy) == status)
            found.push_back(&record);
    return found;
}

}  // namespace govtarget
