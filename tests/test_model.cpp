// Model loading and the forward pass, checked against llama.cpp reference logits (../shared/ref and
// ../shared/models/reference), plus session behaviour: independence, context limits, rewind, batching.
#include "edgerunner.h"
#include "test_util.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <unistd.h>

namespace {

// ---- a small JSON reader for the reference files (the engine's own JSON lives in section [7]) ----
struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    double number = 0;
    std::string str;
    std::vector<Json> items;
    std::map<std::string, Json> fields;

    const Json& operator[](const std::string& key) const {
        static const Json missing;
        auto it = fields.find(key);
        return it == fields.end() ? missing : it->second;
    }
    const Json& operator[](size_t i) const {
        static const Json missing;
        return i < items.size() ? items[i] : missing;
    }
    size_t size() const { return items.size(); }
    bool has(const std::string& key) const { return fields.count(key) != 0; }
};

class JsonParser {
public:
    explicit JsonParser(const std::string& text) : s_(text) {}
    bool parse(Json* out) {
        bool ok = value(out, 0);
        ws();
        return ok && i_ == s_.size();
    }

private:
    void ws() {
        while (i_ < s_.size() && std::strchr(" \t\r\n", s_[i_])) ++i_;
    }
    bool lit(const char* w) {
        size_t n = std::strlen(w);
        if (s_.compare(i_, n, w) != 0) return false;
        i_ += n;
        return true;
    }
    bool string(std::string* out) {
        if (s_[i_] != '"') return false;
        for (++i_; i_ < s_.size() && s_[i_] != '"'; ++i_) {
            if (s_[i_] == '\\' && ++i_ < s_.size()) {
                char c = s_[i_];
                if (c == 'u') {  // keys and texts in the reference files are ASCII; keep escapes verbatim
                    out->append("\\u");
                    continue;
                }
                out->push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
            } else {
                out->push_back(s_[i_]);
            }
        }
        if (i_ >= s_.size()) return false;
        ++i_;
        return true;
    }
    bool value(Json* v, int depth) {
        if (depth > 64) return false;
        ws();
        if (i_ >= s_.size()) return false;
        char c = s_[i_];
        if (c == '{') {
            v->kind = Json::Object;
            ++i_;
            ws();
            if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
            for (;;) {
                ws();
                std::string key;
                if (i_ >= s_.size() || !string(&key)) return false;
                ws();
                if (i_ >= s_.size() || s_[i_++] != ':') return false;
                if (!value(&v->fields[key], depth + 1)) return false;
                ws();
                if (i_ >= s_.size()) return false;
                if (s_[i_] == ',') { ++i_; continue; }
                return s_[i_++] == '}';
            }
        }
        if (c == '[') {
            v->kind = Json::Array;
            ++i_;
            ws();
            if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
            for (;;) {
                v->items.emplace_back();
                if (!value(&v->items.back(), depth + 1)) return false;
                ws();
                if (i_ >= s_.size()) return false;
                if (s_[i_] == ',') { ++i_; continue; }
                return s_[i_++] == ']';
            }
        }
        if (c == '"') {
            v->kind = Json::String;
            return string(&v->str);
        }
        if (lit("true")) { v->kind = Json::Bool; v->number = 1; return true; }
        if (lit("false")) { v->kind = Json::Bool; return true; }
        if (lit("null")) return true;
        char* end = nullptr;
        v->number = std::strtod(s_.c_str() + i_, &end);
        if (end == s_.c_str() + i_) return false;
        v->kind = Json::Number;
        i_ = static_cast<size_t>(end - s_.c_str());
        return true;
    }
    const std::string& s_;
    size_t i_ = 0;
};

bool load_json(const std::string& path, Json* out) {
    std::string text = er_test::read_file(path);
    return !text.empty() && JsonParser(text).parse(out);
}

std::vector<int32_t> ints(const Json& a) {
    std::vector<int32_t> v;
    for (const Json& x : a.items) v.push_back(static_cast<int32_t>(x.number));
    return v;
}

int32_t argmax(const float* x, int32_t n) {
    int32_t best = 0;
    for (int32_t i = 1; i < n; ++i)
        if (x[i] > x[best]) best = i;
    return best;
}

// A temporary directory removed (with its files) at exit of scope.
struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/er_test_model_XXXXXX";
        if (mkdtemp(tmpl)) path = tmpl;
    }
    ~TempDir() {
        if (!path.empty()) er_test::run_command("rm -rf '" + path + "'");
    }
};

bool have_python() {
    int status = -1;
    er_test::run_command("python3 --version >/dev/null 2>&1", &status);
    return status == 0;
}

// The model of a reference JSON: stored in shared/, or (f16/bf16) regenerated with its `generator` command.
std::string ref_model_path(const std::string& shared, const Json& ref, TempDir& tmp, std::string* why_missing) {
    std::string stored = shared + "/" + ref["model"].str;
    if (er_test::path_exists(stored)) return stored;
    if (!have_python()) {
        *why_missing = "python3 is missing, cannot regenerate " + ref["model"].str;
        return "";
    }
    std::string gen = ref["generator"].str;
    size_t o = gen.find(" -o ");
    if (o == std::string::npos || tmp.path.empty()) {
        *why_missing = "cannot regenerate " + ref["model"].str;
        return "";
    }
    std::string out = tmp.path + "/" + ref["model"].str.substr(ref["model"].str.rfind('/') + 1);
    int status = -1;
    er_test::run_command("cd '" + shared + "' && " + gen.substr(0, o) + " -q -o '" + out + "' 2>&1", &status);
    if (status != 0) {
        *why_missing = "the generator failed for " + ref["model"].str;
        return "";
    }
    std::string sum = er_test::run_command("sha256sum '" + out + "' 2>/dev/null");
    if (!sum.empty() && sum.substr(0, 64) != ref["model_sha256"].str) {
        *why_missing = "regenerated " + out + " does not have the reference sha256";
        return "";
    }
    return out;
}

struct RefResult {
    double dx = 0, dn = 0, d_native_exact = 0;
    int top1_ok = 0, top1_checked = 0, greedy_match = 0, greedy_required = 0;
    double nll = 0, nll_exact = 0, nll_native = 0;
    bool pass_criterion = false;
    // The reference the engine follows: "exact_" (fp32 math, the scalar path) or "" (llama.cpp's native
    // activation-quantized path, which the SIMD kernels reproduce). The strict checks run against it.
    // Within 2e-3 of exact (fp32 math), ref/README's strict tolerances apply; otherwise (activations quantized
    // as llama.cpp does) its pass tolerance 1.5*D + 2e-3 against the nearer reference, also for the top-1 and
    // greedy near-tie margins.
    std::string followed;
    double d_followed = 0, nll_followed = 0, tol = 0, nll_tol = 0;
    bool ran_on_gpu = false;
};

// Runs the 64 prompt tokens in one batch and 32 greedy steps, compares with one reference JSON.
RefResult check_reference(const er::Model& model, const Json& ref) {
    RefResult r;
    const std::vector<int32_t> prompt = ints(ref["prompt_tokens"]);
    const int32_t n_vocab = static_cast<int32_t>(ref["n_vocab"].number);
    const size_t n = prompt.size();
    CHECK(model.info().n_vocab == n_vocab);
    er::SessionOptions opts;
    opts.n_ctx = 256;
    opts.n_threads = 1;
    opts.kv_type = er::KvType::F32;  // as the reference
    // EDGERUNNER_TEST_BACKEND=vulkan runs the same checks on the GPU backend (types it cannot run fall back).
    const char* backend = std::getenv("EDGERUNNER_TEST_BACKEND");
    const bool gpu = backend && std::string(backend) == "vulkan";
    if (gpu) opts.backend = er::BackendKind::Vulkan;
    er::Result<er::Session> s = model.new_session(opts);
    CHECK_MSG(s.ok(), "%s", s.message().c_str());
    if (!s.ok()) return r;
    if (gpu) std::printf("  [backend %s]", s->backend_name());
    r.ran_on_gpu = gpu && std::string(s->backend_name()) == "vulkan";
    std::vector<float> logits;
    er::Status st = s->eval(prompt.data(), n, &logits, true);
    CHECK_MSG(st.ok(), "%s", st.message().c_str());
    if (!st.ok()) return r;

    const double strict_tol = 2e-3;
    r.d_native_exact = ref["native_vs_exact_max_abs_diff"].number;
    const Json& positions = ref["last_logits_positions"];
    for (size_t p = 0; p < positions.size(); ++p) {
        const size_t pos = static_cast<size_t>(positions[p].number);
        const float* mine = logits.data() + pos * static_cast<size_t>(n_vocab);
        for (int32_t i = 0; i < n_vocab; ++i) {
            r.dx = std::max(r.dx, std::fabs(mine[i] - ref["exact_last_logits"][p][static_cast<size_t>(i)].number));
            r.dn = std::max(r.dn, std::fabs(mine[i] - ref["last_logits"][p][static_cast<size_t>(i)].number));
        }
    }
    r.pass_criterion = std::min(r.dx, r.dn) <= 1.5 * r.d_native_exact + 2e-3;
    const bool strict = r.dx <= strict_tol;
    r.followed = strict || r.dx <= r.dn ? "exact_" : "";
    r.d_followed = std::min(r.dx, r.dn);
    r.tol = strict ? strict_tol : 1.5 * r.d_native_exact + strict_tol;
    const std::string& pre = r.followed;

    // Top-1 where the exact reference is not a near-tie; mean NLL over positions 0..n-2.
    double nll_sum = 0;
    for (size_t t = 0; t < n; ++t) {
        const float* row = logits.data() + t * static_cast<size_t>(n_vocab);
        const Json& top = ref[pre + "top10_logits"][t];
        if (top[0].number - top[1].number > 2 * r.tol) {
            ++r.top1_checked;
            r.top1_ok += argmax(row, n_vocab) == static_cast<int32_t>(ref[pre + "top10_ids"][t][0].number);
        }
        if (t + 1 < n) {
            double mx = row[argmax(row, n_vocab)], sum = 0;
            for (int32_t i = 0; i < n_vocab; ++i) sum += std::exp(static_cast<double>(row[i]) - mx);
            nll_sum += mx + std::log(sum) - row[prompt[t + 1]];
        }
    }
    r.nll = nll_sum / static_cast<double>(n - 1);
    r.nll_exact = ref["exact_mean_nll"].number;
    r.nll_native = ref["mean_nll"].number;
    r.nll_followed = ref[pre + "mean_nll"].number;
    r.nll_tol = strict ? 1e-3 : std::fabs(r.nll_exact - r.nll_native) + 2e-3;

    // Greedy: must follow the exact reference until its first near-tie.
    const std::vector<int32_t> expect = ints(ref[pre + "greedy_tokens"]);
    r.greedy_required = static_cast<int>(expect.size());
    for (size_t g = 0; g < expect.size(); ++g) {
        const Json& top = ref[pre + "greedy_top10_logits"][g];
        if (top[0].number - top[1].number < 2 * r.tol) {
            r.greedy_required = static_cast<int>(g);
            break;
        }
    }
    std::vector<float> last(logits.end() - n_vocab, logits.end());
    bool diverged = false;
    for (size_t g = 0; g < expect.size(); ++g) {
        int32_t next = argmax(last.data(), n_vocab);
        if (!diverged && next == expect[g]) ++r.greedy_match;
        else diverged = true;
        if (g + 1 < expect.size()) {
            st = s->eval(&next, 1, &last);
            CHECK_MSG(st.ok(), "%s", st.message().c_str());
            if (!st.ok()) break;
        }
    }
    return r;
}

void check_reference_arch(const std::string& arch) {
    std::string shared = er_test::shared_dir();
    if (shared.empty()) return;
    static const char* kTypes[] = {"f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "q5_0", "q5_1",
                                   "q4_k", "q5_k", "q6_k", "q2_k", "q3_k", "iq4_nl", "iq4_xs"};
    // EDGERUNNER_TEST_TYPES=f32,q4_k,... limits the types (CI's slow sanitizer, emulator and lavapipe runs).
    const char* only = std::getenv("EDGERUNNER_TEST_TYPES");
    const std::string only_list = only && *only ? "," + std::string(only) + "," : "";
    TempDir tmp;
    int checked = 0, on_gpu = 0;
    for (const char* type : kTypes) {
        if (!only_list.empty() && only_list.find("," + std::string(type) + ",") == std::string::npos) continue;
        const std::string json_path = shared + "/ref/" + arch + "-tiny-" + type + ".json";
        Json ref;
        if (!load_json(json_path, &ref)) {
            std::printf("  %-7s %-6s SKIP: cannot read %s\n", arch.c_str(), type, json_path.c_str());
            continue;
        }
        std::string why;
        std::string path = ref_model_path(shared, ref, tmp, &why);
        if (path.empty()) {
            std::printf("  %-7s %-6s SKIP: %s\n", arch.c_str(), type, why.c_str());
            continue;
        }
        er::Result<er::Model> model = er::Model::load(path);
        if (!model.ok() && model.message().find("cannot compute with") != std::string::npos) {
            std::printf("  %-7s %-6s SKIP: this build has no dequantizer for %s yet\n", arch.c_str(), type, type);
            continue;
        }
        CHECK_MSG(model.ok(), "%s", model.message().c_str());
        if (!model.ok()) continue;
        RefResult r = check_reference(*model, ref);
        const char* followed = r.followed.empty() ? "native" : "exact";
        std::printf("  %-7s %-6s dx %.2e dn %.2e (D %.2e, pass %s) follows %s: top1 %d/%d greedy %d/32 (need %d) "
                    "nll %.5f ref %.5f\n",
                    arch.c_str(), type, r.dx, r.dn, r.d_native_exact, r.pass_criterion ? "yes" : "NO", followed,
                    r.top1_ok, r.top1_checked, r.greedy_match, r.greedy_required, r.nll, r.nll_followed);
        CHECK_MSG(r.d_followed <= r.tol, "%s %s: max |logit - %s| = %g > %g", arch.c_str(), type, followed,
                  r.d_followed, r.tol);
        CHECK_MSG(r.pass_criterion, "%s %s: min(dx, dn) above 1.5*D + 2e-3", arch.c_str(), type);
        CHECK_MSG(r.top1_ok == r.top1_checked, "%s %s: top-1 %d/%d", arch.c_str(), type, r.top1_ok, r.top1_checked);
        CHECK_MSG(r.greedy_match >= r.greedy_required, "%s %s: greedy matches %d tokens, needs %d", arch.c_str(),
                  type, r.greedy_match, r.greedy_required);
        CHECK_MSG(std::fabs(r.nll - r.nll_followed) <= r.nll_tol, "%s %s: mean NLL %g vs %s %g", arch.c_str(), type,
                  r.nll, followed, r.nll_followed);
        ++checked;
        on_gpu += r.ran_on_gpu;
    }
    CHECK_MSG(checked > 0, "no reference model of %s could be checked", arch.c_str());
    // Types without a shader fall back to the CPU; if none ran on the GPU, the GPU run was not tested at all.
    const char* backend = std::getenv("EDGERUNNER_TEST_BACKEND");
    if (backend && std::string(backend) == "vulkan")
        CHECK_MSG(on_gpu > 0, "EDGERUNNER_TEST_BACKEND=vulkan but no %s case ran on the GPU", arch.c_str());
}

std::string stories_path(const std::string& shared) { return shared + "/models/stories260K.gguf"; }

// Writes a GGUF built by `build` to a temp file and tries to load it; returns the load error ("" if it loaded).
std::string load_error_of(const er::gguf::Writer& w) {
    TempDir tmp;
    std::string path = tmp.path + "/m.gguf";
    er::Status s = w.write(path);
    if (!s.ok()) return "write failed: " + s.message();
    er::Result<er::Model> m = er::Model::load(path);
    return m.ok() ? std::string() : m.message();
}

// A small valid llama model with random f32 weights.
struct TinyLlama {
    std::string skip;        // a tensor to leave out
    int32_t n_head_kv = 2;
    int32_t head_dim = 8;    // 32 / 4 heads unless overridden (then written as attention.key_length)
    float rope_freq = 0;     // > 0: add rope_freqs.weight with this value everywhere
};
er::gguf::Writer tiny_llama(const TinyLlama& o = {}) {
    const int32_t E = 32, F = 64, V = 16, H = 4, L = 2, D = o.head_dim;
    er::gguf::Writer w;
    w.set_string("general.architecture", "llama");
    w.set_u32("llama.context_length", 64);
    w.set_u32("llama.embedding_length", E);
    w.set_u32("llama.block_count", L);
    w.set_u32("llama.feed_forward_length", F);
    w.set_u32("llama.attention.head_count", H);
    w.set_u32("llama.attention.head_count_kv", static_cast<uint32_t>(o.n_head_kv));
    w.set_f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    if (D != E / H) {
        w.set_u32("llama.attention.key_length", static_cast<uint32_t>(D));
        w.set_u32("llama.attention.value_length", static_cast<uint32_t>(D));
    }
    uint32_t seed = 12345;
    auto add = [&](const std::string& name, std::vector<int64_t> ne, float base, float spread) {
        if (name == o.skip) return;
        int64_t n = 1;
        for (int64_t d : ne) n *= d;
        std::vector<float> v(static_cast<size_t>(n));
        for (float& x : v) {
            seed = seed * 1664525u + 1013904223u;
            x = base + (static_cast<float>(seed >> 8) / 16777216.0f - 0.5f) * spread;
        }
        w.add_tensor(name, er::types::Type::F32, ne, v.data(), v.size() * sizeof(float));
    };
    const int64_t q_dim = int64_t(H) * D, kv = int64_t(o.n_head_kv) * D;
    add("token_embd.weight", {E, V}, 0, 2.0f);
    add("output_norm.weight", {E}, 1, 0.2f);
    for (int il = 0; il < L; ++il) {
        std::string b = "blk." + std::to_string(il) + ".";
        add(b + "attn_norm.weight", {E}, 1, 0.2f);
        add(b + "attn_q.weight", {E, q_dim}, 0, 0.6f);
        add(b + "attn_k.weight", {E, kv}, 0, 0.6f);
        add(b + "attn_v.weight", {E, kv}, 0, 0.6f);
        add(b + "attn_output.weight", {q_dim, E}, 0, 0.6f);
        add(b + "ffn_norm.weight", {E}, 1, 0.2f);
        add(b + "ffn_gate.weight", {E, F}, 0, 0.6f);
        add(b + "ffn_up.weight", {E, F}, 0, 0.6f);
        add(b + "ffn_down.weight", {F, E}, 0, 0.6f);
    }
    if (o.rope_freq > 0) add("rope_freqs.weight", {D / 2}, o.rope_freq, 0);  // last: keeps the other weights
    return w;
}

// All logits of `ids` run through a model file written from `w`.
std::vector<float> run_all_logits(const er::gguf::Writer& w, const std::vector<int32_t>& ids) {
    TempDir tmp;
    std::string path = tmp.path + "/m.gguf";
    std::vector<float> out;
    if (!w.write(path).ok()) return out;
    er::Result<er::Model> m = er::Model::load(path);
    CHECK_MSG(m.ok(), "%s", m.message().c_str());
    if (!m.ok()) return out;
    er::Result<er::Session> s = m->new_session();
    CHECK(s->eval(ids.data(), ids.size(), &out, true).ok());
    return out;
}

double max_abs_diff(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return INFINITY;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, static_cast<double>(std::fabs(a[i] - b[i])));
    return d;
}

}  // namespace

// ---- llama.cpp references of the synthetic tiny models (6 architectures x 15 weight types) ----
TEST(llama_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("llama"); }
TEST(qwen2_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("qwen2"); }
TEST(qwen3_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("qwen3"); }
TEST(gemma2_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("gemma2"); }
TEST(gemma3_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("gemma3"); }
TEST(phi3_matches_reference_logits_and_greedy) { REQUIRE_SHARED(shared); check_reference_arch("phi3"); }

// ---- stories260K (real weights) against llama.cpp ----
TEST(stories260K_matches_reference_prompt_logits_and_greedy_text) {
    REQUIRE_SHARED(shared);
    struct Case {
        const char* model;
        const char* ref;
    };
    const Case cases[] = {
        {"stories260K.gguf", "stories260K"},
        {"stories260K-quants/stories260K-F16.gguf", "stories260K-F16"},
        {"stories260K-quants/stories260K-BF16.gguf", "stories260K-BF16"},
        {"stories260K-quants/stories260K-Q8_0.gguf", "stories260K-Q8_0"},
        {"stories260K-quants/stories260K-Q4_0.gguf", "stories260K-Q4_0"},
        {"stories260K-quants/stories260K-Q4_1.gguf", "stories260K-Q4_1"},
        {"stories260K-quants/stories260K-Q5_0.gguf", "stories260K-Q5_0"},
        {"stories260K-quants/stories260K-Q5_1.gguf", "stories260K-Q5_1"},
    };
    for (const Case& c : cases) {
        Json ref;
        const std::string ref_path = shared + "/models/reference/" + c.ref + ".once-upon-a-time.json";
        if (!load_json(ref_path, &ref)) {
            std::printf("  %-18s SKIP: cannot read %s\n", c.ref, ref_path.c_str());
            continue;
        }
        er::Result<er::Model> model = er::Model::load(shared + "/models/" + c.model);
        if (!model.ok() && model.message().find("cannot compute with") != std::string::npos) {
            std::printf("  %-18s SKIP: this build has no dequantizer for its weight types yet\n", c.ref);
            continue;
        }
        CHECK_MSG(model.ok(), "%s", model.message().c_str());
        if (!model.ok()) continue;
        const std::vector<int32_t> prompt = ints(ref["prompt_tokens"]);
        er::SessionOptions opts;
        opts.n_ctx = 256;
        opts.n_threads = 1;  // the reference used llama.cpp's default F16 KV cache, as our default does
        er::Result<er::Session> s = model->new_session(opts);
        CHECK(s.ok());
        if (!s.ok()) continue;
        std::vector<float> logits;
        CHECK(s->eval(prompt.data(), prompt.size(), &logits, true).ok());
        const int32_t V = model->info().n_vocab;
        double d = 0;
        int top1 = 0;
        for (size_t t = 0; t < prompt.size(); ++t) {
            const float* row = logits.data() + t * static_cast<size_t>(V);
            int32_t ref_best = 0;
            for (int32_t i = 0; i < V; ++i) {
                double r = ref["prompt_logits"][t][static_cast<size_t>(i)].number;
                d = std::max(d, std::fabs(row[i] - r));
                if (r > ref["prompt_logits"][t][static_cast<size_t>(ref_best)].number) ref_best = i;
            }
            top1 += argmax(row, V) == ref_best;
        }
        const std::vector<int32_t> expect = ints(ref["greedy_tokens"]);
        std::vector<float> last(logits.end() - V, logits.end());
        int match = 0;
        for (size_t g = 0; g < expect.size(); ++g) {
            int32_t next = argmax(last.data(), V);
            if (next != expect[g]) break;
            ++match;
            CHECK(s->eval(&next, 1, &last).ok());
        }
        std::printf("  %-18s max|dlogit| %.2e top1 %d/%zu greedy %d/%zu\n", c.ref, d, top1, prompt.size(), match,
                    expect.size());
        // llama.cpp's reference ran flash attention with an F16 accumulator, and rounded activations to BF16 or
        // Q8_0 for the BF16 and quantized models. This engine's scalar path multiplies in fp32 (max 0.20 here);
        // its SIMD path rounds activations like llama.cpp but accumulates attention in fp32 (max 0.265 here).
        const bool plain = std::strstr(c.model, "Q") == nullptr && std::strstr(c.model, "BF16") == nullptr;
        CHECK_MSG(d <= (plain ? 2e-2 : 0.3), "%s: max |dlogit| %g", c.ref, d);
        CHECK(top1 == static_cast<int>(prompt.size()));
        if (plain) CHECK_MSG(match == static_cast<int>(expect.size()), "%s: greedy %d/32", c.ref, match);
        else CHECK_MSG(match >= 8, "%s: greedy %d/32", c.ref, match);
    }
}

// ---- sessions ----
TEST(two_interleaved_sessions_match_each_alone) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(stories_path(shared));
    CHECK_MSG(model.ok(), "%s", model.message().c_str());
    if (!model.ok()) return;
    const std::vector<int32_t> a = {1, 403, 407, 261, 378, 432}, b = {1, 300, 301, 302};
    er::SessionOptions opts;
    opts.n_ctx = 64;
    opts.n_threads = 2;
    auto alone = [&](const std::vector<int32_t>& ids) {
        er::Result<er::Session> s = model->new_session(opts);
        std::vector<float> out, l;
        for (int32_t id : ids) {
            CHECK(s->eval(&id, 1, &l).ok());
            out.insert(out.end(), l.begin(), l.end());
        }
        return out;
    };
    std::vector<float> ra = alone(a), rb = alone(b);
    er::Result<er::Session> sa = model->new_session(opts), sb = model->new_session(opts);
    std::vector<float> ia, ib, l;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (i < a.size()) {
            CHECK(sa->eval(&a[i], 1, &l).ok());
            ia.insert(ia.end(), l.begin(), l.end());
        }
        if (i < b.size()) {
            CHECK(sb->eval(&b[i], 1, &l).ok());
            ib.insert(ib.end(), l.begin(), l.end());
        }
    }
    CHECK(ia == ra);
    CHECK(ib == rb);
    CHECK(sa->n_past() == static_cast<int32_t>(a.size()));
}

TEST(context_overflow_is_a_clear_error) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(stories_path(shared));
    CHECK(model.ok());
    if (!model.ok()) return;
    er::SessionOptions opts;
    opts.n_ctx = 4;
    er::Result<er::Session> s = model->new_session(opts);
    CHECK(s->n_ctx() == 4);
    const int32_t ids[5] = {1, 2, 3, 4, 5};
    er::Status st = s->eval(ids, 5, nullptr);
    CHECK(!st.ok());
    CHECK_MSG(st.message().find("context full") != std::string::npos, "%s", st.message().c_str());
    CHECK(s->n_past() == 0);
    CHECK(s->eval(ids, 4, nullptr).ok());
    CHECK(!s->eval(ids, 1, nullptr).ok());
    CHECK(s->n_past() == 4);
    const int32_t bad = 512;
    CHECK(s->rewind(0).ok());
    st = s->eval(&bad, 1, nullptr);
    CHECK_MSG(!st.ok() && st.message().find("vocabulary") != std::string::npos, "%s", st.message().c_str());
    CHECK(!s->rewind(1).ok());  // beyond n_past
}

TEST(default_context_is_the_training_context) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(stories_path(shared));
    CHECK(model.ok());
    if (!model.ok()) return;
    const er::ModelInfo& info = model->info();
    CHECK(info.arch == "llama");
    CHECK(info.n_vocab == 512 && info.n_embd == 64 && info.n_layer == 5 && info.n_head == 8 && info.n_head_kv == 4);
    CHECK(info.head_dim == 8 && info.n_ff == 172 && info.n_ctx_train == 2048);
    CHECK(info.n_params > 250000 && info.n_params < 300000);
    er::Result<er::Session> s = model->new_session();
    CHECK(s.ok() && s->n_ctx() == 2048);
    CHECK(std::string(s->backend_name()) == "cpu");
}

TEST(batched_prompt_equals_token_by_token_and_rewind_replays) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(stories_path(shared));
    CHECK(model.ok());
    if (!model.ok()) return;
    const std::vector<int32_t> ids = {1, 403, 407, 261, 378, 432, 383, 286, 261, 376};
    const size_t V = 512;
    for (er::KvType kv : {er::KvType::F32, er::KvType::F16}) {
        er::SessionOptions opts;
        opts.n_ctx = 32;
        opts.kv_type = kv;
        er::Result<er::Session> batch = model->new_session(opts), single = model->new_session(opts);
        std::vector<float> all, one, steps;
        CHECK(batch->eval(ids.data(), ids.size(), &all, true).ok());
        CHECK(all.size() == ids.size() * V);
        for (int32_t id : ids) {
            CHECK(single->eval(&id, 1, &one).ok());
            steps.insert(steps.end(), one.begin(), one.end());
        }
        CHECK_MSG(max_abs_diff(all, steps) <= 1e-4, "batch vs single: %g", max_abs_diff(all, steps));
        // Rewind to 4 and replay the rest: the same logits as the first time.
        CHECK(batch->rewind(4).ok());
        CHECK(batch->n_past() == 4);
        std::vector<float> replay;
        CHECK(batch->eval(ids.data() + 4, ids.size() - 4, &replay, true).ok());
        std::vector<float> tail(all.begin() + 4 * V, all.end());
        CHECK_MSG(max_abs_diff(replay, tail) <= 1e-4, "replay: %g", max_abs_diff(replay, tail));
        // Last-token logits only.
        CHECK(batch->rewind(0).ok());
        CHECK(batch->eval(ids.data(), ids.size(), &one).ok());
        CHECK(one.size() == V);
        CHECK(max_abs_diff(one, std::vector<float>(all.end() - V, all.end())) <= 1e-4);
    }
}

TEST(thread_count_does_not_change_logits) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(stories_path(shared));
    CHECK(model.ok());
    if (!model.ok()) return;
    const std::vector<int32_t> ids = {1, 403, 407, 261, 378};
    std::vector<float> ref;
    for (int threads : {1, 3}) {
        er::SessionOptions opts;
        opts.n_ctx = 16;
        opts.n_threads = threads;
        er::Result<er::Session> s = model->new_session(opts);
        std::vector<float> l;
        CHECK(s->eval(ids.data(), ids.size(), &l, true).ok());
        if (ref.empty()) ref = l;
        else CHECK(l == ref);
    }
}

// ---- RoPE variants and head sizes, on synthetic models ----
TEST(rope_freq_factors_equal_linear_scaling) {
    // llama3-style rope_freqs divide every angle by its factor; a constant factor f is linear scaling by f.
    const std::vector<int32_t> ids = {1, 5, 7, 2, 9, 11, 3, 4};
    TinyLlama plain, freqs;
    freqs.rope_freq = 4.0f;
    er::gguf::Writer linear = tiny_llama(plain);
    linear.set_string("llama.rope.scaling.type", "linear");
    linear.set_f32("llama.rope.scaling.factor", 4.0f);
    std::vector<float> a = run_all_logits(tiny_llama(freqs), ids), b = run_all_logits(linear, ids);
    std::vector<float> unscaled = run_all_logits(tiny_llama(plain), ids);
    CHECK(!a.empty() && a.size() == b.size());
    CHECK_MSG(max_abs_diff(a, b) <= 1e-5, "rope_freqs vs linear: %g", max_abs_diff(a, b));
    CHECK_MSG(max_abs_diff(a, unscaled) > 1e-3, "scaling has no effect: %g", max_abs_diff(a, unscaled));
    // Position 0 has no rotation, so the first token's logits cannot depend on the scaling.
    std::vector<float> first_a(a.begin(), a.begin() + 16), first_u(unscaled.begin(), unscaled.begin() + 16);
    CHECK(max_abs_diff(first_a, first_u) <= 1e-6);
}

TEST(head_dim_independent_of_embedding_width) {
    TinyLlama o;
    o.head_dim = 16;  // 4 heads x 16 = 64 != n_embd 32, as in qwen3 and gemma
    const std::vector<int32_t> ids = {1, 5, 7, 2};
    std::vector<float> l = run_all_logits(tiny_llama(o), ids);
    CHECK(l.size() == 4 * 16);
    for (float x : l) CHECK(std::isfinite(x));
}

// ---- load-time validation ----
TEST(synthetic_model_loads_and_runs) {
    TempDir tmp;
    std::string path = tmp.path + "/m.gguf";
    CHECK(tiny_llama().write(path).ok());
    er::Result<er::Model> m = er::Model::load(path);
    CHECK_MSG(m.ok(), "%s", m.message().c_str());
    if (!m.ok()) return;
    CHECK(m->info().n_vocab == 16 && m->info().head_dim == 8 && m->info().n_head_kv == 2);
    er::Result<er::Session> s = m->new_session();
    const int32_t ids[3] = {1, 5, 7};
    std::vector<float> l;
    CHECK(s->eval(ids, 3, &l, true).ok());
    CHECK(l.size() == 48);
    for (float x : l) CHECK(std::isfinite(x));
}

TEST(missing_tensor_is_a_load_error) {
    TinyLlama o;
    o.skip = "blk.1.ffn_up.weight";
    std::string err = load_error_of(tiny_llama(o));
    CHECK_MSG(err.find("missing tensor 'blk.1.ffn_up.weight'") != std::string::npos, "%s", err.c_str());
}

TEST(bad_hparams_are_load_errors) {
    TinyLlama o;
    o.n_head_kv = 3;  // 4 heads cannot share 3 KV heads
    std::string err = load_error_of(tiny_llama(o));
    CHECK_MSG(err.find("head_count_kv") != std::string::npos, "%s", err.c_str());
    er::gguf::Writer w = tiny_llama();
    w.set_u32("llama.block_count", 0);
    err = load_error_of(w);
    CHECK_MSG(err.find("block_count") != std::string::npos, "%s", err.c_str());
    w = tiny_llama();
    w.set_u32("llama.embedding_length", 48);  // tensors are 32 wide
    err = load_error_of(w);
    CHECK_MSG(err.find("shape") != std::string::npos, "%s", err.c_str());
    w = tiny_llama();
    w.set_string("llama.rope.scaling.type", "yarn");
    err = load_error_of(w);
    CHECK_MSG(err.find("yarn") != std::string::npos, "%s", err.c_str());
}

TEST(unsupported_architecture_is_a_load_error) {
    er::gguf::Writer w = tiny_llama();
    w.set_string("general.architecture", "mamba");
    std::string err = load_error_of(w);
    CHECK_MSG(err.find("unsupported architecture 'mamba'") != std::string::npos, "%s", err.c_str());
}

TEST(unsupported_weight_type_is_a_load_error) {
    TinyLlama o;
    o.skip = "blk.0.attn_q.weight";
    er::gguf::Writer w = tiny_llama(o);
    std::vector<int32_t> ints(32 * 32, 0);  // I32 is a ggml type without a dequantizer
    w.add_tensor("blk.0.attn_q.weight", er::types::Type::I32, {32, 32}, ints.data(), ints.size() * 4);
    std::string err = load_error_of(w);
    CHECK_MSG(err.find("blk.0.attn_q.weight") != std::string::npos && err.find("i32") != std::string::npos, "%s",
              err.c_str());
}

// ---- CLI ----
TEST(cli_eval_prints_top_logits_and_greedy_json) {
    REQUIRE_SHARED(shared);
    int status = -1;
    std::string out = er_test::run_command(er_test::cli_path() + " eval -m '" + stories_path(shared) +
                                               "' --tokens 1,403,407,261,378 --top 3 --greedy 8 --threads 1",
                                           &status);
    CHECK(status == 0);
    Json j;
    CHECK_MSG(JsonParser(out).parse(&j), "not JSON: %.200s", out.c_str());
    CHECK(j["n_vocab"].number == 512);
    CHECK(j["top"].size() == 5 && j["top"][0].size() == 3);
    CHECK(j["top"][4][0][0].number == 432);  // ", " follows "Once upon a time"
    CHECK(j["last_logits"].size() == 512);
    const std::vector<int32_t> greedy = ints(j["greedy"]);
    const std::vector<int32_t> expect = {432, 383, 286, 261, 376, 298, 315, 421};
    CHECK(greedy == expect);
    er_test::run_command(er_test::cli_path() + " eval -m '" + stories_path(shared) + "' --tokens 1,x 2>/dev/null",
                         &status);
    CHECK(status != 0);
}

TEST_MAIN()
