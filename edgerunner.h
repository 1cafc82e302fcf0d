/* edgerunner.h — a single-file C++17 LLM inference engine for GGUF models.

   QUICK START
   -----------
   In exactly one .cpp file of your project:

       #define EDGERUNNER_IMPLEMENTATION
       #include "edgerunner.h"

   Everywhere else just `#include "edgerunner.h"`. Link with -pthread. No other dependency.

       er::Result<er::gguf::File> f = er::gguf::File::open("model.gguf");
       if (!f.ok()) { fprintf(stderr, "%s\n", f.message().c_str()); return 1; }
       printf("%s\n", f->get_string("general.architecture").c_str());

   Errors are values (er::Status, er::Result<T>) with a message saying what went wrong and where;
   the library never throws, so it works in -fno-exceptions builds.

   OPTIONAL DEFINES
   ----------------
   EDGERUNNER_IMPLEMENTATION   compile the implementation in this translation unit
   EDGERUNNER_NO_SIMD          scalar kernels only (reference path, for tests)
   EDGERUNNER_NO_MMAP          read the model into memory instead of mapping it
   EDGERUNNER_OPENMP           use OpenMP instead of the built-in pthread pool
   EDGERUNNER_VULKAN           declare the Vulkan backend (implemented in its own translation unit)

   TABLE OF CONTENTS (sections of the implementation, in data-flow order)
   -----------------
   [1]  platform   er::platform  file mapping, threads, timing, string formatting
   [2]  gguf       er::gguf      GGUF v2/v3 reader (validated, zero-copy) and writer
   [3]  types      er::types     ggml tensor type table, block formats, dequantize/quantize
   [4]  kern       er::kern      CPU kernels (scalar reference + AVX2 / AVX-512 / NEON), dispatch
   [5]  model      er::model     hyper-parameters, forward pass per architecture family, KV cache
   [6]  tok        er::tok       tokenizers: byte-level BPE (+ pre-tokenizers), SentencePiece, Unicode
   [7]  json       er::json      JSON value, parser and writer
   [8]  tmpl       er::tmpl      Jinja-subset chat template engine and chat API
   [9]  sample     er::sample    sampler stages and chains
   [10] gen        er::gen       generation loop, stop conditions, streaming, chat sessions
   [11] vulkan     er::vk        optional Vulkan compute backend (EDGERUNNER_VULKAN_IMPLEMENTATION)

   LICENSE: MIT (see end of file).
*/
#ifndef EDGERUNNER_H
#define EDGERUNNER_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace er {

/* =============================================================================================
   PUBLIC API: errors
   ============================================================================================= */

// The outcome of an operation: ok, or failed with a human-readable message.
class Status {
public:
    Status() = default;
    static Status fail(std::string message) {
        Status s;
        s.failed_ = true;
        s.message_ = std::move(message);
        return s;
    }
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& message() const { return message_; }

private:
    bool failed_ = false;
    std::string message_;
};

// A value or the Status that explains why there is none.
template <class T>
class Result {
public:
    Result(T value) : has_value_(true) { new (&storage_) T(std::move(value)); }
    Result(Status status) : status_(std::move(status)) {
        if (status_.ok()) status_ = Status::fail("internal error: Result built from an ok Status");
    }
    Result(Result&& other) noexcept : has_value_(other.has_value_), status_(std::move(other.status_)) {
        if (has_value_) new (&storage_) T(std::move(*other.ptr()));
    }
    Result& operator=(Result&& other) noexcept {
        if (this != &other) {
            reset();
            has_value_ = other.has_value_;
            status_ = std::move(other.status_);
            if (has_value_) new (&storage_) T(std::move(*other.ptr()));
        }
        return *this;
    }
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;
    ~Result() { reset(); }

    bool ok() const { return has_value_; }
    explicit operator bool() const { return ok(); }
    const Status& status() const { return status_; }
    const std::string& message() const { return status_.message(); }
    T& value() & { return *ptr(); }
    const T& value() const& { return *ptr(); }
    T&& value() && { return std::move(*ptr()); }
    T* operator->() { return ptr(); }
    const T* operator->() const { return ptr(); }
    T& operator*() { return *ptr(); }
    const T& operator*() const { return *ptr(); }

private:
    T* ptr() { return reinterpret_cast<T*>(&storage_); }
    const T* ptr() const { return reinterpret_cast<const T*>(&storage_); }
    void reset() {
        if (has_value_) ptr()->~T();
        has_value_ = false;
    }
    alignas(T) unsigned char storage_[sizeof(T)];
    bool has_value_ = false;
    Status status_;
};

/* =============================================================================================
   PUBLIC API: tensor types (section [3])
   ============================================================================================= */
namespace types {

// ggml's type ids, as stored in GGUF tensor infos. Gaps are ids ggml retired.
enum class Type : uint32_t {
    F32 = 0, F16 = 1, Q4_0 = 2, Q4_1 = 3, Q5_0 = 6, Q5_1 = 7, Q8_0 = 8, Q8_1 = 9,
    Q2_K = 10, Q3_K = 11, Q4_K = 12, Q5_K = 13, Q6_K = 14, Q8_K = 15,
    IQ2_XXS = 16, IQ2_XS = 17, IQ3_XXS = 18, IQ1_S = 19, IQ4_NL = 20, IQ3_S = 21, IQ2_S = 22,
    IQ4_XS = 23, I8 = 24, I16 = 25, I32 = 26, I64 = 27, F64 = 28, IQ1_M = 29, BF16 = 30,
    TQ1_0 = 34, TQ2_0 = 35, MXFP4 = 39,
};

struct TypeInfo {
    const char* name;     // ggml's name, e.g. "q4_K"
    uint32_t block_size;  // elements per block (1 for plain types)
    uint32_t type_size;   // bytes per block
    bool can_dequantize;  // this engine has a dequantizer (and so can run matmuls) for it
};

// Information about a type id; nullptr when the id is not a ggml type.
const TypeInfo* type_info(uint32_t id);
inline const TypeInfo* type_info(Type t) { return type_info(static_cast<uint32_t>(t)); }
const char* type_name(Type t);  // "?" for unknown ids
// Bytes of a row of n elements (n must be a multiple of the block size).
size_t row_bytes(Type t, int64_t n);

// Reference (scalar, bit-exact with ggml) conversion of n elements; n a multiple of the block size.
// Returns false for types without a dequantizer.
bool dequantize_row(Type t, const void* src, float* dst, int64_t n);
// Quantize n floats to t (for writing models and for activation quantization). False if unsupported.
bool quantize_row(Type t, const float* src, void* dst, int64_t n);

float fp16_to_fp32(uint16_t h);
uint16_t fp32_to_fp16(float f);
float bf16_to_fp32(uint16_t h);
uint16_t fp32_to_bf16(float f);

// The activation format ggml's CPU matmul quantizes the input vector to for a weight type:
// Q8_0 for q4_0/q5_0/q8_0/iq4_nl/mxfp4, Q8_1 for q4_1/q5_1, Q8_K for the K-quants and i-quants,
// F16/BF16/F32 for themselves; F32 for types ggml has no dot product for.
Type vec_dot_type(Type weight);
// Reference dot product of a weight row (type `weight`) with an activation row already quantized
// to vec_dot_type(weight), computed as ggml does: integer sums inside blocks, then block scales.
// n is the row length, a multiple of the block size. NaN when unsupported or n is not valid.
float vec_dot_ref(Type weight, const void* w_row, const void* act_row, int64_t n);

// ---- Block formats, byte for byte as ggml stores them (fp16 fields hold raw IEEE half bits). ----
constexpr int QK = 32;     // elements per block of the 32-element formats
constexpr int QK_K = 256;  // elements per super-block of the K-quants, Q8_K and IQ4_XS

struct BlockQ4_0 { uint16_t d; uint8_t qs[QK / 2]; };                 // x = d * (nibble - 8)
struct BlockQ4_1 { uint16_t d, m; uint8_t qs[QK / 2]; };              // x = d * nibble + m
struct BlockQ5_0 { uint16_t d; uint8_t qh[4]; uint8_t qs[QK / 2]; };  // qh: 5th bit of element i at bit i
struct BlockQ5_1 { uint16_t d, m; uint8_t qh[4]; uint8_t qs[QK / 2]; };
struct BlockQ8_0 { uint16_t d; int8_t qs[QK]; };
struct BlockQ8_1 { uint16_t d, s; int8_t qs[QK]; };                   // s = d * sum(qs)
struct BlockQ2_K { uint8_t scales[QK_K / 16]; uint8_t qs[QK_K / 4]; uint16_t d, dmin; };
struct BlockQ3_K { uint8_t hmask[QK_K / 8]; uint8_t qs[QK_K / 4]; uint8_t scales[12]; uint16_t d; };
struct BlockQ4_K { uint16_t d, dmin; uint8_t scales[12]; uint8_t qs[QK_K / 2]; };
struct BlockQ5_K { uint16_t d, dmin; uint8_t scales[12]; uint8_t qh[QK_K / 8]; uint8_t qs[QK_K / 2]; };
struct BlockQ6_K { uint8_t ql[QK_K / 2]; uint8_t qh[QK_K / 4]; int8_t scales[QK_K / 16]; uint16_t d; };
struct BlockQ8_K { float d; int8_t qs[QK_K]; int16_t bsums[QK_K / 16]; };  // bsums: sums of 16 qs
struct BlockIQ4_NL { uint16_t d; uint8_t qs[QK / 2]; };                     // x = d * kIQ4NLValues[nibble]
struct BlockIQ4_XS { uint16_t d; uint16_t scales_h; uint8_t scales_l[QK_K / 64]; uint8_t qs[QK_K / 2]; };

static_assert(sizeof(BlockQ4_0) == 18 && sizeof(BlockQ4_1) == 20 && sizeof(BlockQ5_0) == 22 &&
              sizeof(BlockQ5_1) == 24 && sizeof(BlockQ8_0) == 34 && sizeof(BlockQ8_1) == 36,
              "32-element block layouts must match ggml");
static_assert(sizeof(BlockQ2_K) == 84 && sizeof(BlockQ3_K) == 110 && sizeof(BlockQ4_K) == 144 &&
              sizeof(BlockQ5_K) == 176 && sizeof(BlockQ6_K) == 210 && sizeof(BlockQ8_K) == 292,
              "K-quant block layouts must match ggml");
static_assert(sizeof(BlockIQ4_NL) == 18 && sizeof(BlockIQ4_XS) == 136, "IQ4 block layouts must match ggml");

// The non-linear 4-bit code book of IQ4_NL and IQ4_XS.
inline constexpr int8_t kIQ4NLValues[16] = {-127, -104, -83, -65, -49, -35, -22, -10,
                                            1,    13,   25,  38,  53,  69,  89,  113};

}  // namespace types

/* =============================================================================================
   PUBLIC API: GGUF files (section [2])
   ============================================================================================= */
namespace gguf {

enum class ValueType : uint32_t {
    UINT8 = 0, INT8 = 1, UINT16 = 2, INT16 = 3, UINT32 = 4, INT32 = 5, FLOAT32 = 6, BOOL = 7,
    STRING = 8, ARRAY = 9, UINT64 = 10, INT64 = 11, FLOAT64 = 12,
};
const char* value_type_name(ValueType t);

// A metadata value. Strings and arrays of scalars are views into the mapped file (zero-copy).
struct Value {
    ValueType type = ValueType::UINT8;
    // scalars
    uint64_t u = 0;   // unsigned ints and bool
    int64_t i = 0;    // signed ints (also set for unsigned ones that fit)
    double f = 0.0;   // floats (also set for every integer type)
    std::string_view str;  // STRING
    // ARRAY
    ValueType elem_type = ValueType::UINT8;
    uint64_t count = 0;
    const uint8_t* raw = nullptr;             // array of fixed-size scalars: little-endian elements
    std::vector<std::string_view> strings;    // array of STRING
    std::vector<Value> items;                 // array of ARRAY (nested)

    bool is_int() const;
    bool is_float() const { return type == ValueType::FLOAT32 || type == ValueType::FLOAT64; }
    bool is_array() const { return type == ValueType::ARRAY; }
    // Element i of an array of numbers or bools, converted (0 when out of range or not numeric).
    int64_t int_at(uint64_t idx) const;
    double float_at(uint64_t idx) const;
};

struct KeyValue {
    std::string_view key;
    Value value;
};

struct TensorInfo {
    std::string_view name;
    uint32_t n_dims = 0;
    int64_t ne[4] = {1, 1, 1, 1};  // ne[0] is the row length (contiguous dimension)
    types::Type type = types::Type::F32;
    uint64_t offset = 0;           // from the start of the data section
    uint64_t n_bytes = 0;
    const void* data = nullptr;    // points into the mapping
    int64_t n_elements() const { return ne[0] * ne[1] * ne[2] * ne[3]; }
    int64_t n_rows() const { return ne[1] * ne[2] * ne[3]; }
};

class File {
public:
    // Maps (or, without mmap support, reads) and validates a GGUF v2/v3 file. Nothing is copied.
    static Result<File> open(const std::string& path);
    // Parses a GGUF image held in memory; the memory must outlive the File (used by fuzzers, tests).
    static Result<File> from_memory(const void* data, size_t size);

    File(File&&) noexcept;
    File& operator=(File&&) noexcept;
    ~File();

    uint32_t version() const;
    uint64_t alignment() const;
    uint64_t data_offset() const;  // byte offset of the tensor data section
    size_t file_size() const;
    const uint8_t* bytes() const;

    const std::vector<KeyValue>& metadata() const;
    const Value* find(std::string_view key) const;
    // Typed getters: return `fallback` when the key is missing or has another type.
    std::string get_string(std::string_view key, const std::string& fallback = "") const;
    int64_t get_int(std::string_view key, int64_t fallback = 0) const;
    double get_float(std::string_view key, double fallback = 0.0) const;
    bool get_bool(std::string_view key, bool fallback = false) const;

    const std::vector<TensorInfo>& tensors() const;
    const TensorInfo* find_tensor(std::string_view name) const;

private:
    File();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Renders a value for humans ("[512 x STRING]" for long arrays, quoted strings).
std::string value_to_string(const Value& v, size_t max_items = 8);

// Builds a GGUF v3 file in memory. Used by tests to make synthetic models and by tools.
class Writer {
public:
    void set_u32(const std::string& key, uint32_t v);
    void set_i32(const std::string& key, int32_t v);
    void set_u64(const std::string& key, uint64_t v);
    void set_f32(const std::string& key, float v);
    void set_bool(const std::string& key, bool v);
    void set_string(const std::string& key, const std::string& v);
    void set_array_string(const std::string& key, const std::vector<std::string>& v);
    void set_array_i32(const std::string& key, const std::vector<int32_t>& v);
    void set_array_f32(const std::string& key, const std::vector<float>& v);
    // Adds a tensor; `data` holds exactly row_bytes(type, ne[0]) * rows bytes.
    Status add_tensor(const std::string& name, types::Type type, const std::vector<int64_t>& ne,
                      const void* data, size_t n_bytes);
    void set_alignment(uint32_t alignment);
    std::vector<uint8_t> to_bytes() const;
    Status write(const std::string& path) const;

private:
    struct Tensor {
        std::string name;
        types::Type type;
        std::vector<int64_t> ne;
        std::vector<uint8_t> data;
    };
    std::vector<std::pair<std::string, std::vector<uint8_t>>> kv_;  // key, encoded type+value
    std::vector<Tensor> tensors_;
    uint32_t alignment_ = 32;
    void put_kv(const std::string& key, std::vector<uint8_t> encoded);
};

}  // namespace gguf

/* =============================================================================================
   PUBLIC API: model and session (section [5])
   ============================================================================================= */
// A Model is loaded once and shared (read-only) by any number of Sessions, each with its own KV cache and
// position. Session::eval runs a batch of tokens: the whole prompt at once (matrix-matrix), then one token per
// call while decoding.
//
//     er::Result<er::Model> m = er::Model::load("model.gguf");
//     er::Result<er::Session> s = m->new_session({/*n_ctx*/ 2048});
//     std::vector<float> logits;
//     er::Status st = s->eval(ids.data(), ids.size(), &logits);   // logits of the last token

enum class KvType { F32, F16 };
enum class BackendKind { CPU, Vulkan };

struct LoadOptions {
    std::function<void(float)> on_progress;  // called with 0..1 while loading
};

struct SessionOptions {
    int32_t n_ctx = 0;      // 0: the model's training context length
    int n_threads = 0;      // 0: all cores
    KvType kv_type = KvType::F16;
    BackendKind backend = BackendKind::CPU;
};

struct ModelInfo {
    std::string arch, name;
    int32_t n_vocab = 0, n_ctx_train = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0, head_dim = 0, n_ff = 0;
    uint64_t n_params = 0, weight_bytes = 0;
};

class Session;
namespace model {
struct ModelData;
class Backend;
}  // namespace model

// Cheap to copy: copies share the same immutable weights. Sessions keep their model alive.
class Model {
public:
    static Result<Model> load(const std::string& path, const LoadOptions& options = {});
    const ModelInfo& info() const;
    const gguf::File& file() const;
    Result<Session> new_session(const SessionOptions& options = {}) const;
    const model::ModelData& data() const { return *data_; }

private:
    explicit Model(std::shared_ptr<const model::ModelData> data) : data_(std::move(data)) {}
    std::shared_ptr<const model::ModelData> data_;
};

class Session {
public:
    // Evaluates ids at positions [n_past, n_past + n) and appends them to the KV cache. *logits receives n_vocab
    // floats for the last token, or n * n_vocab (one row per token) when all_logits. logits may be null.
    Status eval(const int32_t* ids, size_t n, std::vector<float>* logits, bool all_logits = false);
    int32_t n_past() const { return n_past_; }
    int32_t n_ctx() const { return n_ctx_; }
    // Forgets positions >= n_past (reuse of a common prefix, e.g. in multi-turn chat).
    Status rewind(int32_t n_past);
    const Model& model() const { return model_; }
    const char* backend_name() const;

    Session(Session&&) noexcept;
    Session& operator=(Session&&) noexcept;
    ~Session();

private:
    friend class Model;
    Session(Model model, std::unique_ptr<model::Backend> backend, int32_t n_ctx);
    Model model_;
    std::unique_ptr<model::Backend> backend_;
    int32_t n_ctx_ = 0;
    int32_t n_past_ = 0;
};

// The pieces a backend needs: hyper-parameters and weight views of a loaded model. Plain structs so that a GPU
// backend in its own translation unit can walk the same model.
namespace model {

enum class Arch { Llama, Qwen2, Qwen3, Gemma2, Gemma3, Phi3 };
const char* arch_name(Arch a);

enum class RopeStyle {
    Interleaved,  // rotates pairs (2i, 2i+1): llama's GGUF layout ("NORM" in ggml)
    Halves,       // rotates pairs (i, i + n_rot/2): GPT-NeoX layout, used by qwen, gemma, phi3
};
enum class Activation { SiLU, GELU };  // of the gate in the gated FFN: silu(gate)*up or gelu(gate)*up

struct HParams {
    Arch arch = Arch::Llama;
    int32_t n_vocab = 0, n_ctx_train = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0;
    int32_t head_dim = 0;  // per-head size of q, k and v (qwen3/gemma: independent of n_embd / n_head)
    int32_t n_ff = 0;
    int32_t n_rot = 0;     // leading dimensions of each head that RoPE rotates
    float norm_eps = 1e-5f;
    RopeStyle rope_style = RopeStyle::Interleaved;
    float rope_base = 10000.0f, rope_scale = 1.0f;          // theta = pos * rope_scale * base^(-2i/n_rot)
    float rope_base_swa = 10000.0f, rope_scale_swa = 1.0f;  // the same for sliding-window layers
    float embd_scale = 1.0f;     // token embeddings are multiplied by this (gemma: sqrt(n_embd))
    float attn_scale = 1.0f;     // q.k is multiplied by this
    float attn_softcap = 0.0f;   // > 0: scores become softcap * tanh(scores / softcap) (gemma2)
    float final_softcap = 0.0f;  // > 0: the same on the output logits (gemma2)
    int32_t n_swa = 0;           // sliding window: a query at p sees keys j with p - j < n_swa
    std::vector<uint8_t> layer_is_swa;  // per layer: 1 when the layer uses the sliding window
    Activation ffn_act = Activation::SiLU;
};

// Views into the mapped file; null when a model does not have the tensor. 2-D weights are [n_in, n_out]
// (ne[0] = n_in, the contiguous row length), any type with a dequantizer. 1-D tensors are F32.
struct LayerWeights {
    const gguf::TensorInfo* attn_norm = nullptr;
    const gguf::TensorInfo* wq = nullptr;
    const gguf::TensorInfo* wk = nullptr;
    const gguf::TensorInfo* wv = nullptr;
    const gguf::TensorInfo* wqkv = nullptr;  // phi3: q, k and v in one matrix (rows in that order)
    const gguf::TensorInfo* bq = nullptr;
    const gguf::TensorInfo* bk = nullptr;
    const gguf::TensorInfo* bv = nullptr;
    const gguf::TensorInfo* q_norm = nullptr;  // per-head RMSNorm of q and k (qwen3, gemma3)
    const gguf::TensorInfo* k_norm = nullptr;
    const gguf::TensorInfo* wo = nullptr;
    const gguf::TensorInfo* bo = nullptr;
    const gguf::TensorInfo* post_attn_norm = nullptr;  // gemma: RMSNorm of the attention output
    const gguf::TensorInfo* ffn_norm = nullptr;
    const gguf::TensorInfo* ffn_gate = nullptr;  // null when ffn_up holds gate and up (phi3: gate first)
    const gguf::TensorInfo* ffn_up = nullptr;
    const gguf::TensorInfo* ffn_down = nullptr;
    const gguf::TensorInfo* post_ffn_norm = nullptr;  // gemma: RMSNorm of the FFN output
};

struct Weights {
    const gguf::TensorInfo* token_embd = nullptr;
    const gguf::TensorInfo* output_norm = nullptr;
    const gguf::TensorInfo* output = nullptr;      // token_embd when the embeddings are tied
    const gguf::TensorInfo* rope_freqs = nullptr;  // llama3 RoPE: theta_i is divided by rope_freqs[i]
    std::vector<LayerWeights> layers;
};

struct ModelData {
    explicit ModelData(gguf::File f) : file(std::move(f)) {}
    std::string path;
    gguf::File file;
    HParams hp;
    Weights w;
    ModelInfo info;
};

// What a Session runs on. eval() processes ids at positions [pos, pos + n), storing their keys and values in
// the backend's cache (entries at positions >= pos are overwritten, so rewinding needs no work by default), and
// writes n_vocab logits for the last token, or for every token when all_logits, to `logits`.
class Backend {
public:
    virtual ~Backend() = default;
    virtual const char* name() const = 0;
    virtual Status eval(const int32_t* ids, int32_t n, int32_t pos, float* logits, bool all_logits) = 0;
    virtual Status rewind(int32_t n_past) {
        (void)n_past;
        return Status();
    }
};

using BackendFactory = Result<std::unique_ptr<Backend>> (*)(const std::shared_ptr<const ModelData>& model,
                                                            const SessionOptions& options, int32_t n_ctx);
// A backend in another translation unit (Vulkan) registers itself here; new_session() falls back to the CPU
// with a notice on stderr when the requested kind has no factory or its factory fails.
void register_backend(BackendKind kind, BackendFactory factory);

}  // namespace model

/* =============================================================================================
   PUBLIC API: tokenizer (section [6])
   ============================================================================================= */

/* =============================================================================================
   PUBLIC API: JSON (section [7])
   ============================================================================================= */

/* =============================================================================================
   PUBLIC API: chat templates (section [8])
   ============================================================================================= */

/* =============================================================================================
   PUBLIC API: sampling (section [9])
   ============================================================================================= */
namespace sample {

// One token still in the running: its id and its (possibly modified) logit.
struct TokenLogit {
    int32_t id;
    float logit;
};

// The tokens a chain works on. Stages shrink or reorder `items`; a stage that needs the top of the
// distribution sorts only as much of it as it needs (partial sort), never the whole vocabulary per token.
struct Candidates {
    std::vector<TokenLogit> items;
    size_t n_sorted = 0;        // items[0, n_sorted) are the highest logits, in descending order
    bool ids_are_index = true;  // items[i].id == i (the full, untouched vocabulary)

    void reset(const float* logits, size_t n_vocab);
    // Makes sure the first min(k, size) items are the k largest, in descending order.
    void sort_top(size_t k);
    void keep_first(size_t n);  // requires sort_top(n) first
    float max_logit() const;
    // Softmax of the current logits, in the order of `items`.
    std::vector<float> probabilities() const;
};

// A small, fast, seedable generator (xoshiro256**, seeded by splitmix64): same seed, same sequence on
// every platform.
class Rng {
public:
    explicit Rng(uint64_t seed = 0) { reseed(seed); }
    void reseed(uint64_t seed);
    uint64_t next();
    double uniform();  // in [0, 1)

private:
    uint64_t s_[4];
};

// The tokens generated so far (and the prompt's tail), most recent last, for penalties.
struct History {
    const int32_t* ids = nullptr;
    size_t size = 0;
};

// One composable step of a sampler chain. Filters narrow `Candidates`; the last stage of a chain
// picks the token (a Picker).
class Stage {
public:
    virtual ~Stage() = default;
    virtual void apply(Candidates& c, const History& history, Rng& rng) = 0;
    virtual const char* name() const = 0;
    // How many recent tokens of the history this stage looks at.
    virtual size_t history_needed() const { return 0; }
};

// Adds a fixed amount to chosen tokens' logits (-infinity bans a token).
class LogitBias : public Stage {
public:
    explicit LogitBias(std::vector<std::pair<int32_t, float>> bias) : bias_(std::move(bias)) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "logit-bias"; }

private:
    std::vector<std::pair<int32_t, float>> bias_;
};

// Penalties over the last `window` tokens of the history: repetition (positive logits divided by
// `repeat`, negative ones multiplied), frequency (minus `frequency` x count) and presence (minus
// `presence` once for any token seen).
class Penalties : public Stage {
public:
    Penalties(int window, float repeat, float frequency, float presence)
        : window_(window), repeat_(repeat), frequency_(frequency), presence_(presence) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "penalties"; }
    size_t history_needed() const override { return window_ > 0 ? static_cast<size_t>(window_) : 0; }

private:
    int window_;
    float repeat_, frequency_, presence_;
};

// Keeps the k most likely tokens (k <= 0: no-op).
class TopK : public Stage {
public:
    explicit TopK(int k) : k_(k) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "top-k"; }

private:
    int k_;
};

// Keeps the nucleus: the smallest set of most likely tokens whose probability reaches p (p >= 1: no-op).
class TopP : public Stage {
public:
    explicit TopP(float p, size_t min_keep = 1) : p_(p), min_keep_(min_keep) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "top-p"; }

private:
    float p_;
    size_t min_keep_;
};

// Keeps tokens whose probability is at least p times the most likely one's (p <= 0: no-op).
class MinP : public Stage {
public:
    explicit MinP(float p, size_t min_keep = 1) : p_(p), min_keep_(min_keep) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "min-p"; }

private:
    float p_;
    size_t min_keep_;
};

// Locally typical sampling: keeps the tokens whose surprise is closest to the distribution's entropy,
// until their probability reaches p (p >= 1: no-op).
class Typical : public Stage {
public:
    explicit Typical(float p, size_t min_keep = 1) : p_(p), min_keep_(min_keep) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "typical-p"; }

private:
    float p_;
    size_t min_keep_;
};

// Divides logits by t. t <= 0 keeps only the most likely token (the limit t -> 0, i.e. greedy).
class Temperature : public Stage {
public:
    explicit Temperature(float t) : t_(t) {}
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "temperature"; }

private:
    float t_;
};

// Pickers: leave exactly one candidate, the chosen token.
class Greedy : public Stage {  // the most likely token (lowest id on ties)
public:
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "greedy"; }
};
class Distribution : public Stage {  // a random draw from the softmax of the remaining logits
public:
    void apply(Candidates& c, const History& h, Rng& rng) override;
    const char* name() const override { return "dist"; }
};

// The knobs of the default chain. Neutral values switch a stage off.
struct Params {
    float temperature = 0.8f;    // <= 0: greedy
    int top_k = 40;              // <= 0: off
    float top_p = 0.95f;         // >= 1: off
    float min_p = 0.05f;         // <= 0: off
    float typical_p = 1.0f;      // >= 1: off
    int penalty_window = 64;     // how many recent tokens penalties look at
    float repeat_penalty = 1.0f; // 1: off
    float frequency_penalty = 0.0f;
    float presence_penalty = 0.0f;
    std::vector<std::pair<int32_t, float>> logit_bias;
    uint64_t seed = 0;
};

// A sampler: stages applied in order to each token's logits, with its RNG and the token history.
//
// The default chain (Chain::from_params) is
//     logit-bias -> penalties -> top-k -> typical-p -> top-p -> min-p -> temperature -> dist
// or, at temperature <= 0, logit-bias -> penalties -> greedy. Stages at neutral values are left out.
// Same seed + same logits -> same tokens.
class Chain {
public:
    explicit Chain(uint64_t seed = 0) : rng_(seed) {}
    static Chain from_params(const Params& p);
    static Chain greedy();

    Chain& add(std::unique_ptr<Stage> stage);
    template <class S, class... A>
    Chain& add(A&&... args) { return add(std::unique_ptr<Stage>(new S(std::forward<A>(args)...))); }

    // Picks the next token from the logits of n_vocab tokens (-1 when n_vocab is 0). Does not record it:
    // call accept() with the token actually used.
    int32_t sample(const float* logits, size_t n_vocab);
    // Records a token (prompt or generated) in the history the penalties see.
    void accept(int32_t id);
    void reset(uint64_t seed);  // clears the history and reseeds
    std::string describe() const;  // "top-k -> top-p -> ..."
    const Candidates& last_candidates() const { return cand_; }

private:
    std::vector<std::unique_ptr<Stage>> stages_;
    std::vector<int32_t> history_;
    size_t history_limit_ = 0;  // largest window any stage needs
    Rng rng_;
    Candidates cand_;
};

}  // namespace sample

/* =============================================================================================
   PUBLIC API: generation (section [10])
   ============================================================================================= */

/* =============================================================================================
   PUBLIC API: Vulkan backend (section [11])
   ============================================================================================= */

}  // namespace er

#endif  // EDGERUNNER_H

/* ############################################################################################# */
/* ##                                   IMPLEMENTATION                                        ## */
/* ############################################################################################# */
#if defined(EDGERUNNER_IMPLEMENTATION) && !defined(EDGERUNNER_IMPLEMENTATION_INCLUDED)
#define EDGERUNNER_IMPLEMENTATION_INCLUDED

#include <algorithm>
#include <atomic>
#include <cassert>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if !defined(EDGERUNNER_NO_MMAP)
#include <sys/mman.h>
#define ER_HAVE_MMAP 1
#endif
#endif

namespace er {

/* =============================================================================================
   [1] PLATFORM: file mapping, timing, formatting, thread pool
   ============================================================================================= */
namespace platform {

// printf-style formatting into a std::string.
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
inline std::string strf(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = std::vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    std::string out;
    if (n < 0) {
        va_end(ap2);
        return out;
    }
    if (static_cast<size_t>(n) < sizeof small) {
        out.assign(small, static_cast<size_t>(n));
    } else {
        out.resize(static_cast<size_t>(n) + 1);
        std::vsnprintf(&out[0], out.size(), fmt, ap2);
        out.resize(static_cast<size_t>(n));
    }
    va_end(ap2);
    return out;
}

inline double now_seconds() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// A read-only view of a whole file: mapped when possible, otherwise read into memory.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() { close(); }

    Status open(const std::string& path) {
        close();
#if defined(__unix__) || defined(__APPLE__)
        int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) return Status::fail(strf("cannot open '%s': %s", path.c_str(), std::strerror(errno)));
        struct stat st;
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            return Status::fail(strf("'%s' is not a regular file", path.c_str()));
        }
        size_ = static_cast<size_t>(st.st_size);
        if (size_ == 0) {
            ::close(fd);
            return Status::fail(strf("'%s' is empty", path.c_str()));
        }
#if defined(ER_HAVE_MMAP)
        void* p = mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd, 0);
        if (p != MAP_FAILED) {
            ::close(fd);
            data_ = static_cast<const uint8_t*>(p);
            mapped_ = true;
            return Status();
        }
#endif
        owned_.resize(size_);
        size_t done = 0;
        while (done < size_) {
            ssize_t r = ::read(fd, owned_.data() + done, size_ - done);
            if (r <= 0) {
                ::close(fd);
                owned_.clear();
                return Status::fail(strf("cannot read '%s'", path.c_str()));
            }
            done += static_cast<size_t>(r);
        }
        ::close(fd);
        data_ = owned_.data();
        return Status();
#else
        FILE* fp = std::fopen(path.c_str(), "rb");
        if (!fp) return Status::fail(strf("cannot open '%s'", path.c_str()));
        std::fseek(fp, 0, SEEK_END);
        long len = std::ftell(fp);
        std::fseek(fp, 0, SEEK_SET);
        if (len <= 0) {
            std::fclose(fp);
            return Status::fail(strf("'%s' is empty", path.c_str()));
        }
        owned_.resize(static_cast<size_t>(len));
        size_t got = std::fread(owned_.data(), 1, owned_.size(), fp);
        std::fclose(fp);
        if (got != owned_.size()) return Status::fail(strf("cannot read '%s'", path.c_str()));
        data_ = owned_.data();
        size_ = owned_.size();
        return Status();
#endif
    }

    void close() {
#if defined(ER_HAVE_MMAP)
        if (mapped_ && data_) munmap(const_cast<uint8_t*>(data_), size_);
#endif
        mapped_ = false;
        data_ = nullptr;
        size_ = 0;
        owned_.clear();
        owned_.shrink_to_fit();
    }

    const uint8_t* data() const { return data_; }
    size_t size() const { return size_; }
    bool mapped() const { return mapped_; }

private:
    const uint8_t* data_ = nullptr;
    size_t size_ = 0;
    bool mapped_ = false;
    std::vector<uint8_t> owned_;
};

// Overflow-checked arithmetic for sizes read from untrusted files.
inline bool mul_overflows(uint64_t a, uint64_t b, uint64_t* out) {
    if (a != 0 && b > UINT64_MAX / a) return true;
    *out = a * b;
    return false;
}
inline bool add_overflows(uint64_t a, uint64_t b, uint64_t* out) {
    if (b > UINT64_MAX - a) return true;
    *out = a + b;
    return false;
}

}  // namespace platform

using platform::strf;

/* =============================================================================================
   [2] GGUF: validated zero-copy reader, writer
   ============================================================================================= */
namespace gguf {

const char* value_type_name(ValueType t) {
    switch (t) {
        case ValueType::UINT8: return "UINT8";
        case ValueType::INT8: return "INT8";
        case ValueType::UINT16: return "UINT16";
        case ValueType::INT16: return "INT16";
        case ValueType::UINT32: return "UINT32";
        case ValueType::INT32: return "INT32";
        case ValueType::FLOAT32: return "FLOAT32";
        case ValueType::BOOL: return "BOOL";
        case ValueType::STRING: return "STRING";
        case ValueType::ARRAY: return "ARRAY";
        case ValueType::UINT64: return "UINT64";
        case ValueType::INT64: return "INT64";
        case ValueType::FLOAT64: return "FLOAT64";
    }
    return "?";
}

namespace detail {

// Limits that keep hostile files from causing huge allocations or deep recursion.
constexpr uint64_t kMaxArrayNesting = 8;
constexpr uint32_t kMaxDims = 4;

inline size_t scalar_size(ValueType t) {
    switch (t) {
        case ValueType::UINT8: case ValueType::INT8: case ValueType::BOOL: return 1;
        case ValueType::UINT16: case ValueType::INT16: return 2;
        case ValueType::UINT32: case ValueType::INT32: case ValueType::FLOAT32: return 4;
        case ValueType::UINT64: case ValueType::INT64: case ValueType::FLOAT64: return 8;
        default: return 0;
    }
}

inline bool valid_value_type(uint32_t t) { return t <= static_cast<uint32_t>(ValueType::FLOAT64); }

// Decodes one little-endian scalar into a Value's numeric fields.
inline void decode_scalar(ValueType t, const uint8_t* p, Value* v) {
    v->type = t;
    uint64_t bits = 0;
    size_t n = scalar_size(t);
    for (size_t k = 0; k < n; ++k) bits |= static_cast<uint64_t>(p[k]) << (8 * k);
    switch (t) {
        case ValueType::UINT8: case ValueType::UINT16: case ValueType::UINT32: case ValueType::UINT64:
            v->u = bits;
            v->i = static_cast<int64_t>(bits);
            v->f = static_cast<double>(bits);
            break;
        case ValueType::BOOL:
            v->u = bits != 0;
            v->i = static_cast<int64_t>(v->u);
            v->f = static_cast<double>(v->u);
            break;
        case ValueType::INT8: v->i = static_cast<int8_t>(bits); break;
        case ValueType::INT16: v->i = static_cast<int16_t>(bits); break;
        case ValueType::INT32: v->i = static_cast<int32_t>(bits); break;
        case ValueType::INT64: v->i = static_cast<int64_t>(bits); break;
        case ValueType::FLOAT32: {
            uint32_t b32 = static_cast<uint32_t>(bits);
            float f;
            std::memcpy(&f, &b32, 4);
            v->f = f;
            break;
        }
        case ValueType::FLOAT64: {
            double d;
            std::memcpy(&d, &bits, 8);
            v->f = d;
            break;
        }
        default: break;
    }
    if (t == ValueType::INT8 || t == ValueType::INT16 || t == ValueType::INT32 || t == ValueType::INT64) {
        v->u = static_cast<uint64_t>(v->i);
        v->f = static_cast<double>(v->i);
    }
}

// Bounds-checked cursor over the untrusted file image. Every read checks the remaining size.
class Reader {
public:
    Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    size_t pos() const { return pos_; }
    size_t remaining() const { return size_ - pos_; }
    const uint8_t* here() const { return data_ + pos_; }
    const std::string& error() const { return error_; }
    bool failed() const { return !error_.empty(); }

    bool fail(std::string msg) {
        if (error_.empty()) error_ = strf("at byte %zu: ", pos_) + msg;
        return false;
    }
    bool need(uint64_t n, const char* what) {
        if (n > remaining()) return fail(strf("truncated file: %s needs %llu bytes, %zu left", what,
                                              static_cast<unsigned long long>(n), remaining()));
        return true;
    }
    bool u32(uint32_t* out, const char* what) {
        if (!need(4, what)) return false;
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(data_[pos_ + k]) << (8 * k);
        pos_ += 4;
        *out = v;
        return true;
    }
    bool u64(uint64_t* out, const char* what) {
        if (!need(8, what)) return false;
        uint64_t v = 0;
        for (int k = 0; k < 8; ++k) v |= static_cast<uint64_t>(data_[pos_ + k]) << (8 * k);
        pos_ += 8;
        *out = v;
        return true;
    }
    // Count or length field: 64-bit in v3 and v2, 32-bit in v1 (which we reject earlier).
    bool count(uint64_t* out, const char* what) { return u64(out, what); }
    bool str(std::string_view* out, const char* what) {
        uint64_t len;
        if (!count(&len, what)) return false;
        if (!need(len, what)) return false;
        *out = std::string_view(reinterpret_cast<const char*>(data_ + pos_), static_cast<size_t>(len));
        pos_ += static_cast<size_t>(len);
        return true;
    }
    bool skip(uint64_t n, const char* what) {
        if (!need(n, what)) return false;
        pos_ += static_cast<size_t>(n);
        return true;
    }

private:
    const uint8_t* data_;
    size_t size_;
    size_t pos_ = 0;
    std::string error_;
};

inline bool read_value(Reader& r, ValueType t, Value* v, uint32_t depth, std::string_view key) {
    v->type = t;
    if (t == ValueType::STRING) return r.str(&v->str, "string value");
    if (t != ValueType::ARRAY) {
        size_t n = scalar_size(t);
        if (!r.need(n, "scalar value")) return false;
        decode_scalar(t, r.here(), v);
        return r.skip(n, "scalar value");
    }
    if (depth >= kMaxArrayNesting)
        return r.fail(strf("key '%.*s': arrays nested deeper than %llu", static_cast<int>(key.size()), key.data(),
                           static_cast<unsigned long long>(kMaxArrayNesting)));
    uint32_t et;
    if (!r.u32(&et, "array element type")) return false;
    if (!valid_value_type(et))
        return r.fail(strf("key '%.*s': invalid array element type %u", static_cast<int>(key.size()), key.data(), et));
    v->elem_type = static_cast<ValueType>(et);
    if (!r.count(&v->count, "array length")) return false;
    if (v->elem_type == ValueType::STRING) {
        // Each string needs at least its 8-byte length: bound the count before reserving.
        if (v->count > r.remaining() / 8)
            return r.fail(strf("key '%.*s': array of %llu strings cannot fit in the %zu bytes left",
                               static_cast<int>(key.size()), key.data(), static_cast<unsigned long long>(v->count),
                               r.remaining()));
        v->strings.resize(static_cast<size_t>(v->count));
        for (uint64_t k = 0; k < v->count; ++k)
            if (!r.str(&v->strings[static_cast<size_t>(k)], "array string")) return false;
        return true;
    }
    if (v->elem_type == ValueType::ARRAY) {
        // A nested array header is at least 12 bytes.
        if (v->count > r.remaining() / 12)
            return r.fail(strf("key '%.*s': array of %llu arrays cannot fit in the %zu bytes left",
                               static_cast<int>(key.size()), key.data(), static_cast<unsigned long long>(v->count),
                               r.remaining()));
        v->items.resize(static_cast<size_t>(v->count));
        for (uint64_t k = 0; k < v->count; ++k)
            if (!read_value(r, ValueType::ARRAY, &v->items[static_cast<size_t>(k)], depth + 1, key)) return false;
        return true;
    }
    uint64_t bytes;
    if (platform::mul_overflows(v->count, scalar_size(v->elem_type), &bytes))
        return r.fail(strf("key '%.*s': array length %llu overflows", static_cast<int>(key.size()), key.data(),
                           static_cast<unsigned long long>(v->count)));
    if (!r.need(bytes, "array data")) return false;
    v->raw = r.here();
    return r.skip(bytes, "array data");
}

}  // namespace detail

bool Value::is_int() const {
    switch (type) {
        case ValueType::UINT8: case ValueType::INT8: case ValueType::UINT16: case ValueType::INT16:
        case ValueType::UINT32: case ValueType::INT32: case ValueType::UINT64: case ValueType::INT64:
            return true;
        default: return false;
    }
}

int64_t Value::int_at(uint64_t idx) const {
    if (type != ValueType::ARRAY || idx >= count || !raw) return 0;
    size_t sz = detail::scalar_size(elem_type);
    if (sz == 0) return 0;
    Value e;
    detail::decode_scalar(elem_type, raw + idx * sz, &e);
    return e.is_float() ? static_cast<int64_t>(e.f) : e.i;
}

double Value::float_at(uint64_t idx) const {
    if (type != ValueType::ARRAY || idx >= count || !raw) return 0.0;
    size_t sz = detail::scalar_size(elem_type);
    if (sz == 0) return 0.0;
    Value e;
    detail::decode_scalar(elem_type, raw + idx * sz, &e);
    return e.f;
}

struct File::Impl {
    platform::MappedFile map;
    const uint8_t* data = nullptr;
    size_t size = 0;
    uint32_t version = 0;
    uint64_t alignment = 32;
    uint64_t data_offset = 0;
    std::vector<KeyValue> kv;
    std::unordered_map<std::string_view, size_t> kv_index;
    std::vector<TensorInfo> tensors;
    std::unordered_map<std::string_view, size_t> tensor_index;

    Status parse();
};

Status File::Impl::parse() {
    detail::Reader r(data, size);
    auto failure = [&r](const char* ctx) { return Status::fail(strf("invalid GGUF (%s) ", ctx) + r.error()); };
    if (size < 4 || std::memcmp(data, "GGUF", 4) != 0)
        return Status::fail("not a GGUF file: the first 4 bytes are not the magic 'GGUF'");
    r.skip(4, "magic");
    if (!r.u32(&version, "version")) return failure("header");
    if (version != 2 && version != 3)
        return Status::fail(strf("unsupported GGUF version %u (supported: 2 and 3)", version));
    uint64_t n_tensors = 0, n_kv = 0;
    if (!r.count(&n_tensors, "tensor count") || !r.count(&n_kv, "metadata count")) return failure("header");
    // A key/value needs at least 8 (key length) + 4 (type) + 1 bytes; a tensor info at least 8+4+8+4+8.
    if (n_kv > r.remaining() / 13)
        return Status::fail(strf("invalid GGUF: metadata count %llu cannot fit in a %zu-byte file",
                                 static_cast<unsigned long long>(n_kv), size));
    if (n_tensors > r.remaining() / 32)
        return Status::fail(strf("invalid GGUF: tensor count %llu cannot fit in a %zu-byte file",
                                 static_cast<unsigned long long>(n_tensors), size));

    kv.resize(static_cast<size_t>(n_kv));
    for (uint64_t k = 0; k < n_kv; ++k) {
        KeyValue& e = kv[static_cast<size_t>(k)];
        if (!r.str(&e.key, "metadata key")) return failure(strf("metadata entry %llu", (unsigned long long)k).c_str());
        uint32_t t;
        if (!r.u32(&t, "metadata value type")) return failure(std::string(e.key).c_str());
        if (!detail::valid_value_type(t))
            return Status::fail(strf("invalid GGUF: key '%.*s' has unknown value type %u (at byte %zu)",
                                     static_cast<int>(e.key.size()), e.key.data(), t, r.pos() - 4));
        if (!detail::read_value(r, static_cast<ValueType>(t), &e.value, 0, e.key))
            return failure(strf("value of '%.*s'", static_cast<int>(e.key.size()), e.key.data()).c_str());
        if (!kv_index.emplace(e.key, static_cast<size_t>(k)).second)
            return Status::fail(strf("invalid GGUF: duplicate metadata key '%.*s'", static_cast<int>(e.key.size()),
                                     e.key.data()));
    }

    if (auto it = kv_index.find("general.alignment"); it != kv_index.end()) {
        const Value& a = kv[it->second].value;
        if (!a.is_int() || a.i <= 0 || a.i > (1 << 20) || (a.u & (a.u - 1)) != 0)
            return Status::fail(strf("invalid GGUF: general.alignment must be a power of two up to 1 MiB, got %s",
                                     value_to_string(a).c_str()));
        alignment = a.u;
    }

    tensors.resize(static_cast<size_t>(n_tensors));
    for (uint64_t k = 0; k < n_tensors; ++k) {
        TensorInfo& t = tensors[static_cast<size_t>(k)];
        std::string ctx = strf("tensor info %llu", static_cast<unsigned long long>(k));
        if (!r.str(&t.name, "tensor name")) return failure(ctx.c_str());
        ctx = strf("tensor '%.*s'", static_cast<int>(t.name.size()), t.name.data());
        if (!r.u32(&t.n_dims, "tensor dimension count")) return failure(ctx.c_str());
        if (t.n_dims > detail::kMaxDims)
            return Status::fail(strf("invalid GGUF: %s has %u dimensions (max %u)", ctx.c_str(), t.n_dims,
                                     detail::kMaxDims));
        uint64_t n_el = 1;
        for (uint32_t d = 0; d < t.n_dims; ++d) {
            uint64_t ne;
            if (!r.u64(&ne, "tensor dimension")) return failure(ctx.c_str());
            if (ne == 0 || ne > (uint64_t(1) << 40))
                return Status::fail(strf("invalid GGUF: %s dimension %u is %llu", ctx.c_str(), d,
                                         static_cast<unsigned long long>(ne)));
            if (platform::mul_overflows(n_el, ne, &n_el) || n_el > (uint64_t(1) << 42))
                return Status::fail(strf("invalid GGUF: %s element count overflows", ctx.c_str()));
            t.ne[d] = static_cast<int64_t>(ne);
        }
        uint32_t type_id;
        if (!r.u32(&type_id, "tensor type")) return failure(ctx.c_str());
        const types::TypeInfo* ti = types::type_info(type_id);
        if (!ti) return Status::fail(strf("invalid GGUF: %s has unknown tensor type id %u", ctx.c_str(), type_id));
        t.type = static_cast<types::Type>(type_id);
        if (t.ne[0] % ti->block_size != 0)
            return Status::fail(strf("invalid GGUF: %s row length %lld is not a multiple of the %s block size %u",
                                     ctx.c_str(), static_cast<long long>(t.ne[0]), ti->name, ti->block_size));
        uint64_t blocks = n_el / ti->block_size;
        if (platform::mul_overflows(blocks, ti->type_size, &t.n_bytes))
            return Status::fail(strf("invalid GGUF: %s byte size overflows", ctx.c_str()));
        if (!r.u64(&t.offset, "tensor offset")) return failure(ctx.c_str());
        if (t.offset % alignment != 0)
            return Status::fail(strf("invalid GGUF: %s offset %llu is not a multiple of the alignment %llu",
                                     ctx.c_str(), static_cast<unsigned long long>(t.offset),
                                     static_cast<unsigned long long>(alignment)));
        if (!tensor_index.emplace(t.name, static_cast<size_t>(k)).second)
            return Status::fail(strf("invalid GGUF: duplicate tensor name '%.*s'", static_cast<int>(t.name.size()),
                                     t.name.data()));
    }

    uint64_t off = r.pos();
    uint64_t pad = (alignment - off % alignment) % alignment;
    data_offset = off + pad;
    if (n_tensors > 0 && data_offset > size)
        return Status::fail(strf("invalid GGUF: tensor data section starts at byte %llu, past the end of the "
                                 "%zu-byte file", static_cast<unsigned long long>(data_offset), size));

    // Every tensor must lie inside the file and no two may overlap.
    std::vector<size_t> order(tensors.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return tensors[a].offset < tensors[b].offset; });
    uint64_t prev_end = 0;
    const TensorInfo* prev = nullptr;
    for (size_t k : order) {
        TensorInfo& t = tensors[k];
        uint64_t begin, end;
        if (platform::add_overflows(data_offset, t.offset, &begin) || platform::add_overflows(begin, t.n_bytes, &end) ||
            end > size)
            return Status::fail(strf("invalid GGUF: tensor '%.*s' (%llu bytes at data offset %llu) extends past the "
                                     "end of the %zu-byte file",
                                     static_cast<int>(t.name.size()), t.name.data(),
                                     static_cast<unsigned long long>(t.n_bytes),
                                     static_cast<unsigned long long>(t.offset), size));
        if (prev && t.offset < prev_end)
            return Status::fail(strf("invalid GGUF: tensors '%.*s' and '%.*s' overlap",
                                     static_cast<int>(prev->name.size()), prev->name.data(),
                                     static_cast<int>(t.name.size()), t.name.data()));
        prev_end = t.offset + t.n_bytes;
        prev = &t;
        t.data = data + begin;
    }
    return Status();
}

File::File() : impl_(new Impl) {}
File::File(File&&) noexcept = default;
File& File::operator=(File&&) noexcept = default;
File::~File() = default;

Result<File> File::open(const std::string& path) {
    File f;
    Status s = f.impl_->map.open(path);
    if (!s.ok()) return s;
    f.impl_->data = f.impl_->map.data();
    f.impl_->size = f.impl_->map.size();
    s = f.impl_->parse();
    if (!s.ok()) return Status::fail(path + ": " + s.message());
    return f;
}

Result<File> File::from_memory(const void* data, size_t size) {
    File f;
    f.impl_->data = static_cast<const uint8_t*>(data);
    f.impl_->size = size;
    if (!data) return Status::fail("invalid GGUF: no data");
    Status s = f.impl_->parse();
    if (!s.ok()) return s;
    return f;
}

uint32_t File::version() const { return impl_->version; }
uint64_t File::alignment() const { return impl_->alignment; }
uint64_t File::data_offset() const { return impl_->data_offset; }
size_t File::file_size() const { return impl_->size; }
const uint8_t* File::bytes() const { return impl_->data; }
const std::vector<KeyValue>& File::metadata() const { return impl_->kv; }
const std::vector<TensorInfo>& File::tensors() const { return impl_->tensors; }

const Value* File::find(std::string_view key) const {
    auto it = impl_->kv_index.find(key);
    return it == impl_->kv_index.end() ? nullptr : &impl_->kv[it->second].value;
}

const TensorInfo* File::find_tensor(std::string_view name) const {
    auto it = impl_->tensor_index.find(name);
    return it == impl_->tensor_index.end() ? nullptr : &impl_->tensors[it->second];
}

std::string File::get_string(std::string_view key, const std::string& fallback) const {
    const Value* v = find(key);
    return v && v->type == ValueType::STRING ? std::string(v->str) : fallback;
}
int64_t File::get_int(std::string_view key, int64_t fallback) const {
    const Value* v = find(key);
    if (!v) return fallback;
    if (v->is_int() || v->type == ValueType::BOOL) return v->i;
    return fallback;
}
double File::get_float(std::string_view key, double fallback) const {
    const Value* v = find(key);
    if (!v) return fallback;
    if (v->is_float() || v->is_int()) return v->f;
    return fallback;
}
bool File::get_bool(std::string_view key, bool fallback) const {
    const Value* v = find(key);
    return v && v->type == ValueType::BOOL ? v->u != 0 : fallback;
}

std::string value_to_string(const Value& v, size_t max_items) {
    auto quote = [](std::string_view s) {
        std::string o = "\"";
        for (char c : s) {
            unsigned char u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') { o += '\\'; o += c; }
            else if (c == '\n') o += "\\n";
            else if (u < 0x20) o += strf("\\x%02x", u);
            else o += c;
        }
        return o + "\"";
    };
    switch (v.type) {
        case ValueType::STRING: return quote(v.str);
        case ValueType::BOOL: return v.u ? "true" : "false";
        case ValueType::FLOAT32: case ValueType::FLOAT64: return strf("%g", v.f);
        case ValueType::UINT8: case ValueType::UINT16: case ValueType::UINT32: case ValueType::UINT64:
            return strf("%llu", static_cast<unsigned long long>(v.u));
        case ValueType::INT8: case ValueType::INT16: case ValueType::INT32: case ValueType::INT64:
            return strf("%lld", static_cast<long long>(v.i));
        case ValueType::ARRAY: break;
    }
    std::string o = "[";
    uint64_t shown = std::min<uint64_t>(v.count, max_items);
    for (uint64_t k = 0; k < shown; ++k) {
        if (k) o += ", ";
        if (v.elem_type == ValueType::STRING) o += quote(v.strings[static_cast<size_t>(k)]);
        else if (v.elem_type == ValueType::ARRAY) o += value_to_string(v.items[static_cast<size_t>(k)], max_items);
        else {
            Value e;
            detail::decode_scalar(v.elem_type, v.raw + k * detail::scalar_size(v.elem_type), &e);
            o += value_to_string(e, max_items);
        }
    }
    if (v.count > shown) o += strf(", ... (%llu %s)", static_cast<unsigned long long>(v.count), value_type_name(v.elem_type));
    return o + "]";
}

// ---- writer ----
namespace detail {
inline void put_u32(std::vector<uint8_t>& b, uint32_t v) { for (int k = 0; k < 4; ++k) b.push_back(uint8_t(v >> (8 * k))); }
inline void put_u64(std::vector<uint8_t>& b, uint64_t v) { for (int k = 0; k < 8; ++k) b.push_back(uint8_t(v >> (8 * k))); }
inline void put_str(std::vector<uint8_t>& b, const std::string& s) {
    put_u64(b, s.size());
    b.insert(b.end(), s.begin(), s.end());
}
inline std::vector<uint8_t> typed(ValueType t) {
    std::vector<uint8_t> b;
    put_u32(b, static_cast<uint32_t>(t));
    return b;
}
}  // namespace detail

void Writer::put_kv(const std::string& key, std::vector<uint8_t> encoded) {
    for (auto& e : kv_)
        if (e.first == key) { e.second = std::move(encoded); return; }
    kv_.emplace_back(key, std::move(encoded));
}
void Writer::set_u32(const std::string& key, uint32_t v) { auto b = detail::typed(ValueType::UINT32); detail::put_u32(b, v); put_kv(key, b); }
void Writer::set_i32(const std::string& key, int32_t v) { auto b = detail::typed(ValueType::INT32); detail::put_u32(b, uint32_t(v)); put_kv(key, b); }
void Writer::set_u64(const std::string& key, uint64_t v) { auto b = detail::typed(ValueType::UINT64); detail::put_u64(b, v); put_kv(key, b); }
void Writer::set_f32(const std::string& key, float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    auto b = detail::typed(ValueType::FLOAT32);
    detail::put_u32(b, bits);
    put_kv(key, b);
}
void Writer::set_bool(const std::string& key, bool v) { auto b = detail::typed(ValueType::BOOL); b.push_back(v ? 1 : 0); put_kv(key, b); }
void Writer::set_string(const std::string& key, const std::string& v) { auto b = detail::typed(ValueType::STRING); detail::put_str(b, v); put_kv(key, b); }
void Writer::set_array_string(const std::string& key, const std::vector<std::string>& v) {
    auto b = detail::typed(ValueType::ARRAY);
    detail::put_u32(b, static_cast<uint32_t>(ValueType::STRING));
    detail::put_u64(b, v.size());
    for (const auto& s : v) detail::put_str(b, s);
    put_kv(key, b);
}
void Writer::set_array_i32(const std::string& key, const std::vector<int32_t>& v) {
    auto b = detail::typed(ValueType::ARRAY);
    detail::put_u32(b, static_cast<uint32_t>(ValueType::INT32));
    detail::put_u64(b, v.size());
    for (int32_t x : v) detail::put_u32(b, uint32_t(x));
    put_kv(key, b);
}
void Writer::set_array_f32(const std::string& key, const std::vector<float>& v) {
    auto b = detail::typed(ValueType::ARRAY);
    detail::put_u32(b, static_cast<uint32_t>(ValueType::FLOAT32));
    detail::put_u64(b, v.size());
    for (float x : v) {
        uint32_t bits;
        std::memcpy(&bits, &x, 4);
        detail::put_u32(b, bits);
    }
    put_kv(key, b);
}
void Writer::set_alignment(uint32_t alignment) {
    alignment_ = alignment;
    set_u32("general.alignment", alignment);
}

Status Writer::add_tensor(const std::string& name, types::Type type, const std::vector<int64_t>& ne,
                          const void* data, size_t n_bytes) {
    const types::TypeInfo* ti = types::type_info(type);
    if (!ti) return Status::fail("gguf writer: unknown tensor type for '" + name + "'");
    if (ne.empty() || ne.size() > 4) return Status::fail("gguf writer: tensor '" + name + "' needs 1 to 4 dimensions");
    if (ne[0] % ti->block_size != 0)
        return Status::fail(strf("gguf writer: tensor '%s' row length %lld is not a multiple of %u", name.c_str(),
                                 static_cast<long long>(ne[0]), ti->block_size));
    int64_t rows = 1;
    for (size_t d = 1; d < ne.size(); ++d) rows *= ne[d];
    size_t expect = types::row_bytes(type, ne[0]) * static_cast<size_t>(rows);
    if (expect != n_bytes)
        return Status::fail(strf("gguf writer: tensor '%s' needs %zu bytes, got %zu", name.c_str(), expect, n_bytes));
    Tensor t{name, type, ne, std::vector<uint8_t>(static_cast<const uint8_t*>(data), static_cast<const uint8_t*>(data) + n_bytes)};
    tensors_.push_back(std::move(t));
    return Status();
}

std::vector<uint8_t> Writer::to_bytes() const {
    std::vector<uint8_t> b;
    detail::put_u32(b, 0x46554747u);  // "GGUF"
    detail::put_u32(b, 3);
    detail::put_u64(b, tensors_.size());
    detail::put_u64(b, kv_.size());
    for (const auto& e : kv_) {
        detail::put_str(b, e.first);
        b.insert(b.end(), e.second.begin(), e.second.end());
    }
    uint64_t offset = 0;
    std::vector<uint64_t> offsets;
    for (const auto& t : tensors_) {
        detail::put_str(b, t.name);
        detail::put_u32(b, static_cast<uint32_t>(t.ne.size()));
        for (int64_t d : t.ne) detail::put_u64(b, static_cast<uint64_t>(d));
        detail::put_u32(b, static_cast<uint32_t>(t.type));
        detail::put_u64(b, offset);
        offsets.push_back(offset);
        offset += t.data.size();
        offset += (alignment_ - offset % alignment_) % alignment_;
    }
    while (b.size() % alignment_) b.push_back(0);
    size_t base = b.size();
    for (size_t k = 0; k < tensors_.size(); ++k) {
        b.resize(base + offsets[k], 0);
        b.insert(b.end(), tensors_[k].data.begin(), tensors_[k].data.end());
    }
    while (b.size() % alignment_) b.push_back(0);
    return b;
}

Status Writer::write(const std::string& path) const {
    std::vector<uint8_t> b = to_bytes();
    FILE* fp = std::fopen(path.c_str(), "wb");
    if (!fp) return Status::fail("cannot create '" + path + "'");
    size_t w = std::fwrite(b.data(), 1, b.size(), fp);
    int c = std::fclose(fp);
    if (w != b.size() || c != 0) return Status::fail("cannot write '" + path + "'");
    return Status();
}

}  // namespace gguf

/* =============================================================================================
   [3] TYPES: type table, block formats, reference dequantization and quantization
   ============================================================================================= */
namespace types {

namespace detail {
struct TypeEntry {
    uint32_t id;
    TypeInfo info;
};
// The full ggml type table. can_dequantize is set for the types this engine computes with.
static const TypeEntry kTypeTable[] = {
    {0, {"f32", 1, 4, true}},        {1, {"f16", 1, 2, true}},        {2, {"q4_0", 32, 18, true}},
    {3, {"q4_1", 32, 20, true}},     {6, {"q5_0", 32, 22, true}},     {7, {"q5_1", 32, 24, true}},
    {8, {"q8_0", 32, 34, true}},     {9, {"q8_1", 32, 36, false}},    {10, {"q2_K", 256, 84, true}},
    {11, {"q3_K", 256, 110, true}},  {12, {"q4_K", 256, 144, true}},  {13, {"q5_K", 256, 176, true}},
    {14, {"q6_K", 256, 210, true}},  {15, {"q8_K", 256, 292, false}}, {16, {"iq2_xxs", 256, 66, false}},
    {17, {"iq2_xs", 256, 74, false}}, {18, {"iq3_xxs", 256, 98, false}}, {19, {"iq1_s", 256, 50, false}},
    {20, {"iq4_nl", 32, 18, true}},  {21, {"iq3_s", 256, 110, false}}, {22, {"iq2_s", 256, 82, false}},
    {23, {"iq4_xs", 256, 136, true}}, {24, {"i8", 1, 1, false}},      {25, {"i16", 1, 2, false}},
    {26, {"i32", 1, 4, false}},      {27, {"i64", 1, 8, false}},      {28, {"f64", 1, 8, false}},
    {29, {"iq1_m", 256, 56, false}}, {30, {"bf16", 1, 2, true}},      {34, {"tq1_0", 256, 54, false}},
    {35, {"tq2_0", 256, 66, false}}, {39, {"mxfp4", 32, 17, false}},
};
}  // namespace detail

const TypeInfo* type_info(uint32_t id) {
    for (const auto& e : detail::kTypeTable)
        if (e.id == id) return &e.info;
    return nullptr;
}

const char* type_name(Type t) {
    const TypeInfo* ti = type_info(t);
    return ti ? ti->name : "?";
}

size_t row_bytes(Type t, int64_t n) {
    const TypeInfo* ti = type_info(t);
    if (!ti || n < 0) return 0;
    return static_cast<size_t>(n / ti->block_size) * ti->type_size;
}

// ---- scalar conversions ----
float fp16_to_fp32(uint16_t h) {
    uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1f;
    uint32_t mant = h & 0x3ff;
    uint32_t bits;
    if (exp == 0) {
        if (mant == 0) bits = sign;
        else {  // subnormal: normalise
            int e = -1;
            do { mant <<= 1; ++e; } while ((mant & 0x400) == 0);
            bits = sign | (static_cast<uint32_t>(127 - 15 - e) << 23) | ((mant & 0x3ff) << 13);
        }
    } else if (exp == 31) bits = sign | 0x7f800000u | (mant << 13);
    else bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

uint16_t fp32_to_fp16(float f) {
    // Round to nearest even, as the F16C instruction and ggml's reference do.
    uint32_t x;
    std::memcpy(&x, &f, 4);
    uint32_t sign = (x >> 16) & 0x8000;
    uint32_t absx = x & 0x7fffffff;
    if (absx > 0x7f800000) return static_cast<uint16_t>(sign | 0x7e00);  // NaN
    if (absx >= 0x47800000) return static_cast<uint16_t>(sign | 0x7c00);  // overflow or inf
    if (absx < 0x38800000) {  // subnormal or zero in half precision
        if (absx < 0x33000000) return static_cast<uint16_t>(sign);
        uint32_t e = absx >> 23;
        uint32_t m = (absx & 0x7fffff) | 0x800000;
        uint32_t shift = 126 - e;  // 14 + (112 - e)
        uint32_t half = m >> shift;
        uint32_t rem = m & ((1u << shift) - 1);
        uint32_t mid = 1u << (shift - 1);
        if (rem > mid || (rem == mid && (half & 1))) ++half;
        return static_cast<uint16_t>(sign | half);
    }
    uint32_t h = ((absx >> 13) - (112u << 10));
    uint32_t rem = absx & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) ++h;
    return static_cast<uint16_t>(sign | h);
}

float bf16_to_fp32(uint16_t h) {
    uint32_t bits = static_cast<uint32_t>(h) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

uint16_t fp32_to_bf16(float f) {
    uint32_t x;
    std::memcpy(&x, &f, 4);
    if ((x & 0x7fffffff) > 0x7f800000) return static_cast<uint16_t>((x >> 16) | 64);  // quiet NaN
    return static_cast<uint16_t>((x + (0x7fff + ((x >> 16) & 1))) >> 16);
}

// <<< types: block structs, dequantize_row, quantize_row (owned by the types work) >>>

namespace detail {

inline float h2f(uint16_t h) { return fp16_to_fp32(h); }
inline uint16_t f2h(float f) { return fp32_to_fp16(f); }
inline float fp16_round(float f) { return h2f(f2h(f)); }

// Converts an already rounded value to int, clamped to [lo, hi]; NaN gives lo (never UB).
inline int clamp_to_int(float v, int lo, int hi) {
    if (!(v > static_cast<float>(lo))) return lo;
    if (v >= static_cast<float>(hi)) return hi;
    return static_cast<int>(v);
}
// Nearest integer with ties to even, like ggml's nearest_int (default rounding mode), clamped.
inline int nearest_clamped(float v, int lo, int hi) { return clamp_to_int(std::nearbyint(v), lo, hi); }

// The value of largest magnitude, sign kept (the first one on ties, like ggml).
inline float signed_absmax(const float* x, int n) {
    float amax = 0.f, max = 0.f;
    for (int i = 0; i < n; ++i)
        if (std::fabs(x[i]) > amax) { amax = std::fabs(x[i]); max = x[i]; }
    return max;
}

// A block decoded to integers. Element i of group g is (d * scale[g]) * q[i] - (dmin * min[g]),
// evaluated in exactly this order, which reproduces every ggml dequantizer bit for bit. Formats with
// one scale per block use scale = 1; the "d * q + m" formats use min = 1 with dmin = -m.
struct IntBlock {
    int8_t q[QK_K];
    int32_t scale[QK_K / 16];
    int32_t min[QK_K / 16];
    float d = 0.f, dmin = 0.f;
    int n = 0, group = 0;
    int groups() const { return n / group; }
    void reset(int n_elems, int group_size, float d_, float dmin_) {
        n = n_elems;
        group = group_size;
        d = d_;
        dmin = dmin_;
        for (int g = 0; g < QK_K / 16; ++g) { scale[g] = 1; min[g] = 0; }
    }
};

// ---- bit-field helpers shared by the formats ----
// Low nibbles of bytes[0, width) are elements [0, width), high nibbles elements [width, 2*width).
inline void split_nibbles(const uint8_t* bytes, int width, int8_t* out) {
    for (int j = 0; j < width; ++j) {
        out[j] = static_cast<int8_t>(bytes[j] & 15);
        out[j + width] = static_cast<int8_t>(bytes[j] >> 4);
    }
}
inline void join_nibbles(const int8_t* codes, int width, uint8_t* bytes) {
    for (int j = 0; j < width; ++j) bytes[j] = static_cast<uint8_t>((codes[j] & 15) | ((codes[j + width] & 15) << 4));
}
// One bit per element, element i at bit i%8 of byte i/8 (Q5_0 / Q5_1 qh).
inline int bit_of(const uint8_t* bits, int i) { return (bits[i >> 3] >> (i & 7)) & 1; }
// The K-quant high-bit masks (Q3_K hmask, Q5_K qh): element e at bit e/32 of byte e%32.
inline int kmask_bit(const uint8_t* mask, int e) { return (mask[e % 32] >> (e / 32)) & 1; }
// 2-bit fields of Q2_K / Q3_K: element 128h + 32s + l is bits [2s, 2s+2) of byte 32h + l.
inline int crumb_of(const uint8_t* qs, int e) { return (qs[(e / 128) * 32 + e % 32] >> (2 * ((e / 32) % 4))) & 3; }
inline void set_crumb(uint8_t* qs, int e, int v) { qs[(e / 128) * 32 + e % 32] |= static_cast<uint8_t>((v & 3) << (2 * ((e / 32) % 4))); }

// Q3_K: sixteen 6-bit scales (stored + 32): low nibbles in bytes 0-7 (j < 8: low half, else high
// half of byte j-8), the two high bits of scale j at bits 2*(j/4) of byte 8 + j%4.
inline void unpack_q3k_scales(const uint8_t* s, int32_t* out) {
    for (int j = 0; j < 16; ++j) {
        int lo = j < 8 ? s[j] & 15 : s[j - 8] >> 4;
        int hi = (s[8 + j % 4] >> (2 * (j / 4))) & 3;
        out[j] = (lo | (hi << 4)) - 32;
    }
}
inline void pack_q3k_scales(const int32_t* in, uint8_t* s) {
    std::memset(s, 0, 12);
    for (int j = 0; j < 16; ++j) {
        int v = in[j] + 32;
        s[j % 8] |= static_cast<uint8_t>((v & 15) << (j < 8 ? 0 : 4));
        s[8 + j % 4] |= static_cast<uint8_t>((v >> 4) << (2 * (j / 4)));
    }
}
// Q4_K / Q5_K: eight 6-bit scales and eight 6-bit mins in 12 bytes. Scales/mins 0-3 are the low
// 6 bits of bytes 0-3 / 4-7; 4-7 are the nibbles of bytes 8-11 plus the top 2 bits of bytes 0-7.
inline void unpack_k4_scales(const uint8_t* s, int32_t* scale, int32_t* min) {
    for (int j = 0; j < 8; ++j) {
        if (j < 4) {
            scale[j] = s[j] & 63;
            min[j] = s[j + 4] & 63;
        } else {
            scale[j] = (s[j + 4] & 15) | ((s[j - 4] >> 6) << 4);
            min[j] = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
        }
    }
}
inline void pack_k4_scales(const int32_t* scale, const int32_t* min, uint8_t* s) {
    for (int j = 0; j < 4; ++j) {
        s[j] = static_cast<uint8_t>((scale[j] & 63) | ((scale[j + 4] >> 4) << 6));
        s[j + 4] = static_cast<uint8_t>((min[j] & 63) | ((min[j + 4] >> 4) << 6));
        s[j + 8] = static_cast<uint8_t>((scale[j + 4] & 15) | ((min[j + 4] & 15) << 4));
    }
}
inline int iq4_index(int value) {
    for (int k = 0; k < 16; ++k)
        if (kIQ4NLValues[k] == value) return k;
    return 0;
}
inline int iq4_nearest_index(float v) {
    int best = 0;
    for (int k = 1; k < 16; ++k)
        if (std::fabs(kIQ4NLValues[k] - v) < std::fabs(kIQ4NLValues[best] - v)) best = k;
    return best;
}

// ---- the 32-element formats: d, optional m, optional 5th bits, nibbles, code offset ----
inline void decode_q32(IntBlock& o, uint16_t d, const uint16_t* m, const uint8_t* qh, const uint8_t* qs, int offset) {
    o.reset(QK, QK, h2f(d), m ? -h2f(*m) : 0.f);
    if (m) o.min[0] = 1;
    split_nibbles(qs, QK / 2, o.q);
    for (int i = 0; i < QK; ++i) o.q[i] = static_cast<int8_t>((o.q[i] | (qh ? bit_of(qh, i) << 4 : 0)) - offset);
}
inline void encode_q32(const IntBlock& in, uint16_t* d, uint16_t* m, uint8_t* qh, uint8_t* qs, int offset) {
    *d = f2h(in.d);
    if (m) *m = f2h(-in.dmin);
    int8_t codes[QK];
    for (int i = 0; i < QK; ++i) codes[i] = static_cast<int8_t>(in.q[i] + offset);
    join_nibbles(codes, QK / 2, qs);
    if (qh) {
        std::memset(qh, 0, 4);
        for (int i = 0; i < QK; ++i) qh[i >> 3] |= static_cast<uint8_t>(((codes[i] >> 4) & 1) << (i & 7));
    }
}

template <class B> const B& as(const void* p) { return *static_cast<const B*>(p); }
template <class B> B& as(void* p) { return *static_cast<B*>(p); }

void decode_q4_0(const void* p, IntBlock& o) { const auto& b = as<BlockQ4_0>(p); decode_q32(o, b.d, nullptr, nullptr, b.qs, 8); }
void decode_q4_1(const void* p, IntBlock& o) { const auto& b = as<BlockQ4_1>(p); decode_q32(o, b.d, &b.m, nullptr, b.qs, 0); }
void decode_q5_0(const void* p, IntBlock& o) { const auto& b = as<BlockQ5_0>(p); decode_q32(o, b.d, nullptr, b.qh, b.qs, 16); }
void decode_q5_1(const void* p, IntBlock& o) { const auto& b = as<BlockQ5_1>(p); decode_q32(o, b.d, &b.m, b.qh, b.qs, 0); }
void encode_q4_0(const IntBlock& in, void* p) { auto& b = as<BlockQ4_0>(p); encode_q32(in, &b.d, nullptr, nullptr, b.qs, 8); }
void encode_q4_1(const IntBlock& in, void* p) { auto& b = as<BlockQ4_1>(p); encode_q32(in, &b.d, &b.m, nullptr, b.qs, 0); }
void encode_q5_0(const IntBlock& in, void* p) { auto& b = as<BlockQ5_0>(p); encode_q32(in, &b.d, nullptr, b.qh, b.qs, 16); }
void encode_q5_1(const IntBlock& in, void* p) { auto& b = as<BlockQ5_1>(p); encode_q32(in, &b.d, &b.m, b.qh, b.qs, 0); }

void decode_q8_0(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ8_0>(p);
    o.reset(QK, QK, h2f(b.d), 0.f);
    std::memcpy(o.q, b.qs, QK);
}
void decode_q8_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ8_K>(p);
    o.reset(QK_K, QK_K, b.d, 0.f);
    std::memcpy(o.q, b.qs, QK_K);
}

void decode_iq4_nl(const void* p, IntBlock& o) {
    const auto& b = as<BlockIQ4_NL>(p);
    o.reset(QK, QK, h2f(b.d), 0.f);
    split_nibbles(b.qs, QK / 2, o.q);
    for (int i = 0; i < QK; ++i) o.q[i] = kIQ4NLValues[o.q[i]];
}
void encode_iq4_nl(const IntBlock& in, void* p) {
    auto& b = as<BlockIQ4_NL>(p);
    b.d = f2h(in.d);
    int8_t codes[QK];
    for (int i = 0; i < QK; ++i) codes[i] = static_cast<int8_t>(iq4_index(in.q[i]));
    join_nibbles(codes, QK / 2, b.qs);
}

void decode_q2_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ2_K>(p);
    o.reset(QK_K, 16, h2f(b.d), h2f(b.dmin));
    for (int g = 0; g < 16; ++g) { o.scale[g] = b.scales[g] & 15; o.min[g] = b.scales[g] >> 4; }
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(crumb_of(b.qs, e));
}
void encode_q2_K(const IntBlock& in, void* p) {
    auto& b = as<BlockQ2_K>(p);
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    for (int g = 0; g < 16; ++g) b.scales[g] = static_cast<uint8_t>(in.scale[g] | (in.min[g] << 4));
    std::memset(b.qs, 0, sizeof b.qs);
    for (int e = 0; e < QK_K; ++e) set_crumb(b.qs, e, in.q[e]);
}

void decode_q3_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ3_K>(p);
    o.reset(QK_K, 16, h2f(b.d), 0.f);
    unpack_q3k_scales(b.scales, o.scale);
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(crumb_of(b.qs, e) - (kmask_bit(b.hmask, e) ? 0 : 4));
}
void encode_q3_K(const IntBlock& in, void* p) {
    auto& b = as<BlockQ3_K>(p);
    b.d = f2h(in.d);
    pack_q3k_scales(in.scale, b.scales);
    std::memset(b.qs, 0, sizeof b.qs);
    std::memset(b.hmask, 0, sizeof b.hmask);
    for (int e = 0; e < QK_K; ++e) {
        int code = in.q[e] + 4;
        set_crumb(b.qs, e, code & 3);
        b.hmask[e % 32] |= static_cast<uint8_t>((code >> 2) << (e / 32));
    }
}

void decode_q4_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ4_K>(p);
    o.reset(QK_K, 32, h2f(b.d), h2f(b.dmin));
    unpack_k4_scales(b.scales, o.scale, o.min);
    for (int c = 0; c < 4; ++c) split_nibbles(b.qs + 32 * c, 32, o.q + 64 * c);
}
void encode_q4_K(const IntBlock& in, void* p) {
    auto& b = as<BlockQ4_K>(p);
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    pack_k4_scales(in.scale, in.min, b.scales);
    for (int c = 0; c < 4; ++c) join_nibbles(in.q + 64 * c, 32, b.qs + 32 * c);
}

void decode_q5_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ5_K>(p);
    o.reset(QK_K, 32, h2f(b.d), h2f(b.dmin));
    unpack_k4_scales(b.scales, o.scale, o.min);
    for (int c = 0; c < 4; ++c) split_nibbles(b.qs + 32 * c, 32, o.q + 64 * c);
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(o.q[e] | (kmask_bit(b.qh, e) << 4));
}
void encode_q5_K(const IntBlock& in, void* p) {
    auto& b = as<BlockQ5_K>(p);
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    pack_k4_scales(in.scale, in.min, b.scales);
    for (int c = 0; c < 4; ++c) join_nibbles(in.q + 64 * c, 32, b.qs + 32 * c);
    std::memset(b.qh, 0, sizeof b.qh);
    for (int e = 0; e < QK_K; ++e) b.qh[e % 32] |= static_cast<uint8_t>(((in.q[e] >> 4) & 1) << (e / 32));
}

// Q6_K: element 128h + 32k + l takes its low nibble from ql[64h + 32(k&1) + l] (low half for k < 2)
// and its high 2 bits from bits [2k, 2k+2) of qh[32h + l]; stored with +32.
inline int q6k_index(int e, int* low_shift, int* qh_index, int* high_shift) {
    int h = e / 128, k = (e / 32) % 4, l = e % 32;
    *low_shift = 4 * (k >> 1);
    *qh_index = 32 * h + l;
    *high_shift = 2 * k;
    return 64 * h + 32 * (k & 1) + l;
}
void decode_q6_K(const void* p, IntBlock& o) {
    const auto& b = as<BlockQ6_K>(p);
    o.reset(QK_K, 16, h2f(b.d), 0.f);
    for (int g = 0; g < 16; ++g) o.scale[g] = b.scales[g];
    for (int e = 0; e < QK_K; ++e) {
        int ls, qi, hs;
        int li = q6k_index(e, &ls, &qi, &hs);
        o.q[e] = static_cast<int8_t>((((b.ql[li] >> ls) & 15) | (((b.qh[qi] >> hs) & 3) << 4)) - 32);
    }
}
void encode_q6_K(const IntBlock& in, void* p) {
    auto& b = as<BlockQ6_K>(p);
    b.d = f2h(in.d);
    for (int g = 0; g < 16; ++g) b.scales[g] = static_cast<int8_t>(in.scale[g]);
    std::memset(b.ql, 0, sizeof b.ql);
    std::memset(b.qh, 0, sizeof b.qh);
    for (int e = 0; e < QK_K; ++e) {
        int ls, qi, hs;
        int li = q6k_index(e, &ls, &qi, &hs);
        int code = in.q[e] + 32;
        b.ql[li] |= static_cast<uint8_t>((code & 15) << ls);
        b.qh[qi] |= static_cast<uint8_t>((code >> 4) << hs);
    }
}

void decode_iq4_xs(const void* p, IntBlock& o) {
    const auto& b = as<BlockIQ4_XS>(p);
    o.reset(QK_K, 32, h2f(b.d), 0.f);
    for (int g = 0; g < 8; ++g) {
        int ls = ((b.scales_l[g / 2] >> (4 * (g % 2))) & 15) | (((b.scales_h >> (2 * g)) & 3) << 4);
        o.scale[g] = ls - 32;
        split_nibbles(b.qs + 16 * g, 16, o.q + 32 * g);
    }
    for (int e = 0; e < QK_K; ++e) o.q[e] = kIQ4NLValues[o.q[e]];
}
void encode_iq4_xs(const IntBlock& in, void* p) {
    auto& b = as<BlockIQ4_XS>(p);
    b.d = f2h(in.d);
    b.scales_h = 0;
    std::memset(b.scales_l, 0, sizeof b.scales_l);
    int8_t codes[QK_K];
    for (int e = 0; e < QK_K; ++e) codes[e] = static_cast<int8_t>(iq4_index(in.q[e]));
    for (int g = 0; g < 8; ++g) {
        int ls = in.scale[g] + 32;
        b.scales_l[g / 2] |= static_cast<uint8_t>((ls & 15) << (4 * (g % 2)));
        b.scales_h = static_cast<uint16_t>(b.scales_h | ((ls >> 4) << (2 * g)));
        join_nibbles(codes + 32 * g, 16, b.qs + 16 * g);
    }
}

// What the generic quantizer needs to know about a format's integer representation.
struct QuantShape {
    int group;               // elements per scale group
    int qmin, qmax;          // range of the codes (indices into kIQ4NLValues when nonlinear)
    bool nonlinear;          // codes map through kIQ4NLValues
    int scale_lo, scale_hi;  // range of the per-group integer scales; {1, 1}: one fp16 scale per block
    int min_hi;              // per-group integer mins in [0, min_hi]; 1: one fp16 min per block; 0: none
};

struct Codec {
    Type type;
    void (*decode)(const void* block, IntBlock& out);
    void (*encode)(const IntBlock& in, void* block);  // nullptr: quantized by a dedicated function
    QuantShape shape;
};

static const Codec kCodecs[] = {
    {Type::Q4_0, decode_q4_0, encode_q4_0, {QK, -8, 7, false, 1, 1, 0}},
    {Type::Q4_1, decode_q4_1, encode_q4_1, {QK, 0, 15, false, 1, 1, 1}},
    {Type::Q5_0, decode_q5_0, encode_q5_0, {QK, -16, 15, false, 1, 1, 0}},
    {Type::Q5_1, decode_q5_1, encode_q5_1, {QK, 0, 31, false, 1, 1, 1}},
    {Type::Q8_0, decode_q8_0, nullptr, {}},
    {Type::Q8_K, decode_q8_K, nullptr, {}},
    {Type::IQ4_NL, decode_iq4_nl, encode_iq4_nl, {QK, 0, 15, true, 1, 1, 0}},
    {Type::Q2_K, decode_q2_K, encode_q2_K, {16, 0, 3, false, 0, 15, 15}},
    {Type::Q3_K, decode_q3_K, encode_q3_K, {16, -4, 3, false, -32, 31, 0}},
    {Type::Q4_K, decode_q4_K, encode_q4_K, {32, 0, 15, false, 0, 63, 63}},
    {Type::Q5_K, decode_q5_K, encode_q5_K, {32, 0, 31, false, 0, 63, 63}},
    {Type::Q6_K, decode_q6_K, encode_q6_K, {16, -32, 31, false, -128, 127, 0}},
    {Type::IQ4_XS, decode_iq4_xs, encode_iq4_xs, {32, 0, 15, true, -32, 31, 0}},
};

inline const Codec* find_codec(Type t) {
    for (const Codec& c : kCodecs)
        if (c.type == t) return &c;
    return nullptr;
}

inline void expand(const IntBlock& b, float* dst) {
    for (int g = 0; g < b.groups(); ++g) {
        const float scale = b.d * static_cast<float>(b.scale[g]);
        const float min = b.dmin * static_cast<float>(b.min[g]);
        for (int i = g * b.group; i < (g + 1) * b.group; ++i) dst[i] = scale * static_cast<float>(b.q[i]) - min;
    }
}

// Round-to-nearest quantization of one block into the integer representation of `s`: per-group
// scales (and mins) from the group's range, then integer sub-scales against a fp16 super-scale.
inline void quantize_block(const QuantShape& s, int n, const float* x, IntBlock& o) {
    const int ng = n / s.group;
    const bool with_min = s.min_hi > 0, subscaled = s.scale_hi > 1;
    const float most_negative = s.nonlinear ? kIQ4NLValues[0] : static_cast<float>(s.qmin);
    float gscale[QK_K / 16], gmin[QK_K / 16];
    for (int g = 0; g < ng; ++g) {
        const float* xg = x + g * s.group;
        if (with_min) {
            float lo = xg[0], hi = xg[0];
            for (int i = 1; i < s.group; ++i) { lo = std::min(lo, xg[i]); hi = std::max(hi, xg[i]); }
            if (subscaled) lo = std::min(lo, 0.f);  // integer mins are unsigned
            gscale[g] = (hi - lo) / static_cast<float>(s.qmax);
            gmin[g] = -lo;
        } else {
            gscale[g] = signed_absmax(xg, s.group) / most_negative;  // largest value lands on the long end
            gmin[g] = 0.f;
        }
    }
    o.reset(n, s.group, 0.f, 0.f);
    if (subscaled) {
        float ref = 0.f, min_ref = 0.f;
        for (int g = 0; g < ng; ++g) { ref = std::max(ref, gscale[g]); min_ref = std::max(min_ref, gmin[g]); }
        o.d = fp16_round(s.scale_lo < 0 ? signed_absmax(gscale, ng) / static_cast<float>(s.scale_lo)
                                        : ref / static_cast<float>(s.scale_hi));
        o.dmin = with_min ? fp16_round(min_ref / static_cast<float>(s.min_hi)) : 0.f;
        for (int g = 0; g < ng; ++g) {
            o.scale[g] = o.d != 0.f ? nearest_clamped(gscale[g] / o.d, s.scale_lo, s.scale_hi) : 0;
            o.min[g] = o.dmin != 0.f ? nearest_clamped(gmin[g] / o.dmin, 0, s.min_hi) : 0;
        }
    } else {
        o.d = fp16_round(gscale[0]);
        o.dmin = with_min ? fp16_round(gmin[0]) : 0.f;
        o.min[0] = with_min ? 1 : 0;
    }
    for (int g = 0; g < ng; ++g) {
        const float scale = o.d * static_cast<float>(o.scale[g]);
        const float min = o.dmin * static_cast<float>(o.min[g]);
        for (int i = g * s.group; i < (g + 1) * s.group; ++i) {
            const float v = scale != 0.f ? (x[i] + min) / scale : 0.f;
            o.q[i] = static_cast<int8_t>(s.nonlinear ? kIQ4NLValues[iq4_nearest_index(v)] : nearest_clamped(v, s.qmin, s.qmax));
        }
    }
}

// ggml's activation quantizers (from_float of the CPU backend), reproduced bit for bit.
inline void quantize_q8_32(const float* x, int8_t* qs, uint16_t* d_out, uint16_t* sum_out) {
    float amax = 0.f;
    for (int j = 0; j < QK; ++j) amax = std::max(amax, std::fabs(x[j]));
    const float d = amax / 127.f;
    const float id = d != 0.f ? 1.f / d : 0.f;
    *d_out = f2h(d);
    int sum = 0;
    for (int j = 0; j < QK; ++j) {
        qs[j] = static_cast<int8_t>(clamp_to_int(std::round(x[j] * id), -127, 127));
        sum += qs[j];
    }
    if (sum_out) *sum_out = f2h(static_cast<float>(sum) * d);
}
inline void quantize_q8_K(const float* x, BlockQ8_K& y) {
    const float max = signed_absmax(x, QK_K);
    std::memset(&y, 0, sizeof y);
    if (max == 0.f) return;
    const float iscale = -127.f / max;
    for (int j = 0; j < QK_K; ++j) y.qs[j] = static_cast<int8_t>(nearest_clamped(iscale * x[j], -128, 127));
    for (int g = 0; g < QK_K / 16; ++g) {
        int sum = 0;
        for (int j = 0; j < 16; ++j) sum += y.qs[16 * g + j];
        y.bsums[g] = static_cast<int16_t>(sum);
    }
    y.d = 1.f / iscale;
}

inline float plain_at(Type t, const void* row, int64_t i) {
    switch (t) {
        case Type::F16: return h2f(static_cast<const uint16_t*>(row)[i]);
        case Type::BF16: return bf16_to_fp32(static_cast<const uint16_t*>(row)[i]);
        default: return static_cast<const float*>(row)[i];
    }
}

}  // namespace detail

bool dequantize_row(Type t, const void* src, float* dst, int64_t n) {
    const TypeInfo* ti = type_info(t);
    if (!ti || !ti->can_dequantize || n < 0 || n % ti->block_size != 0) return false;
    if (t == Type::F32 || t == Type::F16 || t == Type::BF16) {
        for (int64_t k = 0; k < n; ++k) dst[k] = detail::plain_at(t, src, k);
        return true;
    }
    const detail::Codec* c = detail::find_codec(t);
    if (!c) return false;
    detail::IntBlock b;
    const uint8_t* p = static_cast<const uint8_t*>(src);
    for (int64_t k = 0; k < n / ti->block_size; ++k) {
        c->decode(p + k * ti->type_size, b);
        detail::expand(b, dst + k * ti->block_size);
    }
    return true;
}

bool quantize_row(Type t, const float* src, void* dst, int64_t n) {
    const TypeInfo* ti = type_info(t);
    if (!ti || n < 0 || n % ti->block_size != 0) return false;
    uint8_t* out = static_cast<uint8_t*>(dst);
    const int64_t nb = n / ti->block_size;
    switch (t) {
        case Type::F32: std::memcpy(dst, src, static_cast<size_t>(n) * sizeof(float)); return true;
        case Type::F16:
        case Type::BF16: {
            uint16_t* h = static_cast<uint16_t*>(dst);
            for (int64_t k = 0; k < n; ++k) h[k] = t == Type::F16 ? fp32_to_fp16(src[k]) : fp32_to_bf16(src[k]);
            return true;
        }
        case Type::Q8_0:
            for (int64_t k = 0; k < nb; ++k) {
                auto& b = detail::as<BlockQ8_0>(out + k * ti->type_size);
                detail::quantize_q8_32(src + k * QK, b.qs, &b.d, nullptr);
            }
            return true;
        case Type::Q8_1:
            for (int64_t k = 0; k < nb; ++k) {
                auto& b = detail::as<BlockQ8_1>(out + k * ti->type_size);
                detail::quantize_q8_32(src + k * QK, b.qs, &b.d, &b.s);
            }
            return true;
        case Type::Q8_K:
            for (int64_t k = 0; k < nb; ++k) detail::quantize_q8_K(src + k * QK_K, detail::as<BlockQ8_K>(out + k * ti->type_size));
            return true;
        default: break;
    }
    const detail::Codec* c = detail::find_codec(t);
    if (!c || !c->encode) return false;
    detail::IntBlock b;
    for (int64_t k = 0; k < nb; ++k) {
        detail::quantize_block(c->shape, static_cast<int>(ti->block_size), src + k * ti->block_size, b);
        c->encode(b, out + k * ti->type_size);
    }
    return true;
}

Type vec_dot_type(Type weight) {
    switch (weight) {
        case Type::F32: case Type::F16: case Type::BF16: case Type::Q8_0: return weight;
        case Type::Q4_0: case Type::Q5_0: case Type::IQ4_NL: case Type::MXFP4: return Type::Q8_0;
        case Type::Q4_1: case Type::Q5_1: return Type::Q8_1;
        case Type::Q2_K: case Type::Q3_K: case Type::Q4_K: case Type::Q5_K: case Type::Q6_K:
        case Type::IQ2_XXS: case Type::IQ2_XS: case Type::IQ3_XXS: case Type::IQ1_S: case Type::IQ3_S:
        case Type::IQ2_S: case Type::IQ4_XS: case Type::IQ1_M: case Type::TQ1_0: case Type::TQ2_0:
            return Type::Q8_K;
        default: return Type::F32;
    }
}

float vec_dot_ref(Type weight, const void* w_row, const void* act_row, int64_t n) {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const TypeInfo* wi = type_info(weight);
    const Type at = vec_dot_type(weight);
    const TypeInfo* ai = type_info(at);
    if (!wi || !wi->can_dequantize || n < 0 || n % wi->block_size != 0) return nan;
    if (weight == Type::F32 || weight == Type::F16 || weight == Type::BF16) {
        double sum = 0.0;
        for (int64_t i = 0; i < n; ++i)
            sum += static_cast<double>(detail::plain_at(weight, w_row, i)) * detail::plain_at(at, act_row, i);
        return static_cast<float>(sum);
    }
    const detail::Codec* c = detail::find_codec(weight);
    if (!c || ai->block_size != wi->block_size) return nan;
    const uint8_t* wp = static_cast<const uint8_t*>(w_row);
    const uint8_t* ap = static_cast<const uint8_t*>(act_row);
    detail::IntBlock w, a;
    float sumf = 0.f;
    for (int64_t k = 0; k < n / wi->block_size; ++k) {
        c->decode(wp + k * wi->type_size, w);
        const uint8_t* ablock = ap + k * ai->type_size;
        float act_sum = 0.f;  // Q8_1 carries d * sum(q), which ggml uses for the min term
        if (at == Type::Q8_1) {
            const auto& b = detail::as<BlockQ8_1>(ablock);
            a.reset(QK, QK, detail::h2f(b.d), 0.f);
            std::memcpy(a.q, b.qs, QK);
            act_sum = detail::h2f(b.s);
        } else {
            detail::find_codec(at)->decode(ablock, a);
        }
        int64_t dot = 0, mins = 0;
        for (int g = 0; g < w.groups(); ++g) {
            int32_t qa = 0, asum = 0;
            for (int i = g * w.group; i < (g + 1) * w.group; ++i) { qa += w.q[i] * a.q[i]; asum += a.q[i]; }
            dot += static_cast<int64_t>(w.scale[g]) * qa;
            mins += static_cast<int64_t>(w.min[g]) * asum;
        }
        const float min_term = at == Type::Q8_1 ? w.dmin * static_cast<float>(w.min[0]) * act_sum
                                                : (w.dmin * a.d) * static_cast<float>(mins);
        sumf += (w.d * a.d) * static_cast<float>(dot) - min_term;
    }
    return sumf;
}

}  // namespace types

/* =============================================================================================
   [4] KERN: CPU kernels
   ============================================================================================= */
namespace kern {

// ---- thread pool ----
// Persistent workers that split a range of independent items between them and the calling thread.
class ThreadPool {
public:
    // n_threads counts the calling thread; 0 means one per hardware thread.
    explicit ThreadPool(int n_threads) {
        if (n_threads <= 0) n_threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        n_threads_ = std::min(n_threads, 512);
        for (int id = 1; id < n_threads_; ++id) workers_.emplace_back([this, id] { worker_loop(id); });
    }
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;
    ~ThreadPool() {
        {
            std::lock_guard<std::mutex> lock(mu_);
            stop_ = true;
        }
        wake_.notify_all();
        for (auto& t : workers_) t.join();
    }
    int n_threads() const { return n_threads_; }

    // Calls fn(begin, end, thread_id) on disjoint chunks of at least `grain` items covering [0, n) and returns
    // when all are done. thread_id is in [0, n_threads()) and identifies per-thread scratch memory.
    template <class Fn>
    void parallel_for(int64_t n, int64_t grain, Fn&& fn) {
        if (n <= 0) return;
        grain = std::max<int64_t>(grain, 1);
        int64_t max_chunks = (n + grain - 1) / grain;
        if (n_threads_ == 1 || max_chunks == 1) {
            fn(int64_t(0), n, 0);
            return;
        }
        // A few chunks per thread balance uneven work without much scheduling traffic.
        int64_t chunk = std::max(grain, (n + 4 * n_threads_ - 1) / (4 * n_threads_));
        std::function<void(int64_t, int64_t, int)> job = [&fn](int64_t b, int64_t e, int id) { fn(b, e, id); };
        {
            std::lock_guard<std::mutex> lock(mu_);
            job_ = &job;
            job_n_ = n;
            job_chunk_ = chunk;
            next_.store(0);
            busy_ = n_threads_ - 1;
            ++generation_;
        }
        wake_.notify_all();
        run_chunks(0);
        std::unique_lock<std::mutex> lock(mu_);
        done_.wait(lock, [this] { return busy_ == 0; });
        job_ = nullptr;
    }

private:
    void run_chunks(int id) {
        for (;;) {
            int64_t b = next_.fetch_add(job_chunk_);
            if (b >= job_n_) return;
            (*job_)(b, std::min(job_n_, b + job_chunk_), id);
        }
    }
    void worker_loop(int id) {
        uint64_t seen = 0;
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(mu_);
                wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
                if (stop_) return;
                seen = generation_;
            }
            run_chunks(id);
            std::lock_guard<std::mutex> lock(mu_);
            if (--busy_ == 0) done_.notify_one();
        }
    }

    int n_threads_ = 1;
    std::vector<std::thread> workers_;
    std::mutex mu_;
    std::condition_variable wake_, done_;
    const std::function<void(int64_t, int64_t, int)>* job_ = nullptr;
    int64_t job_n_ = 0, job_chunk_ = 1;
    std::atomic<int64_t> next_{0};
    int busy_ = 0;
    uint64_t generation_ = 0;
    bool stop_ = false;
};

// ---- vector kernels (scalar reference) ----
inline float dot_f32(const float* a, const float* b, int64_t n) {
    // Eight independent partial sums: lets the compiler vectorize without reassociating a single chain.
    float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int k = 0; k < 8; ++k) acc[k] += a[i + k] * b[i + k];
    float sum = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; i < n; ++i) sum += a[i] * b[i];
    return sum;
}

// out = x / rms(x) * weight, over one row of n values (out may alias x).
inline void rms_norm(const float* x, const float* weight, int64_t n, float eps, float* out) {
    double sum_sq = 0.0;
    for (int64_t i = 0; i < n; ++i) sum_sq += static_cast<double>(x[i]) * x[i];
    float scale = 1.0f / std::sqrt(static_cast<float>(sum_sq / static_cast<double>(n)) + eps);
    for (int64_t i = 0; i < n; ++i) out[i] = x[i] * scale * weight[i];
}

inline void add(float* y, const float* x, int64_t n) {
    for (int64_t i = 0; i < n; ++i) y[i] += x[i];
}

inline void scale(float* x, int64_t n, float s) {
    for (int64_t i = 0; i < n; ++i) x[i] *= s;
}

// x = cap * tanh(x / cap): bounds logits smoothly to (-cap, cap).
inline void softcap(float* x, int64_t n, float cap) {
    for (int64_t i = 0; i < n; ++i) x[i] = cap * std::tanh(x[i] / cap);
}

// In-place softmax over n values.
inline void softmax(float* x, int64_t n) {
    float mx = -std::numeric_limits<float>::infinity();
    for (int64_t i = 0; i < n; ++i) mx = std::max(mx, x[i]);
    double sum = 0.0;
    for (int64_t i = 0; i < n; ++i) {
        x[i] = std::exp(x[i] - mx);
        sum += x[i];
    }
    float inv = static_cast<float>(1.0 / sum);
    for (int64_t i = 0; i < n; ++i) x[i] *= inv;
}

inline float silu(float x) { return x / (1.0f + std::exp(-x)); }
// GELU, tanh approximation (what gemma was trained with).
inline float gelu(float x) {
    const float sqrt_2_over_pi = 0.7978845608028654f;
    return 0.5f * x * (1.0f + std::tanh(sqrt_2_over_pi * x * (1.0f + 0.044715f * x * x)));
}
// out = silu(gate) * up and out = gelu(gate) * up (gated FFN activations); out may alias gate or up.
inline void swiglu(const float* gate, const float* up, int64_t n, float* out) {
    for (int64_t i = 0; i < n; ++i) out[i] = silu(gate[i]) * up[i];
}
inline void geglu(const float* gate, const float* up, int64_t n, float* out) {
    for (int64_t i = 0; i < n; ++i) out[i] = gelu(gate[i]) * up[i];
}

// ---- RoPE ----
struct RopeParams {
    int32_t n_rot = 0;                  // rotated dimensions per head (even)
    float base = 10000.0f;
    float scale = 1.0f;                 // linear position scaling (1 / factor)
    const float* freq_factors = nullptr;  // n_rot/2 divisors of theta_i (llama3), or null
    model::RopeStyle style = model::RopeStyle::Interleaved;
};

// cos/sin of theta_i = pos * scale * base^(-2i/n_rot) / freq_factors[i] for i < n_rot/2, into cs[2i], cs[2i+1].
inline void rope_angles(const RopeParams& p, int32_t pos, float* cs) {
    const float step = std::pow(p.base, -2.0f / static_cast<float>(p.n_rot));
    float theta = static_cast<float>(pos);  // theta_i = pos * step^i, by repeated multiplication like ggml
    for (int32_t i = 0; i < p.n_rot / 2; ++i) {
        float t = p.scale * theta;
        if (p.freq_factors) t /= p.freq_factors[i];
        cs[2 * i] = std::cos(t);
        cs[2 * i + 1] = std::sin(t);
        theta *= step;
    }
}

// Rotates the first n_rot dimensions of each of n_heads heads (head_dim apart) by the angles of rope_angles.
inline void rope(float* x, int32_t n_heads, int32_t head_dim, const RopeParams& p, const float* cs) {
    const int32_t half = p.n_rot / 2;
    for (int32_t h = 0; h < n_heads; ++h) {
        float* v = x + static_cast<int64_t>(h) * head_dim;
        for (int32_t i = 0; i < half; ++i) {
            const int32_t a = p.style == model::RopeStyle::Interleaved ? 2 * i : i;
            const int32_t b = p.style == model::RopeStyle::Interleaved ? 2 * i + 1 : i + half;
            const float c = cs[2 * i], s = cs[2 * i + 1];
            const float x0 = v[a], x1 = v[b];
            v[a] = x0 * c - x1 * s;
            v[b] = x0 * s + x1 * c;
        }
    }
}

// ---- KV cache element conversion ----
inline float load_kv(float v) { return v; }
inline float load_kv(uint16_t v) { return types::fp16_to_fp32(v); }
inline void store_kv(float* dst, const float* src, int64_t n) { std::memcpy(dst, src, static_cast<size_t>(n) * 4); }
inline void store_kv(uint16_t* dst, const float* src, int64_t n) {
    for (int64_t i = 0; i < n; ++i) dst[i] = types::fp32_to_fp16(src[i]);
}

// One query head attending over n_keys cached positions: keys/values of position j start at k + j*stride,
// v + j*stride. scores is scratch for n_keys floats. out = sum_j softmax_j(scale * q.k_j [softcapped]) v_j.
template <class KvT>
void attention_head(const float* q, const KvT* k, const KvT* v, int64_t stride, int32_t n_keys, int32_t head_dim,
                    float scale, float softcap_value, float* scores, float* out) {
    for (int32_t j = 0; j < n_keys; ++j) {
        const KvT* kj = k + j * stride;
        float s = 0.0f;
        for (int32_t d = 0; d < head_dim; ++d) s += q[d] * load_kv(kj[d]);
        s *= scale;
        if (softcap_value > 0.0f) s = softcap_value * std::tanh(s / softcap_value);
        scores[j] = s;
    }
    softmax(scores, n_keys);
    for (int32_t d = 0; d < head_dim; ++d) out[d] = 0.0f;
    for (int32_t j = 0; j < n_keys; ++j) {
        const KvT* vj = v + j * stride;
        const float w = scores[j];
        for (int32_t d = 0; d < head_dim; ++d) out[d] += w * load_kv(vj[d]);
    }
}

// ---- weights ----
// Scratch that grows to the largest request and lives as long as the thread (pool workers are persistent).
inline float* thread_scratch(size_t n_floats, int slot) {
    thread_local std::vector<float> buffers[2];
    std::vector<float>& b = buffers[slot];
    if (b.size() < n_floats) b.resize(n_floats);
    return b.data();
}

inline bool is_f32_view(const gguf::TensorInfo& w) {
    return w.type == types::Type::F32 && reinterpret_cast<uintptr_t>(w.data) % alignof(float) == 0;
}

// Row `row` of a weight as floats: a pointer into the file for aligned F32, else dequantized into `buf`.
inline const float* weight_row(const gguf::TensorInfo& w, int64_t row, float* buf) {
    const size_t rb = types::row_bytes(w.type, w.ne[0]);
    const uint8_t* src = static_cast<const uint8_t*>(w.data) + static_cast<size_t>(row) * rb;
    if (is_f32_view(w)) return reinterpret_cast<const float*>(src);
    types::dequantize_row(w.type, src, buf, w.ne[0]);
    return buf;
}

// Embedding lookup: out = row `row` of w as floats.
inline void get_row(const gguf::TensorInfo& w, int64_t row, float* out) {
    const float* r = weight_row(w, row, out);
    if (r != out) std::memcpy(out, r, static_cast<size_t>(w.ne[0]) * sizeof(float));
}

// y[t][r] = dot(W row r, x[t]) for n_tokens rows x[t] of length n_in = w.ne[0]; y rows have n_out = w.ne[1].
// The one place that dispatches on the weight type: the reference path dequantizes a tile of weight rows once
// and multiplies it with every token of the batch.
inline void matmul(const gguf::TensorInfo& w, const float* x, int64_t n_tokens, float* y, ThreadPool& pool) {
    const int64_t n_in = w.ne[0], n_out = w.ne[1];
    constexpr int64_t kTileRows = 16;
    const int64_t n_tiles = (n_out + kTileRows - 1) / kTileRows;
    pool.parallel_for(n_tiles, 1, [&](int64_t tile_begin, int64_t tile_end, int) {
        float* buf = thread_scratch(static_cast<size_t>(kTileRows * n_in), 0);
        const float* rows[kTileRows];
        for (int64_t tile = tile_begin; tile < tile_end; ++tile) {
            const int64_t r0 = tile * kTileRows, nr = std::min(kTileRows, n_out - r0);
            for (int64_t r = 0; r < nr; ++r) rows[r] = weight_row(w, r0 + r, buf + r * n_in);
            for (int64_t t = 0; t < n_tokens; ++t) {
                const float* xt = x + t * n_in;
                float* yt = y + t * n_out + r0;
                for (int64_t r = 0; r < nr; ++r) yt[r] = dot_f32(rows[r], xt, n_in);
            }
        }
    });
}

}  // namespace kern

/* =============================================================================================
   [5] MODEL: hyper-parameters, forward pass per architecture family, KV cache
   ============================================================================================= */
namespace model {

const char* arch_name(Arch a) {
    switch (a) {
        case Arch::Llama: return "llama";
        case Arch::Qwen2: return "qwen2";
        case Arch::Qwen3: return "qwen3";
        case Arch::Gemma2: return "gemma2";
        case Arch::Gemma3: return "gemma3";
        case Arch::Phi3: return "phi3";
    }
    return "?";
}

namespace detail {

constexpr Arch kArchs[] = {Arch::Llama, Arch::Qwen2, Arch::Qwen3, Arch::Gemma2, Arch::Gemma3, Arch::Phi3};
// Bounds that keep a hostile file from asking for absurd allocations; far above any real model.
constexpr int64_t kMaxDim = int64_t(1) << 20;
constexpr int64_t kMaxLayers = 4096;
constexpr int64_t kMaxContext = int64_t(1) << 24;

// Reads hyper-parameters from the metadata of one file, remembering the first problem.
class MetaReader {
public:
    MetaReader(const gguf::File& f, std::string prefix) : f_(f), prefix_(std::move(prefix)) {}
    const std::string& error() const { return error_; }

    // An integer in [lo, hi]; `fallback` when absent and not required. Per-layer arrays must hold one value.
    int64_t integer(const char* key, bool required, int64_t fallback, int64_t lo, int64_t hi) {
        const std::string full = prefix_ + key;
        const gguf::Value* v = f_.find(full);
        if (!v) {
            if (required) fail("missing metadata key '" + full + "'");
            return fallback;
        }
        int64_t x = 0;
        if (v->is_array() && v->count > 0 && v->elem_type != gguf::ValueType::STRING &&
            v->elem_type != gguf::ValueType::ARRAY) {
            x = v->int_at(0);
            for (uint64_t k = 1; k < v->count; ++k)
                if (v->int_at(k) != x) {
                    fail(strf("metadata '%s' differs between layers; per-layer sizes are not supported", full.c_str()));
                    return fallback;
                }
        } else if (v->is_int()) {
            x = v->i;
        } else {
            fail(strf("metadata '%s' should be an integer, got %s", full.c_str(), gguf::value_to_string(*v).c_str()));
            return fallback;
        }
        if (x < lo || x > hi) {
            fail(strf("metadata '%s' = %lld is out of range [%lld, %lld]", full.c_str(), static_cast<long long>(x),
                      static_cast<long long>(lo), static_cast<long long>(hi)));
            return fallback;
        }
        return x;
    }

    // A finite number in [lo, hi]; `fallback` when absent.
    float number(const char* key, float fallback, double lo, double hi) {
        const std::string full = prefix_ + key;
        const gguf::Value* v = f_.find(full);
        if (!v) return fallback;
        if (!v->is_float() && !v->is_int()) {
            fail(strf("metadata '%s' should be a number, got %s", full.c_str(), gguf::value_to_string(*v).c_str()));
            return fallback;
        }
        if (!(v->f >= lo && v->f <= hi)) {
            fail(strf("metadata '%s' = %g is out of range [%g, %g]", full.c_str(), v->f, lo, hi));
            return fallback;
        }
        return static_cast<float>(v->f);
    }

    std::string string(const char* key) const { return f_.get_string(prefix_ + key); }
    bool has(const char* key) const { return f_.find(prefix_ + key) != nullptr; }
    void fail(const std::string& msg) {
        if (error_.empty()) error_ = msg;
    }

private:
    const gguf::File& f_;
    std::string prefix_;
    std::string error_;
};

// Looks up tensors by name and checks their shape and type, remembering the first problem.
class TensorFinder {
public:
    explicit TensorFinder(const gguf::File& f) : f_(f) {}
    const std::string& error() const { return error_; }

    // A matrix of n_out rows of n_in values, of a type this engine can dequantize.
    const gguf::TensorInfo* matrix(const std::string& name, int64_t n_in, int64_t n_out, bool required = true) {
        const gguf::TensorInfo* t = find(name, required);
        if (!t || !shape_is(*t, n_in, n_out)) return nullptr;
        if (!can_dequantize(t->type)) {
            fail(strf("tensor '%s' has type %s, which this engine cannot compute with", name.c_str(),
                      types::type_name(t->type)));
            return nullptr;
        }
        if (reinterpret_cast<uintptr_t>(t->data) % 4 != 0) {
            fail(strf("tensor '%s' data is not 4-byte aligned in the file", name.c_str()));
            return nullptr;
        }
        return t;
    }

    // A vector of n F32 values (norm weights, biases, RoPE factors).
    const gguf::TensorInfo* vector(const std::string& name, int64_t n, bool required = true) {
        const gguf::TensorInfo* t = find(name, required);
        if (!t || !shape_is(*t, n, 1)) return nullptr;
        if (t->type != types::Type::F32) {
            fail(strf("tensor '%s' has type %s; vectors must be f32", name.c_str(), types::type_name(t->type)));
            return nullptr;
        }
        if (reinterpret_cast<uintptr_t>(t->data) % alignof(float) != 0) {
            fail(strf("tensor '%s' data is not 4-byte aligned in the file", name.c_str()));
            return nullptr;
        }
        return t;
    }

    void fail(const std::string& msg) {
        if (error_.empty()) error_ = msg;
    }

private:
    const gguf::TensorInfo* find(const std::string& name, bool required) {
        const gguf::TensorInfo* t = f_.find_tensor(name);
        if (!t && required) fail("missing tensor '" + name + "'");
        return t;
    }
    bool shape_is(const gguf::TensorInfo& t, int64_t ne0, int64_t ne1) {
        if (t.ne[0] == ne0 && t.ne[1] == ne1 && t.ne[2] == 1 && t.ne[3] == 1) return true;
        fail(strf("tensor '%.*s' has shape [%lld, %lld, %lld, %lld], expected [%lld, %lld]",
                  static_cast<int>(t.name.size()), t.name.data(), static_cast<long long>(t.ne[0]),
                  static_cast<long long>(t.ne[1]), static_cast<long long>(t.ne[2]), static_cast<long long>(t.ne[3]),
                  static_cast<long long>(ne0), static_cast<long long>(ne1)));
        return false;
    }
    // Asks the types section rather than trusting the table, so a type whose dequantizer is missing in this
    // build is refused at load instead of producing garbage.
    bool can_dequantize(types::Type type) {
        const types::TypeInfo* ti = types::type_info(type);
        if (!ti || !ti->can_dequantize) return false;
        std::vector<uint8_t> block(ti->type_size, 0);
        std::vector<float> out(ti->block_size);
        return types::dequantize_row(type, block.data(), out.data(), ti->block_size);
    }

    const gguf::File& f_;
    std::string error_;
};

inline Status read_hparams(const gguf::File& f, Arch arch, HParams* out) {
    HParams hp;
    hp.arch = arch;
    MetaReader meta(f, std::string(arch_name(arch)) + ".");
    hp.n_ctx_train = static_cast<int32_t>(meta.integer("context_length", true, 0, 1, kMaxContext));
    hp.n_embd = static_cast<int32_t>(meta.integer("embedding_length", true, 0, 1, kMaxDim));
    hp.n_layer = static_cast<int32_t>(meta.integer("block_count", true, 0, 1, kMaxLayers));
    hp.n_ff = static_cast<int32_t>(meta.integer("feed_forward_length", true, 0, 1, kMaxDim));
    hp.n_head = static_cast<int32_t>(meta.integer("attention.head_count", true, 0, 1, kMaxDim));
    hp.n_head_kv = static_cast<int32_t>(meta.integer("attention.head_count_kv", false, hp.n_head, 1, kMaxDim));
    if (!meta.error().empty()) return Status::fail(meta.error());
    if (hp.n_head % hp.n_head_kv != 0)
        return Status::fail(strf("attention.head_count %d is not a multiple of attention.head_count_kv %d", hp.n_head,
                                 hp.n_head_kv));
    const int64_t default_head_dim = hp.n_embd % hp.n_head == 0 ? hp.n_embd / hp.n_head : 0;
    hp.head_dim = static_cast<int32_t>(meta.integer("attention.key_length", default_head_dim == 0, default_head_dim, 1, kMaxDim));
    const int64_t value_dim = meta.integer("attention.value_length", false, hp.head_dim, 1, kMaxDim);
    if (!meta.error().empty()) return Status::fail(meta.error());
    if (value_dim != hp.head_dim)
        return Status::fail(strf("attention.value_length %lld differs from attention.key_length %d: not supported",
                                 static_cast<long long>(value_dim), hp.head_dim));
    if (static_cast<int64_t>(hp.n_head) * hp.head_dim > kMaxDim)
        return Status::fail(strf("attention size %d heads x %d is too large", hp.n_head, hp.head_dim));
    hp.n_rot = static_cast<int32_t>(meta.integer("rope.dimension_count", false, hp.head_dim, 2, hp.head_dim));
    if (hp.n_rot % 2 != 0) meta.fail(strf("rope.dimension_count %d must be even", hp.n_rot));
    hp.norm_eps = meta.number("attention.layer_norm_rms_epsilon", 1e-5f, 0.0, 1.0);
    hp.rope_base = meta.number("rope.freq_base", 10000.0f, 1e-3, 1e12);

    // Linear RoPE scaling divides positions by the factor; other schemes change the math and are refused.
    std::string scaling = meta.string("rope.scaling.type");
    float factor = meta.number("rope.scaling.factor", 0.0f, 0.0, 1e6);
    if (factor == 0.0f) factor = meta.number("rope.scale_linear", 0.0f, 0.0, 1e6);
    if (!scaling.empty() && scaling != "none" && scaling != "linear")
        meta.fail(strf("rope scaling '%s' is not supported (supported: none, linear)", scaling.c_str()));
    if (scaling != "none" && factor > 0.0f) hp.rope_scale = 1.0f / factor;
    hp.rope_base_swa = hp.rope_base;
    hp.rope_scale_swa = hp.rope_scale;
    hp.attn_scale = 1.0f / std::sqrt(static_cast<float>(hp.head_dim));
    hp.layer_is_swa.assign(static_cast<size_t>(hp.n_layer), 0);

    // A sliding-window layer pattern of period p: layer il is windowed unless il % p == p - 1.
    auto set_swa_pattern = [&hp](int64_t period) {
        for (int32_t il = 0; il < hp.n_layer; ++il)
            hp.layer_is_swa[static_cast<size_t>(il)] = period > 0 && (il % period) < period - 1;
    };
    switch (arch) {
        case Arch::Llama: break;
        case Arch::Qwen2:
        case Arch::Qwen3:
        case Arch::Phi3: hp.rope_style = RopeStyle::Halves; break;
        case Arch::Gemma2:
        case Arch::Gemma3: {
            hp.rope_style = RopeStyle::Halves;
            hp.ffn_act = Activation::GELU;
            hp.embd_scale = std::sqrt(static_cast<float>(hp.n_embd));
            // The largest gemma models scale queries by 1/sqrt(n_embd / n_head) instead of 1/sqrt(head_dim)
            // (query_pre_attn_scalar); their layer counts identify them (gemma2-27B: 46, gemma3-27B: 62).
            const int32_t n_layer_27b = arch == Arch::Gemma2 ? 46 : 62;
            if (hp.n_layer == n_layer_27b)
                hp.attn_scale = 1.0f / std::sqrt(static_cast<float>(hp.n_embd / hp.n_head));
            hp.n_swa = static_cast<int32_t>(meta.integer("attention.sliding_window", false, 4096, 1, kMaxContext));
            if (arch == Arch::Gemma2) {
                hp.attn_softcap = meta.number("attn_logit_softcapping", 50.0f, 0.0, 1e6);
                hp.final_softcap = meta.number("final_logit_softcapping", 30.0f, 0.0, 1e6);
                set_swa_pattern(2);
            } else {
                set_swa_pattern(meta.integer("attention.sliding_window_pattern", false, 6, 1, kMaxLayers));
                hp.rope_base_swa = meta.number("rope.freq_base_swa", 10000.0f, 1e-3, 1e12);
                hp.rope_scale_swa = 1.0f;  // gemma3 scales positions only in its global layers
            }
            break;
        }
    }
    if (!meta.error().empty()) return Status::fail(meta.error());
    *out = std::move(hp);
    return Status();
}

inline Status find_weights(const gguf::File& f, HParams* hp, Weights* out) {
    TensorFinder find(f);
    Weights w;
    const int64_t E = hp->n_embd, D = hp->head_dim, F = hp->n_ff;
    const int64_t q_dim = int64_t(hp->n_head) * D, kv_dim = int64_t(hp->n_head_kv) * D;

    const gguf::TensorInfo* embd = f.find_tensor("token_embd.weight");
    if (!embd) return Status::fail("missing tensor 'token_embd.weight'");
    if (embd->ne[1] < 1 || embd->ne[1] > (int64_t(1) << 24))
        return Status::fail(strf("token_embd.weight has %lld rows, not a vocabulary size",
                                 static_cast<long long>(embd->ne[1])));
    hp->n_vocab = static_cast<int32_t>(embd->ne[1]);
    const int64_t V = hp->n_vocab;
    w.token_embd = find.matrix("token_embd.weight", E, V);
    w.output_norm = find.vector("output_norm.weight", E);
    w.output = find.matrix("output.weight", E, V, /*required=*/false);
    if (!w.output) w.output = w.token_embd;  // tied embeddings
    w.rope_freqs = find.vector("rope_freqs.weight", hp->n_rot / 2, /*required=*/false);
    if (f.find_tensor("rope_factors_long.weight") || f.find_tensor("rope_factors_short.weight"))
        find.fail("LongRoPE (rope_factors_long/short) is not supported");

    const Arch arch = hp->arch;
    const bool gemma = arch == Arch::Gemma2 || arch == Arch::Gemma3;
    w.layers.resize(static_cast<size_t>(hp->n_layer));
    for (int32_t il = 0; il < hp->n_layer && find.error().empty(); ++il) {
        LayerWeights& L = w.layers[static_cast<size_t>(il)];
        auto name = [il](const char* suffix) { return strf("blk.%d.%s", il, suffix); };
        L.attn_norm = find.vector(name("attn_norm.weight"), E);
        if (arch == Arch::Phi3 && f.find_tensor(name("attn_qkv.weight"))) {
            L.wqkv = find.matrix(name("attn_qkv.weight"), E, q_dim + 2 * kv_dim);
        } else {
            L.wq = find.matrix(name("attn_q.weight"), E, q_dim);
            L.wk = find.matrix(name("attn_k.weight"), E, kv_dim);
            L.wv = find.matrix(name("attn_v.weight"), E, kv_dim);
        }
        const bool biases_required = arch == Arch::Qwen2;
        const bool biases_allowed = arch == Arch::Qwen2 || arch == Arch::Llama;
        if (biases_allowed) {
            L.bq = find.vector(name("attn_q.bias"), q_dim, biases_required);
            L.bk = find.vector(name("attn_k.bias"), kv_dim, biases_required);
            L.bv = find.vector(name("attn_v.bias"), kv_dim, biases_required);
            L.bo = find.vector(name("attn_output.bias"), E, false);
        }
        if (arch == Arch::Qwen3 || arch == Arch::Gemma3) {
            L.q_norm = find.vector(name("attn_q_norm.weight"), D);
            L.k_norm = find.vector(name("attn_k_norm.weight"), D);
        }
        L.wo = find.matrix(name("attn_output.weight"), q_dim, E);
        if (gemma) L.post_attn_norm = find.vector(name("post_attention_norm.weight"), E);
        L.ffn_norm = find.vector(name("ffn_norm.weight"), E);
        if (arch == Arch::Phi3) {
            L.ffn_up = find.matrix(name("ffn_up.weight"), E, 2 * F);
        } else {
            L.ffn_gate = find.matrix(name("ffn_gate.weight"), E, F);
            L.ffn_up = find.matrix(name("ffn_up.weight"), E, F);
        }
        L.ffn_down = find.matrix(name("ffn_down.weight"), F, E);
        if (gemma) L.post_ffn_norm = find.vector(name("post_ffw_norm.weight"), E);
    }
    if (!find.error().empty()) return Status::fail(find.error());
    *out = std::move(w);
    return Status();
}

}  // namespace detail

// ---- the CPU backend ----

// Keys and values of every layer for positions [0, n_ctx), grown on demand: [pos][kv_head][head_dim].
template <class KvT>
struct KvCache {
    std::vector<std::vector<KvT>> k, v;  // per layer
};

class CpuBackend final : public Backend {
public:
    CpuBackend(std::shared_ptr<const ModelData> model, const SessionOptions& options, int32_t n_ctx)
        : m_(std::move(model)), pool_(options.n_threads), kv_type_(options.kv_type), n_ctx_(n_ctx) {
        const size_t n_layer = static_cast<size_t>(m_->hp.n_layer);
        kv32_.k.resize(n_layer);
        kv32_.v.resize(n_layer);
        kv16_.k.resize(n_layer);
        kv16_.v.resize(n_layer);
    }
    const char* name() const override { return "cpu"; }

    Status eval(const int32_t* ids, int32_t n, int32_t pos, float* logits, bool all_logits) override {
        // Long prompts run in chunks to bound activation memory; the KV cache makes chunking invisible.
        constexpr int32_t kMaxChunk = 512;
        const int64_t n_vocab = m_->hp.n_vocab;
        for (int32_t done = 0; done < n;) {
            const int32_t chunk = std::min(kMaxChunk, n - done);
            const bool last_chunk = done + chunk == n;
            float* out = !logits ? nullptr : all_logits ? logits + done * n_vocab : last_chunk ? logits : nullptr;
            if (kv_type_ == KvType::F16) forward(kv16_, ids + done, chunk, pos + done, out, all_logits);
            else forward(kv32_, ids + done, chunk, pos + done, out, all_logits);
            done += chunk;
        }
        return Status();
    }

private:
    template <class KvT>
    void ensure_cache(KvCache<KvT>& kv, int32_t n_pos) {
        if (n_pos <= cache_capacity_) return;
        const int32_t cap = std::min(n_ctx_, std::max(n_pos, std::max(256, 2 * cache_capacity_)));
        const size_t size = static_cast<size_t>(cap) * static_cast<size_t>(m_->hp.n_head_kv) * m_->hp.head_dim;
        for (size_t il = 0; il < kv.k.size(); ++il) {
            kv.k[il].resize(size);
            kv.v[il].resize(size);
        }
        cache_capacity_ = cap;
    }

    // Resizes the activation buffers for a batch of n tokens.
    void reserve(int32_t n) {
        const HParams& hp = m_->hp;
        const size_t N = static_cast<size_t>(n), E = static_cast<size_t>(hp.n_embd),
                     D = static_cast<size_t>(hp.head_dim), F = static_cast<size_t>(hp.n_ff);
        const size_t q_dim = static_cast<size_t>(hp.n_head) * D, kv_dim = static_cast<size_t>(hp.n_head_kv) * D;
        x_.resize(N * E);
        xb_.resize(N * std::max(E, q_dim + 2 * kv_dim));
        q_.resize(N * q_dim);
        k_.resize(N * kv_dim);
        v_.resize(N * kv_dim);
        attn_.resize(N * q_dim);
        gate_.resize(N * 2 * F);
        up_.resize(N * F);
        rope_cs_.resize(N * static_cast<size_t>(hp.n_rot));
    }

    // RMSNorm of each of n rows of width `width` (in place when out == x).
    void norm_rows(const float* x, const gguf::TensorInfo* weight, int32_t n, int64_t width, float* out) {
        const float* w = static_cast<const float*>(weight->data);
        const float eps = m_->hp.norm_eps;
        pool_.parallel_for(n, 8, [&](int64_t b, int64_t e, int) {
            for (int64_t t = b; t < e; ++t) kern::rms_norm(x + t * width, w, width, eps, out + t * width);
        });
    }

    static void add_bias(float* y, const gguf::TensorInfo* bias, int32_t n, int64_t width) {
        if (!bias) return;
        for (int32_t t = 0; t < n; ++t) kern::add(y + t * width, static_cast<const float*>(bias->data), width);
    }

    // The forward pass of every supported architecture: a pre-norm decoder-only transformer. The differences
    // between families are switched on by the hyper-parameters and by which weights the model has.
    template <class KvT>
    void forward(KvCache<KvT>& kv, const int32_t* ids, int32_t n, int32_t pos0, float* logits, bool all_logits) {
        const HParams& hp = m_->hp;
        const Weights& w = m_->w;
        const int64_t E = hp.n_embd, D = hp.head_dim, F = hp.n_ff, V = hp.n_vocab;
        const int64_t q_dim = hp.n_head * D, kv_dim = hp.n_head_kv * D;
        const int32_t heads_per_kv = hp.n_head / hp.n_head_kv;
        reserve(n);
        ensure_cache(kv, pos0 + n);
        float *x = x_.data(), *xb = xb_.data(), *q = q_.data(), *k = k_.data(), *v = v_.data();

        // Token embeddings (gemma scales them by sqrt(n_embd)).
        for (int32_t t = 0; t < n; ++t) {
            kern::get_row(*w.token_embd, ids[t], x + t * E);
            if (hp.embd_scale != 1.0f) kern::scale(x + t * E, E, hp.embd_scale);
        }

        for (int32_t il = 0; il < hp.n_layer; ++il) {
            const LayerWeights& L = w.layers[static_cast<size_t>(il)];
            const bool swa = hp.layer_is_swa[static_cast<size_t>(il)] != 0;

            // ---- attention ----
            norm_rows(x, L.attn_norm, n, E, xb);
            if (L.wqkv) {  // fused: each output row holds q, then k, then v
                float* qkv = gate_.data();
                kern::matmul(*L.wqkv, xb, n, qkv, pool_);
                for (int32_t t = 0; t < n; ++t) {
                    const float* row = qkv + t * (q_dim + 2 * kv_dim);
                    std::memcpy(q + t * q_dim, row, static_cast<size_t>(q_dim) * sizeof(float));
                    std::memcpy(k + t * kv_dim, row + q_dim, static_cast<size_t>(kv_dim) * sizeof(float));
                    std::memcpy(v + t * kv_dim, row + q_dim + kv_dim, static_cast<size_t>(kv_dim) * sizeof(float));
                }
            } else {
                kern::matmul(*L.wq, xb, n, q, pool_);
                kern::matmul(*L.wk, xb, n, k, pool_);
                kern::matmul(*L.wv, xb, n, v, pool_);
            }
            add_bias(q, L.bq, n, q_dim);
            add_bias(k, L.bk, n, kv_dim);
            add_bias(v, L.bv, n, kv_dim);
            if (L.q_norm) {  // per-head RMSNorm (qwen3, gemma3)
                norm_rows(q, L.q_norm, n * hp.n_head, D, q);
                norm_rows(k, L.k_norm, n * hp.n_head_kv, D, k);
            }

            kern::RopeParams rope;
            rope.n_rot = hp.n_rot;
            rope.base = swa ? hp.rope_base_swa : hp.rope_base;
            rope.scale = swa ? hp.rope_scale_swa : hp.rope_scale;
            rope.freq_factors = w.rope_freqs ? static_cast<const float*>(w.rope_freqs->data) : nullptr;
            rope.style = hp.rope_style;
            pool_.parallel_for(n, 4, [&](int64_t b, int64_t e, int) {
                for (int64_t t = b; t < e; ++t) {
                    float* cs = rope_cs_.data() + t * hp.n_rot;
                    kern::rope_angles(rope, pos0 + static_cast<int32_t>(t), cs);
                    kern::rope(q + t * q_dim, hp.n_head, hp.head_dim, rope, cs);
                    kern::rope(k + t * kv_dim, hp.n_head_kv, hp.head_dim, rope, cs);
                }
            });

            // Append this batch's keys and values, then attend over the cache (the batch included).
            KvT* k_cache = kv.k[static_cast<size_t>(il)].data();
            KvT* v_cache = kv.v[static_cast<size_t>(il)].data();
            for (int32_t t = 0; t < n; ++t) {
                kern::store_kv(k_cache + (pos0 + t) * kv_dim, k + t * kv_dim, kv_dim);
                kern::store_kv(v_cache + (pos0 + t) * kv_dim, v + t * kv_dim, kv_dim);
            }
            pool_.parallel_for(int64_t(n) * hp.n_head, 1, [&](int64_t b, int64_t e, int) {
                float* scores = kern::thread_scratch(static_cast<size_t>(pos0 + n), 1);
                for (int64_t item = b; item < e; ++item) {
                    const int32_t t = static_cast<int32_t>(item / hp.n_head), h = static_cast<int32_t>(item % hp.n_head);
                    const int32_t pos = pos0 + t;
                    const int32_t first = swa ? std::max(0, pos - hp.n_swa + 1) : 0;
                    const int64_t kv_off = int64_t(first) * kv_dim + int64_t(h / heads_per_kv) * D;
                    kern::attention_head(q + t * q_dim + h * D, k_cache + kv_off, v_cache + kv_off, kv_dim,
                                         pos + 1 - first, hp.head_dim, hp.attn_scale, hp.attn_softcap, scores,
                                         attn_.data() + t * q_dim + h * D);
                }
            });
            kern::matmul(*L.wo, attn_.data(), n, xb, pool_);
            add_bias(xb, L.bo, n, E);
            if (L.post_attn_norm) norm_rows(xb, L.post_attn_norm, n, E, xb);
            for (int32_t t = 0; t < n; ++t) kern::add(x + t * E, xb + t * E, E);

            // ---- feed-forward: down(act(gate) * up) ----
            norm_rows(x, L.ffn_norm, n, E, xb);
            float* gate = gate_.data();
            float* up = up_.data();
            int64_t gate_stride = F, up_stride = F;
            if (L.ffn_gate) {
                kern::matmul(*L.ffn_gate, xb, n, gate, pool_);
                kern::matmul(*L.ffn_up, xb, n, up, pool_);
            } else {  // fused (phi3): each output row holds gate, then up
                kern::matmul(*L.ffn_up, xb, n, gate, pool_);
                up = gate + F;
                gate_stride = up_stride = 2 * F;
            }
            float* hidden = up_.data();  // each token's row is consumed before it is overwritten
            for (int32_t t = 0; t < n; ++t) {
                if (hp.ffn_act == Activation::GELU) kern::geglu(gate + t * gate_stride, up + t * up_stride, F, hidden + t * F);
                else kern::swiglu(gate + t * gate_stride, up + t * up_stride, F, hidden + t * F);
            }
            kern::matmul(*L.ffn_down, hidden, n, xb, pool_);
            if (L.post_ffn_norm) norm_rows(xb, L.post_ffn_norm, n, E, xb);
            for (int32_t t = 0; t < n; ++t) kern::add(x + t * E, xb + t * E, E);
        }

        if (!logits) return;
        // Output head: every token's logits, or only the last one's.
        const int32_t first_out = all_logits ? 0 : n - 1, n_out = n - first_out;
        norm_rows(x + first_out * E, w.output_norm, n_out, E, xb);
        kern::matmul(*w.output, xb, n_out, logits, pool_);
        if (hp.final_softcap > 0.0f) kern::softcap(logits, n_out * V, hp.final_softcap);
    }

    std::shared_ptr<const ModelData> m_;
    kern::ThreadPool pool_;
    KvType kv_type_;
    int32_t n_ctx_;
    int32_t cache_capacity_ = 0;
    KvCache<float> kv32_;
    KvCache<uint16_t> kv16_;
    std::vector<float> x_, xb_, q_, k_, v_, attn_, gate_, up_, rope_cs_;
};

namespace detail {
inline std::atomic<BackendFactory>& backend_factory(BackendKind kind) {
    static std::atomic<BackendFactory> factories[2] = {{nullptr}, {nullptr}};
    return factories[kind == BackendKind::Vulkan ? 1 : 0];
}
}  // namespace detail

void register_backend(BackendKind kind, BackendFactory factory) { detail::backend_factory(kind).store(factory); }

}  // namespace model

// ---- Model ----

Result<Model> Model::load(const std::string& path, const LoadOptions& options) {
    auto progress = [&options](float p) {
        if (options.on_progress) options.on_progress(p);
    };
    progress(0.0f);
    Result<gguf::File> file = gguf::File::open(path);
    if (!file.ok()) return file.status();
    auto data = std::make_shared<model::ModelData>(std::move(*file));
    data->path = path;
    const gguf::File& f = data->file;
    progress(0.25f);

    const std::string arch = f.get_string("general.architecture");
    bool known = false;
    for (model::Arch a : model::detail::kArchs)
        if (arch == model::arch_name(a)) {
            data->hp.arch = a;
            known = true;
        }
    if (!known) {
        std::string supported;
        for (model::Arch a : model::detail::kArchs) supported += std::string(supported.empty() ? "" : ", ") + model::arch_name(a);
        return Status::fail(strf("%s: unsupported architecture '%s' (supported: %s)", path.c_str(),
                                 arch.empty() ? "(general.architecture missing)" : arch.c_str(), supported.c_str()));
    }
    Status s = model::detail::read_hparams(f, data->hp.arch, &data->hp);
    if (s.ok()) s = model::detail::find_weights(f, &data->hp, &data->w);
    if (!s.ok()) return Status::fail(path + ": " + s.message());
    progress(0.75f);

    const model::HParams& hp = data->hp;
    ModelInfo& info = data->info;
    info.arch = arch;
    info.name = f.get_string("general.name");
    info.n_vocab = hp.n_vocab;
    info.n_ctx_train = hp.n_ctx_train;
    info.n_embd = hp.n_embd;
    info.n_layer = hp.n_layer;
    info.n_head = hp.n_head;
    info.n_head_kv = hp.n_head_kv;
    info.head_dim = hp.head_dim;
    info.n_ff = hp.n_ff;
    for (const gguf::TensorInfo& t : f.tensors()) {
        info.n_params += static_cast<uint64_t>(t.n_elements());
        info.weight_bytes += t.n_bytes;
    }
    progress(1.0f);
    return Model(std::move(data));
}

const ModelInfo& Model::info() const { return data_->info; }
const gguf::File& Model::file() const { return data_->file; }

Result<Session> Model::new_session(const SessionOptions& options) const {
    if (options.n_ctx < 0) return Status::fail(strf("n_ctx must be >= 0, got %d", options.n_ctx));
    const int32_t n_ctx = options.n_ctx > 0 ? options.n_ctx : data_->hp.n_ctx_train;
    if (n_ctx > model::detail::kMaxContext)
        return Status::fail(strf("n_ctx %d is larger than the supported maximum %lld", n_ctx,
                                 static_cast<long long>(model::detail::kMaxContext)));
    if (options.backend != BackendKind::CPU) {
        model::BackendFactory factory = model::detail::backend_factory(options.backend).load();
        if (factory) {
            Result<std::unique_ptr<model::Backend>> b = factory(data_, options, n_ctx);
            if (b.ok()) return Session(*this, std::move(*b), n_ctx);
            std::fprintf(stderr, "edgerunner: GPU backend unavailable (%s); using the CPU\n", b.message().c_str());
        } else {
            std::fprintf(stderr, "edgerunner: no GPU backend in this build; using the CPU\n");
        }
    }
    std::unique_ptr<model::Backend> cpu(new model::CpuBackend(data_, options, n_ctx));
    return Session(*this, std::move(cpu), n_ctx);
}

// ---- Session ----

Session::Session(Model model, std::unique_ptr<model::Backend> backend, int32_t n_ctx)
    : model_(std::move(model)), backend_(std::move(backend)), n_ctx_(n_ctx) {}
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;
Session::~Session() = default;

const char* Session::backend_name() const { return backend_->name(); }

Status Session::eval(const int32_t* ids, size_t n, std::vector<float>* logits, bool all_logits) {
    if (n == 0) return Status::fail("eval: no tokens given");
    if (!ids) return Status::fail("eval: ids is null");
    if (n > static_cast<size_t>(n_ctx_ - n_past_))
        return Status::fail(strf("context full: the session holds %d of %d positions and cannot take %zu more "
                                 "(use a larger n_ctx or rewind)", n_past_, n_ctx_, n));
    const int32_t n_vocab = model_.info().n_vocab;
    for (size_t i = 0; i < n; ++i)
        if (ids[i] < 0 || ids[i] >= n_vocab)
            return Status::fail(strf("eval: token %zu has id %d, outside the vocabulary [0, %d)", i, ids[i], n_vocab));
    float* out = nullptr;
    if (logits) {
        logits->resize((all_logits ? n : 1) * static_cast<size_t>(n_vocab));
        out = logits->data();
    }
    Status s = backend_->eval(ids, static_cast<int32_t>(n), n_past_, out, all_logits);
    if (!s.ok()) return s;
    n_past_ += static_cast<int32_t>(n);
    return Status();
}

Status Session::rewind(int32_t n_past) {
    if (n_past < 0 || n_past > n_past_)
        return Status::fail(strf("rewind: position %d is outside [0, %d]", n_past, n_past_));
    Status s = backend_->rewind(n_past);
    if (s.ok()) n_past_ = n_past;
    return s;
}

/* =============================================================================================
   [6] TOK: tokenizers
   ============================================================================================= */

/* =============================================================================================
   [7] JSON: value, parser, writer
   ============================================================================================= */

/* =============================================================================================
   [8] TMPL: Jinja-subset chat templates
   ============================================================================================= */

/* =============================================================================================
   [9] SAMPLE: sampler stages and chains
   ============================================================================================= */
namespace sample {

void Candidates::reset(const float* logits, size_t n_vocab) {
    items.resize(n_vocab);
    for (size_t i = 0; i < n_vocab; ++i) items[i] = {static_cast<int32_t>(i), logits[i]};
    n_sorted = 0;
    ids_are_index = true;
}

// Descending logit, lower id first on ties: a total order, so results never depend on the sort algorithm.
static inline bool logit_greater(const TokenLogit& a, const TokenLogit& b) {
    return a.logit > b.logit || (a.logit == b.logit && a.id < b.id);
}

void Candidates::sort_top(size_t k) {
    k = std::min(k, items.size());
    if (k <= n_sorted) return;
    // Grow the sorted prefix geometrically so that repeated small requests stay cheap overall.
    size_t target = std::min(items.size(), std::max(k, n_sorted * 2));
    std::partial_sort(items.begin() + static_cast<std::ptrdiff_t>(n_sorted),
                      items.begin() + static_cast<std::ptrdiff_t>(target), items.end(), logit_greater);
    n_sorted = target;
    ids_are_index = false;
}

void Candidates::keep_first(size_t n) {
    if (n >= items.size()) return;
    items.resize(n);
    n_sorted = std::min(n_sorted, n);
    ids_are_index = false;
}

float Candidates::max_logit() const {
    if (n_sorted > 0) return items[0].logit;
    float m = -std::numeric_limits<float>::infinity();
    for (const TokenLogit& t : items) m = std::max(m, t.logit);
    return m;
}

std::vector<float> Candidates::probabilities() const {
    std::vector<float> p(items.size());
    if (items.empty()) return p;
    float m = max_logit();
    if (m == -std::numeric_limits<float>::infinity()) {  // every token banned: spread evenly
        for (float& x : p) x = 1.0f / static_cast<float>(p.size());
        return p;
    }
    double sum = 0.0;
    for (size_t i = 0; i < items.size(); ++i) {
        p[i] = std::exp(items[i].logit - m);
        sum += p[i];
    }
    float inv = static_cast<float>(1.0 / sum);
    for (float& x : p) x *= inv;
    return p;
}

// Log of the softmax normaliser, computed without sorting.
static double log_sum_exp(const Candidates& c, float m) {
    double sum = 0.0;
    for (const TokenLogit& t : c.items) sum += std::exp(static_cast<double>(t.logit) - m);
    return std::log(sum) + m;
}

// ---- RNG ----

static inline uint64_t splitmix64(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static inline uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

void Rng::reseed(uint64_t seed) {
    for (uint64_t& w : s_) w = splitmix64(seed);
}
uint64_t Rng::next() {
    uint64_t result = rotl64(s_[1] * 5, 7) * 9;
    uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl64(s_[3], 45);
    return result;
}
double Rng::uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

// ---- stages ----

void LogitBias::apply(Candidates& c, const History&, Rng&) {
    if (bias_.empty()) return;
    if (c.ids_are_index) {
        for (const auto& b : bias_)
            if (b.first >= 0 && static_cast<size_t>(b.first) < c.items.size()) c.items[b.first].logit += b.second;
    } else {
        std::unordered_map<int32_t, float> by_id;
        for (const auto& b : bias_) by_id[b.first] += b.second;
        for (TokenLogit& t : c.items) {
            auto it = by_id.find(t.id);
            if (it != by_id.end()) t.logit += it->second;
        }
    }
    c.n_sorted = 0;
}

void Penalties::apply(Candidates& c, const History& h, Rng&) {
    if (window_ <= 0 || h.size == 0) return;
    if (repeat_ == 1.0f && frequency_ == 0.0f && presence_ == 0.0f) return;
    size_t n = std::min(h.size, static_cast<size_t>(window_));
    std::unordered_map<int32_t, int> counts;
    for (size_t i = h.size - n; i < h.size; ++i) ++counts[h.ids[i]];
    auto penalise = [&](TokenLogit& t, int count) {
        if (repeat_ != 1.0f && repeat_ > 0.0f) t.logit = t.logit > 0 ? t.logit / repeat_ : t.logit * repeat_;
        t.logit -= static_cast<float>(count) * frequency_ + presence_;
    };
    if (c.ids_are_index) {
        for (const auto& kv : counts)
            if (kv.first >= 0 && static_cast<size_t>(kv.first) < c.items.size()) penalise(c.items[kv.first], kv.second);
    } else {
        for (TokenLogit& t : c.items) {
            auto it = counts.find(t.id);
            if (it != counts.end()) penalise(t, it->second);
        }
    }
    c.n_sorted = 0;
}

void TopK::apply(Candidates& c, const History&, Rng&) {
    if (k_ <= 0 || static_cast<size_t>(k_) >= c.items.size()) return;
    c.sort_top(static_cast<size_t>(k_));
    c.keep_first(static_cast<size_t>(k_));
}

void TopP::apply(Candidates& c, const History&, Rng&) {
    if (p_ >= 1.0f || c.items.empty()) return;
    float m = c.max_logit();
    if (m == -std::numeric_limits<float>::infinity()) return;
    double log_z = log_sum_exp(c, m);
    // Walk down the sorted prefix, sorting more of it only when the nucleus is not complete yet.
    double cum = 0.0;
    size_t i = 0, chunk = 64;
    for (;;) {
        c.sort_top(std::min(c.items.size(), std::max(chunk, c.n_sorted)));
        for (; i < c.n_sorted; ++i) {
            cum += std::exp(static_cast<double>(c.items[i].logit) - log_z);
            if (cum >= p_ && i + 1 >= min_keep_) {
                c.keep_first(i + 1);
                return;
            }
        }
        if (c.n_sorted == c.items.size()) return;
        chunk = c.n_sorted * 2;
    }
}

void MinP::apply(Candidates& c, const History&, Rng&) {
    if (p_ <= 0.0f || c.items.empty()) return;
    float m = c.max_logit();
    if (m == -std::numeric_limits<float>::infinity()) return;
    float threshold = m + std::log(std::min(p_, 1.0f));  // p_i >= p * p_max  <=>  logit_i >= m + log p
    size_t kept = 0;
    for (const TokenLogit& t : c.items) kept += t.logit >= threshold;
    if (kept < min_keep_) {
        c.sort_top(min_keep_);
        c.keep_first(min_keep_);
        return;
    }
    if (kept == c.items.size()) return;
    // Filtering keeps relative order, so a sorted prefix stays sorted.
    size_t w = 0, sorted_kept = 0;
    for (size_t i = 0; i < c.items.size(); ++i)
        if (c.items[i].logit >= threshold) {
            if (i < c.n_sorted) ++sorted_kept;
            c.items[w++] = c.items[i];
        }
    c.items.resize(w);
    c.n_sorted = sorted_kept;
    c.ids_are_index = false;
}

void Typical::apply(Candidates& c, const History&, Rng&) {
    if (p_ >= 1.0f || c.items.size() <= 1) return;
    std::vector<float> p = c.probabilities();
    double entropy = 0.0;
    for (float x : p)
        if (x > 0) entropy -= x * std::log(static_cast<double>(x));
    struct Scored {
        double distance;
        float prob;
        TokenLogit token;
    };
    std::vector<Scored> s(p.size());
    for (size_t i = 0; i < p.size(); ++i) {
        double surprise = p[i] > 0 ? -std::log(static_cast<double>(p[i])) : std::numeric_limits<double>::infinity();
        s[i] = {std::fabs(surprise - entropy), p[i], c.items[i]};
    }
    // Typical sets are usually small: sort by distance in growing chunks, as top-p does by logit.
    auto closer = [](const Scored& a, const Scored& b) {
        return a.distance < b.distance || (a.distance == b.distance && a.token.id < b.token.id);
    };
    size_t sorted = 0, keep = s.size();
    double cum = 0.0;
    for (size_t chunk = 64;; chunk *= 2) {
        size_t target = std::min(s.size(), chunk);
        std::partial_sort(s.begin() + static_cast<std::ptrdiff_t>(sorted), s.begin() + static_cast<std::ptrdiff_t>(target),
                          s.end(), closer);
        bool done = false;
        for (; sorted < target; ++sorted) {
            cum += s[sorted].prob;
            if (cum >= p_ && sorted + 1 >= min_keep_) {
                keep = sorted + 1;
                done = true;
                break;
            }
        }
        if (done || target == s.size()) break;
    }
    c.items.resize(keep);
    for (size_t i = 0; i < keep; ++i) c.items[i] = s[i].token;
    c.n_sorted = 0;
    c.ids_are_index = false;
}

void Temperature::apply(Candidates& c, const History& h, Rng& rng) {
    if (t_ <= 0.0f) {
        Greedy().apply(c, h, rng);
        return;
    }
    if (t_ == 1.0f) return;
    float inv = 1.0f / t_;
    for (TokenLogit& t : c.items) t.logit *= inv;  // order is preserved, so n_sorted stays valid
}

void Greedy::apply(Candidates& c, const History&, Rng&) {
    if (c.items.empty()) return;
    c.sort_top(1);
    c.keep_first(1);
}

void Distribution::apply(Candidates& c, const History&, Rng& rng) {
    if (c.items.empty()) return;
    std::vector<float> p = c.probabilities();
    double r = rng.uniform(), cum = 0.0;
    size_t chosen = p.size() - 1;  // rounding can leave cum a hair below 1
    for (size_t i = 0; i < p.size(); ++i) {
        cum += p[i];
        if (r < cum) {
            chosen = i;
            break;
        }
    }
    c.items[0] = c.items[chosen];
    c.items.resize(1);
    c.n_sorted = 1;
    c.ids_are_index = false;
}

// ---- chain ----

Chain Chain::from_params(const Params& p) {
    Chain chain(p.seed);
    if (!p.logit_bias.empty()) chain.add<LogitBias>(p.logit_bias);
    if (p.penalty_window > 0 && (p.repeat_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f))
        chain.add<Penalties>(p.penalty_window, p.repeat_penalty, p.frequency_penalty, p.presence_penalty);
    if (p.temperature <= 0.0f) {
        chain.add<Greedy>();
        return chain;
    }
    if (p.top_k > 0) chain.add<TopK>(p.top_k);
    if (p.typical_p < 1.0f) chain.add<Typical>(p.typical_p);
    if (p.top_p < 1.0f) chain.add<TopP>(p.top_p);
    if (p.min_p > 0.0f) chain.add<MinP>(p.min_p);
    if (p.temperature != 1.0f) chain.add<Temperature>(p.temperature);
    chain.add<Distribution>();
    return chain;
}

Chain Chain::greedy() {
    Chain chain;
    chain.add<Greedy>();
    return chain;
}

Chain& Chain::add(std::unique_ptr<Stage> stage) {
    if (stage) {
        history_limit_ = std::max(history_limit_, stage->history_needed());
        stages_.push_back(std::move(stage));
    }
    return *this;
}

int32_t Chain::sample(const float* logits, size_t n_vocab) {
    if (n_vocab == 0 || !logits) return -1;
    cand_.reset(logits, n_vocab);
    for (TokenLogit& t : cand_.items)  // a NaN logit (broken model) must not poison comparisons
        if (std::isnan(t.logit)) t.logit = -std::numeric_limits<float>::infinity();
    History h{history_.data(), history_.size()};
    for (const auto& s : stages_) s->apply(cand_, h, rng_);
    // A chain without a picker still yields a token: the most likely survivor.
    if (cand_.items.size() != 1) Greedy().apply(cand_, h, rng_);
    return cand_.items.empty() ? -1 : cand_.items[0].id;
}

void Chain::accept(int32_t id) {
    if (history_limit_ == 0) return;
    history_.push_back(id);
    // Trim in batches so accepting stays O(1) amortised.
    if (history_.size() >= 2 * history_limit_)
        history_.erase(history_.begin(), history_.end() - static_cast<std::ptrdiff_t>(history_limit_));
}

void Chain::reset(uint64_t seed) {
    history_.clear();
    rng_.reseed(seed);
}

std::string Chain::describe() const {
    std::string out;
    for (const auto& s : stages_) out += (out.empty() ? "" : " -> ") + std::string(s->name());
    return out.empty() ? "greedy" : out;
}

}  // namespace sample

/* =============================================================================================
   [10] GEN: generation loop, streaming, chat sessions
   ============================================================================================= */

}  // namespace er

#endif  // EDGERUNNER_IMPLEMENTATION

/* =============================================================================================
   [11] VULKAN: optional GPU backend, compiled in its own translation unit
   ============================================================================================= */

/*
MIT License

Copyright (c) 2026 The EdgeRunner authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
