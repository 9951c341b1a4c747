#pragma once
// Words for tables the shipped vocabularies do not cover, from a small text file a user
// writes (govtarget table --vocabulary FILE):
//
//   # 某县督查室的表
//   task: 重点事项, 工作事项          a column role (number, category, task, lead_units,
//   lead_units: 责任处室               co_units, leaders, completion, deadline, note) and
//   completion: 办理情况               its header words
//   status completed: 已办结, 已销号   a status (completed, on_pace, behind, not_started,
//   status behind: 未销号              not_reported) and the words that state it
//   unit_suffix: 处室                  a unit name's ending
//   metadata: 信息索引                 a page-metadata label
//   table_end: 附表说明                the start of a line that ends the table
//
// Words are parted by , ，or ; (not 、, which header words hold). A line that cannot be read
// is a read_error with its line and column.

#include <govtarget/detail/file.hpp>
#include <govtarget/detail/text.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

namespace detail {

inline std::optional<stated_status> status_named_in_file(std::string_view name) {
    if (name == "on_pace") return stated_status::on_schedule;
    if (name == "not_reported") return stated_status::not_applicable;
    for (stated_status s : {stated_status::completed, stated_status::on_schedule, stated_status::behind,
                            stated_status::not_started, stated_status::not_applicable})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

// "重点事项, 工作事项" → the words with their columns (1-based, in characters from the line's start).
inline std::vector<std::pair<std::string, std::size_t>> vocabulary_words(std::string_view line, std::size_t from) {
    std::vector<std::pair<std::string, std::size_t>> words;
    std::size_t start = from;
    for (std::size_t i = from; i <= line.size();) {
        std::size_t separator = 0;
        if (i < line.size())
            for (std::string_view s : {",", "，", ";", "；"})
                if (line.substr(i).starts_with(s)) separator = s.size();
        if (i == line.size() || separator) {
            const std::string_view raw = line.substr(start, i - start);
            const std::string_view word = trim(raw);
            const std::size_t lead = word.empty() ? 0 : raw.find(word);
            words.emplace_back(std::string(word), character_count(line.substr(0, start + lead)) + 1);
            if (i == line.size()) break;
            i += separator;
            start = i;
        } else {
            ++i;
        }
    }
    return words;
}

}  // namespace detail

// Adds the words of a vocabulary text to both vocabularies: all of them, or, on a read_error,
// none.
inline void read_vocabulary(std::string_view text, std::string_view source, table_vocabulary& columns_out,
                            stated_status_vocabulary& statuses_out) {
    table_vocabulary columns = columns_out;
    stated_status_vocabulary statuses = statuses_out;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (auto bad = detail::first_invalid_utf8(text)) {
        const auto at = detail::position_of(text, *bad);
        throw read_error(source, at.line, at.column, "", "invalid UTF-8");
    }
    std::size_t number = 0;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with("\r")) line.remove_suffix(1);
        ++number;
        start = end + 1;
        const std::string_view content = detail::trim(line);
        if (content.empty() || content.starts_with("#")) continue;
        std::size_t colon = line.find(':');
        const std::size_t wide_colon = line.find("：");
        const std::size_t colon_size = colon < wide_colon ? 1 : 3;
        colon = std::min(colon, wide_colon);
        if (colon == std::string_view::npos)
            throw read_error(source, number, 1, line, "expected \"kind: word, word\" (task: 重点事项)");
        const std::string_view kind = detail::trim(line.substr(0, colon));
        const auto words = detail::vocabulary_words(line, colon + colon_size);
        for (const auto& [word, column] : words)
            if (word.empty()) throw read_error(source, number, column, line, "an empty word");
        const auto each = [&](auto add) {
            for (const auto& [word, column] : words) {
                try {
                    add(word);
                } catch (const domain_error& e) {
                    std::string_view why = e.what();
                    if (why.starts_with("govtarget: ")) why.remove_prefix(11);
                    throw read_error(source, number, column, word, why);
                }
            }
        };
        if (kind.starts_with("status ") || kind.starts_with("status\t")) {
            const std::string_view name = detail::trim(kind.substr(7));
            const auto status = detail::status_named_in_file(name);
            if (!status)
                throw read_error(source, number, detail::character_count(line.substr(0, line.find(name))) + 1, name,
                                 "unknown status: completed, on_pace, behind, not_started or not_reported");
            each([&](const std::string& w) { statuses.add(w, *status); });
        } else if (kind == "unit_suffix") {
            each([&](const std::string& w) { columns.add_unit_suffix(w); });
        } else if (kind == "metadata") {
            each([&](const std::string& w) { columns.add_metadata_label(w); });
        } else if (kind == "table_end") {
            each([&](const std::string& w) { columns.add_end_marker(w); });
        } else if (const auto role = column_role_named(kind)) {
            each([&](const std::string& w) { columns.add(*role, w); });
        } else {
            throw read_error(source, number, 1, kind,
                             "unknown kind: a column role (number, category, task, lead_units, co_units, leaders, "
                             "completion, deadline, note), status NAME, unit_suffix, metadata or table_end");
        }
    }
    columns_out = std::move(columns);
    statuses_out = std::move(statuses);
}

inline void read_vocabulary_file(const std::filesystem::path& path, table_vocabulary& columns,
                                 stated_status_vocabulary& statuses) {
    read_vocabulary(detail::read_whole_file(path, std::uintmax_t{1} << 20), path.string(), columns, statuses);
}

}  // namespace govtarget
