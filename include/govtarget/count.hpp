#pragma once
// Counts with their measure word: 84家, 4宗, 4万名 (= 40000名), 5000套(间).
// 84家 + 3个 is a unit_mismatch_error, never 87 of something.

#include <govtarget/detail/tally.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace govtarget {

class measure_word {
public:
    // To add a measure word: one entry here. Variants map onto one word in `spellings`.
    static constexpr auto catalogue = std::to_array<std::string_view>({
        "家", "个", "名", "件", "户", "台", "套(间)", "套", "间", "场次", "场", "条", "座", "所", "宗", "项",
        "处", "人次", "人", "次", "辆", "棵", "株", "只", "头", "批", "部", "幢", "栋", "艘", "架", "张",
        "位", "例", "支", "篇", "本", "册", "期", "份", "组", "对", "片", "块", "根", "家次", "户次", "床",
        "班次", "班", "类", "款", "级", "轮", "届", "批次", "门", "道", "段", "盏", "口", "列"});

    static constexpr std::string_view kind_name = "a count";
    static constexpr std::string_view what_differs = "different measure words";
    static constexpr const char* unknown_reason = "unknown measure word";

    // "家" → 家; "套（间）" → 套(间); anything not in the catalogue → nothing.
    [[nodiscard]] static constexpr std::optional<measure_word> read(std::string_view text) noexcept {
        if (text == "套（间）") text = "套(间)";
        for (std::size_t i = 0; i < catalogue.size(); ++i)
            if (catalogue[i] == text) return measure_word(static_cast<std::uint8_t>(i));
        return std::nullopt;
    }
    [[nodiscard]] static constexpr measure_word parse(std::string_view text) {
        if (auto word = read(text)) return *word;
        throw parse_error("a measure word", text, 0, unknown_reason);
    }
    [[nodiscard]] static constexpr bool takes(magnitude) noexcept { return true; }

    [[nodiscard]] constexpr std::string_view text() const noexcept { return catalogue[index_]; }
    friend constexpr bool operator==(measure_word, measure_word) noexcept = default;

private:
    constexpr explicit measure_word(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_;
};

using count = detail::basic_tally<measure_word>;

}  // namespace govtarget
