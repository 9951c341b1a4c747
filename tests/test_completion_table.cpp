#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <filesystem>
#include <fstream>

using namespace govtarget;

TEST_CASE("the real Q2 2024 table: every row accounted for") {
    const completion_table table = read_completion_table(read_seed(q2_table), q2_table);
    CHECK(table.title == "2024年第二季度拱墅区《政府工作报告》主要任务完成情况");
    REQUIRE(table.reporting_period.has_value());
    CHECK(*table.reporting_period == period::quarter(date::year{2024}, 2));
    CHECK(table.published == date::year{2024} / 7 / 23);
    CHECK(table.default_as_of() == date::year{2024} / 6 / 30);
    CHECK(table.target_period() == period::year(date::year{2024}));
    REQUIRE(table.rows.size() == 159);
    const table_row& first = table.rows.front();
    CHECK(first.number == "1");
    CHECK(first.category == "主要经济指标");
    CHECK(first.task == "地区生产总值增长5.5%。");
    CHECK(first.lead_unit == "区发改经信局");
    CHECK_FALSE(first.completion.has_value());
    CHECK(first.line == 15);
    CHECK(table.rows[1].category_inherited);
    CHECK(table.rows[1].lead_unit == "区财政局");
    CHECK(table.rows[5].category == "系统优化创新生态");
    for (std::size_t i = 52; i <= 60; ++i) {  // rows 53–61
        CAPTURE(i + 1);
        CHECK(table.rows[i].lead_unit == "区发改经信局");
        CHECK(table.rows[i].lead_unit_inherited);
    }
    CHECK(table.rows[73].completion == 145_dec);
    CHECK(table.rows[67].completion == 45_dec);
    CHECK(table.rows[67].lead_unit == "区住建局");
    std::set<std::string> units;
    for (const auto& r : table.rows) units.insert(r.lead_unit);
    CHECK(units.size() == 32);
    CHECK(table.rows.back().number == "159");
}

TEST_CASE("the same table as CSV and TSV, with BOM, CRLF and quoted fields") {
    const std::string csv =
        "\xEF\xBB\xBF序号,项目名称,主要工作内容,牵头单位,完成进度\r\n"
        "1,主要经济指标,地区生产总值增长5.5%。,区发改经信局,/\r\n"
        "2,,\"一般公共预算收入增长与经济增长同步,\"\"确保\"\"完成。\",区财政局,52%\r\n"
        "3,,\"有效投资完成\n市下达目标任务。\",,53.6%\r\n";
    const auto table = read_completion_table(csv, "q2.csv", table_format::csv);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].task == "一般公共预算收入增长与经济增长同步,\"确保\"完成。");
    CHECK(table.rows[1].category == "主要经济指标");
    CHECK(table.rows[2].lead_unit == "区财政局");
    CHECK(table.rows[2].task == "有效投资完成\n市下达目标任务。");
    CHECK(table.rows[2].line == 4);
    CHECK(table.rows[2].completion == 53.6_dec);
    const std::string tsv = "序号\t项目名称\t主要工作内容\t牵头单位\t完成进度\n1\t主要经济指标\t地区生产总值增长5.5%。\t区发改经信局\t/\n";
    CHECK(read_completion_table(tsv, "q2.tsv", table_format::tsv).rows.size() == 1);
    // A 序号 written with a leading zero is the same row number, kept as the number.
    const auto zero = read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n01,指标,任务。,区财政局,5%\n002,,任务。,,6%\n",
                                            "z.csv", table_format::csv);
    REQUIRE(zero.rows.size() == 2);
    CHECK(zero.rows[0].number == "1");
    CHECK(zero.rows[1].number == "2");
    // Columns found by name, in any order.
    const std::string reordered = "牵头单位,序号,完成进度,主要工作内容,项目名称\n区财政局,1,52%,收入同步。,指标\n";
    const auto r = read_completion_table(reordered, "r.csv", table_format::csv);
    CHECK(r.rows[0].lead_unit == "区财政局");
    CHECK(r.rows[0].completion == 52_dec);
}

namespace {
void expect_error(const std::string& text, table_format format, std::size_t line, const std::string& reason_part) {
    try {
        read_completion_table(text, "t", format);
        FAIL("no error for: " << text);
    } catch (const read_error& e) {
        CHECK(e.line() == line);
        CHECK_MESSAGE(e.reason().find(reason_part) != std::string::npos, std::string(e.what()));
    }
}
const std::string header_cells = "标题\n\n序号\n\n项目名称\n\n主要工作内容\n\n牵头单位\n\n完成进度\n\n";
}  // namespace

TEST_CASE("malformed tables: the line and the reason") {
    expect_error("", table_format::cells, 1, "empty");
    expect_error("标题\n只有文字\n", table_format::cells, 1, "no table header");
    expect_error(header_cells, table_format::cells, 3, "no rows");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n", table_format::cells, 13, "no 完成进度");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n\nabc%\n", table_format::cells, 21, "percent");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n\n50%\n\n1\n\n任务。\n\n50%\n", table_format::cells, 23,
                 "expected 2");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n\n50%\n\n3\n\n任务。\n\n50%\n", table_format::cells, 23,
                 "expected 2");
    expect_error(header_cells + "1\n\n任务。\n\n区财政局\n\n50%\n", table_format::cells, 13, "no 项目名称");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n\n50%\n\n尾注\n", table_format::cells, 23, "序号");
    expect_error(header_cells + "1\n\n甲\n\n乙\n\n丙\n\n丁\n\n50%\n", table_format::cells, 13, "more than three");
    expect_error(header_cells + "1\n\n指标\n\n任务\xff。\n\n区财政局\n\n50%\n", table_format::cells, 17, "invalid UTF-8");
    expect_error(std::string("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b") + '\0' + "c,d,5%\n", table_format::csv, 2, "NUL");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n", table_format::csv, 1, "no rows");
    expect_error("序号,项目名称,主要工作内容,牵头单位\n1,a,b,c\n", table_format::csv, 1, "lacks a column");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度,备注\n", table_format::csv, 1, "unknown column");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,5%,extra\n", table_format::csv, 2, "6 cells");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,\"b,c,5%\n", table_format::csv, 2, "unterminated");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,abc\n", table_format::csv, 2, "percent");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,,c,5%\n", table_format::csv, 2, "no task");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,5%\n1,a,b,c,5%\n", table_format::csv, 3, "expected 2");
}

TEST_CASE("files by their ending") {
    const auto dir = std::filesystem::temp_directory_path() / "govtarget_test_completion_table";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "t.csv") << "序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,区财政局,5%\n";
    }
    CHECK(read_completion_table_file(dir / "t.csv").rows.size() == 1);
    CHECK(read_completion_table_file(seed_path(q2_table)).rows.size() == 159);
    CHECK_THROWS_AS(read_completion_table_file(dir / "missing.txt"), read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_file(dir), doctest::Contains("a directory, not a file"), read_error);
    // A file over the limit is refused from its size, before anything is read.
    CHECK_THROWS_WITH_AS(read_completion_table_file(dir / "t.csv", 10),
                         doctest::Contains("t.csv:0:0: the file is 87 bytes, more than the limit of 10"), read_error);
    // Something with no size (a pipe, a device) is counted as it is read.
    CHECK_THROWS_WITH_AS(read_completion_table_file("/dev/zero", 1 << 20),
                         "govtarget: /dev/zero:0:0: the file is larger than the limit of 1048576 bytes", read_error);
    std::filesystem::remove_all(dir);
}
