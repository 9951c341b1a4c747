#include <govtarget/period.hpp>
#include <govtarget/status.hpp>

#include <doctest/doctest.h>

#include <tuple>
#include <type_traits>

using namespace govtarget;

namespace {
const exact_share half(fraction(50));
std::optional<share> pct(decimal d) { return share(d); }
}  // namespace

TEST_CASE("task status: 欠进度, 达进度, 超进度, 已完成, 未报送") {
    CHECK(status_of(pct(45_dec), half) == task_status::behind);  // 区住建局 at 45% at the end of Q2
    CHECK(status_of(pct(49.9_dec), half) == task_status::behind);
    CHECK(status_of(pct(50_dec), half) == task_status::on_pace);  // 时间过半、任务过半
    CHECK(status_of(pct(59.9_dec), half) == task_status::on_pace);
    CHECK(status_of(pct(60_dec), half) == task_status::ahead);
    CHECK(status_of(pct(100_dec), half) == task_status::completed);
    CHECK(status_of(pct(145_dec), half) == task_status::completed);
    CHECK(status_of(std::nullopt, half) == task_status::not_reported);
    CHECK(status_of(pct(0_dec), half) == task_status::behind);  // reported 0 is not "not reported"
    const status_policy lenient{percentage_points(5_dec), percentage_points(20_dec)};
    CHECK(status_of(pct(45_dec), half, lenient) == task_status::on_pace);
    CHECK(status_of(pct(44.9_dec), half, lenient) == task_status::behind);
    CHECK(status_of(pct(65_dec), half, lenient) == task_status::on_pace);
    CHECK_THROWS_AS((void)status_of(pct(45_dec), half, {percentage_points(-1_dec), percentage_points(10_dec)}), domain_error);
    CHECK(to_chinese(task_status::behind) == "欠进度");
    CHECK(to_chinese(task_status::not_reported) == "未报送");
    CHECK(to_string(task_status::ahead) == "ahead");
}

TEST_CASE("a pace is a percent, never an elapsed share") {
    // The trap: an elapsed share (3/4 of the year) passed as a pace meant a pace of 0.75%.
    const elapsed_share q3 = period::year(date::year{2024}).elapsed(date::year{2024} / date::September / date::day{30});
    static_assert(!std::is_convertible_v<elapsed_share, exact_share>);
    static_assert(!std::is_convertible_v<fraction, exact_share>);
    static_assert(!std::is_convertible_v<decimal, std::optional<share>>);
    CHECK(status_of(pct(45_dec), q3.percent()) == task_status::behind);  // 45% against 75%
}

TEST_CASE("gap to pace: percentage points with their sign, in words") {
    const exact_share nov(fraction(275, 3));  // the end of November
    const auto gap = gap_to_pace(pct(90_dec), nov);
    REQUIRE(gap.has_value());
    static_assert(std::is_same_v<decltype(gap), const std::optional<exact_percentage_points>>);
    CHECK(*gap == exact_percentage_points(fraction(-5, 3)));
    CHECK(gap_words(*gap) == "低于序时进度1.7个百分点");
    CHECK(gap_words(*gap, 2) == "低于序时进度1.67个百分点");
    CHECK(gap_words(*gap_to_pace(pct(55_dec), half)) == "高于序时进度5个百分点");
    CHECK(gap_words(*gap_to_pace(pct(50_dec), half)) == "与序时进度持平");
    CHECK(gap_words(*gap_to_pace(pct(45.25_dec), half)) == "低于序时进度4.8个百分点");
    CHECK(gap_words(*gap_to_pace(pct(45.25_dec), half)).find("提高") == std::string::npos);
    CHECK_FALSE(gap_to_pace(std::nullopt, nov).has_value());
}

TEST_CASE("red, amber, green") {
    CHECK(rag_of(pct(50_dec), half) == rag::green);
    CHECK(rag_of(pct(45_dec), half) == rag::amber);
    CHECK(rag_of(pct(40_dec), half) == rag::amber);
    CHECK(rag_of(pct(39.9_dec), half) == rag::red);
    CHECK_FALSE(rag_of(std::nullopt, half).has_value());
    const rag_bands narrow{percentage_points(3_dec), percentage_points(5_dec)};
    CHECK(rag_of(pct(48_dec), half, narrow) == rag::green);
    CHECK(rag_of(pct(46_dec), half, narrow) == rag::amber);
    CHECK(rag_of(pct(44_dec), half, narrow) == rag::red);
    CHECK_THROWS_AS((void)rag_of(pct(44_dec), half, {percentage_points(5_dec), percentage_points(3_dec)}), domain_error);
    CHECK(to_string(rag::amber) == "amber");
}

TEST_CASE("pace bands classify written and exact completions alike") {
    const pace_bands bands(exact_share(fraction(275, 3)), {});
    CHECK(bands.classify(91.66_dec) == task_status::behind);
    CHECK(bands.classify(91.67_dec) == task_status::on_pace);
    CHECK(bands.classify(exact_share(fraction(275, 3))) == task_status::on_pace);
    CHECK(bands.classify(exact_share(fraction(275, 3) - fraction(1, 1000000))) == task_status::behind);
    CHECK(bands.classify(100_dec) == task_status::completed);
}

TEST_CASE("bands in whole tenths classify every tenth as the decimal bands do") {
    for (const auto& [pace, tolerance, band] : {std::tuple{fraction(275, 3), 0, 10}, std::tuple{fraction(50), 10, 0},
                                                std::tuple{fraction(1, 7), 3, 25}, std::tuple{fraction(120), 0, 10}}) {
        const pace_bands bands(exact_share(pace), {percentage_points(decimal(tolerance)), percentage_points(decimal(band))});
        const tenths_bands tenths = bands.in_tenths();
        for (std::int64_t t = 0; t <= 1600; ++t) {
            if (tenths.classify(t) != bands.classify(decimal::from_mantissa(t, 1))) {
                CAPTURE(t);
                CHECK(tenths.classify(t) == bands.classify(decimal::from_mantissa(t, 1)));
            }
        }
    }
}
