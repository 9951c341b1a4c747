// detail/exact_sum.hpp: the exact accumulator behind weighted completion.
#include <govtarget/detail/exact_sum.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("sums of decimals and products stay exact across scales") {
    detail::exact_sum a;
    a.add(0.1_dec);
    a.add(0.02_dec);
    a.add_product(3_dec, 0.333_dec);
    detail::exact_sum one;
    one.add(1_dec);
    CHECK(a.over(one) == fraction(1119, 1000));
    detail::exact_sum b;
    b.merge(a);
    CHECK(b == a);
    CHECK(detail::compare(0.5_dec, fraction(1, 2)) == std::strong_ordering::equal);
    CHECK(detail::compare(0.4_dec, fraction(1, 2)) == std::strong_ordering::less);
    CHECK(detail::compare(decimal(92), fraction(1100, 12)) == std::strong_ordering::greater);
    detail::exact_sum zero;
    CHECK_THROWS_AS(a.over(zero), domain_error);
}

TEST_CASE("the widest sums print and read back") {
    for (const char* text : {"170141183460469231731687303715884105727", "-170141183460469231731687303715884105727",
                             "-1701411834604692317316873037158841057.27", "0.000000000000000000000000000000000001"}) {
        CAPTURE(text);
        const auto sum = detail::exact_sum::from_string(text);
        REQUIRE(sum.has_value());
        CHECK(sum->to_string() == text);
    }
    CHECK_FALSE(detail::exact_sum::from_string("170141183460469231731687303715884105728").has_value());
    CHECK_FALSE(detail::exact_sum::from_string("1701411834604692317316873037158841057280").has_value());
    detail::exact_sum big;
    big.add_product(decimal(INT64_MIN), decimal(INT64_MIN));
    CHECK(big.to_string() == "85070591730234615865843651857942052864");
    big.add_product(decimal(INT64_MAX), decimal(INT64_MAX));
    CHECK(big.to_string() == "170141183460469231713240559642174554113");
    CHECK_THROWS_AS(big.add_product(decimal(INT64_MIN), decimal(INT64_MIN)), overflow_error);
    CHECK_THROWS_AS(big.add(0.1_dec), overflow_error);
}
