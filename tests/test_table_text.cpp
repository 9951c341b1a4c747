#include <govtarget/table_text.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

using namespace govtarget;

namespace {
std::vector<std::string> texts(const grid_row& row) {
    std::vector<std::string> t;
    for (const auto& c : row.cells) t.push_back(c.text);
    return t;
}
}  // namespace

TEST_CASE("the layout is found from the header") {
    CHECK(read_table_grid(read_seed(q2_table)).layout == table_layout::cell_per_line);
    CHECK(read_table_grid("序号 |\n目标任务 |\n完成情况 |\n牵头责任单位 |\n1 |\n任务。 |\n50% |\n市财政局 |\n").layout ==
          table_layout::cells_ended_by_bar);
    CHECK(read_table_grid("| 序号 | 工作任务 | 牵头单位 | 完成情况 |\n|---|---|---|---|\n| 1 | 任务。 | 区财政局 | 50% |\n").layout ==
          table_layout::rows_split_by_bar);
    CHECK(read_table_grid("序号\t工作任务\t牵头单位\t完成情况\n1\t任务。\t区财政局\t50%\n").layout == table_layout::tsv);
    CHECK(read_table_grid("序号,工作任务,牵头单位,完成情况\n1,任务。,区财政局,50%\n").layout == table_layout::csv);
    CHECK(read_table_grid("序号  工作任务  牵头单位  完  成  情  况\n1  任务。  区财政局  50%\n").layout ==
          table_layout::rows_split_by_spaces);
}

TEST_CASE("one cell a line: rows found from 序号 and the cells' roles") {
    const text_table t = read_table_grid(read_seed(q2_table), "q2");
    REQUIRE(t.grid.rows.size() == 160);  // the header and 159 rows
    CHECK(texts(t.grid.rows[0]) == std::vector<std::string>{"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"});
    CHECK(t.grid.text_before.front() == "2024年第二季度拱墅区《政府工作报告》主要任务完成情况");
    // Row 2: its category merged with the one above, so absent from the text.
    CHECK(texts(t.grid.rows[2]) == std::vector<std::string>{"2", "", "一般公共预算收入增长与经济增长同步。", "区财政局", "52%"});
    // A completion cell of several paragraphs, the unit after it.
    const text_table p = read_table_grid("序号\n\n重点工作任务\n\n完  成  情  况\n\n牵头责任单位\n\n"
                                         "1\n\n推进科技强农。\n\n1.抓好科技成果转化。\n\n2.抓好种业强市建设。\n\n市农业农村局\n\n"
                                         "2\n\n推进机械强农。\n\n60%\n\n市农机中心\n");
    REQUIRE(p.grid.rows.size() == 3);
    CHECK(texts(p.grid.rows[1]) ==
          std::vector<std::string>{"1", "推进科技强农。", "1.抓好科技成果转化。\n2.抓好种业强市建设。", "市农业农村局"});
    CHECK(texts(p.grid.rows[2]) == std::vector<std::string>{"2", "推进机械强农。", "60%", "市农机中心"});
}

TEST_CASE("a completion of 100 before row 100 is the completion, not the row") {
    std::string text = "序号\n工作任务\n牵头单位\n完成进度\n";
    for (int n = 1; n <= 100; ++n) text += std::to_string(n) + "\n任务" + std::to_string(n) + "。\n区财政局\n" + (n == 99 ? "100" : "50%") + "\n";
    const text_table t = read_table_grid(text);
    REQUIRE(t.grid.rows.size() == 101);
    CHECK(texts(t.grid.rows[99]) == std::vector<std::string>{"99", "任务99。", "区财政局", "100"});
    CHECK(t.grid.rows[100].cells[0].text == "100");
}

TEST_CASE("page text after the table ends it") {
    const text_table t = read_table_grid("序号\n工作任务\n牵头单位\n完成进度\n1\n任务。\n区财政局\n50%\n注：本表数据截至6月底。\n打印\n");
    REQUIRE(t.grid.rows.size() == 2);
    CHECK(t.text_after == std::vector<std::string>{"注：本表数据截至6月底。", "打印"});
    CHECK_FALSE(t.grid.rows[1].cut_off);
}

TEST_CASE("a wrapped header: the pieces joined where a word runs across them") {
    const text_table t = read_table_grid("序号\n\n工作任务\n\n市级牵头\n\n责任单位\n\n完成目标\n\n(%)\n\n1\n\n任务。\n\n市财政局\n\n50\n");
    CHECK(texts(t.grid.rows[0]) == std::vector<std::string>{"序号", "工作任务", "市级牵头责任单位", "完成目标(%)"});
}

TEST_CASE("text the reader passed over is said") {
    const text_table t = read_table_grid("序号\n工作任务\n牵头单位\n完成进度\n单位：万元\n1\n任务。\n区财政局\n50%\n");
    REQUIRE(t.warnings.size() == 1);
    CHECK(t.warnings[0].line == 5);
    CHECK(t.warnings[0].reason == "text between the header and the first row, not read as a row");
}

TEST_CASE("bad text: where, and why") {
    CHECK_THROWS_WITH_AS(read_table_grid("序号\n任务\xC3", "b.txt"), "govtarget: b.txt:2:3: invalid UTF-8 (is the file text? a legacy encoding?)",
                         read_error);
    CHECK_THROWS_WITH_AS(read_table_grid(std::string("\x7F" "ELF\0\0", 6), "b.bin"), doctest::Contains("NUL byte"), read_error);
    CHECK_THROWS_WITH_AS(read_table_grid("\xEF\xBB\xBF", "e.txt"), "govtarget: e.txt:1:1: empty input: no table", read_error);
    CHECK_THROWS_WITH_AS(read_table_grid("工作任务\n牵头单位\n完成进度\n任务。\n区财政局\n50%\n", "n.txt"),
                         doctest::Contains("needs a 序号 column"), read_error);
}

TEST_CASE("a column left of 序号: its cells stand before the number, after the row above") {
    const text_table t = read_table_grid("类别\n\n序号\n\n项目内容\n\n责任单位\n\n完成情况\n\n"
                                         "就业促进工程\n\n1\n\n城镇新增就业26000人。\n\n市人社局\n\n已完成19456人。\n\n"
                                         "2\n\n城镇失业人员再就业4000人。\n\n3034人\n\n"
                                         "教育提升工程\n\n3\n\n新建幼儿园3所。\n\n市教体局\n\n已完成\n");
    REQUIRE(t.grid.rows.size() == 4);
    CHECK(texts(t.grid.rows[1]) == std::vector<std::string>{"就业促进工程", "1", "城镇新增就业26000人。", "市人社局", "已完成19456人。"});
    CHECK(texts(t.grid.rows[2]) == std::vector<std::string>{"", "2", "城镇失业人员再就业4000人。", "", "3034人"});
    CHECK(texts(t.grid.rows[3]) == std::vector<std::string>{"教育提升工程", "3", "新建幼儿园3所。", "市教体局", "已完成"});
}
