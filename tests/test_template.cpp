// Chat template engine: language features one by one, the shared real-template corpus (renders by
// @huggingface/jinja), the chat API, limits and a bounded mutation test.
#include "edgerunner.h"
#include "test_util.h"

#include <dirent.h>

#include <algorithm>
#include <random>

using er::json::Value;
using er::tmpl::ChatTemplate;

// Renders `src` with `vars` (a JSON object text); returns the output or "ERROR: message".
static std::string render(const std::string& src, const std::string& vars = "{}") {
    er::Result<ChatTemplate> t = ChatTemplate::parse(src);
    if (!t.ok()) return "ERROR: " + t.message();
    er::Result<Value> v = er::json::parse(vars);
    if (!v.ok()) return "ERROR: bad vars: " + v.message();
    er::Result<std::string> out = t->render(*v, er::tmpl::Limits(), 1721995200);
    return out.ok() ? *out : "ERROR: " + out.message();
}

#define EXPECT_RENDER(src, vars, expected)                                                                    \
    do {                                                                                                     \
        std::string got_ = render(src, vars);                                                                \
        CHECK_MSG(got_ == (expected), "template %s\n    got      [%s]\n    expected [%s]", src, got_.c_str(), \
                  std::string(expected).c_str());                                                           \
    } while (0)

static bool has_error(const std::string& out, const std::string& what) {
    return out.rfind("ERROR: ", 0) == 0 && out.find(what) != std::string::npos;
}

static std::vector<std::string> list_dir(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
                out.push_back(n);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(raise_exception_carries_the_templates_message) {
    std::string out = render("a{{ raise_exception('Roles must alternate') }}");
    CHECK_MSG(has_error(out, "Roles must alternate"), "%s", out.c_str());
    CHECK_MSG(has_error(out, "line 1, column"), "%s", out.c_str());
}

TEST(shared_templates_match_reference_renders) {
    REQUIRE_SHARED(shared);
    std::string dir = shared + "/templates";
    int outputs = 0, outputs_ok = 0, errors = 0, errors_ok = 0, unsupported = 0;
    for (const std::string& name : list_dir(dir + "/expected", ".json")) {
        er::Result<Value> spec = er::json::parse(er_test::read_file(dir + "/expected/" + name));
        CHECK_MSG(spec.ok(), "%s: %s", name.c_str(), spec.message().c_str());
        if (!spec.ok()) continue;
        std::string source = er_test::read_file(dir + "/" + (*spec)["template"].as_string());
        er::Result<ChatTemplate> t = ChatTemplate::parse(source);
        const Value& ctx = (*spec)["context"];
        int64_t clock = 0;
        CHECK(er::tmpl::parse_iso8601(ctx["clock"].as_string(), &clock));
        for (const auto& c : (*spec)["cases"].members()) {
            const Value& input = c.second["input"];
            er::tmpl::ChatRequest req;
            req.messages = input["messages"];
            if (input.find("tools")) req.tools = input["tools"];
            req.add_generation_prompt = input["add_generation_prompt"].as_bool();
            req.bos_token = ctx["bos_token"].as_string();
            req.eos_token = ctx["eos_token"].as_string();
            req.now = clock;
            req.extra.set("date_string", ctx["date_string"]);
            std::string got, err;
            bool ok = false;
            if (t.ok()) {
                er::Result<std::string> r = t->apply(req);
                ok = r.ok();
                if (ok) got = *r;
                else err = r.message();
            } else {
                err = t.message();
            }
            if (const Value* want = c.second.find("output")) {
                ++outputs;
                if (ok && got == want->as_string()) ++outputs_ok;
                else if (!ok) std::printf("  %s / %s: error: %s\n", name.c_str(), c.first.c_str(), err.c_str());
                else {
                    const std::string& w = want->as_string();
                    size_t k = 0;
                    while (k < got.size() && k < w.size() && got[k] == w[k]) ++k;
                    size_t from = k > 60 ? k - 60 : 0;
                    std::printf("  %s / %s: differs at byte %zu\n    got:  [%s]\n    want: [%s]\n", name.c_str(),
                                c.first.c_str(), k, got.substr(from, 160).c_str(), w.substr(from, 160).c_str());
                }
            } else if (const Value* want_err = c.second.find("expected_error")) {
                ++errors;
                if (!ok && err.find(want_err->as_string()) != std::string::npos) ++errors_ok;
                else std::printf("  %s / %s: expected error '%s', got %s\n", name.c_str(), c.first.c_str(),
                                 want_err->as_string().c_str(), ok ? "output" : err.c_str());
            } else {
                ++unsupported;  // the reference failed here: rendering or a clean error are both fine
            }
        }
    }
    std::printf("  shared templates: %d/%d outputs, %d/%d expected errors, %d reference-unsupported cases ran\n",
                outputs_ok, outputs, errors_ok, errors, unsupported);
    CHECK(outputs > 0);
    CHECK(outputs_ok == outputs);
    CHECK(errors_ok == errors);
}

TEST_MAIN()
