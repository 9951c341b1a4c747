#include <govtarget/batch.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

using namespace govtarget;

namespace {
const std::string header = "task_id,district,lead_unit,category,weight,progress\n";

std::string csv(const batch_result& r) {
    std::ostringstream out;
    write_summary_csv(out, r);
    return out.str();
}
}  // namespace

TEST_CASE("weighted completion is exact and rounded half up") {
    // (1·0.1 + 1·0.0) / 2 … and a tie: Σ w·p / Σ w = 10.125 exactly → 10.13.
    const std::string text = header + "1,甲区,财政局,c,1,10.1\n2,甲区,财政局,c,1,10.0\n3,甲区,财政局,c,2,10.2\n" +
                             "4,乙区,住建局,c,3,145.0\n5,乙区,住建局,c,1,42\n6,乙区,住建局,c,2,\n7,丙区,科技局,c,1,\n";
    const auto r = aggregate_progress_text(text, "t.csv");
    CHECK(csv(r) ==
          "district,lead_unit,n_tasks,n_reported,weighted_completion,n_shortfall,n_missing\n"
          "丙区,科技局,1,0,,0,1\n"
          "乙区,住建局,3,2,85.50,1,1\n"  // (3·100 + 1·42) / 4 = 85.5; 42 < 50 is behind
          "甲区,财政局,3,3,10.13,3,0\n");  // (10.1 + 10.0 + 20.4) / 4 = 10.125
    CHECK(r.rows == 7);
}

TEST_CASE("expected and tolerance, with decimals") {
    const std::string text = header + "1,d,u,c,1,39.9\n2,d,u,c,1,40.0\n3,d,u,c,1,45.4\n";
    const auto with_tolerance = [](decimal points) {
        batch_options options;
        options.policy.status.tolerance = percentage_points(points);
        return options;
    };
    CHECK(aggregate_progress_text(text, "t", with_tolerance(10_dec)).groups[0].totals.behind() == 1);  // < 40
    CHECK(aggregate_progress_text(text, "t", with_tolerance(4.5_dec)).groups[0].totals.behind() == 3);  // < 45.5
    CHECK(aggregate_progress_text(text, "t").groups[0].totals.behind() == 3);  // the library's default: no tolerance
    batch_options finer;
    finer.policy.cap = share(99.95_dec);
    CHECK_THROWS_AS((void)aggregate_progress_text(text, "t", finer), domain_error);
}

TEST_CASE("BOM, CRLF and quoted fields") {
    const std::string text = "\xEF\xBB\xBF" "task_id,district,lead_unit,category,weight,progress\r\n"
                             "1,\"甲区,新城\",\"财政局\"\"一\"\"\",c,1,50.0\r\n2,\"甲区,新城\",\"财政局\"\"一\"\"\",c,1,\r\n";
    const auto r = aggregate_progress_text(text, "t");
    REQUIRE(r.groups.size() == 1);
    CHECK(r.groups[0].district == "甲区,新城");
    CHECK(csv(r).find("\"甲区,新城\",\"财政局\"\"一\"\"\",2,1,50.00,0,1") != std::string::npos);
}

TEST_CASE("progress as tables write it: 53.6% and 53.6％ are 53.6") {
    const std::string plain = header + "1,d,u,c,1,53.6\n2,d,u,c,1,100\n";
    const std::string with_signs = header + "1,d,u,c,1,53.6%\n2,d,u,c,1,100\xEF\xBC\x85\n";
    CHECK(csv(aggregate_progress_text(with_signs, "t")) == csv(aggregate_progress_text(plain, "t")));
    CHECK_THROWS_WITH_AS((void)aggregate_progress_text(header + "1,d,u,c,1,%\n", "t"),
                         doctest::Contains("progress must be a percent"), read_error);
}

TEST_CASE("a CSV saved in GB18030 is refused whole, naming the encoding") {
    // 甲区,财政局 in GB18030 (GBK): what Excel saves as "CSV" on Chinese Windows.
    const std::string gbk = header + "1,\xBC\xD7\xC7\xF8,\xB2\xC6\xD5\xFE\xBE\xD6,c,1,50\n";
    CHECK_THROWS_WITH_AS((void)aggregate_progress_text(gbk, "export.csv"),
                         doctest::Contains("export.csv:2:1: not UTF-8: the bytes read as GB18030 (GBK)"), read_error);
    const auto path = std::filesystem::temp_directory_path() / "govtarget_gbk_progress.csv";
    std::ofstream(path, std::ios::binary) << gbk;
    CHECK_THROWS_WITH_AS((void)aggregate_progress_file(path.string()), doctest::Contains("GB18030"), read_error);
    std::filesystem::remove(path);
}

TEST_CASE("malformed rows: an error with the line, or counted with skip_bad") {
    struct bad {
        const char* row;
        const char* reason;
    };
    for (const bad b : {bad{"2,d,u,c,0,50", "weight"}, bad{"2,d,u,c,-1,50", "weight"}, bad{"2,d,u,c,1.5,50", "weight"},
                        bad{"2,d,u,c,1,abc", "progress"}, bad{"2,d,u,c,1,5.55", "progress"}, bad{"2,d,u,c,1,-0", "progress"},
                        bad{"2,d,u,c,1,5.", "progress"}, bad{"2,d,u,c,1", "fewer"}, bad{"2,d,u,c,1,5,6", "more"},
                        bad{"2,,u,c,1,5", "district"}, bad{"2,d,,c,1,5", "lead_unit"}, bad{"2,\"d,u,c,1,5", "unterminated"}}) {
        CAPTURE(std::string(b.row));
        const std::string text = header + "1,d,u,c,1,50\n" + b.row + "\n3,d,u,c,1,60\n";
        try {
            aggregate_progress_text(text, "p.csv");
            FAIL("no error");
        } catch (const read_error& e) {
            CHECK(e.line() == 3);
            CHECK(e.reason().find(b.reason) != std::string::npos);
        }
        batch_options skip;
        skip.skip_bad = true;
        const auto skipped = aggregate_progress_text(text, "p.csv", skip);
        CHECK(skipped.bad_rows == 1);
        CHECK(skipped.groups[0].totals.tasks() == 2);  // the bad row counts nowhere
        CHECK(skipped.first_bad.value().starts_with("p.csv:3: "));
    }
    CHECK_THROWS_AS(aggregate_progress_text("task_id,district\n1,d\n", "p.csv"), read_error);
    CHECK_THROWS_AS(aggregate_progress_text("", "p.csv"), read_error);
    CHECK(aggregate_progress_text(header, "p.csv").groups.empty());
}

TEST_CASE("the threaded file reader gives the one-pass result, on random data") {
    std::mt19937_64 random(11);
    std::uniform_int_distribution<int> d(0, 60), u(0, 39), w(1, 5), p(0, 1500), m(0, 29);
    std::string text = header;
    for (int i = 1; i <= 300'000; ++i) {
        text += std::to_string(i) + ",区" + std::to_string(d(random)) + ",局" + std::to_string(u(random)) + ",c," +
                std::to_string(w(random)) + ",";
        if (m(random) != 0) {
            const int t = p(random);
            text += std::to_string(t / 10) + (t % 3 == 0 ? "" : "." + std::to_string(t % 10));
        }
        text += i % 7 == 0 ? "\r\n" : "\n";
    }
    const auto path = std::filesystem::temp_directory_path() / "govtarget_test_batch.csv";
    std::ofstream(path, std::ios::binary) << text;
    const std::string one_pass = csv(aggregate_progress_text(text, path.string()));
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        CAPTURE(threads);
        batch_options options;
        options.threads = threads;
        // Progress: on the calling thread, never backwards, ending at the file's size.
        std::vector<std::pair<std::size_t, std::size_t>> calls;
        bool other_thread = false;
        options.on_progress = [&, caller = std::this_thread::get_id()](std::size_t done, std::size_t total) {
            other_thread = other_thread || std::this_thread::get_id() != caller;
            calls.emplace_back(done, total);
        };
        CHECK(csv(aggregate_progress_file(path, options)) == one_pass);
        CHECK_FALSE(other_thread);
        REQUIRE(calls.size() >= 2);
        CHECK(calls.back() == std::pair(text.size(), text.size()));
        for (std::size_t k = 1; k < calls.size(); ++k) CHECK(calls[k - 1].first <= calls[k].first);
        for (const auto& [done, total] : calls) CHECK((done <= total && total == text.size()));
    }
    std::filesystem::remove(path);
    CHECK_THROWS_AS(aggregate_progress_file("/nonexistent/progress.csv"), read_error);
}

TEST_CASE("a line longer than max_line_bytes is refused with its number, not buffered") {
    const auto path = std::filesystem::temp_directory_path() / "govtarget_test_batch_long_line.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << header << "1,甲区,区财政局,c,1,50\n2,甲区,区财政局,c,1,";
        out << std::string(std::size_t{3} << 20, '7') << "\n3,甲区,区财政局,c,1,50\n";
    }
    for (unsigned threads : {1u, 2u, 4u}) {
        batch_options options;
        options.threads = threads;
        try {
            (void)aggregate_progress_file(path, options);
            FAIL("a 3 MiB line was read");
        } catch (const read_error& e) {
            CHECK(e.line() == 3);
            CHECK(e.reason() == "a line longer than 1048576 bytes (batch_options::max_line_bytes)");
        }
        options.skip_bad = true;  // a line too long is never skipped: it cannot be read to its end
        CHECK_THROWS_AS(aggregate_progress_file(path, options), read_error);
        options.max_line_bytes = std::size_t{4} << 20;
        CHECK(aggregate_progress_file(path, options).bad_rows == 1);  // within a larger limit: a bad row
    }
    std::filesystem::remove(path);
}

TEST_CASE("in memory too, a line over the limit is refused whether or not bad rows are skipped") {
    batch_options options;
    options.max_line_bytes = 64;
    const std::string text = std::string(header) + "1,甲区,区财政局,c,1,50\n2,甲区,区财政局," + std::string(100, 'c') + ",1,50\n";
    CHECK_THROWS_WITH_AS(aggregate_progress_text(text, "p.csv", options),
                         doctest::Contains("p.csv:3:1: a line longer than 64 bytes (batch_options::max_line_bytes)"), read_error);
    options.skip_bad = true;
    CHECK_THROWS_AS(aggregate_progress_text(text, "p.csv", options), read_error);
    options.max_line_bytes = 1 << 20;
    CHECK(aggregate_progress_text(text, "p.csv", options).rows == 2);
}

namespace {
struct progress_row {
    std::string district, lead_unit;
    decimal weight;
    std::optional<share> completion;
};

// The same rows as a file for the batch engine and as records for summarize_by.
std::string as_file(const std::vector<progress_row>& rows) {
    std::string text = header;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const progress_row& r = rows[k];
        text += std::to_string(k + 1) + ',' + r.district + ',' + r.lead_unit + ",c," + r.weight.to_string() + ',' +
                (r.completion ? r.completion->percent().to_string() : std::string()) + '\n';
    }
    return text;
}

batch_options random_options(std::mt19937_64& random) {
    batch_options options;
    const int pace = std::uniform_int_distribution<int>(0, 1200)(random);
    options.pace = exact_share(fraction(pace, std::uniform_int_distribution<int>(1, 12)(random)));
    if (pace % 3 == 0) options.policy.cap.reset();
    else if (pace % 3 == 1) options.policy.cap = share(decimal::from_mantissa(std::uniform_int_distribution<int>(500, 1500)(random), 1));
    options.policy.missing = random() % 2 ? missing_policy::as_zero : missing_policy::excluded;
    options.policy.status.tolerance = percentage_points(decimal::from_mantissa(std::uniform_int_distribution<int>(0, 150)(random), 1));
    options.policy.status.ahead_band = percentage_points(decimal::from_mantissa(std::uniform_int_distribution<int>(0, 300)(random), 1));
    options.threads = 1;
    return options;
}
}  // namespace

TEST_CASE("the batch engine and summarize_by give identical summaries on 10,000 random tables") {
    std::mt19937_64 random(20241201);
    std::size_t compared = 0;
    for (int table = 0; table < 10000; ++table) {
        const int groups = std::uniform_int_distribution<int>(1, 50)(random);
        const int rows = std::uniform_int_distribution<int>(1, 120)(random);
        std::vector<progress_row> data;
        for (int k = 0; k < rows; ++k) {
            const int g = std::uniform_int_distribution<int>(0, groups - 1)(random);
            progress_row r{"区" + std::to_string(g % 7), "单位" + std::to_string(g), decimal(std::uniform_int_distribution<int>(1, 1000)(random)),
                           std::nullopt};
            if (random() % 5 != 0) r.completion = share(decimal::from_mantissa(std::uniform_int_distribution<int>(0, 2000)(random), 1));
            data.push_back(std::move(r));
        }
        const batch_options options = random_options(random);
        const batch_result batch = aggregate_progress_text(as_file(data), "random.csv", options);
        const auto in_memory = summarize_by(
            data, [](const progress_row& r) { return std::pair<std::string, std::string>(r.district, r.lead_unit); },
            options.pace, options.policy);
        REQUIRE(batch.groups.size() == in_memory.size());
        auto it = in_memory.begin();
        for (const batch_group& g : batch.groups) {
            // One assertion per mismatch only: doctest's bookkeeping would dominate the run.
            if (g.district != it->first.first || g.lead_unit != it->first.second || !(g.totals == it->second)) {
                CAPTURE(table);
                CHECK(g.district == it->first.first);
                CHECK(g.lead_unit == it->first.second);
                CHECK(g.totals == it->second);
            }
            ++compared;
            ++it;
        }
    }
    CHECK(compared > 100000);
}
