#include <govtarget/ledger.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <algorithm>
#include <filesystem>

using namespace govtarget;

namespace {

struct temporary_file {
    std::filesystem::path path;
    explicit temporary_file(const std::string& name) : path(std::filesystem::temp_directory_path() / name) {
        std::filesystem::remove(path);
    }
    ~temporary_file() { std::filesystem::remove(path); }
};

const period year2024 = period::year(date::year{2024});
const date::year_month_day q2 = date::year{2024} / 6 / 30;
const date::year_month_day q3 = date::year{2024} / 9 / 30;

std::vector<tracked_task> q2_tasks() {
    const auto table = read_completion_table(read_seed(q2_table), q2_table);
    return table.tasks(q2);
}

// The Q2 table moved on a quarter: every task +30 points, except task 68, which falls to 40%.
std::vector<tracked_task> q3_tasks() {
    auto tasks = q2_tasks();
    for (auto& t : tasks) {
        t.progress.as_of = q3;
        if (t.progress.completion) t.progress.completion = *t.progress.completion + percentage_points(decimal(30));
        if (t.progress.completion) t.progress.completion_text = t.progress.completion->to_string();
        if (t.target.id == "68") t.progress.completion = share(decimal(40));
        if (t.target.id == "68") t.progress.completion_text = "40%";
    }
    return tasks;
}

// What the ledger keeps of a task: its identity, texts, units, weight and completion.
bool same_records(const std::vector<tracked_task>& a, const std::vector<tracked_task>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        const auto& x = a[k];
        const auto& y = b[k];
        if (x.target.id != y.target.id || x.target.category != y.target.category || x.target.metric != y.target.metric ||
            x.target.task != y.target.task || x.target.lead_units != y.target.lead_units ||
            x.target.co_units != y.target.co_units || x.target.weight != y.target.weight || x.progress != y.progress)
            return false;
    }
    return true;
}

std::size_t row_count(ledger& book) {
    std::size_t n = 0;
    for (const auto& p : book.periods())
        for (const auto& d : book.report_dates(p)) n += book.tasks(p, d).size();
    return n;
}

}  // namespace

TEST_CASE("a real ledger file: record, reopen, query") {
    temporary_file file("govtarget_test_ledger.sqlite");
    {
        auto book = ledger::open(file.path);
        const auto first = book.record(q2_tasks(), year2024, q2_table);
        CHECK(first.tasks == 159);
        CHECK(first.changed == 159);
    }
    auto book = ledger::open(file.path);  // reopened from disk
    CHECK(book.periods() == std::vector<period>{year2024});
    CHECK(book.report_dates(year2024) == std::vector<date::year_month_day>{q2});
    CHECK(book.lead_units(year2024).size() == 32);
    const auto tasks = book.tasks(year2024, q2);
    REQUIRE(tasks.size() == 159);
    CHECK(same_records(tasks, q2_tasks()));  // everything the ledger keeps reads back equal
    CHECK(summarize(tasks, exact_share(fraction(50))).weighted_completion(2) == share(59.69_dec));
}

TEST_CASE("importing the same table twice changes nothing") {
    temporary_file file("govtarget_test_ledger_twice.sqlite");
    auto book = ledger::open(file.path);
    book.record(q2_tasks(), year2024, q2_table);
    const auto size_before = std::filesystem::file_size(file.path);
    const auto again = book.record(q2_tasks(), year2024, q2_table);
    CHECK(again.tasks == 159);
    CHECK(again.changed == 0);
    CHECK(row_count(book) == 159);
    CHECK(std::filesystem::file_size(file.path) == size_before);
}

TEST_CASE("an import that fails halfway leaves the database as it was") {
    temporary_file file("govtarget_test_ledger_fail.sqlite");
    auto book = ledger::open(file.path);
    book.record(q2_tasks(), year2024, q2_table);
    auto broken = q3_tasks();
    broken[100].target.weight = decimal(0);  // rows 1..100 are written before this one fails
    CHECK_THROWS_AS(book.record(broken, year2024, "q3.txt"), ledger_error);
    CHECK(book.report_dates(year2024) == std::vector<date::year_month_day>{q2});
    CHECK(row_count(book) == 159);
    CHECK(same_records(book.tasks(year2024, q2), q2_tasks()));
    // And the ledger still takes the good import afterwards.
    CHECK(book.record(q3_tasks(), year2024, "q3.txt").tasks == 159);
    CHECK(book.report_dates(year2024).size() == 2);
}

TEST_CASE("series of a task and of a unit over reports") {
    temporary_file file("govtarget_test_ledger_series.sqlite");
    auto book = ledger::open(file.path);
    book.record(q2_tasks(), year2024, q2_table);
    book.record(q3_tasks(), year2024, "q3.txt");
    const progress_series task_68 = book.task_series(year2024, "68");
    REQUIRE(task_68.points().size() == 2);
    CHECK(task_68.fell_since_last_report());
    CHECK(task_68.projected_completion(year2024) == exact_share(fraction(40) / fraction(3, 4)));
    CHECK(task_68.projected_to_complete(year2024) == false);
    const progress_series task_74 = book.task_series(year2024, "74");
    CHECK_FALSE(task_74.fell_since_last_report());
    const progress_series task_1 = book.task_series(year2024, "1");
    CHECK_FALSE(task_1.latest_reported().has_value());  // never reported: no 0 invented
    const auto housing = book.unit_series(year2024, "区住建局");
    REQUIRE(housing.size() == 2);
    CHECK(housing[0].second.weighted_completion(2) == share(64.84_dec));
    CHECK(housing[1].first == q3);
    CHECK(housing[1].second.behind() == 1);  // task 68 at 40% against 75%
}

TEST_CASE("the schema version is checked on open") {
    temporary_file file("govtarget_test_ledger_version.sqlite");
    {
        auto book = ledger::open(file.path);
    }
    {
        sqlite3* db = nullptr;
        sqlite3_open(file.path.string().c_str(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    try {
        ledger::open(file.path);
        FAIL("no error");
    } catch (const ledger_error& e) {
        CHECK(std::string(e.what()).find("schema version 99") != std::string::npos);
    }
    temporary_file other("govtarget_test_not_a_ledger.sqlite");
    {
        sqlite3* db = nullptr;
        sqlite3_open(other.path.string().c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE accounts (id INTEGER)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    CHECK_THROWS_AS(ledger::open(other.path), ledger_error);
    CHECK_THROWS_AS(ledger::open("/nonexistent/dir/ledger.sqlite"), ledger_error);
}

TEST_CASE("several lead units, co-operating units, the task text and a completion in words") {
    temporary_file file("govtarget_test_ledger_units.sqlite");
    auto book = ledger::open(file.path);
    auto tasks = q2_tasks();
    tasks[0].target.lead_units = {"区发改经信局", "区统计局"};
    tasks[0].target.co_units = {"区财政局", "区住建局"};
    tasks[0].target.metric = "地区生产总值";
    tasks[1].target.co_units = {"区税务局"};
    tasks[2].progress.completion.reset();
    tasks[2].progress.completion_text = "已完成";
    tasks[2].progress.stated = stated_status::completed;
    CHECK(book.record(tasks, year2024, q2_table).changed == 159);
    const auto back = book.tasks(year2024, q2);
    CHECK(same_records(back, tasks));
    CHECK(back[0].target.task == "地区生产总值增长5.5%。");
    CHECK(back[0].target.metric == "地区生产总值");
    CHECK(back[0].target.co_units == std::vector<std::string>{"区财政局", "区住建局"});
    CHECK(back[0].progress.stated == stated_status::not_applicable);
    CHECK(back[2].progress.stated == stated_status::completed);
    CHECK_FALSE(back[2].progress.completion.has_value());
    // Every lead unit is listed, and leads its shared task in its series; a co-operating unit leads nothing.
    const auto units = book.lead_units(year2024);
    CHECK(units.size() == 33);
    CHECK(std::find(units.begin(), units.end(), "区统计局") != units.end());
    CHECK(std::find(units.begin(), units.end(), "区税务局") == units.end());
    CHECK(book.unit_series(year2024, "区统计局").front().second.tasks() == 1);
    CHECK(book.unit_series(year2024, "区发改经信局").front().second.tasks() == 30);
    CHECK(book.unit_series(year2024, "区税务局").empty());
    // The same again changes nothing; fewer units, or others, change that task only.
    CHECK(book.record(tasks, year2024, q2_table).changed == 0);
    tasks[0].target.co_units = {"区住建局"};
    tasks[1].target.lead_units = {"区住建局", "区财政局"};
    const auto again = book.record(tasks, year2024, q2_table);
    CHECK(again.changed == 2);
    CHECK(same_records(book.tasks(year2024, q2), tasks));
}

TEST_CASE("a version 1 ledger is brought to version 2 on open") {
    temporary_file file("govtarget_test_ledger_v1.sqlite");
    {
        sqlite3* db = nullptr;
        sqlite3_open(file.path.string().c_str(), &db);
        // The version 1 schema, with one task recorded as version 1 recorded it.
        const char* v1 =
            "CREATE TABLE task ("
            " period TEXT NOT NULL, task_id TEXT NOT NULL, category TEXT NOT NULL, lead_unit TEXT NOT NULL,"
            " task TEXT NOT NULL, weight TEXT NOT NULL, PRIMARY KEY (period, task_id));"
            "CREATE TABLE progress ("
            " period TEXT NOT NULL, task_id TEXT NOT NULL, as_of TEXT NOT NULL, completion TEXT,"
            " source TEXT NOT NULL, PRIMARY KEY (period, task_id, as_of),"
            " FOREIGN KEY (period, task_id) REFERENCES task (period, task_id));"
            "INSERT INTO task VALUES ('2024年', '68', '城市更新', '区住建局', '总结提升危旧房屋有机更新。', '1');"
            "INSERT INTO task VALUES ('2024年', '1', '主要经济指标', '区发改经信局', '地区生产总值增长5.5%。', '1');"
            "INSERT INTO progress VALUES ('2024年', '68', '2024-06-30', '45', 'q2.txt');"
            "INSERT INTO progress VALUES ('2024年', '1', '2024-06-30', NULL, 'q2.txt');"
            "PRAGMA user_version = 1;";
        REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    {
        auto book = ledger::open(file.path);
        const auto tasks = book.tasks(year2024, q2);
        REQUIRE(tasks.size() == 2);
        CHECK(tasks[0].target.id == "1");
        CHECK(tasks[0].target.task == "地区生产总值增长5.5%。");
        CHECK(tasks[0].target.metric.empty());
        CHECK(tasks[0].target.lead_units == std::vector<std::string>{"区发改经信局"});
        CHECK_FALSE(tasks[0].progress.completion.has_value());
        CHECK(tasks[1].target.lead_units == std::vector<std::string>{"区住建局"});
        CHECK(tasks[1].progress.completion == share(45_dec));
        CHECK(tasks[1].progress.completion_text.empty());  // version 1 did not keep it
        CHECK(book.lead_units(year2024) == std::vector<std::string>{"区住建局", "区发改经信局"});
        CHECK(book.task_series(year2024, "68").points().size() == 1);
        CHECK(book.record(q2_tasks(), year2024, q2_table).tasks == 159);
    }
    sqlite3* db = nullptr;
    sqlite3_open(file.path.string().c_str(), &db);
    int version = 0;
    sqlite3_exec(
        db, "PRAGMA user_version",
        [](void* out, int, char** values, char**) {
            *static_cast<int*>(out) = std::stoi(values[0]);
            return 0;
        },
        &version, nullptr);
    sqlite3_close(db);
    CHECK(version == ledger::schema_version);
    CHECK(ledger::open(file.path).tasks(year2024, q2).size() == 159);  // reopened as version 2
}
