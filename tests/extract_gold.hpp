#pragma once
// Gold sets of target extraction, read by careful human reading, and the score of
// extract_targets against them: detection recall and precision inside each document's plan
// region, and the share of gold targets fully right (kind and base value, bound, stretch and
// metric). Used by test_target_extractor and by the scoring program extract_gold_score.
//
// A gold directory holds, per document KEY: texts/KEY.txt (the text), KEY.region ("start:" and
// "end:" lines, exact unique substrings that bound the plan part; an empty end is the end of
// the text) and KEY.tsv (file, anchor, nth, kind, base_value, bound, stretch, metric).

#include <govtarget/target_extractor.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace govtarget::test {

struct gold_row {
    std::string file, anchor;
    int nth = 1;
    std::string kind, base, bound;
    bool stretch = false;
    std::vector<std::string> metrics;
    std::size_t begin = 0, end = 0;  // span in the text
};

struct gold_document {
    std::string key, text;
    std::size_t begin = 0, end = 0;  // the plan region
    std::vector<gold_row> rows;
};

inline std::vector<std::string> split_on(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, separator)) parts.push_back(part);
    if (!text.empty() && text.back() == separator) parts.emplace_back();
    return parts;
}

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The nth occurrence of the anchor in [from, to), not counting one inside a longer number.
inline std::size_t nth_occurrence(const std::string& text, const std::string& anchor, int nth, std::size_t from, std::size_t to) {
    std::size_t at = from;
    for (int seen = 0;; ++at) {
        at = text.find(anchor, at);
        if (at == std::string::npos || at >= to) return std::string::npos;
        const char before = at > 0 ? text[at - 1] : ' ';
        if ((before >= '0' && before <= '9') || before == '.' || before == '-') continue;
        if (++seen == nth) return at;
    }
}

// Rows of a gold TSV for the documents given (by key); throws naming the row when an anchor is
// not where it says.
inline void read_gold_rows(const std::filesystem::path& tsv, std::map<std::string, gold_document>& documents) {
    std::ifstream in(tsv);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        const auto f = split_on(line, '\t');
        if (f.size() != 8) throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": not 8 fields");
        gold_row g{f[0], f[1], std::stoi(f[2]), f[3], f[4], f[5], f[6] == "true", split_on(f[7], '|')};
        const auto doc = documents.find(g.file);
        if (doc == documents.end()) throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": no text " + g.file);
        g.begin = nth_occurrence(doc->second.text, g.anchor, g.nth, doc->second.begin, doc->second.end);
        if (g.begin == std::string::npos)
            throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": anchor not found: " + g.anchor);
        g.end = g.begin + g.anchor.size();
        doc->second.rows.push_back(g);
    }
}

// Every document of a gold directory in the KEY.region / KEY.tsv / texts/KEY.txt form.
inline std::vector<gold_document> read_gold_directory(const std::filesystem::path& dir) {
    std::map<std::string, gold_document> documents;
    std::vector<std::filesystem::path> tsvs;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".region") continue;
        gold_document doc;
        doc.key = entry.path().stem().string();
        doc.text = slurp(dir / "texts" / (doc.key + ".txt"));
        std::string start, end;
        for (const std::string& line : split_on(slurp(entry.path()), '\n')) {
            if (line.starts_with("start:")) start = line.substr(6);
            if (line.starts_with("end:")) end = line.substr(4);
        }
        const auto trim_space = [](std::string& s) {
            while (!s.empty() && (s.front() == ' ')) s.erase(s.begin());
            while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
        };
        trim_space(start);
        trim_space(end);
        doc.begin = doc.text.find(start);
        doc.end = end.empty() ? doc.text.size() : doc.text.find(end);
        if (start.empty() || doc.begin == std::string::npos || doc.end == std::string::npos || doc.end <= doc.begin)
            throw std::runtime_error(entry.path().string() + ": region markers not found");
        tsvs.push_back(dir / (doc.key + ".tsv"));
        documents[doc.key] = std::move(doc);
    }
    for (const auto& tsv : tsvs) read_gold_rows(tsv, documents);
    std::vector<gold_document> out;
    for (auto& [key, doc] : documents) out.push_back(std::move(doc));
    return out;
}

struct gold_score {
    std::string key;
    std::size_t gold = 0, extracted = 0, detected = 0, fully_right = 0;
    std::size_t fully_right_as_written = 0;  // the metric also named exactly as one of the gold names
    std::vector<std::string> notes;  // missed, extra, not fully right: one line each
    [[nodiscard]] double recall() const { return gold ? static_cast<double>(detected) / static_cast<double>(gold) : 1; }
    [[nodiscard]] double precision() const {
        return extracted ? static_cast<double>(detected) / static_cast<double>(extracted) : 1;
    }
    [[nodiscard]] double right() const { return gold ? static_cast<double>(fully_right) / static_cast<double>(gold) : 1; }
    [[nodiscard]] double right_as_written() const {
        return gold ? static_cast<double>(fully_right_as_written) / static_cast<double>(gold) : 1;
    }
    gold_score& operator+=(const gold_score& other) {
        gold += other.gold;
        extracted += other.extracted;
        detected += other.detected;
        fully_right += other.fully_right;
        fully_right_as_written += other.fully_right_as_written;
        return *this;
    }
};

// Extracts from the document's text and scores what falls in its plan region (not what the
// extractor labels review) against the gold rows.
inline gold_score score_document(const gold_document& doc) {
    gold_score score;
    score.key = doc.key;
    score.gold = doc.rows.size();
    std::vector<bool> found(doc.rows.size(), false);
    for (const extracted_target& t : extract_targets(doc.text)) {
        if (t.quantity.number_begin < doc.begin || t.quantity.number_begin >= doc.end) continue;
        if (t.section == report_section::review) continue;
        ++score.extracted;
        const base_amount base = base_value(t.quantity.value);
        bool matched = false;
        for (std::size_t g = 0; g < doc.rows.size(); ++g) {
            const gold_row& row = doc.rows[g];
            if (found[g] || t.quantity.number_end <= row.begin || t.quantity.number_begin >= row.end) continue;
            if (std::string(t.quantity.value.kind_name()) != row.kind) continue;
            const auto expected = decimal::try_parse(row.base);
            if (!expected || base.value != *expected) continue;
            matched = found[g] = true;
            ++score.detected;
            // The name as written, or the same indicator by its key (全省地区生产总值 for 地区生产总值).
            const bool as_written = std::find(row.metrics.begin(), row.metrics.end(), t.metric) != row.metrics.end();
            const bool metric_right = as_written ||
                std::any_of(row.metrics.begin(), row.metrics.end(), [&](const std::string& m) { return metric_key(m) == t.metric_key; });
            const bool bound_right = std::string(to_string(t.quantity.bound)) == row.bound;
            if (as_written && bound_right && t.stretch == row.stretch) ++score.fully_right_as_written;
            if (metric_right && bound_right && t.stretch == row.stretch) ++score.fully_right;
            else
                score.notes.push_back("not fully right: " + row.anchor + " metric=" + t.metric + (metric_right ? "" : " (gold " + row.metrics.front() + ")") +
                                      " bound=" + std::string(to_string(t.quantity.bound)) + (bound_right ? "" : " (gold " + row.bound + ")") +
                                      (t.stretch == row.stretch ? "" : " stretch wrong"));
            break;
        }
        if (!matched)
            score.notes.push_back("extracted, not in the human reading: " + t.quantity.value.to_string() + " metric=" + t.metric +
                                  " at " + std::to_string(t.quantity.number_begin));
    }
    for (std::size_t g = 0; g < doc.rows.size(); ++g)
        if (!found[g]) score.notes.push_back("missed: " + doc.rows[g].anchor + " #" + std::to_string(doc.rows[g].nth) + " (" + doc.rows[g].kind + " " + doc.rows[g].base + " " + doc.rows[g].metrics.front() + ")");
    return score;
}

}  // namespace govtarget::test
