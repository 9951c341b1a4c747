#pragma once
// Completion tables in Word and WPS documents (.docx), the govtarget::office part (liborcus,
// libxml2). Every table of the document becomes a cell_grid: gridSpan and vMerge expanded
// as the other readers expand merged cells, a covered cell carrying the merged cell's text,
// marked inherited. A cell's paragraphs and line breaks part its lines (two units on two
// lines are two units); deleted text of tracked changes is not read. A table nested in a
// cell is a table of its own, after the one it is nested in. A row's line is its place in
// its table, a cell's column its place in the table's grid.

#include <govtarget/cell_grid.hpp>
#include <govtarget/detail/join.hpp>
#include <govtarget/detail/office_package.hpp>
#include <govtarget/detail/span_grid.hpp>
#include <govtarget/detail/xml_text.hpp>
#include <govtarget/error.hpp>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

// A gridSpan past this is no table's (Word's own tables stop at 63 columns).
inline constexpr std::size_t max_docx_columns = 1000;

namespace detail {

// The elements named `name` among a node's children, looking through the wrappers Word puts
// around rows and cells (content controls, custom XML, smart tags).
inline std::vector<const xmlNode*> docx_children(const xmlNode* node, const char* name) {
    std::vector<const xmlNode*> out;
    std::vector<const xmlNode*> stack;
    for (const xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
    std::reverse(stack.begin(), stack.end());
    while (!stack.empty()) {
        const xmlNode* at = stack.back();
        stack.pop_back();
        if (element_is(at, name)) {
            out.push_back(at);
        } else if (element_is(at, "sdt") || element_is(at, "sdtContent") || element_is(at, "customXml") ||
                   element_is(at, "smartTag")) {
            std::vector<const xmlNode*> children;
            for (const xmlNode* child = at->children; child; child = child->next) children.push_back(child);
            stack.insert(stack.end(), children.rbegin(), children.rend());
        }
    }
    return out;
}

// Writes the text under `root` to `out`: <w:t> runs, a space for a tab, a line ended at each
// paragraph and break. Tables under it are handed to `table` instead, in document order.
template <class Table>
void docx_text(const xmlNode* root, text_lines& out, Table table) {
    std::vector<std::pair<const xmlNode*, bool>> stack{{root, false}};  // (node, leaving)
    while (!stack.empty()) {
        const auto [node, leaving] = stack.back();
        stack.pop_back();
        if (leaving) {
            out.line_break();
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) continue;
        if (node != root && element_is(node, "tbl")) {
            out.line_break();
            table(node);
            continue;
        }
        if (element_is(node, "t")) {
            std::unique_ptr<xmlChar, void (*)(void*)> text(xmlNodeGetContent(node), xmlFree);
            if (text) out.text(reinterpret_cast<const char*>(text.get()));
            continue;
        }
        if (element_is(node, "tab")) out.text(" ");
        if (element_is(node, "br") || element_is(node, "cr")) out.line_break();
        // Not text: deleted runs, field codes, properties, drawings' alternate content.
        if (element_is(node, "del") || element_is(node, "instrText") || element_is(node, "rPr") || element_is(node, "pPr") ||
            element_is(node, "tcPr") || element_is(node, "trPr") || element_is(node, "tblPr") || element_is(node, "Fallback"))
            continue;
        if (element_is(node, "p")) stack.push_back({node, true});
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = node->children; child; child = child->next) children.push_back(child);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
    }
}

// A whole-number attribute (w:val) of a property element; `otherwise` when absent.
inline std::size_t docx_number(const xmlNode* property, std::size_t otherwise) {
    const std::optional<std::string> value = property ? attribute(property, "val") : std::nullopt;
    if (!value || value->empty() || value->size() > 6 ||
        !std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; }))
        return otherwise;
    return std::stoul(*value);
}

class docx_reader {
public:
    docx_reader(std::string source, const office_limits& limits) : source_(std::move(source)), limits_(limits) {}

    // The document's tables, in document order, each with the paragraphs before it.
    std::vector<cell_grid> read(const xmlNode* body) && {
        docx_text(body, page_, [&](const xmlNode* table) { add_table(table); });
        return std::move(tables_);
    }

private:
    void add_table(const xmlNode* table) {
        const std::size_t index = tables_.size();
        tables_.emplace_back();
        std::vector<std::string> before = page_.last_lines(60);
        std::vector<const xmlNode*> nested;
        cell_grid grid = grid_of(table, index + 1, nested);
        grid.text_before = std::move(before);
        tables_[index] = std::move(grid);
        for (const xmlNode* inner : nested) add_table(inner);
    }

    cell_grid grid_of(const xmlNode* table, std::size_t number, std::vector<const xmlNode*>& nested) {
        const std::string source = source_ + "[table " + std::to_string(number) + "]";
        const std::vector<const xmlNode*> rows = docx_children(table, "tr");
        span_grid places(rows.size());
        std::vector<std::size_t> lines;
        std::size_t width = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            lines.push_back(r + 1);
            std::size_t column = docx_number(child_element(child_element(rows[r], "trPr"), "gridBefore"), 0);
            for (const xmlNode* cell : docx_children(rows[r], "tc")) {
                const xmlNode* properties = child_element(cell, "tcPr");
                const std::size_t span = std::max<std::size_t>(1, docx_number(child_element(properties, "gridSpan"), 1));
                if (column + span > max_docx_columns)
                    throw read_error(source, r + 1, column + 1, "", "a row wider than " + std::to_string(max_docx_columns) + " columns");
                width = std::max(width, column + span);
                if (rows.size() * width > limits_.max_table_cells)
                    throw read_error(source, r + 1, 0, "", "a table of more than the limit of " +
                                                               std::to_string(limits_.max_table_cells) + " cells");
                const xmlNode* vmerge = child_element(properties, "vMerge");
                const xmlNode* hmerge = child_element(properties, "hMerge");
                grid_cell placed{"", r + 1, column + 1, false};
                if (vmerge && attribute(vmerge, "val").value_or("continue") == "continue" && r > 0 && places.at(r - 1, column)) {
                    placed.text = places.at(r - 1, column)->text;
                    placed.inherited = true;
                } else if (hmerge && attribute(hmerge, "val").value_or("continue") == "continue" && column > 0 &&
                           places.at(r, column - 1)) {
                    placed.text = places.at(r, column - 1)->text;
                    placed.inherited = true;
                } else {
                    text_lines text;
                    docx_text(cell, text, [&](const xmlNode* inner) { nested.push_back(inner); });
                    placed.text = joined(text.lines(), "\n");
                }
                places.place(r, column, 1, span, placed);
                column += span;
            }
        }
        cell_grid grid;
        grid.source = source;
        grid.rows = std::move(places).rows(lines);
        for (grid_row& row : grid.rows)
            for (std::size_t k = 0; k < row.cells.size(); ++k) row.cells[k].column = k + 1;
        return grid;
    }

    std::string source_;
    const office_limits& limits_;
    text_lines page_;
    std::vector<cell_grid> tables_;
};

inline std::vector<cell_grid> read_docx_tables(const office_package& package, const std::string& main_part) {
    const xml_document doc = package.xml(main_part);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    const xmlNode* body = child_element(root, "body");
    if (!element_is(root, "document") || !body)
        throw read_error(package.source(), 0, 0, main_part, "the document part is not a Word document");
    return docx_reader(package.source(), package.limits()).read(body);
}

}  // namespace detail

// Every table of a Word document as a grid, in document order; each grid's source is
// "SOURCE[table N]". read_error naming the file (and the part, line and column where there
// are any) for a package that is not a Word document or is corrupt.
[[nodiscard]] inline std::vector<cell_grid> read_docx_tables(std::string_view bytes, std::string_view source = "<document>",
                                                             const office_limits& limits = {}) {
    const detail::office_package package(bytes, source, limits);
    const std::string main = package.main_part().value_or("word/document.xml");
    if (!package.has(main)) throw read_error(source, 0, 0, main, "a zip archive without a document part: not a .docx");
    return detail::read_docx_tables(package, main);
}

}  // namespace govtarget
