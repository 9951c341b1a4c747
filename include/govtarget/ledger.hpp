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
// database as it was; the schema version is recorded and checked on open, and a version 1
// ledger is brought to version 2 (task units and the completion as written) on open.
// A task shared by several lead units counts under each of them in the unit queries.

#include <govtarget/aggregate.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/error.hpp>
#include <govtarget/history.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>

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
    static constexpr int schema_version = 2;

    // Opens (creating if needed) a ledger file; ledger_error if it is not a govtarget ledger
    // or has a schema version other than 1 (which it updates) or 2.
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
                // Columns in the order a version 1 ledger has them once updated.
                book.exec(
                    "CREATE TABLE task ("
                    " period TEXT NOT NULL, task_id TEXT NOT NULL, category TEXT NOT NULL, task TEXT NOT NULL,"
                    " weight TEXT NOT NULL, metric TEXT NOT NULL DEFAULT '', PRIMARY KEY (period, task_id));"
                    "CREATE TABLE progress ("
                    " period TEXT NOT NULL, task_id TEXT NOT NULL, as_of TEXT NOT NULL, completion TEXT,"
                    " source TEXT NOT NULL, completion_text TEXT NOT NULL DEFAULT '', stated TEXT,"
                    " PRIMARY KEY (period, task_id, as_of),"
                    " FOREIGN KEY (period, task_id) REFERENCES task (period, task_id));" +
                    std::string(task_unit_table) + "PRAGMA user_version = " + std::to_string(schema_version));
            });
        } else if (version == 1) {
            // Version 1 kept one lead_unit cell per task and the completion as a number only.
            book.transaction([&] {
                book.exec(std::string(task_unit_table) +
                          "INSERT INTO task_unit SELECT period, task_id, 'lead', 0, lead_unit FROM task WHERE lead_unit <> '';"
                          "ALTER TABLE task DROP COLUMN lead_unit;"
                          "ALTER TABLE task ADD COLUMN metric TEXT NOT NULL DEFAULT '';"
                          "ALTER TABLE progress ADD COLUMN completion_text TEXT NOT NULL DEFAULT '';"
                          "ALTER TABLE progress ADD COLUMN stated TEXT;"
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
                                  "INSERT INTO task (period, task_id, category, task, weight, metric) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                  " ON CONFLICT (period, task_id) DO UPDATE SET category = excluded.category,"
                                  " task = excluded.task, weight = excluded.weight, metric = excluded.metric"
                                  " WHERE (category, task, weight, metric) IS NOT"
                                  " (excluded.category, excluded.task, excluded.weight, excluded.metric)");
            statement upsert_unit(*this,
                                  "INSERT INTO task_unit (period, task_id, role, position, unit) VALUES (?1, ?2, ?3, ?4, ?5)"
                                  " ON CONFLICT (period, task_id, role, position) DO UPDATE SET unit = excluded.unit"
                                  " WHERE unit IS NOT excluded.unit");
            statement drop_units(*this,
                                 "DELETE FROM task_unit WHERE period = ?1 AND task_id = ?2 AND role = ?3 AND position >= ?4");
            statement upsert_progress(*this,
                                      "INSERT INTO progress (period, task_id, as_of, completion, source, completion_text, stated)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (period, task_id, as_of)"
                                      " DO UPDATE SET completion = excluded.completion, source = excluded.source,"
                                      " completion_text = excluded.completion_text, stated = excluded.stated"
                                      " WHERE (completion, completion_text, stated) IS NOT"
                                      " (excluded.completion, excluded.completion_text, excluded.stated)");
            const std::string period_text = target_period.to_string();
            for (const tracked_task& t : tasks) {
                if (t.target.id.empty()) throw ledger_error("a task without an id cannot be recorded");
                if (t.target.weight.sign() <= 0)
                    throw ledger_error("task " + t.target.id + ": weight must be positive, not " + t.target.weight.to_string());
                upsert_task.run({period_text, t.target.id, t.target.category, t.target.task, t.target.weight.to_string(),
                                 t.target.metric});
                std::size_t changed = changes();
                for (const auto& [role, units] : {std::pair<const char*, const std::vector<std::string>*>{"lead", &t.target.lead_units},
                                                  {"co", &t.target.co_units}}) {
                    for (std::size_t k = 0; k < units->size(); ++k) {
                        upsert_unit.run({period_text, t.target.id, role, std::to_string(k), (*units)[k]});
                        changed += changes();
                    }
                    drop_units.run({period_text, t.target.id, role, std::to_string(units->size())});
                    changed += changes();
                }
                upsert_progress.run({period_text, t.target.id, iso_date(t.progress.as_of),
                                     t.progress.completion ? std::optional(t.progress.completion->percent().to_string())
                                                           : std::nullopt,
                                     std::string(source), t.progress.completion_text,
                                     t.progress.stated ? std::optional(std::string(to_string(*t.progress.stated)))
                                                       : std::nullopt});
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
    // Every unit that leads a task (alone or with others).
    std::vector<std::string> lead_units(const period& p) const {
        std::vector<std::string> result;
        statement query(*this, "SELECT DISTINCT unit FROM task_unit WHERE period = ?1 AND role = 'lead' ORDER BY unit");
        query.each({p.to_string()}, [&](statement& row) { result.push_back(row.text(0)); });
        return result;
    }

    // A task's completion per report.
    progress_series task_series(const period& p, std::string_view task_id) const {
        progress_series series;
        statement query(*this, "SELECT as_of, completion FROM progress WHERE period = ?1 AND task_id = ?2 ORDER BY as_of");
        query.each({p.to_string(), std::string(task_id)}, [&](statement& row) {
            series.add({parse_date(row.text(0)),
                        row.is_null(1) ? std::nullopt : std::optional(share(decimal::parse(row.text(1))))});
        });
        return series;
    }

    // A lead unit's summary per report, against the pace of each report's date; a task it
    // leads with others counts in full.
    std::vector<std::pair<date::year_month_day, summary>> unit_series(const period& p, std::string_view unit,
                                                                      const expected_pace& pace = expected_pace::by(),
                                                                      const aggregation_policy& policy = {}) const {
        std::map<date::year_month_day, summary> by_date;
        statement query(*this,
                        "SELECT progress.as_of, progress.completion, task.weight FROM progress JOIN task USING (period, task_id)"
                        " WHERE period = ?1 AND EXISTS (SELECT 1 FROM task_unit WHERE task_unit.period = task.period"
                        " AND task_unit.task_id = task.task_id AND role = 'lead' AND unit = ?2) ORDER BY progress.as_of");
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
                        "SELECT task.task_id, task.category, task.task, task.metric, task.weight, progress.completion,"
                        " progress.completion_text, progress.stated"
                        " FROM task JOIN progress USING (period, task_id) WHERE period = ?1 AND progress.as_of = ?2"
                        " ORDER BY CAST(task.task_id AS INTEGER), task.task_id");
        std::map<std::string, std::size_t, std::less<>> index;
        query.each({p.to_string(), iso_date(as_of)}, [&](statement& row) {
            tracked_task t;
            t.target.id = row.text(0);
            t.target.category = row.text(1);
            t.target.task = row.text(2);
            t.target.metric = row.text(3);
            t.target.weight = decimal::parse(row.text(4));
            t.target.period = p;
            t.progress.task_id = t.target.id;
            t.progress.as_of = as_of;
            if (!row.is_null(5)) t.progress.completion = share(decimal::parse(row.text(5)));
            t.progress.completion_text = row.text(6);
            if (!row.is_null(7)) t.progress.stated = detail::stated_status_named(row.text(7));
            index.emplace(t.target.id, result.size());
            result.push_back(std::move(t));
        });
        statement units(*this, "SELECT task_id, role, unit FROM task_unit WHERE period = ?1 ORDER BY task_id, role, position");
        units.each({p.to_string()}, [&](statement& row) {
            const auto at = index.find(row.text(0));
            if (at == index.end()) return;
            target& t = result[at->second].target;
            (row.text(1) == "lead" ? t.lead_units : t.co_units).push_back(row.text(2));
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

    // Each task's lead units and co-operating units, in order.
    static constexpr std::string_view task_unit_table =
        "CREATE TABLE task_unit ("
        " period TEXT NOT NULL, task_id TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('lead', 'co')),"
        " position INTEGER NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (period, task_id, role, position),"
        " FOREIGN KEY (period, task_id) REFERENCES task (period, task_id));";

    std::unique_ptr<sqlite3, closer> db_;
    std::string path_;
};

}  // namespace govtarget
