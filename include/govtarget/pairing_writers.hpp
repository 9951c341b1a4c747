#pragma once
// Target–result pairs and year-over-year changes written out: JSON Lines and CSV for
// programs and spreadsheets, aligned text for a terminal, a self-contained HTML page.
//
//   pairs:   metric, target, actual, period, rule, verdict, gap, stated_gap
//   changes: metric, old, new, change, status
//
// target, actual and stated_gap as the documents write them; gap and change typed and signed
// ("-2.2个百分点", "+60亿元"); null (JSON) or empty (CSV) where there is none.

#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/json_text.hpp>
#include <govtarget/html_escape.hpp>
#include <govtarget/pairing.hpp>
#include <govtarget/target_changes.hpp>
#include <govtarget/text_layout.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

namespace detail {

inline std::string period_text(const target_pair& p) { return p.result.of ? p.result.of->to_string() : std::string(); }

// The fields of a pair in the order the formats write them.
inline std::array<std::string, 8> pair_fields(const target_pair& p) {
    return {p.metric, p.target_text, p.result_text, period_text(p), std::string(to_string(p.rule)),
            std::string(to_string(p.verdict)), gap_text(p), p.stated_gap_text};
}
inline constexpr std::array<std::string_view, 8> pair_keys{"metric", "target", "actual", "period", "rule", "verdict", "gap", "stated_gap"};
inline constexpr std::array<std::string_view, 8> pair_headings{"指标", "目标", "实际", "期间", "规则", "判断", "差距", "文件所述差距"};

inline std::array<std::string, 5> change_fields(const target_change& c) {
    return {c.metric, c.old_text, c.new_text, change_text(c), std::string(to_string(c.status))};
}
inline constexpr std::array<std::string_view, 5> change_keys{"metric", "old", "new", "change", "status"};
inline constexpr std::array<std::string_view, 5> change_headings{"指标", "原目标", "新目标", "变化", "状态"};

// One JSON object a line; an empty field of those that may be absent is null.
template <std::size_t N>
void write_json_line(std::ostream& out, const std::array<std::string_view, N>& keys, const std::array<std::string, N>& fields,
                     std::initializer_list<std::string_view> nullable) {
    out << '{';
    for (std::size_t k = 0; k < N; ++k) {
        const bool null = fields[k].empty() && std::find(nullable.begin(), nullable.end(), keys[k]) != nullable.end();
        out << (k ? "," : "") << json_quoted(keys[k]) << ':' << (null ? std::string("null") : json_quoted(fields[k]));
    }
    out << "}\n";
}

template <std::size_t N>
void write_csv_line(std::ostream& out, const std::array<std::string, N>& fields) {
    for (std::size_t k = 0; k < N; ++k) out << (k ? "," : "") << csv_field(fields[k], true);
    out << '\n';
}

template <std::size_t N>
void write_text_table(std::ostream& out, const std::array<std::string_view, N>& headings,
                      const std::vector<std::array<std::string, N>>& rows) {
    std::array<std::size_t, N> widths{};
    for (std::size_t k = 0; k < N; ++k) widths[k] = display_width(headings[k]);
    for (const auto& row : rows)
        for (std::size_t k = 0; k < N; ++k) widths[k] = std::max(widths[k], display_width(row[k]));
    const auto line = [&](const auto& cells) {
        std::string text;
        for (std::size_t k = 0; k < N; ++k) text += (k ? "  " : "") + (k + 1 < N ? pad_to_width(cells[k], widths[k]) : std::string(cells[k]));
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << '\n';
    };
    line(headings);
    for (const auto& row : rows) line(row);
}

template <std::size_t N>
void write_html_table(std::ostream& out, std::string_view title, const std::array<std::string_view, N>& headings,
                      const std::vector<std::array<std::string, N>>& rows, const std::vector<std::string>& row_classes) {
    out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << html_escape(title)
        << "</title>\n<style>\nbody{font-family:\"Noto Sans CJK SC\",sans-serif;margin:2em}"
           "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .6em;text-align:left}"
           "th{background:#eee}.not_met,.dropped{background:#fdd}.met{background:#efe}.within_tolerance{background:#ffd}"
           "\n</style>\n</head>\n<body>\n<h1>"
        << html_escape(title) << "</h1>\n<table>\n<tr>";
    for (std::string_view h : headings) out << "<th>" << html_escape(h) << "</th>";
    out << "</tr>\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out << "<tr class=\"" << html_escape(row_classes[r]) << "\">";
        for (const std::string& cell : rows[r]) out << "<td>" << html_escape(cell) << "</td>";
        out << "</tr>\n";
    }
    out << "</table>\n</body>\n</html>\n";
}

}  // namespace detail

// ---- pairs ----

inline void write_pairs_jsonl(std::ostream& out, std::span<const target_pair> pairs) {
    for (const target_pair& p : pairs)
        detail::write_json_line(out, detail::pair_keys, detail::pair_fields(p), {"target", "period", "gap", "stated_gap"});
}

// A header row, then one row per pair, the columns of the JSON Lines and a note (why not
// comparable; a stated gap that disagrees).
inline void write_pairs_csv(std::ostream& out, std::span<const target_pair> pairs) {
    std::array<std::string, 9> header;
    for (std::size_t k = 0; k < 8; ++k) header[k] = detail::pair_keys[k];
    header[8] = "note";
    detail::write_csv_line(out, header);
    for (const target_pair& p : pairs) {
        const auto f = detail::pair_fields(p);
        detail::write_csv_line(out, std::array<std::string, 9>{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], p.note});
    }
}

// Aligned columns with Chinese headings, then each pair's note.
inline void write_pairs_text(std::ostream& out, std::span<const target_pair> pairs) {
    std::vector<std::array<std::string, 8>> rows;
    for (const target_pair& p : pairs) rows.push_back(detail::pair_fields(p));
    detail::write_text_table(out, detail::pair_headings, rows);
    for (const target_pair& p : pairs)
        if (!p.note.empty()) out << "注：" << p.metric << "：" << p.note << '\n';
}

inline void write_pairs_html(std::ostream& out, std::span<const target_pair> pairs, std::string_view title) {
    std::vector<std::array<std::string, 8>> rows;
    std::vector<std::string> classes;
    for (const target_pair& p : pairs) {
        rows.push_back(detail::pair_fields(p));
        classes.emplace_back(to_string(p.verdict));
    }
    detail::write_html_table(out, title, detail::pair_headings, rows, classes);
}

// ---- changes ----

inline void write_changes_jsonl(std::ostream& out, std::span<const target_change> changes) {
    for (const target_change& c : changes)
        detail::write_json_line(out, detail::change_keys, detail::change_fields(c), {"old", "new", "change"});
}

inline void write_changes_csv(std::ostream& out, std::span<const target_change> changes) {
    std::array<std::string, 6> header;
    for (std::size_t k = 0; k < 5; ++k) header[k] = detail::change_keys[k];
    header[5] = "relative";
    detail::write_csv_line(out, header);
    for (const target_change& c : changes) {
        const auto f = detail::change_fields(c);
        detail::write_csv_line(out, std::array<std::string, 6>{f[0], f[1], f[2], f[3], f[4], relative_text(c)});
    }
}

// Aligned columns; the change of an amount with its relative change: "+60亿元 (+8.1%)".
inline void write_changes_text(std::ostream& out, std::span<const target_change> changes) {
    std::vector<std::array<std::string, 5>> rows;
    for (const target_change& c : changes) {
        auto f = detail::change_fields(c);
        if (const std::string relative = relative_text(c); !relative.empty()) f[3] += " (" + relative + ")";
        rows.push_back(f);
    }
    detail::write_text_table(out, detail::change_headings, rows);
}

inline void write_changes_html(std::ostream& out, std::span<const target_change> changes, std::string_view title) {
    std::vector<std::array<std::string, 5>> rows;
    std::vector<std::string> classes;
    for (const target_change& c : changes) {
        rows.push_back(detail::change_fields(c));
        classes.emplace_back(to_string(c.status));
    }
    detail::write_html_table(out, title, detail::change_headings, rows, classes);
}

}  // namespace govtarget
