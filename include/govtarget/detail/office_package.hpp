#pragma once
// An Office Open XML package (.xlsx, .docx): a zip of XML parts, inflated with liborcus and
// parsed with libxml2, the bytes borrowed for the package's life. Part of govtarget::office. The zip's directory is checked first
// (detail/zip_directory.hpp) because liborcus 0.17 trusts it: sizes its buffers by it and
// reads where it points.

#include <govtarget/detail/xml_text.hpp>
#include <govtarget/detail/zip_directory.hpp>
#include <govtarget/error.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget {

// Bounds on what an office file may take: every limit is checked before the memory is taken.
struct office_limits {
    std::uintmax_t max_file_bytes = std::uintmax_t{64} << 20;
    std::uint64_t max_part_bytes = std::uint64_t{64} << 20;  // one XML part, inflated
    std::size_t max_table_cells = std::size_t{1} << 20;     // rows × columns of one sheet or table
};

namespace detail {

class office_package {
public:
    office_package(std::string_view bytes, std::string_view source, const office_limits& limits)
        : source_(source), limits_(limits), entries_(read_zip_directory(bytes, source, limits.max_part_bytes)) {
        try {
            stream_ = std::make_unique<orcus::zip_archive_stream_blob>(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                                                       bytes.size());
            archive_ = std::make_unique<orcus::zip_archive>(stream_.get());
            archive_->load();
        } catch (const std::exception& e) {
            throw read_error(source_, 0, 0, "", std::string("not a readable zip archive: ") + e.what());
        }
    }

    [[nodiscard]] const std::string& source() const { return source_; }
    [[nodiscard]] const office_limits& limits() const { return limits_; }

    [[nodiscard]] const zip_entry* entry(std::string_view name) const {
        for (const zip_entry& e : entries_)
            if (e.name == name) return &e;
        return nullptr;
    }
    [[nodiscard]] bool has(std::string_view name) const { return entry(name) != nullptr; }

    // A part's bytes, inflated and checked against the directory's size and CRC-32. read_error
    // naming the part when it is missing or corrupt.
    [[nodiscard]] std::string part(std::string_view name) const {
        const zip_entry* found = entry(name);
        if (!found) throw read_error(source_, 0, 0, name, "no such part in the package");
        std::vector<unsigned char> buffer;
        bool read = false;
        try {
            read = archive_->read_file_entry(name, buffer);
        } catch (const std::exception& e) {
            throw read_error(source_, 0, 0, name, std::string("a part that does not inflate: ") + e.what());
        }
        if (!read || buffer.size() < found->size) throw read_error(source_, 0, 0, name, "a part that does not inflate");
        // The reader's buffer is the size the directory gives, plus a terminating zero.
        std::string bytes(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(found->size));
        if (zip_crc32(bytes) != found->crc)
            throw read_error(source_, 0, 0, name, "a part whose inflated bytes fail their CRC-32 check: the file is corrupt");
        return bytes;
    }

    // A part parsed as XML: no network, no DTD loaded, no entity expanded. read_error at the
    // line and column of the first fault.
    [[nodiscard]] xml_document xml(std::string_view name) const {
        const std::string bytes = part(name);
        const libxml2_quiet quiet;
        xmlResetLastError();
        xml_document doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                         xmlFreeDoc);
        if (!doc || !xmlDocGetRootElement(doc.get())) {
            const xmlError* fault = xmlGetLastError();
            std::string message = fault && fault->message ? fault->message : "not XML";
            while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
            throw read_error(source_ + "/" + std::string(name), fault ? static_cast<std::size_t>(std::max(0, fault->line)) : 0,
                             fault ? static_cast<std::size_t>(std::max(0, fault->int2)) : 0, "", "malformed XML: " + message);
        }
        return doc;
    }

    // The part a relationship points to, from the part that holds it ("xl/workbook.xml" and
    // "worksheets/sheet1.xml" give "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the root).
    [[nodiscard]] static std::string resolve(std::string_view from_part, std::string_view target) {
        if (target.starts_with('/')) return std::string(target.substr(1));
        const std::size_t slash = from_part.rfind('/');
        std::string path = slash == std::string_view::npos ? "" : std::string(from_part.substr(0, slash + 1));
        while (target.starts_with("../")) {
            target.remove_prefix(3);
            if (!path.empty()) path.pop_back();
            const std::size_t up = path.rfind('/');
            path = up == std::string::npos ? "" : path.substr(0, up + 1);
        }
        return path + std::string(target);
    }

    // The relationships of a part (its _rels/NAME.rels): id → the part each points to, with its type.
    struct relationship {
        std::string id, type, part;
    };
    [[nodiscard]] std::vector<relationship> relationships(std::string_view of_part) const {
        const std::size_t slash = of_part.rfind('/');
        const std::string rels = (slash == std::string_view::npos ? std::string() : std::string(of_part.substr(0, slash + 1))) +
                                 "_rels/" + std::string(of_part.substr(slash == std::string_view::npos ? 0 : slash + 1)) + ".rels";
        std::vector<relationship> out;
        if (!has(rels)) return out;
        const xml_document doc = xml(rels);
        for (const xmlNode* node = xmlDocGetRootElement(doc.get())->children; node; node = node->next) {
            if (!element_is(node, "Relationship")) continue;
            const auto target = attribute(node, "Target");
            if (!target || attribute(node, "TargetMode").value_or("") == "External") continue;
            out.push_back({attribute(node, "Id").value_or(""), attribute(node, "Type").value_or(""), resolve(of_part, *target)});
        }
        return out;
    }

    // The package's main part (the workbook, the document), from its root relationships.
    [[nodiscard]] std::optional<std::string> main_part() const {
        for (const relationship& r : relationships(""))
            if (r.type.ends_with("/officeDocument")) return r.part;
        return std::nullopt;
    }

private:
    std::string source_;
    office_limits limits_;
    std::vector<zip_entry> entries_;
    std::unique_ptr<orcus::zip_archive_stream_blob> stream_;
    std::unique_ptr<orcus::zip_archive> archive_;
};

}  // namespace detail
}  // namespace govtarget
