#pragma once
// Everything govtarget offers. Include single headers to pay only for what you use.

#include <govtarget/aggregate.hpp>
#include <govtarget/area.hpp>
#include <govtarget/assessment.hpp>
#include <govtarget/change.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/count.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/history.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/rounding.hpp>
#include <govtarget/target.hpp>
#include <govtarget/version.hpp>
