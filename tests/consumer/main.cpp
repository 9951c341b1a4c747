// The README's quick start: which lead units are behind the expected pace?
#include <govtarget/completion_table.hpp>
#include <govtarget/fmt.hpp>
#include <govtarget/govtarget.hpp>

int main(int argc, char** argv) {
    using namespace govtarget;
    const area total = area::parse("148亩") + area::parse("1公顷");  // exact: 15亩 == 1公顷
    fmt::print("consumer: 148亩 + 1公顷 = {}\n", total);
    if (argc < 2) return 0;

    const completion_table table = read_completion_table_file(argv[1]);
    const auto as_of = table.default_as_of();  // the end of the period in the title
    const fraction pace = expected_pace::by().percent_at(*table.target_period(), as_of);
    const auto tasks = table.tasks(as_of);

    fmt::print("{} — 截至 {}，序时进度 {:.1}%\n", table.title, date::format("%F", as_of), pace);
    for (const auto& unit : flag_groups(summarize_by(tasks, by_lead_unit, pace), pace))
        if (unit.flagged)
            fmt::print("{:<12} {:>3}项 加权完成率 {:.2}% 欠进度 {}项\n", unit.key, unit.totals.tasks(),
                       *unit.totals.weighted_completion(), unit.totals.behind());
}
