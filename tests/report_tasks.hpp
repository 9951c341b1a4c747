#pragma once
// Tasks built by hand for the report tests.
#include <govtarget/progress.hpp>

#include <optional>
#include <string>
#include <vector>

// A task with its lead units and completion in percent (none: not reported).
inline govtarget::tracked_task hand_task(const std::string& id, std::vector<std::string> lead_units,
                                              std::optional<govtarget::decimal> completion, const std::string& text = "") {
    using completion_type = decltype(govtarget::progress_record::completion)::value_type;
    govtarget::tracked_task t;
    t.target.id = id;
    t.target.task = text.empty() ? "任务" + id : text;
    t.target.category = "类别";
    t.target.lead_units = std::move(lead_units);
    t.progress.task_id = id;
    t.progress.as_of = date::year{2024} / 6 / 30;
    if (completion) t.progress.completion = completion_type(*completion);
    return t;
}
