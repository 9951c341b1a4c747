#include <govtarget/text_layout.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace govtarget;

TEST_CASE("display width: a CJK character takes two columns") {
    static_assert(display_width("64.84%") == 6);
    static_assert(display_width("区住建局") == 8);
    CHECK(display_width("区住建局 ⚠") == 10);  // ⚠ is one column
    CHECK(display_width("ＡＢ") == 4);         // full-width forms
    CHECK(display_width("") == 0);
}

TEST_CASE("padding to a width") {
    CHECK(pad_to_width("区住建局", 12) == "区住建局    ");
    CHECK(pad_to_width("16", 6) == "16    ");
    CHECK(pad_to_width("大运河数智未来城管委会", 10) == "大运河数智未来城管委会");  // wider: kept whole
    CHECK(pad_to_width("", 3) == "   ");
}

TEST_CASE("an excerpt is cut between characters") {
    CHECK(excerpt("地区生产总值", 7) == "地区…");  // 7 bytes would split 生
    CHECK(excerpt("地区生产总值", 18) == "地区生产总值");
    CHECK(excerpt("abc", 2) == "ab…");
    CHECK(excerpt("", 0).empty());
}
