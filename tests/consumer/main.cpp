// The README's quick start: which lead units have tasks behind the expected pace, and is any
// unit behind it as a whole?
#include <govtarget/aggregate.hpp>
#include <govtarget/area.hpp>
#include <govtarget/completion_table.hpp>
#include <govtarget/fmt.hpp>
#include <govtarget/pace.hpp>

int main(int argc, char** argv) {
    using namespace govtarget;
    const area total = area::parse("148亩") + area::parse("1公顷");  // exact: 15亩 == 1公顷
    fmt::print("consumer: 148亩 + 1公顷 = {}\n", total);
    if (argc < 2) return 0;

    const completion_table table = read_completion_table_file(argv[1]);
    const auto as_of = table.default_as_of();  // the end of the period in the title
    const exact_share pace = expected_pace::by().percent_at(*table.target_period(), as_of);

    fmt::print("{} — 截至 {}，序时进度 {}\n", table.title, iso_date(as_of), pace.rounded(1));
    for (const auto& [unit, totals] : summarize_by(table.tasks(as_of), by_lead_unit, pace)) {
        if (totals.has_tasks_behind())
            fmt::print("{:<12} {:>3}项 加权完成率 {} 欠进度 {}项\n", unit, totals.tasks(), *totals.weighted_completion(2),
                       totals.behind());
        if (totals.is_behind()) fmt::print("{} 整体低于序时进度\n", unit);
    }
}
