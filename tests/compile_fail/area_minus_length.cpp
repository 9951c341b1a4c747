// An area minus a length must not compile.
#include <govtarget/area.hpp>
#include <govtarget/length.hpp>

using namespace govtarget;

int main() {
    const auto land = area::parse("148亩");
    const auto road = length::parse("52.6公里");
#ifdef GOVTARGET_NONSENSE
    auto nonsense = land - road;
#else
    auto nonsense = land - land;
#endif
    (void)road;
    (void)nonsense;
}
