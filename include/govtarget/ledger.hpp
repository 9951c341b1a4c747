#pragma once
// A SQLite ledger of quarterly history (opt-in: include this header and link
// govtarget::sqlite, i.e. Debian's libsqlite3). It keeps the tasks of each year and their
// progress per as-of date, so a program can follow a task or a lead unit across reports:
//
//   auto book = ledger::open("ledger.sqlite");
//   book.record(table, table.default_as_of());            // idempotent, one transaction
//   progress_series s = book.task_series(period, "68");    // → falls, projected year-end
//
// Importing the same table twice changes nothing; an import that fails halfway leaves the
// database as it was; the schema version is recorded and checked on open.

#include <govtarget/aggregate.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/error.hpp>
#include <govtarget/history.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>

#include <sqlite3.h>

#include <date/date.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

class ledger_error : public error {
public:
    using error::error;
};

struct import_summary {
    std::size_t tasks = 0;     // rows in the import
    std::size_t changed = 0;   // rows that added or changed something
    friend bool operator==(const import_summary&, const import_summary&) = default;
};

class ledger {
public:
    static constexpr int schema_version = 1;

    // Opens (creating if needed) a ledger file; ledger_error if it is not a govtarget ledger
    // or has another schema version.
    static ledger open(const std::filesystem::path& path) {
        sqlite3* raw = nullptr;
        const int status = sqlite3_open_v2(path.string().c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        ledger book(raw, path.string());
        if (status != SQLITE_OK) book.fail("cannot open");
        book.exec("PRAGMA foreign_keys = ON");
        const int version = book.user_version();
        if (version == 0) {
            if (book.has_tables()) throw ledger_error(path.string() + ": not a govtarget ledger (it holds other tables)");
            book.transaction([&] {
                book.exec(
                    "CREATE TABLE task ("
                    " period TEXT NOT NULL, task_id TEXT NOT NULL, category TEXT NOT NULL, lead_unit TEXT NOT NULL,"
                    " task TEXT NOT NULL, weight TEXT NOT NULL, PRIMARY KEY (period, task_id));"
                    "CREATE TABLE progress ("
                    " period TEXT NOT NULL, task_id TEXT NOT NULL, as_of TEXT NOT NULL, completion TEXT,"
                    " source TEXT NOT NULL, PRIMARY KEY (period, task_id, as_of),"
                    " FOREIGN KEY (period, task_id) REFERENCES task (period, task_id));"
                    "PRAGMA user_version = " + std::to_string(schema_version));
            });
        } else if (version != schema_version) {
            throw ledger_error(path.string() + ": ledger schema version " + std::to_string(version) + ", this govtarget reads version " +
                               std::to_string(schema_version));
        }
        return book;
    }

    // Records tasks with their progress as of a date, all or nothing.
    import_summary record(const std::vector<tracked_task>& tasks, const period& target_period, std::string_view source) {
        import_summary result;
        transaction([&] {
            statement upsert_task(*this,
                                  "INSERT INTO task VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (period, task_id) DO UPDATE SET"
                                  " category = excluded.category, lead_unit = excluded.lead_unit, task = excluded.task,"
                                  " weight = excluded.weight WHERE (category, lead_unit, task, weight) IS NOT"
                                  " (excluded.category, excluded.lead_unit, excluded.task, excluded.weight)");
            statement upsert_progress(*this,
                                      "INSERT INTO progress VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (period, task_id, as_of)"
                                      " DO UPDATE SET completion = excluded.completion, source = excluded.source"
                                      " WHERE completion IS NOT excluded.completion");
            const std::string period_text = target_period.to_string();
            for (const tracked_task& t : tasks) {
                if (t.target.id.empty()) throw ledger_error("a task without an id cannot be recorded");
                if (t.target.weight.sign() <= 0)
                    throw ledger_error("task " + t.target.id + ": weight must be positive, not " + t.target.weight.to_string());
                upsert_task.run({period_text, t.target.id, t.target.category, std::string(t.target.lead_unit()), t.target.metric,
                                 t.target.weight.to_string()});
                std::size_t changed = changes();
                upsert_progress.run({period_text, t.target.id, date::format("%F", t.progress.as_of),
                                     t.progress.completion ? std::optional(t.progress.completion->to_string()) : std::nullopt,
                                     std::string(source)});
                changed += changes();
                ++result.tasks;
                if (changed > 0) ++result.changed;
            }
        });
        return result;
    }

    // Records a completion table as of a date (its title's period's year is the target period).
    import_summary record(const completion_table& table, date::year_month_day as_of) {
        const period p = table.target_period().value_or(period::year(as_of.year()));
        return record(table.tasks(as_of), p, table.source);
    }

    // The target periods recorded, and the report dates of one.
    std::vector<period> periods() const {
        std::vector<period> result;
        statement query(*this, "SELECT DISTINCT period FROM task ORDER BY period");
        query.each({}, [&](statement& row) { result.push_back(period::parse(row.text(0))); });
        return result;
    }
    std::vector<date::year_month_day> report_dates(const period& p) const {
        std::vector<date::year_month_day> result;
        statement query(*this, "SELECT DISTINCT as_of FROM progress WHERE period = ?1 ORDER BY as_of");
        query.each({p.to_string()}, [&](statement& row) { result.push_back(parse_date(row.text(0))); });
        return result;
    }
    std::vector<std::string> lead_units(const period& p) const {
        std::vector<std::string> result;
        statement query(*this, "SELECT DISTINCT lead_unit FROM task WHERE period = ?1 ORDER BY lead_unit");
        query.each({p.to_string()}, [&](statement& row) { result.push_back(row.text(0)); });
        return result;
    }

    // A task's completion per report.
    progress_series task_series(const period& p, std::string_view task_id) const {
        progress_series series;
        statement query(*this, "SELECT as_of, completion FROM progress WHERE period = ?1 AND task_id = ?2 ORDER BY as_of");
        query.each({p.to_string(), std::string(task_id)}, [&](statement& row) {
            series.add({parse_date(row.text(0)),
                        row.is_null(1) ? std::nullopt : std::optional(decimal::parse(row.text(1)))});
        });
        return series;
    }

    // A lead unit's summary per report, against the pace of each report's date.
    std::vector<std::pair<date::year_month_day, summary>> unit_series(const period& p, std::string_view unit,
                                                                      const expected_pace& pace = expected_pace::by(),
                                                                      const aggregation_policy& policy = {}) const {
        std::map<date::year_month_day, summary> by_date;
        statement query(*this,
                        "SELECT progress.as_of, progress.completion, task.weight FROM progress JOIN task USING (period, task_id)"
                        " WHERE period = ?1 AND task.lead_unit = ?2 ORDER BY progress.as_of");
        query.each({p.to_string(), std::string(unit)}, [&](statement& row) {
            const auto as_of = parse_date(row.text(0));
            const task_input input{decimal::parse(row.text(2)),
                                   row.is_null(1) ? std::nullopt : std::optional(share(decimal::parse(row.text(1))))};
            by_date.try_emplace(as_of, pace.percent_at(p, as_of), policy).first->second.add(input);
        });
        return {by_date.begin(), by_date.end()};
    }

    // The tasks as recorded on one report date.
    std::vector<tracked_task> tasks(const period& p, date::year_month_day as_of) const {
        std::vector<tracked_task> result;
        statement query(*this,
                        "SELECT task.task_id, task.category, task.lead_unit, task.task, task.weight, progress.completion"
                        " FROM task JOIN progress USING (period, task_id) WHERE period = ?1 AND progress.as_of = ?2"
                        " ORDER BY CAST(task.task_id AS INTEGER), task.task_id");
        query.each({p.to_string(), date::format("%F", as_of)}, [&](statement& row) {
            tracked_task t;
            t.target.id = row.text(0);
            t.target.category = row.text(1);
            t.target.lead_units = {row.text(2)};
            t.target.metric = row.text(3);
            t.target.weight = decimal::parse(row.text(4));
            t.target.period = p;
            t.progress = {t.target.id, as_of, row.is_null(5) ? std::nullopt : std::optional(decimal::parse(row.text(5))), {}, {}};
            result.push_back(std::move(t));
        });
        return result;
    }

private:
    struct closer {
        void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
    };

    class statement {
    public:
        statement(const ledger& book, const std::string& sql) : book_(book) {
            if (sqlite3_prepare_v2(book.db_.get(), sql.c_str(), -1, &handle_, nullptr) != SQLITE_OK) book.fail("cannot prepare");
        }
        ~statement() { sqlite3_finalize(handle_); }
        statement(const statement&) = delete;
        statement& operator=(const statement&) = delete;

        void bind(const std::vector<std::optional<std::string>>& values) {
            sqlite3_reset(handle_);
            sqlite3_clear_bindings(handle_);
            for (std::size_t k = 0; k < values.size(); ++k) {
                const int at = static_cast<int>(k + 1);
                const int status = values[k] ? sqlite3_bind_text(handle_, at, values[k]->c_str(),
                                                                 static_cast<int>(values[k]->size()), SQLITE_TRANSIENT)
                                             : sqlite3_bind_null(handle_, at);
                if (status != SQLITE_OK) book_.fail("cannot bind");
            }
        }
        void run(const std::vector<std::optional<std::string>>& values) {
            bind(values);
            if (sqlite3_step(handle_) != SQLITE_DONE) book_.fail("cannot write");
        }
        template <class Row>
        void each(const std::vector<std::optional<std::string>>& values, Row&& on_row) {
            bind(values);
            while (true) {
                const int status = sqlite3_step(handle_);
                if (status == SQLITE_DONE) break;
                if (status != SQLITE_ROW) book_.fail("cannot read");
                on_row(*this);
            }
        }
        std::string text(int column) const {
            const auto* bytes = sqlite3_column_text(handle_, column);
            return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(handle_, column)))
                         : std::string();
        }
        bool is_null(int column) const { return sqlite3_column_type(handle_, column) == SQLITE_NULL; }

    private:
        const ledger& book_;
        sqlite3_stmt* handle_ = nullptr;
    };

    ledger(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

    [[noreturn]] void fail(const char* what) const {
        throw ledger_error(path_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_.get()) : "out of memory"));
    }
    void exec(const std::string& sql) const {
        char* message = nullptr;
        if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            throw ledger_error(path_ + ": " + text);
        }
    }
    int user_version() const {
        statement query(*this, "PRAGMA user_version");
        int version = 0;
        query.each({}, [&](statement& row) { version = std::stoi(row.text(0)); });
        return version;
    }
    bool has_tables() const {
        statement query(*this, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        int n = 0;
        query.each({}, [&](statement& row) { n = std::stoi(row.text(0)); });
        return n > 0;
    }
    std::size_t changes() const { return static_cast<std::size_t>(sqlite3_changes(db_.get())); }

    // Runs work inside one transaction: committed if it returns, rolled back if it throws.
    template <class Work>
    void transaction(Work&& work) {
        exec("BEGIN IMMEDIATE");
        try {
            work();
            exec("COMMIT");
        } catch (...) {
            exec("ROLLBACK");
            throw;
        }
    }

    std::unique_ptr<sqlite3, closer> db_;
    std::string path_;
};

}  // namespace govtarget
