#pragma once
// Targets meet their results. A target ("地区生产总值增长8%左右") and a result of the same
// indicator ("全年地区生产总值…增长5.8%") are paired by metric key and kind — a growth rate
// with a growth rate, an amount with an amount, never two indicators because their words
// look alike — and judged with `assess`: directly for rates, levels and whole years; against
// the expected pace (序时进度) for amounts of part of a year. A gap the document states
// itself (低于目标0.9个百分点) is read with its sign and checked against the computed one.
//
// The building blocks are `read_results` (the results in a text, with the period each is
// of and the gap stated after it), `pair_figures` and `judge`; `pairs_in_notice` and
// `pairs_across_reports` put them together for a progress notice and for last year's
// report against this year's review. table_pairs.hpp does a completion table.

#include <govtarget/assessment.hpp>
#include <govtarget/detail/compare.hpp>
#include <govtarget/detail/word_match.hpp>
#include <govtarget/lexicon.hpp>
#include <govtarget/metric_key.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/target_extractor.hpp>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

// How a result was held against its target.
enum class judging_rule {
    direct,  // the result against the target itself: rates, levels, whole years
    pace,    // the share of the annual target reached against the expected pace (序时进度)
};
enum class pair_verdict { met, within_tolerance, not_met, not_comparable };

[[nodiscard]] inline constexpr std::string_view to_string(judging_rule rule) noexcept {
    return rule == judging_rule::pace ? "pace" : "direct";
}
[[nodiscard]] inline constexpr std::string_view to_string(pair_verdict v) noexcept {
    switch (v) {
        case pair_verdict::met: return "met";
        case pair_verdict::within_tolerance: return "within_tolerance";
        case pair_verdict::not_met: return "not_met";
        case pair_verdict::not_comparable: return "not_comparable";
    }
    return "not_comparable";
}

// A result as a document states it.
struct stated_result {
    extracted_target figure;                      // its value, metric and span in the text
    std::optional<period> of;                     // the period it is of, where known
    bool share_of_target = false;                 // 完成年度目标的53.3%: a share of the annual target
    std::optional<extracted_target> stated_gap;   // 低于目标0.9个百分点, when the text states one
    bool part_of_whole = false;                   // 其中264项: a part of the figure before it, no result of it
    friend bool operator==(const stated_result&, const stated_result&) = default;
};

// A target another indicator's result sets: 一般公共预算收入增速与地区生产总值增速同步.
struct linked_target {
    std::string metric, metric_key;                // whose result is judged: 一般公共预算收入
    std::string linked_metric, linked_key;         // whose result sets the target: 地区生产总值
    bound_kind bound = bound_kind::at_least;       // 同步, 不低于: not below; 基本同步: around
    bool inclusive = true;                         // 高于, 快于: above
    std::size_t begin = 0, end = 0;                // span in the text
    friend bool operator==(const linked_target&, const linked_target&) = default;
};

// A target and its result, judged.
struct target_pair {
    std::string metric;                    // as the target names it (the result, when only a gap is stated)
    std::string metric_key;
    std::optional<extracted_target> target;  // none: the document states only the gap, or a linked target
    std::optional<linked_target> linked{};   // a target set by another indicator's result
    stated_result result;
    judging_rule rule = judging_rule::direct;
    pair_verdict verdict = pair_verdict::not_comparable;
    // The gap, signed so that negative is short of the target: -2.2个百分点 for rates, -12亿元
    // for amounts (direct rule); for the pace rule, the share of the annual target reached
    // minus the pace, in percentage points.
    std::optional<quantity> gap{};
    std::optional<exact_percentage_points> gap_to_pace{};
    std::optional<exact_share> pace{};      // the pace rule: the expected pace held to
    std::optional<bool> stretch_met{};      // where the target has a stretch tier (力争)
    bool stated_gap_disagrees = false;      // the document's own gap is not the computed one
    std::string note{};                     // why not comparable; what disagrees
    std::optional<std::size_t> row{};       // table_pairs.hpp: the table row both stand in
    // As the documents write them: "增长8%左右", "增长5.8%", "低于目标0.9个百分点".
    std::string target_text{}, result_text{}, stated_gap_text{};
    friend bool operator==(const target_pair&, const target_pair&) = default;
};

struct pairing_options {
    expected_pace pace = expected_pace::by();
    // The period a result is of where its text names none: the notice's period, or the year
    // a review looks back on.
    std::optional<period> default_period;
    const metric_vocabulary* words = nullptr;  // metric_words() when null
};

namespace detail {

inline const metric_vocabulary& words_of(const pairing_options& options) {
    return options.words ? *options.words : metric_words();
}

// The start of the sentence around byte i: results name their period once per sentence.
inline std::size_t sentence_start(std::string_view text, std::size_t i) {
    std::size_t start = 0;
    for (std::string_view mark : {"。", "！", "？", "；", ";", "\n"})
        if (const auto at = text.rfind(mark, i == 0 ? 0 : i - 1); at != std::string_view::npos && at < i)
            start = std::max(start, at + mark.size());
    return start;
}

template <class Words>
std::size_t last_word_in(std::string_view text, const Words& words, std::size_t& length) {
    std::size_t best = std::string_view::npos;
    length = 0;
    for (const auto& word : words) {
        const std::string_view w = [&]() -> std::string_view {
            if constexpr (requires { word.text; }) return word.text;
            else return word;
        }();
        const auto at = text.rfind(w);
        if (at == std::string_view::npos) continue;
        if (best == std::string_view::npos || at > best || (at == best && w.size() > length)) best = at, length = w.size();
    }
    return best;
}

// "1-11月", "1—6月份", "1至9月": months to date written with digits; npos if none.
inline std::size_t months_to_date_in(std::string_view text, std::string& spelled) {
    std::size_t found = std::string_view::npos;
    for (std::size_t at = text.find("月"); at != std::string_view::npos; at = text.find("月", at + 3)) {
        std::size_t k = at;
        while (k > 0 && is_ascii_digit(text[k - 1])) --k;
        if (k == at || at - k > 2) continue;
        const std::string_view last = text.substr(k, at - k);
        for (std::string_view dash : {"-", "—", "－", "~", "～", "至", "到"}) {
            if (k < dash.size() + 1 || text.substr(k - dash.size(), dash.size()) != dash) continue;
            const std::size_t one = k - dash.size() - 1;
            if (text[one] != '1' || (one > 0 && is_ascii_digit(text[one - 1]))) continue;
            found = one;
            spelled = "1-" + std::string(last) + "月";
        }
    }
    return found;
}

// The year written right before byte i ("2023年上半年"), or 0.
inline int year_right_before(std::string_view text, std::size_t i) {
    if (i < 7 || text.substr(i - 3, 3) != "年") return 0;
    const std::string_view digits = text.substr(i - 7, 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return is_ascii_digit(c); })) return 0;
    if (i > 7 && is_ascii_digit(text[i - 8])) return 0;
    return std::stoi(std::string(digits));
}

// The period named last in `before` (the sentence up to a result), with the year from right
// before it or else from `fallback`; none when `before` names no part of a year.
inline std::optional<period> period_named_in(std::string_view before, const std::optional<period>& fallback) {
    std::size_t length = 0;
    std::size_t at = last_word_in(before, lexicon::part_of_year_words, length);
    std::string spelled;
    if (at != std::string_view::npos)
        for (const auto& word : lexicon::part_of_year_words)
            if (before.substr(at, length) == word.text) spelled = word.period;
    std::string months;
    if (const std::size_t m = months_to_date_in(before, months); m != std::string_view::npos && (at == std::string_view::npos || m > at))
        at = m, spelled = months;
    if (at == std::string_view::npos) return std::nullopt;
    int year = year_right_before(before, at);
    if (year == 0 && fallback) year = static_cast<int>(fallback->year());
    if (year == 0) return std::nullopt;
    const auto p = period::try_parse(std::to_string(year) + "年" + spelled);
    if (!p) return std::nullopt;
    return *p;
}

inline bool names_any(std::string_view text, const auto& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

inline bool is_share_of_target(std::string_view text, const extracted_target& figure) {
    if (figure.quantity.value.kind() != quantity_kind::share) return false;
    const std::string_view before = text.substr(0, figure.quantity.begin);
    return std::any_of(lexicon::share_of_target_words.begin(), lexicon::share_of_target_words.end(),
                       [&](std::string_view w) { return finishes_with(before, w); });
}

// Which way is good for a target: its bound where it says (以上, 以内); else the metric's
// (失业率, 能耗: lower); the size of a fall (减少1000万) counts the other way.
inline direction judging_direction(const extracted_target& target, const metric_vocabulary& words) {
    const text_quantity& q = target.quantity;
    if (q.bound == bound_kind::at_least) return direction::higher_is_better;
    if (q.bound == bound_kind::at_most) return direction::lower_is_better;
    bool lower = words.lower_is_better(target.metric) || words.lower_is_better(target.metric_key);
    if (q.change == change_word::decrease && !is_rate_value(q.value)) lower = !lower;
    return lower ? direction::lower_is_better : direction::higher_is_better;
}

inline bool is_amount(const quantity& value) { return !is_rate_value(value); }

inline bool is_part_of_year(const std::optional<period>& p) { return p && p->kind() != period_kind::year; }

// Rounds a computed gap to the places the document wrote its own with, for comparing.
inline bool same_as_stated(const fraction& computed, const quantity& stated) {
    const fraction written = exact_number(stated);
    const int places = stated.visit([](const auto& v) {
        if constexpr (requires { v.percent(); }) return static_cast<int>(v.percent().scale());
        else return 0;
    });
    fraction unit(1);
    for (int k = 0; k < places; ++k) unit = unit / fraction(10);
    const fraction difference = computed - written;
    const fraction distance = difference.sign() < 0 ? -difference : difference;
    return distance * fraction(2) <= unit;  // within half a unit of the last written place
}

}  // namespace detail

// The results in a text: each figure that is not a target, with the period it is of (named
// before it in its sentence, else options.default_period) and the gap stated after it in the
// same sentence. Results over several years (年均, 累计, 过去五年) are left out: no one year's
// target is held against them.
[[nodiscard]] inline std::vector<stated_result> read_results(std::string_view text, std::span<const extracted_target> figures,
                                                           const std::optional<period>& default_period) {
    std::vector<stated_result> results;
    for (const extracted_target& figure : figures) {
        const std::size_t sentence = detail::sentence_start(text, figure.quantity.begin);
        const std::string_view before = text.substr(sentence, figure.quantity.number_begin - sentence);
        if (figure.quantity.gap != gap_reference::none) {
            // The gap belongs to the last result of its sentence.
            if (!results.empty() && !results.back().stated_gap && results.back().figure.quantity.begin >= sentence)
                results.back().stated_gap = figure;
            continue;
        }
        if (detail::names_any(before, lexicon::multi_year_words)) continue;
        const std::size_t clause = detail::clause_start(text, figure.quantity.begin);
        stated_result result{figure, detail::period_named_in(before, default_period), detail::is_share_of_target(text, figure), {},
                             detail::names_any(text.substr(clause, figure.quantity.begin - clause), lexicon::part_of_whole_words)};
        if (!result.of) result.of = default_period;
        if (result.share_of_target && !results.empty() && results.back().figure.quantity.begin >= sentence)
            result.figure.metric = results.back().figure.metric, result.figure.metric_key = results.back().figure.metric_key;
        results.push_back(std::move(result));
    }
    return results;
}

namespace detail {

inline pair_verdict verdict_of(verdict v) {
    return v == verdict::met ? pair_verdict::met : v == verdict::within_tolerance ? pair_verdict::within_tolerance : pair_verdict::not_met;
}

// No target written: the gap the document states decides, by its sign.
inline void judge_by_stated_gap(target_pair& pair) {
    const stated_result& result = pair.result;
    if (!result.stated_gap) {
        pair.note = "neither a target nor a stated gap";
        return;
    }
    const quantity& stated = result.stated_gap->quantity.value;
    pair.verdict = exact_number(stated).sign() < 0 ? pair_verdict::not_met : pair_verdict::met;
    if (pair.rule == judging_rule::pace && stated.kind() == quantity_kind::percentage_points)
        pair.gap_to_pace = exact_percentage_points(stated.as<percentage_points>());
    else pair.gap = stated;
    // 完成年度目标的53.3%，低于目标21.7个百分点: the stated gap is the share less the pace.
    const quantity& actual = result.figure.quantity.value;
    if (pair.rule == judging_rule::pace && pair.pace && actual.kind() == quantity_kind::share &&
        !same_as_stated(actual.as<share>().exact_percent() - pair.pace->exact_percent(), stated)) {
        pair.stated_gap_disagrees = true;
        pair.note = "the stated gap is not the result minus the pace";
    }
}

// An amount of part of a year (or a share of the annual target) against the pace; the
// points ahead of it, or none where the result cannot be put as a share of the target.
inline std::optional<fraction> judge_by_pace(target_pair& pair, const quantity& reference, direction better) {
    const quantity& actual = pair.result.figure.quantity.value;
    if (!pair.pace) {
        pair.note = "the period of the result is not known, so neither is the pace";
        return std::nullopt;
    }
    fraction completion;
    if (pair.result.share_of_target) completion = actual.as<share>().exact_percent();
    else if (comparable(actual, reference) && !exact_number(reference).is_zero())
        completion = exact_number(actual) / exact_number(reference) * fraction(100);
    else {
        pair.note = "the result is not of the target's kind: " + actual.to_string() + " against " + reference.to_string();
        return std::nullopt;
    }
    fraction ahead = completion - pair.pace->exact_percent();
    if (better == direction::lower_is_better) ahead = -ahead;
    pair.gap_to_pace = exact_percentage_points(ahead);
    pair.verdict = ahead.sign() >= 0 ? pair_verdict::met : pair_verdict::not_met;
    return ahead;
}

// A rate, a level or a whole year's amount against the target itself; the gap in points
// where it is one of rates.
inline std::optional<fraction> judge_directly(target_pair& pair, const target_quantity& part, const quantity& reference) {
    const quantity& actual = pair.result.figure.quantity.value;
    if (!comparable(actual, reference)) {
        pair.note = is_rate_value(reference) == is_rate_value(actual)
                        ? "a result of another kind than the target (" + std::string(actual.kind_name()) + " against " +
                              std::string(reference.kind_name()) + ")"
                        : "an amount against a rate: last year's base is not stated, so no growth can be computed";
        return std::nullopt;
    }
    const assessment<quantity> judged = assess(part, actual);
    pair.verdict = verdict_of(judged.result);
    pair.gap = part.better == direction::higher_is_better ? difference(actual, reference) : difference(reference, actual);
    pair.stretch_met = judged.stretch_met;
    if (!is_rate_value(*pair.gap)) return std::nullopt;
    return exact_number(*pair.gap);
}

// A disagreement between the gap the document states and the one its figures give is said.
inline void check_stated_gap(target_pair& pair, const std::optional<fraction>& computed_points) {
    const auto& stated = pair.result.stated_gap;
    if (!stated || !computed_points || stated->quantity.value.kind() != quantity_kind::percentage_points) return;
    if (same_as_stated(*computed_points, stated->quantity.value)) return;
    pair.stated_gap_disagrees = true;
    pair.note = "the document states " + stated->quantity.value.to_string() + "; the figures give another gap";
}

}  // namespace detail

// Judges one result against one target (none: only the gap the document states).
[[nodiscard]] inline target_pair judge(const std::optional<extracted_target>& target, const stated_result& result,
                                       const pairing_options& options = {}) {
    const extracted_target& named = target ? *target : result.figure;
    target_pair pair{named.metric, named.metric_key, target, std::nullopt, result};
    const bool by_pace = result.share_of_target ||
                         (target && detail::is_amount(target->quantity.value) && detail::is_part_of_year(result.of));
    pair.rule = by_pace ? judging_rule::pace : judging_rule::direct;
    if (by_pace && result.of) pair.pace = options.pace.percent_at(period::year(result.of->year()), result.of->last_day());
    if (!target) {
        detail::judge_by_stated_gap(pair);
        return pair;
    }
    target_quantity part = to_target_quantity(*target);
    part.better = detail::judging_direction(*target, detail::words_of(options));
    const quantity& reference = part.fixed().reference(part.better);
    detail::check_stated_gap(pair, by_pace ? detail::judge_by_pace(pair, reference, part.better)
                                           : detail::judge_directly(pair, part, reference));
    return pair;
}

namespace detail {

inline std::string_view without_rate_words(std::string_view side) {
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view w : {"基本", "保持", "继续"})
            if (finishes_with(side, w)) side.remove_suffix(w.size()), changed = true;
        for (std::string_view w : lexicon::linked_rate_words)
            if (finishes_with(side, w) && side.size() > w.size()) side.remove_suffix(w.size()), changed = true;
    }
    return side;
}

inline bool names_rate(std::string_view side) {
    return std::any_of(lexicon::linked_rate_words.begin(), lexicon::linked_rate_words.end(),
                       [&](std::string_view w) { return side.find(w) != std::string_view::npos; });
}

// The linked target a clause ends with or turns on, if it is one.
inline std::optional<linked_target> linked_at(std::string_view text, std::size_t at, const lexicon::linked_target_word& word) {
    const std::size_t clause = clause_start(text, at);
    const std::string_view head = text.substr(clause, at - clause);
    std::string_view a, b;
    std::size_t end = at + word.text.size();
    if (word.after) {
        std::size_t join = std::string_view::npos, join_size = 0;
        for (std::string_view j : lexicon::linked_joiners)
            if (const auto k = head.rfind(j); k != std::string_view::npos && (join == std::string_view::npos || k > join)) join = k, join_size = j.size();
        if (join == std::string_view::npos) return std::nullopt;
        a = head.substr(0, join);
        b = head.substr(join + join_size);
        if (!names_rate(head)) return std::nullopt;
    } else {
        // A快于B: B runs to the clause's end and must name a rate (高于5% is a bound, not this).
        end = clause_end(text, at + word.text.size());
        a = head;
        b = text.substr(at + word.text.size(), end - at - word.text.size());
        if (!names_rate(b) || !names_rate(a)) return std::nullopt;
    }
    a = strip_leading(without_rate_words(a));
    b = strip_leading(without_rate_words(b));
    if (a.empty() || b.empty() || std::any_of(b.begin(), b.end(), [](char c) { return is_ascii_digit(c); })) return std::nullopt;
    linked_target linked{std::string(a), metric_key(a), std::string(b), metric_key(b), word.bound, word.inclusive, clause, end};
    if (linked.metric_key.empty() || linked.linked_key.empty() || linked.metric_key == linked.linked_key) return std::nullopt;
    return linked;
}

}  // namespace detail

// The linked targets of a text: 一般公共预算收入增速与地区生产总值增速同步, 居民收入增长和
// 经济增长基本同步, 农村居民收入增速快于城镇居民.
[[nodiscard]] inline std::vector<linked_target> read_linked_targets(std::string_view text) {
    std::vector<linked_target> found;
    for (const auto& word : lexicon::linked_target_words) {
        for (std::size_t at = text.find(word.text); at != std::string_view::npos; at = text.find(word.text, at + word.text.size())) {
            // The longest word only: 基本同步 is not also 同步; 不低于 not also 低于.
            bool longer = false;
            for (const auto& other : lexicon::linked_target_words)
                if (other.text.size() > word.text.size() && other.text.ends_with(word.text) &&
                    at + word.text.size() >= other.text.size() && text.substr(at + word.text.size() - other.text.size(), other.text.size()) == other.text)
                    longer = true;
            if (longer) continue;
            if (auto linked = detail::linked_at(text, at, word)) {
                const bool seen = std::any_of(found.begin(), found.end(), [&](const linked_target& l) { return l.begin == linked->begin; });
                if (!seen) found.push_back(std::move(*linked));
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const linked_target& x, const linked_target& y) { return x.begin < y.begin; });
    return found;
}

// Judges a result against a linked target, given the linked indicator's result when the
// document states it (else not comparable: the target's value is not known).
[[nodiscard]] inline target_pair judge_linked(const linked_target& linked, const stated_result& result,
                                              const std::optional<stated_result>& linked_result) {
    target_pair pair{linked.metric, linked.metric_key, std::nullopt, linked, result};
    const quantity& actual = result.figure.quantity.value;
    if (!linked_result || !detail::comparable(actual, linked_result->figure.quantity.value)) {
        pair.note = "the target is " + linked.linked_metric + "'s result, which this document does not state";
        return pair;
    }
    const quantity& reference = linked_result->figure.quantity.value;
    target_quantity part{linked_value{linked.linked_metric, linked.bound}, direction::higher_is_better, std::nullopt, linked.metric};
    target_quantity resolved = part.resolved(reference);
    if (!linked.inclusive) resolved.value = bound<quantity>::at_least(reference, false);
    pair.verdict = detail::verdict_of(assess(resolved, actual).result);
    pair.gap = detail::difference(actual, reference);
    pair.note = linked.linked_metric + ": " + reference.to_string();
    return pair;
}

namespace detail {

inline bool key_pairs(const std::string& a, const std::string& b) { return !a.empty() && a == b && a.size() >= 6; }

inline bool kinds_pair(const extracted_target& target, const stated_result& result) {
    if (result.share_of_target) return is_amount(target.quantity.value);
    return comparable(target.quantity.value, result.figure.quantity.value);
}

}  // namespace detail

// Pairs targets with results of the same indicator: of the same kind where there is one (a
// growth rate with a growth rate), else of another kind (reported as not comparable). Each
// result pairs once; a stretch tier (力争) is judged with the target before it; a result with
// a stated gap and no target written is judged by that gap alone.
[[nodiscard]] inline std::vector<target_pair> pair_figures(std::span<const extracted_target> targets,
                                                           std::span<const stated_result> results,
                                                           const pairing_options& options = {}) {
    std::vector<target_pair> pairs;
    std::vector<bool> used(results.size(), false);
    const auto find = [&](const extracted_target& t, bool same_kind) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < results.size(); ++k)
            if (!used[k] && !results[k].part_of_whole && detail::key_pairs(t.metric_key, results[k].figure.metric_key) &&
                detail::kinds_pair(t, results[k]) == same_kind)
                return k;
        return std::nullopt;
    };
    for (std::size_t n = 0; n < targets.size(); ++n) {
        const extracted_target& t = targets[n];
        if (t.stretch && n > 0 && targets[n - 1].metric_key == t.metric_key) continue;  // judged with the base
        auto k = find(t, true);
        if (!k) k = find(t, false);
        if (!k) continue;
        used[*k] = true;
        pairs.push_back(judge(t, results[*k], options));
        if (n + 1 < targets.size() && targets[n + 1].stretch && targets[n + 1].metric_key == t.metric_key &&
            detail::comparable(targets[n + 1].quantity.value, results[*k].figure.quantity.value) &&
            pairs.back().verdict != pair_verdict::not_comparable && pairs.back().rule == judging_rule::direct)
            pairs.back().stretch_met = detail::reaches(results[*k].figure.quantity.value, targets[n + 1].quantity.value,
                                                       detail::judging_direction(t, detail::words_of(options)), true);
    }
    for (std::size_t k = 0; k < results.size(); ++k)
        if (!used[k] && results[k].stated_gap) pairs.push_back(judge(std::nullopt, results[k], options));
    return pairs;
}

// Pairs linked targets with the judged indicator's result (a rate, unused by other pairs is
// not required: a linked target names no number another pair could take) and judges it
// against the linking indicator's result of the same kind and period, where stated.
[[nodiscard]] inline std::vector<target_pair> pair_linked(std::span<const linked_target> linked,
                                                          std::span<const stated_result> results) {
    std::vector<target_pair> pairs;
    for (const linked_target& l : linked) {
        const auto judged = std::find_if(results.begin(), results.end(), [&](const stated_result& r) {
            return !r.part_of_whole && detail::key_pairs(l.metric_key, r.figure.metric_key) && detail::is_rate_value(r.figure.quantity.value);
        });
        if (judged == results.end()) continue;
        const auto setting = std::find_if(results.begin(), results.end(), [&](const stated_result& r) {
            return detail::key_pairs(l.linked_key, r.figure.metric_key) && detail::comparable(r.figure.quantity.value, judged->figure.quantity.value) &&
                   r.of == judged->of;
        });
        pairs.push_back(judge_linked(l, *judged, setting == results.end() ? std::nullopt : std::optional<stated_result>(*setting)));
    }
    return pairs;
}

namespace detail {

inline std::string written(std::string_view text, const text_quantity& q) {
    return q.end <= text.size() && q.begin <= q.end ? std::string(text.substr(q.begin, q.end - q.begin)) : std::string();
}

// Fills in what each pair's figures say as written, from the texts they stand in.
inline std::vector<target_pair> with_written(std::vector<target_pair> pairs, std::string_view target_source, std::string_view result_source) {
    for (target_pair& p : pairs) {
        if (p.target) p.target_text = written(target_source, p.target->quantity);
        if (p.linked && p.linked->end <= target_source.size())
            p.target_text = std::string(target_source.substr(p.linked->begin, p.linked->end - p.linked->begin));
        p.result_text = written(result_source, p.result.figure.quantity);
        if (p.result.share_of_target) {
            // 完成年度目标的53.3%: the words that make it a share are part of what it says.
            const std::size_t clause = clause_start(result_source, p.result.figure.quantity.begin);
            p.result_text = std::string(result_source.substr(clause, p.result.figure.quantity.end - clause));
        }
        if (p.result.stated_gap) p.stated_gap_text = written(result_source, p.result.stated_gap->quantity);
    }
    return pairs;
}

// The period a notice reports on, from its first lines: the first year named (or the year
// of its publication date) and the first part of a year (上半年, 前三季度, 1-11月).
inline std::optional<period> document_period(std::string_view text) {
    const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 1500));
    int year = 0;
    for (std::size_t at = head.find("年"); at != std::string_view::npos && year == 0; at = head.find("年", at + 3))
        year = year_right_before(head, at + 3);
    for (std::size_t at = head.find("20"); at != std::string_view::npos && year == 0; at = head.find("20", at + 1))
        if (at + 5 <= head.size() && std::all_of(head.begin() + at, head.begin() + at + 4, [](char c) { return is_ascii_digit(c); }) &&
            head[at + 4] == '-' && (at == 0 || !is_ascii_digit(head[at - 1])))
            year = std::stoi(std::string(head.substr(at, 4)));
    if (year == 0) return std::nullopt;
    const std::optional<period> whole = period::year(date::year{year});
    // The first part of a year named, not the last: the title comes first.
    std::size_t first = std::string_view::npos;
    std::string spelled;
    for (const auto& word : lexicon::part_of_year_words)
        if (const auto at = head.find(word.text); at != std::string_view::npos && at < first && !word.period.empty())
            first = at, spelled = word.period;
    std::string months;
    if (const auto m = months_to_date_in(head.substr(0, first == std::string_view::npos ? head.size() : first), months);
        m != std::string_view::npos)
        spelled = months;
    if (spelled.empty()) return whole;
    const auto p = period::try_parse(std::to_string(year) + "年" + spelled);
    return p ? std::optional<period>(*p) : whole;
}

// In a notice, which figures restate targets: a bound (以上, 不少于, 左右), a stretch word or a
// target word before it in its clause (目标, 计划, 确保) — unless the text states a gap after
// it, or it is a share of the target, which make it a result.
inline bool restates_target(std::string_view text, std::span<const extracted_target> figures, std::size_t n) {
    const extracted_target& figure = figures[n];
    if (figure.quantity.gap != gap_reference::none || is_share_of_target(text, figure)) return false;
    if (n + 1 < figures.size() && figures[n + 1].quantity.gap != gap_reference::none &&
        sentence_start(text, figures[n + 1].quantity.begin) <= figure.quantity.begin)
        return false;
    if (figure.quantity.bound != bound_kind::point || figure.stretch) return true;
    const std::size_t clause = clause_start(text, figure.quantity.begin);
    return names_any(text.substr(clause, figure.quantity.begin - clause), lexicon::target_marker_words);
}

// The paragraphs of a report that speak of several years: from one whose first sentence opens
// with 五年来, 过去五年, 今后五年 … to one whose first sentence names one year (过去一年, 去年,
// 今年, the year itself).
inline std::vector<std::pair<std::size_t, std::size_t>> several_years_spans(std::string_view text, int year) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    const std::string year_word = year > 0 ? std::to_string(year) + "年" : std::string("\x01");
    bool several = false;
    std::size_t opened = 0;
    for (std::size_t line = 0; line < text.size();) {
        std::size_t end = text.find('\n', line);
        if (end == std::string_view::npos) end = text.size();
        std::string_view first = text.substr(line, end - line);
        first = first.substr(0, std::min(first.size(), first.find("。")));
        std::size_t length = 0;
        const std::size_t many = last_word_in(first, lexicon::several_years_openers, length);
        std::size_t one = last_word_in(first, lexicon::one_year_openers, length);
        if (const auto at = first.find(year_word); at != std::string_view::npos && (one == std::string_view::npos || at < one)) one = at;
        // The earliest marker of the first sentence decides ("过去一年和五年工作回顾": one year).
        const auto earliest = [&](std::string_view part, const auto& words) {
            std::size_t best = std::string_view::npos;
            for (std::string_view w : words) best = std::min(best, part.find(w));
            return best;
        };
        const std::size_t many_first = many == std::string_view::npos ? many : earliest(first, lexicon::several_years_openers);
        std::size_t one_first = one == std::string_view::npos ? one : std::min(earliest(first, lexicon::one_year_openers), first.find(year_word));
        if (many_first != std::string_view::npos && (one_first == std::string_view::npos || many_first < one_first)) {
            if (!several) opened = line;
            several = true;
        } else if (one_first != std::string_view::npos && several) {
            spans.push_back({opened, line});
            several = false;
        }
        line = end + 1;
    }
    if (several) spans.push_back({opened, text.size()});
    return spans;
}

// The year a report plans for: of the years its headings name, the latest that follows
// another named (2020年工作回顾 … 2021年重点工作, not 2035年远景目标); the only one; else the
// first year in its opening lines.
inline int plan_year(std::string_view report) {
    std::vector<int> years;
    for (const auto& heading : report_headings(report))
        for (int y : years_named(heading.second)) years.push_back(y);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (auto y = years.rbegin(); y != years.rend(); ++y)
        if (std::binary_search(years.begin(), years.end(), *y - 1)) return *y;
    if (!years.empty()) return years.front();
    const auto opening = years_named(report.substr(0, std::min<std::size_t>(report.size(), 600)));
    return opening.empty() ? 0 : *std::max_element(opening.begin(), opening.end());
}

// Whether a figure speaks of several years: its sentence says so (年均, 累计); else its
// sentence names the one year (2012年，…国内生产总值增长7.8% inside a five-year review) and it
// does not; else its paragraph decides.
inline bool over_several_years(std::string_view text, const extracted_target& figure,
                               const std::vector<std::pair<std::size_t, std::size_t>>& spans, int year = 0) {
    const std::size_t sentence = sentence_start(text, figure.quantity.begin);
    const std::string_view before = text.substr(sentence, figure.quantity.number_begin - sentence);
    if (names_any(before, lexicon::multi_year_words)) return true;
    if (year > 0 && before.find(std::to_string(year) + "年") != std::string_view::npos) return false;
    return std::any_of(spans.begin(), spans.end(),
                       [&](const auto& span) { return figure.quantity.begin >= span.first && figure.quantity.begin < span.second; });
}
}  // namespace detail

// The targets a progress notice restates and the results it states, paired: "引进…项目不少于3个
// … 上半年，引进…项目3个"; "增长6.1%,低于目标0.9个百分点" (a stated gap, no target written).
// Results are of the period their sentence names, else the notice's (its title's).
[[nodiscard]] inline std::vector<target_pair> pairs_in_notice(std::string_view text, pairing_options options = {}) {
    if (!options.default_period) options.default_period = detail::document_period(text);
    const std::vector<extracted_target> figures = extract_targets(text);
    std::vector<extracted_target> targets, others;
    for (std::size_t n = 0; n < figures.size(); ++n)
        (detail::restates_target(text, figures, n) ? targets : others).push_back(figures[n]);
    // A report's plan is for the year ahead, its review of the year behind: never one pair.
    if (std::any_of(targets.begin(), targets.end(), [](const auto& t) { return t.section != report_section::review; }))
        std::erase_if(others, [](const auto& f) { return f.section == report_section::review; });
    const std::vector<stated_result> results = read_results(text, others, options.default_period);
    std::vector<target_pair> pairs = pair_figures(targets, results, options);
    for (target_pair& p : pair_linked(read_linked_targets(text), results)) pairs.push_back(std::move(p));
    return detail::with_written(std::move(pairs), text, text);
}

// Last year's report against this year's: the targets of last year's plan part, the results
// this year's review part states for that year. Targets and results over several years
// (十四五, 年均, a paragraph opened by 五年来) are left out.
[[nodiscard]] inline std::vector<target_pair> pairs_across_reports(std::string_view last_report, std::string_view this_report,
                                                                   pairing_options options = {}) {
    int year = detail::plan_year(last_report);
    if (year == 0 && detail::plan_year(this_report) > 0) year = detail::plan_year(this_report) - 1;
    if (!options.default_period && year > 0) options.default_period = period::year(date::year{year});
    const auto planned_over_years = detail::several_years_spans(last_report, year);
    std::vector<extracted_target> targets;
    for (extracted_target& t : extract_targets(last_report))
        if (t.section == report_section::plan && !detail::over_several_years(last_report, t, planned_over_years))
            targets.push_back(std::move(t));
    const auto reviewed_over_years = detail::several_years_spans(this_report, year);
    std::vector<extracted_target> reviewed;
    for (extracted_target& t : extract_targets(this_report))
        if (t.section == report_section::review && !detail::over_several_years(this_report, t, reviewed_over_years, year))
            reviewed.push_back(std::move(t));
    const std::vector<stated_result> results = read_results(this_report, reviewed, options.default_period);
    std::vector<target_pair> pairs = pair_figures(targets, results, options);
    // Linked targets of last year's plan part (居民收入增长和经济增长基本同步).
    const auto sections = detail::section_starts(last_report);
    std::vector<linked_target> planned;
    for (const linked_target& l : read_linked_targets(last_report))
        if (detail::section_at(sections, l.begin) == report_section::plan &&
            std::none_of(planned_over_years.begin(), planned_over_years.end(), [&](const auto& span) { return l.begin >= span.first && l.begin < span.second; }))
            planned.push_back(l);
    for (target_pair& p : pair_linked(planned, results)) pairs.push_back(std::move(p));
    return detail::with_written(std::move(pairs), last_report, this_report);
}

namespace detail {

// Percentage points computed exactly, as a document would write them: exact where four
// places or fewer say it, else rounded half away from zero to two ("−9.46").
inline percentage_points written_points(const fraction& points) {
    fraction scaled = points;
    for (int places = 0; places <= 4; ++places, scaled = scaled * fraction(10))
        if (scaled.denominator() == 1) return percentage_points(decimal::from_mantissa(scaled.numerator(), places));
    const decimal rounded = exact_percentage_points(points).rounded(2).percent();
    return percentage_points(rounded.mantissa() % 10 == 0 ? decimal::from_mantissa(rounded.mantissa() / 10, 1) : rounded);
}

inline std::string signed_text(const quantity& value) {
    const int sign = exact_number(value).sign();
    // Points as a document writes them: 0个百分点, not 0.0个百分点.
    const quantity shown = value.kind() == quantity_kind::percentage_points ? quantity(written_points(exact_number(value))) : value;
    return (sign > 0 ? "+" : "") + shown.to_string();
}

}  // namespace detail

// The gap as text, with its sign: "-2.2个百分点", "+252万人", "-9.46个百分点" (pace); empty
// when there is none (not comparable).
[[nodiscard]] inline std::string gap_text(const target_pair& pair) {
    if (pair.gap) return detail::signed_text(*pair.gap);
    if (pair.gap_to_pace) return detail::signed_text(quantity(detail::written_points(pair.gap_to_pace->exact_percent())));
    return {};
}

}  // namespace govtarget
