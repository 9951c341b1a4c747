// Job C: weighted completion and shortfalls per lead unit over 10 M progress records held in
// memory — govtarget::summarize_by (keys owned, a string copied once per group) against a
// hand-written loop over the same records.
#include <govtarget/aggregate.hpp>

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

struct record {
    std::string_view lead_unit;
    govtarget::decimal weight;
    std::optional<govtarget::share> completion;
};

const std::vector<std::string>& unit_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (int i = 0; i < 40; ++i) v.push_back("区单位" + std::to_string(i) + "局");
        return v;
    }();
    return names;
}

const std::vector<record>& records() {
    static const std::vector<record> data = [] {
        std::mt19937_64 random(10);
        std::uniform_int_distribution<int> unit(0, 39), weight(1, 5), tenths(0, 1500), missing(0, 99);
        std::vector<record> v(10'000'000);
        for (auto& r : v) {
            r.lead_unit = unit_names()[static_cast<std::size_t>(unit(random))];
            r.weight = govtarget::decimal(weight(random));
            if (missing(random) >= 3) r.completion = govtarget::share(govtarget::decimal::from_mantissa(tenths(random), 1));
        }
        return v;
    }();
    return data;
}

void library(benchmark::State& state) {
    const auto& data = records();
    const govtarget::exact_share pace(govtarget::fraction(50));
    for (auto _ : state) {
        auto groups = govtarget::summarize_by(data, govtarget::by_lead_unit, pace);
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

// What a careful programmer writes by hand: integer sums in tenths, one hash lookup a record.
void hand_written(benchmark::State& state) {
    const auto& data = records();
    struct totals {
        std::int64_t tasks = 0, reported = 0, behind = 0, weight = 0, weighted = 0;
    };
    for (auto _ : state) {
        std::unordered_map<std::string_view, totals> groups;
        for (const record& r : data) {
            totals& t = groups[r.lead_unit];
            ++t.tasks;
            if (!r.completion) continue;
            const std::int64_t tenths = r.completion->percent().with_scale(1).mantissa();
            const std::int64_t w = r.weight.mantissa();
            ++t.reported;
            t.weight += w;
            t.weighted += w * std::min<std::int64_t>(tenths, 1000);
            if (tenths < 500) ++t.behind;
        }
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

}  // namespace

BENCHMARK(library)->Unit(benchmark::kMillisecond);
BENCHMARK(hand_written)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
