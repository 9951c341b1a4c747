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

TEST_CASE("bytes that are not UTF-8 but read as GB18030") {
    using govtarget::detail::reads_as_gb18030;
    CHECK(reads_as_gb18030("\xBC\xD7\xC7\xF8,50"));            // 甲区 in GBK
    CHECK(reads_as_gb18030("\x81\x30\x81\x30"));               // a four-byte sequence
    CHECK_FALSE(reads_as_gb18030("plain ASCII"));                 // nothing multibyte
    CHECK_FALSE(reads_as_gb18030("\xFF\xFE"));                   // no GB18030 lead byte
    CHECK_FALSE(reads_as_gb18030("\xBC"));                        // cut off
    CHECK(govtarget::detail::not_utf8_reason("\xBC\xD7").find("GB18030") != std::string::npos);
    CHECK(govtarget::detail::not_utf8_reason("\xFF").find("invalid UTF-8") != std::string::npos);
}
