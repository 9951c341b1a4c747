#pragma once
// Everything govtarget offers. Include single headers to pay only for what you use.

#include <govtarget/area.hpp>
#include <govtarget/change.hpp>
#include <govtarget/count.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/period.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/rounding.hpp>
#include <govtarget/version.hpp>
