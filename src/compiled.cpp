// govtarget::compiled: compiled once for the programs that link it instead of in each of their
// translation units: the definitions the headers mark GOVTARGET_DECL (include/govtarget/impl/)
// and the members of the value types every program uses.
#ifndef GOVTARGET_SEPARATE_COMPILATION
#error "govtarget::compiled is built with GOVTARGET_SEPARATE_COMPILATION, and so is every program that links it"
#endif

#include <govtarget/area.hpp>
#include <govtarget/length.hpp>
#include <govtarget/money.hpp>
#include <govtarget/rate.hpp>

#include <govtarget/impl/aggregate.hpp>
#include <govtarget/impl/completion_table.hpp>
#include <govtarget/impl/pace.hpp>

namespace govtarget {
template class basic_amount<area_dimension>;
template class basic_amount<length_dimension>;
template class basic_amount<cny>;
template class basic_amount<usd>;
template class basic_rate<detail::growth_rate_tag, decimal>;
template class basic_rate<detail::share_tag, decimal>;
template class basic_rate<detail::percentage_points_tag, decimal>;
}  // namespace govtarget
