#include <govtarget/detail/normalize.hpp>

#include <doctest/doctest.h>

#include <string>

using govtarget::detail::normalized_text;

TEST_CASE("full-width digits and signs become ASCII, each byte traced to the original") {
    const std::string original = "增长３８．３％";
    const normalized_text n(original);
    CHECK(n.text() == "增长38.3%");
    CHECK(n.original_offset(6) == 6);                   // 3 ← ３
    CHECK(n.original_offset(n.text().size()) == original.size());
    CHECK_FALSE(n.traditional());
}

TEST_CASE("a line a newspaper column broke is joined; a heading on its own line is not") {
    CHECK(normalized_text("地区生产总值增\n长5%左右。").text() == "地区生产总值增长5%左右。");
    const std::string report = "各位代表：\n“十五五”时期主要目标和2026年重点工作\n"
                               "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业26万人以上。\n";
    CHECK(std::string(normalized_text(report).text()) == report);
    // A short line that names no part of a report is a column's line: joined.
    CHECK(normalized_text("各位代表：\n今年是我国与印度\n建交七十五周年，我们将继续深化合作交流，推动两国关系健康稳定发展。\n").text() ==
          "各位代表：\n今年是我国与印度建交七十五周年，我们将继续深化合作交流，推动两国关系健康稳定发展。\n");
}

TEST_CASE("Traditional text is read as Simplified at the same offsets") {
    const std::string original = "城鎮新增就業１２００萬人以上，糧食產量1.4萬億斤左右。";
    const normalized_text n(original);
    CHECK(n.traditional());
    CHECK(n.text() == "城镇新增就业1200万人以上，粮食产量1.4万亿斤左右。");
    const auto at = n.text().find("万人");
    CHECK(original.substr(n.original_offset(at), 3) == "萬");
}

namespace {
std::string normalized(const std::string& text) { return std::string(normalized_text(text).text()); }
}  // namespace

TEST_CASE("a list's line that ends on a quantity ends an item: the next item is not joined onto it") {
    for (const std::string list : {
             "地区生产总值增长5.5%左右\n一般公共预算收入增长5%\n城镇新增就业1.2万人",
             "城镇新增就业1200万人以上\n城镇调查失业率5.5%左右\n居民消费价格涨幅2%左右\n粮食产量1.4万亿斤以上",
             "单位国内生产总值能耗降低2%左右\n生态环境质量持续改善",
             "研发经费投入强度提高0.2个百分点\n城镇调查失业率下降一个百分点\n新增减税降费超过1000亿元",
             "进出口总额增长一倍以上\n高新技术企业达到5000家",
             "全年接待游客100余人次\n出生人口性别比5‰以内\n森林覆盖率稳定在60%上下",
         }) {
        CAPTURE(list);
        CHECK(normalized(list) == list);
    }
}

TEST_CASE("a quantity broken from its sentence by a newspaper column is still joined") {
    CHECK(normalized("固定资产投资增长\n5%以上") == "固定资产投资增长5%以上");
    CHECK(normalized("实现地区生产总值\n1200亿元") == "实现地区生产总值1200亿元");
    CHECK(normalized("地区生产总值增长\n5.5%左右") == "地区生产总值增长5.5%左右");  // 5.5 is no item "5."
    // What carries a quantity on: its bound, 的, 和, a unit's tail, punctuation.
    CHECK(normalized("城镇新增就业1.2万人\n以上，城镇调查失业率5.5%左右") == "城镇新增就业1.2万人以上，城镇调查失业率5.5%左右");
    CHECK(normalized("粮食产量1.4万亿斤\n左右") == "粮食产量1.4万亿斤左右");
    CHECK(normalized("接待游客1200万人\n次") == "接待游客1200万人次");
    CHECK(normalized("完成增长5%\n的目标任务") == "完成增长5%的目标任务");
    CHECK(normalized("投资1200亿元\n、增长8%") == "投资1200亿元、增长8%");
    // A measure word's noun follows it; a bound or a year is no quantity's end.
    CHECK(normalized("新增3个\n国家级开发区") == "新增3个国家级开发区");
    CHECK(normalized("重点做好以下\n工作") == "重点做好以下工作");
    CHECK(normalized("全市上下\n一心") == "全市上下一心");
    CHECK(normalized("到2027年\n全面完成") == "到2027年全面完成");
}

TEST_CASE("a column's line that happens to end on a quantity is joined: it is as wide as the lines before it") {
    // Ten characters a line: the second line is full, so the column broke it.
    CHECK(normalized("今年全市计划完成固定资\n产投资总额达到1200亿元\n建设一批重大项目。") ==
          "今年全市计划完成固定资产投资总额达到1200亿元建设一批重大项目。");
    // A list's item that wrapped: its last line is short, so the item ends there.
    CHECK(normalized("地区生产总值增长\n5.5%左右\n一般公共预算收入增长5%") == "地区生产总值增长5.5%左右\n一般公共预算收入增长5%");
    // A table's cells, one a line, are no column.
    CHECK(normalized("区残联\n70%\n117试点开展") == "区残联70%\n117试点开展");
}

TEST_CASE("a line that starts with a bullet is never joined onto the line before") {
    for (const std::string bullet : {"•", "·", "●", "◆", "▪", "■", "□", "◇", "○", "★", "※", "-", "*"}) {
        const std::string text = "今年全市经济社会发展的预期\n" + bullet + " 地区生产总值增长5%左右";
        CAPTURE(text);
        CHECK(normalized(text) == text);
    }
    CHECK(normalized("发布机构\n• 涪陵区政府办公室") == "发布机构\n• 涪陵区政府办公室");
    CHECK(normalized("二\n○二四年") == "二○二四年");  // ○ as a zero
}

TEST_CASE("a number broken at its decimal point or before its sign is joined") {
    CHECK(normalized("增长5.\n5%") == "增长5.5%");
    CHECK(normalized("增长5\n.5%") == "增长5.5%");
    CHECK(normalized("增长5\n%") == "增长5%");
    CHECK(normalized("增长５．\n５％") == "增长5.5%");
    CHECK(normalized("增长5 \n.5%") == "增长5.5%");
    // A line's own number is a heading's: 1. and 1.1 open their lines.
    CHECK(normalized("1.\n2024年工作回顾") == "1.\n2024年工作回顾");
    CHECK(normalized("总体要求\n1.1指导思想") == "总体要求\n1.1指导思想");
    // Offsets still lead back to the original across the join.
    const std::string original = "增长5.\n5%左右";
    const normalized_text n(original);
    REQUIRE(n.text() == "增长5.5%左右");
    CHECK(original.substr(n.original_offset(n.text().find("5%")), 2) == "5%");
    CHECK(n.original_offset(n.text().size()) == original.size());
}

TEST_CASE("spaces at a line's end do not hide the end of its sentence") {
    CHECK(normalized("为完成计划而奋斗！　\n本作品在中国大陆属于公有领域。") == "为完成计划而奋斗！　\n本作品在中国大陆属于公有领域。");
}
