// Vulkan backend: each shader against a scalar CPU computation (on lavapipe in CI), dequantization against
// ggml's reference vectors, and the hand-written Vulkan declarations against <vulkan/vulkan.h> when present.
// Without EDGERUNNER_VULKAN (the default build) or without a Vulkan device every case skips.
#include "edgerunner.h"
#include "test_util.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#if defined(EDGERUNNER_VULKAN)
#if defined(__has_include)
#if __has_include(<vulkan/vulkan.h>)
#include <vulkan/vulkan.h>
#define EDGERUNNER_VULKAN_API_DECLARATIONS
#include "edgerunner.h"
// The backend declares the Vulkan C API itself (no SDK needed); these checks catch a layout slip.
namespace api_check {
using namespace er::vk::api;
#define ER_SAME_LAYOUT(ours, theirs)                                      \
    static_assert(sizeof(ours) == sizeof(theirs), #ours " size");         \
    static_assert(alignof(ours) == alignof(theirs), #ours " alignment")
#define ER_SAME_OFFSET(ours, theirs, field) static_assert(offsetof(ours, field) == offsetof(theirs, field), #ours "." #field)
ER_SAME_LAYOUT(ApplicationInfo, VkApplicationInfo);
ER_SAME_LAYOUT(InstanceCreateInfo, VkInstanceCreateInfo);
ER_SAME_LAYOUT(PhysicalDeviceLimits, VkPhysicalDeviceLimits);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, maxStorageBufferRange);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, maxPushConstantsSize);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, maxComputeSharedMemorySize);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, maxComputeWorkGroupCount);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, timestampComputeAndGraphics);
ER_SAME_OFFSET(PhysicalDeviceLimits, VkPhysicalDeviceLimits, timestampPeriod);
ER_SAME_LAYOUT(PhysicalDeviceProperties, VkPhysicalDeviceProperties);
ER_SAME_LAYOUT(PhysicalDeviceProperties2, VkPhysicalDeviceProperties2);
ER_SAME_LAYOUT(PhysicalDeviceSubgroupProperties, VkPhysicalDeviceSubgroupProperties);
ER_SAME_LAYOUT(PhysicalDeviceFeatures2, VkPhysicalDeviceFeatures2);
ER_SAME_LAYOUT(PhysicalDevice16BitStorageFeatures, VkPhysicalDevice16BitStorageFeatures);
ER_SAME_LAYOUT(PhysicalDeviceFloat16Int8Features, VkPhysicalDeviceShaderFloat16Int8Features);
ER_SAME_LAYOUT(PhysicalDeviceIntegerDotProductFeatures, VkPhysicalDeviceShaderIntegerDotProductFeatures);
ER_SAME_LAYOUT(QueueFamilyProperties, VkQueueFamilyProperties);
ER_SAME_LAYOUT(PhysicalDeviceMemoryProperties, VkPhysicalDeviceMemoryProperties);
ER_SAME_LAYOUT(DeviceCreateInfo, VkDeviceCreateInfo);
ER_SAME_LAYOUT(BufferCreateInfo, VkBufferCreateInfo);
ER_SAME_LAYOUT(ComputePipelineCreateInfo, VkComputePipelineCreateInfo);
ER_SAME_LAYOUT(WriteDescriptorSet, VkWriteDescriptorSet);
ER_SAME_LAYOUT(SubmitInfo, VkSubmitInfo);
ER_SAME_LAYOUT(QueryPoolCreateInfo, VkQueryPoolCreateInfo);
static_assert(static_cast<int>(kStructPhysicalDeviceIntegerDotProductFeatures) ==
                  static_cast<int>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES), "sType");
static_assert(static_cast<int>(kStructPhysicalDeviceSubgroupProperties) ==
                  static_cast<int>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES), "sType");
}  // namespace api_check
#endif
#endif

using er::types::Type;

// The reason no Vulkan device is usable, or "" when one is (printed once).
static const std::string& no_device_reason() {
    static std::string reason = [] {
        auto info = er::vk::device_info();
        if (!info.ok()) return info.message();
        std::printf("  device: %s (%s, Vulkan %s, subgroup %u%s)\n", info->name.c_str(), info->type.c_str(),
                    info->api_version.c_str(), info->subgroup_size, info->subgroup_arithmetic ? " arithmetic" : "");
        return std::string();
    }();
    return reason;
}
// EDGERUNNER_REQUIRE_VULKAN=1 (CI's lavapipe stage) turns "no device" into a failure instead of a skip.
#define REQUIRE_DEVICE()                                                                                   \
    if (!no_device_reason().empty()) {                                                                     \
        const char* req = std::getenv("EDGERUNNER_REQUIRE_VULKAN");                                        \
        if (req && *req && *req != '0') {                                                                  \
            CHECK_MSG(false, "EDGERUNNER_REQUIRE_VULKAN is set but: %s", no_device_reason().c_str());      \
            return;                                                                                        \
        }                                                                                                  \
        SKIP("no Vulkan: %s", no_device_reason().c_str());                                                 \
    }
#define REQUIRE_MSG(cond, ...)          \
    if (!(cond)) {                      \
        CHECK_MSG(cond, __VA_ARGS__);   \
        return;                         \
    }

static double max_abs(const std::vector<float>& v) {
    double m = 0;
    for (float x : v) m = std::max(m, std::fabs(static_cast<double>(x)));
    return m;
}

struct QuantVectors {
    er::Result<er::gguf::File> file = er::Status::fail("not loaded");
    const er::gguf::TensorInfo* tensor(const std::string& name) const { return file.ok() ? file->find_tensor(name) : nullptr; }
    std::vector<float> floats(const std::string& name) const {
        const er::gguf::TensorInfo* t = tensor(name);
        if (!t || t->type != Type::F32) return {};
        const float* p = static_cast<const float*>(t->data);
        return std::vector<float>(p, p + t->n_elements());
    }
};

static const QuantVectors& quant_vectors() {
    static QuantVectors qv;
    static bool loaded = false;
    if (!loaded) {
        loaded = true;
        std::string dir = er_test::shared_dir();
        if (!dir.empty()) qv.file = er::gguf::File::open(dir + "/models/quant-vectors/ggml-quant-test-vectors.gguf");
    }
    return qv;
}

static const char* const kGpuTypes[] = {"f16", "bf16", "q4_0", "q4_1", "q5_0", "q5_1", "q8_0", "q4_K", "q5_K", "q6_K", "iq4_nl"};

TEST(embedding_rows_match_ggml_dequantization_for_every_gpu_type) {
    REQUIRE_SHARED(shared);
    REQUIRE_DEVICE();
    const QuantVectors& qv = quant_vectors();
    REQUIRE_MSG(qv.file.ok(), "quant vectors: %s", qv.file.message().c_str());
    const int32_t ids[] = {7, 0, 3, 3, 5};
    for (const char* name : kGpuTypes) {
        const er::gguf::TensorInfo* q = qv.tensor(std::string(name) + ".q");
        std::vector<float> deq = qv.floats(std::string(name) + ".deq");
        CHECK_MSG(q && deq.size() == 512 * 8, "%s: vectors missing", name);
        if (!q || deq.size() != 512 * 8) continue;
        std::vector<float> out(512 * 5);
        er::Status s = er::vk::ops::get_rows(q->type, q->data, 8, 512, ids, 5, out.data());
        CHECK_MSG(s.ok(), "%s: %s", name, s.message().c_str());
        double worst = 0;
        for (int t = 0; t < 5; ++t)
            for (int i = 0; i < 512; ++i) {
                double ref = deq[static_cast<size_t>(ids[t]) * 512 + i];
                worst = std::max(worst, std::fabs(out[static_cast<size_t>(t) * 512 + i] - ref) / (std::fabs(ref) + 1e-3));
            }
        CHECK_MSG(worst < 1e-6, "%s: dequantized rows differ from ggml by %g (relative)", name, worst);
    }
}

// Decode (1 token) and a short batch (5 tokens: a partial tile of matmul.comp's 8; longer batches take
// matmul_tiled.comp, tested below) against the CPU.
TEST(matmul_matches_cpu_dot_products_for_every_gpu_type_and_batch_size) {
    REQUIRE_SHARED(shared);
    REQUIRE_DEVICE();
    const QuantVectors& qv = quant_vectors();
    REQUIRE_MSG(qv.file.ok(), "quant vectors: %s", qv.file.message().c_str());
    std::vector<float> act = qv.floats("act");
    REQUIRE_MSG(act.size() == 512, "act vector missing");
    std::vector<std::string> names(std::begin(kGpuTypes), std::end(kGpuTypes));
    names.push_back("f32");
    for (const std::string& name : names) {
        const bool f32 = name == "f32";
        const er::gguf::TensorInfo* q = qv.tensor(f32 ? "src" : name + ".q");
        std::vector<float> deq = qv.floats(f32 ? "src" : name + ".deq");
        if (!q || deq.size() != 512 * 8) { CHECK_MSG(false, "%s: vectors missing", name.c_str()); continue; }
        // Decode: compare with ggml's own double-precision dot products of the dequantized rows.
        std::vector<float> dot_ref = f32 ? std::vector<float>() : qv.floats(name + ".dot_f32");
        std::vector<float> y(8);
        er::Status s = er::vk::ops::matmul(q->type, q->data, 8, 512, act.data(), 1, y.data());
        CHECK_MSG(s.ok(), "%s: %s", name.c_str(), s.message().c_str());
        for (int r = 0; r < 8; ++r) {
            double ref = 0;
            for (int i = 0; i < 512; ++i) ref += static_cast<double>(deq[static_cast<size_t>(r) * 512 + i]) * act[i];
            if (!dot_ref.empty()) CHECK_MSG(std::fabs(ref - dot_ref[r]) < 1e-3 * (1 + std::fabs(ref)), "%s reference", name.c_str());
            CHECK_MSG(std::fabs(y[r] - ref) < 1e-4 * (1 + std::fabs(ref)), "%s row %d: gpu %g cpu %g", name.c_str(), r, y[r], ref);
        }
        // Decode takes several rows per workgroup: 7 rows leave the last group short.
        std::vector<float> y7(7);
        s = er::vk::ops::matmul(q->type, q->data, 7, 512, act.data(), 1, y7.data());
        CHECK_MSG(s.ok(), "%s: %s", name.c_str(), s.message().c_str());
        for (int r = 0; r < 7; ++r) CHECK_MSG(std::fabs(y7[r] - y[r]) <= 1e-5 * (1 + std::fabs(y[r])), "%s 7 rows, row %d", name.c_str(), r);
        // Prefill: 5 different activation rows.
        const int n_tok = 5;
        std::vector<float> x(static_cast<size_t>(n_tok) * 512), yb(static_cast<size_t>(n_tok) * 8);
        std::mt19937 rng(42);
        std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
        for (float& v : x) v = dist(rng);
        s = er::vk::ops::matmul(q->type, q->data, 8, 512, x.data(), n_tok, yb.data());
        CHECK_MSG(s.ok(), "%s: %s", name.c_str(), s.message().c_str());
        double worst = 0;
        for (int t = 0; t < n_tok; ++t)
            for (int r = 0; r < 8; ++r) {
                double ref = 0;
                for (int i = 0; i < 512; ++i)
                    ref += static_cast<double>(deq[static_cast<size_t>(r) * 512 + i]) * x[static_cast<size_t>(t) * 512 + i];
                worst = std::max(worst, std::fabs(yb[static_cast<size_t>(t) * 8 + r] - ref) / (1 + std::fabs(ref)));
            }
        CHECK_MSG(worst < 1e-4, "%s batched: relative error %g", name.c_str(), worst);
    }
}

// Prefill batches past one 8-token tile take matmul_tiled.comp (64-row x 64-token shared-memory tiles): 200 rows
// and 70 tokens leave partial tiles in both directions.
TEST(tiled_prefill_matmul_matches_cpu_for_every_gpu_type_and_partial_tiles) {
    REQUIRE_SHARED(shared);
    REQUIRE_DEVICE();
    const QuantVectors& qv = quant_vectors();
    REQUIRE_MSG(qv.file.ok(), "quant vectors: %s", qv.file.message().c_str());
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (const char* name : kGpuTypes) {
        const er::gguf::TensorInfo* q = qv.tensor(std::string(name) + ".q");
        std::vector<float> deq = qv.floats(std::string(name) + ".deq");
        if (!q || deq.size() != 512 * 8) { CHECK_MSG(false, "%s: vectors missing", name); continue; }
        const size_t rb = er::types::row_bytes(q->type, 512);
        const int rows = 200, n_tok = 70;
        std::vector<uint8_t> w(static_cast<size_t>(rows) * rb);  // row r repeats quant vector row r % 8
        for (int r = 0; r < rows; ++r) std::memcpy(&w[r * rb], static_cast<const uint8_t*>(q->data) + (r % 8) * rb, rb);
        std::vector<float> x(static_cast<size_t>(n_tok) * 512), y(static_cast<size_t>(n_tok) * rows);
        for (float& v : x) v = dist(rng);
        er::Status s = er::vk::ops::matmul(q->type, w.data(), rows, 512, x.data(), n_tok, y.data());
        CHECK_MSG(s.ok(), "%s: %s", name, s.message().c_str());
        double worst = 0;
        for (int t = 0; t < n_tok; ++t)
            for (int r = 0; r < 8; ++r) {
                double ref = 0;
                for (int i = 0; i < 512; ++i)
                    ref += static_cast<double>(deq[static_cast<size_t>(r) * 512 + i]) * x[static_cast<size_t>(t) * 512 + i];
                for (int rr = r; rr < rows; rr += 8)
                    worst = std::max(worst, std::fabs(y[static_cast<size_t>(t) * rows + rr] - ref) / (1 + std::fabs(ref)));
            }
        CHECK_MSG(worst < 1e-4, "%s: relative error %g", name, worst);
    }
}

// One token through the GPU matmul of `rows` rows of k weights of type t, each output against the CPU's
// dequantized row in double precision.
static void check_decode_against_cpu(er::types::Type t, const std::vector<uint8_t>& w, int64_t rows, int64_t k,
                                     const std::vector<float>& x) {
    const size_t row_bytes = er::types::row_bytes(t, k);
    std::vector<float> row(static_cast<size_t>(k)), y(static_cast<size_t>(rows));
    er::Status s = er::vk::ops::matmul(t, w.data(), rows, k, x.data(), 1, y.data());
    CHECK_MSG(s.ok(), "k %d: %s", static_cast<int>(k), s.message().c_str());
    for (int64_t r = 0; r < rows; ++r) {
        CHECK(er::types::dequantize_row(t, &w[static_cast<size_t>(r) * row_bytes], row.data(), k));
        double ref = 0, mag = 0;
        for (int64_t i = 0; i < k; ++i) {
            ref += static_cast<double>(row[static_cast<size_t>(i)]) * x[static_cast<size_t>(i)];
            mag += std::fabs(static_cast<double>(row[static_cast<size_t>(i)]) * x[static_cast<size_t>(i)]);
        }
        CHECK_MSG(std::fabs(y[static_cast<size_t>(r)] - ref) < 1e-5 * (1 + mag), "k %d row %d: gpu %g cpu %g",
                  static_cast<int>(k), static_cast<int>(r), y[static_cast<size_t>(r)], ref);
    }
}

// The Q8_0 decode kernel (matvec_q8_0.comp on devices with subgroup arithmetic): 34-byte blocks put every other
// block's quants off word alignment; 3 and 25 blocks per row leave partial steps, an odd row count x 3 blocks a
// buffer whose size is not a multiple of 4, and 37 rows a partial last workgroup.
TEST(q8_0_decode_matches_cpu_dequantization_for_odd_block_counts) {
    REQUIRE_DEVICE();
    std::mt19937 rng(9);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (int64_t k : {96, 800}) {
        const int64_t rows = 37, nb = k / 32;
        std::vector<uint8_t> w(static_cast<size_t>(rows * nb * 34));
        for (uint8_t& b : w) b = static_cast<uint8_t>(rng() & 0xff);
        for (int64_t i = 0; i < rows * nb; ++i) {
            uint16_t d = er::types::fp32_to_fp16(0.002f * (1.0f + dist(rng)));
            std::memcpy(&w[static_cast<size_t>(i * 34)], &d, 2);
        }
        std::vector<float> x(static_cast<size_t>(k));
        for (float& v : x) v = dist(rng);
        check_decode_against_cpu(er::types::Type::Q8_0, w, rows, k, x);
    }
}

// The Q4_K decode kernel (matvec_q4k.comp on devices with subgroup arithmetic) splits a row into 32-element
// units over a subgroup: row lengths of 3 and 9 super-blocks leave a partial last step for 8- and 32-wide
// subgroups, 37 rows a partial last workgroup. Random bytes reach every scale/min bit of the 12-byte field.
TEST(q4_k_decode_matches_cpu_dequantization_for_uneven_row_lengths_and_counts) {
    REQUIRE_DEVICE();
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (int64_t k : {768, 2304}) {
        const int64_t rows = 37, nsb = k / 256;
        std::vector<uint8_t> w(static_cast<size_t>(rows * nsb * 144));
        for (uint8_t& b : w) b = static_cast<uint8_t>(rng() & 0xff);
        for (int64_t i = 0; i < rows * nsb; ++i) {  // finite d and dmin of a realistic size
            uint16_t d = er::types::fp32_to_fp16(0.002f * (1.0f + dist(rng))), m = er::types::fp32_to_fp16(0.001f * (1.0f + dist(rng)));
            std::memcpy(&w[static_cast<size_t>(i * 144)], &d, 2);
            std::memcpy(&w[static_cast<size_t>(i * 144 + 2)], &m, 2);
        }
        std::vector<float> x(static_cast<size_t>(k));
        for (float& v : x) v = dist(rng);
        check_decode_against_cpu(er::types::Type::Q4_K, w, rows, k, x);
    }
}

TEST(matmul_rejects_types_without_a_gpu_dequantizer_by_name) {
    REQUIRE_DEVICE();
    std::vector<uint8_t> w(84 * 2, 0);  // two Q2_K blocks
    std::vector<float> x(512, 1.0f), y(1);
    er::Status s = er::vk::ops::matmul(Type::Q2_K, w.data(), 1, 512, x.data(), 1, y.data());
    CHECK(!s.ok());
    CHECK_MSG(s.message().find("q2_K") != std::string::npos, "message: %s", s.message().c_str());
}

TEST(rms_norm_matches_cpu_with_and_without_weight) {
    REQUIRE_DEVICE();
    const int rows = 5, n = 320;
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> dist(-3.0f, 3.0f);
    std::vector<float> x(rows * n), w(n), y(rows * n);
    for (float& v : x) v = dist(rng);
    for (float& v : w) v = dist(rng);
    for (int with_w = 0; with_w < 2; ++with_w) {
        er::Status s = er::vk::ops::rms_norm(x.data(), with_w ? w.data() : nullptr, rows, n, 1e-5f, y.data());
        REQUIRE_MSG(s.ok(), "%s", s.message().c_str());
        double worst = 0;
        for (int r = 0; r < rows; ++r) {
            double ss = 0;
            for (int i = 0; i < n; ++i) ss += static_cast<double>(x[r * n + i]) * x[r * n + i];
            double scale = 1.0 / std::sqrt(ss / n + 1e-5);
            for (int i = 0; i < n; ++i) {
                double ref = x[r * n + i] * scale * (with_w ? w[i] : 1.0);
                worst = std::max(worst, std::fabs(y[r * n + i] - ref));
            }
        }
        CHECK_MSG(worst < 1e-5, "with_w=%d: max error %g", with_w, worst);
    }
}

TEST(rope_matches_cpu_in_normal_and_neox_modes_with_partial_rotation) {
    REQUIRE_DEVICE();
    const int n_tok = 3, n_heads = 2, head_dim = 16, pos0 = 1000;
    std::mt19937 rng(2);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> x(n_tok * n_heads * head_dim);
    for (float& v : x) v = dist(rng);
    for (int n_rot : {16, 8})
        for (int neox = 0; neox < 2; ++neox) {
            std::vector<float> y = x;
            er::Status s = er::vk::ops::rope(y.data(), n_tok, n_heads, head_dim, n_rot, pos0, 10000.0f, neox != 0);
            REQUIRE_MSG(s.ok(), "%s", s.message().c_str());
            double worst = 0;
            for (int t = 0; t < n_tok; ++t)
                for (int h = 0; h < n_heads; ++h) {
                    const float* in = &x[(t * n_heads + h) * head_dim];
                    const float* out = &y[(t * n_heads + h) * head_dim];
                    std::vector<double> ref(in, in + head_dim);
                    for (int i = 0; i < n_rot / 2; ++i) {
                        double a = (pos0 + t) * std::pow(10000.0, -2.0 * i / n_rot);
                        int i0 = neox ? i : 2 * i, i1 = neox ? i + n_rot / 2 : 2 * i + 1;
                        ref[i0] = in[i0] * std::cos(a) - in[i1] * std::sin(a);
                        ref[i1] = in[i0] * std::sin(a) + in[i1] * std::cos(a);
                    }
                    for (int d = 0; d < head_dim; ++d) worst = std::max(worst, std::fabs(out[d] - ref[d]));
                }
            CHECK_MSG(worst < 1e-5, "n_rot=%d neox=%d: max error %g", n_rot, neox, worst);
        }
}

// Naive causal attention in double, the definition the shader's tiled online softmax must reproduce.
static std::vector<float> cpu_attention(const std::vector<float>& q, const std::vector<float>& k, const std::vector<float>& v,
                                        const er::vk::AttentionShape& a) {
    std::vector<float> out(static_cast<size_t>(a.n_tok * a.n_head * a.head_dim));
    for (int64_t t = 0; t < a.n_tok; ++t)
        for (int64_t h = 0; h < a.n_head; ++h) {
            int64_t kvh = h / (a.n_head / a.n_kv_head), pos = a.pos0 + t;
            int64_t lo = a.window > 0 ? std::max<int64_t>(0, pos - a.window + 1) : 0;
            std::vector<double> s;
            double m = -1e300;
            for (int64_t j = lo; j <= pos; ++j) {
                double d = 0;
                for (int64_t i = 0; i < a.head_dim; ++i)
                    d += static_cast<double>(q[(t * a.n_head + h) * a.head_dim + i]) * k[(j * a.n_kv_head + kvh) * a.head_dim + i];
                d *= a.scale;
                if (a.softcap > 0) d = a.softcap * std::tanh(d / a.softcap);
                s.push_back(d);
                m = std::max(m, d);
            }
            double sum = 0;
            for (double& e : s) sum += (e = std::exp(e - m));
            for (int64_t i = 0; i < a.head_dim; ++i) {
                double acc = 0;
                for (int64_t j = lo; j <= pos; ++j) acc += s[static_cast<size_t>(j - lo)] * v[(j * a.n_kv_head + kvh) * a.head_dim + i];
                out[static_cast<size_t>((t * a.n_head + h) * a.head_dim + i)] = static_cast<float>(acc / sum);
            }
        }
    return out;
}

TEST(attention_matches_cpu_across_tiles_with_gqa_window_and_softcap) {
    REQUIRE_DEVICE();
    struct Case { int64_t n_tok, n_head, n_kv_head, head_dim, pos0, window; float softcap; };
    // 600 keys span three 256-key tiles; head_dim 256 uses four dims per invocation.
    const Case cases[] = {{4, 4, 2, 64, 596, 0, 0.0f}, {3, 2, 1, 256, 40, 0, 0.0f}, {5, 4, 4, 32, 60, 32, 0.0f},
                          {2, 4, 2, 64, 10, 0, 5.0f}, {1, 8, 2, 128, 0, 0, 0.0f}};
    std::mt19937 rng(3);
    std::normal_distribution<float> dist(0.0f, 1.0f);
    for (const Case& c : cases) {
        er::vk::AttentionShape a;
        a.n_tok = c.n_tok; a.n_head = c.n_head; a.n_kv_head = c.n_kv_head; a.head_dim = c.head_dim;
        a.pos0 = c.pos0; a.window = c.window; a.softcap = c.softcap;
        a.scale = 1.0f / std::sqrt(static_cast<float>(c.head_dim));
        std::vector<float> q(c.n_tok * c.n_head * c.head_dim), k((c.pos0 + c.n_tok) * c.n_kv_head * c.head_dim), v(k.size());
        for (float& x : q) x = dist(rng) * 2.0f;
        for (float& x : k) x = dist(rng);
        for (float& x : v) x = dist(rng);
        std::vector<float> out(q.size());
        er::Status s = er::vk::ops::attention(q.data(), k.data(), v.data(), a, out.data());
        REQUIRE_MSG(s.ok(), "%s", s.message().c_str());
        std::vector<float> ref = cpu_attention(q, k, v, a);
        double worst = 0;
        for (size_t i = 0; i < out.size(); ++i) worst = std::max(worst, std::fabs(static_cast<double>(out[i]) - ref[i]));
        CHECK_MSG(worst < 1e-4, "head_dim %lld pos0 %lld window %lld softcap %g: max error %g", static_cast<long long>(c.head_dim),
                  static_cast<long long>(c.pos0), static_cast<long long>(c.window), c.softcap, worst);
    }
}

TEST(elementwise_ops_match_cpu) {
    REQUIRE_DEVICE();
    const int n = 1000;
    std::vector<float> a(n), b(n), y(n);
    for (int i = 0; i < n; ++i) {
        a[i] = (i - 500) * 0.02f;
        b[i] = std::cos(i * 0.1f);
    }
    using E = er::vk::Elementwise;
    struct Op { E op; float s; double (*ref)(double, double, double); const char* name; };
    const Op ops[] = {
        {E::Add, 0, [](double x, double z, double) { return x + z; }, "add"},
        {E::Scale, 16.0f, [](double x, double, double s) { return x * s; }, "scale"},
        {E::SiluMul, 0, [](double x, double z, double) { return x / (1 + std::exp(-x)) * z; }, "silu_mul"},
        {E::GeluMul, 0, nullptr, "gelu_mul"},  // the CPU's geglu (fp16 argument and result, as llama.cpp)
        {E::Softcap, 3.0f, [](double x, double, double s) { return s * std::tanh(x / s); }, "softcap"},
    };
    std::vector<float> geglu(n);
    er::kern::geglu(a.data(), b.data(), n, geglu.data());
    for (const Op& op : ops) {
        er::Status s = er::vk::ops::eltwise(op.op, a.data(), b.data(), n, op.s, y.data());
        REQUIRE_MSG(s.ok(), "%s: %s", op.name, s.message().c_str());
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            // GELU's fp16 result may land one fp16 step (2^-10 relative at most) apart where the GPU's tanh differs in
            // its last bits.
            const double err = op.ref ? std::fabs(y[i] - op.ref(a[i], b[i], op.s))
                                      : std::max(0.0, std::fabs(static_cast<double>(y[i]) - geglu[i]) - 0x1p-10 * std::fabs(geglu[i]));
            worst = std::max(worst, err);
        }
        CHECK_MSG(worst < 2e-5 * (1 + max_abs(y)), "%s: max error %g", op.name, worst);
    }
}

// Runs `prompt` in one batch (all logits), then `n_decode` greedy steps, on the given backend.
static std::vector<float> run_session(const er::Model& model, er::BackendKind backend, er::KvType kv,
                                      const std::vector<int32_t>& prompt, int n_decode, std::string* backend_name) {
    er::SessionOptions opts;
    opts.n_ctx = 128;
    opts.n_threads = 1;
    opts.kv_type = kv;
    opts.backend = backend;
    er::Result<er::Session> s = model.new_session(opts);
    CHECK_MSG(s.ok(), "%s", s.message().c_str());
    if (!s.ok()) return {};
    *backend_name = s->backend_name();
    std::vector<float> all, logits;
    er::Status st = s->eval(prompt.data(), prompt.size(), &all, true);
    CHECK_MSG(st.ok(), "%s", st.message().c_str());
    const int32_t n_vocab = model.info().n_vocab;
    logits.assign(all.end() - n_vocab, all.end());
    for (int g = 0; g < n_decode && st.ok(); ++g) {
        int32_t next = static_cast<int32_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
        st = s->eval(&next, 1, &logits);
        CHECK_MSG(st.ok(), "%s", st.message().c_str());
        all.insert(all.end(), logits.begin(), logits.end());
    }
    return all;
}

// The CPU path rounds activations as llama.cpp does (up to 0.1 apart from fp32 math for q4_0) while the shaders
// compute in fp32, so each backend is held to the shared/ref reference logits with ref/README's pass tolerance
// (1.5 * D + 2e-3 from the nearer of the native and exact references), not to each other. Decode is checked
// against the GPU's own batch: feeding prompt + greedy tokens one batch must give the decode steps' logits.
TEST(gpu_sessions_meet_the_reference_tolerance_for_prefill_and_decode_with_f32_and_f16_cache) {
    REQUIRE_SHARED(shared);
    REQUIRE_DEVICE();
    // gemma2 exercises the most features: softcaps, sliding window, post norms, GELU, embedding scale; qwen3
    // q4_k the per-head q/k norms and the Q4_K decode matvec with its fused SiLU gate; qwen2 the q/k/v biases;
    // phi3 the file-fused qkv and gate_up matrices. Prompt (64) + decode pass 64 keys: split-K decode attention.
    for (const char* name : {"llama-tiny-q4_0", "gemma2-tiny-q8_0", "qwen3-tiny-q4_k", "qwen2-tiny-q8_0", "phi3-tiny-q8_0"}) {
        er::Result<er::json::Value> ref = er::json::parse(er_test::read_file(shared + "/ref/" + name + ".json"));
        REQUIRE_MSG(ref.ok(), "%s.json: %s", name, ref.message().c_str());
        er::Result<er::Model> model = er::Model::load(shared + "/ref/models/" + name + ".gguf");
        REQUIRE_MSG(model.ok(), "%s", model.message().c_str());
        const er::json::Value& r = *ref;
        const int32_t n_vocab = model->info().n_vocab;
        std::vector<int32_t> prompt;
        for (const er::json::Value& t : r["prompt_tokens"].items()) prompt.push_back(static_cast<int32_t>(t.as_int()));
        const double tol = 1.5 * r["native_vs_exact_max_abs_diff"].as_number() + 2e-3;
        const int n_decode = 24;  // crosses the 32-token sliding window of gemma2's layer 0
        for (er::KvType kv : {er::KvType::F32, er::KvType::F16}) {
            const char* kv_name = kv == er::KvType::F16 ? "f16" : "f32";
            std::string gpu_name;
            std::vector<float> gpu = run_session(*model, er::BackendKind::Vulkan, kv, prompt, n_decode, &gpu_name);
            REQUIRE_MSG(gpu_name == "vulkan", "%s ran on %s", name, gpu_name.c_str());
            REQUIRE_MSG(gpu.size() == (prompt.size() + n_decode) * size_t(n_vocab), "%s: logits size %zu", name, gpu.size());
            const er::json::Value& positions = r["last_logits_positions"];
            double dx = 0, dn = 0;
            for (size_t p = 0; p < positions.size(); ++p) {
                const float* mine = gpu.data() + size_t(positions[p].as_int()) * size_t(n_vocab);
                for (int32_t i = 0; i < n_vocab; ++i) {
                    dx = std::max(dx, std::fabs(mine[i] - r["exact_last_logits"][p][size_t(i)].as_number()));
                    dn = std::max(dn, std::fabs(mine[i] - r["last_logits"][p][size_t(i)].as_number()));
                }
            }
            CHECK_MSG(std::min(dx, dn) <= tol, "%s kv %s: prefill max |logit - ref| = %g (exact) / %g (native) > %g",
                      name, kv_name, dx, dn, tol);
            // Greedy decode follows the exact reference until its first near-tie.
            const er::json::Value& expect = r["exact_greedy_tokens"];
            std::vector<int32_t> all_ids = prompt;
            bool diverged = false;
            for (int g = 0; g < n_decode; ++g) {
                const float* row = gpu.data() + (prompt.size() - 1 + size_t(g)) * size_t(n_vocab);
                const int32_t next = static_cast<int32_t>(std::max_element(row, row + n_vocab) - row);
                const er::json::Value& top = r["exact_greedy_top10_logits"][size_t(g)];
                if (top[0].as_number() - top[1].as_number() < 2 * tol) diverged = true;
                if (!diverged) CHECK_MSG(next == expect[size_t(g)].as_int(), "%s kv %s: greedy step %d chose %d, reference %d",
                                         name, kv_name, g, next, static_cast<int>(expect[size_t(g)].as_int()));
                if (next != expect[size_t(g)].as_int()) diverged = true;
                all_ids.push_back(next);
            }
            all_ids.pop_back();  // the last greedy token is never fed
            std::string batch_name;
            std::vector<float> batch = run_session(*model, er::BackendKind::Vulkan, kv, all_ids, 0, &batch_name);
            REQUIRE_MSG(batch.size() + size_t(n_vocab) == gpu.size(), "%s: batch logits size %zu", name, batch.size());
            double worst = 0;
            for (size_t i = prompt.size() * size_t(n_vocab); i < batch.size(); ++i)
                worst = std::max(worst, std::fabs(static_cast<double>(batch[i]) - gpu[i]));
            // Decode through Q4_K / Q8_0 on a device with integer dot products reads x as 8-bit blocks (as
            // llama.cpp's CPU path does), the batch reads floats: then the two agree within the reference tolerance
            // only (the q4_0 model keeps the exact check of the cache and split-K paths).
            er::Result<er::vk::DeviceInfo> dev = er::vk::device_info();
            const bool int8_decode = dev.ok() && dev->integer_dot_product &&
                                     (std::strstr(name, "q4_k") != nullptr || std::strstr(name, "q8_0") != nullptr);
            const double bound = int8_decode ? tol : 1e-3;
            CHECK_MSG(worst < bound, "%s kv %s: decode vs batch max |diff| = %g (bound %g)", name, kv_name, worst, bound);
            std::printf("  %s kv %s: prefill dx %.2e dn %.2e (tol %.2e), decode vs batch %.2e\n", name, kv_name, dx, dn,
                        tol, worst);
        }
    }
}

TEST(model_with_a_type_the_shaders_lack_falls_back_to_the_cpu) {
    REQUIRE_SHARED(shared);
    REQUIRE_DEVICE();
    er::Result<er::Model> model = er::Model::load(shared + "/ref/models/llama-tiny-q2_k.gguf");
    REQUIRE_MSG(model.ok(), "%s", model.message().c_str());
    er::SessionOptions opts;
    opts.n_ctx = 64;
    opts.backend = er::BackendKind::Vulkan;
    er::Result<er::Session> s = model->new_session(opts);
    REQUIRE_MSG(s.ok(), "%s", s.message().c_str());
    CHECK_MSG(std::string(s->backend_name()) == "cpu", "backend %s", s->backend_name());
}

#else
TEST(vulkan_backend_not_built) {
    SKIP("built without EDGERUNNER_VULKAN (cmake -DEDGERUNNER_VULKAN=ON enables it)");
}
#endif

TEST_MAIN()
