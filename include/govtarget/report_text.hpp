#pragma once
// A completion report as text for a terminal, CSV for a spreadsheet, Markdown and JSON. Each
// lists the units in the report's listing order; weighted completions are rounded half up to
// two decimals. The text and Markdown mark a unit that needs attention with ⚠ and say so in a
// legend; they note shared tasks. CSV holds only the per-unit figures, JSON everything.

#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/join.hpp>
#include <govtarget/detail/json_text.hpp>
#include <govtarget/report.hpp>
#include <govtarget/text_layout.hpp>

#include <date/date.h>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

namespace detail {

// "64.84%"; "—" when no data.
[[nodiscard]] inline std::string completion_cell(const report_group& group) {
    const std::optional<share> c = group.totals.weighted_completion(2);
    return c ? c->to_string() : "—";
}

[[nodiscard]] inline bool any_needs_attention(const completion_report& report) {
    for (const report_group& unit : report.units)
        if (unit.needs_attention()) return true;
    return false;
}

[[nodiscard]] inline std::string text_row(std::string_view name, const report_group& group) {
    const summary& s = group.totals;
    return pad_to_width(name, 26) + pad_to_width(std::to_string(s.tasks()), 6) + pad_to_width(std::to_string(s.reported()), 6) +
           pad_to_width(std::to_string(s.missing()), 6) + pad_to_width(completion_cell(group), 12) +
           pad_to_width(std::to_string(s.behind()), 8);
}

inline void text_task_list(std::ostream& out, std::string_view heading, const std::vector<report_task>& tasks) {
    if (tasks.empty()) return;
    out << '\n' << heading << '\n';
    for (const report_task& t : tasks)
        out << "  " << pad_to_width(t.id, 5) << pad_to_width(t.lead_units_text(), 20) << pad_to_width(t.completion_text, 8)
            << excerpt(t.text, 90) << '\n';
}

// '|' escaped and line breaks as spaces: a cell stays in its table cell.
[[nodiscard]] inline std::string markdown_cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') out += "\\|";
        else out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

// "| name | tasks | reported | missing | completion | behind |": the caller adds the last cell.
[[nodiscard]] inline std::string markdown_row(std::string_view name, const report_group& group) {
    const summary& s = group.totals;
    return "| " + std::string(name) + " | " + std::to_string(s.tasks()) + " | " + std::to_string(s.reported()) + " | " +
           std::to_string(s.missing()) + " | " + completion_cell(group) + " | " + std::to_string(s.behind()) + " |";
}

inline void markdown_task_list(std::ostream& out, std::string_view heading, const std::vector<report_task>& tasks) {
    if (tasks.empty()) return;
    out << "\n## " << heading << "\n\n";
    for (const report_task& t : tasks)
        out << "- " << markdown_cell(t.id) << "（" << markdown_cell(t.lead_units_text()) << "，" << t.completion_text << "）"
            << markdown_cell(t.text) << '\n';
}

[[nodiscard]] inline std::string csv_row(std::string_view name, const report_group& group) {
    const summary& s = group.totals;
    const std::optional<share> c = s.weighted_completion(2);
    return csv_field(name, true) + ',' + std::to_string(s.tasks()) + ',' + std::to_string(s.reported()) + ',' +
           std::to_string(s.missing()) + ',' + (c ? c->percent().to_string() : "") + ',' + std::to_string(s.behind()) + ',' +
           csv_field(joined(group.behind_tasks, ";"), true) + '\n';
}

[[nodiscard]] inline std::string json_strings(const std::vector<std::string>& items) {
    std::string out = "[";
    for (const std::string& item : items) {
        if (out.size() > 1) out += ',';
        out += json_quoted(item);
    }
    return out + "]";
}

[[nodiscard]] inline std::string json_group(const report_group& group) {
    const summary& s = group.totals;
    const std::optional<share> c = s.weighted_completion(2);
    return "{\"lead_unit\":" + json_quoted(group.name) + ",\"tasks\":" + std::to_string(s.tasks()) +
           ",\"reported\":" + std::to_string(s.reported()) + ",\"missing\":" + std::to_string(s.missing()) +
           ",\"weighted_completion\":" + (c ? json_quoted(c->percent().to_string()) : "null") +
           ",\"behind\":" + std::to_string(s.behind()) + ",\"is_behind\":" + std::string(json_bool(group.is_behind())) +
           ",\"needs_attention\":" + std::string(json_bool(group.needs_attention())) +
           ",\"behind_tasks\":" + json_strings(group.behind_tasks) + ",\"missing_tasks\":" + json_strings(group.missing_tasks) + "}";
}

[[nodiscard]] inline std::string json_task(const report_task& t) {
    return "{\"id\":" + json_quoted(t.id) + ",\"category\":" + json_quoted(t.category) +
           ",\"lead_unit\":" + json_quoted(t.lead_units.empty() ? "" : t.lead_units.front()) +
           ",\"lead_units\":" + json_strings(t.lead_units) + ",\"task\":" + json_quoted(t.text) +
           ",\"completion\":" + (t.completion ? json_quoted(t.completion->percent().to_string()) : "null") +
           ",\"status\":" + json_quoted(to_string(t.status)) + "}";
}

}  // namespace detail

// For a terminal: columns padded by display width, task texts cut at 90 bytes.
[[nodiscard]] inline std::string render_text(const completion_report& report) {
    std::ostringstream out;
    out << report.title << "\n截至 " << iso_date(report.as_of) << "，序时进度 " << report.pace_shown() << "%（"
        << report.target_period << "）\n\n"
        << pad_to_width("牵头单位", 26) << pad_to_width("任务", 6) << pad_to_width("已报", 6) << pad_to_width("未报", 6)
        << pad_to_width("加权完成率", 12) << pad_to_width("欠进度", 8) << '\n';
    for (const report_group& unit : report.units)
        out << detail::text_row(unit.name + (unit.needs_attention() ? " ⚠" : ""), unit) << detail::joined(unit.behind_tasks, ";")
            << '\n';
    out << detail::text_row("合计", report.total) << '\n';
    if (detail::any_needs_attention(report)) out << "⚠ " << attention_rule(report) << '\n';
    if (report.shared_tasks > 0) out << shared_tasks_note(report) << '\n';
    detail::text_task_list(out, "欠进度（低于序时进度 " + report.pace_shown().to_string() + "%）：", report.tasks_behind);
    detail::text_task_list(out, "未报送：", report.tasks_not_reported);
    return out.str();
}

// lead_unit,tasks,reported,missing,weighted_completion,behind,behind_tasks — one row per unit
// and a last row 合计; task ids joined by ';'. Text cells are made inert for spreadsheets.
[[nodiscard]] inline std::string render_csv(const completion_report& report) {
    std::string out = "lead_unit,tasks,reported,missing,weighted_completion,behind,behind_tasks\n";
    for (const report_group& unit : report.units) out += detail::csv_row(unit.name, unit);
    return out + detail::csv_row("合计", report.total);
}

namespace detail {
// A row for spreadsheets: numbers as numbers, the gap to pace signed, the line ended by CRLF.
[[nodiscard]] inline std::string spreadsheet_row(std::string_view name, const report_group& group) {
    const summary& s = group.totals;
    const std::optional<share> c = s.weighted_completion(2);
    const auto gap = s.gap_to_pace();
    return csv_field(name, true) + ',' + std::to_string(s.tasks()) + ',' + std::to_string(s.reported()) + ',' +
           std::to_string(s.missing()) + ',' + (c ? c->percent().to_string() : "") + ',' +
           (gap ? gap->rounded(2).percent().to_string() : "") + ',' + std::to_string(s.behind()) + ',' +
           csv_field(joined(group.behind_tasks, "、"), true) + "\r\n";
}
}  // namespace detail

// The per-unit summary as Excel and WPS open it without garbling: UTF-8 with a byte-order
// mark, CRLF, Chinese headers, the gap to 序时进度 in 个百分点 (signed), a 合计 row. For
// reading back, render_csv.
[[nodiscard]] inline std::string render_spreadsheet_csv(const completion_report& report) {
    std::string out = "\xEF\xBB\xBF牵头单位,任务数,已报送,未报送,加权完成率(%),与序时进度差(个百分点),欠进度任务数,欠进度任务\r\n";
    for (const report_group& unit : report.units) out += detail::spreadsheet_row(unit.name, unit);
    return out + detail::spreadsheet_row("合计", report.total);
}

[[nodiscard]] inline std::string render_markdown(const completion_report& report) {
    std::ostringstream out;
    out << "# " << detail::markdown_cell(report.title) << "\n\n截至 " << iso_date(report.as_of) << "，序时进度 "
        << report.pace_shown() << "%\n\n| 牵头单位 | 任务数 | 已报送 | 未报送 | 加权完成率 | 欠进度 | 欠进度任务 |\n"
        << "|---|---:|---:|---:|---:|---:|---|\n";
    for (const report_group& unit : report.units)
        out << detail::markdown_row(detail::markdown_cell(unit.name) + (unit.needs_attention() ? " ⚠" : ""), unit) << ' '
            << detail::markdown_cell(detail::joined(unit.behind_tasks, ";")) << " |\n";
    out << detail::markdown_row("**合计**", report.total) << " |\n";
    if (detail::any_needs_attention(report)) out << "\n⚠ " << attention_rule(report) << '\n';
    if (report.shared_tasks > 0) out << '\n' << shared_tasks_note(report) << '\n';
    detail::markdown_task_list(out, "欠进度任务", report.tasks_behind);
    detail::markdown_task_list(out, "未报送任务", report.tasks_not_reported);
    return out.str();
}

// One JSON object on one line: the report's header, "units" in the listing order, "total" and
// "tasks" in table order. Weighted completions and completions are decimal strings in percent.
[[nodiscard]] inline std::string render_json(const completion_report& report) {
    using detail::json_quoted;
    std::string out = "{\"source\":" + json_quoted(report.source) + ",\"title\":" + json_quoted(report.title) +
                      ",\"period\":" + json_quoted(report.target_period.to_string()) +
                      ",\"as_of\":" + json_quoted(iso_date(report.as_of)) +
                      ",\"expected_pace\":" + json_quoted(report.pace_shown().to_string()) +
                      ",\"shared_tasks\":" + std::to_string(report.shared_tasks) + ",\"units\":[";
    for (std::size_t k = 0; k < report.units.size(); ++k) {
        if (k) out += ',';
        out += detail::json_group(report.units[k]);
    }
    out += "],\"total\":" + detail::json_group(report.total) + ",\"tasks\":[";
    for (std::size_t k = 0; k < report.tasks.size(); ++k) {
        if (k) out += ',';
        out += detail::json_task(report.tasks[k]);
    }
    return out + "]}\n";
}

}  // namespace govtarget
