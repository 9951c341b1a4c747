#include <govtarget/detail/utf8.hpp>

#include <doctest/doctest.h>

#include <string_view>

using namespace govtarget::detail;

TEST_CASE("UTF-8 sequences: valid, invalid, continuation bytes") {
    CHECK(valid_sequence_length("a", 0) == 1);
    CHECK(valid_sequence_length("增长", 0) == 3);
    CHECK(valid_sequence_length("增长", 1) == 0);  // a continuation byte starts nothing
    CHECK(valid_sequence_length("\xC0\x80", 0) == 0);  // overlong
    CHECK(first_invalid_utf8("增长5%") == std::nullopt);
    CHECK(first_invalid_utf8("增\xFF") == 3u);
    CHECK(is_continuation("增"[1]));
    CHECK_FALSE(is_continuation('a'));
    CHECK(is_plain_text("第一行\n第二行\t"));
    CHECK_FALSE(is_plain_text("\x01"));
}

TEST_CASE("a three-byte character as one number") {
    static_assert(three_byte_code("一") == 0xE4B880u);
    static_assert(three_byte_code_point("一") == 0x4E00u);
    CHECK(three_byte_code("“引号”") == 0xE2809Cu);
    CHECK(three_byte_code_point("龥") == 0x9FA5u);
    CHECK(three_byte_code_point("之后") == 0x4E4Bu);  // only the first character is read
}
