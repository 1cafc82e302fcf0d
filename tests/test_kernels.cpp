// CPU kernels: the thread pool, CPU feature dispatch, and every fast kernel of every dispatch level this CPU has
// against the scalar reference (types::vec_dot_ref, dequantize + fp32/double dot) and ggml's quant vectors.
#include "edgerunner.h"
#include "test_util.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

using er::kern::Isa;
using er::kern::ThreadPool;
using er::types::Type;

namespace {

// The weight types a fast kernel may exist for, and every one ggml can quantize to (tests cover both).
const Type kQuantTypes[] = {Type::Q4_0, Type::Q4_1, Type::Q5_0, Type::Q5_1, Type::Q8_0,  Type::Q2_K,   Type::Q3_K,
                            Type::Q4_K, Type::Q5_K, Type::Q6_K, Type::IQ4_NL, Type::IQ4_XS};
const Type kFloatTypes[] = {Type::F32, Type::F16, Type::BF16};

std::vector<Isa> fast_isas() {
    std::vector<Isa> out;
    for (Isa isa : er::kern::supported_isas())
        if (isa != Isa::Scalar) out.push_back(isa);
    return out;
}

// Gaussian values with a few outliers and a block of zeros, like real activations.
std::vector<float> random_row(std::mt19937& rng, int64_t n, float scale) {
    std::normal_distribution<float> dist(0.0f, scale);
    std::vector<float> v(static_cast<size_t>(n));
    for (auto& x : v) x = dist(rng);
    if (n >= 64) {
        v[7] *= 20.0f;
        v[static_cast<size_t>(n) / 2] = -15.0f * scale;
        for (int i = 32; i < 64; ++i) v[static_cast<size_t>(i)] = 0.0f;
    }
    return v;
}

std::vector<uint8_t> quantized(Type t, const std::vector<float>& x) {
    std::vector<uint8_t> q(er::types::row_bytes(t, static_cast<int64_t>(x.size())));
    CHECK(er::types::quantize_row(t, x.data(), q.data(), static_cast<int64_t>(x.size())));
    return q;
}

// Activations as floats (Q8_K and Q8_1 have no dequantizer in the types table: they only ever feed dot products).
std::vector<float> activation_values(Type t, const std::vector<uint8_t>& a, int64_t n) {
    std::vector<float> out(static_cast<size_t>(n));
    if (t == Type::Q8_1) {
        const auto* blocks = reinterpret_cast<const er::types::BlockQ8_1*>(a.data());
        for (int64_t i = 0; i < n; ++i)
            out[static_cast<size_t>(i)] = er::types::fp16_to_fp32(blocks[i / er::types::QK].d) * blocks[i / er::types::QK].qs[i % er::types::QK];
        return out;
    }
    if (t != Type::Q8_K) {
        er::types::dequantize_row(t, a.data(), out.data(), n);
        return out;
    }
    const auto* blocks = reinterpret_cast<const er::types::BlockQ8_K*>(a.data());
    for (int64_t i = 0; i < n; ++i)
        out[static_cast<size_t>(i)] = blocks[i / er::types::QK_K].d * blocks[i / er::types::QK_K].qs[i % er::types::QK_K];
    return out;
}

// Bound on the float rounding of a dot product whose integer block sums are exact: relative to sum |w_i a_i|.
double dot_tolerance(Type w_type, const std::vector<uint8_t>& w, const std::vector<uint8_t>& a, int64_t n) {
    std::vector<float> wf(static_cast<size_t>(n));
    er::types::dequantize_row(w_type, w.data(), wf.data(), n);
    const std::vector<float> af = activation_values(er::types::vec_dot_type(w_type), a, n);
    double s = 0;
    for (int64_t i = 0; i < n; ++i) s += std::fabs(static_cast<double>(wf[static_cast<size_t>(i)]) * af[static_cast<size_t>(i)]);
    return 1e-5 * s + 1e-6;
}

// Prompts for which er::kern::bf16_prompt says weights and activations are rounded to bf16 (fp32 sums) instead of
// activations to 8 bits. Their reference: the exact product of the dequantized row and the float activations, and the bound on two bf16
// roundings (unit roundoff 2^-8 each: 8 significant bits) and n fp32 additions, relative to sum |w_i x_i|.
struct ExactDot {
    double value, bound;
};
ExactDot exact_dot(Type t, const uint8_t* w_row, const float* x, int64_t n) {
    std::vector<float> wf(static_cast<size_t>(n));
    er::types::dequantize_row(t, w_row, wf.data(), n);
    double v = 0, mag = 0;
    for (int64_t i = 0; i < n; ++i) {
        v += static_cast<double>(wf[static_cast<size_t>(i)]) * x[i];
        mag += std::fabs(static_cast<double>(wf[static_cast<size_t>(i)]) * x[i]);
    }
    return {v, (std::ldexp(1.0, -7) + static_cast<double>(n) * std::ldexp(1.0, -23)) * mag + 1e-6};
}

}  // namespace

TEST(parallel_for_visits_every_item_once_for_any_thread_count_and_size) {
    for (int threads : {1, 2, 3, 4, 8}) {
        ThreadPool pool(threads);
        CHECK(pool.n_threads() == threads);
        for (int64_t n : {1, 2, 3, 7, 16, 100, 1000, 4097}) {
            for (int64_t grain : {1, 4, 64}) {
                std::vector<std::atomic<int>> hits(static_cast<size_t>(n));
                for (auto& h : hits) h.store(0);
                std::atomic<int> bad_ids{0}, small_chunks{0};
                pool.parallel_for(n, grain, [&](int64_t b, int64_t e, int id) {
                    if (id < 0 || id >= threads) bad_ids.fetch_add(1);
                    if (e - b < grain && e != n) small_chunks.fetch_add(1);
                    for (int64_t i = b; i < e; ++i) hits[static_cast<size_t>(i)].fetch_add(1);
                });
                int wrong = 0;
                for (auto& h : hits) wrong += h.load() != 1;
                CHECK_MSG(wrong == 0, "threads %d n %lld grain %lld: %d items not visited exactly once", threads,
                          static_cast<long long>(n), static_cast<long long>(grain), wrong);
                CHECK(bad_ids.load() == 0);
                CHECK(small_chunks.load() == 0);
            }
        }
    }
}

TEST(thread_pool_survives_many_back_to_back_jobs_and_idle_gaps) {
    // Back-to-back jobs exercise the spinning hand-off; gaps long enough for workers to fall asleep exercise
    // the condition-variable wake-up (a lost wake-up would hang here).
    for (int threads : {2, 3}) {
        ThreadPool pool(threads);
        std::atomic<int64_t> total{0};
        for (int job = 0; job < 20000; ++job)
            pool.parallel_for(threads * 2, 1, [&](int64_t b, int64_t e, int) { total.fetch_add(e - b); });
        CHECK(total.load() == 20000LL * threads * 2);
        for (int job = 0; job < 4; ++job) {
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
            pool.parallel_for(64, 1, [&](int64_t b, int64_t e, int) { total.fetch_add(e - b); });
        }
        CHECK(total.load() == 20000LL * threads * 2 + 4 * 64);
    }
}

TEST(thread_pool_zero_means_one_thread_per_hardware_thread) {
    ThreadPool pool(0);
    CHECK(pool.n_threads() == er::kern::cpu_features().n_hw_threads);
    CHECK(pool.n_threads() >= 1);
}

TEST(dispatch_levels_start_with_scalar_and_refuse_what_the_cpu_lacks) {
    const std::vector<Isa> isas = er::kern::supported_isas();
    CHECK(!isas.empty() && isas.front() == Isa::Scalar);
    const Isa before = er::kern::active_isa();
    for (Isa isa : isas) {
        CHECK(er::kern::set_isa(isa).ok());
        CHECK(er::kern::active_isa() == isa);
    }
    for (Isa isa : {Isa::AVX2, Isa::AVXVNNI, Isa::AVX512, Isa::AMX, Isa::NEON}) {
        bool supported = false;
        for (Isa s : isas) supported |= s == isa;
        if (supported) continue;
        er::Status st = er::kern::set_isa(isa);
        CHECK(!st.ok());
        CHECK(st.message().find(er::kern::isa_name(isa)) != std::string::npos);
    }
    CHECK(er::kern::set_isa(before).ok());
    std::printf("  cpu: %s; levels:", er::kern::cpu_features_string().c_str());
    for (Isa isa : isas) std::printf(" %s", er::kern::isa_name(isa));
    std::printf("\n");
#if defined(__x86_64__) && !defined(EDGERUNNER_NO_SIMD)
    if (er::kern::cpu_features().avx2 && er::kern::cpu_features().fma) CHECK(isas.size() >= 2);
    bool has_vnni_level = false;
    for (Isa isa : isas) has_vnni_level |= isa == Isa::AVXVNNI;
    CHECK(has_vnni_level == (er::kern::cpu_features().avxvnni && er::kern::cpu_features().avx2 && er::kern::cpu_features().fma));
#endif
#if defined(__aarch64__) && !defined(EDGERUNNER_NO_SIMD)
    CHECK(isas.size() == 2 && isas[1] == Isa::NEON);
#endif
}

TEST(fast_dot_matches_vec_dot_ref_on_random_rows) {
    std::mt19937 rng(42);
    int checked = 0;
    for (Isa isa : fast_isas()) {
        for (Type t : kQuantTypes) {
            if (!er::kern::has_fast_dot(isa, t)) continue;
            // Plus, for 32-element blocks, lengths that leave 1-3 blocks after the AVX-512 groups of 4.
            std::vector<int64_t> sizes = {256, 512, 1024 + 256, 4096};
            if (er::types::type_info(t)->block_size == 32) sizes.insert(sizes.end(), {32, 96, 160, 864});
            for (int64_t n : sizes) {
                for (int rep = 0; rep < 4; ++rep) {
                    const std::vector<uint8_t> w = quantized(t, random_row(rng, n, 0.02f * (rep + 1)));
                    const std::vector<uint8_t> a = quantized(er::types::vec_dot_type(t), random_row(rng, n, 1.0f + rep));
                    const float ref = er::types::vec_dot_ref(t, w.data(), a.data(), n);
                    const float got = er::kern::fast_dot(isa, t, w.data(), a.data(), n);
                    const double tol = dot_tolerance(t, w, a, n);
                    CHECK_MSG(std::fabs(got - ref) <= tol, "%s %s n=%lld: fast %.9g ref %.9g (tol %.3g)",
                              er::kern::isa_name(isa), er::types::type_name(t), static_cast<long long>(n), got, ref,
                              tol);
                    ++checked;
                }
            }
        }
    }
    std::printf("  %d fast/reference pairs compared\n", checked);
}

TEST(fast_dot_handles_extreme_codes_from_raw_random_blocks) {
    // Random bytes reach codes that quantizing smooth data rarely produces (q8_0 weights of -128, every nibble
    // and high-bit pattern); only the fp16 scale fields are set to sane values.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    const uint16_t d_half = er::types::fp32_to_fp16(0.01f);
    for (Isa isa : fast_isas()) {
        for (Type t : kQuantTypes) {
            if (!er::kern::has_fast_dot(isa, t)) continue;
            const int64_t n = 512;
            std::vector<uint8_t> w(er::types::row_bytes(t, n));
            for (auto& b : w) b = static_cast<uint8_t>(byte(rng));
            const er::types::TypeInfo* ti = er::types::type_info(t);
            for (size_t off = 0; off < w.size(); off += ti->type_size) {
                uint8_t* blk = w.data() + off;
                switch (t) {
                    case Type::Q4_1:
                    case Type::Q5_1:  // d and m lead the block
                    case Type::Q4_K:
                    case Type::Q5_K:  // d and dmin lead the block
                        std::memcpy(blk, &d_half, 2);
                        std::memcpy(blk + 2, &d_half, 2);
                        break;
                    case Type::Q6_K:
                    case Type::Q3_K: std::memcpy(blk + ti->type_size - 2, &d_half, 2); break;  // d trails
                    case Type::Q2_K:  // d and dmin trail
                        std::memcpy(blk + ti->type_size - 4, &d_half, 2);
                        std::memcpy(blk + ti->type_size - 2, &d_half, 2);
                        break;
                    default: std::memcpy(blk, &d_half, 2); break;                                // d leads
                }
            }
            const std::vector<uint8_t> a = quantized(er::types::vec_dot_type(t), random_row(rng, n, 3.0f));
            const float ref = er::types::vec_dot_ref(t, w.data(), a.data(), n);
            const float got = er::kern::fast_dot(isa, t, w.data(), a.data(), n);
            CHECK_MSG(std::fabs(got - ref) <= dot_tolerance(t, w, a, n), "%s %s raw blocks: fast %.9g ref %.9g",
                      er::kern::isa_name(isa), er::types::type_name(t), got, ref);
        }
    }
}

// Same for the multi-token prompt kernels (groups of 8 and 4 tokens, then single ones): raw random weight bytes
// against activations that quantize to full-scale +-127 (the largest pair sums a saturating multiply-add sees).
TEST(prompt_kernels_handle_extreme_codes_and_full_scale_activations) {
    std::mt19937 rng(17);
    std::uniform_int_distribution<int> byte(0, 255);
    const uint16_t d_half = er::types::fp32_to_fp16(0.01f);
    const Isa before = er::kern::active_isa();
    int checked = 0;
    for (Isa isa : fast_isas()) {
        CHECK(er::kern::set_isa(isa).ok());
        for (Type t : kQuantTypes) {
            if (!er::kern::has_fast_dot(isa, t)) continue;
            const er::types::TypeInfo* ti = er::types::type_info(t);
            // 5 tokens take the row kernels (a group of 4, then one); 13 rows or panels, per format; 29 the AVX-512
            // panels of every format (tiles of 6 tokens and a tail of 5, a panel of 3 rows out of 32). At the AMX
            // level 13 and 29 take the tiles (one partial 16-token block; a pair, the second partly empty).
            const int64_t n_out = 3;
            for (int64_t n_tokens : {5, 13, 29})
            for (int64_t n : {ti->block_size * 3, ti->block_size * 8}) {
                const size_t rb = er::types::row_bytes(t, n);
                std::vector<uint8_t> w(rb * n_out);
                for (auto& b : w) b = static_cast<uint8_t>(byte(rng));
                for (size_t off = 0; off < w.size(); off += ti->type_size) {
                    uint8_t* blk = w.data() + off;
                    if (t == Type::Q4_K || t == Type::Q5_K || t == Type::Q4_1 || t == Type::Q5_1)
                        std::memcpy(blk + 2, &d_half, 2);  // dmin / m follows d
                    if (t == Type::Q2_K) std::memcpy(blk + ti->type_size - 4, &d_half, 2);      // d, dmin trail
                    const bool trails = t == Type::Q6_K || t == Type::Q3_K || t == Type::Q2_K;
                    std::memcpy(trails ? blk + ti->type_size - 2 : blk, &d_half, 2);
                }
                std::vector<float> x(static_cast<size_t>(n * n_tokens));
                for (int64_t k = 0; k < n_tokens; ++k) {
                    const std::vector<float> r = random_row(rng, n, 1.0f);
                    for (int64_t i = 0; i < n; ++i)  // odd tokens: +-1 everywhere, so every value quantizes to +-127
                        x[static_cast<size_t>(k * n + i)] = k % 2 ? (r[static_cast<size_t>(i)] < 0 ? -1.0f : 1.0f) : r[static_cast<size_t>(i)];
                }
                ThreadPool pool(1);
                std::vector<float> y(static_cast<size_t>(n_out * n_tokens));
                CHECK(er::kern::matmul_fast(t, w.data(), n, n_out, x.data(), n_tokens, y.data(), pool));
                for (int64_t k = 0; k < n_tokens; ++k) {
                    const std::vector<float> xk(x.begin() + k * n, x.begin() + (k + 1) * n);
                    const std::vector<uint8_t> a = quantized(er::types::vec_dot_type(t), xk);
                    for (int64_t r = 0; r < n_out; ++r) {
                        const std::vector<uint8_t> wr(w.begin() + static_cast<long>(r * rb), w.begin() + static_cast<long>((r + 1) * rb));
                        double ref = er::types::vec_dot_ref(t, wr.data(), a.data(), n), tol = dot_tolerance(t, wr, a, n);
                        if (er::kern::bf16_prompt(isa, t, n_tokens)) {
                            const ExactDot e = exact_dot(t, wr.data(), xk.data(), n);
                            ref = e.value, tol = e.bound;
                        }
                        const float got = y[static_cast<size_t>(k * n_out + r)];
                        CHECK_MSG(std::fabs(got - ref) <= tol, "%s %s n=%lld token %lld row %lld: %.9g vs ref %.9g",
                                  er::kern::isa_name(isa), er::types::type_name(t), static_cast<long long>(n),
                                  static_cast<long long>(k), static_cast<long long>(r), got, ref);
                        ++checked;
                    }
                }
            }
        }
    }
    CHECK(er::kern::set_isa(before).ok());
    std::printf("  %d prompt outputs compared\n", checked);
}

TEST(fast_dot_reproduces_ggml_quant_vectors) {
    REQUIRE_SHARED(shared);
    auto f = er::gguf::File::open(shared + "/models/quant-vectors/ggml-quant-test-vectors.gguf");
    CHECK_MSG(f.ok(), "%s", f.message().c_str());
    if (!f.ok()) return;
    const int64_t n = f->get_int("test.n_per_row"), rows = f->get_int("test.n_rows");
    int checked = 0;
    for (Isa isa : fast_isas()) {
        for (Type t : kQuantTypes) {
            if (!er::kern::has_fast_dot(isa, t)) continue;
            const std::string name = er::types::type_name(t);
            const er::gguf::TensorInfo* q = f->find_tensor(name + ".q");
            const er::gguf::TensorInfo* dot = f->find_tensor(name + ".dot");
            const er::gguf::TensorInfo* act =
                f->find_tensor(std::string("act.") + er::types::type_name(er::types::vec_dot_type(t)));
            CHECK_MSG(q && dot && act, "quant vectors of %s missing", name.c_str());
            if (!q || !dot || !act) continue;
            const size_t rb = er::types::row_bytes(t, n);
            for (int64_t r = 0; r < rows; ++r) {
                const uint8_t* w = static_cast<const uint8_t*>(q->data) + static_cast<size_t>(r) * rb;
                float expect;
                std::memcpy(&expect, static_cast<const uint8_t*>(dot->data) + 4 * r, 4);
                const float got = er::kern::fast_dot(isa, t, w, act->data, n);
                CHECK_MSG(std::fabs(got - expect) <= 1e-4 * std::fabs(expect) + 1e-4, "%s %s row %lld: %.9g vs ggml %.9g",
                          er::kern::isa_name(isa), name.c_str(), static_cast<long long>(r), got, expect);
                ++checked;
            }
        }
    }
    std::printf("  %d rows compared with ggml's vec_dot\n", checked);
}

TEST(quantize_act_gives_the_bytes_of_quantize_row_then_prepare_act) {
    // The matmul path quantizes floats straight into each kernel's layout; it must equal the reference
    // quantizer (types::quantize_row) followed by the layout conversion, byte for byte.
    std::mt19937 rng(5);
    int checked = 0;
    for (Isa isa : fast_isas()) {
        for (Type t : kQuantTypes) {
            if (!er::kern::has_fast_dot(isa, t)) continue;
            const Type at = er::types::vec_dot_type(t);
            const int64_t bs = er::types::type_info(t)->block_size;
            for (int64_t n : {bs, 3 * bs, 5 * bs, 28 * bs}) {
                for (int kind = 0; kind < 4; ++kind) {
                    std::vector<float> x = random_row(rng, n, 0.5f + kind);
                    if (kind == 1) std::fill(x.begin(), x.begin() + n / 2, 0.0f);  // all-zero blocks
                    if (kind == 2)  // magnitude ties of opposite sign: the first one sets the sign of the scale
                        for (int64_t i = 0; i < n; i += 16) x[static_cast<size_t>(i)] = (i / 16) % 2 ? 40.0f : -40.0f;
                    if (kind == 3)  // values right at rounding ties of the scaled grid
                        for (int64_t i = 0; i < n; ++i) x[static_cast<size_t>(i)] = 0.5f * static_cast<float>(i % 255 - 127);
                    const size_t bytes = er::kern::act_bytes(isa, t, n);
                    CHECK(bytes > 0);
                    std::vector<uint8_t> fast(bytes, 0xcd), ref(bytes, 0x5a);
                    CHECK(er::kern::quantize_act(isa, t, x.data(), fast.data(), n));
                    const std::vector<uint8_t> q = quantized(at, x);
                    CHECK(er::kern::prepare_act(isa, t, q.data(), ref.data(), n));
                    size_t first_diff = bytes;
                    for (size_t i = 0; i < bytes && first_diff == bytes; ++i)
                        if (fast[i] != ref[i]) first_diff = i;
                    CHECK_MSG(first_diff == bytes, "%s %s n=%lld kind %d: byte %zu of %zu differs (%d vs %d)",
                              er::kern::isa_name(isa), er::types::type_name(t), static_cast<long long>(n), kind,
                              first_diff, bytes, first_diff < bytes ? fast[first_diff] : 0,
                              first_diff < bytes ? ref[first_diff] : 0);
                    ++checked;
                }
            }
        }
    }
    std::printf("  %d activation rows compared\n", checked);
}

TEST(float_weight_dots_match_a_double_precision_reference) {
    std::mt19937 rng(3);
    for (Isa isa : fast_isas()) {
        for (Type t : kFloatTypes) {
            for (int64_t n : {1, 7, 64, 100, 1031}) {
                const std::vector<float> wf = random_row(rng, n, 0.5f), x = random_row(rng, n, 1.0f);
                const std::vector<uint8_t> w = quantized(t, wf);
                std::vector<float> wd(static_cast<size_t>(n));
                er::types::dequantize_row(t, w.data(), wd.data(), n);
                double ref = 0, mag = 0;
                for (int64_t i = 0; i < n; ++i) {
                    ref += static_cast<double>(wd[static_cast<size_t>(i)]) * x[static_cast<size_t>(i)];
                    mag += std::fabs(static_cast<double>(wd[static_cast<size_t>(i)]) * x[static_cast<size_t>(i)]);
                }
                const float got = er::kern::fast_dot_f32(isa, t, w.data(), x.data(), n);
                CHECK_MSG(std::fabs(got - ref) <= 1e-5 * mag + 1e-6, "%s %s n=%lld: %.9g vs %.9g",
                          er::kern::isa_name(isa), er::types::type_name(t), static_cast<long long>(n), got, ref);
            }
        }
    }
}

TEST(matmul_fast_equals_row_by_row_reference_for_any_threads_and_batch) {
    std::mt19937 rng(11);
    const Isa before = er::kern::active_isa();
    for (Isa isa : fast_isas()) {
        CHECK(er::kern::set_isa(isa).ok());
        for (Type t : {Type::Q8_0, Type::Q4_0, Type::Q4_1, Type::Q5_0, Type::Q5_1, Type::Q2_K, Type::Q3_K, Type::Q4_K, Type::Q5_K,
                       Type::Q6_K, Type::IQ4_NL, Type::IQ4_XS, Type::F16, Type::F32}) {
            // Every level has a kernel for each of these types.
            if (t != Type::F16 && t != Type::F32 && !er::kern::has_fast_dot(isa, t)) {
                CHECK_MSG(false, "%s has no fast dot for %s", er::kern::isa_name(isa), er::types::type_name(t));
                continue;
            }
            // Not a multiple of any tile size; 32-element blocks get a row of 7 blocks (a partial group of 4) and one
            // of 12 (whole groups: the panels' 4-block unpacking).
            const bool blocks_of_32 = er::types::type_info(t)->block_size == 32;
            for (int64_t n_in : {blocks_of_32 ? int64_t(224) : int64_t(512), blocks_of_32 ? int64_t(384) : int64_t(768)}) {
                const int64_t n_out = 37;
                std::vector<uint8_t> w;
                for (int64_t r = 0; r < n_out; ++r) {
                    const std::vector<uint8_t> row = quantized(t, random_row(rng, n_in, 0.05f));
                    w.insert(w.end(), row.begin(), row.end());
                }
                const size_t rb = er::types::row_bytes(t, n_in);
                for (int64_t n_tokens : {1, 3, 70}) {
                    std::vector<float> x;
                    for (int64_t k = 0; k < n_tokens; ++k) {
                        const std::vector<float> row = random_row(rng, n_in, 1.0f);
                        x.insert(x.end(), row.begin(), row.end());
                    }
                    // The reference: quantized types round activations to their vec_dot type and go through
                    // vec_dot_ref; float types multiply the fp32 activations in double precision.
                    const Type at = er::types::vec_dot_type(t);
                    const bool float_weights = t == Type::F16 || t == Type::F32;
                    std::vector<float> ref(static_cast<size_t>(n_out * n_tokens)), bound(ref.size(), 0.0f);
                    const bool bf16 = er::kern::bf16_prompt(isa, t, n_tokens);
                    std::vector<float> wrow(static_cast<size_t>(n_in));
                    for (int64_t k = 0; k < n_tokens; ++k) {
                        const float* xk = x.data() + k * n_in;
                        std::vector<uint8_t> a(er::types::row_bytes(at, n_in));
                        er::types::quantize_row(at, xk, a.data(), n_in);
                        for (int64_t r = 0; r < n_out; ++r) {
                            const uint8_t* wr = w.data() + static_cast<size_t>(r) * rb;
                            double v = 0;
                            if (float_weights) {
                                er::types::dequantize_row(t, wr, wrow.data(), n_in);
                                for (int64_t i = 0; i < n_in; ++i) v += static_cast<double>(wrow[static_cast<size_t>(i)]) * xk[i];
                            } else if (bf16) {
                                const ExactDot e = exact_dot(t, wr, xk, n_in);
                                v = e.value;
                                bound[static_cast<size_t>(k * n_out + r)] = static_cast<float>(e.bound);
                            } else {
                                v = er::types::vec_dot_ref(t, wr, a.data(), n_in);
                            }
                            ref[static_cast<size_t>(k * n_out + r)] = static_cast<float>(v);
                        }
                    }
                    double ref_max = 1e-6;
                    for (float v : ref) ref_max = std::max(ref_max, static_cast<double>(std::fabs(v)));
                    for (int threads : {1, 2, 3}) {
                        ThreadPool pool(threads);
                        std::vector<float> y(static_cast<size_t>(n_out * n_tokens), -1.0f);
                        const bool ran = er::kern::matmul_fast(t, w.data(), n_in, n_out, x.data(), n_tokens, y.data(), pool);
                        CHECK_MSG(ran, "%s has no fast matmul for %s", er::kern::isa_name(isa), er::types::type_name(t));
                        if (!ran) continue;
                        double worst = 0;  // relative to the largest output (bf16 prompts: to each output's bound)
                        for (size_t i = 0; i < y.size(); ++i)
                            worst = std::max(worst, std::fabs(static_cast<double>(y[i]) - ref[i]) / (bf16 ? bound[i] : ref_max));
                        const double tol = bf16 ? 1.0 : 1e-5;
                        CHECK_MSG(worst <= tol, "%s %s n_in %lld tokens %lld threads %d: relative error %.3g",
                                  er::kern::isa_name(isa), er::types::type_name(t), static_cast<long long>(n_in),
                                  static_cast<long long>(n_tokens), threads, worst);
                    }
                }
            }
        }
    }
    CHECK(er::kern::set_isa(before).ok());
}

// Decode's fused q/k/v and gate/up: one pool job over several weights must give each part exactly what its own
// matmul gives (the same kernels on the same activation bytes), also when parts of one type share the quantized
// row and when float and quantized weights mix.
TEST(matmul_fast_group_gives_each_part_its_own_matmul_bit_for_bit) {
    std::mt19937 rng(13);
    const Isa before = er::kern::active_isa();
    const std::vector<std::vector<Type>> groups = {
        {Type::Q4_K, Type::Q4_K, Type::Q6_K}, {Type::Q8_0, Type::Q8_0, Type::Q8_0}, {Type::Q4_0, Type::Q4_0},
        {Type::Q6_K, Type::F16, Type::Q4_K, Type::IQ4_NL}, {Type::F32}};
    const int64_t n_in = 512, n_outs[] = {37, 16, 5, 64};
    for (Isa isa : fast_isas()) {
        CHECK(er::kern::set_isa(isa).ok());
        for (const std::vector<Type>& g : groups) {
            std::vector<std::vector<uint8_t>> ws;
            for (size_t i = 0; i < g.size(); ++i) {
                ws.emplace_back();
                for (int64_t r = 0; r < n_outs[i]; ++r) {
                    const std::vector<uint8_t> row = quantized(g[i], random_row(rng, n_in, 0.05f));
                    ws.back().insert(ws.back().end(), row.begin(), row.end());
                }
            }
            const std::vector<float> x = random_row(rng, n_in, 1.0f);
            for (int threads : {1, 2, 3}) {
                ThreadPool pool(threads);
                std::vector<std::vector<float>> want(g.size()), got(g.size());
                std::vector<er::kern::MatmulPart> parts;
                for (size_t i = 0; i < g.size(); ++i) {
                    want[i].assign(static_cast<size_t>(n_outs[i]), -1.0f);
                    got[i].assign(static_cast<size_t>(n_outs[i]), -2.0f);
                    CHECK(er::kern::matmul_fast(g[i], ws[i].data(), n_in, n_outs[i], x.data(), 1, want[i].data(), pool));
                    parts.push_back({g[i], ws[i].data(), n_outs[i], got[i].data()});
                }
                CHECK(er::kern::matmul_fast_group(parts.data(), static_cast<int>(parts.size()), n_in, x.data(), pool));
                for (size_t i = 0; i < g.size(); ++i)
                    CHECK_MSG(got[i] == want[i], "%s part %zu (%s) of %zu, threads %d", er::kern::isa_name(isa), i,
                              er::types::type_name(g[i]), g.size(), threads);
            }
        }
    }
    // Declines (nothing written) at the scalar level and when one part's row is not whole blocks.
    ThreadPool pool(2);
    std::vector<uint8_t> w(er::types::row_bytes(Type::Q4_K, 512), 0);
    std::vector<float> x(512, 1.0f), y(1, 7.0f);
    er::kern::MatmulPart parts[] = {{Type::Q8_0, w.data(), 1, y.data()}, {Type::Q4_K, w.data(), 1, y.data()}};
    CHECK(er::kern::set_isa(Isa::Scalar).ok());
    CHECK(!er::kern::matmul_fast_group(parts, 1, 512, x.data(), pool));
    CHECK(er::kern::set_isa(before).ok());
    CHECK(!er::kern::matmul_fast_group(parts, 2, 96, x.data(), pool));
    CHECK(y[0] == 7.0f);
    CHECK(er::kern::set_isa(before).ok());
}

TEST(matmul_fast_batch_group_gives_each_part_its_own_prompt_matmul_bit_for_bit) {
    std::mt19937 rng(17);
    const Isa before = er::kern::active_isa();
    const int64_t n_in = 512, n_tokens = 19, n_outs[] = {37, 96, 5};
    for (Type type : {Type::Q4_K, Type::Q8_0, Type::Q6_K, Type::Q5_K, Type::Q4_0}) {
        std::vector<std::vector<uint8_t>> ws(3);
        for (size_t i = 0; i < ws.size(); ++i)
            for (int64_t r = 0; r < n_outs[i]; ++r) {
                const std::vector<uint8_t> row = quantized(type, random_row(rng, n_in, 0.05f));
                ws[i].insert(ws[i].end(), row.begin(), row.end());
            }
        const std::vector<float> x = random_row(rng, n_in * n_tokens, 1.0f);
        for (Isa isa : fast_isas()) {
            CHECK(er::kern::set_isa(isa).ok());
            for (int threads : {1, 2, 3}) {
                ThreadPool pool(threads);
                std::vector<std::vector<float>> want(ws.size()), got(ws.size());
                std::vector<er::kern::MatmulPart> parts;
                for (size_t i = 0; i < ws.size(); ++i) {
                    want[i].assign(static_cast<size_t>(n_outs[i] * n_tokens), -1.0f);
                    got[i].assign(static_cast<size_t>(n_outs[i] * n_tokens), -2.0f);
                    CHECK(er::kern::matmul_fast(type, ws[i].data(), n_in, n_outs[i], x.data(), n_tokens, want[i].data(), pool));
                    parts.push_back({type, ws[i].data(), n_outs[i], got[i].data()});
                }
                // Levels without panels decline and write nothing; the others must match part by part.
                if (!er::kern::matmul_fast_batch_group(parts.data(), static_cast<int>(parts.size()), n_in, x.data(), n_tokens, pool)) {
                    for (size_t i = 0; i < ws.size(); ++i) CHECK(got[i] == std::vector<float>(got[i].size(), -2.0f));
                    continue;
                }
                for (size_t i = 0; i < ws.size(); ++i)
                    CHECK_MSG(got[i] == want[i], "%s part %zu (%s), threads %d", er::kern::isa_name(isa), i,
                              er::types::type_name(type), threads);
            }
        }
    }
    // Parts of two types are declined.
    ThreadPool pool(2);
    std::vector<uint8_t> w(er::types::row_bytes(Type::Q4_K, 512), 0);
    std::vector<float> x(512 * 4, 1.0f), y(4, 7.0f);
    er::kern::MatmulPart mixed[] = {{Type::Q8_0, w.data(), 1, y.data()}, {Type::Q4_K, w.data(), 1, y.data()}};
    CHECK(!er::kern::matmul_fast_batch_group(mixed, 2, 512, x.data(), 4, pool));
    CHECK(y[0] == 7.0f);
    CHECK(er::kern::set_isa(before).ok());
}

// Grouped-query attention: each of 1-4 query heads over the same keys must equal its own single-head attention
// at the scalar level (fp16 and fp32 caches, odd key counts, head sizes with and without a partial block).
TEST(attention_group_equals_each_heads_scalar_attention) {
    std::mt19937 rng(21);
    const Isa before = er::kern::active_isa();
    for (Isa isa : fast_isas()) {
        for (int32_t head_dim : {64, 128, 72}) {
            for (int32_t n_keys : {1, 6, 131}) {
                for (int n_q = 1; n_q <= er::kern::kAttentionGroupMax; ++n_q) {
                    const int64_t stride = 2 * head_dim;
                    const std::vector<float> kf = random_row(rng, stride * n_keys, 1.0f);
                    const std::vector<float> vf = random_row(rng, stride * n_keys, 1.0f);
                    std::vector<uint16_t> kh(kf.size()), vh(vf.size());
                    er::kern::store_fp16(kh.data(), kf.data(), static_cast<int64_t>(kf.size()));
                    er::kern::store_fp16(vh.data(), vf.data(), static_cast<int64_t>(vf.size()));
                    std::vector<std::vector<float>> q, ref(n_q), got(n_q);
                    std::vector<const float*> qp;
                    std::vector<float*> outp;
                    for (int i = 0; i < n_q; ++i) {
                        q.push_back(random_row(rng, head_dim, 1.0f));
                        ref[i].assign(static_cast<size_t>(head_dim), 0.0f);
                        got[i].assign(static_cast<size_t>(head_dim), -1.0f);
                    }
                    for (int i = 0; i < n_q; ++i) {
                        qp.push_back(q[i].data());
                        outp.push_back(got[i].data());
                    }
                    std::vector<float> scores(static_cast<size_t>(n_q * n_keys));
                    for (int half = 0; half < 2; ++half) {
                        CHECK(er::kern::set_isa(Isa::Scalar).ok());
                        for (int i = 0; i < n_q; ++i) {
                            if (half) er::kern::attention(q[i].data(), kh.data(), vh.data(), stride, n_keys, head_dim, 0.1f, 0.0f, scores.data(), ref[i].data());
                            else er::kern::attention(q[i].data(), kf.data(), vf.data(), stride, n_keys, head_dim, 0.1f, 0.0f, scores.data(), ref[i].data());
                        }
                        CHECK(er::kern::set_isa(isa).ok());
                        if (half) er::kern::attention_group(qp.data(), n_q, kh.data(), vh.data(), stride, n_keys, head_dim, 0.1f, 0.0f, scores.data(), outp.data());
                        else er::kern::attention_group(qp.data(), n_q, kf.data(), vf.data(), stride, n_keys, head_dim, 0.1f, 0.0f, scores.data(), outp.data());
                        double worst = 0, mag = 1.0;
                        for (int i = 0; i < n_q; ++i)
                            for (int32_t d = 0; d < head_dim; ++d) {
                                worst = std::max(worst, std::fabs(static_cast<double>(got[i][d]) - ref[i][d]));
                                mag = std::max(mag, std::fabs(static_cast<double>(ref[i][d])));
                            }
                        CHECK_MSG(worst / mag <= 1e-5, "%s head_dim %d keys %d heads %d %s: relative error %.3g",
                                  er::kern::isa_name(isa), head_dim, n_keys, n_q, half ? "fp16" : "fp32", worst / mag);
                    }
                }
            }
        }
    }
    CHECK(er::kern::set_isa(before).ok());
}

TEST(fast_attention_and_fp16_kv_stores_match_the_scalar_reference) {
    std::mt19937 rng(9);
    const Isa before = er::kern::active_isa();
    for (Isa isa : fast_isas()) {
        for (int32_t head_dim : {64, 128, 72}) {
            for (int32_t n_keys : {1, 5, 130}) {
                for (float softcap : {0.0f, 30.0f}) {
                    const int64_t stride = 3 * head_dim;  // heads interleaved in the cache row, like grouped KV
                    const std::vector<float> q = random_row(rng, head_dim, 1.0f);
                    const std::vector<float> kf = random_row(rng, stride * n_keys, 1.0f);
                    const std::vector<float> vf = random_row(rng, stride * n_keys, 1.0f);
                    std::vector<uint16_t> kh(kf.size()), vh(vf.size()), kh_ref(kf.size());
                    CHECK(er::kern::set_isa(Isa::Scalar).ok());
                    er::kern::store_fp16(kh_ref.data(), kf.data(), static_cast<int64_t>(kf.size()));
                    CHECK(er::kern::set_isa(isa).ok());
                    er::kern::store_fp16(kh.data(), kf.data(), static_cast<int64_t>(kf.size()));
                    er::kern::store_fp16(vh.data(), vf.data(), static_cast<int64_t>(vf.size()));
                    CHECK(kh == kh_ref);
                    for (int half = 0; half < 2; ++half) {
                        std::vector<float> ref(static_cast<size_t>(head_dim)), got(ref.size()), scores(static_cast<size_t>(n_keys));
                        CHECK(er::kern::set_isa(Isa::Scalar).ok());
                        if (half) er::kern::attention(q.data(), kh.data(), vh.data(), stride, n_keys, head_dim, 0.1f, softcap, scores.data(), ref.data());
                        else er::kern::attention(q.data(), kf.data(), vf.data(), stride, n_keys, head_dim, 0.1f, softcap, scores.data(), ref.data());
                        CHECK(er::kern::set_isa(isa).ok());
                        if (half) er::kern::attention(q.data(), kh.data(), vh.data(), stride, n_keys, head_dim, 0.1f, softcap, scores.data(), got.data());
                        else er::kern::attention(q.data(), kf.data(), vf.data(), stride, n_keys, head_dim, 0.1f, softcap, scores.data(), got.data());
                        double worst = 0, mag = 1.0;  // error relative to the largest output (values reach ~20)
                        for (size_t d = 0; d < ref.size(); ++d) {
                            worst = std::max(worst, std::fabs(static_cast<double>(got[d]) - ref[d]));
                            mag = std::max(mag, std::fabs(static_cast<double>(ref[d])));
                        }
                        worst /= mag;
                        CHECK_MSG(worst <= 1e-5, "%s head_dim %d keys %d softcap %g %s: relative error %.3g", er::kern::isa_name(isa),
                                  head_dim, n_keys, softcap, half ? "fp16" : "fp32", worst);
                    }
                }
            }
        }
    }
    CHECK(er::kern::set_isa(before).ok());
}

// Prompt attention against the scalar level's attention_group per token: every kernel's key range (a causal
// prompt after earlier positions, with and without a sliding window), softcap, KV layouts and head counts.
TEST(attention_prompt_equals_per_token_attention_at_the_scalar_level) {
    std::mt19937 rng(13);
    const Isa before = er::kern::active_isa();
    for (int32_t head_dim : {64, 128, 72})
        for (int n_q : {1, 2, 3, 4})
            for (int32_t window : {0, 7}) {
                const int32_t n_tok = 37, pos0 = 21, n_keys = pos0 + n_tok;
                const int64_t kv_stride = 3 * head_dim, q_stride = (n_q + 1) * head_dim;  // strides wider than the rows
                // Queries of magnitude 1, and 40 for the odd head counts: scores of +-300, most weights below e^-64.
                const std::vector<float> q = random_row(rng, q_stride * n_tok, n_q % 2 ? 40.0f : 1.0f);
                const std::vector<float> kf = random_row(rng, kv_stride * n_keys, 1.0f), vf = random_row(rng, kv_stride * n_keys, 1.0f);
                std::vector<uint16_t> kh(kf.size()), vh(vf.size());
                er::kern::store_fp16(kh.data(), kf.data(), static_cast<int64_t>(kf.size()));
                er::kern::store_fp16(vh.data(), vf.data(), static_cast<int64_t>(vf.size()));
                const float softcap = window ? 0.0f : 20.0f;
                for (int half = 0; half < 2; ++half) {
                    std::vector<float> ref(static_cast<size_t>(q_stride * n_tok)), scores(static_cast<size_t>(n_keys));
                    CHECK(er::kern::set_isa(Isa::Scalar).ok());
                    for (int32_t t = 0; t < n_tok; ++t) {
                        const int32_t pos = pos0 + t, first = window ? std::max(0, pos - window + 1) : 0;
                        for (int i = 0; i < n_q; ++i) {
                            const float* qi = q.data() + t * q_stride + i * head_dim;
                            float* oi = ref.data() + t * q_stride + i * head_dim;
                            const int64_t at = first * kv_stride;
                            if (half) er::kern::attention(qi, kh.data() + at, vh.data() + at, kv_stride, pos + 1 - first, head_dim, 0.1f, softcap, scores.data(), oi);
                            else er::kern::attention(qi, kf.data() + at, vf.data() + at, kv_stride, pos + 1 - first, head_dim, 0.1f, softcap, scores.data(), oi);
                        }
                    }
                    for (Isa isa : fast_isas()) {
                        CHECK(er::kern::set_isa(isa).ok());
                        for (int32_t split : {1, 16, n_tok}) {  // the model's blocks, single tokens, one call
                            std::vector<float> got(ref.size(), 0.0f);
                            for (int32_t t0 = 0; t0 < n_tok; t0 += split) {
                                const int32_t count = std::min(split, n_tok - t0);
                                const float* qb = q.data() + t0 * q_stride;
                                float* ob = got.data() + t0 * q_stride;
                                if (half) er::kern::attention_prompt(qb, q_stride, n_q, count, pos0 + t0, window, kh.data(), vh.data(), kv_stride, head_dim, 0.1f, softcap, ob, q_stride);
                                else er::kern::attention_prompt(qb, q_stride, n_q, count, pos0 + t0, window, kf.data(), vf.data(), kv_stride, head_dim, 0.1f, softcap, ob, q_stride);
                            }
                            double worst = 0, mag = 1.0;  // error relative to the largest output; the gap columns stay zero
                            for (int32_t t = 0; t < n_tok; ++t)
                                for (int64_t d = 0; d < q_stride; ++d) {
                                    const size_t at = static_cast<size_t>(t * q_stride + d);
                                    const double want = d < n_q * head_dim ? ref[at] : 0.0;
                                    worst = std::max(worst, std::fabs(static_cast<double>(got[at]) - want));
                                    mag = std::max(mag, std::fabs(want));
                                }
                            worst /= mag;
                            CHECK_MSG(worst <= 1e-5, "%s head_dim %d n_q %d window %d split %d %s: relative error %.3g", er::kern::isa_name(isa),
                                      head_dim, n_q, window, split, half ? "fp16" : "fp32", worst);
                        }
                    }
                }
            }
    CHECK(er::kern::set_isa(before).ok());
}

// Gated-FFN inputs for the activation kernels: the given edge values, then normal ones up to n, and the up rows.
struct GatedInputs {
    std::vector<float> gate, up;
};
GatedInputs gated_inputs(unsigned seed, std::vector<float> edges, float sigma, size_t n) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, sigma);
    while (edges.size() < n) edges.push_back(normal(rng));
    std::vector<float> up = random_row(rng, static_cast<int64_t>(edges.size()), 2.0f);
    return {std::move(edges), std::move(up)};
}
// kernel(gate, up) at `isa`, into a new row.
std::vector<float> gated_at(Isa isa, void (*kernel)(const float*, const float*, int64_t, float*), const GatedInputs& in) {
    std::vector<float> out(in.gate.size());
    CHECK(er::kern::set_isa(isa).ok());
    kernel(in.gate.data(), in.up.data(), static_cast<int64_t>(in.gate.size()), out.data());
    return out;
}

TEST(geglu_rounds_like_llama_cpp_and_every_level_gives_the_scalar_bits) {
    const GatedInputs in = gated_inputs(5, {-100.0f, -10.0f, -9.999f, -3.0f, -1e-3f, -6e-5f, -0.0f, 0.0f, 1e-7f, 6e-5f, 0.5f, 9.999f,
                                            10.0f, 100.0f}, 4.0f, 1003);
    const std::vector<float>& gate = in.gate;
    const std::vector<float>& up = in.up;
    const Isa before = er::kern::active_isa();
    const std::vector<float> ref = gated_at(Isa::Scalar, er::kern::geglu, in);
    for (size_t i = 0; i < gate.size(); ++i) {
        // The tanh form, exact past +-10; between, the argument's rounding to fp16 (2^-11 relative, times a slope
        // below 1.2) and the result's (2^-11 relative).
        const double x = gate[i], exact = 0.5 * x * (1.0 + std::tanh(0.7978845608028654 * x * (1.0 + 0.044715 * x * x)));
        const double want = x <= -10 ? 0.0 : x >= 10 ? x : exact;
        const double bound = 1.2 * std::fabs(x) * 0x1p-11 + std::fabs(want) * 0x1p-10 + 1e-7;
        CHECK_MSG(std::fabs(ref[i] - want * up[i]) <= bound * std::fabs(up[i]) + 1e-30,
                  "gelu(%g) * %g = %.9g, tanh form %.9g", x, up[i], ref[i], want * up[i]);
    }
    for (Isa isa : fast_isas()) {
        const std::vector<float> got = gated_at(isa, er::kern::geglu, in);
        for (size_t i = 0; i < gate.size(); ++i)
            CHECK_MSG(std::memcmp(&got[i], &ref[i], sizeof(float)) == 0, "%s gelu(%g): %.9g vs scalar %.9g", er::kern::isa_name(isa),
                      gate[i], got[i], ref[i]);
    }
    CHECK(er::kern::set_isa(before).ok());
}

TEST(swiglu_at_every_level_stays_within_a_few_ulp_of_the_scalar_level) {
    const GatedInputs in = gated_inputs(6, {-200.0f, -90.0f, -87.0f, -20.0f, -1e-3f, -0.0f, 0.0f, 1e-7f, 0.5f, 20.0f, 88.0f, 200.0f},
                                        5.0f, 1005);
    const std::vector<float>& gate = in.gate;
    const std::vector<float>& up = in.up;
    const Isa before = er::kern::active_isa();
    const std::vector<float> ref = gated_at(Isa::Scalar, er::kern::swiglu, in);
    for (Isa isa : fast_isas()) {
        const std::vector<float> got = gated_at(isa, er::kern::swiglu, in);
        for (size_t i = 0; i < gate.size(); ++i) {
            // silu(g) = g * sigmoid(g): relative to |g * up|, a sweep of [-100, 100] puts the vector exp's error at
            // 1.4e-7 at most; a 2e-4 change in one of its coefficients reaches 4.7e-7.
            const double tol = 2.5e-7 * std::fabs(static_cast<double>(gate[i]) * up[i]) + 1e-30;
            CHECK_MSG(std::fabs(static_cast<double>(got[i]) - ref[i]) <= tol, "%s silu(%g) * %g: %.9g vs scalar %.9g",
                      er::kern::isa_name(isa), gate[i], up[i], got[i], ref[i]);
        }
    }
    CHECK(er::kern::set_isa(before).ok());
}

TEST(rms_norm_at_every_level_gives_the_scalar_bits_in_place_or_not) {
    std::mt19937 rng(11);
    const Isa before = er::kern::active_isa();
    for (int64_t n : {1, 7, 8, 64, 1000, 4096})
    for (bool outliers : {false, true}) {
        std::vector<float> x = random_row(rng, n, 3.0f), w = random_row(rng, n, 1.0f);
        if (outliers) {  // tiny and huge values next to each other in one row
            x[0] = 1e-20f;
            if (n > 1) x[1] = 3e4f;
        }
        std::vector<float> ref(static_cast<size_t>(n));
        CHECK(er::kern::set_isa(Isa::Scalar).ok());
        er::kern::rms_norm(x.data(), w.data(), n, 1e-6f, ref.data());
        for (Isa isa : fast_isas()) {
            CHECK(er::kern::set_isa(isa).ok());
            std::vector<float> got(ref.size()), in_place = x;
            er::kern::rms_norm(x.data(), w.data(), n, 1e-6f, got.data());
            er::kern::rms_norm(in_place.data(), w.data(), n, 1e-6f, in_place.data());
            // The double sums differ only in their order: the float scale comes out the same.
            CHECK_MSG(got == ref && in_place == ref, "%s rms_norm of %lld values differs from the scalar level",
                      er::kern::isa_name(isa), static_cast<long long>(n));
        }
    }
    CHECK(er::kern::set_isa(before).ok());
}

TEST(matmul_fast_declines_at_the_scalar_level_and_for_types_without_kernels) {
    const Isa before = er::kern::active_isa();
    ThreadPool pool(1);
    std::vector<uint8_t> w(er::types::row_bytes(Type::Q8_0, 64), 0);
    std::vector<float> x(64, 1.0f), y(1, 7.0f);
    CHECK(er::kern::set_isa(Isa::Scalar).ok());
    CHECK(!er::kern::matmul_fast(Type::Q8_0, w.data(), 64, 1, x.data(), 1, y.data(), pool));
    CHECK(y[0] == 7.0f);
    CHECK(er::kern::set_isa(before).ok());
    // A row length that is not a whole number of blocks is refused, not read past.
    CHECK(!er::kern::matmul_fast(Type::Q8_0, w.data(), 48, 1, x.data(), 1, y.data(), pool));
    CHECK(std::isnan(er::kern::fast_dot(before, Type::Q8_0, w.data(), w.data(), 48)));
}

TEST(read_bandwidth_probe_reports_a_plausible_rate) {
    const double gbs = er::kern::measure_read_bandwidth(1, size_t(16) << 20, 2);
    std::printf("  read bandwidth (16 MiB, 1 thread, cache-warm): %.1f GB/s\n", gbs);
    CHECK(std::isfinite(gbs));
    CHECK(gbs > 0.05 && gbs < 10000.0);
}

TEST(bench_command_prints_one_json_object_with_every_figure) {
    REQUIRE_SHARED(shared);
    int status = -1;
    const std::string out = er_test::run_command(er_test::cli_path() + " bench -m " + shared +
                                                     "/models/stories260K.gguf -p 8 -n 4 --threads 2 --repeat 1 --json",
                                                 &status);
    CHECK_MSG(status == 0, "exit %d: %s", status, out.c_str());
    CHECK(!out.empty() && out.front() == '{' && out.find('}') == out.size() - 2);  // one object, one line
    for (const char* key : {"load_ms", "ttft_ms", "prefill_tps", "decode_tps", "peak_rss_mb", "read_bw_gbs",
                            "decode_roofline_pct"}) {
        const size_t at = out.find(std::string("\"") + key + "\": ");
        CHECK_MSG(at != std::string::npos, "missing %s in %s", key, out.c_str());
        if (at != std::string::npos) CHECK(std::atof(out.c_str() + at + std::strlen(key) + 4) > 0.0);
    }
    int bad_status = -1;
    er_test::run_command(er_test::cli_path() + " bench -m " + shared + "/models/stories260K.gguf -p 0 2>/dev/null",
                         &bad_status);
    CHECK(bad_status != 0);
}

TEST_MAIN()
