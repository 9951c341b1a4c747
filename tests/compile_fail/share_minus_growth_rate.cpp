// A share minus a growth rate must not compile: the difference of two levels is points, of a
// level and a rate nothing.
#include <govtarget/rate.hpp>

using namespace govtarget;

int main() {
    const share coverage(24.5_dec);
    const growth_rate rate(5.5_dec);
#ifdef GOVTARGET_NONSENSE
    auto nonsense = coverage - rate;
#else
    auto nonsense = coverage - share(20_dec);  // two levels differ by points
#endif
    (void)rate;
    (void)nonsense;
}
