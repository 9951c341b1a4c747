// Targets and results of a completion table's rows, paired within each row.
#include <govtarget/table_pairs.hpp>

#include <doctest/doctest.h>

#include "extract_gold.hpp"

using namespace govtarget;

TEST_CASE("a row's task cell against its completion cell") {
    const std::string text =
        "2024年上半年《政府工作报告》目标任务完成情况\n"
        "序号,目标任务,完成情况,牵头单位\n"
        "1,城镇登记失业率控制在4.5%以内。,6月末城镇登记失业率2.37%。,市人社局\n"
        "2,地区生产总值增长8%左右。,上半年地区生产总值2291.5亿元，增长5.8%。,市发改委\n"
        "3,完成固定资产投资740亿元以上。,上半年完成固定资产投资333亿元。,市发改委\n"
        "4,新增就业1万人。,推进中。,市人社局\n";
    const completion_table table = read_completion_table(text, "notice.csv");
    REQUIRE(table.rows.size() == 4);
    const auto pairs = pairs_in_table(table);
    REQUIRE(pairs.size() == 3);
    CHECK(*pairs[0].row == 0);
    CHECK(pairs[0].verdict == pair_verdict::met);
    CHECK(gap_text(pairs[0]) == "+2.13个百分点");
    CHECK(pairs[0].target_text == "控制在4.5%以内");
    CHECK(pairs[0].result_text == "2.37%");
    CHECK(*pairs[1].row == 1);
    CHECK(pairs[1].result_text == "增长5.8%");  // the growth rate, not the amount, against a growth target
    CHECK(pairs[1].verdict == pair_verdict::not_met);
    CHECK(gap_text(pairs[1]) == "-2.2个百分点");
    CHECK(pairs[2].rule == judging_rule::pace);  // 333 of 740 at the end of June: 45% against 50%
    CHECK(pairs[2].result.of->to_string() == "2024年上半年");
    CHECK(gap_text(pairs[2]) == "-5个百分点");
}

TEST_CASE("宿州's first-quarter table: the pairs a careful reading finds") {
    const std::string text = test::slurp(GOVTARGET_SOURCE_DIR "/tests/data/assess_gold/samples/suzhou_ah_2022_q1.txt");
    REQUIRE(holds_task_table(text));
    const auto pairs = pairs_in_document(text, "suzhou_ah_2022_q1.txt");
    // Two targets linked to 地区生产总值's growth, which the table does not state: not
    // comparable; 城镇登记失业率 against 控制在4.5%以内; the 内资 figure is of another indicator.
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].metric == "一般公共预算收入");
    REQUIRE(pairs[0].linked);
    CHECK(pairs[0].linked->linked_key == "地区生产总值");
    CHECK(pairs[0].target_text == "一般公共预算收入增速与地区生产总值增速同步");
    CHECK(pairs[0].verdict == pair_verdict::not_comparable);
    CHECK(gap_text(pairs[0]).empty());
    CHECK(pairs[1].metric == "城镇常住居民人均可支配收入");
    CHECK(pairs[2].metric == "城镇登记失业率");
    CHECK(pairs[2].verdict == pair_verdict::met);
    CHECK(pairs[2].result.of->to_string() == "2022年第一季度");
}

TEST_CASE("a target linked to another indicator's result, stated in another row") {
    const std::string text = "2024年上半年完成情况\n序号,目标任务,完成情况,牵头单位\n"
                             "1,地区生产总值增长5.5%左右。,上半年地区生产总值增长5.2%。,市发改委\n"
                             "2,一般公共预算收入增长与经济增长同步。,上半年一般公共预算收入增长6.1%。,市财政局\n"
                             "3,城镇居民收入增速快于地区生产总值增速。,上半年城镇居民收入增长4.9%。,市统计局\n";
    const auto pairs = pairs_in_table(read_completion_table(text, "t.csv"));
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].verdict == pair_verdict::within_tolerance);
    CHECK(pairs[1].linked);
    CHECK(pairs[1].verdict == pair_verdict::met);  // 6.1% against 5.2%: not below
    CHECK(gap_text(pairs[1]) == "+0.9个百分点");
    CHECK(pairs[2].verdict == pair_verdict::not_met);  // 4.9% is not above 5.2%
    CHECK(gap_text(pairs[2]) == "-0.3个百分点");
}

TEST_CASE("拱墅's table states completions as task percentages, never results: no pair") {
    const std::string text = test::slurp(GOVTARGET_DATA_DIR "/gongshu-2024/001_4e6b7b6819e2a666.txt");
    CHECK(pairs_in_document(text, "001_4e6b7b6819e2a666.txt").empty());
}

TEST_CASE("a text with no task table is read as a notice") {
    CHECK_FALSE(holds_task_table("2019年前三季度\n1.地区生产总值:增长6.1%,低于目标0.9个百分点。"));
    CHECK(pairs_in_document("2019年前三季度\n1.地区生产总值:增长6.1%,低于目标0.9个百分点。").size() == 1);
}
