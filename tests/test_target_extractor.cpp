#include <govtarget/target_extractor.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace govtarget;

// The digest of the corpus extraction before the throughput work (tests below).
#define GOVTARGET_CORPUS_DIGEST 18104923037693338454ull

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
