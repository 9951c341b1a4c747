#include <govtarget/completion_table.hpp>
#include <govtarget/xlsx_report.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"

#include <filesystem>
#include <fstream>

using namespace govtarget;

TEST_CASE("the report as a workbook: a zip of the two sheets, or an error naming the path") {
    const auto table = read_completion_table(read_seed(q2_table), q2_table);
    const auto as_of = table.default_as_of();
    const completion_report report = make_completion_report(table.tasks(as_of), {table.title, "", *table.target_period(), as_of});
    const auto path = std::filesystem::temp_directory_path() / "govtarget_test_report.xlsx";
    write_xlsx_report(path, report);
    std::ifstream in(path, std::ios::binary);
    char magic[4]{};
    in.read(magic, 4);
    CHECK(std::string(magic, 4) == std::string("PK\x03\x04", 4));
    CHECK(std::filesystem::file_size(path) > 10000);
    std::filesystem::remove(path);
    CHECK_THROWS_WITH_AS(write_xlsx_report("/nonexistent-dir/r.xlsx", report),
                         doctest::Contains("/nonexistent-dir/r.xlsx:0:0: cannot"), read_error);
}
