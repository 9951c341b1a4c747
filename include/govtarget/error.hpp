#pragma once
// The one exception hierarchy of govtarget: catch govtarget::error to catch them all.

#include <govtarget/detail/utf8.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace govtarget {

namespace detail {

// Input text as an error message shows it: at most max_bytes, cut at a character boundary,
// with control characters and bytes that are not UTF-8 written as escapes (\0, \n, \xFF),
// so that a message about a binary or truncated file is itself readable text.
[[nodiscard]] inline std::string printable_excerpt(std::string_view text, std::size_t max_bytes = 200) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string shown;
    std::size_t i = 0;
    while (i < text.size() && i < max_bytes) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = valid_sequence_length(text, i);
        const bool valid = length > 0;
        // Invisible format characters are named: a BOM or a zero-width space inside a cell is
        // otherwise an error message that points at nothing.
        static constexpr std::string_view invisible[][2] = {{"\xEF\xBB\xBF", "\\u{FEFF}"}, {"\xE2\x80\x8B", "\\u{200B}"},
                                                           {"\xE2\x80\x8C", "\\u{200C}"}, {"\xE2\x80\x8D", "\\u{200D}"},
                                                           {"\xE2\x80\xA8", "\\u{2028}"}, {"\xE2\x80\xA9", "\\u{2029}"}};
        bool named = false;
        for (const auto& [bytes, name] : invisible)
            if (valid && text.substr(i, length) == bytes) shown += name, named = true;
        if (named) {
            i += length;
            continue;
        }
        if (valid && length > 1) {
            if (i + length > max_bytes) break;
            shown.append(text, i, length);
            i += length;
            continue;
        }
        if (valid && c >= 0x20 && c != 0x7F) {
            shown += static_cast<char>(c);
        } else if (c == '\n') {
            shown += "\\n";
        } else if (c == '\r') {
            shown += "\\r";
        } else if (c == '\t') {
            shown += "\\t";
        } else if (c == 0) {
            shown += "\\0";
        } else {
            shown += "\\x";
            shown += hex[c >> 4];
            shown += hex[c & 0xF];
        }
        ++i;
    }
    if (i < text.size()) shown += "…";
    return shown;
}

}  // namespace detail

class error : public std::runtime_error {
public:
    explicit error(const std::string& what) : std::runtime_error("govtarget: " + what) {}

    // The message without the "govtarget: " it starts with: for an error that becomes part
    // of another one's message.
    [[nodiscard]] std::string_view reason_text() const noexcept {
        std::string_view text = what();
        if (text.starts_with("govtarget: ")) text.remove_prefix(11);
        return text;
    }
};

// A result or an intermediate does not fit the representation; nothing wraps.
class overflow_error : public error {
public:
    using error::error;
};

// A value cannot be represented exactly where exactness was promised
// (e.g. 0.001元 in a type exact to the 分, 1亩 in whole 平方米 without a rounding policy).
class inexact_error : public error {
public:
    using error::error;
};

// Two values of one kind but incompatible units: 家 + 个, 万千瓦 + 微克/立方米.
class unit_mismatch_error : public error {
public:
    using error::error;
};

// Division by zero, an empty period, an invalid date and the like.
class domain_error : public error {
public:
    using error::error;
};

// Text that could not be read. Carries the input, the byte offset of the problem and
// a short reason, so a caller can point at it.
class parse_error : public error {
public:
    parse_error(std::string_view what_was_read, std::string_view input, std::size_t offset,
                std::string_view reason)
        : error(compose(what_was_read, input, offset, reason)),
          input_(input),
          offset_(offset),
          reason_(reason) {}

    [[nodiscard]] const std::string& input() const noexcept { return input_; }
    [[nodiscard]] std::size_t offset() const noexcept { return offset_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    static std::string compose(std::string_view what_was_read, std::string_view input,
                               std::size_t offset, std::string_view reason) {
        std::string message = "cannot read ";
        message += what_was_read;
        message += " from \"";
        message += detail::printable_excerpt(input);
        message += "\" at byte ";
        message += std::to_string(offset);
        message += ": ";
        message += reason;
        return message;
    }

    std::string input_;
    std::size_t offset_;
    std::string reason_;
};

// A document or file that could not be read: where (source, line, column — both 1-based,
// the column counted in characters) and what (the offending text and the reason).
class read_error : public error {
public:
    read_error(std::string_view source, std::size_t line, std::size_t column, std::string_view text,
               std::string_view reason)
        : error(compose(source, line, column, text, reason)),
          source_(source),
          line_(line),
          column_(column),
          text_(text),
          reason_(reason) {}

    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    [[nodiscard]] std::size_t line() const noexcept { return line_; }
    [[nodiscard]] std::size_t column() const noexcept { return column_; }
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    static std::string compose(std::string_view source, std::size_t line, std::size_t column, std::string_view text,
                               std::string_view reason) {
        std::string message(source);
        message += ':';
        message += std::to_string(line);
        message += ':';
        message += std::to_string(column);
        message += ": ";
        message += reason;
        if (!text.empty()) {
            message += ": \"";
            message += detail::printable_excerpt(text);
            message += "\"";
        }
        return message;
    }

    std::string source_;
    std::size_t line_;
    std::size_t column_;
    std::string text_;
    std::string reason_;
};

}  // namespace govtarget
