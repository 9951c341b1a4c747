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
// The quantity at index `which` of those in the text.
text_quantity nth(std::string_view text, std::size_t which) {
    const auto found = read_quantities(text);
    REQUIRE(found.size() > which);
    return found[which];
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
    // Magnitudes stacked past any 64-bit decimal after a Chinese numeral.
    for (const std::string stacked : {"五亿万亿万亩", "一万万万万万元", "三亿亿亿亿个"}) {
        CAPTURE(stacked);
        std::vector<reading_issue> past;
        CHECK(read_quantities(stacked, past).empty());
        REQUIRE(past.size() == 1);
        CHECK(past[0].offset == 0);
        CHECK(past[0].reason == "a number too long for a 64-bit decimal; not read as a quantity");
    }
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

namespace {
std::vector<reading_issue> issues_of(std::string_view text) {
    std::vector<reading_issue> issues;
    (void)read_quantities(text, issues);
    return issues;
}
}  // namespace

TEST_CASE("Chinese numerals: 零, stacked magnitudes, any unit") {
    struct row {
        const char* text;
        quantity value;
    };
    for (const row& r : {row{"一千零十元", money<cny>::parse("1010元")}, row{"一千零五十个", count::parse("1050个")},
                         row{"零点五个百分点", percentage_points(0.5_dec)}, row{"四万亿元", money<cny>::parse("4万亿元")},
                         row{"一万五千亿元", money<cny>::parse("1.5万亿元")}, row{"三千万元", money<cny>::parse("3000万元")},
                         row{"三亿五千万元", money<cny>::parse("3.5亿元")}, row{"一千元", money<cny>::parse("1000元")},
                         row{"十五美元", money<usd>::parse("15美元")}, row{"三百米", length::parse("300米")},
                         row{"二十个百分点", percentage_points(20_dec)}, row{"两千亩", area::parse("2000亩")},
                         row{"一千五百元", money<cny>::parse("1500元")}, row{"一千五元", money<cny>::parse("1500元")},
                         row{"三万四千人", count::parse("34000人")}, row{"一百二十个", count::parse("120个")},
                         row{"六万万人", count::parse("6亿人")}, row{"一点五万亿元", money<cny>::parse("1.5万亿元")},
                         row{"百分之百", share(100_dec)}, row{"百分之三点五", share(3.5_dec)}, row{"百分之5", share(5_dec)},
                         row{"九成", share(90_dec)}, row{"三成", share(30_dec)}, row{"7成以上", share(70_dec)},
                         row{"千分之一", share(0.1_dec)}, row{"千分之五点一", share(0.51_dec)}, row{"6.45‰", share(0.645_dec)}}) {
        CAPTURE(std::string(r.text));
        const auto q = only(r.text);
        CHECK(q.value == r.value);
        CHECK(q.value.kind() == r.value.kind());
    }
    CHECK(only("九成").unit_text == "成");
    CHECK(only("千分之一").unit_text == "‰");
    CHECK(only("百分之百").unit_text == "%");
    CHECK(only("一千零十元").value_text == "一千零十");
    CHECK(only("一千零十元").chinese_numeral);
    CHECK(only("三千万元").unit_text == "万元");
    CHECK(only("运力提升四成").value == quantity(growth_rate(40_dec)));
    CHECK(only("九成以上").bound == bound_kind::at_least);
    CHECK(only("占比超三成").inclusive == false);
}

TEST_CASE("Chinese numerals that are not quantities") {
    // Articles, names, plan names, sessions, ordinals, idioms, approximations, words.
    for (const char* text : {"一流", "统一", "唯一", "三农", "十四五", "二十届四中全会", "第三个", "第五次", "二元结构", "一元化改革",
                             "一成不变", "三五成群", "几十亿元", "几百亩", "两万亿级城市", "一九五七年", "三点", "零增长",
                             "零部件", "十一五时期", "九成新"}) {
        CAPTURE(std::string(text));
        CHECK(read_quantities(text).empty());
        CHECK(issues_of(text).empty());
    }
    // 一 as a count is read (一个, 一批); the extractor leaves a lone 一 and a numeral glued to
    // a noun (五个一批) out of the targets.
    CHECK(only("新建一个口袋公园").value == quantity(count::parse("1个")));
    CHECK(only("新建一个口袋公园").value_text == "一");
    // Digit by digit: an approximation (七八家, 一两个) where a unit follows: an issue.
    for (const char* text : {"七八家", "一两个", "十五六个"}) {
        CAPTURE(std::string(text));
        CHECK(read_quantities(text).empty());
        const auto issues = issues_of(text);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].offset == 0);
        CHECK(issues[0].reason == "Chinese numerals written digit by digit (七八家: seven or eight? 二〇二四: a year?); not read as a quantity");
    }
}

TEST_CASE("mixed forms: digits with magnitudes, thousands separators") {
    CHECK(only("3万4000元").value == quantity(money<cny>::parse("34000元")));
    CHECK(only("3万4000元").value_text == "3万4000");
    CHECK(only("25万6千元").value == quantity(money<cny>::parse("256000元")));
    CHECK(only("人民币8千元").value == quantity(money<cny>::parse("8000元")));
    CHECK(only("人民币8千元").value_text == "8千");
    CHECK(only("8千个").value == quantity(count::parse("8000个")));
    CHECK(only("3亿5000万元").value == quantity(money<cny>::parse("3.5亿元")));
    CHECK(only("1亿2345万6789人").value == quantity(count::parse("123456789人")));
    CHECK(only("2百万元").value == quantity(money<cny>::parse("200万元")));
    CHECK(only("5千米").value == quantity(length::parse("5公里")));  // 千米 is a unit
    CHECK(only("5千瓦").value == quantity(measure::parse("5千瓦")));
    CHECK(only("20万公里").value == quantity(length::parse("200000公里")));
    CHECK(only("1.23亿亩").value == quantity(area::parse("123000000亩")));
    // Digits after 万 that do not fill its places begin a number of their own.
    const auto two = read_quantities("为390万65岁以上老年人免费体检");
    REQUIRE(two.size() == 1);
    CHECK(two[0].value == quantity(measure::parse("65岁")));
    CHECK(two[0].bound == bound_kind::at_least);
    // Thousands separators, ASCII and full width, with a decimal part.
    CHECK(only("82,225.00元").value == quantity(money<cny>::parse("82225.00元")));
    CHECK(only("82，225.00元").value == quantity(money<cny>::parse("82225.00元")));
    CHECK(only("82，225.00元").value_text == "82，225.00");
    CHECK(only("1，234，567.89元").value == quantity(money<cny>::parse("1234567.89元")));
    CHECK(only("和水轮机、６，０００千瓦的").value == quantity(measure::parse("6000千瓦")));
    // Where the comma is a list or a clause break, it separates numbers.
    CHECK(only("分别为5，82，225.00元").value == quantity(money<cny>::parse("225元")));
    CHECK(only("比例为3，5个").value == quantity(count::parse("5个")));
    CHECK(only("增长12，2250个").value == quantity(count::parse("2250个")));
    CHECK(only("12.5，225.00元").value == quantity(money<cny>::parse("225元")));
}

TEST_CASE("signs: a negative number is negative, a fall of a negative number is a question") {
    CHECK(only("-22.2%").value == quantity(share(-22.2_dec)));
    CHECK(only("负3.9%").value == quantity(share(-3.9_dec)));
    CHECK(only("负3.9%").value_text == "负3.9");
    CHECK(only("－3.9%").value == quantity(share(-3.9_dec)));
    CHECK(only("−3.9%").value == quantity(share(-3.9_dec)));
    const auto growth = only("比上年增长-2.1%");
    CHECK(growth.value == quantity(growth_rate(-2.1_dec)));
    CHECK(growth.change == change_word::increase);
    CHECK(only("利润-3亿元").value == quantity(money<cny>::parse("-3亿元")));
    CHECK(only("负三成").value == quantity(share(-30_dec)));
    // A dash after a number or a letter is no sign; nor 负 in a word.
    CHECK(only("1-2个").value == quantity(count::parse("1个")));
    CHECK(only("为群众减负237亿元").value == quantity(money<cny>::parse("237亿元")));
    CHECK(only("降低企业税负5700多亿元").value == quantity(money<cny>::parse("5700亿元")));
    CHECK(only("误差正负3%").value == quantity(share(3_dec)));
    const auto two = read_quantities("3元-5万个");  // ends of two kinds: two quantities, neither negative
    REQUIRE(two.size() == 2);
    CHECK(two[0].value == quantity(money<cny>::parse("3元")));
    CHECK(two[1].value == quantity(count::parse("5万个")));
    // 下降-1%: a fall of −1%, a fall or a rise? Not read: an issue.
    CHECK(read_quantities("下降-1%").empty());
    const auto issues = issues_of("能耗下降-1%");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].offset == std::string_view("能耗").size());
    CHECK(issues[0].length == std::string_view("下降-1%").size());
}

TEST_CASE("ranges whose ends carry magnitudes and units") {
    struct row {
        const char* text;
        quantity lower, upper;
    };
    for (const row& r : {row{"1万-5万元", money<cny>::parse("1万元"), money<cny>::parse("5万元")},
                         row{"1万(含)-5万元", money<cny>::parse("1万元"), money<cny>::parse("5万元")},
                         row{"1万（含）-5万元", money<cny>::parse("1万元"), money<cny>::parse("5万元")},
                         row{"1万元至5万元", money<cny>::parse("1万元"), money<cny>::parse("5万元")},
                         row{"1-5万元", money<cny>::parse("1万元"), money<cny>::parse("5万元")},
                         row{"8千-1万元", money<cny>::parse("8000元"), money<cny>::parse("1万元")},
                         row{"1-5千元", money<cny>::parse("1000元"), money<cny>::parse("5000元")},
                         row{"20 - 100个", count::parse("20个"), count::parse("100个")},
                         row{"5.5-6%", share(5.5_dec), share(6_dec)}, row{"5%～6%", share(5_dec), share(6_dec)},
                         row{"在3%和5%之间", share(3_dec), share(5_dec)}, row{"介于3%与5%之间", share(3_dec), share(5_dec)},
                         row{"3%至5%之间", share(3_dec), share(5_dec)},
                         row{"百分之八至百分之九", share(8_dec), share(9_dec)},
                         row{"四千万亩到五千万亩", area::parse("4000万亩"), area::parse("5000万亩")},
                         row{"十五亿元到二十亿元", money<cny>::parse("15亿元"), money<cny>::parse("20亿元")}}) {
        CAPTURE(std::string(r.text));
        const auto q = only(r.text);
        CHECK(q.bound == bound_kind::range);
        CHECK(q.value == r.lower);
        REQUIRE(q.upper);
        CHECK(*q.upper == r.upper);
    }
    const std::string between = "增速在3%和5%之间。";
    const auto q = only(between);
    CHECK(between.substr(q.begin, q.end - q.begin) == "在3%和5%之间");
    CHECK(between.substr(q.number_begin, q.number_end - q.number_begin) == "3%和5%");
    CHECK(only("1万-5万元").value_text == "1万-5");
    // 和 without 之间 is a list; ends that are bounds themselves (一百多亿斤) make no range.
    CHECK(read_quantities("分别增长3%和5%").size() == 2);
    CHECK(read_quantities("一百多亿斤到二百多亿斤").size() == 2);
    const auto fall = only("降低百分之二到百分之三");
    CHECK(fall.value == quantity(growth_rate(-3_dec)));
    CHECK(*fall.upper == quantity(growth_rate(-2_dec)));
}

TEST_CASE("bound and approximation words before and after the number") {
    struct row {
        const char* text;
        bound_kind bound;
        bool inclusive;
    };
    for (const row r : {row{"10万元（含）以上", bound_kind::at_least, true}, row{"10万元(含)以上", bound_kind::at_least, true},
                        row{"10万元(含)以下", bound_kind::at_most, true}, row{"65岁及以上", bound_kind::at_least, true},
                        row{"10万千瓦及以下", bound_kind::at_most, true}, row{"5公里以外", bound_kind::at_least, false},
                        row{"不满10万元", bound_kind::at_most, false}, row{"超过10万元", bound_kind::at_least, false},
                        row{"大于5%", bound_kind::at_least, false}, row{"高于5%", bound_kind::at_least, false},
                        row{"多于5个", bound_kind::at_least, false}, row{"小于5%", bound_kind::at_most, false},
                        row{"低于5%", bound_kind::at_most, false}, row{"少于5个", bound_kind::at_most, false},
                        row{"不足5个", bound_kind::at_most, false}, row{"不到5个", bound_kind::at_most, false},
                        row{"不小于5%", bound_kind::at_least, true}, row{"不低于5%", bound_kind::at_least, true},
                        row{"不少于5个", bound_kind::at_least, true}, row{"不大于5%", bound_kind::at_most, true},
                        row{"不高于5%", bound_kind::at_most, true}, row{"不超过5%", bound_kind::at_most, true},
                        row{"不多于5个", bound_kind::at_most, true}, row{"近5%", bound_kind::around, true},
                        row{"将近5%", bound_kind::around, true}, row{"接近5%", bound_kind::around, true},
                        row{"约5%", bound_kind::around, true}, row{"约为5%", bound_kind::around, true},
                        row{"大约5%", bound_kind::around, true}, row{"5%左右", bound_kind::around, true},
                        row{"5%上下", bound_kind::around, true}, row{"逾5%", bound_kind::at_least, false},
                        row{"超5%", bound_kind::at_least, false}, row{"5000多个", bound_kind::at_least, false}}) {
        CAPTURE(std::string(r.text));
        const auto q = only(r.text);
        CHECK(q.bound == r.bound);
        CHECK(q.inclusive == r.inclusive);
    }
    const std::string text = "投资10万元（含）以上的项目";
    const auto q = only(text);
    CHECK(text.substr(q.begin, q.end - q.begin) == "10万元（含）以上");
    // A change word and an approximation together; words that end like 约 or 近 and are not it.
    const auto growth = only("增长约5%");
    CHECK(growth.value == quantity(growth_rate(5_dec)));
    CHECK(growth.bound == bound_kind::around);
    for (const char* text : {"节约5%", "签约5个", "最近5个", "附近3公里", "赶超5%"}) {
        CAPTURE(std::string(text));
        CHECK(only(text).bound == bound_kind::point);
    }
    // A fall of an amount is not a negative amount; 下降5%以上 is a change of −5% or lower.
    const auto cut = only("减少100亿元以上");
    CHECK(cut.value == quantity(money<cny>::parse("100亿元")));
    CHECK(cut.bound == bound_kind::at_least);
    CHECK(only("下降超3成").value == quantity(growth_rate(-30_dec)));
    CHECK(only("下降超3成").bound == bound_kind::at_most);
}

TEST_CASE("changes said in words: 翻一番, 翻两番, 翻番, 持平") {
    const auto doubled = only("城乡居民人均收入比2010年翻一番");
    CHECK(doubled.value == quantity(growth_rate(100_dec)));
    CHECK(doubled.change == change_word::increase);
    CHECK(doubled.value_text == "翻一番");
    CHECK(only("工农业年总产值翻两番").value == quantity(growth_rate(300_dec)));
    CHECK(only("力争实现翻番").value == quantity(growth_rate(100_dec)));
    const auto level = only("粮食产量与上年基本持平");
    CHECK(level.value == quantity(growth_rate(0_dec)));
    CHECK(level.bound == bound_kind::around);
    CHECK(only("与上年持平或略有增长").value == quantity(growth_rate(0_dec)));
    // 持平 inside other words is none.
    CHECK(read_quantities("坚持平等互利").empty());
    CHECK(read_quantities("维持平衡").empty());
    CHECK(read_quantities("打造持平台").empty());
    CHECK(read_quantities("翻译").empty());
}

TEST_CASE("a unit the metric implies") {
    const auto pm = only("PM2.5平均浓度降至31以下");
    CHECK(pm.value == quantity(measure::parse("31微克/立方米")));
    CHECK(pm.bound == bound_kind::at_most);
    CHECK(pm.unit_text == "微克/立方米");
    CHECK(only("细颗粒物（PM2.5）平均浓度控制在30以内").value == quantity(measure::parse("30微克/立方米")));
    // Not without a bound word after, a word before, or such a metric in the clause.
    CHECK(read_quantities("PM2.5浓度31").empty());
    CHECK(read_quantities("PM2.5降至31").empty());
    CHECK(read_quantities("全年增长5以上").empty());
    CHECK(read_quantities("PM2.5达标，全年增长5以上").empty());
}

TEST_CASE("a stated gap keeps its sign") {
    CHECK(nth("增长6.1%，低于目标0.9个百分点", 1).value == quantity(percentage_points(-0.9_dec)));
    CHECK(only("塌目标1.8个百分点").value == quantity(percentage_points(-1.8_dec)));
    CHECK(only("低于序时进度5个百分点").value == quantity(percentage_points(-5_dec)));
    CHECK(only("高于目标2.1个百分点").value == quantity(percentage_points(2.1_dec)));
    const auto pace = only("超时间进度16.84个");  // 个 short for 个百分点 after a gap
    CHECK(pace.value == quantity(percentage_points(16.84_dec)));
    CHECK(pace.unit_text == "个");
    // A list that ends in 个百分点 abbreviates it in the items before.
    CHECK(nth("增速比全国、全市分别高0.5个、1.4个百分点", 0).value == quantity(percentage_points(0.5_dec)));
    CHECK(nth("新建5个、3个项目", 0).value == quantity(count::parse("5个")));
    // 低于 alone is a bound, not a gap.
    const auto bound = only("低于6%");
    CHECK(bound.value == quantity(share(6_dec)));
    CHECK(bound.bound == bound_kind::at_most);
}

TEST_CASE("年 after a noun of a length of time is years, not a date") {
    const auto years = only("劳动年龄人口平均受教育年限达11年");
    CHECK(years.value == quantity(measure::parse("11年")));
    CHECK(only("平均受教育年限提高到11.7年以上").bound == bound_kind::at_least);
    CHECK(read_quantities("使用年限至2030年").empty());  // a year stays a date
    CHECK(read_quantities("2025年").empty());
    CHECK(read_quantities("用了11年").empty());  // no noun of time: a date or a name, not read
}

TEST_CASE("numbers that are not prose are no quantities") {
    CHECK(read_quantities("详见https://www.gov.cn/zhengce/2024-03/05/content_6936752.htm，增长5%").size() == 1);
    CHECK(read_quantities("%E6%99%82%E4%BB%A399%E5%B9%B4").empty());
    CHECK(read_quantities("（浙政发〔2024〕12号）").empty());
    CHECK(read_quantities("咨询电话0571-87654321").empty());
    CHECK(only("新增就业5万人[21]").value == quantity(count::parse("5万人")));
    CHECK(read_quantities("第 3 页 共 12 页").empty());
}

TEST_CASE("a bound after what qualifies the unit") {
    const auto per_person = only("全员劳动生产率达到30万元/人左右");
    CHECK(per_person.value == quantity(money<cny>::parse("30万元")));
    CHECK(per_person.bound == bound_kind::around);
    const auto other_way = only("开放科研仪器1万台（套）以上");
    CHECK(other_way.value == quantity(count::parse("1万台")));
    CHECK(other_way.bound == bound_kind::at_least);
    CHECK(only("1万台(套)以上").bound == bound_kind::at_least);
    // Nothing qualifies the unit: no bound is borrowed from further on.
    CHECK(only("30万元/人均").bound == bound_kind::point);
    CHECK(only("1万台（含设备）以上").bound == bound_kind::point);
    // Measure words of transport: trains and runs.
    CHECK(only("开行3000列以上").value == quantity(count::parse("3000列")));
    CHECK(only("开行4000班次").value == quantity(count::parse("4000班次")));
}

// Whatever the reader reads, files and databases read back: every unit it knows, bare and
// after a magnitude (21台币 once started like the measure word 台 and did not read back).
TEST_CASE("every unit the reader knows reads back through quantity::parse") {
    std::vector<std::string_view> units(unit_label::common.begin(), unit_label::common.end());
    units.insert(units.end(), unit_label::foreign_currencies.begin(), unit_label::foreign_currencies.end());
    units.insert(units.end(), measure_word::catalogue.begin(), measure_word::catalogue.end());
    for (std::string_view unit : units)
        for (std::string_view magnitude : {"", "万", "亿"}) {
            const std::string text = "21" + std::string(magnitude) + std::string(unit);
            CAPTURE(text);
            for (const auto& q : read_quantities(text)) CHECK(quantity::parse(q.value.to_exact_string()) == q.value);
        }
}

TEST_CASE("currencies other than yuan are never CNY") {
    for (std::string_view currency : lexicon::foreign_currencies) {
        const std::string text = "30" + std::string(currency);
        CAPTURE(text);
        const auto q = only(text);
        REQUIRE(q.value.holds<measure>());
        CHECK(q.value.as<measure>().label().text() == currency);
        CHECK(q.value.as<measure>().value() == 30_dec);
        CHECK(q.unit_text == currency);
        CHECK(quantity::parse(q.value.to_exact_string()) == q.value);
    }
    CHECK(only("投资5亿港元").value == quantity(measure(5_dec, unit_label("港元"), magnitude::yi)));
    CHECK(only("3千欧元").value == quantity(measure(3000_dec, unit_label("欧元"))));
    CHECK(only("一千欧元").value == quantity(measure(1000_dec, unit_label("欧元"))));
    CHECK(only("人民币30元").value == quantity(money<cny>::parse("30元")));
    CHECK(only("30美元").value == quantity(money<usd>::parse("30美元")));
    // The currency named before an amount written with 元: not CNY, an issue.
    for (const char* text : {"港币100万元", "新台币 500元", "日元3亿元"}) {
        CAPTURE(std::string(text));
        CHECK(read_quantities(text).empty());
        const auto issues = issues_of(text);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason == "an amount in another currency written with 元 (港币100元); not read as CNY money");
    }
}

TEST_CASE("each stage can be asked on its own") {
    const std::string_view text = "3千万元以上";
    detail::number_reading n;
    REQUIRE(detail::read_number(text, 0, n) == detail::number_failure::none);
    CHECK(n.value == 3_dec);
    CHECK(text.substr(n.end, n.run_end - n.end) == "千万");
    const auto unit = detail::read_unit(text, n);
    CHECK(text.substr(unit.at, unit.end - unit.at) == "万元");
    CHECK(unit.applied_exponent == 3);
    CHECK(detail::read_bound_after(text, unit.end)->text == "以上");
    CHECK(!detail::read_range(text, n, unit));
    const std::string_view range = "1万(含)-5万元";
    REQUIRE(detail::read_number(range, 0, n) == detail::number_failure::none);
    const auto first_unit = detail::read_unit(range, n);
    CHECK(first_unit.unit.length == 0);
    const auto upper = detail::read_range(range, n, first_unit);
    REQUIRE(upper);
    CHECK(upper->number.value == 5_dec);
    const std::string_view worded = "一万五千亿";
    REQUIRE(detail::read_number(worded, 0, n) == detail::number_failure::none);
    CHECK(n.value == 15000_dec);
    CHECK(worded.substr(n.end) == "亿");
    CHECK(detail::read_number("七八", 0, n) == detail::number_failure::digit_by_digit);
    const auto before = detail::read_words_before("同比增长不低于", std::string_view("同比增长不低于").size());
    CHECK(before.bound == bound_kind::at_least);
    CHECK(before.change == change_word::increase);
    CHECK(before.begin == 0);
}
