#pragma once
// How a table is read: its layout (or found from its header), the vocabularies of header and
// status words, and what a reader says it passed over. Shared by every table reader.

#include <govtarget/stated_status.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace govtarget {

// Documents larger than this are refused unless a caller asks for more: the largest real
// report or table is a few hundred kilobytes.
inline constexpr std::uintmax_t default_max_document_bytes = std::uintmax_t{256} << 20;

enum class table_layout {
    automatic,             // found from the header
    cell_per_line,         // 序号 / 项目名称 / … each on its own line
    cells_ended_by_bar,    // "序号 |" / "重点工作任务 |" / "|||"
    rows_split_by_bar,     // "| 1 | 任务 | 52% |"
    rows_split_by_tabs,    // a row a line, tab-separated, no quoting
    rows_split_by_spaces,  // "1 21 以首善标准推进… 成立…"
    csv,
    tsv,
};

inline constexpr std::string_view to_string(table_layout layout) noexcept {
    switch (layout) {
        case table_layout::automatic: return "automatic";
        case table_layout::cell_per_line: return "cell_per_line";
        case table_layout::cells_ended_by_bar: return "cells_ended_by_bar";
        case table_layout::rows_split_by_bar: return "rows_split_by_bar";
        case table_layout::rows_split_by_tabs: return "rows_split_by_tabs";
        case table_layout::rows_split_by_spaces: return "rows_split_by_spaces";
        case table_layout::csv: return "csv";
        case table_layout::tsv: return "tsv";
    }
    return "automatic";
}

// Something a reader passed over and says so: text between the header and the first row, a
// row cut off by the end of the text, a 序号 that skips.
struct table_warning {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string text;
    std::string reason;
    friend bool operator==(const table_warning&, const table_warning&) = default;
};

struct table_read_options {
    table_layout layout = table_layout::automatic;
    const table_vocabulary* columns = nullptr;             // none: table_words()
    const stated_status_vocabulary* statuses = nullptr;  // none: status_words()

    const table_vocabulary& column_words() const { return columns ? *columns : table_words(); }
    const stated_status_vocabulary& status_vocabulary() const { return statuses ? *statuses : status_words(); }
};

}  // namespace govtarget
