#pragma once
// The bundled real documents, for tests.
#include <fstream>
#include <sstream>
#include <string>

inline std::string seed_path(const std::string& name) { return std::string(GOVTARGET_DATA_DIR) + "/gongshu-2024/" + name; }

inline std::string read_seed(const std::string& name) {
    std::ifstream in(seed_path(name), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

inline const char* const q2_table = "001_4e6b7b6819e2a666.txt";
