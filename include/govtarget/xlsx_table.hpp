#pragma once
// Completion tables in Excel and WPS workbooks (.xlsx), the govtarget::office part (liborcus,
// libxml2). Every sheet becomes a cell_grid: merged ranges expanded as the other readers
// expand merged cells; numbers exactly as stored (15 significant digits, as a spreadsheet
// keeps them), a percent-formatted 0.536 as "53.6%", a date-formatted serial as "2024-06-30".
// A cell's line and column are its row and column in the sheet.

#include <govtarget/cell_grid.hpp>
#include <govtarget/detail/excel_number.hpp>
#include <govtarget/detail/office_package.hpp>
#include <govtarget/detail/span_grid.hpp>
#include <govtarget/detail/xml_text.hpp>
#include <govtarget/error.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

namespace detail {

// A cell reference ("B3") as a 1-based (row, column); none when it is not one.
[[nodiscard]] inline std::optional<std::pair<std::size_t, std::size_t>> cell_reference(std::string_view ref) {
    std::size_t at = 0, column = 0, row = 0;
    while (at < ref.size() && ref[at] == '$') ++at;
    const std::size_t letters = at;
    for (; at < ref.size() && ref[at] >= 'A' && ref[at] <= 'Z' && at - letters < 3; ++at) column = column * 26 + static_cast<std::size_t>(ref[at] - 'A' + 1);
    if (at == letters) return std::nullopt;
    if (at < ref.size() && ref[at] == '$') ++at;
    const std::size_t digits = at;
    for (; at < ref.size() && ref[at] >= '0' && ref[at] <= '9' && at - digits < 7; ++at) row = row * 10 + static_cast<std::size_t>(ref[at] - '0');
    if (at == digits || at != ref.size() || row == 0 || row > 1048576 || column > 16384) return std::nullopt;
    return std::pair{row, column};
}

// The text of an element's <t> descendants, not the phonetic guides (<rPh>) beside them.
inline std::string run_text(const xmlNode* node) {
    std::string out;
    std::vector<const xmlNode*> stack;
    if (node) stack.push_back(node);
    while (!stack.empty()) {
        const xmlNode* at = stack.back();
        stack.pop_back();
        if (element_is(at, "rPh")) continue;
        if (element_is(at, "t")) {
            std::unique_ptr<xmlChar, void (*)(void*)> text(xmlNodeGetContent(at), xmlFree);
            if (text) out += reinterpret_cast<const char*>(text.get());
            continue;
        }
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = at->children; child; child = child->next) children.push_back(child);
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return out;
}

struct workbook_styles {
    std::vector<excel_number_kind> cell_kinds;  // by the cell's s= (its index in cellXfs)
    [[nodiscard]] excel_number_kind kind(std::size_t style) const {
        return style < cell_kinds.size() ? cell_kinds[style] : excel_number_kind::number;
    }
};

inline workbook_styles read_styles(const office_package& package, const std::string& part) {
    workbook_styles styles;
    if (part.empty() || !package.has(part)) return styles;
    const xml_document doc = package.xml(part);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    std::map<unsigned long, excel_number_kind> custom;
    for (const xmlNode* format = child_element(child_element(root, "numFmts"), "numFmt"); format; format = format->next)
        if (element_is(format, "numFmt"))
            if (const auto id = attribute(format, "numFmtId"); id && id->size() < 9 && !id->empty() &&
                                                               std::all_of(id->begin(), id->end(), [](char c) { return c >= '0' && c <= '9'; }))
                custom[std::stoul(*id)] = number_format_kind(attribute(format, "formatCode").value_or(""));
    for (const xmlNode* xf = child_element(child_element(root, "cellXfs"), "xf"); xf; xf = xf->next) {
        if (!element_is(xf, "xf")) continue;
        const std::string id = attribute(xf, "numFmtId").value_or("0");
        unsigned long number = 0;
        if (!id.empty() && id.size() < 9 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) number = std::stoul(id);
        const auto found = custom.find(number);
        styles.cell_kinds.push_back(found != custom.end() ? found->second : builtin_number_kind(static_cast<unsigned>(number)));
    }
    return styles;
}

struct workbook_context {
    std::vector<std::string> shared_strings;
    workbook_styles styles;
    bool date1904 = false;
};

// A cell's text as the sheet shows it, from its type (t=) and its style's number format.
inline std::string cell_value(const xmlNode* cell, const workbook_context& book, std::string_view source, std::size_t row,
                              std::size_t column) {
    const std::string type = attribute(cell, "t").value_or("n");
    if (type == "inlineStr") return run_text(child_element(cell, "is"));
    const xmlNode* value_node = child_element(cell, "v");
    if (!value_node) return "";
    std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(value_node), xmlFree);
    const std::string value = content ? reinterpret_cast<const char*>(content.get()) : "";
    if (type == "s") {
        const auto index = excel_number_text(value);
        if (!index || index->find('.') != std::string::npos || index->starts_with('-') || index->size() > 9 ||
            std::stoul(*index) >= book.shared_strings.size())
            throw read_error(source, row, column, value, "a shared string that is not in the workbook's table of strings");
        return book.shared_strings[std::stoul(*index)];
    }
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    if (type != "n") return value;  // str (a formula's text), e (#N/A), d (an ISO date)
    std::size_t style = 0;
    if (const auto s = attribute(cell, "s"); s && !s->empty() && s->size() < 9 &&
                                             std::all_of(s->begin(), s->end(), [](char c) { return c >= '0' && c <= '9'; }))
        style = std::stoul(*s);
    const excel_number_kind kind = book.styles.kind(style);
    std::optional<std::string> shown;
    switch (kind) {
        case excel_number_kind::percent: shown = excel_number_text(value, 2); if (shown) *shown += '%'; break;
        case excel_number_kind::date: shown = excel_serial_text(value, book.date1904, false); break;
        case excel_number_kind::date_time: shown = excel_serial_text(value, book.date1904, true); break;
        case excel_number_kind::number:
        case excel_number_kind::text: shown = excel_number_text(value); break;
    }
    if (!shown) throw read_error(source, row, column, value, "a number cell whose value is not a number");
    return *shown;
}

struct sheet_cell {
    std::size_t row, column;
    std::string text;
};

// One worksheet as a grid: the rows that hold text (a blank row between two parts of a table
// is no row of it), columns from A to the last one used.
inline cell_grid read_sheet(const office_package& package, const std::string& part, const workbook_context& book,
                            std::string_view source, const office_limits& limits) {
    const xml_document doc = package.xml(part);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    std::vector<sheet_cell> cells;
    std::size_t next_row = 1;
    for (const xmlNode* row = child_element(child_element(root, "sheetData"), "row"); row; row = row->next) {
        if (!element_is(row, "row")) continue;
        if (const auto r = attribute(row, "r"))
            if (const auto at = cell_reference("A" + *r)) next_row = at->first;
        std::size_t next_column = 1;
        for (const xmlNode* c = row->children; c; c = c->next) {
            if (!element_is(c, "c")) continue;
            if (const auto ref = attribute(c, "r")) {
                const auto at = cell_reference(*ref);
                if (!at) throw read_error(source, next_row, next_column, *ref, "not a cell reference");
                next_column = at->second;
                if (at->first != next_row) next_row = at->first;
            }
            std::string text = cell_value(c, book, source, next_row, next_column);
            if (!trim(text).empty()) cells.push_back({next_row, next_column, std::move(text)});
            ++next_column;
        }
        ++next_row;
    }
    struct merge {
        std::size_t top, left, bottom, right;
    };
    std::vector<merge> merges;
    for (const xmlNode* m = child_element(child_element(root, "mergeCells"), "mergeCell"); m; m = m->next) {
        if (!element_is(m, "mergeCell")) continue;
        const std::string ref = attribute(m, "ref").value_or("");
        const std::size_t colon = ref.find(':');
        const auto from = cell_reference(ref.substr(0, colon));
        const auto to = colon == std::string::npos ? from : cell_reference(ref.substr(colon + 1));
        if (!from || !to || to->first < from->first || to->second < from->second)
            throw read_error(source, 0, 0, ref, "a merged range that is not a range of cells");
        merges.push_back({from->first, from->second, to->first, to->second});
    }
    // The rows that hold text, and the rows a merged cell with text covers.
    std::map<std::pair<std::size_t, std::size_t>, std::string> text;
    std::set<std::size_t> rows;
    std::size_t width = 0;
    for (sheet_cell& c : cells) {
        rows.insert(c.row);
        width = std::max(width, c.column);
        text[{c.row, c.column}] = std::move(c.text);
    }
    for (const merge& m : merges)
        if (text.contains({m.top, m.left})) width = std::max(width, m.right);
    cell_grid grid;
    grid.source = std::string(source);
    if (rows.size() * width > limits.max_table_cells)
        throw read_error(source, 0, 0, "",
                         "a sheet of " + std::to_string(rows.size()) + " rows by " + std::to_string(width) +
                             " columns, more than the limit of " + std::to_string(limits.max_table_cells) + " cells");
    const std::vector<std::size_t> lines(rows.begin(), rows.end());
    const auto index_of = [&](std::size_t row) {
        return static_cast<std::size_t>(std::lower_bound(lines.begin(), lines.end(), row) - lines.begin());
    };
    span_grid places(lines.size());
    std::size_t covered = 0;  // overlapping ranges each cover their whole area: bounded as well
    for (const merge& m : merges) {
        const auto anchor = text.find({m.top, m.left});
        if (anchor == text.end()) continue;
        const std::size_t first = index_of(m.top), last = index_of(m.bottom + 1);
        covered += (last - first) * (m.right - m.left + 1);
        if (covered > 4 * limits.max_table_cells)
            throw read_error(source, m.top, m.left, "", "merged ranges covering more than 4 times the limit of " +
                                                            std::to_string(limits.max_table_cells) + " cells");
        places.place(first, m.left - 1, last - first, m.right - m.left + 1, grid_cell{anchor->second, m.top, m.left, false});
    }
    for (auto& [at, value] : text) {
        const std::size_t r = index_of(at.first);
        if (!places.taken(r, at.second - 1)) places.place(r, at.second - 1, 1, 1, grid_cell{value, at.first, at.second, false});
    }
    grid.rows = std::move(places).rows(lines);
    // Covered places carry their own row and column, not the merged cell's.
    for (grid_row& row : grid.rows)
        for (std::size_t k = 0; k < row.cells.size(); ++k) {
            row.cells[k].line = row.line;
            row.cells[k].column = k + 1;
        }
    return grid;
}

inline std::vector<cell_grid> read_xlsx_sheets(const office_package& package, const std::string& workbook) {
    const std::string& source = package.source();
    const xml_document doc = package.xml(workbook);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!element_is(root, "workbook")) throw read_error(source, 0, 0, workbook, "the workbook part is not a workbook");
    workbook_context book;
    const std::string date1904 = attribute(child_element(root, "workbookPr"), "date1904").value_or("");
    book.date1904 = date1904 == "1" || date1904 == "true";
    std::map<std::string, std::string> parts;
    for (const auto& r : package.relationships(workbook)) {
        parts[r.id] = r.part;
        if (r.type.ends_with("/sharedStrings") && package.has(r.part)) {
            const xml_document strings = package.xml(r.part);
            for (const xmlNode* si = xmlDocGetRootElement(strings.get())->children; si; si = si->next)
                if (element_is(si, "si")) book.shared_strings.push_back(run_text(si));
        }
        if (r.type.ends_with("/styles")) book.styles = read_styles(package, r.part);
    }
    std::vector<cell_grid> sheets;
    for (const xmlNode* sheet = child_element(child_element(root, "sheets"), "sheet"); sheet; sheet = sheet->next) {
        if (!element_is(sheet, "sheet")) continue;
        const auto part = parts.find(attribute(sheet, "id").value_or(""));
        if (part == parts.end() || !package.has(part->second)) continue;  // a chart sheet, or a sheet with no part
        const std::string name = source + "[" + attribute(sheet, "name").value_or("") + "]";
        cell_grid grid = read_sheet(package, part->second, book, name, package.limits());
        if (!grid.rows.empty()) sheets.push_back(std::move(grid));
    }
    return sheets;
}

}  // namespace detail

// Every sheet of a workbook as a grid, in the workbook's order; each grid's source is
// "SOURCE[SHEET]". read_error naming the file (and the part, line and column where there are
// any) for a package that is not a workbook or is corrupt.
[[nodiscard]] inline std::vector<cell_grid> read_xlsx_sheets(std::string_view bytes, std::string_view source = "<workbook>",
                                                             const office_limits& limits = {}) {
    const detail::office_package package(bytes, source, limits);
    const std::string workbook = package.main_part().value_or("xl/workbook.xml");
    if (!package.has(workbook)) throw read_error(source, 0, 0, workbook, "a zip archive without a workbook part: not an .xlsx");
    return detail::read_xlsx_sheets(package, workbook);
}

}  // namespace govtarget
