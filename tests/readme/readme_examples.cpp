// Runs every example of the README — an indented "$ govtarget …" line and the output shown
// under it — and checks the output: the lines shown before a "…" line are the output's
// first lines, the lines after it follow in order (blank lines aside: an example shows
// none). A line shown that starts "govtarget: " is one of standard error's (in a terminal
// the two streams interleave as they come).
//
//   readme_examples README.md path/to/govtarget WORKING_DIRECTORY
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct example {
    std::size_t line = 0;
    std::string command;
    std::vector<std::string> shown;
};

constexpr std::string_view indent = "      ";

std::string trimmed_right(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

std::vector<example> examples_in(std::istream& readme) {
    std::vector<example> found;
    std::string line;
    bool in_example = false;
    for (std::size_t number = 1; std::getline(readme, line); ++number) {
        const bool indented = line.rfind(indent, 0) == 0;
        if (indented && line.compare(indent.size(), 12, "$ govtarget ") == 0) {
            found.push_back({number, line.substr(indent.size() + 2), {}});
            in_example = true;
        } else if (in_example && indented) {
            found.back().shown.push_back(trimmed_right(line.substr(indent.size())));
        } else {
            in_example = false;
        }
    }
    return found;
}

std::vector<std::string> lines_of(std::istream& in) {
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!trimmed_right(line).empty()) lines.push_back(trimmed_right(line));
    return lines;
}

std::vector<std::string> output_of(const std::string& command) {
    std::vector<std::string> lines;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return lines;
    std::string all;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) all.append(buffer, n);
    pclose(pipe);
    std::istringstream in(all);
    return lines_of(in);
}

// Where the shown lines and the output part ways, or an empty string.
std::string mismatch(const std::vector<std::string>& shown, const std::vector<std::string>& out) {
    std::size_t at = 0;
    bool skipping = false;
    for (const std::string& expected : shown) {
        if (expected == "…") {
            skipping = true;
            continue;
        }
        while (skipping && at < out.size() && out[at] != expected) ++at;
        if (at >= out.size()) return "missing: " + expected;
        if (out[at] != expected) return "expected: " + expected + "\n     got: " + out[at];
        ++at;
    }
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: readme_examples README.md GOVTARGET WORKING_DIRECTORY\n";
        return 2;
    }
    std::ifstream readme(argv[1]);
    const std::vector<example> found = examples_in(readme);
    int failed = 0;
    const std::string errors = (std::filesystem::temp_directory_path() / ("govtarget_readme_" + std::to_string(getpid()))).string();
    for (const example& e : found) {
        const std::string command = "cd '" + std::string(argv[3]) + "' && '" + argv[2] + "'" + e.command.substr(9) + " 2>'" + errors + "'";
        std::vector<std::string> shown_out, shown_err;
        for (const std::string& line : e.shown) (line.rfind("govtarget: ", 0) == 0 ? shown_err : shown_out).push_back(line);
        std::string why = mismatch(shown_out, output_of(command));
        std::ifstream err_file(errors);
        std::vector<std::string> err = lines_of(err_file);
        if (why.empty() && !shown_err.empty()) {
            shown_err.insert(shown_err.begin(), "…");
            why = mismatch(shown_err, err);
        }
        if (!why.empty()) {
            std::cerr << argv[1] << ':' << e.line << ": $ " << e.command << "\n  " << why << '\n';
            ++failed;
        }
    }
    std::remove(errors.c_str());
    std::cout << found.size() << " examples, " << failed << " not as shown\n";
    return found.empty() || failed ? 1 : 0;
}
