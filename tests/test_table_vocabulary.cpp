#include <govtarget/table_vocabulary.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("header cells compared without padding, full-width forms or a closing colon") {
    CHECK(header_key("完  成  情  况") == "完成情况");
    CHECK(header_key("完\xE3\x80\x80成\xE3\x80\x80情\xE3\x80\x80况") == "完成情况");
    CHECK(header_key("完成率（％）") == "完成率(%)");
    CHECK(header_key("牵头单位：") == "牵头单位");
    CHECK(header_key("ＮＯ．") == "NO.");
    CHECK(header_key("• 索引号") == "索引号");
}

TEST_CASE("the shipped words: every role the issue's tables use") {
    const table_vocabulary& words = default_table_words();
    CHECK(words.role_of("序号") == column_role::number);
    CHECK(words.role_of("编号") == column_role::number);
    for (const char* w : {"项目名称", "类别", "板块", "领域", "重点领域"}) CHECK(words.role_of(w) == column_role::category);
    for (const char* w : {"主要工作内容", "重点工作任务", "目标任务", "工作任务", "任务内容", "项目内容", "主要目标任务",
                          "市政府工作报告任务", "工作内容"})
        CHECK(words.role_of(w) == column_role::task);
    for (const char* w : {"牵头单位", "牵头责任单位", "责任单位", "主办单位", "承办单位", "牵头部门"})
        CHECK(words.role_of(w) == column_role::lead_units);
    for (const char* w : {"配合单位", "协同责任单位", "协办单位", "参与单位"}) CHECK(words.role_of(w) == column_role::co_units);
    for (const char* w : {"牵头领导", "责任领导", "牵头负责领导"}) CHECK(words.role_of(w) == column_role::leaders);
    for (const char* w : {"完成进度", "完成情况", "进展情况", "目前进展情况", "工作进展", "当前进度", "完成率", "进度"})
        CHECK(words.role_of(w) == column_role::completion);
    CHECK(words.role_of("完成时限") == column_role::deadline);
    CHECK(words.role_of("时间节点") == column_role::deadline);
    CHECK(words.role_of("备注") == column_role::note);
    CHECK_FALSE(words.role_of("分值").has_value());
}

TEST_CASE("close matches: a bracketed unit, a word at the end or the start") {
    const table_vocabulary& words = default_table_words();
    CHECK(words.match_of("完成率（%）")->closeness == 2);
    CHECK(words.role_of("完成进度(截至6月底)") == column_role::completion);
    CHECK(words.role_of("1-11月推进情况") == column_role::completion);
    CHECK(words.match_of("1-11月推进情况")->closeness == 1);
    CHECK(words.role_of("市级牵头责任单位") == column_role::lead_units);
    CHECK(words.role_of("责任主体与协同单位") == column_role::co_units);
    // Not a sentence, not a long title, not page metadata.
    CHECK_FALSE(words.role_of("2023年区政府工作报告目标任务").has_value());
    CHECK_FALSE(words.role_of("下一步做好工作任务。").has_value());
    CHECK_FALSE(words.role_of("主题分类").has_value());
    CHECK(words.is_metadata_label("主题分类"));
    CHECK(words.is_metadata_label("索引号:"));
}

TEST_CASE("a program adds its own words in one line") {
    table_vocabulary words = default_table_words();
    CHECK_FALSE(words.role_of("督办清单").has_value());
    words.add(column_role::task, "督办清单");
    CHECK(words.role_of("督 办 清 单") == column_role::task);
    words.add(column_role::note, "督办清单");  // a known word given another role
    CHECK(words.role_of("督办清单") == column_role::note);
    CHECK(words.remove("督办清单"));
    CHECK_FALSE(words.remove("督办清单"));
    words.add_unit_suffix("处室");
    CHECK(words.is_unit_name("综合处室"));
    CHECK(words.is_unit_name("市财政局(国资委)"));
    words.add_end_marker("附表说明");
    CHECK(words.ends_table("附表说明：本表…"));
    CHECK_THROWS_AS(words.add(column_role::task, "  "), domain_error);
    CHECK_THROWS_AS(words.add(column_role::task, "任\x01务"), domain_error);
    // The vocabulary the readers use by default is the shipped one until a program changes it.
    CHECK(table_words() == default_table_words());
}

TEST_CASE("roles by name, as vocabulary files write them") {
    for (column_role role : all_column_roles) CHECK(column_role_named(to_string(role)) == role);
    CHECK_FALSE(column_role_named("tasks").has_value());
    CHECK(to_chinese(column_role::lead_units) == "牵头单位");
}
