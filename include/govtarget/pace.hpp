#pragma once
// The expected pace (序时进度): the completion a task should have reached by a date.
// Statuses and gaps against it are in status.hpp.

#include <govtarget/decimal.hpp>
#include <govtarget/detail/config.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/period.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/status.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

// What share of the work should be done by a date, as an exact percent.
class expected_pace {
public:
    // By elapsed calendar: months (default; at quarter ends the quarterly 25/50/75/100, at
    // the end of November 11/12), whole quarters, or days.
    [[nodiscard]] static expected_pace by(pace_basis basis = pace_basis::months) { return expected_pace(basis); }

    // A user-given curve: (date, expected percent) points, linear by day between them, the
    // first value before the first point and the last after the last.
    [[nodiscard]] GOVTARGET_DECL static expected_pace trajectory(std::vector<std::pair<date::year_month_day, share>> points);

    // The expected completion: 50% at the end of June, 275/3 % (约91.67%) at the end of November.
    [[nodiscard]] GOVTARGET_DECL exact_share percent_at(const period& p, date::year_month_day as_of) const;

    [[nodiscard]] bool is_trajectory() const noexcept { return !points_.empty(); }
    [[nodiscard]] pace_basis basis() const noexcept { return basis_; }

private:
    explicit expected_pace(pace_basis basis) : basis_(basis) {}

    pace_basis basis_;
    std::vector<std::pair<date::year_month_day, share>> points_;
};

}  // namespace govtarget

#ifndef GOVTARGET_SEPARATE_COMPILATION
#include <govtarget/impl/pace.hpp>
#endif
