// edgerunner eval -m MODEL.gguf --tokens 1,2,3 [--threads N] [--top K] [--greedy G] [--gpu]
// Runs the prompt ids in one batch and prints one JSON object:
//   {"n_vocab": N, "top": [[[id, logit], ...K] per prompt position], "last_logits": [N floats],
//    "greedy": [G ids, each fed back one at a time through the KV cache]}
#include "cli.h"

#include <algorithm>
#include <cmath>

namespace {

bool parse_ids(const std::string& text, std::vector<int32_t>* ids) {
    size_t i = 0;
    while (i < text.size()) {
        size_t end = text.find(',', i);
        if (end == std::string::npos) end = text.size();
        std::string item = text.substr(i, end - i);
        char* stop = nullptr;
        long v = std::strtol(item.c_str(), &stop, 10);
        if (item.empty() || !stop || *stop || v < 0 || v > INT32_MAX) return false;
        ids->push_back(static_cast<int32_t>(v));
        i = end + 1;
    }
    return !ids->empty();
}

void print_float(float v) {
    if (std::isfinite(v)) std::printf("%.9g", static_cast<double>(v));
    else std::printf("null");  // JSON has no inf/nan
}

// Indices of the k largest values, descending, ties by lower index.
std::vector<int32_t> top_k(const float* logits, int32_t n, int32_t k) {
    std::vector<int32_t> idx(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) idx[static_cast<size_t>(i)] = i;
    k = std::min(k, n);
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), [logits](int32_t a, int32_t b) {
        return logits[a] > logits[b] || (logits[a] == logits[b] && a < b);
    });
    idx.resize(static_cast<size_t>(k));
    return idx;
}

}  // namespace

int cli::cmd_eval(Args& args) {
    const std::string path = args.value({"-m", "--model"});
    const std::string tokens = args.value({"--tokens"});
    const long long n_threads = args.integer({"--threads", "-t"}, 0);
    const long long k = args.integer({"--top"}, 10);
    const long long n_greedy = args.integer({"--greedy"}, 0);
    const bool gpu = args.has({"--gpu"});
    if (!args.error().empty()) return fail(args.error());
    if (!args.rest().empty()) return fail("unexpected argument '" + args.rest()[0] + "'");
    if (path.empty() || tokens.empty())
        return fail("usage: edgerunner eval -m MODEL.gguf --tokens 1,2,3 [--threads N] [--top K] [--greedy G] [--gpu]");
    std::vector<int32_t> ids;
    if (!parse_ids(tokens, &ids)) return fail("--tokens wants comma-separated non-negative ids, got '" + tokens + "'");
    if (n_threads < 0 || n_threads > 1024) return fail("--threads must be in [0, 1024]");
    if (k < 0 || k > (1 << 24)) return fail("--top must be >= 0");
    if (n_greedy < 0 || n_greedy > (1 << 24)) return fail("--greedy must be >= 0");

    er::Result<er::Model> model = er::Model::load(path);
    if (!model.ok()) return fail(model.message());
    er::SessionOptions opts;
    opts.n_threads = static_cast<int>(n_threads);
    opts.kv_type = er::KvType::F32;  // exact keys and values: eval is a correctness tool
    // Greedy step g feeds the token chosen at step g-1, so the last chosen token is never evaluated.
    const long long n_needed = static_cast<long long>(ids.size()) + std::max(0LL, n_greedy - 1);
    if (n_needed > model->info().n_ctx_train)
        return fail("the prompt and greedy tokens need " + std::to_string(n_needed) + " positions, more than the " +
                    "model's context of " + std::to_string(model->info().n_ctx_train));
    opts.n_ctx = static_cast<int32_t>(n_needed);
    opts.backend = gpu ? er::BackendKind::Vulkan : er::BackendKind::CPU;
    er::Result<er::Session> session = model->new_session(opts);
    if (!session.ok()) return fail(session.message());

    const int32_t n_vocab = model->info().n_vocab;
    std::vector<float> logits;
    er::Status s = session->eval(ids.data(), ids.size(), &logits, /*all_logits=*/true);
    if (!s.ok()) return fail(s.message());

    std::printf("{\"n_vocab\": %d, \"top\": [", n_vocab);
    for (size_t t = 0; t < ids.size(); ++t) {
        const float* row = logits.data() + t * static_cast<size_t>(n_vocab);
        std::printf("%s[", t ? ", " : "");
        std::vector<int32_t> best = top_k(row, n_vocab, static_cast<int32_t>(k));
        for (size_t j = 0; j < best.size(); ++j) {
            std::printf("%s[%d, ", j ? ", " : "", best[j]);
            print_float(row[best[j]]);
            std::printf("]");
        }
        std::printf("]");
    }
    std::printf("], \"last_logits\": [");
    std::vector<float> last(logits.end() - n_vocab, logits.end());
    for (int32_t i = 0; i < n_vocab; ++i) {
        if (i) std::printf(", ");
        print_float(last[static_cast<size_t>(i)]);
    }
    std::printf("], \"greedy\": [");
    for (long long g = 0; g < n_greedy; ++g) {
        int32_t next = top_k(last.data(), n_vocab, 1)[0];
        std::printf("%s%d", g ? ", " : "", next);
        std::fflush(stdout);
        if (g + 1 == n_greedy) break;
        s = session->eval(&next, 1, &last);
        if (!s.ok()) {
            std::printf("]}\n");
            return fail(s.message());
        }
    }
    std::printf("]}\n");
    return 0;
}
