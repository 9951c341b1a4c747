// Value parsing: a quantity, money, area or length that parses prints back to an equal value.
#include <govtarget/area.hpp>
#include <govtarget/length.hpp>
#include <govtarget/money.hpp>
#include <govtarget/quantity.hpp>

#include <cstdint>
#include <string_view>

namespace {
template <class Value>
void round_trip(std::string_view text) {
    try {
        const Value value = Value::parse(text);
        if (Value::parse(value.to_exact_string()) != value) __builtin_trap();
    } catch (const govtarget::error&) {
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    try {
        const quantity q = quantity::parse(text);
        if (quantity::parse(q.to_exact_string()) != q) __builtin_trap();
        if (quantity::try_parse(text) != q) __builtin_trap();
    } catch (const error&) {
        if (quantity::try_parse(text)) __builtin_trap();
    }
    round_trip<money<cny>>(text);
    round_trip<money<usd>>(text);
    round_trip<area>(text);
    round_trip<length>(text);
    return 0;
}
