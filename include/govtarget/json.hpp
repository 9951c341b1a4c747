#pragma once
// JSON for every govtarget type, with nlohmann-json (opt-in: include this header and link
// nlohmann_json). Values are written as the exact text the documents use ("740亿元",
// "增长5.5%", "148亩"), so a value written and read back is equal, not approximately equal.
//
//   nlohmann::json j = target;         auto t = j.get<govtarget::target>();
//
// Reading a malformed document throws govtarget::parse_error or read_error saying where.

#include <govtarget/aggregate.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/target.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace govtarget::detail {
inline quantity quantity_from_json(const nlohmann::json& j) {
    if (!j.is_string()) throw parse_error("a quantity", j.dump(), 0, "expected a quantity as a JSON string");
    return quantity::parse(j.get<std::string>());
}
}  // namespace govtarget::detail

// Types without a default constructor are read through their serializers.
template <>
struct nlohmann::adl_serializer<govtarget::quantity> {
    static void to_json(json& j, const govtarget::quantity& q) { j = q.to_exact_string(); }
    static govtarget::quantity from_json(const json& j) { return govtarget::detail::quantity_from_json(j); }
};
template <>
struct nlohmann::adl_serializer<govtarget::period> {
    static void to_json(json& j, const govtarget::period& p) { j = p.to_string(); }
    static govtarget::period from_json(const json& j) {
        if (!j.is_string()) throw govtarget::parse_error("a period", j.dump(), 0, "expected a period as a JSON string");
        return govtarget::period::parse(j.get<std::string>());
    }
};
template <class Kind>
struct nlohmann::adl_serializer<govtarget::basic_rate<Kind>> {
    static void to_json(json& j, const govtarget::basic_rate<Kind>& v) { j = govtarget::quantity(v).to_exact_string(); }
    static govtarget::basic_rate<Kind> from_json(const json& j) {
        return govtarget::detail::quantity_from_json(j).as<govtarget::basic_rate<Kind>>();
    }
};
template <class Dimension>
struct nlohmann::adl_serializer<govtarget::basic_amount<Dimension>> {
    static void to_json(json& j, const govtarget::basic_amount<Dimension>& v) { j = v.to_exact_string(); }
    static govtarget::basic_amount<Dimension> from_json(const json& j) {
        return govtarget::detail::quantity_from_json(j).as<govtarget::basic_amount<Dimension>>();
    }
};
template <class Label>
struct nlohmann::adl_serializer<govtarget::detail::basic_tally<Label>> {
    static void to_json(json& j, const govtarget::detail::basic_tally<Label>& v) { j = v.to_string(); }
    static govtarget::detail::basic_tally<Label> from_json(const json& j) {
        return govtarget::detail::quantity_from_json(j).as<govtarget::detail::basic_tally<Label>>();
    }
};

namespace govtarget {

namespace detail {

inline const nlohmann::json& member(const nlohmann::json& j, const char* key) {
    if (!j.is_object()) throw parse_error("a JSON object", j.dump(), 0, "expected an object");
    const auto it = j.find(key);
    if (it == j.end()) throw parse_error("a JSON object", j.dump(), 0, std::string("no member \"") + key + "\"");
    return *it;
}
inline std::string text_member(const nlohmann::json& j, const char* key) {
    const auto& value = member(j, key);
    if (!value.is_string()) throw parse_error("a JSON object", j.dump(), 0, std::string("\"") + key + "\" is not a string");
    return value.get<std::string>();
}

}  // namespace detail

// Values.
inline void to_json(nlohmann::json& j, const decimal& d) { j = d.to_string(); }
inline void from_json(const nlohmann::json& j, decimal& d) {
    if (!j.is_string()) throw parse_error("a decimal", j.dump(), 0, "expected a decimal as a JSON string");
    d = decimal::parse(j.get<std::string>());
}
inline void to_json(nlohmann::json& j, const fraction& f) { j = f.to_string(); }
inline void from_json(const nlohmann::json& j, fraction& f) {
    if (!j.is_string()) throw parse_error("a fraction", j.dump(), 0, "expected \"n/d\" as a JSON string");
    const std::string text = j.get<std::string>();
    const auto slash = text.find('/');
    const decimal n = decimal::parse(text.substr(0, slash));
    const decimal d = slash == std::string::npos ? decimal(1) : decimal::parse(text.substr(slash + 1));
    if (!n.is_integer() || !d.is_integer()) throw parse_error("a fraction", text, 0, "parts must be integers");
    f = fraction(n.mantissa() / detail::pow10(n.scale()), d.mantissa() / detail::pow10(d.scale()));
}

// Targets.
inline void to_json(nlohmann::json& j, const target_quantity& part) {
    j = nlohmann::json::object();
    if (const auto* linked = std::get_if<linked_value>(&part.value)) {
        j["linked_to"] = linked->target_id;
        j["bound"] = std::string(to_string(linked->kind));
    } else {
        const auto& b = std::get<bound<quantity>>(part.value);
        j["bound"] = std::string(to_string(b.kind()));
        j["inclusive"] = b.inclusive();
        j["value"] = b.value();
        j["upper"] = b.upper() ? nlohmann::json(*b.upper()) : nlohmann::json(nullptr);
        if (b.kind() == bound_kind::around)
            j["tolerance"] = {{"rate_points", b.tolerance().rate_points}, {"amount_percent", b.tolerance().amount_percent}};
    }
    j["direction"] = std::string(to_string(part.better));
    j["stretch"] = part.stretch ? nlohmann::json(*part.stretch) : nlohmann::json(nullptr);
    j["metric"] = part.metric;
}
inline target_quantity target_quantity_from_json(const nlohmann::json& j) {
    const bound_kind kind = detail::bound_kind_named(detail::text_member(j, "bound"));
    target_quantity part{linked_value{}, direction::higher_is_better, std::nullopt, {}};
    part.better = detail::direction_named(detail::text_member(j, "direction"));
    part.metric = j.contains("metric") ? detail::text_member(j, "metric") : std::string();
    part.stretch.reset();
    if (j.contains("stretch") && !j["stretch"].is_null()) part.stretch = j["stretch"].get<quantity>();
    if (j.contains("linked_to")) {
        part.value = linked_value{detail::text_member(j, "linked_to"), kind};
        return part;
    }
    const quantity value = detail::member(j, "value").get<quantity>();
    const bool inclusive = !j.contains("inclusive") || j["inclusive"].get<bool>();
    switch (kind) {
        case bound_kind::at_least: part.value = bound<quantity>::at_least(value, inclusive); break;
        case bound_kind::at_most: part.value = bound<quantity>::at_most(value, inclusive); break;
        case bound_kind::around: {
            around_tolerance tolerance;
            if (j.contains("tolerance")) {
                tolerance.rate_points = detail::member(j["tolerance"], "rate_points").get<decimal>();
                tolerance.amount_percent = detail::member(j["tolerance"], "amount_percent").get<decimal>();
            }
            part.value = bound<quantity>::around(value, tolerance);
            break;
        }
        case bound_kind::range: part.value = bound<quantity>::range(value, detail::member(j, "upper").get<quantity>()); break;
        case bound_kind::point: part.value = bound<quantity>::point(value); break;
    }
    return part;
}

}  // namespace govtarget

template <>
struct nlohmann::adl_serializer<govtarget::target_quantity> {
    static void to_json(json& j, const govtarget::target_quantity& part) { govtarget::to_json(j, part); }
    static govtarget::target_quantity from_json(const json& j) { return govtarget::target_quantity_from_json(j); }
};

namespace govtarget {

inline void to_json(nlohmann::json& j, const target& t) {
    j = {{"id", t.id},
         {"metric", t.metric},
         {"task", t.task},
         {"category", t.category},
         {"lead_units", t.lead_units},
         {"co_units", t.co_units},
         {"period", t.period ? nlohmann::json(*t.period) : nlohmann::json(nullptr)},
         {"weight", t.weight},
         {"quantities", t.quantities}};
}
inline void from_json(const nlohmann::json& j, target& t) {
    t.id = detail::text_member(j, "id");
    t.metric = detail::text_member(j, "metric");
    // Documents written before a target had its task text and co-operating units lack them.
    t.task = j.contains("task") ? detail::text_member(j, "task") : std::string();
    t.category = detail::text_member(j, "category");
    t.lead_units = detail::member(j, "lead_units").get<std::vector<std::string>>();
    t.co_units = j.contains("co_units") ? j["co_units"].get<std::vector<std::string>>() : std::vector<std::string>{};
    const auto& p = detail::member(j, "period");
    t.period = p.is_null() ? std::nullopt : std::optional<period>(p.get<period>());
    t.weight = detail::member(j, "weight").get<decimal>();
    if (t.weight.sign() <= 0) throw parse_error("a target", t.id, 0, "weight must be positive, not " + t.weight.to_string());
    t.quantities = detail::member(j, "quantities").get<std::vector<target_quantity>>();
}

// Progress.
inline void to_json(nlohmann::json& j, const progress_record& r) {
    j = {{"task_id", r.task_id},
         {"as_of", iso_date(r.as_of)},
         {"completion", r.completion ? nlohmann::json(r.completion->percent()) : nlohmann::json(nullptr)},
         {"completion_text", r.completion_text},
         {"stated", r.stated ? nlohmann::json(std::string(to_string(*r.stated))) : nlohmann::json(nullptr)},
         {"actuals", r.actuals},
         {"note", r.note}};
}
inline void from_json(const nlohmann::json& j, progress_record& r) {
    r.task_id = detail::text_member(j, "task_id");
    r.as_of = parse_date(detail::text_member(j, "as_of"));
    const auto& c = detail::member(j, "completion");
    r.completion = c.is_null() ? std::nullopt : std::optional<share>(share(c.get<decimal>()));
    if (r.completion && r.completion->percent().is_negative())
        throw parse_error("a progress record", r.task_id, 0, "completion cannot be negative");
    r.completion_text = j.contains("completion_text") ? detail::text_member(j, "completion_text") : std::string();
    r.stated.reset();
    if (j.contains("stated") && !j["stated"].is_null()) {
        if (!j["stated"].is_string()) throw parse_error("a JSON object", j.dump(), 0, "\"stated\" is not a string");
        r.stated = detail::stated_status_named(j["stated"].get<std::string>());
    }
    r.actuals = j.contains("actuals") ? j["actuals"].get<std::vector<quantity>>() : std::vector<quantity>{};
    r.note = j.contains("note") ? detail::text_member(j, "note") : std::string();
}

// Summaries: exact sums with the pace and policy they were counted under, so a summary
// read back merges and divides like the original.
inline void to_json(nlohmann::json& j, const summary& s) {
    const summary::parts p = s.to_parts();
    const auto completion = s.weighted_completion();
    const aggregation_policy& policy = s.policy();
    j = {{"pace", s.pace().percent().to_string()},
         {"cap", policy.cap ? nlohmann::json(policy.cap->percent().to_string()) : nlohmann::json(nullptr)},
         {"missing_policy", std::string(to_string(policy.missing))},
         {"tolerance", policy.status.tolerance.percent().to_string()},
         {"ahead_band", policy.status.ahead_band.percent().to_string()},
         {"tasks", p.tasks.tasks},         {"reported", p.tasks.reported},   {"missing", p.tasks.missing},
         {"behind", p.tasks.behind},       {"on_pace", p.tasks.on_pace},     {"ahead", p.tasks.ahead},
         {"completed", p.tasks.completed}, {"over_achieved", p.tasks.over_achieved},
         {"weighted_sum", p.weighted_sum}, {"weight_sum", p.weight_sum},
         {"weighted_completion", completion ? nlohmann::json(completion->percent()) : nlohmann::json(nullptr)}};
}

}  // namespace govtarget

template <>
struct nlohmann::adl_serializer<govtarget::summary> {
    static void to_json(json& j, const govtarget::summary& s) { govtarget::to_json(j, s); }
    static govtarget::summary from_json(const json& j) {
        const auto count = [&](const char* key) {
            const auto& v = govtarget::detail::member(j, key);
            if (!v.is_number_integer()) throw govtarget::parse_error("a summary", j.dump(), 0, std::string("\"") + key + "\" is not an integer");
            return v.get<std::int64_t>();
        };
        const auto number = [&](const char* key) { return govtarget::decimal::parse(govtarget::detail::text_member(j, key)); };
        govtarget::summary::parts p;
        p.tasks = govtarget::summary::counts{count("tasks"), count("reported"), count("missing"), count("behind"), count("on_pace"), count("ahead"),
                   count("completed"), count("over_achieved")};
        p.weighted_sum = govtarget::detail::text_member(j, "weighted_sum");
        p.weight_sum = govtarget::detail::text_member(j, "weight_sum");
        const govtarget::exact_share pace(govtarget::detail::member(j, "pace").get<govtarget::fraction>());
        govtarget::aggregation_policy policy;
        const auto& cap = govtarget::detail::member(j, "cap");
        policy.cap = cap.is_null() ? std::nullopt : std::optional(govtarget::share(number("cap")));
        const std::string missing = govtarget::detail::text_member(j, "missing_policy");
        if (missing != "excluded" && missing != "as_zero")
            throw govtarget::parse_error("a summary", missing, 0, "missing_policy must be excluded or as_zero");
        policy.missing = missing == "as_zero" ? govtarget::missing_policy::as_zero : govtarget::missing_policy::excluded;
        policy.status.tolerance = govtarget::percentage_points(number("tolerance"));
        policy.status.ahead_band = govtarget::percentage_points(number("ahead_band"));
        return govtarget::summary::from_parts(pace, policy, p);
    }
};

namespace govtarget {

namespace detail {

// Where each member of the document's top-level array or object begins, in document order
// (text is valid JSON): nlohmann keeps no positions, and an error should say where.
inline std::vector<std::size_t> top_level_offsets(std::string_view text) {
    std::vector<std::size_t> offsets;
    int depth = 0;
    bool expect_member = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (depth == 1 && expect_member && c != ']' && c != '}') offsets.push_back(i);
        expect_member = false;
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
        } else if (c == '[' || c == '{') {
            if (++depth == 1) expect_member = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expect_member = true;
        }
    }
    return offsets;
}

// nlohmann's message without its "[json.exception.type_error.302] ".
inline std::string json_error_reason(const nlohmann::json::exception& e) {
    std::string_view reason = e.what();
    if (reason.starts_with("[json.exception.")) reason.remove_prefix(std::min(reason.size(), reason.find("] ") + 2));
    return std::string(reason);
}

}  // namespace detail

// Parses a JSON document; a syntax error becomes a read_error with line and column.
inline nlohmann::json parse_json(std::string_view text, std::string_view source) {
    // nlohmann stops at a NUL byte and would take what came before it for the whole document.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const detail::text_position at = detail::position_of(text, nul);
        throw read_error(source, at.line, at.column, "", "a NUL byte: not JSON text");
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::out_of_range& e) {
        // A number too large for a double (1e400): nlohmann names the number, not where it is.
        const std::string_view reason = e.what();
        const std::size_t open = reason.find('\''), close = reason.rfind('\'');
        const std::string_view number = open < close ? reason.substr(open + 1, close - open - 1) : std::string_view();
        const std::size_t at = number.empty() ? std::string_view::npos : text.find(number);
        const detail::text_position where = at == std::string_view::npos ? detail::text_position{} : detail::position_of(text, at);
        throw read_error(source, where.line, where.column, number, "a number too large for JSON (a double)");
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports a byte position; turn it into line and column.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const detail::text_position where = detail::position_of(text, at);
        const std::size_t previous_newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
        const std::size_t line_start = previous_newline == std::string_view::npos ? 0 : previous_newline + 1;
        throw read_error(source, where.line, where.column, detail::prefix_at_boundary(text.substr(line_start), 40),
                         "malformed JSON");
    }
}

namespace detail {

// Reads each member of a top-level array (object: false) or object (object: true) as a T;
// an error names the member and its line and column.
template <class T, class Into>
void read_json_members(std::string_view text, std::string_view source, std::string_view what, std::string_view what_plural,
                       bool object, Into&& into) {
    const nlohmann::json document = parse_json(text, source);
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (object ? !document.is_object() : !document.is_array())
        throw read_error(source, 1, 1, prefix_at_boundary(text.substr(start == std::string_view::npos ? text.size() : start), 40),
                         std::string("expected a JSON ") + (object ? "object" : "array") + " of " + std::string(what_plural));
    const std::vector<std::size_t> offsets = top_level_offsets(text);
    const auto fail = [&](std::size_t at, const std::string& reason) {
        const text_position where = position_of(text, at);
        throw read_error(source, where.line, where.column, prefix_at_boundary(text.substr(at), 40), reason);
    };
    // An object iterates in key order, not in the document's: find members by key. A key
    // given twice would keep one value and lose the other.
    std::map<std::string, std::size_t, std::less<>> key_offsets;
    if (object) {
        for (const std::size_t at : offsets) {
            std::size_t end = at + 1;
            while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
            std::string key = nlohmann::json::parse(text.substr(at, end + 1 - at)).get<std::string>();
            if (!key_offsets.emplace(key, at).second) fail(at, "the key \"" + key + "\" is given twice");
        }
    }
    std::size_t k = 0;
    for (auto it = document.begin(); it != document.end(); ++it, ++k) {
        const std::size_t at = object ? key_offsets.find(it.key())->second : offsets[k];
        const std::string name = object ? std::string(what) + " \"" + it.key() + "\"" : std::string(what) + " " + std::to_string(k + 1);
        try {
            into(it, it->template get<T>());
        } catch (const error& e) {
            fail(at, name + ": " + std::string(e.reason_text()));
        } catch (const nlohmann::json::exception& e) {
            fail(at, name + ": " + json_error_reason(e));
        }
    }
}

}  // namespace detail

// Documents: a JSON array of targets or progress records, an object of summaries by group
// (as the writers here produce them). Whatever is wrong throws read_error with the line and
// column of the member it is in; no nlohmann exception escapes.
inline std::vector<target> read_targets_json(std::string_view text, std::string_view source) {
    std::vector<target> targets;
    detail::read_json_members<target>(text, source, "target", "targets", false, [&](auto, target t) { targets.push_back(std::move(t)); });
    return targets;
}
inline std::vector<progress_record> read_progress_json(std::string_view text, std::string_view source) {
    std::vector<progress_record> records;
    detail::read_json_members<progress_record>(text, source, "progress record", "progress records", false,
                                               [&](auto, progress_record r) { records.push_back(std::move(r)); });
    return records;
}
inline std::map<std::string, summary, std::less<>> read_summaries_json(std::string_view text, std::string_view source) {
    std::map<std::string, summary, std::less<>> groups;
    detail::read_json_members<summary>(text, source, "summary", "summaries", true,
                                       [&](auto it, summary s) { groups.emplace(it.key(), std::move(s)); });
    return groups;
}

}  // namespace govtarget

