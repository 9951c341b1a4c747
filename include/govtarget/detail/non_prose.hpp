#pragma once
// Spans of (normalised) report text that are not prose, so that no number inside them is read
// as a quantity: web addresses and e-mail, document numbers and codes, footnote markers, and a
// web page's navigation and caption lines. One pass that visits only ASCII bytes, where all of
// these start: the CJK text between them, almost all of a report, is skipped 64 or 128 bytes
// at a time.

#include <govtarget/detail/word_match.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace govtarget::detail {

// The words the spans key on.
struct non_prose_words {
    // A line of only these, page numbers and separators is page navigation (at least one
    // word of the first list): 第 3 页 共 12 页, 上一页 下一页, 【打印本页】【关闭窗口】.
    static constexpr std::string_view navigation[] = {
        "上一页", "下一页", "上页", "下页", "前一页", "后一页", "首页", "尾页", "末页", "返回顶部", "回到顶部", "返回首页", "返回",
        "顶部", "打印本页", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "收藏本页", "收藏", "分享到", "分享", "字号", "字体",
        "页", "Page", "Prev", "Next", "Top", "Print", "Close"};
    static constexpr std::string_view navigation_fillers[] = {"第", "共", "到", "跳转", "转到", "大", "中", "小", "默认", "GO", "Go", "go", "of"};
    // A line that starts with one of these and a colon, and ends no sentence, is a caption:
    // 来源：市政府办公室 发布时间：2024-01-05.
    static constexpr std::string_view caption_labels[] = {
        "来源", "信息来源", "文章来源", "资料来源", "数据来源", "稿源", "发布时间", "发布日期", "更新时间", "更新日期", "成文日期",
        "发文日期", "日期", "时间", "作者", "编辑", "责任编辑", "审核", "校对", "浏览次数", "浏览量", "点击数", "点击量", "点击次数",
        "访问量", "访问次数", "阅读量", "阅读次数", "阅读数", "字号", "字体", "索引号", "发布机构", "发文机关", "分类", "主题分类",
        "上一篇", "下一篇"};
    // Right before a number (a colon between allowed) these make it a telephone number or a
    // code: 电话：0571-87654321, 拨打12345, ISBN 9787010123456.
    static constexpr std::string_view code_keywords[] = {"电话", "热线", "传真", "手机号", "手机号码", "邮编", "邮政编码", "拨打",
                                                         "致电", "编号", "代码", "ISBN", "ISSN", "Tel", "TEL", "tel", "Fax", "FAX"};
    // Host endings and file types that make an ASCII word a web address: zj.gov.cn/art_1.html.
    static constexpr std::string_view web_endings[] = {".cn",  ".com", ".net",  ".org", ".gov", ".edu", ".html", ".htm",  ".shtml",
                                                       ".jsp", ".php", ".asp", ".aspx", ".pdf", ".doc", ".docx", ".xls", ".xlsx"};
    // A number followed by one of these counts something (12345件), so is no hotline (12345热线).
    static constexpr std::string_view unit_characters =
        "万亿千百十元人个件项次户家名位条所座台辆套吨斤亩公米平方立瓦度倍批处场部册本篇间栋宗笔例岁天小周年月日号余多起只头张床株片块艘架层级类种档成分秒克升";
};

using byte_spans = std::vector<std::pair<std::size_t, std::size_t>>;

// Whether at is inside one of the sorted, disjoint spans.
inline bool inside_spans(const byte_spans& spans, std::size_t at) noexcept {
    auto it = std::upper_bound(spans.begin(), spans.end(), at,
                               [](std::size_t a, const std::pair<std::size_t, std::size_t>& s) { return a < s.first; });
    return it != spans.begin() && at < std::prev(it)->second;
}

namespace non_prose {

// Bit k set when byte k of the 64 at p is ASCII (n < 64 bytes at the text's end).
inline std::uint64_t ascii_mask(const char* p, std::size_t n) noexcept {
#if defined(__SSE2__) || defined(_M_X64)
    if (n == 64) {
        const auto* v = reinterpret_cast<const __m128i*>(p);
        const auto high = [&](int k) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(v + k)))); };
        return ~(high(0) | high(1) << 16 | high(2) << 32 | high(3) << 48);
    }
#endif
    std::uint64_t mask = 0;  // the text's end, and where there is no SSE2 (compilers vectorise it)
    for (std::size_t k = 0; k < n; ++k) mask |= std::uint64_t{static_cast<unsigned char>(p[k]) < 0x80} << k;
    return mask;
}

// Finds the text's ASCII bytes, everything looked for starts at one, in order: the ASCII bytes
// of a 64-byte block are found at once (SSE2 where there is), and CJK blocks skipped whole.
class ascii_cursor {
public:
    explicit ascii_cursor(std::string_view text) noexcept : text_(text) { load(0); }
    // The first ASCII byte at or after i (i never goes back), or the text's size.
    std::size_t next(std::size_t i) noexcept {
        if (i >= block_ + 64) load(i & ~std::size_t{63});
        if (i > block_) mask_ &= ~std::uint64_t{0} << (i - block_);
        while (mask_ == 0) {
            if (block_ + 64 >= text_.size()) return text_.size();
            load(skip_cjk(block_ + 64));
        }
        return block_ + static_cast<std::size_t>(std::countr_zero(mask_));
    }

private:
    // From block on, the first block that may hold an ASCII byte: 128 bytes of CJK text at a
    // time need only their high bits ANDed (no skipping without SSE2).
    std::size_t skip_cjk(std::size_t block) const noexcept {
#if defined(__SSE2__) || defined(_M_X64)
        for (; block + 128 <= text_.size(); block += 128) {
            const auto* v = reinterpret_cast<const __m128i*>(text_.data() + block);
            const auto both = [&](int k) { return _mm_and_si128(_mm_loadu_si128(v + k), _mm_loadu_si128(v + k + 1)); };
            if (_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(both(0), both(2)), _mm_and_si128(both(4), both(6)))) != 0xFFFF) break;
        }
#endif
        return block;
    }
    void load(std::size_t block) noexcept {
        block_ = block;
        mask_ = block < text_.size() ? ascii_mask(text_.data() + block, std::min<std::size_t>(64, text_.size() - block)) : 0;
    }
    std::string_view text_;
    std::size_t block_ = 0;
    std::uint64_t mask_ = 0;
};

inline bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
// Whether s holds the literal at p (compared byte by byte: no call for three bytes).
template <std::size_t N>
bool bytes_at(std::string_view s, std::size_t p, const char (&literal)[N]) noexcept {
    if (p > s.size() || s.size() - p < N - 1) return false;
    for (std::size_t k = 0; k + 1 < N; ++k)
        if (s[p + k] != literal[k]) return false;
    return true;
}
inline bool letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool hex(char c) noexcept { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline bool ascii_word_byte(char c) noexcept { return c > ' ' && c < 0x7F; }

inline std::size_t char_length(std::string_view s, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(s[at]);
    return std::min<std::size_t>(lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, s.size() - at);
}
// Where the character before at starts.
inline std::size_t previous_char(std::string_view s, std::size_t at) noexcept {
    std::size_t p = at - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    return p;
}

// A character's hash, for a 4096-bit table of the characters words start (or end) with: a
// short line or a number is looked at further only when its character is in the table.
constexpr unsigned char_key(std::string_view c) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(c[k])); };
    return c.size() < 2 ? byte(0) : ((byte(c.size() - 2) & 0x3F) << 6 | (byte(c.size() - 1) & 0x3F)) ^ (c.size() == 2 ? 0x800 : 0);
}
struct char_filter {
    std::array<std::uint64_t, 64> bits{};
    constexpr void add(std::string_view c) noexcept { bits[char_key(c) / 64] |= std::uint64_t{1} << (char_key(c) % 64); }
    constexpr bool has(std::string_view c) const noexcept { return (bits[char_key(c) / 64] >> (char_key(c) % 64)) & 1u; }
};
constexpr std::string_view first_char(std::string_view word) noexcept {
    const auto lead = static_cast<unsigned char>(word[0]);
    return word.substr(0, lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
}
constexpr std::string_view last_char(std::string_view word) noexcept {
    std::size_t p = word.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(word[p]) & 0xC0) == 0x80) --p;
    return word.substr(p);
}
// Navigation words and caption labels by their first character, code keywords by their last.
template <std::size_t N>
constexpr char_filter chars_of(const std::string_view (&words)[N], bool last) noexcept {
    char_filter f;
    for (const auto w : words) f.add(last ? last_char(w) : first_char(w));
    return f;
}
inline constexpr char_filter navigation_chars = [] {
    char_filter f = chars_of(non_prose_words::navigation, false);
    for (const auto w : non_prose_words::navigation_fillers) f.add(first_char(w));
    return f;
}();
inline constexpr char_filter label_chars = chars_of(non_prose_words::caption_labels, false);
inline constexpr char_filter keyword_chars = chars_of(non_prose_words::code_keywords, true);

inline void add_span(byte_spans& spans, std::size_t begin, std::size_t end) {
    while (!spans.empty() && spans.back().first >= begin) {  // a line's span takes in its words'
        end = std::max(end, spans.back().second);
        spans.pop_back();
    }
    if (!spans.empty() && spans.back().second >= begin) spans.back().second = std::max(spans.back().second, end);
    else if (begin < end) spans.emplace_back(begin, end);
}

// ---- Lines: navigation and captions ----

// What may stand between the words of a navigation line: spaces, brackets, bars, dashes.
inline constexpr std::string_view ascii_separators = " \t\r|/\\<>-_*.:;,[]()#~=";
inline constexpr std::string_view separators[] = {"　", "\xC2\xA0", "｜", "【", "】", "〔", "〕", "［", "］", "（", "）", "《", "》", "·", "•",
                                                  "»",  "«",        "：", "—",  "–",  "…",  "、", "，", "丨", "＞", "＜", "／", "→", "←"};
inline constexpr char_filter separator_chars = [] {
    char_filter f;
    for (const auto mark : separators) f.add(mark);
    return f;
}();

// Bytes of the separator at the start of s, or 0.
inline std::size_t separator_width(std::string_view s) noexcept {
    if (static_cast<unsigned char>(s[0]) < 0x80) return ascii_separators.find(s[0]) != std::string_view::npos ? 1 : 0;
    if (!separator_chars.has(s.substr(0, char_length(s, 0)))) return 0;
    for (const auto mark : separators)
        if (s.starts_with(mark)) return mark.size();
    return 0;
}

// The longest word of the list at the start of s.
template <std::size_t N>
std::size_t longest_word(std::string_view s, const std::string_view (&words)[N]) noexcept {
    std::size_t best = 0;
    for (const auto w : words)
        if (w.size() > best && begins_with(s, w)) best = w.size();
    return best;
}

// 第 3 页 共 12 页, 上一页 1 2 3 下一页 尾页, 【打印本页】【关闭窗口】.
inline bool navigation_line(std::string_view line) noexcept {
    bool named = false;
    while (!line.empty()) {
        if (const std::size_t w = separator_width(line)) {
            line.remove_prefix(w);
        } else if (digit(line[0])) {
            while (!line.empty() && digit(line[0])) line.remove_prefix(1);
        } else {
            if (!navigation_chars.has(line.substr(0, char_length(line, 0)))) return false;
            const std::size_t strong = longest_word(line, non_prose_words::navigation);
            const std::size_t weak = longest_word(line, non_prose_words::navigation_fillers);
            if (strong == 0 && weak == 0) return false;
            named = named || strong >= weak;
            line.remove_prefix(std::max(strong, weak));
        }
    }
    return named;
}

// A printed page's number on its own line: - 3 -, — 12 —.
inline bool page_number_line(std::string_view line) noexcept {
    const auto dash = [](std::string_view s, bool at_end) {
        for (std::string_view d : {"-", "—", "－", "–"})
            if (at_end ? s.ends_with(d) : s.starts_with(d)) return d.size();
        return std::size_t{0};
    };
    const std::size_t open = dash(line, false), close = dash(line, true);
    if (open == 0 || close == 0 || open + close >= line.size()) return false;
    std::string_view middle = line.substr(open, line.size() - open - close);
    while (!middle.empty() && middle.front() == ' ') middle.remove_prefix(1);
    while (!middle.empty() && middle.back() == ' ') middle.remove_suffix(1);
    return !middle.empty() && std::all_of(middle.begin(), middle.end(), digit);
}

// 来源：市政府办公室 发布时间：2024-01-05 (s past any leading separators).
inline bool caption_line(std::string_view s) noexcept {
    for (const auto label : non_prose_words::caption_labels) {
        if (!begins_with(s, label)) continue;
        std::string_view after = s.substr(label.size());
        while (after.starts_with(" ")) after.remove_prefix(1);
        if (after.starts_with("：") || after.starts_with(":")) return s.find("。") == std::string_view::npos;
    }
    return false;
}

// The line [begin, end): the whole of it when it is navigation or a caption.
inline void line_span(std::string_view text, std::size_t begin, std::size_t end, byte_spans& spans) {
    if (begin == end || end - begin > 300) return;  // a navigation or caption line is short
    std::string_view line = text.substr(begin, end - begin);
    std::size_t w = 0;
    while (!line.empty() && (w = separator_width(line)) != 0) line.remove_prefix(w);
    if (line.empty()) return;
    // Most short lines are headings: their first character starts no word looked for.
    const std::string_view first = line.substr(0, char_length(line, 0));
    const bool caption = label_chars.has(first), navigation = digit(line[0]) || navigation_chars.has(first);
    if (!caption && !navigation) return;
    for (bool space = true; space;) {
        space = text[begin] == ' ' || text[begin] == '\t' || bytes_at(text, begin, "　");
        if (space) begin += text[begin] == ' ' || text[begin] == '\t' ? 1 : 3;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
    if ((caption && caption_line(line)) || (navigation && (navigation_line(line) || page_number_line(text.substr(begin, end - begin)))))
        add_span(spans, begin, end);
}

// ---- ASCII words: addresses, e-mail, codes ----

inline bool starts_with_nocase(std::string_view s, std::string_view prefix) noexcept {
    if (s.size() < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if ((s[k] | 0x20) != (prefix[k] | 0x20)) return false;
    return true;
}

// Two or more %XX in a row: %E6%99%82%E4%BB%A3.
inline bool percent_encoded(std::string_view w) noexcept {
    for (std::size_t p = w.find('%'); p != std::string_view::npos; p = w.find('%', p + 1)) {
        std::size_t q = p, run = 0;
        while (q + 2 < w.size() && w[q] == '%' && hex(w[q + 1]) && hex(w[q + 2])) q += 3, ++run;
        if (run >= 2) return true;
    }
    return false;
}

inline bool web_address(std::string_view w) noexcept {
    if (w.find("://") != std::string_view::npos || starts_with_nocase(w, "www.")) return true;
    for (const auto ending : non_prose_words::web_endings)
        for (std::size_t p = w.find(ending); p != std::string_view::npos; p = w.find(ending, p + 1)) {
            const std::size_t after = p + ending.size();
            if (p > 0 && (letter(w[p - 1]) || digit(w[p - 1])) &&
                (after == w.size() || std::string_view("/?#:&").find(w[after]) != std::string_view::npos))
                return true;
        }
    return percent_encoded(w);
}

inline bool email_address(std::string_view w) noexcept {
    const std::size_t at = w.find('@');
    if (at == 0 || at == std::string_view::npos) return false;
    const std::size_t dot = w.find('.', at);
    return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size() && letter(w[dot + 1]);
}

// Digit groups joined by - or /: 202004-00085, 0571-87654321, 978-7-01-012345-6, 2024-01-05,
// 2024/1/5; or a date with dots, 2024.01.05. Not a range: 1-2, 5.5-6, 2021-2025, 10000-20000.
inline bool code(std::string_view w) noexcept {
    std::size_t groups = 0, digits = 0, longest = 0;
    bool leading_zero = false, dots = false, other_marks = false;
    std::size_t first_group = 0;
    for (std::size_t k = 0; k < w.size();) {
        if (!digit(w[k])) return false;
        const std::size_t start = k;
        while (k < w.size() && digit(w[k])) ++k;
        const std::size_t n = k - start;
        if (groups++ == 0) first_group = n;
        digits += n;
        longest = std::max(longest, n);
        leading_zero = leading_zero || (n >= 2 && w[start] == '0');
        if (k == w.size()) break;
        if (w[k] != '-' && w[k] != '/' && w[k] != '.') return false;
        (w[k] == '.' ? dots : other_marks) = true;
        if (++k == w.size()) return false;
    }
    if (dots) return !other_marks && groups == 3 && first_group == 4 && longest == 4;
    if (groups >= 3) return digits >= 6;
    return groups == 2 && (longest >= 7 || leading_zero);
}

// Drops what closes a sentence or bracket from a word's end: the address ends before it.
inline std::string_view without_closing(std::string_view w) noexcept {
    const auto closing = [](char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'; };
    while (!w.empty() && closing(w.back())) w.remove_suffix(1);
    return w;
}

// Whether the line has something other than spaces before at.
inline bool after_text(std::string_view text, std::size_t line_start, std::size_t at) noexcept {
    for (std::size_t p = line_start; p < at; ++p)
        if (text[p] != ' ' && text[p] != '\t') return !(bytes_at(text, p, "　") && p + 3 >= at);
    return false;
}

// [21], [3], [3-5], [2,4] in the word from p, or 0: a footnote's marker has text before it on
// its line or a number right after it (a list's "[1] " opens its line).
inline std::size_t footnote_end(std::string_view text, std::size_t p, std::size_t end, std::size_t line_start) noexcept {
    std::size_t q = p + 1, run = 0;
    while (q < end && (digit(text[q]) || ((text[q] == ',' || text[q] == '-') && run > 0))) run = digit(text[q++]) ? run + 1 : 0;
    if (q >= end || text[q] != ']' || q == p + 1 || q - p > 12 || run == 0 || run > 3) return 0;
    if (!after_text(text, line_start, p) && !(q + 1 < text.size() && digit(text[q + 1]))) return 0;
    return q + 1;
}

// 〔2024〕12号, [2024]第3号, （2024）5号 from the open bracket at p: where its 号 ends, or 0.
inline std::size_t document_number_end(std::string_view text, std::size_t p) noexcept {
    static constexpr std::string_view opens[] = {"〔", "［", "（", "【", "[", "("}, closes[] = {"〕", "］", "）", "】", "]", ")"};
    std::string_view s = text.substr(p);
    const auto open = std::find_if(std::begin(opens), std::end(opens), [&](std::string_view o) { return s.starts_with(o); });
    if (open == std::end(opens)) return 0;
    s.remove_prefix(open->size());
    if (s.size() < 4 || !std::all_of(s.begin(), s.begin() + 4, digit) || (s.size() > 4 && digit(s[4]))) return 0;
    s.remove_prefix(4);
    const auto close = std::find_if(std::begin(closes), std::end(closes), [&](std::string_view c) { return s.starts_with(c); });
    if (close == std::end(closes)) return 0;
    s.remove_prefix(close->size());
    if (s.starts_with("第")) s.remove_prefix(3);
    std::size_t k = 0;
    while (k < s.size() && k < 6 && digit(s[k])) ++k;
    if (k == 0 || !s.substr(k).starts_with("号")) return 0;
    return text.size() - s.size() + k + 3;
}

// The character at p counts something: 12345件 (not 12345热线).
inline bool unit_at(std::string_view text, std::size_t p) noexcept {
    if (p >= text.size()) return false;
    if (digit(text[p]) || text[p] == '%' || text[p] == '.') return true;
    const std::size_t n = char_length(text, p);
    return n == 3 && non_prose_words::unit_characters.find(text.substr(p, 3)) != std::string_view::npos;
}

// A code keyword right before p, a colon or spaces between allowed: 电话：, 拨打, ISBN .
inline bool code_keyword_before(std::string_view text, std::size_t p, std::size_t line_start) noexcept {
    while (p > line_start && (text[p - 1] == ' ' || text[p - 1] == ':')) --p;
    if (p >= line_start + 3 && bytes_at(text, p - 3, "：")) p -= 3;
    if (p <= line_start) return false;
    const std::size_t c = previous_char(text, p);
    if (!keyword_chars.has(text.substr(c, p - c))) return false;
    const std::string_view before = text.substr(line_start, p - line_start);
    return std::any_of(std::begin(non_prose_words::code_keywords), std::end(non_prose_words::code_keywords),
                       [&](std::string_view k) { return before.ends_with(k); });
}

// The digits-first word [b, e): a document number, a full-width footnote, a telephone number
// after its keyword, or a 123xx government hotline. Returns the span, or {0, 0}.
inline std::pair<std::size_t, std::size_t> number_span(std::string_view text, std::size_t b, std::size_t e, std::size_t line_start,
                                                       bool digits_only) noexcept {
    const std::size_t n = e - b;
    const unsigned before = b > line_start ? static_cast<unsigned char>(text[b - 1]) : 0u;
    // 〔 ［ （ 【 end in 0x94 0xBB 0x88 0x90.
    if (digits_only && n == 4 && (before == 0x94 || before == 0xBB || before == 0x88 || before == 0x90 || before == '[' || before == '(')) {
        const std::size_t open = previous_char(text, b);
        if (const std::size_t end = document_number_end(text, open)) return {open, end};
    }
    if (digits_only && n <= 3 && before == 0xBB && b >= line_start + 3 && bytes_at(text, b - 3, "［") && bytes_at(text, e, "］") &&
        after_text(text, line_start, b - 3))
        return {b - 3, e + 3};
    if (n >= 3 && code_keyword_before(text, b, line_start) && !unit_at(text, e) &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(b), text.begin() + static_cast<std::ptrdiff_t>(e), [](char c) { return digit(c) || c == '-'; }))
        return {b, e};
    if (digits_only && n == 5 && bytes_at(text, b, "123") && !unit_at(text, e)) return {b, e};
    return {0, 0};
}

// What an ASCII word holds, byte by byte: a plain number needs none of the checks for addresses.
enum word_class : unsigned {
    has_digit = 1, has_letter = 2, has_at = 4, has_percent = 8, has_dot = 16, has_link = 32, has_dash = 64, has_bracket = 128, has_other = 256
};
inline constexpr std::array<unsigned short, 128> word_classes = [] {
    std::array<unsigned short, 128> table{};
    table.fill(has_other);
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = has_digit;
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = table[static_cast<std::size_t>(c - 'a' + 'A')] = has_letter;
    table['@'] = has_at;
    table['%'] = has_percent;
    table['.'] = has_dot;
    table['/'] = table[':'] = has_link;
    table['-'] = has_dash;
    table['['] = table['('] = has_bracket;
    return table;
}();

// The ASCII word from b: its spans; returns where it ends.
inline std::size_t ascii_word(std::string_view text, std::size_t b, std::size_t line_start, byte_spans& spans) {
    std::size_t e = b;
    unsigned seen = 0;
    while (e < text.size() && ascii_word_byte(text[e])) seen |= word_classes[static_cast<unsigned char>(text[e++])];
    if (seen == has_digit) {  // a plain number, as most words are
        if (const auto [from, to] = number_span(text, b, e, line_start, true); to != 0) add_span(spans, from, to);
        return e;
    }
    const std::string_view w = text.substr(b, e - b);
    // An address has letters, and a dot, a slash or a colon, or %XX; e-mail has its @.
    if (((seen & has_letter) && (seen & (has_dot | has_link | has_percent | has_at)) && (web_address(w) || email_address(w)))) {
        add_span(spans, b, b + without_closing(w).size());
        return e;
    }
    if ((seen & has_letter) && (seen & has_digit) &&
        std::any_of(std::begin(non_prose_words::code_keywords), std::end(non_prose_words::code_keywords),
                    [&](std::string_view k) { return w.starts_with(k) && w.size() > k.size(); })) {
        add_span(spans, b, e);  // ISBN978-7-…, Tel:0571-…
        return e;
    }
    // A unit right after makes it a range of quantities (1-99999999999999999999个), not a code.
    if ((seen & (has_dash | has_link | has_dot)) && !(seen & (has_letter | has_percent | has_bracket)) && code(without_closing(w)) &&
        !unit_at(text, b + without_closing(w).size())) {
        add_span(spans, b, b + without_closing(w).size());
        return e;
    }
    if (seen & has_bracket) {
        if (const std::size_t end = document_number_end(text, b)) {
            add_span(spans, b, end);
            return e;
        }
        for (std::size_t p = w.find('['); p != std::string_view::npos; p = w.find('[', p + 1))
            if (const std::size_t end = footnote_end(text, b + p, e, line_start)) add_span(spans, b + p, end);
    }
    if (digit(w[0]) && (seen & (has_dash | has_digit)) == seen)  // 8765-4321 after 电话：
        if (const auto [from, to] = number_span(text, b, e, line_start, false); to != 0) add_span(spans, from, to);
    return e;
}

}  // namespace non_prose

// The sorted, disjoint byte spans of text that are not prose (see the header's comment).
inline byte_spans non_prose_spans(std::string_view text) {
    byte_spans spans;
    std::size_t line_start = 0;
    non_prose::ascii_cursor cursor(text);
    for (std::size_t i = cursor.next(0); i < text.size(); i = cursor.next(i)) {
        if (text[i] == '\n') {
            if (i - line_start <= 300) non_prose::line_span(text, line_start, i, spans);  // a long line is prose
            line_start = ++i;
        } else if (non_prose::ascii_word_byte(text[i])) {
            i = non_prose::ascii_word(text, i, line_start, spans);
        } else {
            ++i;
        }
    }
    non_prose::line_span(text, line_start, text.size(), spans);
    return spans;
}

}  // namespace govtarget::detail
