// CNY − USD must not compile: conversion goes through an exchange_rate.
#include <govtarget/money.hpp>

using namespace govtarget;

int main() {
    const auto yuan = money<cny>::parse("740亿元");
    const auto dollars = money<usd>::parse("3亿美元");
#ifdef GOVTARGET_NONSENSE
    auto nonsense = yuan - dollars;
#else
    auto nonsense = yuan - convert(dollars, exchange_rate<usd, cny>(7.1_dec), rounding::half_even);
#endif
    (void)nonsense;
}
