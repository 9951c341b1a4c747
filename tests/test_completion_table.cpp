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
    CHECK(first.lead_units == std::vector<std::string>{"区发改经信局"});
    CHECK_FALSE(first.completion.has_value());
    CHECK(first.completion_text == "/");
    CHECK(first.stated == stated_status::not_applicable);
    CHECK(first.line == 15);
    CHECK(table.rows[1].category_inherited);
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"区财政局"});
    CHECK(table.rows[5].category == "系统优化创新生态");
    for (std::size_t i = 52; i <= 60; ++i) {  // rows 53–61
        CAPTURE(i + 1);
        CHECK(table.rows[i].lead_units == std::vector<std::string>{"区发改经信局"});
        CHECK(table.rows[i].lead_units_inherited);
    }
    CHECK(table.rows[73].completion == share(145_dec));
    CHECK(table.rows[73].completion_text == "145%");
    CHECK_FALSE(table.rows[73].stated.has_value());
    CHECK(table.rows[67].completion == share(45_dec));
    CHECK(table.rows[67].lead_units == std::vector<std::string>{"区住建局"});
    std::set<std::string> units;
    for (const auto& r : table.rows) {
        CHECK(r.lead_units.size() == 1);  // this table gives one lead unit a row
        units.insert(r.lead_units.begin(), r.lead_units.end());
    }
    CHECK(units.size() == 32);
    CHECK(table.rows.back().number == "159");
}

TEST_CASE("a task keeps its text apart from its metric") {
    const completion_table table = read_completion_table(read_seed(q2_table), q2_table);
    const auto tasks = table.tasks(table.default_as_of());
    REQUIRE(tasks.size() == 159);
    const target& gdp = tasks.front().target;
    CHECK(gdp.task == "地区生产总值增长5.5%。");
    CHECK(gdp.metric.empty());  // the table names no indicator; the extracted quantities may
    CHECK(gdp.lead_units == std::vector<std::string>{"区发改经信局"});
    CHECK(gdp.co_units.empty());
    CHECK(tasks.front().progress.completion_text == "/");
    CHECK(tasks.front().progress.stated == stated_status::not_applicable);
    CHECK_FALSE(tasks.front().progress.reported());
    CHECK(tasks[67].progress.completion == share(45_dec));
    CHECK(tasks[67].progress.completion_text == "45%");
    for (const auto& t : tasks) {
        CAPTURE(t.target.id);
        CHECK(t.target.task == table.rows[std::stoul(t.target.id) - 1].task);
        CHECK(t.target.metric.empty());
    }
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
    CHECK(table.rows[2].lead_units == std::vector<std::string>{"区财政局"});
    CHECK(table.rows[2].task == "有效投资完成\n市下达目标任务。");
    CHECK(table.rows[2].line == 4);
    CHECK(table.rows[2].completion == share(53.6_dec));
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
    CHECK(r.rows[0].lead_units == std::vector<std::string>{"区财政局"});
    CHECK(r.rows[0].completion == share(52_dec));
}

TEST_CASE("a 牵头单位 cell listing several units: each one leads") {
    const std::vector<std::string> two{"区发改局", "区财政局"};
    for (const char* cell : {"区发改局、区财政局", "区发改局，区财政局", "区发改局,区财政局", "区发改局；区财政局",
                             "区发改局;区财政局", "区发改局 区财政局", "区发改局\xE3\x80\x80区财政局", "区发改局、 区财政局",
                             "区发改局、、区财政局、"}) {
        CAPTURE(cell);
        const std::string csv = std::string("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,\"") + cell +
                                "\",50%\n2,,任务。,,60%\n";
        const auto table = read_completion_table(csv, "u.csv", table_format::csv);
        CHECK(table.rows[0].lead_units == two);
        CHECK_FALSE(table.rows[0].lead_units_inherited);
        CHECK(table.rows[1].lead_units == two);  // the merged cell below inherits the whole list
        CHECK(table.rows[1].lead_units_inherited);
        const auto tasks = table.tasks(parse_date("2024-06-30"));
        CHECK(tasks[1].target.lead_units == two);
        CHECK(tasks[1].target.lead_unit() == "区发改局");
    }
    // 和 and 以及 are inside names as often as between them: not split.
    const auto joined = read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,区发展和改革局,50%\n",
                                              "u.csv", table_format::csv);
    CHECK(joined.rows[0].lead_units == std::vector<std::string>{"区发展和改革局"});
    const auto tsv = read_completion_table("序号\t项目名称\t主要工作内容\t牵头单位\t完成进度\n1\t指标\t任务。\t区发改局、区财政局\t50%\n",
                                           "u.tsv", table_format::tsv);
    CHECK(tsv.rows[0].lead_units == two);
}

TEST_CASE("several lead units in the one-cell-per-line layout") {
    const std::string header = "标题\n\n序号\n\n项目名称\n\n主要工作内容\n\n牵头单位\n\n完成进度\n\n";
    const auto table = read_completion_table(header +
                                                 "1\n\n指标\n\n任务一。\n\n区发改局、区财政局\n\n50%\n\n"
                                                 // category merged: task and units, told apart by the unit names
                                                 "2\n\n任务二。\n\n区住建局、区城管局\n\n60%\n\n"
                                                 // units merged too
                                                 "3\n\n任务三。\n\n70%\n\n"
                                                 // known units parted by ，
                                                 "4\n\n任务四。\n\n区财政局，区住建局\n\n80%\n\n"
                                                 // prose parted by ，is a task, not units
                                                 "5\n\n新类别\n\n建设数字经济中心，打造企业总部\n\n90%\n",
                                             "u.txt");
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0].lead_units == std::vector<std::string>{"区发改局", "区财政局"});
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"区住建局", "区城管局"});
    CHECK(table.rows[1].task == "任务二。");
    CHECK(table.rows[1].category == "指标");
    CHECK(table.rows[2].lead_units == std::vector<std::string>{"区住建局", "区城管局"});
    CHECK(table.rows[2].lead_units_inherited);
    CHECK(table.rows[3].lead_units == std::vector<std::string>{"区财政局", "区住建局"});
    CHECK(table.rows[4].category == "新类别");
    CHECK(table.rows[4].task == "建设数字经济中心，打造企业总部");
    CHECK(table.rows[4].lead_units == std::vector<std::string>{"区财政局", "区住建局"});
    // A cell of separators names no unit.
    try {
        read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,、,50%\n", "u.csv", table_format::csv);
        FAIL("no error");
    } catch (const read_error& e) {
        CHECK(std::string(e.what()) == "govtarget: u.csv:2:10: a 牵头单位 (lead unit) cell with no unit name in it: \"、\"");
    }
}

TEST_CASE("a completion stated in words: the status, and no number") {
    const auto table = read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n"
                                             "1,指标,任务。,区财政局,已完成\n"
                                             "2,,任务。,,滞后\n"
                                             "3,,任务。,,已完成。全年新增企业84家\n"
                                             "4,,任务。,,/\n",
                                             "s.csv", table_format::csv);
    REQUIRE(table.rows.size() == 4);
    CHECK_FALSE(table.rows[0].completion.has_value());  // 已完成 is not made 100
    CHECK(table.rows[0].stated == stated_status::completed);
    CHECK(table.rows[0].completion_text == "已完成");
    CHECK(table.rows[1].stated == stated_status::behind);
    CHECK(table.rows[2].stated == stated_status::completed);
    CHECK(table.rows[2].completion_text == "已完成。全年新增企业84家");
    CHECK(table.rows[3].stated == stated_status::not_applicable);
    const auto tasks = table.tasks(parse_date("2024-06-30"));
    CHECK_FALSE(tasks[0].progress.completion.has_value());
    CHECK(tasks[0].progress.stated == stated_status::completed);
    CHECK(tasks[0].progress.completion_text == "已完成");
    // The one-cell-per-line layout finds the row's end at a status word too.
    const std::string header = "标题\n\n序号\n\n项目名称\n\n主要工作内容\n\n牵头单位\n\n完成进度\n\n";
    const auto cells = read_completion_table(header + "1\n\n指标\n\n任务。\n\n区财政局\n\n已完成\n\n2\n\n任务。\n\n推进中\n", "s.txt");
    REQUIRE(cells.rows.size() == 2);
    CHECK(cells.rows[0].stated == stated_status::completed);
    CHECK(cells.rows[1].stated == stated_status::on_schedule);
    CHECK(cells.rows[1].lead_units == std::vector<std::string>{"区财政局"});
    // Prose that states no status in the vocabulary's words is still refused, naming the cell.
    CHECK_THROWS_WITH_AS(read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,区财政局,基本完成\n",
                                               "s.csv", table_format::csv),
                         "govtarget: s.csv:2:15: expected a percent (52%), / for not reported, or a status word (已完成): "
                         "\"基本完成\"",
                         read_error);
}

TEST_CASE("a status word a program adds is read by the table reader") {
    const std::string csv = "序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,区财政局,基本完成\n";
    CHECK_THROWS_AS(read_completion_table(csv, "s.csv", table_format::csv), read_error);
    status_words().add("基本完成", stated_status::on_schedule);
    const auto table = read_completion_table(csv, "s.csv", table_format::csv);
    CHECK(table.rows[0].stated == stated_status::on_schedule);
    CHECK_FALSE(table.rows[0].completion.has_value());
    CHECK(status_words().remove("基本完成"));
    CHECK_THROWS_AS(read_completion_table(csv, "s.csv", table_format::csv), read_error);
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
