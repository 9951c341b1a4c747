#pragma once
// What a try_parse gives: the value, or the parse_error that parse would throw for the same
// text (input, byte offset, reason). Used like std::optional:
//
//   if (auto land = area::try_parse(cell)) total += *land;
//   else issues.push_back(land.error().reason());
//
// value() throws the held parse_error, so parse(text) is try_parse(text).value() and both
// say the same thing about bad input.
//
// The error is built without throwing, but building it allocates (it keeps a copy of the
// input): a try_parse marked noexcept that runs out of memory there ends the program, as any
// noexcept function that allocates does. The value is held in place and the error out of line,
// so a successful parse allocates nothing and parse_result<decimal> is usable in constant
// expressions.

#include <govtarget/error.hpp>

#include <memory>
#include <type_traits>
#include <utility>

namespace govtarget {

namespace detail {
// Storage for a value that may not be there; a union so that T need not be default-constructible.
template <class T>
union maybe_value {
    constexpr maybe_value() noexcept {}
    constexpr ~maybe_value() {}
    T value;
};
}  // namespace detail

template <class T>
class [[nodiscard]] parse_result {
public:
    using value_type = T;
    using error_type = parse_error;

    constexpr parse_result(const T& value) : has_value_(true) { std::construct_at(&storage_.value, value); }
    constexpr parse_result(T&& value) : has_value_(true) { std::construct_at(&storage_.value, std::move(value)); }
    parse_result(parse_error error) : error_(new parse_error(std::move(error))) {}

    constexpr parse_result(const parse_result& other) : has_value_(other.has_value_) {
        if (has_value_) std::construct_at(&storage_.value, other.storage_.value);
        else if (other.error_) error_ = new parse_error(*other.error_);
    }
    constexpr parse_result(parse_result&& other) noexcept(std::is_nothrow_move_constructible_v<T>)
        : has_value_(other.has_value_), error_(std::exchange(other.error_, nullptr)) {
        if (has_value_) std::construct_at(&storage_.value, std::move(other.storage_.value));
    }
    constexpr parse_result& operator=(parse_result other) noexcept(std::is_nothrow_move_constructible_v<T>) {
        reset();
        if (other.has_value_) {
            std::construct_at(&storage_.value, std::move(other.storage_.value));
            has_value_ = true;
        } else {
            error_ = std::exchange(other.error_, nullptr);
        }
        return *this;
    }
    constexpr ~parse_result() { reset(); }

    [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
    constexpr explicit operator bool() const noexcept { return has_value_; }

    // The value; only when there is one.
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return storage_.value; }
    [[nodiscard]] constexpr T& operator*() & noexcept { return storage_.value; }
    [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(storage_.value); }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &storage_.value; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &storage_.value; }

    // The value, or the parse_error thrown.
    [[nodiscard]] constexpr const T& value() const& {
        if (!has_value_) throw_error();
        return storage_.value;
    }
    [[nodiscard]] constexpr T& value() & {
        if (!has_value_) throw_error();
        return storage_.value;
    }
    [[nodiscard]] constexpr T&& value() && {
        if (!has_value_) throw_error();
        return std::move(storage_.value);
    }
    template <class U>
    [[nodiscard]] constexpr T value_or(U&& fallback) const& {
        return has_value_ ? storage_.value : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U>
    [[nodiscard]] constexpr T value_or(U&& fallback) && {
        return has_value_ ? std::move(storage_.value) : static_cast<T>(std::forward<U>(fallback));
    }

    // Why the text did not parse; only when there is no value (and not after a move).
    [[nodiscard]] const parse_error& error() const& noexcept { return *error_; }
    [[nodiscard]] parse_error error() && noexcept { return std::move(*error_); }

private:
    [[noreturn]] void throw_error() const { throw *error_; }

    constexpr void reset() noexcept {
        if (has_value_) std::destroy_at(&storage_.value);
        else delete error_;
        has_value_ = false;
        error_ = nullptr;
    }

    detail::maybe_value<T> storage_;
    bool has_value_ = false;
    parse_error* error_ = nullptr;  // owned; a raw pointer keeps the type literal for constexpr parsing
};

}  // namespace govtarget
