#pragma once
// {fmt} formatters for every govtarget value type (opt-in: include this header and link
// govtarget::fmt). Format specs: [[fill]align][width][.precision][unit]
//
//   fmt::format("{}", money<cny>::parse("740亿元"))         → 740亿元
//   fmt::format("{:.2万元}", money<cny>::parse("740亿元"))  → 7400000.00万元
//   fmt::format("{:.1}", share(59.6875_dec))              → 59.7%
//   fmt::format("{:.2}", fraction(275, 3))                → 91.67
//   fmt::format("{:.1}", count::parse("4万名"))            → 4.0万名
//   fmt::format("{:<12}|", count::parse("84家"))           → "84家        |"
//
// Width counts display columns (a Chinese character takes two), so Chinese tables line up.
// Precision rounds the number as shown (in its display unit or magnitude) half away from zero
// (四舍五入), for display only, and pads with zeros: 5.5 at .2 is 5.50. A unit is for amounts
// (money, area, length, or a quantity holding one) and must be one of its dimension's.
//
// Anything else is a fmt::format_error rather than silently ignored: a sign (+, -, space),
// '#', '0' padding (write a fill: {:0>8}), a type letter (f, x, L), a width or precision from
// an argument, a precision on a period, a unit the value does not have. The spec is checked
// when it is parsed, so a format string checked at compile time (fmt::format("…", v) with a
// literal) does not compile; the one check left for format time is a quantity's unit against
// the kind it holds.

#include <govtarget/detail/utf8.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/quantity.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <type_traits>

namespace govtarget::detail {

// What a value's spec may hold beyond [[fill]align][width]: decimals, fractions, rates,
// counts and measures take a precision and no unit.
template <class T>
struct spec_rules {
    static constexpr bool precision = true;
    static constexpr bool unit(std::string_view) noexcept { return false; }
};
template <class Dimension>
struct spec_rules<basic_amount<Dimension>> {
    static constexpr bool precision = true;
    static constexpr bool unit(std::string_view text) noexcept { return unit_spelled<Dimension>(text).has_value(); }
};
// Any amount's unit; whether the quantity holds an amount of that dimension is known at format time.
template <>
struct spec_rules<quantity> {
    static constexpr bool precision = true;
    static constexpr bool unit(std::string_view text) noexcept {
        return spec_rules<money<cny>>::unit(text) || spec_rules<money<usd>>::unit(text) ||
               spec_rules<area>::unit(text) || spec_rules<length>::unit(text);
    }
};
template <>
struct spec_rules<period> {
    static constexpr bool precision = false;
    static constexpr bool unit(std::string_view) noexcept { return false; }
};

struct format_spec {
    std::array<char, 4> fill{' ', 0, 0, 0};
    std::size_t fill_size = 1;
    char align = 0;  // '<', '>', '^' or 0 (left for text)
    std::size_t width = 0;
    int precision = -1;
    std::array<char, 32> unit{};
    std::size_t unit_size = 0;

    [[nodiscard]] constexpr std::string_view unit_text() const { return {unit.data(), unit_size}; }

    // Reads the spec up to '}' for a value of type T; returns why it cannot, or nullptr.
    // Does not throw, so that a spec can be checked in a constant expression.
    template <class T>
    [[nodiscard]] constexpr const char* read(const char*& it, const char* end) noexcept {
        const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
        const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
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
        if (it != end && (*it == '+' || *it == '-' || *it == ' ')) return "govtarget: a sign (+, -, space) in the format spec is not supported";
        if (it != end && *it == '#') return "govtarget: '#' in the format spec is not supported";
        if (it != end && *it == '0') return "govtarget: '0' padding is not supported; write a fill and an alignment ({:0>8})";
        while (it != end && is_digit(*it)) width = width * 10 + static_cast<std::size_t>(*it++ - '0');
        if (it != end && *it == '.') {
            ++it;
            if (!spec_rules<T>::precision) return "govtarget: this value takes no precision";
            if (it == end || !is_digit(*it)) return "govtarget: '.' needs a precision (a width or precision from an argument is not supported)";
            precision = 0;
            while (it != end && is_digit(*it) && precision <= 18) precision = precision * 10 + (*it++ - '0');
            if (precision > 18) return "govtarget: precision above 18";
        }
        const char* const rest = it;
        while (it != end && *it != '}') {
            if (unit_size == unit.size()) return "govtarget: unit in the format spec is too long";
            unit[unit_size++] = *it++;
        }
        if (unit_size > 0 && !spec_rules<T>::unit(unit_text())) {
            it = rest;
            return "govtarget: unknown unit or type in the format spec";
        }
        return nullptr;
    }

    template <class T>
    constexpr const char* parse(const char* it, const char* end) {
        if (const char* problem = read<T>(it, end)) {
            if (std::is_constant_evaluated()) throw fmt::format_error(problem);  // govtarget: a format spec this value does not take (see the top of fmt.hpp)
            const char* stop = it;
            while (stop != end && *stop != '}') ++stop;
            throw fmt::format_error(it == stop ? std::string(problem) : std::string(problem) + ": " + std::string(it, stop));
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
        // Copied, not formatted: a format_to here would compile {fmt}'s whole formatting
        // machinery into every program that prints a value.
        for (std::size_t k = 0; k < before; ++k) out = std::copy(fill_text.begin(), fill_text.end(), out);
        out = std::copy(text.begin(), text.end(), out);
        for (std::size_t k = before; k < padding; ++k) out = std::copy(fill_text.begin(), fill_text.end(), out);
        return out;
    }
};

// Why spec (the text between ':' and '}') does not format a T, or nullptr: for tests and
// static checks.
template <class T>
[[nodiscard]] constexpr const char* spec_problem(std::string_view spec) noexcept {
    format_spec parsed;
    const char* it = spec.data();
    return parsed.read<T>(it, spec.data() + spec.size());
}

template <class T>
struct spec_formatter {
    format_spec spec;
    constexpr auto parse(fmt::format_parse_context& ctx) { return spec.parse<T>(ctx.begin(), ctx.end()); }
};

[[nodiscard]] inline std::string decimal_text(decimal value, int precision) {
    return precision < 0 ? value.to_string() : value.rounded(precision).to_string();
}

template <class Dimension>
[[nodiscard]] std::string amount_text(const basic_amount<Dimension>& value, const format_spec& spec) {
    auto unit = value.display_unit();
    if (spec.unit_size > 0) {
        const auto named = unit_spelled<Dimension>(spec.unit_text());
        if (!named)
            throw fmt::format_error("govtarget: " + value.to_string() + " has no unit " + std::string(spec.unit_text()) +
                                    " to be shown in");
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

// Written rates as written; exact ones (a pace of 275/3 %) exactly when their decimal ends,
// else as to_string() shows them ("约91.67%"); a precision rounds either (四舍五入).
template <class Kind, class Rep>
struct fmt::formatter<govtarget::basic_rate<Kind, Rep>> : govtarget::detail::spec_formatter<govtarget::basic_rate<Kind, Rep>> {
    template <class Context>
    auto format(const govtarget::basic_rate<Kind, Rep>& value, Context& ctx) const {
        const std::string text = this->spec.precision < 0 ? value.to_string() : value.rounded(this->spec.precision).to_string();
        return this->spec.write(text, ctx);
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
        // Rounded as shown, so 4万名 at .1 is 4.0万名.
        return this->spec.write(this->spec.precision < 0 ? value.to_string() : value.to_string(this->spec.precision), ctx);
    }
};

template <>
struct fmt::formatter<govtarget::quantity> : govtarget::detail::spec_formatter<govtarget::quantity> {
    template <class Context>
    auto format(const govtarget::quantity& value, Context& ctx) const {
        return value.visit([&](const auto& v) {
            using held = std::decay_t<decltype(v)>;
            if (spec.unit_size > 0 && !govtarget::detail::spec_rules<held>::unit(spec.unit_text()))
                throw fmt::format_error("govtarget: " + v.to_string() + " has no unit " + std::string(spec.unit_text()) +
                                        " to be shown in");
            fmt::formatter<held> inner;
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
