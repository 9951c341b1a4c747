#pragma once
// Money, exact to the 分 (cent): an int64 count of 分, range ±9.2·10^16 元 (9.2万万亿元).
// The currency is part of the type, so money<cny> + money<usd> does not compile; converting
// takes an explicit exchange_rate and rounding mode.

#include <govtarget/detail/amount.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace govtarget {

enum class cny_unit : std::uint8_t { yuan, wan_yuan, yi_yuan, wanyi_yuan };
enum class usd_unit : std::uint8_t { dollar, wan_dollars, yi_dollars };

struct cny {
    using unit = cny_unit;
    static constexpr std::string_view code = "CNY";
    static constexpr std::string_view name = "an amount of CNY money";
    static constexpr std::string_view resolution = "0.01元";
    static constexpr const char* overflow_context = "CNY money arithmetic (range ±9.2·10^16 元)";
    static constexpr unit default_unit = unit::yuan;
    static constexpr unit exact_unit = unit::yuan;
    static constexpr std::array<detail::unit_row<unit>, 4> units{{
        {unit::yuan, "元|人民币元", 100},
        {unit::wan_yuan, "万元", 1'000'000},
        {unit::yi_yuan, "亿元", 10'000'000'000},
        {unit::wanyi_yuan, "万亿元", 100'000'000'000'000},
    }};
};

struct usd {
    using unit = usd_unit;
    static constexpr std::string_view code = "USD";
    static constexpr std::string_view name = "an amount of USD money";
    static constexpr std::string_view resolution = "0.01美元";
    static constexpr const char* overflow_context = "USD money arithmetic (range ±9.2·10^16 美元)";
    static constexpr unit default_unit = unit::dollar;
    static constexpr unit exact_unit = unit::dollar;
    static constexpr std::array<detail::unit_row<unit>, 3> units{{
        {unit::dollar, "美元", 100},
        {unit::wan_dollars, "万美元", 1'000'000},
        {unit::yi_dollars, "亿美元", 10'000'000'000},
    }};
};

template <class Currency>
using money = basic_amount<Currency>;

// With govtarget::compiled, the members of money<cny> and money<usd> are compiled there once (src/compiled.cpp).
#ifdef GOVTARGET_SEPARATE_COMPILATION
extern template class basic_amount<cny>;
extern template class basic_amount<usd>;
#endif

// How many units of To one unit of From buys: exchange_rate<usd, cny>(7.1_dec).
template <class From, class To>
class exchange_rate {
public:
    constexpr explicit exchange_rate(decimal to_per_from) : rate_(to_per_from) {
        if (rate_.sign() <= 0) throw domain_error("an exchange rate must be positive, not " + rate_.to_string());
    }
    [[nodiscard]] constexpr decimal value() const noexcept { return rate_; }
    [[nodiscard]] constexpr exchange_rate<To, From> inverse(int scale, rounding mode = rounding::half_away_from_zero) const {
        return exchange_rate<To, From>(divide(decimal(1), rate_, scale, mode));
    }

private:
    decimal rate_;
};

// Both currencies count in hundredths, so the tick count converts by the rate itself.
template <class From, class To>
[[nodiscard]] constexpr money<To> convert(money<From> amount, exchange_rate<From, To> rate, rounding mode) {
    const auto converted = multiply(money<From>::from_ticks(amount.ticks()), rate.value(), mode);
    return money<To>::from_ticks(converted.ticks(), To::default_unit);
}

}  // namespace govtarget
