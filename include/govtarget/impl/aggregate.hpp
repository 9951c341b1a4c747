#pragma once
// The definitions aggregate.hpp marks GOVTARGET_DECL: included by aggregate.hpp, or compiled
// once into govtarget::compiled when the program defines GOVTARGET_SEPARATE_COMPILATION.

#include <govtarget/aggregate.hpp>

#include <optional>
#include <string>
#include <utility>

namespace govtarget {

GOVTARGET_DECL summary::summary(const exact_share& pace, const aggregation_policy& policy)
    : pace_(pace), policy_(policy), bands_(pace, policy.status) {
    if (policy.cap && policy.cap->percent().sign() <= 0)
        throw domain_error("a completion cap must be positive, not " + policy.cap->to_string());
}

GOVTARGET_DECL void summary::add(const task_input& task) {
    if (task.weight.sign() <= 0) throw domain_error("a task weight must be positive, not " + task.weight.to_string());
    ++counts_.tasks;
    if (!task.completion) {
        ++counts_.missing;
        if (policy_.missing == missing_policy::as_zero) weights_.add(task.weight);
        return;
    }
    const decimal c = task.completion->percent();
    if (c.is_negative()) throw domain_error("a completion cannot be negative: " + task.completion->to_string());
    ++counts_.reported;
    count(bands_.classify(c), c);
    const auto& cap = policy_.cap;
    weighted_.add_product(task.weight, cap && c > cap->percent() ? cap->percent() : c);
    weights_.add(task.weight);
}

GOVTARGET_DECL summary& summary::merge(const summary& other) {
    if (other.pace_ != pace_)
        throw domain_error("cannot merge a summary counted against 序时进度 " + other.pace_.to_string() +
                           " into one counted against " + pace_.to_string());
    if (!(other.policy_ == policy_))
        throw domain_error("cannot merge a summary counted under " + other.policy_.to_string() + " into one counted under " +
                           policy_.to_string());
    counts_.tasks += other.counts_.tasks;
    counts_.reported += other.counts_.reported;
    counts_.missing += other.counts_.missing;
    counts_.behind += other.counts_.behind;
    counts_.on_pace += other.counts_.on_pace;
    counts_.ahead += other.counts_.ahead;
    counts_.completed += other.counts_.completed;
    counts_.over_achieved += other.counts_.over_achieved;
    weighted_.merge(other.weighted_);
    weights_.merge(other.weights_);
    return *this;
}

GOVTARGET_DECL std::optional<exact_share> summary::weighted_completion() const {
    if (weights_.is_zero()) return std::nullopt;
    return exact_share(weighted_.over(weights_));
}

GOVTARGET_DECL std::optional<share> summary::weighted_completion(int scale, rounding mode) const {
    const auto exact = weighted_completion();
    if (!exact) return std::nullopt;
    return exact->rounded(scale, mode);
}

GOVTARGET_DECL std::optional<exact_percentage_points> summary::gap_to_pace() const {
    const auto completion = weighted_completion();
    if (!completion) return std::nullopt;
    return *completion - pace_;
}

GOVTARGET_DECL bool summary::is_behind() const {
    const auto completion = weighted_completion();
    return completion && bands_.classify(*completion) == task_status::behind;
}

GOVTARGET_DECL summary summary::from_parts(const exact_share& pace, const aggregation_policy& policy, const parts& p) {
    const auto sum = [](const std::string& text, const char* what) {
        if (auto value = detail::exact_sum::from_string(text)) return *value;
        throw domain_error(std::string("summary ") + what + " is not a decimal: \"" + text + "\"");
    };
    return from_totals(pace, policy, p.tasks, sum(p.weighted_sum, "weighted_sum"), sum(p.weight_sum, "weight_sum"));
}

GOVTARGET_DECL summary summary::with_totals(const counts& c, const detail::exact_sum& weighted,
                                            const detail::exact_sum& weights) const {
    const bool consistent = c.tasks >= 0 && c.reported >= 0 && c.missing >= 0 && c.reported + c.missing == c.tasks &&
                            c.behind >= 0 && c.on_pace >= 0 && c.ahead >= 0 && c.completed >= 0 &&
                            c.behind + c.on_pace + c.ahead + c.completed == c.reported && c.over_achieved >= 0 &&
                            c.over_achieved <= c.completed;
    if (!consistent)
        throw domain_error("summary counts do not add up: tasks " + std::to_string(c.tasks) + ", reported " +
                           std::to_string(c.reported) + ", missing " + std::to_string(c.missing) + ", behind " +
                           std::to_string(c.behind) + ", on pace " + std::to_string(c.on_pace) + ", ahead " +
                           std::to_string(c.ahead) + ", completed " + std::to_string(c.completed) + ", over-achieved " +
                           std::to_string(c.over_achieved));
    summary s = *this;
    s.counts_ = c;
    s.weighted_ = weighted;
    s.weights_ = weights;
    return s;
}

GOVTARGET_DECL void summary::count(task_status status, decimal c) {
    switch (status) {
        case task_status::behind: ++counts_.behind; break;
        case task_status::on_pace: ++counts_.on_pace; break;
        case task_status::ahead: ++counts_.ahead; break;
        case task_status::completed:
            ++counts_.completed;
            if (c > decimal(100)) ++counts_.over_achieved;
            break;
        case task_status::not_reported: break;
    }
}

namespace detail {

GOVTARGET_DECL text_groups::text_groups(const exact_share& pace, const aggregation_policy& policy) : prototype_(pace, policy) {}

GOVTARGET_DECL text_groups::~text_groups() = default;

GOVTARGET_DECL void text_groups::add(std::string_view key, const task_input& input) {
    auto it = groups_.find(key);
    if (it == groups_.end()) it = groups_.emplace(std::string(key), prototype_).first;
    it->second.add(input);
}

GOVTARGET_DECL std::map<std::string, summary, std::less<>> text_groups::ordered() && {
    std::map<std::string, summary, std::less<>> result;
    for (auto& [key, totals] : groups_) result.emplace(std::move(key), std::move(totals));
    return result;
}

}  // namespace detail

}  // namespace govtarget
