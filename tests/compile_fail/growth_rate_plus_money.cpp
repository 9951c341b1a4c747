// A growth rate plus money must not compile: apply() grows an amount by a rate.
#include <govtarget/money.hpp>
#include <govtarget/rate.hpp>

using namespace govtarget;

int main() {
    const auto revenue = money<cny>::parse("91亿元");
    const growth_rate rate(5.5_dec);
#ifdef GOVTARGET_NONSENSE
    auto nonsense = rate + revenue;
#else
    auto nonsense = revenue * 2;
#endif
    (void)rate;
    (void)nonsense;
}
