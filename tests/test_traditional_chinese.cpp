#include <govtarget/detail/traditional_chinese.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace govtarget::detail;

TEST_CASE("Traditional text reads as Simplified, byte for byte") {
    const std::string traditional = "城鎮新增就業1200萬人以上；糧食產量1.4萬億斤左右；居民消費價格漲幅2%左右。";
    const auto simplified = simplified_if_traditional(traditional);
    REQUIRE(simplified);
    CHECK(*simplified == "城镇新增就业1200万人以上；粮食产量1.4万亿斤左右；居民消费价格涨幅2%左右。");
    CHECK(simplified->size() == traditional.size());
    // Characters that are Simplified too convert in a Traditional text: 後 → 后, 於 → 于.
    CHECK(simplified_if_traditional("經濟增長後，於國內").value() == "经济增长后，于国内");
}

TEST_CASE("Simplified text, and text with a Traditional word or two, is left as it is") {
    CHECK_FALSE(simplified_if_traditional("城镇新增就业1200万人以上，显著提高，基于此。"));
    CHECK_FALSE(simplified_if_traditional("与台湾“經濟日報”合作，全年增长5%，城镇新增就业1200万人以上，居民收入稳步增长。"));
    CHECK_FALSE(simplified_if_traditional(""));
    CHECK_FALSE(simplified_if_traditional("GDP 5% 2026"));
}

TEST_CASE("the table: sorted pairs of 3-byte characters") {
    for (const std::string_view pairs : {traditional_only_pairs, traditional_shared_pairs}) {
        REQUIRE(pairs.size() % 6 == 0);
        for (std::size_t i = 6; i < pairs.size(); i += 6) CHECK(pairs.substr(i - 6, 3) < pairs.substr(i, 3));
    }
    CHECK(simplified_in(traditional_only_pairs, "萬") == "万");
    CHECK(simplified_in(traditional_only_pairs, "億元") == "亿");
    CHECK(simplified_in(traditional_only_pairs, "万").empty());
    CHECK(simplified_in(traditional_only_pairs, "a").empty());
}

TEST_CASE("bytes that are not UTF-8 are passed over, never read past the end") {
    const std::string broken = std::string("經濟增長\x80\xE8") + "萬億" + "\xE8\x90";
    const auto simplified = simplified_if_traditional(broken);
    REQUIRE(simplified);
    CHECK(simplified->size() == broken.size());
    CHECK(simplified->substr(0, 12) == "经济增长");
}
