#include <govtarget/table_targets.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

using namespace govtarget;

TEST_CASE("the targets in the task cells: a separate step") {
    const completion_table table = read_completion_table(read_seed(q2_table), q2_table);
    const auto plain = table.tasks(table.default_as_of());
    const auto with_targets = tasks_with_targets(table, table.default_as_of());
    REQUIRE(plain.size() == with_targets.size());
    CHECK(plain.front().target.quantities.empty());  // reading a table extracts nothing
    const auto gdp = targets_in(table.rows.front());  // 地区生产总值增长5.5%。
    REQUIRE(gdp.size() == 1);
    CHECK(gdp.front().quantity.value_text == "5.5");
    CHECK(with_targets.front().target.quantities.size() == 1);
    std::size_t quantified = 0;
    for (std::size_t k = 0; k < plain.size(); ++k) {
        CHECK(with_targets[k].progress == plain[k].progress);
        if (!with_targets[k].target.quantities.empty()) ++quantified;
    }
    CHECK(quantified > 40);
}
