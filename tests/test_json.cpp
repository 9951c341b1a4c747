#include <govtarget/json.hpp>

#include <doctest/doctest.h>

#include <random>

using namespace govtarget;
using nlohmann::json;

namespace {
template <class T>
T round_trip(const T& value) {
    const json written = value;
    return json::parse(written.dump()).get<T>();
}
}  // namespace

TEST_CASE("every value type round-trips exactly, on random values") {
    std::mt19937_64 random(5);
    std::uniform_int_distribution<std::int64_t> n(-1'000'000'000'000, 1'000'000'000'000);
    std::uniform_int_distribution<int> scale(0, 4), unit(0, 5);
    for (int i = 0; i < 3000; ++i) {
        const decimal d = decimal::from_mantissa(n(random), scale(random));
        CHECK(round_trip(d) == d);
        CHECK(round_trip(growth_rate(d)) == growth_rate(d));
        CHECK(round_trip(share(d)) == share(d));
        CHECK(round_trip(percentage_points(d)) == percentage_points(d));
        const auto cents = money<cny>::from_ticks(n(random), static_cast<cny_unit>(unit(random) % 4));
        CHECK(round_trip(cents) == cents);
        const auto land = area::from_ticks(n(random), static_cast<area_unit>(unit(random)));  // any tick, any unit
        CHECK(round_trip(land) == land);
        CHECK(round_trip(quantity(land)) == quantity(land));
        const auto road = length::from_ticks(n(random), static_cast<length_unit>(unit(random) % 2));
        CHECK(round_trip(road) == road);
        const count c(abs(d), measure_word::parse("家"), magnitude::wan);
        CHECK(round_trip(c) == c);
        const measure m(abs(d), unit_label("微克/立方米"));
        CHECK(round_trip(m) == m);
        const fraction f(n(random), std::max<std::int64_t>(1, std::abs(n(random))));
        CHECK(round_trip(f) == f);
    }
}

TEST_CASE("targets, progress records and summaries round-trip") {
    target t;
    t.id = "51";
    t.metric = "出让经营性用地";
    t.task = "出让经营性用地626亩以上，力争748亩。";
    t.category = "优化拓展空间资源";
    t.lead_units = {"规划资源拱墅分局", "区发改经信局"};
    t.co_units = {"区财政局", "区住建局"};
    t.period = period::year(date::year{2024});
    t.weight = 2.5_dec;
    t.quantities.push_back({bound<quantity>::at_least(quantity::parse("626亩")), direction::higher_is_better,
                            quantity::parse("748亩"), "出让经营性用地"});
    t.quantities.push_back({bound<quantity>::range(quantity::parse("1个"), quantity::parse("2个")),
                            direction::higher_is_better, std::nullopt, ""});
    t.quantities.push_back({bound<quantity>::around(quantity(growth_rate(5.5_dec)), {0.3_dec, 2_dec}),
                            direction::higher_is_better, std::nullopt, ""});
    t.quantities.push_back({bound<quantity>::at_most(quantity::parse("31微克/立方米"), false),
                            direction::lower_is_better, std::nullopt, "PM2.5"});
    t.quantities.push_back({linked_value{"1", bound_kind::at_least}, direction::higher_is_better, std::nullopt, ""});
    CHECK(round_trip(t) == t);
    CHECK(json(t)["task"] == "出让经营性用地626亩以上，力争748亩。");
    CHECK(json(t)["co_units"] == json::array({"区财政局", "区住建局"}));
    target qualitative;
    qualitative.id = "6";
    CHECK(round_trip(qualitative) == qualitative);
    // A target written before tasks and co-operating units were kept reads with neither.
    json old = json(t);
    old.erase("task");
    old.erase("co_units");
    const target from_old = old.get<target>();
    CHECK(from_old.task.empty());
    CHECK(from_old.co_units.empty());
    CHECK(from_old.lead_units == t.lead_units);

    const progress_record r{"68", date::year{2024} / 6 / 30, share(45_dec), "45%", std::nullopt, {quantity::parse("4950个")}, "区住建局"};
    CHECK(round_trip(r) == r);
    CHECK(json(r)["completion"] == "45");  // the percent as a bare number, as before
    const progress_record missing{"1", date::year{2024} / 6 / 30, std::nullopt, "/", stated_status::not_applicable, {}, ""};
    CHECK(round_trip(missing) == missing);
    CHECK(json(missing)["completion"].is_null());
    CHECK(json(missing)["stated"] == "not_applicable");
    const progress_record done{"2", date::year{2024} / 6 / 30, std::nullopt, "已完成", stated_status::completed, {}, ""};
    CHECK(round_trip(done) == done);
    const progress_record plain = json::parse(R"({"task_id":"1","as_of":"2024-06-30","completion":"52"})").get<progress_record>();
    CHECK(plain.completion == share(52_dec));
    CHECK(plain.completion_text.empty());
    CHECK_FALSE(plain.stated.has_value());

    summary s(exact_share(fraction(275, 3)));
    s.add({decimal(3), share(45_dec)});
    s.add({1.5_dec, share(145_dec)});
    s.add({decimal(1), std::nullopt});
    const summary back = round_trip(s);
    CHECK(back == s);
    CHECK(back.weighted_completion() == s.weighted_completion());
    CHECK(json(s)["weighted_completion"] == "190/3");
    CHECK(json(s)["pace"] == "275/3");
    CHECK(back.pace() == s.pace());
}

TEST_CASE("malformed JSON says where and what") {
    try {
        parse_json("{\n  \"id\": \"1\",\n  \"metric\": }", "t.json");
        FAIL("no error");
    } catch (const read_error& e) {
        CHECK(e.source() == "t.json");
        CHECK(e.line() == 3);
        CHECK(e.column() == 13);
    }
    CHECK_THROWS_AS(json("5.5.5").get<decimal>(), parse_error);
    CHECK_THROWS_AS(json(5.5).get<decimal>(), parse_error);  // a binary float is refused
    CHECK_THROWS_AS(json("740亿美元").get<money<cny>>(), unit_mismatch_error);
    CHECK_THROWS_AS(json::parse(R"({"task_id":"1","as_of":"2024-02-30","completion":null})").get<progress_record>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"task_id":"1","as_of":"2024-06-30","completion":"-5"})").get<progress_record>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"task_id":"1","as_of":"2024-06-30","completion":null,"stated":"done"})").get<progress_record>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"task_id":"1","as_of":"2024-06-30","completion":null,"stated":1})").get<progress_record>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"task_id":"1","as_of":"2024-06-30","completion":null,"completion_text":1})").get<progress_record>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"id":"1","metric":"m","category":"","lead_units":[],"period":null,"weight":"0","quantities":[]})")
                        .get<target>(),
                    parse_error);
    CHECK_THROWS_AS(json::parse(R"({"pace":"50","cap":"100","missing_policy":"excluded","tolerance":"0","ahead_band":"10","tasks":2,"reported":2,"missing":1,"behind":0,"on_pace":0,"ahead":0,"completed":0,"over_achieved":0,"weighted_sum":"0","weight_sum":"0"})")
                        .get<summary>(),
                    domain_error);
    CHECK_THROWS_AS(json::parse(R"({"bound":"sideways","direction":"higher_is_better","value":"1个"})").get<target_quantity>(),
                    parse_error);
}

TEST_CASE("JSON documents: read back equal, and every error says which member and where") {
    std::vector<progress_record> records{
        {"1", parse_date("2024-06-30"), share(52_dec), "52%", std::nullopt, {quantity::parse("370亿元")}, "按序时"},
        {"2", parse_date("2024-06-30"), std::nullopt, "滞后，原因是…", stated_status::behind, {}, ""}};
    CHECK(read_progress_json(json(records).dump(2), "p.json") == records);
    CHECK(read_progress_json("[]", "p.json").empty());
    std::map<std::string, summary, std::less<>> groups;
    groups.emplace("区住建局", summary(exact_share(fraction(50))));
    CHECK(read_summaries_json(json(groups).dump(), "s.json") == groups);
    try {
        (void)read_progress_json("[\n  " + json(records[0]).dump() + ",\n  {\"task_id\": \"2\", \"as_of\": \"2024-13-01\", \"completion\": null}\n]",
                                 "p.json");
        FAIL("a bad date was read");
    } catch (const read_error& e) {
        CHECK(e.line() == 3);
        CHECK(e.column() == 3);
        CHECK(e.reason().starts_with("progress record 2: cannot read a date from \"2024-13-01\""));
    }
    // nlohmann's own type errors become read_errors too.
    CHECK_THROWS_WITH_AS(read_targets_json("[{\"id\":\"1\",\"metric\":\"m\",\"category\":\"\",\"lead_units\":[1],\"period\":null,"
                                           "\"weight\":\"1\",\"quantities\":[]}]", "t.json"),
                         doctest::Contains("t.json:1:2: target 1: type must be string, but is number"), read_error);
    CHECK_THROWS_WITH_AS(read_summaries_json("{\"a\":{},\n\"a\":{}}", "s.json"), doctest::Contains("s.json:2:1: the key \"a\" is given twice"),
                         read_error);
}
