#include <govtarget/govtarget.hpp>

#include <iostream>

int main() {
    using namespace govtarget;
    const area total = area::parse("148亩") + area::parse("1公顷");
    std::cout << "consumer: 148亩 + 1公顷 = " << total << '\n';
}
