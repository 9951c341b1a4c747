#include <govtarget/fmt.hpp>
#include <govtarget/govtarget.hpp>

int main() {
    using namespace govtarget;
    const area total = area::parse("148亩") + area::parse("1公顷");
    fmt::print("consumer: 148亩 + 1公顷 = {}\n", total);
}
