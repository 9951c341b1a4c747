#pragma once
// Text from documents put into HTML: shown as text, never read as markup.

#include <string>
#include <string_view>

namespace govtarget {

// &, <, >, " and ' as entities.
[[nodiscard]] inline std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace govtarget
