#pragma once
// Targets year over year: two plans' targets matched by metric key and kind — changed
// (固定资产投资 740亿元以上 → 800亿元以上: +60亿元, +8.1%; 5%左右 → 5.5%左右: +0.5个百分点),
// bound changed (以上 → 左右), unchanged, new or dropped.

#include <govtarget/pairing.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

enum class change_status { changed, bound_changed, unchanged, added, dropped };

// As the JSON Lines and CSV write it: changed, bound_changed, unchanged, new, dropped.
[[nodiscard]] inline constexpr std::string_view to_string(change_status status) noexcept {
    switch (status) {
        case change_status::changed: return "changed";
        case change_status::bound_changed: return "bound_changed";
        case change_status::unchanged: return "unchanged";
        case change_status::added: return "new";
        case change_status::dropped: return "dropped";
    }
    return "changed";
}

struct target_change {
    std::string metric;  // as the newer plan names it (the older, for a dropped target)
    std::string metric_key;
    std::optional<extracted_target> old_target{}, new_target{};
    std::string old_text{}, new_text{};  // as written: "740亿元以上"
    change_status status = change_status::unchanged;
    std::optional<quantity> change{};    // new − old: +60亿元, +0.5个百分点 (rates: points)
    std::optional<fraction> relative{};  // amounts: (new − old) / old, in percent, exactly
};

// "+60亿元", "-0.5个百分点", "0个百分点"; empty where nothing is compared (new, dropped).
[[nodiscard]] inline std::string change_text(const target_change& c) {
    return c.change ? detail::signed_text(*c.change) : std::string();
}

// "+8.1%": the relative change of an amount, rounded to one place for showing; empty for rates.
[[nodiscard]] inline std::string relative_text(const target_change& c) {
    if (!c.relative) return {};
    decimal shown = exact_growth_rate(*c.relative).rounded(1).percent();
    if (shown.mantissa() % 10 == 0) shown = decimal::from_mantissa(shown.mantissa() / 10, 0);
    return (shown.mantissa() > 0 ? "+" : "") + growth_rate(shown).to_string();
}

namespace detail {

inline bool same_bound(const text_quantity& a, const text_quantity& b) {
    return a.bound == b.bound && a.inclusive == b.inclusive;
}

inline target_change compared(const extracted_target& old_target, const extracted_target& new_target) {
    target_change c{new_target.metric, new_target.metric_key, old_target, new_target};
    const text_quantity& a = old_target.quantity;
    const text_quantity& b = new_target.quantity;
    c.change = difference(b.value, a.value);
    const bool same_value = exact_number(a.value) == exact_number(b.value) &&
                            a.upper.has_value() == b.upper.has_value() &&
                            (!a.upper || exact_number(*a.upper) == exact_number(*b.upper));
    c.status = !same_value ? change_status::changed : !same_bound(a, b) ? change_status::bound_changed : change_status::unchanged;
    if (!is_rate_value(a.value) && !exact_number(a.value).is_zero())
        c.relative = (exact_number(b.value) - exact_number(a.value)) / exact_number(a.value) * fraction(100);
    return c;
}

inline std::vector<extracted_target> plan_targets(std::string_view report) {
    const auto several = several_years_spans(report, plan_year(report));
    std::vector<extracted_target> targets;
    for (extracted_target& t : extract_targets(report))
        if (t.section == report_section::plan && !over_several_years(report, t, several)) targets.push_back(std::move(t));
    return targets;
}

}  // namespace detail

// Matches the newer targets with the older by metric key and kind (a growth rate with a growth
// rate, 亿元 with 元, a stretch tier with a stretch tier), each once, in the newer plan's order;
// the older targets left over are dropped.
[[nodiscard]] inline std::vector<target_change> compare_targets(std::span<const extracted_target> old_targets,
                                                                std::span<const extracted_target> new_targets) {
    std::vector<target_change> changes;
    std::vector<bool> used(old_targets.size(), false);
    for (const extracted_target& t : new_targets) {
        std::optional<std::size_t> match;
        for (std::size_t k = 0; k < old_targets.size() && !match; ++k)
            if (!used[k] && detail::key_pairs(t.metric_key, old_targets[k].metric_key) && t.stretch == old_targets[k].stretch &&
                detail::comparable(t.quantity.value, old_targets[k].quantity.value))
                match = k;
        if (!match) {
            changes.push_back(target_change{t.metric, t.metric_key, std::nullopt, t});
            changes.back().status = change_status::added;
            continue;
        }
        used[*match] = true;
        changes.push_back(detail::compared(old_targets[*match], t));
    }
    for (std::size_t k = 0; k < old_targets.size(); ++k) {
        if (used[k]) continue;
        changes.push_back(target_change{old_targets[k].metric, old_targets[k].metric_key, old_targets[k], std::nullopt});
        changes.back().status = change_status::dropped;
    }
    return changes;
}

// Two reports' plans compared: the targets of each plan part, leaving out those over several
// years (十四五, 年均), with each target as its report writes it.
[[nodiscard]] inline std::vector<target_change> compare_reports(std::string_view old_report, std::string_view new_report) {
    std::vector<target_change> changes = compare_targets(detail::plan_targets(old_report), detail::plan_targets(new_report));
    for (target_change& c : changes) {
        if (c.old_target) c.old_text = detail::written(old_report, c.old_target->quantity);
        if (c.new_target) c.new_text = detail::written(new_report, c.new_target->quantity);
    }
    return changes;
}

}  // namespace govtarget
