#pragma once
// From report text to targets: each quantity with the metric it measures (地区生产总值,
// 新增国家高新技术企业), its bound and stretch tier, and whether it stands in the part of the
// report that reviews the past year or the part that plans the new one. Numbers that are
// not targets are left out: dates, list markers, ordinals, names in quotes or with numbers
// (398号, 15号线, "1+4"), thresholds that define what is counted ("引进10亿元以上重大产业项目
// 20个": the target is 20个, the threshold belongs to the metric), durations that qualify a
// noun ("10分钟健身圈"), and counts of the report's own agenda ("7方面21项工作").

#include <govtarget/detail/normalize.hpp>
#include <govtarget/quantity_reader.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
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
    friend bool operator==(const extracted_target&, const extracted_target&) = default;
};

namespace detail {

// Words in front of a metric that are not part of it. To add one: one entry.
inline constexpr auto leading_non_metric_words = std::to_array<std::string_view>({
    "力争再", "力争", "争取", "争创", "确保", "实现", "全年", "今年", "年内", "全区", "全市", "推动", "带动", "着力",
    "积极", "努力", "持续", "进一步", "其中", "累计", "共", "再", "并", "和", "及", "使", "让", "将", "把", "要",
    "稳定保持", "保持", "稳定", "基本", "例如", "比如", "到", "由", "从",
});

// Verbs that open an item of their own in a list (so a bound or verb does not carry over),
// and the verbs a following item inherits when it has none.
inline constexpr auto item_verbs = std::to_array<std::string_view>({
    "新增", "新建", "新引进", "新打造", "新开工", "引进", "培育", "创建", "增创", "争创", "建成", "建设", "建好", "完成",
    "实施", "开展", "举办", "打造", "加装", "改造", "筹集", "开工", "竣工", "出让", "收储", "开发", "盘活", "安排",
    "提升", "实现", "推进", "推动", "带动", "组织", "招引", "落地", "回迁", "安置", "清淤", "新改建", "提供", "发放",
});

inline constexpr auto stretch_words = std::to_array<std::string_view>({"力争", "争取", "争创"});

inline constexpr auto clause_breaks = std::to_array<std::string_view>({"，", "；", "。", "！", "？", "：", "\n", ",", ";", ":"});

inline bool starts_with_any(std::string_view text, const auto& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.starts_with(w); });
}

inline std::string_view strip_leading(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1), changed = true;
        // List markers: (1) （1） 1. 1、 ①
        if (text.starts_with("(") || text.starts_with("（")) {
            const std::size_t open = text.starts_with("(") ? 1 : 3;
            std::size_t k = open;
            while (k < text.size() && (is_ascii_digit(text[k]) || starts_chinese_numeral(text.substr(k))))
                k += is_ascii_digit(text[k]) ? 1 : 3;
            if (k > open && (text.substr(k).starts_with(")") || text.substr(k).starts_with("）"))) {
                text.remove_prefix(k + (text.substr(k).starts_with(")") ? 1 : 3));
                changed = true;
                continue;
            }
        }
        if (!text.empty() && is_ascii_digit(text[0])) {
            std::size_t k = 0;
            while (k < text.size() && is_ascii_digit(text[k])) ++k;
            if (text.substr(k).starts_with(".") || text.substr(k).starts_with("、")) {
                text.remove_prefix(k + (text.substr(k).starts_with(".") ? 1 : 3));
                changed = true;
                continue;
            }
        }
        for (std::string_view word : leading_non_metric_words) {
            if (text.starts_with(word) && text.size() > word.size()) {
                text.remove_prefix(word.size());
                changed = true;
                break;
            }
        }
    }
    return text;
}

inline std::string_view strip_trailing(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1), changed = true;
        for (std::string_view word : {"达", "为", "的", "约", "近", "在", "稳定在", "保持", "分别", "等", "均", "再"}) {
            if (text.ends_with(word) && text.size() > word.size()) {
                text.remove_suffix(word.size());
                changed = true;
                break;
            }
        }
    }
    return text;
}

// A year or a comparison is not part of a metric: "1982年重工业总产值比上年" → 重工业总产值.
inline std::string_view strip_time_and_comparison(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        std::size_t k = 0;
        while (k < text.size() && is_ascii_digit(text[k])) ++k;
        if (k == 4 && text.substr(k).starts_with("年")) {
            text.remove_prefix(k + 3);
            changed = true;
        }
        for (std::string_view word : {"今年", "明年", "去年", "全年", "同期"}) {
            if (text.starts_with(word) && text.size() > word.size()) {
                text.remove_prefix(word.size());
                changed = true;
            }
        }
        for (std::string_view lead : {"，", "、", " "})
            if (text.starts_with(lead)) text.remove_prefix(lead.size()), changed = true;
    }
    // 比上年, 比1980年, 比预算, 较上年, 同比 — but not 比重, 比例, 比率.
    for (std::size_t at = 0; (at = text.find("比", at)) != std::string_view::npos; at += 3) {
        const std::string_view after = text.substr(at + 3);
        if (after.starts_with("重") || after.starts_with("例") || after.starts_with("率") || after.starts_with("值") ||
            (at >= 3 && text.substr(at - 3, 3) == "占"))
            continue;  // 比重, 比例, 比率, 比值, 占比
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
                       [&](std::string_view b) { return text.substr(i).starts_with(b); });
}

// Start of the clause containing i, and its end.
inline std::size_t clause_start(std::string_view text, std::size_t i) {
    std::size_t k = i;
    while (k > 0) {
        std::size_t prev = k - 1;
        while (prev > 0 && is_continuation(text[prev])) --prev;
        if (is_clause_break_at(text, prev)) return prev + (text.substr(prev).starts_with("\n") || text[prev] == ',' ||
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

// Quoted stretches of text: “…”, 「…」, ‘…’ and ASCII double quotes.
inline std::vector<std::pair<std::size_t, std::size_t>> quoted_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead != 0xE2 && lead != 0xE3 && lead != '\n') {  // “ ” ‘ ’ start E2, 「 」 E3
            ++i;
            continue;
        }
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("“") || rest.starts_with("「") || rest.starts_with("‘")) {
            open = i;
            i += 3;
            continue;
        }
        if ((rest.starts_with("”") || rest.starts_with("」") || rest.starts_with("’")) && open != std::string_view::npos) {
            spans.push_back({open, i + 3});
            open = std::string_view::npos;
            i += 3;
            continue;
        }
        if (rest[0] == '\n') open = std::string_view::npos;  // quotes do not span paragraphs
        ++i;
    }
    return spans;
}

// Sections by their top-level headings (一、… 二、…).
inline report_section classify_heading(std::string_view heading, report_section previous) {
    for (std::string_view word : {"回顾", "过去", "成绩", "工作总结", "主要工作", "去年"})
        if (heading.find(word) != std::string_view::npos) {
            if (word == "主要工作" && heading.find("目标") != std::string_view::npos) break;
            return report_section::review;
        }
    for (std::string_view word : {"目标", "任务", "重点工作", "总体要求", "政策取向", "今年", "明年", "计划", "部署", "安排",
                                  "建设", "加强", "推进", "坚持", "发展"})
        if (heading.find(word) != std::string_view::npos) return report_section::plan;
    return previous == report_section::plan ? report_section::plan : report_section::unknown;
}

inline std::vector<std::pair<std::size_t, report_section>> section_starts(std::string_view text) {
    std::vector<std::pair<std::size_t, report_section>> starts;
    report_section current = report_section::unknown;
    for (std::size_t line = 0; line < text.size();) {
        std::size_t end = text.find('\n', line);
        if (end == std::string_view::npos) end = text.size();
        std::string_view content = text.substr(line, end - line);
        while (content.starts_with(" ")) content.remove_prefix(1);
        std::size_t k = 0;
        while (k < content.size() && starts_chinese_numeral(content.substr(k))) k += 3;
        if (k > 0 && content.substr(k).starts_with("、") && content.size() < 150) {
            current = classify_heading(content, current);
            starts.push_back({line, current});
        }
        line = end + 1;
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
        if (!metric.starts_with(word)) continue;
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
        if (text.substr(i).starts_with(punct)) return false;
    return true;
}

inline bool is_rate_kind(const quantity& value) {
    const quantity_kind kind = value.kind();
    return kind == quantity_kind::share || kind == quantity_kind::growth_rate || kind == quantity_kind::percentage_points;
}

// "对A和B分别按照5%和10%的幅度进行再压减": the names before 分别, one per quantity after it.
inline std::vector<std::string_view> names_before_respectively(std::string_view head) {
    std::vector<std::string_view> names;
    const auto at = head.find("分别");
    if (at == std::string_view::npos) return names;
    std::string_view list = head.substr(0, at);
    for (std::string_view lead : {"对", "将", "把", "为"})
        if (list.starts_with(lead)) list.remove_prefix(lead.size());
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

}  // namespace detail

// Told how far extraction has come: (quantities examined, quantities found in the text).
using progress_callback = std::function<void(std::size_t done, std::size_t total)>;

namespace detail {

inline std::vector<extracted_target> extract_targets_reporting(std::string_view original, std::vector<reading_issue>* issues,
                                                     const progress_callback& on_progress) {
    const normalized_text normalized(original);
    const std::string_view text = normalized.text();
    std::vector<reading_issue> found_issues;
    const auto located = locate_quantities(normalized, issues ? &found_issues : nullptr);
    if (issues) report_issues(original, found_issues, *issues);
    const auto quotes = quoted_spans(text);
    const auto sections = section_starts(text);
    const auto in_quotes = [&](std::size_t at) {
        // Spans are disjoint and in order: the last one opening before `at` is the only candidate.
        auto it = std::upper_bound(quotes.begin(), quotes.end(), at, [](std::size_t a, const auto& q) { return a <= q.first; });
        return it != quotes.begin() && at < std::prev(it)->second;
    };

    // First pass: decide which quantities are targets.
    std::vector<bool> keep(located.size(), true);
    std::size_t paragraph_start = 0;
    for (std::size_t n = 0; n < located.size(); ++n) {
        const auto& l = located[n];
        const text_quantity& q = l.read;
        const std::size_t clause_begin = clause_start(text, l.number_begin);
        const std::size_t clause_stop = clause_end(text, l.number_end);
        const std::string_view after = text.substr(l.end);
        const std::string_view before = text.substr(clause_begin, l.begin - clause_begin);
        if (in_quotes(l.number_begin)) keep[n] = false;  // a name: “543”体系, “十大课题”
        if (before.ends_with("第") || before.ends_with("每")) keep[n] = false;
        // Chinese numerals: 一 is "a", and counts of quoted names enumerate them (三个“一号工程”).
        if (q.chinese_numeral && (q.value_text == "一" || after.starts_with("“") || after.starts_with("「"))) keep[n] = false;
        // Chinese numerals glued to a noun are names: 三人篮球, 八项规定, 二次供水, 五次全会.
        if (q.chinese_numeral && (is_cjk_text_at(text, l.end) || after.starts_with("次"))) keep[n] = false;
        // A duration qualifying a noun: 10分钟健身圈, 24小时应急值守.
        if (const auto* m = q.value.get_if<measure>()) {
            const std::string_view unit = m->label().text();
            if ((unit == "分钟" || unit == "小时" || unit == "天" || unit == "个月" || unit == "岁") &&
                (is_cjk_text_at(text, l.end) || after.starts_with("“")))
                keep[n] = false;
        }
        // A threshold: "10亿元以上重大产业项目20个", "35岁以下大学生4万名".
        if ((q.bound == bound_kind::at_least || q.bound == bound_kind::at_most) && is_cjk_text_at(text, l.end)) {
            for (std::size_t m = n + 1; m < located.size() && located[m].number_begin < clause_stop; ++m)
                if (!in_quotes(located[m].number_begin) && !located[m].read.chinese_numeral &&
                    text.substr(l.end, located[m].number_begin - l.end).find("、") == std::string_view::npos) {
                    keep[n] = false;
                    break;
                }
        }
        // A baseline: 由上年18亿元增加到95亿元 — the target is what it grows to.
        {
            const std::string_view head = text.substr(clause_begin, l.number_begin - clause_begin);
            const bool from = head.rfind("由") != std::string_view::npos || head.rfind("从") != std::string_view::npos;
            std::string_view rest = after;
            if (rest.starts_with("的")) rest.remove_prefix(3);
            bool to = false;
            for (std::string_view word : {"增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "发展到", "扩大到", "增长到",
                                          "上升到", "下降到", "下降至", "降到", "降至", "降低到", "减少到", "缩小到", "增至", "到"})
                if (rest.starts_with(word)) to = true;
            if (from && to) keep[n] = false;
        }
        // The report's own agenda: 7方面21项工作; an address to the delegates.
        if (after.starts_with("工作")) keep[n] = false;
        {
            // The paragraph start moves forward with the quantities: find it from the last one.
            while (true) {
                const std::size_t next = text.find('\n', paragraph_start);
                if (next == std::string_view::npos || next >= l.number_begin) break;
                paragraph_start = next + 1;
            }
            if (text.substr(paragraph_start).starts_with("各位代表")) keep[n] = false;
        }
    }

    std::vector<extracted_target> targets;
    std::vector<std::size_t> target_index(located.size(), SIZE_MAX);
    std::size_t last_kept = located.size();
    for (std::size_t n = 0; n < located.size(); ++n) {
        if (on_progress && n % 4096 == 0) on_progress(n, located.size());
        if (!keep[n]) continue;
        const auto& l = located[n];
        extracted_target t{l.read, {}, false, section_at(sections, l.number_begin), {}};
        const std::size_t clause_begin = clause_start(text, l.number_begin);
        const std::size_t clause_stop = clause_end(text, l.number_end);
        t.excerpt = std::string(text.substr(clause_begin, clause_stop - clause_begin));

        // The list item this quantity stands in: split at 、 where the part before holds a target.
        std::size_t item_begin = clause_begin;
        for (std::size_t m = n; m-- > 0 && located[m].number_begin >= clause_begin;) {
            if (!keep[m]) continue;
            const std::size_t comma = text.substr(located[m].end, l.begin - std::min(l.begin, located[m].end)).find("、");
            if (located[m].end <= l.begin && comma != std::string_view::npos) {
                item_begin = located[m].end + comma + 3;
                break;
            }
        }
        // An item opening with a verb of its own after 、 is a list item too: 实施河道生态治理、清淤5条.
        {
            const std::string_view span = text.substr(item_begin, l.begin - std::min(l.begin, item_begin));
            const auto comma = span.rfind("、");
            if (comma != std::string_view::npos && starts_with_any(span.substr(comma + 3), item_verbs))
                item_begin += comma + 3;
        }
        const bool first_item = item_begin == clause_begin;

        // Compound quantities (4宗148亩) share the metric of the one right before.
        const bool compound = n > 0 && keep[n - 1] && located[n - 1].end == l.begin && target_index[n - 1] != SIZE_MAX;
        std::string metric;
        bool named_after = false;
        if (compound && !is_cjk_text_at(text, l.end)) {
            metric = targets[target_index[n - 1]].metric;
        } else {
            std::string_view raw = text.substr(item_begin, l.begin - item_begin);
            // 招生数由二十八万人增加到三十一万人: the subject stands before 由.
            if (n > 0 && !keep[n - 1] && located[n - 1].number_begin >= item_begin) {
                for (std::string_view from : {"由", "从"})
                    if (const auto at = raw.find(from); at != std::string_view::npos) raw = raw.substr(0, at);
            }
            std::string_view head = strip_trailing(strip_leading(strip_time_and_comparison(strip_leading(raw))));
            // A metric that is only a verb, or nothing: the noun comes after the number. A count or
            // an amount written before its noun (实施48个旧改工程, 93.8公里燃气管网改造) names it there.
            const bool only_verb =
                head.empty() || std::any_of(item_verbs.begin(), item_verbs.end(), [&](std::string_view v) { return head == v; });
            const bool noun_follows = (is_cjk_text_at(text, l.end) || text.substr(l.end).starts_with("“")) &&
                                      !is_rate_kind(l.read.value) && !text.substr(l.end).starts_with("的") &&
                                      !text.substr(l.end).starts_with("和") && !text.substr(l.end).starts_with("用于") &&
                                      !text.substr(l.end).starts_with("与");
            if ((only_verb || noun_follows) && (is_cjk_text_at(text, l.end) || text.substr(l.end).starts_with("“"))) {
                std::size_t stop = l.end;
                while (stop < clause_stop && !text.substr(stop).starts_with("、")) ++stop;
                std::string_view noun = strip_trailing(text.substr(l.end, stop - l.end));
                if (noun.ends_with("落地") && noun.size() > 6) noun.remove_suffix(6);
                metric = std::string(noun);
                named_after = true;
            } else if (only_verb && !head.empty() && !targets.empty() && targets.back().metric.starts_with(head)) {
                metric = targets.back().metric;  // 确保出让经营性用地22宗626亩，力争再出让5宗122亩
            } else {
                metric = std::string(head);
                // 占GDP比重: the share of what the sentence spoke of just before.
                if (metric.starts_with("占") && !targets.empty() && targets.back().metric.find("占") == std::string::npos)
                    metric = targets.back().metric + metric;
                // A list item without its own verb inherits the first item's: 新增A 84家、B 186家.
                if (!first_item && !starts_with_any(metric, item_verbs) && !targets.empty()) {
                    const std::string& first_metric = targets.back().metric;
                    for (std::string_view verb : item_verbs)
                        if (std::string_view(first_metric).starts_with(verb) &&
                            (verb == "新增" || verb == "新建" || verb == "新引进" || verb == "引进" || verb == "创建" ||
                             verb == "培育" || verb == "新开工")) {
                            metric = std::string(verb) + metric;
                            break;
                        }
                }
            }
        }
        // Nothing left ("比上年增长9.1%"): the indicator the sentence named just before.
        if (metric.empty() && !targets.empty() &&
            text.substr(located[last_kept].end, l.begin - located[last_kept].end).find("。") == std::string_view::npos &&
            last_kept < n)
            metric = targets.back().metric;
        t.metric = std::move(metric);

        // Stretch: a stretch word earlier in the same clause.
        const std::string_view clause_head = text.substr(clause_begin, l.number_begin - clause_begin);
        t.stretch = std::any_of(stretch_words.begin(), stretch_words.end(),
                                [&](std::string_view w) { return clause_head.find(w) != std::string_view::npos; });
        // A stretch tier that names nothing of its own continues the target before it in the
        // sentence: "增长5.5%左右，力争6%" is a growth of 6% in 地区生产总值, not a share of 力争.
        if (t.stretch && is_stretch_word_only(t.metric) && !targets.empty() && last_kept < n &&
            text.substr(located[last_kept].end, l.begin - located[last_kept].end).find("。") == std::string_view::npos) {
            const extracted_target& before = targets.back();
            t.metric = before.metric;
            const auto as_growth = [](const quantity& v) { return quantity(growth_rate(v.as<share>().percent())); };
            if (t.quantity.value.kind() == quantity_kind::share && t.quantity.change == change_word::none &&
                before.quantity.value.kind() == quantity_kind::growth_rate) {
                t.quantity.value = as_growth(t.quantity.value);
                if (t.quantity.upper) t.quantity.upper = as_growth(*t.quantity.upper);
            }
        }
        // 保持 at the head of a clause: the level is to be held, not fallen below.
        if (t.quantity.bound == bound_kind::point &&
            (strip_leading(clause_head) != clause_head || clause_head.find("保持") != std::string_view::npos) &&
            clause_head.find("保持") != std::string_view::npos && t.quantity.change == change_word::none)
            t.quantity.bound = bound_kind::at_least;
        target_index[n] = targets.size();
        last_kept = n;
        targets.push_back(std::move(t));
        // Compound quantities (95条52.6公里道路建设) share the noun their last member names.
        if (compound && named_after)
            for (std::size_t m = targets.size() - 1; m-- > 0 && targets[m].quantity.end == targets[m + 1].quantity.begin;)
                targets[m].metric = targets.back().metric;
    }

    // 分别: "对公用经费和非重点项目支出分别按照5%和10%的幅度进行再压减".
    for (std::size_t n = 0; n < targets.size();) {
        const std::string& excerpt = targets[n].excerpt;
        std::size_t last = n;
        while (last + 1 < targets.size() && targets[last + 1].excerpt == excerpt) ++last;
        const std::size_t respectively = excerpt.find("分别");
        if (respectively != std::string::npos) {
            std::string_view head = strip_leading(std::string_view(excerpt).substr(0, respectively + 6));
            const auto names = names_before_respectively(head);
            if (names.size() == last - n + 1)
                for (std::size_t k = n; k <= last; ++k) targets[k].metric = std::string(names[k - n]);
        }
        // A change stated after the numbers: 按照5%的幅度进行压减.
        const auto width = excerpt.find("幅度");
        if (width != std::string::npos) {
            const std::string_view tail = std::string_view(excerpt).substr(width);
            change_word change = change_word::none;
            for (std::string_view word : {"压减", "下降", "降低", "减少", "压降"})
                if (tail.find(word) != std::string_view::npos) change = change_word::decrease;
            for (std::string_view word : {"增长", "提高", "增加"})
                if (change == change_word::none && tail.find(word) != std::string_view::npos) change = change_word::increase;
            for (std::size_t k = n; k <= last; ++k) {
                auto& q = targets[k].quantity;
                if (change == change_word::none || q.change != change_word::none || !q.value.holds<share>()) continue;
                q.change = change;
                q.value = apply_change(quantity(growth_rate(q.value.as<share>().percent())), change);
                if (change == change_word::decrease) q.better = direction::lower_is_better;
            }
        }
        n = last + 1;
    }

    // A bound word after the last item of a list governed by one verb applies to every item:
    // 新增绿地35万平方米、绿道10公里以上 → both at least.
    for (std::size_t n = targets.size(); n-- > 1;) {
        const auto& last = targets[n];
        if (last.quantity.bound != bound_kind::at_least && last.quantity.bound != bound_kind::at_most &&
            last.quantity.bound != bound_kind::around)
            continue;
        for (std::size_t m = n; m-- > 0;) {
            auto& earlier = targets[m];
            if (earlier.excerpt != last.excerpt || earlier.quantity.end > last.quantity.begin) break;
            if (earlier.quantity.bound != bound_kind::point) break;
            // Items between must be joined by 、 (or be compound) and not open with a verb of their own.
            const std::string_view between(original.substr(earlier.quantity.end, targets[m + 1].quantity.begin - earlier.quantity.end));
            const bool joined = between.empty() || between.starts_with("、");
            if (!joined) break;
            std::string_view next_item = between.starts_with("、") ? between.substr(3) : between;
            next_item = strip_leading(next_item);
            if (!between.empty() && starts_with_any(next_item, item_verbs)) break;
            earlier.quantity.bound = last.quantity.bound;
            earlier.quantity.inclusive = last.quantity.inclusive;
            if (last.quantity.bound == bound_kind::at_most) earlier.quantity.better = direction::lower_is_better;
        }
    }
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
