#include <govtarget/extract_writers.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <sstream>
#include <string>

using namespace govtarget;

namespace {
const std::string plan = "二、2024年主要目标\n实现固定资产投资740亿元以上，出让工业用地4宗148亩，力争新增1-2个。";

template <class Write>
std::string written(Write write) {
    std::ostringstream out;
    write(out);
    return out.str();
}
}  // namespace

TEST_CASE("JSON Lines") {
    const auto targets = extract_targets(plan);
    CHECK(written([&](std::ostream& out) { write_extracted_jsonl(out, targets); }) ==
          R"({"kind":"money","value":"740","unit":"亿元","base_value":"74000000000","base_unit":"元","bound":"at_least","inclusive":true,"range_hi":null,"stretch":false,"direction":"higher_is_better","metric":"固定资产投资","metric_key":"固定资产投资","section":"plan","start":50,"end":65,"text":"实现固定资产投资740亿元以上"}
{"kind":"count","value":"4","unit":"宗","base_value":"4","base_unit":"count","bound":"point","inclusive":true,"range_hi":null,"stretch":false,"direction":"higher_is_better","metric":"出让工业用地","metric_key":"出让工业用地","section":"plan","start":86,"end":90,"text":"出让工业用地4宗148亩"}
{"kind":"area","value":"148","unit":"亩","base_value":"98666.6667","base_unit":"平方米","bound":"point","inclusive":true,"range_hi":null,"stretch":false,"direction":"higher_is_better","metric":"出让工业用地","metric_key":"出让工业用地","section":"plan","start":90,"end":96,"text":"出让工业用地4宗148亩"}
{"kind":"count","value":"1-2","unit":"个","base_value":"1","base_unit":"count","bound":"range","inclusive":true,"range_hi":"2","stretch":true,"direction":"higher_is_better","metric":"新增","metric_key":"新增","section":"plan","start":111,"end":117,"text":"力争新增1-2个"}
)");
}

TEST_CASE("CSV") {
    const auto targets = extract_targets(plan);
    CHECK(written([&](std::ostream& out) { write_extracted_csv(out, targets); }) ==
          R"(kind,value,unit,base_value,base_unit,bound,inclusive,range_hi,stretch,metric,metric_key,section,start,end,text
money,740,亿元,74000000000,元,at_least,true,,false,固定资产投资,固定资产投资,plan,50,65,实现固定资产投资740亿元以上
count,4,宗,4,count,point,true,,false,出让工业用地,出让工业用地,plan,86,90,出让工业用地4宗148亩
area,148,亩,98666.6667,平方米,point,true,,false,出让工业用地,出让工业用地,plan,90,96,出让工业用地4宗148亩
count,1-2,个,1,count,range,true,2,true,新增,新增,plan,111,117,力争新增1-2个
)");
}

TEST_CASE("text") {
    const auto targets = extract_targets(plan);
    CHECK(written([&](std::ostream& out) { write_extracted_text(out, targets, plan); }) ==
          R"(plan    固定资产投资                            740亿元以上             at_least  = 74000000000元
plan    出让工业用地                            4宗                     point  = 4count
plan    出让工业用地                            148亩                   point  = 98666.6667平方米
plan    新增                                    1-2个                   range 力争  = 1count
)");
}

TEST_CASE("the JSON Lines of the bundled reports are the pinned ones") {
    for (const std::string part : {"000_4177374e856471fa", "003_4ac6e55c7e26962c"}) {
        std::ifstream pinned(std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/extract_" + part + ".jsonl", std::ios::binary);
        std::ostringstream expected;
        expected << pinned.rdbuf();
        const auto targets = extract_targets(read_seed(part + ".txt"));
        CHECK(written([&](std::ostream& out) { write_extracted_jsonl(out, targets); }) == expected.str());
    }
}
