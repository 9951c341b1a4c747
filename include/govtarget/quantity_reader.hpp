#pragma once
// Finds every quantity expression in UTF-8 Chinese text and reads it into a typed value
// with its bound: "实现固定资产投资740亿元以上" → 740亿元, at least, inclusive;
// "PM2.5平均浓度降至31微克/立方米以下" → 31微克/立方米, at most, lower is better;
// "出让工业用地4宗148亩" → 4宗 and 148亩; "各1-2个" → the range 1个..2个.
// Numbers are read as the language writes them: 3万4000元, 一万五千亿元, 一千零十元, 零点五,
// 百分之百, 千分之一, 九成, -2.1%, 负3.9%, 82，225.00元. Bound words are read as 民法典
// art. 1259 reads them: 以上/以下/以内 include the number, 超过/不满/以外 exclude it. What
// looks like a quantity but cannot be read right is a reading_issue, never a wrong number.
// Each result carries its byte span in the input. The words it reads by are in lexicon.hpp.
//
// The reader goes through the text once; at each place a number can start it reads a
// candidate in stages, each a function below: the number (read_number), its unit
// (read_unit), a range (read_range), bound words after (read_bound_after), bound and change
// words before (read_words_before), and the value in its type (make_reading).

#include <govtarget/count.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/detail/non_prose.hpp>
#include <govtarget/detail/normalize.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/detail/word_match.hpp>
#include <govtarget/lexicon.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>
#include <govtarget/text_quantity.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace govtarget {

// Something in the text the reader could not read and did not pass over in silence: bytes
// that are not UTF-8, control characters, a number with a unit that does not fit its type,
// a number whose reading is ambiguous (七八家, 下降-1%, 港币100元).
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

// Units that are neither money, area, length, rates nor counts: read as a generic measure.
// To add one: one entry (longest spellings first where one is a prefix of another).
inline constexpr auto& other_units = unit_label::common;

// Units that a number followed by them is not a quantity of: dates, ordinals, names. A
// currency is not a date: 30日元.
inline bool is_name_or_date_unit(std::string_view rest) {
    return starts_with_word(rest, lexicon::name_or_date_units) && !starts_with_word(rest, lexicon::foreign_currencies);
}

// Whether the number at `begin` is a length of time, by the noun before it and its verb:
// 平均受教育年限达11年 is 11 years, not the year 11.
inline bool names_a_duration(std::string_view text, std::size_t begin) {
    // Four digits from 1900 to 2099 are a year whatever the noun: 使用年限至2030年.
    const std::string_view digits = text.substr(begin, 5);
    if (digits.size() >= 4 && (begins_with(digits, "19") || begins_with(digits, "20")) &&
        std::all_of(digits.begin(), digits.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        (digits.size() == 4 || !(digits[4] >= '0' && digits[4] <= '9')))
        return false;
    std::string_view head = text.substr(0, begin);
    std::size_t verb = 0;
    for (const auto& word : lexicon::words_before_number)
        if (finishes_with(head, word.text)) verb = std::max(verb, word.text.size());
    for (std::string_view word : {"达", "为", "是"})
        if (finishes_with(head, word)) verb = std::max(verb, word.size());
    head.remove_suffix(verb);
    return ends_with_word(head, lexicon::duration_nouns);
}

// Whether text starts with 一 二 两 三 四 五 六 七 八 九 十: compared as one 24-bit code, since
// the scanner asks this of every Chinese character it passes.
inline bool starts_chinese_numeral(std::string_view rest) noexcept {
    if (rest.size() < 3) return false;
    const std::uint32_t code = three_byte_code(rest);
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

// The value of the Chinese digit at the start of rest (零 一 … 九, 两, 〇), or -1.
inline int chinese_digit_at(std::string_view rest) noexcept {
    for (const auto& digit : lexicon::chinese_digits)
        if (begins_with(rest, digit.text)) return digit.value;
    return -1;
}
// The Chinese place or section magnitude at the start of rest (十 百 千 万 亿), or none.
inline const lexicon::numeral_magnitude* chinese_magnitude_at(std::string_view rest) noexcept {
    for (const auto& m : lexicon::chinese_magnitudes)
        if (begins_with(rest, m.text)) return &m;
    return nullptr;
}
inline const lexicon::numeral_magnitude* arabic_magnitude_at(std::string_view rest) noexcept {
    for (const auto& m : lexicon::arabic_magnitudes)
        if (begins_with(rest, m.text)) return &m;
    return nullptr;
}

inline bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// value × 10^exponent, exactly: overflow_error if too large, inexact_error past 18 places.
inline decimal scaled_by_power_of_ten(decimal value, int exponent) {
    if (exponent == 0) return value;
    if (exponent > 0) {
        if (exponent > 18) throw overflow_error(value.to_string() + " × 10^" + std::to_string(exponent) + " overflows a decimal");
        return value * pow10(exponent);
    }
    const decimal n = value.normalized();
    if (n.scale() - exponent > decimal::max_scale)
        throw inexact_error(value.to_string() + " × 10^" + std::to_string(exponent) + " needs more than 18 decimal places");
    return decimal::from_mantissa(n.mantissa(), n.scale() - exponent);
}

// ---- Units -------------------------------------------------------------------------

struct unit_match {
    std::size_t length = 0;  // bytes of the unit text (magnitude included)
    quantity_kind kind = quantity_kind::other;
    bool usd = false;
    int magnitude_exponent = 0;  // the magnitude the spelling starts with: 万元, 万名 → 4
    std::string_view label;      // measure word or other unit
    bool points = false;         // 个百分点
    int per = 100;               // a share in percent (%), or per mille (‰): 1000
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
// length, then counts and other units (each with its magnitudes, 万亿 first), then currencies
// the library has no type for (30欧元, 5亿港元: measures).
struct unit_candidate {
    std::string spelling;
    unit_match match;
};

// The magnitude a money, area or length spelling starts with: 万元 → 4, 亿美元 → 8, 亩 → 0.
inline int spelled_magnitude(std::string_view spelling) noexcept {
    for (const auto& m : magnitudes)
        if (m.exponent >= 4 && begins_with(spelling, m.text) && spelling.size() > m.text.size()) return m.exponent;
    return 0;
}

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
                m.magnitude_exponent = spelled_magnitude(spellings.substr(0, bar));
                add(std::string(spellings.substr(0, bar)), m);
                if (bar == std::string_view::npos) break;
                spellings.remove_prefix(bar + 1);
            }
        };
        unit_match rate;
        rate.kind = quantity_kind::share;
        add("%", rate);
        rate.per = 1000;
        add("‰", rate);
        rate.per = 100;
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
            for (const auto& units : {std::span<const std::string_view>(other_units), std::span<const std::string_view>(lexicon::foreign_currencies)}) {
                for (std::string_view unit : units) {
                    unit_match m;
                    m.kind = quantity_kind::other;
                    m.magnitude_exponent = magnitude.exponent;
                    m.label = unit;
                    add(std::string(magnitude.text) + std::string(unit), m);
                }
            }
        }
        return buckets;
    }();
    return index;
}

// The longest unit spelling at the start of rest (the first listed among equally long ones).
// 年 read as a unit of time.
inline unit_match duration_match() {
    unit_match m;
    m.length = lexicon::duration_unit.size();
    m.kind = quantity_kind::other;
    m.label = lexicon::duration_unit;
    return m;
}

inline unit_match match_unit(std::string_view rest) {
    const auto& index = unit_index();
    const auto bucket = index.find(first_code(rest));
    if (bucket == index.end()) return {};
    const unit_candidate* best = nullptr;
    for (const unit_candidate& candidate : bucket->second)
        if ((!best || candidate.spelling.size() > best->spelling.size()) && begins_with(rest, candidate.spelling))
            best = &candidate;
    return best ? best->match : unit_match{};
}

// ---- Stage 1: the number -----------------------------------------------------------

// A number as written: 740, 3万4000, -22.2, 负3.9, 一万五千, 零点五, 百分之三点五, 82，225.00.
// Magnitudes written after it (740亿, 四万亿, 8千) are kept apart in [end, run_end): a unit
// spelling may start with them (亿元, 千米, 万亿元), and otherwise they multiply the value.
struct number_reading {
    std::size_t begin = 0;         // the number as written: a sign and 百分之 included
    std::size_t digits_begin = 0;  // where the numeral starts, after its sign and 百分之
    std::size_t end = 0;           // after the numeral and the magnitudes inside it (3万4000)
    std::size_t run_end = 0;       // after the magnitudes that follow it: [end, run_end)
    decimal value;                 // the value, the magnitudes of [end, run_end) not applied
    bool chinese = false;
    bool negative = false;
    int per = 0;                   // 100 after 百分之, 1000 after 千分之
    bool fraction = false;         // a decimal point: 三点五, 2.5

    // The exponent of the magnitudes in text[end, at): 3千万元 with at after 千 → 3.
    int run_exponent(std::string_view text, std::size_t at) const noexcept {
        int exponent = 0;
        for (std::size_t k = end; k < at;) {
            const auto* m = chinese ? chinese_magnitude_at(text.substr(k)) : arabic_magnitude_at(text.substr(k));
            if (!m) break;
            exponent += m->exponent;
            k += m->text.size();
        }
        return exponent;
    }
};

// Why a number could not be read; the reader says so where a unit follows.
enum class number_failure { none, not_a_number, too_long, digit_by_digit };

// Digits, with thousands separators and a decimal part: 82,225.00, 82，225.00. A separator
// (',' or the full-width '，', a clause break too) counts only after a first group of 1-3
// digits that is not itself an item of a list of numbers (3，5，82), and before groups of
// exactly three digits each, the last not followed by a digit; anywhere else it is
// punctuation: 3，5 and 2，1000 are lists.
inline std::size_t arabic_number_length(std::string_view text, std::size_t i) {
    std::size_t j = i;
    while (j < text.size() && is_ascii_digit(text[j])) ++j;
    const std::string_view before = text.substr(0, i);
    const bool in_list = [&] {  // 3，5，82，225.00: a list of numbers
        for (std::string_view comma : {"，", "、", ","})
            if (finishes_with(before, comma) && before.size() > comma.size() && is_ascii_digit(before[before.size() - comma.size() - 1]))
                return true;
        return false;
    }();
    const bool first_group_fits = j - i <= 3 && !in_list && !finishes_with(before, ".");
    while (first_group_fits && j < text.size()) {
        const std::size_t width = text[j] == ',' ? 1 : begins_with(text.substr(j), "，") ? 3 : 0;
        if (width == 0 || j + width + 3 > text.size()) break;
        const std::size_t g = j + width;
        if (!is_ascii_digit(text[g]) || !is_ascii_digit(text[g + 1]) || !is_ascii_digit(text[g + 2]) ||
            (g + 3 < text.size() && is_ascii_digit(text[g + 3])))
            break;
        j = g + 3;
    }
    if (j + 1 < text.size() && text[j] == '.' && is_ascii_digit(text[j + 1])) {
        j += 1;
        while (j < text.size() && is_ascii_digit(text[j])) ++j;
    }
    return j - i;
}

inline std::optional<decimal> parse_arabic(std::string_view written) {
    std::string digits;
    digits.reserve(written.size());
    for (std::size_t k = 0; k < written.size(); ++k) {
        if (written[k] == ',') continue;
        if (begins_with(written.substr(k), "，")) {
            k += 2;
            continue;
        }
        digits += written[k];
    }
    if (auto value = decimal::try_parse(digits)) return *value;
    return std::nullopt;
}

// The magnitudes at i (万, 千万, 万亿): their end, and the exponent in total.
inline std::size_t magnitude_run_end(std::string_view text, std::size_t i, bool chinese, int& exponent) {
    exponent = 0;
    std::size_t k = i;
    while (k < text.size()) {
        const auto* m = chinese ? chinese_magnitude_at(text.substr(k)) : arabic_magnitude_at(text.substr(k));
        if (!m || (chinese && !m->sectional)) break;
        exponent += m->exponent;
        k += m->text.size();
    }
    return k;
}

// Arabic digits at n.digits_begin, then magnitudes, then (after 万 or 亿) the rest of the
// number: 3万4000 = 34000, 25万6千 = 256000, 1亿2345万. The rest must fill the places the
// magnitude leaves (3万4000) or carry a smaller magnitude (25万6千); other digits begin a
// number of their own (为390万65岁以上老年人: 390万, then 65岁).
inline number_failure read_arabic(std::string_view text, number_reading& n) {
    std::size_t j = n.digits_begin;
    const std::size_t length = arabic_number_length(text, j);
    auto value = parse_arabic(text.substr(j, length));
    if (!value) {
        n.end = n.run_end = j + length;
        return number_failure::too_long;
    }
    n.fraction = text.substr(j, length).find('.') != std::string_view::npos;
    j += length;
    int exponent = 0;
    std::size_t run_end = magnitude_run_end(text, j, false, exponent);
    // 3万4000: the digits after a section magnitude continue the number.
    while (run_end > j && run_end < text.size() && is_ascii_digit(text[run_end]) && !n.fraction &&
           (finishes_with(text.substr(j, run_end - j), "万") || finishes_with(text.substr(j, run_end - j), "亿"))) {
        const std::size_t rest_at = run_end;
        std::size_t integer_end = rest_at;
        while (integer_end < text.size() && is_ascii_digit(text[integer_end])) ++integer_end;
        const std::size_t rest_length = arabic_number_length(text, rest_at);
        int rest_exponent = 0;
        const std::size_t rest_run_end = magnitude_run_end(text, rest_at + rest_length, false, rest_exponent);
        const auto rest = parse_arabic(text.substr(rest_at, rest_length));
        const auto places = static_cast<int>(integer_end - rest_at);
        const bool fills = rest_exponent > 0 ? places + rest_exponent <= exponent : places == exponent;
        if (!rest || !fills) break;  // 390万65岁以上: two numbers
        try {
            *value = scaled_by_power_of_ten(*value, exponent - rest_exponent) + *rest;
        } catch (const error&) {
            n.end = n.run_end = rest_run_end;
            return number_failure::too_long;
        }
        n.fraction = text.substr(rest_at, rest_length).find('.') != std::string_view::npos;
        j = rest_at + rest_length;
        exponent = rest_exponent;
        run_end = rest_run_end;
    }
    n.value = *value;
    n.end = j;
    n.run_end = run_end;
    return number_failure::none;
}

// A Chinese numeral at n.digits_begin: 两, 十二, 一百二十, 一千零十, 一千五 (1500), 三万四 (34000),
// 四万亿, 一万五千亿, 三点五, 零点五. Digit after digit (三四个, 一九五七, 十四五) is an
// approximation, a year or a name, not a number. Sections stack: 亿 multiplies all before it,
// 万 what came since the last 亿. Magnitudes at the end are left in [end, run_end).
inline number_failure read_chinese(std::string_view text, number_reading& n) {
    constexpr std::int64_t limit = 1'000'000'000'000'000'000;
    std::size_t j = n.digits_begin;
    std::int64_t above_yi = 0, above_wan = 0, section = 0;
    int digit = -1;
    int last_place = 0;  // the exponent of the magnitude last read (一千五: 五 is 500)
    bool zero = false, any = false, last_was_digit = false;
    std::size_t run_begin = std::string_view::npos;
    int run_exponent = 0;
    while (j < text.size()) {
        const std::string_view rest = text.substr(j);
        if (const int d = chinese_digit_at(rest); d >= 0) {
            if (last_was_digit) return number_failure::digit_by_digit;
            if (d == 0) zero = true;
            else digit = d;
            last_was_digit = d != 0;
            if (d == 0 && any && run_begin == std::string_view::npos && last_place == 0) return number_failure::digit_by_digit;
            any = true;
            run_begin = std::string_view::npos;
            j += 3;
            continue;
        }
        const auto* m = chinese_magnitude_at(rest);
        if (!m || (m->sectional && !any)) break;
        last_was_digit = false;
        const std::int64_t part = section + (digit < 0 ? (m->sectional ? 0 : 1) : digit);
        if (!m->sectional) {
            section += (digit < 0 ? 1 : digit) * pow10(m->exponent);
            run_begin = std::string_view::npos;
        } else {
            if (run_begin == std::string_view::npos) run_begin = j, run_exponent = 0;
            run_exponent += m->exponent;
            if (m->exponent == 8) {
                if (above_yi + above_wan + part > limit / 100'000'000) return number_failure::too_long;
                above_yi = (above_yi + above_wan + part) * 100'000'000;
                above_wan = 0;
            } else if (part == 0) {
                if (above_wan > limit / 10'000) return number_failure::too_long;
                above_wan *= 10'000;  // 万万
            } else {
                above_wan += part * 10'000;
            }
            section = 0;
        }
        if (section > limit || above_yi > limit || above_wan > limit) return number_failure::too_long;
        digit = -1;
        zero = false;
        last_place = m->exponent;
        any = true;
        j += m->text.size();
    }
    if (!any) return number_failure::not_a_number;
    // 一千五 is 1500, 三万四 is 34000; 一千零五 is 1005, 十五 is 15.
    const std::int64_t last = digit < 0 ? 0 : digit * (!zero && last_place >= 2 ? pow10(last_place - 1) : 1);
    const std::int64_t total = above_yi + above_wan + section + last;
    const std::size_t integer_end = j;
    if (run_begin != std::string_view::npos && digit < 0) {
        if (run_exponent > max_pow10) return number_failure::too_long;  // 五亿万亿万: past any decimal
        n.value = decimal(total / pow10(run_exponent));
        n.end = run_begin;
        n.run_end = integer_end;
        return number_failure::none;
    }
    n.value = decimal(total);
    n.end = n.run_end = integer_end;
    // 三点五, then maybe magnitudes: 一点五万亿.
    if (begins_with(text.substr(j), lexicon::chinese_point)) {
        std::string digits;
        std::size_t k = j + lexicon::chinese_point.size();
        for (int d; k < text.size() && (d = chinese_digit_at(text.substr(k))) >= 0; k += 3) digits += static_cast<char>('0' + d);
        if (!digits.empty()) {
            const auto exact = decimal::try_parse(std::to_string(total) + "." + digits);
            if (!exact) return number_failure::too_long;
            n.value = *exact;
            n.fraction = true;
            n.end = k;
            int exponent = 0;
            n.run_end = magnitude_run_end(text, k, true, exponent);
        }
    }
    return number_failure::none;
}

// The number that starts at begin (a sign, 百分之 and 零点 included).
inline number_failure read_number(std::string_view text, std::size_t begin, number_reading& n) {
    n = number_reading{};
    n.begin = begin;
    std::size_t j = begin;
    for (std::string_view sign : lexicon::minus_signs)
        if (begins_with(text.substr(j), sign)) {
            n.negative = true;
            j += sign.size();
            break;
        }
    for (const auto& word : lexicon::fraction_words)
        if (begins_with(text.substr(j), word.text)) {
            n.per = word.per;
            j += word.text.size();
            break;
        }
    n.digits_begin = j;
    if (j >= text.size()) return number_failure::not_a_number;
    if (is_ascii_digit(text[j])) return read_arabic(text, n);
    n.chinese = true;
    const std::string_view rest = text.substr(j);
    const bool starts = starts_chinese_numeral(rest) || (begins_with(rest, "零") && begins_with(rest.substr(3), lexicon::chinese_point)) ||
                        (n.per > 0 && (begins_with(rest, "百") || begins_with(rest, "千") || begins_with(rest, "零")));
    if (!starts) return number_failure::not_a_number;
    return read_chinese(text, n);
}

// ---- Stage 2: the unit -------------------------------------------------------------

struct unit_reading {
    unit_match unit;           // length 0: none
    std::size_t at = 0;        // the unit's text: [at, end)
    std::size_t end = 0;
    int applied_exponent = 0;  // the magnitudes between the number and its unit (8千元 → 3)
    bool more_than = false;    // 5000多个, 100余家
    bool tenths = false;       // 九成
    bool name = false;         // a date or a name follows: 2024年, 398号
    std::size_t number_end = 0;  // where the number as written ends: before the unit, 多 or 余
    std::string_view implied;    // a unit not written, the metric's: PM2.5降至31以下 → 微克/立方米
};

// Whether what follows a worded number ends it (以上, 的, punctuation) or glues a word on
// (二元结构, 一成不变).
inline bool ends_worded_number(std::string_view after) {
    if (after.empty() || static_cast<unsigned char>(after[0]) < 0x80) return true;
    return starts_with_word(after, lexicon::after_worded_number);
}

// The unit after the number, looked for before each magnitude written after it and after them
// all: 3千万元 is 3000 of 万元, 8千元 is 8000 of 元, 1.3万亿斤 is 1.3 of 万亿斤.
inline unit_reading read_unit(std::string_view text, const number_reading& n) {
    unit_reading u;
    u.number_end = n.run_end;
    if (n.per > 0) {  // 百分之五: the words are the unit
        u.unit.kind = quantity_kind::share;
        u.unit.per = n.per;
        u.at = u.end = n.run_end;
        return u;
    }
    // 两万亿级, 3万年: a name or a date after the magnitudes.
    if (n.run_end > n.end && is_name_or_date_unit(text.substr(n.run_end))) {
        u.name = true;
        return u;
    }
    std::size_t k = n.end;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t first = k;
    while (true) {
        std::size_t at = k;
        bool more = false;
        for (std::string_view word : lexicon::more_than_words)
            if (begins_with(text.substr(at), word) && at >= n.run_end) {
                more = true;
                at += word.size();
                break;
            }
        const std::string_view rest = text.substr(at);
        const bool duration = begins_with(rest, lexicon::duration_unit) && names_a_duration(text, n.begin);
        if (!duration && !rest.empty() && unit_index().contains(first_code(rest)) && is_name_or_date_unit(rest)) {
            u.name = true;
            return u;
        }
        const unit_match unit = duration ? duration_match() : match_unit(rest);
        if (unit.length > 0) {
            u.unit = unit;
            u.at = at;
            u.end = at + unit.length;
            u.more_than = more;
            u.applied_exponent = n.run_exponent(text, k == first ? n.end : k);
            u.number_end = k == first ? n.end : k;
            return u;
        }
        // 九成: tenths, where the word ends there.
        if (!more && k == first && n.end == n.run_end && begins_with(rest, lexicon::tenths_word) &&
            ends_worded_number(rest.substr(lexicon::tenths_word.size()))) {
            u.unit.kind = quantity_kind::share;
            u.tenths = true;
            u.at = at;
            u.end = at + lexicon::tenths_word.size();
            u.number_end = n.end;
            return u;
        }
        if (k >= n.run_end) return u;
        const auto* m = n.chinese ? chinese_magnitude_at(text.substr(k)) : arabic_magnitude_at(text.substr(k));
        if (!m) return u;
        k += m->text.size();
    }
}

// Whether two ends of a range have units of one kind: 1万元至5万元, 4.5%—5%.
inline bool same_kind_of_unit(const unit_reading& a, const unit_reading& b) {
    return a.unit.kind == b.unit.kind && a.unit.label == b.unit.label && a.unit.usd == b.unit.usd &&
           a.unit.per == b.unit.per && a.tenths == b.tenths;
}

// ---- Stage 3: a range --------------------------------------------------------------

struct range_reading {
    number_reading number;  // the upper end
    unit_reading unit;
    std::size_t end = 0;          // after the upper end's unit, 之间 included
    std::size_t opener_begin = 0; // 在/介于 before the lower end, or the lower end's start
};

// The upper end of a range after the first number: 1-2个, 1万-5万元, 1万(含)-5万元, 20 - 100个,
// 1万元至5万元, 在3%和5%之间. With 和 or 与 only where 之间 follows: 3%和5% is a list.
inline std::optional<range_reading> read_range(std::string_view text, const number_reading& first, const unit_reading& first_unit) {
    std::size_t k = first_unit.unit.length > 0 || first_unit.tenths ? first_unit.end : first.run_end;
    for (std::string_view mark : lexicon::inclusion_marks)
        if (begins_with(text.substr(k), mark)) k += mark.size();
    const auto skip_spaces = [&](std::size_t at) {
        while (at < text.size() && text[at] == ' ') ++at;
        return at;
    };
    k = skip_spaces(k);
    std::size_t separator = 0;
    bool needs_between = false;
    for (std::string_view sep : lexicon::range_separators)
        if (begins_with(text.substr(k), sep)) separator = sep.size();
    if (separator == 0) {
        for (std::string_view joiner : lexicon::between_joiners)
            if (begins_with(text.substr(k), joiner)) separator = joiner.size(), needs_between = true;
    }
    if (separator == 0) return std::nullopt;
    const std::size_t n = skip_spaces(k + separator);
    if (n >= text.size()) return std::nullopt;
    range_reading r;
    // The upper end is written as the lower one is: digits with digits, numerals with numerals.
    if (read_number(text, n, r.number) != number_failure::none || r.number.chinese != first.chinese) return std::nullopt;
    r.unit = read_unit(text, r.number);
    if (r.unit.name || (r.unit.unit.length == 0 && !r.unit.tenths && r.number.per == 0)) return std::nullopt;
    // 一百多亿斤到二百多亿斤: ends that are themselves bounds make no range; each is read alone.
    if (first_unit.more_than || r.unit.more_than) return std::nullopt;
    if ((first_unit.unit.length > 0 || first_unit.tenths || first.per > 0) && !same_kind_of_unit(first_unit, r.unit)) return std::nullopt;
    r.end = r.unit.end;
    for (std::string_view mark : lexicon::inclusion_marks)
        if (begins_with(text.substr(r.end), mark)) r.end += mark.size();
    r.opener_begin = first.begin;
    if (begins_with(text.substr(r.end), lexicon::between_closer)) {
        r.end += lexicon::between_closer.size();
        const std::string_view before = text.substr(0, first.begin);
        for (std::string_view opener : lexicon::between_openers)
            if (finishes_with(before, opener)) {
                r.opener_begin = first.begin - opener.size();
                break;
            }
    } else if (needs_between) {
        return std::nullopt;
    }
    return r;
}

// ---- Stages 4 and 5: bound and change words ----------------------------------------

// 以上, (含)以上, 以下, 以内, 以外, 左右 after the number and its unit.
inline const lexicon::word_after_number* read_bound_after(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    for (const auto& word : lexicon::words_after_number)
        if (begins_with(text.substr(at), word.text)) return &word;
    return nullptr;
}

struct words_before {
    std::size_t begin = 0;  // where the words start
    bound_kind bound = bound_kind::point;
    bool inclusive = true;
    bool sets_bound = false;
    change_word change = change_word::none;
    gap_reference gap = gap_reference::none;  // a stated gap to a target or the pace
    bool level = false;  // 降至, 提高到: the number is the level reached, not the change
};

// Change and bound words right before the number (增长, 不低于, 约), then a bound word before
// the change word (控制在…, 保持…), the particle 了 allowed between (增加了90亿元).
inline words_before read_words_before(std::string_view text, std::size_t begin) {
    words_before found;
    found.begin = begin;
    for (int pass = 0; pass < 2; ++pass) {
        std::size_t k = found.begin;
        while (k > 0 && text[k - 1] == ' ') --k;
        const std::string_view before = text.substr(0, k);
        const bool particle = finishes_with(before, "了");
        const std::string_view head = particle ? before.substr(0, before.size() - 3) : before;
        const lexicon::word_before_number* longest = nullptr;
        for (const auto& word : lexicon::words_before_number)
            if (finishes_with(head, word.text) && (!longest || word.text.size() > longest->text.size())) longest = &word;
        if (!longest) break;
        // 最近, 节约, 签约: words that end like 近 or 约 and are not it.
        bool other_word = false;
        for (std::string_view word : lexicon::not_words_before_number)
            if (word.size() > longest->text.size() && finishes_with(head, word)) other_word = true;
        if (other_word) break;
        if (longest->change != change_word::none && found.change == change_word::none) found.change = longest->change;
        if (longest->gap != gap_reference::none) found.gap = longest->gap;
        // The first word found (nearest the number) sets the bound; 控制在…以内 agrees with itself.
        if (longest->sets_bound && !found.sets_bound && longest->bound == bound_kind::point) found.level = true;
        if (longest->sets_bound && !found.sets_bound) {
            found.sets_bound = true;
            found.bound = longest->bound;
            found.inclusive = longest->inclusive;
        }
        found.begin = k - longest->text.size() - (particle ? 3 : 0);
    }
    return found;
}

// ---- Stage 6: the value in its type ------------------------------------------------

inline quantity make_quantity(const unit_match& unit, decimal number, std::string_view unit_text) {
    switch (unit.kind) {
        case quantity_kind::share: return share(unit.per == 1000 ? scaled_by_power_of_ten(number, -1) : number);
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

// One end's value in the unit it is read with: the number, its sign, the magnitudes between
// it and the unit, tenths (九成 = 90%). An end without a unit of its own (the 1 of 1-2个, the
// 1万 of 1万-5万元) is read in the other end's unit: a magnitude written with it counts
// (8千-1万元 = 0.8万元 to 1万元), else it shares the other end's (1-5万元 = 1万元 to 5万元).
inline quantity end_value(std::string_view text, const number_reading& n, const unit_reading& own, const unit_reading& unit) {
    try {
        decimal value = n.value;
        if (own.unit.length > 0 || own.tenths || n.per > 0) value = scaled_by_power_of_ten(value, own.applied_exponent);
        else if (n.run_end > n.end) value = scaled_by_power_of_ten(value, n.run_exponent(text, n.run_end) - unit.unit.magnitude_exponent);
        else value = scaled_by_power_of_ten(value, unit.applied_exponent);
        if (unit.tenths) value = value * 10;
        if (n.negative) value = -value;
        return make_quantity(unit.unit, value, text.substr(unit.at, unit.end - unit.at));
    } catch (const overflow_error& e) {
        // 10.36百亿亿次: the magnitudes take the number past 64 bits. A typed value's own range
        // (99999999999亿元 exceeds the range of CNY money) says so itself.
        if (std::string_view(e.what()).find(" exceeds the range of ") != std::string_view::npos) throw;
        throw overflow_error(std::string(text.substr(n.digits_begin, unit.end - std::min(unit.end, n.digits_begin))) +
                             " exceeds the range of a 64-bit decimal");
    }
}

// ---- The reader --------------------------------------------------------------------

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

// The end of the Chinese digits and magnitudes at i (for saying where an unreadable one stops).
inline std::size_t numeral_extent(std::string_view text, std::size_t i) {
    while (i < text.size() && (chinese_digit_at(text.substr(i)) >= 0 || chinese_magnitude_at(text.substr(i)))) i += 3;
    return i;
}

// The bytes of a minus sign right before i that is a sign: 增长-2.1%, －3.9%, 负3.9%; not the
// dash of a range or a name (1-2个, 3元-5万个, A-3), nor 正负.
inline std::size_t minus_sign_before(std::string_view text, std::size_t i, std::size_t last_quantity_end) {
    const std::string_view before = text.substr(0, i);
    for (std::string_view sign : lexicon::minus_signs) {
        if (!finishes_with(before, sign)) continue;
        const std::size_t s = i - sign.size();
        if (sign == "负") return ends_with_word(before, lexicon::words_ending_in_fu) ? 0 : sign.size();
        if (s == 0) return sign.size();
        if (s == last_quantity_end) return 0;
        const char c = text[s - 1];
        if (is_ascii_digit(c) || is_ascii_letter(c) || c == '%' || c == '.' || c == ')' || c == '-' || c == '+') return 0;
        const std::string_view head = before.substr(0, s);
        if (head.size() >= 3 && (chinese_digit_at(head.substr(head.size() - 3)) >= 0 || chinese_magnitude_at(head.substr(head.size() - 3))))
            return 0;
        return sign.size();
    }
    return 0;
}

// Where the number that the character at i belongs to starts, or none with where to go on:
// not a number here (PM2.5, 5G, 第五次, 唯一, 统一).
struct number_start {
    std::optional<std::size_t> begin;
    std::size_t next = 0;
};

inline number_start find_number_start(std::string_view text, std::size_t i, std::size_t last_quantity_end) {
    const std::string_view rest = text.substr(i);
    const std::string_view before = text.substr(0, i);
    if (is_ascii_digit(text[i])) {
        // A number glued to Latin letters or other digits is a name: PM2.5, 5G, 4K.
        if (i > 0 && (is_ascii_letter(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '+')) {
            std::size_t j = i;
            while (j < text.size() && (is_ascii_digit(text[j]) || text[j] == '.')) ++j;
            return {std::nullopt, j};
        }
        // The digits after a thousands separator the number before did not take (12345,678).
        if (i > 1 && (text[i - 1] == ',' || text[i - 1] == '.') && is_ascii_digit(text[i - 2])) {
            std::size_t j = i;
            while (j < text.size() && (is_ascii_digit(text[j]) || text[j] == '.')) ++j;
            return {std::nullopt, j};
        }
        if (finishes_with(before, lexicon::ordinal_marker)) {  // 第2批
            std::size_t j = i;
            while (j < text.size() && (is_ascii_digit(text[j]) || text[j] == '.')) ++j;
            return {std::nullopt, j};
        }
        return {i - minus_sign_before(text, i, last_quantity_end), 0};
    }
    if (starts_chinese_numeral(rest)) {
        // 一 ending a word (唯一, 统一, 之一, 同一) is no number: "全省唯一个" is not 一个.
        if (begins_with(rest, "一") && !finishes_with(before, "分之") && before.size() >= 3 &&
            starts_with_word(before.substr(before.size() - 3), lexicon::words_ending_in_yi))
            return {std::nullopt, i + 3};
        if (finishes_with(before, lexicon::ordinal_marker) || ends_with_word(before, lexicon::approximation_prefixes))
            return {std::nullopt, std::max(numeral_extent(text, i), i + 3)};  // 第五次, 几十亿元
        std::size_t start = i;
        if (finishes_with(before, "零点") && before.size() >= 6) start = i - 6;  // 零点五
        const std::string_view head = text.substr(0, start);
        return {start - (finishes_with(head, "负") && !ends_with_word(head, lexicon::words_ending_in_fu) ? 3 : 0), 0};
    }
    // 之 of 百分之 and 千分之: the number starts at 百 or 千.
    if (begins_with(rest, "之") && i >= 6) {
        for (const auto& word : lexicon::fraction_words)
            if (begins_with(text.substr(i - 6), word.text)) return {i - 6, 0};
    }
    // E4/E5 lead a three-byte character; in invalid UTF-8 step one byte, so that no digit is passed over.
    return {std::nullopt, i + (i + 2 < text.size() && is_continuation(text[i + 1]) && is_continuation(text[i + 2]) ? 3 : 1)};
}

// Whether a range may follow the number: a separator, (含), 和 (for 之间).
inline bool may_continue_as_range(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    const std::string_view rest = text.substr(at);
    return starts_with_word(rest, lexicon::range_separators) || starts_with_word(rest, lexicon::inclusion_marks) ||
           starts_with_word(rest, lexicon::between_joiners);
}

// A number the reader could not read (too long, 七八家): a reading issue where a unit
// follows it, since only then did it look like a quantity.
inline void report_unreadable_number(const normalized_text& normalized, const number_reading& n, number_failure failure,
                                     std::vector<reading_issue>* issues) {
    if (!issues) return;
    const std::string_view text = normalized.text();
    std::size_t unit_at = n.run_end;
    while (unit_at < text.size() && text[unit_at] == ' ') ++unit_at;
    for (std::string_view more : lexicon::more_than_words)
        if (begins_with(text.substr(unit_at), more)) unit_at += more.size();
    const unit_match unit = match_unit(text.substr(unit_at));
    if (unit.length == 0 || is_name_or_date_unit(text.substr(unit_at))) return;
    const char* reason = failure == number_failure::too_long
                             ? "a number too long for a 64-bit decimal; not read as a quantity"
                             : "Chinese numerals written digit by digit (七八家: seven or eight? 二〇二四: a year?); not read as a quantity";
    add_issue(*issues, normalized, failure == number_failure::too_long ? n.digits_begin : n.begin, unit_at + unit.length, reason);
}

// Whether a number written in Chinese numerals is a quantity with this unit: a measure word
// or a measure's unit always (三个, 一天, 六倍; 两大 is not one); money, area, length, a
// percent or points (一千元, 三百米) unless a lone digit is glued to a word (二元结构, 一元化,
// 一米线).
inline bool worded_number_takes_unit(std::string_view text, const number_reading& n, const unit_reading& u) {
    if (!n.chinese || n.per > 0 || u.tenths || u.unit.kind == quantity_kind::count) return true;
    if (u.unit.kind == quantity_kind::other && !starts_with_word(u.unit.label, lexicon::foreign_currencies)) return true;
    const bool lone_digit = n.run_end - n.digits_begin == 3 && u.applied_exponent == 0;
    return !lone_digit || ends_worded_number(text.substr(u.end));
}

// Stage 6: the reading as a text_quantity, or why it cannot be one.
struct quantity_candidate {
    number_reading number;
    unit_reading unit;
    std::optional<range_reading> range;
    const lexicon::word_after_number* after = nullptr;
    words_before before;
    std::size_t end = 0;  // of the whole expression
};

inline std::string written_number(std::string_view text, const number_reading& n, std::size_t end) {
    std::string written;
    if (n.negative) written = text.substr(n.begin, n.digits_begin - n.begin - (n.per > 0 ? 9 : 0));
    std::string_view digits = text.substr(n.digits_begin, end - std::min(end, n.digits_begin));
    while (digits.ends_with(' ')) digits.remove_suffix(1);
    return written + std::string(digits);
}

inline text_quantity make_reading(std::string_view text, const quantity_candidate& c) {
    const unit_reading& unit = c.range ? c.range->unit : c.unit;
    text_quantity q(end_value(text, c.number, c.unit, unit));
    if (c.range) q.upper = end_value(text, c.range->number, c.range->unit, c.range->unit);
    q.unit_text = !unit.implied.empty() ? std::string(unit.implied)
                  : unit.tenths ? std::string(lexicon::tenths_word)
                  : unit.unit.kind == quantity_kind::share && unit.unit.per == 1000 ? "‰"
                  : unit.unit.kind == quantity_kind::share && unit.unit.length <= 1 ? "%"
                                                                                     : std::string(text.substr(unit.at, unit.end - unit.at));
    q.value_text = written_number(text, c.number, c.unit.unit.length > 0 || c.unit.tenths ? c.unit.number_end : c.number.run_end);
    if (c.range) q.value_text += '-' + written_number(text, c.range->number, c.range->unit.number_end);
    q.chinese_numeral = c.number.chinese;
    if (c.range) q.bound = bound_kind::range;
    if (c.unit.more_than && !c.range) {
        q.bound = bound_kind::at_least;
        q.inclusive = false;
    }
    if (c.after) {
        q.bound = c.after->bound;
        q.inclusive = c.after->inclusive;
    }
    // 降至5.5%: the level reached (a share stays a share), lower being better.
    q.change = c.before.level ? change_word::none : c.before.change;
    if (c.before.level && c.before.change == change_word::decrease) q.better = direction::lower_is_better;
    q.gap = c.before.gap;
    if (c.before.sets_bound && q.bound == bound_kind::point) {
        q.bound = c.before.bound;
        q.inclusive = c.before.inclusive;
    }
    // A percent with a change word is a growth rate.
    if (q.value.kind() == quantity_kind::share && q.change != change_word::none) {
        const auto as_growth = [](const quantity& v) { return quantity(growth_rate(v.as<share>().percent())); };
        q.value = as_growth(q.value);
        if (q.upper) q.upper = as_growth(*q.upper);
    }
    // A fall in a rate is a negative change: 下降5% is −5%. An amount that falls (减少100亿元)
    // keeps its sign: the amount is what falls.
    const bool negated = q.change == change_word::decrease &&
                         (q.value.kind() == quantity_kind::growth_rate || q.value.kind() == quantity_kind::percentage_points);
    q.value = apply_change(q.value, q.change);
    if (q.upper) q.upper = apply_change(*q.upper, q.change);
    if (negated && q.upper) std::swap(*q.upper, q.value);  // 下降4.5%-5%: the ends swap
    if (q.change == change_word::decrease || q.bound == bound_kind::at_most) q.better = direction::lower_is_better;
    // 下降5%以上: a fall of at least 5% is a change of −5% or lower.
    if (negated && q.bound == bound_kind::at_least) q.bound = bound_kind::at_most;
    return q;
}

// After a unit, what qualifies it: per one of something (万元/人, 吨/年) or the unit another
// way (台（套）, 个(家)). Where it ends; `at` itself where nothing qualifies the unit.
inline std::size_t unit_qualifier_end(std::string_view text, std::size_t at) {
    const auto one_character = [&](std::size_t k) {
        return k + 3 <= text.size() && static_cast<unsigned char>(text[k]) >= 0xE4 && static_cast<unsigned char>(text[k]) <= 0xE9 &&
                       is_continuation(text[k + 1]) && is_continuation(text[k + 2])
                   ? k + 3
                   : k;
    };
    const std::string_view rest = text.substr(at);
    if (begins_with(rest, "/")) {
        const std::size_t end = one_character(at + 1);
        return end > at + 1 ? end : at;
    }
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
        if (!begins_with(rest, open)) continue;
        const std::size_t inside = one_character(at + open.size());
        if (inside > at + open.size() && begins_with(text.substr(inside), close)) return inside + close.size();
    }
    return at;
}

// A number without a unit that its metric implies: PM2.5平均浓度降至31以下 is 31微克/立方米.
// Only a bare number (no magnitude, no Chinese numeral) with a bound word after it and a
// change or bound word before, in a clause naming such a metric.
inline bool read_implied_unit(std::string_view text, const number_reading& n, unit_reading& unit) {
    if (n.chinese || n.run_end != n.end || n.per > 0 || !read_bound_after(text, n.end)) return false;
    const words_before before = read_words_before(text, n.begin);
    if (before.begin == n.begin) return false;
    std::string_view head = text.substr(0, before.begin);
    for (std::string_view mark : {"，", "。", "；", "\n"})
        if (const auto at = head.rfind(mark); at != std::string_view::npos) head.remove_prefix(at + mark.size());
    for (const auto& [metric, implied] : lexicon::implied_units) {
        if (head.find(metric) == std::string_view::npos) continue;
        unit.unit = match_unit(implied);
        if (unit.unit.length != implied.size()) return false;
        unit.at = unit.end = unit.number_end = n.end;
        unit.implied = implied;
        return true;
    }
    return false;
}

// Whether the list going on at `at` (、1.4个、2个百分点) ends in 个百分点, every item a number
// with 个: the unit its last item writes out is the one the others abbreviate.
inline bool list_ends_in_points(std::string_view text, std::size_t at) {
    for (int item = 0; item < 8 && begins_with(text.substr(at), "、"); ++item) {
        std::size_t k = at + std::string_view("、").size();
        const std::size_t digits = k;
        while (k < text.size() && (is_ascii_digit(text[k]) || text[k] == '.')) ++k;
        if (k == digits) return false;
        if (begins_with(text.substr(k), "个百分点")) return true;
        if (!begins_with(text.substr(k), "个")) return false;
        at = k + std::string_view("个").size();
    }
    return false;
}

// One candidate from the number starting at begin, or none. Returns where to go on.
inline std::size_t read_candidate(const normalized_text& normalized, std::size_t begin, std::vector<located_quantity>& found,
                                  std::vector<reading_issue>* issues) {
    const std::string_view text = normalized.text();
    quantity_candidate c;
    number_reading& n = c.number;
    if (const number_failure failure = read_number(text, begin, n); failure != number_failure::none) {
        if (n.chinese && n.run_end <= n.digits_begin) n.end = n.run_end = numeral_extent(text, n.digits_begin);
        if (failure != number_failure::not_a_number) report_unreadable_number(normalized, n, failure, issues);
        return std::max(n.run_end, n.digits_begin + 1);
    }
    // Digits glued to Latin letters are a name: 5G, 4K, 3D.
    if (!n.chinese && n.run_end == n.end && n.end < text.size() && (is_ascii_letter(text[n.end]) || text[n.end] == '+'))
        return n.end;
    c.unit = read_unit(text, n);
    if (c.unit.name) return std::max(n.run_end, n.digits_begin + 1);
    const bool has_unit = c.unit.unit.length > 0 || c.unit.tenths || n.per > 0;
    if (has_unit || may_continue_as_range(text, n.run_end)) c.range = read_range(text, n, c.unit);
    if (!has_unit && !c.range && !read_implied_unit(text, n, c.unit)) return std::max(n.run_end, n.digits_begin + 1);
    const unit_reading& unit = c.range ? c.range->unit : c.unit;
    const std::size_t number_end = c.range ? c.range->end : c.unit.end;
    if (!worded_number_takes_unit(text, n, unit)) return number_end;
    c.end = number_end;
    if (!c.range) {
        // A bound after what qualifies the unit: 30万元/人左右, 1万台（套）以上.
        for (const std::size_t from : {c.unit.end, unit_qualifier_end(text, c.unit.end)}) {
            c.after = read_bound_after(text, from);
            if (!c.after) continue;
            std::size_t at = from;
            while (at < text.size() && text[at] == ' ') ++at;
            c.end = at + c.after->text.size();
            break;
        }
    }
    c.before = read_words_before(text, c.range ? c.range->opener_begin : n.begin);
    const std::size_t number_stop = c.range ? c.range->unit.end : c.unit.end;
    // 港币100万元: an amount in another currency, written with 元.
    if (unit.unit.kind == quantity_kind::money && !unit.unit.usd) {
        std::string_view head = text.substr(0, n.begin);
        while (head.ends_with(' ')) head.remove_suffix(1);
        if (ends_with_word(head, lexicon::foreign_currencies)) {
            std::size_t currency_begin = head.size();
            for (std::string_view currency : lexicon::foreign_currencies)
                if (finishes_with(head, currency)) currency_begin = std::min(currency_begin, head.size() - currency.size());
            if (issues)
                add_issue(*issues, normalized, std::min(currency_begin, c.before.begin), number_stop,
                          "an amount in another currency written with 元 (港币100元); not read as CNY money");
            return number_stop;
        }
    }
    // 下降-1%: a fall of a negative amount, a fall or a rise?
    if (c.before.change == change_word::decrease && (n.negative || (c.range && c.range->number.negative))) {
        if (issues)
            add_issue(*issues, normalized, c.before.begin, number_stop,
                      "a fall word before a negative number (下降-1%: a fall or a rise?); not read as a quantity");
        return number_stop;
    }
    // 超时间进度16.84个: after a gap, 个 is short for 个百分点; so in a list that ends in it
    // (分别高0.5个、1.4个百分点).
    if (!c.range && c.unit.unit.kind == quantity_kind::count && c.unit.unit.label == "个" &&
        (c.before.gap != gap_reference::none || list_ends_in_points(text, c.unit.end))) {
        c.unit.unit.kind = quantity_kind::percentage_points;
        c.unit.unit.points = true;
    }
    std::optional<text_quantity> read;
    try {
        read = make_reading(text, c);
    } catch (const error& e) {
        // A value finer than its type's resolution (0.00001亩), or too large for it.
        if (issues) add_issue(*issues, normalized, n.begin, c.end, std::string(e.reason_text()) + "; not read as a quantity");
        return c.end;
    }
    text_quantity& q = *read;
    // 增长7%-6.5%: a range written high to low is a slip the reader cannot settle.
    if (q.upper && detail::compare_values(q.value, *q.upper) > 0) {
        if (issues)
            add_issue(*issues, normalized, c.before.begin, number_stop, "a range whose lower end is above its upper end; not read as a quantity");
        return number_stop;
    }
    q.number_begin = normalized.original_offset(n.begin);
    q.number_end = normalized.original_offset(number_stop);
    q.begin = normalized.original_offset(c.before.begin);
    q.end = normalized.original_offset(c.end);
    found.push_back({std::move(q), c.before.begin, c.end, n.begin, number_stop});
    return number_stop;
}

// The next byte at or after i that can start a number: an ASCII digit, a Chinese numeral
// (一 … 十, 两), 之 (of 百分之), or 翻 and 持 (翻一番, 持平: changes said in words). This is the scan over every byte of a report: a Chinese
// character is decoded and looked up in a bitmap of those characters, without a branch that
// depends on which character it is.
inline std::size_t next_possible_number(std::string_view text, std::size_t i) noexcept {
    static constexpr auto may_start = [] {
        std::array<std::uint64_t, 0x10000 / 64> bits{};
        for (std::string_view c : {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "之", "翻", "持"}) {
            const std::uint32_t code = three_byte_code_point(c);
            bits[code / 64] |= std::uint64_t{1} << (code % 64);
        }
        return bits;
    }();
    const std::size_t size = text.size();
    while (i < size) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            if (lead >= '0' && lead <= '9') return i;
            ++i;
            continue;
        }
        if (lead >= 0xE0 && lead < 0xF0 && i + 2 < size && is_continuation(text[i + 1]) && is_continuation(text[i + 2])) {
            const std::uint32_t code = three_byte_code_point(text.substr(i, 3));
            if ((may_start[code / 64] >> (code % 64)) & 1u) return i;
            i += 3;
            continue;
        }
        ++i;  // a two-byte character, or bytes that are not UTF-8: no digit is passed over
    }
    return i;
}

// A change said in words at i (翻一番, 翻番, 持平) as a growth, with the bound and change words
// before it (力争翻一番, 基本持平 is around); where it ends, or 0 if none is there.
inline std::size_t read_worded_change(const normalized_text& normalized, std::size_t i, std::vector<located_quantity>& found) {
    const std::string_view text = normalized.text();
    const std::string_view rest = text.substr(i);
    const auto word = std::find_if(lexicon::worded_changes.begin(), lexicon::worded_changes.end(),
                                   [&](const auto& w) { return begins_with(rest, w.text); });
    if (word == lexicon::worded_changes.end()) return 0;
    const std::size_t end = i + word->text.size();
    if (word->percent == 0) {  // 持平, not 坚持平等
        const std::string_view after = text.substr(end);
        const bool word_follows = !after.empty() && static_cast<unsigned char>(after[0]) >= 0xE4 &&
                                  static_cast<unsigned char>(after[0]) <= 0xE9 && !starts_with_word(after, lexicon::words_after_level);
        if (word_follows || ends_with_word(text.substr(0, i), lexicon::characters_before_chi)) return 0;
    }
    text_quantity q(quantity(growth_rate(decimal(word->percent))));
    q.value_text = std::string(word->text);
    q.change = word->percent > 0 ? change_word::increase : change_word::none;
    const words_before before = read_words_before(text, i);
    std::size_t begin = before.begin;
    if (finishes_with(text.substr(0, begin), "基本")) {  // 基本持平: about level
        begin -= std::string_view("基本").size();
        q.bound = bound_kind::around;
    } else if (before.sets_bound) {
        q.bound = before.bound;
        q.inclusive = before.inclusive;
    }
    q.begin = normalized.original_offset(begin);
    q.end = normalized.original_offset(end);
    q.number_begin = normalized.original_offset(i);
    q.number_end = q.end;
    found.push_back({std::move(q), begin, end, i, end});
    return end;
}

inline std::vector<located_quantity> locate_quantities(const normalized_text& normalized,
                                                       std::vector<reading_issue>* issues = nullptr) {
    const std::string_view text = normalized.text();
    std::vector<located_quantity> found;
    // Reports hold a quantity every 400 bytes or so: reserving one per 128 bytes spares the
    // copies of growing, and pages never written are never touched.
    found.reserve(text.size() / 128 + 8);
    // Numbers in addresses, document numbers, footnote marks and page navigation are no quantities.
    const byte_spans not_prose = non_prose_spans(text);
    auto next_span = not_prose.begin();
    std::size_t i = 0;
    while ((i = next_possible_number(text, i)) < text.size()) {
        while (next_span != not_prose.end() && next_span->second <= i) ++next_span;
        if (next_span != not_prose.end() && next_span->first <= i) {
            i = next_span->second;
            continue;
        }
        if (const std::size_t end = read_worded_change(normalized, i, found)) {
            i = end;
            continue;
        }
        const std::size_t last_end = found.empty() ? std::string_view::npos : found.back().number_end;
        const number_start start = find_number_start(text, i, last_end);
        i = start.begin ? std::max(read_candidate(normalized, *start.begin, found, issues), i + 1) : start.next;
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
// decimal, a value too fine or too large for its type, an ambiguous number), and bytes that
// are not text, each with where it is; appended to issues in order of position.
inline std::vector<text_quantity> read_quantities(std::string_view text, std::vector<reading_issue>& issues) {
    return detail::read_quantities_reporting(text, &issues);
}

}  // namespace govtarget
