#pragma once
// A strict RFC 4180 reader: quoted fields with commas, quotes ("") and newlines, CRLF or LF,
// an optional UTF-8 BOM, ',' or '\t' between fields. Every record carries its line number.

#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

struct csv_record {
    std::size_t line = 0;  // the line the record starts on, 1-based
    std::vector<std::string> fields;
    std::vector<std::size_t> columns;  // where each field starts on its line, in characters, 1-based
};

inline std::string_view strip_bom(std::string_view text) noexcept {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

// Reads every record; blank lines are skipped. read_error for an unterminated quote, text
// after a closing quote, invalid UTF-8 or a NUL byte.
inline std::vector<csv_record> read_csv(std::string_view text, std::string_view source, char delimiter = ',') {
    text = strip_bom(text);
    if (auto bad = first_invalid_utf8(text)) {
        const text_position at = position_of(text, *bad);
        throw read_error(source, at.line, at.column, "", "invalid UTF-8 at byte " + std::to_string(*bad));
    }
    std::vector<csv_record> records;
    std::size_t i = 0, line = 1, line_start = 0;
    // Counted on from the last position asked for, so a wide line costs one pass, not one per field.
    std::size_t counted_at = 0, counted_column = 1;
    const auto column = [&](std::size_t at) {
        if (counted_at < line_start || at < counted_at) counted_at = line_start, counted_column = 1;
        counted_column += character_count(text.substr(counted_at, at - counted_at));
        counted_at = at;
        return counted_column;
    };
    while (i < text.size()) {
        // Skip blank lines.
        if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            i += text[i] == '\r' ? 2 : 1;
            ++line;
            line_start = i;
            continue;
        }
        csv_record record;
        record.line = line;
        std::string field;
        while (true) {
            record.columns.push_back(column(i));
            if (i < text.size() && text[i] == '"') {
                const std::size_t quote_line = line, quote_column = column(i);
                ++i;
                while (true) {
                    if (i >= text.size())
                        throw read_error(source, quote_line, quote_column, "", "unterminated quoted field");
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\0') throw read_error(source, line, column(i), "", "NUL byte in a field");
                    if (c == '\n') {
                        ++line;
                        line_start = i + 1;
                    }
                    field += c;
                    ++i;
                }
                if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    throw read_error(source, line, column(i), text.substr(i, 20), "text after a closing quote");
            } else {
                const std::size_t start = i;
                while (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"')
                        throw read_error(source, line, column(i), text.substr(start, i - start + 1),
                                         "a quote inside an unquoted field");
                    if (text[i] == '\0') throw read_error(source, line, column(i), "", "NUL byte in a field");
                    ++i;
                }
                field.assign(text.substr(start, i - start));
            }
            record.fields.push_back(std::move(field));
            field.clear();
            if (i < text.size() && text[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < text.size() && text[i] == '\r') {
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                else throw read_error(source, line, column(i), "", "a lone carriage return");
            }
            if (i < text.size()) {
                ++i;  // the newline
                ++line;
                line_start = i;
            }
            break;
        }
        records.push_back(std::move(record));
    }
    return records;
}

// One field, quoted as RFC 4180 needs. spreadsheet_safe: a text starting with = + - @
// gets a leading ' so that Excel and WPS do not run it as a formula.
inline std::string csv_field(std::string_view text, bool spreadsheet_safe = false) {
    std::string value(text);
    if (spreadsheet_safe && !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
        value.insert(0, "'");
    if (value.find_first_of(",\"\r\n\t") == std::string::npos) return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace govtarget::detail
