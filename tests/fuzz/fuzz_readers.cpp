// The document readers: the quantity reader and target extractor never throw and keep their
// spans inside the input; the table readers account for every row or throw a read_error.
#include <govtarget/batch.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/csv.hpp>
#include <govtarget/target_extractor.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    for (const auto& q : read_quantities(text))
        if (q.begin > q.number_begin || q.number_begin > q.number_end || q.number_end > q.end || q.end > size) __builtin_trap();
    for (const auto& t : extract_targets(text))
        if (t.quantity.end > size) __builtin_trap();
    for (const auto format : {table_format::cells, table_format::csv, table_format::tsv}) {
        try {
            const auto table = read_completion_table(text, "fuzz", format);
            for (std::size_t k = 0; k < table.rows.size(); ++k)  // rows numbered 1..n, none lost
                if (table.rows[k].number != std::to_string(k + 1)) __builtin_trap();
        } catch (const error&) {
        }
    }
    try {
        (void)read_progress_csv(text, "fuzz");
    } catch (const error&) {
    }
    try {
        batch_options options;
        options.skip_bad = true;
        const auto result = aggregate_progress_text(text, "fuzz", options);
        std::int64_t tasks = 0;
        for (const auto& g : result.groups) tasks += g.tasks;
        if (static_cast<std::size_t>(tasks) + result.bad_rows != result.rows) __builtin_trap();  // rows in = counted + bad
    } catch (const error&) {
    }
    return 0;
}
