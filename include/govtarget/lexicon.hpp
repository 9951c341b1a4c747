#pragma once
// The words govtarget reads numbers and targets by, in one place: Chinese numerals and
// magnitudes, signs, range and bound words before and after a number, change words,
// currencies, the units that make a number a date or a name (the quantity reader's), and the
// words around a target — stretch, list-item and naming verbs, aspects, section headings (the
// extractor's). Adding a word is one row here. (Status words of completion tables and metric
// synonyms are vocabularies a program extends at run time: status_words(), metric_words().)
//
// Bound words are read as 民法典 art. 1259 reads them: 以上、以下、以内、届满 include the number;
// 不满、超过、以外 do not. 大于/小于/高于/低于 exclude it; 不小于/不大于/不低于/不高于/不少于/
// 不超过 include it; 逾/超 exclude it ("more than").

#include <govtarget/measure.hpp>
#include <govtarget/target.hpp>
#include <govtarget/text_quantity.hpp>

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

namespace govtarget {

namespace lexicon {

// ---- Chinese numerals ----------------------------------------------------------------

struct numeral_digit {
    std::string_view text;
    int value;
};
// The digits. 零/〇 are zero: inside a number (一千零十) a place skipped; 〇 also in years
// written digit by digit (二〇二四年).
inline constexpr auto chinese_digits = std::to_array<numeral_digit>({
    {"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
    {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9},
});

struct numeral_magnitude {
    std::string_view text;
    int exponent;
    bool sectional;  // 万 and 亿 close a section (一万五千亿: (一万五千)×亿); 十百千 do not
};
// The places inside a Chinese numeral (三千一百七十八) and the section magnitudes (万, 亿),
// which stack (四万亿 = 4·10^12). Traditional forms read as the simplified ones.
inline constexpr auto chinese_magnitudes = std::to_array<numeral_magnitude>({
    {"十", 1, false}, {"百", 2, false}, {"千", 3, false},
    {"万", 4, true},  {"萬", 4, true},  {"亿", 8, true}, {"億", 8, true},
});

// Magnitudes written after Arabic digits (8千元, 3万4000元, 1.3万亿斤, 2百万元). They stack:
// 百万 = 10^6. A unit spelled with one (万元, 千米, 千瓦, 百分点) is read as that unit first.
inline constexpr auto arabic_magnitudes = std::to_array<numeral_magnitude>({
    {"百", 2, false}, {"千", 3, false}, {"万", 4, true}, {"萬", 4, true}, {"亿", 8, true}, {"億", 8, true},
});

// The decimal point of a Chinese numeral: 三点五.
inline constexpr std::string_view chinese_point = "点";

// ---- Signs, fractions, ranges --------------------------------------------------------

// A minus sign right before a number: -22.2%, －3.9%, −3.9%, 负3.9%.
inline constexpr auto minus_signs = std::to_array<std::string_view>({"-", "－", "−", "负"});
// Words ending in 负 that are no sign: 减负237亿元 is a burden cut by 237亿元, 降低企业税负5700亿元
// a tax burden lowered, 正负 is ±.
inline constexpr auto words_ending_in_fu = std::to_array<std::string_view>({
    "减负", "正负", "担负", "胜负", "抱负", "辜负", "自负", "欺负", "肩负", "身负", "背负", "负负", "降负", "轻负",
    "税负", "费负", "重负", "不负", "所负", "清负", "债负",
});

struct fraction_word {
    std::string_view text;
    int per;  // 100: percent, 1000: per mille
};
// A fraction written in words before the number: 百分之五 = 5%, 千分之一 = 1‰.
inline constexpr auto fraction_words = std::to_array<fraction_word>({{"百分之", 100}, {"千分之", 1000}});

// 成 after a number: tenths (九成 = 90%). Read only where the word ends there or a bound or
// particle follows; 一成不变 and 三五成群 are idioms.
inline constexpr std::string_view tenths_word = "成";

// Between the two ends of a range: 1-2个, 5%～6%, 1万元至5万元.
inline constexpr auto range_separators = std::to_array<std::string_view>({"-", "~", "—", "–", "至", "到", "－", "～", "〜", "−"});

// A range said with 之间 after it: 在3%和5%之间, 介于3%与5%之间; only with 之间 is 和 a range.
inline constexpr auto between_openers = std::to_array<std::string_view>({"介于", "处于", "在"});
inline constexpr auto between_joiners = std::to_array<std::string_view>({"和", "与", "至", "到", "-", "~", "～", "－", "—"});
inline constexpr std::string_view between_closer = "之间";

// An end of a range marked as included: 1万(含)-5万元.
inline constexpr auto inclusion_marks = std::to_array<std::string_view>({"(含)", "（含）"});

// 多 / 余 between a number and its unit (5000多个, 100余家): more than the number.
inline constexpr auto more_than_words = std::to_array<std::string_view>({"多", "余"});

// ---- Bound and change words ----------------------------------------------------------

struct word_before_number {
    std::string_view text;
    bound_kind bound;
    bool inclusive;
    change_word change;
    bool sets_bound;     // false: only a change word
    gap_reference gap = gap_reference::none;  // a stated gap: 个 after it is 个百分点 (超时间进度16.84个)
};

// Before the number. The longest word that ends right before the number wins, so 不低于 is
// not read as 低于 and 大约 not as 约. A change word and a bound word can both stand there
// (增长约5%, 控制在…): the reader looks twice.
inline constexpr auto words_before_number = std::to_array<word_before_number>({
    // change words
    {"同比增长", bound_kind::point, true, change_word::increase, false},
    {"同比下降", bound_kind::point, true, change_word::decrease, false},
    {"年均增长", bound_kind::point, true, change_word::increase, false},
    {"增长", bound_kind::point, true, change_word::increase, false},
    {"增加", bound_kind::point, true, change_word::increase, false},
    {"上升", bound_kind::point, true, change_word::increase, false},
    {"上涨", bound_kind::point, true, change_word::increase, false},
    {"下跌", bound_kind::point, true, change_word::decrease, false},
    {"提高", bound_kind::point, true, change_word::increase, false},
    {"提升", bound_kind::point, true, change_word::increase, false},
    {"下降", bound_kind::point, true, change_word::decrease, false},
    {"降低", bound_kind::point, true, change_word::decrease, false},
    {"压减", bound_kind::point, true, change_word::decrease, false},
    {"压降", bound_kind::point, true, change_word::decrease, false},
    {"减少", bound_kind::point, true, change_word::decrease, false},
    {"回落", bound_kind::point, true, change_word::decrease, false},
    // a level reached: the number is where it arrives
    {"提高到", bound_kind::point, true, change_word::none, true},
    {"提高至", bound_kind::point, true, change_word::none, true},
    {"提升到", bound_kind::point, true, change_word::none, true},
    {"提升至", bound_kind::point, true, change_word::none, true},
    {"增加到", bound_kind::point, true, change_word::none, true},
    {"增加至", bound_kind::point, true, change_word::none, true},
    {"增至", bound_kind::point, true, change_word::none, true},
    {"达到", bound_kind::point, true, change_word::none, true},
    {"跃上", bound_kind::point, true, change_word::none, true},
    {"迈上", bound_kind::point, true, change_word::none, true},
    {"下降到", bound_kind::point, true, change_word::decrease, true},
    {"下降至", bound_kind::point, true, change_word::decrease, true},
    {"降低到", bound_kind::point, true, change_word::decrease, true},
    {"降低至", bound_kind::point, true, change_word::decrease, true},
    {"减少到", bound_kind::point, true, change_word::decrease, true},
    {"降至", bound_kind::point, true, change_word::decrease, true},
    {"降到", bound_kind::point, true, change_word::decrease, true},
    {"回落到", bound_kind::point, true, change_word::decrease, true},
    {"回落至", bound_kind::point, true, change_word::decrease, true},
    {"压减至", bound_kind::point, true, change_word::decrease, true},
    {"压降至", bound_kind::point, true, change_word::decrease, true},
    // at least
    {"不低于", bound_kind::at_least, true, change_word::none, true},
    {"不少于", bound_kind::at_least, true, change_word::none, true},
    {"不小于", bound_kind::at_least, true, change_word::none, true},
    {"至少", bound_kind::at_least, true, change_word::none, true},
    {"突破", bound_kind::at_least, true, change_word::none, true},
    {"保持在", bound_kind::at_least, true, change_word::none, true},
    {"稳定在", bound_kind::at_least, true, change_word::none, true},
    {"超过", bound_kind::at_least, false, change_word::none, true},
    {"大于", bound_kind::at_least, false, change_word::none, true},
    {"高于", bound_kind::at_least, false, change_word::none, true},
    {"多于", bound_kind::at_least, false, change_word::none, true},
    {"超", bound_kind::at_least, false, change_word::none, true},
    {"逾", bound_kind::at_least, false, change_word::none, true},
    // at most
    {"不超过", bound_kind::at_most, true, change_word::none, true},
    {"不高于", bound_kind::at_most, true, change_word::none, true},
    {"不大于", bound_kind::at_most, true, change_word::none, true},
    {"不多于", bound_kind::at_most, true, change_word::none, true},
    {"控制在", bound_kind::at_most, true, change_word::none, true},
    {"低于", bound_kind::at_most, false, change_word::none, true},
    {"小于", bound_kind::at_most, false, change_word::none, true},
    {"少于", bound_kind::at_most, false, change_word::none, true},
    {"不满", bound_kind::at_most, false, change_word::none, true},
    {"不足", bound_kind::at_most, false, change_word::none, true},
    {"不到", bound_kind::at_most, false, change_word::none, true},
    // a gap to the target or the pace, with its sign: 低于目标0.9个百分点 is -0.9
    {"低于目标", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"低于预期目标", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"低于目标任务", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"塌目标", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"落后目标", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"低于时间进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"落后时间进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"低于序时进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"落后序时进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"慢于序时进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"低于年度目标", bound_kind::point, true, change_word::decrease, false, gap_reference::target},
    {"慢于时间进度", bound_kind::point, true, change_word::decrease, false, gap_reference::pace},
    {"高于目标", bound_kind::point, true, change_word::increase, false, gap_reference::target},
    {"高于预期目标", bound_kind::point, true, change_word::increase, false, gap_reference::target},
    {"高于年度目标", bound_kind::point, true, change_word::increase, false, gap_reference::target},
    {"快于时间进度", bound_kind::point, true, change_word::increase, false, gap_reference::pace},
    {"超目标", bound_kind::point, true, change_word::increase, false, gap_reference::target},
    {"超出目标", bound_kind::point, true, change_word::increase, false, gap_reference::target},
    {"超时间进度", bound_kind::point, true, change_word::increase, false, gap_reference::pace},
    {"超序时进度", bound_kind::point, true, change_word::increase, false, gap_reference::pace},
    {"快于序时进度", bound_kind::point, true, change_word::increase, false, gap_reference::pace},
    {"高于时间进度", bound_kind::point, true, change_word::increase, false, gap_reference::pace},
    // around
    {"大约", bound_kind::around, true, change_word::none, true},
    {"约为", bound_kind::around, true, change_word::none, true},
    {"约", bound_kind::around, true, change_word::none, true},
    {"将近", bound_kind::around, true, change_word::none, true},
    {"接近", bound_kind::around, true, change_word::none, true},
    {"近", bound_kind::around, true, change_word::none, true},
});

// Words ending in one of the words above that are not it: 最近 and 附近 are not 近 (about),
// 节约 and 签约 not 约.
inline constexpr auto not_words_before_number = std::to_array<std::string_view>({
    "最近", "附近", "邻近", "靠近", "就近", "节约", "签约", "制约", "履约", "合约", "集约", "预约", "特约", "违约",
    "公约", "条约", "相约", "赶超", "高超",
});

struct word_after_number {
    std::string_view text;
    bound_kind bound;
    bool inclusive;
};
// After the number and its unit. Longest first where one starts another.
inline constexpr auto words_after_number = std::to_array<word_after_number>({
    {"(含)以上", bound_kind::at_least, true},
    {"（含）以上", bound_kind::at_least, true},
    {"(含)以下", bound_kind::at_most, true},
    {"（含）以下", bound_kind::at_most, true},
    {"及以上", bound_kind::at_least, true},
    {"及以下", bound_kind::at_most, true},
    {"以上", bound_kind::at_least, true},
    {"以下", bound_kind::at_most, true},
    {"以内", bound_kind::at_most, true},
    {"之内", bound_kind::at_most, true},
    {"以外", bound_kind::at_least, false},
    {"左右", bound_kind::around, true},
    {"上下", bound_kind::around, true},
});

// ---- Currencies ----------------------------------------------------------------------

// Currencies the library has no type for (unit_label::foreign_currencies, where
// quantity::parse reads them back): after a number each is a measure carrying its name as the
// unit (30欧元, 5亿港元), never CNY; before a number written with 元 (港币100万元) the amount
// is not read as CNY either: a reading issue.
inline constexpr const auto& foreign_currencies = unit_label::foreign_currencies;

// Words naming the currency before an amount of it: 人民币8千元.
inline constexpr auto cny_prefixes = std::to_array<std::string_view>({"人民币"});

// Metrics whose numbers may be written without their unit (PM2.5平均浓度降至31以下), and the
// unit they imply. Longest first where one name contains another.
inline constexpr auto implied_units = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"可吸入颗粒物", "微克/立方米"}, {"细颗粒物", "微克/立方米"}, {"PM2.5", "微克/立方米"}, {"PM10", "微克/立方米"},
    {"臭氧", "微克/立方米"}, {"二氧化氮", "微克/立方米"}, {"二氧化硫", "微克/立方米"},
});

// Changes said in words, no digits: 翻一番 (doubled: +100%), 翻两番 (+300%), 持平 (+0%).
struct worded_change {
    std::string_view text;
    int percent;  // the growth it states
};
inline constexpr auto worded_changes = std::to_array<worded_change>({
    {"翻了一番", 100}, {"翻了两番", 300}, {"翻一番", 100}, {"翻两番", 300}, {"翻二番", 300}, {"翻三番", 700}, {"翻番", 100},
    {"持平", 0},
});
// 持平 is a word of its own only where it does not end a word in 持 (坚持平等, 维持平衡) or
// start one in 平 (平等, 平衡, 平台): these characters before it, or a word after it, make it none.
inline constexpr auto characters_before_chi = std::to_array<std::string_view>({
    "坚", "维", "扶", "把", "主", "支", "保", "加", "劫", "挟", "相", "僵", "矜", "操", "秉", "住",
});
inline constexpr auto words_after_level = std::to_array<std::string_view>({"或", "的", "略", "以", "左右"});

// ---- Dates, names, articles ----------------------------------------------------------

// Units after which a number is a date, an ordinal or a name, not a quantity: 2024年, 398号,
// 15号线, 五星级.
inline constexpr auto name_or_date_units = std::to_array<std::string_view>({
    "年", "月", "日", "号", "时", "周年", "届", "版", "期", "楼", "层", "路", "国道", "省道",
    "线", "级", "星", "代", "世纪", "多年", "余年",
});

// Nouns of a length of time: after them (and a verb) a number of 年 is years, not a date:
// 平均受教育年限达11年, 设计使用年限50年.
inline constexpr auto duration_nouns = std::to_array<std::string_view>({"年限", "年数", "工龄", "学制"});
inline constexpr std::string_view duration_unit = "年";

// The characters before 一 in words where 一 is no number: 唯一, 统一, 之一 (not 百分之一), 同一.
inline constexpr auto words_ending_in_yi = std::to_array<std::string_view>({"唯", "统", "之", "同", "单", "逐", "划", "专", "归"});

// Before a Chinese numeral, a word that makes it an approximation, not a number: 几十亿元
// (some tens of 亿元), 几百亩.
inline constexpr auto approximation_prefixes = std::to_array<std::string_view>({"几"});

// An ordinal marker before a number: 第五次, 第2批.
inline constexpr std::string_view ordinal_marker = "第";

// What may follow a number written in Chinese numerals with a unit other than a measure word
// (一千元, 三百米) or with 成: the end of the phrase, a bound word, a particle, punctuation.
// Anything else glued on makes a word of it: 二元结构, 一元化, 一米线, 一成不变, 三五成群.
inline constexpr auto after_worded_number = std::to_array<std::string_view>({
    "以上", "以下", "以内", "之内", "左右", "上下", "及以上", "多", "余", "的", "和", "与", "及", "或", "、",
    "，", "。", "；", "：", "！", "？", "）", "(", "（", ")", "”", "～", "至", "到", "-", "—", "/", "之间",
});

// ---- Targets: the words around a target and its metric --------------------------------

// Words in front of a metric that are not part of it. To add one: one entry.
inline constexpr auto leading_non_metric_words = std::to_array<std::string_view>({
    "力争再", "力争", "争取", "争创", "确保", "实现", "全年", "今年", "年内", "全区", "全市", "推动", "带动", "着力",
    "积极", "努力", "持续", "进一步", "其中", "累计", "共", "再", "并", "和", "及", "使", "让", "将", "把", "要",
    "稳定保持", "保持", "稳定", "基本", "例如", "比如", "到", "由", "从", "预计", "我市", "我区", "我县", "我省", "首次",
});

// Words after a metric that are not part of it: 达, 为, 分别, 首次. To add one: one entry.
inline constexpr auto trailing_non_metric_words = std::to_array<std::string_view>({
    "达", "为", "的", "约", "近", "在", "稳定在", "保持", "分别", "等", "均", "再", "每年", "首次", "平均", "完成",
    "全年", "今年", "拟按", "拟安排",
});

// Nouns after a number that say it is a milestone, not what is counted: 1.4万亿斤新台阶.
inline constexpr auto milestone_nouns = std::to_array<std::string_view>({"新台阶", "台阶", "大关", "新高", "新水平"});

// Verbs that open an item of their own in a list (so a bound or verb does not carry over),
// and the verbs a following item inherits when it has none.
inline constexpr auto item_verbs = std::to_array<std::string_view>({
    "新增", "新建", "新引进", "新打造", "新开工", "引进", "培育", "创建", "增创", "争创", "建成", "建设", "建好", "完成",
    "实施", "开展", "举办", "打造", "加装", "改造", "筹集", "开工", "竣工", "出让", "收储", "开发", "盘活", "安排",
    "提升", "实现", "推进", "推动", "带动", "组织", "招引", "落地", "回迁", "安置", "清淤", "新改建", "提供", "发放",
});

// The verbs a list item without one of its own takes from the first item: 新增A 84家、B 186家.
inline constexpr auto inherited_item_verbs = std::to_array<std::string_view>({
    "新增", "新建", "新引进", "引进", "创建", "培育", "新开工",
});

// Stretch words: the number after them is a stretch tier (力争6%), not the commitment.
inline constexpr auto stretch_words = std::to_array<std::string_view>({"力争", "争取", "争创"});

// Words of a heading that reviews the past year (回顾, 成就), that plans (目标, 任务, 安排),
// and that directs without saying either (加快…发展): see target_extractor.hpp's section_starts.
inline constexpr auto review_heading_words = std::to_array<std::string_view>({
    "回顾", "过去", "成绩", "成就", "成效", "新进展", "的进展", "取得了", "工作总结", "去年", "上年",
});

inline constexpr auto plan_heading_words = std::to_array<std::string_view>({
    "目标", "任务", "重点工作", "总体要求", "政策取向", "今年", "明年", "计划", "部署", "安排", "主要考虑", "重要要求",
    "开好局", "起好步", "工作建议", "战略举措", "重大举措",
});

// Words of a heading that directs, weaker than those above: they decide only where none of
// those is found.
inline constexpr auto plan_continuing_words = std::to_array<std::string_view>({
    "建设", "加强", "推进", "坚持", "发展", "深化", "加快", "提高", "改革", "争取", "力争", "努力", "促进", "扩大",
    "实施", "推动", "培育", "着力", "大力", "切实",
});

// Words that open the plan in a paragraph's first characters: 今年, 今后五年, 主要目标, 规划纲要.
inline constexpr auto plan_paragraph_openers = std::to_array<std::string_view>({
    "今年", "明年", "今后", "未来五年", "主要目标", "主要预期目标", "总体要求", "规划纲要", "规划建议",
});

// Verbs and region words in front of an indicator's name that a person naming it leaves out:
// 完成固定资产投资 is 固定资产投资, 全省地区生产总值 is 地区生产总值. 新增, 新建 and 引进 stay:
// 新增就业 is an indicator of its own. To add one: one entry.
inline constexpr auto verbs_not_in_names = std::to_array<std::string_view>({
    "全省", "全市", "全区", "全县", "全州", "全盟", "我省", "我市", "我区", "我县", "完成", "实施", "落实", "开展",
    "举办", "推进", "推动", "加快", "打造", "新打造", "谋划落地", "谋划", "落地建设", "落地", "因地制宜", "筹措供应",
    "筹措", "筹集", "创建", "培育", "安排", "组织", "持续", "深入", "大力", "改造提升", "提升建设", "建设提升", "启动建设",
    "部署实施", "组建", "开设", "新开发", "取得", "支持", "升级改造", "新开通", "运行", "迈上", "跨上", "站上", "布局",
});

// Nouns of a rate of change: a percent after 居民消费价格涨幅 is a growth, not a share.
inline constexpr auto rate_of_change_nouns = std::to_array<std::pair<std::string_view, change_word>>({
    {"涨幅", change_word::increase}, {"增幅", change_word::increase}, {"增速", change_word::increase},
    {"增长率", change_word::increase}, {"增长", change_word::increase}, {"降幅", change_word::decrease},
});

// Words that open a circumstance before what is done (围绕重点群体开展职业技能培训, 为未成年人
// 家庭提供指导服务, 分类实施黑土地保护工程), the verbs that then say what is done, and verbs
// that only link a beneficiary to the service (特殊困难老年人提供居家服务). To add one: one entry.
inline constexpr auto circumstance_openers = std::to_array<std::string_view>({
    "围绕", "面向", "聚焦", "按照", "分区分类", "分层分类", "分类", "分批", "为", "对",
});

inline constexpr auto doing_verbs = std::to_array<std::string_view>({
    "开展", "提供", "实施", "建设", "进行", "完成", "组建", "打造", "推进",
});

inline constexpr auto linking_verbs = std::to_array<std::string_view>({"提供", "进行", "牵头组建"});

// Nouns of the report's own growth target, written after the rate: 5%左右的增长目标. To add
// one: one entry.
inline constexpr auto growth_goal_nouns = std::to_array<std::string_view>({
    "经济增长目标", "预期增长目标", "增长目标", "增速目标", "增长预期目标",
});

// Nouns naming an aspect of something, not the thing: 总产量, 完成投资, 总投资额. To add
// one: one entry (longest first where one ends another).
inline constexpr auto aspect_nouns = std::to_array<std::string_view>({
    "播种面积", "总产量", "产量", "总投资额", "总投资", "投资额", "完成投资", "投资", "总产值", "产值", "增加值",
    "营业收入", "营收", "总里程", "里程", "总面积", "面积", "总规模", "规模",
});

// Phases of building the same thing: 续建安置房7550套，新开工1000套 — 新开工 speaks of 安置房.
inline constexpr auto construction_phases = std::to_array<std::string_view>({
    "续建", "新开工", "开工", "竣工", "交付", "建成", "新建", "在建", "投用", "建成投用",
});

// ---- Actuals: the words around a result -------------------------------------------------

// Time words in front of a metric that are not part of it: 今年, 上半年, 一季度.
inline constexpr auto time_words_before_metric = std::to_array<std::string_view>({
    "今年", "明年", "去年", "全年", "同期", "上半年", "下半年", "前三季度", "前两季度", "第一季度", "第二季度", "第三季度",
    "第四季度", "一季度末", "一季度", "二季度", "三季度", "四季度", "年末", "年底",
});

struct part_of_year_word {
    std::string_view text;
    std::string_view period;  // as period::parse reads it after the year; empty: the whole year
};
// The part of a year a result is of: 上半年, 前三季度 (= 1-9月), 全年. Months written with
// digits (1-11月, 1—6月份) are read by pairing.hpp itself. To add one: one entry.
inline constexpr auto part_of_year_words = std::to_array<part_of_year_word>({
    {"前三季度", "1-9月"}, {"前两季度", "1-6月"}, {"上半年", "上半年"}, {"下半年", "下半年"},
    {"第一季度", "第一季度"}, {"第二季度", "第二季度"}, {"第三季度", "第三季度"}, {"第四季度", "第四季度"},
    {"一季度", "第一季度"}, {"二季度", "第二季度"}, {"三季度", "第三季度"}, {"四季度", "第四季度"},
    {"全年", ""}, {"年末", ""}, {"年底", ""}, {"过去一年", ""}, {"一年来", ""},
});

// A result over several years, never held against one year's target: 年均增长7.1%.
inline constexpr auto multi_year_words = std::to_array<std::string_view>({
    "年均", "累计", "过去五年", "五年来", "五年间", "近五年", "三年来", "两年来", "十二五", "十三五", "十四五", "十五五",
    "今后五年", "未来五年", "五年",
});

// A paragraph that opens with one of these speaks of several years (五年来…) or of one
// (过去一年…), until another says otherwise: results and targets of several years are not
// held against one year's.
inline constexpr auto several_years_openers = std::to_array<std::string_view>({
    "过去五年", "五年来", "五年间", "近五年", "这五年", "三年来", "本届政府", "今后五年", "未来五年", "十三五时期",
    "十四五时期", "十五五时期",
});
inline constexpr auto one_year_openers = std::to_array<std::string_view>({
    "过去一年", "刚刚过去的", "去年", "一年来", "全年", "今年",
});

// A result written as a share of the annual target: 完成年度目标的53.3%.
inline constexpr auto share_of_target_words = std::to_array<std::string_view>({
    "年度目标的", "全年目标的", "年度目标任务的", "全年目标任务的", "目标任务的", "年度计划的", "全年计划的",
    "年度任务的", "全年任务的", "计划的", "目标的",
});

// A target another indicator's result sets: 一般公共预算收入增速与地区生产总值增速同步,
// 农村居民收入增速快于城镇居民. `after` words close the clause (A与B同步), the others stand
// between the two (A快于B).
struct linked_target_word {
    std::string_view text;
    bound_kind bound;
    bool inclusive;
    bool after;
};
inline constexpr auto linked_target_words = std::to_array<linked_target_word>({
    {"基本同步", bound_kind::around, true, true},
    {"保持同步", bound_kind::at_least, true, true},
    {"同步", bound_kind::at_least, true, true},
    {"不低于", bound_kind::at_least, true, false},
    {"不慢于", bound_kind::at_least, true, false},
    {"高于", bound_kind::at_least, false, false},
    {"快于", bound_kind::at_least, false, false},
});
// The words of a rate of change that name both sides of a linked target.
inline constexpr auto linked_rate_words = std::to_array<std::string_view>({"增速", "增长", "增幅", "涨幅"});
// What joins the two sides of A与B同步.
inline constexpr auto linked_joiners = std::to_array<std::string_view>({"与", "和", "同"});

// A figure that is part of the one before it (其中264项), not a result of it.
inline constexpr auto part_of_whole_words = std::to_array<std::string_view>({"其中"});

// In a notice, a figure is a target (not a result) where its clause says so before it.
inline constexpr auto target_marker_words = std::to_array<std::string_view>({
    "目标", "力争", "争取", "预期", "计划", "确保", "任务",
});

}  // namespace lexicon
}  // namespace govtarget
