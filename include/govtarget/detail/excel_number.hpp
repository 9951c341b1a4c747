#pragma once
// Numbers and number formats as a workbook stores them (ECMA-376 Part 1, 18.8.30 and 18.17.4),
// read from their text, never through binary floating point.

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace govtarget::detail {

// Spreadsheets keep 15 significant digits: "5.3600000000000003E-2" is what Excel writes for
// the 0.0536 a user typed, and what it shows.
inline constexpr std::size_t excel_significant_digits = 15;

// A stored number ("0.536", "-12", "5.3600000000000003E-2") as plain decimal text, rounded to
// 15 significant digits (half away from zero), its point moved `shift` places right (2 reads
// a fraction as a percent), trailing zeros dropped. None when the text is not a number.
[[nodiscard]] inline std::optional<std::string> excel_number_text(std::string_view stored, int shift = 0) {
    std::size_t at = 0;
    const bool negative = !stored.empty() && (stored[0] == '-' || stored[0] == '+') && stored[at++] == '-';
    std::string digits;
    long exponent = 0;  // the value is digits × 10^exponent
    bool point = false, any = false;
    for (; at < stored.size(); ++at) {
        const char c = stored[at];
        if (c >= '0' && c <= '9') {
            any = true;
            if (!digits.empty() || c != '0') digits += c;
            if (point) --exponent;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any) return std::nullopt;
    if (at < stored.size()) {
        if (stored[at] != 'e' && stored[at] != 'E') return std::nullopt;
        ++at;
        const bool minus = at < stored.size() && (stored[at] == '-' || stored[at] == '+') && stored[at++] == '-';
        long e = 0;
        const std::size_t first = at;
        for (; at < stored.size() && stored[at] >= '0' && stored[at] <= '9' && e < 10000; ++at) e = e * 10 + (stored[at] - '0');
        if (at == first || at != stored.size() || e > 400) return std::nullopt;
        exponent += minus ? -e : e;
    }
    if (digits.empty()) return "0";
    if (digits.size() > excel_significant_digits) {
        const bool up = digits[excel_significant_digits] >= '5';
        exponent += static_cast<long>(digits.size() - excel_significant_digits);
        digits.resize(excel_significant_digits);
        std::size_t k = digits.size();
        while (up && k > 0 && digits[k - 1] == '9') digits[--k] = '0';
        if (up && k == 0) digits.insert(digits.begin(), '1');
        else if (up) ++digits[k - 1];
    }
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    exponent += shift;
    std::string out = negative ? "-" : "";
    const long point_at = static_cast<long>(digits.size()) + exponent;  // digits left of the point
    if (exponent >= 0) out += digits + std::string(static_cast<std::size_t>(exponent), '0');
    else if (point_at <= 0) out += "0." + std::string(static_cast<std::size_t>(-point_at), '0') + digits;
    else out += digits.substr(0, static_cast<std::size_t>(point_at)) + "." + digits.substr(static_cast<std::size_t>(point_at));
    return out;
}

// What a number format shows a number as.
enum class excel_number_kind { number, percent, date, date_time, text };

// The built-in formats (ECMA-376 18.8.30): 9, 10 percents; 14–17, 22 and the East Asian 27–36,
// 50–58 dates (those with a time of day are 18–22, 45–47).
[[nodiscard]] inline excel_number_kind builtin_number_kind(unsigned id) {
    if (id == 9 || id == 10) return excel_number_kind::percent;
    if (id == 49) return excel_number_kind::text;
    if (id == 22) return excel_number_kind::date_time;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return excel_number_kind::date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return excel_number_kind::date_time;
    return excel_number_kind::number;
}

// A format code's kind, from what it shows outside quoted text, [colours] and \escapes: a
// percent sign; y, m, d (a date) and h, s (a time of day); a lone @ (text).
[[nodiscard]] inline excel_number_kind number_format_kind(std::string_view code) {
    bool percent = false, date_part = false, time_part = false, text = false;
    for (std::size_t k = 0; k < code.size(); ++k) {
        const char c = code[k];
        if (c == '"') {
            const std::size_t close = code.find('"', k + 1);
            if (close == std::string_view::npos) break;
            k = close;
        } else if (c == '[') {
            const std::size_t close = code.find(']', k + 1);
            if (close == std::string_view::npos) break;
            const std::string_view inside = code.substr(k + 1, close - k - 1);
            // [h], [mm], [ss]: elapsed time
            if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 's' || inside[0] == 'S')) time_part = true;
            k = close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++k;  // the next character is shown as it is, padded, or repeated
        } else if (c == '%') {
            percent = true;
        } else if (c == '@') {
            text = true;
        } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'm' || c == 'M') {
            date_part = true;
        } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
            time_part = true;
        } else if (c == ';') {
            break;  // the first section is the one a positive number shows in
        }
    }
    if (date_part) return time_part ? excel_number_kind::date_time : excel_number_kind::date;
    if (time_part) return excel_number_kind::date_time;
    if (percent) return excel_number_kind::percent;
    return text ? excel_number_kind::text : excel_number_kind::number;
}

// A date serial as the date it shows ("2024-06-30"), with the time of day to the second when
// `with_time` ("2024-06-30 17:30:00"). Serial 1 is 1900-01-01 (1904-01-02 in a workbook on
// the 1904 system); serial 60, Lotus's 1900-02-29, is no date. None when out of range.
[[nodiscard]] inline std::optional<std::string> excel_serial_text(std::string_view stored, bool date1904, bool with_time) {
    const std::optional<std::string> exact = excel_number_text(stored, 0);
    if (!exact || exact->starts_with('-')) return std::nullopt;
    const std::size_t point = exact->find('.');
    const std::string whole = exact->substr(0, point);
    if (whole.size() > 7) return std::nullopt;  // past year 9999
    const long days = std::stol(whole);
    if (!date1904 && days == 60) return std::nullopt;
    using namespace date;
    const sys_days epoch = date1904 ? sys_days{1904_y / 1 / 1} : days < 60 ? sys_days{1899_y / 12 / 31} : sys_days{1899_y / 12 / 30};
    // The time of day in seconds, rounded half up as a clock shows it: 86400 × the fraction,
    // by exact division of its first 12 digits (a microsecond is the 11th).
    std::string fraction = point == std::string::npos ? "" : exact->substr(point + 1);
    fraction.resize(12, '0');
    const std::uint64_t numerator = std::stoull(fraction);
    std::uint64_t seconds = with_time ? (numerator * 86400 + 500'000'000'000ULL) / 1'000'000'000'000ULL : 0;
    const long carry = seconds == 86400 ? 1 : 0;
    seconds %= 86400;
    const year_month_day day{epoch + date::days{days + carry}};
    if (!day.ok() || day.year() > year{9999}) return std::nullopt;
    std::string out = format("%F", day);
    if (!with_time) return out;
    const auto two = [](std::uint64_t v) {
        return std::string{static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
    };
    out += " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60);
    return out;
}

}  // namespace govtarget::detail
