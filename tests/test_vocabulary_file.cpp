#include <govtarget/vocabulary_file.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("a vocabulary file adds header and status words") {
    table_vocabulary columns = default_table_words();
    stated_status_vocabulary statuses = default_status_words();
    read_vocabulary("\xEF\xBB\xBF# 某县督查室的表\r\n"
                    "task: 重点事项, 工作事项\n"
                    "lead_units：责任处室\n"
                    "\n"
                    "status completed: 已办结，已销号\n"
                    "status on_pace: 正常办理中\n"
                    "status not_reported: 暂无\n"
                    "unit_suffix: 处室\n"
                    "metadata: 信息索引\n"
                    "table_end: 附表说明\n",
                    "v.txt", columns, statuses);
    CHECK(columns.role_of("重点事项") == column_role::task);
    CHECK(columns.role_of("工作事项") == column_role::task);
    CHECK(columns.role_of("责任处室") == column_role::lead_units);
    CHECK(statuses.find("已办结") == stated_status::completed);
    CHECK(statuses.find("已销号") == stated_status::completed);
    CHECK(statuses.find("正常办理中") == stated_status::on_schedule);
    CHECK(statuses.find("暂无") == stated_status::not_applicable);
    CHECK(columns.is_unit_name("综合处室"));
    CHECK(columns.is_metadata_label("信息索引"));
    CHECK(columns.ends_table("附表说明"));
}

TEST_CASE("a line the reader cannot read: its line and column") {
    table_vocabulary columns;
    stated_status_vocabulary statuses;
    const auto message = [&](const std::string& text) {
        try {
            read_vocabulary(text, "v.txt", columns, statuses);
        } catch (const read_error& e) {
            return std::string(e.what());
        }
        return std::string("read without complaint");
    };
    CHECK(message("task 重点事项\n") == "govtarget: v.txt:1:1: expected \"kind: word, word\" (task: 重点事项): \"task 重点事项\"");
    CHECK(message("# a\ntasks: 重点事项\n").starts_with("govtarget: v.txt:2:1: unknown kind"));
    CHECK(message("status done: 已办结\n").starts_with("govtarget: v.txt:1:8: unknown status"));
    CHECK(message("task: 重点事项,,工作事项\n") == "govtarget: v.txt:1:12: an empty word: \"task: 重点事项,,工作事项\"");
    CHECK(message("status completed: 已完成。\n") ==
          "govtarget: v.txt:1:19: a status word must not end with 。: \"已完成。\": \"已完成。\"");
    CHECK(message("task: 任\xFF务\n") == "govtarget: v.txt:1:8: invalid UTF-8");
}

TEST_CASE("a file with a bad line adds nothing") {
    table_vocabulary columns = default_table_words();
    stated_status_vocabulary statuses = default_status_words();
    CHECK_THROWS_AS(read_vocabulary("task: 交办件\nstatus completed: 已办结\nbogus: 词\n", "v.txt", columns, statuses), read_error);
    CHECK(columns == default_table_words());
    CHECK(statuses == default_status_words());
    CHECK_THROWS_WITH_AS(read_vocabulary("  status done: 已办结\n", "v.txt", columns, statuses),
                         doctest::Contains("v.txt:1:10: unknown status"), read_error);
}
