#include <govtarget/report_text.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "report_tasks.hpp"

#include <random>
#include <string>
#include <vector>

using namespace govtarget;

namespace {

// Three tasks: one behind, one shared by two units, one not reported.
completion_report small_report() {
    const std::vector<tracked_task> tasks{hand_task("1", {"区财政局"}, 45_dec, "新增就业3万人"),
                                          hand_task("2", {"区发改局", "区财政局"}, 60_dec, "出让工业用地4宗148亩"),
                                          hand_task("3", {"区发改局"}, std::nullopt, "=HYPERLINK(\"x\")")};
    return make_completion_report(tasks, {"测试表", "t.csv", period::year(date::year{2024}), date::year{2024} / 6 / 30});
}

}  // namespace

TEST_CASE("text") {
    CHECK(render_text(small_report()) == R"(测试表
截至 2024-06-30，序时进度 50%（2024年）

牵头单位                  任务  已报  未报  加权完成率  欠进度  
区发改局                  2     1     1     60.00%      0       
区财政局 ⚠                2     2     0     52.50%      1       1
合计                      3     2     1     52.50%      1       
⚠ 有任务欠进度或加权完成率低于序时进度
注：1项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次

欠进度（低于序时进度 50%）：
  1    区财政局            45%     新增就业3万人

未报送：
  3    区发改局            /       =HYPERLINK("x")
)");
}

TEST_CASE("CSV") {
    CHECK(render_csv(small_report()) == R"(lead_unit,tasks,reported,missing,weighted_completion,behind,behind_tasks
区发改局,2,1,1,60.00,0,
区财政局,2,2,0,52.50,1,1
合计,3,2,1,52.50,1,1
)");
}

TEST_CASE("CSV for spreadsheets: text cells inert, fields quoted") {
    const std::vector<tracked_task> tasks{hand_task("1,2", {"=cmd|' /C calc'!A0"}, 45_dec), hand_task("3", {"区财政局"}, std::nullopt)};
    const completion_report report = make_completion_report(tasks, {"表", "", period::year(date::year{2024}), date::year{2024} / 6 / 30});
    CHECK(render_csv(report) == R"(lead_unit,tasks,reported,missing,weighted_completion,behind,behind_tasks
'=cmd|' /C calc'!A0,1,1,0,45.00,1,"1,2"
区财政局,1,0,1,,0,
合计,2,1,1,45.00,1,"1,2"
)");
}

TEST_CASE("Markdown") {
    CHECK(render_markdown(small_report()) == R"(# 测试表

截至 2024-06-30，序时进度 50%

| 牵头单位 | 任务数 | 已报送 | 未报送 | 加权完成率 | 欠进度 | 欠进度任务 |
|---|---:|---:|---:|---:|---:|---|
| 区发改局 | 2 | 1 | 1 | 60.00% | 0 |  |
| 区财政局 ⚠ | 2 | 2 | 0 | 52.50% | 1 | 1 |
| **合计** | 3 | 2 | 1 | 52.50% | 1 | |

⚠ 有任务欠进度或加权完成率低于序时进度

注：1项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次

## 欠进度任务

- 1（区财政局，45%）新增就业3万人

## 未报送任务

- 3（区发改局，/）=HYPERLINK("x")
)");
}

TEST_CASE("Markdown keeps a cell in its cell") {
    const std::vector<tracked_task> tasks{hand_task("1", {"区|局"}, 45_dec, "一\n二|三")};
    const std::string page =
        render_markdown(make_completion_report(tasks, {"表", "", period::year(date::year{2024}), date::year{2024} / 6 / 30}));
    CHECK(page.find("| 区\\|局 ⚠ | 1 |") != std::string::npos);
    CHECK(page.find("- 1（区\\|局，45%）一 二\\|三\n") != std::string::npos);
}

TEST_CASE("JSON") {
    CHECK(render_json(small_report()) ==
          R"({"source":"t.csv","title":"测试表","period":"2024年","as_of":"2024-06-30","expected_pace":"50","shared_tasks":1,)"
          R"("units":[{"lead_unit":"区发改局","tasks":2,"reported":1,"missing":1,"weighted_completion":"60.00","behind":0,)"
          R"("is_behind":false,"needs_attention":false,"behind_tasks":[],"missing_tasks":["3"]},)"
          R"({"lead_unit":"区财政局","tasks":2,"reported":2,"missing":0,"weighted_completion":"52.50","behind":1,)"
          R"("is_behind":false,"needs_attention":true,"behind_tasks":["1"],"missing_tasks":[]}],)"
          R"("total":{"lead_unit":"合计","tasks":3,"reported":2,"missing":1,"weighted_completion":"52.50","behind":1,)"
          R"("is_behind":false,"needs_attention":true,"behind_tasks":["1"],"missing_tasks":["3"]},)"
          R"("tasks":[{"id":"1","category":"类别","lead_unit":"区财政局","lead_units":["区财政局"],"task":"新增就业3万人",)"
          R"("completion":"45","status":"behind"},)"
          R"({"id":"2","category":"类别","lead_unit":"区发改局","lead_units":["区发改局","区财政局"],)"
          R"("task":"出让工业用地4宗148亩","completion":"60","status":"ahead"},)"
          R"j({"id":"3","category":"类别","lead_unit":"区发改局","lead_units":["区发改局"],"task":"=HYPERLINK(\"x\")",)j"
          R"("completion":null,"status":"not_reported"}]})"
          "\n");
}

TEST_CASE("JSON: any text reads back as written (quotes, backslashes, control characters)") {
    std::mt19937_64 random(1259);
    const std::vector<std::string> pieces{"\"", "\\", "\n", "\r", "\t", std::string(1, '\0'), "\x01", "\x1f", "\x7f",
                                          "/", "区", "局", "{", "}", ",", ":", "\\u0000", " "};
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(0, 10);
    const auto hostile = [&] {
        std::string text;
        for (std::size_t n = length(random); n > 0; --n) text += pieces[piece(random)];
        return text;
    };
    for (int trial = 0; trial < 200; ++trial) {
        const std::string title = hostile(), unit = hostile(), text = hostile(), id = hostile();
        const std::vector<tracked_task> tasks{hand_task(id, {unit}, 45_dec, text)};
        const completion_report report =
            make_completion_report(tasks, {title, hostile(), period::year(date::year{2024}), date::year{2024} / 6 / 30});
        const std::string json = render_json(report);
        const nlohmann::json parsed = nlohmann::json::parse(json);  // throws if not JSON
        CHECK(parsed["title"] == title);
        CHECK(parsed["source"] == report.source);
        CHECK(parsed["units"][0]["lead_unit"] == (unit.empty() ? std::string(no_lead_unit) : unit));
        CHECK(parsed["units"][0]["behind_tasks"][0] == id);
        CHECK(parsed["tasks"][0]["task"] == report.tasks[0].text);
        CHECK(json.find('\n') == json.size() - 1);  // one line
    }
}

TEST_CASE("no data and no attention: no legend, a dash") {
    const std::vector<tracked_task> tasks{hand_task("1", {"区财政局"}, std::nullopt)};
    const completion_report report = make_completion_report(tasks, {"表", "", period::year(date::year{2024}), date::year{2024} / 6 / 30});
    const std::string text = render_text(report);
    CHECK(text.find("—") != std::string::npos);
    CHECK(text.find("⚠") == std::string::npos);
    CHECK(text.find("欠进度（") == std::string::npos);
    CHECK(render_json(report).find("\"weighted_completion\":null") != std::string::npos);
}

TEST_CASE("CSV for Excel and WPS: BOM, CRLF, Chinese headers, the signed gap to pace, 合计") {
    const std::vector<tracked_task> tasks{hand_task("1", {"区财政局"}, 45_dec, "新增就业3万人"),
                                          hand_task("2", {"区发改局"}, 60_dec, "出让工业用地4宗148亩")};
    const completion_report report = make_completion_report(tasks, {"表", "", period::year(date::year{2024}), date::year{2024} / 6 / 30});
    CHECK(render_spreadsheet_csv(report) ==
          "\xEF\xBB\xBF牵头单位,任务数,已报送,未报送,加权完成率(%),与序时进度差(个百分点),欠进度任务数,欠进度任务\r\n"
          "区发改局,1,1,0,60.00,10.00,0,\r\n"
          "区财政局,1,1,0,45.00,-5.00,1,1\r\n"
          "合计,2,2,0,52.50,2.50,1,1\r\n");
}
