#include <govtarget/aggregate.hpp>
#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

using namespace govtarget;

namespace {

struct row {
    std::string lead_unit;
    std::string category;
    decimal weight = decimal(1);
    std::optional<share> completion;
};

std::optional<share> pct(decimal d) { return share(d); }

const std::vector<tracked_task>& q2_tasks() {
    static const std::vector<tracked_task> tasks = [] {
        const auto table = read_completion_table(read_seed(q2_table), q2_table);
        return table.tasks(table.default_as_of());
    }();
    return tasks;
}

const exact_share half(fraction(50));

}  // namespace

TEST_CASE("the Q2 2024 拱墅 table as of 2024-06-30: the published figures") {
    const auto& tasks = q2_tasks();
    REQUIRE(tasks.size() == 159);
    const summary all = summarize(tasks, half);
    CHECK(all.tasks() == 159);
    CHECK(all.reported() == 158);
    CHECK(all.missing() == 1);
    CHECK(all.weighted_completion(2) == share(59.69_dec));
    CHECK(all.behind() == 2);
    CHECK(all.completed() == 4);  // three at 100%, task 74 at 145%
    CHECK(all.over_achieved() == 1);
    aggregation_policy uncapped;
    uncapped.cap.reset();
    CHECK(summarize(tasks, half, uncapped).weighted_completion(2) == share(59.98_dec));

    const auto units = summarize_by(tasks, by_lead_unit, half);
    CHECK(units.size() == 32);
    const summary& housing = units.at("区住建局");
    CHECK(housing.tasks() == 16);
    CHECK(housing.weighted_completion(2) == share(64.84_dec));
    CHECK(housing.behind() == 1);
    const summary& labour = units.at("区人力社保局");
    CHECK(labour.tasks() == 4);
    CHECK(labour.weighted_completion(2) == share(67.25_dec));
    CHECK(labour.behind() == 1);
    const summary& development = units.at("区发改经信局");
    CHECK(development.tasks() == 30);
    CHECK(development.reported() == 29);
    CHECK(development.weighted_completion(2) == share(60.97_dec));

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

TEST_CASE("a unit behind the pace, and a unit with tasks behind, are two facts") {
    const auto units = summarize_by(q2_tasks(), by_lead_unit, half);
    std::vector<std::string> with_tasks_behind, behind;
    for (const auto& [unit, totals] : units) {
        if (totals.has_tasks_behind()) with_tasks_behind.push_back(unit);
        if (totals.is_behind()) behind.push_back(unit);
    }
    // Two units have a task behind; both are above the pace of 50% as a whole.
    CHECK(with_tasks_behind == std::vector<std::string>{"区人力社保局", "区住建局"});
    CHECK(behind.empty());
    CHECK(*units.at("区住建局").gap_to_pace() == exact_percentage_points(fraction(1484375, 100000)));  // 64.84375% − 50%
    // Below pace as a whole, with no task behind thanks to the tolerance.
    summary low(half, {.cap = share(100_dec), .missing = missing_policy::excluded,
                       .status = {percentage_points(5_dec), percentage_points(10_dec)}});
    low.add({decimal(1), pct(40_dec)});
    CHECK(low.behind() == 1);
    summary slightly_low(half, {.cap = share(100_dec), .missing = missing_policy::excluded,
                                .status = {percentage_points(5_dec), percentage_points(10_dec)}});
    slightly_low.add({decimal(1), pct(47_dec)});
    CHECK_FALSE(slightly_low.has_tasks_behind());
    CHECK_FALSE(slightly_low.is_behind());  // within the tolerance, like a task
    summary far_low(half);
    far_low.add({decimal(1), pct(20_dec)});
    far_low.add({decimal(1), pct(60_dec)});
    CHECK(far_low.is_behind());  // 40% < 50%
    CHECK(far_low.has_tasks_behind());
}

TEST_CASE("rankings of lead units") {
    const auto units = summarize_by(q2_tasks(), by_lead_unit, half);
    const auto by_completion = ranked_by_completion(units);
    CHECK(by_completion.front().key == "区红十字会");  // 88.8%
    CHECK(*by_completion.front().totals.weighted_completion(1) == share(88.8_dec));
    const auto by_behind = ranked_by_behind(units);
    CHECK(by_behind[0].key == "区住建局");  // 1 behind, 64.84% < 67.25%
    CHECK(by_behind[1].key == "区人力社保局");
}

TEST_CASE("keys are owned: a summary map outlives the records it came from") {
    // The one-liner that read freed memory when keys were views into a temporary vector.
    const auto table = read_completion_table(read_seed(q2_table), q2_table);
    const auto units = summarize_by(table.tasks(table.default_as_of()), by_lead_unit, half);
    static_assert(std::is_same_v<std::remove_cvref_t<decltype(units)>::key_type, std::string>);
    std::vector<std::string> names;
    for (const auto& [unit, totals] : units) names.push_back(unit);
    CHECK(std::find(names.begin(), names.end(), "区住建局") != names.end());
    CHECK(units.at("区住建局").weighted_completion(2) == share(64.84_dec));
    // A key function returning a C string is owned too.
    const auto by_c_string = summarize_by(std::vector<row>{{"甲", "x", decimal(1), pct(50_dec)}},
                                          [](const row& r) { return r.lead_unit.c_str(); }, half);
    static_assert(std::is_same_v<std::remove_cvref_t<decltype(by_c_string)>::key_type, std::string>);
    CHECK(by_c_string.begin()->first == "甲");
}

template <class Range>
concept filterable = requires(Range&& r) { records_with_status(std::forward<Range>(r), task_status::behind, half); };

TEST_CASE("filters return addresses into the range, so a temporary range does not compile") {
    static_assert(filterable<const std::vector<tracked_task>&>);
    static_assert(!filterable<std::vector<tracked_task>>);
    CHECK(records_with_status(q2_tasks(), task_status::behind, half).size() == 2);
}

TEST_CASE("a task with several lead units counts once under each, and once in a total") {
    std::vector<tracked_task> tasks(2);
    tasks[0].target.id = "1";
    tasks[0].target.lead_units = {"区发改局", "区财政局"};
    tasks[0].progress.completion = share(40_dec);
    tasks[1].target.id = "2";
    tasks[1].target.lead_units = {"区财政局"};
    tasks[1].progress.completion = share(60_dec);
    const auto units = summarize_by(tasks, by_lead_units, half);
    REQUIRE(units.size() == 2);
    CHECK(units.at("区发改局").tasks() == 1);
    CHECK(units.at("区财政局").tasks() == 2);
    CHECK(units.at("区财政局").weighted_completion() == exact_share(fraction(50)));
    CHECK(summarize(tasks, half).tasks() == 2);
    // The first-unit key counts it once, under its first unit.
    CHECK(summarize_by(tasks, by_lead_unit, half).at("区财政局").tasks() == 1);
    tasks[1].target.lead_units.clear();  // no lead unit: counted under "", never dropped
    CHECK(summarize_by(tasks, by_lead_units, half).at("").tasks() == 1);
}

TEST_CASE("a summary knows its pace and policy: partials under different ones do not merge") {
    summary q1(exact_share(fraction(25)));
    q1.add({decimal(1), pct(30_dec)});
    summary q2(half);
    q2.add({decimal(1), pct(30_dec)});
    CHECK(q1.pace() == share(25_dec));
    try {
        q2.merge(q1);
        FAIL("merged a Q1 partial into a Q2 one");
    } catch (const domain_error& e) {
        CHECK(std::string(e.what()).find("25%") != std::string::npos);
        CHECK(std::string(e.what()).find("50%") != std::string::npos);
    }
    aggregation_policy lenient;
    lenient.status.tolerance = percentage_points(10_dec);
    summary other(half, lenient);
    try {
        q2.merge(other);
        FAIL("merged partials counted under different policies");
    } catch (const domain_error& e) {
        CHECK(std::string(e.what()).find("tolerance 10个百分点") != std::string::npos);
        CHECK(std::string(e.what()).find("tolerance 0个百分点") != std::string::npos);
    }
    summary same(half);
    same.add({decimal(1), pct(70_dec)});
    q2.merge(same);
    CHECK(q2.tasks() == 2);
    CHECK_THROWS_AS(summary(half, {.cap = share(0_dec)}), domain_error);
}

TEST_CASE("by category and by any key") {
    const auto categories = summarize_by(q2_tasks(), by_category, half);
    CHECK(categories.at("主要经济指标").tasks() == 5);
    CHECK(categories.at("主要经济指标").missing() == 1);
    const auto by_status = summarize_by(q2_tasks(), [](const tracked_task& t) { return status_of(task_input_of(t).completion, half); }, half);
    CHECK(by_status.at(task_status::behind).tasks() == 2);
    CHECK(by_status.at(task_status::not_reported).tasks() == 1);
}

TEST_CASE("policies: cap, missing, weights") {
    const std::vector<row> rows{{"A", "x", decimal(1), pct(145_dec)}, {"A", "x", decimal(3), pct(40_dec)}, {"A", "x", decimal(2), std::nullopt}};
    const summary capped = summarize(rows, half);
    CHECK(capped.weighted_completion() == exact_share(fraction(100 + 120, 4)));
    aggregation_policy none;
    none.cap.reset();
    CHECK(summarize(rows, half, none).weighted_completion() == exact_share(fraction(145 + 120, 4)));
    aggregation_policy cap_120;
    cap_120.cap = share(120_dec);
    CHECK(summarize(rows, half, cap_120).weighted_completion() == exact_share(fraction(120 + 120, 4)));
    aggregation_policy zero;
    zero.missing = missing_policy::as_zero;
    CHECK(summarize(rows, half, zero).weighted_completion() == exact_share(fraction(100 + 120, 6)));
    CHECK(summarize(rows, half, zero).missing() == 1);
    // Lower-is-better targets report completion like any other: mixing them changes nothing here.
    const std::vector<row> nothing{{"A", "x", decimal(1), std::nullopt}};
    CHECK_FALSE(summarize(nothing, half).weighted_completion().has_value());  // no data, not NaN
    CHECK_FALSE(summarize(nothing, half).weighted_completion(2).has_value());
    CHECK(summarize(nothing, half, zero).weighted_completion() == exact_share(fraction(0)));
    const std::vector<row> bad_weight{{"A", "x", decimal(0), pct(50_dec)}};
    CHECK_THROWS_AS((void)summarize(bad_weight, half), domain_error);
    const std::vector<row> negative_weight{{"A", "x", decimal(-1), pct(50_dec)}};
    CHECK_THROWS_AS((void)summarize(negative_weight, half), domain_error);
    const std::vector<row> fractional{{"A", "x", 0.5_dec, pct(50_dec)}, {"A", "x", 1.5_dec, pct(70_dec)}};
    CHECK(summarize(fractional, half).weighted_completion() == exact_share(fraction(65)));
}

TEST_CASE("display rounding is half up, only for display") {
    const std::vector<row> rows{{"A", "x", decimal(1), pct(0.125_dec)}, {"A", "x", decimal(1), pct(0.125_dec)}};
    const summary s = summarize(rows, half);
    CHECK(s.weighted_completion() == exact_share(fraction(1, 8)));
    CHECK(s.weighted_completion(2) == share(0.13_dec));
    CHECK(s.weighted_completion(2, rounding::half_even) == share(0.12_dec));
}

TEST_CASE("partial aggregates merge to the one-pass result, on random data") {
    std::mt19937_64 random(159);
    std::uniform_int_distribution<int> unit(0, 9), weight(1, 5), progress(0, 1500), missing(0, 29);
    std::vector<row> rows(20000);
    for (auto& r : rows) {
        r.lead_unit = "unit" + std::to_string(unit(random));
        r.weight = decimal(weight(random));
        if (missing(random) != 0) r.completion = share(decimal::from_mantissa(progress(random), 1));
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
        for (const auto& [key, partial] : b) a.try_emplace(key, half).first->second.merge(partial);
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
            if (!nothing_reported && k % 3 != 0) r.completion = share(decimal::from_mantissa(progress(random), 1));
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
                weighted += wide{r.weight.mantissa()} * r.completion->percent().with_scale(1).mantissa();
                weights += r.weight.mantissa();
            }
        if (weights == 0) {
            CHECK(totals.reported() == 0);
            CHECK_FALSE(totals.weighted_completion().has_value());
            CHECK_FALSE(totals.weighted_completion(2).has_value());
            CHECK_FALSE(totals.is_behind());  // nothing reported is missing, not behind
            CHECK_FALSE(totals.has_tasks_behind());
        } else {
            const auto exact = totals.weighted_completion();
            REQUIRE(exact.has_value());
            CHECK(*exact == exact_share(fraction(static_cast<std::int64_t>(weighted), static_cast<std::int64_t>(weights * 10))));
        }
    }
}
