#pragma once
// A zip archive of stored (uncompressed) entries, for tests that build .xlsx and .docx
// packages part by part.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace govtarget::test {

inline std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void put(std::string& out, std::uint32_t value, int width) {
    for (int k = 0; k < width; ++k) out += static_cast<char>((value >> (8 * k)) & 0xFF);
}

// The archive of `parts` (name, content), in order.
inline std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::string out, directory;
    for (const auto& [name, content] : parts) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(content);
        const auto size = static_cast<std::uint32_t>(content.size());
        const auto name_size = static_cast<std::uint32_t>(name.size());
        put(out, 0x04034b50, 4);
        put(out, 20, 2);  // version needed
        put(out, 0x0800, 2);  // names in UTF-8
        put(out, 0, 2);  // stored
        put(out, 0, 4);  // time, date
        put(out, crc, 4);
        put(out, size, 4);
        put(out, size, 4);
        put(out, name_size, 2);
        put(out, 0, 2);
        out += name + content;
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2);
        put(directory, 20, 2);
        put(directory, 0x0800, 2);
        put(directory, 0, 2);
        put(directory, 0, 4);
        put(directory, crc, 4);
        put(directory, size, 4);
        put(directory, size, 4);
        put(directory, name_size, 2);
        put(directory, 0, 2);  // extra
        put(directory, 0, 2);  // comment
        put(directory, 0, 2);  // disk
        put(directory, 0, 2);  // internal attributes
        put(directory, 0, 4);  // external attributes
        put(directory, offset, 4);
        directory += name;
    }
    const auto directory_at = static_cast<std::uint32_t>(out.size());
    out += directory;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, static_cast<std::uint32_t>(parts.size()), 2);
    put(out, static_cast<std::uint32_t>(parts.size()), 2);
    put(out, static_cast<std::uint32_t>(directory.size()), 4);
    put(out, directory_at, 4);
    put(out, 0, 2);
    return out;
}

inline const char* const xml_head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

inline std::string root_relationships(const std::string& main_part) {
    return std::string(xml_head) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"" + main_part + "\"/></Relationships>";
}

// A workbook of one sheet, with the given sheet XML (the <worksheet> element's content), shared
// strings (<si> elements) and styles (<styleSheet> content).
inline std::string workbook_of(const std::string& sheet_data, const std::string& shared_strings = "",
                               const std::string& styles = "", const std::string& workbook_pr = "") {
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return zip_of({
        {"[Content_Types].xml", std::string(xml_head) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", root_relationships("xl/workbook.xml")},
        {"xl/workbook.xml", std::string(xml_head) + "<workbook " + ns + ">" + workbook_pr +
                                "<sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         std::string(xml_head) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                 "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                 "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                 "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"/xl/styles.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", std::string(xml_head) + "<worksheet " + ns + ">" + sheet_data + "</worksheet>"},
        {"xl/sharedStrings.xml", std::string(xml_head) + "<sst " + ns + ">" + shared_strings + "</sst>"},
        {"xl/styles.xml", std::string(xml_head) + "<styleSheet " + ns + ">" + styles + "</styleSheet>"},
    });
}

// A Word document whose body holds `body`.
inline std::string document_of(const std::string& body) {
    return zip_of({
        {"[Content_Types].xml", std::string(xml_head) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", root_relationships("word/document.xml")},
        {"word/document.xml", std::string(xml_head) +
                                  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                                  body + "</w:body></w:document>"},
    });
}

}  // namespace govtarget::test
