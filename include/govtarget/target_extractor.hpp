#pragma once
// From report text to targets: each quantity with the metric it measures (地区生产总值,
// 新增国家高新技术企业), its bound and stretch tier, and whether it stands in the part of the
// report that reviews the past year or the part that plans the new one. Numbers that are
// not targets are left out: dates, list markers, ordinals, names in quotes or with numbers
// (398号, 15号线, "1+4"), thresholds that define what is counted ("引进10亿元以上重大产业项目
// 20个": the target is 20个, the threshold belongs to the metric), durations that qualify a
// noun ("10分钟健身圈"), and counts of the report's own agenda ("7方面21项工作").

#include <govtarget/detail/normalize.hpp>
#include <govtarget/detail/word_match.hpp>
#include <govtarget/lexicon.hpp>
#include <govtarget/metric_key.hpp>
#include <govtarget/quantity_reader.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

enum class report_section { plan, review, unknown };

inline constexpr std::string_view to_string(report_section section) noexcept {
    return section == report_section::plan ? "plan" : section == report_section::review ? "review" : "unknown";
}

struct extracted_target {
    text_quantity quantity;
    std::string metric;  // the indicator: 固定资产投资, 新增国家高新技术企业
    bool stretch = false;  // 力争, 争取, 争创
    report_section section = report_section::unknown;
    std::string excerpt;  // the clause the quantity stands in
    std::string metric_key;  // the indicator however named (see metric_key.hpp): 地区生产总值 for GDP
    friend bool operator==(const extracted_target&, const extracted_target&) = default;
};

namespace detail {

// The extractor's words (lexicon.hpp).
using lexicon::aspect_nouns, lexicon::circumstance_openers, lexicon::construction_phases, lexicon::doing_verbs,
    lexicon::growth_goal_nouns, lexicon::inherited_item_verbs, lexicon::item_verbs, lexicon::leading_non_metric_words,
    lexicon::linking_verbs, lexicon::plan_continuing_words, lexicon::plan_heading_words, lexicon::plan_paragraph_openers,
    lexicon::rate_of_change_nouns, lexicon::review_heading_words, lexicon::stretch_words, lexicon::verbs_not_in_names;





inline constexpr auto clause_breaks = std::to_array<std::string_view>({"，", "；", "。", "！", "？", "：", "\n", ",", ";", ":"});

inline bool begins_with_any(std::string_view text, const auto& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return begins_with(text, w); });
}

inline std::string_view strip_leading(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1), changed = true;
        // List markers: (1) （1） 1. 1、 ①
        if (begins_with(text, "(") || begins_with(text, "（")) {
            const std::size_t open = begins_with(text, "(") ? 1 : 3;
            std::size_t k = open;
            while (k < text.size() && (is_ascii_digit(text[k]) || starts_chinese_numeral(text.substr(k))))
                k += is_ascii_digit(text[k]) ? 1 : 3;
            if (k > open && (begins_with(text.substr(k), ")") || begins_with(text.substr(k), "）"))) {
                text.remove_prefix(k + (begins_with(text.substr(k), ")") ? 1 : 3));
                changed = true;
                continue;
            }
        }
        if (!text.empty() && is_ascii_digit(text[0])) {
            std::size_t k = 0;
            while (k < text.size() && is_ascii_digit(text[k])) ++k;
            if (begins_with(text.substr(k), ".") || begins_with(text.substr(k), "、")) {
                text.remove_prefix(k + (begins_with(text.substr(k), ".") ? 1 : 3));
                changed = true;
                continue;
            }
        }
        for (std::string_view word : leading_non_metric_words) {
            if (begins_with(text, word) && text.size() > word.size()) {
                text.remove_prefix(word.size());
                changed = true;
                break;
            }
        }
    }
    return text;
}

// A word that is never a metric, even alone: 预计, 上半年.
inline bool names_nothing(std::string_view metric) {
    const auto is = [&](std::string_view w) { return metric == w; };
    if (std::any_of(stretch_words.begin(), stretch_words.end(), is)) return false;  // apply_stretch reads these
    return std::any_of(leading_non_metric_words.begin(), leading_non_metric_words.end(), is) ||
           std::any_of(lexicon::time_words_before_metric.begin(), lexicon::time_words_before_metric.end(), is);
}

inline std::string_view strip_trailing(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1), changed = true;
        for (std::string_view word : lexicon::trailing_non_metric_words) {
            // 平均, 同等: the last character of a word, not a word of its own.
            const bool inside_word = (word == "均" && finishes_with(text, "平均")) || (word == "等" && finishes_with(text, "同等"));
            if (finishes_with(text, word) && text.size() > word.size() && !inside_word) {
                text.remove_suffix(word.size());
                changed = true;
                break;
            }
        }
    }
    return text;
}

// The length of "6月末", "1-6月", "1—6月份", "3月底" at the start of text; 0 if none.
inline std::size_t month_phrase_length(std::string_view text) {
    std::size_t k = 0;
    const auto digits = [&] {
        const std::size_t from = k;
        while (k < text.size() && is_ascii_digit(text[k]) && k - from < 2) ++k;
        return k > from;
    };
    if (!digits()) return 0;
    for (std::string_view dash : {"-", "—", "－", "~", "～", "至"})
        if (begins_with(text.substr(k), dash)) {
            k += dash.size();
            if (!digits()) return 0;
            break;
        }
    if (!begins_with(text.substr(k), "月")) return 0;
    k += 3;
    for (std::string_view after : {"末", "底", "份"})
        if (begins_with(text.substr(k), after)) return k + after.size();
    return k;
}

// A year or a comparison is not part of a metric: "1982年重工业总产值比上年" → 重工业总产值.
inline std::string_view strip_time_and_comparison(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        std::size_t k = 0;
        while (k < text.size() && is_ascii_digit(text[k])) ++k;
        if (k == 4 && begins_with(text.substr(k), "年")) {
            text.remove_prefix(k + 3);
            changed = true;
        }
        // 6月末, 1-6月, 3月份: months as time, not as part of what is measured.
        if (const std::size_t months = month_phrase_length(text); months > 0 && months < text.size()) {
            text.remove_prefix(months);
            changed = true;
        }
        for (std::string_view word : lexicon::time_words_before_metric) {
            if (begins_with(text, word) && text.size() > word.size()) {
                text.remove_prefix(word.size());
                changed = true;
            }
        }
        for (std::string_view lead : {"，", "、", " "})
            if (begins_with(text, lead)) text.remove_prefix(lead.size()), changed = true;
    }
    // 比上年, 比1980年, 比预算, 较上年, 同比 — but not 比重, 比例, 比率.
    for (std::size_t at = 0; (at = text.find("比", at)) != std::string_view::npos; at += 3) {
        const std::string_view after = text.substr(at + 3);
        if (begins_with(after, "重") || begins_with(after, "例") || begins_with(after, "率") || begins_with(after, "值") ||
            (at >= 3 && (text.substr(at - 3, 3) == "占" || text.substr(at - 3, 3) == "之")))
            continue;  // 比重, 比例, 比率, 比值, 占比, 之比
        text = text.substr(0, at >= 3 && text.substr(at - 3, 3) == "同" ? at - 3 : at);
        break;
    }
    for (std::string_view comparison : {"较上年", "较去年", "较上一年"}) {
        const auto at = text.find(comparison);
        if (at != std::string_view::npos) text = text.substr(0, at);
    }
    return text;
}

inline bool is_clause_break_at(std::string_view text, std::size_t i) {
    // Every break starts with one of these bytes: answer most characters without a table search.
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead != 0xEF && lead != 0xE3 && lead != '\n' && lead != ',' && lead != ';' && lead != ':') return false;
    return std::any_of(clause_breaks.begin(), clause_breaks.end(),
                       [&](std::string_view b) { return begins_with(text.substr(i), b); });
}

// Start of the clause containing i, and its end.
inline std::size_t clause_start(std::string_view text, std::size_t i) {
    std::size_t k = i;
    while (k > 0) {
        std::size_t prev = k - 1;
        while (prev > 0 && is_continuation(text[prev])) --prev;
        if (is_clause_break_at(text, prev)) return prev + (begins_with(text.substr(prev), "\n") || text[prev] == ',' ||
                                                               text[prev] == ';' || text[prev] == ':'
                                                           ? 1
                                                           : 3);
        k = prev;
    }
    return 0;
}
inline std::size_t clause_end(std::string_view text, std::size_t i) {
    std::size_t k = i;
    while (k < text.size() && !is_clause_break_at(text, k)) ++k;
    return k;
}

// Quoted stretches of text: “…”, 「…」 and ‘…’. Quotes do not span paragraphs.
inline std::vector<std::pair<std::size_t, std::size_t>> quoted_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead == '\n') {
            open = std::string_view::npos;
            continue;
        }
        if ((lead != 0xE2 && lead != 0xE3) || i + 2 >= text.size()) continue;
        switch (three_byte_code(text.substr(i, 3))) {  // “ ‘ 「 open, ” ’ 」 close
            case 0xE2809C: case 0xE28098: case 0xE3808C:  // “ ‘ 「
                open = i;
                i += 2;
                break;
            case 0xE2809D: case 0xE28099: case 0xE3808D:  // ” ’ 」
                if (open != std::string_view::npos) spans.push_back({open, i + 3});
                open = std::string_view::npos;
                i += 2;
                break;
            default:
                break;
        }
    }
    return spans;
}

// Whether `at` is inside one of the quoted spans (disjoint and in order).
inline bool inside_quotes(const std::vector<std::pair<std::size_t, std::size_t>>& quotes, std::size_t at) {
    auto it = std::upper_bound(quotes.begin(), quotes.end(), at, [](std::size_t a, const auto& q) { return a <= q.first; });
    return it != quotes.begin() && at < std::prev(it)->second;
}


// The 4-digit years (1949-2099) a text names, in order.
// Sections by their headings: numbered ones (一、… 二、…) and short unnumbered lines that name a
// part ("“十五五”时期主要目标和2026年重点工作"). A heading reads as review or plan by its words —
// the last word of either kind decides ("…发展成就和“十五五”时期主要目标任务" plans) — and by
// its year against the report's own (2026年主要工作 plans in a 2026 report, 2025年 reviews).
// A heading that says neither continues a plan, and is otherwise unknown: never a guess of plan.
inline std::vector<int> years_named(std::string_view text) {
    std::vector<int> years;
    for (std::size_t at = 0; (at = text.find("年", at)) != std::string_view::npos; at += 3) {
        if (at < 4) continue;
        const std::string_view digits = text.substr(at - 4, 4);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return is_ascii_digit(c); })) continue;
        if (at >= 5 && is_ascii_digit(text[at - 5])) continue;
        const int year = std::stoi(std::string(digits));
        if (year >= 1949 && year <= 2099) years.push_back(year);
    }
    return years;
}

// The last position of any of the words in the heading, or npos.
inline std::size_t last_of(std::string_view heading, const auto& words) {
    // Forward: find skips to the word's first byte, rfind compares at every position.
    std::size_t last = std::string_view::npos;
    for (std::string_view w : words)
        for (auto at = heading.find(w); at != std::string_view::npos; at = heading.find(w, at + 1))
            if (last == std::string_view::npos || at > last) last = at;
    return last;
}

inline report_section classify_heading(std::string_view heading, report_section previous, int report_year) {
    std::size_t review = last_of(heading, review_heading_words);
    std::size_t plan = last_of(heading, plan_heading_words);
    // 主要工作 reviews unless its year is the report's: "2026年主要工作" in a 2026 report plans.
    if (const auto at = heading.find("主要工作"); at != std::string_view::npos && plan == std::string_view::npos) {
        const auto years = years_named(heading);
        const bool this_year = report_year > 0 && std::find(years.begin(), years.end(), report_year) != years.end();
        if (this_year) plan = at;
        else if (review == std::string_view::npos) review = at;
    }
    if (review == std::string_view::npos && plan == std::string_view::npos) {
        // An imperative heading (加快农业的发展, 关于社会主义建设) directs: a plan.
        if (last_of(heading, plan_continuing_words) != std::string_view::npos) return report_section::plan;
        const auto years = years_named(heading);
        if (report_year > 0 && !years.empty())
            return *std::max_element(years.begin(), years.end()) >= report_year ? report_section::plan : report_section::review;
        if (previous == report_section::plan) return report_section::plan;
        return report_section::unknown;
    }
    if (plan == std::string_view::npos) return report_section::review;
    if (review == std::string_view::npos) return report_section::plan;
    return plan > review ? report_section::plan : report_section::review;
}

// A line that heads a part: numbered 一、, or short, unpunctuated and naming a part.
inline bool is_heading_line(std::string_view content) {
    std::size_t k = 0;
    while (k < content.size() && starts_chinese_numeral(content.substr(k))) k += 3;
    if (k > 0 && begins_with(content.substr(k), "、")) return content.size() < 150;
    if (content.size() > 40 * 3 || content.size() < 4 * 3) return false;
    for (std::string_view mark : {"。", "，", "；", "：", "！", "？", ",", ";", ":"})
        if (content.find(mark) != std::string_view::npos) return false;
    return last_of(content, review_heading_words) != std::string_view::npos || last_of(content, plan_heading_words) != std::string_view::npos;
}

// The year a report plans: the latest year its headings (or its title) name.
inline int report_year_of(std::string_view text, const std::vector<std::string_view>& headings) {
    int year = 0;
    for (std::string_view h : headings)
        for (int y : years_named(h)) year = std::max(year, y);
    if (year == 0)
        for (int y : years_named(text.substr(0, std::min<std::size_t>(text.size(), 600)))) year = std::max(year, y);
    return year;
}


// The first paragraph in [from, to) after the heading line whose first sentence opens the plan, or npos.
inline std::size_t first_plan_paragraph(std::string_view text, std::size_t from, std::size_t to, int report_year) {
    const std::string year = report_year > 0 ? std::to_string(report_year) + "年" : std::string("\x01");
    for (std::size_t line = text.find('\n', from); line != std::string_view::npos && line + 1 < to;
         line = text.find('\n', line + 1)) {
        // The paragraph's first sentence, at most 120 characters.
        std::string_view start = text.substr(line + 1, std::min<std::size_t>(to - line - 1, 120 * 3));
        start = start.substr(0, std::min({start.find("。"), start.find('\n'), start.size()}));
        if (start.find(year) != std::string_view::npos || last_of(start, plan_paragraph_openers) != std::string_view::npos)
            return line + 1;
    }
    return std::string_view::npos;
}

// The report's headings, with where each line starts.
inline std::vector<std::pair<std::size_t, std::string_view>> report_headings(std::string_view text) {
    std::vector<std::pair<std::size_t, std::string_view>> headings;
    for (std::size_t line = 0; line < text.size();) {
        std::size_t end = text.find('\n', line);
        if (end == std::string_view::npos) end = text.size();
        std::string_view content = text.substr(line, end - line);
        while (begins_with(content, " ")) content.remove_prefix(1);
        if (is_heading_line(content)) headings.push_back({line, content});
        line = end + 1;
    }
    return headings;
}

inline int report_year_of(std::string_view text, const std::vector<std::pair<std::size_t, std::string_view>>& headings) {
    std::vector<std::string_view> texts;
    for (const auto& h : headings) texts.push_back(h.second);
    return report_year_of(text, texts);
}

// The year a report plans for: the latest year its headings name (二、2024年工作安排); 0 if none.
inline int report_year(std::string_view text) { return report_year_of(text, report_headings(text)); }

inline std::vector<std::pair<std::size_t, report_section>> section_starts(std::string_view text) {
    const auto headings = report_headings(text);
    const int report_year = report_year_of(text, headings);
    std::vector<std::pair<std::size_t, report_section>> starts;
    report_section current = report_section::unknown;
    for (std::size_t h = 0; h < headings.size(); ++h) {
        const auto& [at, heading] = headings[h];
        current = classify_heading(heading, current, report_year);
        starts.push_back({at, current});
        // "一、1998年工作回顾和1999年工作的总体要求": a review, then the plan from the first
        // paragraph that opens it.
        const bool review_then_plan = current == report_section::plan && last_of(heading, review_heading_words) != std::string_view::npos;
        if (!review_then_plan) continue;
        starts.back().second = report_section::review;
        const std::size_t part_end = h + 1 < headings.size() ? headings[h + 1].first : text.size();
        if (const std::size_t opens = first_plan_paragraph(text, at, part_end, report_year); opens != std::string_view::npos)
            starts.push_back({opens, report_section::plan});
        else
            starts.back().second = report_section::unknown;  // cannot be told apart
    }
    return starts;
}

inline report_section section_at(const std::vector<std::pair<std::size_t, report_section>>& starts, std::size_t i) {
    auto it = std::upper_bound(starts.begin(), starts.end(), i, [](std::size_t a, const auto& s) { return a < s.first; });
    return it == starts.begin() ? report_section::unknown : std::prev(it)->second;
}

// "力争", "争取达到", "力争实现": a stretch word and at most a verb, no metric.
inline bool is_stretch_word_only(std::string_view metric) {
    for (std::string_view word : stretch_words) {
        if (!begins_with(metric, word)) continue;
        const std::string_view rest = metric.substr(word.size());
        return rest.empty() || rest == "达到" || rest == "实现" || rest == "到" || rest == "再";
    }
    return false;
}

inline bool is_cjk_text_at(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    if (static_cast<unsigned char>(text[i]) < 0xE3) return false;
    if (is_clause_break_at(text, i)) return false;
    for (std::string_view punct : {"、", "“", "”", "（", "）", "《", "》", "「", "」", "—", "…"})
        if (begins_with(text.substr(i), punct)) return false;
    return true;
}

inline bool is_rate_kind(const quantity& value) {
    const quantity_kind kind = value.kind();
    return kind == quantity_kind::share || kind == quantity_kind::growth_rate || kind == quantity_kind::percentage_points;
}

// A share read as a rate of change (5% after 增长, 涨幅 or 幅度): growth, negative for a fall.
inline void retype_as_growth(text_quantity& q, change_word change) {
    if (!q.value.holds<share>()) return;
    const auto as_growth = [&](const quantity& v) { return apply_change(quantity(growth_rate(v.as<share>().percent())), change); };
    q.value = as_growth(q.value);
    if (q.upper && q.upper->holds<share>()) q.upper = as_growth(*q.upper);
    if (change != change_word::none) q.change = change;
    if (change != change_word::decrease) return;
    // 降幅超过3%: a fall of more than 3% is a change below −3%; the bound turns with the sign.
    if (q.upper) std::swap(q.value, *q.upper);
    if (q.bound == bound_kind::at_least) q.bound = bound_kind::at_most;
    else if (q.bound == bound_kind::at_most) q.bound = bound_kind::at_least;
    q.better = direction::lower_is_better;
}

// "对A和B分别按照5%和10%的幅度进行再压减": the names before 分别, one per quantity after it.
inline std::vector<std::string_view> names_before_respectively(std::string_view head) {
    std::vector<std::string_view> names;
    const auto at = head.find("分别");
    if (at == std::string_view::npos) return names;
    std::string_view list = head.substr(0, at);
    for (std::string_view lead : {"对", "将", "把", "为"})
        if (begins_with(list, lead)) list.remove_prefix(lead.size());
    while (!list.empty()) {
        std::size_t cut = std::string_view::npos, width = 0;
        for (std::string_view sep : {"和", "、", "及", "与"}) {
            const auto k = list.find(sep);
            if (k != std::string_view::npos && k < cut) cut = k, width = sep.size();
        }
        names.push_back(list.substr(0, cut));
        if (cut == std::string_view::npos) break;
        list.remove_prefix(cut + width);
    }
    return names;
}


// What a filter rule sees of a quantity: the text, the quantity, its clause and neighbours.
struct filter_context {
    std::string_view text;
    const std::vector<located_quantity>& located;
    std::size_t n;  // the quantity examined
    std::size_t clause_begin, clause_stop;
    std::string_view before;  // from the clause start to the quantity (bound words excluded)
    std::string_view after;   // from the end of the quantity to the end of the text
    const std::vector<std::pair<std::size_t, std::size_t>>& quotes;
    bool paragraph_addresses_delegates;
    bool quoted_at(std::size_t at) const { return inside_quotes(quotes, at); }
    const text_quantity& read() const { return located[n].read; }
    const located_quantity& at() const { return located[n]; }
};

// A number that is not a target, each a named rule. To add one: a function and one row.
struct filter_rule {
    std::string_view name;
    bool (*drops)(const filter_context&);
};

namespace rules {

// A name: “543”体系, “十大课题”.
inline bool quoted(const filter_context& c) { return c.quoted_at(c.at().number_begin); }
// 第3, 每10: an ordinal or a rate's denominator.
inline bool ordinal(const filter_context& c) { return finishes_with(c.before, "第") || finishes_with(c.before, "每"); }
// Chinese numerals: 一 is "a", and counts of quoted names enumerate them (三个“一号工程”);
// glued to a noun they are names: 三人篮球, 八项规定, 二次供水, 五次全会.
inline bool chinese_numeral_name(const filter_context& c) {
    const text_quantity& q = c.read();
    if (!q.chinese_numeral) return false;
    return q.value_text == "一" || begins_with(c.after, "“") || begins_with(c.after, "「") ||
           is_cjk_text_at(c.text, c.at().end) || begins_with(c.after, "次");
}
// A duration qualifying a noun: 10分钟健身圈, 24小时应急值守.
inline bool qualifying_duration(const filter_context& c) {
    const auto* m = c.read().value.get_if<measure>();
    if (!m) return false;
    const std::string_view unit = m->label().text();
    return (unit == "分钟" || unit == "小时" || unit == "天" || unit == "个月" || unit == "岁") &&
           (is_cjk_text_at(c.text, c.at().end) || begins_with(c.after, "“"));
}
// A threshold that defines what is counted: "10亿元以上重大产业项目20个", "35岁以下大学生4万名".
inline bool threshold(const filter_context& c) {
    const text_quantity& q = c.read();
    if ((q.bound != bound_kind::at_least && q.bound != bound_kind::at_most) || !is_cjk_text_at(c.text, c.at().end)) return false;
    for (std::size_t m = c.n + 1; m < c.located.size() && c.located[m].number_begin < c.clause_stop; ++m)
        if (!c.quoted_at(c.located[m].number_begin) && !c.located[m].read.chinese_numeral &&
            c.text.substr(c.at().end, c.located[m].number_begin - c.at().end).find("、") == std::string_view::npos)
            return true;
    return false;
}
// A class of things, not an amount of them: 30万千瓦级煤电机组, 10万千瓦及以下燃煤机组, 百亿级.
inline bool size_class(const filter_context& c) {
    if (is_rate_kind(c.read().value)) return false;  // 60%以上的县级机构: a share of them
    const std::string_view after_number = c.text.substr(c.at().number_end);
    for (std::string_view word : {"级", "及以下", "及以上"})
        if (begins_with(after_number, word) && is_cjk_text_at(c.text, std::max(c.at().end, c.at().number_end + word.size())))
            return true;
    return false;
}
// A baseline: 由上年18亿元增加到95亿元 — the target is what it grows to.
inline bool baseline(const filter_context& c) {
    const std::string_view head = c.text.substr(c.clause_begin, c.at().number_begin - c.clause_begin);
    const bool from = head.rfind("由") != std::string_view::npos || head.rfind("从") != std::string_view::npos;
    if (!from) return false;
    std::string_view rest = c.after;
    if (begins_with(rest, "的")) rest.remove_prefix(3);
    for (std::string_view word : {"增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "发展到", "扩大到", "增长到", "上升到",
                                  "下降到", "下降至", "降到", "降至", "降低到", "减少到", "缩小到", "增至", "到"})
        if (begins_with(rest, word)) return true;
    return false;
}
// The report's own agenda and its indicator system: 7方面21项工作, 5个方面, 28项指标, 19项预期性
// 指标, 18个领域的重点任务, 办好10件民生实事 stays (件事 alone is the agenda: 3件事).
inline bool agenda_count(const filter_context& c) {
    std::string_view rest = c.after;
    for (std::string_view word : {"工作", "方面", "个方面", "大方面", "领域", "个领域", "件事"})
        if (begins_with(rest, word)) return true;
    // 办好3件事 (the agenda) but not 10件民生实事 (a target).
    if ((c.read().unit_text == "件" || finishes_with(c.read().unit_text, "件")) && begins_with(rest, "事") &&
        !is_cjk_text_at(c.text, c.at().end + 3))
        return true;
    for (std::string_view kind : {"主要", "预期性", "约束性", "经济", "量化", "核心", "考核", "关键", "重点", "主要经济"}) {
        if (begins_with(rest, kind)) {
            rest.remove_prefix(kind.size());
            break;
        }
    }
    return begins_with(rest, "指标");
}
// A session of a congress or a party committee: 十三届7次全会, 省委十一届9次全会.
inline bool session_number(const filter_context& c) {
    const text_quantity& q = c.read();
    if (q.unit_text != "次" && !begins_with(c.after, "次")) return false;
    return finishes_with(c.before, "届") || begins_with(c.after, "全会") || begins_with(c.after, "次全会") ||
           begins_with(c.after, "全体会议") || begins_with(c.after, "会议");
}
// A progress notice's tally of its own tasks and of where they stand against the expected pace:
// 主要经济指标任务10项, 达到序时进度44项、占比80.0%, 进展情况占比低于91.7%.
inline bool progress_tally(const filter_context& c) {
    const std::string_view clause = c.text.substr(c.clause_begin, c.clause_stop - c.clause_begin);
    for (std::string_view pace : {"序时进度", "时间进度", "督查通报"})
        if (clause.find(pace) != std::string_view::npos) return true;
    if (c.read().unit_text != "项") return false;
    return clause.find("指标") != std::string_view::npos;
}
// A policy package's name: 30条政策措施, 科技金融20条, "1+N"政策.
inline bool policy_package(const filter_context& c) {
    if (c.read().unit_text != "条") return false;
    for (std::string_view word : {"政策", "措施", "举措", "意见", "硬举措"})
        if (begins_with(c.after, word)) return true;
    return false;
}
// Things that exist already, made stronger: 壮大6大特色产业集群, 做强3个产业集群.
inline bool existing_strengthened(const filter_context& c) {
    for (std::string_view verb : {"壮大", "做强", "做优", "做大", "做优做强", "做大做强", "做强做优", "做强做优做大", "用好"})
        if (finishes_with(c.before, verb))  // 培育壮大: grown from new, a target
            return !finishes_with(c.before.substr(0, c.before.size() - verb.size()), "培育");
    return false;
}
// An address to the delegates (各位代表: …) reports, it does not plan.
inline bool address_to_delegates(const filter_context& c) { return c.paragraph_addresses_delegates; }

}  // namespace rules

// For each quantity, the rule that says it is not a target, or nothing.
inline std::vector<std::string_view> dropping_rules(std::string_view text, const std::vector<located_quantity>& located,
                                                    const std::vector<std::pair<std::size_t, std::size_t>>& quotes) {
    static constexpr std::array<filter_rule, 13> named = {{
        {"quoted", rules::quoted},
        {"ordinal", rules::ordinal},
        {"chinese_numeral_name", rules::chinese_numeral_name},
        {"qualifying_duration", rules::qualifying_duration},
        {"size_class", rules::size_class},
        {"threshold", rules::threshold},
        {"baseline", rules::baseline},
        {"agenda_count", rules::agenda_count},
        {"session_number", rules::session_number},
        {"progress_tally", rules::progress_tally},
        {"policy_package", rules::policy_package},
        {"existing_strengthened", rules::existing_strengthened},
        {"address_to_delegates", rules::address_to_delegates},
    }};
    std::vector<std::string_view> dropped(located.size());
    std::size_t paragraph_start = 0;
    for (std::size_t n = 0; n < located.size(); ++n) {
        const auto& l = located[n];
        // The paragraph start moves forward with the quantities: find it from the last one.
        while (true) {
            const std::size_t next = text.find('\n', paragraph_start);
            if (next == std::string_view::npos || next >= l.number_begin) break;
            paragraph_start = next + 1;
        }
        const std::size_t clause_begin = clause_start(text, l.number_begin);
        const filter_context c{text, located, n, clause_begin, clause_end(text, l.number_end),
                               text.substr(clause_begin, l.begin - clause_begin), text.substr(l.end), quotes,
                               begins_with(text.substr(paragraph_start), "各位代表")};
        for (const filter_rule& rule : named)
            if (rule.drops(c)) {
                dropped[n] = rule.name;
                break;
            }
    }
    return dropped;
}


// Names listed before 分别 that share their noun: 一二三产增加值 (one, two, three), 城镇和农村常住
// 居民人均可支配收入 (城镇 takes the noun of the last), 城乡居民 (城镇 and 农村).
inline std::vector<std::string> expand_respective_names(const std::vector<std::string_view>& names, std::size_t count) {
    std::vector<std::string> out(names.begin(), names.end());
    if (count < 2) return out;
    const auto characters = [](std::string_view s) { return s.size() / 3; };
    if (names.size() == 1) {
        const std::string_view name = names[0];
        std::size_t k = 0;
        while (k < name.size() && starts_chinese_numeral(name.substr(k)) && !begins_with(name.substr(k), "十")) k += 3;
        if (k / 3 == count && k < name.size()) {
            out.clear();
            for (std::size_t i = 0; i < k; i += 3) out.push_back(std::string(name.substr(i, 3)) + std::string(name.substr(k)));
        } else if (count == 2 && begins_with(name, "城乡")) {
            out = {"城镇" + std::string(name.substr(6)), "农村" + std::string(name.substr(6))};
        }
        return out;
    }
    if (names.size() != count) return out;
    // Short modifiers before one full name: take the full name's noun after its own modifier.
    const std::string_view last = names.back(), modifier = names[names.size() - 2];
    const bool short_heads = std::all_of(names.begin(), names.end() - 1, [&](std::string_view n) { return characters(n) <= 2; });
    if (short_heads && characters(last) > characters(modifier) + 1 && !modifier.empty()) {
        const std::string_view noun = last.substr(modifier.size());
        const bool ordinal = begins_with(names.front(), "第");
        for (std::size_t i = 0; i + 1 < names.size(); ++i)
            out[i] = (ordinal && !begins_with(names[i], "第") ? "第" : "") + std::string(names[i]) + std::string(noun);
        if (ordinal && !begins_with(last, "第")) out.back() = "第" + out.back();
    }
    return out;
}

// The targets of one clause with 分别: each named by its own item of the list before it, and
// each reading the change word the first one carries (分别增长4%左右和6%左右: both growth).
inline void name_respective_items(std::vector<extracted_target>& targets, std::size_t first, std::size_t last) {
    const std::string& excerpt = targets[first].excerpt;
    const std::size_t respectively = excerpt.find("分别");
    const std::string_view head = strip_leading(std::string_view(excerpt).substr(0, respectively + 6));
    std::vector<std::string_view> names = names_before_respectively(head);
    for (auto& name : names) {
        for (std::string_view tail : {"年均", "均", "的"})
            if (finishes_with(name, tail) && name.size() > tail.size()) name.remove_suffix(tail.size());
        name = strip_trailing(strip_leading(name));
    }
    const std::size_t count = last - first + 1;
    const auto expanded = expand_respective_names(names, count);
    if (expanded.size() == count)
        for (std::size_t k = first; k <= last; ++k) targets[k].metric = expanded[k - first];
    const text_quantity& lead = targets[first].quantity;
    if (lead.change == change_word::none) return;
    for (std::size_t k = first + 1; k <= last; ++k) {
        text_quantity& q = targets[k].quantity;
        if (q.change != change_word::none || !q.value.holds<share>()) continue;
        retype_as_growth(q, lead.change);
        q.better = lead.better;
    }
}




// "“购在龙江”等促消费活动", "人工智能、养生保健等老年教育课程": examples before 等 illustrate
// the indicator, they do not name it. 等 in a word (平等, 高等, 等级) is not this 等.
inline std::string_view name_after_examples(std::string_view metric) {
    const auto at = metric.rfind("等");
    if (at == std::string_view::npos || at == 0 || metric.size() - at - 3 < 6) return metric;
    const std::string_view before = metric.substr(0, at), after = metric.substr(at + 3);
    for (std::string_view word : {"平", "同", "高", "中", "初", "对", "均", "相", "优", "次", "上", "下", "特"})
        if (finishes_with(before, word)) return metric;
    for (std::string_view word : {"级", "次", "于", "同", "待", "候"})
        if (begins_with(after, word)) return metric;
    return after;
}


// 围绕重点领域开展职业技能培训 → 职业技能培训: the circumstance and its verb are not the name.
inline std::string_view without_circumstance(std::string_view metric) {
    if (!starts_with_word(metric, circumstance_openers)) return metric;
    std::size_t after = std::string_view::npos;
    for (std::string_view verb : doing_verbs)
        if (const auto at = metric.rfind(verb); at != std::string_view::npos && at > 0 && metric.size() > at + verb.size() + 3)
            after = after == std::string_view::npos ? at + verb.size() : std::max(after, at + verb.size());
    return after == std::string_view::npos ? metric : metric.substr(after);
}

inline std::string name_without_verbs(std::string_view metric) {
    metric = name_after_examples(metric);
    if (begins_with(metric, "的") && metric.size() > 6) metric.remove_prefix(3);
    metric = without_circumstance(metric);
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view word : verbs_not_in_names)
            if (begins_with(metric, word) && metric.size() > word.size() + 3) {
                metric.remove_prefix(word.size());
                changed = true;
            }
    }
    // 特殊困难老年人提供居家社区机构服务: the beneficiary and the service, without the verb.
    for (std::string_view verb : linking_verbs)
        if (const auto at = metric.find(verb); at != std::string_view::npos && at >= 6 && metric.size() > at + verb.size() + 3)
            return std::string(metric.substr(0, at)) + std::string(metric.substr(at + verb.size()));
    return std::string(metric);
}

// A percent after a name that says it changes (居民消费价格涨幅2%左右) is a growth.
inline void retype_rate_of_change(extracted_target& t) {
    text_quantity& q = t.quantity;
    if (q.change != change_word::none || !q.value.holds<share>()) return;
    for (const auto& [noun, change] : rate_of_change_nouns) {
        if (!finishes_with(t.metric, noun)) continue;
        retype_as_growth(q, change);
        return;
    }
}

// "6个世界级、7个国家级、9个区域级产业集群": grades listed before the noun the last one names.
inline void share_noun_of_grade_list(std::vector<extracted_target>& targets) {
    for (std::size_t n = 0; n < targets.size(); ++n) {
        const std::string& grade = targets[n].metric;
        if (!finishes_with(grade, "级") || grade.size() > 12) continue;
        for (std::size_t m = n + 1; m < targets.size() && targets[m].excerpt == targets[n].excerpt; ++m) {
            const std::string& named = targets[m].metric;
            const auto at = named.find("级");
            if (at == std::string::npos || at + 3 >= named.size() || at > 12) continue;
            targets[n].metric = grade + named.substr(at + 3);
            break;
        }
    }
}

// The parts of a metric that lists indicators sharing one rate: "社会消费品零售总额、固定资产投资
// 均增长4%", "城镇调查失业率和登记失业率…4.3%左右". A 、 inside brackets or quotes does not
// list; 和 lists only names of one kind (失业率, 失业率), not "研发费用与营收之比".
inline std::vector<std::string> listed_metrics(std::string_view metric) {
    std::vector<std::string> parts;
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t k = 0; k < metric.size();) {
        const std::string_view rest = metric.substr(k);
        for (std::string_view open : {"（", "(", "“", "《", "「"})
            if (begins_with(rest, open)) ++depth;
        for (std::string_view close : {"）", ")", "”", "》", "」"})
            if (begins_with(rest, close) && depth > 0) --depth;
        if (depth == 0 && begins_with(rest, "、")) {
            parts.emplace_back(metric.substr(from, k - from));
            from = k + 3;
        }
        k += std::max<std::size_t>(valid_sequence_length(metric, k), 1);
    }
    parts.emplace_back(metric.substr(from));
    if (parts.size() == 1) {
        for (std::string_view joiner : {"和", "及", "与"}) {
            const auto at = metric.find(joiner);
            if (at == std::string_view::npos || at < 6 || metric.size() - at - joiner.size() < 6) continue;
            const std::string_view left = metric.substr(0, at), right = metric.substr(at + joiner.size());
            if (left.substr(left.size() - 3) == right.substr(right.size() - 3)) return {std::string(left), std::string(right)};
        }
    }
    // "海上风电、核电等重大项目参股比例": the 、 lists examples of one indicator.
    if (parts.size() > 1 && parts.back().find("等") != std::string::npos && name_after_examples(parts.back()) != parts.back())
        return {std::string(metric)};
    const bool all_named = std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return p.size() >= 6; });
    return all_named ? parts : std::vector<std::string>{std::string(metric)};
}

// One target per indicator where one rate is stated for several.
inline void split_shared_rates(std::vector<extracted_target>& targets) {
    const auto parts_of = [](const extracted_target& t) {
        const bool rate = is_rate_kind(t.quantity.value);
        return rate && t.excerpt.find("分别") == std::string::npos ? listed_metrics(t.metric) : std::vector<std::string>{};
    };
    // Few targets split: the list is rebuilt only from the first that does.
    std::size_t first = 0;
    std::vector<std::string> parts;
    while (first < targets.size() && (parts = parts_of(targets[first])).size() < 2) ++first;
    if (first == targets.size()) return;
    std::vector<extracted_target> tail;
    for (std::size_t n = first; n < targets.size(); ++n) {
        if (n > first) parts = parts_of(targets[n]);
        if (parts.size() < 2) {
            tail.push_back(std::move(targets[n]));
            continue;
        }
        for (const std::string& part : parts) {
            tail.push_back(targets[n]);
            tail.back().metric = part;
        }
    }
    targets.erase(targets.begin() + static_cast<std::ptrdiff_t>(first), targets.end());
    std::move(tail.begin(), tail.end(), std::back_inserter(targets));
}

// The last stage: names as a person writes them, their keys, and percents the name says are growth.
inline void finish_metrics(std::vector<extracted_target>& targets) {
    for (extracted_target& t : targets) retype_rate_of_change(t);
    share_noun_of_grade_list(targets);
    split_shared_rates(targets);
    for (extracted_target& t : targets) {
        t.metric = name_without_verbs(t.metric);
        t.metric_key = metric_key(t.metric);
    }
}



inline std::string_view growth_goal_after(std::string_view text, std::size_t end) {
    const std::string_view rest = text.substr(end);
    if (!begins_with(rest, "的")) return {};
    for (std::string_view noun : growth_goal_nouns)
        if (begins_with(rest.substr(3), noun)) return rest.substr(3, noun.size());
    return {};
}


inline bool is_aspect_only(std::string_view metric) {
    metric = strip_leading(metric);
    return std::find(aspect_nouns.begin(), aspect_nouns.end(), metric) != aspect_nouns.end();
}

// What a metric is of, without its aspect: 粮食播种面积 → 粮食; 亿元以上项目 → itself.
inline std::string subject_of(std::string_view metric) {
    for (std::string_view aspect : aspect_nouns)
        if (metric.size() > aspect.size() && finishes_with(metric, aspect)) return std::string(metric.substr(0, metric.size() - aspect.size()));
    return std::string(metric);
}


// The noun of the target just before in the same sentence, for an item that is only a verb,
// where both verbs are phases of building (收储 after 出让工业用地 need not be 工业用地).
inline std::string noun_of_construction_phase(const std::vector<extracted_target>& targets,
                                              const std::vector<located_quantity>& located, std::size_t last_kept,
                                              std::size_t n, std::string_view text, std::string_view verb) {
    if (targets.empty() || last_kept >= n) return {};
    if (std::find(construction_phases.begin(), construction_phases.end(), verb) == construction_phases.end()) return {};
    const std::string_view between = text.substr(located[last_kept].end, located[n].begin - located[last_kept].end);
    if (between.find("。") != std::string_view::npos || between.find("；") != std::string_view::npos) return {};
    const std::string_view before = targets.back().metric;
    for (std::string_view phase : construction_phases)
        if (begins_with(before, phase) && before.size() > phase.size() + 3) return std::string(before.substr(phase.size()));
    return {};
}

// Where the noun after a quantity ends (实施48个旧改工程): at the clause end, or where the next
// item of a list begins — a 、 or 和 with another quantity after it, outside brackets (县（市、区）).
inline std::size_t end_of_noun_after(std::string_view text, const std::vector<located_quantity>& located, std::size_t n,
                                     std::size_t clause_stop) {
    std::size_t next_quantity = clause_stop;
    for (std::size_t m = n + 1; m < located.size(); ++m)
        if (located[m].begin >= located[n].end) {
            next_quantity = std::min(clause_stop, located[m].begin);
            break;
        }
    int depth = 0;
    for (std::size_t k = located[n].end; k < clause_stop;) {
        const std::string_view rest = text.substr(k);
        if (begins_with(rest, "（") || begins_with(rest, "(")) ++depth;
        if ((begins_with(rest, "）") || begins_with(rest, ")")) && depth > 0) --depth;
        if (depth == 0) {
            if (begins_with(rest, "、") && k < next_quantity) {
                // A list of nouns (机关、企事业单位附属空间) runs on; a list of quantities stops here.
                if (next_quantity < clause_stop) return k;
            }
            for (std::string_view joiner : {"和", "及", "与"})
                if (begins_with(rest, joiner) && next_quantity < clause_stop && k < next_quantity) {
                    // 露天煤矿和15个井工煤矿: the next quantity is in the same item.
                    const std::string_view between = text.substr(k, next_quantity - k);
                    if (between.find("、") == std::string_view::npos) return k;
                }
        }
        k += begins_with(rest, "（") || begins_with(rest, "）") ? 3 : std::max<std::size_t>(valid_sequence_length(text, k), 1);
    }
    return clause_stop;
}

}  // namespace detail

// Told how far extraction has come: (quantities examined, quantities found in the text).
using progress_callback = std::function<void(std::size_t done, std::size_t total)>;

namespace detail {

// Targets made one quantity at a time, in order: each stage reads the quantity's clause and the
// targets made before it in the same sentence.
class target_builder {
public:
    target_builder(std::string_view text, std::vector<located_quantity>& located, const std::vector<std::string_view>& dropped,
                   const std::vector<std::pair<std::size_t, report_section>>& sections)
        : text_(text), located_(located), dropped_(dropped), sections_(sections), target_index_(located.size(), SIZE_MAX),
          last_kept_(located.size()) {
        targets_.reserve(located.size());
    }

    // The quantity n as a target, unless a rule dropped it.
    void add(std::size_t n) {
        if (!kept(n)) return;
        const located_quantity& l = located_[n];
        // Each quantity becomes at most one target: its reading is moved, not copied.
        extracted_target t{std::move(located_[n].read), {}, false, section_at(sections_, l.number_begin), {}, {}};
        const std::size_t clause_begin = clause_start(text_, l.number_begin);
        const std::size_t clause_stop = clause_end(text_, l.number_end);
        t.excerpt = std::string(text_.substr(clause_begin, clause_stop - clause_begin));
        const std::size_t item = item_begin(n, clause_begin);
        const bool compound = n > 0 && kept(n - 1) && located_[n - 1].end == l.begin && target_index_[n - 1] != SIZE_MAX;
        bool named_after = false;
        t.metric = metric_of(n, t, item, item == clause_begin, clause_stop, compound, named_after);
        const std::string_view clause_head = text_.substr(clause_begin, l.number_begin - clause_begin);
        apply_stretch(n, t, clause_head);
        apply_clause_bounds(t, clause_head);
        name_level(n, t, clause_head);
        target_index_[n] = targets_.size();
        last_kept_ = n;
        targets_.push_back(std::move(t));
        // Compound quantities (95条52.6公里道路建设) share the noun their last member names.
        if (compound && named_after)
            for (std::size_t m = targets_.size() - 1; m-- > 0 && targets_[m].quantity.end == targets_[m + 1].quantity.begin;)
                targets_[m].metric = targets_.back().metric;
    }

    std::vector<extracted_target> take() { return std::move(targets_); }

private:
    bool kept(std::size_t m) const { return dropped_[m].empty(); }

    // Whether the last target made stands in the sentence of quantity n.
    bool follows_in_sentence(std::size_t n) const {
        if (targets_.empty() || last_kept_ >= n) return false;
        const std::size_t from = located_[last_kept_].end;
        return text_.substr(from, located_[n].begin - from).find("。") == std::string_view::npos;
    }

    // The list item quantity n stands in: after the 、 that follows a target of the clause, or
    // after a 、 that opens an item with a verb of its own (实施河道生态治理、清淤5条).
    std::size_t item_begin(std::size_t n, std::size_t clause_begin) const {
        const located_quantity& l = located_[n];
        std::size_t item = clause_begin;
        for (std::size_t m = n; m-- > 0 && located_[m].number_begin >= clause_begin;) {
            if (!kept(m)) continue;
            const std::size_t comma = text_.substr(located_[m].end, l.begin - std::min(l.begin, located_[m].end)).find("、");
            if (located_[m].end <= l.begin && comma != std::string_view::npos) {
                item = located_[m].end + comma + 3;
                break;
            }
        }
        const std::string_view span = text_.substr(item, l.begin - std::min(l.begin, item));
        const auto comma = span.rfind("、");
        if (comma != std::string_view::npos && begins_with_any(span.substr(comma + 3), item_verbs)) item += comma + 3;
        return item;
    }

    // The metric of quantity n: its item's words before it, or the noun after it, or what the
    // sentence named before (a compound quantity, an aspect, a bare rate).
    std::string metric_of(std::size_t n, extracted_target& t, std::size_t item, bool first_item, std::size_t clause_stop,
                          bool compound, bool& named_after) const {
        const located_quantity& l = located_[n];
        std::string metric;
        if (compound && !is_cjk_text_at(text_, l.end)) metric = targets_[target_index_[n - 1]].metric;  // 4宗148亩
        else metric = metric_in_item(n, t, item, first_item, clause_stop, named_after);
        // 确定4.5%左右的增长目标: the report's growth target, named after the number.
        if (const std::string_view goal = growth_goal_after(text_, l.end); !goal.empty() && strip_leading(metric).size() <= 6) {
            metric = std::string(goal);
            retype_as_growth(t.quantity, change_word::increase);
        }
        // 粮食播种面积1530万亩、总产量125亿斤: an aspect alone is one of what was spoken of before.
        if (is_aspect_only(metric) && follows_in_sentence(n)) metric = subject_of(targets_.back().metric) + metric;
        // 预计, 上半年, 其中 alone name nothing: as if nothing were left.
        if (names_nothing(metric)) metric.clear();
        // 地区生产总值(第1项):增长6.1%: a label before a colon names the clause's first quantity.
        if (metric.empty() && first_item) metric = label_before_colon(item);
        // Nothing left ("比上年增长9.1%"): the indicator the sentence named just before.
        if (metric.empty() && follows_in_sentence(n)) metric = targets_.back().metric;
        return metric;
    }

    // The label of a "label: value" line ending right before clause_begin, without its list
    // marker and a bracketed note (1.地区生产总值(第1项):), or nothing.
    std::string label_before_colon(std::size_t clause_begin) const {
        std::string_view before = text_.substr(0, clause_begin);
        if (finishes_with(before, ":")) before.remove_suffix(1);
        else if (finishes_with(before, "：")) before.remove_suffix(3);
        else return {};
        for (std::string_view mark : {"\n", "。", "；", ";", "，", ","})
            if (const auto at = before.rfind(mark); at != std::string_view::npos) before.remove_prefix(at + mark.size());
        std::string_view label = strip_leading(before);
        for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}})
            if (finishes_with(label, close))
                if (const auto at = label.rfind(open); at != std::string_view::npos && at > 0) label = label.substr(0, at);
        return std::string(strip_trailing(label));
    }

    std::string metric_in_item(std::size_t n, const extracted_target& t, std::size_t item, bool first_item,
                               std::size_t clause_stop, bool& named_after) const {
        const located_quantity& l = located_[n];
        std::string_view raw = text_.substr(item, l.begin - item);
        // 招生数由二十八万人增加到三十一万人: the subject stands before 由.
        if (n > 0 && !kept(n - 1) && located_[n - 1].number_begin >= item)
            for (std::string_view from : {"由", "从"})
                if (const auto at = raw.find(from); at != std::string_view::npos) raw = raw.substr(0, at);
        const std::string_view head = strip_trailing(strip_leading(strip_time_and_comparison(strip_leading(raw))));
        // Only a verb, or nothing: the noun comes after the number. A count or an amount written
        // before its noun (实施48个旧改工程, 93.8公里燃气管网改造) names it there.
        const bool only_verb = head.empty() || std::find(item_verbs.begin(), item_verbs.end(), head) != item_verbs.end();
        const std::string_view after = text_.substr(l.end);
        const bool text_after = is_cjk_text_at(text_, l.end) || begins_with(after, "“");
        const bool noun_follows = text_after && !is_rate_kind(t.quantity.value) && !begins_with(after, "的") &&
                                  !begins_with_any(after, lexicon::milestone_nouns) &&
                                  !begins_with(after, "和") && !begins_with(after, "用于") && !begins_with(after, "与");
        if ((only_verb || noun_follows) && text_after) {
            std::string_view noun = strip_trailing(text_.substr(l.end, end_of_noun_after(text_, located_, n, clause_stop) - l.end));
            if (finishes_with(noun, "落地") && noun.size() > 6) noun.remove_suffix(6);
            named_after = true;
            return std::string(noun);
        }
        if (only_verb && !head.empty() && !targets_.empty() && begins_with(targets_.back().metric, head))
            return targets_.back().metric;  // 确保出让经营性用地22宗626亩，力争再出让5宗122亩
        if (const std::string noun = noun_of_construction_phase(targets_, located_, last_kept_, n, text_, head); only_verb && !noun.empty())
            return std::string(head) + noun;  // 续建安置房7550套，新开工1000套: 新开工安置房
        std::string metric(head);
        // 占GDP比重: the share of what the sentence spoke of just before.
        if (begins_with(metric, "占") && !targets_.empty() && targets_.back().metric.find("占") == std::string::npos)
            metric = targets_.back().metric + metric;
        // A list item without its own verb inherits the first item's: 新增A 84家、B 186家.
        if (!first_item && !begins_with_any(metric, item_verbs) && !targets_.empty())
            for (std::string_view verb : inherited_item_verbs)
                if (begins_with(targets_.back().metric, verb)) return std::string(verb) + metric;
        return metric;
    }

    // Stretch: a stretch word earlier in the clause. A stretch tier that names nothing of its
    // own continues the target before it: "增长5.5%左右，力争6%" is a growth of 6%.
    void apply_stretch(std::size_t n, extracted_target& t, std::string_view clause_head) const {
        t.stretch = std::any_of(stretch_words.begin(), stretch_words.end(),
                                [&](std::string_view w) { return clause_head.find(w) != std::string_view::npos; });
        if (!t.stretch || !is_stretch_word_only(t.metric) || !follows_in_sentence(n)) return;
        const extracted_target& before = targets_.back();
        t.metric = before.metric;
        if (t.quantity.change == change_word::none && before.quantity.value.kind() == quantity_kind::growth_rate)
            retype_as_growth(t.quantity, change_word::none);
    }

    // Bound words before the verb: 保持 (held, not fallen below), 每个区至少建设1个, 不少于新建3所.
    static void apply_clause_bounds(extracted_target& t, std::string_view clause_head) {
        text_quantity& q = t.quantity;
        if (q.bound != bound_kind::point || q.change != change_word::none) return;
        if (clause_head.find("保持") != std::string_view::npos) {
            q.bound = bound_kind::at_least;
            return;
        }
        for (std::string_view word : {"至少", "不少于", "不低于"}) {
            const auto at = clause_head.rfind(word);
            if (at == std::string_view::npos) continue;
            const std::string_view verb = clause_head.substr(at + word.size());
            if (verb.size() <= 9 && (verb.empty() || begins_with_any(verb, item_verbs))) q.bound = bound_kind::at_least;
        }
    }

    // 迈上3万亿元台阶, 突破1000亿元大关: a level reached by what the sentence spoke of.
    void name_level(std::size_t n, extracted_target& t, std::string_view clause_head) const {
        if (t.metric != "台阶" && t.metric != "大关" && t.metric != "关口") return;
        t.quantity.bound = bound_kind::at_least;
        t.quantity.inclusive = true;
        t.metric = follows_in_sentence(n) ? targets_.back().metric : std::string(strip_trailing(strip_leading(clause_head)));
    }

    std::string_view text_;
    std::vector<located_quantity>& located_;
    const std::vector<std::string_view>& dropped_;
    const std::vector<std::pair<std::size_t, report_section>>& sections_;
    std::vector<extracted_target> targets_;
    std::vector<std::size_t> target_index_;  // the target each quantity became, or SIZE_MAX
    std::size_t last_kept_;                  // the quantity of the last target, or located.size()
};

// The targets of one clause (one excerpt), [first, last], for each clause in turn.
template <class Each>
void for_each_clause(std::vector<extracted_target>& targets, Each&& each) {
    for (std::size_t n = 0; n < targets.size();) {
        std::size_t last = n;
        while (last + 1 < targets.size() && targets[last + 1].excerpt == targets[n].excerpt) ++last;
        each(n, last);
        n = last + 1;
    }
}

// A change stated after the numbers: 分别按照5%和10%的幅度进行再压减.
inline void apply_change_after_width(std::vector<extracted_target>& targets, std::size_t first, std::size_t last) {
    const std::string& excerpt = targets[first].excerpt;
    const auto width = excerpt.find("幅度");
    if (width == std::string::npos) return;
    const std::string_view tail = std::string_view(excerpt).substr(width);
    change_word change = change_word::none;
    for (std::string_view word : {"压减", "下降", "降低", "减少", "压降"})
        if (tail.find(word) != std::string_view::npos) change = change_word::decrease;
    for (std::string_view word : {"增长", "提高", "增加"})
        if (change == change_word::none && tail.find(word) != std::string_view::npos) change = change_word::increase;
    if (change == change_word::none) return;
    for (std::size_t k = first; k <= last; ++k) {
        auto& q = targets[k].quantity;
        if (q.change != change_word::none || !q.value.holds<share>()) continue;
        retype_as_growth(q, change);
        if (change == change_word::decrease) q.better = direction::lower_is_better;
    }
}

// A bound word after the last item of a list governed by one verb applies to every item:
// 新增绿地35万平方米、绿道10公里以上 → both at least. Not to items joined otherwise than by 、,
// items opening with a verb of their own, or statements each with its own change word
// (文旅产业增加值增长6%、旅游综合收入增长6%、入境过夜游客人数增长10%以上).
inline void carry_list_bounds(std::vector<extracted_target>& targets, std::string_view original) {
    for (std::size_t n = targets.size(); n-- > 1;) {
        const auto& last = targets[n];
        if (last.quantity.bound != bound_kind::at_least && last.quantity.bound != bound_kind::at_most &&
            last.quantity.bound != bound_kind::around)
            continue;
        for (std::size_t m = n; m-- > 0;) {
            auto& earlier = targets[m];
            if (earlier.excerpt != last.excerpt || earlier.quantity.end > last.quantity.begin) break;
            if (earlier.quantity.bound != bound_kind::point) break;
            const std::string_view between(original.substr(earlier.quantity.end, targets[m + 1].quantity.begin - earlier.quantity.end));
            if (!between.empty() && !begins_with(between, "、")) break;
            if (earlier.quantity.change != change_word::none && targets[m + 1].quantity.change != change_word::none && between.size() > 3)
                break;
            if (!between.empty() && begins_with_any(strip_leading(begins_with(between, "、") ? between.substr(3) : between), item_verbs))
                break;
            earlier.quantity.bound = last.quantity.bound;
            earlier.quantity.inclusive = last.quantity.inclusive;
            if (last.quantity.bound == bound_kind::at_most) earlier.quantity.better = direction::lower_is_better;
        }
    }
}

inline std::vector<extracted_target> extract_targets_reporting(std::string_view original, std::vector<reading_issue>* issues,
                                                               const progress_callback& on_progress) {
    const normalized_text normalized(original);
    const std::string_view text = normalized.text();
    std::vector<reading_issue> found_issues;
    auto located = locate_quantities(normalized, issues ? &found_issues : nullptr);
    if (issues) report_issues(original, found_issues, *issues);
    const auto dropped = dropping_rules(text, located, quoted_spans(text));
    const auto sections = section_starts(text);
    target_builder builder(text, located, dropped, sections);
    for (std::size_t n = 0; n < located.size(); ++n) {
        if (on_progress && n % 4096 == 0) on_progress(n, located.size());
        builder.add(n);
    }
    auto targets = builder.take();
    for_each_clause(targets, [&](std::size_t first, std::size_t last) {
        if (targets[first].excerpt.find("分别") != std::string::npos) name_respective_items(targets, first, last);
        apply_change_after_width(targets, first, last);
    });
    carry_list_bounds(targets, original);
    finish_metrics(targets);
    if (on_progress) on_progress(located.size(), located.size());
    return targets;
}

}  // namespace detail

// The targets in a report's text, in order. on_progress, if given, is called now and then.
inline std::vector<extracted_target> extract_targets(std::string_view text, const progress_callback& on_progress = {}) {
    return detail::extract_targets_reporting(text, nullptr, on_progress);
}

// The same, and what the text holds that could not be read (see read_quantities), appended
// to issues in order of position.
inline std::vector<extracted_target> extract_targets(std::string_view text, std::vector<reading_issue>& issues,
                                                     const progress_callback& on_progress = {}) {
    return detail::extract_targets_reporting(text, &issues, on_progress);
}

// Adds extracted quantities to a target's parts. A stretch tier (力争…) becomes the stretch of
// the part before it of the same type: "22宗626亩，力争再出让5宗122亩" gives 626亩 the
// stretch 748亩 (再: in addition), "增长5%，力争6%" gives 5% the stretch 6%.
inline void add_extracted(std::vector<target_quantity>& parts, const std::vector<extracted_target>& extracted);

// The extracted quantity as a part of a target: its bound, direction, stretch and metric.
inline target_quantity to_target_quantity(const extracted_target& extracted) {
    const text_quantity& q = extracted.quantity;
    bound<quantity> b = bound<quantity>::point(q.value);
    switch (q.bound) {
        case bound_kind::at_least: b = bound<quantity>::at_least(q.value, q.inclusive); break;
        case bound_kind::at_most: b = bound<quantity>::at_most(q.value, q.inclusive); break;
        case bound_kind::around: b = bound<quantity>::around(q.value); break;
        case bound_kind::range: b = q.upper ? bound<quantity>::range(q.value, *q.upper) : bound<quantity>::point(q.value); break;
        case bound_kind::point: break;
    }
    target_quantity part{std::move(b), q.better, std::nullopt, extracted.metric};
    return part;
}

inline void add_extracted(std::vector<target_quantity>& parts, const std::vector<extracted_target>& extracted) {
    for (const extracted_target& e : extracted) {
        if (e.stretch) {
            const auto base = std::find_if(parts.rbegin(), parts.rend(), [&](const target_quantity& p) {
                return !p.is_linked() && !p.stretch && p.fixed().value().variant().index() == e.quantity.value.variant().index();
            });
            if (base != parts.rend()) {
                const bool additional = e.excerpt.find("再") != std::string::npos;
                const quantity& base_value = base->fixed().value();
                base->stretch = additional ? base_value.visit([&](const auto& v) -> quantity {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (requires(T a, T b) { { a + b } -> std::same_as<T>; }) return quantity(v + e.quantity.value.as<T>());
                    else return e.quantity.value;
                })
                                           : e.quantity.value;
                continue;
            }
        }
        parts.push_back(to_target_quantity(e));
    }
}

}  // namespace govtarget
