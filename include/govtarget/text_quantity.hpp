#pragma once
// A quantity as a text writes it: its value, the bound and change words around it, and where
// it stands in the text. What the quantity reader (quantity_reader.hpp) gives, and what a
// completion table keeps of a prose completion cell; a type of its own so that holding one
// does not compile the reader.

#include <govtarget/quantity.hpp>
#include <govtarget/target.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace govtarget {

enum class change_word { none, increase, decrease };

// What a stated gap is measured from: 低于目标0.9个百分点 the target, 超时间进度16.84个 the pace.
enum class gap_reference { none, target, pace };

struct text_quantity {
    explicit text_quantity(quantity read) : value(std::move(read)) {}

    quantity value;                 // the lower end of a range
    std::optional<quantity> upper;  // a range's upper end
    bound_kind bound = bound_kind::point;
    bool inclusive = true;
    direction better = direction::higher_is_better;
    change_word change = change_word::none;
    std::string value_text;  // the number as written, normalised: "740", "1-2", "3万4000", "负3.9"
    std::string unit_text;   // the unit as written: "亿元", "万名", "%", "‰", "成"
    std::size_t begin = 0;   // byte span in the input: bound and change words included
    std::size_t end = 0;
    std::size_t number_begin = 0;  // byte span of the number and its unit
    std::size_t number_end = 0;
    bool chinese_numeral = false;  // 三个, 两大: written in Chinese numerals
    gap_reference gap = gap_reference::none;  // a gap the text states: to the target (低于目标0.9个百分点) or the pace
    friend bool operator==(const text_quantity&, const text_quantity&) = default;
};

}  // namespace govtarget
