#pragma once
// The quantified targets in a completion table's task cells ("实现固定资产投资740亿元以上"):
// the opt-in step after reading a table, so that reading one does not pay for the extractor.

#include <govtarget/completion_table.hpp>
#include <govtarget/target_extractor.hpp>

#include <date/date.h>

#include <vector>

namespace govtarget {

// The targets the row's task text states.
[[nodiscard]] inline std::vector<extracted_target> targets_in(const table_row& row) { return extract_targets(row.task); }

// The table's tasks (completion_table::tasks) with the quantities their task texts state.
[[nodiscard]] inline std::vector<tracked_task> tasks_with_targets(const completion_table& table, date::year_month_day as_of) {
    std::vector<tracked_task> tasks = table.tasks(as_of);
    for (std::size_t k = 0; k < tasks.size(); ++k) add_extracted(tasks[k].target.quantities, targets_in(table.rows[k]));
    return tasks;
}

}  // namespace govtarget
