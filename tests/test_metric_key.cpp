#include <govtarget/metric_key.hpp>

#include <doctest/doctest.h>

#include <stdexcept>

using namespace govtarget;

TEST_CASE("one indicator, one key, however a document names it") {
    for (const char* name : {"地区生产总值", "全省地区生产总值", "GDP", "GDP增速", "国内生产总值", "全市生产总值", "经济增长",
                             "地区生产总值年均增长"})
        CHECK_MESSAGE(metric_key(name) == "地区生产总值", name);
    CHECK(metric_key("居民消费价格涨幅") == metric_key("CPI涨幅"));
    CHECK(metric_key("完成固定资产投资") == "固定资产投资");
    CHECK(metric_key("全社会固定资产投资") == "固定资产投资");
    CHECK(metric_key("新增城镇就业") == metric_key("城镇新增就业"));
    CHECK(metric_key("规上工业增加值") == metric_key("规模以上工业增加值"));
    CHECK(metric_key("地方一般公共预算收入") == metric_key("一般公共预算收入"));
    // Verb before or after the object: the same work.
    CHECK(metric_key("改造老旧小区") == metric_key("老旧小区改造"));
    CHECK(metric_key("新建5G基站") == "5G基站");
    CHECK(metric_key("新建改扩建及维修改造公办幼儿园") == metric_key("公办幼儿园新建改扩建及维修改造"));
    CHECK(metric_key("提质改造农村公路差等路") == metric_key("农村公路差等路提质改造"));
    CHECK(metric_key("治理小流域") == metric_key("小流域治理"));
    // Spelling: brackets, quotes, full-width letters, PM_2.5.
    CHECK(metric_key("细颗粒物（PM_2.5）平均浓度") == metric_key("PM2.5平均浓度"));
    CHECK(metric_key("“好房子”项目") == "好房子项目");
    CHECK(metric_key("ＰＭ２．５浓度") == metric_key("PM2.5浓度"));
}

TEST_CASE("keys keep what tells indicators apart") {
    CHECK(metric_key("数字经济核心产业增加值") != metric_key("地区生产总值"));  // 经济 alone, not inside a name
    CHECK(metric_key("城镇调查失业率") != metric_key("城镇登记失业率"));
    CHECK(metric_key("第一产业增加值") != metric_key("第二产业增加值"));
    CHECK(metric_key("物价") == metric_key("居民消费价格"));
    CHECK(metric_key("物价局") != metric_key("居民消费价格"));
    // A word that is all the name is kept: 新增 alone stays 新增.
    CHECK(metric_key("新增") == "新增");
    CHECK(metric_key("") == "");
}

TEST_CASE("a program adds its own words in one line") {
    metric_vocabulary words = default_metric_words();
    CHECK(words.key("全县经济总量") == "地区生产总值");  // 全县 and 总量 stripped, 经济 whole
    CHECK(words.key("县域经济产出") != "地区生产总值");
    words.add_synonym("地区生产总值", "县域经济产出");
    CHECK(words.key("县域经济产出") == "地区生产总值");
    words.add_leading_word("谋划推进");
    CHECK(words.key("谋划推进重大项目") == "重大项目");
    words.add_trailing_word("完成额");
    CHECK(words.key("固定资产投资完成额") == "固定资产投资");
    // The shipped vocabulary is unchanged; metric_words() is the one extraction uses.
    CHECK(default_metric_words().key("县域经济产出") != "地区生产总值");
    CHECK_THROWS_AS(words.add_synonym("", "GDP"), std::domain_error);
    CHECK_THROWS_AS(words.add_leading_word(" "), std::domain_error);
}
