#pragma once
// A candidate header read against the vocabulary: the role of each cell, the cells it does not
// know, the roles a task table needs and lacks. What the readers look for and what their
// error names when no line qualifies.

#include <govtarget/detail/join.hpp>
#include <govtarget/detail/table_cells.hpp>
#include <govtarget/error.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

struct header_reading {
    std::vector<std::string> cells;                 // as written, trimmed
    std::vector<std::optional<column_role>> roles;  // one per cell; none: a column of no role
    std::size_t recognised = 0;  // roles given
    std::size_t known = 0;       // cells the vocabulary knows, a role given or not
    std::size_t metadata = 0;  // cells that are page-metadata labels (索引号, 发布机构)
    std::size_t line = 0;

    bool has(column_role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }
    // A task table's header: it names the task column and one more it knows, and knows at
    // least as many cells as it does not.
    bool is_table_header() const {
        return has(column_role::task) && recognised >= 2 && known * 2 >= cells.size();
    }
    // Close to a header, for an error to name: two cells known, or 序号 and two more cells.
    bool is_near_header() const {
        return metadata < 2 && (known >= 2 || (has(column_role::number) && cells.size() >= 3));
    }
    std::vector<std::string> unknown_cells() const {
        std::vector<std::string> unknown;
        for (std::size_t k = 0; k < cells.size(); ++k)
            if (!roles[k] && !cells[k].empty()) unknown.push_back(cells[k]);
        return unknown;
    }
};

// Each role goes to one column: the closest match, the first of equals; but the completion
// goes to the last column that reads as one, as tables put the latest progress rightmost
// (1-10月推进情况 | 1-11月推进情况; 进展情况 | 目标完成情况). The other columns are kept by
// their headers.
inline header_reading read_header(const std::vector<std::string>& cells, const table_vocabulary& words, std::size_t line) {
    header_reading h;
    h.line = line;
    std::vector<std::optional<table_vocabulary::match>> matches;
    for (const std::string& c : cells) {
        h.cells.emplace_back(trim(c));
        matches.push_back(words.is_metadata_label(c) ? std::nullopt : words.match_of(c));
        if (matches.back()) ++h.known;
    }
    h.roles.assign(cells.size(), std::nullopt);
    for (column_role role : all_column_roles) {
        std::optional<std::size_t> chosen;
        for (std::size_t k = 0; k < cells.size(); ++k) {
            if (!matches[k] || matches[k]->role != role) continue;
            const bool better = !chosen || (role == column_role::completion
                                                ? true
                                                : matches[k]->closeness > matches[*chosen]->closeness);
            if (better) chosen = k;
        }
        if (chosen) h.roles[*chosen] = role, ++h.recognised;
    }
    for (std::size_t k = 0; k < cells.size(); ++k)
        if (!matches[k] && words.is_metadata_label(cells[k])) ++h.metadata;
    return h;
}

// Why a header is not a task table's header, in words: the cells it does not know and the
// roles it lacks.
inline std::string header_shortfall(const header_reading& h) {
    std::string why;
    const auto unknown = h.unknown_cells();
    if (!unknown.empty()) why += "cells not recognised: " + joined(unknown, ", ");
    std::vector<std::string> lacking;
    for (column_role role : {column_role::task, column_role::lead_units, column_role::completion})
        if (!h.has(role)) lacking.push_back(std::string(to_string(role)) + " (" + std::string(to_chinese(role)) + ")");
    if (!lacking.empty()) why += std::string(why.empty() ? "" : "; ") + "roles still lacking: " + joined(lacking, ", ");
    return why;
}

// The header search of every reader: the candidates it was offered, and, when none was a
// task table's header, the error that names the nearest one, the page-metadata table, or the
// first line looked at.
class header_search {
public:
    void consider(const header_reading& h) {
        if (h.is_near_header() && (!near_ || h.known > near_->known)) near_ = h;
        if (h.metadata >= 2 && (!metadata_ || h.metadata > metadata_->metadata)) metadata_ = h;
    }
    // A page's metadata seen outside a table (label lines: "索引号: 1134…", "• 发布机构").
    void consider_metadata_labels(std::size_t line, const std::vector<std::string>& labels) {
        if (labels.size() < 2 || (metadata_ && metadata_->metadata >= labels.size())) return;
        header_reading h;
        h.cells = labels;
        h.roles.assign(labels.size(), std::nullopt);
        h.metadata = labels.size();
        h.line = line;
        metadata_ = h;
    }
    [[noreturn]] void fail(std::string_view source, std::size_t first_line, std::string_view first_text) const {
        if (near_)
            throw read_error(source, near_->line, 1, joined(near_->cells, " | "), "no task table header here: " + header_shortfall(*near_));
        if (metadata_)
            throw read_error(source, metadata_->line, 1, joined(metadata_->cells, " | "),
                             "the only table here is page metadata (索引号, 发布机构, …), not a task table");
        throw read_error(source, first_line, 1, first_text,
                         "no table header: nothing names a task column (主要工作内容, 重点工作任务, 目标任务, …)");
    }

private:
    std::optional<header_reading> near_, metadata_;
};

}  // namespace govtarget::detail
