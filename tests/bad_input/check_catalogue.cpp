// Runs a bad-input catalogue: each entry is a malformed input and the exact message govtarget
// must give for it (what, and where: byte offset, or line and column). An entry that reads
// without complaint, or complains in other words, fails the catalogue.
//
//   check_catalogue READER FILE [--print]    (--print writes the catalogue back with the
//                                             messages given now, for review)
//
// A catalogue file is a list of entries, "# " lines being comments:
//   call: targets            which of the reader's functions (stays until changed)
//   input: 5.5.5%            one line; \n \r \t \0 \\ and \xHH stand for those bytes
//   error: cannot read ...   the expected message
#include <govtarget/batch.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/csv.hpp>
#include <govtarget/json.hpp>
#include <govtarget/target_extractor.hpp>
#ifdef GOVTARGET_HAVE_HTML
#include <govtarget/html_table.hpp>
#endif
#ifdef GOVTARGET_HAVE_OFFICE
#include <govtarget/office_table.hpp>

#include "../zip_writer.hpp"
#endif

#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

using namespace govtarget;

std::string unescape(std::string_view text, std::size_t line_number) {
    std::string bytes;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            bytes += text[i];
            continue;
        }
        if (++i == text.size()) throw std::runtime_error("line " + std::to_string(line_number) + ": a lone \\ at the end");
        switch (text[i]) {
            case 'n': bytes += '\n'; break;
            case 'r': bytes += '\r'; break;
            case 't': bytes += '\t'; break;
            case '0': bytes += '\0'; break;
            case '\\': bytes += '\\'; break;
            case 'x': {
                const auto hex = [&](std::size_t at) -> int {
                    const char c = at < text.size() ? text[at] : '\0';
                    if (c >= '0' && c <= '9') return c - '0';
                    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
                    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
                    throw std::runtime_error("line " + std::to_string(line_number) + ": \\x needs two hex digits");
                };
                bytes += static_cast<char>(hex(i + 1) * 16 + hex(i + 2));
                i += 2;
                break;
            }
            default: throw std::runtime_error("line " + std::to_string(line_number) + ": unknown escape \\" + text[i]);
        }
    }
    return bytes;
}

// What the reader says about the input: the exception's message, or the reading issues, or
// "read without complaint".
using reader = std::function<std::string(const std::string& input)>;

std::string message_of(const std::exception& e) { return e.what(); }

template <class Read>
reader throwing(Read read) {
    return [read](const std::string& input) -> std::string {
        try {
            read(input);
        } catch (const govtarget::error& e) {
            return message_of(e);
        }
        return "read without complaint";
    };
}

std::string issues_text(const std::vector<reading_issue>& issues, std::string_view source, std::string_view input) {
    if (issues.empty()) return "read without complaint";
    std::string joined;
    for (const auto& issue : issues) {
        if (!joined.empty()) joined += " | ";
        joined += issue.message(source, input);
    }
    return joined;
}

std::map<std::string, std::map<std::string, reader>> readers() {
    // The table reader's error, or the warnings it gives (a row cut off, a 序号 that skips).
    const auto table = [](table_layout layout, const char* source) -> reader {
        return [layout, source](const std::string& in) -> std::string {
            try {
                table_read_options options;
                options.layout = layout;
                const completion_table t = read_completion_table(in, source, options);
                (void)t.tasks(parse_date("2024-06-30"));
                if (t.warnings.empty()) return "read without complaint";
                std::string warnings;
                for (const table_warning& w : t.warnings)
                    warnings += (warnings.empty() ? "" : " | ") + std::string("warning: ") + source + ":" +
                                std::to_string(w.line) + ": " + w.reason;
                return warnings;
            } catch (const govtarget::error& e) {
                return message_of(e);
            }
        };
    };
    // A task table read from a document's tables: its error, or its warnings.
    const auto document_table = [](auto read) -> reader {
        return [read](const std::string& in) -> std::string {
            try {
                const completion_table t = read(in);
                if (t.warnings.empty()) return "read without complaint";
                std::string warnings;
                for (const table_warning& w : t.warnings)
                    warnings += (warnings.empty() ? "" : " | ") + std::string("warning: ") + std::to_string(w.line) + ": " + w.reason;
                return warnings;
            } catch (const govtarget::error& e) {
                return message_of(e);
            }
        };
    };
    (void)document_table;
    std::map<std::string, std::map<std::string, reader>> all{
        {"decimal", {{"parse", throwing([](const std::string& in) { (void)decimal::parse(in); })}}},
        {"value", {{"quantity", throwing([](const std::string& in) { (void)quantity::parse(in); })},
                   {"money", throwing([](const std::string& in) { (void)money<cny>::parse(in); })},
                   {"area", throwing([](const std::string& in) { (void)area::parse(in); })}}},
        {"period", {{"period", throwing([](const std::string& in) { (void)period::parse(in); })},
                    {"date", throwing([](const std::string& in) { (void)parse_date(in); })},
                    {"completion", throwing([](const std::string& in) { (void)parse_completion(in); })},
                    {"completion_percent", throwing([](const std::string& in) { (void)parse_completion_percent(in); })}}},
        {"quantity_reader", {{"read", [](const std::string& in) {
                                 std::vector<reading_issue> issues;
                                 (void)read_quantities(in, issues);
                                 return issues_text(issues, "report.txt", in);
                             }}}},
        {"extractor", {{"extract", [](const std::string& in) {
                           std::vector<reading_issue> issues;
                           (void)extract_targets(in, issues);
                           return issues_text(issues, "report.txt", in);
                       }}}},
        {"table", {{"text", table(table_layout::automatic, "table.txt")},
                   {"cells", table(table_layout::cell_per_line, "table.txt")},
                   {"csv", table(table_layout::csv, "table.csv")},
                   {"tsv", table(table_layout::tsv, "table.tsv")}}},
        {"csv", {{"targets", throwing([](const std::string& in) { (void)read_targets_csv(in, "targets.csv"); })},
                 {"progress", throwing([](const std::string& in) { (void)read_progress_csv(in, "progress.csv"); })},
                 {"summary", throwing([](const std::string& in) { (void)read_summary_csv(in, "summary.csv"); })}}},
        {"json", {{"targets", throwing([](const std::string& in) { (void)read_targets_json(in, "targets.json"); })},
                  {"progress", throwing([](const std::string& in) { (void)read_progress_json(in, "progress.json"); })},
                  {"summary", throwing([](const std::string& in) { (void)read_summaries_json(in, "summary.json"); })}}},
        {"progress", {{"rows", throwing([](const std::string& in) { (void)aggregate_progress_text(in, "progress.csv"); })}}},
    };
#ifdef GOVTARGET_HAVE_HTML
    all["html"] = {{"page", document_table([](const std::string& in) { return read_completion_table_html(in, "page.html"); })}};
#endif
#ifdef GOVTARGET_HAVE_OFFICE
    // A sheet's XML put into a workbook, a body's into a Word document, or a whole file.
    all["office"] = {
        {"sheet", document_table([](const std::string& in) {
             return read_completion_table_office(test::workbook_of(in, "<si><t>序号</t></si><si><t>工作任务</t></si>",
                                                                   "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/></cellXfs>"),
                                                 "book.xlsx");
         })},
        {"body", document_table([](const std::string& in) { return read_completion_table_office(test::document_of(in), "doc.docx"); })},
        {"file", document_table([](const std::string& in) { return read_completion_table_office(in, "file.xlsx"); })}};
#endif
    return all;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: check_catalogue READER FILE [--print]\n";
        return 2;
    }
    const std::string reader_name = argv[1];
    const bool print = argc > 3 && std::string_view(argv[3]) == "--print";
    const auto all = readers();
    const auto found = all.find(reader_name);
    if (found == all.end()) {
        std::cerr << "no reader named " << reader_name << '\n';
        return 2;
    }
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << argv[2] << '\n';
        return 2;
    }
    const auto& calls = found->second;
    // A reader with several functions names one with "call:" before its first entry.
    std::string call = calls.size() == 1 ? calls.begin()->first : std::string();
    std::string line, input;
    bool have_input = false;
    std::size_t line_number = 0, input_line = 0, entries = 0, failures = 0;
    try {
        while (std::getline(in, line)) {
            ++line_number;
            const auto value_of = [&](std::string_view key) { return std::string_view(line).substr(key.size()); };
            if (line.starts_with("call: ")) {
                call = std::string(value_of("call: "));
                if (!calls.contains(call)) throw std::runtime_error("line " + std::to_string(line_number) + ": no call " + call);
            } else if (line.starts_with("input: ") || line == "input:") {
                input = line == "input:" ? std::string() : unescape(value_of("input: "), line_number);
                have_input = true;
                input_line = line_number;
            } else if (line.starts_with("error: ")) {
                if (!have_input) throw std::runtime_error("line " + std::to_string(line_number) + ": error without input");
                const std::string expected(value_of("error: "));
                if (call.empty()) throw std::runtime_error("line " + std::to_string(line_number) + ": no call: line yet");
                const std::string actual = calls.at(call)(input);
                ++entries;
                have_input = false;
                if (print) {
                    std::cout << "error: " << actual << '\n';
                    continue;
                }
                if (actual != expected) {
                    ++failures;
                    std::cerr << argv[2] << ':' << input_line << ": " << call << "\n  expected: " << expected
                              << "\n  actual:   " << actual << '\n';
                }
                continue;
            }
            if (print) std::cout << line << '\n';
        }
    } catch (const std::exception& e) {
        std::cerr << argv[2] << ": " << e.what() << '\n';
        return 2;
    }
    if (print) return 0;
    std::cout << reader_name << ": " << entries << " bad inputs, " << failures << " with another message\n";
    if (entries < 30) {
        std::cerr << "a catalogue needs at least 30 entries; " << argv[2] << " has " << entries << '\n';
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
