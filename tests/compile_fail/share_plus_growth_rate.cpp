// A share plus a growth rate must not compile: a growth rate is never silently a share.
#include <govtarget/rate.hpp>

using namespace govtarget;

int main() {
    const share coverage(24.5_dec);
    const growth_rate rate(5.5_dec);
#ifdef GOVTARGET_NONSENSE
    auto nonsense = coverage + rate;
#else
    auto nonsense = coverage + (rate - growth_rate(4.5_dec));  // points move a share
#endif
    (void)rate;
    (void)nonsense;
}
