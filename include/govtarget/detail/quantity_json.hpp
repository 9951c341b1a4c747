#pragma once
// A quantity read from text as JSON members, the one form every writer gives it: kind, value
// and unit as written, base_value and base_unit, bound, inclusive, range_hi (base units, or
// null). Writers add where it stands and what it is a part of.

#include <govtarget/detail/json_text.hpp>
#include <govtarget/quantity_reader.hpp>

#include <optional>
#include <ostream>
#include <string>

namespace govtarget::detail {

// A range's upper end in base units; none for a single value.
[[nodiscard]] inline std::optional<std::string> upper_base_value(const text_quantity& q) {
    if (!q.upper) return std::nullopt;
    return base_value(*q.upper).value.to_string();
}

// The members, without braces: a writer adds its own around them.
inline void write_quantity_members(std::ostream& out, const text_quantity& q) {
    const base_amount base = base_value(q.value);
    const auto upper = upper_base_value(q);
    out << "\"kind\":" << json_quoted(q.value.kind_name()) << ",\"value\":" << json_quoted(q.value_text)
        << ",\"unit\":" << json_quoted(q.unit_text) << ",\"base_value\":" << json_quoted(base.value.to_string())
        << ",\"base_unit\":" << json_quoted(base.unit) << ",\"bound\":" << json_quoted(to_string(q.bound))
        << ",\"inclusive\":" << json_bool(q.inclusive) << ",\"range_hi\":" << (upper ? json_quoted(*upper) : "null");
}

}  // namespace govtarget::detail
