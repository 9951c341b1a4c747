// Why amounts are checked int64 ticks: summing 10 M money amounts in each candidate
// representation (the figures in README.md come from this program).
#include <govtarget/money.hpp>

#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_dec_float.hpp>
#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <random>
#include <vector>

namespace {

namespace mp = boost::multiprecision;
constexpr std::size_t amount_count = 10'000'000;

// Amounts in 分 up to 1亿元, as a district's ledger would hold them.
const std::vector<std::int64_t>& cents() {
    static const std::vector<std::int64_t> values = [] {
        std::mt19937_64 random(740);
        std::uniform_int_distribution<std::int64_t> amount(0, 10'000'000'000);
        std::vector<std::int64_t> v(amount_count);
        for (auto& x : v) x = amount(random);
        return v;
    }();
    return values;
}

void sum_money_ticks(benchmark::State& state) {
    std::vector<govtarget::money<govtarget::cny>> amounts;
    amounts.reserve(amount_count);
    for (auto c : cents()) amounts.push_back(govtarget::money<govtarget::cny>::from_ticks(c));
    for (auto _ : state) {
        govtarget::money<govtarget::cny> total;
        for (const auto& a : amounts) total += a;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * amount_count));
}

void sum_int64_unchecked(benchmark::State& state) {
    for (auto _ : state) {
        std::int64_t total = 0;
        for (auto c : cents()) total += c;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * amount_count));
}

void sum_int64_checked(benchmark::State& state) {
    for (auto _ : state) {
        std::int64_t total = 0;
        for (auto c : cents()) total = govtarget::detail::checked_add(total, c);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * amount_count));
}

void sum_double_yuan(benchmark::State& state) {
    std::vector<double> yuan;
    yuan.reserve(amount_count);
    for (auto c : cents()) yuan.push_back(static_cast<double>(c) / 100.0);
    for (auto _ : state) {
        double total = 0;
        for (auto y : yuan) total += y;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * amount_count));
}

void sum_checked_int128(benchmark::State& state) {
    std::vector<mp::checked_int128_t> values(cents().begin(), cents().end());
    for (auto _ : state) {
        mp::checked_int128_t total = 0;
        for (const auto& v : values) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * amount_count));
}

void sum_cpp_dec_float_50(benchmark::State& state) {
    std::vector<mp::cpp_dec_float_50> values;
    values.reserve(amount_count / 10);
    for (std::size_t i = 0; i < amount_count / 10; ++i) values.emplace_back(mp::cpp_dec_float_50(cents()[i]) / 100);
    for (auto _ : state) {
        mp::cpp_dec_float_50 total = 0;
        for (const auto& v : values) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * values.size()));
}

void sum_cpp_rational(benchmark::State& state) {
    std::vector<mp::cpp_rational> values;
    values.reserve(amount_count / 100);
    for (std::size_t i = 0; i < amount_count / 100; ++i) values.emplace_back(mp::cpp_rational(cents()[i], 100));
    for (auto _ : state) {
        mp::cpp_rational total = 0;
        for (const auto& v : values) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * values.size()));
}

}  // namespace

BENCHMARK(sum_money_ticks)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_int64_unchecked)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_int64_checked)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_double_yuan)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_checked_int128)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_cpp_dec_float_50)->Unit(benchmark::kMillisecond);
BENCHMARK(sum_cpp_rational)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
