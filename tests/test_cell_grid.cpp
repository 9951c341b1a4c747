// A grid as the HTML and office readers give it: merged cells expanded and marked inherited.
#include <govtarget/cell_grid.hpp>
#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

namespace {
grid_row row(std::size_t line, std::initializer_list<std::pair<const char*, bool>> cells) {
    grid_row r;
    r.line = line;
    for (const auto& [text, inherited] : cells) r.cells.push_back({text, line, 0, inherited});
    return r;
}
}  // namespace

TEST_CASE("a grid with merged cells reads as the text layouts do") {
    cell_grid grid;
    grid.source = "page.html";
    grid.text_before = {"2023年重点工作任务一季度进展情况", "发布日期：2023-04-20"};
    grid.rows = {
        row(10, {{"序号", false}, {"类别", false}, {"工作任务", false}, {"牵头单位", false}, {"完成情况", false}}),
        // a section row spanning the table (colspan): every cell carries its text
        row(11, {{"一、民生实事", false}, {"一、民生实事", true}, {"一、民生实事", true}, {"一、民生实事", true}, {"一、民生实事", true}}),
        row(12, {{"1", false}, {"教育", false}, {"新建幼儿园3所。", false}, {"区教育局", false}, {"60%", false}}),
        // rowspan: the category and unit cells covered by the ones above
        row(13, {{"2", false}, {"教育", true}, {"新增学位810个。", false}, {"区教育局", true}, {"已完成", false}}),
    };
    const completion_table table = read_completion_table(grid);
    CHECK(table.title == "2023年重点工作任务一季度进展情况");
    CHECK(table.reporting_period == period::quarter(date::year{2023}, 1));
    CHECK(table.published == date::year{2023} / 4 / 20);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].category == "一、民生实事 / 教育");
    CHECK(table.rows[1].category_inherited);
    CHECK(table.rows[1].lead_units_inherited);
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"区教育局"});
    CHECK(table.rows[1].stated == stated_status::completed);
}

TEST_CASE("a grid with no header row, or only page metadata") {
    cell_grid grid;
    grid.source = "page.html";
    grid.rows = {row(3, {{"索引号", false}, {"发布机构", false}, {"成文日期", false}}),
                 row(4, {{"1134", false}, {"宣城市", false}, {"2020-04-28", false}})};
    CHECK_THROWS_WITH_AS(read_completion_table(grid), doctest::Contains("page.html:3:1: the only table here is page metadata"),
                         read_error);
    grid.rows.clear();
    CHECK_THROWS_WITH_AS(read_completion_table(grid), doctest::Contains("no table header"), read_error);
}

TEST_CASE("a header of two rows: a span over the names of its columns") {
    cell_grid grid;
    grid.source = "two.html";
    grid.rows = {
        row(1, {{"序号", false}, {"工作任务", false}, {"牵头单位", false}, {"完成情况", false}, {"完成情况", true}}),
        row(1, {{"序号", true}, {"工作任务", true}, {"牵头单位", true}, {"一季度", false}, {"二季度完成情况", false}}),
        row(2, {{"1", false}, {"任务。", false}, {"区财政局", false}, {"20%", false}, {"50%", false}}),
    };
    const completion_table table = read_completion_table(grid);
    CHECK(table.header == std::vector<std::string>{"序号", "工作任务", "牵头单位", "完成情况一季度", "二季度完成情况"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].completion == share(50_dec));  // the last completion column
    CHECK(table.rows[0].extra == std::vector<table_extra>{{"完成情况一季度", "20%"}});
}
