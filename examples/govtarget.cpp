// govtarget: reads government work reports and completion tables.
//
//   govtarget table [FILE] [--as-of YYYY-MM-DD] [--format text|csv|json|markdown]
//   govtarget extract FILE [--format jsonl|csv|text]
//
// Exit status: 0 done, 1 unreadable or malformed input (file:line and the reason on
// stderr), 2 wrong usage.
#include <govtarget/govtarget.hpp>
#include <govtarget/batch.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/html_report.hpp>
#include <govtarget/ledger.hpp>
#include <govtarget/target_extractor.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef GOVTARGET_BUNDLED_TABLE
#define GOVTARGET_BUNDLED_TABLE ""
#endif

namespace {

using namespace govtarget;

constexpr std::string_view usage_text =
    "usage: govtarget table [FILE] [--as-of YYYY-MM-DD] [--format text|csv|json|markdown|html] [--db LEDGER]\n"
    "       govtarget history --db LEDGER [--period 2024年] [--unit 区住建局] [--task 68]\n"
    "       govtarget extract FILE [--format jsonl|csv|text]\n"
    "       govtarget progress FILE.csv [--expected 50] [--tolerance 10] [--skip-bad] [--threads N]\n"
    "\n"
    "table    the per-lead-unit summary of a completion table (主要任务完成情况) and the tasks\n"
    "         behind the expected pace; FILE defaults to the bundled Q2 2024 拱墅区 table,\n"
    "         --as-of to the end of the period named in the table's title.\n"
    "         --db records the table in a SQLite ledger (idempotent).\n"
    "history  the series kept in a ledger: per unit or task, falls since the last report and\n"
    "         the projected year-end completion.\n"
    "extract  every target quantity in a report's text, with its metric, bound and section.\n"
    "progress per (district, lead unit) of a task_id,district,lead_unit,category,weight,progress\n"
    "         CSV: tasks, reported, weighted completion, short of expected − tolerance, missing.\n";

struct usage_error {
    std::string message;
};

std::string read_file(const std::string& path) { return govtarget::detail::read_whole_file(path, default_max_document_bytes); }

// The bundled table: next to the sources when built, under share/govtarget when installed.
std::string bundled_table(const char* argv0) {
    if (std::filesystem::exists(GOVTARGET_BUNDLED_TABLE)) return GOVTARGET_BUNDLED_TABLE;
    const auto installed = std::filesystem::path(argv0).parent_path() / ".." / "share" / "govtarget" /
                           "gongshu-2024" / "001_4e6b7b6819e2a666.txt";
    if (std::filesystem::exists(installed)) return installed.string();
    throw usage_error{"the bundled table is not found; give a FILE"};
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

// CSV written for people's spreadsheets: text cells that start with = + - @ are made inert.
std::string csv_text(std::string_view text) { return detail::csv_field(text, true); }
std::string csv_number(std::string_view text) { return detail::csv_field(text, false); }

// Options (--name value) and positional FILE arguments, checked against what a command takes.
struct arguments {
    std::map<std::string, std::string, std::less<>> options;
    std::vector<std::string> files;

    std::optional<std::string> option(std::string_view name) const {
        const auto it = options.find(name);
        return it == options.end() ? std::nullopt : std::optional(it->second);
    }
};

arguments parse_arguments(const std::vector<std::string_view>& args, std::initializer_list<std::string_view> known,
                          std::size_t max_files) {
    arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].starts_with("--")) {
            if (std::find(known.begin(), known.end(), args[i]) == known.end())
                throw usage_error{"unknown option " + std::string(args[i])};
            if (i + 1 >= args.size()) throw usage_error{std::string(args[i]) + " needs a value"};
            parsed.options[std::string(args[i])] = std::string(args[i + 1]);
            ++i;
        } else if (parsed.files.size() < max_files) {
            parsed.files.emplace_back(args[i]);
        } else {
            throw usage_error{max_files == 0 ? "unexpected argument " + std::string(args[i]) : "more than one FILE"};
        }
    }
    return parsed;
}

std::string pad(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t used = detail::display_width(text);
    if (used < width) out.append(width - used, ' ');
    return out;
}

std::string percent_text(const std::optional<decimal>& value) { return value ? value->to_string() + "%" : "—"; }

// Progress on stderr for work that takes over a second, only when stderr is a terminal.
class progress_line {
public:
    explicit progress_line(std::string what) : what_(std::move(what)), shown_(false), terminal_(isatty(STDERR_FILENO) == 1) {}
    ~progress_line() {
        if (shown_) std::cerr << "\r\033[K" << std::flush;
    }
    void operator()(std::size_t done, std::size_t total) {
        if (!terminal_ || total == 0) return;
        if (std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
        shown_ = true;
        std::cerr << "\rgovtarget: " << what_ << " " << done * 100 / total << "%" << std::flush;
    }

private:
    std::string what_;
    bool shown_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// ---- table ----

struct unit_row {
    std::string_view unit;
    summary totals;
    std::vector<std::string_view> behind_tasks;
};

int run_table(const std::vector<std::string_view>& args, const char* argv0) {
    const arguments parsed = parse_arguments(args, {"--as-of", "--format", "--db"}, 1);
    const std::optional<std::string> file = parsed.files.empty() ? std::nullopt : std::optional(parsed.files[0]);
    const std::optional<std::string> db = parsed.option("--db");
    const std::string format = parsed.option("--format").value_or("text");
    std::optional<date::year_month_day> as_of;
    if (const auto day = parsed.option("--as-of")) {
        try {
            as_of = parse_date(*day);
        } catch (const parse_error& e) {
            throw usage_error{std::string("--as-of: ") + e.what()};
        }
    }
    if (format != "text" && format != "csv" && format != "json" && format != "markdown" && format != "html")
        throw usage_error{"unknown format " + format};
    const std::string path = file ? *file : bundled_table(argv0);
    const completion_table table = read_completion_table_file(path);
    if (!as_of) {
        if (!table.reporting_period) throw read_error(path, 1, 1, table.title, "the title names no reporting period; give --as-of");
        as_of = table.default_as_of();
    }
    const period target_period = table.target_period().value_or(period::year(as_of->year()));
    const fraction pace = expected_pace::by().percent_at(target_period, *as_of);
    const std::vector<tracked_task> tasks = table.tasks(*as_of);
    if (db) {
        auto book = ledger::open(*db);
        const import_summary recorded = book.record(tasks, target_period, path);
        std::cerr << "govtarget: " << *db << ": recorded " << recorded.tasks << " tasks as of " << date::format("%F", *as_of)
                  << " (" << recorded.changed << " new or changed)\n";
    }

    std::map<std::string_view, unit_row> by_unit;
    summary total;
    std::vector<const tracked_task*> behind, missing;
    for (const tracked_task& task : tasks) {
        const std::string_view unit = task.target.lead_unit();
        unit_row& row = by_unit[unit];
        row.unit = unit;
        const task_input input = task_input_of(task);
        row.totals.add(input, pace);
        total.add(input, pace);
        const task_status status = status_of(input.completion, pace);
        if (status == task_status::behind) {
            row.behind_tasks.push_back(task.target.id);
            behind.push_back(&task);
        }
        if (status == task_status::not_reported) missing.push_back(&task);
    }
    std::vector<unit_row> rows;
    for (auto& [unit, row] : by_unit) rows.push_back(row);
    std::stable_sort(rows.begin(), rows.end(), [](const unit_row& a, const unit_row& b) {
        if (a.totals.tasks() != b.totals.tasks()) return a.totals.tasks() > b.totals.tasks();
        return a.unit < b.unit;  // UTF-8 bytes order as code points
    });
    const decimal pace_shown = pace.to_decimal(1).normalized();
    const auto completion = [](const summary& s) { return s.weighted_completion(2, rounding::half_up); };
    const auto joined = [](const std::vector<std::string_view>& ids) {
        std::string out;
        for (const auto id : ids) {
            if (!out.empty()) out += ';';
            out += id;
        }
        return out;
    };

    if (format == "html") {
        std::cout << html_report(tasks, {table.title, *as_of, pace, {}});
        return 0;
    }
    if (format == "csv") {
        std::cout << "lead_unit,tasks,reported,missing,weighted_completion,behind,behind_tasks\n";
        for (const unit_row& r : rows) {
            const auto c = completion(r.totals);
            std::cout << csv_text(r.unit) << ',' << r.totals.tasks() << ',' << r.totals.reported() << ','
                      << r.totals.missing() << ',' << (c ? c->to_string() : "") << ',' << r.totals.behind() << ','
                      << csv_number(joined(r.behind_tasks)) << '\n';
        }
        const auto c = completion(total);
        std::vector<std::string_view> all_behind;
        for (const auto* t : behind) all_behind.push_back(t->target.id);
        std::cout << "合计," << total.tasks() << ',' << total.reported() << ',' << total.missing() << ','
                  << (c ? c->to_string() : "") << ',' << total.behind() << ',' << joined(all_behind) << '\n';
        return 0;
    }
    if (format == "json") {
        std::cout << "{\"source\":" << json_string(path) << ",\"title\":" << json_string(table.title)
                  << ",\"period\":" << json_string(target_period.to_string()) << ",\"as_of\":"
                  << json_string(date::format("%F", *as_of)) << ",\"expected_pace\":" << json_string(pace_shown.to_string())
                  << ",\"units\":[";
        const auto unit_json = [&](std::string_view name, const summary& s, const std::vector<std::string_view>& ids) {
            const auto c = completion(s);
            std::cout << "{\"lead_unit\":" << json_string(name) << ",\"tasks\":" << s.tasks() << ",\"reported\":"
                      << s.reported() << ",\"missing\":" << s.missing() << ",\"weighted_completion\":"
                      << (c ? json_string(c->to_string()) : "null") << ",\"behind\":" << s.behind()
                      << ",\"flagged\":" << (s.flagged(pace) ? "true" : "false") << ",\"behind_tasks\":[";
            for (std::size_t k = 0; k < ids.size(); ++k) std::cout << (k ? "," : "") << json_string(ids[k]);
            std::cout << "]}";
        };
        for (std::size_t k = 0; k < rows.size(); ++k) {
            if (k) std::cout << ',';
            unit_json(rows[k].unit, rows[k].totals, rows[k].behind_tasks);
        }
        std::vector<std::string_view> all_behind;
        for (const auto* t : behind) all_behind.push_back(t->target.id);
        std::cout << "],\"total\":";
        unit_json("合计", total, all_behind);
        std::cout << ",\"tasks\":[";
        for (std::size_t k = 0; k < tasks.size(); ++k) {
            const tracked_task& t = tasks[k];
            std::cout << (k ? "," : "") << "{\"id\":" << json_string(t.target.id) << ",\"category\":"
                      << json_string(t.target.category) << ",\"lead_unit\":" << json_string(t.target.lead_unit())
                      << ",\"task\":" << json_string(t.target.task) << ",\"completion\":"
                      << (t.progress.completion ? json_string(t.progress.completion->percent().to_string()) : "null")
                      << ",\"status\":" << json_string(to_string(status_of(t.progress.completion_percent(), pace))) << "}";
        }
        std::cout << "]}\n";
        return 0;
    }
    if (format == "markdown") {
        std::cout << "# " << table.title << "\n\n截至 " << date::format("%F", *as_of) << "，序时进度 " << pace_shown
                  << "%\n\n| 牵头单位 | 任务数 | 已报送 | 未报送 | 加权完成率 | 欠进度 | 欠进度任务 |\n|---|---:|---:|---:|---:|---:|---|\n";
        const auto md = [](std::string_view text) {
            std::string out;
            for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
            return out;
        };
        for (const unit_row& r : rows)
            std::cout << "| " << md(r.unit) << (r.totals.flagged(pace) ? " ⚠" : "") << " | " << r.totals.tasks() << " | "
                      << r.totals.reported() << " | " << r.totals.missing() << " | " << percent_text(completion(r.totals))
                      << " | " << r.totals.behind() << " | " << joined(r.behind_tasks) << " |\n";
        std::cout << "| **合计** | " << total.tasks() << " | " << total.reported() << " | " << total.missing() << " | "
                  << percent_text(completion(total)) << " | " << total.behind() << " | |\n";
        if (!behind.empty()) {
            std::cout << "\n## 欠进度任务\n\n";
            for (const auto* t : behind)
                std::cout << "- " << t->target.id << "（" << md(t->target.lead_unit()) << "，"
                          << md(completion_text(t->progress)) << "）" << md(t->target.task) << "\n";
        }
        return 0;
    }
    // text
    std::cout << table.title << "\n截至 " << date::format("%F", *as_of) << "，序时进度 " << pace_shown << "%（"
              << target_period << "）\n\n";
    std::cout << pad("牵头单位", 26) << pad("任务", 6) << pad("已报", 6) << pad("未报", 6) << pad("加权完成率", 12)
              << pad("欠进度", 8) << "\n";
    for (const unit_row& r : rows)
        std::cout << pad(std::string(r.unit) + (r.totals.flagged(pace) ? " ⚠" : ""), 26) << pad(std::to_string(r.totals.tasks()), 6)
                  << pad(std::to_string(r.totals.reported()), 6) << pad(std::to_string(r.totals.missing()), 6)
                  << pad(percent_text(completion(r.totals)), 12) << pad(std::to_string(r.totals.behind()), 8)
                  << joined(r.behind_tasks) << "\n";
    std::cout << pad("合计", 26) << pad(std::to_string(total.tasks()), 6) << pad(std::to_string(total.reported()), 6)
              << pad(std::to_string(total.missing()), 6) << pad(percent_text(completion(total)), 12)
              << pad(std::to_string(total.behind()), 8) << "\n";
    const auto excerpt = [](std::string_view text) {
        const std::string_view cut = detail::prefix_at_boundary(text, 90);
        return std::string(cut) + (cut.size() < text.size() ? "…" : "");
    };
    if (!behind.empty()) {
        std::cout << "\n欠进度（低于序时进度 " << pace_shown << "%）：\n";
        for (const auto* t : behind)
            std::cout << "  " << pad(t->target.id, 5) << pad(std::string(t->target.lead_unit()), 20)
                      << pad(completion_text(t->progress), 8) << excerpt(t->target.task) << "\n";
    }
    if (!missing.empty()) {
        std::cout << "\n未报送：\n";
        for (const auto* t : missing)
            std::cout << "  " << pad(t->target.id, 5) << pad(std::string(t->target.lead_unit()), 20)
                      << pad(excerpt(completion_text(t->progress)), 8) << excerpt(t->target.task) << "\n";
    }
    return 0;
}

// ---- history ----

int run_history(const std::vector<std::string_view>& args) {
    const arguments parsed = parse_arguments(args, {"--db", "--unit", "--task", "--period"}, 0);
    const auto db = parsed.option("--db"), unit = parsed.option("--unit"), task = parsed.option("--task"),
               period_text = parsed.option("--period");
    if (!db) throw usage_error{"history needs --db LEDGER"};
    if (!std::filesystem::exists(*db)) throw read_error(*db, 0, 0, "", "no such ledger");
    const auto book = ledger::open(*db);
    const auto periods = book.periods();
    if (periods.empty()) throw read_error(*db, 0, 0, "", "the ledger holds no reports yet");
    period p = periods.back();
    if (period_text) {
        try {
            p = period::parse(*period_text);
        } catch (const parse_error& e) {
            throw usage_error{std::string("--period: ") + e.what()};
        }
    }
    const auto percent = [](const std::optional<fraction>& f) { return f ? f->to_decimal(2, rounding::half_up).to_string() + "%" : std::string("—"); };
    const auto show_series = [&](std::string_view title, const progress_series& series) {
        std::cout << title << "\n";
        const progress_point* previous = nullptr;
        for (const auto& point : series.points()) {
            const bool fell = previous && previous->completion && point.completion && *point.completion < *previous->completion;
            const auto shown = point.completion && point.completion->percent().scale() > 2
                                   ? std::optional(share(point.completion->percent().rounded(2, rounding::half_up)))
                                   : point.completion;
            std::cout << "  " << date::format("%F", point.as_of) << "  " << pad(completion_text(shown), 10)
                      << "序时进度 " << expected_pace::by().percent_at(p, point.as_of).to_decimal(1).normalized() << "%"
                      << (fell ? "  ↓ 下降" : "") << "\n";
            if (point.completion) previous = &point;
        }
        const auto projected = series.projected_completion(p);
        std::cout << "  预计年末 " << percent(projected)
                  << (projected ? (*projected >= fraction(100) ? "（可完成）" : "（难以完成）") : "") << "\n";
    };
    if (task) {
        const auto series = book.task_series(p, *task);
        if (series.empty()) throw read_error(*db, 0, 0, *task, "no task with this 序号 in " + p.to_string());
        show_series(p.to_string() + " 任务 " + *task, series);
        return 0;
    }
    const auto units = unit ? std::vector<std::string>{*unit} : book.lead_units(p);
    for (const std::string& name : units) {
        const auto series = book.unit_series(p, name);
        if (series.empty()) throw read_error(*db, 0, 0, name, "no lead unit of this name in " + p.to_string());
        progress_series weighted;
        for (const auto& [as_of, totals] : series) {
            const auto c = totals.weighted_completion(4, rounding::half_up);
            weighted.add({as_of, c ? std::optional(share(*c)) : std::nullopt});
        }
        show_series(p.to_string() + " " + name + "（加权完成率）", weighted);
        if (unit) {
            for (const auto& [as_of, totals] : series)
                std::cout << "  " << date::format("%F", as_of) << "  任务 " << totals.tasks() << "，欠进度 " << totals.behind()
                          << "，未报送 " << totals.missing() << "\n";
        }
    }
    return 0;
}

// ---- progress ----

int run_progress(std::vector<std::string_view> args) {
    batch_options options;
    const auto flag = std::find(args.begin(), args.end(), "--skip-bad");
    if (flag != args.end()) {
        options.skip_bad = true;
        args.erase(flag);
    }
    const arguments parsed = parse_arguments(args, {"--expected", "--tolerance", "--threads"}, 1);
    if (parsed.files.empty()) throw usage_error{"progress needs a FILE"};
    const auto number = [&](const char* name, decimal fallback) {
        const auto text = parsed.option(name);
        if (!text) return fallback;
        const auto value = decimal::try_parse(*text);
        if (!value) throw usage_error{std::string(name) + ": not a number: " + *text};
        return *value;
    };
    options.expected = number("--expected", options.expected);
    options.tolerance = number("--tolerance", options.tolerance);
    const decimal threads = number("--threads", decimal(0));
    if (!threads.is_integer() || threads.is_negative() || threads > decimal(256)) throw usage_error{"--threads: 0 to 256"};
    options.threads = static_cast<unsigned>(threads.to_integer(rounding::toward_zero));
    const batch_result result = aggregate_progress_file(parsed.files[0], options);
    write_batch_csv(std::cout, result);
    if (result.bad_rows > 0)
        std::cerr << "govtarget: skipped " << result.bad_rows << " malformed rows of " << result.rows << " (first: "
                  << *result.first_bad << ")\n";
    return 0;
}

// ---- extract ----

int run_extract(const std::vector<std::string_view>& args) {
    const arguments parsed = parse_arguments(args, {"--format"}, 1);
    const std::optional<std::string> file = parsed.files.empty() ? std::nullopt : std::optional(parsed.files[0]);
    const std::string format = parsed.option("--format").value_or("jsonl");
    if (!file) throw usage_error{"extract needs a FILE"};
    if (format != "jsonl" && format != "csv" && format != "text") throw usage_error{"unknown format " + format};
    const std::string text = read_file(*file);
    if (auto bad = detail::first_invalid_utf8(text)) {
        const detail::text_position at = detail::position_of(text, *bad);
        throw read_error(*file, at.line, at.column, "", "invalid UTF-8");
    }
    progress_line progress("extract " + *file);
    std::vector<reading_issue> issues;
    const auto targets = extract_targets(text, issues, [&](std::size_t done, std::size_t total) { progress(done, total); });
    // What could not be read is said, not skipped in silence; the targets read are still good.
    for (const reading_issue& issue : issues) std::cerr << "govtarget: warning: " << issue.message(*file, text) << '\n';
    if (format == "csv")
        std::cout << "kind,value,unit,base_value,base_unit,bound,inclusive,range_hi,stretch,metric,section,start,end,text\n";
    for (const extracted_target& t : targets) {
        const text_quantity& q = t.quantity;
        const base_amount base = base_value(q.value);
        const std::optional<base_amount> upper = q.upper ? std::optional(base_value(*q.upper)) : std::nullopt;
        const std::string_view source = std::string_view(text).substr(q.begin, q.end - q.begin);
        if (format == "jsonl") {
            std::cout << "{\"kind\":" << json_string(q.value.kind_name()) << ",\"value\":" << json_string(q.value_text)
                      << ",\"unit\":" << json_string(q.unit_text) << ",\"base_value\":"
                      << json_string(base.value.to_string()) << ",\"base_unit\":" << json_string(base.unit)
                      << ",\"bound\":" << json_string(to_string(q.bound)) << ",\"inclusive\":" << (q.inclusive ? "true" : "false")
                      << ",\"range_hi\":" << (upper ? json_string(upper->value.to_string()) : "null")
                      << ",\"stretch\":" << (t.stretch ? "true" : "false") << ",\"direction\":" << json_string(to_string(q.better))
                      << ",\"metric\":" << json_string(t.metric) << ",\"section\":" << json_string(to_string(t.section))
                      << ",\"start\":" << q.begin << ",\"end\":" << q.end << ",\"text\":" << json_string(t.excerpt) << "}\n";
        } else if (format == "csv") {
            std::cout << q.value.kind_name() << ',' << csv_number(q.value_text) << ',' << csv_text(q.unit_text) << ','
                      << base.value << ',' << csv_text(base.unit) << ',' << to_string(q.bound) << ','
                      << (q.inclusive ? "true" : "false") << ',' << (upper ? upper->value.to_string() : "") << ','
                      << (t.stretch ? "true" : "false") << ',' << csv_text(t.metric) << ',' << to_string(t.section) << ','
                      << q.begin << ',' << q.end << ',' << csv_text(t.excerpt) << '\n';
        } else {
            std::cout << pad(std::string(to_string(t.section)), 8) << pad(t.metric, 40) << pad(std::string(source), 24)
                      << to_string(q.bound) << (t.stretch ? " 力争" : "") << "  = " << base.value << base.unit << "\n";
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    try {
        if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            std::cout << usage_text;
            return args.empty() ? 2 : 0;
        }
        const std::string_view command = args[0];
        args.erase(args.begin());
        if (command == "table") return run_table(args, argv[0]);
        if (command == "extract") return run_extract(args);
        if (command == "history") return run_history(args);
        if (command == "progress") return run_progress(args);
        throw usage_error{"unknown command " + std::string(command)};
    } catch (const usage_error& e) {
        std::cerr << "govtarget: " << e.message << "\n\n" << usage_text;
        return 2;
    } catch (const govtarget::error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "govtarget: " << e.what() << '\n';
        return 1;
    }
}
