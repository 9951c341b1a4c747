// The completion-table reader in its three formats: rows numbered 1..n with none lost, each
// with its lead units split apart and a completion that is a number or words, not both; and
// nothing but govtarget::error escapes, from reading or from turning rows into tasks.
#include <govtarget/completion_table.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    for (const auto format : {table_format::cells, table_format::csv, table_format::tsv}) {
        try {
            const completion_table table = read_completion_table(text, "fuzz", format);
            for (std::size_t k = 0; k < table.rows.size(); ++k) {
                const table_row& row = table.rows[k];
                if (row.number != std::to_string(k + 1)) __builtin_trap();
                // Every row has its lead units, each a name with no separator left in it.
                if (row.lead_units.empty()) __builtin_trap();
                for (const std::string& unit : row.lead_units)
                    if (detail::split_units(unit) != std::vector<std::string>{unit}) __builtin_trap();
                if (row.completion && row.stated) __builtin_trap();
            }
            const auto tasks = table.tasks(parse_date("2024-06-30"));
            if (tasks.size() != table.rows.size()) __builtin_trap();
            for (std::size_t k = 0; k < tasks.size(); ++k)
                if (tasks[k].target.lead_units != table.rows[k].lead_units ||
                    tasks[k].progress.completion_text != table.rows[k].completion_text)
                    __builtin_trap();
        } catch (const error&) {
        }
    }
    return 0;
}
