// Scores extract_targets against gold sets read by careful human reading: per document and in
// total, detection recall and precision inside each plan region (what the extractor labels
// review not counted) and the share of gold targets fully right: kind, value, bound, stretch and
// metric, the metric matched by its key (metric_key.hpp); "as written" matches the name exactly.
//   extract_gold_score [--notes] DIR...     (DIR: a gold directory, e.g. tests/data/extract_gold_2026)
#include "../tests/extract_gold.hpp"

#include <cstdio>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
    bool notes = false;
    std::vector<std::string> dirs;
    for (int k = 1; k < argc; ++k) {
        if (std::string_view(argv[k]) == "--notes") notes = true;
        else dirs.emplace_back(argv[k]);
    }
    if (dirs.empty()) {
        std::cerr << "usage: extract_gold_score [--notes] DIR...\n";
        return 2;
    }
    govtarget::test::gold_score total;
    total.key = "total";
    std::printf("%-34s %5s %5s %6s %8s %9s %11s %11s\n", "document", "gold", "out", "found", "recall", "precision", "fully right",
                "as written");
    const auto print = [](const govtarget::test::gold_score& s) {
        std::printf("%-34s %5zu %5zu %6zu %7.1f%% %8.1f%% %10.1f%% %10.1f%%\n", s.key.c_str(), s.gold, s.extracted, s.detected,
                    100 * s.recall(), 100 * s.precision(), 100 * s.right(), 100 * s.right_as_written());
    };
    try {
        for (const std::string& dir : dirs)
            for (const auto& doc : govtarget::test::read_gold_directory(dir)) {
                const govtarget::test::gold_score s = govtarget::test::score_document(doc);
                print(s);
                if (notes)
                    for (const std::string& note : s.notes) std::printf("    %s\n", note.c_str());
                total += s;
            }
    } catch (const std::exception& e) {
        std::cerr << "extract_gold_score: " << e.what() << '\n';
        return 1;
    }
    print(total);
    return 0;
}
