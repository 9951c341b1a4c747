#pragma once
// Normalises report text for reading numbers, remembering where each byte came from:
// full-width digits and signs become ASCII (３８．３％ → 38.3%), OCR's stray spaces inside
// numbers go ("38 .3%", "1. 9%"), and a line broken inside a sentence by a newspaper
// column is joined again. Traditional text is read as Simplified, byte for byte.

#include <govtarget/detail/traditional_chinese.hpp>
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
        // The same length: every offset into the Simplified form is one into the original.
        if (const auto simplified = simplified_if_traditional(original)) {
            traditional_ = true;
            normalize(*simplified);
        } else {
            normalize(original);
        }
    }

    std::string_view text() const noexcept { return text_; }
    // Whether the original was Traditional text (read as Simplified).
    bool traditional() const noexcept { return traditional_; }

private:
    void normalize(std::string_view original) {
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
                // "5 ⏎5%": the spaces and the line break are one break of the number.
                if (j < original.size() && (original[j] == '\n' || original[j] == '\r')) {
                    if (const std::size_t end = line_break(original, i, j, false); end > i) {
                        i = end;
                        continue;
                    }
                }
            }
            // A line broken inside a sentence.
            if (rest[0] == '\n' || rest[0] == '\r') {
                i = line_break(original, i, i, true);
                continue;
            }
            text_ += original[i];
            ++i;
        }
        anchors_.push_back({text_.size(), original.size()});
    }

public:

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
        if (s.starts_with("\xE2\x80\x8B") || s.starts_with("\xEF\xBB\xBF")) return 3;  // zero-width space, BOM: web pages' line fillers
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

    // Where a run of line breaks, and the spaces around them, ends.
    static std::size_t line_break_end(std::string_view s, std::size_t j) noexcept {
        while (j < s.size() && (s[j] == '\n' || s[j] == '\r' || space_length(s.substr(j)) > 0))
            j += s[j] == '\n' || s[j] == '\r' ? 1 : space_length(s.substr(j));
        return j;
    }

    // The line break at original[newline], after the spaces from at: joined, or kept as one
    // newline when keep (else nothing is done and at is returned). Returns where it ends.
    std::size_t line_break(std::string_view original, std::size_t at, std::size_t newline, bool keep) {
        const std::size_t end = line_break_end(original, newline);
        if (joins_across_lines(original.substr(end))) {
            join_lines(at, end);
            return end;
        }
        if (!keep) return at;
        replace(at, end - at, '\n');  // one newline for the run, so paragraphs stay apart
        segment_starts_.clear();
        return end;
    }

    // Drops the break [at, end); what follows is the next column segment of the same line.
    void join_lines(std::size_t at, std::size_t end) {
        drop(at, end - at);
        segment_starts_.push_back(text_.size());
    }

    // next is the original text after the break; the text before it is already normalised.
    bool joins_across_lines(std::string_view next) const {
        const std::string_view before = without_trailing_spaces(text_);
        if (before.empty() || next.empty()) return false;
        if (number_broken(before, next)) return true;
        if (ends_sentence(before)) return false;
        const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        std::string_view line = before.substr(line_start);
        while (line.starts_with(" ")) line.remove_prefix(1);
        if (heading_line(line) || is_unnumbered_heading(before, line_start, line, next)) return false;
        if (opens_item(next)) return false;
        // A list's line ends at its quantity (增长5%左右⏎城镇新增就业…); a sentence goes on.
        const bool item_end = ends_item(before);
        if (item_end && !continues_quantity(next) && !fills_column(before, line_start)) return false;
        // Both sides must be text (not markup lines such as 序号 headers or list markers).
        const auto first = static_cast<unsigned char>(next[0]);
        const auto last = static_cast<unsigned char>(before.back());
        return (first >= 0x80 || is_ascii_digit(next[0])) && (last >= 0x80 || is_ascii_digit(before.back()) || (last == '%' && item_end));
    }

    static std::string_view without_trailing_spaces(std::string_view s) noexcept {
        for (;;) {
            if (s.ends_with(" ") || s.ends_with("\t")) s.remove_suffix(1);
            else if (s.ends_with("\xE3\x80\x80")) s.remove_suffix(3);
            else if (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
            else return s;
        }
    }

    // Columns are measured in half-width cells: a CJK character takes two, ASCII one.
    static std::size_t display_width(std::string_view s) noexcept {
        std::size_t width = 0;
        for (const char c : s) {
            const auto b = static_cast<unsigned char>(c);
            width += b < 0x80 ? 1 : b >= 0xC0 ? 2 : 0;
        }
        return width;
    }

    // The segment since the last join is as wide as the line's segments before it: the column
    // broke it, so a quantity at its end is no item's end. One cell of slack each side; a
    // column is eight characters wide at least (narrower ones are a table's cells).
    bool fills_column(std::string_view before, std::size_t line_start) const {
        if (segment_starts_.empty()) return false;
        std::size_t column = 0, from = line_start;
        for (const std::size_t start : segment_starts_) {
            const std::size_t to = std::clamp(start, from, before.size());
            column = std::max(column, display_width(without_trailing_spaces(before.substr(from, to - from))));
            from = to;
        }
        return column >= 16 && display_width(before.substr(from)) + 3 >= column;
    }

    // A number broken at its decimal point or before its sign: 5.⏎5%, 5⏎.5%, 5⏎%.
    static bool number_broken(std::string_view before, std::string_view next) noexcept {
        if (before.size() >= 2 && before.back() == '.' && is_ascii_digit(before[before.size() - 2]))
            return digit_width(next) > 0 && !begins_line(before.substr(0, before.size() - 1));  // not "2." numbering a line
        if (!is_ascii_digit(before.back())) return false;
        if (next.starts_with(".") || next.starts_with("．")) return digit_width(next.substr(next[0] == '.' ? 1 : 3)) > 0;
        return next.starts_with("%") || next.starts_with("％");
    }
    // Whether the digits s ends with are all its last line has.
    static bool begins_line(std::string_view s) noexcept {
        while (!s.empty() && is_ascii_digit(s.back())) s.remove_suffix(1);
        return s.empty() || s.back() == '\n';
    }

    // The line before a join must stop mid-sentence: not after 。！？；：or a closing bracket.
    static bool ends_sentence(std::string_view before) noexcept {
        for (std::string_view end : {"。", "！", "？", "；", "：", ")", "）", "”", "」", "!", "?", ";", ":"})
            if (before.ends_with(end)) return true;
        return false;
    }

    // A heading's line: 三、全面加强政府自身建设, (一)…, ■…, 第…
    static bool heading_line(std::string_view line) {
        if (line.starts_with("(") || line.starts_with("（") || line.starts_with("■") || line.starts_with("第")) return true;
        std::size_t k = 0;
        while (k < line.size() && numeral_at(line.substr(k))) k += 3;
        return k > 0 && line.substr(k).starts_with("、");
    }

    // The next line opens an item of its own: (1), 第…, 1. or 1、, 一、, or a bullet.
    static bool opens_item(std::string_view next) {
        if (next[0] == '(' || next.starts_with("（") || next.starts_with("第")) return true;
        std::size_t k = 0;
        while (k < next.size() && digit_width(next.substr(k)) > 0) k += digit_width(next.substr(k));
        if (k > 0 && next.substr(k).starts_with("、")) return true;
        if (k > 0 && (next.substr(k).starts_with(".") || next.substr(k).starts_with("．")))
            return !decimal_quantity(next.substr(k + (next[k] == '.' ? 1 : 3)));  // 5.5%左右 is no "5." item
        for (std::string_view numeral : {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"})
            if (next.starts_with(numeral)) return true;
        const auto lead = static_cast<unsigned char>(next[0]);
        if (lead != 0xE2 && lead != 0xC2 && lead != 0xE3) return false;  // every bullet's first byte
        for (std::string_view bullet : bullets)
            if (next.starts_with(bullet)) return !(bullet == "○" && numeral_at(next.substr(bullet.size())));  // 二○二四
        return false;
    }
    static constexpr std::string_view bullets[] = {"•", "·", "●", "◆", "▪", "■", "□", "◇", "○", "★", "☆", "▲", "△", "▶", "►", "◎", "❖", "※", "・"};

    // Units that close a quantity (1200亿元, 1.2万人, 0.2个百分点, 1.4万亿斤), and those that may
    // stand between it and its number. A measure word (3个, 5家) is not here: its noun follows.
    static constexpr std::string_view closing_units = "元人次吨斤亩里米顷瓦时度煤倍点岁天克升";
    static constexpr std::string_view inner_units = "万亿千百十个分公平方立标准小美港多余";
    static bool ends_with_unit(std::string_view s, std::string_view units) noexcept {
        return s.size() >= 3 && units.find(s.substr(s.size() - 3)) != std::string_view::npos;  // 3-byte characters only
    }

    // After "5." on a new line, digits and a unit: a decimal (5.5%左右), not item 5.
    static bool decimal_quantity(std::string_view s) noexcept {
        std::size_t k = 0;
        while (k < s.size() && digit_width(s.substr(k)) > 0) k += digit_width(s.substr(k));
        if (k == 0) return false;
        s.remove_prefix(k);
        if (s.starts_with("%") || s.starts_with("％") || s.starts_with("‰")) return true;
        const std::string_view c = s.substr(0, 3);
        return c.size() == 3 && (closing_units.find(c) != std::string_view::npos || inner_units.find(c) != std::string_view::npos);
    }

    // The line ends as a list's item does: on a quantity, perhaps with its bound.
    static bool ends_item(std::string_view s) noexcept {
        bool bound = false;
        for (std::string_view word : {"以上", "以下", "以内", "左右", "上下"})
            if (!bound && s.ends_with(word)) {
                s.remove_suffix(word.size());
                bound = true;
            }
        if (s.ends_with("%") || s.ends_with("‰")) return true;
        if (!ends_with_unit(s, closing_units)) return false;
        const bool points = s.ends_with("百分点");
        for (int k = 0; k < 6 && (ends_with_unit(s, closing_units) || ends_with_unit(s, inner_units)); ++k) s.remove_suffix(3);
        if (!s.empty() && is_ascii_digit(s.back())) return true;
        return (bound || points) && s.size() >= 3 && numeral_at(s.substr(s.size() - 3));  // 一倍以上, 一个百分点
    }

    // What carries a quantity on: its bound, 的, 和, a unit's tail (人⏎次), punctuation.
    static bool continues_quantity(std::string_view next) noexcept {
        for (std::string_view word : {"以上", "以下", "以内", "左右", "上下", "之", "的", "和", "与", "及", "或", "等", "至", "到", "并",
                                      "次", "时", "标准煤", "，", "、", "。", "；", "：", "！", "？", "）", "》", "”", "’", "」", "』",
                                      "…", "—", "～", "％", "%"})
            if (next.starts_with(word)) return true;
        return false;
    }

    // "“十四五”时期发展成就和2025年工作回顾" on a line of its own: a paragraph's first line, short,
    // without punctuation, and followed by a much longer line — a heading, not a column's line.
    static bool is_unnumbered_heading(std::string_view before, std::size_t line_start, std::string_view line,
                                      std::string_view next) {
        if (line.size() > 40 * 3 || line.size() < 4 * 3) return false;
        for (std::string_view mark : {"，", "。", "；", "：", "！", "？", "、", ",", ";", ":"})
            if (line.find(mark) != std::string_view::npos) return false;
        // It names a part of a report: 回顾, 目标, 任务, 工作, 成就, 安排, 要求, 总结, 计划, 举措.
        bool names_part = false;
        for (std::string_view word : {"回顾", "目标", "任务", "工作", "成就", "安排", "要求", "总结", "计划", "举措"})
            names_part = names_part || line.find(word) != std::string_view::npos;
        if (!names_part) return false;
        std::string_view previous = before.substr(0, line_start);
        while (!previous.empty() && (previous.back() == '\n' || previous.back() == ' ')) previous.remove_suffix(1);
        bool paragraph_start = previous.empty();
        for (std::string_view end : {"。", "！", "？", "：", "”", "）"})
            if (previous.ends_with(end)) paragraph_start = true;
        const std::size_t next_line = std::min(next.find('\n'), next.size());
        return paragraph_start && next_line >= 2 * line.size();
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
    bool traditional_ = false;
    std::vector<std::size_t> segment_starts_;  // where the current line was joined, in text_
    std::vector<std::pair<std::size_t, std::size_t>> anchors_;  // (normalised, original) at each edit
};

}  // namespace govtarget::detail
