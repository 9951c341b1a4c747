#include <govtarget/document.hpp>

#include <doctest/doctest.h>

#include <random>
#include <filesystem>
#include <fstream>
#include <string>

using namespace govtarget;

namespace {
// A file under the temporary directory with the given bytes; removed at the end of the test.
struct scratch_file {
    explicit scratch_file(const std::string& bytes)
        : path(std::filesystem::temp_directory_path() / ("govtarget_document_" + std::to_string(std::random_device{}()) + ".txt")) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~scratch_file() { std::filesystem::remove(path); }
    std::filesystem::path path;
};

std::string message_of(const std::filesystem::path& path, std::uintmax_t max_bytes = default_max_document_bytes) {
    try {
        (void)read_document_file(path, max_bytes);
    } catch (const read_error& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("a document's text") {
    const scratch_file file("二、2024年主要目标\n地区生产总值增长5.5%左右。\n");
    CHECK(read_document_file(file.path) == "二、2024年主要目标\n地区生产总值增长5.5%左右。\n");
}

TEST_CASE("what cannot be a document's text") {
    const scratch_file not_utf8("第一行\n增长\xff%");
    CHECK(message_of(not_utf8.path) == "govtarget: " + not_utf8.path.string() + ":2:3: invalid UTF-8");
    const scratch_file large("0123456789");
    CHECK(message_of(large.path, 4).find("more than the limit of 4") != std::string::npos);
    CHECK(message_of("/nonexistent/report.txt").find("cannot open the file") != std::string::npos);
    CHECK(message_of(std::filesystem::temp_directory_path()).find("a directory, not a file") != std::string::npos);
}
