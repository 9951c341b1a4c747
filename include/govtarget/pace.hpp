#pragma once
// The expected pace (序时进度) and a task's status against it: "时间过半、任务过半".

#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>

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
    static expected_pace by(pace_basis basis = pace_basis::months) { return expected_pace(basis); }

    // A user-given curve: (date, expected percent) points, linear by day between them, the
    // first value before the first point and the last after the last.
    static expected_pace trajectory(std::vector<std::pair<date::year_month_day, decimal>> points) {
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

    // The expected completion in percent: 50 at the end of June, 275/3 (91.7) at the end of November.
    fraction percent_at(const period& p, date::year_month_day as_of) const {
        if (points_.empty()) return p.elapsed(as_of, basis_) * fraction(100);
        if (as_of <= points_.front().first) return fraction(points_.front().second);
        if (as_of >= points_.back().first) return fraction(points_.back().second);
        const auto after = std::upper_bound(points_.begin(), points_.end(), as_of,
                                            [](const auto& day, const auto& point) { return day < point.first; });
        const auto before = after - 1;
        const auto span = (date::sys_days(after->first) - date::sys_days(before->first)).count();
        const auto done = (date::sys_days(as_of) - date::sys_days(before->first)).count();
        const fraction from(before->second);
        const fraction to(after->second);
        return from + (to - from) * fraction(done, span);
    }

    bool is_trajectory() const noexcept { return !points_.empty(); }
    pace_basis basis() const noexcept { return basis_; }

private:
    explicit expected_pace(pace_basis basis) : basis_(basis) {}

    pace_basis basis_;
    std::vector<std::pair<date::year_month_day, decimal>> points_;
};

enum class task_status {
    behind,        // 欠进度: completion < expected − tolerance
    on_pace,       // 达进度
    ahead,         // 超进度: completion ≥ expected + ahead band
    completed,     // 已完成: completion ≥ 100
    not_reported,  // 未报送
};

inline constexpr std::string_view to_string(task_status status) noexcept {
    switch (status) {
        case task_status::behind: return "behind";
        case task_status::on_pace: return "on_pace";
        case task_status::ahead: return "ahead";
        case task_status::completed: return "completed";
        case task_status::not_reported: return "not_reported";
    }
    return "not_reported";
}
inline constexpr std::string_view to_chinese(task_status status) noexcept {
    switch (status) {
        case task_status::behind: return "欠进度";
        case task_status::on_pace: return "达进度";
        case task_status::ahead: return "超进度";
        case task_status::completed: return "已完成";
        case task_status::not_reported: return "未报送";
    }
    return "未报送";
}

struct status_policy {
    decimal tolerance_points = decimal(0);  // behind only below expected − tolerance
    decimal ahead_points = decimal(10);     // ahead from expected + this band
};

inline task_status status_of(const std::optional<decimal>& completion, const fraction& expected_percent,
                             const status_policy& policy = {}) {
    if (!completion) return task_status::not_reported;
    const fraction c(*completion);
    if (c >= fraction(100)) return task_status::completed;
    if (c < expected_percent - fraction(policy.tolerance_points)) return task_status::behind;
    if (c >= expected_percent + fraction(policy.ahead_points)) return task_status::ahead;
    return task_status::on_pace;
}

// completion − expected, in percentage points (negative: behind); none when not reported.
inline std::optional<fraction> gap_to_pace(const std::optional<decimal>& completion, const fraction& expected_percent) {
    if (!completion) return std::nullopt;
    return fraction(*completion) - expected_percent;
}

enum class rag { red, amber, green };

inline constexpr std::string_view to_string(rag band) noexcept {
    return band == rag::red ? "red" : band == rag::amber ? "amber" : "green";
}

// Green from expected − amber_points up, red below expected − red_points, amber between.
struct rag_bands {
    decimal amber_points = decimal(0);
    decimal red_points = decimal(10);
};

inline std::optional<rag> rag_of(const std::optional<decimal>& completion, const fraction& expected_percent,
                                 const rag_bands& bands = {}) {
    if (!completion) return std::nullopt;
    if (bands.red_points < bands.amber_points)
        throw domain_error("the red band (" + bands.red_points.to_string() + " points) must not be narrower than amber (" +
                           bands.amber_points.to_string() + ")");
    const fraction c(*completion);
    if (c >= expected_percent - fraction(bands.amber_points)) return rag::green;
    if (c < expected_percent - fraction(bands.red_points)) return rag::red;
    return rag::amber;
}

}  // namespace govtarget
