// Tensor types: block layouts, fp16/bf16 conversion, bit-exact dequantization and activation
// quantization against ggml's reference vectors, reference dot products, and quantizer quality.
#include "edgerunner.h"
#include "test_util.h"

#include <cstring>
#include <vector>

using er::types::Type;
namespace T = er::types;

namespace {

const Type kAllKnown[] = {
    Type::F32, Type::F16, Type::Q4_0, Type::Q4_1, Type::Q5_0, Type::Q5_1, Type::Q8_0, Type::Q8_1,
    Type::Q2_K, Type::Q3_K, Type::Q4_K, Type::Q5_K, Type::Q6_K, Type::Q8_K, Type::IQ2_XXS, Type::IQ2_XS,
    Type::IQ3_XXS, Type::IQ1_S, Type::IQ4_NL, Type::IQ3_S, Type::IQ2_S, Type::IQ4_XS, Type::I8, Type::I16,
    Type::I32, Type::I64, Type::F64, Type::IQ1_M, Type::BF16, Type::TQ1_0, Type::TQ2_0, Type::MXFP4,
};
// Weight types this engine dequantizes (and so can compute with).
const Type kComputeTypes[] = {
    Type::F32, Type::F16, Type::BF16, Type::Q4_0, Type::Q4_1, Type::Q5_0, Type::Q5_1, Type::Q8_0,
    Type::Q2_K, Type::Q3_K, Type::Q4_K, Type::Q5_K, Type::Q6_K, Type::IQ4_NL, Type::IQ4_XS,
};
// Types whose quantize -> dequantize round trip is checked, with the worst relative RMS error
// accepted on the reference matrix (ggml's own error for comparison is in the test file).
struct QuantCase { Type type; float max_rel_rmse; };
const QuantCase kQuantizers[] = {
    {Type::F16, 0.001f}, {Type::BF16, 0.005f}, {Type::Q8_0, 0.01f}, {Type::Q4_0, 0.11f},
    {Type::Q4_1, 0.10f}, {Type::Q5_0, 0.06f}, {Type::Q5_1, 0.05f}, {Type::IQ4_NL, 0.10f},
    {Type::Q2_K, 0.45f}, {Type::Q3_K, 0.25f}, {Type::Q4_K, 0.11f}, {Type::Q5_K, 0.06f},
    {Type::Q6_K, 0.03f}, {Type::IQ4_XS, 0.11f},
};

uint32_t float_bits(float f) { uint32_t b; std::memcpy(&b, &f, 4); return b; }
bool is_nan_half(uint16_t h) { return (h & 0x7c00) == 0x7c00 && (h & 0x3ff) != 0; }
bool is_nan_bf16(uint16_t h) { return (h & 0x7f80) == 0x7f80 && (h & 0x7f) != 0; }

struct Vectors {
    er::Result<er::gguf::File> file = er::Status::fail("not opened");
    int64_t n_per_row = 0, n_rows = 0;
    const er::gguf::TensorInfo* get(const std::string& name) const { return file->find_tensor(name); }
    const float* f32(const std::string& name) const {
        const auto* t = get(name);
        return t && t->type == Type::F32 ? static_cast<const float*>(t->data) : nullptr;
    }
};

bool open_vectors(const std::string& shared, Vectors& v) {
    v.file = er::gguf::File::open(shared + "/models/quant-vectors/ggml-quant-test-vectors.gguf");
    if (!v.file.ok()) { std::printf("  %s\n", v.file.message().c_str()); return false; }
    v.n_per_row = v.file->get_int("test.n_per_row");
    v.n_rows = v.file->get_int("test.n_rows");
    return v.n_per_row > 0 && v.n_rows > 0;
}

double rel_rmse(const float* a, const float* ref, int64_t n) {
    double err = 0, norm = 0;
    for (int64_t i = 0; i < n; ++i) { err += (double(a[i]) - ref[i]) * (double(a[i]) - ref[i]); norm += double(ref[i]) * ref[i]; }
    return norm > 0 ? std::sqrt(err / norm) : std::sqrt(err);
}

// Deterministic test data: uniform values with a few outliers, a zero block and a constant block.
std::vector<float> synthetic_row(int64_t n, uint32_t seed) {
    std::vector<float> x(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        seed = seed * 1664525u + 1013904223u;
        x[i] = (static_cast<float>(seed >> 8) / 16777216.f - 0.5f) * 2.f;
        if (i % 97 == 0) x[i] *= 8.f;
    }
    for (int64_t i = 0; i < std::min<int64_t>(n, 256); ++i) x[i] = 0.f;
    for (int64_t i = 256; i < std::min<int64_t>(n, 512); ++i) x[i] = 0.75f;
    return x;
}

}  // namespace

TEST(block_structs_have_the_sizes_of_the_type_table) {
    struct Expect { Type t; size_t size; uint32_t block; };
    const Expect cases[] = {
        {Type::Q4_0, sizeof(T::BlockQ4_0), T::QK}, {Type::Q4_1, sizeof(T::BlockQ4_1), T::QK},
        {Type::Q5_0, sizeof(T::BlockQ5_0), T::QK}, {Type::Q5_1, sizeof(T::BlockQ5_1), T::QK},
        {Type::Q8_0, sizeof(T::BlockQ8_0), T::QK}, {Type::Q8_1, sizeof(T::BlockQ8_1), T::QK},
        {Type::Q2_K, sizeof(T::BlockQ2_K), T::QK_K}, {Type::Q3_K, sizeof(T::BlockQ3_K), T::QK_K},
        {Type::Q4_K, sizeof(T::BlockQ4_K), T::QK_K}, {Type::Q5_K, sizeof(T::BlockQ5_K), T::QK_K},
        {Type::Q6_K, sizeof(T::BlockQ6_K), T::QK_K}, {Type::Q8_K, sizeof(T::BlockQ8_K), T::QK_K},
        {Type::IQ4_NL, sizeof(T::BlockIQ4_NL), T::QK}, {Type::IQ4_XS, sizeof(T::BlockIQ4_XS), T::QK_K},
    };
    for (const auto& c : cases) {
        const T::TypeInfo* ti = T::type_info(c.t);
        CHECK_MSG(ti && ti->type_size == c.size && ti->block_size == c.block, "%s", T::type_name(c.t));
    }
}

TEST(type_table_is_consistent_with_row_bytes) {
    for (Type t : kAllKnown) {
        const T::TypeInfo* ti = T::type_info(t);
        CHECK_MSG(ti != nullptr, "id %u", unsigned(t));
        if (!ti) continue;
        CHECK(std::strcmp(T::type_name(t), ti->name) == 0);
        CHECK(T::row_bytes(t, 0) == 0);
        CHECK_MSG(T::row_bytes(t, int64_t(ti->block_size) * 7) == size_t(ti->type_size) * 7, "%s", ti->name);
    }
    CHECK(T::row_bytes(Type::Q4_K, 4096) == 16 * 144);
    CHECK(T::type_info(4u) == nullptr && T::type_info(31u) == nullptr && T::type_info(1000u) == nullptr);
    CHECK(std::strcmp(T::type_name(static_cast<Type>(5)), "?") == 0);
}

TEST(can_dequantize_flags_match_dequantize_row) {
    std::vector<uint8_t> zeros(4096, 0);
    std::vector<float> out(256);
    for (Type t : kAllKnown) {
        const T::TypeInfo* ti = T::type_info(t);
        bool ok = T::dequantize_row(t, zeros.data(), out.data(), 256);
        CHECK_MSG(ok == ti->can_dequantize, "%s: flag %d, dequantize_row %d", ti->name, ti->can_dequantize, ok);
    }
    for (Type t : {Type::IQ2_XXS, Type::IQ2_XS, Type::IQ3_XXS, Type::IQ1_S, Type::IQ3_S, Type::IQ2_S, Type::IQ1_M,
                   Type::TQ1_0, Type::TQ2_0, Type::MXFP4}) {
        CHECK_MSG(!T::type_info(t)->can_dequantize, "%s", T::type_name(t));
        CHECK(!T::quantize_row(t, out.data(), zeros.data(), 256));
        CHECK(std::isnan(T::vec_dot_ref(t, zeros.data(), zeros.data(), 256)));
    }
}

TEST(rows_that_are_not_whole_blocks_are_rejected) {
    std::vector<uint8_t> buf(4096, 0);
    std::vector<float> f(512, 1.f);
    CHECK(!T::dequantize_row(Type::Q4_0, buf.data(), f.data(), 33));
    CHECK(!T::dequantize_row(Type::Q4_K, buf.data(), f.data(), 128));
    CHECK(!T::dequantize_row(Type::F16, buf.data(), f.data(), -1));
    CHECK(!T::quantize_row(Type::Q8_0, f.data(), buf.data(), 48));
    CHECK(std::isnan(T::vec_dot_ref(Type::Q6_K, buf.data(), buf.data(), 300)));
}

TEST(fp16_round_trips_all_65536_values) {
    int mismatches = 0;
    for (uint32_t h = 0; h < 65536; ++h) {
        const uint16_t back = T::fp32_to_fp16(T::fp16_to_fp32(uint16_t(h)));
        if (is_nan_half(uint16_t(h)) ? !is_nan_half(back) : back != h) ++mismatches;
    }
    CHECK_MSG(mismatches == 0, "%d values do not round-trip", mismatches);
    CHECK(T::fp16_to_fp32(0x3c00) == 1.f && T::fp16_to_fp32(0xc000) == -2.f && T::fp16_to_fp32(0x0001) == std::ldexp(1.f, -24));
}

TEST(fp16_rounds_to_nearest_even) {
    int bad = 0;
    // Every pair of neighbouring positive finite halves, including subnormals and the overflow edge.
    for (uint32_t h = 0; h < 0x7c00; ++h) {
        const float lo = T::fp16_to_fp32(uint16_t(h));
        const float hi = h + 1 == 0x7c00 ? 65536.f : T::fp16_to_fp32(uint16_t(h + 1));
        const float mid = (lo + hi) / 2;  // exact in float
        const uint16_t even = (h & 1) ? uint16_t(h + 1) : uint16_t(h);
        if (T::fp32_to_fp16(mid) != even) ++bad;
        if (T::fp32_to_fp16(std::nextafter(mid, 0.f)) != h) ++bad;
        if (T::fp32_to_fp16(std::nextafter(mid, INFINITY)) != h + 1) ++bad;
        if (T::fp32_to_fp16(-mid) != (even | 0x8000)) ++bad;
    }
    CHECK_MSG(bad == 0, "%d roundings wrong", bad);
    CHECK(T::fp32_to_fp16(1e9f) == 0x7c00 && T::fp32_to_fp16(-INFINITY) == 0xfc00);
    CHECK(T::fp32_to_fp16(1e-30f) == 0 && is_nan_half(T::fp32_to_fp16(NAN)));
}

TEST(bf16_round_trips_all_65536_values_and_rounds_to_nearest_even) {
    int bad = 0;
    for (uint32_t h = 0; h < 65536; ++h) {
        const uint16_t back = T::fp32_to_bf16(T::bf16_to_fp32(uint16_t(h)));
        if (is_nan_bf16(uint16_t(h)) ? !is_nan_bf16(back) : back != h) ++bad;
    }
    CHECK_MSG(bad == 0, "%d values do not round-trip", bad);
    bad = 0;
    for (uint32_t h = 0; h < 0x7f7f; ++h) {  // positive finite neighbours
        const uint32_t mid_bits = (h << 16) | 0x8000u;  // exactly half way to the next bf16
        float mid;
        std::memcpy(&mid, &mid_bits, 4);
        const uint16_t even = (h & 1) ? uint16_t(h + 1) : uint16_t(h);
        if (T::fp32_to_bf16(mid) != even) ++bad;
        if (T::fp32_to_bf16(std::nextafter(mid, 0.f)) != h) ++bad;
        if (T::fp32_to_bf16(std::nextafter(mid, INFINITY)) != h + 1) ++bad;
    }
    CHECK_MSG(bad == 0, "%d roundings wrong", bad);
}

TEST(dequantize_row_matches_ggml_bit_exactly) {
    REQUIRE_SHARED(shared);
    Vectors v;
    if (!open_vectors(shared, v)) { CHECK(false); return; }
    int verified = 0;
    std::string names;
    for (Type t : kComputeTypes) {
        const std::string name = T::type_name(t);
        const auto* q = v.get(name + ".q");
        const float* deq = v.f32(name + ".deq");
        if (!q || !deq) continue;  // F32 has no vectors (nothing to dequantize)
        CHECK(q->type == t && q->ne[0] == v.n_per_row);
        std::vector<float> out(static_cast<size_t>(v.n_per_row));
        int64_t diffs = 0;
        for (int64_t r = 0; r < v.n_rows; ++r) {
            const uint8_t* row = static_cast<const uint8_t*>(q->data) + r * T::row_bytes(t, v.n_per_row);
            CHECK(T::dequantize_row(t, row, out.data(), v.n_per_row));
            for (int64_t i = 0; i < v.n_per_row; ++i)
                diffs += float_bits(out[i]) != float_bits(deq[r * v.n_per_row + i]);
        }
        CHECK_MSG(diffs == 0, "%s: %lld values differ from ggml", name.c_str(), (long long)diffs);
        if (diffs == 0) { ++verified; names += " " + name; }
    }
    std::printf("  bit-exact: %d types:%s\n", verified, names.c_str());
    CHECK(verified == 14);
}

TEST(activation_quantization_matches_ggml_from_float_bit_exactly) {
    REQUIRE_SHARED(shared);
    Vectors v;
    if (!open_vectors(shared, v)) { CHECK(false); return; }
    const float* act = v.f32("act");
    CHECK(act != nullptr);
    if (!act) return;
    for (Type t : {Type::Q8_0, Type::Q8_1, Type::Q8_K}) {
        const auto* ref = v.get(std::string("act.") + T::type_name(t));
        CHECK(ref && ref->type == t);
        if (!ref) continue;
        std::vector<uint8_t> out(T::row_bytes(t, v.n_per_row));
        CHECK(T::quantize_row(t, act, out.data(), v.n_per_row));
        CHECK_MSG(out.size() == ref->n_bytes && std::memcmp(out.data(), ref->data, out.size()) == 0, "%s differs", T::type_name(t));
    }
}

TEST(vec_dot_type_matches_ggml) {
    REQUIRE_SHARED(shared);
    Vectors v;
    if (!open_vectors(shared, v)) { CHECK(false); return; }
    int checked = 0;
    for (Type t : kAllKnown) {
        const std::string expect = v.file->get_string(std::string("test.") + T::type_name(t) + ".vec_dot_type");
        if (expect.empty()) continue;
        CHECK_MSG(expect == T::type_name(T::vec_dot_type(t)), "%s: ggml %s, ours %s", T::type_name(t), expect.c_str(),
                  T::type_name(T::vec_dot_type(t)));
        ++checked;
    }
    CHECK(checked == 24);
}

TEST(vec_dot_ref_matches_ggml_vec_dot) {
    REQUIRE_SHARED(shared);
    Vectors v;
    if (!open_vectors(shared, v)) { CHECK(false); return; }
    const float* act = v.f32("act");
    CHECK(act != nullptr);
    if (!act) return;
    double worst = 0;
    for (Type t : kComputeTypes) {
        const std::string name = T::type_name(t);
        const auto* q = v.get(name + ".q");
        const float* dot = v.f32(name + ".dot");
        if (!q || !dot) continue;
        const Type at = T::vec_dot_type(t);
        std::vector<uint8_t> qact(T::row_bytes(at, v.n_per_row));
        CHECK(T::quantize_row(at, act, qact.data(), v.n_per_row));
        for (int64_t r = 0; r < v.n_rows; ++r) {
            const uint8_t* row = static_cast<const uint8_t*>(q->data) + r * T::row_bytes(t, v.n_per_row);
            const float ours = T::vec_dot_ref(t, row, qact.data(), v.n_per_row);
            const double rel = std::fabs(double(ours) - dot[r]) / std::max(1e-6, std::fabs(double(dot[r])));
            worst = std::max(worst, rel);
            CHECK_MSG(rel <= 1e-5, "%s row %lld: ours %.9g, ggml %.9g (rel %.3g)", name.c_str(), (long long)r, ours, dot[r], rel);
        }
    }
    std::printf("  worst relative difference: %.3g\n", worst);
}

TEST(quantizers_round_trip_with_small_error) {
    REQUIRE_SHARED(shared);
    Vectors v;
    if (!open_vectors(shared, v)) { CHECK(false); return; }
    const float* src = v.f32("src");
    CHECK(src != nullptr);
    if (!src) return;
    const int64_t n = v.n_per_row * v.n_rows;
    for (const auto& c : kQuantizers) {
        std::vector<uint8_t> q(T::row_bytes(c.type, n));
        std::vector<float> back(static_cast<size_t>(n));
        CHECK(T::quantize_row(c.type, src, q.data(), n));
        CHECK(T::dequantize_row(c.type, q.data(), back.data(), n));
        const double err = rel_rmse(back.data(), src, n);
        const double ggml = v.file->get_float(std::string("test.") + T::type_name(c.type) + ".rel_rmse");
        std::printf("  %-7s rel rmse %.4f (ggml %.4f)\n", T::type_name(c.type), err, ggml);
        CHECK_MSG(err <= c.max_rel_rmse, "%s: %.4f", T::type_name(c.type), err);
    }
}

TEST(quantizers_keep_zero_and_constant_blocks_and_survive_extremes) {
    std::vector<float> x = synthetic_row(1024, 7);
    std::vector<float> extreme(1024, 0.f);
    extreme[3] = 1e30f;
    extreme[40] = -INFINITY;
    extreme[300] = NAN;
    for (const auto& c : kQuantizers) {
        std::vector<uint8_t> q(T::row_bytes(c.type, 1024));
        std::vector<float> back(1024);
        CHECK(T::quantize_row(c.type, x.data(), q.data(), 1024));
        CHECK(T::dequantize_row(c.type, q.data(), back.data(), 1024));
        bool zeros_ok = true, const_ok = true;
        for (int i = 0; i < 256; ++i) zeros_ok &= back[i] == 0.f;
        for (int i = 256; i < 512; ++i) const_ok &= std::fabs(back[i] - 0.75f) < 0.75f * 0.02f;
        CHECK_MSG(zeros_ok, "%s: zero block not reproduced", T::type_name(c.type));
        CHECK_MSG(const_ok, "%s: constant block off", T::type_name(c.type));
        CHECK(T::quantize_row(c.type, extreme.data(), q.data(), 1024));  // must not crash or trap
    }
}

TEST(rows_at_unaligned_addresses_decode_the_same) {
    // GGUF files may declare a small alignment, so rows can start at any byte.
    const int64_t n = 512;
    std::vector<float> x = synthetic_row(n, 5), want(n), got(n);
    for (Type t : kComputeTypes) {
        const size_t bytes = T::row_bytes(t, n);
        std::vector<uint8_t> buf(bytes + 1);
        CHECK(T::quantize_row(t, x.data(), buf.data() + 1, n));
        std::vector<uint8_t> aligned(buf.begin() + 1, buf.end());
        CHECK(T::dequantize_row(t, aligned.data(), want.data(), n));
        CHECK(T::dequantize_row(t, buf.data() + 1, got.data(), n));
        CHECK_MSG(std::memcmp(want.data(), got.data(), n * sizeof(float)) == 0, "%s", T::type_name(t));
    }
}

TEST(q8_activation_quantizers_round_ties_to_even_like_ggml_x86) {
    // amax 127 makes the multiplier exactly 1, so x.5 inputs are exact ties.
    std::vector<float> x(256, 0.f);
    x[0] = 127.f;
    x[1] = 0.5f;
    x[2] = 2.5f;
    x[3] = -3.5f;
    x[4] = -126.5f;
    T::BlockQ8_0 b0;
    T::BlockQ8_1 b1;
    T::BlockQ8_K bk;
    CHECK(T::quantize_row(Type::Q8_0, x.data(), &b0, 32));
    CHECK(T::quantize_row(Type::Q8_1, x.data(), &b1, 32));
    CHECK(T::quantize_row(Type::Q8_K, x.data(), &bk, 256));
    const int expect[5] = {127, 0, 2, -4, -126};
    for (int i = 0; i < 5; ++i) {
        CHECK_MSG(b0.qs[i] == expect[i], "q8_0[%d] = %d", i, b0.qs[i]);
        CHECK_MSG(b1.qs[i] == expect[i], "q8_1[%d] = %d", i, b1.qs[i]);
        CHECK_MSG(bk.qs[i] == -expect[i], "q8_K[%d] = %d", i, bk.qs[i]);  // q8_K scales by -127/max
    }
    CHECK(T::fp16_to_fp32(b0.d) == 1.f && bk.d == -1.f);
    CHECK(T::fp16_to_fp32(b1.s) == 127.f + 0 + 2 - 4 - 126);
    CHECK(bk.bsums[0] == -(127 + 0 + 2 - 4 - 126) && bk.bsums[1] == 0);
}

TEST(q8_K_of_zero_row_is_all_zero) {
    std::vector<float> x(256, 0.f);
    T::BlockQ8_K b;
    std::memset(&b, 0x5a, sizeof b);
    CHECK(T::quantize_row(Type::Q8_K, x.data(), &b, 256));
    bool zero = b.d == 0.f;
    for (int i = 0; i < 256; ++i) zero &= b.qs[i] == 0;
    for (int i = 0; i < 16; ++i) zero &= b.bsums[i] == 0;
    CHECK(zero);
}

TEST(vec_dot_ref_equals_dot_of_dequantized_rows) {
    // Independent of the reference file: the integer dot must agree with the float dot of what the
    // two rows dequantize to, for every weight type and its activation type.
    const int64_t n = 1024;
    std::vector<float> w = synthetic_row(n, 11), a = synthetic_row(n, 12);
    for (int64_t i = 0; i < 512; ++i) a[i] = std::sin(0.37f * float(i));  // no zero block in the activation
    for (Type t : kComputeTypes) {
        const Type at = T::vec_dot_type(t);
        std::vector<uint8_t> wq(T::row_bytes(t, n)), aq(T::row_bytes(at, n));
        CHECK(T::quantize_row(t, w.data(), wq.data(), n));
        CHECK(T::quantize_row(at, a.data(), aq.data(), n));
        std::vector<float> wd(n), ad(n);
        CHECK(T::dequantize_row(t, wq.data(), wd.data(), n));
        if (at == Type::Q8_1 || at == Type::Q8_K) {
            // no public dequantizer for activation-only types: use their integer layout directly
            for (int64_t b = 0; b < n / (at == Type::Q8_K ? 256 : 32); ++b) {
                if (at == Type::Q8_K) {
                    const auto* blk = reinterpret_cast<const T::BlockQ8_K*>(aq.data()) + b;
                    for (int i = 0; i < 256; ++i) ad[b * 256 + i] = blk->d * blk->qs[i];
                } else {
                    const auto* blk = reinterpret_cast<const T::BlockQ8_1*>(aq.data()) + b;
                    for (int i = 0; i < 32; ++i) ad[b * 32 + i] = T::fp16_to_fp32(blk->d) * blk->qs[i];
                }
            }
        } else {
            CHECK(T::dequantize_row(at, aq.data(), ad.data(), n));
        }
        double expect = 0, mag = 0;
        for (int64_t i = 0; i < n; ++i) { expect += double(wd[i]) * ad[i]; mag += std::fabs(double(wd[i]) * ad[i]); }
        const float got = T::vec_dot_ref(t, wq.data(), aq.data(), n);
        // Q8_1's stored sum is fp16-rounded, so q4_1/q5_1 carry a small extra error from the min term.
        const double tol = (at == Type::Q8_1 ? 2e-3 : 1e-5) * mag;
        CHECK_MSG(std::fabs(got - expect) <= tol, "%s: %.7g vs %.7g", T::type_name(t), got, expect);
    }
}

TEST_MAIN()
