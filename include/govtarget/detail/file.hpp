#pragma once
// Reading a whole document into memory, within a size limit: a reader must not be made to
// exhaust memory by a file it was pointed at.

#include <govtarget/error.hpp>
#include <govtarget/table_options.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace govtarget {

namespace detail {

inline std::string read_whole_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
    const std::string source = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw read_error(source, 0, 0, "", "a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw read_error(source, 0, 0, "", "cannot open the file");
    std::string content;
    if (std::filesystem::is_regular_file(path, ec)) {
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (!ec && size > max_bytes)
            throw read_error(source, 0, 0, "", "the file is " + std::to_string(size) + " bytes, more than the limit of " +
                                                   std::to_string(max_bytes));
        if (!ec) content.reserve(static_cast<std::size_t>(size));
    }
    // Read in chunks and count as well: a pipe or /dev/zero has no size, a file can grow.
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        content.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_bytes)
            throw read_error(source, 0, 0, "",
                             "the file is larger than the limit of " + std::to_string(max_bytes) + " bytes");
    }
    if (in.bad()) throw read_error(source, 0, 0, "", "read failed");
    return content;
}

}  // namespace detail
}  // namespace govtarget
