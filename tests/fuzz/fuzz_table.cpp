// The completion-table reader in its three formats: rows numbered 1..n with none lost, and
// nothing but govtarget::error escapes, from reading or from turning rows into tasks.
#include <govtarget/completion_table.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    for (const auto format : {table_format::cells, table_format::csv, table_format::tsv}) {
        try {
            const completion_table table = read_completion_table(text, "fuzz", format);
            for (std::size_t k = 0; k < table.rows.size(); ++k)
                if (table.rows[k].number != std::to_string(k + 1)) __builtin_trap();
            const auto tasks = table.tasks(parse_date("2024-06-30"));
            if (tasks.size() != table.rows.size()) __builtin_trap();
        } catch (const error&) {
        }
    }
    return 0;
}
