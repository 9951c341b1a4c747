// The office part from a consumer's build: the bundled table as an Excel workbook.
#include <govtarget/office_table.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    const govtarget::completion_table table = govtarget::read_completion_table_office_file(argv[1]);
    std::cout << "consumer: " << table.rows.size() << " rows from the workbook\n";
    return table.rows.size() == 159 ? 0 : 1;
}
