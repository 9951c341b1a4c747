#include <govtarget/detail/non_prose.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using govtarget::detail::inside_spans;
using govtarget::detail::non_prose_spans;

namespace {
// What each span covers.
std::vector<std::string> spanned(const std::string& text) {
    std::vector<std::string> found;
    for (const auto& [begin, end] : non_prose_spans(text)) found.push_back(text.substr(begin, end - begin));
    return found;
}
using words = std::vector<std::string>;
}  // namespace

TEST_CASE("report prose has no span") {
    for (const std::string text :
         {"增长5.5%左右", "2024年", "1-2个", "5.5-6%", "3万4000元", "(1)", "（含）以上", "（1）聚焦政策", "2021-2025年", "2023/2024",
          "10000-20000元", "0-3岁", "PM2.5浓度下降10%", "5G基站", "1.5km", "GDP增长5%", "R&D经费", "12345件", "移动电话5000万户",
          "固定电话1.2亿户", "“1+1+17”三级平台", "武林路398号", "地铁15号线", "第三，加快发展", "大中小企业融通发展", "共建共享",
          "时间过半、任务过半", "3/12", "2023.12", "A级景区", "ESI全球前1%", "一、2024年工作回顾",
          "各位代表：\n过去一年，国内生产总值达到134.9万亿元、增长5%，城镇新增就业1256万人，城镇调查失业率平均为5.1%。\n"
          "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
          "居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低2%左右。\n"}) {
        CAPTURE(text);
        CHECK(non_prose_spans(text).empty());
    }
}

TEST_CASE("web addresses, however written, are one span each") {
    CHECK(spanned("详见http://www.zj.gov.cn/art/2024/1/5/art_1229_123.html。增长5%") ==
          words{"http://www.zj.gov.cn/art/2024/1/5/art_1229_123.html"});
    CHECK(spanned("（https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm）") ==
          words{"https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm"});
    CHECK(spanned("网址：www.hangzhou.gov.cn/col/col1229063401/index.html") == words{"www.hangzhou.gov.cn/col/col1229063401/index.html"});
    CHECK(spanned("登录fl.gov.cn/zfxxgk_206/t20230505_11935563.html查询") == words{"fl.gov.cn/zfxxgk_206/t20230505_11935563.html"});
    // Ten "targets" were once read from this one: every number of it is inside the span.
    const std::string hk01 =
        "原文：https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60330363/"
        "%E5%85%A9%E6%9C%832026-%E6%96%B0%E8%8F%AF%E7%A4%BE%E7%99%BC%E5%B8%83\n全年增长5%";
    const auto spans = non_prose_spans(hk01);
    REQUIRE(spans.size() == 1);
    for (std::size_t at = hk01.find("https"); at < hk01.find('\n'); ++at) CHECK(inside_spans(spans, at));
    CHECK_FALSE(inside_spans(spans, hk01.rfind("5%")));
    // Percent-encoded text without its address.
    CHECK(spanned("搜索%E6%99%82%E4%BB%A3%E5%A4%A7结果") == words{"%E6%99%82%E4%BB%A3%E5%A4%A7"});
}

TEST_CASE("e-mail addresses") {
    CHECK(spanned("邮箱：zhang.san2024@zj.gov.cn，欢迎来信") == words{"zhang.san2024@zj.gov.cn"});
    CHECK(spanned("fgw_123@163.com.") == words{"fgw_123@163.com"});
}

TEST_CASE("document numbers: the bracketed year and the number with its 号") {
    CHECK(spanned("根据《通知》（浙政发〔2024〕12号）要求") == words{"〔2024〕12号"});
    CHECK(spanned("杭政办函[2024]第3号") == words{"[2024]第3号"});
    CHECK(spanned("宣政秘（2020）8号") == words{"（2020）8号"});
    CHECK(spanned("宣政秘［2020］108号") == words{"［2020］108号"});
    // A bracketed year alone, or without its 号, is prose.
    CHECK(spanned("〔2024〕年度").empty());
    CHECK(spanned("（2024年）").empty());
    CHECK(spanned("〔2024〕12项").empty());
}

TEST_CASE("codes: digit groups that no range or decimal makes") {
    CHECK(spanned("档案202004-00085，") == words{"202004-00085"});
    CHECK(spanned("联系电话0571-87654321") == words{"0571-87654321"});
    CHECK(spanned("010-12345678、400-123-4567") == words{"010-12345678", "400-123-4567"});
    CHECK(spanned("书号978-7-01-012345-6。") == words{"978-7-01-012345-6"});
    CHECK(spanned("2024-01-05发布") == words{"2024-01-05"});
    CHECK(spanned("于2024/1/5印发") == words{"2024/1/5"});
    CHECK(spanned("2024.01.05") == words{"2024.01.05"});
    CHECK(spanned("115001020086700333/2023-00052") == words{"115001020086700333/2023-00052"});
    CHECK(spanned("2024-01") == words{"2024-01"});
}

TEST_CASE("telephone numbers and codes after their keyword, and government hotlines") {
    CHECK(spanned("电话：8765-4321") == words{"8765-4321"});
    CHECK(spanned("服务热线：96345。") == words{"96345"});
    CHECK(spanned("邮编 310006") == words{"310006"});
    CHECK(spanned("ISBN 9787010123456") == words{"9787010123456"});
    CHECK(spanned("ISBN9787010123456") == words{"ISBN9787010123456"});
    CHECK(spanned("Tel:0571-1234") == words{"Tel:0571-1234"});
    CHECK(spanned("拨打12345热线") == words{"12345"});
    CHECK(spanned("规范提升12345政务服务便民热线") == words{"12345"});
    CHECK(spanned("12345、12315等热线") == words{"12345", "12315"});
    // After a keyword, a number that counts something is a quantity.
    CHECK(spanned("热线电话5条").empty());
    CHECK(spanned("受理12345件").empty());
    CHECK(spanned("电话1.2亿户").empty());
}

TEST_CASE("footnote markers: a bracketed small number on a word, a number or a sentence's end") {
    CHECK(spanned("增长5.5%[3]，") == words{"[3]"});
    CHECK(spanned("实现高质量发展。[21]") == words{"[21]"});
    CHECK(spanned("“一降三减”［1］政策") == words{"［1］"});
    CHECK(spanned("研究表明[3-5]") == words{"[3-5]"});
    CHECK(spanned("[21]1200亿元") == words{"[21]"});
    CHECK(spanned("增长5%［12］，其中") == words{"［12］"});
    // A list's marker opens its line.
    CHECK(spanned("[1] 张三. 政府工作报告研究").empty());
    CHECK(spanned("参考文献\n[2] 李四").empty());
    CHECK(spanned("[1234]").empty());
}

TEST_CASE("page navigation and caption lines are spanned whole, without their line break") {
    for (const std::string line :
         {"第 3 页 共 12 页", "第3页/共12页", "共12页 第3页", "上一页 下一页", "首页 上一页 1 2 3 4 5 下一页 尾页", "返回顶部",
          "打印本页 关闭窗口", "【打印本页】【关闭窗口】", "【字体：大 中 小】【打印】【关闭】", "来源：杭州市人民政府 发布时间：2024-01-05",
          "发布时间:2024-07-23 11:30:31 作者: 来源:", "分类:信息公开 发布时间:2024-07-23 11:30:31 作者: 来源:", "（来源：青海日报）",
          "责任编辑：何继红", "浏览次数：1234", "字号：大 中 小", "- 3 -", "— 12 —", "上一篇：关于2024年重点工作的通知"}) {
        const std::string text = "各位代表：\n" + line + "\n今年增长5%左右。";
        CAPTURE(text);
        CHECK(spanned(text) == words{line});
    }
    // Leading spaces are not the line's.
    CHECK(spanned("　　返回顶部  \n") == words{"返回顶部"});
    // A sentence that starts like a caption is prose; so is a number on a line of its own.
    CHECK(spanned("来源：国家统计局。全年增长5%\n").empty());
    CHECK(spanned("第一页是目录\n").empty());
    CHECK(spanned("3\n").empty());
    CHECK(spanned("页面设计\n共同富裕示范区\n").empty());
}

TEST_CASE("spans are sorted and disjoint; a line's span takes in the spans of its words") {
    const std::string text = "发布日期: 2020-04-28 索引号: 202004-00085\n增长5%[3]，详见www.gov.cn/a_1.html，电话0571-87654321。\n第 1 页 共 2 页";
    const auto spans = non_prose_spans(text);
    REQUIRE(spans.size() == 5);
    for (std::size_t k = 0; k + 1 < spans.size(); ++k) CHECK(spans[k].second < spans[k + 1].first);
    CHECK(spans[0] == std::pair<std::size_t, std::size_t>{0, text.find('\n')});
    CHECK(inside_spans(spans, text.find("00085")));
    CHECK_FALSE(inside_spans(spans, text.find("5%")));
    CHECK(inside_spans(spans, text.find("[3]")));
    CHECK_FALSE(inside_spans(spans, text.find("[3]") + 3));  // the end is not inside
    CHECK_FALSE(inside_spans(spans, text.size()));
    CHECK_FALSE(inside_spans({}, 0));
}

TEST_CASE("the scan finds what lies anywhere: across its 64-byte blocks, at the text's end, in short texts") {
    CHECK(non_prose_spans("").empty());
    CHECK(spanned("www.gov.cn") == words{"www.gov.cn"});
    std::string cjk;
    for (int k = 0; k < 100; ++k) cjk += "发展";  // 600 bytes of CJK text
    for (std::size_t shift = 0; shift < 70; ++shift) {
        const std::string text = cjk.substr(0, shift * 3) + "电话0571-87654321" + cjk + "[3]";
        CAPTURE(shift);
        CHECK(spanned(text) == words{"0571-87654321", "[3]"});
    }
    // A text of ASCII bytes throughout: spaces and table bars.
    std::string table;
    for (int k = 0; k < 50; ++k) table += "| 5% | 1200 | 2024 |\n";
    CHECK(non_prose_spans(table).empty());
}
