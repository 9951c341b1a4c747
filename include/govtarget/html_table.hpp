#pragma once
// Completion tables in web pages, read with libxml2's HTML parser (the govtarget::html part;
// link LibXml2). Every <table> of a page becomes a cell_grid: rowspan and colspan expanded,
// each covered cell carrying the merged cell's text and marked inherited, as the text reader
// marks a merged cell; <br>, <p> and <div> inside a cell part its lines (two units on two
// lines are two units); &nbsp; is a space; a table nested in a cell is a table of its own.
// The page's charset is the one it declares (GBK and GB2312 included); a page that declares
// none and is not UTF-8 is read as GB18030. No network access, whatever the page links.

#include <govtarget/cell_grid.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/detail/file.hpp>
#include <govtarget/detail/join.hpp>
#include <govtarget/detail/span_grid.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/detail/xml_text.hpp>
#include <govtarget/error.hpp>
#include <govtarget/table_options.hpp>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// A web page's tables, in document order (a nested table after the one it is nested in).
struct html_page {
    std::string title;  // <title>
    std::vector<cell_grid> tables;
    std::vector<table_warning> warnings;  // spans clipped at the table's end
};

// Pages larger than this are refused before parsing: a completion table's page is a few
// hundred kilobytes, and a parsed page takes several times its size in memory.
inline constexpr std::uintmax_t default_max_html_bytes = std::uintmax_t{32} << 20;
// A rowspan or colspan past these is no table's (HTML caps rowspan at 65534, colspan at 1000).
inline constexpr long max_html_rowspan = 65534;
inline constexpr long max_html_colspan = 1000;

namespace detail {

// A cell's rowspan or colspan: 1 when absent; 1 with a warning when not a whole number (as
// browsers read it, but said); read_error when too long to be any table's.
inline long html_span(const xmlNode* cell, const char* name, std::string_view source, std::size_t line,
                      std::vector<table_warning>& warnings) {
    const std::optional<std::string> value = attribute(cell, name);
    if (!value) return 1;
    const std::string_view text = trim(*value);
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        warnings.push_back({line, 0, std::string(name) + "=" + *value, "a span that is not a whole number, read as 1"});
        return 1;
    }
    if (text.size() > 9) throw read_error(source, line, 0, std::string(name) + "=" + *value, "a span past any table's size");
    return std::stol(std::string(text));
}

// Charset names and tags compare without case.
inline std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

inline bool html_is_block(const xmlNode* node) {
    for (const char* name : {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                             "article", "header", "footer", "blockquote", "pre", "dd", "dt", "title"})
        if (element_is(node, name)) return true;
    return false;
}

// Walks a subtree in document order, writing its text to `out` (no script, no style);
// `enter(element)` is called at each element first and says whether to go into it. Iterative,
// so that a deep page does not exhaust the stack.
template <class Enter>
void walk_text(const xmlNode* root, text_lines& out, Enter enter) {
    std::vector<std::pair<const xmlNode*, bool>> stack{{root, false}};  // (node, leaving)
    while (!stack.empty()) {
        const auto [node, leaving] = stack.back();
        stack.pop_back();
        if (leaving) {
            out.line_break();
            continue;
        }
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) out.text(reinterpret_cast<const char*>(node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || element_is(node, "script") || element_is(node, "style")) continue;
        if (element_is(node, "br")) {
            out.line_break();
            continue;
        }
        if (!enter(node)) continue;
        if (html_is_block(node)) {
            out.line_break();
            stack.push_back({node, true});
        }
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = node->children; child; child = child->next) children.push_back(child);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
    }
}

// The text of a node's subtree, not descending into nested tables.
inline void collect_text(const xmlNode* root, text_lines& out) {
    walk_text(root, out, [root](const xmlNode* node) { return node == root || !element_is(node, "table"); });
}

inline std::string cell_text(const xmlNode* cell) {
    text_lines text;
    collect_text(cell, text);
    return joined(text.lines(), "\n");
}

// The <tr> of a table, not those of the tables nested in it.
inline std::vector<const xmlNode*> rows_of(const xmlNode* table) {
    std::vector<const xmlNode*> rows;
    for (const xmlNode* child = table->children; child; child = child->next) {
        if (element_is(child, "tr")) rows.push_back(child);
        else if (element_is(child, "thead") || element_is(child, "tbody") || element_is(child, "tfoot"))
            for (const xmlNode* row = child->children; row; row = row->next)
                if (element_is(row, "tr")) rows.push_back(row);
    }
    return rows;
}

// One <table> as a grid, merged cells expanded.
inline cell_grid grid_of(const xmlNode* table, std::string_view source, std::vector<table_warning>& warnings) {
    const std::vector<const xmlNode*> rows = rows_of(table);
    span_grid places(rows.size());
    std::vector<std::size_t> lines;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(rows[r])));
        lines.push_back(line);
        std::size_t column = 0;
        for (const xmlNode* cell = rows[r]->children; cell; cell = cell->next) {
            if (!element_is(cell, "td") && !element_is(cell, "th")) continue;
            const auto cell_line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(cell)));
            const long rowspan = html_span(cell, "rowspan", source, cell_line, warnings);
            const long colspan = html_span(cell, "colspan", source, cell_line, warnings);
            if (rowspan > max_html_rowspan || colspan > max_html_colspan || colspan == 0)
                throw read_error(source, cell_line, 0, "rowspan=" + std::to_string(rowspan) + " colspan=" + std::to_string(colspan),
                                 colspan == 0 ? "a colspan of 0" : "a rowspan over 65534 or a colspan over 1000");
            column = places.free_column(r, column);
            const std::size_t down = rowspan == 0 ? rows.size() - r : static_cast<std::size_t>(rowspan);
            if (r + down > rows.size())
                warnings.push_back({cell_line, 0, std::to_string(rowspan),
                                    "a rowspan past the end of its table, cut at the table's last row"});
            places.place(r, column, down, static_cast<std::size_t>(colspan),
                         grid_cell{cell_text(cell), cell_line ? cell_line : line, 0, false});
            column += static_cast<std::size_t>(colspan);
        }
    }
    cell_grid grid;
    grid.source = std::string(source);
    grid.rows = std::move(places).rows(lines);
    return grid;
}

// A page without a declared charset that is not UTF-8 is, from a Chinese government, GBK.
inline const char* html_fallback_encoding(std::string_view bytes) {
    if (!first_invalid_utf8(bytes)) return nullptr;
    const std::string head = ascii_lowercase(bytes.substr(0, 4096));
    return head.find("charset") == std::string::npos && head.find("encoding=") == std::string::npos ? "GB18030" : nullptr;
}

inline bool names_utf8(const xmlChar* encoding) {
    if (!encoding) return false;
    std::string name = ascii_lowercase(reinterpret_cast<const char*>(encoding));
    std::erase(name, '-');
    return name == "utf8";
}

// A page that declares UTF-8 and is not: libxml2 would go on in Latin-1 from the first bad
// byte and turn the rest of the page into mojibake, so it is refused where the bad byte is.
inline void check_declared_utf8(const xmlDoc& doc, std::string_view bytes, std::string_view source) {
    if (!names_utf8(doc.encoding)) return;
    const auto bad = first_invalid_utf8(bytes);
    if (!bad) return;
    const text_position at = position_of(bytes, *bad);
    throw read_error(source, at.line, at.column, "",
                     reads_as_gb18030(bytes) ? "the page declares UTF-8 but reads as GB18030 (GBK) from here: is its charset wrong?"
                                             : "the page declares UTF-8 but is not UTF-8 from here");
}

// Whatever libxml2 could not decode from the page's charset is refused, not passed on.
inline void check_decoded(const html_page& page, std::string_view source) {
    const auto refuse = [&](std::size_t line) {
        throw read_error(source, line, 0, "", "text that is not UTF-8 after decoding the page from its charset");
    };
    if (first_invalid_utf8(page.title)) refuse(1);
    for (const cell_grid& grid : page.tables) {
        for (const std::string& line : grid.text_before)
            if (first_invalid_utf8(line)) refuse(grid.rows.empty() ? 0 : grid.rows.front().line);
        for (const grid_row& row : grid.rows)
            for (const grid_cell& cell : row.cells)
                if (first_invalid_utf8(cell.text)) refuse(cell.line);
    }
}

}  // namespace detail

// Whether the bytes are a web page: an <html>, <!DOCTYPE html> or <table> tag near the start.
[[nodiscard]] inline bool looks_like_html(std::string_view bytes) {
    const std::string head = detail::ascii_lowercase(bytes.substr(0, 2048));
    return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
           head.find("<table") != std::string::npos || head.find("<body") != std::string::npos;
}

// Every table of a page, each with the page's text before it (title, 发布时间) as its
// text_before. read_error for a page over max_bytes or one libxml2 cannot parse at all.
[[nodiscard]] inline html_page read_html_tables(std::string_view bytes, std::string_view source = "<page>",
                                                std::uintmax_t max_bytes = default_max_html_bytes) {
    if (bytes.size() > max_bytes)
        throw read_error(source, 0, 0, "", "the page is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                                               std::to_string(max_bytes));
    const detail::libxml2_quiet quiet;
    const int options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE | HTML_PARSE_NOIMPLIED;
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, detail::html_fallback_encoding(bytes), options),
        xmlFreeDoc);
    const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) throw read_error(source, 1, 1, "", "not a web page libxml2 can read");
    detail::check_declared_utf8(*doc, bytes, source);
    html_page page;
    // One pass in document order: the page's lines, and where each table begins among them.
    detail::text_lines text;
    detail::walk_text(root, text, [&](const xmlNode* node) {
        if (detail::element_is(node, "title") && page.title.empty()) page.title = detail::cell_text(node);
        if (detail::element_is(node, "table")) {
            cell_grid grid = detail::grid_of(node, source, page.warnings);
            std::vector<std::string> before = text.last_lines(60);
            if (!page.title.empty()) before.insert(before.begin(), page.title);
            grid.text_before = std::move(before);
            page.tables.push_back(std::move(grid));
        }
        return true;
    });
    detail::check_decoded(page, source);
    return page;
}

// The task table of a page, chosen as read_task_table chooses it; the page's own warnings
// (a rowspan past the end) first.
[[nodiscard]] inline completion_table read_completion_table_html(std::string_view bytes, std::string_view source = "<page>",
                                                                 const table_read_options& options = {},
                                                                 std::uintmax_t max_bytes = default_max_html_bytes) {
    html_page page = read_html_tables(bytes, source, max_bytes);
    completion_table table = read_task_table(page.tables, source, options, "no <table> in the page");
    table.warnings.insert(table.warnings.begin(), page.warnings.begin(), page.warnings.end());
    return table;
}

[[nodiscard]] inline completion_table read_completion_table_html_file(const std::filesystem::path& path,
                                                                      const table_read_options& options = {},
                                                                      std::uintmax_t max_bytes = default_max_html_bytes) {
    return read_completion_table_html(detail::read_whole_file(path, max_bytes), path.string(), options, max_bytes);
}

}  // namespace govtarget
