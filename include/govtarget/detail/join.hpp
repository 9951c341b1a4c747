#pragma once
// "区发改局、区财政局": items with a separator between them.

#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

[[nodiscard]] inline std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) text += separator;
        text += items[k];
    }
    return text;
}

}  // namespace govtarget::detail
