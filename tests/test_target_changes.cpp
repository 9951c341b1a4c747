// Targets year over year: two plans matched by indicator and kind.
#include <govtarget/target_changes.hpp>

#include <doctest/doctest.h>

#include "extract_gold.hpp"

using namespace govtarget;

namespace {
const target_change& of(const std::vector<target_change>& changes, std::string_view metric) {
    for (const target_change& c : changes)
        if (c.metric == metric) return c;
    FAIL("no change for " << metric);
    return changes.front();
}
}  // namespace

TEST_CASE("changed, bound changed, unchanged, new, dropped") {
    const auto changes = compare_reports("二、2024年主要目标\n地区生产总值增长5%左右，固定资产投资740亿元以上，城镇调查失业率5.5%左右，"
                                         "新增国家高新技术企业84家。",
                                         "二、2025年主要目标\n地区生产总值增长5.5%左右，固定资产投资800亿元以上，城镇调查失业率5.5%以内，"
                                         "新增省科技型中小企业186家以上。");
    const target_change& gdp = of(changes, "地区生产总值");
    CHECK(gdp.status == change_status::changed);
    CHECK(change_text(gdp) == "+0.5个百分点");
    CHECK(relative_text(gdp).empty());
    const target_change& investment = of(changes, "固定资产投资");
    CHECK(investment.status == change_status::changed);
    CHECK(investment.old_text == "740亿元以上");
    CHECK(investment.new_text == "800亿元以上");
    CHECK(change_text(investment) == "+60亿元");
    CHECK(relative_text(investment) == "+8.1%");
    CHECK(*investment.relative == fraction(6000, 740));  // exact: 8.108…%
    const target_change& unemployment = of(changes, "城镇调查失业率");
    CHECK(unemployment.status == change_status::bound_changed);  // 左右 → 以内
    CHECK(change_text(unemployment) == "0个百分点");
    CHECK(of(changes, "新增省科技型中小企业").status == change_status::added);
    CHECK(of(changes, "新增国家高新技术企业").status == change_status::dropped);
    CHECK(to_string(change_status::added) == "new");
    CHECK(changes.size() == 5);
}

TEST_CASE("a growth rate is not matched with an amount of the same indicator") {
    const auto changes = compare_reports("二、2024年主要目标\n地区生产总值增长5%左右。", "二、2025年主要目标\n地区生产总值达到2400亿元。");
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].status == change_status::added);
    CHECK(changes[1].status == change_status::dropped);
}

TEST_CASE("the national plans of 2024 and 2025") {
    const std::string dir = GOVTARGET_SOURCE_DIR "/tests/data/assess_gold/national/";
    const auto changes = compare_reports(test::slurp(dir + "2024.txt"), test::slurp(dir + "2025.txt"));
    CHECK(of(changes, "国内生产总值").status == change_status::unchanged);
    const target_change& prices = of(changes, "居民消费价格涨幅");
    CHECK(prices.status == change_status::changed);
    CHECK(change_text(prices) == "-1个百分点");  // 3%左右 → 2%左右
    const target_change& grain = of(changes, "粮食产量");
    CHECK(grain.status == change_status::changed);  // 1.3万亿斤以上 → 1.4万亿斤左右
    CHECK(change_text(grain) == "+0.1万亿斤");
    CHECK(of(changes, "单位国内生产总值能耗").new_text == "降低3%左右");
}
