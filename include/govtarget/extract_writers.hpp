#pragma once
// Extracted targets written out: JSON Lines and CSV for programs and spreadsheets, aligned text
// for a terminal. Values as written and in base units (元, 平方米 — 亩 to 4 decimals —, count,
// percent, …), the bound, the metric, the section and where in the text the quantity stands.

#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/json_text.hpp>
#include <govtarget/detail/quantity_json.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target_extractor.hpp>
#include <govtarget/text_layout.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// One JSON object per line: kind, value and unit as written, base_value and base_unit, bound,
// inclusive, range_hi (base units, or null), stretch, direction, metric, metric_key, section, start and end
// (byte offsets into the text) and the clause as text.
inline void write_extracted_jsonl(std::ostream& out, const std::vector<extracted_target>& targets) {
    using detail::json_bool;
    using detail::json_quoted;
    for (const extracted_target& t : targets) {
        out << '{';
        detail::write_quantity_members(out, t.quantity);
        out << ",\"stretch\":" << json_bool(t.stretch) << ",\"direction\":" << json_quoted(to_string(t.quantity.better))
            << ",\"metric\":" << json_quoted(t.metric) << ",\"metric_key\":" << json_quoted(t.metric_key)
            << ",\"section\":" << json_quoted(to_string(t.section))
            << ",\"start\":" << t.quantity.begin << ",\"end\":" << t.quantity.end << ",\"text\":" << json_quoted(t.excerpt)
            << "}\n";
    }
}

// A header row and one row per target, the columns of the JSON Lines but direction. Text
// cells are made inert for spreadsheets (a leading ' before = + - @).
inline void write_extracted_csv(std::ostream& out, const std::vector<extracted_target>& targets) {
    using detail::csv_field;
    out << "kind,value,unit,base_value,base_unit,bound,inclusive,range_hi,stretch,metric,metric_key,section,start,end,text\n";
    for (const extracted_target& t : targets) {
        const text_quantity& q = t.quantity;
        const base_amount base = base_value(q.value);
        out << q.value.kind_name() << ',' << csv_field(q.value_text) << ',' << csv_field(q.unit_text, true) << ','
            << base.value << ',' << csv_field(base.unit, true) << ',' << to_string(q.bound) << ','
            << detail::json_bool(q.inclusive) << ',' << detail::upper_base_value(q).value_or("") << ','
            << detail::json_bool(t.stretch) << ',' << csv_field(t.metric, true) << ',' << csv_field(t.metric_key, true) << ','
            << to_string(t.section) << ','
            << q.begin << ',' << q.end << ',' << csv_field(t.excerpt, true) << '\n';
    }
}

// One line per target: section, metric, the quantity as it stands in `text` (the text the
// targets were extracted from), the bound, 力争 for a stretch tier, and the base value.
inline void write_extracted_text(std::ostream& out, const std::vector<extracted_target>& targets, std::string_view text) {
    for (const extracted_target& t : targets) {
        const text_quantity& q = t.quantity;
        const base_amount base = base_value(q.value);
        out << pad_to_width(to_string(t.section), 8) << pad_to_width(t.metric, 40)
            << pad_to_width(text.substr(q.begin, q.end - q.begin), 24) << to_string(q.bound) << (t.stretch ? " 力争" : "")
            << "  = " << base.value << base.unit << '\n';
    }
}

}  // namespace govtarget
