#pragma once
// The completion table reader's definitions (completion_table.hpp declares them): included
// by completion_table.hpp, or compiled once into govtarget::compiled when the program
// defines GOVTARGET_SEPARATE_COMPILATION.

#include <govtarget/completion_table.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/detail/file.hpp>
#include <govtarget/detail/table_cells.hpp>
#include <govtarget/detail/table_header.hpp>
#include <govtarget/quantity_reader.hpp>
#include <govtarget/table_text.hpp>

#include <set>
#include <utility>

namespace govtarget {

GOVTARGET_DECL std::optional<period> completion_table::target_period() const {
    if (!reporting_period) return std::nullopt;
    return period::year(reporting_period->year());
}

GOVTARGET_DECL date::year_month_day completion_table::default_as_of() const {
    if (!reporting_period) throw domain_error(source + ": the title names no reporting period; give the as-of date");
    return reporting_period->last_day();
}

GOVTARGET_DECL std::vector<tracked_task> completion_table::tasks(date::year_month_day as_of) const {
    std::vector<tracked_task> result;
    result.reserve(rows.size());
    for (const auto& row : rows) {
        tracked_task t;
        t.target.id = row.id;
        t.target.task = row.task;
        t.target.category = row.category;
        t.target.lead_units = row.lead_units;
        t.target.co_units = row.co_units;
        t.target.period = target_period();
        t.progress.task_id = row.id;
        t.progress.as_of = as_of;
        t.progress.completion = row.completion;
        t.progress.completion_text = row.completion_text;
        t.progress.stated = row.stated;
        t.progress.note = row.note;
        result.push_back(std::move(t));
    }
    return result;
}


namespace detail {

inline std::optional<period> period_or_none(std::string_view text) {
    auto p = period::try_parse(text);
    if (!p) return std::nullopt;
    return *p;
}

// The title's reporting period: 2024年第二季度, 2022年上半年, 2020年1-11月份, 2019年前三季度;
// the year alone when the title names nothing finer.
inline std::optional<period> period_in_title(std::string_view title) {
    static constexpr std::pair<std::string_view, std::string_view> spelled[] = {
        {"前三季度", "1-9月"}, {"前两季度", "1-6月"}, {"一季度", "第一季度"}, {"二季度", "第二季度"},
        {"三季度", "第三季度"}, {"四季度", "第四季度"}, {"半年", "上半年"}};
    for (std::size_t i = 0; i + 7 <= title.size(); ++i) {
        if (!(title[i] >= '1' && title[i] <= '2') || (i > 0 && title[i - 1] >= '0' && title[i - 1] <= '9')) continue;
        const std::string_view year = title.substr(i, 7);  // 2024年
        if (!period_or_none(year)) continue;
        std::optional<period> finest;
        for (std::size_t j = i + 7; j < title.size() && !finest; ++j) {
            if (is_continuation(title[j])) continue;
            std::string_view rest = title.substr(j, std::min<std::size_t>(24, title.size() - j));
            for (auto [words, as] : spelled)
                if (rest.starts_with(words) && !(words == "半年" && j >= 3 && title.substr(j - 3, 3) == "上") &&
                    !(words.ends_with("季度") && j >= 3 && title.substr(j - 3, 3) == "第"))
                    finest = period_or_none(std::string(year) + std::string(as));
            for (std::size_t length = rest.size(); !finest && length >= 2; --length) {
                if (length < rest.size() && is_continuation(rest[length])) continue;
                std::string_view candidate = rest.substr(0, length);
                if (candidate.ends_with("份")) candidate.remove_suffix(3);
                if (candidate.empty() || !(candidate.ends_with("月") || candidate.ends_with("季度") || candidate.ends_with("半年")))
                    continue;
                finest = period_or_none(std::string(year) + std::string(candidate));
            }
        }
        return finest ? finest : period_or_none(year);
    }
    return std::nullopt;
}

inline std::optional<date::year_month_day> publication_date(std::string_view line) {
    for (std::string_view label : {"发布时间", "发布日期", "发表时间", "成文日期", "日期", "时间"}) {
        const auto at = line.find(label);
        if (at == std::string_view::npos) continue;
        std::size_t i = at + label.size();
        while (i < line.size() && (line[i] == ':' || line[i] == ' ' || line.substr(i).starts_with("：")))
            i += line.substr(i).starts_with("：") ? 3 : 1;
        const std::string_view rest = line.substr(i);
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

// The page's title: the first line naming what it reports (完成情况, 进展情况, 通报 …), a
// 名称/标题 label taken off; else the first line that is not an address.
inline std::string title_of(const std::vector<std::string>& lines) {
    static constexpr std::string_view title_words[] = {"完成情况", "进展情况", "落实情况", "执行情况", "推进情况", "进度", "通报", "情况"};
    for (bool labelled : {false, true})
        for (const std::string& line : lines) {
            const bool has_label = line.find(':') != std::string::npos || line.find("：") != std::string::npos;
            if (has_label != labelled) continue;
            if (std::none_of(std::begin(title_words), std::end(title_words), [&](std::string_view w) { return line.find(w) != std::string::npos; }))
                continue;
            if (!labelled) return line;
            for (std::string_view label : {"名称:", "名称：", "名  称:", "标题:", "标题："})
                if (const auto at = line.find(label); at != std::string::npos) {
                    std::string_view rest = trim(std::string_view(line).substr(at + label.size()));
                    return std::string(rest.substr(0, std::min(rest.find(" "), rest.size())));
                }
        }
    for (const std::string& line : lines)
        if (!line.starts_with("http://") && !line.starts_with("https://")) return line;
    return lines.empty() ? std::string() : lines.front();
}

// A completion cell as tables write it; prose is not an error here, but a cell that looks
// like a percent and is not one is ("5.5.5%", "-3%").
inline void read_completion_into(table_row& row, std::string_view cell, const stated_status_vocabulary& statuses,
                                 std::string_view source, std::size_t line, std::size_t column) {
    const std::string_view text = trim(cell);
    row.completion_text = std::string(text);
    if (text.empty()) return;
    const auto fail = [&](const parse_error& e) { throw read_error(source, line, column, text, e.reason()); };
    if (is_percent_or_mark(text) && !std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        row.stated = stated_status::not_applicable;  // "/", "—": not reported
        return;
    }
    // A percent, whole ("52%", "100") or before a note ("80%(新区实验幼儿园进度滞后)").
    std::size_t end = 0;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' || text[end] == '-' || text[end] == '+'))
        ++end;
    const std::string_view after = text.substr(end);
    const bool percent_sign = after.starts_with("%") || after.starts_with("％");
    const std::string_view rest = percent_sign ? trim(after.substr(after.starts_with("%") ? 1 : 3)) : after;
    const bool note_follows = !rest.empty() && (rest.starts_with("(") || rest.starts_with("（") || rest.starts_with("，") ||
                                                rest.starts_with(",") || rest.starts_with("；") || rest.starts_with("。"));
    // A bare number is a percent in a completion column ("100", "74.8"), not a date or a year.
    const auto bare_percent = [&] {
        const std::string_view number = text.substr(0, end);
        const auto dot = number.find('.');
        return number.front() >= '0' && number.front() <= '9' && number.size() <= 7 &&
               (dot == std::string_view::npos || number.size() - dot - 1 <= 2) && (dot == std::string_view::npos ? number.size() : dot) <= 3;
    };
    if (end > 0 && ((percent_sign && (rest.empty() || note_follows)) || (after.empty() && bare_percent()))) {
        try {
            const std::string percent = std::string(text.substr(0, end)) + "%";
            row.completion = parse_completion_percent(percent);
        } catch (const parse_error& e) {
            fail(e);
        }
        return;
    }
    // A cell ending in a percent sign with no word in it must be a percent ("１２%", "5\u200B0%").
    const auto ideograph = [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xE3 && b <= 0xE9;
    };
    if (ends_with_percent_sign(text) && text.size() <= 32 &&
        std::none_of(text.begin(), text.end() - (text.ends_with("%") ? 1 : 3), ideograph)) {
        try {
            (void)parse_completion_percent(text);
        } catch (const parse_error& e) {
            fail(e);
        }
    }
    row.stated = read_stated_status(text, statuses);
    if (row.stated && statuses.find(text)) return;  // the cell is the word alone
    row.actuals = read_quantities(row.completion_text);
}

// Rows built from grid rows under a header: sections, inheritance, numbering.
class table_builder {
public:
    table_builder(completion_table& table, const table_read_options& options, std::string source)
        : table_(table), options_(options), source_(std::move(source)) {}

    // Adds a grid row: a task, a section, the second line of the task above, or a line that
    // ends the table (注：…), after which ended() is true.
    void add(const grid_row& grid) {
        const std::size_t width = table_.header.size();
        std::vector<grid_cell> cells = grid.cells;
        while (cells.size() > width && trim(cells.back().text).empty()) cells.pop_back();
        if (cells.size() > width)
            throw read_error(source_, grid.line, cells[width].column ? cells[width].column : 1, cells[width].text,
                             "the row has " + std::to_string(cells.size()) + " cells, the header " + std::to_string(width));
        if (std::all_of(cells.begin(), cells.end(), [](const grid_cell& c) { return trim(c.text).empty(); })) return;
        if (cells.size() < width && !grid.cut_off)
            throw read_error(source_, grid.line, cells.back().column ? cells.back().column : 1, cells.back().text,
                             "the row has " + std::to_string(cells.size()) + " cells, the header " + std::to_string(width));
        cells.resize(width);
        if (const auto one = single_text(cells)) {
            if (options_.column_words().ends_table(one->text)) {
                ended_ = true;
                return;
            }
            if (continues_task(*one)) {
                table_.rows.back().task += "\n" + std::string(one->text);
                above_ = table_.rows.back();
                return;
            }
            if (is_section(cells, *one)) return add_section(one->text);
        }
        table_row row = build(cells, grid.line, grid.cut_off);
        if (grid.cut_off) {
            table_.warnings.push_back({grid.line, 1, row.number.empty() ? row.task : row.number,
                                       "the text ends inside this row: kept apart as incomplete, not counted"});
            table_.incomplete.push_back(std::move(row));
            return;
        }
        section_of_.push_back(section_count_);
        table_.rows.push_back(std::move(row));
        above_ = table_.rows.back();
    }
    bool ended() const noexcept { return ended_; }

    void finish() {
        std::set<std::string> ids;
        bool unique = true;
        for (const auto& r : table_.rows) unique = unique && ids.insert(r.id).second;
        if (!unique)
            for (auto& r : table_.rows) r.id = std::to_string(section_of_.at(&r - table_.rows.data())) + "." + r.id;
    }

private:
    std::optional<std::size_t> column(column_role role) const {
        const auto at = std::find(table_.roles.begin(), table_.roles.end(), role);
        if (at == table_.roles.end()) return std::nullopt;
        return static_cast<std::size_t>(at - table_.roles.begin());
    }

    struct one_text {
        std::string_view text;
        std::size_t column;  // the first cell that holds it
        std::size_t cells;   // how many hold it (a row spanning the table: all)
    };
    // The text of a row that holds one text only, in one or several cells.
    static std::optional<one_text> single_text(const std::vector<grid_cell>& cells) {
        std::optional<one_text> found;
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const std::string_view text = trim(cells[k].text);
            if (text.empty()) continue;
            if (found && found->text != text) return std::nullopt;
            if (found) ++found->cells;
            else found = one_text{text, k, 1};
        }
        return found;
    }

    // A text alone under the task column, below a task: that task's cell, broken over two rows.
    bool continues_task(const one_text& one) const {
        const auto task = column(column_role::task);
        return above_ && one.cells == 1 && task == one.column && one.column != 0 && !section_heading_kind(one.text) &&
               !read_row_number(one.text);
    }

    // A section row: a heading (一、… / (一)…), a row spanning the table, or a text alone in
    // the first column that is no 序号 (a group's name, set in bold).
    bool is_section(const std::vector<grid_cell>& cells, const one_text& one) const {
        if (section_heading_kind(one.text) || one.cells >= 2) return true;
        if (const auto n = column(column_role::number); n && read_row_number(cells[*n].text)) return false;
        return one.column == 0;
    }

    void add_section(std::string_view text) {
        const int kind = section_heading_kind(text).value_or(3);
        const auto same = std::find_if(sections_.begin(), sections_.end(), [&](const auto& s) { return s.first == kind; });
        sections_.erase(same, sections_.end());
        sections_.emplace_back(kind, std::string(text));
        ++section_count_;
        after_section_ = true;
        above_.reset();
    }

    void check_number(table_row& row, const grid_cell& cell, std::size_t line) {
        const auto n = read_row_number(cell.text);
        if (!n)
            throw read_error(source_, line, cell.column ? cell.column : 1, cell.text, "expected a 序号 (row number)");
        if (last_number_ && !(after_section_ && *n == 1)) {
            if (*n <= *last_number_)
                throw read_error(source_, line, cell.column ? cell.column : 1, cell.text, number_goes_backwards(*n, *last_number_));
            if (*n > *last_number_ + 1)
                table_.warnings.push_back({line, 1, std::string(trim(cell.text)),
                                           "序号 " + std::to_string(*n) + " follows " + std::to_string(*last_number_) +
                                               ": no row numbered " + std::to_string(*last_number_ + 1)});
        }
        last_number_ = *n;
        row.id = std::to_string(*n);
    }

    std::vector<std::string> units_in(const grid_cell& cell, std::size_t line) const {
        std::vector<std::string> units = split_units(trim(cell.text));
        if (units.empty() && !is_percent_or_mark(cell.text) && !trim(cell.text).empty())
            throw read_error(source_, line, cell.column ? cell.column : 1, cell.text, "a unit cell with no unit name in it");
        return units;
    }

    table_row build(const std::vector<grid_cell>& cells, std::size_t line, bool cut_off) {
        table_row row;
        row.line = line;
        for (const auto& [kind, text] : sections_) row.sections.push_back(text);
        std::string category_cell;
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const grid_cell& cell = cells[k];
            const std::string text(trim(cell.text));
            const auto role = table_.roles[k];
            if (!role) {
                row.extra.push_back({table_.column_name(k), text});
                continue;
            }
            switch (*role) {
                case column_role::number:
                    row.number = text;
                    check_number(row, cell, line);
                    break;
                case column_role::category:
                    category_cell = text;
                    row.category_inherited = cell.inherited;
                    break;
                case column_role::task: row.task = text; break;
                case column_role::lead_units:
                    row.lead_units = units_in(cell, cell.line ? cell.line : line);
                    row.lead_units_inherited = cell.inherited;
                    break;
                case column_role::co_units: row.co_units = units_in(cell, cell.line ? cell.line : line); break;
                case column_role::leaders: row.leaders = split_units(text); break;
                case column_role::completion:
                    read_completion_into(row, cell.text, options_.status_vocabulary(), source_, cell.line ? cell.line : line,
                                         cell.column ? cell.column : 1);
                    break;
                case column_role::deadline: row.deadline = text; break;
                case column_role::note: row.note = text; break;
            }
        }
        inherit(row, category_cell, line, cut_off);
        row.category = row.sections.empty() ? category_cell : joined(row.sections, " / ");
        if (!row.sections.empty() && !category_cell.empty()) row.category += " / " + category_cell;
        if (row.task.empty() && !cut_off)
            throw read_error(source_, line, 1, row.number, "row " + row.number + " has no task text");
        if (row.id.empty()) row.id = std::to_string(table_.rows.size() + table_.incomplete.size() + 1);
        after_section_ = false;
        return row;
    }

    // A merged category or unit cell is the one above (in the same section).
    void inherit(table_row& row, std::string& category_cell, std::size_t line, bool cut_off) {
        if (category_cell.empty() && has_category_ && above_) {
            category_cell = above_category_;
            row.category_inherited = true;
        }
        if (row.lead_units.empty() && column(column_role::lead_units)) {
            if (above_ && !above_->lead_units.empty()) {
                row.lead_units = above_->lead_units;
                row.lead_units_inherited = true;
            } else if (!cut_off) {
                table_.warnings.push_back({line, 1, row.number, "no 牵头单位 (lead unit), none above to take"});
            }
        }
        above_category_ = category_cell;
    }

    completion_table& table_;
    const table_read_options& options_;
    std::string source_;
    std::vector<std::pair<int, std::string>> sections_;
    std::optional<table_row> above_;
    std::string above_category_;
    bool has_category_ = table_.has(column_role::category);
    std::optional<unsigned> last_number_;
    bool after_section_ = true;
    std::size_t section_count_ = 0;
    std::vector<std::size_t> section_of_;  // the sections above each of table_.rows
    bool ended_ = false;
};

// Two columns of one name cannot be told apart, in the rows or in their writers.
inline void check_header_names(const grid_row& header, std::string_view source) {
    std::set<std::string> seen;
    for (const grid_cell& cell : header.cells) {
        const std::string key = header_key(cell.text);
        if (!key.empty() && !cell.inherited && !seen.insert(key).second)
            throw read_error(source, header.line, cell.column ? cell.column : 1, cell.text, "a column named twice in the header");
    }
}

// A header of two rows: a cell spanning several columns (完成情况 over 一季度 | 二季度) with the
// names of those columns in the row below. The columns under a span are named by the cell
// below (or the span and the cell below together, where only that reads as a header word);
// the other cells keep their own. One row only where the header spans nothing.
inline std::pair<grid_row, std::size_t> header_with_subheaders(const cell_grid& grid, std::size_t at,
                                                               const table_vocabulary& words) {
    grid_row header = grid.rows[at];
    const bool spans = std::any_of(header.cells.begin(), header.cells.end(), [](const grid_cell& c) { return c.inherited; });
    if (!spans || at + 1 >= grid.rows.size()) return {header, at + 1};
    const grid_row& below = grid.rows[at + 1];
    for (const grid_cell& c : below.cells)
        if (read_row_number(c.text)) return {header, at + 1};  // the first task row, not names
    for (std::size_t k = 0; k < header.cells.size() && k < below.cells.size(); ++k) {
        const bool spanned = header.cells[k].inherited || (k + 1 < header.cells.size() && header.cells[k + 1].inherited &&
                                                           header.cells[k + 1].text == header.cells[k].text);
        const std::string_view sub = trim(below.cells[k].text);
        if (!spanned || sub.empty() || below.cells[k].inherited) continue;
        const std::string joined = header.cells[k].text + std::string(sub);
        header.cells[k].text = words.role_of(sub) || !words.role_of(joined) ? std::string(sub) : joined;
        header.cells[k].inherited = false;
    }
    return {header, at + 2};
}

// The first grid row that is a task table's header; read_error naming the nearest one, or the
// metadata table, when none is.
inline std::size_t header_row_of(const cell_grid& grid, const table_vocabulary& words) {
    header_search search;
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        std::vector<std::string> cells;
        for (const auto& c : grid.rows[r].cells) cells.push_back(c.text);
        const header_reading h = read_header(cells, words, grid.rows[r].line);
        if (h.is_table_header()) return r;
        search.consider(h);
    }
    search.fail(grid.source, grid.rows.empty() ? 1 : grid.rows.front().line, "");
}

}  // namespace detail

// Reads the task table of a grid: the first row the vocabulary reads as a header, and every
// row after it.
GOVTARGET_DECL completion_table read_completion_table(const cell_grid& grid, const table_read_options& options) {
    const std::size_t header_at = detail::header_row_of(grid, options.column_words());
    completion_table table;
    table.source = grid.source;
    std::vector<std::string> before = grid.text_before;
    for (std::size_t r = 0; r < header_at; ++r) {
        std::vector<std::string> cells;
        for (const auto& c : grid.rows[r].cells)  // a title merged across the table, once
            if (!c.inherited && !detail::trim(c.text).empty()) cells.emplace_back(detail::trim(c.text));
        if (!cells.empty()) before.push_back(detail::joined(cells, " "));
    }
    table.title = detail::title_of(before);
    table.reporting_period = detail::period_in_title(table.title);
    for (const std::string& line : before) {
        if (!table.reporting_period) table.reporting_period = detail::period_in_title(line);
        if (!table.published) table.published = detail::publication_date(line);
    }
    const auto [header_row, rows_from] = detail::header_with_subheaders(grid, header_at, options.column_words());
    std::vector<std::string> cells;
    for (const auto& cell : header_row.cells) cells.push_back(cell.text);
    const detail::header_reading header = detail::read_header(cells, options.column_words(), header_row.line);
    detail::check_header_names(header_row, grid.source);
    table.header = header.cells;
    table.roles = header.roles;
    detail::table_builder builder(table, options, grid.source);
    for (std::size_t r = rows_from; r < grid.rows.size() && !builder.ended(); ++r) builder.add(grid.rows[r]);
    builder.finish();
    if (table.rows.empty() && table.incomplete.empty())
        throw read_error(grid.source, grid.rows[header_at].line, 1, "", "a header but no rows");
    return table;
}

namespace detail {

inline std::vector<std::string> header_texts(const grid_row& row) {
    std::vector<std::string> texts;
    for (const grid_cell& c : row.cells) texts.push_back(header_key(c.text));
    while (!texts.empty() && texts.back().empty()) texts.pop_back();
    return texts;
}

// How a table after the task table continues it: the rows after its header when the header
// repeats the task table's (a table cut at a page break with its header row repeated, a
// sheet per part), all its rows when it has no header and the task table's width and comes
// right after it (the rest of a table a page break split). None when it does not.
inline std::optional<std::size_t> continuation_rows_from(const cell_grid& grid, const std::vector<std::string>& header,
                                                         std::size_t width, bool adjacent, const table_vocabulary& words) {
    try {
        const std::size_t at = header_row_of(grid, words);
        if (header_texts(grid.rows[at]) != header) return std::nullopt;
        return header_with_subheaders(grid, at, words).second;
    } catch (const read_error&) {
    }
    if (!adjacent) return std::nullopt;
    for (const grid_row& row : grid.rows)
        if (row.cells.size() != width && !row.cells.empty()) return std::nullopt;
    return 0;
}

}  // namespace detail

GOVTARGET_DECL completion_table read_task_table(const std::vector<cell_grid>& tables, std::string_view source,
                                                  const table_read_options& options, std::string_view none) {
    std::optional<completion_table> table;
    std::optional<read_error> first_error;
    std::size_t first = tables.size();
    for (std::size_t k = 0; k < tables.size() && !table; ++k) {
        if (tables[k].rows.empty()) continue;
        try {
            table = read_completion_table(tables[k], options);
            first = k;
        } catch (const read_error& e) {
            const auto names_no_header = [](const read_error& x) {
                return x.reason().find("no task table header here") != std::string::npos;
            };
            if (!first_error || (names_no_header(*first_error) && !names_no_header(e))) first_error = e;
        }
    }
    if (!table) {
        if (first_error) throw *first_error;
        throw read_error(source, 0, 0, "", std::string(none));
    }
    const table_vocabulary& words = options.column_words();
    const std::size_t header_at = detail::header_row_of(tables[first], words);
    const std::vector<std::string> header = detail::header_texts(tables[first].rows[header_at]);
    cell_grid joined = tables[first];
    std::vector<table_warning> others;
    std::vector<std::size_t> continuing;
    for (std::size_t k = first + 1, last = first; k < tables.size(); ++k) {
        const cell_grid& grid = tables[k];
        if (grid.rows.empty()) continue;
        const std::size_t line = grid.rows.front().line;
        if (const auto from = detail::continuation_rows_from(grid, header, tables[first].rows[header_at].cells.size(), k == last + 1,
                                                             words)) {
            joined.rows.insert(joined.rows.end(), grid.rows.begin() + static_cast<std::ptrdiff_t>(*from), grid.rows.end());
            continuing.push_back(k);
            last = k;
            continue;
        }
        bool task_table = false;
        try {
            (void)detail::header_row_of(grid, words);
            task_table = true;
        } catch (const read_error&) {
        }
        if (task_table) others.push_back({line, 0, grid.source, "another task table in the document, not read with the first"});
        else if (grid.rows.size() >= 2) others.push_back({line, 0, grid.source, "a table that is not a task table, not read"});
    }
    if (!continuing.empty()) {
        try {
            table = read_completion_table(joined, options);
            for (std::size_t k : continuing)
                others.push_back({tables[k].rows.front().line, 0, tables[k].source, "a table that continues the task table, read with it"});
        } catch (const read_error& e) {
            for (std::size_t k : continuing)
                others.push_back({tables[k].rows.front().line, 0, tables[k].source,
                                  "a table with the task table's columns, not read with it: " + std::string(e.what())});
        }
    }
    table->warnings.insert(table->warnings.end(), others.begin(), others.end());
    return std::move(*table);
}

GOVTARGET_DECL completion_table read_completion_table(std::string_view text, std::string_view source,
                                                        const table_read_options& options) {
    text_table grid = read_table_grid(text, source, options);
    completion_table table = read_completion_table(grid.grid, options);
    table.warnings.insert(table.warnings.begin(), grid.warnings.begin(), grid.warnings.end());
    std::stable_sort(table.warnings.begin(), table.warnings.end(),
                     [](const table_warning& a, const table_warning& b) { return a.line < b.line; });
    return table;
}

GOVTARGET_DECL table_layout layout_of_path(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext == ".csv" ? table_layout::csv : ext == ".tsv" ? table_layout::tsv : table_layout::automatic;
}

GOVTARGET_DECL completion_table read_completion_table_file(const std::filesystem::path& path, table_read_options options,
                                                            std::uintmax_t max_bytes) {
    if (options.layout == table_layout::automatic) options.layout = layout_of_path(path);
    return read_completion_table(detail::read_whole_file(path, max_bytes), path.string(), options);
}

}  // namespace govtarget
