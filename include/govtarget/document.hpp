#pragma once
// A document's text from a file, for the readers that take text (extract_targets,
// read_quantities): read within a size limit, and checked to be UTF-8.

#include <govtarget/detail/file.hpp>
#include <govtarget/detail/utf8.hpp>
#include <govtarget/error.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

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

// What a file holds, from its first bytes (not its name): the readers each kind goes to.
enum class document_kind {
    text,           // UTF-8 text, CSV, TSV: read_completion_table
    html,           // a web page: read_completion_table_html (govtarget::html)
    office_zip,     // .xlsx, .docx (a zip of XML parts)
    office_binary,  // .xls, .doc, .wps, .et (OLE2 compound files of old Office and WPS)
    office_encrypted,  // a password-protected .xlsx or .docx (an OLE2 file holding the encrypted package)
    pdf,
    binary,         // anything else that is not text
};

[[nodiscard]] inline document_kind kind_of_document(std::string_view bytes) {
    if (bytes.starts_with("PK\x03\x04")) return document_kind::office_zip;
    if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // The stream name "EncryptedPackage" in the compound file's directory, in UTF-16LE.
        static constexpr char encrypted[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
        return bytes.find(std::string_view(encrypted, sizeof encrypted - 1)) != std::string_view::npos
                   ? document_kind::office_encrypted
                   : document_kind::office_binary;
    }
    if (bytes.starts_with("%PDF-")) return document_kind::pdf;
    std::string head(bytes.substr(0, 2048));
    for (char& c : head) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view tag : {"<html", "<!doctype html", "<table", "<body"})
        if (head.find(tag) != std::string::npos) return document_kind::html;
    if (bytes.find('\0') != std::string_view::npos) return document_kind::binary;
    return document_kind::text;
}

// The read_error for a file of a kind no reader takes, saying how to make it one that does.
[[nodiscard]] inline read_error unreadable_document(const std::filesystem::path& path, document_kind kind) {
    switch (kind) {
        case document_kind::office_binary: {
            std::string ext = path.extension().string();
            for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            const std::string named = ext == ".xlsx" || ext == ".docx" ? " named " + ext + " but" : "";
            return read_error(path.string(), 0, 0, "",
                              "a file" + named + " in the old binary Office or WPS format (.xls, .doc, .wps, .et): convert it "
                              "first, soffice --headless --convert-to xlsx (or docx, or csv) FILE");
        }
        case document_kind::office_encrypted:
            return read_error(path.string(), 0, 0, "",
                              "a password-protected Office file: open it in Excel, WPS or Word, remove the password and "
                              "save it again (or export CSV)");
        case document_kind::office_zip:
            return read_error(path.string(), 0, 0, "",
                              "an .xlsx or .docx file, which this build does not read: save the table as CSV, or "
                              "soffice --headless --convert-to csv FILE");
        case document_kind::pdf:
            return read_error(path.string(), 0, 0, "", "a PDF: convert it to text first, pdftotext -layout FILE");
        case document_kind::html:
            return read_error(path.string(), 0, 0, "", "a web page, and this build has no HTML reader (govtarget::html, libxml2)");
        case document_kind::binary:
        case document_kind::text: break;
    }
    return read_error(path.string(), 0, 0, "", "not a text file, a web page or an office document");
}

}  // namespace govtarget
