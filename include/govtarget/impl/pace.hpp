#pragma once
// The definitions pace.hpp marks GOVTARGET_DECL: included by pace.hpp, or compiled once into
// govtarget::compiled when the program defines GOVTARGET_SEPARATE_COMPILATION.

#include <govtarget/pace.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace govtarget {

GOVTARGET_DECL expected_pace expected_pace::trajectory(std::vector<std::pair<date::year_month_day, share>> points) {
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

GOVTARGET_DECL exact_share expected_pace::percent_at(const period& p, date::year_month_day as_of) const {
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

}  // namespace govtarget
