#pragma once
// CSV for targets, progress records and summaries (RFC 4180; UTF-8 with or without a BOM,
// CRLF or LF, as Excel and WPS write it). Written values are the exact text the documents
// use, so what is written reads back equal. Errors are read_errors with file, line, column.
//
// targets:  one row per quantity: id,metric,task,category,lead_units,co_units,period,weight,
//           bound,inclusive,value,upper,direction,stretch,quantity_metric,linked_to (a
//           qualitative target: one row with an empty bound). lead_units and co_units are
//           joined with "、".
// progress: task_id,as_of,completion,completion_text,stated,actuals,note (completion: the
//           percent as a bare number, "52", empty = none; completion_text: the cell as written;
//           stated: completed, on_schedule, behind, not_started, not_applicable or empty;
//           actuals joined with "；").
// summary:  key,pace,cap,missing_policy,tolerance,ahead_band,tasks,reported,missing,behind,
//           on_pace,ahead,completed,over_achieved,weighted_sum,weight_sum,weighted_completion
//           (pace exact, e.g. 275/3; cap empty = none; the last for people: 2 places, half up).

#include <govtarget/aggregate.hpp>
#include <govtarget/detail/csv.hpp>
#include <govtarget/detail/summary_csv.hpp>
#include <govtarget/error.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/target.hpp>

#include <array>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace govtarget {

struct csv_options {
    bool spreadsheet_safe = false;  // make = + - @ text cells inert (for files people open in Excel/WPS)
};

namespace detail {

// "a、b" → {a, b}; "" → {}. An empty item ("a、、b") is an error: written back it would vanish.
inline std::vector<std::string> split_list(std::string_view text, std::string_view separator) {
    std::vector<std::string> parts;
    if (text.empty()) return parts;
    while (true) {
        const auto at = text.find(separator);
        if (at == 0 || (at == std::string_view::npos && text.empty()))
            throw domain_error("an empty item in a list separated by " + std::string(separator));
        parts.emplace_back(text.substr(0, at));
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + separator.size());
    }
    return parts;
}

inline std::string join_list(const auto& items, std::string_view separator, auto&& text_of) {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += separator;
        first = false;
        out += text_of(item);
    }
    return out;
}

// Header check and column lookup for a CSV file of known columns.
class csv_table {
public:
    csv_table(std::string_view text, std::string_view source, const std::vector<std::string_view>& columns)
        : source_(source), records_(read_csv(text, source)), columns_(columns) {
        if (records_.empty()) throw read_error(source, 1, 1, "", "empty input: no header");
        const auto& header = records_.front();
        for (std::size_t k = 0; k < columns.size(); ++k) {
            if (k >= header.fields.size() || header.fields[k] != columns[k])
                throw read_error(source, header.line, k < header.fields.size() ? header.columns[k] : 1,
                                 k < header.fields.size() ? header.fields[k] : "",
                                 "expected column " + std::to_string(k + 1) + " to be " + std::string(columns[k]));
        }
        if (header.fields.size() != columns.size())
            throw read_error(source, header.line, 1, "", "the header has " + std::to_string(header.fields.size()) +
                                                             " columns, expected " + std::to_string(columns.size()));
        width_ = columns.size();
    }
    std::size_t rows() const noexcept { return records_.size() - 1; }
    const csv_record& row(std::size_t r) const {
        const csv_record& record = records_[r + 1];
        if (record.fields.size() != width_)
            throw read_error(source_, record.line, 1, record.fields.empty() ? "" : record.fields.front(),
                             "the row has " + std::to_string(record.fields.size()) + " cells, the header " +
                                 std::to_string(width_));
        return record;
    }
    // Runs read on a cell and turns its error into one that says where.
    template <class Read>
    auto cell(std::size_t r, std::size_t column, Read&& read) const {
        const csv_record& record = row(r);
        try {
            return read(std::string_view(record.fields[column]));
        } catch (const read_error&) {
            throw;
        } catch (const error& e) {
            throw read_error(source_, record.line, record.columns[column], record.fields[column],
                             "in " + std::string(columns_[column]) + ": " + std::string(e.reason_text()));
        }
    }

private:
    std::string source_;
    std::vector<csv_record> records_;
    std::vector<std::string_view> columns_;
    std::size_t width_ = 0;
};

inline bool read_bool(std::string_view text) {
    if (text == "true") return true;
    if (text == "false") return false;
    throw parse_error("a boolean", text, 0, "expected true or false");
}

}  // namespace detail

inline const std::vector<std::string_view> target_csv_columns{
    "id",        "metric",    "task",  "category",  "lead_units", "co_units", "period",          "weight",
    "bound",     "inclusive", "value", "upper",     "direction",  "stretch",  "quantity_metric", "linked_to"};
inline const std::vector<std::string_view> progress_csv_columns{"task_id", "as_of",   "completion", "completion_text",
                                                                "stated",  "actuals", "note"};
inline const std::vector<std::string_view> summary_csv_columns{
    "key", "pace", "cap", "missing_policy", "tolerance", "ahead_band", "tasks", "reported", "missing", "behind",
    "on_pace", "ahead", "completed", "over_achieved", "weighted_sum", "weight_sum", "weighted_completion"};

inline void write_targets_csv(std::ostream& out, const std::vector<target>& targets, csv_options options = {}) {
    using detail::csv_field;
    const bool safe = options.spreadsheet_safe;
    out << detail::join_list(target_csv_columns, ",", [](std::string_view c) { return std::string(c); }) << "\r\n";
    const auto units = [&](const std::vector<std::string>& list) {
        return csv_field(detail::join_list(list, "、", [](const std::string& u) { return u; }), safe);
    };
    for (const target& t : targets) {
        const std::string head = csv_field(t.id, safe) + ',' + csv_field(t.metric, safe) + ',' + csv_field(t.task, safe) +
                                 ',' + csv_field(t.category, safe) + ',' + units(t.lead_units) + ',' + units(t.co_units) +
                                 ',' + (t.period ? t.period->to_string() : std::string()) + ',' + t.weight.to_string();
        if (t.quantities.empty()) {
            out << head << ",,,,,,,,\r\n";
            continue;
        }
        for (const target_quantity& part : t.quantities) {
            out << head << ',';
            if (const auto* linked = std::get_if<linked_value>(&part.value)) {
                out << to_string(linked->kind) << ",true,,," << to_string(part.better) << ','
                    << (part.stretch ? csv_field(part.stretch->to_exact_string()) : "") << ',' << csv_field(part.metric, safe)
                    << ',' << csv_field(linked->target_id, safe) << "\r\n";
                continue;
            }
            const auto& b = std::get<bound<quantity>>(part.value);
            out << to_string(b.kind()) << ',' << (b.inclusive() ? "true" : "false") << ','
                << csv_field(b.value().to_exact_string()) << ',' << (b.upper() ? csv_field(b.upper()->to_exact_string()) : "")
                << ',' << to_string(part.better) << ',' << (part.stretch ? csv_field(part.stretch->to_exact_string()) : "")
                << ',' << csv_field(part.metric, safe) << ",\r\n";
        }
    }
}

inline std::vector<target> read_targets_csv(std::string_view text, std::string_view source) {
    const detail::csv_table table(text, source, target_csv_columns);
    std::vector<target> targets;
    std::set<std::string, std::less<>> ids;
    std::size_t first_row = 0;  // of the target being read
    const auto refuse = [&](std::size_t r, std::size_t column, const std::string& reason) {
        table.cell(r, column, [&](std::string_view) -> int { throw domain_error(reason); });
    };
    for (std::size_t r = 0; r < table.rows(); ++r) {
        const auto& f = table.row(r).fields;
        // A target's rows come together, one per quantity, and repeat its own columns; a
        // qualitative target is one row with no quantity. Anything else would be read as
        // something other than what was written.
        const bool continues = !targets.empty() && targets.back().id == f[0] && !f[8].empty() &&
                               !targets.back().quantities.empty();
        if (continues) {
            const auto& first = table.row(first_row).fields;
            for (std::size_t k = 1; k <= 7; ++k)
                if (f[k] != first[k])
                    refuse(r, k, "differs from the first row of target " + f[0] + " (line " +
                                     std::to_string(table.row(first_row).line) + ")");
        } else {
            if (!ids.insert(f[0]).second) refuse(r, 0, "target " + f[0] + " is given twice: its rows must come together");
            first_row = r;
            target t;
            t.id = f[0];
            t.metric = f[1];
            t.task = f[2];
            t.category = f[3];
            t.lead_units = table.cell(r, 4, [](std::string_view s) { return detail::split_list(s, "、"); });
            t.co_units = table.cell(r, 5, [](std::string_view s) { return detail::split_list(s, "、"); });
            if (!f[6].empty()) t.period = table.cell(r, 6, [](std::string_view s) { return period::parse(s); });
            t.weight = table.cell(r, 7, [](std::string_view s) {
                const decimal w = decimal::parse(s);
                if (w.sign() <= 0) throw domain_error("a weight must be positive");
                return w;
            });
            targets.push_back(std::move(t));
        }
        if (f[8].empty()) {  // a qualitative target
            for (std::size_t k = 9; k < target_csv_columns.size(); ++k)
                if (!f[k].empty()) refuse(r, k, "a row without a bound has no quantity");
            continue;
        }
        const bound_kind kind = table.cell(r, 8, detail::bound_kind_named);
        const direction better = table.cell(r, 12, detail::direction_named);
        std::optional<quantity> stretch;
        if (!f[13].empty()) stretch = table.cell(r, 13, [](std::string_view s) { return quantity::parse(s); });
        if (!f[15].empty()) {
            targets.back().quantities.push_back({linked_value{f[15], kind}, better, stretch, f[14]});
            continue;
        }
        const bool inclusive = table.cell(r, 9, detail::read_bool);
        const quantity value = table.cell(r, 10, [](std::string_view s) { return quantity::parse(s); });
        bound<quantity> b = bound<quantity>::point(value);
        switch (kind) {
            case bound_kind::at_least: b = bound<quantity>::at_least(value, inclusive); break;
            case bound_kind::at_most: b = bound<quantity>::at_most(value, inclusive); break;
            case bound_kind::around: b = bound<quantity>::around(value); break;
            case bound_kind::range:
                b = table.cell(r, 11, [&](std::string_view s) { return bound<quantity>::range(value, quantity::parse(s)); });
                break;
            case bound_kind::point: break;
        }
        targets.back().quantities.push_back({std::move(b), better, stretch, f[14]});
    }
    return targets;
}

inline void write_progress_csv(std::ostream& out, const std::vector<progress_record>& records, csv_options options = {}) {
    using detail::csv_field;
    out << detail::join_list(progress_csv_columns, ",", [](std::string_view c) { return std::string(c); }) << "\r\n";
    for (const progress_record& r : records)
        out << csv_field(r.task_id, options.spreadsheet_safe) << ',' << iso_date(r.as_of) << ','
            << (r.completion ? r.completion->percent().to_string() : "") << ','
            << csv_field(r.completion_text, options.spreadsheet_safe) << ',' << (r.stated ? to_string(*r.stated) : "") << ','
            << csv_field(detail::join_list(r.actuals, "；", [](const quantity& q) { return q.to_exact_string(); }))
            << ',' << csv_field(r.note, options.spreadsheet_safe) << "\r\n";
}

inline std::vector<progress_record> read_progress_csv(std::string_view text, std::string_view source) {
    const detail::csv_table table(text, source, progress_csv_columns);
    std::vector<progress_record> records;
    for (std::size_t r = 0; r < table.rows(); ++r) {
        const auto& f = table.row(r).fields;
        progress_record record;
        record.task_id = f[0];
        if (record.task_id.empty()) throw read_error(source, table.row(r).line, 1, "", "empty task_id");
        record.as_of = table.cell(r, 1, [](std::string_view s) { return parse_date(s); });
        if (!f[2].empty())
            record.completion = table.cell(r, 2, [](std::string_view s) {
                // "-0" too: a sign on a completion means the cell holds something else.
                if (s.starts_with("-")) throw domain_error("a completion cannot be negative");
                return share(decimal::parse(s));
            });
        record.completion_text = f[3];
        if (!f[4].empty()) record.stated = table.cell(r, 4, detail::stated_status_named);
        record.actuals = table.cell(r, 5, [](std::string_view s) {
            std::vector<quantity> actuals;
            for (const std::string& actual : detail::split_list(s, "；")) actuals.push_back(quantity::parse(actual));
            return actuals;
        });
        record.note = f[6];
        records.push_back(std::move(record));
    }
    return records;
}

template <class Key>
void write_summary_csv(std::ostream& out, const std::map<Key, summary, std::less<>>& groups, csv_options options = {}) {
    static constexpr std::string_view key_names[] = {"key"};
    detail::write_summary_rows(
        out, groups, key_names, summary_columns::exact, options.spreadsheet_safe, "\r\n",
        [](const auto& group) {
            if constexpr (std::is_convertible_v<const Key&, std::string_view>) return std::array<std::string, 1>{std::string(group.first)};
            else return std::array<std::string, 1>{std::string(to_string(group.first))};
        },
        [](const auto& group) -> const summary& { return group.second; });
}

namespace detail {
// "50", "275/3": a pace as written by write_summary_csv.
inline exact_share read_exact_percent(std::string_view text) {
    const auto slash = text.find('/');
    const decimal top = decimal::parse(text.substr(0, slash));
    if (slash == std::string_view::npos) return exact_share(fraction(top));
    const decimal bottom = decimal::parse(text.substr(slash + 1));
    if (!top.is_integer() || !bottom.is_integer() || bottom.sign() <= 0)
        throw parse_error("an exact percent", text, slash, "expected a whole numerator and a positive whole denominator");
    return exact_share(fraction(top.to_integer(rounding::toward_zero), bottom.to_integer(rounding::toward_zero)));
}
inline missing_policy read_missing_policy(std::string_view text) {
    if (text == "excluded") return missing_policy::excluded;
    if (text == "as_zero") return missing_policy::as_zero;
    throw parse_error("a missing policy", text, 0, "expected excluded or as_zero");
}
}  // namespace detail

inline std::map<std::string, summary, std::less<>> read_summary_csv(std::string_view text, std::string_view source) {
    const detail::csv_table table(text, source, summary_csv_columns);
    std::map<std::string, summary, std::less<>> groups;
    for (std::size_t r = 0; r < table.rows(); ++r) {
        const auto& f = table.row(r).fields;
        const auto count = [&](std::size_t column) {
            return table.cell(r, column, [](std::string_view s) {
                const decimal d = decimal::parse(s);
                if (!d.is_integer() || d.scale() != 0) throw domain_error("expected a whole number");
                return d.mantissa();
            });
        };
        const auto points = [&](std::size_t column) {
            return table.cell(r, column, [](std::string_view s) {
                const decimal d = decimal::parse(s);
                if (d.is_negative()) throw domain_error("a band around the pace cannot be negative");
                return percentage_points(d);
            });
        };
        const exact_share pace = table.cell(r, 1, detail::read_exact_percent);
        aggregation_policy policy;
        policy.cap = table.cell(r, 2, [](std::string_view s) -> std::optional<share> {
            if (s.empty()) return std::nullopt;
            const decimal d = decimal::parse(s);
            if (d.sign() <= 0) throw domain_error("a completion cap must be positive (empty for none)");
            return share(d);
        });
        policy.missing = table.cell(r, 3, detail::read_missing_policy);
        policy.status.tolerance = points(4);
        policy.status.ahead_band = points(5);
        summary::parts p{{count(6), count(7), count(8), count(9), count(10), count(11), count(12), count(13)}, f[14], f[15]};
        const summary s = table.cell(r, 14, [&](std::string_view) { return summary::from_parts(pace, policy, p); });
        if (!groups.emplace(f[0], s).second)
            throw read_error(source, table.row(r).line, 1, f[0], "a second summary for the same key");
    }
    return groups;
}

}  // namespace govtarget
