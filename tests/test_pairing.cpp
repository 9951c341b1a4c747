// Targets paired with their results and judged: in a notice, and last year's report against
// this year's review; against careful human readings (tests/data/assess_gold).
#include <govtarget/pairing.hpp>
#include <govtarget/table_pairs.hpp>

#include <doctest/doctest.h>

#include "extract_gold.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace govtarget;
using test::slurp;
using test::split_on;

namespace {

const std::string gold_dir = std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/assess_gold/";


// Rows of a gold TSV as header → field maps.
std::vector<std::map<std::string, std::string>> read_tsv(const std::string& path) {
    const auto lines = split_on(slurp(path), '\n');
    const auto header = split_on(lines.at(0), '\t');
    std::vector<std::map<std::string, std::string>> rows;
    for (std::size_t k = 1; k < lines.size(); ++k) {
        if (lines[k].empty()) continue;
        const auto fields = split_on(lines[k], '\t');
        REQUIRE_MESSAGE(fields.size() == header.size(), path << ":" << k + 1);
        std::map<std::string, std::string> row;
        for (std::size_t f = 0; f < header.size(); ++f) row[header[f]] = fields[f];
        rows.push_back(row);
    }
    return rows;
}

// The pair a gold row names: its result written as the gold says, its target too (or none).
const target_pair* find_pair(const std::vector<target_pair>& pairs, const std::string& gold_actual, const std::string& gold_target) {
    for (const target_pair& p : pairs) {
        // The result as the gold writes it: as written, or its clause around the number (降幅超过3%).
        const text_quantity& q = p.result.figure.quantity;
        const bool written = p.result_text.find(gold_actual) != std::string::npos ||
                             (p.result.figure.excerpt.find(gold_actual) != std::string::npos &&
                              gold_actual.find(q.value_text + q.unit_text) != std::string::npos);
        if (!written) continue;
        const bool has_target = p.target || p.linked;
        if (gold_target.empty() == has_target) continue;
        if (has_target && p.target_text.find(gold_target) == std::string::npos &&
            (!p.target || p.target->excerpt.find(gold_target) == std::string::npos))
            continue;
        return &p;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a result held against its target: direction, tolerance, kind") {
    const std::string text = "二、2024年主要目标\n城镇登记失业率控制在4.5%以内，地区生产总值增长5.5%左右，居民消费价格涨幅3%左右，"
                             "固定资产投资740亿元以上。";
    const auto targets = extract_targets(text);
    REQUIRE(targets.size() == 4);
    const auto result = [](std::string text, std::optional<period> of = period::parse("2024年")) {
        const auto figures = extract_targets(text);
        REQUIRE(!figures.empty());
        return read_results(text, figures, of).at(0);
    };
    SUBCASE("lower is better where the bound or the metric says so") {
        const target_pair unemployment = judge(targets[0], result("一、2024年工作回顾\n城镇登记失业率2.37%。"));
        CHECK(unemployment.verdict == pair_verdict::met);
        CHECK(gap_text(unemployment) == "+2.13个百分点");
        const target_pair prices = judge(targets[2], result("一、2024年工作回顾\n居民消费价格上涨2.1%。"));
        CHECK(prices.verdict == pair_verdict::met);
        CHECK(gap_text(prices) == "+0.9个百分点");
    }
    SUBCASE("左右: within 0.5 points below is within tolerance; further is not met") {
        CHECK(judge(targets[1], result("一、回顾\n地区生产总值增长5.2%。")).verdict == pair_verdict::within_tolerance);
        const target_pair missed = judge(targets[1], result("一、回顾\n地区生产总值增长3.3%。"));
        CHECK(missed.verdict == pair_verdict::not_met);
        CHECK(gap_text(missed) == "-2.2个百分点");
        CHECK(missed.rule == judging_rule::direct);
    }
    SUBCASE("an amount for the whole year is judged directly, with the gap in money") {
        const target_pair investment = judge(targets[3], result("一、回顾\n完成固定资产投资728亿元。"));
        CHECK(investment.verdict == pair_verdict::not_met);
        CHECK(gap_text(investment) == "-12亿元");
    }
    SUBCASE("an amount for part of the year is held against the pace") {
        const target_pair half = judge(targets[3], result("上半年，完成固定资产投资333亿元。", period::parse("2024年")));
        CHECK(half.rule == judging_rule::pace);
        REQUIRE(half.pace);
        CHECK(*half.pace == exact_share(fraction(50)));
        CHECK(half.verdict == pair_verdict::not_met);  // 333/740 = 45%
        CHECK(gap_text(half) == "-5个百分点");
        const target_pair ahead = judge(targets[3], result("1-9月，完成固定资产投资592亿元。", period::parse("2024年")));
        CHECK(ahead.verdict == pair_verdict::met);  // 80% against 75%
        CHECK(gap_text(ahead) == "+5个百分点");
    }
    SUBCASE("a growth rate for part of the year is judged directly") {
        const target_pair growth = judge(targets[1], result("上半年，地区生产总值增长6%。"));
        CHECK(growth.rule == judging_rule::direct);
        REQUIRE(growth.result.of);
        CHECK(growth.result.of->to_string() == "2024年上半年");
        CHECK(growth.verdict == pair_verdict::met);
    }
    SUBCASE("an amount against a growth target is not comparable, never guessed") {
        const target_pair amount = judge(targets[1], result("一、回顾\n地区生产总值2291.5亿元。"));
        CHECK(amount.verdict == pair_verdict::not_comparable);
        CHECK(gap_text(amount).empty());
        CHECK(amount.note.find("base") != std::string::npos);
    }
}

TEST_CASE("gaps the document states: read with their sign, checked against the computed gap") {
    SUBCASE("a stated gap with no target written is the verdict's ground") {
        const auto pairs = pairs_in_notice("2019年前三季度落实情况\n1.地区生产总值(第1项):增长6.1%,低于目标0.9个百分点。\n"
                                           "2.规模以上工业增加值:增长10.1%,高于目标2.1个百分点。");
        REQUIRE(pairs.size() == 2);
        CHECK(!pairs[0].target);
        CHECK(pairs[0].metric == "地区生产总值");
        CHECK(pairs[0].verdict == pair_verdict::not_met);
        CHECK(gap_text(pairs[0]) == "-0.9个百分点");
        CHECK(pairs[0].result.of->to_string() == "2019年1-9月");
        CHECK(pairs[1].verdict == pair_verdict::met);
        CHECK(gap_text(pairs[1]) == "+2.1个百分点");
    }
    SUBCASE("a share of the annual target against the pace") {
        const auto pairs = pairs_in_notice("2019年前三季度\n实际利用外资:实际到资3.73亿美元,完成年度目标的53.3%,低于目标21.7个百分点。");
        REQUIRE(pairs.size() == 1);
        CHECK(pairs[0].rule == judging_rule::pace);
        CHECK(pairs[0].verdict == pair_verdict::not_met);
        CHECK(gap_text(pairs[0]) == "-21.7个百分点");
        CHECK(!pairs[0].stated_gap_disagrees);  // 53.3 − 75 = −21.7
    }
    SUBCASE("a stated gap that disagrees with the figures is reported") {
        const auto pairs = pairs_in_notice("2023年上半年\n目标：地区生产总值增长6%左右。上半年，地区生产总值增长5%，低于目标2个百分点。");
        REQUIRE(pairs.size() == 1);
        REQUIRE(pairs[0].target);
        CHECK(gap_text(pairs[0]) == "-1个百分点");
        CHECK(pairs[0].stated_gap_disagrees);
        CHECK(pairs[0].note.find("-2个百分点") != std::string::npos);
    }
}

TEST_CASE("a notice restates a target, then states the result") {
    const auto pairs = pairs_in_notice("2024年上半年重点任务进展\n目标任务：引进世界500强企业投资项目不少于3个。"
                                       "进展：上半年，引进世界500强企业投资项目3个。");
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].verdict == pair_verdict::met);
    CHECK(pairs[0].rule == judging_rule::pace);  // a count for half a year: 3 of 3 against 50%
    CHECK(gap_text(pairs[0]) == "+50个百分点");
}

TEST_CASE("no pair between two indicators, however alike their words") {
    const auto pairs = pairs_in_notice("2024年\n目标：一般公共预算收入增长5%以上。全年税收收入增长6%，地区生产总值增长5.2%。");
    CHECK(pairs.empty());
}

TEST_CASE("the samples of other governments, against a careful reading") {
    const auto gold = read_tsv(gold_dir + "samples.tsv");
    std::map<std::string, std::vector<target_pair>> found;
    std::size_t expected = 0, right = 0;
    for (const auto& row : gold) {
        const std::string& file = row.at("file");
        if (file.rfind("001_", 0) == 0) continue;  // the 拱墅 table: table_pairs
        const std::string text = slurp(gold_dir + "samples/" + file);
        if (!found.count(file)) found[file] = pairs_in_document(text, file);
        if (row.at("metric") == "-") {
            // No pair a careful reader finds: none may be found.
            CHECK_MESSAGE(found[file].empty(), file);
            continue;
        }
        ++expected;
        const target_pair* p = find_pair(found[file], row.at("actual"), row.at("target"));
        if (!p) {
            MESSAGE("not found: " << file << " " << row.at("metric") << " " << row.at("actual"));
            continue;
        }
        const bool same = to_string(p->verdict) == row.at("verdict") && to_string(p->rule) == row.at("rule") &&
                          gap_text(*p) == row.at("gap") && p->result.of &&
                          p->result.of->first_day() == period::parse(row.at("period")).first_day() &&
                          p->result.of->last_day() == period::parse(row.at("period")).last_day();
        CHECK_MESSAGE(same, file << " " << row.at("metric") << ": " << to_string(p->verdict) << " " << gap_text(*p));
        right += same;
    }
    MESSAGE(right << " of " << expected << " pairs found and judged right");
    CHECK(expected == 16);
    CHECK(right == expected);
    std::size_t pairs = 0;
    for (const auto& [file, list] : found) pairs += list.size();
    CHECK(pairs == expected);  // and nothing else
}

TEST_CASE("national reports 2015-2025: last year's targets against this year's review") {
    const auto gold = read_tsv(gold_dir + "national_2015_2025.tsv");
    const auto others = read_tsv(gold_dir + "national_other_pairs.tsv");
    std::size_t expected = 0, right = 0, found_total = 0;
    std::set<std::string> years;
    for (const auto& row : gold) years.insert(row.at("target_year"));
    for (const std::string& year : years) {
        const std::string next = std::to_string(std::stoi(year) + 1);
        const std::string last_path = gold_dir + "national/" + year + ".txt", this_path = gold_dir + "national/" + next + ".txt";
        if (!std::filesystem::exists(last_path) || !std::filesystem::exists(this_path)) {
            for (const auto& row : gold)
                if (row.at("target_year") == year) CHECK_MESSAGE(row.at("verdict") == "unpaired", year << " " << row.at("metric"));
            continue;
        }
        const std::string last = slurp(last_path), current = slurp(this_path);
        const auto pairs = pairs_across_reports(last, current);
        found_total += pairs.size();
        std::vector<bool> accounted(pairs.size(), false);
        const auto account = [&](const target_pair* p) {
            if (p) accounted[static_cast<std::size_t>(p - pairs.data())] = true;
        };
        for (const auto& row : gold) {
            if (row.at("target_year") != year) continue;
            const std::string& verdict = row.at("verdict");
            if (verdict == "unpaired" || verdict == "not_comparable") {
                // Nothing stated, or only in words: no pair may be made for this target.
                for (const target_pair& p : pairs)
                    CHECK_MESSAGE(!(p.target && p.target->excerpt.find(row.at("target")) != std::string::npos &&
                                    p.metric_key == metric_key(row.at("metric"))),
                                  year << " " << row.at("metric") << " paired with " << p.result_text);
                continue;
            }
            ++expected;
            const target_pair* p = find_pair(pairs, row.at("actual"), row.at("target"));
            account(p);
            if (!p) {
                MESSAGE("not found: " << year << " " << row.at("metric") << " " << row.at("target") << " → " << row.at("actual"));
                continue;
            }
            const bool same = to_string(p->verdict) == verdict && gap_text(*p) == row.at("gap");
            CHECK_MESSAGE(same, year << " " << row.at("metric") << ": " << to_string(p->verdict) << " " << gap_text(*p));
            right += same;
        }
        // Every other pair found is one a careful reading confirmed (national_other_pairs.tsv).
        for (const auto& row : others) {
            if (row.at("target_year") != year) continue;
            const target_pair* p = find_pair(pairs, row.at("actual"), row.at("target"));
            CHECK_MESSAGE(p, "confirmed pair not found: " << year << " " << row.at("metric"));
            if (p) CHECK(to_string(p->verdict) == row.at("verdict"));
            if (p) CHECK(gap_text(*p) == row.at("gap"));
            account(p);
        }
        for (std::size_t k = 0; k < pairs.size(); ++k)
            CHECK_MESSAGE(accounted[k], "a pair no reading confirms: " << year << " " << pairs[k].metric << " " << pairs[k].target_text
                                                                       << " → " << pairs[k].result_text << " " << to_string(pairs[k].verdict)
                                                                       << " " << gap_text(pairs[k]));
    }
    MESSAGE(right << " of " << expected << " main targets paired and judged right; " << found_total << " pairs in all");
    CHECK(expected == 36);
    CHECK(right == expected);
}
