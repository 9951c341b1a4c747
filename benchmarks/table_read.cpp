// Reading a completion table in each text layout, against a yardstick in the same run: the
// RFC 4180 tokenizer alone on the same table as CSV (cells found, nothing understood).
//   bench_table_read [--benchmark_...]   (the bundled 拱墅 table, 159 rows)
#include <govtarget/completion_table.hpp>
#include <govtarget/detail/csv.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace govtarget;

std::string bundled() {
    std::ifstream in(GOVTARGET_BUNDLED_TABLE, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The bundled table written again in another layout, from its rows as read.
std::string rewritten(const std::string& separator, bool quote) {
    const completion_table table = read_completion_table(bundled(), "q2");
    const auto cell = [&](const std::string& text) {
        if (!quote) return text;
        std::string q = "\"";
        for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::string out = "序号" + separator + "项目名称" + separator + "主要工作内容" + separator + "牵头单位" + separator + "完成进度\n";
    for (const table_row& row : table.rows) {
        std::string units;
        for (const auto& u : row.lead_units) units += (units.empty() ? "" : "、") + u;
        out += row.number + separator + cell(row.category) + separator + cell(row.task) + separator + units + separator +
               row.completion_text + "\n";
    }
    return out;
}

void read_layout(benchmark::State& state, const std::string& text, table_layout layout) {
    table_read_options options;
    options.layout = layout;
    std::size_t rows = 0;
    for (auto _ : state) {
        rows = read_completion_table(text, "bench", options).rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["rows"] = static_cast<double>(rows);
}

void yardstick_csv_tokenizer(benchmark::State& state) {
    const std::string text = rewritten(",", true);
    for (auto _ : state) benchmark::DoNotOptimize(detail::read_csv(text, "bench").size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void cell_per_line(benchmark::State& state) { read_layout(state, bundled(), table_layout::automatic); }
void rows_split_by_bar(benchmark::State& state) { read_layout(state, rewritten(" | ", false), table_layout::automatic); }
void csv(benchmark::State& state) { read_layout(state, rewritten(",", true), table_layout::csv); }

}  // namespace

BENCHMARK(yardstick_csv_tokenizer);
BENCHMARK(csv);
BENCHMARK(rows_split_by_bar);
BENCHMARK(cell_per_line);
BENCHMARK_MAIN();
