// Period and date parsing: what parses prints back to itself; elapsed time is within [0, 1].
// Completion cells: a number or a status in words, never both, and never a negative number.
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    std::optional<period> parsed;
    try {
        parsed = period::parse(text);
        if (period::parse(parsed->to_string()) != *parsed) __builtin_trap();
    } catch (const error&) {
    }
    try {
        const date::year_month_day day = parse_date(text);
        if (!day.ok() || parse_date(date::format("%F", day)) != day) __builtin_trap();
        if (parsed) {
            const fraction elapsed = parsed->elapsed(day).value();
            if (elapsed < fraction(0) || elapsed > fraction(1)) __builtin_trap();
        }
    } catch (const error&) {
    }
    try {
        // A cell reads as a number or as words, never both; what it read as is kept as written.
        const completion_cell c = parse_completion(text);
        if (c.completion && c.completion->percent().is_negative()) __builtin_trap();
        if (c.completion && c.stated) __builtin_trap();
        if (c.text != text) __builtin_trap();
        if (c.stated != read_stated_status(text)) __builtin_trap();
    } catch (const error&) {
    }
    try {
        if (const auto c = parse_completion_percent(text); c && c->percent().is_negative()) __builtin_trap();
    } catch (const error&) {
    }
    return 0;
}
