// The completion-table reader in every layout: rows in table order with none invented (each
// starts on a line of the input, after the one before), lead units split apart, a completion
// that is a number or a status in words, not both; and nothing but govtarget::error escapes,
// from reading or from turning rows into tasks.
#include <govtarget/completion_table.hpp>
#include <govtarget/table_rows.hpp>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const auto layout : {table_layout::automatic, table_layout::csv, table_layout::tsv, table_layout::rows_split_by_spaces}) {
        try {
            table_read_options options;
            options.layout = layout;
            const completion_table table = read_completion_table(text, "fuzz", options);
            std::size_t previous_line = 0;
            for (const table_row& row : table.rows) {
                if (row.line == 0 || row.line > lines || row.line < previous_line) __builtin_trap();
                previous_line = row.line;
                for (const std::string& unit : row.lead_units)
                    if (detail::split_units(unit) != std::vector<std::string>{unit}) __builtin_trap();
                if (row.completion && row.stated) __builtin_trap();
                for (const auto& q : row.actuals)
                    if (q.end > row.completion_text.size() || q.begin > q.end) __builtin_trap();
            }
            const auto tasks = table.tasks(parse_date("2024-06-30"));
            if (tasks.size() != table.rows.size()) __builtin_trap();
            for (std::size_t k = 0; k < tasks.size(); ++k)
                if (tasks[k].target.lead_units != table.rows[k].lead_units ||
                    tasks[k].progress.completion_text != table.rows[k].completion_text)
                    __builtin_trap();
            std::ostringstream out;
            write_table_rows_jsonl(out, table);
            write_table_rows_csv(out, table);
        } catch (const error&) {
        }
    }
    return 0;
}
