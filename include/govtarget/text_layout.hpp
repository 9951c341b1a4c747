#pragma once
// Laying out UTF-8 text in a terminal or a fixed-width report: columns counted as a terminal
// shows them (a CJK character takes two), and excerpts cut between characters.

#include <govtarget/detail/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace govtarget {

// Columns the text takes in a terminal: "区住建局" takes 8, "64.84%" 6.
[[nodiscard]] constexpr std::size_t display_width(std::string_view text) noexcept { return detail::display_width(text); }

// The text followed by spaces up to `columns` display columns; a wider text is kept whole.
[[nodiscard]] inline std::string pad_to_width(std::string_view text, std::size_t columns) {
    std::string out(text);
    const std::size_t used = display_width(text);
    if (used < columns) out.append(columns - used, ' ');
    return out;
}

// At most max_bytes of the text, cut between characters, with "…" when something was cut.
[[nodiscard]] inline std::string excerpt(std::string_view text, std::size_t max_bytes) {
    const std::string_view kept = detail::prefix_at_boundary(text, max_bytes);
    return std::string(kept) + (kept.size() < text.size() ? "…" : "");
}

}  // namespace govtarget
