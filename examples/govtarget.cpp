// govtarget: reads government work reports and completion tables. Argument parsing and
// dispatch; what each command computes and writes is the library's. `govtarget --help` lists
// the commands (commands() below), `govtarget COMMAND --help` says what one does.
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
#include <govtarget/pairing_writers.hpp>
#include <govtarget/table_pairs.hpp>
#include <govtarget/target_changes.hpp>
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

// What a command takes: options with a value (--format text), flags (--rows), FILE operands.
struct option_spec {
    std::string_view name;
    std::string_view value;  // what the usage shows for the value; empty for a flag
};
struct command_spec;
using command_runner = int (*)(const arguments&, const char* argv0);
struct command_spec {
    std::string_view name;
    std::string_view operands;  // "[FILE]", "OLD_REPORT NEW_REPORT"
    std::vector<option_spec> options;
    std::size_t max_files;
    std::string_view about;
    command_runner run;
};

bool is_flag(const command_spec& spec, std::string_view name) {
    return std::any_of(spec.options.begin(), spec.options.end(), [&](const option_spec& o) { return o.name == name && o.value.empty(); });
}
bool is_option(const command_spec& spec, std::string_view name) {
    return std::any_of(spec.options.begin(), spec.options.end(), [&](const option_spec& o) { return o.name == name; });
}

arguments parse_arguments(const std::vector<std::string_view>& args, const command_spec& spec) {
    arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (is_flag(spec, args[i])) {
            parsed.options[std::string(args[i])] = "";
        } else if (args[i].starts_with("--")) {
            if (!is_option(spec, args[i])) throw usage_error{"unknown option " + std::string(args[i])};
            if (i + 1 >= args.size()) throw usage_error{std::string(args[i]) + " needs a value"};
            parsed.options[std::string(args[i])] = std::string(args[i + 1]);
            ++i;
        } else if (parsed.files.size() < spec.max_files) {
            parsed.files.emplace_back(args[i]);
        } else {
            throw usage_error{spec.max_files == 0 ? "unexpected argument " + std::string(args[i]) : "too many FILEs"};
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
    std::cerr << "govtarget: " << db << ": recorded " << recorded.tasks << " tasks as of " << iso_date(as_of) << " ("
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

int run_table(const arguments& parsed, const char* argv0) {
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

int run_history(const arguments& parsed, const char*) {
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

int run_progress(const arguments& parsed, const char*) {
    batch_options options;
    options.skip_bad = parsed.option("--skip-bad").has_value();
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
    progress_line progress("progress " + parsed.files[0]);
    options.on_progress = [&](std::size_t done, std::size_t total) { progress(done, total); };
    const batch_result result = aggregate_progress_file(parsed.files[0], options);
    write_summary_csv(std::cout, result);
    if (result.bad_rows > 0)
        std::cerr << "govtarget: skipped " << result.bad_rows << " malformed rows of " << result.rows << " (first: "
                  << *result.first_bad << ")\n";
    return 0;
}

// ---- extract ----

int run_extract(const arguments& parsed, const char*) {
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

// ---- assess, compare ----

std::string format_option(const arguments& parsed) {
    const std::string format = parsed.option("--format").value_or("text");
    if (format != "text" && format != "jsonl" && format != "csv" && format != "html") throw usage_error{"unknown format " + format};
    return format;
}

// The pairs a FILE holds: a table's rows (a web page or an office file is read as a table),
// else a notice's prose.
std::vector<target_pair> pairs_in_file(const std::string& path, const pairing_options& options) {
    const std::string bytes = detail::read_whole_file(path, default_max_document_bytes);
    if (kind_of_document(bytes) != document_kind::text) return pairs_in_table(read_table_file(path), options);
    table_read_options table_options;
    table_options.layout = layout_of_path(path);
    return pairs_in_document(bytes, path, options, table_options);
}

int run_assess(const arguments& parsed, const char*) {
    const std::string format = format_option(parsed);
    if (parsed.files.empty()) throw usage_error{parsed.option("--targets") ? "assess --targets needs THIS_REPORT" : "assess needs a FILE"};
    pairing_options options;
    if (const auto named = parsed.option("--period")) {
        const auto p = period::try_parse(*named);
        if (!p) throw usage_error{"--period: " + p.error().reason()};
        options.default_period = *p;
    }
    std::vector<target_pair> pairs;
    std::string title;
    if (const auto last = parsed.option("--targets")) {
        pairs = pairs_across_reports(read_document_file(*last), read_document_file(parsed.files[0]), options);
        title = *last + " 的目标与 " + parsed.files[0] + " 所述结果";
    } else {
        pairs = pairs_in_file(parsed.files[0], options);
        title = parsed.files[0] + " 目标完成情况";
    }
    for (const target_pair& p : pairs)
        if (p.stated_gap_disagrees) std::cerr << "govtarget: warning: " << p.metric << ": " << p.note << '\n';
    if (format == "jsonl") write_pairs_jsonl(std::cout, pairs);
    else if (format == "csv") write_pairs_csv(std::cout, pairs);
    else if (format == "html") write_pairs_html(std::cout, pairs, title);
    else write_pairs_text(std::cout, pairs);
    if (pairs.empty()) std::cerr << "govtarget: no target found with its result\n";
    return 0;
}

int run_compare(const arguments& parsed, const char*) {
    const std::string format = format_option(parsed);
    if (parsed.files.size() != 2) throw usage_error{"compare needs OLD_REPORT and NEW_REPORT"};
    const auto changes = compare_reports(read_document_file(parsed.files[0]), read_document_file(parsed.files[1]));
    if (format == "jsonl") write_changes_jsonl(std::cout, changes);
    else if (format == "csv") write_changes_csv(std::cout, changes);
    else if (format == "html") write_changes_html(std::cout, changes, parsed.files[0] + " → " + parsed.files[1] + " 目标变化");
    else write_changes_text(std::cout, changes);
    return 0;
}

// Every command, its options and what it does: the parser and the usage both read this.
const std::vector<command_spec>& commands() {
    static const std::vector<command_spec> all{
        {"table", "[FILE]",
         {{"--as-of", "YYYY-MM-DD"}, {"--format", "text|csv|excel-csv|json|markdown|html|svg|xlsx"}, {"--output", "FILE"},
          {"--db", "LEDGER"}, {"--vocabulary", "FILE"}, {"--rows", ""}},
         1,
         "the per-lead-unit report of a completion table (主要任务完成情况): tasks, weighted\n"
         "completion, the tasks behind the expected pace and those not reported; ⚠ marks a\n"
         "unit with a task behind pace or its weighted completion below it. FILE defaults to\n"
         "the bundled Q2 2024 拱墅区 table, --as-of to the end of the period in its title.\n"
         "excel-csv is the summary as Excel and WPS open it (BOM, CRLF, Chinese headers, the\n"
         "gap to pace); svg the chart alone; xlsx a workbook (汇总 with its chart, 任务),\n"
         "written to --output. --db records the table in a SQLite ledger (idempotent). Any\n"
         "government's table, from text, a web page, .xlsx or .docx: columns found by their\n"
         "header words, one cell or one row a line, | or tab or spaces between cells, CSV,\n"
         "TSV. --rows prints each row as read (--format jsonl|csv); --vocabulary adds header\n"
         "and status words (see the README).",
         run_table},
        {"history", "", {{"--db", "LEDGER"}, {"--period", "2024年"}, {"--unit", "区住建局"}, {"--task", "68"}}, 0,
         "the series kept in a ledger (--db is needed): per unit or task, falls since the last\n"
         "report and the projected year-end completion.",
         run_history},
        {"extract", "FILE", {{"--format", "jsonl|csv|text"}}, 1,
         "every target quantity in a report's text, with its metric, bound and section.", run_extract},
        {"progress", "FILE.csv",
         {{"--expected", "50"}, {"--tolerance", "0"}, {"--skip-bad", ""}, {"--threads", "N"}},
         1,
         "per (district, lead unit) of a task_id,district,lead_unit,category,weight,progress\n"
         "CSV (progress as 53.6 or 53.6%): tasks, reported, weighted completion, behind (below\n"
         "expected − tolerance), missing; the same policy as the library's summaries\n"
         "(tolerance 0 by default).",
         run_progress},
        {"assess", "FILE", {{"--targets", "LAST_REPORT"}, {"--period", "2024年上半年"}, {"--format", "text|jsonl|csv|html"}}, 1,
         "targets paired with their results and judged (met, within_tolerance, not_met,\n"
         "not_comparable), with the signed gap and the gap the document states: in a\n"
         "completion table or a progress notice FILE (results of part of a year against the\n"
         "pace; --period when the text names none), or, with --targets LAST_REPORT, last\n"
         "year's report's targets against this year's report FILE, which reviews that year.",
         run_assess},
        {"compare", "OLD_REPORT NEW_REPORT", {{"--format", "text|jsonl|csv|html"}}, 2,
         "two reports' plan targets matched by indicator: changed, bound_changed, unchanged,\n"
         "new, dropped, with the change (+60亿元, +0.5个百分点).",
         run_compare},
    };
    return all;
}

std::string synopsis(const command_spec& c) {
    std::string line = "govtarget " + std::string(c.name);
    if (!c.operands.empty()) line += " " + std::string(c.operands);
    for (const option_spec& o : c.options) line += " [" + std::string(o.name) + (o.value.empty() ? "" : " " + std::string(o.value)) + "]";
    return line;
}

std::string indented(std::string_view text, std::string_view indent) {
    std::string out(indent);
    for (const char ch : text) {
        out += ch;
        if (ch == '\n') out += indent;
    }
    return out;
}

// One command's usage (govtarget COMMAND --help).
std::string usage_of(const command_spec& c) { return "usage: " + synopsis(c) + "\n\n" + indented(c.about, "  ") + "\n"; }

// Every command's (govtarget --help).
std::string usage_text() {
    std::string text = "usage:";
    for (const command_spec& c : commands()) text += (text == "usage:" ? " " : "       ") + synopsis(c) + "\n";
    text += "\nRun govtarget COMMAND --help for what a command does. Exit status: 0 done, 1 unreadable or\n"
            "malformed input (file:line and the reason on stderr), 2 wrong usage.\n";
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    const auto wants_help = [](std::string_view a) { return a == "--help" || a == "-h"; };
    const command_spec* spec = nullptr;
    try {
        if (args.empty() || wants_help(args[0]) || args[0] == "help") {
            std::cout << usage_text();
            return args.empty() ? 2 : 0;
        }
        const std::string_view name = args[0];
        args.erase(args.begin());
        for (const command_spec& c : commands())
            if (c.name == name) spec = &c;
        if (!spec) throw usage_error{"unknown command " + std::string(name)};
        if (std::any_of(args.begin(), args.end(), wants_help)) {
            std::cout << usage_of(*spec);
            return 0;
        }
        return spec->run(parse_arguments(args, *spec), argv[0]);
    } catch (const usage_error& e) {
        std::cerr << "govtarget: " << e.message << "\n\n" << (spec ? usage_of(*spec) : usage_text());
        return 2;
    } catch (const govtarget::error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "govtarget: " << e.what() << '\n';
        return 1;
    }
}
