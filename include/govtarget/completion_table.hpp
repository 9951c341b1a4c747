#pragma once
// Reads a published completion table (主要任务完成情况): 序号, 项目名称 (category), 主要工作内容
// (task), 牵头单位 (lead units) and 完成进度 (completion). Two layouts:
//  - text with one cell per line, as web pages flatten a table (merged cells simply absent);
//  - CSV or TSV with a header row (an empty category or lead unit means "same as above").
// A 牵头单位 cell may list several units ("区发改局、区财政局"); a 完成进度 cell is a percent,
// "/", or a status in words ("已完成": no number is made of it).
// Every row is accounted for: a malformed table is a read_error with the line and the text.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/file.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/target.hpp>
#include <govtarget/target_extractor.hpp>

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

struct table_row {
    std::size_t line = 0;  // where the row's 序号 stands, 1-based
    std::string number;    // 序号 as written
    std::string category;
    std::string task;
    std::vector<std::string> lead_units;  // in the order the cell lists them
    std::optional<share> completion;      // none: "/" (not reported) or a status in words
    std::string completion_text;          // the 完成进度 cell as written
    std::optional<stated_status> stated;  // what the cell states in words: 已完成, "/"
    bool category_inherited = false;      // the merged cell above gave it
    bool lead_units_inherited = false;
    std::vector<extracted_target> targets;  // the quantified targets in the task text
    friend bool operator==(const table_row&, const table_row&) = default;
};

struct completion_table {
    std::string source;
    std::string title;
    std::optional<period> reporting_period;         // from the title: 2024年第二季度
    std::optional<date::year_month_day> published;  // from the header: 发布时间 2024-07-23
    std::vector<table_row> rows;

    // The period the targets run over: the year of the reporting period.
    std::optional<period> target_period() const {
        if (!reporting_period) return std::nullopt;
        return period::year(reporting_period->year());
    }
    // The end of the reporting period (2024-06-30 for 第二季度); domain_error if the title names none.
    date::year_month_day default_as_of() const {
        if (!reporting_period)
            throw domain_error(source + ": the title names no reporting period; give the as-of date");
        return reporting_period->last_day();
    }
    // Each row as a target (qualitative, weight 1) with its progress as of a date.
    std::vector<tracked_task> tasks(date::year_month_day as_of) const {
        std::vector<tracked_task> result;
        result.reserve(rows.size());
        for (const auto& row : rows) {
            tracked_task t;
            t.target.id = row.number;
            t.target.task = row.task;
            t.target.category = row.category;
            t.target.lead_units = row.lead_units;
            t.target.period = target_period();
            add_extracted(t.target.quantities, row.targets);
            t.progress.task_id = row.number;
            t.progress.as_of = as_of;
            t.progress.completion = row.completion;
            t.progress.completion_text = row.completion_text;
            t.progress.stated = row.stated;
            result.push_back(std::move(t));
        }
        return result;
    }
};

namespace detail {

// Organisation names end in these; used to tell a lead unit from a category in a row whose
// merged cells leave two of the three. To add one: one entry.
inline constexpr auto organisation_suffixes = std::to_array<std::string_view>({
    "局", "分局", "办", "办公室", "委", "委员会", "管委会", "中心", "政府", "街道", "集团", "公司", "院",
    "部", "大队", "支队", "队", "所", "处", "署", "站", "馆", "会", "联", "小组", "指挥部", "总部"});

// What separates the units a 牵头单位 cell lists: a unit name never holds one. Not 和 or 以及,
// which names do hold (区发展和改革局).
inline constexpr std::string_view unit_separators[] = {"、", "，", ",", "；", ";", " ", "\t", "\r", "\n",
                                                       "\xE3\x80\x80", "\xC2\xA0"};

// "区发改局、区财政局" → {区发改局, 区财政局}; runs of separators count as one.
inline std::vector<std::string> split_units(std::string_view cell) {
    std::vector<std::string> units;
    std::size_t start = 0, i = 0;
    while (i < cell.size()) {
        std::size_t separator = 0;
        for (std::string_view s : unit_separators)
            if (cell.substr(i).starts_with(s)) {
                separator = s.size();
                break;
            }
        if (separator == 0) {
            ++i;
            continue;
        }
        if (i > start) units.emplace_back(cell.substr(start, i - start));
        i += separator;
        start = i;
    }
    if (start < cell.size()) units.emplace_back(cell.substr(start));
    return units;
}

// A 牵头单位 cell as its list of units; read_error for a cell of separators only.
inline std::vector<std::string> lead_units_of(std::string_view cell, std::string_view source, std::size_t line,
                                              std::size_t column) {
    std::vector<std::string> units = split_units(cell);
    if (units.empty() && !cell.empty())
        throw read_error(source, line, column, cell, "a 牵头单位 (lead unit) cell with no unit name in it");
    return units;
}

inline bool looks_like_organisation(std::string_view cell, const std::set<std::string, std::less<>>& seen) {
    if (seen.contains(cell)) return true;
    for (std::string_view stop : {"。", "%", "％"})
        if (cell.find(stop) != std::string_view::npos) return false;
    // Prose is full of ，and ；: units parted by them must all be known ones.
    bool prose_separators = false;
    for (std::string_view mark : {"，", ",", "；", ";"})
        if (cell.find(mark) != std::string_view::npos) prose_separators = true;
    const std::vector<std::string> units = split_units(cell);
    return !units.empty() && std::all_of(units.begin(), units.end(), [&](const std::string& unit) {
        if (seen.contains(unit)) return true;
        if (prose_separators || character_count(unit) > 24) return false;
        return std::any_of(organisation_suffixes.begin(), organisation_suffixes.end(),
                           [&](std::string_view suffix) { return std::string_view(unit).ends_with(suffix); });
    });
}

// A 完成进度 cell: "/", a status in words (已完成), or a short ASCII text ending in a percent
// sign. A malformed one ("abc%") is still taken as the cell, so that parse_completion says
// what is wrong with it.
inline bool is_completion_cell(std::string_view cell) {
    if (cell == "/" || cell == "／") return true;
    std::string_view number = cell;
    if (number.ends_with("%")) number.remove_suffix(1);
    else if (number.ends_with("％")) number.remove_suffix(3);
    else return read_stated_status(cell).has_value();
    return !number.empty() && number.size() <= 12 &&
           std::all_of(number.begin(), number.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

inline bool is_row_number(std::string_view cell) {
    return !cell.empty() && cell.size() <= 6 && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The header names each column goes by.
inline int column_of_header(std::string_view cell) {
    static constexpr std::array<std::array<std::string_view, 4>, 5> names{{
        {"序号", "编号", "序", "No."},
        {"项目名称", "类别", "分类", "项目"},
        {"主要工作内容", "工作内容", "目标任务", "主要任务"},
        {"牵头单位", "责任单位", "牵头部门", "责任部门"},
        {"完成进度", "完成情况", "进度", "完成率"},
    }};
    for (std::size_t column = 0; column < names.size(); ++column)
        for (std::string_view name : names[column])
            if (cell == name) return static_cast<int>(column);
    return -1;
}

// 2024年第二季度 / 2024年上半年 / 2024年1-6月 in a title.
inline std::optional<period> period_in_title(std::string_view title) {
    for (std::size_t i = 0; i + 4 < title.size(); ++i) {
        if (!(title[i] >= '0' && title[i] <= '9')) continue;
        if (i > 0 && title[i - 1] >= '0' && title[i - 1] <= '9') continue;
        // Try the longest prefix that reads as a period.
        for (std::size_t length = std::min<std::size_t>(title.size() - i, 40); length >= 4; --length) {
            if (detail::is_continuation(title[i + length - 1]) && i + length < title.size() &&
                detail::is_continuation(title[i + length]))
                continue;
            if (auto p = period::try_parse(title.substr(i, length)); p && p->kind() != period_kind::year) return *p;
        }
    }
    return std::nullopt;
}

inline std::optional<date::year_month_day> publication_date(std::string_view header) {
    for (std::string_view label : {"发布时间", "发布日期", "时间"}) {
        const auto at = header.find(label);
        if (at == std::string_view::npos) continue;
        std::size_t i = at + label.size();
        while (i < header.size() && (header[i] == ':' || header[i] == ' ' || header.substr(i).starts_with("："))) i += header.substr(i).starts_with("：") ? 3 : 1;
        const std::string_view rest = header.substr(i);
        for (std::size_t length : {std::size_t{10}, std::size_t{9}, std::size_t{8}}) {
            if (rest.size() < length) continue;
            try {
                return parse_date(rest.substr(0, length));
            } catch (const parse_error&) {
            }
        }
    }
    return std::nullopt;
}

struct cell {
    std::string text;
    std::size_t line;
};

inline void set_completion(table_row& row, completion_cell cell) {
    row.completion = cell.completion;
    row.completion_text = std::move(cell.text);
    row.stated = cell.stated;
}

// Fills rows from cells that follow the header; shared by both layouts.
class row_builder {
public:
    explicit row_builder(std::string_view source) : source_(source) {}

    void add(table_row row, std::size_t line) {
        if (row.number.empty() || !is_row_number(row.number))
            throw read_error(source_, line, 1, row.number, "expected a 序号 (row number)");
        const unsigned long number = std::stoul(row.number);
        if (number != expected_)
            throw read_error(source_, line, 1, row.number,
                             expected_ == 1 ? "the first row's 序号 should be 1"
                                            : "序号 " + row.number + " follows " + std::to_string(expected_ - 1) +
                                                  " (expected " + std::to_string(expected_) + ")");
        row.number = std::to_string(number);  // "06" (OCR, spreadsheets) is row 6
        ++expected_;
        if (row.category.empty()) {
            if (rows_.empty()) throw read_error(source_, line, 1, row.task, "the first row has no 项目名称 (category)");
            row.category = rows_.back().category;
            row.category_inherited = true;
        }
        if (row.lead_units.empty()) {
            if (rows_.empty()) throw read_error(source_, line, 1, row.task, "the first row has no 牵头单位 (lead unit)");
            row.lead_units = rows_.back().lead_units;
            row.lead_units_inherited = true;
        }
        if (row.task.empty()) throw read_error(source_, line, 1, row.number, "row " + row.number + " has no task text");
        seen_units_.insert(row.lead_units.begin(), row.lead_units.end());
        row.line = line;
        row.targets = extract_targets(row.task);
        rows_.push_back(std::move(row));
    }

    const std::set<std::string, std::less<>>& seen_units() const noexcept { return seen_units_; }
    std::vector<table_row> take() { return std::move(rows_); }

private:
    std::string source_;
    unsigned long expected_ = 1;
    std::vector<table_row> rows_;
    std::set<std::string, std::less<>> seen_units_;
};

inline void check_text(std::string_view text, std::string_view source) {
    const auto locate = [&](std::size_t offset, std::string_view reason) {
        const text_position at = position_of(text, offset);
        throw read_error(source, at.line, at.column, "", reason);
    };
    if (auto bad = first_invalid_utf8(text)) locate(*bad, "invalid UTF-8");
    if (auto nul = text.find('\0'); nul != std::string_view::npos) locate(nul, "NUL byte");
    if (trim(text).empty()) throw read_error(source, 1, 1, "", "empty input: no table");
}

inline completion_table read_cells(std::string_view text, std::string_view source) {
    check_text(text, source);
    // Lines, trimmed, with their numbers.
    std::vector<cell> lines;
    for (std::size_t start = 0, number = 1; start <= text.size(); ++number) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back({std::string(trim(text.substr(start, end - start))), number});
        start = end + 1;
    }
    // The header: 序号 followed by the other four column names.
    std::size_t header_at = lines.size();
    bool blank_separated = false;
    std::size_t after_header = 0;
    for (std::size_t i = 0; i < lines.size() && header_at == lines.size(); ++i) {
        if (column_of_header(lines[i].text) != 0) continue;
        std::size_t j = i + 1, found = 1;
        bool blanks = false;
        for (; j < lines.size() && found < 5; ++j) {
            if (lines[j].text.empty()) {
                blanks = true;
                continue;
            }
            if (column_of_header(lines[j].text) != static_cast<int>(found)) break;
            ++found;
        }
        if (found == 5) {
            header_at = i;
            blank_separated = blanks;
            after_header = j;
        }
    }
    if (header_at == lines.size())
        throw read_error(source, 1, 1, lines.front().text,
                         "no table header (序号, 项目名称, 主要工作内容, 牵头单位, 完成进度)");

    completion_table table;
    table.source = std::string(source);
    for (std::size_t i = 0; i < header_at; ++i) {
        if (lines[i].text.empty()) continue;
        if (table.title.empty()) table.title = lines[i].text;
        if (!table.published) table.published = publication_date(lines[i].text);
    }
    table.reporting_period = period_in_title(table.title);

    // Cells: with blank-separated cells, consecutive lines are one cell broken across lines.
    std::vector<cell> cells;
    for (std::size_t i = after_header; i < lines.size(); ++i) {
        if (lines[i].text.empty()) continue;
        if (blank_separated && i > after_header && !lines[i - 1].text.empty() && !cells.empty())
            cells.back().text += lines[i].text;
        else cells.push_back(lines[i]);
    }

    row_builder builder(source);
    for (std::size_t i = 0; i < cells.size();) {
        const cell& number = cells[i];
        if (!is_row_number(number.text))
            throw read_error(source, number.line, 1, number.text, "expected a 序号 (row number) to start a row");
        std::size_t j = i + 1;
        while (j < cells.size() && !is_completion_cell(cells[j].text)) {
            if (j - i > 3)
                throw read_error(source, number.line, 1, number.text,
                                 "row " + number.text + " has more than three cells before its 完成进度 (line " +
                                     std::to_string(cells[j].line) + ")");
            ++j;
        }
        if (j == cells.size())
            throw read_error(source, number.line, 1, number.text, "row " + number.text + " has no 完成进度 cell");
        const std::size_t body = j - i - 1;
        table_row row;
        row.number = number.text;
        if (body == 0) throw read_error(source, number.line, 1, number.text, "row " + number.text + " has no task text");
        if (body == 3) {
            row.category = cells[i + 1].text;
            row.task = cells[i + 2].text;
            row.lead_units = lead_units_of(cells[i + 3].text, source, cells[i + 3].line, 1);
        } else if (body == 2) {
            if (looks_like_organisation(cells[i + 2].text, builder.seen_units())) {
                row.task = cells[i + 1].text;
                row.lead_units = lead_units_of(cells[i + 2].text, source, cells[i + 2].line, 1);
            } else {
                row.category = cells[i + 1].text;
                row.task = cells[i + 2].text;
            }
        } else {
            row.task = cells[i + 1].text;
        }
        try {
            set_completion(row, parse_completion(cells[j].text));
        } catch (const parse_error& e) {
            throw read_error(source, cells[j].line, e.offset() + 1, cells[j].text, e.reason());
        }
        builder.add(std::move(row), number.line);
        i = j + 1;
    }
    table.rows = builder.take();
    if (table.rows.empty()) throw read_error(source, lines[header_at].line, 1, "", "a header but no rows");
    return table;
}

inline completion_table read_delimited(std::string_view text, std::string_view source, char delimiter) {
    check_text(detail::strip_bom(text), source);
    const auto records = read_csv(text, source, delimiter);
    if (records.empty()) throw read_error(source, 1, 1, "", "empty input: no table");
    std::array<int, 5> index{-1, -1, -1, -1, -1};
    const auto& header = records.front();
    for (std::size_t k = 0; k < header.fields.size(); ++k) {
        const int column = column_of_header(trim(header.fields[k]));
        if (column < 0)
            throw read_error(source, header.line, header.columns[k], header.fields[k], "unknown column in the header");
        if (index[static_cast<std::size_t>(column)] >= 0)
            throw read_error(source, header.line, header.columns[k], header.fields[k], "a column named twice in the header");
        index[static_cast<std::size_t>(column)] = static_cast<int>(k);
    }
    for (std::size_t column = 0; column < 5; ++column)
        if (index[column] < 0)
            throw read_error(source, header.line, 1, "",
                             "the header lacks a column (序号, 项目名称, 主要工作内容, 牵头单位, 完成进度)");
    completion_table table;
    table.source = std::string(source);
    row_builder builder(source);
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& record = records[r];
        if (record.fields.size() != header.fields.size())
            // Where the first extra cell starts, or the row.
            throw read_error(source, record.line,
                             record.fields.size() > header.fields.size() ? record.columns[header.fields.size()] : 1,
                             record.fields.size() > header.fields.size() ? record.fields[header.fields.size()] : record.fields.front(),
                             "the row has " + std::to_string(record.fields.size()) + " cells, the header " +
                                 std::to_string(header.fields.size()));
        const auto field = [&](std::size_t column) {
            return std::string(trim(record.fields[static_cast<std::size_t>(index[column])]));
        };
        table_row row;
        row.number = field(0);
        row.category = field(1);
        row.task = field(2);
        row.lead_units = lead_units_of(field(3), source, record.line, record.columns[static_cast<std::size_t>(index[3])]);
        const std::string completion = field(4);
        try {
            set_completion(row, parse_completion(completion));
        } catch (const parse_error& e) {
            throw read_error(source, record.line, record.columns[static_cast<std::size_t>(index[4])], completion, e.reason());
        }
        builder.add(std::move(row), record.line);
    }
    table.rows = builder.take();
    if (table.rows.empty()) throw read_error(source, header.line, 1, "", "a header but no rows");
    return table;
}

}  // namespace detail

enum class table_format { cells, csv, tsv };

inline completion_table read_completion_table(std::string_view text, std::string_view source = "<input>",
                                              table_format format = table_format::cells) {
    switch (format) {
        case table_format::csv: return detail::read_delimited(text, source, ',');
        case table_format::tsv: return detail::read_delimited(text, source, '\t');
        case table_format::cells: break;
    }
    return detail::read_cells(text, source);
}

// Reads a file: .csv and .tsv by their ending, anything else as one cell per line. A file
// larger than max_bytes is refused before it fills memory.
inline completion_table read_completion_table_file(const std::filesystem::path& path,
                                                   std::uintmax_t max_bytes = default_max_document_bytes) {
    const std::string ext = path.extension().string();
    const table_format format = ext == ".csv" ? table_format::csv : ext == ".tsv" ? table_format::tsv : table_format::cells;
    return read_completion_table(detail::read_whole_file(path, max_bytes), path.string(), format);
}

}  // namespace govtarget
