#pragma once
// A completion report as an Excel workbook, as officials open it in Excel or WPS (the
// govtarget::xlsx part; link libxlsxwriter). Three sheets, each printing A4 landscape:
//  - 汇总: a row per lead unit and a 合计 row — tasks, reported, not reported, weighted
//    completion (a percent cell), the gap to 序时进度 in 个百分点, tasks behind and which —
//    the units that need attention filled red;
//  - 图表: a column chart of the units' weighted completion, each beside the pace, on a
//    sheet of its own so that it prints whole;
//  - 任务: the tasks as published, with their status; tasks behind pace filled red, tasks not
//    reported grey.
// Colours come from govtarget's own exact status, not from spreadsheet formulas; numbers are
// written from their exact values (a cell holds a double, as every XLSX number does).

#include <govtarget/report.hpp>
#include <govtarget/text_layout.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace govtarget {

namespace detail {

// A decimal as the double an XLSX number cell holds, through its exact text.
[[nodiscard]] inline double xlsx_number(const decimal& value) { return std::strtod(value.to_string().c_str(), nullptr); }

struct xlsx_formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* text;
    lxw_format* percent;
    lxw_format* points;
    lxw_format* text_red;
    lxw_format* percent_red;
    lxw_format* points_red;
    lxw_format* text_grey;
    lxw_format* total;
    lxw_format* total_percent;
    lxw_format* total_points;

    explicit xlsx_formats(lxw_workbook* book) {
        const auto make = [&](const char* number_format, lxw_color_t fill, bool bold) {
            lxw_format* f = workbook_add_format(book);
            format_set_font_name(f, "等线");
            format_set_border(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            if (number_format) format_set_num_format(f, number_format);
            if (fill) format_set_bg_color(f, fill);
            if (bold) format_set_bold(f);
            return f;
        };
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = make(nullptr, 0xD9E1F2, true);
        text = make(nullptr, 0, false);
        percent = make("0.00%", 0, false);
        points = make("+0.00;-0.00;0.00", 0, false);
        text_red = make(nullptr, 0xF4CCCC, false);
        percent_red = make("0.00%", 0xF4CCCC, false);
        points_red = make("+0.00;-0.00;0.00", 0xF4CCCC, false);
        text_grey = make(nullptr, 0xEDEDED, false);
        total = make(nullptr, 0xFFF2CC, true);
        total_percent = make("0.00%", 0xFFF2CC, true);
        total_points = make("+0.00;-0.00;0.00", 0xFFF2CC, true);
    }
};

// Column widths that fit their longest text (a CJK character is two columns), within bounds.
class xlsx_widths {
public:
    void fit(lxw_col_t column, std::string_view text) {
        if (widths_.size() <= column) widths_.resize(column + 1, 8);
        widths_[column] = std::max(widths_[column], static_cast<double>(display_width(text)) + 2);
    }
    void apply(lxw_worksheet* sheet, double max) const {
        for (std::size_t c = 0; c < widths_.size(); ++c)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::min(widths_[c], max), nullptr);
    }

private:
    std::vector<double> widths_;
};

inline void xlsx_summary_row(lxw_worksheet* sheet, lxw_row_t row, const report_group& group, const xlsx_formats& f,
                             bool total, xlsx_widths& widths) {
    const bool red = !total && group.needs_attention();
    lxw_format* text = total ? f.total : red ? f.text_red : f.text;
    lxw_format* percent = total ? f.total_percent : red ? f.percent_red : f.percent;
    lxw_format* points = total ? f.total_points : red ? f.points_red : f.points;
    const summary& s = group.totals;
    worksheet_write_string(sheet, row, 0, group.name.c_str(), text);
    worksheet_write_number(sheet, row, 1, static_cast<double>(s.tasks()), text);
    worksheet_write_number(sheet, row, 2, static_cast<double>(s.reported()), text);
    worksheet_write_number(sheet, row, 3, static_cast<double>(s.missing()), text);
    if (const auto c = s.weighted_completion(4)) worksheet_write_number(sheet, row, 4, xlsx_number(c->percent()) / 100, percent);
    else worksheet_write_string(sheet, row, 4, "—", text);
    if (const auto gap = s.gap_to_pace()) worksheet_write_number(sheet, row, 5, xlsx_number(gap->rounded(2).percent()), points);
    else worksheet_write_string(sheet, row, 5, "—", text);
    worksheet_write_number(sheet, row, 6, static_cast<double>(s.behind()), text);
    std::string behind;
    for (const std::string& id : group.behind_tasks) behind += (behind.empty() ? "" : "、") + id;
    worksheet_write_string(sheet, row, 7, behind.c_str(), text);
    widths.fit(0, group.name);
    widths.fit(7, behind);
}

// Printed as officials print it: A4 landscape, one page wide, the header row on every page.
inline void xlsx_print_setup(lxw_worksheet* sheet, lxw_row_t header_row) {
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, header_row, header_row);
}

inline void xlsx_summary_sheet(lxw_workbook* book, const completion_report& report, const xlsx_formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "汇总");
    xlsx_print_setup(sheet, 3);
    const std::string subtitle = "截至 " + iso_date(report.as_of) + "，序时进度 " + report.pace_shown().to_string() + "%";
    worksheet_write_string(sheet, 0, 0, report.title.c_str(), f.title);
    worksheet_write_string(sheet, 1, 0, subtitle.c_str(), nullptr);
    const char* headers[] = {"牵头单位", "任务数", "已报送", "未报送", "加权完成率", "与序时进度差(个百分点)", "欠进度任务数", "欠进度任务"};
    xlsx_widths widths;
    for (lxw_col_t c = 0; c < 8; ++c) {
        worksheet_write_string(sheet, 3, c, headers[c], f.header);
        widths.fit(c, headers[c]);
    }
    lxw_row_t row = 4;
    for (const report_group& unit : report.units) xlsx_summary_row(sheet, row++, unit, f, false, widths);
    xlsx_summary_row(sheet, row, report.total, f, true, widths);
    widths.apply(sheet, 40);
    worksheet_freeze_panes(sheet, 4, 1);
    if (report.units.empty()) return;
    // The pace, once a unit, for the chart's line.
    const lxw_row_t first = 4, last = static_cast<lxw_row_t>(first + report.units.size() - 1);
    for (lxw_row_t r = first; r <= last; ++r)
        worksheet_write_number(sheet, r, 9, xlsx_number(report.pace.rounded(4).percent()) / 100, f.percent);
    worksheet_write_string(sheet, 3, 9, "序时进度", f.header);
    lxw_chart* bars = workbook_add_chart(book, LXW_CHART_COLUMN);
    lxw_chart_series* completion = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(completion, "汇总", first, 0, last, 0);
    chart_series_set_values(completion, "汇总", first, 4, last, 4);
    chart_series_set_name(completion, "加权完成率");
    // The pace beside each unit's bar (libxlsxwriter 1.1.4, Debian 12's, cannot combine a
    // line with columns).
    lxw_chart_series* pace = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(pace, "汇总", first, 0, last, 0);
    chart_series_set_values(pace, "汇总", first, 9, last, 9);
    chart_series_set_name(pace, "序时进度");
    lxw_chart_fill pace_fill{};
    pace_fill.color = 0x8B0000;
    chart_series_set_fill(pace, &pace_fill);
    chart_title_set_name(bars, "各牵头单位加权完成率");
    chart_axis_set_num_format(bars->y_axis, "0%");
    // On a sheet of its own, so that it prints whole on one page.
    lxw_chartsheet* chart_sheet = workbook_add_chartsheet(book, "图表");
    chartsheet_set_chart(chart_sheet, bars);
    chartsheet_set_landscape(chart_sheet);
    chartsheet_set_paper(chart_sheet, 9);
}

inline void xlsx_task_sheet(lxw_workbook* book, const completion_report& report, const xlsx_formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "任务");
    xlsx_print_setup(sheet, 0);
    const char* headers[] = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度", "状态"};
    xlsx_widths widths;
    for (lxw_col_t c = 0; c < 6; ++c) {
        worksheet_write_string(sheet, 0, c, headers[c], f.header);
        widths.fit(c, headers[c]);
    }
    lxw_row_t row = 1;
    for (const report_task& t : report.tasks) {
        const bool behind = t.status == task_status::behind, missing = t.status == task_status::not_reported;
        lxw_format* text = behind ? f.text_red : missing ? f.text_grey : f.text;
        const std::string units = t.lead_units_text();
        worksheet_write_string(sheet, row, 0, t.id.c_str(), text);
        worksheet_write_string(sheet, row, 1, t.category.c_str(), text);
        worksheet_write_string(sheet, row, 2, t.text.c_str(), text);
        worksheet_write_string(sheet, row, 3, units.c_str(), text);
        if (t.completion) worksheet_write_number(sheet, row, 4, xlsx_number(t.completion->percent()) / 100, behind ? f.percent_red : f.percent);
        else worksheet_write_string(sheet, row, 4, t.completion_text.c_str(), text);
        worksheet_write_string(sheet, row, 5, std::string(to_chinese(t.status)).c_str(), text);
        widths.fit(0, t.id);
        widths.fit(1, t.category);
        widths.fit(2, t.text);
        widths.fit(3, units);
        ++row;
    }
    widths.apply(sheet, 60);
    worksheet_freeze_panes(sheet, 1, 0);
}

}  // namespace detail

// Writes the report as a workbook at `path`. read_error naming the path when it cannot be
// written.
inline void write_xlsx_report(const std::filesystem::path& path, const completion_report& report) {
    lxw_workbook* book = workbook_new(path.string().c_str());
    if (!book) throw read_error(path.string(), 0, 0, "", "cannot create the workbook");
    const detail::xlsx_formats formats(book);
    detail::xlsx_summary_sheet(book, report, formats);
    detail::xlsx_task_sheet(book, report, formats);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        throw read_error(path.string(), 0, 0, "", std::string("cannot write the workbook: ") + lxw_strerror(e));
}

}  // namespace govtarget
