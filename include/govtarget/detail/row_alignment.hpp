#pragma once
// Where a web page flattens a table, one cell a line, merged cells vanish and a cell of
// several paragraphs becomes several lines: a row's lines no longer say which column each
// belongs to. align_cells puts them back: each column takes none, one or several consecutive
// cells, and the assignment that fits the columns' roles best wins (a unit list under 牵头单位,
// a percent under 完成进度, prose under the task). Costs are whole numbers: a smaller one is
// a better fit.

#include <govtarget/detail/table_cells.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/table_vocabulary.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govtarget::detail {

// A row holding more cells than this is not a row of a table: its cells are not aligned.
inline constexpr std::size_t max_cells_in_a_row = 256;

struct cell_features {
    bool empty = false;
    bool units = false;       // 区发改局、区财政局
    bool completion = false;  // 52%, /, 已完成
    bool prose = false;       // a sentence: 。 or ； or long
    bool date_like = false;   // 2024年底, 6月30日前
    bool person = false;      // 徐国江, 张三、李四: names of two to four characters
    std::size_t characters = 0;
    std::optional<unsigned> item;  // "2." starts a list item
    bool row_number = false;       // 12, 一
};

inline cell_features features_of(std::string_view cell, const table_vocabulary& words,
                                 const stated_status_vocabulary& statuses, const std::set<std::string, std::less<>>& seen) {
    cell_features f;
    f.empty = trim(cell).empty();
    if (f.empty) return f;
    f.characters = character_count(cell);
    f.units = looks_like_units(cell, words, seen);
    f.completion = looks_like_completion(cell, statuses);
    f.prose = cell.find("。") != std::string_view::npos || cell.find("；") != std::string_view::npos || f.characters > 40;
    f.date_like = f.characters <= 20 && !f.prose &&
                  (cell.find("月") != std::string_view::npos || cell.find("年底") != std::string_view::npos ||
                   cell.find("季度") != std::string_view::npos || cell.find("全年") != std::string_view::npos);
    f.item = list_item_number(cell);
    f.row_number = read_row_number(cell).has_value();
    if (!f.units && !f.prose && !f.completion) {
        const auto names = split_units(cell);
        f.person = !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& n) {
            const std::size_t c = character_count(n);
            return c >= 2 && c <= 4 && std::none_of(n.begin(), n.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        });
    }
    return f;
}

// The cost of a column left without a cell.
inline int missing_cost(std::optional<column_role> role) {
    if (!role) return 10;
    switch (*role) {
        case column_role::task: return 300;
        case column_role::completion: return 30;
        case column_role::lead_units: return 12;
        case column_role::number: return 50;
        default: return 8;
    }
}

// The cost of a cell as the first (or only) cell of a column.
inline int first_cell_cost(std::optional<column_role> role, const cell_features& f) {
    if (f.empty) return missing_cost(role);
    if (!role) return f.characters <= 6 ? 5 : 15;
    switch (*role) {
        case column_role::task: return f.units ? 60 : f.completion ? 80 : f.prose ? 0 : f.characters >= 8 ? 5 : 20;
        case column_role::category: return f.units ? 50 : f.completion ? 80 : f.prose ? 40 : f.characters <= 20 ? 3 : 20;
        case column_role::lead_units:
        case column_role::co_units: return f.units ? 0 : f.completion ? 90 : f.prose ? 70 : 25;
        case column_role::leaders: return f.completion ? 80 : f.prose ? 60 : f.person ? 0 : f.characters <= 30 ? 15 : 40;
        case column_role::completion: return f.completion ? 0 : f.prose ? 5 : f.units ? 60 : 15;
        case column_role::deadline: return f.date_like ? 0 : f.completion ? 60 : 30;
        case column_role::note: return 15;
        case column_role::number: return f.row_number ? 0 : 200;
    }
    return 15;
}

// The cost of a cell that continues the column's previous cell (another paragraph, another
// unit on its own line).
inline int continuation_cost(std::optional<column_role> role, const cell_features& f, const cell_features& previous) {
    if (f.empty) return 2;  // an empty cell the page left after another adds nothing
    int list = 0;
    if (f.item && previous.item && *f.item == *previous.item + 1) list = -6;  // "2." after "1."
    else if (f.item && *f.item == 1) list = 15;                              // "1." starts anew
    if (!role) return 15 + list;
    switch (*role) {
        case column_role::task: return (f.units ? 60 : f.completion ? 80 : 15) + list;
        case column_role::completion: return (f.completion && !f.prose ? 80 : 8) + list;
        case column_role::lead_units:
        case column_role::co_units: return f.units ? 3 : 80;
        case column_role::note: return 15 + list;
        default: return 50;
    }
}

// The cells each column takes: [first, last) into `cells`, one pair per role. None for a
// row of more than max_cells_in_a_row cells.
[[nodiscard]] inline std::optional<std::vector<std::pair<std::size_t, std::size_t>>> align_cells(
    std::span<const std::string> cells, std::span<const std::optional<column_role>> roles, const table_vocabulary& words,
    const stated_status_vocabulary& statuses, const std::set<std::string, std::less<>>& seen_units) {
    const std::size_t n = cells.size(), m = roles.size();
    if (n > max_cells_in_a_row) return std::nullopt;
    std::vector<cell_features> f;
    f.reserve(n);
    for (const std::string& c : cells) f.push_back(features_of(c, words, statuses, seen_units));
    constexpr int infinite = std::numeric_limits<int>::max() / 4;
    // best[j][i]: the first j columns holding the first i cells; from[j][i]: where column j-1 began.
    std::vector<std::vector<int>> best(m + 1, std::vector<int>(n + 1, infinite));
    std::vector<std::vector<std::size_t>> from(m + 1, std::vector<std::size_t>(n + 1, 0));
    best[0][0] = 0;
    for (std::size_t j = 0; j < m; ++j)
        for (std::size_t i = 0; i <= n; ++i) {
            if (best[j][i] >= infinite) continue;
            const int missing = best[j][i] + missing_cost(roles[j]);
            if (missing < best[j + 1][i]) best[j + 1][i] = missing, from[j + 1][i] = i;
            int cost = best[j][i];
            for (std::size_t k = i; k < n; ++k) {
                cost += k == i ? first_cell_cost(roles[j], f[k]) : continuation_cost(roles[j], f[k], f[k - 1]);
                if (cost >= infinite) break;
                if (cost < best[j + 1][k + 1]) best[j + 1][k + 1] = cost, from[j + 1][k + 1] = i;
            }
        }
    if (best[m][n] >= infinite) return std::nullopt;  // cells and no column to put them in
    std::vector<std::pair<std::size_t, std::size_t>> spans(m);
    for (std::size_t j = m, i = n; j > 0; --j) {
        spans[j - 1] = {from[j][i], i};
        i = from[j][i];
    }
    return spans;
}

}  // namespace govtarget::detail
