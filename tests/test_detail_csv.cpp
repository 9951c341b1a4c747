// detail/csv.hpp and detail/utf8.hpp: the RFC 4180 reader and the UTF-8 helpers under the readers.
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/utf8.hpp>

#include <doctest/doctest.h>

using namespace govtarget;
using namespace govtarget::detail;

TEST_CASE("RFC 4180 records") {
    const auto records = read_csv("a,\"b,c\",\"d\"\"e\"\r\n\r\n\"multi\nline\",x,\n", "t");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b,c", "d\"e"});
    CHECK(records[1].line == 3);
    CHECK(records[1].fields == std::vector<std::string>{"multi\nline", "x", ""});
    CHECK(read_csv("\xEF\xBB\xBFx,y", "t")[0].fields[0] == "x");
    CHECK(read_csv("x\ty", "t", '\t')[0].fields.size() == 2);
    CHECK(read_csv("", "t").empty());
}

TEST_CASE("bad CSV says where") {
    const auto where = [](std::string_view text) -> std::pair<std::size_t, std::size_t> {
        try {
            read_csv(text, "t");
        } catch (const read_error& e) {
            return {e.line(), e.column()};
        }
        return {0, 0};
    };
    CHECK(where("a,\"b") == std::pair<std::size_t, std::size_t>{1, 3});
    CHECK(where("a\nb,\"c\"d") == std::pair<std::size_t, std::size_t>{2, 6});
    CHECK(where("a,b\"c") == std::pair<std::size_t, std::size_t>{1, 4});
    CHECK(where("a\rb") == std::pair<std::size_t, std::size_t>{1, 2});
    CHECK(where("中文,\xff") == std::pair<std::size_t, std::size_t>{1, 4});
}

TEST_CASE("UTF-8 helpers") {
    CHECK_FALSE(first_invalid_utf8("拱墅区 2024").has_value());
    CHECK(first_invalid_utf8("ab\xe6\x8b") == 2u);          // truncated
    CHECK(first_invalid_utf8("\xc0\xaf") == 0u);            // overlong
    CHECK(first_invalid_utf8("\xed\xa0\x80") == 0u);        // surrogate
    CHECK(first_invalid_utf8("\xf4\x90\x80\x80") == 0u);    // beyond U+10FFFF
    CHECK(character_count("拱墅区") == 3);
    CHECK(prefix_at_boundary("拱墅区", 4) == "拱");
    std::size_t i = 0;
    CHECK(decode_at("拱", i) == U'拱');
    CHECK(i == 3);
}
