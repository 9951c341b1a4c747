#include <govtarget/quantity.hpp>

#include <doctest/doctest.h>

#include <random>

using namespace govtarget;

TEST_CASE("values read from text know their kind") {
    struct row {
        const char* text;
        quantity_kind kind;
    };
    for (const row r : {row{"增长5.5%", quantity_kind::growth_rate}, row{"下降1.9%", quantity_kind::growth_rate},
                        row{"增长25%", quantity_kind::growth_rate}, row{"60%", quantity_kind::share},
                        row{"1个百分点", quantity_kind::percentage_points},
                        row{"740亿元", quantity_kind::money}, row{"3亿美元", quantity_kind::money},
                        row{"148亩", quantity_kind::area}, row{"50万平方米", quantity_kind::area},
                        row{"52.6公里", quantity_kind::length}, row{"84家", quantity_kind::count},
                        row{"4万名", quantity_kind::count}, row{"31微克/立方米", quantity_kind::other},
                        row{"50万千瓦", quantity_kind::other}}) {
        CAPTURE(r.text);
        const quantity q = quantity::parse(r.text);
        CHECK(q.kind() == r.kind);
        CHECK(q.to_string() == r.text);
        CHECK(quantity::parse(q.to_string()) == q);
    }
    CHECK(quantity::parse("同比增长25%") == quantity(growth_rate(25_dec)));
    CHECK(quantity::parse("148亩").kind_name() == "area");
    CHECK(quantity::parse("31微克/立方米").kind_name() == "other");
}

TEST_CASE("getting the static type back") {
    const quantity q = quantity::parse("740亿元");
    CHECK(q.holds<money<cny>>());
    CHECK_FALSE(q.holds<money<usd>>());
    CHECK(q.as<money<cny>>() == money<cny>::parse("740亿元"));
    CHECK(q.get_if<area>() == nullptr);
    CHECK_THROWS_AS(q.as<area>(), unit_mismatch_error);
    try {
        (void)q.as<area>();
    } catch (const unit_mismatch_error& e) {
        CHECK(std::string(e.what()) == "govtarget: expected an area, got 740亿元 (money)");
    }
    const std::string visited = q.visit([](const auto& value) { return value.to_string(); });
    CHECK(visited == "740亿元");
    const quantity built = area(148_dec, area_unit::mu);
    CHECK(built.kind() == quantity_kind::area);
}

TEST_CASE("text that is not a quantity") {
    for (const char* text : {"", "abc", "亿元", "5.5.5%", "增长", "下降-1%", "740", "增长5亿元"}) {
        CAPTURE(text);
        CHECK_FALSE(quantity::try_parse(text).has_value());
        CHECK_THROWS_AS(quantity::parse(text), parse_error);
    }
}

TEST_CASE("format then parse gives every kind back, over random values") {
    std::mt19937_64 random(2024);
    std::uniform_int_distribution<std::int64_t> n(-100'000'000, 100'000'000);
    std::uniform_int_distribution<int> scale(0, 2);
    for (int i = 0; i < 3000; ++i) {
        const decimal d = decimal::from_mantissa(n(random), scale(random));
        const decimal positive = abs(d);
        for (const quantity& q : {quantity(growth_rate(d)), quantity(share(d)), quantity(percentage_points(d)),
                                 quantity(money<cny>(d, cny_unit::wan_yuan)), quantity(area(d, area_unit::mu)),
                                 quantity(length(d, length_unit::kilometre)),
                                 quantity(count(positive, measure_word::parse("家"))),
                                 quantity(measure(positive, unit_label("微克/立方米")))}) {
            CAPTURE(q.to_string());
            CHECK(quantity::parse(q.to_string()) == q);
        }
    }
}

TEST_CASE("as<T>() names what was expected and what was there") {
    const quantity money_value = quantity::parse("740亿元");
    CHECK_THROWS_WITH_AS(money_value.as<growth_rate>(), doctest::Contains("expected a growth rate, got 740亿元"), unit_mismatch_error);
    CHECK_THROWS_WITH_AS(money_value.as<share>(), doctest::Contains("expected a share"), unit_mismatch_error);
    CHECK_THROWS_WITH_AS(money_value.as<percentage_points>(), doctest::Contains("expected percentage points"), unit_mismatch_error);
    CHECK_THROWS_WITH_AS(money_value.as<count>(), doctest::Contains("expected a count"), unit_mismatch_error);
    CHECK_THROWS_WITH_AS(money_value.as<measure>(), doctest::Contains("expected a measure"), unit_mismatch_error);
    CHECK_THROWS_WITH_AS(money_value.as<area>(), doctest::Contains("expected an area"), unit_mismatch_error);
    CHECK(money_value.as<money<cny>>() == money<cny>::parse("740亿元"));
}
