#pragma once
// JSON written by hand, for the writers that need no JSON library: a string literal with
// quotes, backslashes and control characters escaped.

#include <string>
#include <string_view>

namespace govtarget::detail {

// "区住建局" → "\"区住建局\""; a tab as \t, other control characters as \u00XX. UTF-8 is kept.
[[nodiscard]] inline std::string json_quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

[[nodiscard]] inline std::string_view json_bool(bool value) noexcept { return value ? "true" : "false"; }

}  // namespace govtarget::detail
