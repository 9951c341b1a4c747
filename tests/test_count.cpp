#include <govtarget/count.hpp>

#include <doctest/doctest.h>

#include <random>

using namespace govtarget;

TEST_CASE("counts with their measure word") {
    const count firms = count::parse("84家");  // 新增国家高新技术企业84家
    CHECK(firms.value() == 84_dec);
    CHECK(firms.label().text() == "家");
    CHECK(firms.to_string() == "84家");
    CHECK(count::parse("4宗").to_string() == "4宗");
    CHECK(count::parse("5000套(间)").label() == measure_word::parse("套(间)"));
    CHECK(count::parse("5000套（间）") == count::parse("5000套(间)"));
    CHECK(count::parse("1800名") + count::parse("20名") == count::parse("1820名"));
    CHECK(count::parse("3场次").label().text() == "场次");
    CHECK(count::parse("3万人次").value() == 30'000_dec);
}

TEST_CASE("magnitudes: 4万名 = 40000名") {
    const count jobs = count::parse("4万名");
    CHECK(jobs.value() == 40'000_dec);
    CHECK(jobs == count::parse("40000名"));
    CHECK(jobs.to_string() == "4万名");
    CHECK(jobs.shown_in(magnitude::one).to_string() == "40000名");
    CHECK(count::parse("1.5万户").value() == 15'000_dec);
    CHECK(count(3_dec, measure_word::parse("人"), magnitude::wan).to_string() == "3万人");
    CHECK(count::parse("2千人").value() == 2000_dec);
    // At a scale, the number as shown is rounded: the magnitude stays.
    CHECK(jobs.to_string(1) == "4.0万名");
    CHECK(count::parse("4.56万名").to_string(1) == "4.6万名");
    CHECK(count::parse("4.55万名").to_string(1, rounding::half_even) == "4.6万名");
    CHECK(count::parse("84家").to_string(2) == "84.00家");
}

TEST_CASE("different measure words never add silently") {
    CHECK_THROWS_AS(count::parse("84家") + count::parse("3个"), unit_mismatch_error);
    CHECK_THROWS_AS(count::parse("84家") - count::parse("3个"), unit_mismatch_error);
    CHECK_THROWS_AS(ratio(count::parse("84家"), count::parse("3个")), unit_mismatch_error);
    try {
        (void)(count::parse("84家") + count::parse("3个"));
    } catch (const unit_mismatch_error& e) {
        CHECK(std::string(e.what()) == "govtarget: cannot add 84家 and 3个: different measure words (家, 个)");
    }
    CHECK_FALSE(count::parse("84家") == count::parse("84个"));
    CHECK((count::parse("84家") <=> count::parse("3个")) == std::partial_ordering::unordered);
    CHECK(count::parse("3家") < count::parse("84家"));
}

TEST_CASE("bad counts") {
    CHECK_THROWS_AS(count::parse("84"), parse_error);
    CHECK_THROWS_AS(count::parse("84只羊"), parse_error);
    CHECK_THROWS_AS(count::parse("家"), parse_error);
    CHECK_THROWS_AS(measure_word::parse("羊"), parse_error);
    CHECK_FALSE(count::try_parse("84亩").has_value());
    try {
        (void)count::parse("84xyz");
    } catch (const parse_error& e) {
        CHECK(e.offset() == 2);
        CHECK(e.reason() == "unknown measure word");
    }
}

TEST_CASE("count round trips over random values") {
    std::mt19937_64 random(84);
    std::uniform_int_distribution<std::int64_t> n(0, 1'000'000);
    std::uniform_int_distribution<std::size_t> word(0, measure_word::catalogue.size() - 1);
    std::uniform_int_distribution<int> m(0, 5);
    for (int i = 0; i < 5000; ++i) {
        const count c(decimal(n(random)), measure_word::parse(measure_word::catalogue[word(random)]),
                      static_cast<magnitude>(m(random)));
        CHECK(count::parse(c.to_string()) == c);
        CHECK((c + c) - c == c);
    }
}

TEST_CASE("a count or measure that overflows says which values") {
    const count many = count::parse("9000000000000000000家");
    CHECK_THROWS_WITH_AS(many + many, "govtarget: 9000000000000000000家 + 9000000000000000000家 overflows a count", overflow_error);
    CHECK_THROWS_WITH_AS(many - (-many), "govtarget: 9000000000000000000家 - -9000000000000000000家 overflows a count",
                         overflow_error);
    std::mt19937_64 random(3);
    std::uniform_int_distribution<std::int64_t> n(0, 4'000'000'000'000'000'000);
    for (int i = 0; i < 2000; ++i) {
        const count a(decimal(n(random)), measure_word::parse("个"));
        const count b(decimal(n(random)), measure_word::parse("个"));
        __extension__ typedef __int128 wide;
        const wide exact = wide{a.value().mantissa()} * 2 + b.value().mantissa();
        if (exact > INT64_MAX) {
            CHECK_THROWS_AS(a + a + b, overflow_error);
        } else {
            CHECK((a + a + b).value() == decimal(static_cast<std::int64_t>(exact)));
        }
    }
}

TEST_CASE("a sum of counts is shown alike in either order") {
    const count wan = count::parse("4万名");
    const count ones = count::parse("5000名");
    CHECK((wan + ones).to_string() == "4.5万名");
    CHECK((ones + wan).to_string() == "4.5万名");
    CHECK((ones - wan).to_string() == "-3.5万名");
    CHECK((wan - ones).to_string() == "3.5万名");
    CHECK((count::parse("84家") + count::parse("3家")).to_string() == "87家");
    std::mt19937_64 random(45);
    std::uniform_int_distribution<std::int64_t> n(-1'000'000, 1'000'000);
    std::uniform_int_distribution<int> m(0, 5);
    for (int i = 0; i < 2000; ++i) {
        const count a(decimal::from_mantissa(n(random), 1), measure_word::parse("名"), static_cast<magnitude>(m(random)));
        const count b(decimal::from_mantissa(n(random), 1), measure_word::parse("名"), static_cast<magnitude>(m(random)));
        CAPTURE(a);
        CAPTURE(b);
        CHECK(identical(a + b, b + a));
        CHECK(identical(a - b, -(b - a)));
        CHECK((a + b).to_string() == (b + a).to_string());
        CHECK((a - b).to_string() == (-(b - a)).to_string());
    }
    CHECK(wan == count::parse("40000名"));
    CHECK_FALSE(identical(wan, count::parse("40000名")));
    CHECK(identical(wan, count::parse("40000名").shown_in(magnitude::wan)));
}
