// Adding money to an area must not compile. Built without GOVTARGET_NONSENSE it must compile,
// so the test fails only for the nonsense expression.
#include <govtarget/area.hpp>
#include <govtarget/money.hpp>

using namespace govtarget;

int main() {
    const auto investment = money<cny>::parse("740亿元");
    const auto land = area::parse("148亩");
#ifdef GOVTARGET_NONSENSE
    auto nonsense = investment + land;
#else
    auto nonsense = investment + investment;
#endif
    (void)land;
    (void)nonsense;
}
