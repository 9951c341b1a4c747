#pragma once
// What a table cell looks like on its own: a row number (12, 一), a section heading (一、…,
// (一)…, 第一部分), a list of unit names, a completion (52%, /, 已完成). The layouts use these
// to find rows in flattened text; the table reader to tell section rows from task rows.

#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

// What separates the units a 牵头单位 cell lists: a unit name never holds one. Not 和 or 以及,
// which names do hold (区发展和改革局).
inline constexpr std::string_view unit_separators[] = {"、", "，", ",", "；", ";", " ", "\t", "\r", "\n",
                                                       "\xE3\x80\x80", "\xC2\xA0", "／", "/"};

// "区发改局、区财政局" → {区发改局, 区财政局}; runs of separators count as one.
inline std::vector<std::string> split_units(std::string_view cell) {
    std::vector<std::string> units;
    std::size_t start = 0, i = 0;
    while (i < cell.size()) {
        std::size_t separator = 0;
        for (std::string_view s : unit_separators)
            if (cell.substr(i).starts_with(s)) {
                separator = s.size();
                break;
            }
        if (separator == 0) {
            ++i;
            continue;
        }
        if (i > start) units.emplace_back(cell.substr(start, i - start));
        i += separator;
        start = i;
    }
    if (start < cell.size()) units.emplace_back(cell.substr(start));
    return units;
}

// 一 … 九十九 as row numbers and headings write them; the bytes read go to `length`.
inline std::optional<unsigned> read_chinese_number(std::string_view text, std::size_t& length) {
    static constexpr std::array<std::string_view, 10> digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const auto digit_at = [&](std::size_t at) -> int {
        for (std::size_t d = 0; d < digits.size(); ++d)
            if (text.substr(at).starts_with(digits[d])) return static_cast<int>(d);
        return -1;
    };
    std::size_t i = 0;
    int tens = -1, ones = -1;
    if (const int d = digit_at(i); d > 0) ones = d, i += 3;
    if (text.substr(i).starts_with("十")) {
        tens = ones < 0 ? 1 : ones;
        ones = 0;
        i += 3;
        if (const int d = digit_at(i); d > 0) ones = d, i += 3;
    }
    if (ones < 0 && tens < 0) return std::nullopt;
    length = i;
    return static_cast<unsigned>((tens < 0 ? 0 : tens * 10) + ones);
}

// A cell that is only a row number: "12", "012", "12.", "9*", "一", "十二、". None for anything else.
inline std::optional<unsigned> read_row_number(std::string_view cell) {
    std::string_view text = trim(cell);
    for (std::string_view mark : {"*", "＊", "※"})  // a footnote mark: "9*"
        if (text.ends_with(mark) && text.size() > mark.size()) {
            text.remove_suffix(mark.size());
            break;
        }
    for (std::string_view mark : {".", "、", "．"})
        if (text.ends_with(mark) && text.size() > mark.size()) {
            text.remove_suffix(mark.size());
            break;
        }
    if (text.empty()) return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 5) return std::nullopt;
        return static_cast<unsigned>(std::stoul(std::string(text)));
    }
    std::size_t length = 0;
    const auto n = read_chinese_number(text, length);
    if (!n || length != text.size()) return std::nullopt;
    return n;
}

// "序号 3 follows 5 (expected 6)": a number column going backwards.
inline std::string number_goes_backwards(unsigned number, unsigned last) {
    return "序号 " + std::to_string(number) + " follows " + std::to_string(last) + " (expected " + std::to_string(last + 1) + ")";
}

// How a section heading is numbered: 一、 (0), (一) or （一） (1), 第一部分 / 第一章 (2). None
// for text that is not a heading with text after its number.
inline std::optional<int> section_heading_kind(std::string_view cell) {
    const std::string_view text = trim(cell);
    std::size_t length = 0;
    if (read_chinese_number(text, length)) {
        const std::string_view rest = text.substr(length);
        if (rest.starts_with("、") && !trim(rest.substr(3)).empty()) return 0;
        return std::nullopt;
    }
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}, {"(", "）"}, {"（", ")"}}) {
        if (!text.starts_with(open)) continue;
        const std::string_view inner = text.substr(open.size());
        if (read_chinese_number(inner, length) && inner.substr(length).starts_with(close) &&
            !trim(inner.substr(length + close.size())).empty())
            return 1;
    }
    if (text.starts_with("第") && read_chinese_number(text.substr(3), length)) {
        const std::string_view rest = text.substr(3 + length);
        for (std::string_view word : {"部分", "章", "篇", "类", "大类", "板块", "方面"})
            if (rest.starts_with(word)) return 2;
    }
    return std::nullopt;
}

// A cell that is a list of unit names: each ends as an organisation's name does, or was seen
// as a lead unit before; none is prose.
inline bool looks_like_units(std::string_view cell, const table_vocabulary& words,
                             const std::set<std::string, std::less<>>& seen = {}) {
    const std::string_view text = trim(cell);
    if (text.empty() || seen.contains(text)) return !text.empty();
    for (std::string_view stop : {"。", "%", "％", "：", ":"})
        if (text.find(stop) != std::string_view::npos) return false;
    // Prose is full of ，and ；: units parted by them must all be known ones.
    bool prose_separators = false;
    for (std::string_view mark : {"，", ",", "；", ";"})
        if (text.find(mark) != std::string_view::npos) prose_separators = true;
    const std::vector<std::string> units = split_units(text);
    return !units.empty() && std::all_of(units.begin(), units.end(), [&](const std::string& unit) {
        if (seen.contains(unit)) return true;
        if (prose_separators || character_count(unit) > 24) return false;
        return words.is_unit_name(unit);
    });
}

// A cell that is a plain number, a percent or a not-reported mark, as a completion column
// writes them: "52%", "100", "/", "—".
inline bool is_percent_or_mark(std::string_view cell) {
    std::string_view text = trim(cell);
    if (!text.empty() && is_not_reported_mark(text)) return true;
    if (text.ends_with("%")) text.remove_suffix(1);
    else if (text.ends_with("％")) text.remove_suffix(3);
    return !text.empty() && text.size() <= 12 &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

// A completion as a table states it in a word or a number (not prose).
inline bool looks_like_completion(std::string_view cell, const stated_status_vocabulary& statuses) {
    return is_percent_or_mark(cell) || read_stated_status(cell, statuses).has_value();
}

// A cell that starts a numbered list item: "1.", "2、", "(3)", "（3）"; the number or none.
inline std::optional<unsigned> list_item_number(std::string_view cell) {
    std::string_view text = trim(cell);
    bool bracketed = false;
    for (std::string_view open : {"(", "（"})
        if (text.starts_with(open)) text.remove_prefix(open.size()), bracketed = true;
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0) return std::nullopt;
    const std::string_view rest = text.substr(digits);
    const bool marked = bracketed ? (rest.starts_with(")") || rest.starts_with("）"))
                                  : (rest.starts_with(".") || rest.starts_with("、") || rest.starts_with("．"));
    if (!marked) return std::nullopt;
    // "1.5亿元" is a number, not an item.
    if (!bracketed && rest.starts_with(".") && rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9') return std::nullopt;
    return static_cast<unsigned>(std::stoul(std::string(text.substr(0, digits))));
}

}  // namespace govtarget::detail
