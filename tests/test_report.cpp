#include <govtarget/completion_table.hpp>
#include <govtarget/report.hpp>

#include <doctest/doctest.h>

#include "report_tasks.hpp"
#include "seed.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace govtarget;

namespace {

completion_report q2_report() {
    const completion_table table = read_completion_table(read_seed(q2_table), q2_table);
    const auto as_of = table.default_as_of();
    return make_completion_report(table.tasks(as_of), {table.title, q2_table, *table.target_period(), as_of});
}

const report_group& unit_named(const completion_report& report, std::string_view name) {
    const auto it = std::find_if(report.units.begin(), report.units.end(), [&](const report_group& g) { return g.name == name; });
    REQUIRE(it != report.units.end());
    return *it;
}

const period year_2024 = period::year(date::year{2024});
const date::year_month_day end_of_june = date::year{2024} / 6 / 30;
using ids = std::vector<std::string>;

}  // namespace

TEST_CASE("the report of the Q2 2024 table") {
    const completion_report report = q2_report();
    CHECK(report.title == "2024年第二季度拱墅区《政府工作报告》主要任务完成情况");
    CHECK(report.target_period == year_2024);
    CHECK(report.as_of == end_of_june);
    CHECK(report.pace == exact_share(fraction(50)));  // by elapsed months, as no pace was given
    CHECK(report.pace_shown() == 50_dec);
    CHECK(report.units.size() == 32);
    CHECK(report.shared_tasks == 0);

    const report_group& housing = unit_named(report, "区住建局");
    CHECK(housing.totals.tasks() == 16);
    CHECK(housing.totals.weighted_completion(2) == share(64.84_dec));
    CHECK(housing.totals.behind() == 1);
    CHECK(housing.behind_tasks == ids{"68"});
    CHECK(housing.missing_tasks.empty());
    CHECK(housing.has_tasks_behind());
    CHECK_FALSE(housing.is_behind());  // 64.84% is above the pace: one task behind, not the unit
    CHECK(housing.needs_attention());

    CHECK(report.total.name == "合计");
    CHECK(report.total.totals.tasks() == 159);
    CHECK(report.total.totals.reported() == 158);
    CHECK(report.total.totals.weighted_completion(2) == share(59.69_dec));
    CHECK(report.total.behind_tasks == ids{"12", "68"});
    CHECK(report.total.missing_tasks == ids{"1"});

    REQUIRE(report.tasks.size() == 159);
    REQUIRE(report.tasks_behind.size() == 2);
    CHECK(report.tasks_behind[0].id == "12");
    CHECK(report.tasks_behind[0].lead_units == ids{"区人力社保局"});
    CHECK(report.tasks_behind[0].completion_text == "42%");
    CHECK(report.tasks_behind[1].id == "68");
    REQUIRE(report.tasks_not_reported.size() == 1);
    CHECK(report.tasks_not_reported[0].id == "1");
    CHECK(report.tasks_not_reported[0].completion_text == "/");
    CHECK(report.tasks_not_reported[0].text == "地区生产总值增长5.5%。");
    CHECK(report.tasks[73].completion_text == "145%");
    CHECK(report.tasks[73].status == task_status::completed);
}

TEST_CASE("the listing order: most tasks first, then by name") {
    const completion_report report = q2_report();
    CHECK(report.units[0].name == "区发改经信局");
    CHECK(report.units[1].name == "区住建局");
    CHECK(report.units.back().name == "区退役军人事务局");
    for (std::size_t k = 1; k < report.units.size(); ++k) {
        const report_group &a = report.units[k - 1], &b = report.units[k];
        CHECK((a.totals.tasks() > b.totals.tasks() || (a.totals.tasks() == b.totals.tasks() && a.name < b.name)));
    }
}

TEST_CASE("the attention order: units that need attention first, then the lowest completion") {
    const std::vector<report_group> units = units_by_attention(q2_report());
    REQUIRE(units.size() == 32);
    CHECK(units[0].name == "区住建局");  // one task behind each; 64.84% below 67.25%
    CHECK(units[1].name == "区人力社保局");
    for (std::size_t k = 2; k < units.size(); ++k) {
        CHECK_FALSE(units[k].needs_attention());
        if (k > 2) CHECK(*units[k - 1].totals.weighted_completion() <= *units[k].totals.weighted_completion());
    }
}

TEST_CASE("a shared task counts under each of its lead units and once in the total") {
    const std::vector<tracked_task> tasks{hand_task("1", {"区发改局", "区财政局"}, 40_dec), hand_task("2", {"区发改局"}, 60_dec),
                                          hand_task("3", {"区财政局"}, std::nullopt)};
    const completion_report report = make_completion_report(tasks, {"表", "", year_2024, end_of_june});
    CHECK(report.shared_tasks == 1);
    REQUIRE(report.units.size() == 2);
    const report_group& development = unit_named(report, "区发改局");
    const report_group& finance = unit_named(report, "区财政局");
    CHECK(development.totals.tasks() == 2);
    CHECK(development.totals.weighted_completion() == exact_share(fraction(50)));
    CHECK(development.behind_tasks == ids{"1"});
    CHECK(finance.totals.tasks() == 2);
    CHECK(finance.totals.weighted_completion() == exact_share(fraction(40)));
    CHECK(finance.behind_tasks == ids{"1"});
    CHECK(finance.missing_tasks == ids{"3"});
    CHECK(report.total.totals.tasks() == 3);  // not 4
    CHECK(report.total.totals.weighted_completion() == exact_share(fraction(50)));
    CHECK(report.total.behind_tasks == ids{"1"});
    CHECK(report.tasks[0].lead_units_text() == "区发改局、区财政局");
    CHECK(shared_tasks_note(report) == "注：1项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次");
}

TEST_CASE("a unit behind pace with no task behind: missing tasks counted as zero") {
    aggregation_policy policy;
    policy.missing = missing_policy::as_zero;
    const std::vector<tracked_task> tasks{hand_task("1", {"区财政局"}, 60_dec), hand_task("2", {"区财政局"}, std::nullopt)};
    const completion_report report = make_completion_report(tasks, {"表", "", year_2024, end_of_june, std::nullopt, policy});
    const report_group& finance = report.units.at(0);
    CHECK(finance.is_behind());  // 30% against 50%
    CHECK_FALSE(finance.has_tasks_behind());
    CHECK(finance.needs_attention());
}

TEST_CASE("a given pace, a tolerance, a task without a lead unit") {
    aggregation_policy policy;
    policy.status.tolerance = percentage_points(5_dec);
    const std::vector<tracked_task> tasks{hand_task("1", {}, 52_dec), hand_task("2", {"区财政局"}, 56_dec)};
    const completion_report report =
        make_completion_report(tasks, {"表", "", year_2024, end_of_june, exact_share(fraction(275, 3)), policy});
    CHECK(report.pace_shown() == 91.7_dec);
    CHECK(report.total.behind_tasks == ids{"1", "2"});
    CHECK(unit_named(report, std::string(no_lead_unit)).behind_tasks == ids{"1"});  // summarize_by's "" group, named
    CHECK(attention_rule(report) == "有任务欠进度或加权完成率低于序时进度超过5个百分点");
    CHECK(shared_tasks_note(report).empty());
}

TEST_CASE("the report owns its texts") {
    completion_report report = [] {
        const std::vector<tracked_task> tasks{hand_task("7", {"区财政局"}, 45_dec, "临时的任务")};
        return make_completion_report(tasks, {"表", "", year_2024, end_of_june});
    }();
    CHECK(report.tasks_behind.at(0).text == "临时的任务");
    CHECK(report.units.at(0).name == "区财政局");
}

TEST_CASE("an invalid as-of date") {
    CHECK_THROWS_AS((void)make_completion_report({}, {"表", "", year_2024, date::year{2024} / 2 / 30}), domain_error);
}

TEST_CASE("no tasks") {
    const completion_report report = make_completion_report({}, {"表", "", year_2024, end_of_june});
    CHECK(report.units.empty());
    CHECK(report.total.totals.tasks() == 0);
    CHECK_FALSE(report.total.totals.weighted_completion());
}
