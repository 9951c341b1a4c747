#pragma once
// Reads a published completion table (主要任务完成情况) of any government: the columns are
// found by their header words (table_vocabulary.hpp), in any order, whatever the layout
// (table_text.hpp for text; the HTML and office readers give the same cell_grid). Rows as
// governments write them:
//  - section rows (一、… / (一)… / a row spanning the table) become the category path of the
//    rows under them, and 序号 may restart under each;
//  - a 牵头单位 cell may list several units; 配合 units stay apart from 牵头 ones; a merged
//    category or unit cell (empty, or covered) is the one above;
//  - a completion cell is a percent ("53.6%", "100", "80%(…)"), "/" or empty (not reported,
//    never 0), a status word (已完成, 序时推进, 滞后), or prose, whose figures are read as
//    actuals (全年地区生产总值2291.5亿元,增长5.8%).
// Every row is accounted for: a malformed table is a read_error with the line and the text; a
// row cut off by the end of the text is kept apart as incomplete, with a warning. Targets in
// the task text are a separate step (table_targets.hpp).

#include <govtarget/cell_grid.hpp>
#include <govtarget/detail/config.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/error.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/table_options.hpp>
#include <govtarget/table_vocabulary.hpp>
#include <govtarget/target.hpp>
#include <govtarget/text_quantity.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// A column of no role, kept with its header: 市折子号, 分值.
struct table_extra {
    std::string header;
    std::string text;
    friend bool operator==(const table_extra&, const table_extra&) = default;
};

struct table_row {
    std::size_t line = 0;                  // where the row starts, 1-based
    std::string number;                    // 序号 as written: "12", "012", "一"
    std::string id;                        // unique in the table: "12", or "2.3" where 序号 restarts
    std::vector<std::string> sections;     // the section rows above it, outermost first
    std::string category;                  // sections and 项目名称 joined by " / "
    std::string task;
    std::vector<std::string> lead_units;   // in the order the cell lists them
    std::vector<std::string> co_units;     // 配合单位
    std::vector<std::string> leaders;      // 牵头领导
    std::optional<share> completion;       // none: not reported, a status in words, or prose
    std::string completion_text;           // the completion cell as written
    std::optional<stated_status> stated;   // what the cell states in words: 已完成, "/"
    std::vector<text_quantity> actuals;    // the figures of a prose completion; spans into completion_text
    std::string deadline;                  // 完成时限
    std::string note;                      // 备注
    std::vector<table_extra> extra;        // columns of no role, in the table's order
    bool category_inherited = false;       // the merged cell above gave it
    bool lead_units_inherited = false;
    friend bool operator==(const table_row&, const table_row&) = default;
};

// The status a row's completion states, as the rows' writers name it: completed, on_pace,
// behind, not_reported; none where the cell states none in words (a percent, prose).
inline std::optional<std::string_view> reported_status(const table_row& row) {
    if (row.stated) switch (*row.stated) {
            case stated_status::completed: return "completed";
            case stated_status::on_schedule: return "on_pace";
            case stated_status::behind:
            case stated_status::not_started: return "behind";
            case stated_status::not_applicable: return "not_reported";
        }
    if (detail::trim(row.completion_text).empty()) return "not_reported";
    return std::nullopt;
}

struct completion_table {
    std::string source;
    std::string title;
    std::optional<period> reporting_period;         // from the title: 2024年第二季度
    std::optional<date::year_month_day> published;  // from the page: 发布时间 2024-07-23
    std::vector<std::string> header;                // the header cells as written
    std::vector<std::optional<column_role>> roles;  // the role of each
    std::vector<table_row> rows;
    std::vector<table_row> incomplete;  // rows the text ends inside of: not counted
    std::vector<table_warning> warnings;

    bool has(column_role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }
    // A column's header as written, or "第N列" for an empty one: how rows key their extra cells.
    [[nodiscard]] std::string column_name(std::size_t column) const {
        return header.at(column).empty() ? "第" + std::to_string(column + 1) + "列" : header[column];
    }

    // The period the targets run over: the year of the reporting period.
    GOVTARGET_DECL std::optional<period> target_period() const;
    // The end of the reporting period (2024-06-30 for 第二季度); domain_error if the title names none.
    GOVTARGET_DECL date::year_month_day default_as_of() const;
    // Each row as a target (qualitative, weight 1) with its progress as of a date.
    GOVTARGET_DECL std::vector<tracked_task> tasks(date::year_month_day as_of) const;
};

// The table in a grid of cells (the text, HTML and office readers all give one).
[[nodiscard]] GOVTARGET_DECL completion_table read_completion_table(const cell_grid& grid,
                                                                           const table_read_options& options = {});

// The task table among a document's tables (a web page's, a workbook's sheets, a Word
// file's): the first whose header the vocabulary reads, joined by the tables after it that
// continue it (its header repeated, or no header, its width and right after it). The other
// tables with rows are said in warnings, not mixed in. When none is a task table, the
// read_error of the one that came closest (a near-miss header before a table with no header
// words at all); `none` names what the document lacks when it has no table with rows.
[[nodiscard]] GOVTARGET_DECL completion_table read_task_table(const std::vector<cell_grid>& tables, std::string_view source,
                                                                     const table_read_options& options = {},
                                                                     std::string_view none = "no table in the document");

// Reads the table in a text, in any layout table_text.hpp reads.
[[nodiscard]] GOVTARGET_DECL completion_table read_completion_table(std::string_view text,
                                                                           std::string_view source = "<input>",
                                                                           const table_read_options& options = {});

// The layout a file's name says: csv for .csv, tsv for .tsv (in any case), else automatic.
[[nodiscard]] GOVTARGET_DECL table_layout layout_of_path(const std::filesystem::path& path);

// Reads a file: .csv and .tsv by their ending, any other by its content. A file larger than
// max_bytes is refused before it fills memory.
[[nodiscard]] GOVTARGET_DECL completion_table read_completion_table_file(
    const std::filesystem::path& path, table_read_options options = {}, std::uintmax_t max_bytes = default_max_document_bytes);

}  // namespace govtarget

#ifndef GOVTARGET_SEPARATE_COMPILATION
#include <govtarget/impl/completion_table.hpp>
#endif
