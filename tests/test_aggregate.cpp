#include <govtarget/aggregate.hpp>
#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace govtarget;

namespace {

struct row {
    std::string lead_unit;
    std::string category;
    decimal weight = decimal(1);
    std::optional<decimal> completion;
};

const std::vector<tracked_task>& q2_tasks() {
    static const std::vector<tracked_task> tasks = [] {
        const auto table = read_completion_table(read_seed(q2_table), q2_table);
        return table.tasks(table.default_as_of());
    }();
    return tasks;
}

const fraction half(50);

}  // namespace

TEST_CASE("the Q2 2024 拱墅 table as of 2024-06-30: the published figures") {
    const auto& tasks = q2_tasks();
    REQUIRE(tasks.size() == 159);
    const summary all = summarize(tasks, half);
    CHECK(all.tasks() == 159);
    CHECK(all.reported() == 158);
    CHECK(all.missing() == 1);
    CHECK(all.weighted_completion(2) == 59.69_dec);
    CHECK(all.behind() == 2);
    CHECK(all.completed() == 4);  // three at 100%, task 74 at 145%
    CHECK(all.over_achieved() == 1);
    aggregation_policy uncapped;
    uncapped.cap.reset();
    CHECK(summarize(tasks, half, uncapped).weighted_completion(2) == 59.98_dec);

    const auto units = summarize_by(tasks, by_lead_unit, half);
    CHECK(units.size() == 32);
    const summary& housing = units.at("区住建局");
    CHECK(housing.tasks() == 16);
    CHECK(housing.weighted_completion(2) == 64.84_dec);
    CHECK(housing.behind() == 1);
    const summary& labour = units.at("区人力社保局");
    CHECK(labour.tasks() == 4);
    CHECK(labour.weighted_completion(2) == 67.25_dec);
    CHECK(labour.behind() == 1);
    const summary& development = units.at("区发改经信局");
    CHECK(development.tasks() == 30);
    CHECK(development.reported() == 29);
    CHECK(development.weighted_completion(2) == 60.97_dec);

    const auto behind = records_with_status(tasks, task_status::behind, half);
    REQUIRE(behind.size() == 2);
    CHECK(behind[0]->target.id == "12");
    CHECK(behind[1]->target.id == "68");
    const auto done = records_with_status(tasks, task_status::completed, half);
    REQUIRE(done.size() == 4);
    const auto task_74 = std::find_if(done.begin(), done.end(), [](const auto* t) { return t->target.id == "74"; });
    REQUIRE(task_74 != done.end());
    CHECK((*task_74)->progress.completion == share(145_dec));
    const auto missing = records_with_status(tasks, task_status::not_reported, half);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0]->target.id == "1");
}

TEST_CASE("flags and rankings of lead units") {
    const auto units = summarize_by(q2_tasks(), by_lead_unit, half);
    auto reports = flag_groups(units, half);
    std::vector<std::string_view> flagged;
    for (const auto& r : reports)
        if (r.flagged) flagged.push_back(r.key);
    // Units with a task behind, or a weighted completion below 50%: none is below 50 here.
    CHECK(flagged == std::vector<std::string_view>{"区人力社保局", "区住建局"});
    rank_by_completion(reports);
    CHECK(reports.front().key == "区红十字会");  // 88.8%
    CHECK(*reports.front().totals.weighted_completion(1) == 88.8_dec);
    rank_by_behind(reports);
    CHECK(reports[0].key == "区住建局");  // 1 behind, 64.84% < 67.25%
    CHECK(reports[1].key == "区人力社保局");
    // Below pace without a task behind also flags.
    summary low;
    low.add({decimal(1), 49_dec}, half, {.cap = decimal(100), .missing = missing_policy::excluded, .status = {5_dec, 10_dec}});
    CHECK(low.behind() == 0);
    CHECK(low.flagged(half));
}

TEST_CASE("by category and by any key") {
    const auto categories = summarize_by(q2_tasks(), by_category, half);
    CHECK(categories.at("主要经济指标").tasks() == 5);
    CHECK(categories.at("主要经济指标").missing() == 1);
    const auto by_status = summarize_by(q2_tasks(), [](const tracked_task& t) { return status_of(t.progress.completion_percent(), half); }, half);
    CHECK(by_status.at(task_status::behind).tasks() == 2);
    CHECK(by_status.at(task_status::not_reported).tasks() == 1);
}

TEST_CASE("policies: cap, missing, weights") {
    const std::vector<row> rows{{"A", "x", decimal(1), 145_dec}, {"A", "x", decimal(3), 40_dec}, {"A", "x", decimal(2), std::nullopt}};
    const summary capped = summarize(rows, half);
    CHECK(capped.weighted_completion() == fraction(100 + 120, 4));
    aggregation_policy none;
    none.cap.reset();
    CHECK(summarize(rows, half, none).weighted_completion() == fraction(145 + 120, 4));
    aggregation_policy cap_120;
    cap_120.cap = decimal(120);
    CHECK(summarize(rows, half, cap_120).weighted_completion() == fraction(120 + 120, 4));
    aggregation_policy zero;
    zero.missing = missing_policy::as_zero;
    CHECK(summarize(rows, half, zero).weighted_completion() == fraction(100 + 120, 6));
    CHECK(summarize(rows, half, zero).missing() == 1);
    // Lower-is-better targets report completion like any other: mixing them changes nothing here.
    const std::vector<row> nothing{{"A", "x", decimal(1), std::nullopt}};
    CHECK_FALSE(summarize(nothing, half).weighted_completion().has_value());  // no data, not NaN
    CHECK_FALSE(summarize(nothing, half).weighted_completion(2).has_value());
    CHECK(summarize(nothing, half, zero).weighted_completion() == fraction(0));
    const std::vector<row> bad_weight{{"A", "x", decimal(0), 50_dec}};
    CHECK_THROWS_AS(summarize(bad_weight, half), domain_error);
    const std::vector<row> negative_weight{{"A", "x", decimal(-1), 50_dec}};
    CHECK_THROWS_AS(summarize(negative_weight, half), domain_error);
    const std::vector<row> fractional{{"A", "x", 0.5_dec, 50_dec}, {"A", "x", 1.5_dec, 70_dec}};
    CHECK(summarize(fractional, half).weighted_completion() == fraction(65));
}

TEST_CASE("display rounding is half up, only for display") {
    const std::vector<row> rows{{"A", "x", decimal(1), 0.125_dec}, {"A", "x", decimal(1), 0.125_dec}};
    const summary s = summarize(rows, half);
    CHECK(s.weighted_completion() == fraction(1, 8));
    CHECK(s.weighted_completion(2) == 0.13_dec);
    CHECK(s.weighted_completion(2, rounding::half_even) == 0.12_dec);
}

TEST_CASE("partial aggregates merge to the one-pass result, on random data") {
    std::mt19937_64 random(159);
    std::uniform_int_distribution<int> unit(0, 9), weight(1, 5), progress(0, 1500), missing(0, 29);
    std::vector<row> rows(20000);
    for (auto& r : rows) {
        r.lead_unit = "unit" + std::to_string(unit(random));
        r.weight = decimal(weight(random));
        if (missing(random) != 0) r.completion = decimal::from_mantissa(progress(random), 1);
    }
    for (int trial = 0; trial < 20; ++trial) {
        const auto split = std::uniform_int_distribution<std::size_t>(0, rows.size())(random);
        const std::vector<row> first(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(split));
        const std::vector<row> second(rows.begin() + static_cast<std::ptrdiff_t>(split), rows.end());
        summary merged = summarize(first, half);
        merged.merge(summarize(second, half));
        CHECK(merged == summarize(rows, half));
        CHECK(merged.weighted_completion() == summarize(rows, half).weighted_completion());
        auto a = summarize_by(first, by_lead_unit, half);
        const auto b = summarize_by(second, by_lead_unit, half);
        for (const auto& [key, partial] : b) a[key].merge(partial);
        CHECK(a == summarize_by(rows, by_lead_unit, half));
    }
}

TEST_CASE("no data is a defined result: groups with nothing reported have no completion, never NaN or a throw") {
    std::mt19937_64 random(2024);
    std::uniform_int_distribution<int> unit(0, 29), weight(1, 1000), progress(0, 2000), silent(0, 2);
    std::vector<row> rows;
    for (int u = 0; u < 30; ++u) {
        const bool nothing_reported = silent(random) == 0;
        for (int k = 0; k < 50; ++k) {
            row r{"unit" + std::to_string(u), "c", decimal(weight(random)), std::nullopt};
            if (!nothing_reported && k % 3 != 0) r.completion = decimal::from_mantissa(progress(random), 1);
            rows.push_back(r);
        }
    }
    aggregation_policy uncapped;
    uncapped.cap.reset();
    for (const auto& [unit_name, totals] : summarize_by(rows, by_lead_unit, half, uncapped)) {
        // The reference: Σ w·c / Σ w over the reported tasks, in 128-bit integers (tenths).
        __extension__ typedef __int128 wide;
        wide weighted = 0, weights = 0;
        for (const row& r : rows)
            if (r.lead_unit == unit_name && r.completion) {
                weighted += wide{r.weight.mantissa()} * r.completion->with_scale(1).mantissa();
                weights += r.weight.mantissa();
            }
        if (weights == 0) {
            CHECK(totals.reported() == 0);
            CHECK_FALSE(totals.weighted_completion().has_value());
            CHECK_FALSE(totals.weighted_completion(2).has_value());
            CHECK_FALSE(totals.flagged(half));  // nothing reported is missing, not behind
        } else {
            const auto exact = totals.weighted_completion();
            REQUIRE(exact.has_value());
            CHECK(*exact == fraction(static_cast<std::int64_t>(weighted), static_cast<std::int64_t>(weights * 10)));
        }
    }
}
