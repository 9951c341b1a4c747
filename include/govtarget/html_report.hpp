#pragma once
// A self-contained HTML page of a completion report: a horizontal bar per lead unit with
// its weighted completion, a line at the expected pace, units and tasks behind it in red,
// and the task list below. Inline CSS and SVG: no network, no script; prints on A4.
// Every text taken from the input is escaped.

#include <govtarget/aggregate.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/progress.hpp>

#include <date/date.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// &, <, >, " and ' as entities: input text shows as text, never as markup.
inline std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

struct html_report_options {
    std::string title;                  // the table's title
    date::year_month_day as_of;
    fraction expected_percent;          // the pace the report is held against
    aggregation_policy policy{};
};

inline std::string html_report(const std::vector<tracked_task>& tasks, const html_report_options& options) {
    const fraction& pace = options.expected_percent;
    struct unit_row {
        std::string_view name;
        summary totals;
    };
    std::map<std::string_view, summary, std::less<>> groups = summarize_by(tasks, by_lead_unit, pace, options.policy);
    std::vector<unit_row> units;
    for (const auto& [name, totals] : groups) units.push_back({name, totals});
    // The units that need attention lead the chart: flagged ones first (most tasks behind
    // first), then the rest from the lowest completion up.
    std::stable_sort(units.begin(), units.end(), [&](const unit_row& a, const unit_row& b) {
        const bool fa = a.totals.flagged(pace), fb = b.totals.flagged(pace);
        if (fa != fb) return fa;
        if (a.totals.behind() != b.totals.behind()) return a.totals.behind() > b.totals.behind();
        const auto x = a.totals.weighted_completion(), y = b.totals.weighted_completion();
        if (x.has_value() != y.has_value()) return !x.has_value();
        if (x && *x != *y) return *x < *y;
        return a.name < b.name;
    });
    const summary total = summarize(tasks, pace, options.policy);
    const auto shown = [](const std::optional<decimal>& d) { return d ? d->to_string() + "%" : std::string("—"); };
    const std::string pace_text = pace.to_decimal(1).normalized().to_string() + "%";
    const std::string day = date::format("%F", options.as_of);
    const std::string title = options.title.empty() ? "主要任务完成情况" : options.title;

    std::ostringstream out;
    out << R"(<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>)" << html_escape(title) << "（截至" << day << "，序时进度" << pace_text << R"(）</title>
<style>
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
</style>
</head>
<body>
<h1>)" << html_escape(title) << R"(</h1>
<p class="subtitle">截至 )" << day << "　·　序时进度 " << pace_text << R"(</p>
<div class="figures">
<div>任务总数<b>)" << total.tasks() << R"(</b></div>
<div>已报送<b>)" << total.reported() << R"(</b></div>
<div>加权完成率<b>)" << shown(total.weighted_completion(2, rounding::half_up)) << R"(</b></div>
<div class="alert">欠进度任务<b>)" << total.behind() << R"(</b></div>
<div>未报送<b>)" << total.missing() << R"(</b></div>
</div>
<h2>各牵头单位加权完成率</h2>
)";
    // The chart: one row per unit, a scale of 0–100%, the pace as a dashed line.
    const int label_width = 190, chart_width = 470, value_width = 70, row_height = 22, top = 24;
    const int height = top + static_cast<int>(units.size()) * row_height + 8;
    const auto x_of = [&](const fraction& percent) {
        const fraction clamped = std::clamp(percent, fraction(0), fraction(100));
        return (fraction(label_width) + clamped * fraction(chart_width) / fraction(100)).to_decimal(1).to_string();
    };
    out << "<svg viewBox=\"0 0 " << label_width + chart_width + value_width << ' ' << height
        << "\" role=\"img\" aria-label=\"各牵头单位加权完成率\">\n";
    for (int tick = 0; tick <= 100; tick += 25) {
        const std::string x = x_of(fraction(tick));
        out << "<line class=\"grid\" x1=\"" << x << "\" y1=\"" << top - 4 << "\" x2=\"" << x << "\" y2=\"" << height - 6
            << "\"/><text x=\"" << x << "\" y=\"" << top - 8 << "\" text-anchor=\"middle\">" << tick << "%</text>\n";
    }
    for (std::size_t k = 0; k < units.size(); ++k) {
        const unit_row& u = units[k];
        const bool behind = u.totals.flagged(pace);
        const auto completion = u.totals.weighted_completion();
        const int y = top + static_cast<int>(k) * row_height;
        const std::string cls = behind ? " behind" : "";
        out << "<g class=\"unit" << cls << "\" data-unit=\"" << html_escape(u.name) << "\">"
            << "<text class=\"label" << cls << "\" x=\"" << label_width - 8 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">"
            << html_escape(u.name) << (behind ? " ▲" : "") << "</text>"
            << "<rect class=\"bar" << cls << "\" x=\"" << label_width << "\" y=\"" << y + 4 << "\" height=\"" << row_height - 8
            << "\" width=\"" << (completion ? (std::clamp(*completion, fraction(0), fraction(100)) * fraction(chart_width) / fraction(100)).to_decimal(1).to_string() : "0")
            << "\"/><text x=\"" << label_width + chart_width + 6 << "\" y=\"" << y + 15 << "\">"
            << shown(u.totals.weighted_completion(2, rounding::half_up)) << "</text></g>\n";
    }
    const std::string pace_x = x_of(pace);
    out << "<line class=\"pace\" x1=\"" << pace_x << "\" y1=\"" << top - 4 << "\" x2=\"" << pace_x << "\" y2=\"" << height - 4
        << "\"/>\n</svg>\n"
        << "<p class=\"legend\"><span class=\"swatch\" style=\"background:#2e6da4\"></span>达到序时进度"
           "<span class=\"swatch\" style=\"background:#c0392b\"></span>▲ 有任务欠进度或加权完成率低于序时进度"
           "<span class=\"swatch\" style=\"border-top:2px dashed #8b0000;height:0\"></span>序时进度 "
        << pace_text << "（完成率按100%封顶计）</p>\n";

    out << "<h2>任务完成情况</h2>\n<table>\n<colgroup><col class=\"number\"><col class=\"category\"><col>"
           "<col class=\"unit\"><col class=\"completion\"><col class=\"status\"></colgroup>\n<thead><tr><th>序号</th><th>项目名称</th><th>主要工作内容</th><th>牵头单位</th>"
           "<th>完成进度</th><th>状态</th></tr></thead>\n<tbody>\n";
    std::string_view previous_category;
    for (const tracked_task& t : tasks) {
        // As in the published table, a category stands on the first row of its group.
        const std::string_view category = t.target.category == previous_category ? std::string_view() : std::string_view(t.target.category);
        previous_category = t.target.category;
        const task_status status = status_of(t.progress.completion_percent(), pace, options.policy.status);
        const char* row_class = status == task_status::behind ? " class=\"behind\"" : status == task_status::not_reported ? " class=\"missing\"" : "";
        out << "<tr" << row_class << "><td class=\"number\">" << html_escape(t.target.id) << "</td><td class=\"category\">"
            << html_escape(category) << "</td><td>" << html_escape(t.target.task) << "</td><td class=\"unit\">"
            << html_escape(units_text(t.target.lead_units)) << "</td><td class=\"completion\">"
            << html_escape(completion_text(t.progress))
            << "</td><td class=\"status\">" << to_chinese(status) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</body>\n</html>\n";
    return out.str();
}

}  // namespace govtarget
