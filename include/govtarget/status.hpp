#pragma once
// A task's status against the expected pace (序时进度), and the gap to it: "时间过半、任务过半".
// Completion and pace are typed percents (share, exact_share) and the gap is percentage
// points, so an elapsed share of a period (11/12) cannot stand in for a pace (275/3 %).

#include <govtarget/decimal.hpp>
#include <govtarget/detail/exact_sum.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/rounding.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace govtarget {

enum class task_status {
    behind,        // 欠进度: completion < pace − tolerance
    on_pace,       // 达进度
    ahead,         // 超进度: completion ≥ pace + ahead band
    completed,     // 已完成: completion ≥ 100%
    not_reported,  // 未报送
};

[[nodiscard]] inline constexpr std::string_view to_string(task_status status) noexcept {
    switch (status) {
        case task_status::behind: return "behind";
        case task_status::on_pace: return "on_pace";
        case task_status::ahead: return "ahead";
        case task_status::completed: return "completed";
        case task_status::not_reported: return "not_reported";
    }
    return "not_reported";
}
[[nodiscard]] inline constexpr std::string_view to_chinese(task_status status) noexcept {
    switch (status) {
        case task_status::behind: return "欠进度";
        case task_status::on_pace: return "达进度";
        case task_status::ahead: return "超进度";
        case task_status::completed: return "已完成";
        case task_status::not_reported: return "未报送";
    }
    return "未报送";
}

// The bands around the pace. One policy for single tasks, summaries and batch files alike.
struct status_policy {
    percentage_points tolerance{decimal(0)};  // behind only below pace − tolerance
    percentage_points ahead_band{decimal(10)};  // ahead from pace + this band
    friend bool operator==(const status_policy&, const status_policy&) = default;
};

// The bands for a completion counted in whole tenths of a percent (how the batch engine reads
// "52.3"): each edge becomes the first whole tenth at or above it, so a record costs integer
// comparisons and gets exactly the status pace_bands::classify gives the same decimal.
struct tenths_bands {
    std::int64_t behind_below = 0;  // tenths < this: behind
    std::int64_t ahead_from = 0;    // tenths ≥ this: ahead

    [[nodiscard]] constexpr task_status classify(std::int64_t tenths) const noexcept {
        if (tenths >= 1000) return task_status::completed;
        if (tenths < behind_below) return task_status::behind;
        if (tenths >= ahead_from) return task_status::ahead;
        return task_status::on_pace;
    }
};

// The band edges for one pace, computed once and used for every record: the single place
// where a reported completion becomes a status.
class pace_bands {
public:
    pace_bands(const exact_share& pace, const status_policy& policy)
        : behind_below_((pace - policy.tolerance).percent()), ahead_from_((pace + policy.ahead_band).percent()) {
        if (policy.tolerance.percent().is_negative() || policy.ahead_band.percent().is_negative())
            throw domain_error("a pace tolerance and ahead band cannot be negative: " + policy.tolerance.to_string() +
                               ", " + policy.ahead_band.to_string());
    }

    // A reported completion (percent, as written; never negative).
    [[nodiscard]] task_status classify(decimal completion) const {
        if (completion >= decimal(100)) return task_status::completed;
        if (detail::compare(completion, behind_below_) < 0) return task_status::behind;
        if (detail::compare(completion, ahead_from_) >= 0) return task_status::ahead;
        return task_status::on_pace;
    }
    [[nodiscard]] task_status classify(const std::optional<share>& completion) const {
        return completion ? classify(completion->percent()) : task_status::not_reported;
    }
    // The same edges in whole tenths of a percent.
    [[nodiscard]] tenths_bands in_tenths() const {
        const auto edge = [](const fraction& percent) {
            return (percent * fraction(10)).to_decimal(0, rounding::ceiling).mantissa();
        };
        return {edge(behind_below_), edge(ahead_from_)};
    }
    // An exact completion, such as a weighted mean.
    [[nodiscard]] task_status classify(const exact_share& completion) const {
        const fraction c = completion.percent();
        if (c >= fraction(100)) return task_status::completed;
        if (c < behind_below_) return task_status::behind;
        if (c >= ahead_from_) return task_status::ahead;
        return task_status::on_pace;
    }

private:
    fraction behind_below_;
    fraction ahead_from_;
};

[[nodiscard]] inline task_status status_of(const std::optional<share>& completion, const exact_share& pace,
                                           const status_policy& policy = {}) {
    return pace_bands(pace, policy).classify(completion);
}

// completion − pace, in percentage points with its sign (negative: behind); none when not
// reported. 52% against 275/3 % is −119/3 个百分点.
[[nodiscard]] inline std::optional<exact_percentage_points> gap_to_pace(const std::optional<share>& completion,
                                                                        const exact_share& pace) {
    if (!completion) return std::nullopt;
    return *completion - pace;
}

// "高于序时进度5个百分点", "低于序时进度39.7个百分点", "与序时进度持平"; rounded half away from zero
// to `scale` places (a gap that rounds to zero is still said to be above or below).
[[nodiscard]] inline std::string gap_words(const exact_percentage_points& gap, int scale = 1) {
    const int sign = gap.percent().sign();
    if (sign == 0) return "与序时进度持平";
    const decimal shown = (sign < 0 ? -gap : gap).rounded(scale).percent().normalized();
    return std::string(sign < 0 ? "低于" : "高于") + "序时进度" + shown.normalized().to_string() + "个百分点";
}

enum class rag { red, amber, green };

[[nodiscard]] inline constexpr std::string_view to_string(rag band) noexcept {
    return band == rag::red ? "red" : band == rag::amber ? "amber" : "green";
}

// Green from pace − amber up, red below pace − red, amber between.
struct rag_bands {
    percentage_points amber{decimal(0)};
    percentage_points red{decimal(10)};
};

[[nodiscard]] inline std::optional<rag> rag_of(const std::optional<share>& completion, const exact_share& pace,
                                               const rag_bands& bands = {}) {
    if (!completion) return std::nullopt;
    if (bands.red < bands.amber)
        throw domain_error("the red band (" + bands.red.to_string() + ") must not be narrower than amber (" +
                           bands.amber.to_string() + ")");
    if (*completion >= pace - bands.amber) return rag::green;
    if (*completion < pace - bands.red) return rag::red;
    return rag::amber;
}

}  // namespace govtarget
