#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <filesystem>
#include <fstream>
#include <set>

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

namespace {
table_read_options layout(table_layout l) {
    table_read_options o;
    o.layout = l;
    return o;
}
const table_read_options csv_layout = layout(table_layout::csv);
const table_read_options tsv_layout = layout(table_layout::tsv);
}  // namespace

TEST_CASE("the same table as CSV and TSV, with BOM, CRLF and quoted fields") {
    const std::string csv =
        "\xEF\xBB\xBF序号,项目名称,主要工作内容,牵头单位,完成进度\r\n"
        "1,主要经济指标,地区生产总值增长5.5%。,区发改经信局,/\r\n"
        "2,,\"一般公共预算收入增长与经济增长同步,\"\"确保\"\"完成。\",区财政局,52%\r\n"
        "3,,\"有效投资完成\n市下达目标任务。\",,53.6%\r\n";
    const auto table = read_completion_table(csv, "q2.csv", csv_layout);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].task == "一般公共预算收入增长与经济增长同步,\"确保\"完成。");
    CHECK(table.rows[1].category == "主要经济指标");
    CHECK(table.rows[2].lead_units == std::vector<std::string>{"区财政局"});
    CHECK(table.rows[2].task == "有效投资完成\n市下达目标任务。");
    CHECK(table.rows[2].line == 4);
    CHECK(table.rows[2].completion == share(53.6_dec));
    const std::string tsv = "序号\t项目名称\t主要工作内容\t牵头单位\t完成进度\n1\t主要经济指标\t地区生产总值增长5.5%。\t区发改经信局\t/\n";
    CHECK(read_completion_table(tsv, "q2.tsv", tsv_layout).rows.size() == 1);
    // Found from the content too: the header line says how its cells are parted.
    CHECK(read_completion_table(csv, "q2").rows.size() == 3);
    CHECK(read_completion_table(tsv, "q2").rows.size() == 1);
    // A 序号 written with a leading zero: the number as written, the row's id as a number.
    const auto zero = read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n01,指标,任务。,区财政局,5%\n002,,任务。,,6%\n",
                                            "z.csv", csv_layout);
    REQUIRE(zero.rows.size() == 2);
    CHECK(zero.rows[0].number == "01");
    CHECK(zero.rows[0].id == "1");
    CHECK(zero.rows[1].id == "2");
    // Columns found by name, in any order.
    const std::string reordered = "牵头单位,序号,完成进度,主要工作内容,项目名称\n区财政局,1,52%,收入同步。,指标\n";
    const auto r = read_completion_table(reordered, "r.csv", csv_layout);
    CHECK(r.rows[0].lead_units == std::vector<std::string>{"区财政局"});
    CHECK(r.rows[0].completion == share(52_dec));
}

TEST_CASE("a colleague's CSV: other column names, an extra 分值 column, no category") {
    const std::string csv =
        "编号,重点工作任务,责任单位,配合单位,分值,完成情况,备注\n"
        "1,新建公办幼儿园5所。,县教育局,县财政局、县住建局,5,80%(新区实验幼儿园进度滞后),\n"
        "2,建设四好农村路55公里。,县交通局；县公路中心,,3,已完成,提前一个月\n"
        "3,城镇登记失业率控制在4.5%以内。,县人社局,,2,一季度末城镇登记失业率2.37%。,\n";
    const auto table = read_completion_table(csv, "colleague.csv");
    REQUIRE(table.rows.size() == 3);
    CHECK_FALSE(table.has(column_role::category));
    CHECK(table.rows[0].category.empty());
    CHECK(table.rows[0].task == "新建公办幼儿园5所。");
    CHECK(table.rows[0].co_units == std::vector<std::string>{"县财政局", "县住建局"});
    CHECK(table.rows[0].completion == share(80_dec));
    CHECK(table.rows[0].completion_text == "80%(新区实验幼儿园进度滞后)");
    CHECK(table.rows[0].extra == std::vector<table_extra>{{"分值", "5"}});
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"县交通局", "县公路中心"});
    CHECK(table.rows[1].stated == stated_status::completed);
    CHECK(table.rows[1].note == "提前一个月");
    CHECK_FALSE(table.rows[2].completion.has_value());
    REQUIRE(table.rows[2].actuals.size() == 1);
    CHECK(table.rows[2].actuals[0].value_text == "2.37");
    // A header it cannot map names the cells it does not know and the roles it lacks.
    try {
        (void)read_completion_table("号码,事情,谁来办,怎么样\n1,任务。,县教育局,50%\n", "odd.csv");
        FAIL("no error");
    } catch (const read_error& e) {
        CHECK(e.line() == 1);
        CHECK(e.reason().find("no table header") != std::string::npos);
    }
    try {
        (void)read_completion_table("序号,事情,牵头单位,完成情况\n1,任务。,县教育局,50%\n", "odd.csv");
        FAIL("no error");
    } catch (const read_error& e) {
        CHECK(std::string(e.what()) ==
              "govtarget: odd.csv:1:1: no task table header here: cells not recognised: 事情; roles still lacking: task "
              "(工作任务): \"序号 | 事情 | 牵头单位 | 完成情况\"");
    }
}

TEST_CASE("a 牵头单位 cell listing several units: each one leads") {
    const std::vector<std::string> two{"区发改局", "区财政局"};
    for (const char* cell : {"区发改局、区财政局", "区发改局，区财政局", "区发改局,区财政局", "区发改局；区财政局",
                             "区发改局;区财政局", "区发改局 区财政局", "区发改局\xE3\x80\x80区财政局", "区发改局、 区财政局",
                             "区发改局、、区财政局、", "区发改局\n区财政局"}) {
        CAPTURE(cell);
        const std::string csv = std::string("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,\"") + cell +
                                "\",50%\n2,,任务。,,60%\n";
        const auto table = read_completion_table(csv, "u.csv", csv_layout);
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
                                              "u.csv", csv_layout);
    CHECK(joined.rows[0].lead_units == std::vector<std::string>{"区发展和改革局"});
    // A cell of separators names no unit.
    CHECK_THROWS_WITH_AS(
        read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,、,50%\n", "u.csv", csv_layout),
        "govtarget: u.csv:2:10: a unit cell with no unit name in it: \"、\"", read_error);
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
}

TEST_CASE("completion cells as governments write them") {
    const std::string header = "序号,重点工作任务,牵头单位,完成情况\n";
    const auto read = [&](const std::string& cell) {
        return read_completion_table(header + "1,任务。,区财政局,\"" + cell + "\"\n", "c.csv").rows.at(0);
    };
    CHECK(read("53.6%").completion == share(53.6_dec));
    CHECK(read("53.6％").completion == share(53.6_dec));
    CHECK(read("100").completion == share(100_dec));
    CHECK(read("145%").completion == share(145_dec));
    CHECK(read("80%(新区实验幼儿园进度滞后)").completion == share(80_dec));
    CHECK(read("80%（滞后）").completion_text == "80%（滞后）");
    for (const char* none : {"/", "／", "—", "-", "－", ""}) {
        CAPTURE(none);
        const table_row row = read(none);
        CHECK_FALSE(row.completion.has_value());  // not reported: never 0
        CHECK(reported_status(row) == "not_reported");
    }
    CHECK(reported_status(read("已完成")) == "completed");
    CHECK(reported_status(read("提前完成")) == "completed");
    CHECK(reported_status(read("基本完成")) == "completed");
    CHECK(reported_status(read("按序时推进")) == "on_pace");
    CHECK(reported_status(read("正在推进")) == "on_pace");
    CHECK(reported_status(read("进度滞后")) == "behind");
    CHECK(reported_status(read("未启动")) == "behind");
    CHECK(reported_status(read("欠进度")) == "behind");
    CHECK_FALSE(read("已完成").completion.has_value());  // 已完成 is not made 100
    // Prose: no number made of it, no status unless it starts with one; its figures as actuals.
    const table_row prose = read("全年地区生产总值2291.5亿元,增长5.8%");
    CHECK_FALSE(prose.completion.has_value());
    CHECK_FALSE(reported_status(prose).has_value());
    REQUIRE(prose.actuals.size() == 2);
    CHECK(prose.actuals[0].value == quantity(money<cny>::parse("2291.5亿元")));
    CHECK(prose.actuals[0].unit_text == "亿元");
    CHECK(prose.actuals[1].value_text == "5.8");
    CHECK(prose.actuals[1].change == change_word::increase);
    const table_row stated = read("已完成。全年新增企业84家");
    CHECK(stated.stated == stated_status::completed);
    REQUIRE(stated.actuals.size() == 1);
    CHECK(stated.actuals[0].value_text == "84");
    // What looks like a percent and is not one is an error, with where.
    CHECK_THROWS_WITH_AS(read("5.5.5%"), "govtarget: c.csv:2:12: malformed percent: a second decimal point: \"5.5.5%\"", read_error);
    CHECK_THROWS_WITH_AS(read("-3%"), doctest::Contains("a completion cannot be negative"), read_error);
}

TEST_CASE("a status word a program adds is read by the table reader") {
    const std::string csv = "序号,项目名称,主要工作内容,牵头单位,完成进度\n1,指标,任务。,区财政局,已销号\n";
    CHECK_FALSE(read_completion_table(csv, "s.csv", csv_layout).rows[0].stated.has_value());
    status_words().add("已销号", stated_status::completed);
    const auto table = read_completion_table(csv, "s.csv", csv_layout);
    CHECK(table.rows[0].stated == stated_status::completed);
    CHECK_FALSE(table.rows[0].completion.has_value());
    CHECK(status_words().remove("已销号"));
    // A vocabulary of the program's own, given for one read.
    stated_status_vocabulary mine{{"已销号", stated_status::completed}};
    table_read_options options;
    options.statuses = &mine;
    CHECK(read_completion_table(csv, "s.csv", options).rows[0].stated == stated_status::completed);
}

TEST_CASE("section rows: the category path, numbering restarting under each") {
    const std::string text =
        "2022年重点工作任务上半年完成情况\n发布时间:2022-09-01\n"
        "序号|重点工作任务|完成情况|牵头责任单位\n"
        "一、抓产业、强支撑| | | \n"
        "(一)推动一产“两强一增”。| | | \n"
        "1|推进科技强农。|已完成|市农业农村局\n"
        "2|推进机械强农。|序时推进|市农业农村局、市农机中心\n"
        "(二)推动二产。| | | \n"
        "1|实施制造业提升行动。|60%|市经济和信息化局\n"
        "二、扩内需、促消费| | | \n"
        "一|举办消费季。|50%|市商务局\n"
        "二|建设商圈。|/|市商务局\n";
    const auto table = read_completion_table(text, "s.txt");
    CHECK(table.title == "2022年重点工作任务上半年完成情况");
    CHECK(table.reporting_period == period::half_year(date::year{2022}, 1));
    CHECK(table.published == date::year{2022} / 9 / 1);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0].category == "一、抓产业、强支撑 / (一)推动一产“两强一增”。");
    CHECK(table.rows[0].sections.size() == 2);
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"市农业农村局", "市农机中心"});
    CHECK(table.rows[2].category == "一、抓产业、强支撑 / (二)推动二产。");
    CHECK(table.rows[2].number == "1");
    CHECK(table.rows[3].category == "二、扩内需、促消费");
    CHECK(table.rows[3].number == "一");
    CHECK(table.rows[4].number == "二");
    // Numbers repeat across sections: the ids stay unique.
    std::set<std::string> ids;
    for (const auto& row : table.rows) ids.insert(row.id);
    CHECK(ids.size() == table.rows.size());
    CHECK(table.rows[2].id == "3.1");
}

TEST_CASE("rows one a line, cells parted by runs of spaces, and page text around the table") {
    const std::string text =
        "网站首页 > 政务公开 > 重点工作\n"
        "2021年通州区涉及市政府工作报告重点任务一季度完成情况\n"
        "分享:\n"
        "序号 市折子号 市政府工作报告任务 目前进展情况\n"
        "1 21 以首善标准推进“两区”建设。 成立通州区“两区”建设工作领导小组。\n"
        "2 69 大力推进国际消费中心城市建设。 组织召开环球影城商圈建设协调会。\n"
        "注：本表由区政府督查室汇总。\n"
        "打印本页 关闭窗口\n";
    const auto table = read_completion_table(text, "tz.txt");
    CHECK(table.title == "2021年通州区涉及市政府工作报告重点任务一季度完成情况");
    CHECK(table.reporting_period == period::quarter(date::year{2021}, 1));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].extra == std::vector<table_extra>{{"市折子号", "21"}});
    CHECK(table.rows[0].task == "以首善标准推进“两区”建设。");
    CHECK(table.rows[0].completion_text == "成立通州区“两区”建设工作领导小组。");
    CHECK(table.rows[1].completion_text == "组织召开环球影城商圈建设协调会。");
    CHECK(table.rows[1].lead_units.empty());  // no lead-unit column: one group
    CHECK(table.warnings.empty());
}

TEST_CASE("a table cut off mid-row: the last row kept apart as incomplete, with its line") {
    const std::string text = "序号 |\n目标任务 |\n完成情况 |\n牵头责任单位 |\n"
                             "1 |\n城镇登记失业率控制在4.5%以内。 |\n一季度末,我市城镇登记失业率2.37%。 |\n市人社局 |\n"
                             "2 |\n打造五大工业互联网平台。 |\n1.搭平台。配合云都";
    const auto table = read_completion_table(text, "cut.txt");
    REQUIRE(table.rows.size() == 1);
    REQUIRE(table.incomplete.size() == 1);
    CHECK(table.incomplete[0].number == "2");
    CHECK(table.incomplete[0].line == 9);
    REQUIRE(table.warnings.size() == 1);
    CHECK(table.warnings[0].line == 9);
    CHECK(table.warnings[0].reason.find("incomplete") != std::string::npos);
    CHECK(table.tasks(parse_date("2022-03-31")).size() == 1);  // not counted
}

namespace {
void expect_error(const std::string& text, const table_read_options& options, std::size_t line, const std::string& reason_part) {
    try {
        (void)read_completion_table(text, "t", options);
        FAIL("no error for: " << text);
    } catch (const read_error& e) {
        CHECK(e.line() == line);
        CHECK_MESSAGE(e.reason().find(reason_part) != std::string::npos, std::string(e.what()));
    }
}
const std::string header_cells = "标题\n\n序号\n\n项目名称\n\n主要工作内容\n\n牵头单位\n\n完成进度\n\n";
const table_read_options automatic{};
}  // namespace

TEST_CASE("malformed tables: the line and the reason") {
    expect_error("", automatic, 1, "empty");
    expect_error("\n\n  \n", automatic, 1, "empty");
    expect_error("标题\n只有文字\n", automatic, 1, "no table header");
    expect_error("索引号: 1134/2020\n发布机构: 宣城市人民政府\n成文日期: 2020-04-28\n正文\n", automatic, 1, "page metadata");
    expect_error("索引号 | 发布机构 | 成文日期\n1134 | 宣城市 | 2020-04-28\n", automatic, 1, "page metadata");
    expect_error("序号 | 牵头单位 | 完成情况\n1 | 区财政局 | 50%\n", automatic, 1, "roles still lacking: task");
    expect_error(header_cells, automatic, 3, "no rows");
    expect_error(header_cells + "1\n\n指标\n\n任务。\n\n区财政局\n\n5.5.5%\n", automatic, 21, "percent");
    expect_error(header_cells + "1\n\n指标\n\n任务\xff。\n\n区财政局\n\n50%\n", automatic, 17, "invalid UTF-8");
    expect_error(std::string("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b") + '\0' + "c,d,5%\n", csv_layout, 2, "NUL");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n", csv_layout, 1, "no rows");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,5%,extra\n", csv_layout, 2, "6 cells");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,5%\n2,a,b,c\n3,a,b,c,5%\n", csv_layout, 3, "4 cells");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,\"b,c,5%\n", csv_layout, 2, "unterminated");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,,c,5%\n", csv_layout, 2, "no task");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,c,5%\n1,a,b,c,5%\n", csv_layout, 3, "expected 2");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\n5,a,b,c,5%\n3,a,b,c,5%\n", csv_layout, 3, "序号 3 follows 5");
    expect_error("序号,项目名称,主要工作内容,牵头单位,完成进度\nx,a,b,c,5%\n", csv_layout, 2, "expected a 序号");
    // A 序号 that skips is read, and said.
    const auto skipped = read_completion_table("序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,区财政局,5%\n3,a,b,区财政局,5%\n", "t",
                                               csv_layout);
    CHECK(skipped.rows.size() == 2);
    REQUIRE(skipped.warnings.size() == 1);
    CHECK(skipped.warnings[0].reason == "序号 3 follows 1: no row numbered 2");
}

TEST_CASE("files by their ending or their content") {
    const auto dir = std::filesystem::temp_directory_path() / "govtarget_test_completion_table";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "t.csv") << "序号,项目名称,主要工作内容,牵头单位,完成进度\n1,a,b,区财政局,5%\n";
        std::ofstream(dir / "t.txt") << "序号\t主要工作内容\t牵头单位\t完成进度\n1\tb\t区财政局\t5%\n";
    }
    CHECK(read_completion_table_file(dir / "t.csv").rows.size() == 1);
    CHECK(read_completion_table_file(dir / "t.txt").rows.size() == 1);
    CHECK(read_completion_table_file(seed_path(q2_table)).rows.size() == 159);
    CHECK_THROWS_AS(read_completion_table_file(dir / "missing.txt"), read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_file(dir), doctest::Contains("a directory, not a file"), read_error);
    // A file over the limit is refused from its size, before anything is read.
    CHECK_THROWS_WITH_AS(read_completion_table_file(dir / "t.csv", {}, 10),
                         doctest::Contains("t.csv:0:0: the file is 87 bytes, more than the limit of 10"), read_error);
    // Something with no size (a pipe, a device) is counted as it is read.
    CHECK_THROWS_WITH_AS(read_completion_table_file("/dev/zero", {}, 1 << 20),
                         "govtarget: /dev/zero:0:0: the file is larger than the limit of 1048576 bytes", read_error);
    std::filesystem::remove_all(dir);
}

TEST_CASE("rows that are one text: a section, the task above broken over two rows, or the end of the table") {
    const auto table = read_completion_table("序号,工作任务,牵头单位,完成情况\n"
                                             "重点项目,,,\n"
                                             "1,任务一的第一行,区财政局,50%\n"
                                             ",任务一的第二行,,\n"
                                             "2,任务二。,区财政局,60%\n"
                                             "注：本表数据截至6月底。,,,\n"
                                             "3,不是一行。,区财政局,70%\n",
                                             "one.csv");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].category == "重点项目");
    CHECK(table.rows[0].task == "任务一的第一行\n任务一的第二行");
    CHECK(table.rows[1].category == "重点项目");
    // 一是、 opens a sentence, not a section.
    const auto list = read_completion_table("序号,工作任务,牵头单位,完成情况\n1,任务。,区财政局,50%\n,一是、加快进度,,\n2,任务。,区财政局,50%\n",
                                            "list.csv");
    CHECK(list.rows[0].task == "任务。\n一是、加快进度");
    CHECK(list.rows[1].category.empty());
}

TEST_CASE("a quoted CSV header, an empty header cell, a year in a completion column") {
    const auto table = read_completion_table("序号,\"重点工作任务,内容\",牵头单位,完成情况,\n1,任务。,区财政局,2024.6,备忘\n", "q.csv");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].task == "任务。");
    CHECK_FALSE(table.rows[0].completion.has_value());  // 2024.6 is no percent
    CHECK(table.rows[0].completion_text == "2024.6");
    CHECK(table.rows[0].extra == std::vector<table_extra>{{"第5列", "备忘"}});
}
