// The JSON readers for targets, progress records and summaries: nothing but govtarget::error
// escapes (nlohmann's own type errors included), and what reads writes back to an equal value.
#include <govtarget/json.hpp>

#include <cstdint>
#include <string_view>

namespace {
template <class Read>
void round_trip(std::string_view text, Read read) {
    try {
        const auto values = read(text, "fuzz");
        if (read(nlohmann::json(values).dump(), "again") != values) __builtin_trap();
    } catch (const govtarget::error&) {
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    round_trip(text, read_targets_json);
    round_trip(text, read_progress_json);
    round_trip(text, read_summaries_json);
    return 0;
}
