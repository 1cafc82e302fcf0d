// Per-core throughput of the matmul kernels at every dispatch level this CPU has, in thread CPU time (so a busy
// shared machine distorts it little), on cache-resident weights (256 rows): decode (1 token, GB/s of weights,
// activation quantization included) and prompt processing (64 tokens, weight rows x tokens per second); each
// figure is the best of 10 slices of SECONDS_PER_CASE / 10.
//   bench_kernels [N_IN] [SECONDS_PER_CASE]
#include "edgerunner.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

using er::kern::Isa;
using er::types::Type;

namespace {

double thread_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

}  // namespace

int main(int argc, char** argv) {
    const int64_t n_in = argc > 1 ? std::atoll(argv[1]) : 1024;
    const double budget = argc > 2 ? std::atof(argv[2]) : 0.3;
    const int64_t n_out = 256;
    std::mt19937 rng(1);
    std::normal_distribution<float> dist(0.0f, 1.0f);
    std::vector<float> wf(static_cast<size_t>(n_in * n_out)), x(static_cast<size_t>(n_in * 64));
    for (float& v : wf) v = 0.05f * dist(rng);
    for (float& v : x) v = dist(rng);
    er::kern::ThreadPool pool(1);
    std::printf("cpu: %s; n_in %lld, %lld rows, thread CPU time\n", er::kern::cpu_features_string().c_str(),
                static_cast<long long>(n_in), static_cast<long long>(n_out));
    std::printf("%-8s %-7s %14s %18s\n", "type", "level", "decode GB/s", "pp64 Mrow-tok/s");
    for (Type t : {Type::Q8_0, Type::Q4_0, Type::Q5_0, Type::IQ4_NL, Type::Q2_K, Type::Q3_K, Type::Q4_K, Type::Q5_K, Type::Q6_K, Type::IQ4_XS, Type::F16}) {
        const er::types::TypeInfo* ti = er::types::type_info(t);
        if (n_in % ti->block_size != 0) continue;
        const size_t rb = er::types::row_bytes(t, n_in);
        std::vector<uint8_t> w(rb * static_cast<size_t>(n_out));
        for (int64_t r = 0; r < n_out; ++r)
            er::types::quantize_row(t, wf.data() + r * n_in, w.data() + static_cast<size_t>(r) * rb, n_in);
        for (Isa isa : er::kern::supported_isas()) {
            if (isa == Isa::Scalar || (t != Type::F16 && !er::kern::has_fast_dot(isa, t))) continue;
            if (!er::kern::set_isa(isa).ok()) continue;
            std::vector<float> y(static_cast<size_t>(n_out * 64));
            double rates[2] = {0, 0};
            for (int mode = 0; mode < 2; ++mode) {
                const int64_t tokens = mode == 0 ? 1 : 64;
                er::kern::matmul_fast(t, w.data(), n_in, n_out, x.data(), tokens, y.data(), pool);  // warm-up
                // The best of 10 slices: other processes on a shared machine slow some slices down (cache and
                // core sharing show up even in thread CPU time), rarely all of them.
                for (int slice = 0; slice < 10; ++slice) {
                    int64_t iters = 0;
                    const double t0 = thread_seconds();
                    double dt = 0;
                    do {
                        er::kern::matmul_fast(t, w.data(), n_in, n_out, x.data(), tokens, y.data(), pool);
                        ++iters;
                        dt = thread_seconds() - t0;
                    } while (dt < budget / 10);
                    rates[mode] = std::max(rates[mode], mode == 0 ? static_cast<double>(w.size()) * iters / dt / 1e9
                                                                  : static_cast<double>(n_out) * tokens * iters / dt / 1e6);
                }
            }
            std::printf("%-8s %-7s %14.1f %18.1f\n", er::types::type_name(t), er::kern::isa_name(isa), rates[0], rates[1]);
        }
    }
    return 0;
}
