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
