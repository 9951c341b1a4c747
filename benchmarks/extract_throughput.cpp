// Job B: extraction throughput of govtarget::extract_targets on one core.
//   bench_extract_throughput FILE
// FILE holds documents separated by form feeds (the 72 national reports ten times, ≈ 33 MB:
// see benchmarks/README.md). Measured two ways, best of 5 each: document by document, as a
// program extracts reports, and the whole file as one text. The yardstick, in the same run,
// is one pass that decodes every character of the file: the ratio says how many such passes
// extraction costs, whatever the machine's speed that day.
#include <govtarget/detail/utf8.hpp>
#include <govtarget/target_extractor.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

namespace {

template <class Work>
double best_of_five(Work&& work) {
    double best = 1e30;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

std::vector<std::string_view> documents_of(std::string_view all) {
    std::vector<std::string_view> documents;
    std::size_t from = 0;
    for (std::size_t at; (at = all.find('\f', from)) != std::string_view::npos; from = at + 1)
        documents.push_back(all.substr(from, at - from));
    if (from < all.size()) documents.push_back(all.substr(from));
    return documents;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_extract_throughput FILE\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    const auto documents = documents_of(text);
    const double megabytes = static_cast<double>(text.size()) / 1e6;

    std::size_t characters = 0;
    const double yardstick = best_of_five([&] {
        characters = 0;
        for (std::size_t i = 0; i < text.size(); ++i)
            characters += govtarget::detail::valid_sequence_length(text, i) > 0 && !govtarget::detail::is_continuation(text[i]);
    });
    std::size_t by_document = 0, whole = 0;
    const double each = best_of_five([&] {
        by_document = 0;
        for (std::string_view document : documents) by_document += govtarget::extract_targets(document).size();
    });
    const double at_once = best_of_five([&] { whole = govtarget::extract_targets(text).size(); });

    std::printf("%zu bytes, %zu documents, %zu characters\n", text.size(), documents.size(), characters);
    std::printf("yardstick (decode every character): %.3f s, %.1f MB/s\n", yardstick, megabytes / yardstick);
    std::printf("document by document: %zu targets, %.3f s, %.1f MB/s, %.1f yardsticks\n", by_document, each, megabytes / each,
                each / yardstick);
    std::printf("the whole file as one text: %zu targets, %.3f s, %.1f MB/s, %.1f yardsticks\n", whole, at_once, megabytes / at_once,
                at_once / yardstick);
}
