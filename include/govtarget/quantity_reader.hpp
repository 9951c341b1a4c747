#pragma once
// Finds every quantity expression in UTF-8 Chinese text and reads it into a typed value
// with its bound: "实现固定资产投资740亿元以上" → 740亿元, at least, inclusive;
// "PM2.5平均浓度降至31微克/立方米以下" → 31微克/立方米, at most, lower is better;
// "出让工业用地4宗148亩" → 4宗 and 148亩; "各1-2个" → the range 1个..2个.
// Bound words read as 民法典 art. 1259 reads them: 以上/以下/以内 include the number,
// 超过/不满 exclude it. Each result carries its byte span in the input.

#include <govtarget/count.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/detail/normalize.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace govtarget {

enum class change_word { none, increase, decrease };

struct text_quantity {
    explicit text_quantity(quantity read) : value(std::move(read)) {}

    quantity value;                 // the lower end of a range
    std::optional<quantity> upper;  // a range's upper end
    bound_kind bound = bound_kind::point;
    bool inclusive = true;
    direction better = direction::higher_is_better;
    change_word change = change_word::none;
    std::string value_text;  // the number as written, normalised: "740", "1-2"
    std::string unit_text;   // the unit as written: "亿元", "万名", "%"
    std::size_t begin = 0;   // byte span in the input: bound and change words included
    std::size_t end = 0;
    std::size_t number_begin = 0;  // byte span of the number and its unit
    std::size_t number_end = 0;
    bool chinese_numeral = false;  // 三个, 两大: written in Chinese numerals
    friend bool operator==(const text_quantity&, const text_quantity&) = default;
};

// Something in the text the reader could not read and did not pass over in silence: bytes
// that are not UTF-8, control characters, a number with a unit that does not fit its type.
struct reading_issue {
    std::size_t offset = 0;  // byte span in the input
    std::size_t length = 0;
    std::size_t line = 0;    // 1-based; the column counted in characters
    std::size_t column = 0;
    std::string reason;

    // "source:3:14 (byte 40): reason: \"text\"", the text shown as detail::printable_excerpt shows it.
    std::string message(std::string_view source, std::string_view text) const {
        std::string shown(source);
        shown += ':' + std::to_string(line) + ':' + std::to_string(column) + " (byte " + std::to_string(offset) + "): ";
        shown += reason;
        shown += ": \"";
        shown += detail::printable_excerpt(text.substr(offset, length), 80);
        shown += '"';
        return shown;
    }
    friend bool operator==(const reading_issue&, const reading_issue&) = default;
};

namespace detail {

// Bound and change words. To add one: one row.
struct prefix_word {
    std::string_view text;
    bound_kind bound;
    bool inclusive;
    change_word change;
    bool sets_bound;  // false: only a change word
};

// Longest first within each family, so that 不低于 is not read as 低于.
inline constexpr auto words_before_number = std::to_array<prefix_word>({
    {"同比增长", bound_kind::point, true, change_word::increase, false},
    {"同比下降", bound_kind::point, true, change_word::decrease, false},
    {"年均增长", bound_kind::point, true, change_word::increase, false},
    {"增长", bound_kind::point, true, change_word::increase, false},
    {"增加", bound_kind::point, true, change_word::increase, false},
    {"上升", bound_kind::point, true, change_word::increase, false},
    {"提高到", bound_kind::point, true, change_word::none, true},
    {"提高至", bound_kind::point, true, change_word::none, true},
    {"提升到", bound_kind::point, true, change_word::none, true},
    {"提升至", bound_kind::point, true, change_word::none, true},
    {"增加到", bound_kind::point, true, change_word::none, true},
    {"增加至", bound_kind::point, true, change_word::none, true},
    {"增至", bound_kind::point, true, change_word::none, true},
    {"达到", bound_kind::point, true, change_word::none, true},
    {"提高", bound_kind::point, true, change_word::increase, false},
    {"提升", bound_kind::point, true, change_word::increase, false},
    {"下降到", bound_kind::point, true, change_word::decrease, true},
    {"下降至", bound_kind::point, true, change_word::decrease, true},
    {"降低到", bound_kind::point, true, change_word::decrease, true},
    {"降低至", bound_kind::point, true, change_word::decrease, true},
    {"减少到", bound_kind::point, true, change_word::decrease, true},
    {"降至", bound_kind::point, true, change_word::decrease, true},
    {"压减至", bound_kind::point, true, change_word::decrease, true},
    {"压降至", bound_kind::point, true, change_word::decrease, true},
    {"下降", bound_kind::point, true, change_word::decrease, false},
    {"降低", bound_kind::point, true, change_word::decrease, false},
    {"压减", bound_kind::point, true, change_word::decrease, false},
    {"压降", bound_kind::point, true, change_word::decrease, false},
    {"减少", bound_kind::point, true, change_word::decrease, false},
    {"回落", bound_kind::point, true, change_word::decrease, false},
    {"不低于", bound_kind::at_least, true, change_word::none, true},
    {"不少于", bound_kind::at_least, true, change_word::none, true},
    {"至少", bound_kind::at_least, true, change_word::none, true},
    {"突破", bound_kind::at_least, true, change_word::none, true},
    {"超过", bound_kind::at_least, false, change_word::none, true},
    {"超", bound_kind::at_least, false, change_word::none, true},
    {"逾", bound_kind::at_least, false, change_word::none, true},
    {"不超过", bound_kind::at_most, true, change_word::none, true},
    {"不高于", bound_kind::at_most, true, change_word::none, true},
    {"控制在", bound_kind::at_most, true, change_word::none, true},
    {"低于", bound_kind::at_most, false, change_word::none, true},
    {"不满", bound_kind::at_most, false, change_word::none, true},
    {"保持在", bound_kind::at_least, true, change_word::none, true},
    {"稳定在", bound_kind::at_least, true, change_word::none, true},
});

struct suffix_word {
    std::string_view text;
    bound_kind bound;
    bool inclusive;
};
inline constexpr auto words_after_number = std::to_array<suffix_word>({
    {"以上", bound_kind::at_least, true},
    {"以下", bound_kind::at_most, true},
    {"以内", bound_kind::at_most, true},
    {"之内", bound_kind::at_most, true},
    {"左右", bound_kind::around, true},
    {"上下", bound_kind::around, true},
});

// Units that are neither money, area, length, rates nor counts: read as a generic measure.
// To add one: one entry (longest spellings first where one is a prefix of another).
inline constexpr auto& other_units = unit_label::common;

// Units that a number followed by them is not a quantity of: dates, ordinals, names.
inline bool is_name_or_date_unit(std::string_view rest) {
    for (std::string_view word : {"年", "月", "日", "号", "时", "周年", "届", "版", "期", "楼", "层", "路", "国道", "省道",
                                  "线", "级", "星", "代", "世纪", "多年", "余年"})
        if (rest.starts_with(word)) return true;
    return false;
}

constexpr std::string_view chinese_digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

// Reads a Chinese numeral (两, 十二, 一百二十, 三千五百, 四万) at i; none if there is none.
inline std::optional<std::int64_t> read_chinese_numeral(std::string_view text, std::size_t& i) {
    std::size_t j = i;
    std::int64_t total = 0, section = 0, digit = -1;
    bool any = false;
    // Long runs (九千九百亿亿…) would leave int64: give up on them as numbers.
    constexpr std::int64_t limit = 1'000'000'000'000'000;
    while (j < text.size()) {
        if (total > limit || section > limit) return std::nullopt;
        const std::string_view rest = text.substr(j);
        int d = -1;
        for (int k = 0; k < 10; ++k)
            if (rest.starts_with(chinese_digits[k])) d = k;
        if (rest.starts_with("两")) d = 2;
        if (rest.starts_with("〇")) d = 0;
        if (d >= 0) {
            digit = d;
            j += 3;
            any = true;
            continue;
        }
        std::int64_t unit = 0;
        if (rest.starts_with("十")) unit = 10;
        else if (rest.starts_with("百")) unit = 100;
        else if (rest.starts_with("千")) unit = 1000;
        if (unit > 0) {
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            j += 3;
            any = true;
            continue;
        }
        if (any && (rest.starts_with("万") || rest.starts_with("亿") || rest.starts_with("萬") || rest.starts_with("億"))) {
            const std::int64_t big = rest.starts_with("万") || rest.starts_with("萬") ? 10'000 : 100'000'000;
            const std::int64_t part = section + (digit < 0 ? 0 : digit);
            if (part > limit / big) return std::nullopt;
            total += part * big;
            section = 0;
            digit = -1;
            j += 3;
            continue;
        }
        break;
    }
    if (!any) return std::nullopt;
    i = j;
    return total + section + (digit < 0 ? 0 : digit);
}

// The digits after 点 in a Chinese decimal (一点二六 → "26"); empty if there is none.
inline std::string read_chinese_fraction(std::string_view text, std::size_t& i) {
    if (!text.substr(i).starts_with("点")) return {};
    std::string digits;
    std::size_t j = i + 3;
    while (j < text.size()) {
        int d = -1;
        for (int k = 0; k < 10; ++k)
            if (text.substr(j).starts_with(chinese_digits[k])) d = k;
        if (text.substr(j).starts_with("〇")) d = 0;
        if (d < 0) break;
        digits += static_cast<char>('0' + d);
        j += 3;
    }
    if (!digits.empty()) i = j;
    return digits;
}

struct unit_match {
    std::size_t length = 0;  // bytes of the unit text (magnitude included)
    quantity_kind kind = quantity_kind::other;
    bool usd = false;
    int magnitude_exponent = 0;  // for counts and other: 万 → 4
    std::string_view label;      // measure word or other unit
    bool points = false;         // 个百分点
};

// A character as a code (its UTF-8 bytes), for bucketing unit spellings by how they start.
inline std::uint32_t first_code(std::string_view text) noexcept {
    if (text.empty()) return 0;
    const auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 < 0x80 || text.size() < 3) return b0;
    return (std::uint32_t{b0} << 16) | (std::uint32_t{static_cast<unsigned char>(text[1])} << 8) |
           static_cast<unsigned char>(text[2]);
}

// Every unit spelling the reader knows, bucketed by its first character. In a bucket the
// order is the order of preference when two spellings are equally long: rates, CNY, USD, area,
// length, then counts and other units (each with its magnitudes, 万亿 first).
struct unit_candidate {
    std::string spelling;
    unit_match match;
};

inline const std::unordered_map<std::uint32_t, std::vector<unit_candidate>>& unit_index() {
    static const auto index = [] {
        std::unordered_map<std::uint32_t, std::vector<unit_candidate>> buckets;
        const auto add = [&](std::string spelling, unit_match match) {
            match.length = spelling.size();
            const std::uint32_t code = first_code(spelling);
            buckets[code].push_back({std::move(spelling), match});
        };
        const auto add_spellings = [&](std::string_view spellings, quantity_kind kind, bool is_usd) {
            while (true) {
                const auto bar = spellings.find('|');
                unit_match m;
                m.kind = kind;
                m.usd = is_usd;
                add(std::string(spellings.substr(0, bar)), m);
                if (bar == std::string_view::npos) break;
                spellings.remove_prefix(bar + 1);
            }
        };
        unit_match rate;
        rate.kind = quantity_kind::share;
        add("%", rate);
        rate.kind = quantity_kind::percentage_points;
        rate.points = true;
        add("个百分点", rate);
        add("百分点", rate);
        for (const auto& row : cny::units) add_spellings(row.spellings, quantity_kind::money, false);
        for (const auto& row : usd::units) add_spellings(row.spellings, quantity_kind::money, true);
        for (const auto& row : area_dimension::units) add_spellings(row.spellings, quantity_kind::area, false);
        for (const auto& row : length_dimension::units) add_spellings(row.spellings, quantity_kind::length, false);
        for (const auto& magnitude : magnitudes) {
            for (std::string_view word : measure_word::catalogue) {
                unit_match m;
                m.kind = quantity_kind::count;
                m.magnitude_exponent = magnitude.exponent;
                m.label = word;
                add(std::string(magnitude.text) + std::string(word), m);
                if (word == "套(间)") add(std::string(magnitude.text) + "套（间）", m);
            }
            if (magnitude.value == magnitude::thousand || magnitude.value == magnitude::hundred) continue;
            for (std::string_view unit : other_units) {
                unit_match m;
                m.kind = quantity_kind::other;
                m.magnitude_exponent = magnitude.exponent;
                m.label = unit;
                add(std::string(magnitude.text) + std::string(unit), m);
            }
        }
        return buckets;
    }();
    return index;
}

// The longest unit spelling at the start of rest (the first listed among equally long ones).
inline unit_match match_unit(std::string_view rest) {
    const auto& index = unit_index();
    const auto bucket = index.find(first_code(rest));
    if (bucket == index.end()) return {};
    const unit_candidate* best = nullptr;
    for (const unit_candidate& candidate : bucket->second)
        if ((!best || candidate.spelling.size() > best->spelling.size()) && rest.starts_with(candidate.spelling))
            best = &candidate;
    return best ? best->match : unit_match{};
}

// The number at i: digits with optional thousands separators and decimals.
inline std::size_t arabic_number_length(std::string_view text, std::size_t i) {
    std::size_t j = i;
    while (j < text.size() && is_ascii_digit(text[j])) ++j;
    // Thousands separators: ",ddd" groups not followed by another digit.
    while (j + 3 < text.size() && text[j] == ',' && is_ascii_digit(text[j + 1]) && is_ascii_digit(text[j + 2]) &&
           is_ascii_digit(text[j + 3]) && (j + 4 == text.size() || !is_ascii_digit(text[j + 4])))
        j += 4;
    if (j + 1 < text.size() && text[j] == '.' && is_ascii_digit(text[j + 1])) {
        j += 1;
        while (j < text.size() && is_ascii_digit(text[j])) ++j;
    }
    return j - i;
}

inline bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct read_number {
    decimal value;
    std::size_t length = 0;
    bool chinese = false;
};

inline std::optional<read_number> number_at(std::string_view text, std::size_t i) {
    if (is_ascii_digit(text[i])) {
        const std::size_t length = arabic_number_length(text, i);
        std::string digits;
        for (char c : text.substr(i, length))
            if (c != ',') digits += c;
        if (auto value = decimal::try_parse(digits)) return read_number{*value, length, false};
        return std::nullopt;  // more digits than a decimal holds: not read as a quantity
    }
    std::size_t j = i;
    if (auto value = read_chinese_numeral(text, j)) {
        const std::string fraction_digits = read_chinese_fraction(text, j);
        if (fraction_digits.empty()) return read_number{decimal(*value), j - i, true};
        if (auto exact = decimal::try_parse(std::to_string(*value) + "." + fraction_digits))
            return read_number{*exact, j - i, true};
    }
    return std::nullopt;
}

// Whether text starts with 一 二 两 三 四 五 六 七 八 九 十: compared as one 24-bit code, since
// the scanner asks this of every Chinese character it passes.
// The characters before 一 in words where 一 is no number: 唯一, 统一, 之一 (not 百分之一), 同一.
inline constexpr std::string_view words_ending_in_yi[] = {"唯", "统", "之", "同", "单", "逐", "划", "专", "归"};

inline bool starts_chinese_numeral(std::string_view rest) noexcept {
    if (rest.size() < 3) return false;
    const std::uint32_t code = (std::uint32_t{static_cast<unsigned char>(rest[0])} << 16) |
                               (std::uint32_t{static_cast<unsigned char>(rest[1])} << 8) |
                               static_cast<unsigned char>(rest[2]);
    switch (code) {
        case 0xE4B880:  // 一
        case 0xE4BA8C:  // 二
        case 0xE4B8A4:  // 两
        case 0xE4B889:  // 三
        case 0xE59B9B:  // 四
        case 0xE4BA94:  // 五
        case 0xE585AD:  // 六
        case 0xE4B883:  // 七
        case 0xE585AB:  // 八
        case 0xE4B99D:  // 九
        case 0xE58D81:  // 十
            return true;
        default:
            return false;
    }
}

inline quantity make_quantity(const unit_match& unit, decimal number, std::string_view unit_text) {
    switch (unit.kind) {
        case quantity_kind::share: return share(number);
        case quantity_kind::percentage_points: return percentage_points(number);
        case quantity_kind::money:
            if (unit.usd) return money<usd>(number, *detail::unit_spelled<usd>(unit_text));
            return money<cny>(number, *detail::unit_spelled<cny>(unit_text));
        case quantity_kind::area: return area(number, *detail::unit_spelled<area_dimension>(unit_text));
        case quantity_kind::length: return length(number, *detail::unit_spelled<length_dimension>(unit_text));
        case quantity_kind::count: {
            magnitude shown = magnitude::one;
            for (const auto& m : magnitudes)
                if (m.exponent == unit.magnitude_exponent) shown = m.value;
            return count(number, measure_word::parse(unit.label), shown);
        }
        default: {
            magnitude shown = magnitude::one;
            for (const auto& m : magnitudes)
                if (m.exponent == unit.magnitude_exponent) shown = m.value;
            return measure(number, unit_label(std::string(unit.label)), shown);
        }
    }
}

inline quantity apply_change(const quantity& value, change_word change) {
    if (change != change_word::decrease) return value;
    if (const auto* g = value.get_if<growth_rate>()) return growth_rate(-g->percent());
    if (const auto* p = value.get_if<percentage_points>()) return percentage_points(-p->percent());
    return value;
}

}  // namespace detail

namespace detail {

// A quantity with its spans in the normalised text as well.
struct located_quantity {
    text_quantity read;
    std::size_t begin, end, number_begin, number_end;  // in the normalised text
};

inline void add_issue(std::vector<reading_issue>& issues, const normalized_text& normalized, std::size_t begin,
                      std::size_t end, std::string reason) {
    reading_issue issue;
    issue.offset = normalized.original_offset(begin);
    issue.length = normalized.original_offset(end) - issue.offset;
    issue.reason = std::move(reason);
    issues.push_back(std::move(issue));
}

// Runs of bytes that are not UTF-8, and of control characters other than tab and line ends.
inline void find_unreadable_bytes(std::string_view text, std::vector<reading_issue>& issues) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = valid_sequence_length(text, i);
        const bool control = length == 1 && is_control_byte(static_cast<unsigned char>(text[i]));
        if (length > 0 && !control) {
            i += length;
            continue;
        }
        const std::size_t begin = i;
        if (control) {
            while (i < text.size() && is_control_byte(static_cast<unsigned char>(text[i]))) ++i;
        } else {
            while (i < text.size() && valid_sequence_length(text, i) == 0) ++i;
        }
        reading_issue issue;
        issue.offset = begin;
        issue.length = i - begin;
        issue.reason = control ? "control characters; is this a text file?" : "bytes that are not UTF-8 text";
        issues.push_back(std::move(issue));
    }
}

// Sorts issues by offset and fills in their lines and columns, in one pass over the text.
inline void place_issues(std::string_view text, std::vector<reading_issue>& issues) {
    std::stable_sort(issues.begin(), issues.end(), [](const reading_issue& a, const reading_issue& b) { return a.offset < b.offset; });
    std::size_t line = 1, column = 1, at = 0;
    for (reading_issue& issue : issues) {
        for (; at < issue.offset; ++at) {
            if (text[at] == '\n') ++line, column = 1;
            else if (!is_continuation(text[at])) ++column;
        }
        issue.line = line;
        issue.column = column;
    }
}

// Adds the unreadable bytes to the issues found while reading, places them all, and appends
// them to what the caller collects.
inline void report_issues(std::string_view text, std::vector<reading_issue>& found, std::vector<reading_issue>& into) {
    find_unreadable_bytes(text, found);
    place_issues(text, found);
    into.insert(into.end(), found.begin(), found.end());
}

inline std::vector<located_quantity> locate_quantities(const normalized_text& normalized,
                                                       std::vector<reading_issue>* issues = nullptr) {
    const std::string_view text = normalized.text();
    std::vector<located_quantity> found;
    std::size_t i = 0;
    while (i < text.size()) {
        // Skip to the next byte that can start a number: an ASCII digit, or E4/E5, the lead
        // bytes of every Chinese numeral.
        static constexpr auto can_start = [] {
            std::array<bool, 256> table{};
            for (int d = '0'; d <= '9'; ++d) table[static_cast<std::size_t>(d)] = true;
            table[0xE4] = table[0xE5] = true;
            return table;
        }();
        while (i < text.size() && !can_start[static_cast<unsigned char>(text[i])]) ++i;
        if (i >= text.size()) break;
        const char c = text[i];
        const bool digit = is_ascii_digit(c);
        const bool chinese = !digit && starts_chinese_numeral(text.substr(i));
        if (!digit && !chinese) {
            // E4/E5 lead a three-byte character; in invalid UTF-8 step one byte, so that no digit is passed over.
            i += i + 2 < text.size() && is_continuation(text[i + 1]) && is_continuation(text[i + 2]) ? 3 : 1;
            continue;
        }
        // A number glued to Latin letters or other digits is a name: PM2.5, 5G, 4K.
        if (digit && i > 0 && (is_ascii_letter(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '+')) {
            while (i < text.size() && (is_ascii_digit(text[i]) || text[i] == '.')) ++i;
            continue;
        }
        // 一 ending a word (唯一, 统一, 之一, 同一) is no number: "全省唯一个" is not 一个.
        if (chinese && i >= 3 && text.substr(i).starts_with("一") && !(i >= 6 && text.substr(i - 6, 6) == "分之") &&
            std::any_of(std::begin(words_ending_in_yi), std::end(words_ending_in_yi),
                        [&](std::string_view w) { return text.substr(i - 3, 3) == w; })) {
            i += 3;
            continue;
        }
        // An ordinal (第五次, 第2批) is not a quantity.
        if (i >= 3 && text.substr(i - 3, 3) == "第") {
            std::size_t skip = i;
            if (digit) {
                while (skip < text.size() && (is_ascii_digit(text[skip]) || text[skip] == '.')) ++skip;
            } else {
                read_chinese_numeral(text, skip);
                if (skip == i) skip += 3;
            }
            i = skip;
            continue;
        }
        const auto first = number_at(text, i);
        if (!first) {
            if (digit && issues) {
                // Too many digits for a decimal: a quantity only if a unit follows.
                std::size_t end = i + arabic_number_length(text, i);
                std::size_t unit_at = end;
                while (unit_at < text.size() && text[unit_at] == ' ') ++unit_at;
                for (std::string_view more : {"多", "余"})
                    if (text.substr(unit_at).starts_with(more)) unit_at += more.size();
                const unit_match unit = match_unit(text.substr(unit_at));
                if (unit.length > 0 && !is_name_or_date_unit(text.substr(unit_at)))
                    add_issue(*issues, normalized, i, unit_at + unit.length,
                              "a number too long for a 64-bit decimal; not read as a quantity");
            }
            while (i < text.size() && is_ascii_digit(text[i])) ++i;
            if (chinese) i += 3;
            continue;
        }
        std::size_t j = i + first->length;
        if (digit && j < text.size() && (is_ascii_letter(text[j]) || text[j] == '+')) {
            i = j;
            continue;
        }
        // 百分之五 / 百分之5.
        bool percent_words = false;
        if (i >= 9 && text.substr(i - 9, 9) == "百分之") percent_words = true;

        // 多 / 余 between the number and its unit: 5000多个, 100余家.
        bool more_than = false;
        auto skip_spaces = [&](std::size_t k) {
            while (k < text.size() && text[k] == ' ') ++k;
            return k;
        };
        j = skip_spaces(j);
        std::optional<read_number> second;
        std::size_t second_at = 0;
        // Dates and names (2024年, 398号) never start with a unit character, so only text that
        // could be a unit needs the check.
        if (unit_index().contains(first_code(text.substr(j))) && is_name_or_date_unit(text.substr(j))) {
            i = j;
            continue;
        }
        unit_match unit = match_unit(text.substr(j));
        // Most numbers in running text (years, dates, list numbers) have no unit and no range
        // after them: leave those at once.
        if (unit.length == 0 && !percent_words) {
            const std::string_view after_number = text.substr(j);
            const bool could_continue = after_number.starts_with("多") || after_number.starts_with("余") ||
                                        after_number.starts_with("-") || after_number.starts_with("~") ||
                                        after_number.starts_with("—") || after_number.starts_with("–") ||
                                        after_number.starts_with("至") || after_number.starts_with("到") ||
                                        after_number.starts_with("－") || after_number.starts_with("～");
            if (!could_continue) {
                i = j > i ? j : i + 1;
                continue;
            }
        }
        if (unit.length == 0 && (text.substr(j).starts_with("多") || text.substr(j).starts_with("余"))) {
            const unit_match after = match_unit(text.substr(j + 3));
            if (after.length > 0) {
                more_than = true;
                j += 3;
                unit = after;
            }
        }
        // A range: 1-2个, 4.5%-5%, 5至6个, 4.5%—5%.
        std::size_t range_unit_at = j;
        unit_match first_unit = unit;
        {
            std::size_t k = j + unit.length;
            std::size_t separator = 0;
            for (std::string_view sep : {"-", "~", "—", "–", "至", "到", "－", "～"})
                if (text.substr(k).starts_with(sep)) separator = sep.size();
            if (separator > 0 && k + separator < text.size()) {
                const std::size_t n = k + separator;
                if ((is_ascii_digit(text[n]) && digit) || (!digit && starts_chinese_numeral(text.substr(n)))) {
                    if (auto other = number_at(text, n)) {
                        const std::size_t after_second = skip_spaces(n + other->length);
                        const unit_match second_unit = match_unit(text.substr(after_second));
                        if (second_unit.length > 0 && (unit.length == 0 || (second_unit.kind == unit.kind &&
                                                                             second_unit.label == unit.label &&
                                                                             second_unit.usd == unit.usd))) {
                            second = other;
                            second_at = n;
                            range_unit_at = after_second;
                            if (unit.length == 0) first_unit = second_unit;
                            unit = second_unit;
                        }
                    }
                }
            }
        }
        if (percent_words && unit.length == 0) {
            first_unit.kind = unit.kind = quantity_kind::share;
        }
        if (unit.length == 0 && !percent_words) {
            i = i + first->length;
            continue;
        }
        // Chinese numerals count things only: 三个, 两大 is not a unit; 五星级 is a name.
        if (first->chinese && !percent_words && unit.kind != quantity_kind::count && unit.kind != quantity_kind::other) {
            i += first->length;
            continue;
        }
        const std::size_t unit_at = second ? range_unit_at : j;
        const std::string_view unit_text = text.substr(unit_at, unit.length);
        const std::string_view first_unit_text =
            second && first_unit.length > 0 && j + first_unit.length <= text.size() && match_unit(text.substr(j)).length > 0
                ? text.substr(j, first_unit.length)
                : unit_text;
        std::size_t expression_end = unit_at + unit.length;
        std::optional<quantity> lower_value, upper_value;
        try {
            lower_value = make_quantity(first_unit, first->value, first_unit_text);
            if (second) upper_value = make_quantity(unit, second->value, unit_text);
        } catch (const error& e) {
            // A value finer than its type's resolution (0.00001亩), or too large for it.
            if (issues) add_issue(*issues, normalized, i, expression_end, std::string(e.reason_text()) + "; not read as a quantity");
            i = expression_end;
            continue;
        }
        text_quantity q(std::move(*lower_value));
        q.upper = std::move(upper_value);
        if (percent_words) {
            q.unit_text = "%";
        } else {
            q.unit_text = std::string(unit_text);
        }
        q.value_text = std::string(text.substr(i, first->length));
        if (second) {
            q.value_text += '-';
            q.value_text += text.substr(second_at, second->length);
        }
        q.chinese_numeral = first->chinese;
        if (second) q.bound = bound_kind::range;
        if (more_than) {
            q.bound = bound_kind::at_least;
            q.inclusive = false;
        }
        // Words after: 以上, 以下, 以内, 左右.
        const std::size_t after = skip_spaces(expression_end);
        for (const auto& word : words_after_number) {
            if (text.substr(after).starts_with(word.text) && !second) {
                q.bound = word.bound;
                q.inclusive = word.inclusive;
                expression_end = after + word.text.size();
                break;
            }
        }
        // Words before: change and bound words, then a bound word before the change word
        // (控制在…, 保持…), looked for right before the number.
        std::size_t begin = percent_words ? i - 9 : i;
        for (int pass = 0; pass < 2; ++pass) {
            std::size_t k = begin;
            while (k > 0 && text[k - 1] == ' ') --k;
            const std::string_view before = text.substr(0, k);
            // 增加了, 减少了: the particle 了 between the word and the number.
            const bool particle = before.ends_with("了");
            const std::string_view head = particle ? before.substr(0, before.size() - 3) : before;
            const prefix_word* longest = nullptr;
            for (const auto& word : words_before_number)
                if (head.ends_with(word.text) && (!longest || word.text.size() > longest->text.size())) longest = &word;
            if (!longest) break;
            if (longest->change != change_word::none && q.change == change_word::none) q.change = longest->change;
            // The first word found (nearest the number) sets the bound; 控制在…以内 agrees with itself.
            if (longest->sets_bound && q.bound == bound_kind::point) {
                q.bound = longest->bound;
                q.inclusive = longest->inclusive;
            }
            begin = k - longest->text.size() - (particle ? 3 : 0);
        }
        // Kind of a percent: with a change word it is a growth rate.
        if (q.value.kind() == quantity_kind::share && q.change != change_word::none) {
            const auto as_growth = [](const quantity& v) { return quantity(growth_rate(v.as<share>().percent())); };
            q.value = as_growth(q.value);
            if (q.upper) q.upper = as_growth(*q.upper);
        }
        q.value = apply_change(q.value, q.change);
        if (q.upper) q.upper = apply_change(*q.upper, q.change);
        if (q.change == change_word::decrease && q.upper) {
            // 下降4.5%-5%: after negation the ends swap.
            std::swap(*q.upper, q.value);
        }
        if (q.upper) {
            // A range written high to low (增长7%-6.5%) is a slip the reader cannot settle.
            try {
                (void)bound<quantity>::range(q.value, *q.upper);
            } catch (const error&) {
                if (issues) add_issue(*issues, normalized, begin, unit_at + unit.length, "a range whose lower end is above its upper end; not read as a quantity");
                i = unit_at + unit.length;
                continue;
            }
        }
        if (q.change == change_word::decrease || q.bound == bound_kind::at_most) q.better = direction::lower_is_better;
        if (q.change == change_word::decrease && q.bound == bound_kind::at_least) {
            // 下降5%以上: a fall of at least 5% is a change of −5% or lower.
            q.bound = bound_kind::at_most;
        }
        const std::size_t number_begin = percent_words ? i - 9 : i;
        q.number_begin = normalized.original_offset(number_begin);
        q.number_end = normalized.original_offset(unit_at + unit.length);
        q.begin = normalized.original_offset(begin);
        q.end = normalized.original_offset(expression_end);
        found.push_back({std::move(q), begin, expression_end, number_begin, unit_at + unit.length});
        i = unit_at + unit.length;
    }
    return found;
}

}  // namespace detail

namespace detail {

inline std::vector<text_quantity> read_quantities_reporting(std::string_view text, std::vector<reading_issue>* issues) {
    const normalized_text normalized(text);
    std::vector<reading_issue> found_issues;
    std::vector<text_quantity> found;
    for (auto& located : locate_quantities(normalized, issues ? &found_issues : nullptr)) found.push_back(std::move(located.read));
    if (issues) report_issues(text, found_issues, *issues);
    return found;
}

}  // namespace detail

// Every quantity in the text, in order. Never throws on text: what cannot be read as a
// quantity (a bare number, a date) is not one.
inline std::vector<text_quantity> read_quantities(std::string_view text) { return detail::read_quantities_reporting(text, nullptr); }

// The same, and what looked like a quantity but could not be read (a number too long for a
// decimal, a value too fine or too large for its type), and bytes that are not text, each
// with where it is; appended to issues in order of position.
inline std::vector<text_quantity> read_quantities(std::string_view text, std::vector<reading_issue>& issues) {
    return detail::read_quantities_reporting(text, &issues);
}

}  // namespace govtarget
