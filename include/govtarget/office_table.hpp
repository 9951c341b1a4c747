#pragma once
// Completion tables in office attachments, .xlsx or .docx, told apart by what the package
// holds, not by the file's name (the govtarget::office part: link govtarget::office, which
// brings liborcus and libxml2). The task table is chosen among the sheets or the document's
// tables as read_task_table chooses it, so layouts, vocabulary, sections and completion
// cells behave as in every other format.

#include <govtarget/completion_table.hpp>
#include <govtarget/detail/file.hpp>
#include <govtarget/detail/office_package.hpp>
#include <govtarget/docx_table.hpp>
#include <govtarget/error.hpp>
#include <govtarget/table_options.hpp>
#include <govtarget/xlsx_table.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

enum class office_format { workbook, word_document };

struct office_tables {
    office_format format = office_format::workbook;
    std::vector<cell_grid> tables;  // the sheets, or the document's tables
};

// The tables of an .xlsx or a .docx. read_error naming the file for a corrupt package, a zip
// bomb (a part that would inflate past limits.max_part_bytes), or a zip that is neither.
[[nodiscard]] inline office_tables read_office_tables(std::string_view bytes, std::string_view source = "<attachment>",
                                                      const office_limits& limits = {}) {
    const detail::office_package package(bytes, source, limits);
    const std::optional<std::string> main = package.main_part();
    const auto is = [&](const char* part) { return main ? *main == part || main->ends_with(std::string("/") + part) : false; };
    // A main part under another name is told by its root element.
    std::string root_name;
    if (main && package.has(*main) && !is("workbook.xml") && !is("document.xml")) {
        const detail::xml_document doc = package.xml(*main);
        root_name = reinterpret_cast<const char*>(xmlDocGetRootElement(doc.get())->name);
    }
    if (is("workbook.xml") || root_name == "workbook" || (!main && package.has("xl/workbook.xml")))
        return {office_format::workbook, detail::read_xlsx_sheets(package, main.value_or("xl/workbook.xml"))};
    if (is("document.xml") || root_name == "document" || (!main && package.has("word/document.xml")))
        return {office_format::word_document, detail::read_docx_tables(package, main.value_or("word/document.xml"))};
    throw read_error(source, 0, 0, main.value_or(""),
                     "a zip archive that is neither an Excel workbook (.xlsx) nor a Word document (.docx); an "
                     "OpenDocument file converts with soffice --headless --convert-to xlsx FILE");
}

// The task table of an .xlsx or .docx.
[[nodiscard]] inline completion_table read_completion_table_office(std::string_view bytes, std::string_view source = "<attachment>",
                                                                   const table_read_options& options = {},
                                                                   const office_limits& limits = {}) {
    const office_tables read = read_office_tables(bytes, source, limits);
    return read_task_table(read.tables, source, options,
                           read.format == office_format::workbook ? "no sheet with cells in the workbook"
                                                                  : "no table in the document");
}

[[nodiscard]] inline completion_table read_completion_table_office_file(const std::filesystem::path& path,
                                                                        const table_read_options& options = {},
                                                                        const office_limits& limits = {}) {
    return read_completion_table_office(detail::read_whole_file(path, limits.max_file_bytes), path.string(), options, limits);
}

}  // namespace govtarget
