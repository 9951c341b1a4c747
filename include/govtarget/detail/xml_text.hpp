#pragma once
// What the readers of XML documents (web pages, the parts of .xlsx and .docx files) share:
// libxml2 kept quiet, names and attributes, and text collected into lines.

#include <govtarget/detail/text.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govtarget::detail {

inline void ignore_libxml2_error(void*, const char*, ...) {}

// libxml2 initialised, and its generic error handler silenced for the life of this object
// (it reports some faults there whatever the parse options); the program's own handler is
// put back after.
class libxml2_quiet {
public:
    libxml2_quiet() {
        static const bool initialised = (xmlInitParser(), true);
        (void)initialised;
        xmlSetGenericErrorFunc(nullptr, &ignore_libxml2_error);
    }
    ~libxml2_quiet() { xmlSetGenericErrorFunc(saved_context_, saved_); }
    libxml2_quiet(const libxml2_quiet&) = delete;
    libxml2_quiet& operator=(const libxml2_quiet&) = delete;

private:
    xmlGenericErrorFunc saved_ = xmlGenericError;
    void* saved_context_ = xmlGenericErrorContext;
};

using xml_document = std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)>;

// An element whose local name is `name` (any namespace prefix, any case).
[[nodiscard]] inline bool element_is(const xmlNode* node, const char* name) {
    return node && node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// An attribute by its local name, whatever its namespace prefix.
[[nodiscard]] inline std::optional<std::string> attribute(const xmlNode* node, const char* name) {
    std::unique_ptr<xmlChar, void (*)(void*)> value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)), xmlFree);
    if (!value) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(value.get()));
}

// The first child element named `name`.
[[nodiscard]] inline const xmlNode* child_element(const xmlNode* node, const char* name) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (element_is(child, name)) return child;
    return nullptr;
}

// Text as a page shows it: runs of white space one space (&nbsp; too), lines ended where
// the document ends a line or a block.
class text_lines {
public:
    void text(std::string_view content) {
        for (std::size_t i = 0; i < content.size();) {
            std::size_t space = 0;
            if (content[i] == ' ' || content[i] == '\t' || content[i] == '\n' || content[i] == '\r') space = 1;
            else if (content.substr(i).starts_with("\xC2\xA0")) space = 2;  // &nbsp;
            if (space) {
                if (!line_.empty() && line_.back() != ' ') line_ += ' ';
                i += space;
            } else {
                line_ += content[i++];
            }
        }
    }
    void line_break() {
        const std::string_view line = trim(line_);
        if (!line.empty()) lines_.emplace_back(line);
        line_.clear();
    }
    std::vector<std::string> lines() {
        line_break();
        return std::move(lines_);
    }
    // The last `count` lines so far, the one being written ended.
    std::vector<std::string> last_lines(std::size_t count) {
        line_break();
        return {lines_.end() - static_cast<std::ptrdiff_t>(std::min(count, lines_.size())), lines_.end()};
    }

private:
    std::string line_;
    std::vector<std::string> lines_;
};

}  // namespace govtarget::detail
