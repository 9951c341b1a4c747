// Pairing targets with results never throws anything but govtarget::error, and what it
// pairs stands in the input: the texts as written are the input's, a verdict other than
// not_comparable has a gap, not_comparable has none. The input is one notice, and, cut at
// its middle, last year's report and this year's.
#include <govtarget/table_pairs.hpp>
#include <govtarget/target_changes.hpp>

#include <cstdint>
#include <string_view>

namespace {

void check(const std::vector<govtarget::target_pair>& pairs, std::string_view targets, std::string_view results) {
    using govtarget::pair_verdict;
    for (const auto& p : pairs) {
        if (p.result_text.empty() || results.find(p.result_text) == std::string_view::npos) __builtin_trap();
        if (!p.target_text.empty() && targets.find(p.target_text) == std::string_view::npos) __builtin_trap();
        const bool has_gap = p.gap || p.gap_to_pace;
        if ((p.verdict == pair_verdict::not_comparable) == has_gap) __builtin_trap();
        if (has_gap && govtarget::gap_text(p).empty()) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace govtarget;
    check(pairs_in_notice(text), text, text);
    const std::string_view last = text.substr(0, size / 2), current = text.substr(size / 2);
    check(pairs_across_reports(last, current), last, current);
    for (const target_change& c : compare_reports(last, current)) {
        if (!c.old_text.empty() && last.find(c.old_text) == std::string_view::npos) __builtin_trap();
        if (!c.new_text.empty() && current.find(c.new_text) == std::string_view::npos) __builtin_trap();
        if ((c.status == change_status::added || c.status == change_status::dropped) == c.change.has_value()) __builtin_trap();
    }
    try {
        (void)pairs_in_document(text);
    } catch (const govtarget::error&) {
        // A table that is there but malformed: said, not crashed on.
    }
    return 0;
}
