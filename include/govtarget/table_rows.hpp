#pragma once
// A completion table's rows as read, for programs and spreadsheets: JSON Lines with the keys
// number, category, task, lead_units, co_units, completion (the percent as a decimal string,
// or null), completion_text, status (completed, on_pace, behind, not_reported, or null),
// actuals, extra (header → cell, for the columns with no key of their own: role-less ones,
// 牵头领导, 完成时限, 备注) and line; CSV with the same fields as columns, the extra columns by
// their headers.

#include <govtarget/completion_table.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/json_text.hpp>
#include <govtarget/detail/quantity_json.hpp>
#include <govtarget/detail/table_header.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// The cells of a row that have no field of their own in the rows' writers, by header.
inline std::vector<table_extra> extra_cells(const completion_table& table, const table_row& row) {
    std::vector<table_extra> cells;
    std::size_t next_extra = 0;
    for (std::size_t k = 0; k < table.roles.size(); ++k) {
        const auto role = table.roles[k];
        if (!role) {
            if (next_extra < row.extra.size()) cells.push_back(row.extra[next_extra++]);
            continue;
        }
        if (*role == column_role::leaders) cells.push_back({table.column_name(k), detail::joined(row.leaders, "、")});
        if (*role == column_role::deadline) cells.push_back({table.column_name(k), row.deadline});
        if (*role == column_role::note) cells.push_back({table.column_name(k), row.note});
    }
    return cells;
}

namespace detail {

inline std::string json_string_array(const std::vector<std::string>& items) {
    std::string text = "[";
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) text += ',';
        text += json_quoted(items[k]);
    }
    return text + "]";
}

inline void write_actuals_json(std::ostream& out, const table_row& row) {
    out << '[';
    for (std::size_t k = 0; k < row.actuals.size(); ++k) {
        const text_quantity& q = row.actuals[k];
        out << (k > 0 ? ",{" : "{");
        write_quantity_members(out, q);
        out << ",\"direction\":" << json_quoted(to_string(q.better)) << ",\"start\":" << q.begin << ",\"end\":" << q.end
            << ",\"text\":" << json_quoted(std::string_view(row.completion_text).substr(q.number_begin, q.number_end - q.number_begin))
            << '}';
    }
    out << ']';
}

// "2291.5亿元; 5.8%": the actuals as written, for a spreadsheet cell.
inline std::string actuals_text(const table_row& row) {
    std::string text;
    for (const text_quantity& q : row.actuals) {
        if (!text.empty()) text += "; ";
        text.append(row.completion_text, q.number_begin, q.number_end - q.number_begin);
    }
    return text;
}

}  // namespace detail

inline void write_table_rows_jsonl(std::ostream& out, const completion_table& table) {
    using detail::json_quoted;
    for (const table_row& row : table.rows) {
        const auto status = reported_status(row);
        out << "{\"number\":" << json_quoted(row.number) << ",\"category\":" << json_quoted(row.category)
            << ",\"task\":" << json_quoted(row.task) << ",\"lead_units\":" << detail::json_string_array(row.lead_units)
            << ",\"co_units\":" << detail::json_string_array(row.co_units)
            << ",\"completion\":" << (row.completion ? json_quoted(row.completion->percent().to_string()) : "null")
            << ",\"completion_text\":" << json_quoted(row.completion_text)
            << ",\"status\":" << (status ? json_quoted(*status) : "null") << ",\"actuals\":";
        detail::write_actuals_json(out, row);
        out << ",\"extra\":{";
        bool first = true;
        for (const table_extra& e : extra_cells(table, row)) {
            out << (first ? "" : ",") << json_quoted(e.header) << ':' << json_quoted(e.text);
            first = false;
        }
        out << "},\"line\":" << row.line << "}\n";
    }
}

// A header row and a row per table row; units joined by 、, actuals by "; ". Text cells are
// made inert for spreadsheets (a leading ' before = + - @).
inline void write_table_rows_csv(std::ostream& out, const completion_table& table) {
    using detail::csv_field;
    out << "number,category,task,lead_units,co_units,completion,completion_text,status,actuals";
    const std::vector<table_extra> headers = table.rows.empty() ? std::vector<table_extra>{} : extra_cells(table, table.rows.front());
    for (const table_extra& e : headers) out << ',' << csv_field(e.header, true);
    out << ",line\n";
    for (const table_row& row : table.rows) {
        out << csv_field(row.number, true) << ',' << csv_field(row.category, true) << ',' << csv_field(row.task, true) << ','
            << csv_field(detail::joined(row.lead_units, "、"), true) << ',' << csv_field(detail::joined(row.co_units, "、"), true)
            << ',' << (row.completion ? row.completion->percent().to_string() : "") << ','
            << csv_field(row.completion_text, true) << ',' << reported_status(row).value_or("") << ','
            << csv_field(detail::actuals_text(row), true);
        for (const table_extra& e : extra_cells(table, row)) out << ',' << csv_field(e.text, true);
        out << ',' << row.line << '\n';
    }
}

}  // namespace govtarget
