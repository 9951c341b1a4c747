#pragma once
// The one exception hierarchy of govtarget: catch govtarget::error to catch them all.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace govtarget {

class error : public std::runtime_error {
public:
    explicit error(const std::string& what) : std::runtime_error("govtarget: " + what) {}
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

    const std::string& input() const noexcept { return input_; }
    std::size_t offset() const noexcept { return offset_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    static std::string compose(std::string_view what_was_read, std::string_view input,
                               std::size_t offset, std::string_view reason) {
        std::string message = "cannot read ";
        message += what_was_read;
        message += " from \"";
        message += input;
        message += "\": ";
        message += reason;
        message += " at byte ";
        message += std::to_string(offset);
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

    const std::string& source() const noexcept { return source_; }
    std::size_t line() const noexcept { return line_; }
    std::size_t column() const noexcept { return column_; }
    const std::string& text() const noexcept { return text_; }
    const std::string& reason() const noexcept { return reason_; }

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
            // Cut long text at a character boundary.
            std::size_t end = text.size() > 200 ? 200 : text.size();
            while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
            message += text.substr(0, end);
            if (end < text.size()) message += "…";
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
