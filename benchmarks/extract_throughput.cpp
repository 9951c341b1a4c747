// Job B: extraction throughput of govtarget::extract_targets on one core, over a text file
// (the 72 national reports concatenated ten times, ≈ 33 MB: see benchmarks/README.md).
//   bench_extract_throughput FILE
#include <govtarget/target_extractor.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_extract_throughput FILE\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    double best = 1e30;
    std::size_t found = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        found = govtarget::extract_targets(text).size();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("%zu bytes, %zu targets, best of 5: %.3f s, %.1f MB/s\n", text.size(), found, best,
                static_cast<double>(text.size()) / best / 1e6);
}
