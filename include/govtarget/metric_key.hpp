#pragma once
// The same indicator, however a document names it: a key for matching metrics across
// documents and years, with the name as written kept beside it. 全省地区生产总值, GDP增速 and
// 国内生产总值 share the key 地区生产总值; 新建5G基站 and 5G基站 the key 5G基站. The words are
// data: metric_words() is the vocabulary the key uses, and a program adds its own in one line:
//
//   govtarget::metric_words().add_synonym("地区生产总值", "全县经济总量");
//
// A key is made by: quotes, spaces and bracket widths taken out; leading words that do not
// name the indicator (region words, action verbs) and trailing change words (增长, 增速,
// 涨幅) stripped; each synonym replaced by its group's name, longest first.

#include <govtarget/detail/utf8.hpp>
#include <govtarget/detail/word_match.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget {

class metric_vocabulary {
public:
    // Every variant of a group becomes its name in keys (the name itself included).
    metric_vocabulary& add_synonym(std::string_view name, std::string_view variant) {
        const std::string n = clean(name), v = clean(variant);
        if (n.empty() || v.empty()) throw std::domain_error("govtarget::metric_vocabulary: an empty metric name");
        const auto same = [&](const auto& s) { return s.first == v; };
        if (const auto it = std::find_if(synonyms_.begin(), synonyms_.end(), same); it != synonyms_.end()) it->second = n;
        else synonyms_.emplace_back(v, n);
        if (std::find_if(synonyms_.begin(), synonyms_.end(), [&](const auto& s) { return s.first == n; }) == synonyms_.end())
            synonyms_.emplace_back(n, n);
        // Longest first, so that 地区生产总值 is replaced whole before 生产总值 could be.
        std::stable_sort(synonyms_.begin(), synonyms_.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        for (auto& bucket : by_first_byte_) bucket.clear();
        for (std::size_t k = 0; k < synonyms_.size(); ++k)
            by_first_byte_[static_cast<unsigned char>(synonyms_[k].first[0])].push_back(k);
        return *this;
    }
    metric_vocabulary& add_synonyms(std::string_view name, std::initializer_list<std::string_view> variants) {
        for (std::string_view v : variants) add_synonym(name, v);
        return *this;
    }
    // A variant that means the group only as the whole metric: 经济 (of 经济增长) is 地区生产总值,
    // but not inside 数字经济核心产业增加值.
    metric_vocabulary& add_whole_synonym(std::string_view name, std::string_view variant) {
        const std::string n = clean(name), v = clean(variant);
        if (n.empty() || v.empty()) throw std::domain_error("govtarget::metric_vocabulary: an empty metric name");
        whole_.emplace_back(v, n);
        return *this;
    }
    // A word in front of a metric that does not name the indicator: 全省, 完成, 新建.
    metric_vocabulary& add_leading_word(std::string_view word) { return add_word(leading_, word); }
    // A word after a metric that says how it changes, not what it is: 增长, 增速, 涨幅.
    metric_vocabulary& add_trailing_word(std::string_view word) { return add_word(trailing_, word); }

    // The key of a metric as written; empty for an empty metric.
    [[nodiscard]] std::string key(std::string_view metric) const {
        std::string text = clean(metric);
        strip(text);
        for (const auto& [variant, name] : whole_)
            if (text == variant) text = name;
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size();) {
            const std::string_view rest = std::string_view(text).substr(i);
            const auto& bucket = by_first_byte_[static_cast<unsigned char>(text[i])];
            const auto match = std::find_if(bucket.begin(), bucket.end(),
                                            [&](std::size_t k) { return detail::begins_with(rest, synonyms_[k].first); });
            if (match != bucket.end()) {
                out += synonyms_[*match].second;
                i += synonyms_[*match].first.size();
            } else {
                const std::size_t width = std::max<std::size_t>(detail::valid_sequence_length(text, i), 1);
                out.append(text, i, width);
                i += width;
            }
        }
        return out.empty() ? text : out;
    }

    // A word that makes a metric one where lower is better: 失业率, 能耗, 浓度. A target's
    // bound still decides where it says (以上, 以内); this decides 左右 and plain numbers.
    metric_vocabulary& add_lower_is_better(std::string_view word) { return add_word(lower_is_better_, word); }
    [[nodiscard]] bool lower_is_better(std::string_view metric) const {
        const std::string text = clean(metric);
        return std::any_of(lower_is_better_.begin(), lower_is_better_.end(),
                           [&](const std::string& w) { return text.find(w) != std::string::npos; });
    }

    [[nodiscard]] const std::vector<std::string>& leading_words() const noexcept { return leading_; }
    [[nodiscard]] const std::vector<std::string>& trailing_words() const noexcept { return trailing_; }

private:
    metric_vocabulary& add_word(std::vector<std::string>& words, std::string_view word) {
        const std::string w = clean(word);
        if (w.empty()) throw std::domain_error("govtarget::metric_vocabulary: an empty word");
        if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
        std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        return *this;
    }

    // Without spaces, quotes and underscores; brackets and letters in ASCII width, letters upper case.
    static std::string clean(std::string_view text) {
        static constexpr std::pair<std::string_view, std::string_view> replaced[] = {
            {"（", "("}, {"）", ")"}, {"“", ""}, {"”", ""}, {"‘", ""}, {"’", ""}, {"「", ""}, {"」", ""}, {"《", ""},
            {"》", ""}, {"\"", ""}, {"'", ""}, {" ", ""}, {"\t", ""}, {"\xE3\x80\x80", ""}, {"\xC2\xA0", ""}, {"_", ""},
            {"．", "."}};
        // Only these bytes start something replaced: the others are copied without a search.
        const auto may_replace = [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b == 0xE2 || b == 0xE3 || b == 0xEF || b == 0xC2 || c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '_';
        };
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size();) {
            if (!may_replace(text[i])) {
                out += (text[i] >= 'a' && text[i] <= 'z') ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
                ++i;
                continue;
            }
            const std::string_view rest = text.substr(i);
            const auto r = std::find_if(std::begin(replaced), std::end(replaced), [&](const auto& p) { return detail::begins_with(rest, p.first); });
            if (r != std::end(replaced)) {
                out += r->second;
                i += r->first.size();
                continue;
            }
            // Full-width ASCII (Ａ, ２) as ASCII.
            if (rest.size() >= 3 && rest[0] == '\xEF' && (rest[1] == '\xBC' || rest[1] == '\xBD')) {
                const unsigned code = 0xFF00u + (rest[1] == '\xBD' ? 0x40u : 0u) + (static_cast<unsigned char>(rest[2]) - 0x80u);
                if (code >= 0xFF01 && code <= 0xFF5E) {
                    out += static_cast<char>(code - 0xFF01 + 0x21);
                    i += 3;
                    continue;
                }
            }
            out += (rest[0] >= 'a' && rest[0] <= 'z') ? static_cast<char>(rest[0] - 'a' + 'A') : rest[0];
            ++i;
        }
        return out;
    }

    void strip(std::string& text) const {
        for (bool changed = true; changed;) {
            changed = false;
            for (const std::string& w : leading_)
                if (text.size() > w.size() && detail::begins_with(text, w)) {
                    text.erase(0, w.size());
                    changed = true;
                    break;
                }
            for (const std::string& w : trailing_)
                if (text.size() > w.size() && detail::finishes_with(text, w)) {
                    text.erase(text.size() - w.size());
                    changed = true;
                    break;
                }
        }
    }

    std::vector<std::pair<std::string, std::string>> synonyms_;  // (variant, group name), longest first
    std::array<std::vector<std::size_t>, 256> by_first_byte_;      // synonyms_ by first byte, in order
    std::vector<std::pair<std::string, std::string>> whole_;
    std::vector<std::string> leading_, trailing_, lower_is_better_;
};

// The metric words govtarget knows, as shipped.
inline const metric_vocabulary& default_metric_words() {
    static const metric_vocabulary words = [] {
        metric_vocabulary v;
        // Region words and what is done, before the indicator: 全省, 完成, 实施.
        for (std::string_view w : {"全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全国", "我省", "我市", "我区", "我县",
                                   "本市", "本区", "全社会", "新增", "新开工", "新引进", "新打造", "引进", "完成", "实施", "实现",
                                   "落实", "开展", "举办", "推进", "推动", "打造", "创建", "培育", "安排", "开工", "落地", "谋划",
                                   "筹措", "筹集", "供应", "累计", "年均", "全年", "维护", "开发", "新开发", "开设", "组建", "启动",
                                   "部署", "取得", "提供", "支持", "升级", "开通", "新开通", "运行", "和", "及", "、", "加快",
                                   "持续", "深入", "大力", "积极", "预计"})
            v.add_leading_word(w);
        // How the indicator changes, after it: 增长, 增速, 总量.
        for (std::string_view w : {"年均增长", "增长率", "增长", "增速", "增幅", "涨幅", "降幅", "平均", "全年", "年均", "总量", "规模", "整合", "建成投产",
                                   "投产", "开行", "选派", "及", "和", "实现", "完成", "更新", "更新改造"})
            v.add_trailing_word(w);
        // Building work, on either side of what is built: 新建改扩建公办幼儿园 and
        // 公办幼儿园新建改扩建 are one indicator, as are 治理小流域 and 小流域治理. (更新 only
        // after: 更新项目 are renewal projects.)
        for (std::string_view w : {"新建", "改建", "扩建", "改扩建", "新改建", "建设", "建成", "改造", "提升", "改造提升", "提质",
                                   "提质改造", "维修", "维修改造", "治理", "综合治理", "修复", "整治"}) {
            v.add_leading_word(w);
            v.add_trailing_word(w);
        }
        v.add_synonyms("地区生产总值", {"GDP", "国内生产总值", "全区生产总值", "全市生产总值", "全省生产总值", "全县生产总值",
                                        "生产总值"});
        v.add_whole_synonym("地区生产总值", "经济");
        for (std::string_view goal : {"经济增长目标", "预期增长目标", "增长目标", "增速目标", "增长预期目标"})
            v.add_whole_synonym("地区生产总值", goal);  // 确定5%左右的增长目标: the report's own
        v.add_synonyms("居民消费价格", {"CPI", "居民消费价格指数", "消费价格"});
        v.add_whole_synonym("居民消费价格", "物价");
        v.add_synonyms("社会消费品零售总额", {"社零总额", "社零额", "社会消费品零售额"});
        v.add_synonyms("一般公共预算收入", {"地方一般公共预算收入", "一般预算收入", "地方财政一般公共预算收入"});
        v.add_synonyms("规模以上工业增加值", {"规上工业增加值", "规模以上工业企业增加值"});
        v.add_synonyms("研发经费", {"R&D经费", "R&D研发经费", "研究与试验发展经费", "R&D经费投入", "研发经费投入", "研发投入"});
        v.add_synonyms("进出口总额", {"外贸进出口", "货物进出口总额", "进出口", "外贸进出口总额", "货物贸易进出口"});
        v.add_synonyms("实际利用外资", {"实际使用外资", "实际使用外资金额"});
        v.add_synonyms("PM2.5", {"细颗粒物(PM2.5)", "细颗粒物"});
        v.add_synonyms("单位地区生产总值能耗", {"能耗强度", "单位GDP能耗", "万元GDP能耗", "万元地区生产总值能耗",
                                                "单位生产总值能耗", "单位国内生产总值能耗"});
        v.add_synonyms("城镇调查失业率", {"调查失业率", "全国城镇调查失业率"});
        v.add_synonyms("城镇登记失业率", {"登记失业率"});
        v.add_synonyms("城镇新增就业", {"新增城镇就业", "城镇就业"});
        // Indicators where less is better: unemployment, prices, energy use, emissions, losses.
        for (std::string_view w : {"失业率", "居民消费价格", "物价", "能耗", "水耗", "排放", "浓度", "赤字", "负债率",
                                   "不良贷款率", "死亡", "事故", "发生率", "亡人"})
            v.add_lower_is_better(w);
        v.add_synonyms("城乡居民收入", {"居民人均可支配收入", "城乡居民人均可支配收入"});
        return v;
    }();
    return words;
}

// The vocabulary metric keys use by default: the shipped words plus any a program adds.
// Change it before extracting on several threads; extracting only reads it.
inline metric_vocabulary& metric_words() {
    static metric_vocabulary words = default_metric_words();
    return words;
}

// The key of a metric under the default vocabulary.
[[nodiscard]] inline std::string metric_key(std::string_view metric) { return metric_words().key(metric); }

}  // namespace govtarget
