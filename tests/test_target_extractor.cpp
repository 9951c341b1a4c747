#include <govtarget/target_extractor.hpp>

#include <doctest/doctest.h>

#include "extract_gold.hpp"
#include "seed.hpp"

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace govtarget;

// The digest of the corpus extraction before the throughput work (tests below).
#define GOVTARGET_CORPUS_DIGEST 2234158692992345736ull

namespace {

struct gold_row {
    std::string file, anchor;
    int nth;
    std::string kind, base, bound;
    bool stretch;
    std::vector<std::string> metrics;
    std::size_t begin = 0, end = 0;  // span in the file
};

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, separator)) parts.push_back(part);
    return parts;
}

// The plan region of each part of the report, as byte offsets.
struct region {
    std::string text;
    std::size_t begin, end;
};

std::map<std::string, region> plan_regions() {
    std::map<std::string, region> regions;
    const std::string first = read_seed("000_4177374e856471fa.txt");
    regions["000"] = {first, first.find("二、2024年的发展目标和重点工作"), first.size()};
    const std::string second = read_seed("003_4ac6e55c7e26962c.txt");
    regions["003"] = {second, 0, second.find("三、全面加强政府自身建设")};
    return regions;
}

std::size_t nth_occurrence(const std::string& text, const std::string& anchor, int nth, std::size_t from, std::size_t to) {
    std::size_t at = from;
    for (int seen = 0;; ++at) {
        at = text.find(anchor, at);
        if (at == std::string::npos || at >= to) return std::string::npos;
        const char before = at > 0 ? text[at - 1] : ' ';
        if ((before >= '0' && before <= '9') || before == '.' || before == '-') continue;  // inside a longer number
        if (++seen == nth) return at;
    }
}

std::vector<gold_row> read_gold(const std::map<std::string, region>& regions) {
    std::ifstream in(std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/extract_gold_2024.tsv");
    std::vector<gold_row> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto f = split(line, '\t');
        REQUIRE(f.size() == 8);
        gold_row g{f[0], f[1], std::stoi(f[2]), f[3], f[4], f[5], f[6] == "true", split(f[7], '|')};
        const region& r = regions.at(g.file);
        g.begin = nth_occurrence(r.text, g.anchor, g.nth, r.begin, r.end);
        INFO("gold anchor not found: " << g.file << " " << g.anchor << " #" << g.nth);
        REQUIRE(g.begin != std::string::npos);
        g.end = g.begin + g.anchor.size();
        rows.push_back(g);
    }
    return rows;
}

}  // namespace

TEST_CASE("extraction from the plan sections of the 2024 report, against a careful human reading") {
    const auto regions = plan_regions();
    const auto gold = read_gold(regions);
    REQUIRE(gold.size() == 105);
    std::size_t extracted_in_region = 0, detected = 0, fully_right = 0;
    std::vector<bool> gold_found(gold.size(), false);
    for (const auto& [file, r] : regions) {
        for (const extracted_target& t : extract_targets(r.text)) {
            if (t.quantity.number_begin < r.begin || t.quantity.number_begin >= r.end) continue;
            ++extracted_in_region;
            const base_amount base = base_value(t.quantity.value);
            bool matched = false;
            for (std::size_t g = 0; g < gold.size(); ++g) {
                const gold_row& row = gold[g];
                if (row.file != file || gold_found[g]) continue;
                if (t.quantity.number_end <= row.begin || t.quantity.number_begin >= row.end) continue;
                if (std::string(t.quantity.value.kind_name()) != row.kind || base.value != decimal::parse(row.base)) continue;
                matched = true;
                gold_found[g] = true;
                ++detected;
                const bool metric_right = std::find(row.metrics.begin(), row.metrics.end(), t.metric) != row.metrics.end();
                const bool right = metric_right && std::string(to_string(t.quantity.bound)) == row.bound && t.stretch == row.stretch;
                if (right) ++fully_right;
                else
                    MESSAGE("not fully right: " << row.anchor << " metric=" << t.metric << " bound=" << to_string(t.quantity.bound)
                                                << " stretch=" << t.stretch);
                break;
            }
            if (!matched)
                MESSAGE("extracted, not in the human reading: " << t.quantity.value << " metric=" << t.metric);
        }
    }
    for (std::size_t g = 0; g < gold.size(); ++g)
        if (!gold_found[g]) MESSAGE("missed: " << gold[g].file << " " << gold[g].anchor << " #" << gold[g].nth);
    const double recall = static_cast<double>(detected) / static_cast<double>(gold.size());
    const double precision = static_cast<double>(detected) / static_cast<double>(extracted_in_region);
    const double right = static_cast<double>(fully_right) / static_cast<double>(gold.size());
    MESSAGE("recall " << recall << ", precision " << precision << ", fully right " << right << " (" << fully_right << "/"
                      << gold.size() << ")");
    CHECK(recall >= 0.98);
    CHECK(precision >= 0.98);
    CHECK(right >= 0.95);
}

TEST_CASE("numbers that are not targets") {
    const auto metrics = [](std::string_view text) {
        std::vector<std::string> found;
        for (const auto& t : extract_targets(text)) found.push_back(t.quantity.value.to_string());
        return found;
    };
    CHECK(metrics("2024年7月23日，第五次全国经济普查").empty());
    CHECK(metrics("(1)聚焦政策；1.系统优化创新生态").empty());
    CHECK(metrics("高标准实施“1+4”城市设计，抓实项目投资“543”体系").empty());
    CHECK(metrics("全力推动沿320国道示范区，打造武林路398号，保障地铁15号线").empty());
    CHECK(metrics("基本形成“10分钟健身圈”，加快形成15分钟品质文化生活圈").empty());
    CHECK(metrics("防御300年一遇洪水，开展运河申遗10周年活动，在连续4年压减基础上").empty());
    CHECK(metrics("统筹推进三个“一号工程”，严格执行中央八项规定").empty());
    CHECK(metrics("强化24小时应急值守，PM2.5浓度，推进5G基站").empty());
    CHECK(metrics("引进10亿元以上重大产业项目20个") == std::vector<std::string>{"20个"});
    CHECK(metrics("新引进35岁以下大学生4万名以上") == std::vector<std::string>{"4万名"});
}

TEST_CASE("bounds as the language applies them") {
    const auto targets = extract_targets("新增绿地35万平方米、绿道10公里以上。完成小区二次供水改造60个、加装电梯200台以上。");
    REQUIRE(targets.size() == 4);
    CHECK(targets[0].quantity.bound == bound_kind::at_least);  // one verb: 以上 applies to both
    CHECK(targets[1].quantity.bound == bound_kind::at_least);
    CHECK(targets[1].metric == "新增绿道");
    CHECK(targets[2].quantity.bound == bound_kind::point);  // separate verbs
    CHECK(targets[3].quantity.bound == bound_kind::at_least);
    const auto pm = extract_targets("PM2.5平均浓度降至31微克/立方米以下");
    REQUIRE(pm.size() == 1);
    CHECK(pm[0].quantity.bound == bound_kind::at_most);
    CHECK(pm[0].quantity.better == direction::lower_is_better);
    CHECK(pm[0].metric == "PM2.5平均浓度");
    const auto stretch = extract_targets("确保出让经营性用地22宗626亩，力争再出让5宗122亩");
    REQUIRE(stretch.size() == 4);
    CHECK_FALSE(stretch[1].stretch);
    CHECK(stretch[3].stretch);
    CHECK(stretch[3].metric == "出让经营性用地");
}

TEST_CASE("phrasings of other districts and years") {
    const auto one = [](std::string_view text) {
        const auto all = extract_targets(text);
        REQUIRE(all.size() == 1);
        return all[0];
    };
    auto t = one("规模以上工业增加值突破1000亿元");
    CHECK(t.metric == "规模以上工业增加值");
    CHECK(t.quantity.bound == bound_kind::at_least);
    t = one("单位GDP能耗降低2.5%");
    CHECK(t.quantity.value == quantity(growth_rate(-2.5_dec)));
    CHECK(t.quantity.better == direction::lower_is_better);
    CHECK(t.metric == "单位GDP能耗");
    t = one("城镇调查失业率控制在5.5%以内");
    CHECK(t.quantity.bound == bound_kind::at_most);
    CHECK(t.metric == "城镇调查失业率");
    t = one("居民消费价格涨幅3%左右");
    CHECK(t.quantity.bound == bound_kind::around);
    t = one("研发经费投入强度提高0.2个百分点");
    CHECK(t.quantity.value == quantity(percentage_points(0.2_dec)));
    CHECK(t.metric == "研发经费投入强度");
    t = one("粮食产量保持在1.3万亿斤以上");
    CHECK(t.quantity.value.kind() == quantity_kind::other);
    CHECK(t.quantity.bound == bound_kind::at_least);
    CHECK(t.metric == "粮食产量");
    t = one("地区生产总值同比增长6%左右");
    CHECK(t.quantity.value == quantity(growth_rate(6_dec)));
    CHECK(t.quantity.bound == bound_kind::around);
    t = one("新增城镇就业不少于1200万人");
    CHECK(t.quantity.bound == bound_kind::at_least);
    CHECK(t.quantity.value.as<count>().value() == 12'000'000_dec);
    t = one("力争引进世界500强企业5至6个");
    CHECK(t.quantity.bound == bound_kind::range);
    CHECK(t.stretch);
    t = one("经济增长4.5%－5%");
    CHECK(t.quantity.bound == bound_kind::range);
    CHECK(*t.quantity.upper == quantity(growth_rate(5_dec)));
}

TEST_CASE("sections: review, then plan") {
    const std::string report = "一、2023年工作回顾\n新增就业3万人。\n二、2024年主要目标任务\n新增就业3.5万人以上。\n";
    const auto targets = extract_targets(report);
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].section == report_section::review);
    CHECK(targets[1].section == report_section::plan);
    CHECK(extract_targets("新增就业3万人")[0].section == report_section::unknown);
}

namespace {
// The "content" string of one JSON line (the corpus has only \n, \", \\, \/ and \t escapes
// besides plain UTF-8; \uXXXX is decoded for completeness).
std::string json_field(const std::string& line, const std::string& key) {
    const auto at = line.find("\"" + key + "\": \"");
    if (at == std::string::npos) return {};
    std::string out;
    for (std::size_t i = at + key.size() + 5; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') break;
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = line[++i];
        if (e == 'n') out += '\n';
        else if (e == 't') out += '\t';
        else if (e == 'r') out += '\r';
        else if (e == 'u') {
            const unsigned cp = static_cast<unsigned>(std::stoul(line.substr(i + 1, 4), nullptr, 16));
            i += 4;
            if (cp < 0x80) out += static_cast<char>(cp);
            else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
            else
                out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                    out += static_cast<char>(0x80 | (cp & 0x3F));
        } else out += e;
    }
    return out;
}
}  // namespace

TEST_CASE("72 national reports, 1954-2025: never throws, every target inside its text, plans found") {
    const std::string path = std::string(GOVTARGET_SOURCE_DIR) + "/../shared/corpus/national_government_work_reports.jsonl";
    std::ifstream in(path);
    if (!in) {
        MESSAGE("corpus not present beside the project: " << path);
        return;
    }
    std::string line;
    std::size_t reports = 0, targets = 0, plan = 0;
    // A digest of everything extracted, so that an optimisation that changes any output shows.
    std::uint64_t digest = 1469598103934665603ull;
    const auto feed = [&](std::string_view text) {
        for (const char c : text) digest = (digest ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        digest = (digest ^ 0xFF) * 1099511628211ull;
    };
    while (std::getline(in, line)) {
        const std::string content = json_field(line, "content");
        if (content.empty()) continue;
        ++reports;
        std::vector<extracted_target> found;
        CHECK_NOTHROW(found = extract_targets(content));
        for (const auto& t : found) {
            CHECK(t.quantity.begin <= t.quantity.number_begin);
            CHECK(t.quantity.end <= content.size());
            if (t.section == report_section::plan) ++plan;
            feed(t.quantity.value.to_exact_string());
            feed(to_string(t.quantity.bound));
            feed(t.metric);
            feed(to_string(t.section));
            feed(std::to_string(t.quantity.begin) + ":" + std::to_string(t.quantity.end) + (t.stretch ? "s" : ""));
        }
        targets += found.size();
    }
    MESSAGE(reports << " reports, " << targets << " target quantities, " << plan << " in plan sections, digest " << digest);
    CHECK(digest == GOVTARGET_CORPUS_DIGEST);
    CHECK(reports == 72);
    CHECK(plan > 1000);
}

TEST_CASE("a stretch tier that names nothing continues the target before it") {
    const auto growth = extract_targets("二、2024年主要目标\n地区生产总值增长5.5%左右，力争6%；一般公共预算收入增长5%，争取达到6.5%。");
    REQUIRE(growth.size() == 4);
    CHECK(growth[1].stretch);
    CHECK(growth[1].metric == "地区生产总值");
    CHECK(growth[1].quantity.value == quantity(growth_rate(6_dec)));  // a growth, as the target it stretches
    CHECK(growth[3].metric == "一般公共预算收入");
    CHECK(growth[3].quantity.value == quantity(growth_rate(6.5_dec)));
    std::vector<target_quantity> parts;
    add_extracted(parts, growth);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].stretch == quantity(growth_rate(6_dec)));
    CHECK(parts[1].stretch == quantity(growth_rate(6.5_dec)));
    // A share stays a share; a stretch in a new sentence does not reach back.
    const auto share_target = extract_targets("森林覆盖率达到60%，力争62%。力争5%。");
    REQUIRE(share_target.size() == 3);
    CHECK(share_target[1].metric == "森林覆盖率");
    CHECK(share_target[1].quantity.value == quantity::parse("62%"));
    CHECK(share_target[2].metric == "力争");
}

TEST_CASE("ten provinces' 2026 reports and three samples, against a careful human reading") {
    // tests/data/extract_gold_2026: 584 targets; benchmarks/extract_gold_score prints the details.
    test::gold_score total;
    for (const auto& doc : test::read_gold_directory(GOVTARGET_SOURCE_DIR "/tests/data/extract_gold_2026")) {
        const test::gold_score s = test::score_document(doc);
        MESSAGE(s.key << ": recall " << s.recall() << ", precision " << s.precision() << ", fully right " << s.right());
        total += s;
    }
    REQUIRE(total.gold == 584);
    MESSAGE("total: recall " << total.recall() << ", precision " << total.precision() << ", fully right " << total.right()
                             << " (as written " << total.right_as_written() << ")");
    // The level reached: a change that loses any of it shows here.
    CHECK(total.recall() >= 0.98);
    CHECK(total.precision() >= 0.95);
    CHECK(total.right() >= 0.90);
}

TEST_CASE("Traditional text reads as Simplified, its spans pointing into the original") {
    const std::string text = "報告指出，今年發展主要預期目標是：經濟增長4.5%－5%；城鎮新增就業1200萬人以上；糧食產量1.4萬億斤左右；"
                             "居民消費價格漲幅2%左右；單位國內生產總值二氧化碳排放降低3.8%左右。";
    const auto targets = extract_targets(text);
    REQUIRE(targets.size() == 5);
    CHECK(targets[0].metric_key == "地区生产总值");
    CHECK(targets[0].quantity.bound == bound_kind::range);
    CHECK(targets[1].quantity.value == quantity::parse("1200万人"));
    CHECK(targets[1].metric == "城镇新增就业");
    CHECK(text.substr(targets[1].quantity.number_begin, targets[1].quantity.number_end - targets[1].quantity.number_begin) == "1200萬人");
    CHECK(targets[2].quantity.bound == bound_kind::around);
    CHECK(targets[3].quantity.value == quantity(growth_rate(2_dec)));  // 漲幅: a growth
    CHECK(targets[4].quantity.value == quantity(growth_rate(-3.8_dec)));
    // Simplified text is left as it is: 著 and 於 are Simplified characters too.
    CHECK(extract_targets("显著提高，基于此，增长5%")[0].excerpt == "增长5%");
}

TEST_CASE("numbers that name the report's own agenda, a session, a class or the pace are not targets") {
    const auto kept = [](std::string_view text) {
        std::vector<std::string> out;
        for (const auto& t : extract_targets(text)) out.push_back(t.quantity.value.to_string());
        return out;
    };
    CHECK(kept("今年重点抓好5个方面、14个方面的工作。").empty());
    CHECK(kept("主要预期目标共28项指标，其中19项预期性指标、9项约束性指标。").empty());
    CHECK(kept("深入贯彻省委十三届7次全会精神。").empty());
    CHECK(kept("淘汰30万千瓦级煤电机组，关停10万千瓦及以下燃煤机组。").empty());
    CHECK(kept("列入本次督查通报的量化指标任务共55项。达到序时进度44项、占比80.0%。").empty());
    CHECK(kept("新建5G基站1万个。") == std::vector<std::string>{"1万个"});
}

TEST_CASE("named filter rules say why a number is not a target") {
    const std::string text = "各位代表：过去一年增长5%。\n深入贯彻省委十三届7次全会精神，办好3件事，新建5G基站1万个。";
    const detail::normalized_text normalized(text);
    const auto located = detail::locate_quantities(normalized, nullptr);
    const auto rules = detail::dropping_rules(normalized.text(), located, detail::quoted_spans(normalized.text()));
    REQUIRE(rules.size() == located.size());
    std::string named;
    for (std::size_t n = 0; n < rules.size(); ++n)
        named += located[n].read.value.to_string() + ":" + std::string(rules[n]) + " ";
    CHECK(named == "增长5%:address_to_delegates 7次:session_number 3件:agenda_count 1万个: ");
}

TEST_CASE("分别: each item its own name and the change word of the first") {
    const auto t = extract_targets("其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右。"
                                   "城乡居民人均可支配收入分别增长5%、6%。");
    REQUIRE(t.size() == 7);
    CHECK(t[0].metric == "一产增加值");
    CHECK(t[1].metric == "二产增加值");
    CHECK(t[2].metric == "三产增加值");
    CHECK(t[1].quantity.value == quantity(growth_rate(6_dec)));
    CHECK(t[2].quantity.bound == bound_kind::around);
    CHECK(t[3].metric == "城镇常住居民人均可支配收入");
    CHECK(t[4].metric == "农村常住居民人均可支配收入");
    CHECK(t[4].quantity.value == quantity(growth_rate(6_dec)));
    CHECK(t[5].metric == "城镇居民人均可支配收入");
    CHECK(t[6].metric == "农村居民人均可支配收入");
}

TEST_CASE("metrics as a person names them, with a key for matching") {
    const auto t = extract_targets("全省地区生产总值年均增长5%左右、迈上3万亿元台阶。力争完成交通投资800亿元。每个区至少建设1个高品质特色商圈。"
                                   "文旅产业增加值增长6%、旅游综合收入增长6%、入境过夜游客人数增长10%以上。");
    REQUIRE(t.size() == 7);
    CHECK(t[0].metric == "地区生产总值");
    CHECK(t[0].metric_key == "地区生产总值");
    CHECK(t[1].metric == t[0].metric);  // 台阶: the level the same indicator reaches
    CHECK(t[1].quantity.bound == bound_kind::at_least);
    CHECK(t[2].metric == "交通投资");
    CHECK(t[2].stretch);
    CHECK(t[3].quantity.bound == bound_kind::at_least);  // 至少 before the verb
    CHECK(t[4].quantity.bound == bound_kind::point);     // each item its own statement: 以上 stays with the last
    CHECK(t[5].quantity.bound == bound_kind::point);
    CHECK(t[6].quantity.bound == bound_kind::at_least);
}

TEST_CASE("an aspect alone is an aspect of what the sentence spoke of") {
    const auto t = extract_targets("确保粮食播种面积1530万亩、总产量125亿斤。建设“四单合一”产业项目3800个，总投资1万亿元以上。"
                                   "粮食产量1300万吨。总产量5%。");
    REQUIRE(t.size() == 6);
    CHECK(t[0].metric == "粮食播种面积");
    CHECK(t[1].metric == "粮食总产量");  // of 粮食, not of 粮食播种面积
    CHECK(t[3].metric_key == "四单合一产业项目总投资");
    CHECK(t[3].quantity.bound == bound_kind::at_least);
    CHECK(t[4].metric == "粮食产量");
    CHECK(t[5].metric == "总产量");  // another sentence: nothing to be an aspect of
}

TEST_CASE("a label before a colon names the line's quantities") {
    const auto t = extract_targets("二、主要指标\n1.地区生产总值(第1项):增长6.1%,低于目标0.9个百分点\n2.一般公共预算收入：增长3.9%。\n");
    REQUIRE(t.size() == 3);
    CHECK(t[0].metric == "地区生产总值");
    CHECK(t[1].metric == "地区生产总值");
    CHECK(t[1].quantity.value == quantity(percentage_points(-0.9_dec)));
    CHECK(t[2].metric == "一般公共预算收入");
}

TEST_CASE("a growth target named after the rate") {
    const auto t = extract_targets("确定4.5%左右的增长目标，在实际工作中努力争取更好结果。");
    REQUIRE(t.size() == 1);
    CHECK(t[0].metric == "增长目标");
    CHECK(t[0].metric_key == "地区生产总值");
    CHECK(t[0].quantity.value == quantity(growth_rate(4.5_dec)));
    CHECK(t[0].quantity.bound == bound_kind::around);
    // Only a verb may stand before it: a named indicator keeps its name.
    const auto named = extract_targets("居民收入增长5%的目标。");
    REQUIRE(named.size() == 1);
    CHECK(named[0].metric == "居民收入");
}

TEST_CASE("the plan part found from the structure of any report") {
    const auto sections = [](std::string_view text) {
        std::string out;
        for (const auto& t : extract_targets(text)) out += std::string(to_string(t.section)) + " ";
        return out;
    };
    // A heading's year against the report's: 2026年主要工作 plans in a 2026 report.
    CHECK(sections("一、2025年主要工作\n地区生产总值增长5.2%。\n二、2026年主要工作\n地区生产总值增长5%左右。\n") == "review plan ");
    // Unnumbered headings on lines of their own.
    CHECK(sections("各位代表：\n“十四五”时期发展成就和2025年工作回顾\n过去一年，面对复杂严峻的外部环境，我们坚持稳中求进，地区生产总值增长5.2%，城镇新增就业28万人，经济运行稳中向好。\n"
                   "“十五五”时期主要目标和2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业26万人以上，居民收入同步增长。\n") ==
          "review review plan plan ");
    // A review and a plan under one heading: the plan from the paragraph that opens it.
    CHECK(sections("一、1998年工作回顾和1999年工作的总体要求\n去年国内生产总值增长7.8%。\n1999年经济增长速度预期为7%左右。\n") ==
          "review plan ");
    // Headings that say neither: unknown, not a guess of plan.
    CHECK(sections("一、一张蓝图绘到底\n地区生产总值增长5%左右。\n") == "unknown ");
    // Achievements in a heading review, whatever verbs it has.
    CHECK(sections("一、一年接着一年干，新福建建设持续取得新进展新成效\n增长5.6%。\n二、全力推动开好局、起好步\n增长5%左右。\n") ==
          "review plan ");
}
