#include <govtarget/lexicon.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

using namespace govtarget;

namespace {
template <class Rows, class Text>
bool no_duplicates(const Rows& rows, Text text) {
    std::set<std::string_view> seen;
    for (const auto& row : rows)
        if (!seen.insert(text(row)).second) return false;
    return true;
}
// Whether a word that is a suffix of another comes after it, as "longest first" asks.
template <class Rows, class Text>
bool longest_first(const Rows& rows, Text text) {
    for (std::size_t a = 0; a < rows.size(); ++a)
        for (std::size_t b = a + 1; b < rows.size(); ++b)
            if (text(rows[b]).size() > text(rows[a]).size() && text(rows[b]).starts_with(text(rows[a]))) return false;
    return true;
}
const auto self = [](std::string_view word) { return word; };
}  // namespace

TEST_CASE("every list has each word once") {
    CHECK(no_duplicates(lexicon::words_before_number, [](const auto& w) { return w.text; }));
    CHECK(no_duplicates(lexicon::words_after_number, [](const auto& w) { return w.text; }));
    CHECK(no_duplicates(lexicon::chinese_digits, [](const auto& d) { return d.text; }));
    CHECK(no_duplicates(lexicon::chinese_magnitudes, [](const auto& m) { return m.text; }));
    CHECK(no_duplicates(lexicon::foreign_currencies, self));
    CHECK(no_duplicates(lexicon::name_or_date_units, self));
    CHECK(no_duplicates(lexicon::range_separators, self));
    CHECK(no_duplicates(lexicon::not_words_before_number, self));
    CHECK(no_duplicates(lexicon::words_ending_in_fu, self));
}

TEST_CASE("lists read by prefix put the longer word first") {
    CHECK(longest_first(lexicon::words_after_number, [](const auto& w) { return w.text; }));
    CHECK(longest_first(lexicon::foreign_currencies, self));
}

TEST_CASE("bound words read as 民法典 art. 1259 reads them") {
    const auto after = [](std::string_view text) {
        return *std::find_if(lexicon::words_after_number.begin(), lexicon::words_after_number.end(),
                             [&](const auto& w) { return w.text == text; });
    };
    const auto before = [](std::string_view text) {
        return *std::find_if(lexicon::words_before_number.begin(), lexicon::words_before_number.end(),
                             [&](const auto& w) { return w.text == text; });
    };
    for (std::string_view word : {"以上", "以下", "以内", "(含)以上", "（含）以上", "及以上"}) CHECK(after(word).inclusive);
    CHECK(!after("以外").inclusive);
    CHECK(after("以上").bound == bound_kind::at_least);
    CHECK(after("以内").bound == bound_kind::at_most);
    CHECK(after("左右").bound == bound_kind::around);
    for (std::string_view word : {"不满", "超过", "大于", "小于", "高于", "低于", "逾", "超"}) {
        CAPTURE(std::string(word));
        CHECK(!before(word).inclusive);
    }
    for (std::string_view word : {"不小于", "不大于", "不低于", "不高于", "不少于", "不超过"}) {
        CAPTURE(std::string(word));
        CHECK(before(word).inclusive);
    }
    CHECK(before("不低于").bound == bound_kind::at_least);
    CHECK(before("不超过").bound == bound_kind::at_most);
    for (std::string_view word : {"近", "约", "大约"}) CHECK(before(word).bound == bound_kind::around);
    CHECK(before("增长").change == change_word::increase);
    CHECK(!before("增长").sets_bound);
    CHECK(before("下降").change == change_word::decrease);
}

TEST_CASE("numerals, magnitudes, fractions") {
    for (const auto& digit : lexicon::chinese_digits) {
        CHECK(digit.value >= 0);
        CHECK(digit.value <= 9);
        CHECK(digit.text.size() == 3);
    }
    for (const auto& m : lexicon::chinese_magnitudes) CHECK(m.sectional == (m.exponent >= 4));
    for (const auto& m : lexicon::arabic_magnitudes) CHECK(m.sectional == (m.exponent >= 4));
    CHECK(lexicon::fraction_words[0].text == "百分之");
    CHECK(lexicon::fraction_words[0].per == 100);
    CHECK(lexicon::fraction_words[1].per == 1000);
    // Every word that excludes a word before the number ends with one of them.
    for (std::string_view word : lexicon::not_words_before_number) {
        CAPTURE(std::string(word));
        CHECK(std::any_of(lexicon::words_before_number.begin(), lexicon::words_before_number.end(),
                          [&](const auto& w) { return word.ends_with(w.text) && word.size() > w.text.size(); }));
    }
    for (std::string_view word : lexicon::words_ending_in_fu) CHECK(word.ends_with("负"));
}

TEST_CASE("currencies the library has no type for are not yuan or dollars") {
    for (std::string_view currency : lexicon::foreign_currencies) {
        CAPTURE(std::string(currency));
        CHECK(currency != "元");
        CHECK(currency != "美元");
        CHECK(currency != "人民币");
    }
    CHECK(lexicon::cny_prefixes[0] == "人民币");
}
