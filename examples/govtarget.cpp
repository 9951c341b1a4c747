// govtarget: reads government work reports and completion tables. Argument parsing and
// dispatch; what each command computes and writes is the library's.
//
//   govtarget table [FILE] [--as-of YYYY-MM-DD] [--format text|csv|excel-csv|json|markdown|html|svg|xlsx] [--output FILE] [--db LEDGER]
//                   [--vocabulary FILE] [--rows [--format jsonl|csv]]
//   govtarget history --db LEDGER [--period 2024年] [--unit 区住建局] [--task 68]
//   govtarget extract FILE [--format jsonl|csv|text]
//   govtarget progress FILE.csv [--expected 50] [--tolerance 10] [--skip-bad] [--threads N]
//
// Exit status: 0 done, 1 unreadable or malformed input (file:line and the reason on
// stderr), 2 wrong usage.
#include <govtarget/govtarget.hpp>
#include <govtarget/batch.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/document.hpp>
#include <govtarget/extract_writers.hpp>
#include <govtarget/history_text.hpp>
#ifdef GOVTARGET_HAVE_HTML
#include <govtarget/html_table.hpp>
#endif
#ifdef GOVTARGET_HAVE_OFFICE
#include <govtarget/office_table.hpp>
#endif
#ifdef GOVTARGET_HAVE_XLSX
#include <govtarget/xlsx_report.hpp>
#endif
#include <govtarget/html_report.hpp>
#include <govtarget/ledger.hpp>
#include <govtarget/report.hpp>
#include <govtarget/report_text.hpp>
#include <govtarget/table_rows.hpp>
#include <govtarget/vocabulary_file.hpp>
#include <govtarget/target_extractor.hpp>
#include <govtarget/text_layout.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#ifndef GOVTARGET_BUNDLED_TABLE
#define GOVTARGET_BUNDLED_TABLE ""
#endif

namespace {

using namespace govtarget;

constexpr std::string_view usage_text =
    "usage: govtarget table [FILE] [--as-of YYYY-MM-DD] [--format text|csv|excel-csv|json|markdown|html|svg|xlsx] [--output FILE] [--db LEDGER]\n"
    "                       [--vocabulary FILE] [--rows [--format jsonl|csv]]\n"
    "       govtarget history --db LEDGER [--period 2024年] [--unit 区住建局] [--task 68]\n"
    "       govtarget extract FILE [--format jsonl|csv|text]\n"
    "       govtarget progress FILE.csv [--expected 50] [--tolerance 0] [--skip-bad] [--threads N]\n"
    "\n"
    "table    the per-lead-unit report of a completion table (主要任务完成情况): tasks, weighted\n"
    "         completion, the tasks behind the expected pace and those not reported; ⚠ marks a\n"
    "         unit with a task behind pace or its weighted completion below it. FILE defaults to\n"
    "         the bundled Q2 2024 拱墅区 table, --as-of to the end of the period in its title.\n"
    "         excel-csv is the summary as Excel and WPS open it (BOM, CRLF, Chinese headers, the\n"
    "         gap to pace); svg the chart alone; xlsx a workbook (汇总 with its chart, 任务),\n"
    "         written to --output. --db records the table in a SQLite ledger\n"
    "         (idempotent). Any government's table, from text or a web page:\n"
    "         columns found by their header words, one cell or one row a line, | or tab or\n"
    "         spaces between cells, CSV, TSV. --rows prints each row as read (JSON Lines or\n"
    "         CSV); --vocabulary adds header and status words (see the README).\n"
    "history  the series kept in a ledger: per unit or task, falls since the last report and\n"
    "         the projected year-end completion.\n"
    "extract  every target quantity in a report's text, with its metric, bound and section.\n"
    "progress per (district, lead unit) of a task_id,district,lead_unit,category,weight,progress\n"
    "         CSV: tasks, reported, weighted completion, behind (below expected − tolerance),\n"
    "         missing; the same policy as the library's summaries (tolerance 0 by default).\n";

struct usage_error {
    std::string message;
};

// The bundled table: next to the sources when built, under share/govtarget when installed.
std::string bundled_table(const char* argv0) {
    if (std::filesystem::exists(GOVTARGET_BUNDLED_TABLE)) return GOVTARGET_BUNDLED_TABLE;
    const auto installed = std::filesystem::path(argv0).parent_path() / ".." / "share" / "govtarget" /
                           "gongshu-2024" / "001_4e6b7b6819e2a666.txt";
    if (std::filesystem::exists(installed)) return installed.string();
    throw usage_error{"the bundled table is not found; give a FILE"};
}

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
                          std::size_t max_files, std::initializer_list<std::string_view> flags = {}) {
    arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (std::find(flags.begin(), flags.end(), args[i]) != flags.end()) {
            parsed.options[std::string(args[i])] = "";
        } else if (args[i].starts_with("--")) {
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

// The report in the format --format names.
std::string rendered(const completion_report& report, std::string_view format) {
    if (format == "csv") return render_csv(report);
    if (format == "excel-csv") return render_spreadsheet_csv(report);
    if (format == "svg") return render_chart_svg(report);
    if (format == "json") return render_json(report);
    if (format == "markdown") return render_markdown(report);
    if (format == "html") return render_html(report);
    return render_text(report);
}

std::optional<date::year_month_day> date_option(const arguments& parsed, std::string_view name) {
    const auto day = parsed.option(name);
    if (!day) return std::nullopt;
    try {
        return parse_date(*day);
    } catch (const parse_error& e) {
        throw usage_error{std::string(name) + ": " + e.what()};
    }
}

void record_in_ledger(const std::string& db, const std::vector<tracked_task>& tasks, const period& target_period,
                      const std::string& path, date::year_month_day as_of) {
    auto book = ledger::open(db);
    const import_summary recorded = book.record(tasks, target_period, path);
    std::cerr << "govtarget: " << db << ": recorded " << recorded.tasks << " tasks as of " << date::format("%F", as_of) << " ("
              << recorded.changed << " new or changed)\n";
}

// A table file of any kind the build reads, told by its content: text, CSV, a web page, an
// .xlsx or .docx attachment.
completion_table read_table_file(const std::string& path) {
    const std::string bytes = detail::read_whole_file(path, default_max_document_bytes);
    switch (const document_kind kind = kind_of_document(bytes)) {
        case document_kind::html:
#ifdef GOVTARGET_HAVE_HTML
            return read_completion_table_html(bytes, path);
#else
            throw unreadable_document(path, kind);
#endif
        case document_kind::office_zip:
#ifdef GOVTARGET_HAVE_OFFICE
            return read_completion_table_office(bytes, path);
#else
            throw unreadable_document(path, kind);
#endif
        case document_kind::text: break;
        default: throw unreadable_document(path, kind);
    }
    table_read_options options;
    options.layout = layout_of_path(path);
    return read_completion_table(bytes, path, options);
}

// The table a FILE holds (the bundled one if none), with the words of --vocabulary added
// to the shipped ones; warnings (a row cut off, a 序号 that skips) on stderr.
completion_table read_table(const arguments& parsed, const char* argv0) {
    if (const auto vocabulary = parsed.option("--vocabulary"))
        read_vocabulary_file(*vocabulary, table_words(), status_words());
    const std::string path = parsed.files.empty() ? bundled_table(argv0) : parsed.files[0];
    completion_table table = read_table_file(path);
    for (const table_warning& w : table.warnings)
        std::cerr << "govtarget: " << path << ':' << w.line << ": warning: " << w.reason
                  << (w.text.empty() ? "" : ": \"" + excerpt(w.text, 40) + "\"") << '\n';
    return table;
}

int run_table_rows(const arguments& parsed, const completion_table& table) {
    const std::string format = parsed.option("--format").value_or("jsonl");
    if (format == "jsonl") write_table_rows_jsonl(std::cout, table);
    else if (format == "csv") write_table_rows_csv(std::cout, table);
    else throw usage_error{"--rows writes jsonl or csv, not " + format};
    return 0;
}

int run_table(const std::vector<std::string_view>& args, const char* argv0) {
    const arguments parsed = parse_arguments(args, {"--as-of", "--format", "--db", "--vocabulary", "--output"}, 1, {"--rows"});
    if (parsed.option("--rows") && (parsed.option("--as-of") || parsed.option("--db")))
        throw usage_error{"--rows prints the rows as read: no --as-of or --db"};
    const completion_table table = read_table(parsed, argv0);
    if (parsed.option("--rows")) return run_table_rows(parsed, table);
    std::optional<date::year_month_day> as_of = date_option(parsed, "--as-of");
    const std::string format = parsed.option("--format").value_or("text");
    if (format != "text" && format != "csv" && format != "excel-csv" && format != "json" && format != "markdown" &&
        format != "html" && format != "svg" && format != "xlsx")
        throw usage_error{"unknown format " + format};
    if (format == "xlsx" && !parsed.option("--output")) throw usage_error{"--format xlsx needs --output FILE"};
    if (!as_of) {
        if (!table.reporting_period)
            throw read_error(table.source, 1, 1, table.title, "the title names no reporting period; give --as-of");
        as_of = table.default_as_of();
    }
    const period target_period = table.target_period().value_or(period::year(as_of->year()));
    const std::vector<tracked_task> tasks = table.tasks(*as_of);
    if (const auto db = parsed.option("--db")) record_in_ledger(*db, tasks, target_period, table.source, *as_of);
    const completion_report report = make_completion_report(tasks, {table.title, table.source, target_period, *as_of});
    if (format == "xlsx") {
#ifdef GOVTARGET_HAVE_XLSX
        write_xlsx_report(*parsed.option("--output"), report);
        std::cerr << "govtarget: wrote " << *parsed.option("--output") << '\n';
        return 0;
#else
        throw usage_error{"this build has no Excel writer (govtarget::xlsx, libxlsxwriter)"};
#endif
    }
    const std::string text = rendered(report, format);
    if (const auto output = parsed.option("--output")) {
        std::ofstream out(*output, std::ios::binary);
        if (!(out << text)) throw read_error(*output, 0, 0, "", "cannot write the file");
    } else {
        std::cout << text;
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
    if (task) {
        const auto series = book.task_series(p, *task);
        if (series.empty()) throw read_error(*db, 0, 0, *task, "no task with this 序号 in " + p.to_string());
        std::cout << render_series_text(p, p.to_string() + " 任务 " + *task, series);
        return 0;
    }
    const auto units = unit ? std::vector<std::string>{*unit} : book.lead_units(p);
    for (const std::string& name : units) {
        const auto series = book.unit_series(p, name);
        if (series.empty()) throw read_error(*db, 0, 0, name, "no lead unit of this name in " + p.to_string());
        std::cout << render_series_text(p, p.to_string() + " " + name + "（加权完成率）", weighted_completion_series(series));
        if (unit) std::cout << render_counts_text(series);
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
    options.pace = exact_share(share(number("--expected", decimal(50))));
    options.policy.status.tolerance = percentage_points(number("--tolerance", decimal(0)));
    const decimal threads = number("--threads", decimal(0));
    if (!threads.is_integer() || threads.is_negative() || threads > decimal(256)) throw usage_error{"--threads: 0 to 256"};
    options.threads = static_cast<unsigned>(threads.to_integer(rounding::toward_zero));
    const batch_result result = aggregate_progress_file(parsed.files[0], options);
    write_summary_csv(std::cout, result);
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
    const std::string text = read_document_file(*file);
    progress_line progress("extract " + *file);
    std::vector<reading_issue> issues;
    const auto targets = extract_targets(text, issues, [&](std::size_t done, std::size_t total) { progress(done, total); });
    // What could not be read is said, not skipped in silence; the targets read are still good.
    for (const reading_issue& issue : issues) std::cerr << "govtarget: warning: " << issue.message(*file, text) << '\n';
    if (format == "jsonl") write_extracted_jsonl(std::cout, targets);
    else if (format == "csv") write_extracted_csv(std::cout, targets);
    else write_extracted_text(std::cout, targets, text);
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
