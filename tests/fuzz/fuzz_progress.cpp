// The `govtarget progress` row parser: rows in = rows counted + rows refused; refusing on the
// first bad row and counting bad rows agree on the rest.
#include <govtarget/batch.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    batch_options counting;
    counting.skip_bad = true;
    std::optional<batch_result> counted;
    try {
        counted = aggregate_progress_text(text, "fuzz", counting);
        std::int64_t tasks = 0;
        for (const auto& g : counted->groups) tasks += g.totals.tasks();
        if (static_cast<std::size_t>(tasks) + counted->bad_rows != counted->rows) __builtin_trap();
        if ((counted->bad_rows > 0) != counted->first_bad.has_value()) __builtin_trap();
    } catch (const error&) {
    }
    try {
        const batch_result strict = aggregate_progress_text(text, "fuzz");
        if (!counted || counted->bad_rows != 0 || strict.rows != counted->rows) __builtin_trap();
    } catch (const read_error&) {
        if (counted && counted->bad_rows == 0) __builtin_trap();
    } catch (const error&) {
    }
    return 0;
}
