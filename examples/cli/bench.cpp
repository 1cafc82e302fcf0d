// edgerunner bench -m MODEL.gguf [-p 128] [-n 64] [--threads N] [--gpu] [--json] [--repeat R]
// Load time, time to first token, prefill and decode speed, peak RSS, the machine's read bandwidth and decode
// speed as a share of the bandwidth roofline (weight bytes read per token / seconds per token). With --gpu and
// the Vulkan backend running, the bandwidth is the GPU's (a shader streaming device memory).
// Prompt ids are deterministic pseudo-random ids (no tokenizer needed). Speeds are the best of R runs.
#include "cli.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace {

double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Peak resident set size of this process in MB (VmHWM), 0 where /proc is unavailable.
double peak_rss_mb() {
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f))
        if (!std::strncmp(line, "VmHWM:", 6)) kb = std::atof(line + 6);
    std::fclose(f);
    return kb / 1024.0;
}

// Bytes of weights one decoded token reads: every matrix except the embedding table, of which it reads one row
// (unless the output layer is tied to it, in which case the whole table is read by the output matmul).
uint64_t weight_bytes_per_token(const er::gguf::File& file) {
    uint64_t total = 0;
    const bool tied = file.find_tensor("output.weight") == nullptr;
    for (const er::gguf::TensorInfo& t : file.tensors()) {
        if (t.name == "token_embd.weight" && !tied) {
            total += t.n_bytes / static_cast<uint64_t>(std::max<int64_t>(1, t.n_rows()));
            continue;
        }
        total += t.n_bytes;
    }
    return total;
}

}  // namespace

int cli::cmd_bench(Args& args) {
    const std::string path = args.value({"-m", "--model"});
    const long long n_prompt = args.integer({"-p", "--prompt"}, 128);
    const long long n_decode = args.integer({"-n", "--decode"}, 64);
    const long long n_threads = args.integer({"--threads", "-t"}, 0);
    const long long repeats = args.integer({"--repeat", "-r"}, 3);
    const bool gpu = args.has({"--gpu"});
    const bool json = args.has({"--json"});
    if (!args.error().empty()) return fail(args.error());
    if (!args.rest().empty()) return fail("unexpected argument '" + args.rest()[0] + "'");
    if (path.empty()) return fail("usage: edgerunner bench -m MODEL.gguf [-p 128] [-n 64] [--threads N] [--gpu] [--json]");
    if (n_prompt < 1 || n_prompt > 65536) return fail("-p must be in [1, 65536]");
    if (n_decode < 1 || n_decode > 65536) return fail("-n must be in [1, 65536]");
    if (n_threads < 0 || n_threads > 1024) return fail("--threads must be in [0, 1024]");
    if (repeats < 1 || repeats > 100) return fail("--repeat must be in [1, 100]");

    const double t_load = now_ms();
    er::Result<er::Model> model = er::Model::load(path);
    if (!model.ok()) return fail(model.message());
    const double load_ms = now_ms() - t_load;

    er::SessionOptions opts;
    opts.n_ctx = static_cast<int32_t>(std::min<long long>(n_prompt + n_decode + 1, model->info().n_ctx_train));
    if (opts.n_ctx < n_prompt + n_decode) opts.n_ctx = static_cast<int32_t>(n_prompt + n_decode);
    opts.n_threads = static_cast<int>(n_threads);
    if (gpu) opts.backend = er::BackendKind::Vulkan;

    const int32_t n_vocab = model->info().n_vocab;
    std::vector<int32_t> prompt(static_cast<size_t>(n_prompt));
    uint32_t state = 12345;
    for (auto& id : prompt) {
        state = state * 1664525u + 1013904223u;
        id = static_cast<int32_t>((state >> 8) % static_cast<uint32_t>(n_vocab));
    }

    double ttft_ms = 0, best_prefill_ms = 1e300, best_decode_ms = 1e300;
    std::string backend;
    std::vector<float> logits;
    for (long long r = 0; r < repeats; ++r) {
        er::Result<er::Session> session = model->new_session(opts);
        if (!session.ok()) return fail(session.message());
        backend = session->backend_name();
        const double t0 = now_ms();
        er::Status st = session->eval(prompt.data(), prompt.size(), &logits);
        if (!st.ok()) return fail(st.message());
        const double prefill_ms = now_ms() - t0;
        if (r == 0) ttft_ms = prefill_ms;  // the first run: cold pages of the mapped weights included
        best_prefill_ms = std::min(best_prefill_ms, prefill_ms);
        // Greedy decoding through the library's sampler, as `run --temp 0` does (host time per token included).
        er::sample::Chain greedy = er::sample::Chain::greedy();
        int32_t next = greedy.sample(logits.data(), logits.size());
        const double t1 = now_ms();
        for (long long i = 0; i < n_decode; ++i) {
            st = session->eval(&next, 1, &logits);
            if (!st.ok()) return fail(st.message());
            next = greedy.sample(logits.data(), logits.size());
        }
        best_decode_ms = std::min(best_decode_ms, now_ms() - t1);
    }
    // Peak RSS before the bandwidth probe, whose buffer would otherwise count.
    const double rss_mb = peak_rss_mb();
    const int probe_threads = n_threads > 0 ? static_cast<int>(n_threads) : er::kern::cpu_features().n_hw_threads;
    // The roofline is the memory the work ran from: the GPU's when the Vulkan backend ran, else the CPU's.
    const bool on_gpu = backend == "vulkan";
    double bw_gbs = 0;
    std::string bw_source;
    if (on_gpu) {
#if defined(EDGERUNNER_VULKAN)
        er::Result<double> gpu_bw = er::vk::measure_read_bandwidth();
        if (!gpu_bw.ok()) return fail(gpu_bw.message());
        bw_gbs = *gpu_bw;
        er::Result<er::vk::DeviceInfo> dev = er::vk::device_info();
        bw_source = "GPU " + (dev.ok() ? dev->name : std::string("?"));
        std::fprintf(stderr, "bench: ran on the Vulkan backend (%s)\n", bw_source.c_str() + 4);
#endif
    } else {
        if (gpu) std::fprintf(stderr, "bench: --gpu asked for, but the session ran on the %s backend\n", backend.c_str());
        bw_gbs = er::kern::measure_read_bandwidth(probe_threads);
        bw_source = std::to_string(probe_threads) + " threads";
    }

    const double prefill_tps = static_cast<double>(n_prompt) / (best_prefill_ms / 1000.0);
    const double decode_tps = static_cast<double>(n_decode) / (best_decode_ms / 1000.0);
    const uint64_t bytes_per_token = weight_bytes_per_token(model->file());
    const double roofline_tps = bw_gbs * 1e9 / static_cast<double>(bytes_per_token);
    const double roofline_pct = 100.0 * decode_tps / roofline_tps;

    if (json) {
        std::printf("{\"backend\": \"%s\", \"load_ms\": %.2f, \"ttft_ms\": %.2f, \"prefill_tps\": %.2f, "
                    "\"decode_tps\": %.2f, \"peak_rss_mb\": %.1f, \"read_bw_gbs\": %.2f, \"decode_roofline_pct\": %.1f}\n",
                    backend.c_str(), load_ms, ttft_ms, prefill_tps, decode_tps, rss_mb, bw_gbs, roofline_pct);
        return 0;
    }
    const er::ModelInfo& info = model->info();
    std::printf("model        %s (%s, %d layers, n_embd %d, vocab %d), %.1f MB file\n", path.c_str(),
                info.arch.c_str(), info.n_layer, info.n_embd, info.n_vocab,
                static_cast<double>(model->file().file_size()) / 1e6);
    std::printf("backend      %s, %d threads, kernels %s (cpu: %s)\n", backend.c_str(), probe_threads,
                er::kern::isa_name(er::kern::active_isa()), er::kern::cpu_features_string().c_str());
    std::printf("load         %.1f ms\n", load_ms);
    std::printf("ttft         %.1f ms for %lld prompt tokens (first run; %.1f ms including load)\n", ttft_ms,
                n_prompt, ttft_ms + load_ms);
    std::printf("prefill      %.1f tokens/s (pp%lld, best of %lld)\n", prefill_tps, n_prompt, repeats);
    std::printf("decode       %.1f tokens/s (tg%lld, best of %lld)\n", decode_tps, n_decode, repeats);
    std::printf("peak RSS     %.1f MB\n", rss_mb);
    std::printf("read bw      %.2f GB/s (%s)\n", bw_gbs, bw_source.c_str());
    std::printf("roofline     %.1f MB of weights per token -> %.1f tokens/s; decode at %.1f%%\n",
                static_cast<double>(bytes_per_token) / 1e6, roofline_tps, roofline_pct);
    return 0;
}
