// The CSV readers for targets, progress records and summaries: what reads writes back to
// text that reads to an equal value; malformed text throws govtarget::error.
#include <govtarget/csv.hpp>

#include <cstdint>
#include <sstream>
#include <string_view>

namespace {
template <class Read, class Write>
void round_trip(std::string_view text, Read read, Write write) {
    try {
        const auto values = read(text, "fuzz");
        std::ostringstream out;
        write(out, values);
        if (read(out.str(), "again") != values) __builtin_trap();
    } catch (const govtarget::error&) {
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    round_trip(text, read_targets_csv, [](std::ostream& out, const auto& v) { write_targets_csv(out, v); });
    round_trip(text, read_progress_csv, [](std::ostream& out, const auto& v) { write_progress_csv(out, v); });
    round_trip(text, read_summary_csv, [](std::ostream& out, const auto& v) { write_summary_csv(out, v); });
    return 0;
}
