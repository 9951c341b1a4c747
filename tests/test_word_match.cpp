#include <govtarget/detail/word_match.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string_view>

using govtarget::detail::begins_with;
using govtarget::detail::ends_with_word;
using govtarget::detail::finishes_with;
using govtarget::detail::starts_with_word;

TEST_CASE("a word at the start or the end, whole") {
    CHECK(begins_with("增长5%", "增长"));
    CHECK_FALSE(begins_with("增加5%", "增长"));  // same first byte, different last
    CHECK_FALSE(begins_with("增", "增长"));      // shorter than the word
    CHECK(begins_with("", ""));
    CHECK(begins_with("abc", ""));
    CHECK(finishes_with("5%以上", "以上"));
    CHECK_FALSE(finishes_with("5%以下", "以上"));
    CHECK_FALSE(finishes_with("上", "以上"));
    // A word must match byte for byte: the first and last bytes alone are not enough.
    CHECK_FALSE(begins_with("一二三", "一三三"));
    CHECK_FALSE(finishes_with("一二三", "一一三"));
}

TEST_CASE("any word of a list") {
    constexpr auto words = std::to_array<std::string_view>({"以上", "以下", "左右"});
    CHECK(starts_with_word(std::string_view("左右的"), words));
    CHECK_FALSE(starts_with_word(std::string_view("上下"), words));
    CHECK(ends_with_word(std::string_view("5%左右"), words));
    CHECK_FALSE(ends_with_word(std::string_view("5%"), words));
    CHECK_FALSE(starts_with_word(std::string_view(""), words));
}
