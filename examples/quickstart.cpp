// A handful of the 2024 拱墅区 targets built in code, their Q2 progress recorded, and the
// per-unit summary: which units are behind the pace, which have tasks behind it.
#include <govtarget/govtarget.hpp>

#include <iostream>

int main() {
    using namespace govtarget;
    const auto as_of = parse_date("2024-06-30");
    const period year = period::year(date::year{2024});
    const exact_share pace = expected_pace::by().percent_at(year, as_of);  // 50%: 时间过半

    const auto task = [&](std::string id, std::string text, std::string unit, std::optional<share> completion) {
        tracked_task t;
        t.target.id = id;
        t.target.task = std::move(text);
        t.target.lead_units = {std::move(unit)};
        t.target.period = year;
        t.progress.task_id = std::move(id);
        t.progress.as_of = as_of;
        t.progress.completion = completion;
        return t;
    };
    const std::vector<tracked_task> tasks{
        task("1", "地区生产总值增长5.5%", "区发改经信局", std::nullopt),
        task("12", "城镇新增就业2万人以上", "区人力社保局", share(42_dec)),
        task("68", "新开工保障性租赁住房5000套(间)", "区住建局", share(45_dec)),
        task("69", "筹集共有产权房", "区住建局", share(60_dec)),
        task("74", "新增国家高新技术企业84家", "区科技局", share(145_dec)),
    };

    std::cout << "2024年上半年, 序时进度 " << pace << "\n";
    for (const auto& [unit, totals] : summarize_by(tasks, by_lead_unit, pace)) {
        const auto completion = totals.weighted_completion(2);
        std::cout << unit << ": " << totals.tasks() << " tasks, " << (completion ? completion->to_string() : "no data")
                  << (totals.is_behind() ? ", behind the pace" : "")
                  << (totals.has_tasks_behind() ? ", " + std::to_string(totals.behind()) + " task(s) behind" : "") << '\n';
    }
    for (const auto& t : tasks) {
        const auto completion = task_input_of(t).completion;
        const auto gap = gap_to_pace(completion, pace);
        std::cout << "  task " << t.target.id << " " << completion_text(t.progress.completion) << " "
                  << to_chinese(status_of(completion, pace)) << (gap ? "，" + gap_words(*gap) : "") << '\n';
    }

    // Actual against target: 固定资产投资740亿元以上, 728亿元 reported.
    const auto investment = assess(bound<money<cny>>::at_least(money<cny>::parse("740亿元")),
                                   money<cny>::parse("728亿元"), direction::higher_is_better);
    std::cout << "固定资产投资: " << to_string(investment.result) << ", 还差" << investment.gap << '\n';
}
