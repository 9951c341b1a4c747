// Decimal, value, period and date parsing: nothing but govtarget::error escapes, and what
// parses formats back to the same value.
#include <govtarget/govtarget.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    if (const auto d = decimal::try_parse(text))
        if (decimal::parse(d->to_string()) != *d || decimal::parse(d->to_string()).scale() != d->scale()) __builtin_trap();
    try {
        const quantity q = quantity::parse(text);
        if (quantity::parse(q.to_exact_string()) != q) __builtin_trap();
    } catch (const error&) {
    }
    try {
        const period p = period::parse(text);
        if (period::parse(p.to_string()) != p) __builtin_trap();
    } catch (const error&) {
    }
    try {
        (void)parse_date(text);
    } catch (const error&) {
    }
    try {
        (void)parse_completion(text);
    } catch (const error&) {
    }
    return 0;
}
