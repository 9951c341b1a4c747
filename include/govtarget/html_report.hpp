#pragma once
// A completion report as one self-contained HTML page: a horizontal bar per lead unit with its
// weighted completion, a line at the expected pace, the units that need attention and the
// tasks behind pace in red, and the task list below. Inline CSS and SVG: no network, no
// script; prints on A4. Every text taken from the input is escaped.

#include <govtarget/aggregate.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/html_escape.hpp>
#include <govtarget/report.hpp>
#include <govtarget/status.hpp>

#include <date/date.h>

#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

namespace detail {

inline constexpr std::string_view html_style = R"(<style>
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       color: #1a1a1a; margin: 0 auto; max-width: 190mm; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 17pt; text-align: center; margin: 6mm 0 1mm; font-weight: 700; }
.subtitle { text-align: center; color: #444; margin: 0 0 5mm; }
.figures { display: flex; justify-content: space-between; border-top: 2px solid #8b0000; border-bottom: 1px solid #bbb;
           padding: 2mm 1mm; margin-bottom: 5mm; }
.figures div { text-align: center; flex: 1; }
.figures b { display: block; font-size: 15pt; }
.figures .alert b { color: #c0392b; }
h2 { font-size: 12.5pt; border-left: 4px solid #8b0000; padding-left: 2mm; margin: 6mm 0 2mm; }
svg { width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
svg .bar { fill: #2e6da4; }
svg .bar.behind { fill: #c0392b; }
svg .label.behind { fill: #c0392b; font-weight: 700; }
svg .pace { stroke: #8b0000; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .grid { stroke: #ddd; stroke-width: 1; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 1.2mm 1.5mm; vertical-align: top; }
th { background: #eee; font-weight: 700; }
td.number, td.completion, td.status { text-align: center; white-space: nowrap; }
td.unit { white-space: nowrap; }
th { white-space: nowrap; }
col.number { width: 7%; } col.category { width: 15%; } col.unit { width: 16%; }
col.completion { width: 9%; } col.status { width: 8%; }
td.category { color: #333; }
tr.behind td { color: #c0392b; }
tr.behind td.completion, tr.behind td.status { font-weight: 700; }
tr.missing td.completion { color: #777; }
.legend { color: #444; font-size: 9pt; margin: 1mm 0 0; }
.legend .swatch { display: inline-block; width: 10px; height: 10px; margin: 0 1mm 0 3mm; vertical-align: middle; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
</style>)";

[[nodiscard]] inline std::string html_title(const completion_report& report) {
    return report.title.empty() ? "主要任务完成情况" : report.title;
}

// "64.84%"; "—" when no data.
[[nodiscard]] inline std::string html_completion(const summary& totals) {
    const auto c = totals.weighted_completion(2);
    return c ? c->to_string() : "—";
}

inline void html_head(std::ostream& out, const completion_report& report) {
    const std::string title = html_escape(html_title(report));
    const std::string day = iso_date(report.as_of);
    const std::string pace = report.pace_shown().to_string() + "%";
    out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << title << "（截至" << day
        << "，序时进度" << pace << "）</title>\n" << html_style << "\n</head>\n<body>\n<h1>" << title
        << "</h1>\n<p class=\"subtitle\">截至 " << day << "　·　序时进度 " << pace << "</p>\n";
}

inline void html_figures(std::ostream& out, const summary& total) {
    out << "<div class=\"figures\">\n<div>任务总数<b>" << total.tasks() << "</b></div>\n<div>已报送<b>" << total.reported()
        << "</b></div>\n<div>加权完成率<b>" << html_completion(total) << "</b></div>\n<div class=\"alert\">欠进度任务<b>"
        << total.behind() << "</b></div>\n<div>未报送<b>" << total.missing() << "</b></div>\n</div>\n";
}

// The x of a percent on a 0–100% scale drawn from `left` over `width`.
[[nodiscard]] inline std::string chart_x(const fraction& percent, int left, int width) {
    const fraction clamped = std::clamp(percent, fraction(0), fraction(100));
    return (fraction(left) + clamped * fraction(width) / fraction(100)).to_decimal(1).to_string();
}

// The chart's styles: in the page's <style>, or inside a standalone SVG.
inline constexpr std::string_view chart_css =
    "svg text { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", sans-serif; font-size: 11px; fill: #1a1a1a; }\n"
    "svg .bar { fill: #2e6da4; }\nsvg .bar.behind { fill: #c0392b; }\nsvg .label.behind { fill: #c0392b; font-weight: 700; }\n"
    "svg .pace { stroke: #8b0000; stroke-width: 1.5; stroke-dasharray: 4 3; }\nsvg .grid { stroke: #ddd; stroke-width: 1; }\n";

// One row per unit in attention order, a scale of 0–100%, the pace as a dashed line.
// Standalone: an SVG document of its own, with its styles and a title.
inline void chart_svg(std::ostream& out, const completion_report& report, bool standalone) {
    const std::vector<report_group> units = units_by_attention(report);
    const int label_width = 190, chart_width = 470, value_width = 70, row_height = 22, top = 24;
    const int height = top + static_cast<int>(units.size()) * row_height + 8;
    out << "<svg " << (standalone ? "xmlns=\"http://www.w3.org/2000/svg\" " : "") << "viewBox=\"0 0 "
        << label_width + chart_width + value_width << ' ' << height << "\" role=\"img\" aria-label=\"各牵头单位加权完成率\">\n";
    if (standalone)
        out << "<title>" << html_escape(report.title) << " 各牵头单位加权完成率</title>\n<style>\n" << chart_css << "</style>\n"
            << "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
    for (int tick = 0; tick <= 100; tick += 25) {
        const std::string x = chart_x(fraction(tick), label_width, chart_width);
        out << "<line class=\"grid\" x1=\"" << x << "\" y1=\"" << top - 4 << "\" x2=\"" << x << "\" y2=\"" << height - 6
            << "\"/><text x=\"" << x << "\" y=\"" << top - 8 << "\" text-anchor=\"middle\">" << tick << "%</text>\n";
    }
    for (std::size_t k = 0; k < units.size(); ++k) {
        const report_group& u = units[k];
        const auto completion = u.totals.weighted_completion();
        const int y = top + static_cast<int>(k) * row_height;
        const std::string cls = u.needs_attention() ? " behind" : "";
        const std::string width = completion ? chart_x(completion->percent(), 0, chart_width) : "0";
        out << "<g class=\"unit" << cls << "\" data-unit=\"" << html_escape(u.name) << "\">"
            << "<text class=\"label" << cls << "\" x=\"" << label_width - 8 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">"
            << html_escape(u.name) << (u.needs_attention() ? " ▲" : "") << "</text>"
            << "<rect class=\"bar" << cls << "\" x=\"" << label_width << "\" y=\"" << y + 4 << "\" height=\"" << row_height - 8
            << "\" width=\"" << width << "\"/><text x=\"" << label_width + chart_width + 6 << "\" y=\"" << y + 15 << "\">"
            << html_completion(u.totals) << "</text></g>\n";
    }
    const std::string pace_x = chart_x(report.pace.percent(), label_width, chart_width);
    out << "<line class=\"pace\" x1=\"" << pace_x << "\" y1=\"" << top - 4 << "\" x2=\"" << pace_x << "\" y2=\"" << height - 4
        << "\"/>\n</svg>\n";
}

inline void html_chart(std::ostream& out, const completion_report& report) {
    out << "<h2>各牵头单位加权完成率</h2>\n";
    chart_svg(out, report, false);
}

inline void html_legend(std::ostream& out, const completion_report& report) {
    const auto& cap = report.policy.cap;
    out << "<p class=\"legend\"><span class=\"swatch\" style=\"background:#2e6da4\"></span>达到序时进度"
           "<span class=\"swatch\" style=\"background:#c0392b\"></span>▲ "
        << attention_rule(report)
        << "<span class=\"swatch\" style=\"border-top:2px dashed #8b0000;height:0\"></span>序时进度 " << report.pace_shown()
        << "%（" << (cap ? "完成率按" + cap->to_string() + "封顶计" : std::string("完成率不封顶")) << "）</p>\n";
    if (report.shared_tasks > 0) out << "<p class=\"legend note\">" << shared_tasks_note(report) << "</p>\n";
}

// As in the published table, a category stands on the first row of its group.
inline void html_task_table(std::ostream& out, const completion_report& report) {
    out << "<h2>任务完成情况</h2>\n<table>\n<colgroup><col class=\"number\"><col class=\"category\"><col>"
           "<col class=\"unit\"><col class=\"completion\"><col class=\"status\"></colgroup>\n<thead><tr><th>序号</th><th>项目名称</th>"
           "<th>主要工作内容</th><th>牵头单位</th><th>完成进度</th><th>状态</th></tr></thead>\n<tbody>\n";
    std::string_view previous_category;
    for (const report_task& t : report.tasks) {
        const std::string_view category = t.category == previous_category ? std::string_view() : std::string_view(t.category);
        previous_category = t.category;
        const char* row_class = t.status == task_status::behind         ? " class=\"behind\""
                                : t.status == task_status::not_reported ? " class=\"missing\""
                                                                        : "";
        out << "<tr" << row_class << "><td class=\"number\">" << html_escape(t.id) << "</td><td class=\"category\">"
            << html_escape(category) << "</td><td>" << html_escape(t.text) << "</td><td class=\"unit\">"
            << html_escape(t.lead_units_text()) << "</td><td class=\"completion\">" << html_escape(t.completion_text)
            << "</td><td class=\"status\">" << to_chinese(t.status) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

}  // namespace detail

// The page: the total's figures, a bar per lead unit (those that need attention first, in
// red and marked ▲), the pace line, and every task with its status.
[[nodiscard]] inline std::string render_html(const completion_report& report) {
    std::ostringstream out;
    detail::html_head(out, report);
    detail::html_figures(out, report.total.totals);
    detail::html_chart(out, report);
    detail::html_legend(out, report);
    detail::html_task_table(out, report);
    out << "</body>\n</html>\n";
    return out.str();
}

// The chart alone, as an SVG file: a bar per lead unit against the pace line.
[[nodiscard]] inline std::string render_chart_svg(const completion_report& report) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    detail::chart_svg(out, report, true);
    return out.str();
}

}  // namespace govtarget
