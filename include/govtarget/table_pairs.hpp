#pragma once
// Targets and results in a completion table: each row's task cell states the target
// ("地区生产总值增长8%左右"), its completion cell the result ("全年地区生产总值2291.5亿元,增长
// 5.8%"); they are paired within the row, by indicator and kind, and judged as pairing.hpp
// judges them — results of part of a year against the pace of the table's period.

#include <govtarget/completion_table.hpp>
#include <govtarget/pairing.hpp>
#include <govtarget/table_text.hpp>

#include <vector>

namespace govtarget {

// The pairs of every row, in the table's order; each pair's `row` is the index into table.rows.
// Results whose cell names no period are of the table's reporting period (its title's).
[[nodiscard]] inline std::vector<target_pair> pairs_in_table(const completion_table& table, pairing_options options = {}) {
    if (!options.default_period) options.default_period = table.reporting_period;
    // Every row's results, for the linked targets (与地区生产总值增速同步) another row may state.
    std::vector<std::vector<stated_result>> row_results(table.rows.size());
    std::vector<stated_result> all_results;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const table_row& row = table.rows[r];
        if (row.completion_text.empty() || row.actuals.empty()) continue;
        row_results[r] = read_results(row.completion_text, extract_targets(row.completion_text), options.default_period);
        all_results.insert(all_results.end(), row_results[r].begin(), row_results[r].end());
    }
    std::vector<target_pair> pairs;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const table_row& row = table.rows[r];
        if (row_results[r].empty()) continue;
        std::vector<target_pair> found = pair_figures(extract_targets(row.task), row_results[r], options);
        for (const linked_target& l : read_linked_targets(row.task)) {
            std::vector<stated_result> candidates = row_results[r];
            candidates.insert(candidates.end(), all_results.begin(), all_results.end());
            for (target_pair& p : pair_linked(std::span<const linked_target>(&l, 1), candidates)) found.push_back(std::move(p));
        }
        for (target_pair& pair : detail::with_written(std::move(found), row.task, row.completion_text)) {
            pair.row = r;
            pairs.push_back(std::move(pair));
        }
    }
    return pairs;
}

// Whether a text holds a task table: a header the table vocabulary reads.
[[nodiscard]] inline bool holds_task_table(std::string_view text, const table_read_options& options = {}) {
    try {
        (void)detail::find_header(detail::lines_of(text), "", options);
        return true;
    } catch (const read_error&) {
        return false;
    }
}

// The pairs in a document: a completion table's rows where it holds one, else a notice's
// prose (pairing.hpp's pairs_in_notice). A table that is there but malformed is an error.
[[nodiscard]] inline std::vector<target_pair> pairs_in_document(std::string_view text, std::string_view source = "<input>",
                                                                const pairing_options& options = {},
                                                                const table_read_options& table_options = {}) {
    if (holds_task_table(text, table_options)) return pairs_in_table(read_completion_table(text, source, table_options), options);
    return pairs_in_notice(text, options);
}

}  // namespace govtarget
