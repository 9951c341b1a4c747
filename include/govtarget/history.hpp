#pragma once
// A task's completion over successive reports: falls from one report to the next, and a
// linear projection of year-end completion from the pace so far.

#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>

#include <date/date.h>

#include <algorithm>
#include <map>
#include <ranges>
#include <optional>
#include <string>
#include <vector>

namespace govtarget {

struct progress_point {
    date::year_month_day as_of;
    std::optional<share> completion;  // none: no number in that report
    friend bool operator==(const progress_point&, const progress_point&) = default;
};

// A completion that fell between two reports.
struct completion_fall {
    progress_point before;
    progress_point after;
};

class progress_series {
public:
    progress_series() = default;
    explicit progress_series(std::vector<progress_point> points) {
        for (auto& p : points) add(p);
    }

    // Keeps points in date order; a second report for one date is a domain_error.
    void add(const progress_point& point) {
        if (!point.as_of.ok()) throw domain_error("a progress point has an invalid date");
        const auto at = std::lower_bound(points_.begin(), points_.end(), point.as_of,
                                         [](const progress_point& p, const date::year_month_day& d) { return p.as_of < d; });
        if (at != points_.end() && at->as_of == point.as_of)
            throw domain_error("two reports for one date: " + iso_date(point.as_of));
        points_.insert(at, point);
    }

    const std::vector<progress_point>& points() const noexcept { return points_; }
    bool empty() const noexcept { return points_.empty(); }

    // Every fall between consecutive reported points (not-reported points are skipped).
    std::vector<completion_fall> falls() const {
        std::vector<completion_fall> found;
        const progress_point* previous = nullptr;
        for (const auto& p : points_) {
            if (!p.completion) continue;
            if (previous && *p.completion < *previous->completion) found.push_back({*previous, p});
            previous = &p;
        }
        return found;
    }
    // Whether the latest report is below the one before it.
    bool fell_since_last_report() const {
        const auto all = falls();
        return !all.empty() && all.back().after == latest_reported().value();
    }

    std::optional<progress_point> latest_reported() const {
        for (auto it = points_.rbegin(); it != points_.rend(); ++it)
            if (it->completion) return *it;
        return std::nullopt;
    }

    // Year-end (end of `p`) completion if the pace so far continues: latest / elapsed.
    // None before any report or before any time has elapsed.
    [[nodiscard]] std::optional<exact_share> projected_completion(const period& p, pace_basis basis = pace_basis::months) const {
        const auto latest = latest_reported();
        if (!latest) return std::nullopt;
        const fraction elapsed = p.elapsed(latest->as_of, basis).value();
        if (elapsed.is_zero()) return std::nullopt;
        return exact_share(latest->completion->exact_percent() / elapsed);
    }
    std::optional<bool> projected_to_complete(const period& p, pace_basis basis = pace_basis::months) const {
        const auto projection = projected_completion(p, basis);
        if (!projection) return std::nullopt;
        return *projection >= share(decimal(100));
    }

private:
    std::vector<progress_point> points_;
};

// Series per task id from any range of progress records.
template <std::ranges::input_range Range>
std::map<std::string, progress_series, std::less<>> series_by_task(const Range& records) {
    std::map<std::string, progress_series, std::less<>> series;
    for (const progress_record& record : records) series[record.task_id].add({record.as_of, record.completion});
    return series;
}

}  // namespace govtarget
