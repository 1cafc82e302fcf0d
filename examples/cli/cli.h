// Shared bits of the `edgerunner` command-line tool: argument parsing and the sub-command table.
#pragma once
#include "edgerunner.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace cli {

// Arguments after the sub-command: flags with values (-m X, --top 5), boolean flags, positionals.
class Args {
public:
    Args(int argc, char** argv) {
        for (int i = 0; i < argc; ++i) items_.emplace_back(argv[i]);
        used_.assign(items_.size(), false);
    }
    // Value of the first of `names` present ("-m", "--model"); fallback when absent.
    std::string value(std::initializer_list<const char*> names, const std::string& fallback = "") {
        for (size_t i = 0; i < items_.size(); ++i)
            for (const char* n : names)
                if (items_[i] == n) {
                    used_[i] = true;
                    if (i + 1 < items_.size()) {
                        used_[i + 1] = true;
                        return items_[i + 1];
                    }
                    missing_value_ = n;
                    return fallback;
                }
        return fallback;
    }
    bool has(std::initializer_list<const char*> names) {
        for (size_t i = 0; i < items_.size(); ++i)
            for (const char* n : names)
                if (items_[i] == n) {
                    used_[i] = true;
                    return true;
                }
        return false;
    }
    long long integer(std::initializer_list<const char*> names, long long fallback) {
        std::string v = value(names);
        if (v.empty()) return fallback;
        char* end = nullptr;
        long long x = std::strtoll(v.c_str(), &end, 10);
        if (!end || *end) bad_ = "not an integer: " + v;
        return x;
    }
    double real(std::initializer_list<const char*> names, double fallback) {
        std::string v = value(names);
        if (v.empty()) return fallback;
        char* end = nullptr;
        double x = std::strtod(v.c_str(), &end);
        if (!end || *end) bad_ = "not a number: " + v;
        return x;
    }
    // Arguments not consumed by value()/has(): positionals, or unknown flags.
    std::vector<std::string> rest() const {
        std::vector<std::string> r;
        for (size_t i = 0; i < items_.size(); ++i)
            if (!used_[i]) r.push_back(items_[i]);
        return r;
    }
    // An error to report (unknown flag, flag without value, bad number), or "".
    std::string error() const {
        if (!missing_value_.empty()) return "missing value after " + missing_value_;
        if (!bad_.empty()) return bad_;
        for (size_t i = 0; i < items_.size(); ++i)
            if (!used_[i] && items_[i].size() > 1 && items_[i][0] == '-') return "unknown option " + items_[i];
        return "";
    }

private:
    std::vector<std::string> items_;
    std::vector<bool> used_;
    std::string missing_value_, bad_;
};

inline int fail(const std::string& msg) {
    std::fprintf(stderr, "edgerunner: %s\n", msg.c_str());
    return 1;
}

// Each sub-command lives in its own file; main.cpp dispatches by name.
int cmd_info(Args& args);
int cmd_tokenize(Args& args);
int cmd_template(Args& args);
int cmd_eval(Args& args);
int cmd_run(Args& args);
int cmd_bench(Args& args);

}  // namespace cli
