// The quantity reader never throws on text, keeps every span inside the input, and every
// value it reads prints back to an equal value.
#include <govtarget/quantity_reader.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    std::vector<reading_issue> issues;
    for (const auto& q : read_quantities(text, issues)) {
        if (q.begin > q.number_begin || q.number_begin > q.number_end || q.number_end > q.end || q.end > size) __builtin_trap();
        if (quantity::parse(q.value.to_exact_string()) != q.value) __builtin_trap();
        if (q.upper && q.bound != bound_kind::range) __builtin_trap();
    }
    std::size_t previous = 0;
    for (const auto& issue : issues) {
        if (issue.offset < previous || issue.offset + issue.length > size || issue.reason.empty()) __builtin_trap();
        previous = issue.offset;
    }
    return 0;
}
