#include <govtarget/docx_table.hpp>
#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "zip_writer.hpp"

#include <string>

using namespace govtarget;
using govtarget::test::document_of;

namespace {
std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& content, const std::string& properties = "") {
    return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + (content.empty() ? "<w:p/>" : content) + "</w:tc>";
}
std::string tr(const std::string& cells, const std::string& properties = "") {
    return "<w:tr>" + (properties.empty() ? "" : "<w:trPr>" + properties + "</w:trPr>") + cells + "</w:tr>";
}
std::string tbl(const std::string& rows) { return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>"; }
const std::string continue_merge = "<w:vMerge/>";
const std::string restart_merge = "<w:vMerge w:val=\"restart\"/>";
}  // namespace

TEST_CASE("a Word table as a grid: vMerge and gridSpan expanded, paragraphs and breaks as lines") {
    const std::string body =
        p("通州区2021年政府工作报告重点任务") + p("发布时间：2021-04-20") +
        tbl(tr(tc(p("序号")) + tc(p("工作任务")) + tc(p("牵头单位")) + tc(p("完成情况"))) +
            tr(tc(p("一、经济发展"), "<w:gridSpan w:val=\"4\"/>")) +
            tr(tc(p("1")) + tc("<w:p><w:r><w:t>推进两区</w:t><w:br/><w:t>建设</w:t></w:r></w:p>") +
               tc(p("区发改委") + p("区商务局"), restart_merge) +
               tc("<w:p><w:r><w:t>已完成</w:t></w:r><w:del><w:r><w:delText>未完成</w:delText></w:r></w:del></w:p>")) +
            tr(tc(p("2")) + tc(p("优化营商环境")) + tc("", continue_merge) +
               "<w:sdt><w:sdtContent>" + tc("<w:p><w:r><w:t>80%</w:t><w:tab/><w:t>(部分)</w:t></w:r></w:p>") +
               "</w:sdtContent></w:sdt>") +
            tr(tc(p("备注")), "<w:gridBefore w:val=\"3\"/>")) +
        p("抄送：区委办");
    const std::vector<cell_grid> tables = read_docx_tables(document_of(body), "t.docx");
    REQUIRE(tables.size() == 1);
    const cell_grid& g = tables[0];
    CHECK(g.source == "t.docx[table 1]");
    CHECK(g.text_before == std::vector<std::string>{"通州区2021年政府工作报告重点任务", "发布时间：2021-04-20"});
    REQUIRE(g.rows.size() == 5);
    REQUIRE(g.rows[1].cells.size() == 4);
    CHECK(g.rows[1].cells[3].text == "一、经济发展");
    CHECK(g.rows[1].cells[3].inherited);
    CHECK(g.rows[2].cells[1].text == "推进两区\n建设");
    CHECK(g.rows[2].cells[2].text == "区发改委\n区商务局");
    CHECK(g.rows[2].cells[3].text == "已完成");  // the deleted text is not read
    CHECK(g.rows[3].cells[2].text == "区发改委\n区商务局");
    CHECK(g.rows[3].cells[2].inherited);
    CHECK(g.rows[3].cells[3].text == "80% (部分)");  // in a content control
    CHECK(g.rows[3].line == 4);
    CHECK(g.rows[3].cells[3].column == 4);
    REQUIRE(g.rows[4].cells.size() == 4);
    CHECK(g.rows[4].cells[0].text.empty());
    CHECK(g.rows[4].cells[3].text == "备注");

    const completion_table table = read_task_table(tables, "t.docx");
    CHECK(table.title == "通州区2021年政府工作报告重点任务");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].category == "一、经济发展");
    CHECK(table.rows[0].lead_units == std::vector<std::string>{"区发改委", "区商务局"});
    CHECK(table.rows[1].lead_units_inherited);
    CHECK(table.rows[1].completion == share(80_dec));
}

TEST_CASE("a table nested in a cell is a table of its own, after the one it is in") {
    const std::string inner = tbl(tr(tc(p("甲")) + tc(p("乙"))));
    const std::string body = tbl(tr(tc(p("外") + inner) + tc(p("右"))));
    const std::vector<cell_grid> tables = read_docx_tables(document_of(body), "n.docx");
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].rows[0].cells[0].text == "外");
    CHECK(tables[0].rows[0].cells[1].text == "右");
    CHECK(tables[1].source == "n.docx[table 2]");
    CHECK(tables[1].rows[0].cells[1].text == "乙");
}

TEST_CASE("bad documents: what is wrong, and where") {
    CHECK_THROWS_WITH_AS(read_docx_tables(document_of(tbl(tr(tc(p("x"), "<w:gridSpan w:val=\"5000\"/>")))), "w.docx"),
                         "govtarget: w.docx[table 1]:1:1: a row wider than 1000 columns", read_error);
    CHECK_THROWS_WITH_AS(read_docx_tables(document_of("<w:p><w:r><w:t>未闭合</w:r></w:p>"), "x.docx"),
                         doctest::Contains("x.docx/word/document.xml:2:"), read_error);
    office_limits small;
    small.max_table_cells = 3;
    CHECK_THROWS_WITH_AS(read_docx_tables(document_of(tbl(tr(tc(p("1")) + tc(p("2"))) + tr(tc(p("3")) + tc(p("4"))))), "s.docx",
                                          small),
                         "govtarget: s.docx[table 1]:1:0: a table of more than the limit of 3 cells", read_error);
    // A document with no table: the task-table reader says so.
    CHECK_THROWS_WITH_AS(read_task_table(read_docx_tables(document_of(p("通知")), "p.docx"), "p.docx", {}, "no table in the document"),
                         "govtarget: p.docx:0:0: no table in the document", read_error);
}

TEST_CASE("a table split by page breaks is read as one: the header repeated, or no header and the same width") {
    const std::string header = tr(tc(p("序号")) + tc(p("工作任务")) + tc(p("牵头单位")) + tc(p("完成情况")));
    const auto row = [](const char* n, const char* task) {
        return tr(tc(p(n)) + tc(p(task)) + tc(p("区住建局")) + tc(p("50%")));
    };
    const std::string body = p("2024年第二季度重点工作完成情况") + tbl(header + row("1", "修路")) + p("") +
                             tbl(header + row("2", "建桥")) + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
                             tbl(row("3", "治水")) + p("附件2 其他事项") + tbl(tr(tc(p("项目")) + tc(p("金额"))) + tr(tc(p("甲")) + tc(p("1"))));
    const completion_table table = read_task_table(read_docx_tables(document_of(body), "s.docx"), "s.docx");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].task == "建桥");
    CHECK(table.rows[2].task == "治水");
    REQUIRE(table.warnings.size() == 3);
    CHECK(table.warnings[0].reason == "a table that is not a task table, not read");
    CHECK(table.warnings[1].reason == "a table that continues the task table, read with it");
    CHECK(table.warnings[1].text == "s.docx[table 2]");
    // A table of the same columns that does not follow on (its 序号 starts again) is not joined,
    // and said.
    const std::string again = tbl(header + row("1", "修路")) + tbl(header + row("1", "建桥"));
    const completion_table first = read_task_table(read_docx_tables(document_of(again), "a.docx"), "a.docx");
    REQUIRE(first.rows.size() == 1);
    REQUIRE(first.warnings.size() == 1);
    CHECK(first.warnings[0].reason.starts_with("a table with the task table's columns, not read with it: "));
}
