#pragma once
// {fmt} formatters for every govtarget value type (opt-in: include this header and link
// govtarget::fmt). Format specs: [[fill]align][width][.precision][unit]
//
//   fmt::format("{}", money<cny>::parse("740亿元"))         → 740亿元
//   fmt::format("{:.2万元}", money<cny>::parse("740亿元"))  → 7400000.00万元
//   fmt::format("{:.1}", share(59.6875_dec))              → 59.7%
//   fmt::format("{:<12}|", count::parse("84家"))           → "84家        |"
//
// Width counts display columns (a Chinese character takes two), so Chinese tables line up.
// Precision rounds half away from zero (四舍五入), for display only.

#include <govtarget/detail/utf8.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/quantity.hpp>

#include <fmt/format.h>

#include <array>
#include <string>
#include <string_view>

namespace govtarget::detail {

struct format_spec {
    std::array<char, 4> fill{' ', 0, 0, 0};
    std::size_t fill_size = 1;
    char align = 0;  // '<', '>', '^' or 0 (left for text)
    std::size_t width = 0;
    int precision = -1;
    std::array<char, 32> unit{};
    std::size_t unit_size = 0;

    constexpr std::string_view unit_text() const { return {unit.data(), unit_size}; }

    constexpr const char* parse(const char* it, const char* end) {
        const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
        // A fill is one UTF-8 character followed by an alignment.
        if (it != end && *it != '}') {
            std::size_t length = 1;
            const auto lead = static_cast<unsigned char>(*it);
            if (lead >= 0xF0) length = 4;
            else if (lead >= 0xE0) length = 3;
            else if (lead >= 0xC0) length = 2;
            if (static_cast<std::size_t>(end - it) > length && is_align(it[length])) {
                for (std::size_t k = 0; k < length; ++k) fill[k] = it[k];
                fill_size = length;
                it += length;
                align = *it++;
            } else if (is_align(*it)) {
                align = *it++;
            }
        }
        while (it != end && *it >= '0' && *it <= '9') width = width * 10 + static_cast<std::size_t>(*it++ - '0');
        if (it != end && *it == '.') {
            ++it;
            if (it == end || *it < '0' || *it > '9') throw fmt::format_error("govtarget: '.' needs a precision");
            precision = 0;
            while (it != end && *it >= '0' && *it <= '9') precision = precision * 10 + (*it++ - '0');
            if (precision > 18) throw fmt::format_error("govtarget: precision above 18");
        }
        while (it != end && *it != '}') {
            if (unit_size == unit.size()) throw fmt::format_error("govtarget: unit in the format spec is too long");
            unit[unit_size++] = *it++;
        }
        return it;
    }

    template <class Context>
    auto write(std::string_view text, Context& ctx, char default_align = '<') const {
        const std::size_t used = display_width(text);
        const std::size_t padding = width > used ? width - used : 0;
        const char how = align ? align : default_align;
        const std::size_t before = how == '>' ? padding : how == '^' ? padding / 2 : 0;
        auto out = ctx.out();
        const std::string_view fill_text(fill.data(), fill_size);
        for (std::size_t k = 0; k < before; ++k) out = fmt::format_to(out, "{}", fill_text);
        out = fmt::format_to(out, "{}", text);
        for (std::size_t k = before; k < padding; ++k) out = fmt::format_to(out, "{}", fill_text);
        return out;
    }
};

template <class T>
struct spec_formatter {
    format_spec spec;
    constexpr auto parse(fmt::format_parse_context& ctx) { return spec.parse(ctx.begin(), ctx.end()); }
};

inline std::string decimal_text(decimal value, int precision) {
    return precision < 0 ? value.to_string() : value.rounded(precision).to_string();
}

template <class Dimension>
std::string amount_text(const basic_amount<Dimension>& value, const format_spec& spec) {
    auto unit = value.display_unit();
    if (spec.unit_size > 0) {
        const auto named = unit_spelled<Dimension>(spec.unit_text());
        if (!named) throw fmt::format_error("govtarget: unknown unit in the format spec: " + std::string(spec.unit_text()));
        unit = *named;
    }
    if (spec.precision >= 0) return value.to_string(unit, spec.precision);
    return value.in(unit).to_string();
}

}  // namespace govtarget::detail

template <>
struct fmt::formatter<govtarget::decimal> : govtarget::detail::spec_formatter<govtarget::decimal> {
    template <class Context>
    auto format(const govtarget::decimal& value, Context& ctx) const {
        return spec.write(govtarget::detail::decimal_text(value, spec.precision), ctx, '>');
    }
};

template <>
struct fmt::formatter<govtarget::fraction> : govtarget::detail::spec_formatter<govtarget::fraction> {
    template <class Context>
    auto format(const govtarget::fraction& value, Context& ctx) const {
        return spec.write(spec.precision < 0 ? value.to_string() : value.to_decimal(spec.precision).to_string(), ctx, '>');
    }
};

template <class Kind>
struct fmt::formatter<govtarget::basic_rate<Kind>> : govtarget::detail::spec_formatter<govtarget::basic_rate<Kind>> {
    template <class Context>
    auto format(const govtarget::basic_rate<Kind>& value, Context& ctx) const {
        const auto shown = govtarget::basic_rate<Kind>(
            this->spec.precision < 0 ? value.percent() : value.percent().rounded(this->spec.precision));
        return this->spec.write(shown.to_string(), ctx);
    }
};

template <class Dimension>
struct fmt::formatter<govtarget::basic_amount<Dimension>> : govtarget::detail::spec_formatter<govtarget::basic_amount<Dimension>> {
    template <class Context>
    auto format(const govtarget::basic_amount<Dimension>& value, Context& ctx) const {
        return this->spec.write(govtarget::detail::amount_text(value, this->spec), ctx);
    }
};

template <class Label>
struct fmt::formatter<govtarget::detail::basic_tally<Label>>
    : govtarget::detail::spec_formatter<govtarget::detail::basic_tally<Label>> {
    template <class Context>
    auto format(const govtarget::detail::basic_tally<Label>& value, Context& ctx) const {
        if (this->spec.precision < 0) return this->spec.write(value.to_string(), ctx);
        const auto rounded = govtarget::detail::basic_tally<Label>(value.value().rounded(this->spec.precision), value.label());
        return this->spec.write(rounded.to_string(), ctx);
    }
};

template <>
struct fmt::formatter<govtarget::quantity> : govtarget::detail::spec_formatter<govtarget::quantity> {
    template <class Context>
    auto format(const govtarget::quantity& value, Context& ctx) const {
        return value.visit([&](const auto& v) {
            fmt::formatter<std::decay_t<decltype(v)>> inner;
            inner.spec = spec;
            return inner.format(v, ctx);
        });
    }
};

template <>
struct fmt::formatter<govtarget::period> : govtarget::detail::spec_formatter<govtarget::period> {
    template <class Context>
    auto format(const govtarget::period& value, Context& ctx) const {
        return spec.write(value.to_string(), ctx);
    }
};
