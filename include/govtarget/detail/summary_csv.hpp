#pragma once
// The one CSV writer of summaries, for every path that writes them (the summary files that
// read back exactly, the batch command's table): key columns, then the chosen figures.

#include <govtarget/aggregate.hpp>
#include <govtarget/detail/csv.hpp>

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace govtarget {

enum class summary_columns {
    exact,  // pace and policy, every count, the exact sums and the rounded completion: reads back equal
    brief,  // n_tasks, n_reported, weighted_completion, n_shortfall (tasks behind), n_missing
};

namespace detail {

inline std::string summary_header(std::span<const std::string_view> key_names, summary_columns columns) {
    std::string header;
    for (const auto name : key_names) header.append(name).append(",");
    if (columns == summary_columns::brief) return header + "n_tasks,n_reported,weighted_completion,n_shortfall,n_missing";
    return header +
           "pace,cap,missing_policy,tolerance,ahead_band,tasks,reported,missing,behind,on_pace,ahead,completed,"
           "over_achieved,weighted_sum,weight_sum,weighted_completion";
}

// The figures of one summary after its key cells, without the line end.
inline std::string summary_cells(const summary& s, summary_columns columns) {
    const auto shown = s.weighted_completion(2, rounding::half_up);
    const std::string completion = shown ? shown->percent().to_string() : std::string();
    const summary::counts& c = s.task_counts();
    if (columns == summary_columns::brief)
        return std::to_string(c.tasks) + ',' + std::to_string(c.reported) + ',' + completion + ',' +
               std::to_string(c.behind) + ',' + std::to_string(c.missing);
    const aggregation_policy& policy = s.policy();
    const summary::parts p = s.to_parts();
    return s.pace().percent().to_string() + ',' + (policy.cap ? policy.cap->percent().to_string() : std::string()) + ',' +
           std::string(to_string(policy.missing)) + ',' + policy.status.tolerance.percent().to_string() + ',' +
           policy.status.ahead_band.percent().to_string() + ',' + std::to_string(c.tasks) + ',' +
           std::to_string(c.reported) + ',' + std::to_string(c.missing) + ',' + std::to_string(c.behind) + ',' +
           std::to_string(c.on_pace) + ',' + std::to_string(c.ahead) + ',' + std::to_string(c.completed) + ',' +
           std::to_string(c.over_achieved) + ',' + p.weighted_sum + ',' + p.weight_sum + ',' + completion;
}

// rows: a range of (keys, summary) where keys is a range of text, one per key column.
template <class Rows, class KeysOf, class SummaryOf>
void write_summary_rows(std::ostream& out, const Rows& rows, std::span<const std::string_view> key_names,
                        summary_columns columns, bool spreadsheet_safe, std::string_view line_end, KeysOf keys_of,
                        SummaryOf summary_of) {
    std::string text = summary_header(key_names, columns);
    text += line_end;
    for (const auto& row : rows) {
        for (const auto& key : keys_of(row)) {
            text += csv_field(std::string_view(key), spreadsheet_safe);
            text += ',';
        }
        text += summary_cells(summary_of(row), columns);
        text += line_end;
    }
    out << text;
}

}  // namespace detail
}  // namespace govtarget
