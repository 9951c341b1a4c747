#include <govtarget/completion_table.hpp>
#include <govtarget/html_report.hpp>

#include <doctest/doctest.h>

#include "report_tasks.hpp"
#include "seed.hpp"

#include <random>
#include <set>
#include <string>
#include <vector>

using namespace govtarget;

namespace {
std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(part, at)) != std::string::npos; at += part.size()) ++n;
    return n;
}

// The page of tasks as of the end of June 2024.
std::string page_of(const std::vector<tracked_task>& tasks, const std::string& title) {
    return render_html(make_completion_report(tasks, {title, "", period::year(date::year{2024}), date::year{2024} / 6 / 30}));
}
}  // namespace

TEST_CASE("the page for the Q2 2024 table") {
    const auto table = read_completion_table(read_seed(q2_table), q2_table);
    const auto as_of = table.default_as_of();
    const std::string page = render_html(make_completion_report(table.tasks(as_of), {table.title, q2_table, *table.target_period(), as_of}));
    CHECK(page.starts_with("<!DOCTYPE html>"));
    CHECK(occurrences(page, "<rect class=\"bar") == 32);
    CHECK(occurrences(page, "<g class=\"unit behind\"") == 2);
    CHECK(occurrences(page, "<tr class=\"behind\">") == 2);
    CHECK(occurrences(page, "<tr class=\"missing\">") == 1);
    CHECK(page.find("<title>2024年第二季度拱墅区《政府工作报告》主要任务完成情况（截至2024-06-30，序时进度50%）</title>") !=
          std::string::npos);
    CHECK(page.find("59.69%") != std::string::npos);
    CHECK(page.find("<line class=\"pace\" x1=\"425.0\"") != std::string::npos);  // 190 + 50% of 470
    CHECK(page.find("http") == std::string::npos);                               // nothing fetched from the network
    CHECK(page.find("<script") == std::string::npos);
    // Behind-pace units lead the chart.
    CHECK(page.find("data-unit=\"区住建局\"") < page.find("data-unit=\"区信访局\""));
}

TEST_CASE("every input text is escaped") {
    CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    tracked_task t = hand_task("1\"><script>", {"区<财政>局"}, 45_dec, "<img src=x onerror=alert(1)>");
    t.target.category = "<b>指标</b>";
    tracked_task words = t;
    words.target.id = "2";
    words.progress.completion.reset();
    words.progress.completion_text = "<b>已完成</b>";
    const std::string page = page_of({t, words}, "<title>");
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<b>已完成") == std::string::npos);
    CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(page.find("<td class=\"completion\">&lt;b&gt;已完成&lt;/b&gt;</td>") != std::string::npos);
    CHECK(page.find("data-unit=\"区&lt;财政&gt;局\"") != std::string::npos);
    CHECK(page.find("<title>&lt;title&gt;") != std::string::npos);
}

TEST_CASE("a task's row shows its task text, all its lead units and its completion as written") {
    tracked_task t;
    t.target.id = "1";
    t.target.metric = "地区生产总值";
    t.target.task = "地区生产总值增长5.5%。";
    t.target.lead_units = {"区发改局", "区财政局"};
    t.progress.completion_text = "已完成";
    t.progress.stated = stated_status::completed;
    const std::string page = page_of({t}, "");
    CHECK(page.find("<td>地区生产总值增长5.5%。</td><td class=\"unit\">区发改局、区财政局</td>"
                    "<td class=\"completion\">已完成</td>") != std::string::npos);
}

TEST_CASE("an empty title and a unit with no data") {
    const std::string page = page_of({hand_task("1", {"区财政局"}, std::nullopt)}, "");
    CHECK(page.find("<h1>主要任务完成情况</h1>") != std::string::npos);
    CHECK(page.find("width=\"0\"") != std::string::npos);  // no data: an empty bar, not NaN
    CHECK(page.find("—") != std::string::npos);
}

TEST_CASE("a shared task: a bar under each lead unit, the note under the legend") {
    const std::string page = page_of({hand_task("1", {"区发改局", "区财政局"}, 45_dec)}, "表");
    CHECK(occurrences(page, "<g class=\"unit behind\"") == 2);
    CHECK(page.find("<p class=\"legend note\">注：1项任务由多个单位共同牵头，在各牵头单位中分别计入，合计中计一次</p>") != std::string::npos);
    CHECK(page.find("<td class=\"unit\">区发改局、区财政局</td>") != std::string::npos);
    CHECK(page.find("任务总数<b>1</b>") != std::string::npos);
}

TEST_CASE("random hostile texts add no markup: the page's tags are those of the same page with plain texts") {
    std::mt19937_64 random(1259);
    const std::vector<std::string> pieces{"<", ">", "&", "\"", "'", "</td>", "<script>", "&amp;", "区", "局", "=", " ", "\\", "\n"};
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(0, 12);
    const auto hostile = [&] {
        std::string text;
        for (std::size_t n = length(random); n > 0; --n) text += pieces[piece(random)];
        return text;
    };
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<tracked_task> hostile_tasks, plain_tasks;
        for (int k = 0; k < 5; ++k) {
            const std::string id = std::to_string(k + 1);
            tracked_task t = hand_task(id, {"区" + std::to_string(k % 2) + hostile()}, decimal(k * 20), hostile());
            t.target.category = hostile();
            t.progress.completion_text = hostile();
            hostile_tasks.push_back(t);
            t = hand_task(id, {"区" + std::to_string(k % 2) + "u" + std::to_string(k)}, decimal(k * 20), "m");
            t.target.category = "c";
            t.progress.completion_text = "t";
            plain_tasks.push_back(t);
        }
        const std::string title = hostile();
        const std::string with_hostile = page_of(hostile_tasks, title);
        const std::string with_plain = page_of(plain_tasks, "t");
        // Distinct hostile unit names can merge or split groups, so compare per task row:
        // every '<' on the page opens one of the page's own tags.
        std::size_t tags_hostile = occurrences(with_hostile, "<"), tags_plain = occurrences(with_plain, "<");
        std::set<std::string> units_hostile, units_plain;
        for (const auto& t : hostile_tasks) units_hostile.insert(t.target.lead_units[0]);
        for (const auto& t : plain_tasks) units_plain.insert(t.target.lead_units[0]);
        if (units_hostile.size() == units_plain.size()) CHECK(tags_hostile == tags_plain);
        CHECK(with_hostile.find("<script") == std::string::npos);
    }
}

TEST_CASE("the chart alone, as an SVG file") {
    const auto table = read_completion_table(read_seed(q2_table), q2_table);
    const auto as_of = table.default_as_of();
    const completion_report report = make_completion_report(table.tasks(as_of), {table.title, "", *table.target_period(), as_of});
    const std::string svg = render_chart_svg(report);
    CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(svg.ends_with("</svg>\n"));
    std::size_t bars = 0;
    for (std::size_t at = svg.find("<g class=\"unit"); at != std::string::npos; at = svg.find("<g class=\"unit", at + 1)) ++bars;
    CHECK(bars == report.units.size());
    CHECK(svg.find("class=\"pace\"") != std::string::npos);
    // The page draws the same chart.
    const std::string page = render_html(report);
    CHECK(page.find(svg.substr(svg.find("viewBox"), 40)) != std::string::npos);
}
