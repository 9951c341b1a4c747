#pragma once
// A completion table in text, as pages and colleagues give it, read into a cell_grid. The
// header is found by its words (table_vocabulary), wherever it stands on the page; its form
// gives the layout:
//  - one cell per line, as web pages flatten a table (merged cells simply absent, a cell of
//    several paragraphs on several lines), the lines maybe ended by " |";
//  - one row per line, cells split by |, by tabs, or by runs of spaces;
//  - CSV or TSV.
// Where a layout does not mark rows, they are found from the 序号 column and the cells' roles
// (detail/row_alignment.hpp). Page text before the header is kept (title, 发布时间); text
// after the table (注：…, links) ends it.

#include <govtarget/cell_grid.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/row_alignment.hpp>
#include <govtarget/detail/table_cells.hpp>
#include <govtarget/detail/table_header.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/table_options.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// A table read from text: its grid (the header first), the layout it was read in, and what
// was passed over.
struct text_table {
    cell_grid grid;
    table_layout layout = table_layout::automatic;
    std::vector<table_warning> warnings;
    std::vector<std::string> text_after;  // lines after the table
};

namespace detail {

struct text_line {
    std::string_view text;  // trimmed
    std::size_t number = 0;
    std::size_t offset = 0;  // of the untrimmed line
};

inline std::vector<text_line> lines_of(std::string_view text) {
    std::vector<text_line> lines;
    for (std::size_t start = 0, number = 1; start <= text.size(); ++number) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back({trim(text.substr(start, end - start)), number, start});
        start = end + 1;
    }
    return lines;
}

inline void check_table_text(std::string_view text, std::string_view source) {
    const auto locate = [&](std::size_t offset, std::string_view reason) {
        const text_position at = position_of(text, offset);
        throw read_error(source, at.line, at.column, "", reason);
    };
    if (auto bad = first_invalid_utf8(text)) locate(*bad, not_utf8_reason(text));
    if (auto nul = text.find('\0'); nul != std::string_view::npos) locate(nul, "NUL byte (is the file text?)");
    bool blank = true;
    for (std::size_t start = 0; blank && start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        blank = trim(text.substr(start, end - start)).empty();
        start = end + 1;
    }
    if (blank) throw read_error(source, 1, 1, "", "empty input: no table");
}

inline bool is_bar(std::string_view text, std::size_t at) {
    return text[at] == '|' || text.substr(at).starts_with("｜");
}

inline std::size_t space_length(std::string_view text, std::size_t at) {
    if (text[at] == ' ' || text[at] == '\t') return 1;
    if (text.substr(at).starts_with("\xE3\x80\x80")) return 3;
    if (text.substr(at).starts_with("\xC2\xA0")) return 2;
    return 0;
}

struct split_cell {
    std::string text;
    std::size_t column = 0;  // in characters, 1-based, where the cell's text starts
};

// "| 1 | 任务 | 52% |" → {1, 任务, 52%}; the outer bars are optional.
inline std::vector<split_cell> split_on_bars_at(std::string_view line) {
    std::size_t begin = 0, end = line.size();
    while (begin < end && space_length(line, begin)) begin += space_length(line, begin);
    if (line.substr(begin).starts_with("|")) begin += 1;
    else if (line.substr(begin).starts_with("｜")) begin += 3;
    std::string_view text = trim(line.substr(begin));
    end = begin + (line.substr(begin).find(text) == std::string_view::npos ? 0 : line.substr(begin).find(text)) + text.size();
    if (line.substr(0, end).ends_with("|")) end -= 1;
    else if (line.substr(0, end).ends_with("｜")) end -= 3;
    std::vector<split_cell> cells;
    std::size_t start = begin;
    for (std::size_t i = begin; i <= end;) {
        if (i == end || is_bar(line, i)) {
            const std::string_view raw = line.substr(start, i - start);
            const std::string_view cell = trim(raw);
            const std::size_t lead = cell.empty() ? 0 : raw.find(cell);
            cells.push_back({std::string(cell), character_count(line.substr(0, start + lead)) + 1});
            if (i == end) break;
            i += line[i] == '|' ? 1 : 3;
            start = i;
        } else {
            ++i;
        }
    }
    return cells;
}

inline std::vector<std::string> split_on_bars(std::string_view line) {
    std::vector<std::string> texts;
    for (auto& c : split_on_bars_at(line)) texts.push_back(std::move(c.text));
    return texts;
}

inline std::vector<std::string> split_on(std::string_view line, char delimiter) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || line[i] == delimiter) {
            cells.emplace_back(trim(line.substr(start, i - start)));
            start = i + 1;
        }
    return cells;
}


inline std::vector<std::string> split_on_spaces(std::string_view line) {
    std::vector<std::string> tokens;
    std::size_t start = 0, i = 0;
    while (i < line.size()) {
        if (const std::size_t s = space_length(line, i)) {
            if (i > start) tokens.emplace_back(line.substr(start, i - start));
            i += s;
            start = i;
        } else {
            ++i;
        }
    }
    if (start < line.size()) tokens.emplace_back(line.substr(start));
    return tokens;
}

// Header words split by the spaces that pad them ("完 成 情 况") are joined again.
inline std::vector<std::string> join_spaced_header_words(const std::vector<std::string>& tokens, const table_vocabulary& words) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t taken = 1;
        for (std::size_t length = std::min<std::size_t>(8, tokens.size() - i); length >= 2; --length) {
            std::string joined;
            bool spaced_letters = true;  // only single characters are a padded word's pieces
            for (std::size_t k = i; k < i + length; ++k) joined += tokens[k], spaced_letters = spaced_letters && character_count(tokens[k]) <= 2;
            if (!spaced_letters) continue;
            const auto match = words.match_of(joined);
            if (match && match->closeness >= 2 && !words.role_of(tokens[i])) {
                taken = length;
                break;
            }
        }
        std::string cell;
        for (std::size_t k = i; k < i + taken; ++k) cell += tokens[k];
        cells.push_back(taken == 1 ? tokens[i] : cell);
        i += taken;
    }
    return cells;
}

inline bool ends_with_bar(std::string_view text) { return text.ends_with("|") || text.ends_with("｜"); }
inline std::string_view without_end_bars(std::string_view text) {
    while (ends_with_bar(text)) text = trim(text.substr(0, text.size() - (text.ends_with("|") ? 1 : 3)));
    return text;
}

// A narrow column wraps its header onto two lines ("市级牵头" / "责任单位", "工程" / "名称",
// "完成目标" / "(%)"): two neighbours are one cell where a header word runs across the break,
// or the second is only a bracketed unit.
inline bool header_word_across(const std::string& first, const std::string& second, const table_vocabulary& words) {
    if (first.size() > 48 || second.size() > 48) return false;  // header pieces are short
    const std::string a = header_key(first), b = header_key(second);
    if (a.empty() || b.empty()) return false;
    if ((b.starts_with("(") && b.ends_with(")")) && words.role_of(first)) return true;
    const auto whole = [&](const std::string& piece) {
        const auto m = words.match_of(piece);
        return m && m->closeness >= 2;
    };
    if (whole(first) && whole(second)) return false;  // two headers side by side
    // A period that qualifies the word after it: "第二季度" / "完成情况", "1-6月" / "进展".
    const bool period = a.size() <= 18 && (a.ends_with("季度") || a.ends_with("月") || a.ends_with("半年") ||
                                           a.ends_with("全年") || a.ends_with("年度"));
    if (period && !words.role_of(first) && words.role_of(second)) return true;
    const std::string joined = a + b;
    return std::any_of(words.words().begin(), words.words().end(), [&](const column_word& w) {
        for (std::size_t at = joined.find(w.word); at != std::string::npos; at = joined.find(w.word, at + 1))
            if (at < a.size() && at + w.word.size() > a.size()) return true;
        return false;
    });
}

// `lines` holds where each cell ends, and is joined alike.
inline void join_wrapped_header_cells(std::vector<std::string>& cells, std::vector<std::size_t>& lines,
                                      const table_vocabulary& words) {
    for (std::size_t k = 0; k + 1 < cells.size();) {
        if (header_word_across(cells[k], cells[k + 1], words)) {
            cells[k] += cells[k + 1];
            cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(k) + 1);
            lines[k] = lines[k + 1];
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        } else {
            ++k;
        }
    }
}

struct header_candidate {
    table_layout layout = table_layout::automatic;
    header_reading header;
    std::size_t first = 0;  // index into the lines
    std::size_t after = 0;  // the line index after the header
    bool blank_separated = false;
};

// A header of one cell a line starting at lines[first]: known words, and short unknown ones
// between them.
inline std::optional<header_candidate> flat_header_at(const std::vector<text_line>& lines, std::size_t first,
                                                      const table_vocabulary& words) {
    const bool barred = ends_with_bar(lines[first].text);
    const auto cell_of = [&](std::size_t k) { return std::string(barred ? without_end_bars(lines[k].text) : lines[k].text); };
    if (!words.role_of(cell_of(first))) {  // or the first half of a wrapped header word ("工程" / "名称")
        std::size_t next = first + 1;
        while (next < lines.size() && lines[next].text.empty()) ++next;
        if (next == lines.size() || !header_word_across(cell_of(first), cell_of(next), words)) return std::nullopt;
    }
    std::vector<std::string> cells{cell_of(first)};
    std::vector<std::size_t> at{first};
    bool blanks = false;
    for (std::size_t k = first + 1; k < lines.size() && cells.size() < 32; ++k) {
        if (lines[k].text.empty()) {
            blanks = true;
            continue;
        }
        if (barred != ends_with_bar(lines[k].text) || lines[k].text == "|||") break;
        const std::string cell = cell_of(k);
        if (!words.role_of(cell)) {
            const bool short_word = character_count(cell) <= 10 && !read_row_number(cell) && !section_heading_kind(cell) &&
                                    std::none_of(cell.begin(), cell.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; }) &&
                                    cell.find("。") == std::string::npos && cell.find("，") == std::string::npos &&
                                    cell.find("：") == std::string::npos && cell.find(':') == std::string::npos;
            if (!short_word) break;
        }
        cells.push_back(cell);
        at.push_back(k);
    }
    join_wrapped_header_cells(cells, at, words);
    std::size_t last_known = 0;  // short lines after the last known word are the first row's
    for (std::size_t k = 0; k < cells.size(); ++k)
        if (words.role_of(cells[k])) last_known = k;
    cells.resize(last_known + 1);
    header_candidate c;
    c.layout = barred ? table_layout::cells_ended_by_bar : table_layout::cell_per_line;
    c.header = read_header(cells, words, lines[first].number);
    c.first = first;
    c.after = at[last_known] + 1;
    c.blank_separated = blanks && !barred;
    return c;
}

// A CSV or TSV header line's cells, quoted ones too; none for a line that is not CSV.
inline std::vector<std::string> csv_header_cells(std::string_view line, char delimiter) {
    try {
        auto records = read_csv(line, "header", delimiter);
        if (records.size() == 1) return std::move(records.front().fields);
    } catch (const read_error&) {
    }
    return {};
}

// The header candidates a line offers, in the order they are preferred.
inline std::vector<header_candidate> header_candidates_at(const std::vector<text_line>& lines, std::size_t k,
                                                          const table_vocabulary& words, table_layout wanted) {
    std::vector<header_candidate> found;
    const std::string_view text = lines[k].text;
    const auto offer = [&](table_layout layout, const std::vector<std::string>& cells) {
        if (cells.size() < 2) return;
        if (wanted != table_layout::automatic && wanted != layout) return;
        found.push_back({layout, read_header(cells, words, lines[k].number), k, k + 1, false});
    };
    if (text.find('|') != std::string_view::npos || text.find("｜") != std::string_view::npos)
        offer(table_layout::rows_split_by_bar, split_on_bars(text));
    if (text.find('\t') != std::string_view::npos) {
        offer(table_layout::tsv, csv_header_cells(text, '\t'));
        offer(table_layout::rows_split_by_tabs, split_on(text, '\t'));
    }
    if (text.find(',') != std::string_view::npos) offer(table_layout::csv, csv_header_cells(text, ','));
    if (wanted == table_layout::automatic || wanted == table_layout::cell_per_line || wanted == table_layout::cells_ended_by_bar)
        if (auto flat = flat_header_at(lines, k, words); flat && (wanted == table_layout::automatic || wanted == flat->layout))
            found.push_back(*flat);
    offer(table_layout::rows_split_by_spaces, join_spaced_header_words(split_on_spaces(text), words));
    return found;
}

// The page-metadata labels that begin lines ("索引号: 1134…", "• 发布机构"), each once, and
// the line of the first.
inline std::pair<std::size_t, std::vector<std::string>> metadata_labels_in(const std::vector<text_line>& lines,
                                                                          const table_vocabulary& words) {
    std::pair<std::size_t, std::vector<std::string>> found{0, {}};
    std::set<std::string> keys;
    for (const text_line& line : lines) {
        std::string_view text = line.text;
        for (std::string_view bullet : {"•", "·", "*", "-"})
            if (text.starts_with(bullet)) text = trim(text.substr(bullet.size()));
        std::size_t end = text.size();
        for (std::string_view stop : {":", "：", " ", "\t"}) end = std::min(end, text.find(stop));
        const std::string label(text.substr(0, end));
        if (label.empty() || label.size() > 48 || !words.is_metadata_label(label) || !keys.insert(header_key(label)).second)
            continue;
        if (found.second.empty()) found.first = line.number;
        found.second.push_back(label);
    }
    return found;
}

// Header words are a few dozen cells at most: a longer "header" is prose split at its spaces.
inline constexpr std::size_t max_header_cells = 64;

inline header_candidate find_header(const std::vector<text_line>& lines, std::string_view source,
                                    const table_read_options& options) {
    const table_vocabulary& words = options.column_words();
    header_search search;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].text.empty()) continue;
        for (header_candidate& c : header_candidates_at(lines, k, words, options.layout)) {
            if (c.header.cells.size() > max_header_cells) continue;
            if (c.header.is_table_header()) return std::move(c);
            search.consider(c.header);
        }
    }
    const auto [line, labels] = metadata_labels_in(lines, words);
    search.consider_metadata_labels(line, labels);
    const auto first = std::find_if(lines.begin(), lines.end(), [](const text_line& l) { return !l.text.empty(); });
    search.fail(source, first == lines.end() ? 1 : first->number, first == lines.end() ? "" : first->text);
}

// The 序号 sequence of a text with no row marks: which number cells start a row.
class row_numbering {
public:
    // Whether a cell reading `number`, followed by `next`, starts a row.
    bool starts_row(std::optional<unsigned> number, std::optional<std::string_view> next,
                    const stated_status_vocabulary& statuses) const {
        if (!number) return false;
        if (next && read_row_number(*next) == number) return false;  // a "100" completion before row 100
        if (*number == last_ + 1 || (*number == 1 && section_)) return true;
        const bool text_follows = next && character_count(*next) >= 2 && !looks_like_completion(*next, statuses) &&
                                  !read_row_number(*next);
        if (rows_ == 0) return text_follows;  // a table shown from a later row on
        return *number > last_ + 1 && *number <= last_ + 3 && text_follows && character_count(*next) >= 8;
    }
    void row(unsigned number) { last_ = number, section_ = false, ++rows_; }
    void section() { section_ = true; }
    unsigned last() const noexcept { return last_; }

private:
    unsigned last_ = 0;
    bool section_ = true;
    std::size_t rows_ = 0;
};

struct stream_cell {
    std::string text;
    std::size_t line = 0;
    bool closed = true;  // ended by its bar (cells_ended_by_bar)
};

// The cells after a flat header, with their lines.
inline std::vector<stream_cell> cells_after_header(const std::vector<text_line>& lines, const header_candidate& h) {
    std::vector<stream_cell> cells;
    if (h.layout == table_layout::cells_ended_by_bar) {
        stream_cell open;
        bool has_open = false;
        for (std::size_t k = h.after; k < lines.size(); ++k) {
            std::string_view text = lines[k].text;
            if (text.empty() && !has_open) continue;
            std::size_t start = 0;
            for (std::size_t i = 0; i <= text.size();) {
                if (i < text.size() && !is_bar(text, i)) {
                    ++i;
                    continue;
                }
                const std::string_view piece = trim(text.substr(start, i - start));
                if (!piece.empty() || i < text.size()) {
                    if (!has_open) open = {std::string(), lines[k].number, false}, has_open = true;
                    if (!piece.empty()) open.text += (open.text.empty() ? "" : "\n") + std::string(piece);
                }
                if (i == text.size()) break;
                open.closed = true;
                cells.push_back(std::move(open));
                has_open = false;
                i += text[i] == '|' ? 1 : 3;
                start = i;
            }
        }
        if (has_open && !open.text.empty()) cells.push_back(std::move(open));
        return cells;
    }
    for (std::size_t k = h.after; k < lines.size(); ++k) {
        if (lines[k].text.empty()) continue;
        // Blank-separated cells: lines that follow each other are one cell the page wrapped.
        if (h.blank_separated && k > h.after && !lines[k - 1].text.empty() && !cells.empty())
            cells.back().text += lines[k].text;
        else cells.push_back({std::string(lines[k].text), lines[k].number, true});
    }
    return cells;
}

// A table that runs to the end of its text may have been cut there (a page saved part-way):
// its last cell is unfinished unless it ends as a cell of its column ends — a percent or
// status word, a unit's name, a closing mark — or is a few characters only (a note: 需加快).
inline bool looks_unfinished(std::optional<column_role> role, std::string_view cell, const table_read_options& options) {
    const std::string_view text = trim(cell);
    if (text.empty()) return false;
    if (role == column_role::completion && looks_like_completion(text, options.status_vocabulary())) return false;
    if ((role == column_role::lead_units || role == column_role::co_units) && looks_like_units(text, options.column_words()))
        return false;
    if (role == column_role::number || read_row_number(text)) return false;
    for (std::string_view mark : {"。", ".", "！", "!", "？", "?", "；", ";", "）", ")", "”", "\"", "%", "％", "」", "』", "》"})
        if (text.ends_with(mark)) return false;
    if (role == column_role::lead_units || role == column_role::co_units) return true;  // "市发"
    return character_count(text) >= 6;
}

// Assembles grid rows from cells whose row boundaries the text does not mark. A row starts
// at its 序号; the columns left of 序号 (a 类别 before it) stand before that, at the end of
// the cells of the row above, and are aligned with them.
class row_assembler {
public:
    // With `number_apart`, rows are given their 序号 cell apart from their other cells.
    row_assembler(const header_reading& header, const table_read_options& options, text_table& out, std::string separator,
                  bool barred = false, bool number_apart = true)
        : header_(header), options_(options), out_(out), separator_(std::move(separator)), barred_(barred) {
        const auto number = std::find(header.roles.begin(), header.roles.end(), column_role::number);
        if (number_apart && number != header.roles.end()) number_at_ = static_cast<std::size_t>(number - header.roles.begin());
        const std::size_t first_after = number_at_ ? *number_at_ + 1 : 0;
        after_.assign(header.roles.begin() + static_cast<std::ptrdiff_t>(first_after), header.roles.end());
        before_.assign(header.roles.begin(), header.roles.begin() + static_cast<std::ptrdiff_t>(number_at_.value_or(0)));
        for (std::size_t k = first_after; k < header.roles.size(); ++k)
            if (header.roles[k] == column_role::task || header.roles[k] == column_role::lead_units ||
                header.roles[k] == column_role::completion)
                last_required_ = k - first_after + 1;
    }

    bool has_columns_before_number() const noexcept { return !before_.empty(); }


    // The cells of the columns left of 序号 for the first row, or the row after a section.
    std::vector<grid_cell> cells_before(const std::vector<stream_cell>& cells) {
        if (cells.empty()) return std::vector<grid_cell>(before_.size());
        return joined_cells(cells, aligned(cells, before_), 0, before_.size());
    }

    // A row: the cells of its columns left of 序号, its number cell (none when the header has
    // none) and the cells after it; `next_before`, when given, receives the trailing cells that
    // are the next row's columns left of its 序号.
    void add_row(std::vector<grid_cell> before, const std::optional<stream_cell>& number, const std::vector<stream_cell>& body,
                 bool at_end, std::vector<grid_cell>* next_before = nullptr) {
        std::vector<std::optional<column_role>> roles = after_;
        if (next_before) roles.insert(roles.end(), before_.begin(), before_.end());
        if (roles.empty()) {  // 序号 the last column, and no row after: page text
            for (const stream_cell& c : body) out_.text_after.push_back(c.text);
        }
        const auto spans = roles.empty() ? std::vector<std::pair<std::size_t, std::size_t>>{} : aligned(body, roles, number);
        grid_row row;
        row.line = number ? number->line : body.empty() ? 0 : body.front().line;
        before.resize(before_.size());
        row.cells = std::move(before);
        if (number) row.cells.push_back({number->text, number->line, 1, false});
        for (grid_cell& cell : joined_cells(body, spans, 0, after_.size())) row.cells.push_back(std::move(cell));
        if (next_before) *next_before = joined_cells(body, spans, after_.size(), roles.size());
        if (at_end) {
            // Cells ended by bars are all there: a last row short of the header's cells is cut.
            const bool unterminated = !body.empty() && (!body.back().closed || (barred_ && body.size() < after_.size()));
            const bool lacking = last_required_ > 0 && spans[last_required_ - 1].first == spans[last_required_ - 1].second;
            bool unfinished = false;
            for (std::size_t j = after_.size(); j-- > 0;)
                if (spans[j].first < spans[j].second) {
                    unfinished = looks_unfinished(after_[j], body[spans[j].second - 1].text, options_);
                    break;
                }
            row.cut_off = unterminated || lacking || unfinished;
        }
        out_.grid.rows.push_back(std::move(row));
    }
    // A section row spans the table: its other cells are covered by the heading.
    void add_section(const stream_cell& heading) {
        grid_row row;
        row.line = heading.line;
        row.cells.assign(header_.cells.size(), grid_cell{heading.text, heading.line, 1, true});
        row.cells[number_at_.value_or(0)].inherited = false;  // where the grid reader looks for a 序号
        out_.grid.rows.push_back(std::move(row));
    }
    // Cells a complete row has at least after its 序号: up to its last required column.
    std::size_t required_cells() const noexcept { return last_required_ > 0 ? last_required_ - 1 : 0; }

private:
    std::vector<std::pair<std::size_t, std::size_t>> aligned(const std::vector<stream_cell>& cells,
                                                            const std::vector<std::optional<column_role>>& roles,
                                                            const std::optional<stream_cell>& number = std::nullopt) {
        std::vector<std::string> texts;
        for (const auto& c : cells) texts.push_back(c.text);
        auto spans = align_cells(texts, roles, options_.column_words(), options_.status_vocabulary(), seen_units_);
        if (!spans) {
            const stream_cell& at = number ? *number : cells.front();
            throw read_error(out_.grid.source, at.line, 1, at.text,
                             "a row of " + std::to_string(cells.size()) + " cells: the table's rows cannot be found");
        }
        return std::move(*spans);
    }

    // The cells of columns [first, last) of an alignment, each its cells' texts joined.
    std::vector<grid_cell> joined_cells(const std::vector<stream_cell>& cells,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t first,
                                        std::size_t last) {
        std::vector<grid_cell> joined;
        for (std::size_t j = first; j < last; ++j) {
            grid_cell cell;
            for (std::size_t k = spans[j].first; k < spans[j].second; ++k) {
                if (cells[k].text.empty()) continue;
                if (cell.text.empty()) cell.line = cells[k].line;
                else cell.text += separator_;
                cell.text += cells[k].text;
            }
            const auto role = j < after_.size() ? after_[j] : before_[j - after_.size()];
            if (role == column_role::lead_units)
                for (auto& unit : split_units(cell.text)) seen_units_.insert(std::move(unit));
            joined.push_back(std::move(cell));
        }
        return joined;
    }

    const header_reading& header_;
    const table_read_options& options_;
    text_table& out_;
    std::string separator_;
    bool barred_ = false;
    std::optional<std::size_t> number_at_;
    std::vector<std::optional<column_role>> before_, after_;  // the roles left and right of 序号
    std::size_t last_required_ = 0;                          // 1-based among after_; 0: none
    std::set<std::string, std::less<>> seen_units_;
};

inline void add_header_row(text_table& out, const header_candidate& h, const std::vector<text_line>& lines) {
    grid_row row;
    row.line = h.header.line;
    for (const std::string& c : h.header.cells) row.cells.push_back({c, h.header.line, 0, false});
    out.grid.rows.push_back(std::move(row));
    for (std::size_t k = 0; k < h.first; ++k)
        if (!lines[k].text.empty()) out.grid.text_before.emplace_back(lines[k].text);
}

// A 序号 inside a row, followed by a task's text, that is not the next number: a number column
// going backwards (1, 2, 1), said rather than read as a cell. Not where the table has columns
// of no role, which may hold numbers of their own (市折子号).
inline void check_not_backwards(const std::vector<stream_cell>& cells, std::size_t p, const row_numbering& numbering,
                                const header_reading& header, std::string_view source) {
    const auto n = read_row_number(cells[p].text);
    if (!n || *n > numbering.last() || p + 1 >= cells.size()) return;
    if (std::any_of(header.roles.begin(), header.roles.end(), [](const auto& r) { return !r.has_value(); })) return;
    const std::string& next = cells[p + 1].text;
    if (character_count(next) < 2 || read_row_number(next) || is_percent_or_mark(next)) return;
    throw read_error(source, cells[p].line, 1, cells[p].text, number_goes_backwards(*n, numbering.last()));
}

// One cell a line (maybe ended by bars): rows start at their 序号.
inline void read_flat_rows(const std::vector<text_line>& lines, const header_candidate& h, const table_read_options& options,
                           text_table& out) {
    if (!h.header.has(column_role::number))
        throw read_error(out.grid.source, h.header.line, 1, h.header.cells.front(),
                         "a table of one cell a line needs a 序号 column to find its rows");
    const std::vector<stream_cell> cells = cells_after_header(lines, h);
    const bool barred = h.layout == table_layout::cells_ended_by_bar;
    const table_vocabulary& words = options.column_words();
    const stated_status_vocabulary& statuses = options.status_vocabulary();
    row_assembler rows(h.header, options, out, "\n", barred);
    row_numbering numbering;
    const std::size_t width = h.header.cells.size();
    const auto next_text = [&](std::size_t p) -> std::optional<std::string_view> {
        if (p + 1 < cells.size()) return cells[p + 1].text;
        return std::nullopt;
    };
    const auto empties_after = [&](std::size_t p) {
        std::size_t n = 0;
        while (p + 1 + n < cells.size() && cells[p + 1 + n].text.empty()) ++n;
        return n;
    };
    // A heading stands before a row (numbered 1 or on) or at the end.
    const auto heading_at = [&](std::size_t p) {
        if (cells[p].text.empty() || read_row_number(cells[p].text)) return false;
        const bool spanning = barred && empties_after(p) + 1 >= width;
        if (!section_heading_kind(cells[p].text) && !spanning) return false;
        std::size_t q = p + 1;
        while (q < cells.size() && (cells[q].text.empty() || section_heading_kind(cells[q].text))) ++q;
        if (q == cells.size()) return true;
        row_numbering after = numbering;
        after.section();
        return after.starts_row(read_row_number(cells[q].text), next_text(q), statuses);
    };
    std::optional<stream_cell> number;
    std::vector<stream_cell> body, waiting;  // waiting: cells before the first row, or after a section
    std::vector<grid_cell> before;           // the next row's cells left of its 序号
    const auto cells_before_row = [&] {
        if (rows.has_columns_before_number()) return rows.cells_before(waiting);
        for (const stream_cell& c : waiting)
            if (!c.text.empty())
                out.warnings.push_back({c.line, 1, c.text, "text between the header and the first row, not read as a row"});
        return std::vector<grid_cell>{};
    };
    std::size_t p = 0;
    bool ended = false;
    for (; p < cells.size(); ++p) {
        const stream_cell& c = cells[p];
        if (number && body.size() >= rows.required_cells() && words.ends_table(c.text)) {
            ended = true;
            break;
        }
        if (heading_at(p)) {
            if (number) rows.add_row(std::move(before), number, body, false), number.reset(), body.clear();
            rows.add_section(c);
            numbering.section();
            waiting.clear();
            if (barred) p += std::min(empties_after(p), width - 1);
            continue;
        }
        if (numbering.starts_row(read_row_number(c.text), next_text(p), statuses)) {
            std::vector<grid_cell> next_before;
            if (number) {
                rows.add_row(std::move(before), number, body, false, rows.has_columns_before_number() ? &next_before : nullptr);
                before = std::move(next_before);
            } else {
                before = cells_before_row();
            }
            body.clear();
            waiting.clear();
            number = c;
            numbering.row(*read_row_number(c.text));
            continue;
        }
        if (number) {
            check_not_backwards(cells, p, numbering, h.header, out.grid.source);
            body.push_back(c);
        } else {
            waiting.push_back(c);
        }
    }
    if (number) rows.add_row(std::move(before), number, body, !ended);
    else (void)cells_before_row();
    for (; p < cells.size(); ++p) out.text_after.push_back(cells[p].text);
}

// One row a line, cells split by runs of spaces: a line that starts with no 序号 continues
// the row above.
inline void read_space_rows(const std::vector<text_line>& lines, const header_candidate& h, const table_read_options& options,
                            text_table& out) {
    const bool numbered = h.header.roles.front() == column_role::number;
    row_assembler rows(h.header, options, out, " ", false, numbered);
    row_numbering numbering;
    std::size_t k = h.after;
    std::optional<stream_cell> number;
    std::vector<stream_cell> body;
    const auto flush = [&](bool at_end) {
        if (number || !body.empty()) rows.add_row({}, number, body, at_end);
        number.reset();
        body.clear();
    };
    for (; k < lines.size(); ++k) {
        const std::string_view text = lines[k].text;
        if (text.empty()) continue;
        if ((number || !body.empty()) && options.column_words().ends_table(text)) break;
        const std::vector<std::string> tokens = split_on_spaces(text);
        const std::optional<std::string_view> next = tokens.size() > 1 ? std::optional<std::string_view>(tokens[1]) : std::nullopt;
        if (numbered && numbering.starts_row(read_row_number(tokens[0]), next, options.status_vocabulary())) {
            flush(false);
            number = stream_cell{tokens[0], lines[k].number, true};
            numbering.row(*read_row_number(tokens[0]));
            for (std::size_t t = 1; t < tokens.size(); ++t) body.push_back({tokens[t], lines[k].number, true});
        } else if (section_heading_kind(text)) {
            flush(false);
            rows.add_section({std::string(text), lines[k].number, true});
            numbering.section();
        } else if (!numbered) {
            flush(false);
            for (const auto& t : tokens) body.push_back({t, lines[k].number, true});
        } else if (number) {
            body.push_back({std::string(text), lines[k].number, true});
        } else {
            out.warnings.push_back({lines[k].number, 1, std::string(text), "text between the header and the first row, not read as a row"});
        }
    }
    flush(k == lines.size());
    for (; k < lines.size(); ++k)
        if (!lines[k].text.empty()) out.text_after.emplace_back(lines[k].text);
}

inline bool last_text_line(const std::vector<text_line>& lines, std::size_t k) {
    return std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(k) + 1, lines.end(), [](const text_line& l) { return l.text.empty(); });
}

// The line as the text has it, without its line break.
inline std::string_view full_line(std::string_view text, const std::vector<text_line>& lines, std::size_t k) {
    const std::size_t end = k + 1 < lines.size() ? lines[k + 1].offset - 1 : text.size();
    std::string_view line = text.substr(lines[k].offset, end - lines[k].offset);
    if (line.ends_with("\r")) line.remove_suffix(1);
    return line;
}

// A row whose only text stands under 序号 and is neither a number nor a heading is the second
// line of the task above, its other cells merged with that row's ("新增学位810个 | |||||").
inline bool continues_task(const grid_row& row, const header_reading& header, std::vector<grid_row>& rows) {
    if (rows.size() < 2 || header.roles.front() != column_role::number || row.cells.empty()) return false;
    const std::string& text = row.cells.front().text;
    if (text.empty() || read_row_number(text) || section_heading_kind(text)) return false;
    if (std::any_of(row.cells.begin() + 1, row.cells.end(), [](const grid_cell& c) { return !c.text.empty(); })) return false;
    grid_row& above = rows.back();
    if (above.cells.empty() || !read_row_number(above.cells.front().text)) return false;
    const auto task = std::find(header.roles.begin(), header.roles.end(), column_role::task) - header.roles.begin();
    if (static_cast<std::size_t>(task) >= above.cells.size()) return false;
    above.cells[static_cast<std::size_t>(task)].text += "\n" + text;
    return true;
}

// One row a line, cells split by bars or tabs: a line without one continues the row above.
inline void read_split_rows(std::string_view source_text, const std::vector<text_line>& lines, const header_candidate& h,
                            const table_read_options& options, text_table& out) {
    const bool bars = h.layout == table_layout::rows_split_by_bar;
    std::size_t k = h.after;
    for (; k < lines.size(); ++k) {
        const std::string_view text = lines[k].text;
        if (text.empty()) continue;
        const bool split = bars ? (text.find('|') != std::string_view::npos || text.find("｜") != std::string_view::npos)
                                : text.find('\t') != std::string_view::npos;
        if (bars && std::all_of(text.begin(), text.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; }))
            continue;  // a Markdown rule under the header
        if (!split) {
            if (out.grid.rows.size() == 1 || options.column_words().ends_table(text)) break;
            // A line without its cell marks: a wrapped cell, or, as the last line, a row cut off.
            auto& last = out.grid.rows.back().cells.back();
            last.text += (last.text.empty() ? "" : "\n") + std::string(text);
            if (last_text_line(lines, k)) out.grid.rows.back().cut_off = true;
            continue;
        }
        grid_row row;
        row.line = lines[k].number;
        if (bars) {
            // Columns counted in the untrimmed line, as an editor shows them.
            const std::string_view raw = full_line(source_text, lines, k);
            for (auto& c : split_on_bars_at(raw)) row.cells.push_back({std::move(c.text), lines[k].number, c.column, false});
        } else {
            for (std::string& c : split_on(text, '\t')) row.cells.push_back({std::move(c), lines[k].number, 0, false});
        }
        if (continues_task(row, h.header, out.grid.rows)) continue;
        // Trailing empty cells a page leaves out ("一、抓产业 |") are empty cells; on the text's
        // last line, a row cut off.
        if (row.cells.size() < h.header.cells.size()) {
            row.cut_off = last_text_line(lines, k);
            row.cells.resize(h.header.cells.size(), grid_cell{"", lines[k].number, 0, false});
        }
        out.grid.rows.push_back(std::move(row));
    }
    // The table runs to the end of the text: its last cell may be cut.
    if (k == lines.size() && out.grid.rows.size() > 1) {
        grid_row& last = out.grid.rows.back();
        for (std::size_t j = last.cells.size(); j-- > 0;)
            if (!last.cells[j].text.empty()) {
                if (j < h.header.roles.size() && looks_unfinished(h.header.roles[j], last.cells[j].text, options)) last.cut_off = true;
                break;
            }
    }
    for (; k < lines.size(); ++k)
        if (!lines[k].text.empty()) out.text_after.emplace_back(lines[k].text);
}

// CSV or TSV from the header line on: RFC 4180 quoting, cells across lines.
inline void read_delimited_rows(std::string_view text, const std::vector<text_line>& lines, const header_candidate& h,
                                char delimiter, text_table& out) {
    const std::size_t header_line = lines[h.first].number;
    std::vector<csv_record> records;
    try {
        records = read_csv(text.substr(lines[h.first].offset), out.grid.source, delimiter);
    } catch (const read_error& e) {  // counted from the header: count from the top
        throw read_error(e.source(), e.line() + header_line - 1, e.column(), e.text(), e.reason());
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        grid_row row;
        row.line = records[r].line + header_line - 1;
        for (std::size_t c = 0; c < records[r].fields.size(); ++c)
            row.cells.push_back({std::string(trim(records[r].fields[c])), row.line, records[r].columns[c], false});
        out.grid.rows.push_back(std::move(row));
    }
    if (out.grid.rows.size() > 1 && out.grid.rows.back().cells.size() < h.header.cells.size())
        out.grid.rows.back().cut_off = true;
}

}  // namespace detail

// Reads the table in a text into its grid: the header row first, then every row after it.
// read_error for text that is not UTF-8 or holds NUL bytes, for a text with no task table
// header (naming the nearest line, the cells it did not recognise and the roles it lacks, or
// saying that the only table is page metadata), and for rows that cannot be found.
[[nodiscard]] inline text_table read_table_grid(std::string_view text, std::string_view source = "<input>",
                                  const table_read_options& options = {}) {
    text = detail::strip_bom(text);
    detail::check_table_text(text, source);
    const std::vector<detail::text_line> lines = detail::lines_of(text);
    const detail::header_candidate header = detail::find_header(lines, source, options);
    text_table out;
    out.grid.source = std::string(source);
    out.layout = header.layout;
    detail::add_header_row(out, header, lines);
    switch (header.layout) {
        case table_layout::cell_per_line:
        case table_layout::cells_ended_by_bar: detail::read_flat_rows(lines, header, options, out); break;
        case table_layout::rows_split_by_spaces: detail::read_space_rows(lines, header, options, out); break;
        case table_layout::rows_split_by_bar:
        case table_layout::rows_split_by_tabs: detail::read_split_rows(text, lines, header, options, out); break;
        case table_layout::csv: detail::read_delimited_rows(text, lines, header, ',', out); break;
        case table_layout::tsv: detail::read_delimited_rows(text, lines, header, '\t', out); break;
        case table_layout::automatic: break;
    }
    return out;
}

}  // namespace govtarget
