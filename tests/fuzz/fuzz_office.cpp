// The .xlsx and .docx readers: nothing but govtarget::error escapes; every cell's text valid
// UTF-8; the task table, when one is read, keeps the invariants of the text reader's rows.
// An input starting with X is a sheet's XML and one starting with W a Word body, each put
// into a package here (so that the fuzzer mutates the XML, not the zip around it); any other
// input is read as a whole file.
#include <govtarget/office_table.hpp>

#include "../zip_writer.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace {
const std::string shared_strings = "<si><t>序号</t></si><si><t>工作任务</t></si><si><t>牵头单位</t></si><si><t>完成情况</t></si>";
const std::string styles =
    "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/></cellXfs>";

void check(const std::vector<govtarget::cell_grid>& tables) {
    for (const govtarget::cell_grid& grid : tables)
        for (const govtarget::grid_row& row : grid.rows)
            for (const govtarget::grid_cell& cell : row.cells)
                if (govtarget::detail::first_invalid_utf8(cell.text)) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace govtarget;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string package;
    if (bytes.starts_with('X')) package = test::workbook_of(std::string(bytes.substr(1)), shared_strings, styles);
    else if (bytes.starts_with('W')) package = test::document_of(std::string(bytes.substr(1)));
    else package = std::string(bytes);
    office_limits limits;
    limits.max_part_bytes = 1 << 20;
    limits.max_table_cells = 1 << 16;
    try {
        check(read_office_tables(package, "fuzz", limits).tables);
    } catch (const error&) {
    }
    try {
        const completion_table table = read_completion_table_office(package, "fuzz", {}, limits);
        for (const table_row& row : table.rows)
            if (row.completion && row.stated) __builtin_trap();
    } catch (const error&) {
    }
    return 0;
}
