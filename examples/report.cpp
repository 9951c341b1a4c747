// The per-lead-unit report of a completion table, as `govtarget table FILE --format F` prints it.
#include <govtarget/completion_table.hpp>
#include <govtarget/html_report.hpp>
#include <govtarget/report_text.hpp>
#include <iostream>
using namespace govtarget;
int main(int argc, char** argv) {
    if (argc < 2) return 2;
    const completion_table table = read_completion_table_file(argv[1]);
    const auto as_of = table.default_as_of();
    const auto report = make_completion_report(table.tasks(as_of), {table.title, argv[1], *table.target_period(), as_of});
    const std::string f = argc > 2 ? argv[2] : "text";
    std::cout << (f == "csv" ? render_csv(report) : f == "json" ? render_json(report) : f == "markdown" ? render_markdown(report)
                  : f == "html" ? render_html(report) : render_text(report));
}
