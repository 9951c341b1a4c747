#include <govtarget/stated_status.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("the shipped words") {
    for (const char* word : {"已完成", "完成", "全面完成", "已完工", "已竣工"}) CHECK(read_stated_status(word) == stated_status::completed);
    for (const char* word : {"序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "推进中", "进行中"})
        CHECK(read_stated_status(word) == stated_status::on_schedule);
    for (const char* word : {"滞后", "滞后于序时进度", "未完成", "进度滞后"}) CHECK(read_stated_status(word) == stated_status::behind);
    for (const char* word : {"未启动", "尚未启动", "未开工"}) CHECK(read_stated_status(word) == stated_status::not_started);
    for (const char* word : {"/", "／", "不适用", "无"}) CHECK(read_stated_status(word) == stated_status::not_applicable);
    CHECK(default_status_words().words().size() == 40);
}

TEST_CASE("a whole cell, with spaces and a closing mark around the word") {
    CHECK(read_stated_status(" 已完成 ") == stated_status::completed);
    CHECK(read_stated_status("\xE3\x80\x80已完成\xE3\x80\x80") == stated_status::completed);
    CHECK(read_stated_status("已完成。") == stated_status::completed);
    CHECK(read_stated_status("已完成 。 ") == stated_status::completed);
    CHECK(read_stated_status("滞后！") == stated_status::behind);
    CHECK_FALSE(read_stated_status("").has_value());
    CHECK_FALSE(read_stated_status("。").has_value());
    CHECK(read_stated_status("已完成；") == stated_status::completed);
}

TEST_CASE("a word that opens a cell, before a break and prose") {
    CHECK(read_stated_status("已完成。全年新增企业84家") == stated_status::completed);
    CHECK(read_stated_status("滞后，主要原因是土地报批未完成") == stated_status::behind);
    CHECK(read_stated_status("已完成（6月底）") == stated_status::completed);
    CHECK(read_stated_status("未启动；计划下半年开工") == stated_status::not_started);
    // The longest word that fits: 滞后于序时进度, not 滞后 (which 于 does not follow a break).
    CHECK(read_stated_status("滞后于序时进度，原因是…") == stated_status::behind);
    CHECK(read_stated_status("进度滞后，原因是…") == stated_status::behind);
}

TEST_CASE("a word in the middle or at the end of prose is not a statement") {
    CHECK_FALSE(read_stated_status("主体结构已完成，装修推进中").has_value());
    CHECK_FALSE(read_stated_status("项目一期已完成。").has_value());
    CHECK_FALSE(read_stated_status("完成投资5亿元").has_value());  // 完成 is not followed by a break
    CHECK_FALSE(read_stated_status("完成 50个").has_value());
    CHECK_FALSE(read_stated_status("无锡项目已签约").has_value());
    CHECK_FALSE(read_stated_status("大体完成").has_value());
    CHECK_FALSE(read_stated_status("52%").has_value());
}

TEST_CASE("a program adds its own words in one line") {
    stated_status_vocabulary& words = status_words();
    const stated_status_vocabulary before = words;
    CHECK_FALSE(read_stated_status("大体完成").has_value());
    words.add("大体完成", stated_status::on_schedule);
    CHECK(read_stated_status("大体完成") == stated_status::on_schedule);
    CHECK(read_stated_status("大体完成，剩余扫尾工作") == stated_status::on_schedule);
    CHECK_FALSE(read_stated_status("大体完成", default_status_words()).has_value());  // the shipped list is unchanged
    // A known word can be given another status, and removed.
    words.add("无", stated_status::not_started);
    CHECK(read_stated_status("无") == stated_status::not_started);
    CHECK(words.remove("无"));
    CHECK_FALSE(words.remove("无"));
    CHECK_FALSE(read_stated_status("无").has_value());
    words = before;
    CHECK(read_stated_status("无") == stated_status::not_applicable);
    CHECK_FALSE(read_stated_status("大体完成").has_value());
}

TEST_CASE("a vocabulary of one's own") {
    stated_status_vocabulary words{{"done", stated_status::completed}};
    words.add("late", stated_status::behind).add("n/a", stated_status::not_applicable);
    CHECK(read_stated_status("done", words) == stated_status::completed);
    CHECK(read_stated_status("late, waiting for land", words) == stated_status::behind);
    CHECK(read_stated_status("n/a", words) == stated_status::not_applicable);
    CHECK_FALSE(read_stated_status("已完成", words).has_value());
    CHECK(words.find("late") == stated_status::behind);
    CHECK(words.words().size() == 3);
}

TEST_CASE("words a cell could never match are refused") {
    stated_status_vocabulary words;
    CHECK_THROWS_WITH_AS(words.add("", stated_status::completed), "govtarget: a status word is empty: \"\"", domain_error);
    CHECK_THROWS_WITH_AS(words.add(" 完成", stated_status::completed),
                         "govtarget: a status word must not begin or end with a space: \" 完成\"", domain_error);
    CHECK_THROWS_WITH_AS(words.add("完成。", stated_status::completed),
                         "govtarget: a status word must not end with 。: \"完成。\"", domain_error);
    CHECK_THROWS_WITH_AS(words.add("100%", stated_status::completed),
                         "govtarget: a status word must not end with a percent sign: \"100%\"", domain_error);
    CHECK_THROWS_AS(words.add("完\xFF成", stated_status::completed), domain_error);
    CHECK(words.words().empty());
}

TEST_CASE("names") {
    CHECK(to_string(stated_status::on_schedule) == "on_schedule");
    CHECK(to_chinese(stated_status::behind) == "滞后");
    for (const auto s : {stated_status::completed, stated_status::on_schedule, stated_status::behind,
                         stated_status::not_started, stated_status::not_applicable})
        CHECK(detail::stated_status_named(to_string(s)) == s);
    CHECK_THROWS_AS(detail::stated_status_named("done"), parse_error);
}
