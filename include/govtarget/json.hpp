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
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>

#include <nlohmann/json.hpp>

#include <string>

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
         {"category", t.category},
         {"lead_units", t.lead_units},
         {"period", t.period ? nlohmann::json(*t.period) : nlohmann::json(nullptr)},
         {"weight", t.weight},
         {"quantities", t.quantities}};
}
inline void from_json(const nlohmann::json& j, target& t) {
    t.id = detail::text_member(j, "id");
    t.metric = detail::text_member(j, "metric");
    t.category = detail::text_member(j, "category");
    t.lead_units = detail::member(j, "lead_units").get<std::vector<std::string>>();
    const auto& p = detail::member(j, "period");
    t.period = p.is_null() ? std::nullopt : std::optional<period>(p.get<period>());
    t.weight = detail::member(j, "weight").get<decimal>();
    if (t.weight.sign() <= 0) throw parse_error("a target", t.id, 0, "weight must be positive, not " + t.weight.to_string());
    t.quantities = detail::member(j, "quantities").get<std::vector<target_quantity>>();
}

// Progress.
inline void to_json(nlohmann::json& j, const progress_record& r) {
    j = {{"task_id", r.task_id},
         {"as_of", date::format("%F", r.as_of)},
         {"completion", r.completion ? nlohmann::json(*r.completion) : nlohmann::json(nullptr)},
         {"actuals", r.actuals},
         {"note", r.note}};
}
inline void from_json(const nlohmann::json& j, progress_record& r) {
    r.task_id = detail::text_member(j, "task_id");
    r.as_of = parse_date(detail::text_member(j, "as_of"));
    const auto& c = detail::member(j, "completion");
    r.completion = c.is_null() ? std::nullopt : std::optional<decimal>(c.get<decimal>());
    if (r.completion && r.completion->is_negative())
        throw parse_error("a progress record", r.task_id, 0, "completion cannot be negative");
    r.actuals = j.contains("actuals") ? j["actuals"].get<std::vector<quantity>>() : std::vector<quantity>{};
    r.note = j.contains("note") ? detail::text_member(j, "note") : std::string();
}

// Summaries: exact sums, so a summary read back merges and divides like the original.
inline void to_json(nlohmann::json& j, const summary& s) {
    const summary::parts p = s.to_parts();
    const auto completion = s.weighted_completion();
    j = {{"tasks", p.tasks},         {"reported", p.reported},   {"missing", p.missing},
         {"behind", p.behind},       {"on_pace", p.on_pace},     {"ahead", p.ahead},
         {"completed", p.completed}, {"over_achieved", p.over_achieved},
         {"weighted_sum", p.weighted_sum}, {"weight_sum", p.weight_sum},
         {"weighted_completion", completion ? nlohmann::json(*completion) : nlohmann::json(nullptr)}};
}
inline void from_json(const nlohmann::json& j, summary& s) {
    summary::parts p;
    const auto count = [&](const char* key) {
        const auto& v = detail::member(j, key);
        if (!v.is_number_integer()) throw parse_error("a summary", j.dump(), 0, std::string("\"") + key + "\" is not an integer");
        return v.get<std::int64_t>();
    };
    p.tasks = count("tasks"), p.reported = count("reported"), p.missing = count("missing"), p.behind = count("behind");
    p.on_pace = count("on_pace"), p.ahead = count("ahead"), p.completed = count("completed");
    p.over_achieved = count("over_achieved");
    p.weighted_sum = detail::text_member(j, "weighted_sum");
    p.weight_sum = detail::text_member(j, "weight_sum");
    s = summary::from_parts(p);
}

// Parses a JSON document; a syntax error becomes a read_error with line and column.
inline nlohmann::json parse_json(std::string_view text, std::string_view source) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports a byte position; turn it into line and column.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        std::size_t line = 1, start = 0;
        for (std::size_t i = 0; i < at; ++i)
            if (text[i] == '\n') ++line, start = i + 1;
        throw read_error(source, line, at - start + 1, text.substr(start, std::min<std::size_t>(40, text.size() - start)),
                         "malformed JSON");
    }
}

}  // namespace govtarget

