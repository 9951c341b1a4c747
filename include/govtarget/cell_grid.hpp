#pragma once
// A table as rows of cells, whatever it was published as: the one form every reader (text
// layouts, CSV, and the HTML and office readers) produces and the completion-table reader
// consumes, so that header words, sections, units and completion cells behave the same in
// every format.

#include <cstddef>
#include <string>
#include <vector>

namespace govtarget {

struct grid_cell {
    std::string text;
    std::size_t line = 0;    // where the cell starts in the source, 1-based (0: not known)
    std::size_t column = 0;  // in characters, 1-based (0: not known)
    // Covered by a merged cell (rowspan, colspan, vMerge): the text is the merged cell's.
    bool inherited = false;
    friend bool operator==(const grid_cell&, const grid_cell&) = default;
};

struct grid_row {
    std::vector<grid_cell> cells;
    std::size_t line = 0;  // where the row starts, 1-based
    // The source ended inside this row: what it holds is all there is of it.
    bool cut_off = false;
    friend bool operator==(const grid_row&, const grid_row&) = default;
};

struct cell_grid {
    std::string source;
    // The page's text before the table, a line each: title, 发布时间, navigation.
    std::vector<std::string> text_before;
    std::vector<grid_row> rows;
    friend bool operator==(const cell_grid&, const cell_grid&) = default;
};

}  // namespace govtarget
