// A tiny test harness: TEST(name) { CHECK(...); }, one executable per area, closing line
// "N passed, N failed, N skipped". Tests that need ../shared data call SKIP() when it is absent.
#pragma once
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace er_test {

struct Case {
    const char* name;
    void (*fn)();
};
inline std::vector<Case>& registry() {
    static std::vector<Case> r;
    return r;
}
struct Reg {
    Reg(const char* name, void (*fn)()) { registry().push_back({name, fn}); }
};
inline int& failures() { static int n = 0; return n; }
inline bool& skipped() { static bool s = false; return s; }

inline bool path_exists(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0;
}

// The shared test data folder (EDGERUNNER_SHARED, default ../shared beside the repo), or "" if absent.
inline std::string shared_dir() {
    const char* env = std::getenv("EDGERUNNER_SHARED");
    std::string dir = env && *env ? env : EDGERUNNER_SHARED_DEFAULT;
    return path_exists(dir + "/models") ? dir : std::string();
}

// The CLI binary, prefixed by the emulator (qemu) when the tests run a cross-compiled build.
inline std::string cli_path() {
    const char* emu = std::getenv("EDGERUNNER_EMULATOR");
    return (emu && *emu ? std::string(emu) + " " : std::string()) + EDGERUNNER_CLI_PATH;
}

// Runs a shell command, returns its stdout; *status gets the exit code.
inline std::string run_command(const std::string& cmd, int* status = nullptr) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) { if (status) *status = -1; return out; }
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int rc = pclose(p);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

inline std::string read_file(const std::string& path) {
    std::string out;
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return out;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return out;
}

}  // namespace er_test

#define TEST(name)                                                  \
    static void name();                                             \
    static er_test::Reg er_test_reg_##name(#name, name);            \
    static void name()

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::printf("  CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);      \
            ++er_test::failures();                                                        \
        }                                                                                 \
    } while (0)

#define CHECK_MSG(cond, ...)                                                              \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::printf("  CHECK failed at %s:%d: %s: ", __FILE__, __LINE__, #cond);      \
            std::printf(__VA_ARGS__);                                                     \
            std::printf("\n");                                                            \
            ++er_test::failures();                                                        \
        }                                                                                 \
    } while (0)

// Stops the current test (use only in the test body itself), counting it as skipped.
#define SKIP(...)                                   \
    do {                                            \
        std::printf("  SKIP: ");                    \
        std::printf(__VA_ARGS__);                   \
        std::printf("\n");                          \
        er_test::skipped() = true;                  \
        return;                                     \
    } while (0)

#define REQUIRE_SHARED(dir)                                                                          \
    std::string dir = er_test::shared_dir();                                                         \
    if (dir.empty()) SKIP("shared test data not found (set EDGERUNNER_SHARED or place ../shared)")

#define TEST_MAIN()                                                                                   \
    int main(int argc, char** argv) {                                                                 \
        int passed = 0, failed = 0, skipped = 0;                                                      \
        for (const auto& c : er_test::registry()) {                                                   \
            if (argc > 1 && std::string(argv[1]) != c.name) continue;                                 \
            int before = er_test::failures();                                                         \
            er_test::skipped() = false;                                                               \
            std::printf("[ RUN  ] %s\n", c.name);                                                     \
            std::fflush(stdout);                                                                      \
            c.fn();                                                                                   \
            if (er_test::failures() != before) { ++failed; std::printf("[ FAIL ] %s\n", c.name); }   \
            else if (er_test::skipped()) { ++skipped; std::printf("[ SKIP ] %s\n", c.name); }        \
            else { ++passed; std::printf("[  OK  ] %s\n", c.name); }                                 \
            std::fflush(stdout);                                                                      \
        }                                                                                             \
        std::printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);                   \
        return failed ? 1 : 0;                                                                        \
    }
