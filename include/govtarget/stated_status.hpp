#pragma once
// The status a completion cell states in words instead of a number: 已完成, 序时推进, 滞后,
// 未启动, "/". The words are data: status_words() is the vocabulary the readers use, and a
// program adds its own table's words in one line, before it reads:
//
//   govtarget::status_words().add("已销号", govtarget::stated_status::completed);
//
// A stated status is only what the cell says. No number is derived from it: how a stated
// status counts is for aggregation to decide.

#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

enum class stated_status {
    completed,       // 已完成, 全面完成, 已竣工
    on_schedule,     // 序时推进, 有序推进, 推进中
    behind,          // 滞后, 未完成
    not_started,     // 未启动, 未开工
    not_applicable,  // "/", 不适用, 无
};

inline constexpr std::string_view to_string(stated_status status) noexcept {
    switch (status) {
        case stated_status::completed: return "completed";
        case stated_status::on_schedule: return "on_schedule";
        case stated_status::behind: return "behind";
        case stated_status::not_started: return "not_started";
        case stated_status::not_applicable: return "not_applicable";
    }
    return "not_applicable";
}
inline constexpr std::string_view to_chinese(stated_status status) noexcept {
    switch (status) {
        case stated_status::completed: return "已完成";
        case stated_status::on_schedule: return "序时推进";
        case stated_status::behind: return "滞后";
        case stated_status::not_started: return "未启动";
        case stated_status::not_applicable: return "不适用";
    }
    return "不适用";
}

namespace detail {
// The status whose to_string is text, for readers of files; parse_error otherwise.
inline stated_status stated_status_named(std::string_view text) {
    for (stated_status s : {stated_status::completed, stated_status::on_schedule, stated_status::behind,
                            stated_status::not_started, stated_status::not_applicable})
        if (to_string(s) == text) return s;
    throw parse_error("a stated status", text, 0,
                      "expected one of completed, on_schedule, behind, not_started, not_applicable");
}

// Marks that end a cell ("已完成。") and are not part of its word.
inline constexpr std::string_view stated_status_end_marks[] = {"。", "．", ".", "！", "!"};
// Marks after which a stated word is followed by prose: "已完成。全年新增…", "滞后，原因是…",
// "已完成（6月底）". Not a space or 、: "完成 50个", "完成、验收" are not statements of status.
inline constexpr std::string_view stated_status_break_marks[] = {"。", "，", ",", "；", ";", "！", "!", "（", "("};
}  // namespace detail

struct stated_status_word {
    std::string word;
    stated_status status;
    friend bool operator==(const stated_status_word&, const stated_status_word&) = default;
};

// Words and the status each states; a word is matched whole, never inside other text.
class stated_status_vocabulary {
public:
    stated_status_vocabulary() = default;
    stated_status_vocabulary(std::initializer_list<stated_status_word> words) {
        for (const auto& w : words) add(w.word, w.status);
    }

    // Adds a word, or gives a known word another status. domain_error for a word a cell could
    // never be matched to: empty, with surrounding spaces or control bytes, ending in a mark
    // that is trimmed from cells (。), or ending in % (such a cell is read as a percent).
    stated_status_vocabulary& add(std::string_view word, stated_status status) {
        const auto refuse = [&](std::string_view reason) {
            throw domain_error("a status word " + std::string(reason) + ": \"" + std::string(word) + "\"");
        };
        if (word.empty()) refuse("is empty");
        if (!detail::is_plain_text(word)) refuse("must be UTF-8 text without control bytes");
        if (detail::trim(word) != word) refuse("must not begin or end with a space");
        for (std::string_view mark : detail::stated_status_end_marks)
            if (word.ends_with(mark) && word != mark) refuse("must not end with " + std::string(mark));
        if (word.ends_with("%") || word.ends_with("％")) refuse("must not end with a percent sign");
        for (auto& known : words_)
            if (known.word == word) {
                known.status = status;
                return *this;
            }
        words_.push_back({std::string(word), status});
        return *this;
    }
    // Removes a word; false if it was not there.
    bool remove(std::string_view word) {
        const auto at = std::find_if(words_.begin(), words_.end(), [&](const auto& w) { return w.word == word; });
        if (at == words_.end()) return false;
        words_.erase(at);
        return true;
    }
    // The status of exactly this word.
    std::optional<stated_status> find(std::string_view word) const noexcept {
        for (const auto& known : words_)
            if (known.word == word) return known.status;
        return std::nullopt;
    }
    const std::vector<stated_status_word>& words() const noexcept { return words_; }

    friend bool operator==(const stated_status_vocabulary&, const stated_status_vocabulary&) = default;

private:
    std::vector<stated_status_word> words_;
};

// The words govtarget knows, as shipped.
inline const stated_status_vocabulary& default_status_words() {
    static const stated_status_vocabulary words{
        {"已完成", stated_status::completed},          {"完成", stated_status::completed},
        {"全面完成", stated_status::completed},        {"已完工", stated_status::completed},
        {"已竣工", stated_status::completed},          {"序时推进", stated_status::on_schedule},
        {"按序时推进", stated_status::on_schedule},    {"正常推进", stated_status::on_schedule},
        {"有序推进", stated_status::on_schedule},      {"按计划推进", stated_status::on_schedule},
        {"推进中", stated_status::on_schedule},        {"进行中", stated_status::on_schedule},
        {"滞后", stated_status::behind},               {"滞后于序时进度", stated_status::behind},
        {"未完成", stated_status::behind},             {"进度滞后", stated_status::behind},
        {"未启动", stated_status::not_started},        {"尚未启动", stated_status::not_started},
        {"未开工", stated_status::not_started},        {"/", stated_status::not_applicable},
        {"／", stated_status::not_applicable},         {"不适用", stated_status::not_applicable},
        {"无", stated_status::not_applicable},         {"提前完成", stated_status::completed},
        {"基本完成", stated_status::completed},        {"超额完成", stated_status::completed},
        {"已办结", stated_status::completed},          {"正在推进", stated_status::on_schedule},
        {"顺利推进", stated_status::on_schedule},      {"稳步推进", stated_status::on_schedule},
        {"达到序时进度", stated_status::on_schedule},  {"达序时进度", stated_status::on_schedule},
        {"达到时间进度", stated_status::on_schedule},  {"符合序时进度", stated_status::on_schedule},
        {"欠进度", stated_status::behind},             {"严重滞后", stated_status::behind},
        {"未达序时进度", stated_status::behind},       {"未达到序时进度", stated_status::behind},
        {"进度较慢", stated_status::behind},           {"推进较慢", stated_status::behind},
    };
    return words;
}

// The vocabulary the readers use by default: the shipped words plus any a program adds. Change
// it before reading on several threads; reading only reads it.
inline stated_status_vocabulary& status_words() {
    static stated_status_vocabulary words = default_status_words();
    return words;
}

// The status a completion cell states, if its words say one. The cell, without surrounding
// spaces (also 　) and one closing mark (。 . ！), must be a word of the vocabulary ("已完成",
// "已完成。", "/"), or begin with a word directly followed by 。，；！ or an opening bracket
// ("已完成。全年新增…", "滞后，原因是…", "已完成（6月）"); the longest such word wins. A
// word inside or at the end of prose ("…，已完成。") is never matched: the sentence around
// it may say something else.
inline std::optional<stated_status> read_stated_status(std::string_view cell,
                                                       const stated_status_vocabulary& words = status_words()) {
    std::string_view text = detail::trim(cell);
    for (std::string_view mark : detail::stated_status_end_marks)
        if (text.ends_with(mark) && text != mark) {
            text = detail::trim(text.substr(0, text.size() - mark.size()));
            break;
        }
    if (text.empty()) return std::nullopt;
    if (auto whole = words.find(text)) return whole;
    std::optional<stated_status> found;
    std::size_t found_length = 0;
    for (const auto& known : words.words()) {
        if (known.word.size() <= found_length || !text.starts_with(known.word)) continue;
        const std::string_view rest = text.substr(known.word.size());
        for (std::string_view mark : detail::stated_status_break_marks)
            if (rest.starts_with(mark)) {
                found = known.status;
                found_length = known.word.size();
                break;
            }
    }
    return found;
}

}  // namespace govtarget
