#include <govtarget/csv.hpp>

#include <doctest/doctest.h>

#include <random>
#include <sstream>

using namespace govtarget;

namespace {
std::vector<progress_record> random_records(std::mt19937_64& random, int n) {
    std::uniform_int_distribution<int> pct(0, 1500), miss(0, 9), day(1, 28), month(1, 12);
    const std::vector<std::string> notes{"", "区住建局", "含,逗号", "含\"引号\"", "多\n行", "=SUM(A1)", "-5", "@x"};
    const std::vector<std::string> cells{"", "/", "已完成", "滞后，原因是\"土地\"", "52％", " 推进中 "};
    std::vector<progress_record> records;
    for (int i = 0; i < n; ++i) {
        progress_record r;
        r.task_id = std::to_string(i + 1);
        r.as_of = date::year{2024} / date::month(static_cast<unsigned>(month(random))) / date::day(static_cast<unsigned>(day(random)));
        if (miss(random) != 0) r.completion = share(decimal::from_mantissa(pct(random), 1));
        r.completion_text = cells[static_cast<std::size_t>(i) % cells.size()];
        if (i % 4 != 0) r.stated = static_cast<stated_status>(i % 5);
        if (i % 3 == 0) r.actuals = {quantity::parse("4950个"), quantity(area::from_ticks(pct(random)))};
        r.note = notes[static_cast<std::size_t>(i) % notes.size()];
        records.push_back(r);
    }
    return records;
}
}  // namespace

TEST_CASE("progress records round-trip exactly, on random data") {
    std::mt19937_64 random(7);
    const auto records = random_records(random, 2000);
    std::ostringstream out;
    write_progress_csv(out, records);
    CHECK(read_progress_csv(out.str(), "p.csv") == records);
}

TEST_CASE("BOM, LF and quoted fixtures as Excel and WPS write them") {
    const std::string excel = "\xEF\xBB\xBFtask_id,as_of,completion,completion_text,stated,actuals,note\r\n"
                              "68,2024-06-30,45,45%,,\"4950个；148亩\",\"区住建局,\"\"保障房\"\"\r\n第二行\"\r\n"
                              "1,2024-06-30,,/,not_applicable,,\r\n"
                              "2,2024-06-30,,已完成,completed,,\r\n";
    const auto records = read_progress_csv(excel, "excel.csv");
    REQUIRE(records.size() == 3);
    CHECK(records[0].actuals.size() == 2);
    CHECK(records[0].note == "区住建局,\"保障房\"\r\n第二行");
    CHECK(records[0].completion_text == "45%");
    CHECK_FALSE(records[0].stated.has_value());
    CHECK_FALSE(records[1].completion.has_value());
    CHECK(records[1].stated == stated_status::not_applicable);
    CHECK_FALSE(records[2].completion.has_value());
    CHECK(records[2].completion_text == "已完成");
    CHECK(records[2].stated == stated_status::completed);
    std::string lf = excel.substr(3);
    for (std::size_t at; (at = lf.find("\r\n")) != std::string::npos;) lf.erase(at, 1);
    CHECK(read_progress_csv(lf, "lf.csv")[0].completion == share(45_dec));
}

TEST_CASE("the progress columns, exactly") {
    std::ostringstream out;
    write_progress_csv(out, {progress_record{"2", date::year{2024} / 6 / 30, std::nullopt, "已完成", stated_status::completed, {}, ""},
                             progress_record{"3", date::year{2024} / 6 / 30, share(52.5_dec), "52.5%", std::nullopt, {}, ""}});
    CHECK(out.str() == "task_id,as_of,completion,completion_text,stated,actuals,note\r\n"
                       "2,2024-06-30,,已完成,completed,,\r\n"
                       "3,2024-06-30,52.5,52.5%,,,\r\n");
}

TEST_CASE("targets and summaries round-trip") {
    target t;
    t.id = "51";
    t.metric = "出让经营性用地, \"一\"";
    t.task = "出让经营性用地626亩以上，力争748亩。";
    t.lead_units = {"规划资源拱墅分局", "区发改经信局"};
    t.co_units = {"区财政局", "区住建局"};
    t.period = period::year(date::year{2024});
    t.weight = 1.5_dec;
    t.quantities.push_back({bound<quantity>::at_least(quantity::parse("626亩")), direction::higher_is_better,
                            quantity::parse("748亩"), "出让经营性用地"});
    t.quantities.push_back({bound<quantity>::range(quantity::parse("1个"), quantity::parse("2个")),
                            direction::higher_is_better, std::nullopt, ""});
    t.quantities.push_back({bound<quantity>::at_most(quantity(growth_rate(-2.5_dec)), false), direction::lower_is_better,
                            std::nullopt, "能耗"});
    t.quantities.push_back({linked_value{"1", bound_kind::at_least}, direction::higher_is_better, std::nullopt, ""});
    target qualitative;
    qualitative.id = "6";
    qualitative.task = "深化改革。";
    qualitative.co_units = {"区委改革办"};
    std::ostringstream out;
    write_targets_csv(out, {t, qualitative});
    const auto back = read_targets_csv(out.str(), "t.csv");
    REQUIRE(back.size() == 2);
    CHECK(back[0] == t);
    CHECK(back[1] == qualitative);
    CHECK(out.str().starts_with("id,metric,task,category,lead_units,co_units,period,weight,bound,inclusive,value,upper,"
                                "direction,stretch,quantity_metric,linked_to\r\n"));
    CHECK(out.str().find("\r\n6,,深化改革。,,,区委改革办,,1,,,,,,,,\r\n") != std::string::npos);
    CHECK(out.str().find(",规划资源拱墅分局、区发改经信局,区财政局、区住建局,2024年,1.5,at_least,") != std::string::npos);

    std::mt19937_64 random(9);
    std::map<std::string, summary, std::less<>> groups;
    aggregation_policy policy;
    policy.cap.reset();
    policy.missing = missing_policy::as_zero;
    policy.status.tolerance = percentage_points(2.5_dec);
    for (const auto& r : random_records(random, 500))
        groups.try_emplace(r.note, exact_share(fraction(275, 3)), policy).first->second.add({decimal(1), r.completion});
    std::ostringstream summary_out;
    write_summary_csv(summary_out, groups);
    CHECK(read_summary_csv(summary_out.str(), "s.csv") == groups);  // pace and policy included
    CHECK(summary_out.str().find(",275/3,,as_zero,2.5,10,") != std::string::npos);
}

TEST_CASE("CSV for spreadsheets makes formulas inert") {
    std::ostringstream out;
    write_progress_csv(out, {progress_record{"=1+1", date::year{2024} / 6 / 30, std::nullopt, "-1", std::nullopt, {}, "@cmd"}},
                       csv_options{.spreadsheet_safe = true});
    CHECK(out.str().find("'=1+1,") != std::string::npos);
    CHECK(out.str().find(",'-1,") != std::string::npos);
    CHECK(out.str().find(",'@cmd") != std::string::npos);
}

TEST_CASE("bad CSV: file, line and column") {
    const auto where = [](const std::string& text) -> std::string {
        try {
            read_progress_csv(text, "p.csv");
        } catch (const read_error& e) {
            return std::to_string(e.line()) + ":" + std::to_string(e.column()) + " " + e.reason();
        }
        return "no error";
    };
    const std::string header = "task_id,as_of,completion,completion_text,stated,actuals,note\n";
    CHECK(where("") .starts_with("1:1 empty"));
    CHECK(where("task,as_of\n").starts_with("1:1 expected column 1 to be task_id"));
    CHECK(where("task_id,as_of,completion,actuals,note\n").starts_with("1:26 expected column 4 to be completion_text"));
    // The column is where the cell starts, in characters; the reason names the column.
    CHECK(where(header + "1,2024-02-30,5,,,,\n").starts_with("2:3 in as_of: "));
    CHECK(where(header + "1,2024-06-30,abc,,,,\n").starts_with("2:14 in completion: "));
    CHECK(where(header + "1,2024-06-30,-5,,,,\n").starts_with("2:14 in completion: "));
    CHECK(where(header + "1,2024-06-30,5,5%,done,,\n") ==
          "2:19 in stated: cannot read a stated status from \"done\" at byte 0: expected one of completed, on_schedule, "
          "behind, not_started, not_applicable");
    CHECK(where(header + "1,2024-06-30,5,,,5.5.5%,\n").starts_with("2:18 in actuals: "));
    CHECK(where(header + "任务一,2024-06-30,5,,,5.5.5%,\n").starts_with("2:20 in actuals: "));  // characters, not bytes
    CHECK(where(header + "1,2024-06-30,5\n").starts_with("2:1 the row has 3 cells"));
    CHECK(where(header + ",2024-06-30,5,,,,\n").starts_with("2:1 empty task_id"));
    CHECK(where(header + "1,2024-06-30,5,,,,\"open\n").starts_with("2:19 unterminated"));
}
