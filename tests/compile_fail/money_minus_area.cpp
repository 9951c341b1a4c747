// Money minus an area must not compile.
#include <govtarget/area.hpp>
#include <govtarget/money.hpp>

using namespace govtarget;

int main() {
    const auto investment = money<cny>::parse("740亿元");
    const auto land = area::parse("148亩");
#ifdef GOVTARGET_NONSENSE
    auto nonsense = investment - land;
#else
    auto nonsense = investment - investment;
#endif
    (void)land;
    (void)nonsense;
}
