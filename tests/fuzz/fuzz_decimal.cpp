// Decimal parsing and arithmetic: what parses prints back to itself, try_parse and parse
// agree (on the value, or on the error's message), and checked operations either throw
// govtarget::error or are exact ((a + b) − b == a, (a · b) / b == a).
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using govtarget::decimal;
    if (const auto d = decimal::try_parse(text)) {
        const decimal again = decimal::parse(d->to_string());
        if (again != *d || again.scale() != d->scale()) __builtin_trap();
    } else {
        try {
            (void)decimal::parse(text);
            __builtin_trap();  // try_parse and parse disagree
        } catch (const govtarget::parse_error& e) {
            if (std::string_view(e.what()) != d.error().what()) __builtin_trap();
        }
    }
    // Two operands: "a b".
    const auto space = text.find(' ');
    if (space == std::string_view::npos) return 0;
    const auto a = decimal::try_parse(text.substr(0, space));
    const auto b = decimal::try_parse(text.substr(space + 1));
    if (!a || !b) return 0;
    try {
        if ((*a + *b) - *b != *a) __builtin_trap();
    } catch (const govtarget::error&) {
    }
    try {
        const decimal product = *a * *b;
        if (!b->is_zero() && divide(product, *b, a->scale(), govtarget::rounding::half_even) != *a) __builtin_trap();
    } catch (const govtarget::error&) {
    }
    try {
        const decimal r = a->rounded(0, govtarget::rounding::floor);
        if (r > *a || *a - r >= decimal(1)) __builtin_trap();
    } catch (const govtarget::error&) {
    }
    return 0;
}
