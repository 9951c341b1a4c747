#pragma once
// Aggregation of progress: weighted completion Σ w·min(c, cap) / Σ w, task counts and
// statuses, per lead unit, per category or per any key — over any range, without an
// allocation per record. A summary knows the pace and the policy it was counted under, so
// partials merge exactly (halves, threads, shards give the one-pass answer) and partials
// counted under different paces refuse to merge. Keys are owned: a summary map outlives the
// records it was computed from.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/config.hpp>
#include <govtarget/detail/exact_sum.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/status.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace govtarget {

enum class missing_policy {
    excluded,  // a task not reported counts in neither numerator nor denominator
    as_zero,   // a task not reported counts as 0% with its weight
};

[[nodiscard]] inline constexpr std::string_view to_string(missing_policy policy) noexcept {
    return policy == missing_policy::as_zero ? "as_zero" : "excluded";
}

// How completions are counted: the one policy of every aggregation path (in memory, batch
// files, reports).
struct aggregation_policy {
    std::optional<share> cap = share(decimal(100));  // none: 145% counts as 145%
    missing_policy missing = missing_policy::excluded;
    status_policy status{};

    friend bool operator==(const aggregation_policy&, const aggregation_policy&) = default;
    // "cap 100%, missing excluded, tolerance 0个百分点, ahead band 10个百分点".
    [[nodiscard]] std::string to_string() const {
        return "cap " + (cap ? cap->to_string() : std::string("none")) + ", missing " + std::string(govtarget::to_string(missing)) +
               ", tolerance " + status.tolerance.to_string() + ", ahead band " + status.ahead_band.to_string();
    }
};

// What aggregation needs of one record.
struct task_input {
    decimal weight = decimal(1);
    std::optional<share> completion;
};

[[nodiscard]] inline task_input task_input_of(const task_input& input) { return input; }
[[nodiscard]] inline task_input task_input_of(const tracked_task& task) {
    return {task.target.weight, task.progress.completion};
}
template <class Record>
    requires requires(const Record& r) {
        decimal(r.weight);
        std::optional<share>(r.completion);
    }
[[nodiscard]] task_input task_input_of(const Record& record) {
    return {record.weight, record.completion};
}

// Key functions for the usual groupings; any callable returning an ordered key works too,
// and one returning a range of keys counts the record under each of them.
struct by_lead_unit_fn {  // the first lead unit
    std::string_view operator()(const tracked_task& task) const noexcept { return task.target.lead_unit(); }
    template <class Record>
        requires requires(const Record& r) { std::string_view(r.lead_unit); }
    std::string_view operator()(const Record& record) const noexcept {
        return record.lead_unit;
    }
};
struct by_lead_units_fn {  // every lead unit: a shared task counts once under each
    std::span<const std::string> operator()(const tracked_task& task) const noexcept {
        static const std::string no_unit[1];  // a task without a lead unit is counted under ""
        if (task.target.lead_units.empty()) return no_unit;
        return task.target.lead_units;
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
inline constexpr by_lead_units_fn by_lead_units{};
inline constexpr by_category_fn by_category{};

// A mergeable partial aggregate, counted against one pace under one policy.
class summary {
public:
    struct counts {
        std::int64_t tasks = 0, reported = 0, missing = 0, behind = 0, on_pace = 0, ahead = 0, completed = 0,
                     over_achieved = 0;
        friend bool operator==(const counts&, const counts&) = default;
    };

    GOVTARGET_DECL explicit summary(const exact_share& pace, const aggregation_policy& policy = {});
    GOVTARGET_DECL void add(const task_input& task);
    // Adds another partial: the result equals one pass over both inputs. Partials counted
    // against different paces or policies cannot be added (a Q1 and a Q2 partial).
    GOVTARGET_DECL summary& merge(const summary& other);

    [[nodiscard]] const exact_share& pace() const noexcept { return pace_; }
    [[nodiscard]] const aggregation_policy& policy() const noexcept { return policy_; }
    [[nodiscard]] const counts& task_counts() const noexcept { return counts_; }
    [[nodiscard]] std::int64_t tasks() const noexcept { return counts_.tasks; }
    [[nodiscard]] std::int64_t reported() const noexcept { return counts_.reported; }
    [[nodiscard]] std::int64_t missing() const noexcept { return counts_.missing; }
    [[nodiscard]] std::int64_t behind() const noexcept { return counts_.behind; }
    [[nodiscard]] std::int64_t on_pace() const noexcept { return counts_.on_pace; }
    [[nodiscard]] std::int64_t ahead() const noexcept { return counts_.ahead; }
    [[nodiscard]] std::int64_t completed() const noexcept { return counts_.completed; }
    [[nodiscard]] std::int64_t over_achieved() const noexcept { return counts_.over_achieved; }

    // Exact weighted completion; none when no weight was counted ("no data", never NaN or a
    // division by zero).
    [[nodiscard]] GOVTARGET_DECL std::optional<exact_share> weighted_completion() const;
    // For display: rounded half up by default.
    [[nodiscard]] GOVTARGET_DECL std::optional<share> weighted_completion(int scale, rounding mode = rounding::half_up) const;
    // Weighted completion − pace; none when no data.
    [[nodiscard]] GOVTARGET_DECL std::optional<exact_percentage_points> gap_to_pace() const;
    // The group itself is behind: its weighted completion is below pace − tolerance.
    [[nodiscard]] GOVTARGET_DECL bool is_behind() const;
    // Some of its tasks are behind, whatever the weighted completion.
    [[nodiscard]] bool has_tasks_behind() const noexcept { return counts_.behind > 0; }

    // Everything a summary holds, for writing it out and reading it back exactly.
    struct parts {
        counts tasks;
        std::string weighted_sum = "0";  // Σ w·min(c, cap), exact decimal text
        std::string weight_sum = "0";    // Σ w
        friend bool operator==(const parts&, const parts&) = default;
    };
    [[nodiscard]] parts to_parts() const { return {counts_, weighted_.to_string(), weights_.to_string()}; }
    // domain_error when the parts cannot come from one summary (counts that do not add up,
    // sums that are not decimals).
    [[nodiscard]] GOVTARGET_DECL static summary from_parts(const exact_share& pace, const aggregation_policy& policy,
                                                           const parts& p);
    // The same from exact sums: how the batch engine hands over what it counted.
    [[nodiscard]] static summary from_totals(const exact_share& pace, const aggregation_policy& policy, const counts& c,
                                             const detail::exact_sum& weighted, const detail::exact_sum& weights) {
        return summary(pace, policy).with_totals(c, weighted, weights);
    }
    // This summary's pace and policy with other totals (no bands recomputed: for many groups).
    [[nodiscard]] GOVTARGET_DECL summary with_totals(const counts& c, const detail::exact_sum& weighted,
                                                     const detail::exact_sum& weights) const;

    friend bool operator==(const summary& a, const summary& b) {
        return a.pace_ == b.pace_ && a.policy_ == b.policy_ && a.counts_ == b.counts_ && a.weighted_ == b.weighted_ &&
               a.weights_ == b.weights_;
    }

private:
    GOVTARGET_DECL void count(task_status status, decimal c);

    exact_share pace_;
    aggregation_policy policy_;
    pace_bands bands_;
    counts counts_;
    detail::exact_sum weighted_;
    detail::exact_sum weights_;
};

namespace detail {

// What a key function's result is kept as: views and C strings become strings, so that a
// summary map never points into the records it was computed from.
template <class Key>
struct owned_key {
    using type = std::remove_cvref_t<Key>;
    static_assert(!std::is_pointer_v<type>, "a grouping key must not be a pointer: it would outlive what it points to");
};
template <class Char, class Traits>
struct owned_key<std::basic_string_view<Char, Traits>> {
    using type = std::basic_string<Char, Traits>;
};
template <>
struct owned_key<const char*> {
    using type = std::string;
};
template <>
struct owned_key<char*> {
    using type = std::string;
};
template <class Key>
using owned_key_t = typename owned_key<std::remove_cvref_t<Key>>::type;

template <class T>
concept string_like = std::is_convertible_v<const T&, std::string_view>;
// A key function that returns several keys (a range that is not itself a string).
template <class Result>
concept key_range = std::ranges::input_range<Result> && !string_like<std::remove_cvref_t<Result>>;

struct transparent_string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

// Summaries keyed by a name (a lead unit, a category): hashed, with lookup by string_view so
// that a key is copied once per group, never per record; ordered at the end. Not a template,
// so that govtarget::compiled compiles its hash table once for every program.
class text_groups {
public:
    GOVTARGET_DECL text_groups(const exact_share& pace, const aggregation_policy& policy);
    GOVTARGET_DECL ~text_groups();
    text_groups(const text_groups&) = delete;
    text_groups& operator=(const text_groups&) = delete;

    GOVTARGET_DECL void add(std::string_view key, const task_input& input);
    GOVTARGET_DECL std::map<std::string, summary, std::less<>> ordered() &&;

private:
    summary prototype_;
    std::unordered_map<std::string, summary, transparent_string_hash, std::equal_to<>> groups_;
};

// Summaries per key while reading: hashed where the key hashes, ordered at the end.
template <class Owned>
class group_builder {
public:
    group_builder(const exact_share& pace, const aggregation_policy& policy) : prototype_(pace, policy) {}

    template <class Key>
    void add(const Key& key, const task_input& input) {
        auto it = groups_.find(key);
        if (it == groups_.end()) it = groups_.emplace(Owned(key), prototype_).first;
        it->second.add(input);
    }

    std::map<Owned, summary, std::less<>> ordered() && {
        std::map<Owned, summary, std::less<>> result;
        for (auto& [key, totals] : groups_) result.emplace(std::move(key), std::move(totals));
        return result;
    }

private:
    static constexpr bool hashable = requires(const Owned& k) { std::hash<Owned>{}(k); };
    using map_type = std::conditional_t<hashable, std::unordered_map<Owned, summary>, std::map<Owned, summary, std::less<>>>;

    summary prototype_;
    map_type groups_;
};

template <>
class group_builder<std::string> : public text_groups {
public:
    using text_groups::text_groups;
    template <class Key>
    void add(const Key& key, const task_input& input) {
        text_groups::add(std::string_view(key), input);
    }
};

}  // namespace detail

// One summary over a whole range. `project` maps an element to what task_input_of reads.
template <std::ranges::input_range Range, class Projection = std::identity>
[[nodiscard]] summary summarize(Range&& records, const exact_share& pace, const aggregation_policy& policy = {},
                                Projection project = {}) {
    summary total(pace, policy);
    for (auto&& record : records) total.add(task_input_of(std::invoke(project, record)));
    return total;
}

// Summaries per key, ordered by key. A key function that returns a range of keys (as
// by_lead_units does) counts the record once under each.
template <std::ranges::input_range Range, class KeyFunction, class Projection = std::identity>
[[nodiscard]] auto summarize_by(Range&& records, KeyFunction key_of, const exact_share& pace,
                                const aggregation_policy& policy = {}, Projection project = {}) {
    using projected = std::invoke_result_t<Projection&, std::ranges::range_reference_t<Range>>;
    using key_result = std::invoke_result_t<KeyFunction&, projected>;
    if constexpr (detail::key_range<key_result>) {
        using owned = detail::owned_key_t<std::ranges::range_reference_t<key_result>>;
        detail::group_builder<owned> groups(pace, policy);
        for (auto&& record : records) {
            auto&& item = std::invoke(project, record);
            const task_input input = task_input_of(item);
            for (auto&& key : std::invoke(key_of, item)) groups.add(key, input);
        }
        return std::move(groups).ordered();
    } else {
        detail::group_builder<detail::owned_key_t<key_result>> groups(pace, policy);
        for (auto&& record : records) {
            auto&& item = std::invoke(project, record);
            groups.add(std::invoke(key_of, item), task_input_of(item));
        }
        return std::move(groups).ordered();
    }
}

// A group and its totals, for ranking and reports.
template <class Key>
struct group_report {
    Key key;
    summary totals;
};

// Highest weighted completion first; groups with no data last; ties by key.
template <class Key, class Compare>
[[nodiscard]] std::vector<group_report<Key>> ranked_by_completion(const std::map<Key, summary, Compare>& groups) {
    std::vector<group_report<Key>> reports;
    for (const auto& [key, totals] : groups) reports.push_back({key, totals});
    std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
        const auto x = a.totals.weighted_completion();
        const auto y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return x.has_value();
        if (x && *x != *y) return *x > *y;
        return a.key < b.key;
    });
    return reports;
}

// Most tasks behind first; then lowest weighted completion; ties by key.
template <class Key, class Compare>
[[nodiscard]] std::vector<group_report<Key>> ranked_by_behind(const std::map<Key, summary, Compare>& groups) {
    std::vector<group_report<Key>> reports;
    for (const auto& [key, totals] : groups) reports.push_back({key, totals});
    std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
        if (a.totals.behind() != b.totals.behind()) return a.totals.behind() > b.totals.behind();
        const auto x = a.totals.weighted_completion();
        const auto y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return y.has_value();
        if (x && *x != *y) return *x < *y;
        return a.key < b.key;
    });
    return reports;
}

// The records (by address, not copied) whose status is `status`. The range must outlive
// the result, so a temporary range does not compile (as with std::ranges::dangling).
template <std::ranges::input_range Range, class Projection = std::identity>
    requires std::ranges::borrowed_range<Range>
[[nodiscard]] auto records_with_status(Range&& records, task_status status, const exact_share& pace,
                                       const status_policy& policy = {}, Projection project = {}) {
    using element = std::remove_reference_t<std::ranges::range_reference_t<Range>>;
    const pace_bands bands(pace, policy);
    std::vector<element*> found;
    for (auto&& record : records)
        if (bands.classify(task_input_of(std::invoke(project, record)).completion) == status) found.push_back(&record);
    return found;
}

}  // namespace govtarget

#ifndef GOVTARGET_SEPARATE_COMPILATION
#include <govtarget/impl/aggregate.hpp>
#endif
