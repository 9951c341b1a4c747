// Pairs and changes written out: the JSON Lines keys exactly, CSV a spreadsheet opens, text, HTML.
#include <govtarget/pairing_writers.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace govtarget;

namespace {
const std::string notice = "2019年前三季度\n1.地区生产总值(第1项):增长6.1%,低于目标0.9个百分点。\n"
                           "2.目标：城镇登记失业率控制在4.5%以内。9月末，城镇登记失业率2.37%。\n";
}

TEST_CASE("pairs as JSON Lines: exactly the eight keys, null where there is nothing") {
    const auto pairs = pairs_in_notice(notice);
    REQUIRE(pairs.size() == 2);
    std::ostringstream out;
    write_pairs_jsonl(out, pairs);
    std::istringstream lines(out.str());
    std::string line;
    std::vector<nlohmann::json> rows;
    while (std::getline(lines, line)) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 2);
    for (const auto& row : rows) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : row.items()) keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        CHECK(keys == std::vector<std::string>{"actual", "gap", "metric", "period", "rule", "stated_gap", "target", "verdict"});
    }
    // Pairs with a target written first, then those judged by a stated gap alone.
    const auto& unemployment = rows[0];
    CHECK(unemployment["metric"] == "城镇登记失业率");
    CHECK(unemployment["target"] == "控制在4.5%以内");
    CHECK(unemployment["actual"] == "2.37%");
    CHECK(unemployment["period"] == "2019年1-9月");
    CHECK(unemployment["rule"] == "direct");
    CHECK(unemployment["verdict"] == "met");
    CHECK(unemployment["gap"] == "+2.13个百分点");
    CHECK(unemployment["stated_gap"].is_null());
    const auto& gdp = rows[1];
    CHECK(gdp["target"].is_null());
    CHECK(gdp["actual"] == "增长6.1%");
    CHECK(gdp["gap"] == "-0.9个百分点");
    CHECK(gdp["stated_gap"] == "低于目标0.9个百分点");
}

TEST_CASE("pairs as CSV, text and HTML") {
    const auto pairs = pairs_in_notice(notice);
    std::ostringstream csv, text, html;
    write_pairs_csv(csv, pairs);
    CHECK(csv.str().rfind("metric,target,actual,period,rule,verdict,gap,stated_gap,note\n", 0) == 0);
    CHECK(csv.str().find("地区生产总值,,增长6.1%,2019年1-9月,direct,not_met,'-0.9个百分点,低于目标0.9个百分点,") != std::string::npos);
    write_pairs_text(text, pairs);
    CHECK(text.str().rfind("指标", 0) == 0);
    CHECK(text.str().find("+2.13个百分点") != std::string::npos);
    write_pairs_html(html, std::vector<target_pair>{}, "<b>标题</b>");
    CHECK(html.str().find("&lt;b&gt;标题&lt;/b&gt;") != std::string::npos);
    CHECK(html.str().find("<b>") == std::string::npos);
}

TEST_CASE("changes as JSON Lines, CSV and text") {
    const auto changes = compare_reports("二、2024年主要目标\n固定资产投资740亿元以上，新增国家高新技术企业84家。",
                                         "二、2025年主要目标\n固定资产投资800亿元以上。");
    std::ostringstream jsonl, csv, text;
    write_changes_jsonl(jsonl, changes);
    CHECK(jsonl.str() == "{\"metric\":\"固定资产投资\",\"old\":\"740亿元以上\",\"new\":\"800亿元以上\",\"change\":\"+60亿元\",\"status\":\"changed\"}\n"
                         "{\"metric\":\"新增国家高新技术企业\",\"old\":\"84家\",\"new\":null,\"change\":null,\"status\":\"dropped\"}\n");
    write_changes_csv(csv, changes);
    CHECK(csv.str().find("固定资产投资,740亿元以上,800亿元以上,'+60亿元,changed,'+8.1%") != std::string::npos);
    write_changes_text(text, changes);
    CHECK(text.str().find("+60亿元 (+8.1%)") != std::string::npos);
}
