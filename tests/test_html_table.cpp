#include <govtarget/html_table.hpp>
#include <govtarget/report.hpp>
#include <govtarget/report_text.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <fstream>
#include <sstream>
#include <string>

using namespace govtarget;

namespace {
const std::string html_dir = std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/html/";

std::string report_of(const completion_table& table) {
    const auto as_of = table.default_as_of();
    return render_csv(make_completion_report(table.tasks(as_of), {table.title, "", *table.target_period(), as_of}));
}
}  // namespace

TEST_CASE("the bundled table as a web page, in UTF-8 and in GBK: the same rows and report as its text") {
    const completion_table text = read_completion_table(read_seed(q2_table), q2_table);
    for (const char* page : {"gongshu_2024_q2_utf8.html", "gongshu_2024_q2_gbk.html"}) {
        CAPTURE(page);
        const completion_table html = read_completion_table_html_file(html_dir + page);
        CHECK(html.title == text.title);
        CHECK(html.reporting_period == text.reporting_period);
        CHECK(html.published == text.published);
        REQUIRE(html.rows.size() == 159);
        for (std::size_t k = 0; k < 159; ++k) {
            CAPTURE(k + 1);
            CHECK(html.rows[k].number == text.rows[k].number);
            CHECK(html.rows[k].category == text.rows[k].category);
            CHECK(html.rows[k].task == text.rows[k].task);
            CHECK(html.rows[k].lead_units == text.rows[k].lead_units);
            CHECK(html.rows[k].completion == text.rows[k].completion);
            CHECK(html.rows[k].completion_text == text.rows[k].completion_text);
            CHECK(html.rows[k].stated == text.rows[k].stated);
        }
        CHECK(html.rows[1].category_inherited);  // rowspan: covered, and said
        CHECK(report_of(html) == report_of(text));
    }
}

TEST_CASE("sections in colspan rows, units parted by <br>, a table nested in the page's layout table") {
    const completion_table table = read_completion_table_html_file(html_dir + "sections_nested.html");
    CHECK(table.reporting_period == period::half_year(date::year{2022}, 1));
    CHECK(table.published == date::year{2022} / 9 / 1);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].category == "一、抓产业、强支撑,培育经济发展动能 / (一)推动一产“两强一增”。");
    CHECK(table.rows[0].completion_text == "1.抓好农业“四新”科技成果转化。选派科技特派员796名。\n2.抓好种业强市建设。");
    CHECK(table.rows[0].lead_units == std::vector<std::string>{"市农业农村局", "市科技局"});
    CHECK(table.rows[0].co_units == std::vector<std::string>{"市财政局"});
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"市农业农村局", "市科技局"});
    CHECK(table.rows[1].lead_units_inherited);
    CHECK(table.rows[1].stated == stated_status::completed);
    CHECK(table.rows[2].category == "二、扩内需、促消费");
    CHECK(table.rows[2].completion == share(80_dec));
}

TEST_CASE("every table of a page as a grid, merged cells expanded") {
    const html_page page = read_html_tables(
        "<table><tr><td rowspan=2>甲</td><td colspan=2>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>", "p.html");
    REQUIRE(page.tables.size() == 1);
    const cell_grid& g = page.tables[0];
    REQUIRE(g.rows.size() == 2);
    REQUIRE(g.rows[0].cells.size() == 3);
    CHECK(g.rows[0].cells[2].text == "乙");
    CHECK(g.rows[0].cells[2].inherited);
    CHECK(g.rows[1].cells[0].text == "甲");
    CHECK(g.rows[1].cells[0].inherited);
    CHECK(g.rows[1].cells[1].text == "丙");
    CHECK(g.rows[1].cells[2].text == "丁");
}

TEST_CASE("bad pages: what is wrong, and where") {
    CHECK_THROWS_WITH_AS(read_html_tables("<table><tr><td colspan=0>x</td></tr></table>", "p.html"),
                         doctest::Contains("p.html:1:0: a colspan of 0"), read_error);
    CHECK_THROWS_WITH_AS(read_html_tables("<table><tr><td rowspan=70000>x</td></tr></table>", "p.html"),
                         doctest::Contains("a rowspan over 65534"), read_error);
    const html_page past = read_html_tables("<table><tr><td rowspan=9>x</td><td>y</td></tr></table>", "p.html");
    REQUIRE(past.warnings.size() == 1);
    CHECK(past.warnings[0].reason == "a rowspan past the end of its table, cut at the table's last row");
    CHECK_THROWS_WITH_AS(read_html_tables(std::string(100, 'x'), "big.html", 10),
                         "govtarget: big.html:0:0: the page is 100 bytes, more than the limit of 10", read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_html("<html><body><p>通知</p></body></html>", "p.html"),
                         doctest::Contains("no <table> in the page"), read_error);
    CHECK_THROWS_WITH_AS(
        read_completion_table_html("<table><tr><td>索引号</td><td>发布机构</td><td>成文日期</td></tr></table>", "m.html"),
        doctest::Contains("the only table here is page metadata"), read_error);
    // A page that declares UTF-8 and is not is refused where it stops being UTF-8, not read
    // on as Latin-1 mojibake.
    CHECK_THROWS_WITH_AS(read_html_tables("<meta charset=\"utf-8\">\n<table><tr><td>\xd0\xf2\xba\xc5</td></tr></table>", "p.html"),
                         "govtarget: p.html:2:16: the page declares UTF-8 but reads as GB18030 (GBK) from here: is its charset wrong?",
                         read_error);
    CHECK_THROWS_WITH_AS(read_html_tables("<meta charset=UTF8><table><tr><td>序号&\x9b</td></tr></table>", "p.html"),
                         "govtarget: p.html:1:38: the page declares UTF-8 but is not UTF-8 from here", read_error);
    // Deep nesting: no stack exhausted, no crash.
    std::string deep;
    for (int k = 0; k < 5000; ++k) deep += "<div>";
    deep += "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>1</td><td>任务。</td><td>区财政局</td></tr></table>";
    CHECK_NOTHROW((void)read_html_tables(deep, "deep.html"));
}

TEST_CASE("a web page is told from its bytes") {
    CHECK(looks_like_html("<!DOCTYPE html><html>"));
    CHECK(looks_like_html("\xEF\xBB\xBF<HTML><body>"));
    CHECK(looks_like_html("  <table><tr>"));
    CHECK_FALSE(looks_like_html("序号,工作任务,牵头单位\n"));
    CHECK_FALSE(looks_like_html(read_seed(q2_table)));
}

TEST_CASE("other governments' tables as web pages read to the rows of their text forms") {
    // Written by tests/data/html/make_sample_pages.py from the rows of the text forms: section
    // rows as colspans, units parted by <br>, merged unit cells as rowspans.
    for (const char* name : {"suzhou_ah_2022_q1", "tongzhou_bj_2021_q1", "cangnan_zj_2022_m1-10", "chongchuan_js_2023_m1-11"}) {
        CAPTURE(name);
        const completion_table text =
            read_completion_table_file(std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/tables/" + name + ".txt");
        const completion_table html = read_completion_table_html_file(html_dir + name + ".html");
        REQUIRE(html.rows.size() == text.rows.size());
        CHECK(html.title == text.title);
        for (std::size_t k = 0; k < text.rows.size(); ++k) {
            CAPTURE(k);
            CHECK(html.rows[k].number == text.rows[k].number);
            CHECK(html.rows[k].category == text.rows[k].category);
            CHECK(html.rows[k].task == text.rows[k].task);
            CHECK(html.rows[k].lead_units == text.rows[k].lead_units);
            CHECK(html.rows[k].co_units == text.rows[k].co_units);
            CHECK(html.rows[k].completion == text.rows[k].completion);
            CHECK(html.rows[k].completion_text == text.rows[k].completion_text);
            CHECK(html.rows[k].stated == text.rows[k].stated);
            CHECK(html.rows[k].actuals.size() == text.rows[k].actuals.size());
        }
        CHECK(html.warnings.empty());
    }
}
