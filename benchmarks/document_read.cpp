// Reading the bundled table from the documents governments publish — a web page, an Excel
// workbook, a Word document — against two yardsticks in the same run: the same table read as
// CSV (the text path every format ends in), and libxml2 parsing the page alone (no table).
//   bench_document_read [--benchmark_...]   (the 拱墅 table, 159 rows, from tests/data)
#include <govtarget/completion_table.hpp>
#include <govtarget/html_table.hpp>
#include <govtarget/office_table.hpp>

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace govtarget;

std::string data_file(const std::string& name) {
    return detail::read_whole_file(std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/" + name, 1 << 26);
}

template <class Read>
void read_document(benchmark::State& state, const std::string& bytes, Read read) {
    std::size_t rows = 0;
    for (auto _ : state) {
        rows = read(bytes).rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
    state.counters["rows"] = static_cast<double>(rows);
}

void yardstick_csv(benchmark::State& state) {
    // The bundled table's rows as CSV, as `govtarget table --rows --format csv` would not give
    // them: the five published columns.
    std::string csv = "序号,项目名称,主要工作内容,牵头单位,完成进度\n";
    const completion_table table = read_completion_table_html(data_file("html/gongshu_2024_q2_utf8.html"), "page");
    const auto quoted = [](const std::string& text) {
        std::string q = "\"";
        for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (const table_row& row : table.rows) {
        std::string units;
        for (const auto& u : row.lead_units) units += (units.empty() ? "" : "、") + u;
        csv += row.number + "," + quoted(row.category) + "," + quoted(row.task) + "," + units + "," + row.completion_text + "\n";
    }
    table_read_options options;
    options.layout = table_layout::csv;
    read_document(state, csv, [&](const std::string& b) { return read_completion_table(b, "bench", options); });
}

void yardstick_libxml2_parse(benchmark::State& state) {
    const std::string page = data_file("html/gongshu_2024_q2_utf8.html");
    for (auto _ : state) {
        xmlDocPtr doc = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, nullptr,
                                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        benchmark::DoNotOptimize(doc);
        xmlFreeDoc(doc);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * page.size()));
}

void web_page(benchmark::State& state) {
    read_document(state, data_file("html/gongshu_2024_q2_utf8.html"),
                  [](const std::string& b) { return read_completion_table_html(b, "bench"); });
}
void web_page_gbk(benchmark::State& state) {
    read_document(state, data_file("html/gongshu_2024_q2_gbk.html"),
                  [](const std::string& b) { return read_completion_table_html(b, "bench"); });
}
void xlsx_workbook(benchmark::State& state) {
    read_document(state, data_file("office/gongshu_2024_q2.xlsx"),
                  [](const std::string& b) { return read_completion_table_office(b, "bench"); });
}
void docx_document(benchmark::State& state) {
    read_document(state, data_file("office/gongshu_2024_q2.docx"),
                  [](const std::string& b) { return read_completion_table_office(b, "bench"); });
}

}  // namespace

BENCHMARK(yardstick_csv);
BENCHMARK(yardstick_libxml2_parse);
BENCHMARK(web_page);
BENCHMARK(web_page_gbk);
BENCHMARK(xlsx_workbook);
BENCHMARK(docx_document);
BENCHMARK_MAIN();
