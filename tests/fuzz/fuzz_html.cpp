// The HTML table reader: nothing but govtarget::error escapes; every grid row as wide as the
// cells its spans give it, each cell's text valid UTF-8; the task table, when one is read,
// keeps the invariants of the text reader's rows.
#include <govtarget/html_table.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    try {
        const html_page page = read_html_tables(bytes, "fuzz.html");
        for (const cell_grid& grid : page.tables)
            for (const grid_row& row : grid.rows)
                for (const grid_cell& cell : row.cells)
                    if (detail::first_invalid_utf8(cell.text)) __builtin_trap();
    } catch (const error&) {
    }
    try {
        const completion_table table = read_completion_table_html(bytes, "fuzz.html");
        for (const table_row& row : table.rows)
            if (row.completion && row.stated) __builtin_trap();
    } catch (const error&) {
    }
    return 0;
}
