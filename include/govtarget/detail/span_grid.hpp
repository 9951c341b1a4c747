#pragma once
// Merged cells expanded into a grid, the one way for every format that merges cells (HTML
// rowspan/colspan, a workbook's merged ranges, Word's vMerge/gridSpan): each place a merged
// cell covers gets the merged cell's text, marked inherited.

#include <govtarget/cell_grid.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace govtarget::detail {

class span_grid {
public:
    explicit span_grid(std::size_t rows) : places_(rows) {}

    [[nodiscard]] std::size_t row_count() const { return places_.size(); }

    [[nodiscard]] bool taken(std::size_t row, std::size_t column) const {
        return column < places_[row].size() && places_[row][column].has_value();
    }

    // The first column at or right of `column` that no cell covers yet in the row.
    [[nodiscard]] std::size_t free_column(std::size_t row, std::size_t column) const {
        while (taken(row, column)) ++column;
        return column;
    }

    [[nodiscard]] const grid_cell* at(std::size_t row, std::size_t column) const {
        return taken(row, column) ? &*places_[row][column] : nullptr;
    }

    // Places `cell` at (row, column), covering `down` rows (cut at the last row) and `across`
    // columns, each covered place marked inherited (the first too, when `cell` is). Where spans
    // overlap, the place keeps the cell placed first.
    void place(std::size_t row, std::size_t column, std::size_t down, std::size_t across, const grid_cell& cell) {
        for (std::size_t dr = 0; dr < down && row + dr < places_.size(); ++dr) {
            auto& places = places_[row + dr];
            if (places.size() < column + across) places.resize(column + across);
            for (std::size_t dc = 0; dc < across; ++dc) {
                if (places[column + dc]) continue;
                grid_cell covered = cell;
                covered.inherited = cell.inherited || dr > 0 || dc > 0;
                places[column + dc] = std::move(covered);
            }
        }
    }

    // The rows, each at its line; a place no cell covers is an empty cell.
    [[nodiscard]] std::vector<grid_row> rows(const std::vector<std::size_t>& lines) && {
        std::vector<grid_row> out(places_.size());
        for (std::size_t r = 0; r < places_.size(); ++r) {
            out[r].line = r < lines.size() ? lines[r] : 0;
            out[r].cells.reserve(places_[r].size());
            for (auto& place : places_[r])
                out[r].cells.push_back(place ? std::move(*place) : grid_cell{"", out[r].line, 0, false});
        }
        return out;
    }

private:
    std::vector<std::vector<std::optional<grid_cell>>> places_;
};

}  // namespace govtarget::detail
