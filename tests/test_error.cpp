#include <govtarget/error.hpp>

#include <doctest/doctest.h>

using namespace govtarget;

TEST_CASE("every govtarget error is a govtarget::error and a std::runtime_error") {
    CHECK_THROWS_AS(throw overflow_error("x"), error);
    CHECK_THROWS_AS(throw inexact_error("x"), error);
    CHECK_THROWS_AS(throw unit_mismatch_error("x"), error);
    CHECK_THROWS_AS(throw domain_error("x"), std::runtime_error);
    const parse_error e("a decimal", "5.5.5", 3, "a second decimal point");
    CHECK(std::string(e.what()) == "govtarget: cannot read a decimal from \"5.5.5\" at byte 3: a second decimal point");
    CHECK(e.offset() == 3);
    CHECK(e.input() == "5.5.5");
    CHECK(e.reason() == "a second decimal point");
}

TEST_CASE("messages show input as readable text: control bytes, bytes that are not UTF-8 and invisible characters escaped") {
    using detail::printable_excerpt;
    CHECK(printable_excerpt("完成52%") == "完成52%");
    CHECK(printable_excerpt(std::string("a\0b", 3)) == "a\\0b");
    CHECK(printable_excerpt("x\r\n\t") == "x\\r\\n\\t");
    CHECK(printable_excerpt("\xFF\xFE") == "\\xFF\\xFE");
    CHECK(printable_excerpt("\xE5\xAE") == "\\xE5\\xAE");                // 完, truncated
    CHECK(printable_excerpt("\xC0\xAF") == "\\xC0\\xAF");                // an overlong '/'
    CHECK(printable_excerpt("\xED\xA0\x80") == "\\xED\\xA0\\x80");        // a UTF-16 surrogate
    CHECK(printable_excerpt("\xEF\xBB\xBF序号") == "\\u{FEFF}序号");
    CHECK(printable_excerpt("5\xE2\x80\x8B%") == "5\\u{200B}%");
    CHECK(printable_excerpt("\x7F") == "\\x7F");
    // Cut at a character boundary, marked.
    CHECK(printable_excerpt("完成进度", 7) == "完成…");
    CHECK(printable_excerpt(std::string(300, 'a')).size() == 200 + std::string("…").size());
    const read_error r("t.csv", 2, 5, std::string("1,\0x", 4), "a control character");
    CHECK(std::string(r.what()) == "govtarget: t.csv:2:5: a control character: \"1,\\0x\"");
}

TEST_CASE("an error's reason, for another error's message") {
    CHECK(overflow_error("9 + 9 overflows").reason_text() == "9 + 9 overflows");
    CHECK(std::string(overflow_error("x").what()) == "govtarget: x");
}
