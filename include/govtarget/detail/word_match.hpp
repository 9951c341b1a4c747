#pragma once
// Whether text starts or ends with a word, for the readers' word lists. A list is asked at
// almost every character of a report, so the bytes that most often differ are compared
// before the call that compares the rest: a Chinese character's first byte is shared by
// thousands of others, its last byte by few.

#include <string_view>

namespace govtarget::detail {

inline bool begins_with(std::string_view text, std::string_view word) noexcept {
    return text.size() >= word.size() &&
           (word.empty() || (text[word.size() - 1] == word.back() && text[0] == word[0] && text.substr(0, word.size()) == word));
}
inline bool finishes_with(std::string_view text, std::string_view word) noexcept {
    return text.size() >= word.size() &&
           (word.empty() || (text.back() == word.back() && text.substr(text.size() - word.size()) == word));
}
inline bool starts_with_word(std::string_view text, const auto& words) noexcept {
    for (std::string_view word : words)
        if (begins_with(text, word)) return true;
    return false;
}
inline bool ends_with_word(std::string_view text, const auto& words) noexcept {
    for (std::string_view word : words)
        if (finishes_with(text, word)) return true;
    return false;
}

}  // namespace govtarget::detail
