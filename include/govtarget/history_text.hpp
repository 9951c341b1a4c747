#pragma once
// Text of progress series, as `govtarget history` prints them: one line per report with the
// completion, the 序时进度 of that date and ↓ where it fell since the report before, then the
// year-end completion projected from the pace so far.

#include <govtarget/aggregate.hpp>
#include <govtarget/history.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/text_layout.hpp>

#include <date/date.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

// A group's weighted completion at each report date (to four places), as a series.
[[nodiscard]] inline progress_series weighted_completion_series(
    const std::vector<std::pair<date::year_month_day, summary>>& totals_by_date) {
    progress_series weighted;
    for (const auto& [as_of, totals] : totals_by_date) weighted.add({as_of, totals.weighted_completion(4)});
    return weighted;
}

// "2024年 任务 68" then "  2024-06-30  45%       序时进度 50%", "  预计年末 90.00%（难以完成）".
[[nodiscard]] inline std::string render_series_text(const period& p, std::string_view title, const progress_series& series,
                                                    const expected_pace& pace = expected_pace::by()) {
    std::string out(title);
    out += '\n';
    const std::vector<completion_fall> falls = series.falls();
    for (const auto& point : series.points()) {
        const bool fell = std::any_of(falls.begin(), falls.end(), [&](const completion_fall& f) { return f.after == point; });
        const auto shown = point.completion && point.completion->percent().scale() > 2
                               ? std::optional(point.completion->rounded(2, rounding::half_up))
                               : point.completion;
        out += "  " + iso_date(point.as_of) + "  " + pad_to_width(completion_text(shown), 10) + "序时进度 " +
               pace.percent_at(p, point.as_of).rounded(1).percent().normalized().to_string() + "%" +
               (fell ? "  ↓ 下降" : "") + "\n";
    }
    const auto projected = series.projected_completion(p);
    out += "  预计年末 " + (projected ? projected->rounded(2, rounding::half_up).to_string() : std::string("—")) +
           (projected ? (*projected >= share(decimal(100)) ? "（可完成）" : "（难以完成）") : "") + "\n";
    return out;
}

// "  2024-06-30  任务 16，欠进度 1，未报送 0" for each report.
[[nodiscard]] inline std::string render_counts_text(const std::vector<std::pair<date::year_month_day, summary>>& totals_by_date) {
    std::string out;
    for (const auto& [as_of, totals] : totals_by_date)
        out += "  " + iso_date(as_of) + "  任务 " + std::to_string(totals.tasks()) + "，欠进度 " +
               std::to_string(totals.behind()) + "，未报送 " + std::to_string(totals.missing()) + "\n";
    return out;
}

}  // namespace govtarget
