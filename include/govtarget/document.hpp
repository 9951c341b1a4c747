#pragma once
// A document's text from a file, for the readers that take text (extract_targets,
// read_quantities): read within a size limit, and checked to be UTF-8.

#include <govtarget/detail/file.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

namespace govtarget {

// The file's bytes. read_error (with the path) when it cannot be read, when it is larger than
// max_bytes — refused before it fills memory — or at the line and column of the first byte
// that is not UTF-8.
[[nodiscard]] inline std::string read_document_file(const std::filesystem::path& path,
                                                    std::uintmax_t max_bytes = default_max_document_bytes) {
    std::string text = detail::read_whole_file(path, max_bytes);
    if (const auto bad = detail::first_invalid_utf8(text)) {
        const detail::text_position at = detail::position_of(text, *bad);
        throw read_error(path.string(), at.line, at.column, "", "invalid UTF-8");
    }
    return text;
}

}  // namespace govtarget
