#include <govtarget/ledger.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

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
        if (t.progress.completion) t.progress.completion = *t.progress.completion + decimal(30);
        if (t.target.id == "68") t.progress.completion = decimal(40);
    }
    return tasks;
}

// What the ledger keeps of a task: its identity, text, unit, weight and completion.
bool same_records(const std::vector<tracked_task>& a, const std::vector<tracked_task>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        const auto& x = a[k];
        const auto& y = b[k];
        if (x.target.id != y.target.id || x.target.category != y.target.category || x.target.metric != y.target.metric ||
            x.target.lead_units != y.target.lead_units || x.target.weight != y.target.weight || x.progress != y.progress)
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
    CHECK(task_68.projected_completion(year2024) == fraction(40) / fraction(3, 4));
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
