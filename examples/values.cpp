// Reads value strings as the documents write them ("740亿元", "148亩", "增长5.5%") from the
// arguments, or one a line from standard input, and prints what govtarget makes of each.
#include <govtarget/govtarget.hpp>

#include <iostream>
#include <string>

namespace {

int show(const std::string& text) {
    using namespace govtarget;
    try {
        const quantity value = quantity::parse(text);
        std::cout << text << "\t" << value.kind_name() << "\t" << value;
        value.visit([](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, area>)
                std::cout << "\t= " << v.to_string(area_unit::square_metre, 2) << " = "
                          << v.in(area_unit::hectare) << " = " << v.in(area_unit::mu);
            else if constexpr (std::is_same_v<T, money<cny>>)
                std::cout << "\t= " << v.in(cny_unit::yuan);
            else if constexpr (std::is_same_v<T, count>)
                std::cout << "\t= " << v.shown_in(magnitude::one);
        });
        std::cout << '\n';
        return 0;
    } catch (const error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    int failures = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; ++i) failures += show(argv[i]);
    } else {
        std::string line;
        while (std::getline(std::cin, line))
            if (!line.empty()) failures += show(line);
    }
    return failures == 0 ? 0 : 1;
}
