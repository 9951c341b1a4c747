#pragma once
// Any other unit, carried by its text: 万千瓦, 1.3万亿斤, 31微克/立方米, 平方米/人.
// Exact value, same-unit arithmetic only (unit_mismatch_error otherwise).

#include <govtarget/detail/tally.hpp>

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
    static constexpr const char* unknown_reason = "expected a unit after the number";

    static std::optional<unit_label> read(std::string_view text) {
        if (text.empty()) return std::nullopt;
        return unit_label(std::string(text));
    }
    // Only the large magnitudes: 千瓦 is a unit, not 千 × 瓦.
    static constexpr bool takes(magnitude m) noexcept {
        return m == magnitude::one || m == magnitude::wan || m == magnitude::yi || m == magnitude::wanyi;
    }

    std::string_view text() const noexcept { return text_; }
    friend bool operator==(const unit_label&, const unit_label&) = default;

private:
    std::string text_;
};

using measure = detail::basic_tally<unit_label>;

}  // namespace govtarget
