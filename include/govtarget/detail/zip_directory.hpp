#pragma once
// The central directory of a zip archive (an .xlsx or .docx), checked before any entry is
// inflated: every header and every entry's data lies inside the bytes, and no entry says it
// inflates past a limit. A zip reader sizes its output from the directory, so a zip bomb is
// refused here, before it takes memory, and a corrupt file says what is wrong with it.

#include <govtarget/error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

struct zip_entry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;  // 0 stored, 8 deflated
    std::uint32_t crc = 0;  // CRC-32 of the inflated bytes
    std::uint32_t compressed_size = 0;
    std::uint32_t size = 0;  // inflated, as the directory says
};

// CRC-32 (ISO 3309, as zip uses it): corrupt data inflates to bytes that do not match.
[[nodiscard]] inline std::uint32_t zip_crc32(std::string_view bytes) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char byte : bytes) crc = table[(crc ^ static_cast<unsigned char>(byte)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

// More entries than any spreadsheet or Word file has: the directory is refused, not walked.
inline constexpr std::size_t max_zip_entries = 65535;

[[nodiscard]] inline std::uint32_t little_endian(std::string_view bytes, std::size_t at, std::size_t width) {
    std::uint32_t value = 0;
    for (std::size_t k = width; k-- > 0;) value = (value << 8) | static_cast<unsigned char>(bytes[at + k]);
    return value;
}

// The entries. read_error naming `source` and what is wrong: no end-of-directory record, a
// header or an entry's data past the end of the bytes, an encrypted entry, a compression
// other than deflate, an entry that says it inflates past `max_entry_size`.
[[nodiscard]] inline std::vector<zip_entry> read_zip_directory(std::string_view bytes, std::string_view source,
                                                               std::uint64_t max_entry_size) {
    const auto fail = [&](const std::string& what) { return read_error(source, 0, 0, "", "not a readable zip archive: " + what); };
    constexpr std::size_t end_record = 22, central_header = 46, local_header = 30;
    if (bytes.size() < end_record) throw fail("shorter than a zip's end record (truncated?)");
    // The end record is the last "PK\5\6" within the last 64 KiB + 22 bytes (its comment's room).
    std::size_t end = std::string_view::npos;
    const std::size_t lowest = bytes.size() > end_record + 0xFFFF ? bytes.size() - end_record - 0xFFFF : 0;
    for (std::size_t at = bytes.size() - 4 + 1; at-- > lowest;)
        if (bytes.compare(at, 4, std::string_view("PK\x05\x06", 4)) == 0) {
            end = at;
            break;
        }
    if (end == std::string_view::npos) throw fail("no end-of-directory record (truncated, or not a zip)");
    if (end + end_record > bytes.size()) throw fail("the end-of-directory record is cut off");
    std::size_t at = little_endian(bytes, end + 16, 4);
    if (at >= end) throw fail("the central directory starts past its end record");
    std::vector<zip_entry> entries;
    while (at + 4 <= bytes.size() && little_endian(bytes, at, 4) == 0x02014b50) {
        if (entries.size() == max_zip_entries) throw fail("more than " + std::to_string(max_zip_entries) + " entries");
        if (at + central_header > bytes.size()) throw fail("a directory header is cut off");
        zip_entry entry;
        entry.flags = static_cast<std::uint16_t>(little_endian(bytes, at + 8, 2));
        entry.method = static_cast<std::uint16_t>(little_endian(bytes, at + 10, 2));
        entry.crc = little_endian(bytes, at + 16, 4);
        entry.compressed_size = little_endian(bytes, at + 20, 4);
        entry.size = little_endian(bytes, at + 24, 4);
        const std::size_t name_size = little_endian(bytes, at + 28, 2);
        const std::size_t extra_size = little_endian(bytes, at + 30, 2);
        const std::size_t comment_size = little_endian(bytes, at + 32, 2);
        const std::size_t local = little_endian(bytes, at + 42, 4);
        if (at + central_header + name_size + extra_size + comment_size > bytes.size())
            throw fail("a directory header is cut off");
        entry.name = std::string(bytes.substr(at + central_header, name_size));
        const std::string named = "entry " + entry.name + ": ";
        if (entry.flags & 1u) throw fail(named + "encrypted");
        if (entry.method != 0 && entry.method != 8)
            throw fail(named + "compression method " + std::to_string(entry.method) + ", not deflate");
        if (entry.size > max_entry_size)
            throw read_error(source, 0, 0, entry.name,
                             "an entry that inflates to " + std::to_string(entry.size) + " bytes, more than the limit of " +
                                 std::to_string(max_entry_size) + " (a zip bomb?)");
        if (local + local_header > bytes.size() || little_endian(bytes, local, 4) != 0x04034b50)
            throw fail(named + "its local header is missing or past the end (truncated?)");
        const std::size_t data = local + local_header + little_endian(bytes, local + 26, 2) + little_endian(bytes, local + 28, 2);
        if (data + entry.compressed_size > bytes.size()) throw fail(named + "its data is cut off (truncated?)");
        entries.push_back(std::move(entry));
        at += central_header + name_size + extra_size + comment_size;
    }
    if (at + 4 > bytes.size()) throw fail("the central directory is cut off");
    if (entries.empty()) throw fail("an empty central directory");
    return entries;
}

}  // namespace govtarget::detail
