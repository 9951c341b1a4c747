#pragma once
// Normalises report text for reading numbers, remembering where each byte came from:
// full-width digits and signs become ASCII (３８．３％ → 38.3%), OCR's stray spaces inside
// numbers go ("38 .3%", "1. 9%"), and a line broken inside a sentence by a newspaper
// column is joined again.

#include <govtarget/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget::detail {

inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

class normalized_text {
public:
    explicit normalized_text(std::string_view original) : original_size_(original.size()) {
        text_.reserve(original.size());
        std::size_t i = 0;
        while (i < original.size()) {
            // Most bytes are copied as they are: only these can start something to normalise
            // (full-width forms EF…, the ideographic space E3…, the no-break space C2…).
            const auto lead = static_cast<unsigned char>(original[i]);
            static constexpr auto special_byte = [] {
                std::array<bool, 256> table{};
                for (const int c : {0xEF, 0xE3, 0xC2, int{' '}, int{'\t'}, int{'\n'}, int{'\r'}}) table[static_cast<std::size_t>(c)] = true;
                return table;
            }();
            const auto plain = [](unsigned char c) { return !special_byte[c]; };
            if (plain(lead)) {
                std::size_t end = i + 1;
                while (end < original.size() && plain(static_cast<unsigned char>(original[end]))) ++end;
                text_.append(original, i, end - i);
                i = end;
                continue;
            }
            const std::string_view rest = original.substr(i);
            const char previous = text_.empty() ? '\0' : text_.back();
            // A multi-byte character that is none of the forms handled below is copied whole.
            if (lead >= 0xC2 && rest.size() >= 2) {
                const auto b1 = static_cast<unsigned char>(rest[1]);
                const auto b2 = rest.size() >= 3 ? static_cast<unsigned char>(rest[2]) : 0u;
                const bool special = (lead == 0xEF && ((b1 == 0xBC && ((b2 >= 0x90 && b2 <= 0x99) || b2 == 0x85 || b2 == 0x8E ||
                                                                      b2 == 0x8D || (b2 == 0x8C && is_ascii_digit(previous)))) ||
                                                       (b1 == 0xBD && b2 == 0x9E))) ||
                                     (lead == 0xE3 && b1 == 0x80 && b2 == 0x80) || (lead == 0xC2 && b1 == 0xA0);
                if (!special) {
                    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                    text_.append(original, i, std::min(length, rest.size()));
                    i += std::min(length, rest.size());
                    continue;
                }
            }
            // Full-width digits.
            if (rest.size() >= 3 && rest[0] == '\xEF' && rest[1] == '\xBC' &&
                static_cast<unsigned char>(rest[2]) >= 0x90 && static_cast<unsigned char>(rest[2]) <= 0x99) {
                replace(i, 3, static_cast<char>('0' + (static_cast<unsigned char>(rest[2]) - 0x90)));
                i += 3;
                continue;
            }
            if (rest.starts_with("％")) {
                replace(i, 3, '%');
                i += 3;
                continue;
            }
            if (rest.starts_with("．") && is_ascii_digit(previous)) {
                replace(i, 3, '.');
                i += 3;
                continue;
            }
            // A full-width comma between thousands: 9，000万元.
            if (rest.starts_with("，") && is_ascii_digit(previous) && thousands_group_follows(rest.substr(3))) {
                replace(i, 3, ',');
                i += 3;
                continue;
            }
            if ((rest.starts_with("－") || rest.starts_with("～")) && is_ascii_digit(previous)) {
                replace(i, 3, rest.starts_with("－") ? '-' : '~');
                i += 3;
                continue;
            }
            // Spaces inside a number: "38 .3", "1. 9", "5 %".
            if (const std::size_t space = space_length(rest); space > 0 && (is_ascii_digit(previous) || previous == '.')) {
                std::size_t j = i;
                while (j < original.size() && space_length(original.substr(j)) > 0) j += space_length(original.substr(j));
                const std::string_view next = original.substr(j);
                const bool joins = !next.empty() && (is_ascii_digit(next[0]) || (next[0] == '.' && previous != '.') ||
                                                     next[0] == '%' || next.starts_with("％") ||
                                                     (previous == '.' && next.starts_with("\xEF\xBC")));
                if (joins) {
                    drop(i, j - i);
                    i = j;
                    continue;
                }
            }
            // A line broken inside a sentence.
            if (rest[0] == '\n' || rest[0] == '\r') {
                std::size_t j = i;
                while (j < original.size() &&
                       (original[j] == '\n' || original[j] == '\r' || space_length(original.substr(j)) > 0))
                    j += original[j] == '\n' || original[j] == '\r' ? 1 : space_length(original.substr(j));
                if (joins_across_lines(original.substr(j))) {
                    drop(i, j - i);
                    i = j;
                    continue;
                }
                // Keep one newline for the run, so paragraphs stay apart.
                replace(i, j - i, '\n');
                i = j;
                continue;
            }
            text_ += original[i];
            ++i;
        }
        anchors_.push_back({text_.size(), original.size()});
    }

    std::string_view text() const noexcept { return text_; }

    // The byte in the original that a normalised byte came from.
    std::size_t original_offset(std::size_t normalized) const {
        auto it = std::upper_bound(anchors_.begin(), anchors_.end(), normalized,
                                   [](std::size_t n, const std::pair<std::size_t, std::size_t>& a) { return n < a.first; });
        if (it == anchors_.begin()) return normalized;
        --it;
        return std::min(it->second + (normalized - it->first), original_size_);
    }

private:
    static std::size_t space_length(std::string_view s) noexcept {
        if (!s.empty() && (s[0] == ' ' || s[0] == '\t')) return 1;
        if (s.starts_with("\xE3\x80\x80")) return 3;  // ideographic space
        if (s.starts_with("\xC2\xA0")) return 2;      // no-break space
        return 0;
    }

    // Bytes of the ASCII or full-width digit at the start of s, or 0.
    static std::size_t digit_width(std::string_view s) noexcept {
        if (!s.empty() && is_ascii_digit(s[0])) return 1;
        if (s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBC' && static_cast<unsigned char>(s[2]) >= 0x90 &&
            static_cast<unsigned char>(s[2]) <= 0x99)
            return 3;
        return 0;
    }
    // Exactly three digits, then no digit or decimal point: the group after a thousands comma.
    static bool thousands_group_follows(std::string_view s) noexcept {
        for (int k = 0; k < 3; ++k) {
            const std::size_t w = digit_width(s);
            if (w == 0) return false;
            s.remove_prefix(w);
        }
        return digit_width(s) == 0 && !s.starts_with(".") && !s.starts_with("．");
    }

    static bool numeral_at(std::string_view s) {
        for (std::string_view numeral : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
            if (s.starts_with(numeral)) return true;
        return false;
    }

    bool joins_across_lines(std::string_view next) const {
        if (text_.empty() || next.empty()) return false;
        // The line before must stop mid-sentence: not after 。！？；：or a closing bracket.
        std::string_view before = text_;
        while (!before.empty() && (before.back() == ' ')) before.remove_suffix(1);
        for (std::string_view end : {"。", "！", "？", "；", "：", ")", "）", "”", "」", "!", "?", ";", ":"})
            if (before.ends_with(end)) return false;
        if (before.empty()) return false;
        // Nor after a heading line: 三、全面加强政府自身建设, (一)…, 1.…
        const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        std::string_view line = before.substr(line_start);
        while (line.starts_with(" ")) line.remove_prefix(1);
        if (line.starts_with("(") || line.starts_with("（") || line.starts_with("■") || line.starts_with("第")) return false;
        {
            std::size_t k = 0;
            while (k < line.size() && numeral_at(line.substr(k))) k += 3;
            if (k > 0 && line.substr(k).starts_with("、")) return false;
        }
        // Both sides must be text (not markup lines such as 序号 headers or list markers).
        const unsigned char first = static_cast<unsigned char>(next[0]);
        if (next[0] == '(' || next.starts_with("（") || next.starts_with("■") || next.starts_with("第")) return false;
        if (is_ascii_digit(next[0])) {
            std::size_t k = 0;
            while (k < next.size() && is_ascii_digit(next[k])) ++k;
            if (k < next.size() && (next[k] == '.' || next.substr(k).starts_with("、"))) return false;
        }
        for (std::string_view numeral : {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"})
            if (next.starts_with(numeral)) return false;
        const unsigned char last = static_cast<unsigned char>(before.back());
        return (first >= 0x80 || is_ascii_digit(next[0])) && (last >= 0x80 || is_ascii_digit(before.back()));
    }

    void replace(std::size_t original_at, std::size_t original_length, char with) {
        anchors_.push_back({text_.size(), original_at});
        text_ += with;
        anchors_.push_back({text_.size(), original_at + original_length});
    }
    void drop(std::size_t original_at, std::size_t original_length) {
        anchors_.push_back({text_.size(), original_at + original_length});
    }

    std::string text_;
    std::size_t original_size_;
    std::vector<std::pair<std::size_t, std::size_t>> anchors_;  // (normalised, original) at each edit
};

}  // namespace govtarget::detail
