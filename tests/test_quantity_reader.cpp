#include <govtarget/quantity_reader.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

using namespace govtarget;

namespace {
text_quantity only(std::string_view text) {
    const auto found = read_quantities(text);
    REQUIRE(found.size() == 1);
    return found[0];
}
}  // namespace

TEST_CASE("the phrase families of the 2024 report") {
    auto q = only("实现固定资产投资740亿元以上");
    CHECK(q.value == quantity(money<cny>::parse("740亿元")));
    CHECK(q.bound == bound_kind::at_least);
    CHECK(q.inclusive);
    CHECK(q.value_text == "740");
    CHECK(q.unit_text == "亿元");
    q = only("PM2.5平均浓度降至31微克/立方米以下");
    CHECK(q.value == quantity(measure::parse("31微克/立方米")));
    CHECK(q.bound == bound_kind::at_most);
    CHECK(q.better == direction::lower_is_better);
    q = only("地区生产总值增长5.5%");
    CHECK(q.value == quantity(growth_rate(5.5_dec)));
    CHECK(q.bound == bound_kind::point);
    q = only("森林覆盖率24.5%");
    CHECK(q.value == quantity(share(24.5_dec)));
    q = only("新引进大学生4万名以上");
    CHECK(q.value.as<count>().value() == 40'000_dec);
    const auto land = read_quantities("出让工业用地4宗148亩");
    REQUIRE(land.size() == 2);
    CHECK(land[0].value == quantity(count::parse("4宗")));
    CHECK(land[1].value == quantity(area::parse("148亩")));
    q = only("各1-2个更新项目");
    CHECK(q.bound == bound_kind::range);
    CHECK(q.value == quantity(count::parse("1个")));
    CHECK(*q.upper == quantity(count::parse("2个")));
    CHECK(q.value_text == "1-2");
    q = only("筹集保障性租赁住房5100套(间)");
    CHECK(q.value == quantity(count::parse("5100套(间)")));
}

TEST_CASE("byte spans point into the input") {
    const std::string text = "实现固定资产投资740亿元以上。";
    const auto q = only(text);
    CHECK(text.substr(q.begin, q.end - q.begin) == "740亿元以上");
    CHECK(text.substr(q.number_begin, q.number_end - q.number_begin) == "740亿元");
    const std::string full_width = "完成１２３家，下降 1. 9%";
    const auto found = read_quantities(full_width);
    REQUIRE(found.size() == 2);
    CHECK(found[0].value == quantity(count::parse("123家")));
    CHECK(full_width.substr(found[0].begin, found[0].end - found[0].begin) == "１２３家");
    CHECK(found[1].value == quantity(growth_rate(-1.9_dec)));
    CHECK(full_width.substr(found[1].begin, found[1].end - found[1].begin) == "下降 1. 9%");
}

TEST_CASE("OCR and typesetting noise") {
    CHECK(only("占比38 .3%").value == quantity(share(38.3_dec)));
    CHECK(only("增长1. 9%").value == quantity(growth_rate(1.9_dec)));
    CHECK(only("收入75 .7亿元").value == quantity(money<cny>::parse("75.7亿元")));
    CHECK(only("占比３８．３％").value == quantity(share(38.3_dec)));
    CHECK(only("亏损9，000万元").value == quantity(money<cny>::parse("9000万元")));
    CHECK(only("收入７，２０３，３１９，０００元").value == quantity(money<cny>::parse("7203319000元")));
    CHECK(only("总额1,200亿元").value == quantity(money<cny>::parse("1200亿元")));
    CHECK(only("推\n\n动10个夜场景建设").value == quantity(count::parse("10个")));
}

TEST_CASE("magnitudes and Chinese numerals") {
    CHECK(only("粮食产量1.3万亿斤").value == quantity(measure::parse("1.3万亿斤")));
    CHECK(only("财政收入4.06万亿元").value == quantity(money<cny>::parse("4.06万亿元")));
    CHECK(only("建成三个中心").value == quantity(count::parse("3个")));
    CHECK(only("办好十件实事").value == quantity(count::parse("10件")));
    CHECK(only("钢产量三千一百七十八万吨").value == quantity(measure::parse("31780000吨")));
    CHECK(only("增长一点二六倍").value.as<measure>().value() == 1.26_dec);
    CHECK(only("百分之五").value == quantity(share(5_dec)));
    CHECK(only("二十八个").value == quantity(count::parse("28个")));
}

TEST_CASE("bound, change and stretch words") {
    struct row {
        const char* text;
        bound_kind bound;
        bool inclusive;
    };
    for (const row r : {row{"超过5000个", bound_kind::at_least, false}, row{"超5000个", bound_kind::at_least, false},
                        row{"逾5000个", bound_kind::at_least, false}, row{"不低于5000个", bound_kind::at_least, true},
                        row{"不少于5000个", bound_kind::at_least, true}, row{"至少5000个", bound_kind::at_least, true},
                        row{"突破5000个", bound_kind::at_least, true}, row{"5000个以上", bound_kind::at_least, true},
                        row{"5000多个", bound_kind::at_least, false}, row{"100余家", bound_kind::at_least, false},
                        row{"5000个以下", bound_kind::at_most, true}, row{"5000个以内", bound_kind::at_most, true},
                        row{"不超过5000个", bound_kind::at_most, true}, row{"控制在5.5%以内", bound_kind::at_most, true},
                        row{"低于5000个", bound_kind::at_most, false}, row{"不满5000个", bound_kind::at_most, false},
                        row{"5000个左右", bound_kind::around, true}, row{"达到5000个", bound_kind::point, true},
                        row{"提升至60%", bound_kind::point, true}, row{"5至6个", bound_kind::range, true},
                        row{"4.5%—5%", bound_kind::range, true}}) {
        CAPTURE(std::string(r.text));
        const auto q = only(r.text);
        CHECK(q.bound == r.bound);
        CHECK(q.inclusive == r.inclusive);
    }
    CHECK(only("同比增长6%").value == quantity(growth_rate(6_dec)));
    CHECK(only("能耗降低2.5%").value == quantity(growth_rate(-2.5_dec)));
    CHECK(only("公用经费压减5%").value == quantity(growth_rate(-5_dec)));
    CHECK(only("提高1个百分点").value == quantity(percentage_points(1_dec)));
    CHECK(only("下降0.5个百分点").value == quantity(percentage_points(-0.5_dec)));
    CHECK(only("比上年增加了90亿元").change == change_word::increase);
    const auto fall = only("下降5%以上");  // a fall of at least 5%: −5% or lower
    CHECK(fall.bound == bound_kind::at_most);
    CHECK(fall.better == direction::lower_is_better);
    const auto range = only("下降4.5%-5%");
    CHECK(range.value == quantity(growth_rate(-5_dec)));
    CHECK(*range.upper == quantity(growth_rate(-4.5_dec)));
}

TEST_CASE("what is not a quantity") {
    for (const char* text : {"2024年7月23日", "第五次全国经济普查", "城市大脑2.0", "PM2.5", "5G基站", "武林路398号", "地铁15号线",
                             "320国道", "“1+1+17”三级平台", "(1)聚焦政策", "十四五规划", "一体化改革", "一九五七年",
                             "99999999999999999999亿元", "0.00000001亩", "", "abc", "九千九百九十九亿亿亿亿亿"}) {
        CAPTURE(std::string(text));
        CHECK(read_quantities(text).empty());
    }
}

TEST_CASE("the whole report never throws and every span is inside it") {
    for (const char* file : {"000_4177374e856471fa.txt", "003_4ac6e55c7e26962c.txt", "001_4e6b7b6819e2a666.txt"}) {
        const std::string text = read_seed(file);
        const auto found = read_quantities(text);
        CHECK(found.size() > 50);
        for (const auto& q : found) {
            CHECK(q.begin <= q.number_begin);
            CHECK(q.number_end <= q.end);
            CHECK(q.end <= text.size());
        }
    }
}

TEST_CASE("what cannot be read is reported with where, in order, and appended to what the caller has") {
    const std::string text = "第一段\n投资99999999999999999999亿元，增长7%-6.5%，\xFF新增84家。";
    std::vector<reading_issue> issues(1);  // the caller's own, kept
    const auto found = read_quantities(text, issues);
    REQUIRE(issues.size() == 4);
    CHECK(found.size() == 1);  // 84家
    CHECK(found[0].value == quantity::parse("84家"));
    CHECK(issues[1].line == 2);
    CHECK(issues[1].column == 3);
    CHECK(issues[1].offset == text.find("9999"));
    CHECK(issues[1].reason == "a number too long for a 64-bit decimal; not read as a quantity");
    CHECK(issues[2].offset == text.find("增长7%"));
    CHECK(issues[3].reason == "bytes that are not UTF-8 text");
    CHECK(issues[3].length == 1);
    CHECK(issues[3].message("r.txt", text) == "r.txt:2:36 (byte " + std::to_string(text.find('\xFF')) + "): bytes that are not UTF-8 text: \"\\xFF\"");
    // Reading without the issues list reads the same quantities.
    CHECK(read_quantities(text) == found);
    std::vector<reading_issue> none;
    (void)read_quantities("实现固定资产投资740亿元以上", none);
    CHECK(none.empty());
}

TEST_CASE("一 ending a word is no number") {
    const auto found = read_quantities("为全省唯一个该指标实现10%以上增长的地市，统一个人所得税，三者之一个别");
    REQUIRE(found.size() == 1);
    CHECK(found[0].value_text == "10");
    CHECK(read_quantities("新建一个口袋公园").size() == 1);
    CHECK(read_quantities("平均每年增长百分之一点九").size() == 1);  // 百分之一 is a number
}
