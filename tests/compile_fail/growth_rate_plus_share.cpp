// A growth rate plus a share must not compile, in this order either.
#include <govtarget/rate.hpp>

using namespace govtarget;

int main() {
    const growth_rate rate(5.5_dec);
    const share coverage(24.5_dec);
#ifdef GOVTARGET_NONSENSE
    auto nonsense = rate + coverage;
#else
    auto nonsense = rate + percentage_points(1_dec);  // points move a rate
#endif
    (void)coverage;
    (void)nonsense;
}
