// Value parsing: a quantity, money, area, length, count or measure that parses prints back to
// an equal value, and its try_parse agrees with parse: the same value, or the same message.
#include <govtarget/area.hpp>
#include <govtarget/length.hpp>
#include <govtarget/money.hpp>
#include <govtarget/quantity.hpp>

#include <cstdint>
#include <string_view>

namespace {
// The value's text for a file: exact where the type has such a form.
template <class Value>
std::string exact_text(const Value& value) {
    if constexpr (requires { value.to_exact_string(); }) return value.to_exact_string();
    else return value.to_string();
}

template <class Value>
void round_trip(std::string_view text) {
    const auto tried = Value::try_parse(text);
    try {
        const Value value = Value::parse(text);
        if (!tried || !(*tried == value)) __builtin_trap();
        if (!(Value::parse(exact_text(value)) == value)) __builtin_trap();
    } catch (const govtarget::parse_error& e) {
        if (tried || std::string_view(e.what()) != tried.error().what()) __builtin_trap();
    } catch (const govtarget::error&) {
        __builtin_trap();  // parse says why in a parse_error
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    round_trip<quantity>(text);
    round_trip<money<cny>>(text);
    round_trip<money<usd>>(text);
    round_trip<area>(text);
    round_trip<length>(text);
    round_trip<count>(text);
    round_trip<measure>(text);
    return 0;
}
