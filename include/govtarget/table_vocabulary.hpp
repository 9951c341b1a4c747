#pragma once
// The words of a completion table's header, and the role each column plays: 序号 is the
// number, 重点工作任务 the task, 牵头责任单位 the lead units, 完  成  情  况 the completion.
// The words are data: table_words() is the vocabulary the readers use, and a program adds its
// own table's words in one line, before it reads:
//
//   govtarget::table_words().add(govtarget::column_role::task, "重点事项");
//
// Header cells are compared in a canonical form (header_key): without spaces of any width,
// with full-width letters, digits and brackets as ASCII, and without a closing colon, so that
// "完  成  情  况", "完成进度：" and "完成率（%）" are the words 完成情况, 完成进度 and 完成率(%).

#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// What a column holds. A column of no role is kept with its header (table_row::extra).
enum class column_role {
    number,      // 序号
    category,    // 项目名称, 类别, 领域
    task,        // 主要工作内容, 重点工作任务, 目标任务
    lead_units,  // 牵头单位, 牵头责任单位, 责任单位
    co_units,    // 配合单位, 协同责任单位
    leaders,     // 牵头领导, 责任领导
    completion,  // 完成进度, 完成情况, 进展情况, 完成率
    deadline,    // 完成时限, 时间节点
    note,        // 备注
};

inline constexpr std::array<column_role, 9> all_column_roles{
    column_role::number,  column_role::category,   column_role::task,     column_role::lead_units, column_role::co_units,
    column_role::leaders, column_role::completion, column_role::deadline, column_role::note};

inline constexpr std::string_view to_string(column_role role) noexcept {
    switch (role) {
        case column_role::number: return "number";
        case column_role::category: return "category";
        case column_role::task: return "task";
        case column_role::lead_units: return "lead_units";
        case column_role::co_units: return "co_units";
        case column_role::leaders: return "leaders";
        case column_role::completion: return "completion";
        case column_role::deadline: return "deadline";
        case column_role::note: return "note";
    }
    return "note";
}

// The role as a header of it reads: 序号, 主要工作内容 …
inline constexpr std::string_view to_chinese(column_role role) noexcept {
    switch (role) {
        case column_role::number: return "序号";
        case column_role::category: return "类别";
        case column_role::task: return "工作任务";
        case column_role::lead_units: return "牵头单位";
        case column_role::co_units: return "配合单位";
        case column_role::leaders: return "牵头领导";
        case column_role::completion: return "完成情况";
        case column_role::deadline: return "完成时限";
        case column_role::note: return "备注";
    }
    return "备注";
}

// The role named by to_string; none for any other text.
inline std::optional<column_role> column_role_named(std::string_view name) noexcept {
    for (column_role role : all_column_roles)
        if (to_string(role) == name) return role;
    return std::nullopt;
}

namespace detail {

// A character of a header cell that says nothing: spaces of every width, and the marks
// around a header ("*序号").
inline constexpr std::string_view header_blanks[] = {" ", "\t", "\r", "\n", "\xE3\x80\x80", "\xC2\xA0", "*", "\xE2\x80\x8B", "•", "·"};

}  // namespace detail

// A header cell in the form the vocabulary compares: "完  成  情  况" → 完成情况,
// "完成率（％）" → 完成率(%), "牵头单位：" → 牵头单位.
[[nodiscard]] inline std::string header_key(std::string_view cell) {
    std::string key;
    key.reserve(cell.size());
    std::size_t i = 0;
    while (i < cell.size()) {
        bool blank = false;
        for (std::string_view b : detail::header_blanks)
            if (cell.substr(i).starts_with(b)) {
                i += b.size();
                blank = true;
                break;
            }
        if (blank) continue;
        // Full-width ASCII forms U+FF01..U+FF5E are EF BC 81..EF BD 9E.
        const auto c0 = static_cast<unsigned char>(cell[i]);
        if (c0 == 0xEF && i + 2 < cell.size()) {
            const auto c1 = static_cast<unsigned char>(cell[i + 1]), c2 = static_cast<unsigned char>(cell[i + 2]);
            if ((c1 == 0xBC && c2 >= 0x81) || (c1 == 0xBD && c2 <= 0x9E)) {
                key += static_cast<char>((c1 == 0xBC ? c2 - 0x80 : c2 - 0x40) + 0x20);
                i += 3;
                continue;
            }
        }
        key += cell[i++];
    }
    while (key.ends_with(":")) key.pop_back();
    return key;
}

struct column_word {
    std::string word;  // as header_key gives it
    column_role role;
    friend bool operator==(const column_word&, const column_word&) = default;
};

// Header words and the role of each, with the labels of page metadata (索引号, 发布机构):
// a "table" of those is a page's description, not a task table.
class table_vocabulary {
public:
    table_vocabulary() = default;
    table_vocabulary(std::initializer_list<column_word> words, std::initializer_list<std::string_view> metadata_labels = {}) {
        for (const auto& w : words) add(w.role, w.word);
        for (std::string_view label : metadata_labels) add_metadata_label(label);
    }

    // Adds a header word for a role, or gives a known word another role. domain_error for a
    // word no header cell could be: empty once spaces are removed, or not UTF-8 text.
    table_vocabulary& add(column_role role, std::string_view word) {
        const std::string key = checked_key(word, "a header word");
        for (auto& known : words_)
            if (known.word == key) {
                known.role = role;
                return *this;
            }
        words_.push_back({key, role});
        return *this;
    }
    table_vocabulary& add(column_role role, std::initializer_list<std::string_view> words) {
        for (std::string_view w : words) add(role, w);
        return *this;
    }
    // Removes a word; false if it was not there.
    bool remove(std::string_view word) {
        const std::string key = header_key(word);
        const auto at = std::find_if(words_.begin(), words_.end(), [&](const auto& w) { return w.word == key; });
        if (at == words_.end()) return false;
        words_.erase(at);
        return true;
    }
    table_vocabulary& add_metadata_label(std::string_view label) {
        add_unique(metadata_, checked_key(label, "a metadata label"));
        return *this;
    }

    // The role of a header cell, and how closely it matched.
    struct match {
        column_role role;
        int closeness;  // 3: the word itself; 2: the word and a bracketed unit; 1: ends or begins with it
    };
    // A header cell's key is a word; or a word followed by a bracketed unit ("完成率(%)",
    // "完成进度(截至6月底)"); or, for a short cell that is no sentence, ends with a word
    // ("1-11月推进情况", "市级牵头责任单位") or else begins with one ("进展情况及问题"). A page
    // metadata label (主题分类) is none.
    [[nodiscard]] std::optional<match> match_of(std::string_view cell) const {
        if (cell.size() > 160) return std::nullopt;  // a paragraph, not a header cell
        const std::string key = header_key(cell);
        if (auto role = find(key)) return match{*role, 3};
        if (const auto open = key.find('('); open != std::string::npos && open > 0 && key.ends_with(")"))
            if (auto role = find(std::string_view(key).substr(0, open))) return match{*role, 2};
        if (detail::character_count(key) > 12 || key.find("。") != std::string::npos || key.find("，") != std::string::npos ||
            is_metadata_label(key))
            return std::nullopt;
        for (bool suffix : {true, false}) {
            const column_word* best = nullptr;
            for (const auto& known : words_)
                if (known.word.size() >= 6 && known.word.size() < key.size() &&
                    (suffix ? key.ends_with(known.word) : key.starts_with(known.word)) &&
                    (!best || known.word.size() > best->word.size()))
                    best = &known;
            if (best) return match{best->role, 1};
        }
        return std::nullopt;
    }
    [[nodiscard]] std::optional<column_role> role_of(std::string_view cell) const {
        if (auto m = match_of(cell)) return m->role;
        return std::nullopt;
    }
    bool is_metadata_label(std::string_view cell) const {
        const std::string key = header_key(cell);
        return std::find(metadata_.begin(), metadata_.end(), key) != metadata_.end();
    }

    // A name's ending that marks it as an organisation (局, 委员会, 街道): how a lead-unit
    // cell is told from a task or a category where a table leaves merged cells out.
    table_vocabulary& add_unit_suffix(std::string_view suffix) {
        add_unique(unit_suffixes_, checked_key(suffix, "a unit suffix"));
        return *this;
    }
    // The start of a line that ends the table on a page: notes under it (注：), links,
    // print and share buttons.
    table_vocabulary& add_end_marker(std::string_view marker) {
        add_unique(end_markers_, checked_key(marker, "an end marker"));
        return *this;
    }

    bool is_unit_name(std::string_view name) const {
        std::string_view n = name;
        // "市财政局(国资委)": the bracket names another hat the unit wears.
        for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}})
            if (n.ends_with(close))
                if (const auto at = n.rfind(open); at != std::string_view::npos && at > 0) n = n.substr(0, at);
        return std::any_of(unit_suffixes_.begin(), unit_suffixes_.end(), [&](const std::string& s) { return n.ends_with(s); });
    }
    bool ends_table(std::string_view line) const {
        const std::string key = header_key(line);
        return std::any_of(end_markers_.begin(), end_markers_.end(), [&](const std::string& m) { return key.starts_with(m); });
    }

    const std::vector<column_word>& words() const noexcept { return words_; }
    const std::vector<std::string>& metadata_labels() const noexcept { return metadata_; }
    const std::vector<std::string>& unit_suffixes() const noexcept { return unit_suffixes_; }
    const std::vector<std::string>& end_markers() const noexcept { return end_markers_; }
    friend bool operator==(const table_vocabulary&, const table_vocabulary&) = default;

private:
    std::optional<column_role> find(std::string_view key) const noexcept {
        for (const auto& known : words_)
            if (known.word == key) return known.role;
        return std::nullopt;
    }
    static void add_unique(std::vector<std::string>& list, std::string key) {
        if (std::find(list.begin(), list.end(), key) == list.end()) list.push_back(std::move(key));
    }
    static std::string checked_key(std::string_view word, std::string_view what) {
        if (!detail::is_plain_text(word))
            throw domain_error(std::string(what) + " must be UTF-8 text without control bytes: \"" + std::string(word) + "\"");
        std::string key = header_key(word);
        if (key.empty()) throw domain_error(std::string(what) + " is empty: \"" + std::string(word) + "\"");
        return key;
    }

    std::vector<column_word> words_;
    std::vector<std::string> metadata_;
    std::vector<std::string> unit_suffixes_;
    std::vector<std::string> end_markers_;
};

// The header words govtarget knows, as shipped.
inline const table_vocabulary& default_table_words() {
    using enum column_role;
    static const table_vocabulary words = [] {
        table_vocabulary v;
        v.add(number, {"序号", "编号", "序", "No.", "No", "排序"});
        v.add(category, {"项目名称", "类别", "分类", "板块", "领域", "重点领域", "项目类别", "任务类别", "指标类别",
                         "工作类别", "类型", "项目", "工程名称"});
        v.add(task, {"主要工作内容", "工作内容", "重点工作任务", "目标任务", "工作任务", "任务内容", "项目内容",
                     "主要目标任务", "市政府工作报告任务", "政府工作报告任务", "主要任务", "重点任务", "任务",
                     "工作目标", "目标内容", "具体任务", "任务名称", "事项", "重点事项", "工作事项", "指标名称",
                     "主要指标", "目标", "内容", "建设内容", "实事项目", "民生实事", "具体内容", "重点工作",
                     "工作事项", "内容与要求"});
        v.add(lead_units, {"牵头单位", "牵头责任单位", "责任单位", "主办单位", "承办单位", "牵头部门", "责任部门",
                           "牵头单位(部门)", "牵头责任部门", "主责单位", "主要责任单位", "责任主体", "实施单位",
                           "责任科室", "责任处室", "责任股室", "牵头科室", "牵头处室", "具体责任单位"});
        v.add(co_units, {"配合单位", "协同责任单位", "协办单位", "参与单位", "协同单位", "配合部门", "协办部门",
                         "配合责任单位", "协助单位"});
        v.add(leaders, {"牵头领导", "责任领导", "牵头负责领导", "分管领导", "牵头市领导", "牵头区领导", "责任人"});
        v.add(completion, {"完成进度", "完成情况", "进展情况", "目前进展情况", "工作进展", "当前进度", "完成率",
                           "进度", "推进情况", "落实情况", "工作进展情况", "进展", "完成比例", "完成进度(%)",
                           "完成情况及进度", "工作完成情况", "目标完成情况", "任务完成情况", "执行情况", "完成目标",
                           "累计完成", "工作推进情况", "进展及成效"});
        v.add(deadline, {"完成时限", "时间节点", "完成时间", "时限要求", "时限", "计划完成时间", "办结时限"});
        v.add(note, {"备注", "说明", "附注"});
        for (std::string_view label : {"索引号", "发布机构", "主题分类", "体裁分类", "成文日期", "发布日期", "文号",
                                       "发文字号", "信息分类", "组配分类", "名称", "标题", "有效性", "生效时间",
                                       "废止时间", "发文机关", "主题词", "公开方式", "信息来源", "来源", "效力状态"})
            v.add_metadata_label(label);
        for (std::string_view suffix : {"局", "办", "委", "委员会", "管委会", "中心", "政府", "街道", "集团", "公司", "院",
                                        "部", "大队", "支队", "队", "所", "处", "署", "站", "馆", "会", "联", "小组",
                                        "指挥部", "总部", "办公室", "分局", "镇", "乡", "区", "县", "市", "厅", "科",
                                        "室", "社", "行", "校", "专班", "组", "团", "园区", "开发区", "新区", "片区"})
            v.add_unit_suffix(suffix);
        for (std::string_view marker : {"注:", "注：", "备注:", "说明:", "附件", "打印", "关闭", "上一篇", "下一篇",
                                        "相关链接", "相关文章", "扫一扫", "分享到", "【打印", "【关闭", "版权所有",
                                        "主办单位:", "网站地图", "责任编辑", "(责任编辑", "联系我们", "返回顶部"})
            v.add_end_marker(marker);
        return v;
    }();
    return words;
}

// The vocabulary the readers use by default: the shipped words plus any a program adds. Change
// it before reading on several threads; reading only reads it.
inline table_vocabulary& table_words() {
    static table_vocabulary words = default_table_words();
    return words;
}

}  // namespace govtarget
