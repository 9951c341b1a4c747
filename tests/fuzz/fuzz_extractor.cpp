// The target extractor never throws on text, keeps its spans inside the input and reports
// what it could not read.
#include <govtarget/target_extractor.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    std::vector<reading_issue> issues;
    const auto targets = extract_targets(text, issues);
    for (const auto& t : targets) {
        if (t.quantity.begin > t.quantity.end || t.quantity.end > size) __builtin_trap();
        (void)to_target_quantity(t);
    }
    if (extract_targets(text).size() != targets.size()) __builtin_trap();
    for (const auto& issue : issues)
        if (issue.offset + issue.length > size) __builtin_trap();
    return 0;
}
