#pragma once
// The expected pace (序时进度): the completion a task should have reached by a date.
// Statuses and gaps against it are in status.hpp.

#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/status.hpp>

#include <date/date.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

// What share of the work should be done by a date, as an exact percent.
class expected_pace {
public:
    // By elapsed calendar: months (default; at quarter ends the quarterly 25/50/75/100, at
    // the end of November 11/12), whole quarters, or days.
    [[nodiscard]] static expected_pace by(pace_basis basis = pace_basis::months) { return expected_pace(basis); }

    // A user-given curve: (date, expected percent) points, linear by day between them, the
    // first value before the first point and the last after the last.
    [[nodiscard]] static expected_pace trajectory(std::vector<std::pair<date::year_month_day, share>> points) {
        if (points.empty()) throw domain_error("a pace trajectory needs at least one point");
        std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!points[i].first.ok()) throw domain_error("a pace trajectory point has an invalid date");
            if (i > 0 && points[i].first == points[i - 1].first)
                throw domain_error("a pace trajectory has two points on one date");
        }
        expected_pace pace(pace_basis::months);
        pace.points_ = std::move(points);
        return pace;
    }

    // The expected completion: 50% at the end of June, 275/3 % (约91.67%) at the end of November.
    [[nodiscard]] exact_share percent_at(const period& p, date::year_month_day as_of) const {
        if (points_.empty()) return p.elapsed(as_of, basis_).percent();
        if (as_of <= points_.front().first) return exact_share(points_.front().second);
        if (as_of >= points_.back().first) return exact_share(points_.back().second);
        const auto after = std::upper_bound(points_.begin(), points_.end(), as_of,
                                            [](const auto& day, const auto& point) { return day < point.first; });
        const auto before = after - 1;
        const auto span = (date::sys_days(after->first) - date::sys_days(before->first)).count();
        const auto done = (date::sys_days(as_of) - date::sys_days(before->first)).count();
        const fraction from = before->second.exact_percent();
        const fraction to = after->second.exact_percent();
        return exact_share(from + (to - from) * fraction(done, span));
    }

    [[nodiscard]] bool is_trajectory() const noexcept { return !points_.empty(); }
    [[nodiscard]] pace_basis basis() const noexcept { return basis_; }

private:
    explicit expected_pace(pace_basis basis) : basis_(basis) {}

    pace_basis basis_;
    std::vector<std::pair<date::year_month_day, share>> points_;
};

}  // namespace govtarget
