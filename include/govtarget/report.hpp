#pragma once
// The completion report of a list of tasks against the expected pace (序时进度): one row per
// lead unit, a total, the tasks behind pace and the tasks not reported. A model to render
// (report_text.hpp, html_report.hpp) or to read in a program. It owns its texts, so it
// outlives the tasks it was made from.
//
// A task led by several units (a shared task) counts once under each of them and once in the
// total, so the units' task counts may add up to more than the total; `shared_tasks` says by
// how many tasks, and shared_tasks_note() says it in words.
//
// Two orderings, each for one purpose:
//   - completion_report::units, the listing order: most tasks first, then by name (UTF-8
//     bytes, which order as code points). Tables and data files use it.
//   - units_by_attention(): the units that need attention first (most tasks behind first),
//     then the lowest weighted completion first, units with no data before any with data,
//     then by name. Charts use it.

#include <govtarget/aggregate.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/status.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// The group of the tasks that name no lead unit: a table with no 牵头单位 column is one group.
inline constexpr std::string_view no_lead_unit = "未列牵头单位";

struct report_options {
    std::string title;                // the table's title
    std::string source;               // where the tasks were read from; "" when nowhere
    period target_period;             // the period the targets run over: 2024年
    date::year_month_day as_of;       // the date the completions are reported at
    std::optional<exact_share> pace{};  // none: by elapsed months of target_period at as_of
    aggregation_policy policy{};
};

// One task as the report shows it.
struct report_task {
    std::string id;                   // 序号
    std::string category;             // 项目名称
    std::vector<std::string> lead_units;
    std::string text;                 // 主要工作内容
    std::optional<share> completion;  // none: not reported
    std::string completion_text;      // as written: "52%", "145%", "/"
    task_status status = task_status::not_reported;

    // "区发改局、区财政局".
    [[nodiscard]] std::string lead_units_text() const {
        std::string out;
        for (const std::string& unit : lead_units) {
            if (!out.empty()) out += "、";
            out += unit;
        }
        return out;
    }
    friend bool operator==(const report_task&, const report_task&) = default;
};

// A lead unit's row, or the total.
struct report_group {
    std::string name;
    summary totals;
    std::vector<std::string> behind_tasks;   // ids of its tasks behind pace, in table order
    std::vector<std::string> missing_tasks;  // ids of its tasks not reported, in table order

    // The group's weighted completion is below pace − tolerance.
    [[nodiscard]] bool is_behind() const { return totals.is_behind(); }
    // Some of its tasks are behind, whatever its weighted completion.
    [[nodiscard]] bool has_tasks_behind() const noexcept { return totals.has_tasks_behind(); }
    // Either: what the ⚠ and ▲ markers of the renderers mean (see attention_rule()).
    [[nodiscard]] bool needs_attention() const { return is_behind() || has_tasks_behind(); }
    friend bool operator==(const report_group&, const report_group&) = default;
};

struct completion_report {
    std::string title;
    std::string source;
    period target_period;
    date::year_month_day as_of;
    exact_share pace;
    aggregation_policy policy;
    std::vector<report_group> units;             // in the listing order
    report_group total;                          // named 合计; every task counted once
    std::vector<report_task> tasks;              // in table order, with their statuses
    std::vector<report_task> tasks_behind;       // in table order
    std::vector<report_task> tasks_not_reported; // in table order
    std::int64_t shared_tasks = 0;               // tasks with more than one lead unit

    // The pace as reports print it: to one decimal, trailing zeros dropped ("50", "91.7").
    [[nodiscard]] decimal pace_shown() const { return pace.rounded(1).percent().normalized(); }
    friend bool operator==(const completion_report&, const completion_report&) = default;
};

namespace detail {

// The task's sentence (主要工作内容): the one place the report reads it from a target.
[[nodiscard]] inline const std::string& task_sentence(const tracked_task& task) { return task.target.task; }

[[nodiscard]] inline report_task report_task_of(const tracked_task& task, const pace_bands& bands) {
    const std::optional<share> completion = task_input_of(task).completion;
    return {task.target.id,
            task.target.category,
            task.target.lead_units,
            task_sentence(task),
            completion,
            completion_text(task.progress),
            bands.classify(completion)};
}

// Most tasks first, then by name.
inline void sort_in_listing_order(std::vector<report_group>& units) {
    std::stable_sort(units.begin(), units.end(), [](const report_group& a, const report_group& b) {
        if (a.totals.tasks() != b.totals.tasks()) return a.totals.tasks() > b.totals.tasks();
        return a.name < b.name;
    });
}

// Every task's id under each of its lead units (a task with none under no_lead_unit), by status.
inline void add_task_ids(std::vector<report_group>& units, const std::vector<report_task>& tasks) {
    static const std::vector<std::string> no_unit{std::string(no_lead_unit)};
    std::map<std::string_view, report_group*> by_name;
    for (report_group& group : units) by_name.emplace(group.name, &group);
    for (const report_task& task : tasks) {
        if (task.status != task_status::behind && task.status != task_status::not_reported) continue;
        for (const std::string& unit : task.lead_units.empty() ? no_unit : task.lead_units) {
            report_group& group = *by_name.at(unit.empty() ? no_lead_unit : std::string_view(unit));
            (task.status == task_status::behind ? group.behind_tasks : group.missing_tasks).push_back(task.id);
        }
    }
}

[[nodiscard]] inline std::vector<report_task> tasks_with(const std::vector<report_task>& tasks, task_status status) {
    std::vector<report_task> found;
    std::copy_if(tasks.begin(), tasks.end(), std::back_inserter(found), [&](const report_task& t) { return t.status == status; });
    return found;
}

[[nodiscard]] inline std::vector<std::string> ids_of(const std::vector<report_task>& tasks) {
    std::vector<std::string> ids;
    for (const report_task& task : tasks) ids.push_back(task.id);
    return ids;
}

}  // namespace detail

// The report of the tasks as of options.as_of. domain_error for an invalid date, a negative
// completion or weight, or a policy that cannot hold (as summary and pace_bands say).
[[nodiscard]] inline completion_report make_completion_report(const std::vector<tracked_task>& tasks,
                                                              const report_options& options) {
    if (!options.as_of.ok()) throw domain_error("a report needs a valid as-of date");
    const exact_share pace =
        options.pace ? *options.pace : expected_pace::by().percent_at(options.target_period, options.as_of);
    const pace_bands bands(pace, options.policy.status);
    completion_report report{options.title, options.source, options.target_period, options.as_of, pace, options.policy,
                             {}, {"合计", summarize(tasks, pace, options.policy), {}, {}}, {}, {}, {}, 0};
    for (const tracked_task& task : tasks) {
        report.tasks.push_back(detail::report_task_of(task, bands));
        if (task.target.lead_units.size() > 1) ++report.shared_tasks;
    }
    for (auto& [name, totals] : summarize_by(tasks, by_lead_units, pace, options.policy))
        report.units.push_back({name.empty() ? std::string(no_lead_unit) : name, std::move(totals), {}, {}});
    detail::sort_in_listing_order(report.units);
    detail::add_task_ids(report.units, report.tasks);
    report.tasks_behind = detail::tasks_with(report.tasks, task_status::behind);
    report.tasks_not_reported = detail::tasks_with(report.tasks, task_status::not_reported);
    report.total.behind_tasks = detail::ids_of(report.tasks_behind);
    report.total.missing_tasks = detail::ids_of(report.tasks_not_reported);
    return report;
}

// The units in attention order (see the top of this header).
[[nodiscard]] inline std::vector<report_group> units_by_attention(const completion_report& report) {
    std::vector<report_group> units = report.units;
    std::stable_sort(units.begin(), units.end(), [](const report_group& a, const report_group& b) {
        if (a.needs_attention() != b.needs_attention()) return a.needs_attention();
        if (a.totals.behind() != b.totals.behind()) return a.totals.behind() > b.totals.behind();
        const auto x = a.totals.weighted_completion(), y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return !x.has_value();
        if (x && *x != *y) return *x < *y;
        return a.name < b.name;
    });
    return units;
}

// What needs_attention() means, in the words of the legends: "有任务欠进度或加权完成率低于序时进度"
// (with a tolerance: "…低于序时进度超过2个百分点").
[[nodiscard]] inline std::string attention_rule(const completion_report& report) {
    const percentage_points& tolerance = report.policy.status.tolerance;
    if (tolerance.percent().sign() == 0) return "有任务欠进度或加权完成率低于序时进度";
    return "有任务欠进度或加权完成率低于序时进度超过" + tolerance.to_string();
}

// "注：2项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次"; "" when no task is shared.
[[nodiscard]] inline std::string shared_tasks_note(const completion_report& report) {
    if (report.shared_tasks == 0) return "";
    return "注：" + std::to_string(report.shared_tasks) + "项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次";
}

}  // namespace govtarget
