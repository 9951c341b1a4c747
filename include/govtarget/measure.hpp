#pragma once
// Any other unit, carried by its text: 万千瓦, 1.3万亿斤, 31微克/立方米, 平方米/人.
// Exact value, same-unit arithmetic only (unit_mismatch_error otherwise).

#include <govtarget/detail/tally.hpp>
#include <govtarget/detail/utf8.hpp>

#include <array>

#include <optional>
#include <string>
#include <string_view>

namespace govtarget {

class unit_label {
public:
    explicit unit_label(std::string text) : text_(std::move(text)) {
        if (text_.empty()) throw domain_error("a unit label cannot be empty");
    }

    static constexpr std::string_view kind_name = "a measure";
    static constexpr std::string_view what_differs = "different units";
    static constexpr const char* unknown_reason = "expected a unit after the number (a bound word, a second number or a bare magnitude is not one)";

    // Units documents use that are neither money, area, length nor a measure word; some of
    // them start with one (平方米/人, 个月), and are units all the same.
    static constexpr auto common = std::to_array<std::string_view>({
        "微克/立方米", "毫克/立方米", "毫克/升", "平方米/人", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦",
        "万吨标准煤", "吨标准煤", "万标准箱", "标准箱", "万吨", "吨", "万斤", "斤", "公斤", "千克", "立方米",
        "万立方米", "万辆", "亿人次", "万人次", "标箱", "TEU", "GW", "MW", "kW", "分钟", "小时", "天", "岁",
        "倍", "个月", "度", "‰", "cm", "mm", "亩次"});

    // Currencies the library has no type for: measures named by the currency (30欧元, 5亿港元),
    // never CNY, though some start with a measure word (台币) or with 元's neighbours. Longest
    // first where one starts another.
    static constexpr auto foreign_currencies = std::to_array<std::string_view>({
        "澳门元", "澳门币", "新台币", "台币", "港元", "港币", "日元", "日币", "韩元", "欧元", "英镑",
        "澳元", "加元", "卢布", "新加坡元", "瑞士法郎", "法郎", "泰铢", "卢比", "马克",
    });

    // A label is text that names a unit: not a number's continuation (1e400, 1/2, 5.5.5), not
    // a bound word (以上, 左右: a bound is not part of a value), no white space, no control
    // characters, valid UTF-8. quantity::parse also reads text whose unit starts with a typed
    // kind's unit (元, 亩, 个…) as that kind or not at all, so a label such as 个工作日, made in
    // code, prints to text that does not read back; the common ones above do.
    [[nodiscard]] static std::optional<unit_label> read(std::string_view text) {
        if (text.empty() || detail::first_invalid_utf8(text)) return std::nullopt;
        for (const char c : text)
            if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return std::nullopt;
        const char first = text.front();
        if ((first >= '0' && first <= '9') || first == '.' || first == ',' || first == '/' || first == '-' ||
            first == '+' || first == '%' || ((first == 'e' || first == 'E') && text.size() > 1 && text[1] >= '0' && text[1] <= '9'))
            return std::nullopt;
        for (std::string_view bound_word : {"以上", "以下", "以内", "左右", "多", "余", "及以上"})
            if (text.ends_with(bound_word)) return std::nullopt;
        for (std::string_view magnitude_word : {"十", "百", "千", "万", "亿", "万亿", "百万", "千万"})
            if (text == magnitude_word) return std::nullopt;
        return unit_label(std::string(text));
    }
    // Only the large magnitudes: 千瓦 is a unit, not 千 × 瓦.
    [[nodiscard]] static constexpr bool takes(magnitude m) noexcept {
        return m == magnitude::one || m == magnitude::wan || m == magnitude::yi || m == magnitude::wanyi;
    }

    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    friend bool operator==(const unit_label&, const unit_label&) = default;

private:
    std::string text_;
};

using measure = detail::basic_tally<unit_label>;

}  // namespace govtarget
