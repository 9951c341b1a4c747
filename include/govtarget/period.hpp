#pragma once
// Reporting periods on Howard Hinnant's date: a year, a half-year (上半年/下半年), a quarter
// (第一季度 … 第四季度), a month, and the cumulative months from January that statistics
// are published for (1-6月, 1—11月). Plus the elapsed share of a period as of a date, from
// which the 序时进度 a task's completion is held against is computed, as an exact rational.

#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/rate.hpp>

#include <date/date.h>

#include <array>
#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace govtarget {

enum class period_kind { year, half_year, quarter, month, months_to_date };

// How the expected pace counts elapsed time.
enum class pace_basis {
    months,    // whole months completed: end of Q1 1/4, end of June 1/2, end of November 11/12
    quarters,  // whole quarters completed: end of November is still 3/4
    days,      // days elapsed, the as-of day included: 2024-06-30 is 182/366
};

namespace detail {

constexpr int read_ascii_number(std::string_view text, std::size_t& i) {
    int value = 0;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 6) {
        value = value * 10 + (text[i] - '0');
        ++i;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

// 一 … 十二 as documents write months and quarters; -1 if none.
constexpr int read_small_chinese_number(std::string_view text, std::size_t& i) {
    constexpr std::array<std::string_view, 10> digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int value = -1;
    if (text.substr(i).starts_with("十")) {
        value = 10;
        i += 3;
    }
    for (int d = 1; d < 10; ++d) {
        if (text.substr(i).starts_with(digits[static_cast<std::size_t>(d)])) {
            value = value == 10 ? 10 + d : d;
            i += 3;
            break;
        }
    }
    return value;
}

constexpr bool consume(std::string_view text, std::size_t& i, std::string_view word) {
    if (!text.substr(i).starts_with(word)) return false;
    i += word.size();
    return true;
}

}  // namespace detail

// The share of a period that has elapsed, in [0, 1]: 11/12 at the end of November. It is
// not a percent: the expected completion it implies is percent() (275/3 %), and a pace
// taken by aggregation is a percent, so the one cannot be passed for the other.
class elapsed_share {
public:
    constexpr elapsed_share() noexcept = default;
    constexpr explicit elapsed_share(fraction of_period) : value_(of_period) {
        if (of_period < fraction(0) || of_period > fraction(1))
            throw domain_error("an elapsed share must lie in [0, 1], not " + of_period.to_string());
    }

    [[nodiscard]] constexpr fraction value() const noexcept { return value_; }
    // The completion expected if work keeps pace with time: 11/12 → 275/3 %.
    [[nodiscard]] constexpr exact_share percent() const { return exact_share(value_ * fraction(100)); }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return value_.is_zero(); }

    friend constexpr bool operator==(elapsed_share, elapsed_share) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(elapsed_share a, elapsed_share b) noexcept {
        return a.value_ <=> b.value_;
    }
    // "11/12".
    [[nodiscard]] std::string to_string() const { return value_.to_string(); }
    friend std::ostream& operator<<(std::ostream& out, elapsed_share share) { return out << share.to_string(); }

private:
    fraction value_;
};

class period {
public:
    static constexpr period year(date::year y) { return period(y, period_kind::year, 1); }
    static constexpr period half_year(date::year y, unsigned half) { return make(y, period_kind::half_year, half, 2); }
    static constexpr period quarter(date::year y, unsigned q) { return make(y, period_kind::quarter, q, 4); }
    static constexpr period month(date::year_month ym) {
        return make(ym.year(), period_kind::month, static_cast<unsigned>(ym.month()), 12);
    }
    // January through the given month: months_to_date(2024_y, 6) is 2024年1-6月. Through
    // January it is the month 2024年1月, so that equal spans written either way are equal.
    static constexpr period months_to_date(date::year y, unsigned last_month) {
        if (last_month == 1) return make(y, period_kind::month, 1, 12);
        return make(y, period_kind::months_to_date, last_month, 12);
    }

    // The period of a kind that contains a day (for months_to_date: January to that day's month).
    static constexpr period containing(period_kind kind, date::year_month_day day) {
        if (!day.ok()) throw domain_error("not a valid date");
        const unsigned m = static_cast<unsigned>(day.month());
        switch (kind) {
            case period_kind::year: return year(day.year());
            case period_kind::half_year: return half_year(day.year(), m <= 6 ? 1 : 2);
            case period_kind::quarter: return quarter(day.year(), (m + 2) / 3);
            case period_kind::month: return month(day.year() / day.month());
            case period_kind::months_to_date: return months_to_date(day.year(), m);
        }
        throw domain_error("unknown period kind");
    }

    constexpr period_kind kind() const noexcept { return kind_; }
    constexpr date::year year() const noexcept { return year_; }
    // 1..2 for halves, 1..4 for quarters, the month for months, the last month for 1-N月.
    constexpr unsigned index() const noexcept { return index_; }

    constexpr unsigned first_month() const noexcept {
        switch (kind_) {
            case period_kind::year: return 1;
            case period_kind::half_year: return index_ == 1 ? 1 : 7;
            case period_kind::quarter: return 3 * index_ - 2;
            case period_kind::month: return index_;
            case period_kind::months_to_date: return 1;
        }
        return 1;
    }
    constexpr unsigned last_month() const noexcept {
        switch (kind_) {
            case period_kind::year: return 12;
            case period_kind::half_year: return index_ == 1 ? 6 : 12;
            case period_kind::quarter: return 3 * index_;
            case period_kind::month: return index_;
            case period_kind::months_to_date: return index_;
        }
        return 12;
    }
    constexpr unsigned month_count() const noexcept { return last_month() - first_month() + 1; }

    constexpr date::year_month_day first_day() const noexcept {
        return year_ / date::month(first_month()) / date::day(1);
    }
    constexpr date::year_month_day last_day() const noexcept {
        return date::year_month_day(year_ / date::month(last_month()) / date::last);
    }
    constexpr int day_count() const noexcept {
        return (date::sys_days(last_day()) - date::sys_days(first_day())).count() + 1;
    }
    constexpr bool contains(date::year_month_day day) const noexcept {
        return day >= first_day() && day <= last_day();
    }

    // The following and preceding period of the same kind (1-6月 → 1-7月; 1-12月 → next 1-1月).
    constexpr period next() const {
        const unsigned last = kind_ == period_kind::year ? 1 : kind_ == period_kind::half_year ? 2
                                                          : kind_ == period_kind::quarter  ? 4 : 12;
        if (index_ < last) return period(year_, kind_, index_ + 1);
        return period(year_ + date::years(1), kind_, 1);
    }
    constexpr period previous() const {
        const unsigned last = kind_ == period_kind::year ? 1 : kind_ == period_kind::half_year ? 2
                                                          : kind_ == period_kind::quarter  ? 4 : 12;
        if (index_ > 1) return period(year_, kind_, index_ - 1);
        return period(year_ - date::years(1), kind_, last);
    }

    // How much of the period has elapsed as of a day, in [0, 1].
    [[nodiscard]] constexpr elapsed_share elapsed(date::year_month_day as_of, pace_basis basis = pace_basis::months) const {
        if (!as_of.ok()) throw domain_error("not a valid date");
        if (as_of < first_day()) return elapsed_share(fraction(0));
        if (as_of >= last_day()) return elapsed_share(fraction(1));
        switch (basis) {
            case pace_basis::days:
                return elapsed_share(fraction((date::sys_days(as_of) - date::sys_days(first_day())).count() + 1, day_count()));
            case pace_basis::months:
                return elapsed_share(fraction(completed_months(as_of), month_count()));
            case pace_basis::quarters:
                if (first_month() % 3 != 1 || month_count() % 3 != 0)
                    throw domain_error(to_string() + " is not made of whole quarters; use months or days");
                return elapsed_share(fraction(completed_months(as_of) / 3, month_count() / 3));
        }
        throw domain_error("unknown pace basis");
    }

    // "2024年", "2024年上半年", "2024年第二季度", "2024年6月", "2024年1-6月".
    std::string to_string() const {
        std::string text = std::to_string(static_cast<int>(year_)) + "年";
        constexpr std::array<std::string_view, 4> quarter_names{"第一季度", "第二季度", "第三季度", "第四季度"};
        switch (kind_) {
            case period_kind::year: break;
            case period_kind::half_year: text += index_ == 1 ? "上半年" : "下半年"; break;
            case period_kind::quarter: text += quarter_names[index_ - 1]; break;
            case period_kind::month: text += std::to_string(index_) + "月"; break;
            case period_kind::months_to_date: text += "1-" + std::to_string(index_) + "月"; break;
        }
        return text;
    }

    // Reads "2024年", "2024年度", "2024年全年", "2024年上半年", "2024H1", "2024年第二季度",
    // "2024年二季度", "2024年2季度", "2024Q2", "2024年6月", "2024-06", "2024年1-6月", "2024年1—11月".
    [[nodiscard]] static period parse(std::string_view text) { return try_parse(text).value(); }
    // The period, or the parse_error that parse would throw.
    [[nodiscard]] static parse_result<period> try_parse(std::string_view text) {
        std::size_t error_at = 0;
        const char* reason = nullptr;
        if (auto p = read(text, error_at, reason)) return *p;
        return parse_error("a period", text, error_at, reason);
    }

    friend constexpr bool operator==(const period&, const period&) = default;
    // Chronological by start, then the shorter span first: 2024年第一季度 < 2024年上半年 <
    // 2024年 < 2024年第二季度. A total order, so a period keys a std::map.
    friend constexpr std::strong_ordering operator<=>(const period& a, const period& b) noexcept {
        if (const auto c = static_cast<int>(a.year_) <=> static_cast<int>(b.year_); c != 0) return c;
        if (const auto c = a.first_month() <=> b.first_month(); c != 0) return c;
        if (const auto c = a.last_month() <=> b.last_month(); c != 0) return c;
        return static_cast<int>(a.kind_) <=> static_cast<int>(b.kind_);
    }
    friend std::ostream& operator<<(std::ostream& out, const period& p) { return out << p.to_string(); }

private:
    constexpr period(date::year y, period_kind kind, unsigned index) : year_(y), kind_(kind), index_(index) {}

    static constexpr period make(date::year y, period_kind kind, unsigned index, unsigned last) {
        if (!y.ok()) throw domain_error("year out of range");
        if (index < 1 || index > last)
            throw domain_error("period index " + std::to_string(index) + " is outside 1.." + std::to_string(last));
        return period(y, kind, index);
    }

    constexpr int completed_months(date::year_month_day as_of) const noexcept {
        int done = 0;
        for (unsigned m = first_month(); m <= last_month(); ++m)
            if (date::year_month_day(year_ / date::month(m) / date::last) <= as_of) ++done;
        return done;
    }

    static std::optional<period> read(std::string_view text, std::size_t& error_at, const char*& reason) noexcept {
        using detail::consume;
        std::size_t i = 0;
        const int y = detail::read_ascii_number(text, i);
        if (y < 0 || i != 4) {
            reason = "expected a four-digit year";
            return std::nullopt;
        }
        const date::year yr{y};
        const auto finish = [&](period p) -> std::optional<period> {
            if (i != text.size()) {
                error_at = i;
                reason = "unexpected text after the period";
                return std::nullopt;
            }
            return p;
        };
        const auto fail = [&](const char* why) -> std::optional<period> {
            error_at = i;
            reason = why;
            return std::nullopt;
        };
        if (i == text.size()) return period::year(yr);
        // Compact forms: 2024Q2, 2024-Q2, 2024H1, 2024-06.
        const bool dashed = consume(text, i, "-");
        if (consume(text, i, "Q") || consume(text, i, "q")) {
            const std::size_t number_at = i;
            const int q = detail::read_ascii_number(text, i);
            if (q < 1 || q > 4) {
                i = number_at;
                return fail("a quarter must be 1 to 4");
            }
            return finish(period::quarter(yr, static_cast<unsigned>(q)));
        }
        if (consume(text, i, "H") || consume(text, i, "h")) {
            const std::size_t number_at = i;
            const int h = detail::read_ascii_number(text, i);
            if (h < 1 || h > 2) {
                i = number_at;
                return fail("a half-year must be 1 or 2");
            }
            return finish(period::half_year(yr, static_cast<unsigned>(h)));
        }
        if (dashed) {
            const int m = detail::read_ascii_number(text, i);
            if (m < 1 || m > 12) return fail("a month must be 1 to 12");
            if (i < text.size() && text[i] == '-') return fail("a date, not a period (use parse_date)");
            return finish(period::month(yr / date::month(static_cast<unsigned>(m))));
        }
        if (!consume(text, i, "年")) return fail("expected 年 after the year");
        if (i == text.size() || consume(text, i, "度") || consume(text, i, "全年")) return finish(period::year(yr));
        if (consume(text, i, "上半年")) return finish(period::half_year(yr, 1));
        if (consume(text, i, "下半年")) return finish(period::half_year(yr, 2));
        const std::size_t number_at = i;
        consume(text, i, "第");
        int n = detail::read_ascii_number(text, i);
        if (n < 0) n = detail::read_small_chinese_number(text, i);
        if (n < 0) {
            i = number_at;
            return fail("expected a half-year, quarter or month");
        }
        if (consume(text, i, "季度")) {
            if (n < 1 || n > 4) {
                i = number_at;
                return fail("a quarter must be 1 to 4");
            }
            return finish(period::quarter(yr, static_cast<unsigned>(n)));
        }
        if (consume(text, i, "-") || consume(text, i, "—") || consume(text, i, "－") || consume(text, i, "–") ||
            consume(text, i, "～") || consume(text, i, "~") || consume(text, i, "至")) {
            if (n != 1) {
                i = number_at;
                return fail("cumulative months start in January (1-N月)");
            }
            const std::size_t last_at = i;
            int last = detail::read_ascii_number(text, i);
            if (last < 0) last = detail::read_small_chinese_number(text, i);
            if (last < 1 || last > 12) {
                i = last_at;
                return fail("a month must be 1 to 12");
            }
            if (!consume(text, i, "月")) return fail("expected 月");
            return finish(period::months_to_date(yr, static_cast<unsigned>(last)));
        }
        if (consume(text, i, "月")) {
            if (n < 1 || n > 12) {
                i = number_at;
                return fail("a month must be 1 to 12");
            }
            if (i < text.size()) return fail("a date, not a period (use parse_date)");
            return finish(period::month(yr / date::month(static_cast<unsigned>(n))));
        }
        return fail("expected 季度 or 月");
    }

    date::year year_;
    period_kind kind_;
    unsigned index_;
};

// Reads a day: "2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日"; parse_error for
// anything else, including days that do not exist ("2024-02-30").
inline date::year_month_day parse_date(std::string_view text) {
    using detail::consume;
    std::size_t i = 0;
    const auto fail = [&](const char* why) -> date::year_month_day { throw parse_error("a date", text, i, why); };
    const int y = detail::read_ascii_number(text, i);
    if (y < 0 || i != 4) return fail("expected a four-digit year");
    const bool chinese = consume(text, i, "年");
    if (!chinese && !consume(text, i, "-") && !consume(text, i, "/") && !consume(text, i, "."))
        return fail("expected -, /, . or 年 after the year");
    const int m = detail::read_ascii_number(text, i);
    if (m < 0) return fail("expected the month");
    if (chinese ? !consume(text, i, "月") : !(consume(text, i, "-") || consume(text, i, "/") || consume(text, i, ".")))
        return fail(chinese ? "expected 月" : "expected a separator after the month");
    const int d = detail::read_ascii_number(text, i);
    if (d < 0) return fail("expected the day");
    if (chinese && !consume(text, i, "日") && !consume(text, i, "号")) return fail("expected 日");
    if (i != text.size()) return fail("unexpected text after the date");
    const date::year_month_day day{date::year{y}, date::month(static_cast<unsigned>(m)),
                                   date::day(static_cast<unsigned>(d))};
    if (!day.ok()) {
        i = 0;
        return fail("no such day in the calendar");
    }
    return day;
}

// A day in ISO 8601 (2024-06-30, 0999-01-05, -0044-03-15): what date::format("%F", day) writes
// for years from 0, without the stream formatting every caller of date::format compiles.
[[nodiscard]] inline std::string iso_date(date::year_month_day day) {
    const int year = static_cast<int>(day.year());
    const auto digits = [](std::string& out, unsigned value, std::size_t width) {
        std::string text = std::to_string(value);
        if (text.size() < width) out.append(width - text.size(), '0');
        out += text;
    };
    std::string out = year < 0 ? "-" : "";
    digits(out, static_cast<unsigned>(year < 0 ? -year : year), 4);
    out += '-';
    digits(out, static_cast<unsigned>(day.month()), 2);
    out += '-';
    digits(out, static_cast<unsigned>(day.day()), 2);
    return out;
}

}  // namespace govtarget

template <>
struct std::hash<govtarget::period> {
    std::size_t operator()(const govtarget::period& p) const noexcept {
        const auto y = static_cast<std::size_t>(static_cast<int>(p.year()));
        return (y * 64 + static_cast<std::size_t>(p.kind()) * 16 + p.index()) * std::size_t{0x9E3779B1u};
    }
};
