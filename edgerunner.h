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
#include <type_traits>
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

// Reference (scalar, bit-exact with ggml's to_float) conversion of n elements, for every type whose
// TypeInfo::can_dequantize is set: F32 F16 BF16 Q4_0 Q4_1 Q5_0 Q5_1 Q8_0 Q2_K..Q6_K IQ4_NL IQ4_XS.
// `src` needs no alignment. Returns false for other types or when n is not a multiple of the block size.
bool dequantize_row(Type t, const void* src, float* dst, int64_t n);
// Quantizes n floats to t. Q8_0 / Q8_1 / Q8_K are the activation formats and match ggml's CPU
// from_float bit for bit; F16 / BF16 round to nearest even; Q4_0 Q4_1 Q5_0 Q5_1 IQ4_NL, the K-quants
// and IQ4_XS use a plain round-to-nearest quantizer (for writing models; ggml's searches for better
// scales, so its files differ slightly). Returns false for other types or a partial block.
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
   PUBLIC API: CPU features, thread pool, kernel dispatch (section [4])
   ============================================================================================= */
namespace kern {

// What the CPU (and the OS, for the wide registers) supports, read once from cpuid / the aux vector.
struct CpuFeatures {
    bool avx2 = false, fma = false, f16c = false;
    bool avx512f = false, avx512bw = false, avx512vl = false, avx512vnni = false, avxvnni = false;
    bool neon = false, dotprod = false;
    int n_hw_threads = 1;
};
const CpuFeatures& cpu_features();
std::string cpu_features_string();  // e.g. "avx2 fma f16c avx512f ..."

// Instruction-set levels of the fast kernels. Scalar is the reference path (the only one with
// EDGERUNNER_NO_SIMD). AVX512 means AVX-512 F+BW+VL with VNNI.
enum class Isa { Scalar, AVX2, AVX512, NEON };
const char* isa_name(Isa isa);
std::vector<Isa> supported_isas();  // compiled in and supported here; Scalar first, the best last
Isa active_isa();                   // what matmuls use now (the best one unless set_isa chose another)
// Selects the dispatch level (tests, benchmarks). Fails for a level this build or CPU lacks. Call it
// while no kernel runs.
Status set_isa(Isa isa);

// Fast dot product of a weight row of type `weight` with an activation row already quantized to
// types::vec_dot_type(weight), at the given level. Same meaning as types::vec_dot_ref; NaN when the level
// has no kernel for the type (has_fast_dot says so).
bool has_fast_dot(Isa isa, types::Type weight);
float fast_dot(Isa isa, types::Type weight, const void* w_row, const void* act_row, int64_t n);

// Measures the machine's memory read bandwidth in GB/s (1e9 bytes/s): n_threads threads read disjoint parts
// of a `bytes`-sized buffer (far larger than the caches) with wide loads; the best of `repeats` passes.
// Float weights (F32, F16, BF16) times float activations at the given level; NaN when it has no kernel.
float fast_dot_f32(Isa isa, types::Type weight, const void* w_row, const float* x, int64_t n);

class ThreadPool;
// y[t * n_out + r] = dot(row r of w, x[t]) for n_tokens activation rows of n_in floats; w holds n_out rows of
// n_in values of type `weight`. Uses the active level's kernels (activations quantized to
// types::vec_dot_type(weight) for the quantized types); false, with nothing written, when it has none.
bool matmul_fast(types::Type weight, const void* w, int64_t n_in, int64_t n_out, const float* x, int64_t n_tokens,
                 float* y, ThreadPool& pool);

double measure_read_bandwidth(int n_threads, size_t bytes = size_t(512) << 20, int repeats = 5);

// Persistent worker threads that split a range of independent items with the calling thread. Between jobs
// workers spin briefly (decode issues thousands of small jobs per second) and then sleep; with more threads
// than cores they yield while spinning so an oversubscribed pool degrades gently instead of collapsing.
class ThreadPool {
public:
    // n_threads counts the calling thread; 0 means one per hardware thread.
    explicit ThreadPool(int n_threads);
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;
    ~ThreadPool();
    int n_threads() const { return n_threads_; }

    // Calls fn(begin, end, thread_id) on disjoint chunks of at least `grain` items covering [0, n) and
    // returns when all are done. thread_id is in [0, n_threads()) and identifies per-thread scratch memory.
    template <class Fn>
    void parallel_for(int64_t n, int64_t grain, Fn&& fn) {
        if (n <= 0) return;
        if (grain < 1) grain = 1;
        if (n_threads_ == 1 || n <= grain) {
            fn(int64_t(0), n, 0);
            return;
        }
        // A few chunks per thread balance uneven work (and a busy neighbour) at little scheduling cost.
        int64_t chunk = (n + 4 * n_threads_ - 1) / (4 * n_threads_);
        if (chunk < grain) chunk = grain;
        using F = typename std::remove_reference<Fn>::type;
        run(n, chunk, [](void* ctx, int64_t b, int64_t e, int id) { (*static_cast<F*>(ctx))(b, e, id); },
            const_cast<void*>(static_cast<const void*>(&fn)));
    }

private:
    using Task = void (*)(void* ctx, int64_t begin, int64_t end, int thread_id);
    void run(int64_t n, int64_t chunk, Task task, void* ctx);
    struct State;
    int n_threads_ = 1;
    std::unique_ptr<State> state_;
};

}  // namespace kern

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

namespace tok { class Tokenizer; }
namespace tmpl { class ChatTemplate; }

// Cheap to copy: copies share the same immutable weights. Sessions keep their model alive.
class Model {
public:
    static Result<Model> load(const std::string& path, const LoadOptions& options = {});
    const ModelInfo& info() const;
    const gguf::File& file() const;
    Result<Session> new_session(const SessionOptions& options = {}) const;
    const model::ModelData& data() const { return *data_; }
    // The vocabulary of the file (empty, with tokenizer_error() saying why, when it has none usable).
    const tok::Tokenizer& tokenizer() const;
    const std::string& tokenizer_error() const;
    // The file's chat template, or the built-in ChatML when it has none or it does not parse
    // (chat_template_is_fallback(); chat_template_error() then says why).
    const tmpl::ChatTemplate& chat_template() const;
    bool chat_template_is_fallback() const;
    const std::string& chat_template_error() const;

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
    // The text side (sections [6] and [8]), loaded with the weights.
    std::shared_ptr<const tok::Tokenizer> tokenizer;
    std::string tokenizer_error;
    std::shared_ptr<const tmpl::ChatTemplate> chat_template;
    bool chat_template_is_fallback = false;
    std::string chat_template_error;
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
namespace tok {

// Token kinds as stored in `tokenizer.ggml.token_type`.
enum class TokenType : int32_t {
    Undefined = 0, Normal = 1, Unknown = 2, Control = 3, UserDefined = 4, Unused = 5, Byte = 6,
};

// tokenizer.ggml.model "llama" = SentencePiece (BPE by scores), "gpt2" = byte-level BPE, "bert" = WordPiece.
enum class Algorithm { SentencePiece, BytePairEncoding, WordPiece };

// A vocabulary and its encoder/decoder. Immutable after load; cheap to copy (shared state); safe to use
// from several threads at once.
class Tokenizer {
public:
    // Reads `tokenizer.ggml.*` metadata. Everything needed is copied: the File may be closed afterwards.
    static Result<Tokenizer> load(const gguf::File& f);

    // Text to ids. add_special: BOS/EOS (CLS/SEP for WordPiece) as the vocabulary's metadata asks.
    // parse_special: control tokens written in the text (e.g. "<|im_start|>") become their ids; otherwise
    // they are tokenized as plain text. User-defined tokens always match. Invalid UTF-8 is accepted:
    // byte-level and byte-fallback vocabularies keep its bytes, the others map it to the unknown token.
    std::vector<int32_t> encode(std::string_view text, bool add_special = true, bool parse_special = false) const;
    // The bytes one token stands for (possibly part of a UTF-8 sequence). Control and unused tokens give ""
    // unless render_special; ids out of range give "".
    std::string token_to_piece(int32_t id, bool render_special = false) const;
    // The pieces concatenated; the space that SentencePiece/WordPiece put before the first word is removed,
    // so decode(encode(text, false)) == text for lossless vocabularies.
    std::string decode(const std::vector<int32_t>& ids, bool render_special = false) const;
    // The words the pre-tokenizer of a gpt2 vocabulary splits plain text into (BPE merges stay inside a
    // word); other vocabularies give the text as one piece.
    std::vector<std::string> pre_tokenize(std::string_view text) const;

    int32_t n_vocab() const;
    Algorithm algorithm() const;
    const std::string& model_name() const;  // tokenizer.ggml.model
    const std::string& pre_name() const;    // tokenizer.ggml.pre ("" when absent)
    int32_t bos() const;  // ids below are -1 when the vocabulary has none
    int32_t eos() const;
    int32_t eot() const;
    int32_t unk() const;
    int32_t pad() const;
    bool add_bos() const;
    bool add_eos() const;
    // End of generation: eos, eot, eom and control tokens such as <|im_end|>, <end_of_turn>, <|eot_id|>.
    bool is_eog(int32_t id) const;
    const std::vector<int32_t>& eog_ids() const;
    bool is_control(int32_t id) const;
    TokenType token_type(int32_t id) const;
    const std::string& token_text(int32_t id) const;  // as stored in the vocabulary; "" when out of range
    int32_t find_token(std::string_view text) const;  // id whose vocabulary text is exactly `text`, or -1

    Tokenizer();  // an empty vocabulary: encode gives no ids

private:
    struct Impl;
    friend class StreamDecoder;
    explicit Tokenizer(std::shared_ptr<const Impl> impl);
    const Impl& impl() const;
    std::shared_ptr<const Impl> impl_;
};

// Turns a stream of ids into text that never ends inside a UTF-8 sequence: bytes of an incomplete sequence
// wait for the next ids; bytes that cannot form valid UTF-8 come out as U+FFFD.
class StreamDecoder {
public:
    // starts_text: the ids begin a text (not a continuation of a prompt), so the SentencePiece space prefix of
    // the first piece is dropped, as decode() does.
    StreamDecoder(const Tokenizer& tok, bool starts_text, bool render_special = false);
    std::string feed(int32_t id);  // complete text available after this id ("" when none yet)
    std::string flush();           // whatever is held back (an incomplete sequence becomes U+FFFD)

private:
    Tokenizer tok_;
    bool strip_space_;
    bool render_special_;
    std::string pending_;
};

// Unicode version of the tables compiled into the tokenizer.
const char* unicode_version();

}  // namespace tok

/* =============================================================================================
   PUBLIC API: JSON (section [7])
   ============================================================================================= */
namespace json {

enum class Type : uint8_t { Null, Bool, Int, Float, String, Array, Object };
const char* type_name(Type t);

// A JSON value. Objects keep their members in insertion order (as Python dicts do): chat templates
// print tool definitions member by member, and models were trained on that order.
class Value {
public:
    using Member = std::pair<std::string, Value>;

    Value() = default;  // null
    Value(std::nullptr_t) {}
    Value(bool b) : type_(Type::Bool), b_(b) {}
    // Any integer type (int, long, size_t...): stored as int64 (values above INT64_MAX wrap).
    template <class T, typename std::enable_if<std::is_integral<T>::value && !std::is_same<T, bool>::value, int>::type = 0>
    Value(T v) : type_(Type::Int), i_(static_cast<int64_t>(v)) {}
    Value(double v) : type_(Type::Float), f_(v) {}
    Value(const char* s) : type_(Type::String), s_(s ? s : "") {}
    Value(std::string s) : type_(Type::String), s_(std::move(s)) {}
    Value(std::string_view s) : type_(Type::String), s_(s) {}
    static Value array(std::vector<Value> items = {}) {
        Value v;
        v.type_ = Type::Array;
        v.items_ = std::move(items);
        return v;
    }
    static Value object() {
        Value v;
        v.type_ = Type::Object;
        return v;
    }

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::Null; }
    bool is_bool() const { return type_ == Type::Bool; }
    bool is_int() const { return type_ == Type::Int; }
    bool is_float() const { return type_ == Type::Float; }
    bool is_number() const { return type_ == Type::Int || type_ == Type::Float; }
    bool is_string() const { return type_ == Type::String; }
    bool is_array() const { return type_ == Type::Array; }
    bool is_object() const { return type_ == Type::Object; }

    // Accessors return a neutral value (false, 0, "", empty) when the type differs.
    bool as_bool() const { return type_ == Type::Bool && b_; }
    int64_t as_int() const { return type_ == Type::Int ? i_ : type_ == Type::Float ? static_cast<int64_t>(f_) : 0; }
    double as_number() const { return type_ == Type::Float ? f_ : type_ == Type::Int ? static_cast<double>(i_) : 0.0; }
    const std::string& as_string() const { return s_; }
    const std::vector<Value>& items() const { return items_; }
    std::vector<Value>& items() { return items_; }
    const std::vector<Member>& members() const { return members_; }
    std::vector<Member>& members() { return members_; }
    size_t size() const { return type_ == Type::Array ? items_.size() : type_ == Type::Object ? members_.size() : 0; }

    const Value* find(std::string_view key) const;
    Value* find(std::string_view key);
    // Member or element, or a null value when absent.
    const Value& operator[](std::string_view key) const;
    const Value& operator[](size_t index) const;
    // Sets a member (replacing an existing one in place); turns a null value into an object.
    Value& set(std::string key, Value v);
    // Appends an element; turns a null value into an array.
    Value& push_back(Value v);

    bool operator==(const Value& o) const;
    bool operator!=(const Value& o) const { return !(*this == o); }

private:
    Type type_ = Type::Null;
    bool b_ = false;
    int64_t i_ = 0;
    double f_ = 0.0;
    std::string s_;
    std::vector<Value> items_;
    std::vector<Member> members_;
};

// Parses RFC 8259 JSON (the whole text must be one value, surrounding whitespace allowed).
// Errors say "line L, column C: ...". Nesting deeper than max_depth is refused.
Result<Value> parse(std::string_view text, int max_depth = 512);

struct DumpOptions {
    int indent = -1;            // < 0: one line; otherwise newline + this many spaces per level
    bool python_spacing = false;  // Python json.dumps separators: ", " and ": " (", " becomes "," with indent)
    bool ensure_ascii = false;  // escape non-ASCII as \uXXXX (Python's default)
    bool sort_keys = false;
};
// Writes JSON. Floats use Python's shortest round-trip repr (1.0, 1e-05); NaN/Infinity as Python does.
std::string dump(const Value& v, const DumpOptions& options = DumpOptions());
// Python's repr() of a float: shortest round-trip digits ("1.0", "0.1", "1e+16", "1.5e-05").
std::string float_repr(double d);

}  // namespace json

/* =============================================================================================
   PUBLIC API: chat templates (section [8])
   ============================================================================================= */
namespace tmpl {

// Bounds that keep a hostile or buggy template from running away.
struct Limits {
    size_t max_output_bytes = size_t(16) << 20;  // rendered text, and any single string or list built
    uint64_t max_steps = 20000000;               // loop iterations + macro calls + filter items
    int max_depth = 128;                         // macro / recursive-loop nesting, value nesting
    // Stack a render may use: deep expressions inside deep macro recursion fail cleanly past it.
    size_t max_stack_bytes = size_t(2) << 20;
};

// What a chat template gets: the conversation and the model's special strings.
struct ChatRequest {
    // [{role, content, optional tool_calls, tool_call_id, name, ...}, ...]
    json::Value messages = json::Value::array();
    // Tool definitions (array). Null leaves `tools` undefined in the template, as Transformers does.
    json::Value tools;
    bool add_generation_prompt = false;
    std::string bos_token, eos_token;
    // The clock of strftime_now(), in Unix seconds UTC; < 0 uses the real clock.
    int64_t now = -1;
    // More template variables (an object), e.g. {"enable_thinking": false}; they override the above.
    json::Value extra = json::Value::object();
    Limits limits;
};

struct ParseOptions {
    // Transformers renders chat templates with trim_blocks and lstrip_blocks on.
    bool trim_blocks = true;
    bool lstrip_blocks = true;
    bool keep_trailing_newline = false;
};

// A parsed Jinja template (the subset that real chat templates use). Cheap to copy, immutable.
class ChatTemplate {
public:
    // Errors carry "line L, column C".
    static Result<ChatTemplate> parse(std::string_view source, const ParseOptions& options = ParseOptions());
    // Renders the conversation to the prompt text. A template's raise_exception() becomes the error.
    Result<std::string> apply(const ChatRequest& request) const;
    // Renders with arbitrary variables (an object). strftime_now uses `now` (< 0: the real clock).
    Result<std::string> render(const json::Value& variables, const Limits& limits = Limits(),
                               int64_t now = -1) const;
    const std::string& source() const;
    // Name of the built-in format this came from, or "" for a parsed template.
    const std::string& builtin_name() const;

private:
    friend Result<ChatTemplate> builtin(std::string_view name);
    static Result<ChatTemplate> parse_named(std::string_view source, const ParseOptions& options,
                                            const char* builtin_name);
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Built-in formats for models without a template. Names: "chatml".
Result<ChatTemplate> builtin(std::string_view name);
std::vector<std::string> builtin_names();
// The GGUF's tokenizer.chat_template, or the ChatML built-in when it has none (then *used_builtin
// is set so the caller can say so).
Result<ChatTemplate> from_gguf(const gguf::File& file, bool* used_builtin = nullptr);

// Parses "2024-07-26T12:00:00Z", "2024-07-26T12:00:00+02:00", "2024-07-26 12:00" or "2024-07-26" into
// Unix seconds (UTC); false when malformed.
bool parse_iso8601(std::string_view text, int64_t* unix_seconds);

}  // namespace tmpl

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
namespace gen {

// Applies stop strings to streamed text (complete UTF-8 pieces, as tok::StreamDecoder gives them): holds
// back a tail that may be the start of a stop string until it is known, and ends the stream at the first
// stop string (which, like everything after it, is dropped). push() returns the text that is final now.
class TextStream {
public:
    explicit TextStream(std::vector<std::string> stop = {}) : stop_(std::move(stop)) {}
    std::string push(std::string_view text);
    std::string finish();           // the held-back rest at the end of generation
    bool stopped() const { return stopped_; }
    const std::string& text() const { return text_; }  // everything released so far

private:
    std::vector<std::string> stop_;
    std::string pending_;  // received, not released
    std::string text_;
    bool stopped_ = false;
};

enum class StopReason { EndOfGeneration, StopString, MaxTokens, Cancelled, ContextFull };
const char* stop_reason_name(StopReason r);  // "eog", "stop", "length", "cancelled", "context"

struct Options {
    int max_tokens = 256;            // < 0: until the context is full
    std::vector<std::string> stop;   // stop strings (not part of the output)
    sample::Params sampling;         // the default chain's knobs, seed included
    bool stop_at_eog = true;         // end on any end-of-generation token of the vocabulary
};

struct Output {
    std::string text;                // the generated text, without stop strings / end tokens
    std::vector<int32_t> tokens;     // the generated tokens, end token included when there was one
    StopReason stop = StopReason::MaxTokens;
    int32_t n_prompt = 0;            // prompt tokens
    int32_t n_prompt_reused = 0;     // ... of which were already in the KV cache
    double prompt_seconds = 0.0, generate_seconds = 0.0;
};

// Receives each piece of text as soon as it is final. Return false to stop (StopReason::Cancelled).
using OnPiece = std::function<bool(std::string_view piece)>;

struct Message {
    std::string role;     // "system", "user", "assistant"
    std::string content;
};

// Generates from prompt tokens evaluated at the session's current position: samples with `sampler` (or, when
// null, the default chain of options.sampling), streams text pieces to on_piece, stops on an end-of-generation
// token, a stop string, max_tokens, a full context, or when on_piece returns false.
Result<Output> generate(Session& session, const tok::Tokenizer& tokenizer, const std::vector<int32_t>& prompt,
                        const Options& options, const OnPiece& on_piece, sample::Chain* sampler = nullptr);

// A session that remembers which tokens its KV cache holds, so that a new prompt sharing a prefix with them
// (the next turn of a chat, a resent conversation) only evaluates what is new.
class Generator {
public:
    Generator(Session session, const tok::Tokenizer& tokenizer) : session_(std::move(session)), tok_(&tokenizer) {}
    Result<Output> run(const std::vector<int32_t>& prompt, const Options& options, const OnPiece& on_piece,
                       sample::Chain* sampler = nullptr);
    Session& session() { return session_; }
    const std::vector<int32_t>& cached_tokens() const { return cached_; }
    Status reset();  // empties the KV cache

private:
    Session session_;
    const tok::Tokenizer* tok_;
    std::vector<int32_t> cached_;
};

// Multi-turn chat on a model: renders the conversation with the model's chat template (ChatML when the model
// has none) and reuses the KV cache of the part already seen.
//
//     er::Result<er::Model> model = er::Model::load("model.gguf");
//     er::Result<er::gen::Chat> chat = er::gen::Chat::create(*model);
//     chat->send("Hi!", {}, [](std::string_view piece) { fwrite(piece.data(), 1, piece.size(), stdout); return true; });
class Chat {
public:
    static Result<Chat> create(const Model& model, const SessionOptions& options = {});
    // Adds the user's message, generates and records the assistant's reply.
    Result<Output> send(const std::string& user_text, const Options& options, const OnPiece& on_piece,
                        sample::Chain* sampler = nullptr);
    // Replies to a whole conversation given by the caller (e.g. an HTTP request); the stored history is
    // not changed, but the KV cache of a shared prefix is reused.
    Result<Output> respond(const std::vector<Message>& conversation, const Options& options, const OnPiece& on_piece,
                           sample::Chain* sampler = nullptr);
    // The prompt text for a conversation.
    Result<std::string> render(const std::vector<Message>& conversation, bool add_generation_prompt) const;

    std::vector<Message>& messages() { return messages_; }
    bool uses_fallback_template() const { return fallback_template_; }
    Generator& generator() { return *gen_; }
    const Model& model() const { return model_; }

private:
    Chat(Model model, Session session);
    Model model_;
    std::unique_ptr<Generator> gen_;  // on the heap: it points at the model's tokenizer
    std::vector<Message> messages_;
    bool fallback_template_ = false;
};

namespace detail {
// Used by Model::load: the tokenizer and chat template of the file.
Status attach_text_side(model::ModelData* data);
}  // namespace detail

}  // namespace gen

/* =============================================================================================
   PUBLIC API: Vulkan backend (section [11])
   ============================================================================================= */
#if defined(EDGERUNNER_VULKAN)
namespace vk {

// The Vulkan device the backend runs on (the first discrete GPU, else integrated, else any; the environment
// variable EDGERUNNER_VK_DEVICE=<index> picks one). Features say which fast paths the device allows.
struct DeviceInfo {
    std::string name;
    std::string type;            // "discrete GPU", "integrated GPU", "CPU" (lavapipe), ...
    std::string api_version;
    uint32_t subgroup_size = 0;
    bool subgroup_arithmetic = false;  // reductions use subgroup operations
    bool storage_16bit = false;
    bool float16 = false;
    bool int8 = false;
    bool integer_dot_product = false;
    uint64_t device_local_bytes = 0;
};

// Loads libvulkan at run time and opens the device on first use (nothing is linked at build time). Fails with
// a one-line reason ("no Vulkan loader", "no Vulkan device found", ...) when Vulkan is not usable.
Result<DeviceInfo> device_info();

// The device's memory read bandwidth in GB/s: a shader streams a buffer of up to 1 GiB, best of several passes
// (timed with GPU timestamps where the queue has them). The roofline `bench --gpu` measures decode against.
Result<double> measure_read_bandwidth();

// Shapes for ops::attention: queries [n_tok][n_head][head_dim] at positions pos0.., caches [pos][n_kv_head][head_dim]
// holding positions 0..pos0+n_tok-1; window > 0 limits a query at p to keys j with p - j < window.
struct AttentionShape {
    int64_t n_tok = 1, n_head = 1, n_kv_head = 1, head_dim = 64, pos0 = 0, window = 0;
    float scale = 0.125f;
    float softcap = 0.0f;  // 0: off, else scores become softcap * tanh(score / softcap)
};
enum class Elementwise { Add, Scale, SiluMul, GeluMul, Softcap };

// Single GPU operations on host arrays (upload, one dispatch, download): a check of each shader against a CPU
// computation, and a way to try a device. The model backend keeps all data on the device instead.
namespace ops {
// y[t][r] = sum_k W[r][k] x[t][k]; W has `rows` rows of k elements in ggml block format w_type.
Status matmul(types::Type w_type, const void* w, int64_t rows, int64_t k, const float* x, int64_t n_tok, float* y);
// out[i] = dequantized row ids[i] of table.
Status get_rows(types::Type type, const void* table, int64_t n_rows, int64_t k, const int32_t* ids, int64_t n_ids, float* out);
// Each row of n: y = x / sqrt(mean(x^2) + eps) * w (w may be null).
Status rms_norm(const float* x, const float* w, int64_t n_rows, int64_t n, float eps, float* y);
// In place on x[n_tok][n_heads][head_dim], token t at position pos0 + t; neox rotates (i, i + n_rot/2) pairs.
Status rope(float* x, int64_t n_tok, int64_t n_heads, int64_t head_dim, int64_t n_rot, int32_t pos0, float freq_base, bool neox);
Status attention(const float* q, const float* k_cache, const float* v_cache, const AttentionShape& shape, float* out);
// y = a + b, a * s, silu(a) * b, gelu_tanh(a) * b, or s * tanh(a / s).
Status eltwise(Elementwise op, const float* a, const float* b, int64_t n, float s, float* y);
}  // namespace ops

}  // namespace vk
#endif  // EDGERUNNER_VULKAN


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
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>

#if !defined(EDGERUNNER_NO_SIMD) && (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#define ER_SIMD_X86 1
#endif
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <cpuid.h>
#endif
#if !defined(EDGERUNNER_NO_SIMD) && defined(__aarch64__) && defined(__GNUC__)
#include <arm_neon.h>
#define ER_SIMD_NEON 1
#endif
#if defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
#endif
#if defined(__unix__)
#include <sched.h>
#endif
#if defined(EDGERUNNER_OPENMP)
#include <omp.h>
#endif

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
// The code whose value is nearest to v (the lower one on ties); the code book is sorted.
inline int iq4_nearest_index(float v) {
    const int k = static_cast<int>(std::upper_bound(kIQ4NLValues, kIQ4NLValues + 16, v) - kIQ4NLValues);
    if (k == 0) return 0;
    if (k == 16) return 15;
    return v - kIQ4NLValues[k - 1] <= kIQ4NLValues[k] - v ? k - 1 : k;
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

// Blocks are copied in and out with memcpy: rows of a file need not be aligned for the block struct.
template <class B> B load(const void* p) {
    B b;
    std::memcpy(&b, p, sizeof b);
    return b;
}
template <class B> void store(void* p, const B& b) { std::memcpy(p, &b, sizeof b); }

void decode_q4_0(const void* p, IntBlock& o) { const auto b = load<BlockQ4_0>(p); decode_q32(o, b.d, nullptr, nullptr, b.qs, 8); }
void decode_q4_1(const void* p, IntBlock& o) { const auto b = load<BlockQ4_1>(p); decode_q32(o, b.d, &b.m, nullptr, b.qs, 0); }
void decode_q5_0(const void* p, IntBlock& o) { const auto b = load<BlockQ5_0>(p); decode_q32(o, b.d, nullptr, b.qh, b.qs, 16); }
void decode_q5_1(const void* p, IntBlock& o) { const auto b = load<BlockQ5_1>(p); decode_q32(o, b.d, &b.m, b.qh, b.qs, 0); }
void encode_q4_0(const IntBlock& in, void* p) { BlockQ4_0 b{}; encode_q32(in, &b.d, nullptr, nullptr, b.qs, 8); store(p, b); }
void encode_q4_1(const IntBlock& in, void* p) { BlockQ4_1 b{}; encode_q32(in, &b.d, &b.m, nullptr, b.qs, 0); store(p, b); }
void encode_q5_0(const IntBlock& in, void* p) { BlockQ5_0 b{}; encode_q32(in, &b.d, nullptr, b.qh, b.qs, 16); store(p, b); }
void encode_q5_1(const IntBlock& in, void* p) { BlockQ5_1 b{}; encode_q32(in, &b.d, &b.m, b.qh, b.qs, 0); store(p, b); }

// Q8_0 and Q8_1 (whose precomputed sum s is not needed for the values).
template <class B> void decode_q8_32(const void* p, IntBlock& o) {
    const auto b = load<B>(p);
    o.reset(QK, QK, h2f(b.d), 0.f);
    std::memcpy(o.q, b.qs, QK);
}
void decode_q8_K(const void* p, IntBlock& o) {
    const auto b = load<BlockQ8_K>(p);
    o.reset(QK_K, QK_K, b.d, 0.f);
    std::memcpy(o.q, b.qs, QK_K);
}

void decode_iq4_nl(const void* p, IntBlock& o) {
    const auto b = load<BlockIQ4_NL>(p);
    o.reset(QK, QK, h2f(b.d), 0.f);
    split_nibbles(b.qs, QK / 2, o.q);
    for (int i = 0; i < QK; ++i) o.q[i] = kIQ4NLValues[o.q[i]];
}
void encode_iq4_nl(const IntBlock& in, void* p) {
    BlockIQ4_NL b{};
    b.d = f2h(in.d);
    int8_t codes[QK];
    for (int i = 0; i < QK; ++i) codes[i] = static_cast<int8_t>(iq4_index(in.q[i]));
    join_nibbles(codes, QK / 2, b.qs);
    store(p, b);
}

void decode_q2_K(const void* p, IntBlock& o) {
    const auto b = load<BlockQ2_K>(p);
    o.reset(QK_K, 16, h2f(b.d), h2f(b.dmin));
    for (int g = 0; g < 16; ++g) { o.scale[g] = b.scales[g] & 15; o.min[g] = b.scales[g] >> 4; }
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(crumb_of(b.qs, e));
}
void encode_q2_K(const IntBlock& in, void* p) {
    BlockQ2_K b{};
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    for (int g = 0; g < 16; ++g) b.scales[g] = static_cast<uint8_t>(in.scale[g] | (in.min[g] << 4));
    std::memset(b.qs, 0, sizeof b.qs);
    for (int e = 0; e < QK_K; ++e) set_crumb(b.qs, e, in.q[e]);
    store(p, b);
}

void decode_q3_K(const void* p, IntBlock& o) {
    const auto b = load<BlockQ3_K>(p);
    o.reset(QK_K, 16, h2f(b.d), 0.f);
    unpack_q3k_scales(b.scales, o.scale);
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(crumb_of(b.qs, e) - (kmask_bit(b.hmask, e) ? 0 : 4));
}
void encode_q3_K(const IntBlock& in, void* p) {
    BlockQ3_K b{};
    b.d = f2h(in.d);
    pack_q3k_scales(in.scale, b.scales);
    std::memset(b.qs, 0, sizeof b.qs);
    std::memset(b.hmask, 0, sizeof b.hmask);
    for (int e = 0; e < QK_K; ++e) {
        int code = in.q[e] + 4;
        set_crumb(b.qs, e, code & 3);
        b.hmask[e % 32] |= static_cast<uint8_t>((code >> 2) << (e / 32));
    }
    store(p, b);
}

void decode_q4_K(const void* p, IntBlock& o) {
    const auto b = load<BlockQ4_K>(p);
    o.reset(QK_K, 32, h2f(b.d), h2f(b.dmin));
    unpack_k4_scales(b.scales, o.scale, o.min);
    for (int c = 0; c < 4; ++c) split_nibbles(b.qs + 32 * c, 32, o.q + 64 * c);
}
void encode_q4_K(const IntBlock& in, void* p) {
    BlockQ4_K b{};
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    pack_k4_scales(in.scale, in.min, b.scales);
    for (int c = 0; c < 4; ++c) join_nibbles(in.q + 64 * c, 32, b.qs + 32 * c);
    store(p, b);
}

void decode_q5_K(const void* p, IntBlock& o) {
    const auto b = load<BlockQ5_K>(p);
    o.reset(QK_K, 32, h2f(b.d), h2f(b.dmin));
    unpack_k4_scales(b.scales, o.scale, o.min);
    for (int c = 0; c < 4; ++c) split_nibbles(b.qs + 32 * c, 32, o.q + 64 * c);
    for (int e = 0; e < QK_K; ++e) o.q[e] = static_cast<int8_t>(o.q[e] | (kmask_bit(b.qh, e) << 4));
}
void encode_q5_K(const IntBlock& in, void* p) {
    BlockQ5_K b{};
    b.d = f2h(in.d);
    b.dmin = f2h(in.dmin);
    pack_k4_scales(in.scale, in.min, b.scales);
    for (int c = 0; c < 4; ++c) join_nibbles(in.q + 64 * c, 32, b.qs + 32 * c);
    std::memset(b.qh, 0, sizeof b.qh);
    for (int e = 0; e < QK_K; ++e) b.qh[e % 32] |= static_cast<uint8_t>(((in.q[e] >> 4) & 1) << (e / 32));
    store(p, b);
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
    const auto b = load<BlockQ6_K>(p);
    o.reset(QK_K, 16, h2f(b.d), 0.f);
    for (int g = 0; g < 16; ++g) o.scale[g] = b.scales[g];
    for (int e = 0; e < QK_K; ++e) {
        int ls, qi, hs;
        int li = q6k_index(e, &ls, &qi, &hs);
        o.q[e] = static_cast<int8_t>((((b.ql[li] >> ls) & 15) | (((b.qh[qi] >> hs) & 3) << 4)) - 32);
    }
}
void encode_q6_K(const IntBlock& in, void* p) {
    BlockQ6_K b{};
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
    store(p, b);
}

void decode_iq4_xs(const void* p, IntBlock& o) {
    const auto b = load<BlockIQ4_XS>(p);
    o.reset(QK_K, 32, h2f(b.d), 0.f);
    for (int g = 0; g < 8; ++g) {
        int ls = ((b.scales_l[g / 2] >> (4 * (g % 2))) & 15) | (((b.scales_h >> (2 * g)) & 3) << 4);
        o.scale[g] = ls - 32;
        split_nibbles(b.qs + 16 * g, 16, o.q + 32 * g);
    }
    for (int e = 0; e < QK_K; ++e) o.q[e] = kIQ4NLValues[o.q[e]];
}
void encode_iq4_xs(const IntBlock& in, void* p) {
    BlockIQ4_XS b{};
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
    store(p, b);
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
    {Type::Q8_0, decode_q8_32<BlockQ8_0>, nullptr, {}},
    {Type::Q8_1, decode_q8_32<BlockQ8_1>, nullptr, {}},
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
// Q8_0 / Q8_1 follow ggml's x86 code: multiplier 127/amax, ties to even. (ggml's portable C
// reference multiplies by 1/d and rounds ties away from zero; the two rarely differ.)
inline void quantize_q8_32(const float* x, int8_t* qs, uint16_t* d_out, uint16_t* sum_out) {
    float amax = 0.f;
    for (int j = 0; j < QK; ++j) amax = std::max(amax, std::fabs(x[j]));
    const float d = amax / 127.f;
    const float id = amax != 0.f ? 127.f / amax : 0.f;
    *d_out = f2h(d);
    int sum = 0;
    for (int j = 0; j < QK; ++j) {
        qs[j] = static_cast<int8_t>(nearest_clamped(x[j] * id, -127, 127));
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

// Element i of an F32 / F16 / BF16 row at any alignment.
inline float plain_at(Type t, const void* row, int64_t i) {
    const uint8_t* p = static_cast<const uint8_t*>(row);
    if (t == Type::F32) return load<float>(p + 4 * i);
    const uint16_t h = load<uint16_t>(p + 2 * i);
    return t == Type::F16 ? h2f(h) : bf16_to_fp32(h);
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
        case Type::BF16:
            for (int64_t k = 0; k < n; ++k) detail::store(out + 2 * k, t == Type::F16 ? fp32_to_fp16(src[k]) : fp32_to_bf16(src[k]));
            return true;
        case Type::Q8_0:
            for (int64_t k = 0; k < nb; ++k) {
                BlockQ8_0 b{};
                detail::quantize_q8_32(src + k * QK, b.qs, &b.d, nullptr);
                detail::store(out + k * ti->type_size, b);
            }
            return true;
        case Type::Q8_1:
            for (int64_t k = 0; k < nb; ++k) {
                BlockQ8_1 b{};
                detail::quantize_q8_32(src + k * QK, b.qs, &b.d, &b.s);
                detail::store(out + k * ti->type_size, b);
            }
            return true;
        case Type::Q8_K:
            for (int64_t k = 0; k < nb; ++k) {
                BlockQ8_K b{};
                detail::quantize_q8_K(src + k * QK_K, b);
                detail::store(out + k * ti->type_size, b);
            }
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
    const detail::Codec* ac = detail::find_codec(at);
    if (!c || !ac || ai->block_size != wi->block_size) return nan;
    const uint8_t* wp = static_cast<const uint8_t*>(w_row);
    const uint8_t* ap = static_cast<const uint8_t*>(act_row);
    detail::IntBlock w, a;
    float sumf = 0.f;
    for (int64_t k = 0; k < n / wi->block_size; ++k) {
        c->decode(wp + k * wi->type_size, w);
        const uint8_t* ablock = ap + k * ai->type_size;
        ac->decode(ablock, a);
        int64_t dot = 0, mins = 0;
        for (int g = 0; g < w.groups(); ++g) {
            int32_t qa = 0, asum = 0;
            for (int i = g * w.group; i < (g + 1) * w.group; ++i) { qa += w.q[i] * a.q[i]; asum += a.q[i]; }
            dot += static_cast<int64_t>(w.scale[g]) * qa;
            mins += static_cast<int64_t>(w.min[g]) * asum;
        }
        // ggml takes the min term of q4_1/q5_1 from q8_1's stored (fp16-rounded) s = d * sum(q).
        const float min_term = at == Type::Q8_1
                                   ? w.dmin * static_cast<float>(w.min[0]) * detail::h2f(detail::load<BlockQ8_1>(ablock).s)
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

// kern::ThreadPool is declared with the public API and implemented with the fast kernels below.

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
    if (matmul_fast(w.type, w.data, n_in, n_out, x, n_tokens, y, pool)) return;  // SIMD kernels, when there are
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

/* ---------------------------------------------------------------------------------------------
   [4] KERN, fast kernels: CPU features, thread pool, bandwidth probe, SIMD dot products and the
   matmul dispatch hook. The scalar kernels above stay the reference (EDGERUNNER_NO_SIMD builds use
   only them); tests/test_kernels.cpp checks every level here against them.
   --------------------------------------------------------------------------------------------- */
namespace kern {

// ---- CPU features ----
namespace detail {
inline CpuFeatures detect_cpu_features() {
    CpuFeatures f;
    f.n_hw_threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return f;
    const bool osxsave = (c >> 27) & 1;
    const bool has_fma = (c >> 12) & 1, has_f16c = (c >> 29) & 1;
    uint64_t xcr0 = 0;
    if (osxsave) {
        uint32_t lo = 0, hi = 0;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        xcr0 = (static_cast<uint64_t>(hi) << 32) | lo;
    }
    // The OS must save the wide registers on context switches: YMM state (bits 1-2), ZMM state (5-7).
    const bool os_ymm = (xcr0 & 0x6) == 0x6;
    const bool os_zmm = os_ymm && (xcr0 & 0xe0) == 0xe0;
    unsigned max_leaf = __get_cpuid_max(0, nullptr);
    if (max_leaf >= 7) {
        __cpuid_count(7, 0, a, b, c, d);
        f.avx2 = os_ymm && ((b >> 5) & 1);
        f.fma = os_ymm && has_fma;
        f.f16c = os_ymm && has_f16c;
        f.avx512f = os_zmm && ((b >> 16) & 1);
        f.avx512bw = os_zmm && ((b >> 30) & 1);
        f.avx512vl = os_zmm && ((b >> 31) & 1);
        f.avx512vnni = os_zmm && ((c >> 11) & 1);
        __cpuid_count(7, 1, a, b, c, d);
        f.avxvnni = os_ymm && ((a >> 4) & 1);
    }
#elif defined(__aarch64__)
    f.neon = true;
#if defined(__linux__)
    const unsigned long hwcap = getauxval(AT_HWCAP);
    f.dotprod = (hwcap >> 20) & 1;  // HWCAP_ASIMDDP
#elif defined(__ARM_FEATURE_DOTPROD)
    f.dotprod = true;
#endif
#endif
    return f;
}
}  // namespace detail

const CpuFeatures& cpu_features() {
    static const CpuFeatures features = detail::detect_cpu_features();
    return features;
}

std::string cpu_features_string() {
    const CpuFeatures& f = cpu_features();
    std::string s;
    auto add = [&s](bool on, const char* name) {
        if (!on) return;
        if (!s.empty()) s += ' ';
        s += name;
    };
    add(f.avx2, "avx2");
    add(f.fma, "fma");
    add(f.f16c, "f16c");
    add(f.avx512f, "avx512f");
    add(f.avx512bw, "avx512bw");
    add(f.avx512vl, "avx512vl");
    add(f.avx512vnni, "avx512vnni");
    add(f.avxvnni, "avxvnni");
    add(f.neon, "neon");
    add(f.dotprod, "dotprod");
    if (s.empty()) s = "none";
    return s;
}

const char* isa_name(Isa isa) {
    switch (isa) {
        case Isa::Scalar: return "scalar";
        case Isa::AVX2: return "avx2";
        case Isa::AVX512: return "avx512";
        case Isa::NEON: return "neon";
    }
    return "?";
}

std::vector<Isa> supported_isas() {
    std::vector<Isa> out{Isa::Scalar};
#if defined(ER_SIMD_X86)
    const CpuFeatures& f = cpu_features();
    if (f.avx2 && f.fma && f.f16c) out.push_back(Isa::AVX2);
    if (f.avx2 && f.fma && f.f16c && f.avx512f && f.avx512bw && f.avx512vl && f.avx512vnni)
        out.push_back(Isa::AVX512);
#elif defined(ER_SIMD_NEON)
    out.push_back(Isa::NEON);
#endif
    return out;
}

namespace detail {
// The dispatch level: the only global mutable state of the kernels. -1 until first use.
inline std::atomic<int>& isa_slot() {
    static std::atomic<int> slot{-1};
    return slot;
}
}  // namespace detail

Isa active_isa() {
    int v = detail::isa_slot().load(std::memory_order_relaxed);
    if (v < 0) {
        // EDGERUNNER_ISA=scalar|avx2|avx512|neon caps the level (comparisons, debugging); default: the best.
        const std::vector<Isa> isas = supported_isas();
        v = static_cast<int>(isas.back());
        const char* env = std::getenv("EDGERUNNER_ISA");
        for (Isa isa : isas)
            if (env && std::strcmp(env, isa_name(isa)) == 0) v = static_cast<int>(isa);
        detail::isa_slot().store(v, std::memory_order_relaxed);
    }
    return static_cast<Isa>(v);
}

Status set_isa(Isa isa) {
    for (Isa s : supported_isas())
        if (s == isa) {
            detail::isa_slot().store(static_cast<int>(isa), std::memory_order_relaxed);
            return Status();
        }
    return Status::fail(strf("kernel level '%s' is not available (this build and CPU support: %s)", isa_name(isa),
                             cpu_features_string().c_str()));
}

// ---- thread pool ----
namespace detail {
inline void cpu_relax() {
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
    __builtin_ia32_pause();
#elif defined(__aarch64__) && defined(__GNUC__)
    __asm__ volatile("yield");
#endif
}
inline void yield_thread() {
#if defined(__unix__)
    sched_yield();
#else
    std::this_thread::yield();
#endif
}
}  // namespace detail

struct ThreadPool::State {
    int n_threads = 1;
    bool oversubscribed = false;  // more threads than hardware threads: spinning steals the workers' cores
    std::vector<std::thread> workers;
    // The job; written by the caller before `generation` is bumped, read by workers after they see it.
    Task task = nullptr;
    void* ctx = nullptr;
    int64_t n = 0, chunk = 1;
    std::atomic<int64_t> next{0};
    std::atomic<uint64_t> generation{0};
    std::atomic<int> pending{0};  // workers still inside the current job
    std::atomic<int> sleepers{0};
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::condition_variable wake;

    void run_chunks(int id) {
        for (;;) {
            const int64_t b = next.fetch_add(chunk, std::memory_order_relaxed);
            if (b >= n) return;
            task(ctx, b, std::min(n, b + chunk), id);
        }
    }
    // Spins for a new generation (pausing; yielding when oversubscribed), then sleeps on the condition
    // variable. The seq_cst increment of `sleepers` before re-checking `generation` pairs with the caller's
    // seq_cst bump-then-check, so a wake-up cannot be lost.
    uint64_t wait_for_job(uint64_t seen) {
        const int spin_limit = oversubscribed ? 64 : 1 << 17;
        for (int i = 0; i < spin_limit; ++i) {
            const uint64_t g = generation.load(std::memory_order_acquire);
            if (g != seen || stop.load(std::memory_order_relaxed)) return g;
            if (oversubscribed || (i & 255) == 255) detail::yield_thread();
            else detail::cpu_relax();
        }
        sleepers.fetch_add(1, std::memory_order_seq_cst);
        std::unique_lock<std::mutex> lock(mu);
        wake.wait(lock, [&] {
            return generation.load(std::memory_order_seq_cst) != seen || stop.load(std::memory_order_seq_cst);
        });
        sleepers.fetch_sub(1, std::memory_order_relaxed);
        return generation.load(std::memory_order_acquire);
    }
    void worker_loop(int id) {
        uint64_t seen = 0;
        for (;;) {
            seen = wait_for_job(seen);
            if (stop.load(std::memory_order_acquire)) return;
            run_chunks(id);
            pending.fetch_sub(1, std::memory_order_release);
        }
    }
};

ThreadPool::ThreadPool(int n_threads) : state_(new State) {
    const int hw = cpu_features().n_hw_threads;
    if (n_threads <= 0) n_threads = hw;
    n_threads_ = std::min(n_threads, 512);
    state_->n_threads = n_threads_;
    state_->oversubscribed = n_threads_ > hw;
#if !defined(EDGERUNNER_OPENMP)
    for (int id = 1; id < n_threads_; ++id) state_->workers.emplace_back([this, id] { state_->worker_loop(id); });
#endif
}

ThreadPool::~ThreadPool() {
    state_->stop.store(true, std::memory_order_seq_cst);
    {
        std::lock_guard<std::mutex> lock(state_->mu);
        state_->wake.notify_all();
    }
    for (auto& t : state_->workers) t.join();
}

void ThreadPool::run(int64_t n, int64_t chunk, Task task, void* ctx) {
    State& s = *state_;
    s.task = task;
    s.ctx = ctx;
    s.n = n;
    s.chunk = chunk;
    s.next.store(0, std::memory_order_relaxed);
#if defined(EDGERUNNER_OPENMP)
#pragma omp parallel num_threads(n_threads_)
    s.run_chunks(omp_get_thread_num());
#else
    s.pending.store(n_threads_ - 1, std::memory_order_relaxed);
    s.generation.fetch_add(1, std::memory_order_seq_cst);
    if (s.sleepers.load(std::memory_order_seq_cst) > 0) {
        std::lock_guard<std::mutex> lock(s.mu);
        s.wake.notify_all();
    }
    s.run_chunks(0);
    for (int i = 0; s.pending.load(std::memory_order_acquire) != 0; ++i) {
        if (s.oversubscribed || i >= 4096) detail::yield_thread();
        else detail::cpu_relax();
    }
#endif
}

// ---- memory read bandwidth ----
namespace detail {
#if defined(ER_SIMD_X86)
__attribute__((target("avx2"))) inline uint64_t read_all_avx2(const uint8_t* p, size_t n) {
    __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
    for (size_t i = 0; i + 128 <= n; i += 128) {
        a0 = _mm256_xor_si256(a0, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i)));
        a1 = _mm256_xor_si256(a1, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 32)));
        a2 = _mm256_xor_si256(a2, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 64)));
        a3 = _mm256_xor_si256(a3, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 96)));
    }
    __m256i x = _mm256_xor_si256(_mm256_xor_si256(a0, a1), _mm256_xor_si256(a2, a3));
    return static_cast<uint64_t>(_mm256_extract_epi64(x, 0) ^ _mm256_extract_epi64(x, 3));
}
#endif
inline uint64_t read_all(const uint8_t* p, size_t n) {
#if defined(ER_SIMD_X86)
    if (cpu_features().avx2) return read_all_avx2(p, n);
#endif
    uint64_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (size_t i = 0; i + 32 <= n; i += 32) {
        uint64_t v[4];
        std::memcpy(v, p + i, 32);
        a0 ^= v[0];
        a1 ^= v[1];
        a2 ^= v[2];
        a3 ^= v[3];
    }
    return a0 ^ a1 ^ a2 ^ a3;
}
}  // namespace detail

double measure_read_bandwidth(int n_threads, size_t bytes, int repeats) {
    if (n_threads < 1) n_threads = cpu_features().n_hw_threads;
    bytes = std::max<size_t>(bytes, size_t(1) << 20) & ~size_t(4095);
    // Written, not just allocated, so every page is backed by real memory rather than the shared zero page.
    std::unique_ptr<uint8_t[]> owner(new uint8_t[bytes + 64]);
    uint8_t* buf = owner.get() + (64 - reinterpret_cast<uintptr_t>(owner.get()) % 64) % 64;
    std::memset(buf, 0x5a, bytes);
    const size_t part = (bytes / static_cast<size_t>(n_threads)) & ~size_t(127);
    std::atomic<uint64_t> sink{0};
    double best = 0.0;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        const double t0 = platform::now_seconds();
        std::vector<std::thread> threads;
        for (int t = 1; t < n_threads; ++t)
            threads.emplace_back([&, t] { sink.fetch_xor(detail::read_all(buf + part * static_cast<size_t>(t), part)); });
        sink.fetch_xor(detail::read_all(buf, part));
        for (auto& th : threads) th.join();
        const double dt = platform::now_seconds() - t0;
        if (dt > 0) best = std::max(best, static_cast<double>(part) * n_threads / dt / 1e9);
    }
    return best;
}

// ---- dot-product kernels ----
// Each computes what types::vec_dot_ref computes (weight row x activation row quantized to
// types::vec_dot_type(weight)), with integer sums inside blocks and float block scales, in a different
// order of float additions only.
namespace detail {
using QuantDotFn = float (*)(const void* w_row, const void* act_row, int64_t n);

// The 6-bit sub-block scales and mins of Q4_K / Q5_K (12 bytes for 8 pairs).
inline void unpack_k4_scales(const uint8_t* packed, uint8_t* sc, uint8_t* mn) {
    for (int j = 0; j < 4; ++j) {
        sc[j] = packed[j] & 63;
        mn[j] = packed[j + 4] & 63;
        sc[j + 4] = static_cast<uint8_t>((packed[j + 8] & 0xf) | ((packed[j] >> 6) << 4));
        mn[j + 4] = static_cast<uint8_t>((packed[j + 8] >> 4) | ((packed[j + 4] >> 6) << 4));
    }
}
// sum_j mins[j] * (bsums[2j] + bsums[2j+1]): the Q8_K activation sums of each 32-element sub-block.
inline int32_t k4_min_sum(const uint8_t* mn, const int16_t* bsums) {
    int32_t s = 0;
    for (int j = 0; j < 8; ++j) s += mn[j] * (bsums[2 * j] + bsums[2 * j + 1]);
    return s;
}

#if defined(ER_SIMD_X86)
#define ER_AVX2 __attribute__((target("avx2,fma,f16c")))

ER_AVX2 inline float hsum_avx2(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
ER_AVX2 inline float half_avx2(uint16_t h) { return _cvtsh_ss(h); }
ER_AVX2 inline __m256i loadu256(const void* p) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }
// Sums of 4 products of signed bytes, as 8 int32. |act| <= 127 (Q8_0 activations), so the unsigned-by-signed
// multiply on |w| and act * sign(w) cannot saturate.
ER_AVX2 inline __m256i dot_s8_avx2(__m256i w, __m256i act) {
    const __m256i p16 = _mm256_maddubs_epi16(_mm256_sign_epi8(w, w), _mm256_sign_epi8(act, w));
    return _mm256_madd_epi16(p16, _mm256_set1_epi16(1));
}
// The 32 nibbles of 16 bytes: low nibbles first, then high nibbles (the Q4_0 / IQ4_NL element order).
ER_AVX2 inline __m256i nibbles32_avx2(const uint8_t* p) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i m = _mm_set1_epi8(0xf);
    return _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(b, 4), m), _mm_and_si128(b, m));
}

ER_AVX2 float dot_q8_0_avx2(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ8_0* w = static_cast<const types::BlockQ8_0*>(w_row);
    const types::BlockQ8_0* a = static_cast<const types::BlockQ8_0*>(act_row);
    const int64_t nb = n / types::QK;
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 2 <= nb; i += 2) {
        const __m256i p0 = dot_s8_avx2(loadu256(w[i].qs), loadu256(a[i].qs));
        const __m256i p1 = dot_s8_avx2(loadu256(w[i + 1].qs), loadu256(a[i + 1].qs));
        acc0 = _mm256_fmadd_ps(_mm256_set1_ps(half_avx2(w[i].d) * half_avx2(a[i].d)), _mm256_cvtepi32_ps(p0), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_set1_ps(half_avx2(w[i + 1].d) * half_avx2(a[i + 1].d)),
                               _mm256_cvtepi32_ps(p1), acc1);
    }
    for (; i < nb; ++i) {
        const __m256i p = dot_s8_avx2(loadu256(w[i].qs), loadu256(a[i].qs));
        acc0 = _mm256_fmadd_ps(_mm256_set1_ps(half_avx2(w[i].d) * half_avx2(a[i].d)), _mm256_cvtepi32_ps(p), acc0);
    }
    return hsum_avx2(_mm256_add_ps(acc0, acc1));
}

// Q4_0 and IQ4_NL share the layout; they differ in the map from nibble to value (minus 8, or a code book
// applied with a byte shuffle).
template <class Block, bool kCodebook>
ER_AVX2 inline __m256 nibble_block_avx2(const Block& w, const types::BlockQ8_0& a, __m256i table) {
    const __m256i q = nibbles32_avx2(w.qs);
    const __m256i v = kCodebook ? _mm256_shuffle_epi8(table, q) : _mm256_sub_epi8(q, _mm256_set1_epi8(8));
    const __m256i p = dot_s8_avx2(v, loadu256(a.qs));
    return _mm256_mul_ps(_mm256_set1_ps(half_avx2(w.d) * half_avx2(a.d)), _mm256_cvtepi32_ps(p));
}
template <class Block, bool kCodebook>
ER_AVX2 inline float dot_nibble_q8_0_avx2(const void* w_row, const void* act_row, int64_t n) {
    const Block* w = static_cast<const Block*>(w_row);
    const types::BlockQ8_0* a = static_cast<const types::BlockQ8_0*>(act_row);
    const int64_t nb = n / types::QK;
    const __m256i table =
        _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(types::kIQ4NLValues)));
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 2 <= nb; i += 2) {
        acc0 = _mm256_add_ps(acc0, nibble_block_avx2<Block, kCodebook>(w[i], a[i], table));
        acc1 = _mm256_add_ps(acc1, nibble_block_avx2<Block, kCodebook>(w[i + 1], a[i + 1], table));
    }
    for (; i < nb; ++i) acc0 = _mm256_add_ps(acc0, nibble_block_avx2<Block, kCodebook>(w[i], a[i], table));
    return hsum_avx2(_mm256_add_ps(acc0, acc1));
}
ER_AVX2 float dot_q4_0_avx2(const void* w, const void* a, int64_t n) {
    return dot_nibble_q8_0_avx2<types::BlockQ4_0, false>(w, a, n);
}
ER_AVX2 float dot_iq4_nl_avx2(const void* w, const void* a, int64_t n) {
    return dot_nibble_q8_0_avx2<types::BlockIQ4_NL, true>(w, a, n);
}

// The 8 scales and 8 mins of a Q4_K / Q5_K block as 16 int16 (scales in lanes 0-7, mins in 8-15), unpacked
// with 32-bit word operations instead of per-byte scalar code.
ER_AVX2 inline __m256i k4_scales_mins_avx2(const uint8_t* packed) {
    uint32_t w[3];
    std::memcpy(w, packed, 12);
    const uint32_t low6 = 0x3f3f3f3f, low4 = 0x0f0f0f0f, top2 = 0x30303030;
    const uint32_t sc_lo = w[0] & low6, mn_lo = w[1] & low6;
    const uint32_t sc_hi = (w[2] & low4) | ((w[0] >> 2) & top2);
    const uint32_t mn_hi = ((w[2] >> 4) & low4) | ((w[1] >> 2) & top2);
    return _mm256_cvtepu8_epi16(_mm_set_epi32(static_cast<int>(mn_hi), static_cast<int>(mn_lo),
                                              static_cast<int>(sc_hi), static_cast<int>(sc_lo)));
}

ER_AVX2 float dot_q4_k_avx2(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ4_K* w = static_cast<const types::BlockQ4_K*>(w_row);
    const types::BlockQ8_K* a = static_cast<const types::BlockQ8_K*>(act_row);
    const int64_t nb = n / types::QK_K;
    const __m256i m4 = _mm256_set1_epi8(0xf);
    __m256 acc = _mm256_setzero_ps();
    __m128 acc_min = _mm_setzero_ps();
    for (int64_t i = 0; i < nb; ++i) {
        const __m256i sm = k4_scales_mins_avx2(w[i].scales);
        // Min term: mins . (sums of the activations of each 32-element sub-block, from the 16-element bsums).
        const __m256i bsums = loadu256(a[i].bsums);
        const __m128i pair_sums = _mm_hadd_epi16(_mm256_castsi256_si128(bsums), _mm256_extracti128_si256(bsums, 1));
        const __m128i min_dot = _mm_madd_epi16(_mm256_extracti128_si256(sm, 1), pair_sums);
        acc_min = _mm_fmadd_ps(_mm_set1_ps(half_avx2(w[i].dmin) * a[i].d), _mm_cvtepi32_ps(min_dot), acc_min);
        // Scale k of the 8 sits in int16 lane k of both 128-bit halves; a byte shuffle broadcasts it.
        const __m256i scales = _mm256_broadcastsi128_si256(_mm256_castsi256_si128(sm));
        __m256i sum = _mm256_setzero_si256();
        for (int j = 0; j < 4; ++j) {
            const __m256i q = loadu256(w[i].qs + 32 * j);
            const __m256i lo = _mm256_maddubs_epi16(_mm256_and_si256(q, m4), loadu256(a[i].qs + 64 * j));
            const __m256i hi =
                _mm256_maddubs_epi16(_mm256_and_si256(_mm256_srli_epi16(q, 4), m4), loadu256(a[i].qs + 64 * j + 32));
            const __m256i s_lo = _mm256_shuffle_epi8(scales, _mm256_set1_epi16(static_cast<short>(0x0100 + 0x0202 * (2 * j))));
            const __m256i s_hi =
                _mm256_shuffle_epi8(scales, _mm256_set1_epi16(static_cast<short>(0x0100 + 0x0202 * (2 * j + 1))));
            sum = _mm256_add_epi32(sum, _mm256_add_epi32(_mm256_madd_epi16(lo, s_lo), _mm256_madd_epi16(hi, s_hi)));
        }
        acc = _mm256_fmadd_ps(_mm256_set1_ps(half_avx2(w[i].d) * a[i].d), _mm256_cvtepi32_ps(sum), acc);
    }
    __m128 m = _mm_add_ps(acc_min, _mm_movehl_ps(acc_min, acc_min));
    m = _mm_add_ss(m, _mm_movehdup_ps(m));
    return hsum_avx2(acc) - _mm_cvtss_f32(m);
}

ER_AVX2 float dot_q6_k_avx2(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ6_K* w = static_cast<const types::BlockQ6_K*>(w_row);
    const types::BlockQ8_K* a = static_cast<const types::BlockQ8_K*>(act_row);
    const int64_t nb = n / types::QK_K;
    const __m256i m4 = _mm256_set1_epi8(0xf), m2 = _mm256_set1_epi8(3);
    __m256 acc = _mm256_setzero_ps(), acc_offset = _mm256_setzero_ps();
    for (int64_t i = 0; i < nb; ++i) {
        // Weights are stored as q + 32 with q in [-32, 31]: the offset comes off through the activation sums.
        const __m256i scales16 = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w[i].scales)));
        const __m256i offset = _mm256_madd_epi16(scales16, loadu256(a[i].bsums));
        const float d = half_avx2(w[i].d) * a[i].d;
        acc_offset = _mm256_fmadd_ps(_mm256_set1_ps(32.0f * d), _mm256_cvtepi32_ps(offset), acc_offset);
        __m256i sum = _mm256_setzero_si256();
        for (int half = 0; half < 2; ++half) {
            // The 8 scales of this half in both 128-bit lanes, for byte-shuffle broadcasts.
            const __m256i sc = half ? _mm256_permute2x128_si256(scales16, scales16, 0x11)
                                    : _mm256_permute2x128_si256(scales16, scales16, 0x00);
            const uint8_t* ql = w[i].ql + 64 * half;
            const __m256i l0 = loadu256(ql), l1 = loadu256(ql + 32), h = loadu256(w[i].qh + 32 * half);
            const __m256i q[4] = {
                _mm256_or_si256(_mm256_and_si256(l0, m4), _mm256_slli_epi16(_mm256_and_si256(h, m2), 4)),
                _mm256_or_si256(_mm256_and_si256(l1, m4),
                                _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(h, 2), m2), 4)),
                _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l0, 4), m4),
                                _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(h, 4), m2), 4)),
                _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l1, 4), m4),
                                _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(h, 6), m2), 4)),
            };
            for (int g = 0; g < 4; ++g) {
                const __m256i p = _mm256_maddubs_epi16(q[g], loadu256(a[i].qs + 128 * half + 32 * g));
                // Elements 0-15 of the 32 (low 128-bit lane of p) and 16-31 have their own scales.
                const __m256i pick = _mm256_set_m128i(_mm_set1_epi16(static_cast<short>(0x0100 + 0x0202 * (2 * g + 1))),
                                                      _mm_set1_epi16(static_cast<short>(0x0100 + 0x0202 * (2 * g))));
                const __m256i s = _mm256_shuffle_epi8(sc, pick);
                sum = _mm256_add_epi32(sum, _mm256_madd_epi16(p, s));
            }
        }
        acc = _mm256_fmadd_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(sum), acc);
    }
    return hsum_avx2(_mm256_sub_ps(acc, acc_offset));
}

// Float weights times float activations (no activation quantization).
ER_AVX2 float dot_f32_avx2(const void* w_row, const float* x, int64_t n) {
    const float* w = static_cast<const float*>(w_row);
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(w + i), _mm256_loadu_ps(x + i), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(w + i + 8), _mm256_loadu_ps(x + i + 8), acc1);
    }
    float s = hsum_avx2(_mm256_add_ps(acc0, acc1));
    for (; i < n; ++i) s += w[i] * x[i];
    return s;
}
ER_AVX2 float dot_f16_avx2(const void* w_row, const float* x, int64_t n) {
    const uint16_t* w = static_cast<const uint16_t*>(w_row);
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m256 w0 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w + i)));
        const __m256 w1 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w + i + 8)));
        acc0 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x + i), acc0);
        acc1 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x + i + 8), acc1);
    }
    float s = hsum_avx2(_mm256_add_ps(acc0, acc1));
    for (; i < n; ++i) s += half_avx2(w[i]) * x[i];
    return s;
}
ER_AVX2 inline __m256 bf16x8_avx2(const uint16_t* p) {
    const __m256i v = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    return _mm256_castsi256_ps(_mm256_slli_epi32(v, 16));
}
ER_AVX2 float dot_bf16_avx2(const void* w_row, const float* x, int64_t n) {
    const uint16_t* w = static_cast<const uint16_t*>(w_row);
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        acc0 = _mm256_fmadd_ps(bf16x8_avx2(w + i), _mm256_loadu_ps(x + i), acc0);
        acc1 = _mm256_fmadd_ps(bf16x8_avx2(w + i + 8), _mm256_loadu_ps(x + i + 8), acc1);
    }
    float s = hsum_avx2(_mm256_add_ps(acc0, acc1));
    for (; i < n; ++i) s += types::bf16_to_fp32(w[i]) * x[i];
    return s;
}
#undef ER_AVX2
#endif  // ER_SIMD_X86

#if defined(ER_SIMD_NEON)
inline float half_neon(uint16_t h) {
    __fp16 f;
    std::memcpy(&f, &h, sizeof f);
    return static_cast<float>(f);
}
// acc + the sums of 4 products of signed bytes (16-bit products cannot overflow: |x| <= 128).
inline int32x4_t dot_s8_neon(int32x4_t acc, int8x16_t a, int8x16_t b) {
    acc = vpadalq_s16(acc, vmull_s8(vget_low_s8(a), vget_low_s8(b)));
    return vpadalq_s16(acc, vmull_high_s8(a, b));
}

float dot_q8_0_neon(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ8_0* w = static_cast<const types::BlockQ8_0*>(w_row);
    const types::BlockQ8_0* a = static_cast<const types::BlockQ8_0*>(act_row);
    float32x4_t acc = vdupq_n_f32(0.0f);
    for (int64_t i = 0; i < n / types::QK; ++i) {
        int32x4_t p = dot_s8_neon(vdupq_n_s32(0), vld1q_s8(w[i].qs), vld1q_s8(a[i].qs));
        p = dot_s8_neon(p, vld1q_s8(w[i].qs + 16), vld1q_s8(a[i].qs + 16));
        acc = vfmaq_n_f32(acc, vcvtq_f32_s32(p), half_neon(w[i].d) * half_neon(a[i].d));
    }
    return vaddvq_f32(acc);
}

template <class Block, bool kCodebook>
inline float dot_nibble_q8_0_neon(const void* w_row, const void* act_row, int64_t n) {
    const Block* w = static_cast<const Block*>(w_row);
    const types::BlockQ8_0* a = static_cast<const types::BlockQ8_0*>(act_row);
    const int8x16_t table = vld1q_s8(types::kIQ4NLValues);
    const uint8x16_t m4 = vdupq_n_u8(0xf);
    float32x4_t acc = vdupq_n_f32(0.0f);
    for (int64_t i = 0; i < n / types::QK; ++i) {
        const uint8x16_t b = vld1q_u8(w[i].qs);
        const uint8x16_t lo = vandq_u8(b, m4), hi = vshrq_n_u8(b, 4);
        const int8x16_t v0 = kCodebook ? vqtbl1q_s8(table, lo) : vsubq_s8(vreinterpretq_s8_u8(lo), vdupq_n_s8(8));
        const int8x16_t v1 = kCodebook ? vqtbl1q_s8(table, hi) : vsubq_s8(vreinterpretq_s8_u8(hi), vdupq_n_s8(8));
        const int32x4_t p = dot_s8_neon(dot_s8_neon(vdupq_n_s32(0), v0, vld1q_s8(a[i].qs)), v1, vld1q_s8(a[i].qs + 16));
        acc = vfmaq_n_f32(acc, vcvtq_f32_s32(p), half_neon(w[i].d) * half_neon(a[i].d));
    }
    return vaddvq_f32(acc);
}
float dot_q4_0_neon(const void* w, const void* a, int64_t n) {
    return dot_nibble_q8_0_neon<types::BlockQ4_0, false>(w, a, n);
}
float dot_iq4_nl_neon(const void* w, const void* a, int64_t n) {
    return dot_nibble_q8_0_neon<types::BlockIQ4_NL, true>(w, a, n);
}

float dot_q4_k_neon(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ4_K* w = static_cast<const types::BlockQ4_K*>(w_row);
    const types::BlockQ8_K* a = static_cast<const types::BlockQ8_K*>(act_row);
    const uint8x16_t m4 = vdupq_n_u8(0xf);
    float sum = 0.0f;
    for (int64_t i = 0; i < n / types::QK_K; ++i) {
        uint8_t sc[8], mn[8];
        unpack_k4_scales(w[i].scales, sc, mn);
        int32_t isum = 0;
        for (int j = 0; j < 4; ++j) {
            const uint8x16_t q0 = vld1q_u8(w[i].qs + 32 * j), q1 = vld1q_u8(w[i].qs + 32 * j + 16);
            const int8_t* act = a[i].qs + 64 * j;
            int32x4_t lo = dot_s8_neon(vdupq_n_s32(0), vreinterpretq_s8_u8(vandq_u8(q0, m4)), vld1q_s8(act));
            lo = dot_s8_neon(lo, vreinterpretq_s8_u8(vandq_u8(q1, m4)), vld1q_s8(act + 16));
            int32x4_t hi = dot_s8_neon(vdupq_n_s32(0), vreinterpretq_s8_u8(vshrq_n_u8(q0, 4)), vld1q_s8(act + 32));
            hi = dot_s8_neon(hi, vreinterpretq_s8_u8(vshrq_n_u8(q1, 4)), vld1q_s8(act + 48));
            isum += sc[2 * j] * vaddvq_s32(lo) + sc[2 * j + 1] * vaddvq_s32(hi);
        }
        sum += half_neon(w[i].d) * a[i].d * static_cast<float>(isum) -
               half_neon(w[i].dmin) * a[i].d * static_cast<float>(k4_min_sum(mn, a[i].bsums));
    }
    return sum;
}

float dot_q6_k_neon(const void* w_row, const void* act_row, int64_t n) {
    const types::BlockQ6_K* w = static_cast<const types::BlockQ6_K*>(w_row);
    const types::BlockQ8_K* a = static_cast<const types::BlockQ8_K*>(act_row);
    const uint8x16_t m4 = vdupq_n_u8(0xf), m2 = vdupq_n_u8(3);
    const int8x16_t offset = vdupq_n_s8(32);
    float sum = 0.0f;
    for (int64_t i = 0; i < n / types::QK_K; ++i) {
        int32_t isum = 0;
        for (int half = 0; half < 2; ++half) {
            const uint8_t* ql = w[i].ql + 64 * half;
            const uint8_t* qh = w[i].qh + 32 * half;
            const int8_t* sc = w[i].scales + 8 * half;
            const int8_t* act = a[i].qs + 128 * half;
            for (int k = 0; k < 2; ++k) {  // elements 16k..16k+15 of each group of 32
                const uint8x16_t l0 = vld1q_u8(ql + 16 * k), l1 = vld1q_u8(ql + 32 + 16 * k);
                const uint8x16_t h = vld1q_u8(qh + 16 * k);
                const uint8x16_t q[4] = {
                    vorrq_u8(vandq_u8(l0, m4), vshlq_n_u8(vandq_u8(h, m2), 4)),
                    vorrq_u8(vandq_u8(l1, m4), vshlq_n_u8(vandq_u8(vshrq_n_u8(h, 2), m2), 4)),
                    vorrq_u8(vshrq_n_u8(l0, 4), vshlq_n_u8(vandq_u8(vshrq_n_u8(h, 4), m2), 4)),
                    vorrq_u8(vshrq_n_u8(l1, 4), vshlq_n_u8(vshrq_n_u8(h, 6), 4)),
                };
                for (int g = 0; g < 4; ++g) {
                    const int8x16_t v = vsubq_s8(vreinterpretq_s8_u8(q[g]), offset);
                    const int32x4_t p = dot_s8_neon(vdupq_n_s32(0), v, vld1q_s8(act + 32 * g + 16 * k));
                    isum += sc[2 * g + k] * vaddvq_s32(p);
                }
            }
        }
        sum += half_neon(w[i].d) * a[i].d * static_cast<float>(isum);
    }
    return sum;
}

float dot_f32_neon(const void* w_row, const float* x, int64_t n) {
    const float* w = static_cast<const float*>(w_row);
    float32x4_t acc0 = vdupq_n_f32(0.0f), acc1 = vdupq_n_f32(0.0f);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        acc0 = vfmaq_f32(acc0, vld1q_f32(w + i), vld1q_f32(x + i));
        acc1 = vfmaq_f32(acc1, vld1q_f32(w + i + 4), vld1q_f32(x + i + 4));
    }
    float s = vaddvq_f32(vaddq_f32(acc0, acc1));
    for (; i < n; ++i) s += w[i] * x[i];
    return s;
}
float dot_f16_neon(const void* w_row, const float* x, int64_t n) {
    const uint16_t* w = static_cast<const uint16_t*>(w_row);
    float32x4_t acc0 = vdupq_n_f32(0.0f), acc1 = vdupq_n_f32(0.0f);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const float16x8_t h = vreinterpretq_f16_u16(vld1q_u16(w + i));
        acc0 = vfmaq_f32(acc0, vcvt_f32_f16(vget_low_f16(h)), vld1q_f32(x + i));
        acc1 = vfmaq_f32(acc1, vcvt_high_f32_f16(h), vld1q_f32(x + i + 4));
    }
    float s = vaddvq_f32(vaddq_f32(acc0, acc1));
    for (; i < n; ++i) s += half_neon(w[i]) * x[i];
    return s;
}
float dot_bf16_neon(const void* w_row, const float* x, int64_t n) {
    const uint16_t* w = static_cast<const uint16_t*>(w_row);
    float32x4_t acc0 = vdupq_n_f32(0.0f), acc1 = vdupq_n_f32(0.0f);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const uint16x8_t h = vld1q_u16(w + i);
        acc0 = vfmaq_f32(acc0, vreinterpretq_f32_u32(vshll_n_u16(vget_low_u16(h), 16)), vld1q_f32(x + i));
        acc1 = vfmaq_f32(acc1, vreinterpretq_f32_u32(vshll_high_n_u16(h, 16)), vld1q_f32(x + i + 4));
    }
    float s = vaddvq_f32(vaddq_f32(acc0, acc1));
    for (; i < n; ++i) s += types::bf16_to_fp32(w[i]) * x[i];
    return s;
}
#endif  // ER_SIMD_NEON

using FloatDotFn = float (*)(const void* w_row, const float* x, int64_t n);

inline QuantDotFn find_quant_dot(Isa isa, types::Type t) {
    using types::Type;
    switch (isa) {
#if defined(ER_SIMD_X86)
        case Isa::AVX2:
        case Isa::AVX512:
            switch (t) {
                case Type::Q8_0: return dot_q8_0_avx2;
                case Type::Q4_0: return dot_q4_0_avx2;
                case Type::IQ4_NL: return dot_iq4_nl_avx2;
                case Type::Q4_K: return dot_q4_k_avx2;
                case Type::Q6_K: return dot_q6_k_avx2;
                default: return nullptr;
            }
#endif
#if defined(ER_SIMD_NEON)
        case Isa::NEON:
            switch (t) {
                case Type::Q8_0: return dot_q8_0_neon;
                case Type::Q4_0: return dot_q4_0_neon;
                case Type::IQ4_NL: return dot_iq4_nl_neon;
                case Type::Q4_K: return dot_q4_k_neon;
                case Type::Q6_K: return dot_q6_k_neon;
                default: return nullptr;
            }
#endif
        default: return nullptr;
    }
}

inline FloatDotFn find_float_dot(Isa isa, types::Type t) {
    using types::Type;
    switch (isa) {
#if defined(ER_SIMD_X86)
        case Isa::AVX2:
        case Isa::AVX512:
            switch (t) {
                case Type::F32: return dot_f32_avx2;
                case Type::F16: return dot_f16_avx2;
                case Type::BF16: return dot_bf16_avx2;
                default: return nullptr;
            }
#endif
#if defined(ER_SIMD_NEON)
        case Isa::NEON:
            switch (t) {
                case Type::F32: return dot_f32_neon;
                case Type::F16: return dot_f16_neon;
                case Type::BF16: return dot_bf16_neon;
                default: return nullptr;
            }
#endif
        default: return nullptr;
    }
}

// Runs dot(r, t) -> y[t * n_out + r] over the whole output. Decode (one token) splits rows between threads;
// prompt processing takes a tile of weight rows (small enough to stay in L1) through a group of tokens
// (activations in L2), so each weight byte comes from memory once per group rather than once per token.
template <class Dot>
void run_matmul_tiles(int64_t n_out, int64_t n_tokens, float* y, ThreadPool& pool, const Dot& dot) {
    if (n_tokens == 1) {
        pool.parallel_for(n_out, 16, [&](int64_t b, int64_t e, int) {
            for (int64_t r = b; r < e; ++r) y[r] = dot(r, 0);
        });
        return;
    }
    constexpr int64_t kTileRows = 16, kTileTokens = 64;
    const int64_t n_tiles = (n_out + kTileRows - 1) / kTileRows;
    pool.parallel_for(n_tiles, 1, [&](int64_t tb, int64_t te, int) {
        for (int64_t tile = tb; tile < te; ++tile) {
            const int64_t r0 = tile * kTileRows, r1 = std::min(n_out, r0 + kTileRows);
            for (int64_t t0 = 0; t0 < n_tokens; t0 += kTileTokens) {
                const int64_t t1 = std::min(n_tokens, t0 + kTileTokens);
                for (int64_t t = t0; t < t1; ++t)
                    for (int64_t r = r0; r < r1; ++r) y[t * n_out + r] = dot(r, t);
            }
        }
    });
}
}  // namespace detail

bool has_fast_dot(Isa isa, types::Type weight) { return detail::find_quant_dot(isa, weight) != nullptr; }

float fast_dot(Isa isa, types::Type weight, const void* w_row, const void* act_row, int64_t n) {
    const detail::QuantDotFn fn = detail::find_quant_dot(isa, weight);
    const types::TypeInfo* ti = types::type_info(weight);
    if (!fn || !ti || n < 0 || n % ti->block_size != 0) return std::numeric_limits<float>::quiet_NaN();
    return fn(w_row, act_row, n);
}

float fast_dot_f32(Isa isa, types::Type weight, const void* w_row, const float* x, int64_t n) {
    const detail::FloatDotFn fn = detail::find_float_dot(isa, weight);
    if (!fn || n < 0) return std::numeric_limits<float>::quiet_NaN();
    return fn(w_row, x, n);
}

bool matmul_fast(types::Type weight, const void* w, int64_t n_in, int64_t n_out, const float* x, int64_t n_tokens,
                 float* y, ThreadPool& pool) {
    const Isa isa = active_isa();
    const types::TypeInfo* ti = types::type_info(weight);
    if (!ti || n_in <= 0 || n_in % ti->block_size != 0 || n_out <= 0 || n_tokens <= 0) return false;
    const uint8_t* wbytes = static_cast<const uint8_t*>(w);
    const size_t w_row = types::row_bytes(weight, n_in);
    if (const detail::FloatDotFn fn = detail::find_float_dot(isa, weight)) {
        detail::run_matmul_tiles(n_out, n_tokens, y, pool, [&](int64_t r, int64_t t) {
            return fn(wbytes + static_cast<size_t>(r) * w_row, x + t * n_in, n_in);
        });
        return true;
    }
    const detail::QuantDotFn fn = detail::find_quant_dot(isa, weight);
    if (!fn) return false;
    const types::Type act_type = types::vec_dot_type(weight);
    const size_t act_row = types::row_bytes(act_type, n_in);
    // Activations are quantized once per matmul; the buffer belongs to the calling thread and is reused.
    thread_local std::vector<uint8_t> act;
    if (act.size() < act_row * static_cast<size_t>(n_tokens)) act.resize(act_row * static_cast<size_t>(n_tokens));
    uint8_t* act_data = act.data();
    pool.parallel_for(n_tokens, 4, [&](int64_t b, int64_t e, int) {
        for (int64_t t = b; t < e; ++t) types::quantize_row(act_type, x + t * n_in, act_data + t * act_row, n_in);
    });
    detail::run_matmul_tiles(n_out, n_tokens, y, pool, [&](int64_t r, int64_t t) {
        return fn(wbytes + static_cast<size_t>(r) * w_row, act_data + static_cast<size_t>(t) * act_row, n_in);
    });
    return true;
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
    s = gen::detail::attach_text_side(data.get());
    if (!s.ok()) return Status::fail(path + ": " + s.message());
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
namespace tok {
namespace detail {

// <<< unicode tables: generated by tools/gen_unicode.py, do not edit >>>
// Unicode 14.0.0 (Python unicodedata). Categories in the order of UcdCat.
static constexpr const char* k_unicode_version = "14.0.0";
static const size_t k_ucd_cat_run_count = 3968;
static const char k_ucd_cat_runs[] =
    "A6bAXBSDUBSDOBPBSBTBSBNBSCJKSCTDSCB6OBSBPBVBMBVBC6OBTBPBTB6bBXBSBUEWBSBVBWBFBQBTB7BWBVBWBTBLCVBCBSCVBLBF"
    "BRBLDSBBXTBBHCYTBCIBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBB"
    "BCBBBCBBBCBBBCBBBCBBBCBBBCCBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCCBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBB"
    "BCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCDBCCBBBCBBCCBBDCCBECBBCCBBDCDBCCBBCCBBBCBBBCBB"
    "CCBBBCCBBCBBCCBBDCBBBCBBCCCFBBBCDFEBBDBCBBBDBCBBBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCCBBCBBBCBBBCBBBCBBBC"
    "BBBCBBBCBBBCBBBCCBBDBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBB"
    "BCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCHBCCBBCCCBBCBBECBBBCBBBCBBBCBBBCcFFBC7ESVEEMVOEFVHEBVBEBVRGdQB"
    "BCBBBCBEBVBBBCBACEBCDSBBBAEVCBBSBBDABBBABBCCBBRABBJCbDBBCCBDCDBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCFBBCBTBBBCBBCCCBbTCbQBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBWBGFICBBCB"
    "BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB"
    "BCCBBBCBBBCBBBCBBBCBBBCBBBCCBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB"
    "BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB"
    "BBCBBBCBBBCBABBbGACEBSGCbJSBNBACWCUBABGbNNBGBSBGCSBGCSBGBAIF7AEFESCAL7GTDSCUBSCWCGLSB7BSDFbAEBFKGVJKSEFC"
    "GBFdDSBFBGH7BWBGGECGCWBGEFCJKFDWCFBSOAB7BFBGBF:G7ACFcZGLFBAOJKFbBGJECWBSDEBACGBUCFWGEEBGJEBGDEBGFACSPABF"
    "ZGDACSBABFLAFFYVBFGAB7CAGGIFbJEBGY7BGbAHBFbWGBHBGBFBHDGIHEGBHCFBGHFKGCSCJKSBEBFPGBHCABFIACFCACFWABFHABFB"
    "ADFEACGBFBHDGEACHCACHCGBFBAIHBAEFCABFDGCACJKFCUCLGWBUBFBSBGBACGCHBABFGAEFCACFWABFHABFCABFCABFCACGBABHDGC"
    "AEGCACGDADGBAHFEABFBAHJKGCFDGBSBAKGCHBABFJABFDABFWABFHABFCABFFACGBFBHDGFABGCHBABHCGBACFBAPFCGCACJKSBUBAH"
    "FBGGABGBHCABFIACFCACFWABFHABFCABFFACGBFBHBGBHBGEACHCACHCGBAHGCHBAEFCABFDGCACJKWBFBLGAKGBFBABFGADFDABFEAD"
    "FCABFBABFCADFCADFDADFMAEHCGBHCADHDABHDGBACFBAGHBAOJKLDWGUBWBAFGBHDGBFIABFDABFXABFQACGBFBGDHEABGDABGEAHGC"
    "ABFDACFBACFCGCACJKAHSBLHWBFBGBHCSBFIABFDABFXABFKABFFACGBFBHBGBHFABGBHCABHCGCAHHCAGFCABFCGCACJKABFCANGCHC"
    "FJABFDABFbJGCFBHDGEABHDABHDGBFBWBAEFDHBLHFDGCACJKLJWBFGABGBHCABFSADFYABFJABFBACFHADGBAEHDGDABGBABHIAGJKA"
    "CHCSBAMFbQGBFCGHAEUBFGEBGISBJKSCAbFFCABFBABFFABFYABFBABFKGBFCGJFBACFFABEBABGGACJKACFEAbAFBWDSPWBSBWDGCWG"
    "JKLKWBGBWBGBWBGBOBPBOBPBHCFIABFbEAEGOHBGFSBGCFFGLABGbEABWIGBWGABWCSFWESCAbFFbLHCGEHBGGHBGCHCGCFBJKSGFGHC"
    "GCFEGDFBHDFCHHFDGEFNGBHCGCHGGBFBHBJKHDGBWCBbGABBBAFBBACCbLSBEBCDFkJABFEACFHABFBABFEACFbJABFEACFbBABFEACF"
    "HABFBABFEACFPABFbZABFEACFcDACGDSJLUADFQWKAGBcWACCGACNBFtMWBSBFRXBF6OBPBADFcLSDKDFIAHFSGDHBAJFTGCHBSCAJFS"
    "GCAMFNABFDABGCAMFbUGCHBGHHIGBHCGLSDEBSDUBFBGBACJKAGLKAGSGNBSEGD7BGBJKAGFbDEBFbVAHFFGCFbCGBFBAFFcGAKF;ABG"
    "DHEGCHDAEHCGBHGGDAEWBADSCJKF:ACFFALFbMAEF6AGJKLBADWbCFXGCHCGBACSCFbVHBGBHBGHABGBHBGBHCGIHGGKACGBJKAGJKAG"
    "SHEBSGACGOIBGQAbRGEHBFbPGBHBGFHBGBHFGBHCFIADJKSHWKGJWJSCABGCHBF:HBGEHCGCHBGDFCJKFbMGBHBGCHDGBHBGDHCAISEF"
    "bEHIGIHCGCADSFJKADFDJKF:EGSCCJAHBbLACBDSIAIGDSBGNHBGHFEGBFGGBFCHBGCFBAFCbMEb;CNEBCbCEbFGcABBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCJBBCBBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCJBICGACBGACCIBICIBICGACBGACCIABBBABBBAB"
    "BBABBBCIBICOACCIDICIDICIDICFABCCBEDBVBCBVDCDABCCBEDBVDCEACCCBEABVDCIBFVDACCDABCCBEDBVCABXL7FNGSCQBRBOBQC"
    "RBOBQBSIYBZB7FXBSJQBRBSEMCSDTBOBPBSLTBSBMBSKXB7FAB7KLBEBACLGTDOBPBEBLKTDOBPBABENADUbBAPGNIEGBIDGMAPWCBBW"
    "EBBWCCBBDCCBDCBWBBBWCTBBFWGBBWBBBWBBBWBBEWBCBBECBFECBWCCCBCTFBBCEWBTBWCCBWBLQKbDBBCBKELBWCAETFWFTCWETBWC"
    "TBWCTBWHTBW;TCWCTBWBTBW;TiMWIOBPBOBPBWUTCWHOBPBWcRTBW:TZWbITGWcFAZWLAVLb8WcOLWWfXTBWJTBWbWTIWdPTBWhYOBPB"
    "OBPBOBPBOBPBOBPBOBPBOBPBL:WbMTFOBPBT;OBPBOBPBOBPBOBPBOBPBTQWiATeDOBPBOBPBOBPBOBPBOBPBOBPBOBPBOBPBOBPBOBP"
    "BOBPBTb;OBPBOBPBTbAOBPBTiCWbQTVWCTGWbHACWbAABWdJBbQCbQBBCBBDCCBBCBBBCBBBCBBECBBBCCBBCGECBDCBBBCBBBCBBBCB"
    "BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB"
    "BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCCWGBBCBBBCBGDBBCBAFSELBSC"
    "CbGABCBAFCBACFbYAHEBSBAOGBFXAJFHABFHABFHABFHABFHABFHABFHABFHABGbASCQBRBQBRBSDQBRBSBQBRBSJNBSCNBSBQBRBSCQ"
    "BRBOBPBOBPBOBPBOBPBSFEBSKNCSENBSBOBSNWCSDOBPBOBPBOBPBOBPBNBAbCW6ABWcZAMWgWA6WMAEXBSDWBEBFBKBOBPBOBPBOBPB"
    "OBPBOBPBWCOBPBOBPBOBPBOBPBNBOBPCWBKJGEHCNBEFWCKDEBFBSBWCABFcWACGCVCECFBNBFc6SBEDFBAFFbLABFc:ABWCLEWKFbAW"
    "bEAMFQW;ABLKW:LIWBLPWbALKWbHLPWkAFgoAWcAFuqVEBFbdXADWbXAJFbIEGSCFiMEBSDFQJKFCAUBBCBBBCBBBCBBBCBBBCBBBCBB"
    "BCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBFBGBIDSBGKSBEBBBCBBBCBBBCBBBCBBBCBBBC"
    "BBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBECGCFcGKKGCSGAIVXEJVCBBCBBBCBBBCBBBCBBBCBBBCBBBCDBBCBBBCBBBCBBBCBBBCBBB"
    "CBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBEB"
    "CIBBCBBBCBBCCBBBCBBBCBBBCBBBCBEBVCBBCBBBCBFBBBCBBBCDBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBFCBBFCBBBCB"
    "BBCBBBCBBBCBBBCBBBCBBBCBBECBBBCBAFBBCBABCBABCBBBCBBBCBAYEDBBCBFBECCBFHGBFDGBFEGBFXHCGCHBWEGBADLGWCUBWBAG"
    "FbUSEAIHCFbSHQGCAISCJKAGGSFGSDFBSBFCGBJKF8GISCFXGLHCALSBF9ADGDHBFbPGBHCGEHCGCHDSNABEBJKAESCFFGBEBFJJKFFA"
    "BFbJGGHCGCHCGCAJFDGBFIGBHBACJKACSEFQEBFGWDFBHBGBHBFbSGBFBGDFCGCFFGCFBGBFBAYFCEBSCFLHBGCHCSCFBECHBGBAKFGA"
    "CFGACFGAJFHABFHABCbLVBEECJEBVCAECcQFbDHCGBHCGBHCSBHBGBACJKAGFk3EAMFXAEFbRAE8caA9giAFlOACFdKAbGCHAMCFAFFB"
    "GBFKTBFNABFFABFBABFCABFCABFdMVRAQFlLPBOBWQFcAACFbWAHWBAbAFMUBWDGQSHOBPBSBAGGQSBNCMCOBPBOBPBOBPBOBPBOBPBO"
    "BPBOBPBOBPBSCOBPBSEMDSDABSENBOBPBOBPBOBPBSDTBNBTDABSBUBSCAEFFABFeHAC7BABSDUBSDOBPBSBTBSBNBSCJKSCTDSCB6OB"
    "SBPBVBMBVBC6OBTBPBTBOBPBSBOBPBSCFKEBFbNECF;ADFGACFGACFGACFDADUCTBVBWBUCABWBTEWCAK7DWCACFMABF6ABFTABFCABF"
    "PACFOAbCFd7AFSDAELbNADWJKbVLEWRLCWDABWNADWBAbPWbNGBAeCF9ADFbRAPGBL7AEFbALEAJFUKBFIKBAFFbGGFAFF:ABSBFbEAE"
    "FISBKFAbKBbICbIFcOACJKAGBbEAECbEAEFbIAIFbUALSBBLABBPABBHABBCABCLABCPABCHABCCAcDFjXAJFWAKFIAYEGABEbKABEJA"
    "cFFGACFBABFbMABFCADFBACFXABSBLIFXWCLHF;AILJAbQFTABFCAFLFFWLGADSBF6AFSBAcAFbYAELCFCLQACLbOFBGDABGCAFGEFEA"
    "BFDABF9ACGDAEGBLJAHSJAHF9LCSBF9LDAbAFIWBF8GCAELFSHAJFbWADSHFWACLIFTAFLIFSAHSEAMLHAcQFcJAbXBbTANCbTAHLGFb"
    "EGEAIJKAjGL;ABFbKABGCNBACFCAcOF9LKFBAIFWGLLESFAWFSGESEAbGFVLHAUFXAJHBGBHBFbVGPSHAELUJKGBFCGCFBAJGDHBFbNH"
    "DGEHCGCSC7BSEGBAK7BACFZAHJKAGGDFbEGFHBGIABJKSEFBHCFBAIFbDGBSCFBAJGCHBFbQHDGJHCFESEGESBHBGBJKFBSBFBSDABLU"
    "ALFSABFZHDGDHCGBHBGCSGGBAcBFHABFBABFEABFPABFKSBAGFbPGBHDGIAFJKAGGCHCABFIACFCACFWABFHABFCABFFABGCFBHCGBHE"
    "ACHCACHDACFBAGHBAFFFHCACGHADGFAeLFbVHDGIHCGDHBGBFESFJKSCABSBGBFDA:FbQHDGGHBGBHEGCHBGCFCSBFBAIJKAfGFbPHDG"
    "EACHEGCHBGCSXFEGCAbCFbQHDGIHCGBHBGCSDFBALJKAGSNATFbLGBHBGBHCGGHBGBFBSBAGJKAbWF7ACGDHCGEHBGFAEJKLCSDWBFHA"
    "fZFbMHDGJHBGCSBAdEBbACbAJKLJAMFIACFBACFIABFCABFYHGABHCACGCHBGBFBHBFBHBGBSDAJJKAcGFIACFbHHDGEACGCHEGBFBSB"
    "FBHBA7FBGKFbIGGHBFBGESIGBAIFBGGHCGDFbOGNHBGCSDFBSFANFcJAiHFJABFbFHBGHABGGHBGBFBSFAKJKLTADSCF:ACGWABHBGHH"
    "BGCHBGCAcJFHABFCABFbGGGADGBABGCABGHFBGBAIJKAGFGABFCABFbAHFABGCABHCGBHBGBFBAHJKAjWFTGCHCSCAfXFBAPLVWIUEWR"
    "ANSBF26AdGKdPABSFALFgEAcsMFdBSCANFbbPAB7JAd4HFsHAinZFrZAHF;ABJKAESCFcPABJKAGF:ACGFSBAKFbQGHSFWEEESBWBAKJ"
    "KABLHABFVAFFTAvQBbACbALXSEAdFFcLAEGBFBHbXAHGEENAcAECSBEBGBALHCAOFf5YAIFbgWAbKFJAixHEEABEHABECABFjDAbNFDA"
    "RFEAIFmMAciEFdLAFFNADFJAHFKACWBGCSB7EAes8GbOACGXAJWdUAb8WhWAKWbHACWb8HCGDWDHG7IGIWCGHW:GEWb9AVWcCGDWBAe6"
    "LUAMWcXAJLZAeHB6C6B6CHABCSB6C6BBABBCACBBACBCACBEABBICEABCBABCHABCLB6C6BCABBEACBIABBHABC6BCABBEABBFABBBAD"
    "BHABC6B6C6B6C6B6C6B6C6B6C6B6C8ACBZTBCZTBCGBZTBCZTBCGBZTBCZTBCGBZTBCZTBCGBZTBCZTBCGBBCBACJbSWqAGbXWEGbSWI"
    "GBWOGBWCSFAPGFABGPAbcQCKFBCUAhBGHABGRACGHABGCABGFAgVFbNADGHEHACJKAEFBWBAkAF:GBARFbMGEJKAFUBAbhAFHABFEABF"
    "CABFPABFgFACLJGHAbJBbCCbCGHEBAEJKAESCAyRLb7WBLDUBLEAcMLbNWBLPAgCFEABF7ABFCABFBACFBABFKABFEABFBABFBAGFBAE"
    "FBABFBABFBABFDABFCABFBACFBABFBABFBABFBABFBABFCABFBACFEABFHABFEABFEABFBABFKABFRAFFDABFFABFRAbUTCAiOWbMAEW"
    "dEAMWPACWPABWPABWbFAKLNWfBAbYW9ANWbMAEWJAHWCAOWGAe6Wh7VFWwYAFWQADWNADWdUAMWcZAHWMAEWBAPWMAEWbYAIWKAGWbIA"
    "IW:ACWCAcOWkUAMWOACWFADWFADWHAJW9ADWLAFWGAKWKAGWIAIWHAJWeTABWbXAbFJKAbaGFbjxAAbAFebZAHFg:ACFfuCAOFhjRAda"
    ";Fq:AbpCFe0LAv1fW7BA:7dAAeAGhQAb5qQ9b55:AC9b55:A";
static const uint32_t k_ucd_ws_ranges[10][2] = {
    {0x9, 0xd}, {0x20, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
    {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};
struct UcdLowerRun { uint32_t first; uint16_t count; uint16_t stride; int32_t delta; };
static const UcdLowerRun k_ucd_lower[181] = {
    {0x41, 26, 1, 32}, {0xc0, 23, 1, 32}, {0xd8, 7, 1, 32}, {0x100, 24, 2, 1}, {0x132, 3, 2, 1},
    {0x139, 8, 2, 1}, {0x14a, 23, 2, 1}, {0x178, 1, 1, -121}, {0x179, 3, 2, 1}, {0x181, 1, 1, 210},
    {0x182, 2, 2, 1}, {0x186, 1, 1, 206}, {0x187, 1, 1, 1}, {0x189, 2, 1, 205}, {0x18b, 1, 1, 1},
    {0x18e, 1, 1, 79}, {0x18f, 1, 1, 202}, {0x190, 1, 1, 203}, {0x191, 1, 1, 1}, {0x193, 1, 1, 205},
    {0x194, 1, 1, 207}, {0x196, 1, 1, 211}, {0x197, 1, 1, 209}, {0x198, 1, 1, 1}, {0x19c, 1, 1, 211},
    {0x19d, 1, 1, 213}, {0x19f, 1, 1, 214}, {0x1a0, 3, 2, 1}, {0x1a6, 1, 1, 218}, {0x1a7, 1, 1, 1},
    {0x1a9, 1, 1, 218}, {0x1ac, 1, 1, 1}, {0x1ae, 1, 1, 218}, {0x1af, 1, 1, 1}, {0x1b1, 2, 1, 217},
    {0x1b3, 2, 2, 1}, {0x1b7, 1, 1, 219}, {0x1b8, 1, 1, 1}, {0x1bc, 1, 1, 1}, {0x1c4, 1, 1, 2},
    {0x1c5, 1, 1, 1}, {0x1c7, 1, 1, 2}, {0x1c8, 1, 1, 1}, {0x1ca, 1, 1, 2}, {0x1cb, 9, 2, 1},
    {0x1de, 9, 2, 1}, {0x1f1, 1, 1, 2}, {0x1f2, 2, 2, 1}, {0x1f6, 1, 1, -97}, {0x1f7, 1, 1, -56},
    {0x1f8, 20, 2, 1}, {0x220, 1, 1, -130}, {0x222, 9, 2, 1}, {0x23a, 1, 1, 10795}, {0x23b, 1, 1, 1},
    {0x23d, 1, 1, -163}, {0x23e, 1, 1, 10792}, {0x241, 1, 1, 1}, {0x243, 1, 1, -195}, {0x244, 1, 1, 69},
    {0x245, 1, 1, 71}, {0x246, 5, 2, 1}, {0x370, 2, 2, 1}, {0x376, 1, 1, 1}, {0x37f, 1, 1, 116},
    {0x386, 1, 1, 38}, {0x388, 3, 1, 37}, {0x38c, 1, 1, 64}, {0x38e, 2, 1, 63}, {0x391, 17, 1, 32},
    {0x3a3, 9, 1, 32}, {0x3cf, 1, 1, 8}, {0x3d8, 12, 2, 1}, {0x3f4, 1, 1, -60}, {0x3f7, 1, 1, 1},
    {0x3f9, 1, 1, -7}, {0x3fa, 1, 1, 1}, {0x3fd, 3, 1, -130}, {0x400, 16, 1, 80}, {0x410, 32, 1, 32},
    {0x460, 17, 2, 1}, {0x48a, 27, 2, 1}, {0x4c0, 1, 1, 15}, {0x4c1, 7, 2, 1}, {0x4d0, 48, 2, 1},
    {0x531, 38, 1, 48}, {0x10a0, 38, 1, 7264}, {0x10c7, 1, 1, 7264}, {0x10cd, 1, 1, 7264}, {0x13a0, 80, 1, 38864},
    {0x13f0, 6, 1, 8}, {0x1c90, 43, 1, -3008}, {0x1cbd, 3, 1, -3008}, {0x1e00, 75, 2, 1}, {0x1e9e, 1, 1, -7615},
    {0x1ea0, 48, 2, 1}, {0x1f08, 8, 1, -8}, {0x1f18, 6, 1, -8}, {0x1f28, 8, 1, -8}, {0x1f38, 8, 1, -8},
    {0x1f48, 6, 1, -8}, {0x1f59, 4, 2, -8}, {0x1f68, 8, 1, -8}, {0x1f88, 8, 1, -8}, {0x1f98, 8, 1, -8},
    {0x1fa8, 8, 1, -8}, {0x1fb8, 2, 1, -8}, {0x1fba, 2, 1, -74}, {0x1fbc, 1, 1, -9}, {0x1fc8, 4, 1, -86},
    {0x1fcc, 1, 1, -9}, {0x1fd8, 2, 1, -8}, {0x1fda, 2, 1, -100}, {0x1fe8, 2, 1, -8}, {0x1fea, 2, 1, -112},
    {0x1fec, 1, 1, -7}, {0x1ff8, 2, 1, -128}, {0x1ffa, 2, 1, -126}, {0x1ffc, 1, 1, -9}, {0x2126, 1, 1, -7517},
    {0x212a, 1, 1, -8383}, {0x212b, 1, 1, -8262}, {0x2132, 1, 1, 28}, {0x2160, 16, 1, 16}, {0x2183, 1, 1, 1},
    {0x24b6, 26, 1, 26}, {0x2c00, 48, 1, 48}, {0x2c60, 1, 1, 1}, {0x2c62, 1, 1, -10743}, {0x2c63, 1, 1, -3814},
    {0x2c64, 1, 1, -10727}, {0x2c67, 3, 2, 1}, {0x2c6d, 1, 1, -10780}, {0x2c6e, 1, 1, -10749}, {0x2c6f, 1, 1, -10783},
    {0x2c70, 1, 1, -10782}, {0x2c72, 1, 1, 1}, {0x2c75, 1, 1, 1}, {0x2c7e, 2, 1, -10815}, {0x2c80, 50, 2, 1},
    {0x2ceb, 2, 2, 1}, {0x2cf2, 1, 1, 1}, {0xa640, 23, 2, 1}, {0xa680, 14, 2, 1}, {0xa722, 7, 2, 1},
    {0xa732, 31, 2, 1}, {0xa779, 2, 2, 1}, {0xa77d, 1, 1, -35332}, {0xa77e, 5, 2, 1}, {0xa78b, 1, 1, 1},
    {0xa78d, 1, 1, -42280}, {0xa790, 2, 2, 1}, {0xa796, 10, 2, 1}, {0xa7aa, 1, 1, -42308}, {0xa7ab, 1, 1, -42319},
    {0xa7ac, 1, 1, -42315}, {0xa7ad, 1, 1, -42305}, {0xa7ae, 1, 1, -42308}, {0xa7b0, 1, 1, -42258}, {0xa7b1, 1, 1, -42282},
    {0xa7b2, 1, 1, -42261}, {0xa7b3, 1, 1, 928}, {0xa7b4, 8, 2, 1}, {0xa7c4, 1, 1, -48}, {0xa7c5, 1, 1, -42307},
    {0xa7c6, 1, 1, -35384}, {0xa7c7, 2, 2, 1}, {0xa7d0, 1, 1, 1}, {0xa7d6, 2, 2, 1}, {0xa7f5, 1, 1, 1},
    {0xff21, 26, 1, 32}, {0x10400, 40, 1, 40}, {0x104b0, 36, 1, 40}, {0x10570, 11, 1, 39}, {0x1057c, 15, 1, 39},
    {0x1058c, 7, 1, 39}, {0x10594, 2, 1, 39}, {0x10c80, 51, 1, 64}, {0x118a0, 32, 1, 32}, {0x16e40, 32, 1, 32},
    {0x1e900, 34, 1, 34},
};
static const size_t k_ucd_nfd_run_count = 1827;
static const char k_ucd_nfd_base[] =
    "gAFh9CAiHBDiFBDiFCAiFBEiFDDiHBAiHDFh9CAiHBDiFBDiFCAiFBEiFDDiHBAiHCAiLBAl9BAj;BAmBBAkDBAmFBAkHBAmFBAkHBAm"
    "JBAkLBAmNBAkPBAmRBAkTBAmTBAkVDAmZBAk7BAm9BAk;BAnBBAlDBAnFBAlHBAnJBAlLBAnJBAlLBAnNBAlPBAnRBAlTBAnVBAlXBAn"
    "XBAlZDAn9BAl;BAoBBAmDBAoFBAmHBAoJBAmLBAoNEAoTBAmVBAoVBAmXCAoZBAm7BAo9BAm;BApBBAnDFApJBAnLBApNBAnPBApRBAn"
    "TEApZBAn7BAp9BAn;BAqBBAoDDAqDBAoFBAqHBAoJBAqLBAoNBAqNBAoPBAqRBAoTBAqVBAoXBAqZBAo7BAq7BAo9BAq;BApBDArFBAp"
    "HBArJBApLBArNBApPBArRBApTBArVBApXBArZBAp7BArZBAp7BArZBAp7BAr9BAr9BAp;BAsBBAqDBAsFBAqHbCAvBBAtDOAvTBAtV9A"
    "yXBAwZBAyLBAwNBAyDBAwFBAx7BAv9BAx;BAwBBAyDBAwFBAyHBAwJBAyLBAwNCAzZBAx7BAz9BAx;BArXBApZDAz9BAx;BAzZBAx7BA"
    "zVBAxXBAzZBAx7BAdNBAkGBAyLEA0ZBAy7DA0TBAyVBA1RBAzTBAtLBArNBAsLBAqNBA19BAz;BA2BBA0DBA19BAz;BA2BBA0DBA19BA"
    "z;BA2BBA0DBA1ZBAz7BA19BAz;BA17BAz9BA1;BA0BBA19BAz;BA2BBA0DBA2JBA0LBA2LBA0NDA3LBA1NHA4JBA2LBA4FBA2HBA3VBA"
    "1XBA3ZBA17BA39BA1;BA4BBA2DBA3RBA1TiNAd;BAd;CAc;BAdXbQAlVKAbuFHAbnZBAWBAbm;BA6BA8BA:CAbGCAbOBAbUBAcS6AbBB"
    "ALBAKBAQBASBAUBAbK6AbBBALBAZBAPBAJFBBbMBbKCAbAEABFA8BAWBAbKLABbAABXBbVCAb;EABFAcDBAcJBAbVYADBADcKAkVBAiX"
    "OAl;BAkBBAmDBAkFDAmBBAkDDADBADBAmLBAkNBAmNBAkPDAmTBAkVBAmXBAkZBAmPBAkRDADBADBAl9BAj;BAmVBAkXBAmZBAk7BAm9"
    "BAk;BAmZBAk7DAmZBAk7jJBKBAcIBAEBAcIe6AbKCABRABsWABIABDABbEAeFBAeFBAeFBAd9BAdVBAdVBAdFBAc;dMBHQAdVBAdVCAc"
    ";cUABDAEbDAeFBAeFBAd9DAdFhKABDBHQAdVBAdVbXADbWAHBAHBALd8ADdYABHBBCBHd;AHBAHBALeOABCCFlFABKABFABFABFABNAc"
    "RKADCAHBAdYCAdWJA;SABKABFABFABFABNAcRdNABcxAABCABCABCABCABEABbJABCABDADBADCABv9Ao19BAoz;BAo1;BAo0BBAo2DB"
    "Ao0FBAo2HBAo0JBAo2JBAo0LBAo2LBAo0NBAo2PBAo0RBAo2TBAo0VBAo2XBAo0ZBAo27BAo09BAo29BAo0;BAo3BBAo1DBAo3FBAo1H"
    "BAo3JBAo1LBAo3NBAo1PBAo3PBAo1RBAo3RBAo1TBAo3TBAo1VBAo3XBAo1ZBAo37BAo19BAo3;BAo2BBAo4DBAo2FBAo4FBAo2HBAo4"
    "JBAo2LBAo4JBAo2LBAo4NBAo2PBAo4RBAo2TBAo4TBAo2VBAo4XBAo2ZBAo47BAo29BAo4;BAo3BBAo5BBAo3DBAo5FBAo3HBAo5JBAo"
    "3LBAo5LBAo3NBAo5PBAo3RBAo5TBAo3VBAo5XBAo3ZBAo5ZBAo37BAo59BAo3;BApaBBAo4DBApaFBAo4HBApaHBAo4JBApaLBAo4NBA"
    "paLBAo4NBApaPBAo4RBApaTBAo4VBApaXBAo4ZBApaZBAo47BApa9BAo4;BApbBBAo5DBApbFBAo5HBApbJBAo5LBApbLBAo5NBApbPB"
    "Ao5RBApbTBAo5VBApbXBAo5ZBApbZBAo57BApb9BAo5;BApcBBApaDBApcFBApaHBApcJBApaLBApcLBApaNBApcPBApaRBApcRBApaT"
    "BApcVBApaXBApcZBApa7BApc9BApa;BApdBBApbDBApdDBApbFBApdHBApbJBApdJBApbLBApdLBApbNBApdPBApbRBApdTBApbVBApc"
    "7BApcFBApcBBApb;CAorXFApf9BApd;BApgBBApeDBApgFBApeHBApgJBApeLBApgNBApePBApgRBApeTBApgVBApeXBApgZBApe7BAp"
    "g9BApe;BAphBBApfDBAphFBApfHBAphJBApfLBAphFBApfHBAphJBApfLBAphNBApfPBAphRBApfTBAphVBApfXBAphZBApf7BAph9BA"
    "pf;BApiBBApgDBAph9BApf;BApiBBApgDBAphZBApf7BAph9BApf;BApiBBApgDBApiFBApgHBApiJBApgLBApiNBApgPBApiRBApgTB"
    "ApiVBApgXBApiZBApg7BApi9BApg;BApjBBAphDBApjFBAphHBApi9BApg;BApjBBAphDBApjFBAphHBApjJBAphLBApjNBAphPBApjR"
    "BAphTBApjVBAphXBApjRBAphTBApjVBAphXBApjZBAph7BApj9BAph;HHnu9BHnxNBFnvVDFnyFDHnwRBHnzBBHnxNBHnz9BFnyBDFn0"
    "RDHnyVCAn1HCAn1LCAn1PCAn1TBHnzNBHn19BBn19BBn1ZBBn1ZBBn1ZBBn1RBBn1JBBn1FDHn29BHn5NBHn3RBHoaBBHn3NBHn59BEn"
    "59CBoaJBEocNCAoaJDAprRBCoaVCBoa9BBodFBCodFBC7BDobNDBobZBDod9CCcCBDobVBBocFBBocBBDoeFBAoeVBBpuJBApy9DCocR"
    "CBocZBBofRBCofBBApuRDAEBAEjFAoxZEAqn9BAqoTdPATBARTAbT;AGBAMBAGbVABFABDABYABCAB7AJDABDADCABXArcFCABLAb;BA"
    "rdDBArdBBAXBAXDADBADDADBADHALBALDADBADDADBADbDATBAJBAJBAHbRAgHBAgHBAfBBAfBHAdPBAdPBAdPBAdPb8Agn:BAgn:b3S"
    "ACblQABCABCABCABCABCABCABCABCABCABCABCABDABCABCABHBBCBBCBBCBBCBBXAe7KABOABCABCABCABCABCABCABCABCABCABCAB"
    "CABDABCABCABHBBCBBCBBCBBCBBXAe7DAPBAPBAPBAPEAB4yCsLcnp;BsLcouVBsLcpzLBsLcq4BBsLcscXBsLcthNBsLcumDBsLcvqZ"
    "BsLcwvPBsLcx0FBsLcy47BsLc0dRBsLc1iHBsLc2m9BsLc3rTBsLc4wJBsLc50;BsLda5VBsLdceLik9AbwlPBAcjaZBAbvdPBAbwdVB"
    "AcfdFBAcvnFBAcssBBBbmwVBAcp1PBAbttRBAcryHBAcp2HBAclrNBAcbkJBAb2yTBAbznBBAbyvNBAbybTBAbuiHBAchrDBAcf5TBAc"
    "edZBAcctRBAb0nVBAbt09BAbpsRBAcvjRBAcs0NBAchbRBAcdqFBAbzpDBAbnqDBAcn3BBAcetNBAbzvLBAbx1;BAclfXBAb1u7BAbyq"
    "PBAcnf7BAcjbDBAcf1;BAcdc9BAbuf7BAcu0NBActxNBActfBBAckgXBAchf7BAcdsDBAcbeXBAb2tFBAbzs9BAbznTBAbvuPBAbraLB"
    "Abo2TBAbnt;BAcak9BAb51ZBAb3zZBAb0xJBAbtdVBAbnmBBAbxgVBAcqgFBAcnd9BAb4oHBAb2mNBAcdoHBAcahZBAbwiLBAbrfDBAc"
    "qhDBAcooRBAchtRBAcfxFBAcfd9BAb4b;BAb3rRBAbrqLBActh;BAb2mPBActxPBActyRBAb5tTBAb3zRBAb0wNBAbroHBAbw3TBAcli"
    "XBAchvTBAbxf9BAcvsJBAcoxPBAcmu7BAcc3TBAcb5DBActeXBAcagRBAcu0LBAcm1ZBAcvvTBAcgjXBAcj5BBAb4ePBAcs0PBAcqq7B"
    "AcbgXBAb0sJBAbxmJBAcg1LBAbu2BBAcgoTBAclhJBAb1i9BAck3JBAccbBBAcvmRBAcua9BAct0;BAcipRBAb4jHBAb1qZBAbxkVBAb"
    "t09BActiTBAcst7BAcqa7BAcnjLBAcj17BAceyLBAcafVBAbr3RBAbprZBAbnpBBAbnlVBActo9BAcjmJBAchbJBAbvcVBAcnrTBAcl5"
    "9BAcly;BAckpNBAcfg9BAceeTBAccqVBAb52VBAb30DBAb2sPBAbvhDBAb0kVBAbuxNBAbtfBBActyJBActpTBAcsoBBAcenNBAbyn7B"
    "AbxpNBAcnnRBAcm07BAclcRBAcg5NBAb4wPBAcddDBAcvmHBAcrk;BAco2FBAcn5BBAcmy;BAcc5VBAccuJBAb3bJBAb2wTBAbtxZBAb"
    "rlXBAbrgVBAbqzXBAcvcTBAcaaPBAbuaFBAbrp;BAcmnPBAcvtHBAcuoBBAco27BAcox7BAckcJBAch1ZBAcd5DBAcbx9BAb0mLBAbuu"
    "NBAbndNBAcjtZBAbrzPBActt7BAcjeZBAci3LBAcgiRBAcfs9BAcc2FBAcchHBAcawFBAb4l9BAbqxDBAcugHBAcl0HBAbrvVBAcu0RB"
    "AcolXBAcf4XBAbvkZBAcneZBAcmjJBAci2FBAcdfHBAbrvLBAct1HBAcs29BAcoxTBAcj2ZBAcjjFBAcitTBAcgp7BAcc37BAccaFBAb"
    "3gZBAbyrPBAbyqNBAbubZBAbrqPBActkXBAcftDBAcs2;BAceb7BAccvNBAbz5LBAbru7BAbozVBAbnvHBAcjfZBAcgcTBAb2a7BAb5s"
    "XBAb5nPBAb4wNBAcdtTBAcewDBAbxkHBAcvtZBAb1mPBAct2JBAct5RBAcnvVBAcls9BAb4sZBAcph9BAcgoNBAcjvDBAbvmXBAby1XB"
    "Abr1XBAbyh9BAcntPBAcumXBAcseZDAcq1LCAcjz7DAcudNBAcdoXBAcbuZBAcanXBAcalVBAcalJBAcaiXBAbrmLBAb4v9BAb3gBCAb"
    "0a7CAbxsTDAbu4ZBAbusREAbqtVBAbqs9BAbqqHBAbohRBAbuu;BAbrxPBAcviDBAcuuTBAcuoJBActwTBActu;BActoHBAcsjRBAcsd"
    "BBAcr2;BAcq5RBAcqzDBAco3NBAco27BAcm0RBAcmnLBAcmlBBAcme7BAckpDBAckf;BAcj1DBAci19BAcgm7BAcgcXBAcfsJBAcenTB"
    "Aceb7BAcdcPBAca1TBAcaq7BAcaqHBAcaqLBAcap9BAcapTBAcapHBAcamJBAcamJBAcabHBAb53HBAb5jLBAb4gFBAb4e9BAb4bPBAb"
    "3oPBAb3fLBAb2g9BBb14HBAb1aPBAbyu;BAbymVBAbxwBBAbxsTBAbwzBBAbwvZBAbvk;BAbvc9BAbryJBAbrgTBAbrc9BAcm5LBAfei"
    "EBAb2fJDAcweTBAculXBAcuqTBAcvpFBAcus9BAcupJBAct09BActxZBAcsnVBAcssHBAcsoBBAcsjRBAcrcDBAcq2TBAcqtTBAcqsVB"
    "Acqb7BAcpvRBAcn0;BAcn0TBAcnrVBAcnnPBAcm07BAcmtRBAcmx;BAcmpVBAcmsTBAcmjRBAcmfPBAclmRBAclhDBAcldZBAcktTBAc"
    "kbZBAcjxVBAcjxPBAcjt7BAchrXBAchnXBAcgvLBAcf1ZBAcf27BAcfxPBAcfhZBAces7BAcbpLBAcegRBAcd4;BAcdxLBAcdc;BAccz"
    "XBAccwPBAcciNBAcciLBAcb3XBAcb2XBAcb1HBAcbv9BAcbwTBAca39BAb55VBAb5oZBAb5dFBAb4vHBAb4lXBAb3xFBAb3kZBAb1wBB"
    "Ab1mJBAbztXBAbyxJBAbytBBAbysDBAbx5TBAbx2DBAbx4;BAbx1VBAbx19BAbx3BBAbxyLBAbxtLBAbw1RBAbvyTBAbvfBBAbusVBAb"
    "ue9BAbseTBAbr4HBAbrxDBAbro7BAbrmVBAbrl;BAbrjBBAbp1VBAbntDBAewxWBAewxIBAe2qIBAc5tJBAc3lVBAc3jVBAflxIBAfq5"
    "UBAgb5YBAbnzJBAbnuVcEAd0uHCAd0sZLDd0uBBCd0v7BAd0v;BAd0v;BAd0v;BAd0v;BAd0v;BAd0v;CAd0v;BAd0v;BAd0v;BAd0v;"
    "BAd0v;CAd0v;CAd0v;BAd0v;CAd0v;BAd0v;CAd0v;BAd0v;BAd0v;BAd0v;BAd0v;BAd0xLBAd0xVBAd0xDBAd0wTfkMABCABPALeDA"
    "GBAGq8BHlPBDCAJh8ADBAD19AFbobGANBFNcXADBADBAHBAHBALBALcjsAAku2FBAku2RBAku2BBAd1oBBAkukHBAkufNBAkueVBAkua"
    "JBAkty7BAktw;BAktsFBAkttXBAlbw7BAdy3FBAktmBBAktlVBAktkXBAktjTBAdzpLBAlbvTBAktkZBAktiPBAdzmVBAkth;BAkthHB"
    "AkuuZBAktg7BAktgLBAbtdZBAktcPBAktbVBAlbt;BAks4JBAks3VBAks0;BAks0XBAlbq9BAksv7BAksvZBAksuFBAkss7BAkssHBAk"
    "ssHBAksrHBAksoFBAksnXBAksnHBAkslXBAkslFBCkslDBAdxaPBAkd2JBAksgXBAksfPBAdwnJBAkse7BAkseRBAksdJBAkrz7BAksa"
    "JBAkr5LBAkr3NBAkrz7BAkruVBAkrtDBAkro;BAkroBBBkrmBBAkrk7BAkrjZBAkrjLBAkriPBAkqtJBAkreLBAkqtLBAkq5ZBAkq3VB"
    "AkteRBAkpwFBAkqiHBAkqf9BAkqeNBAkqmTBAkqcHBAkqcLBAkp0XBAdrxJBAkpwPBAkpwHBAkpvLBAkpuFBAkptXBAkppZBAdq1PBAd"
    "qxNBAkphLBAkpePBAkpdZBAkpiZBAko5;BAlaxRBAlawXBAkowBBBkosXBAdpkHBAkokTBAkojLBAkoiPBAkohZBAdovRBAkohFBAkog"
    "ZBAkmsBBAkofFBAlapJBAkobNBAkoaTBAkn1RBAkn4ZBAdnjNBAkntRBAdnjNBAknq;BAknrHBAknqHBAknj;BAknj;BAlafHBAkniNB"
    "AknfZBAkneRBAknb7BAlacLBAdlqLBAlaa7BAkm3VBAkm3RBAkm3NBAkm2HBAbkpZBAkmzDBBdkv;BAj1jDBBkmxDBAk529BAdc39BAc"
    "ll7BAkmtNBAkms9BAk51PBAkmqDBAkmm;BAkmmNBAkmkLBAkmb9BAk5wNBAk5yLBAkma9BAdi2;BAkl37BAklv7BAklvVBAklvTBAklv"
    "ZBAkls;BAklrZBAklpTBAklqRBAklp9BAklnBBAkll7BAkllVBAklkDBAkljPBAklfNBAklaHBAkk4DBAkkwNBAdg0XBAkkxXBAkk17B"
    "AkkvFBAkktRBAkknRBAdgmZBAkkjZBAkkpVBAkkrPBAk5jHBAkkfTBAkkeLBAkkcPBAkke9BAk5fVBAkjxRBAkjvZBAdel;BAkjoPBAk"
    "i3HBAkjiHBAk41JBAkjd7BAk42PBAk44ZBAktt;BAktt7BAki3HBAkjdRBAj2cRBAk0p7BAki2BBAki17BAki1RBAkixZBAkiyRBAdcr"
    "TBAk4zJBAkioJBAkivVBAkii9BAkifZBAdchLBAkifLBAkimLBAkh3DBAk4uTBAkh0LBAkhuLBAkhp;BAkheFBAdbeRBAkhbDBAk4nLB"
    "Akg27BAdaeRBAkgzZBAk4kHBAkgyBBAkgvJBAkgtVBAkgtVBAc5gTBAdn4ZBAc459BAkgkXBAc4d9BAkgdZBAkgc;BAkgjNBAkf4RBAk"
    "f2DBAkfyTBAkf2BBAkfzTBAkfyXBAkfx;BAc34PBAkf3FBAkfnRBAkfjVBAk33NBAkfd;BAkfeJBAc3dXBAkfrJBAke0BBAc21DBAc2y"
    "FBAkeuXBAkenTBAkepLBAkepTBAk3x;BAkemZBAkejVBAkekDBAkegZBAdz5LBAkd3NBAc1lTBAkdyDBAc0xHBAkdpPBAkdoXBAkdnDB"
    "AczrVBAkdkHBAkdi;BAcy5BBAcyrFBAkc07BAkcz7BAk3h7BAkcyLBBk3hHBAkcoNBAkcnFBAkcl9BAkckXBAkcgPBAk3bPBAkca;BAc"
    "wp9BAkb5PBAcwkJBAkb2PBAdlzTBAkbsTBAcuzTBAcuyHBAcupRBAk2uDBAk2tNBAkbeXBAcue7BAcue;BAcucTBAcubBBAkbcNBBkbc"
    "NBAka57BAk2q;BAka19BAk2qJBAk2lLBAcss;BAkap;BAkamFBAkaiHBAk2g7BAcrsXBAj55ZBAcrlTBAcri;BAj52NBAj5wXBAk2cRB"
    "Aj5rRBAj5q;BAj5qXBAcp3;BBcplLBAj5hBBAk1v7BAco1LBAj4zXBAj4zTBAk1tZBAcooJBAj4jHBAk1mNBAj4h;BAj4iLBAj4gTBAc"
    "m4JBAj4aRBAk1gXBAj30NBAj3wZBAj3sVBAk1dZBAcluTBAclsXBAk1bVBAcljXBAj25XBAcldRBAj24FBAj2x9BAj2xJBAckkBBAckf"
    "RBAj2rZBAcj3LBAj2q9BAddcBBAk00XBAj2m;BAj2h;BAk0xRBAj2eNBAkpnBBAci3;BAci3FBAdc5LBAdc47BAj1yTBAj1yPBAju49B"
    "Ak0sFBAj1p7BAj1qJBAj1pHBAktn9BAj1oDBAj1oBBAj1nPBAj1k;BAchfVBAj1lFBAj1hXBAj1dNBAj047BAj1hRBAj03;BAj01NBAj"
    "0uPBAj1eZBAj03NBAj03LBAj02NBAcgw7BAcgdTBAcgnBBAk0hXBAj0lNBAj0lLBAj0jHBAcc4BBAj0ePBAcfiBBAk0fBBAk0e7BAce5"
    "9BAcen9BAk0eNBAjzwFBAjzvPBAjzu7BAjzuZBAjzq7BAjzs;BAjzkVBAjznPBAjzeDBAjzjHBAjzfDBAjzdPBAkz4PBAjy39BAjy1;B"
    "Akz2RBAjywFBAjywBBAcbv7BAjyo9BAjyoRBAkzzFBAjym9BAlcq9BAcarZBAcagLBAkzq9BAkzqNBAjxs9BAjxoFBAjxeNBAjwxZBAb"
    "4sVBAjwsRBAjwrHBAjwlVBAjwf;BAb3kRBAdy3JBAjwa9BAjwb9BAjv4XBAdyp9BAjvqTBAjvkNBAb0a7BAbz5HBAjuu7BAjupDBAjun"
    "FBAbzlNBAjumVBAjt09BAjtrBBAjtrBBAjtw7BAjs5DBAjs3NBAbw5FBAjsgFBAkyfTBAjsdRBAbwhTBAkyaXBAjrs;BAkoeDBAjrnDB"
    "AbulBBAbt3ZBAkxyTBAkxyFBAjrbTBAbs5BBAkxuTBAbswNBBjq5FBAjq3NBAbseVBAjqr;BAkxm;BAjqnVBAjqf7BAjqeHBAjqaRBAk"
    "xdTBAbpnRBAjppPBAjo2VBAjoq9BAkwt9BAkwsBBAjokPBAbmuDBAkwrRBAbmqZBAbmaJBAblyFBAjnvTBAkwl;BAjnr7BAjnrTBAjnr"
    "HBAjnqVBAjnqJBAjnoBBAbkbZ";
static const uint32_t k_dsk_letters[28][2] = {
    {0x41, 0x212d}, {0x212f, 0x2134}, {0x2139, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e},
    {0x2183, 0x2184}, {0x2c00, 0x2c7b}, {0x2c7e, 0x2ce4}, {0x2ceb, 0x2cee}, {0x2cf2, 0x2cf3}, {0xa640, 0xa66d},
    {0xa680, 0xa69b}, {0xa722, 0xa76f}, {0xa771, 0xa787}, {0xa78b, 0xa78e}, {0xab70, 0xabbf}, {0xfb00, 0xfb06},
    {0xfb13, 0xfb17}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0x10400, 0x1044f}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
    {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2}, {0x118a0, 0x118df}, {0x1e900, 0x1e943},
};
// <<< end of unicode tables >>>

// General categories, in the order tools/gen_unicode.py numbers them.
enum UcdCat : uint8_t {
    kCn, kLu, kLl, kLt, kLm, kLo, kMn, kMc, kMe, kNd, kNl, kNo, kPc, kPd, kPs, kPe, kPi,
    kPf, kPo, kSm, kSc, kSk, kSo, kZs, kZl, kZp, kCc, kCf, kCs, kCo, kCatCount
};

// Character classes the pre-tokenizers test, as bits.
enum : uint16_t {
    kLetter = 1 << 0,
    kNumber = 1 << 1,
    kPunct = 1 << 2,
    kSymbol = 1 << 3,
    kMark = 1 << 4,
    kSpace = 1 << 5,      // the White_Space property
    kUpperish = 1 << 6,   // Lu Lt Lm Lo M: the "upper" side of the gpt-4o letter classes
    kLowerish = 1 << 7,   // Ll Lm Lo M: the "lower" side
    kControl = 1 << 8,    // C*
    kSeparator = 1 << 9,  // Z*
};

uint16_t flags_of_category(uint8_t cat) {
    switch (cat) {
        case kLu: case kLt: return kLetter | kUpperish;
        case kLl: return kLetter | kLowerish;
        case kLm: case kLo: return kLetter | kUpperish | kLowerish;
        case kMn: case kMc: case kMe: return kMark | kUpperish | kLowerish;
        case kNd: case kNl: case kNo: return kNumber;
        case kPc: case kPd: case kPs: case kPe: case kPi: case kPf: case kPo: return kPunct;
        case kSm: case kSc: case kSk: case kSo: return kSymbol;
        case kZs: case kZl: case kZp: return kSeparator;
        default: return kControl;
    }
}

// Reads the packed base-32 numbers of the generated tables.
class PackedNumbers {
public:
    explicit PackedNumbers(const char* s) : p_(s) {}
    uint32_t next() {
        uint32_t n = 0;
        for (;;) {
            char c = *p_;
            if (!c) return n;
            ++p_;
            if (c >= 'a' && c <= 'z') n = n * 32 + static_cast<uint32_t>(c - 'a');
            else if (c >= '0' && c <= '5') n = n * 32 + 26 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'Z') return n * 32 + static_cast<uint32_t>(c - 'A');
            else return n * 32 + 26 + static_cast<uint32_t>(c - '6');
        }
    }

private:
    const char* p_;
};

struct UnicodeData {
    std::vector<uint16_t> bmp_flags;  // flags of every code point below 0x10000
    std::vector<uint32_t> run_start;  // category runs above the BMP too
    std::vector<uint8_t> run_cat;
    std::vector<uint32_t> nfd_first, nfd_last, nfd_base;

    UnicodeData() {
        PackedNumbers cats(k_ucd_cat_runs);
        uint32_t start = 0;
        run_start.reserve(k_ucd_cat_run_count);
        run_cat.reserve(k_ucd_cat_run_count);
        for (size_t i = 0; i < k_ucd_cat_run_count; ++i) {
            start += cats.next();
            uint32_t cat = cats.next();
            run_start.push_back(start);
            run_cat.push_back(static_cast<uint8_t>(cat < kCatCount ? cat : static_cast<uint32_t>(kCn)));
        }
        bmp_flags.assign(0x10000, 0);
        for (size_t i = 0; i < run_start.size() && run_start[i] < 0x10000; ++i) {
            uint32_t end = i + 1 < run_start.size() ? std::min<uint32_t>(run_start[i + 1], 0x10000) : 0x10000;
            uint16_t fl = flags_of_category(run_cat[i]);
            for (uint32_t cp = run_start[i]; cp < end; ++cp) bmp_flags[cp] = fl;
        }
        for (const auto& r : k_ucd_ws_ranges)
            for (uint32_t cp = r[0]; cp <= r[1] && cp < 0x10000; ++cp) bmp_flags[cp] |= kSpace;
        PackedNumbers nfd(k_ucd_nfd_base);
        uint32_t last = 0;
        for (size_t i = 0; i < k_ucd_nfd_run_count; ++i) {
            uint32_t first = last + nfd.next();
            last = first + nfd.next();
            uint32_t zz = nfd.next();
            int64_t delta = (zz & 1) ? -static_cast<int64_t>((zz + 1) >> 1) : static_cast<int64_t>(zz >> 1);
            nfd_first.push_back(first);
            nfd_last.push_back(last);
            nfd_base.push_back(static_cast<uint32_t>(static_cast<int64_t>(first) + delta));
        }
    }
};

const UnicodeData& unicode_data() {
    static const UnicodeData data;
    return data;
}

// Classes of a code point (invalid ones: none).
uint16_t cp_flags(uint32_t cp) {
    const UnicodeData& u = unicode_data();
    if (cp < 0x10000) return u.bmp_flags[cp];
    if (cp > 0x10FFFF) return 0;
    size_t i = static_cast<size_t>(std::upper_bound(u.run_start.begin(), u.run_start.end(), cp) - u.run_start.begin());
    return i ? flags_of_category(u.run_cat[i - 1]) : 0;
}

uint32_t cp_to_lower(uint32_t cp) {
    size_t lo = 0, hi = sizeof(k_ucd_lower) / sizeof(k_ucd_lower[0]);
    while (lo < hi) {  // first run starting after cp
        size_t mid = (lo + hi) / 2;
        if (k_ucd_lower[mid].first <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (!lo) return cp;
    const UcdLowerRun& r = k_ucd_lower[lo - 1];
    uint32_t off = cp - r.first;
    if (off % r.stride == 0 && off / r.stride < r.count) return static_cast<uint32_t>(static_cast<int64_t>(cp) + r.delta);
    return cp;
}

// First code point of the canonical decomposition (the base letter without its accents).
uint32_t cp_nfd_base(uint32_t cp) {
    const UnicodeData& u = unicode_data();
    size_t i = static_cast<size_t>(std::upper_bound(u.nfd_first.begin(), u.nfd_first.end(), cp) - u.nfd_first.begin());
    if (i && cp <= u.nfd_last[i - 1]) return u.nfd_base[i - 1];
    return cp;
}

bool in_ranges(const uint32_t (*ranges)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ranges[mid][0] <= cp) lo = mid + 1;
        else hi = mid;
    }
    return lo && cp <= ranges[lo - 1][1];
}

// ---- UTF-8 ----

constexpr uint32_t kReplacementChar = 0xFFFD;

// Decodes one sequence at s[0..n). Returns its length and sets *cp; 0 when the bytes are a valid but
// incomplete start of a sequence; -1 when s[0] cannot start a valid sequence here.
int utf8_decode(const uint8_t* s, size_t n, uint32_t* cp) {
    uint8_t b = s[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int len;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t v;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; v = b & 0x1Fu; }
    else if (b >= 0xE0 && b <= 0xEF) {
        len = 3; v = b & 0x0Fu;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4; v = b & 0x07u;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else return -1;
    for (int k = 1; k < len; ++k) {
        if (static_cast<size_t>(k) >= n) return 0;
        uint8_t c = s[k];
        if (c < lo || c > hi) return -1;
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (c & 0x3Fu);
    }
    *cp = v;
    return len;
}

// One character of possibly invalid text: a valid sequence, or a single byte standing for U+FFFD.
inline size_t next_char(const uint8_t* s, size_t n, uint32_t* cp) {
    int len = utf8_decode(s, n, cp);
    if (len > 0) return static_cast<size_t>(len);
    *cp = kReplacementChar;
    return 1;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// GPT-2's byte-level alphabet: every byte is shown as a printable code point (bytes that are printable
// Latin-1 stand for themselves, the others are moved to U+0100 and up, in byte order).
uint32_t byte_to_visible_cp(uint8_t b) {
    if ((b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE)) return b;
    uint32_t n = 0;
    for (uint32_t x = 0; x < b; ++x)
        if (!((x >= 0x21 && x <= 0x7E) || (x >= 0xA1 && x <= 0xAC) || (x >= 0xAE))) ++n;
    return 0x100 + n;
}

// ---- lookup tables ----

inline uint64_t hash_bytes(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
}

// Open-addressing index from token text to id; the texts live in the caller's vector.
class TextIndex {
public:
    void build(const std::vector<std::string>& texts) {
        size_t cap = 16;
        while (cap < texts.size() * 2) cap <<= 1;
        slots_.assign(cap, -1);
        mask_ = cap - 1;
        for (size_t i = 0; i < texts.size(); ++i) {
            size_t h = static_cast<size_t>(hash_bytes(texts[i])) & mask_;
            for (;;) {
                int32_t& s = slots_[h];
                if (s < 0) { s = static_cast<int32_t>(i); break; }
                if (texts[static_cast<size_t>(s)] == texts[i]) { s = static_cast<int32_t>(i); break; }  // last wins
                h = (h + 1) & mask_;
            }
        }
    }
    int32_t find(std::string_view key, const std::vector<std::string>& texts) const {
        if (slots_.empty()) return -1;
        size_t h = static_cast<size_t>(hash_bytes(key)) & mask_;
        for (;;) {
            int32_t s = slots_[h];
            if (s < 0) return -1;
            if (texts[static_cast<size_t>(s)] == key) return s;
            h = (h + 1) & mask_;
        }
    }

private:
    std::vector<int32_t> slots_;
    size_t mask_ = 0;
};

// BPE merges: (left id, right id) -> (rank, merged id), open addressing.
class MergeTable {
public:
    void reserve(size_t n) {
        size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        keys_.assign(cap, 0);
        values_.assign(cap, 0);
        mask_ = cap - 1;
    }
    // Keeps the first (best-ranked) entry of a duplicated pair.
    void insert(int32_t left, int32_t right, uint32_t rank, int32_t merged) {
        uint64_t k = key(left, right);
        size_t h = slot(k);
        while (keys_[h] != 0) {
            if (keys_[h] == k) return;
            h = (h + 1) & mask_;
        }
        keys_[h] = k;
        values_[h] = (static_cast<uint64_t>(rank) << 32) | static_cast<uint32_t>(merged);
    }
    bool find(int32_t left, int32_t right, uint32_t* rank, int32_t* merged) const {
        if (keys_.empty()) return false;
        uint64_t k = key(left, right);
        for (size_t h = slot(k);; h = (h + 1) & mask_) {
            if (keys_[h] == 0) return false;
            if (keys_[h] == k) {
                *rank = static_cast<uint32_t>(values_[h] >> 32);
                *merged = static_cast<int32_t>(static_cast<uint32_t>(values_[h]));
                return true;
            }
        }
    }

private:
    static uint64_t key(int32_t l, int32_t r) {
        return (static_cast<uint64_t>(static_cast<uint32_t>(l) + 1u) << 32) | static_cast<uint32_t>(r);
    }
    size_t slot(uint64_t k) const {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdull;
        k ^= k >> 33;
        return static_cast<size_t>(k) & mask_;
    }
    std::vector<uint64_t> keys_, values_;
    size_t mask_ = 0;
};

// Trie of the tokens that are matched verbatim in the text before tokenization (control, unknown and
// user-defined tokens).
class SpecialTrie {
public:
    SpecialTrie() { std::fill(std::begin(root_), std::end(root_), -1); }
    bool empty() const { return terminal_.empty(); }
    void add(std::string_view text, int32_t id) {
        if (text.empty()) return;
        int32_t node = -1;
        for (unsigned char c : text) {
            int32_t next = child(node, c);
            if (next < 0) {
                next = static_cast<int32_t>(terminal_.size());
                terminal_.push_back(-1);
                if (node < 0) root_[c] = next;
                else edges_[edge_key(node, c)] = next;
            }
            node = next;
        }
        if (terminal_[static_cast<size_t>(node)] < 0) terminal_[static_cast<size_t>(node)] = id;
    }
    int32_t child(int32_t node, unsigned char c) const {
        if (node < 0) return root_[c];
        auto it = edges_.find(edge_key(node, c));
        return it == edges_.end() ? -1 : it->second;
    }
    int32_t terminal(int32_t node) const { return terminal_[static_cast<size_t>(node)]; }

private:
    static uint64_t edge_key(int32_t node, unsigned char c) { return (static_cast<uint64_t>(node) << 8) | c; }
    int32_t root_[256];
    std::vector<int32_t> terminal_;
    std::unordered_map<uint64_t, int32_t> edges_;
};

// ---- pre-tokenizers: hand-written equivalents of the split regexes of each vocabulary family ----

enum class PreTokenizer { Default, Gpt2, Llama3, Qwen2, DeepseekLlm, DeepseekCoder, Falcon, Starcoder, Gpt4o };

// The text being split, as code points with their classes and byte offsets (invalid bytes: U+FFFD, 1 byte).
struct CodePoints {
    std::vector<uint32_t> cp;
    std::vector<uint16_t> fl;
    std::vector<uint32_t> off;  // off[i] = byte offset of cp[i]; off[size] = byte length

    void assign(std::string_view text) {
        cp.clear();
        fl.clear();
        off.clear();
        const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
        size_t n = text.size();
        for (size_t i = 0; i < n;) {
            uint32_t c;
            size_t len = next_char(s + i, n - i, &c);
            cp.push_back(c);
            fl.push_back(cp_flags(c));
            off.push_back(static_cast<uint32_t>(i));
            i += len;
        }
        off.push_back(static_cast<uint32_t>(n));
    }
    size_t size() const { return cp.size(); }
    bool has(size_t i, uint16_t f) const { return (fl[i] & f) != 0; }
    bool is_crlf(size_t i) const { return cp[i] == '\r' || cp[i] == '\n'; }
    bool is_other(size_t i) const { return !(fl[i] & (kSpace | kLetter | kNumber)); }  // [^\s\p{L}\p{N}]
    // End of the run of code points from i (below end) having any of the classes.
    size_t run(size_t i, size_t end, uint16_t f) const {
        while (i < end && (fl[i] & f)) ++i;
        return i;
    }
};

using Matcher = size_t (*)(const CodePoints& t, size_t i, size_t end);

inline uint32_t ascii_lower(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// 's 't 're 've 'm 'll 'd at i (case-insensitive when asked); returns the length or 0.
size_t match_contraction(const CodePoints& t, size_t i, size_t end, bool any_case) {
    if (t.cp[i] != '\'' || i + 1 >= end) return 0;
    auto at = [&](size_t k) { return any_case ? ascii_lower(t.cp[k]) : t.cp[k]; };
    uint32_t a = at(i + 1);
    if (a == 's' || a == 't' || a == 'm' || a == 'd') return 2;
    if (i + 2 < end) {
        uint32_t b = at(i + 2);
        if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return 3;
    }
    return 0;
}

// \s+(?!\S)|\s+ at a whitespace code point.
size_t match_whitespace_tail(const CodePoints& t, size_t i, size_t end) {
    size_t k = t.run(i, end, kSpace);
    if (k == end || k - i == 1) return k - i;
    return k - i - 1;
}

// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
size_t match_gpt2(const CodePoints& t, size_t i, size_t end) {
    if (size_t n = match_contraction(t, i, end, false)) return n;
    size_t j = t.cp[i] == ' ' ? i + 1 : i;
    if (j < end) {
        if (t.has(j, kLetter)) return t.run(j, end, kLetter) - i;
        if (t.has(j, kNumber)) return t.run(j, end, kNumber) - i;
        if (t.is_other(j)) {
            size_t k = j;
            while (k < end && t.is_other(k)) ++k;
            return k - i;
        }
    }
    if (t.has(i, kSpace)) return match_whitespace_tail(t, i, end);
    return 0;
}

// \s*[\r\n]+ at a whitespace code point: up to the last line break of the whitespace run.
size_t match_space_to_newline(const CodePoints& t, size_t i, size_t end) {
    size_t k = t.run(i, end, kSpace);
    for (size_t p = k; p > i; --p)
        if (t.is_crlf(p - 1)) return p - i;
    return 0;
}

// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,max_digits}| ?[^\s\p{L}\p{N}]+[\r\n]*|
// \s*[\r\n]+|\s+(?!\S)|\s+
size_t match_llama3_family(const CodePoints& t, size_t i, size_t end, size_t max_digits) {
    if (size_t n = match_contraction(t, i, end, true)) return n;
    if (!t.is_crlf(i) && !t.has(i, kLetter | kNumber) && i + 1 < end && t.has(i + 1, kLetter))
        return t.run(i + 1, end, kLetter) - i;
    if (t.has(i, kLetter)) return t.run(i, end, kLetter) - i;
    if (t.has(i, kNumber)) return std::min(t.run(i, end, kNumber) - i, max_digits);
    size_t j = t.cp[i] == ' ' ? i + 1 : i;
    if (j < end && t.is_other(j)) {
        size_t k = j;
        while (k < end && t.is_other(k)) ++k;
        while (k < end && t.is_crlf(k)) ++k;
        return k - i;
    }
    if (t.has(i, kSpace)) {
        if (size_t n = match_space_to_newline(t, i, end)) return n;
        return match_whitespace_tail(t, i, end);
    }
    return 0;
}
size_t match_llama3(const CodePoints& t, size_t i, size_t end) { return match_llama3_family(t, i, end, 3); }
size_t match_qwen2(const CodePoints& t, size_t i, size_t end) { return match_llama3_family(t, i, end, 1); }

// gpt-4o / o200k: letters split where lower case turns to upper case, contractions kept on the word,
// digits by three, punctuation with its trailing line breaks or slashes.
size_t match_gpt4o(const CodePoints& t, size_t i, size_t end) {
    auto with_contraction = [&](size_t k) {
        return k < end ? k + match_contraction(t, k, end, true) : k;
    };
    bool may_prefix = !t.is_crlf(i) && !t.has(i, kLetter | kNumber);
    // [^\r\n\p{L}\p{N}]?[UP]*[LO]+(contraction)?
    for (int with_prefix = may_prefix ? 1 : 0; with_prefix >= 0; --with_prefix) {
        size_t j = i + static_cast<size_t>(with_prefix);
        if (j >= end) continue;
        size_t k = t.run(j, end, kUpperish);
        for (size_t s = k + 1; s-- > j;) {
            if (s < end && t.has(s, kLowerish)) return with_contraction(t.run(s, end, kLowerish)) - i;
        }
    }
    // [^\r\n\p{L}\p{N}]?[UP]+[LO]*(contraction)?
    for (int with_prefix = may_prefix ? 1 : 0; with_prefix >= 0; --with_prefix) {
        size_t j = i + static_cast<size_t>(with_prefix);
        if (j >= end || !t.has(j, kUpperish)) continue;
        size_t k = t.run(j, end, kUpperish);
        return with_contraction(t.run(k, end, kLowerish)) - i;
    }
    if (t.has(i, kNumber)) return std::min<size_t>(t.run(i, end, kNumber) - i, 3);
    size_t j = t.cp[i] == ' ' ? i + 1 : i;
    if (j < end && t.is_other(j)) {
        size_t k = j;
        while (k < end && t.is_other(k)) ++k;
        while (k < end && (t.is_crlf(k) || t.cp[k] == '/')) ++k;
        return k - i;
    }
    if (t.has(i, kSpace)) {
        if (size_t n = match_space_to_newline(t, i, end)) return n;
        return match_whitespace_tail(t, i, end);
    }
    return 0;
}

size_t match_one_number(const CodePoints& t, size_t i, size_t) { return t.has(i, kNumber) ? 1 : 0; }
size_t match_numbers(const CodePoints& t, size_t i, size_t end) { return t.run(i, end, kNumber) - i; }
size_t match_three_ascii_digits(const CodePoints& t, size_t i, size_t end) {
    if (i + 3 > end) return 0;
    for (size_t k = i; k < i + 3; ++k)
        if (t.cp[k] < '0' || t.cp[k] > '9') return 0;
    return 3;
}
size_t match_one_line_break(const CodePoints& t, size_t i, size_t) { return t.is_crlf(i) ? 1 : 0; }

// [\p{P}$+<=>^~|`]+ (with_backtick) or [\p{P}$+<=>^~|]+
size_t match_punct_run(const CodePoints& t, size_t i, size_t end, bool with_backtick) {
    size_t k = i;
    while (k < end) {
        uint32_t c = t.cp[k];
        bool ascii_symbol = c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '~' ||
                            c == '|' || (with_backtick && c == '`');
        if (!ascii_symbol && !t.has(k, kPunct)) break;
        ++k;
    }
    return k - i;
}
size_t match_falcon_punct(const CodePoints& t, size_t i, size_t end) { return match_punct_run(t, i, end, true); }
size_t match_default_punct(const CodePoints& t, size_t i, size_t end) { return match_punct_run(t, i, end, false); }

// \s?X+ for a class X given as a predicate.
template <class Pred>
size_t match_space_then_run(const CodePoints& t, size_t i, size_t end, Pred in_class) {
    size_t j = (t.has(i, kSpace) && i + 1 < end && in_class(i + 1)) ? i + 1 : i;
    size_t k = j;
    while (k < end && in_class(k)) ++k;
    return k > j ? k - i : 0;
}
size_t match_space_letters(const CodePoints& t, size_t i, size_t end) {
    return match_space_then_run(t, i, end, [&](size_t k) { return t.has(k, kLetter); });
}
size_t match_space_punct(const CodePoints& t, size_t i, size_t end) {
    return match_space_then_run(t, i, end, [&](size_t k) { return t.has(k, kPunct); });
}
// DeepSeek's explicit classes are tested after whitespace, as the reference does.
size_t match_deepseek_letters(const CodePoints& t, size_t i, size_t end) {
    return match_space_then_run(t, i, end, [&](size_t k) {
        return !t.has(k, kSpace) && in_ranges(k_dsk_letters, sizeof(k_dsk_letters) / sizeof(k_dsk_letters[0]), t.cp[k]);
    });
}
size_t match_deepseek_punct(const CodePoints& t, size_t i, size_t end) {
    return match_space_then_run(t, i, end, [&](size_t k) {
        uint32_t c = t.cp[k];
        if (t.has(k, kSpace)) return false;
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x7E) || (c >= 0xFF01 && c <= 0xFF0F) ||
               (c >= 0xFF1A && c <= 0xFF5E) || (c >= 0x2018 && c <= 0x201F) || (c >= 0x3000 && c <= 0x3002);
    });
}
// \s+$
size_t match_trailing_space(const CodePoints& t, size_t i, size_t end) {
    size_t k = t.run(i, end, kSpace);
    return k == end ? k - i : 0;
}
// [一-龥ࠀ-一가-퟿]+
size_t match_cjk_hangul(const CodePoints& t, size_t i, size_t end) {
    size_t k = i;
    while (k < end) {
        uint32_t c = t.cp[k];
        if (t.has(k, kSpace) || !((c >= 0x800 && c <= 0x9FA5) || (c >= 0xAC00 && c <= 0xD7FF))) break;
        ++k;
    }
    return k - i;
}

struct PreTokenizerInfo {
    const char* names;  // the tokenizer.ggml.pre values of the family, space-separated
    PreTokenizer kind;
    std::vector<Matcher> stages;
};

const std::vector<PreTokenizerInfo>& pre_tokenizers() {
    static const std::vector<PreTokenizerInfo> table = {
        {"default", PreTokenizer::Default,
         {match_default_punct, match_gpt2, match_numbers, match_three_ascii_digits}},
        {"gpt-2 gpt2 mpt olmo jais trillion granite-docling phi-2 roberta-bpe gigachat jina-es jina-de "
         "jina-v1-en jina-v2-es jina-v2-de jina-v2-code",
         PreTokenizer::Gpt2, {match_gpt2}},
        {"llama3 llama-v3 llama-bpe falcon3 falcon-h1 pixtral midm-2.0 lfm2 dbrx smaug-bpe chatglm-bpe",
         PreTokenizer::Llama3, {match_llama3}},
        {"qwen2 stablelm2 hunyuan megrez deepseek-r1-qwen grok-2", PreTokenizer::Qwen2, {match_qwen2}},
        {"deepseek-llm", PreTokenizer::DeepseekLlm,
         {match_one_line_break, match_deepseek_letters, match_deepseek_punct, match_trailing_space, match_cjk_hangul,
          match_numbers}},
        {"deepseek-coder", PreTokenizer::DeepseekCoder,
         {match_one_line_break, match_space_letters, match_space_punct, match_cjk_hangul, match_one_number}},
        {"falcon", PreTokenizer::Falcon, {match_falcon_punct, match_gpt2, match_three_ascii_digits}},
        {"starcoder refact command-r smollm codeshell exaone minerva-7b", PreTokenizer::Starcoder,
         {match_one_number, match_gpt2}},
        {"gpt-4o llama4 minimax-m2", PreTokenizer::Gpt4o, {match_gpt4o}},
    };
    return table;
}

const PreTokenizerInfo* find_pre_tokenizer(std::string_view name) {
    if (name.empty()) name = "default";
    for (const auto& info : pre_tokenizers()) {
        std::string_view names(info.names);
        size_t p = 0;
        while (p < names.size()) {
            size_t q = names.find(' ', p);
            if (q == std::string_view::npos) q = names.size();
            if (names.substr(p, q - p) == name) return &info;
            p = q + 1;
        }
    }
    return nullptr;
}

// Splits [0, t.size()) with each stage in turn (each stage splits every piece of the previous one: text
// between matches stays a piece of its own). Result: code point index ranges.
void pre_tokenize_code_points(const CodePoints& t, const std::vector<Matcher>& stages, std::vector<std::pair<uint32_t, uint32_t>>& pieces,
                  std::vector<std::pair<uint32_t, uint32_t>>& scratch) {
    pieces.clear();
    if (t.size()) pieces.emplace_back(0u, static_cast<uint32_t>(t.size()));
    for (Matcher m : stages) {
        scratch.clear();
        for (const auto& pc : pieces) {
            size_t gap = pc.first, pos = pc.first, end = pc.second;
            while (pos < end) {
                size_t len = m(t, pos, end);
                if (!len) { ++pos; continue; }
                if (gap < pos) scratch.emplace_back(static_cast<uint32_t>(gap), static_cast<uint32_t>(pos));
                scratch.emplace_back(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + len));
                pos += len;
                gap = pos;
            }
            if (gap < end) scratch.emplace_back(static_cast<uint32_t>(gap), static_cast<uint32_t>(end));
        }
        pieces.swap(scratch);
    }
}

bool is_cjk_ideograph(uint32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

const char* const kSpmSpace = "\xE2\x96\x81";  // U+2581, SentencePiece's visible space

}  // namespace detail
using namespace detail;

struct Tokenizer::Impl {
    Algorithm algorithm = Algorithm::SentencePiece;
    std::string model, pre;
    const PreTokenizerInfo* pre_tokenizer = nullptr;
    std::vector<std::string> text;   // vocabulary texts (lookup keys)
    std::vector<std::string> piece;  // bytes each token decodes to ("" for control/unused)
    std::vector<float> score;
    std::vector<TokenType> type;
    std::vector<uint8_t> eog_flag;
    std::vector<int32_t> eog;
    TextIndex index;
    MergeTable merges;
    SpecialTrie special;
    std::vector<size_t> special_lengths;  // distinct lengths of the trie's tokens, longest first
    int32_t byte_token[256];  // gpt2: the token of each byte; llama: <0xXX>
    std::string byte_visible[256];  // gpt2: each byte in the byte-level alphabet
    int32_t bos = -1, eos = -1, eot = -1, eom = -1, unk = -1, pad = -1;
    bool add_bos = false, add_eos = false, add_space_prefix = false, ignore_merges = false;
    // SentencePiece: no token joins a character to a following "▁", so words can be merged independently.
    bool spm_words_independent = false;
    size_t max_token_len = 0;

    Impl() { std::fill(std::begin(byte_token), std::end(byte_token), -1); }

    bool valid(int32_t id) const { return id >= 0 && static_cast<size_t>(id) < text.size(); }
    int32_t find(std::string_view s) const { return index.find(s, text); }

    struct Fragment {
        int32_t token;  // >= 0: a special token; -1: raw text [begin, end)
        size_t begin, end;
    };
    void split_special(std::string_view s, bool parse_special, std::vector<Fragment>& out) const;
    void encode_spm(std::string_view escaped, std::vector<int32_t>& out) const;
    void encode_spm_text(std::string_view escaped, std::vector<int32_t>& out) const;
    void encode_bpe(std::string_view s, std::vector<int32_t>& out) const;
    void encode_bpe_word(std::string_view w, std::vector<int32_t>& out) const;
    void encode_wpm(std::string_view s, std::vector<int32_t>& out) const;
};

// Finds the special tokens in the text the way the reference does: longer tokens first, each taking its
// leftmost occurrences that do not overlap a token already taken. One pass per distinct token length keeps
// the work and memory linear in the text (no list of all overlapping candidates).
void Tokenizer::Impl::split_special(std::string_view s, bool parse_special, std::vector<Fragment>& out) const {
    out.clear();
    if (s.empty()) return;
    struct Occurrence {
        size_t pos, len;
        int32_t id;
    };
    std::vector<Occurrence> chosen;
    std::vector<uint8_t> taken;
    const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t len : special_lengths) {
        for (size_t pos = 0; pos + len <= s.size();) {
            int32_t node = -1;
            for (size_t k = 0; k < len; ++k) {
                if (!taken.empty() && taken[pos + k]) {
                    node = -1;
                    break;
                }
                node = special.child(node, b[pos + k]);
                if (node < 0) break;
            }
            int32_t id = node >= 0 ? special.terminal(node) : -1;
            if (id < 0 || !(parse_special || type[static_cast<size_t>(id)] == TokenType::UserDefined)) {
                ++pos;
                continue;
            }
            if (taken.empty()) taken.assign(s.size(), 0);
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(pos), taken.begin() + static_cast<std::ptrdiff_t>(pos + len), 1);
            chosen.push_back({pos, len, id});
            pos += len;
        }
    }
    std::sort(chosen.begin(), chosen.end(), [](const Occurrence& x, const Occurrence& y) { return x.pos < y.pos; });
    size_t at = 0;
    for (const Occurrence& o : chosen) {
        if (at < o.pos) out.push_back({-1, at, o.pos});
        out.push_back({o.id, o.pos, o.pos + o.len});
        at = o.pos + o.len;
    }
    if (at < s.size()) out.push_back({-1, at, s.size()});
}

// SentencePiece BPE: start from characters, repeatedly merge the adjacent pair whose concatenation is the
// best-scored token (leftmost on ties); characters that are no token become byte tokens.
void Tokenizer::Impl::encode_spm_text(std::string_view s, std::vector<int32_t>& out) const {
    if (!spm_words_independent) {
        encode_spm(s, out);
        return;
    }
    size_t start = 0;
    for (size_t i = 1; i + 3 <= s.size(); ++i) {
        if (s.compare(i, 3, kSpmSpace) == 0 && !(i >= 3 && s.compare(i - 3, 3, kSpmSpace) == 0)) {
            encode_spm(s.substr(start, i - start), out);
            start = i;
        }
    }
    encode_spm(s.substr(start), out);
}

void Tokenizer::Impl::encode_spm(std::string_view s, std::vector<int32_t>& out) const {
    struct Symbol {
        int32_t prev, next;
        uint32_t start, len;
    };
    struct Bigram {
        float score;
        int32_t left, right;
        uint32_t len;
    };
    auto worse = [](const Bigram& a, const Bigram& b) {
        return a.score < b.score || (a.score == b.score && a.left > b.left);
    };
    thread_local std::vector<Symbol> sym;
    thread_local std::vector<Bigram> heap;
    sym.clear();
    heap.clear();
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(s.data());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp;
        size_t len = next_char(bytes + i, s.size() - i, &cp);
        int32_t idx = static_cast<int32_t>(sym.size());
        sym.push_back({idx - 1, idx + 1, static_cast<uint32_t>(i), static_cast<uint32_t>(len)});
        i += len;
    }
    if (sym.empty()) return;
    sym.back().next = -1;
    auto try_pair = [&](int32_t l, int32_t r) {
        if (l < 0 || r < 0) return;
        const Symbol& a = sym[static_cast<size_t>(l)];
        const Symbol& b = sym[static_cast<size_t>(r)];
        int32_t id = find(std::string_view(s.data() + a.start, a.len + b.len));
        if (id < 0) return;
        heap.push_back({score[static_cast<size_t>(id)], l, r, a.len + b.len});
        std::push_heap(heap.begin(), heap.end(), worse);
    };
    for (size_t i = 1; i < sym.size(); ++i) try_pair(static_cast<int32_t>(i - 1), static_cast<int32_t>(i));
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), worse);
        Bigram bg = heap.back();
        heap.pop_back();
        Symbol& a = sym[static_cast<size_t>(bg.left)];
        Symbol& b = sym[static_cast<size_t>(bg.right)];
        if (a.len == 0 || b.len == 0 || a.len + b.len != bg.len) continue;  // stale
        a.len += b.len;
        b.len = 0;
        a.next = b.next;
        if (b.next >= 0) sym[static_cast<size_t>(b.next)].prev = bg.left;
        try_pair(a.prev, bg.left);
        try_pair(bg.left, a.next);
    }
    for (int32_t i = 0; i >= 0; i = sym[static_cast<size_t>(i)].next) {
        const Symbol& a = sym[static_cast<size_t>(i)];
        int32_t id = find(std::string_view(s.data() + a.start, a.len));
        if (id >= 0) {
            out.push_back(id);
            continue;
        }
        for (uint32_t k = 0; k < a.len; ++k) {
            int32_t bt = byte_token[bytes[a.start + k]];
            if (bt >= 0) out.push_back(bt);
            else if (unk >= 0) out.push_back(unk);
        }
    }
}

// Byte-level BPE of one pre-tokenized word: bytes merged by rank (lowest first, leftmost on ties).
void Tokenizer::Impl::encode_bpe_word(std::string_view w, std::vector<int32_t>& out) const {
    if (ignore_merges) {
        std::string visible;
        for (unsigned char c : w) visible += byte_visible[c];
        int32_t id = find(visible);
        if (id >= 0) {
            out.push_back(id);
            return;
        }
    }
    struct Symbol {
        int32_t id, prev, next;
    };
    struct Pair {
        uint32_t rank;
        int32_t left, right, left_id, right_id, merged;
    };
    auto worse = [](const Pair& a, const Pair& b) { return a.rank > b.rank || (a.rank == b.rank && a.left > b.left); };
    thread_local std::vector<Symbol> sym;
    thread_local std::vector<Pair> heap;
    sym.clear();
    heap.clear();
    for (size_t i = 0; i < w.size(); ++i) {
        int32_t idx = static_cast<int32_t>(i);
        sym.push_back({byte_token[static_cast<unsigned char>(w[i])], idx - 1, idx + 1});
    }
    if (sym.empty()) return;
    sym.back().next = -1;
    auto try_pair = [&](int32_t l, int32_t r) {
        if (l < 0 || r < 0) return;
        int32_t a = sym[static_cast<size_t>(l)].id, b = sym[static_cast<size_t>(r)].id;
        uint32_t rank;
        int32_t merged;
        if (a < 0 || b < 0 || !merges.find(a, b, &rank, &merged)) return;
        heap.push_back({rank, l, r, a, b, merged});
        std::push_heap(heap.begin(), heap.end(), worse);
    };
    for (size_t i = 1; i < sym.size(); ++i) try_pair(static_cast<int32_t>(i - 1), static_cast<int32_t>(i));
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), worse);
        Pair p = heap.back();
        heap.pop_back();
        Symbol& a = sym[static_cast<size_t>(p.left)];
        Symbol& b = sym[static_cast<size_t>(p.right)];
        if (a.id != p.left_id || b.id != p.right_id || a.next != p.right) continue;  // stale
        a.id = p.merged;
        a.next = b.next;
        b.id = -1;
        b.prev = b.next = -1;
        if (a.next >= 0) sym[static_cast<size_t>(a.next)].prev = p.left;
        try_pair(a.prev, p.left);
        try_pair(p.left, a.next);
    }
    for (int32_t i = 0; i >= 0; i = sym[static_cast<size_t>(i)].next) {
        int32_t id = sym[static_cast<size_t>(i)].id;
        if (id >= 0) out.push_back(id);
        else if (unk >= 0) out.push_back(unk);
    }
}

void Tokenizer::Impl::encode_bpe(std::string_view s, std::vector<int32_t>& out) const {
    thread_local CodePoints cps;
    thread_local std::vector<std::pair<uint32_t, uint32_t>> pieces, scratch;
    cps.assign(s);
    pre_tokenize_code_points(cps, pre_tokenizer->stages, pieces, scratch);
    for (const auto& pc : pieces) {
        size_t b = cps.off[pc.first], e = cps.off[pc.second];
        encode_bpe_word(s.substr(b, e - b), out);
    }
}

// WordPiece: lower-cased, accents removed, split at whitespace and around punctuation and CJK ideographs;
// each word is matched greedily longest-first ("▁" marks a word start) or becomes the unknown token.
void Tokenizer::Impl::encode_wpm(std::string_view s, std::vector<int32_t>& out) const {
    std::vector<std::string> words(1);
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(s.data());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp;
        i += next_char(bytes + i, s.size() - i, &cp);
        cp = cp_nfd_base(cp);
        uint16_t fl = cp_flags(cp);
        if (fl & kSpace) {
            if (!words.back().empty()) words.emplace_back();
            continue;
        }
        if (cp == 0 || cp == kReplacementChar || (fl & kControl)) continue;
        std::string ch;
        append_utf8(ch, cp_to_lower(cp));
        if ((fl & kPunct) || (cp < 0x7F && (fl & kSymbol)) || is_cjk_ideograph(cp)) {
            if (!words.back().empty()) words.emplace_back();
            words.back() = ch;
            words.emplace_back();
        } else {
            words.back() += ch;
        }
    }
    for (const std::string& word : words) {
        if (word.empty()) continue;
        std::string w = kSpmSpace + word;
        size_t first = out.size();
        bool ok = true;
        for (size_t i = 0; i < w.size() && ok;) {
            ok = false;
            for (size_t j = std::min(w.size(), i + max_token_len); j > i; --j) {
                int32_t id = find(std::string_view(w).substr(i, j - i));
                if (id >= 0) {
                    out.push_back(id);
                    i = j;
                    ok = true;
                    break;
                }
            }
        }
        if (!ok) {
            out.resize(first);
            if (unk >= 0) out.push_back(unk);
        }
    }
}

// ---- Tokenizer ----

namespace detail {

std::string unescape_spm_space(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, kSpmSpace) == 0) {
            out += ' ';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// "<0x41>" -> 0x41; -1 if the text is not a byte token.
int parse_byte_token(const std::string& s) {
    if (s.size() != 6 || s.compare(0, 3, "<0x") != 0 || s[5] != '>') return -1;
    int v = 0;
    for (int k = 3; k < 5; ++k) {
        char c = s[static_cast<size_t>(k)];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// Token text in GPT-2's byte-level alphabet back to bytes (code points outside it are kept as UTF-8).
std::string visible_to_bytes(const std::string& s, const std::unordered_map<uint32_t, uint8_t>& byte_of) {
    std::string out;
    const uint8_t* b = reinterpret_cast<const uint8_t*>(s.data());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp;
        size_t len = next_char(b + i, s.size() - i, &cp);
        auto it = byte_of.find(cp);
        if (it != byte_of.end()) out += static_cast<char>(it->second);
        else out.append(s, i, len);
        i += len;
    }
    return out;
}

}  // namespace detail

Tokenizer::Tokenizer() = default;
Tokenizer::Tokenizer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

const Tokenizer::Impl& Tokenizer::impl() const {
    static const Impl empty;
    return impl_ ? *impl_ : empty;
}

Result<Tokenizer> Tokenizer::load(const gguf::File& f) {
    using gguf::ValueType;
    auto where = [](const char* what) { return platform::strf("tokenizer: %s", what); };
    std::shared_ptr<Impl> t = std::make_shared<Impl>();
    const gguf::Value* model = f.find("tokenizer.ggml.model");
    if (!model || model->type != ValueType::STRING)
        return Status::fail(where("'tokenizer.ggml.model' is missing or not a string"));
    t->model = std::string(model->str);
    if (t->model == "llama") t->algorithm = Algorithm::SentencePiece;
    else if (t->model == "gpt2") t->algorithm = Algorithm::BytePairEncoding;
    else if (t->model == "bert") t->algorithm = Algorithm::WordPiece;
    else
        return Status::fail(platform::strf("tokenizer: unsupported tokenizer.ggml.model '%s' (supported: llama, gpt2, bert)",
                                           t->model.c_str()));
    t->pre = f.get_string("tokenizer.ggml.pre");

    const gguf::Value* tokens = f.find("tokenizer.ggml.tokens");
    if (!tokens || tokens->type != ValueType::ARRAY || tokens->elem_type != ValueType::STRING || tokens->count == 0)
        return Status::fail(where("'tokenizer.ggml.tokens' is missing or not a non-empty array of strings"));
    if (tokens->count > static_cast<uint64_t>(std::numeric_limits<int32_t>::max()) ||
        tokens->strings.size() != tokens->count)
        return Status::fail(where("'tokenizer.ggml.tokens' has an unusable size"));
    const size_t n = static_cast<size_t>(tokens->count);
    t->text.reserve(n);
    for (std::string_view s : tokens->strings) {
        t->text.emplace_back(s);
        t->max_token_len = std::max(t->max_token_len, s.size());
    }

    auto numeric_array = [&](const char* key, const gguf::Value** out) -> Status {
        *out = f.find(key);
        if (!*out) return Status();
        const gguf::Value& v = **out;
        if (v.type != ValueType::ARRAY || v.elem_type == ValueType::STRING || v.elem_type == ValueType::ARRAY)
            return Status::fail(platform::strf("tokenizer: '%s' is not an array of numbers", key));
        if (v.count != n)
            return Status::fail(platform::strf("tokenizer: '%s' has %llu entries, expected %zu (one per token)", key,
                                               static_cast<unsigned long long>(v.count), n));
        return Status();
    };
    const gguf::Value* scores = nullptr;
    const gguf::Value* types = nullptr;
    Status st = numeric_array("tokenizer.ggml.scores", &scores);
    if (!st.ok()) return st;
    st = numeric_array("tokenizer.ggml.token_type", &types);
    if (!st.ok()) return st;
    t->score.resize(n, 0.0f);
    t->type.resize(n, TokenType::Normal);
    for (size_t i = 0; i < n; ++i) {
        if (scores) t->score[i] = static_cast<float>(scores->float_at(i));
        if (types) {
            int64_t ty = types->int_at(i);
            t->type[i] = ty >= 0 && ty <= 6 ? static_cast<TokenType>(ty) : TokenType::Normal;
        }
    }
    t->index.build(t->text);

    auto id_of = [&](const char* key, int32_t fallback) {
        const gguf::Value* v = f.find(key);
        if (!v || !v->is_int()) return fallback;
        int64_t id = v->i;
        return id >= 0 && static_cast<size_t>(id) < n ? static_cast<int32_t>(id) : -1;
    };
    auto flag_of = [&](const char* key, bool fallback) {
        const gguf::Value* v = f.find(key);
        return v && v->type == ValueType::BOOL ? v->u != 0 : fallback;
    };

    if (t->algorithm == Algorithm::SentencePiece) {
        t->bos = id_of("tokenizer.ggml.bos_token_id", n > 1 ? 1 : -1);
        t->eos = id_of("tokenizer.ggml.eos_token_id", n > 2 ? 2 : -1);
        t->unk = id_of("tokenizer.ggml.unknown_token_id", 0);
        t->add_bos = flag_of("tokenizer.ggml.add_bos_token", true);
        t->add_space_prefix = flag_of("tokenizer.ggml.add_space_prefix", true);
        t->spm_words_independent = true;
        for (size_t i = 0; i < n; ++i) {
            const std::string& s = t->text[i];
            int b = t->type[i] == TokenType::Byte ? parse_byte_token(s) : -1;
            if (b >= 0 && t->byte_token[b] < 0) t->byte_token[b] = static_cast<int32_t>(i);
            for (size_t k = s.find(kSpmSpace, 1); k != std::string::npos; k = s.find(kSpmSpace, k + 1))
                if (!(k >= 3 && s.compare(k - 3, 3, kSpmSpace) == 0)) t->spm_words_independent = false;
        }
    } else if (t->algorithm == Algorithm::BytePairEncoding) {
        t->pre_tokenizer = find_pre_tokenizer(t->pre);
        if (!t->pre_tokenizer)
            return Status::fail(platform::strf("tokenizer: unsupported pre-tokenizer tokenizer.ggml.pre = '%s'", t->pre.c_str()));
        t->bos = id_of("tokenizer.ggml.bos_token_id", -1);
        t->eos = id_of("tokenizer.ggml.eos_token_id", -1);
        t->unk = id_of("tokenizer.ggml.unknown_token_id", -1);
        t->ignore_merges = t->pre_tokenizer->kind == PreTokenizer::Llama3;
        t->add_bos = flag_of("tokenizer.ggml.add_bos_token", t->pre_tokenizer->kind == PreTokenizer::Llama3);
        t->add_space_prefix = flag_of("tokenizer.ggml.add_space_prefix", false);
        for (int b = 0; b < 256; ++b) {
            append_utf8(t->byte_visible[b], byte_to_visible_cp(static_cast<uint8_t>(b)));
            t->byte_token[b] = t->find(t->byte_visible[b]);
        }
        const gguf::Value* merges = f.find("tokenizer.ggml.merges");
        if (!merges || merges->type != ValueType::ARRAY || merges->elem_type != ValueType::STRING)
            return Status::fail(where("'tokenizer.ggml.merges' is missing or not an array of strings (needed by gpt2 vocabularies)"));
        t->merges.reserve(merges->strings.size());
        std::string joined;
        for (size_t r = 0; r < merges->strings.size(); ++r) {
            std::string_view m = merges->strings[r];
            size_t sp = m.find(' ', 1);
            if (sp == std::string_view::npos)
                return Status::fail(platform::strf("tokenizer: merge %zu ('%.*s') is not two tokens separated by a space", r,
                                                   static_cast<int>(std::min<size_t>(m.size(), 64)), m.data()));
            std::string_view left = m.substr(0, sp), right = m.substr(sp + 1);
            int32_t l = t->find(left), rr = t->find(right);
            joined.assign(left.data(), left.size());
            joined.append(right.data(), right.size());
            int32_t merged = t->find(joined);
            if (l >= 0 && rr >= 0 && merged >= 0) t->merges.insert(l, rr, static_cast<uint32_t>(r), merged);
        }
    } else {
        t->unk = id_of("tokenizer.ggml.unknown_token_id", n > 100 ? 100 : -1);
        t->bos = id_of("tokenizer.ggml.cls_token_id", id_of("tokenizer.ggml.bos_token_id", n > 101 ? 101 : -1));
        t->eos = id_of("tokenizer.ggml.seperator_token_id", id_of("tokenizer.ggml.eos_token_id", n > 102 ? 102 : -1));
        t->add_bos = flag_of("tokenizer.ggml.add_bos_token", true);
        t->add_space_prefix = true;
    }
    t->add_eos = flag_of("tokenizer.ggml.add_eos_token", t->algorithm == Algorithm::WordPiece);
    t->eot = id_of("tokenizer.ggml.eot_token_id", -1);
    t->eom = id_of("tokenizer.ggml.eom_token_id", -1);
    t->pad = id_of("tokenizer.ggml.padding_token_id", -1);
    if (t->add_bos && t->bos < 0) t->add_bos = false;
    if (t->add_eos && t->eos < 0) t->add_eos = false;

    std::unordered_map<uint32_t, uint8_t> byte_of;
    if (t->algorithm == Algorithm::BytePairEncoding)
        for (int b = 0; b < 256; ++b) byte_of[byte_to_visible_cp(static_cast<uint8_t>(b))] = static_cast<uint8_t>(b);
    static const char* const kEndOfTurnTexts[] = {
        "<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|endoftext|>", "<|eom_id|>", "<EOT>", "_<EOT>",
        "<|end_of_text|>", "<end_of_utterance>", "<|return|>", "<|call|>", "<｜end▁of▁sentence｜>",
    };
    t->piece.resize(n);
    t->eog_flag.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const std::string& s = t->text[i];
        TokenType ty = t->type[i];
        if ((ty == TokenType::Control || ty == TokenType::Unknown || ty == TokenType::UserDefined) && !s.empty()) {
            t->special.add(s, static_cast<int32_t>(i));
            t->special_lengths.push_back(s.size());
        }
        if (ty == TokenType::Control || ty == TokenType::Unused) continue;  // piece stays "" (rendered on request)
        int b = ty == TokenType::Byte ? parse_byte_token(s) : -1;
        if (b >= 0) t->piece[i] = std::string(1, static_cast<char>(b));
        else if (ty == TokenType::UserDefined || ty == TokenType::Unknown) t->piece[i] = t->algorithm == Algorithm::BytePairEncoding ? s : unescape_spm_space(s);
        else if (t->algorithm == Algorithm::BytePairEncoding) t->piece[i] = visible_to_bytes(s, byte_of);
        else t->piece[i] = unescape_spm_space(s);
    }
    std::sort(t->special_lengths.begin(), t->special_lengths.end(), std::greater<size_t>());
    t->special_lengths.erase(std::unique(t->special_lengths.begin(), t->special_lengths.end()), t->special_lengths.end());
    auto mark_eog = [&](int32_t id) {
        if (id >= 0 && !t->eog_flag[static_cast<size_t>(id)]) {
            t->eog_flag[static_cast<size_t>(id)] = 1;
            t->eog.push_back(id);
        }
    };
    mark_eog(t->eos);
    mark_eog(t->eot);
    mark_eog(t->eom);
    for (const char* eot_text : kEndOfTurnTexts) {
        int32_t id = t->find(eot_text);
        if (id >= 0 && (t->type[static_cast<size_t>(id)] == TokenType::Control ||
                        t->type[static_cast<size_t>(id)] == TokenType::UserDefined))
            mark_eog(id);
    }
    return Tokenizer(std::shared_ptr<const Impl>(std::move(t)));
}

std::vector<int32_t> Tokenizer::encode(std::string_view text, bool add_special, bool parse_special) const {
    const Impl& t = impl();
    std::vector<int32_t> out;
    if (t.text.empty()) return out;
    if (add_special && t.add_bos) out.push_back(t.bos);
    std::vector<Impl::Fragment> frags;
    t.split_special(text, parse_special, frags);
    bool after_special = true;  // SentencePiece puts its space prefix at the start and after special tokens
    std::string escaped;
    for (const Impl::Fragment& fr : frags) {
        if (fr.token >= 0) {
            out.push_back(fr.token);
            after_special = true;
            continue;
        }
        std::string_view raw = text.substr(fr.begin, fr.end - fr.begin);
        switch (t.algorithm) {
            case Algorithm::SentencePiece:
                escaped.clear();
                if (t.add_space_prefix && after_special) escaped += kSpmSpace;
                for (char c : raw) {
                    if (c == ' ') escaped += kSpmSpace;
                    else escaped += c;
                }
                t.encode_spm_text(escaped, out);
                break;
            case Algorithm::BytePairEncoding: t.encode_bpe(raw, out); break;
            case Algorithm::WordPiece: t.encode_wpm(raw, out); break;
        }
        after_special = false;
    }
    if (add_special && t.add_eos) out.push_back(t.eos);
    return out;
}

std::string Tokenizer::token_to_piece(int32_t id, bool render_special) const {
    const Impl& t = impl();
    if (!t.valid(id)) return std::string();
    size_t i = static_cast<size_t>(id);
    if (render_special && (t.type[i] == TokenType::Control || t.type[i] == TokenType::Unused)) return t.text[i];
    return t.piece[i];
}

std::string Tokenizer::decode(const std::vector<int32_t>& ids, bool render_special) const {
    const Impl& t = impl();
    std::string out;
    bool strip = t.add_space_prefix;
    for (int32_t id : ids) {
        std::string p = token_to_piece(id, render_special);
        if (p.empty()) continue;
        if (strip && p[0] == ' ') out.append(p, 1, std::string::npos);
        else out += p;
        strip = false;
    }
    return out;
}

std::vector<std::string> Tokenizer::pre_tokenize(std::string_view text) const {
    const Impl& t = impl();
    std::vector<std::string> out;
    if (!t.pre_tokenizer) {
        if (!text.empty()) out.emplace_back(text);
        return out;
    }
    CodePoints cps;
    cps.assign(text);
    std::vector<std::pair<uint32_t, uint32_t>> pieces, scratch;
    pre_tokenize_code_points(cps, t.pre_tokenizer->stages, pieces, scratch);
    for (const auto& pc : pieces) out.emplace_back(text.substr(cps.off[pc.first], cps.off[pc.second] - cps.off[pc.first]));
    return out;
}

int32_t Tokenizer::n_vocab() const { return static_cast<int32_t>(impl().text.size()); }
Algorithm Tokenizer::algorithm() const { return impl().algorithm; }
const std::string& Tokenizer::model_name() const { return impl().model; }
const std::string& Tokenizer::pre_name() const { return impl().pre; }
int32_t Tokenizer::bos() const { return impl().bos; }
int32_t Tokenizer::eos() const { return impl().eos; }
int32_t Tokenizer::eot() const { return impl().eot; }
int32_t Tokenizer::unk() const { return impl().unk; }
int32_t Tokenizer::pad() const { return impl().pad; }
bool Tokenizer::add_bos() const { return impl().add_bos; }
bool Tokenizer::add_eos() const { return impl().add_eos; }
bool Tokenizer::is_eog(int32_t id) const { return impl().valid(id) && impl().eog_flag[static_cast<size_t>(id)]; }
const std::vector<int32_t>& Tokenizer::eog_ids() const { return impl().eog; }
bool Tokenizer::is_control(int32_t id) const {
    return impl().valid(id) && impl().type[static_cast<size_t>(id)] == TokenType::Control;
}
TokenType Tokenizer::token_type(int32_t id) const {
    return impl().valid(id) ? impl().type[static_cast<size_t>(id)] : TokenType::Undefined;
}
const std::string& Tokenizer::token_text(int32_t id) const {
    static const std::string none;
    return impl().valid(id) ? impl().text[static_cast<size_t>(id)] : none;
}
int32_t Tokenizer::find_token(std::string_view text) const { return impl().find(text); }

// ---- StreamDecoder ----

StreamDecoder::StreamDecoder(const Tokenizer& tok, bool starts_text, bool render_special)
    : tok_(tok), strip_space_(starts_text && tok.impl().add_space_prefix), render_special_(render_special) {}

std::string StreamDecoder::feed(int32_t id) {
    std::string p = tok_.token_to_piece(id, render_special_);
    if (p.empty()) return std::string();
    if (strip_space_ && p[0] == ' ') p.erase(0, 1);
    strip_space_ = false;
    pending_ += p;
    std::string out;
    const uint8_t* b = reinterpret_cast<const uint8_t*>(pending_.data());
    size_t i = 0, n = pending_.size();
    while (i < n) {
        uint32_t cp;
        int len = utf8_decode(b + i, n - i, &cp);
        if (len == 0) break;  // wait for the rest of the sequence
        if (len < 0) {
            append_utf8(out, kReplacementChar);
            ++i;
        } else {
            out.append(pending_, i, static_cast<size_t>(len));
            i += static_cast<size_t>(len);
        }
    }
    pending_.erase(0, i);
    return out;
}

std::string StreamDecoder::flush() {
    std::string out;
    if (!pending_.empty()) append_utf8(out, kReplacementChar);
    pending_.clear();
    return out;
}

const char* unicode_version() { return k_unicode_version; }

}  // namespace tok

/* =============================================================================================
   [7] JSON: value, parser, writer
   ============================================================================================= */
namespace json {

const char* type_name(Type t) {
    switch (t) {
        case Type::Null: return "null";
        case Type::Bool: return "bool";
        case Type::Int: return "int";
        case Type::Float: return "float";
        case Type::String: return "string";
        case Type::Array: return "array";
        case Type::Object: return "object";
    }
    return "?";
}

const Value* Value::find(std::string_view key) const {
    for (const Member& m : members_)
        if (m.first == key) return &m.second;
    return nullptr;
}
Value* Value::find(std::string_view key) {
    for (Member& m : members_)
        if (m.first == key) return &m.second;
    return nullptr;
}
static const Value& null_value() {
    static const Value null;
    return null;
}
const Value& Value::operator[](std::string_view key) const {
    const Value* v = find(key);
    return v ? *v : null_value();
}
const Value& Value::operator[](size_t index) const {
    return type_ == Type::Array && index < items_.size() ? items_[index] : null_value();
}
Value& Value::set(std::string key, Value v) {
    if (type_ == Type::Null) type_ = Type::Object;
    if (Value* old = find(key)) return *old = std::move(v);
    members_.emplace_back(std::move(key), std::move(v));
    return members_.back().second;
}
Value& Value::push_back(Value v) {
    if (type_ == Type::Null) type_ = Type::Array;
    items_.push_back(std::move(v));
    return items_.back();
}
bool Value::operator==(const Value& o) const {
    if (is_number() && o.is_number()) {
        if (is_int() && o.is_int()) return i_ == o.i_;
        return as_number() == o.as_number();
    }
    if (type_ != o.type_) return false;
    switch (type_) {
        case Type::Null: return true;
        case Type::Bool: return b_ == o.b_;
        case Type::String: return s_ == o.s_;
        case Type::Array: return items_ == o.items_;
        case Type::Object: {
            // Member order does not matter for equality.
            if (members_.size() != o.members_.size()) return false;
            for (const Member& m : members_) {
                const Value* other = o.find(m.first);
                if (!other || !(*other == m.second)) return false;
            }
            return true;
        }
        default: return false;
    }
}

namespace {

class Parser {
public:
    Parser(std::string_view text, int max_depth) : s_(text), max_depth_(max_depth) {}

    Result<Value> run() {
        Value v;
        skip_ws();
        if (!value(v, 0)) return Status::fail(error_);
        skip_ws();
        if (pos_ < s_.size()) {
            fail("unexpected text after the JSON value");
            return Status::fail(error_);
        }
        return v;
    }

private:
    std::string_view s_;
    size_t pos_ = 0;
    int max_depth_;
    std::string error_;

    bool fail(const char* what) {
        if (!error_.empty()) return false;
        size_t line = 1, col = 1;
        for (size_t i = 0; i < pos_ && i < s_.size(); ++i) {
            if (s_[i] == '\n') {
                ++line;
                col = 1;
            } else if ((static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80) {
                ++col;
            }
        }
        error_ = strf("json: line %zu, column %zu: %s", line, col, what);
        return false;
    }
    void skip_ws() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool literal(const char* word) {
        size_t n = std::strlen(word);
        if (s_.substr(pos_, n) != word) return fail("invalid literal");
        pos_ += n;
        return true;
    }
    bool value(Value& out, int depth) {
        if (pos_ >= s_.size()) return fail("unexpected end of input");
        char c = s_[pos_];
        switch (c) {
            case 'n': out = Value(); return literal("null");
            case 't': out = Value(true); return literal("true");
            case 'f': out = Value(false); return literal("false");
            case '"': {
                std::string str;
                if (!string(str)) return false;
                out = Value(std::move(str));
                return true;
            }
            case '[': return array(out, depth + 1);
            case '{': return object(out, depth + 1);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number(out);
                return fail("unexpected character");
        }
    }
    bool array(Value& out, int depth) {
        if (depth > max_depth_) return fail("nesting too deep");
        ++pos_;
        out = Value::array();
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return true;
        }
        for (;;) {
            skip_ws();
            Value item;
            if (!value(item, depth)) return false;
            out.items().push_back(std::move(item));
            skip_ws();
            if (pos_ >= s_.size()) return fail("unterminated array");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == ']') {
                ++pos_;
                return true;
            }
            return fail("expected ',' or ']' in array");
        }
    }
    bool object(Value& out, int depth) {
        if (depth > max_depth_) return fail("nesting too deep");
        ++pos_;
        out = Value::object();
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return true;
        }
        for (;;) {
            skip_ws();
            if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a string key in object");
            std::string key;
            if (!string(key)) return false;
            skip_ws();
            if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':' after object key");
            ++pos_;
            skip_ws();
            Value item;
            if (!value(item, depth)) return false;
            out.set(std::move(key), std::move(item));  // a repeated key keeps the last value, as Python does
            skip_ws();
            if (pos_ >= s_.size()) return fail("unterminated object");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == '}') {
                ++pos_;
                return true;
            }
            return fail("expected ',' or '}' in object");
        }
    }
    static void put_utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    bool hex4(uint32_t& out) {
        if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
        out = 0;
        for (int k = 0; k < 4; ++k) {
            char h = s_[pos_ + k];
            uint32_t d;
            if (h >= '0' && h <= '9') d = static_cast<uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f') d = static_cast<uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') d = static_cast<uint32_t>(h - 'A' + 10);
            else return fail("invalid hex digit in \\u escape");
            out = out * 16 + d;
        }
        pos_ += 4;
        return true;
    }
    bool string(std::string& out) {
        ++pos_;  // opening quote
        for (;;) {
            if (pos_ >= s_.size()) return fail("unterminated string");
            unsigned char c = static_cast<unsigned char>(s_[pos_]);
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c < 0x20) return fail("control character in string (must be escaped)");
            if (c != '\\') {
                out += static_cast<char>(c);
                ++pos_;
                continue;
            }
            if (++pos_ >= s_.size()) return fail("unterminated string");
            char e = s_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    uint32_t cp;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp < 0xDC00 && pos_ + 1 < s_.size() && s_[pos_] == '\\' &&
                        s_[pos_ + 1] == 'u') {
                        size_t save = pos_;
                        pos_ += 2;
                        uint32_t lo;
                        if (!hex4(lo)) return false;
                        if (lo >= 0xDC00 && lo < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        } else {
                            pos_ = save;
                        }
                    }
                    // A lone surrogate cannot be UTF-8: it becomes U+FFFD.
                    if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
                    put_utf8(out, cp);
                    break;
                }
                default: --pos_; return fail("invalid escape in string");
            }
        }
    }
    bool number(Value& out) {
        size_t start = pos_;
        bool is_float = false;
        if (s_[pos_] == '-') ++pos_;
        if (pos_ >= s_.size() || !(s_[pos_] >= '0' && s_[pos_] <= '9')) return fail("invalid number");
        if (s_[pos_] == '0') {
            ++pos_;
        } else {
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
        }
        if (pos_ < s_.size() && s_[pos_] == '.') {
            is_float = true;
            ++pos_;
            if (pos_ >= s_.size() || !(s_[pos_] >= '0' && s_[pos_] <= '9')) return fail("digit expected after '.'");
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            is_float = true;
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (pos_ >= s_.size() || !(s_[pos_] >= '0' && s_[pos_] <= '9')) return fail("digit expected in exponent");
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
        }
        std::string text(s_.substr(start, pos_ - start));
        if (!is_float) {
            errno = 0;
            char* end = nullptr;
            long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == 0) {
                out = Value(static_cast<int64_t>(v));
                return true;
            }
        }
        out = Value(std::strtod(text.c_str(), nullptr));  // integers beyond int64 become floats
        return true;
    }
};

}  // namespace

Result<Value> parse(std::string_view text, int max_depth) { return Parser(text, max_depth).run(); }

// Fixed notation for 1e-4 <= |x| < 1e16, as Python does.
std::string float_repr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    char buf[40];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    // buf = [-]D[.DDD]e[+-]XX
    std::string s(buf);
    bool neg = s[0] == '-';
    if (neg) s.erase(0, 1);
    size_t epos = s.find('e');
    int exp10 = std::atoi(s.c_str() + epos + 1);
    std::string digits;
    for (size_t k = 0; k < epos; ++k)
        if (s[k] != '.') digits += s[k];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out = neg ? "-" : "";
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 >= 0) {
            size_t int_len = static_cast<size_t>(exp10) + 1;
            std::string ip = digits.substr(0, std::min(int_len, digits.size()));
            while (ip.size() < int_len) ip += '0';
            std::string fp = digits.size() > int_len ? digits.substr(int_len) : "0";
            out += ip + "." + fp;
        } else {
            out += "0." + std::string(static_cast<size_t>(-exp10 - 1), '0') + digits;
        }
    } else {
        out += digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        out += strf("e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
    return out;
}

// Decodes one UTF-8 sequence at s[*i]; invalid bytes decode as themselves (Latin-1) so nothing is lost.
uint32_t next_codepoint(std::string_view s, size_t* i) {
    unsigned char c = static_cast<unsigned char>(s[*i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || *i + static_cast<size_t>(len) > s.size()) {
        ++*i;
        return c;
    }
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[*i + static_cast<size_t>(k)]);
        if ((cc & 0xC0) != 0x80) {
            ++*i;
            return c;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    *i += static_cast<size_t>(len);
    return cp;
}

static void dump_string(std::string& out, std::string_view s, bool ensure_ascii) {
    out += '"';
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"': out += "\\\""; ++i; continue;
            case '\\': out += "\\\\"; ++i; continue;
            case '\n': out += "\\n"; ++i; continue;
            case '\r': out += "\\r"; ++i; continue;
            case '\t': out += "\\t"; ++i; continue;
            case '\b': out += "\\b"; ++i; continue;
            case '\f': out += "\\f"; ++i; continue;
            default: break;
        }
        if (c < 0x20) {
            out += strf("\\u%04x", c);
            ++i;
        } else if (c < 0x80 || !ensure_ascii) {
            out += static_cast<char>(c);
            ++i;
        } else {
            uint32_t cp = next_codepoint(s, &i);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                out += strf("\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
            } else {
                out += strf("\\u%04x", cp);
            }
        }
    }
    out += '"';
}

static void dump_value(std::string& out, const Value& v, const DumpOptions& o, int level) {
    const char* item_sep = o.python_spacing && o.indent < 0 ? ", " : ",";
    const char* key_sep = o.python_spacing || o.indent >= 0 ? ": " : ":";
    auto newline = [&](int lvl) {
        if (o.indent < 0) return;
        out += '\n';
        out.append(static_cast<size_t>(o.indent) * static_cast<size_t>(lvl), ' ');
    };
    switch (v.type()) {
        case Type::Null: out += "null"; return;
        case Type::Bool: out += v.as_bool() ? "true" : "false"; return;
        case Type::Int: out += std::to_string(v.as_int()); return;
        case Type::Float: {
            double d = v.as_number();
            if (std::isnan(d)) out += "NaN";
            else if (std::isinf(d)) out += d < 0 ? "-Infinity" : "Infinity";
            else out += float_repr(d);
            return;
        }
        case Type::String: dump_string(out, v.as_string(), o.ensure_ascii); return;
        case Type::Array: {
            if (v.items().empty()) {
                out += "[]";
                return;
            }
            out += '[';
            for (size_t k = 0; k < v.items().size(); ++k) {
                if (k) out += item_sep;
                newline(level + 1);
                dump_value(out, v.items()[k], o, level + 1);
            }
            newline(level);
            out += ']';
            return;
        }
        case Type::Object: {
            if (v.members().empty()) {
                out += "{}";
                return;
            }
            std::vector<const Value::Member*> order;
            for (const Value::Member& m : v.members()) order.push_back(&m);
            if (o.sort_keys)
                std::stable_sort(order.begin(), order.end(),
                                 [](const Value::Member* a, const Value::Member* b) { return a->first < b->first; });
            out += '{';
            for (size_t k = 0; k < order.size(); ++k) {
                if (k) out += item_sep;
                newline(level + 1);
                dump_string(out, order[k]->first, o.ensure_ascii);
                out += key_sep;
                dump_value(out, order[k]->second, o, level + 1);
            }
            newline(level);
            out += '}';
            return;
        }
    }
}

std::string dump(const Value& v, const DumpOptions& options) {
    std::string out;
    dump_value(out, v, options, 0);
    return out;
}

}  // namespace json

/* =============================================================================================
   [8] TMPL: Jinja-subset chat templates
   ============================================================================================= */
namespace tmpl {
namespace detail {

/* ---- runtime values -------------------------------------------------------------------------- */

struct Val;
struct Interp;
struct Scope;
using List = std::vector<Val>;
struct CallArgs;
using NativeFn = std::function<bool(Interp&, CallArgs&, Val&)>;

struct Callable {
    std::string name;
    NativeFn fn;
};

struct Dict;

// A Jinja value. Lists and dicts are shared by reference (Python semantics: append() through one
// name is seen through every other).
struct Val {
    enum Kind : uint8_t { UNDEF, NONE, BOOL, INT, FLOAT, STR, LIST, DICT, FUNC };
    Kind kind = UNDEF;
    bool b = false;
    int64_t i = 0;
    double f = 0.0;
    std::string s;
    std::shared_ptr<List> list;
    std::shared_ptr<Dict> dict;
    std::shared_ptr<Callable> fn;

    static Val none() { Val v; v.kind = NONE; return v; }
    static Val boolean(bool x) { Val v; v.kind = BOOL; v.b = x; return v; }
    static Val integer(int64_t x) { Val v; v.kind = INT; v.i = x; return v; }
    static Val real(double x) { Val v; v.kind = FLOAT; v.f = x; return v; }
    static Val str(std::string x) { Val v; v.kind = STR; v.s = std::move(x); return v; }
    static Val new_list(List items = {});
    static Val new_dict();
    static Val func(std::string name, NativeFn f) {
        Val v;
        v.kind = FUNC;
        v.fn = std::make_shared<Callable>();
        v.fn->name = std::move(name);
        v.fn->fn = std::move(f);
        return v;
    }
    bool is_num() const { return kind == INT || kind == FLOAT || kind == BOOL; }
    double num() const { return kind == FLOAT ? f : kind == INT ? static_cast<double>(i) : b ? 1.0 : 0.0; }
    bool defined() const { return kind != UNDEF; }
};

struct Dict {
    std::vector<std::pair<std::string, Val>> items;
    bool is_namespace = false;
    std::shared_ptr<Callable> call;  // set for `loop` of a recursive for: loop(children)
    std::vector<std::string> int_keys;  // keys stored as text that were ints in the template ({4096: 512})
    Val key(const std::string& k) const;
    Val* find(std::string_view key) {
        for (auto& kv : items)
            if (kv.first == key) return &kv.second;
        return nullptr;
    }
    void set(std::string key, Val v) {
        if (Val* old = find(key)) *old = std::move(v);
        else items.emplace_back(std::move(key), std::move(v));
    }
};

Val Dict::key(const std::string& k) const {
    if (!int_keys.empty() && std::find(int_keys.begin(), int_keys.end(), k) != int_keys.end())
        return Val::integer(std::strtoll(k.c_str(), nullptr, 10));
    return Val::str(k);
}

// Containers are torn down iteratively: a template can build a list nested a million deep, and
// recursive destructors would overflow the stack.
struct Teardown {
    std::vector<std::shared_ptr<List>> lists;
    std::vector<std::shared_ptr<Dict>> dicts;
    void take(Val& v) {
        if (v.list && v.list.use_count() == 1) lists.push_back(std::move(v.list));
        if (v.dict && v.dict.use_count() == 1) dicts.push_back(std::move(v.dict));
    }
    void run() {
        while (!lists.empty() || !dicts.empty()) {
            if (!lists.empty()) {
                std::shared_ptr<List> l = std::move(lists.back());
                lists.pop_back();
                for (Val& v : *l) take(v);
            } else {
                std::shared_ptr<Dict> d = std::move(dicts.back());
                dicts.pop_back();
                for (auto& kv : d->items) take(kv.second);
            }
        }
    }
};
struct ListDeleter {
    void operator()(List* l) const {
        Teardown t;
        for (Val& v : *l) t.take(v);
        t.run();
        delete l;
    }
};
struct DictDeleter {
    void operator()(Dict* d) const {
        Teardown t;
        for (auto& kv : d->items) t.take(kv.second);
        t.run();
        delete d;
    }
};

Val Val::new_list(List items) {
    Val v;
    v.kind = LIST;
    v.list = std::shared_ptr<List>(new List(std::move(items)), ListDeleter());
    return v;
}

Val Val::new_dict() {
    Val v;
    v.kind = DICT;
    v.dict = std::shared_ptr<Dict>(new Dict(), DictDeleter());
    return v;
}

// Whether `v` contains the container `target` (or is nested too deeply to tell). Inserting such a
// value would make a reference cycle, which shared ownership could never free.
static bool reaches(const Val& v, const void* target, int depth, std::vector<const void*>& seen) {
    const void* self = v.list ? static_cast<const void*>(v.list.get()) : v.dict ? static_cast<const void*>(v.dict.get()) : nullptr;
    if (!self) return false;
    if (self == target || depth > 200) return true;
    if (std::find(seen.begin(), seen.end(), self) != seen.end()) return false;
    seen.push_back(self);
    if (v.list)
        for (const Val& x : *v.list)
            if (reaches(x, target, depth + 1, seen)) return true;
    if (v.dict)
        for (const auto& kv : v.dict->items)
            if (reaches(kv.second, target, depth + 1, seen)) return true;
    return false;
}
static bool would_cycle(const Val& inserted, const void* container) {
    std::vector<const void*> seen;
    return reaches(inserted, container, 0, seen);
}

struct CallArgs {
    std::vector<Val> pos;
    std::vector<std::pair<std::string, Val>> kw;
    // Positional argument i, else keyword `name`, else nullptr.
    Val* get(size_t idx, const char* name) {
        if (idx < pos.size()) return &pos[idx];
        for (auto& kv : kw)
            if (kv.first == name) return &kv.second;
        return nullptr;
    }
};

static Val from_json(const json::Value& j) {
    switch (j.type()) {
        case json::Type::Null: return Val::none();
        case json::Type::Bool: return Val::boolean(j.as_bool());
        case json::Type::Int: return Val::integer(j.as_int());
        case json::Type::Float: return Val::real(j.as_number());
        case json::Type::String: return Val::str(j.as_string());
        case json::Type::Array: {
            Val v = Val::new_list();
            v.list->reserve(j.items().size());
            for (const json::Value& x : j.items()) v.list->push_back(from_json(x));
            return v;
        }
        case json::Type::Object: {
            Val v = Val::new_dict();
            for (const auto& m : j.members()) v.dict->items.emplace_back(m.first, from_json(m.second));
            return v;
        }
    }
    return Val();
}

static bool truthy(const Val& v) {
    switch (v.kind) {
        case Val::UNDEF: case Val::NONE: return false;
        case Val::BOOL: return v.b;
        case Val::INT: return v.i != 0;
        case Val::FLOAT: return v.f != 0.0;
        case Val::STR: return !v.s.empty();
        case Val::LIST: return !v.list->empty();
        case Val::DICT: return v.dict->is_namespace || !v.dict->items.empty();
        case Val::FUNC: return true;
    }
    return false;
}

static const char* kind_name(const Val& v) {
    switch (v.kind) {
        case Val::UNDEF: return "undefined";
        case Val::NONE: return "none";
        case Val::BOOL: return "bool";
        case Val::INT: return "int";
        case Val::FLOAT: return "float";
        case Val::STR: return "string";
        case Val::LIST: return "list";
        case Val::DICT: return v.dict->is_namespace ? "namespace" : "dict";
        case Val::FUNC: return "function";
    }
    return "?";
}

// UTF-8 aware helpers: Python indexes strings by code point.
static bool is_ascii(const std::string& s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}
static std::vector<std::string> split_codepoints(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        json::next_codepoint(s, &i);
        out.emplace_back(s.substr(start, i - start));
    }
    return out;
}
static int64_t str_length(const std::string& s) {
    if (is_ascii(s)) return static_cast<int64_t>(s.size());
    int64_t n = 0;
    for (size_t i = 0; i < s.size();) {
        json::next_codepoint(s, &i);
        ++n;
    }
    return n;
}

// Python repr of a string: single quotes unless the text holds ' and no ".
static std::string py_str_repr(const std::string& s) {
    char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
    std::string out(1, q);
    for (char c : s) {
        if (c == q || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += c;
        }
    }
    out += q;
    return out;
}

static bool to_str_impl(const Val& v, std::string& out, bool repr, int depth);

// str(v) as Python prints it ({{ v }}): None -> "None", True -> "True", lists/dicts as repr.
static bool to_str(const Val& v, std::string& out, int depth = 0) { return to_str_impl(v, out, false, depth); }

static bool to_str_impl(const Val& v, std::string& out, bool repr, int depth) {
    if (depth > 200) return false;  // self-referencing containers
    switch (v.kind) {
        case Val::UNDEF: return true;
        case Val::NONE: out += "None"; return true;
        case Val::BOOL: out += v.b ? "True" : "False"; return true;
        case Val::INT: out += std::to_string(v.i); return true;
        case Val::FLOAT: out += json::float_repr(v.f); return true;
        case Val::STR: out += repr ? py_str_repr(v.s) : v.s; return true;
        case Val::LIST: {
            out += '[';
            for (size_t k = 0; k < v.list->size(); ++k) {
                if (k) out += ", ";
                if (!to_str_impl((*v.list)[k], out, true, depth + 1)) return false;
            }
            out += ']';
            return true;
        }
        case Val::DICT: {
            if (v.dict->is_namespace) {
                out += "<Namespace>";
                return true;
            }
            out += '{';
            bool first = true;
            for (const auto& kv : v.dict->items) {
                if (!first) out += ", ";
                first = false;
                if (!to_str_impl(v.dict->key(kv.first), out, true, depth + 1)) return false;
                out += ": ";
                if (!to_str_impl(kv.second, out, true, depth + 1)) return false;
            }
            out += '}';
            return true;
        }
        case Val::FUNC: out += "<function " + v.fn->name + ">"; return true;
    }
    return true;
}

static bool equals(const Val& a, const Val& b, int depth = 0) {
    if (depth > 200) return false;
    if (a.is_num() && b.is_num()) {
        if (a.kind != Val::FLOAT && b.kind != Val::FLOAT)
            return (a.kind == Val::INT ? a.i : a.b) == (b.kind == Val::INT ? b.i : b.b);
        return a.num() == b.num();
    }
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Val::UNDEF: case Val::NONE: return true;
        case Val::STR: return a.s == b.s;
        case Val::LIST:
            if (a.list->size() != b.list->size()) return false;
            for (size_t k = 0; k < a.list->size(); ++k)
                if (!equals((*a.list)[k], (*b.list)[k], depth + 1)) return false;
            return true;
        case Val::DICT:
            if (a.dict == b.dict) return true;
            if (a.dict->items.size() != b.dict->items.size()) return false;
            for (auto& kv : a.dict->items) {
                Val* o = b.dict->find(kv.first);
                if (!o || !equals(kv.second, *o, depth + 1)) return false;
            }
            return true;
        case Val::FUNC: return a.fn == b.fn;
        default: return false;
    }
}

// Ordering for <, sort, min/max. False when the kinds cannot be ordered.
static bool less_than(const Val& a, const Val& b, bool* result, int depth = 0) {
    if (a.is_num() && b.is_num()) {
        *result = a.num() < b.num();
        return true;
    }
    if (a.kind == Val::STR && b.kind == Val::STR) {
        *result = a.s < b.s;
        return true;
    }
    if (a.kind == Val::LIST && b.kind == Val::LIST && depth < 200) {
        size_t n = std::min(a.list->size(), b.list->size());
        for (size_t k = 0; k < n; ++k) {
            const Val& x = (*a.list)[k];
            const Val& y = (*b.list)[k];
            if (equals(x, y)) continue;
            return less_than(x, y, result, depth + 1);
        }
        *result = a.list->size() < b.list->size();
        return true;
    }
    return false;
}

static json::Value to_json(const Val& v, int depth = 0) {
    if (depth > 200) return json::Value();
    switch (v.kind) {
        case Val::UNDEF: case Val::NONE: case Val::FUNC: return json::Value();
        case Val::BOOL: return json::Value(v.b);
        case Val::INT: return json::Value(v.i);
        case Val::FLOAT: return json::Value(v.f);
        case Val::STR: return json::Value(v.s);
        case Val::LIST: {
            json::Value a = json::Value::array();
            for (const Val& x : *v.list) a.items().push_back(to_json(x, depth + 1));
            return a;
        }
        case Val::DICT: {
            json::Value o = json::Value::object();
            for (const auto& kv : v.dict->items) o.members().emplace_back(kv.first, to_json(kv.second, depth + 1));
            return o;
        }
    }
    return json::Value();
}

static bool nesting_exceeds(const Val& v, int limit) {
    if (limit < 0) return true;
    if (v.kind == Val::LIST) {
        for (const Val& x : *v.list)
            if (nesting_exceeds(x, limit - 1)) return true;
    } else if (v.kind == Val::DICT) {
        for (const auto& kv : v.dict->items)
            if (nesting_exceeds(kv.second, limit - 1)) return true;
    }
    return false;
}

/* ---- lexer ----------------------------------------------------------------------------------- */

enum class Tok : uint8_t { TEXT, EXPR_OPEN, EXPR_CLOSE, STMT_OPEN, STMT_CLOSE, NAME, STRING, INT, FLOAT, OP, END };

struct Token {
    Tok kind;
    std::string text;  // TEXT / NAME / STRING / OP spelling
    int64_t i = 0;
    double f = 0.0;
    size_t pos = 0;  // byte offset in the source, for line/column
};

static std::string line_col(std::string_view src, size_t pos) {
    size_t line = 1, col = 1;
    for (size_t k = 0; k < pos && k < src.size(); ++k) {
        if (src[k] == '\n') {
            line = line + 1;
            col = 1;
        } else if ((static_cast<unsigned char>(src[k]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return strf("line %zu, column %zu", line, col);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
static bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Lexer {
public:
    Lexer(std::string_view src, const ParseOptions& o) : src_(src), opt_(o) {}

    bool run(std::vector<Token>& out, std::string& err) {
        size_t i = 0;
        bool strip_next_text = false;  // a `-%}` before this text
        bool trim_newline = false;     // trim_blocks after a block tag
        while (i <= src_.size()) {
            size_t open = find_tag(i);
            std::string text(src_.substr(i, open - i));
            if (strip_next_text) {
                size_t k = 0;
                while (k < text.size() && is_space(text[k])) ++k;
                text.erase(0, k);
            } else if (trim_newline) {
                if (!text.empty() && text[0] == '\n') text.erase(0, 1);
                else if (text.size() >= 2 && text[0] == '\r' && text[1] == '\n') text.erase(0, 2);
            }
            strip_next_text = trim_newline = false;
            if (open >= src_.size()) {
                push_text(out, std::move(text), i);
                break;
            }
            char kind = src_[open + 1];
            char ctl = open + 2 < src_.size() ? src_[open + 2] : 0;
            bool block_like = kind == '%' || kind == '#';
            if (ctl == '-') {
                while (!text.empty() && is_space(text.back())) text.pop_back();
            } else if (block_like && opt_.lstrip_blocks && ctl != '+') {
                // Only spaces/tabs between the line start and the tag (in the source): drop them.
                size_t j = open;
                while (j > i && (src_[j - 1] == ' ' || src_[j - 1] == '\t')) --j;
                if (j == 0 || src_[j - 1] == '\n') text.erase(text.size() - std::min(text.size(), open - j));
            }
            push_text(out, std::move(text), i);
            size_t body = open + 2 + ((ctl == '-' || ctl == '+') ? 1 : 0);
            if (kind == '#') {
                size_t end = src_.find("#}", body);
                if (end == std::string_view::npos) {
                    err = line_col(src_, open) + ": unterminated comment";
                    return false;
                }
                bool rstrip = end > body && src_[end - 1] == '-';
                i = end + 2;
                strip_next_text = rstrip;
                trim_newline = !rstrip && opt_.trim_blocks;
                continue;
            }
            out.push_back(Token{kind == '{' ? Tok::EXPR_OPEN : Tok::STMT_OPEN, "", 0, 0.0, open});
            size_t first_token = out.size();
            size_t close_end = 0;
            bool rstrip = false;
            if (!lex_tag(body, kind == '{' ? '}' : '%', out, &close_end, &rstrip, err)) return false;
            out.push_back(Token{kind == '{' ? Tok::EXPR_CLOSE : Tok::STMT_CLOSE, "", 0, 0.0, close_end - (rstrip ? 3 : 2)});
            i = close_end;
            strip_next_text = rstrip;
            trim_newline = !rstrip && kind == '%' && opt_.trim_blocks;
            if (kind == '%' && out.size() == first_token + 2 && out[first_token].kind == Tok::NAME &&
                out[first_token].text == "raw") {
                // {% raw %}...{% endraw %}: text up to the end tag, verbatim.
                out.resize(first_token - 1);
                if (!lex_raw(out, &i, &strip_next_text, &trim_newline, err)) return false;
            }
        }
        out.push_back(Token{Tok::END, "", 0, 0.0, src_.size()});
        return true;
    }

private:
    std::string_view src_;
    const ParseOptions& opt_;

    size_t find_tag(size_t from) const {
        for (size_t k = from; k + 1 < src_.size(); ++k)
            if (src_[k] == '{' && (src_[k + 1] == '{' || src_[k + 1] == '%' || src_[k + 1] == '#')) return k;
        return src_.size();
    }
    static void push_text(std::vector<Token>& out, std::string text, size_t pos) {
        if (text.empty()) return;
        out.push_back(Token{Tok::TEXT, std::move(text), 0, 0.0, pos});
    }

    bool lex_raw(std::vector<Token>& out, size_t* i, bool* strip_next, bool* trim_nl, std::string& err) {
        size_t search = *i;
        for (;;) {
            size_t open = src_.find("{%", search);
            if (open == std::string_view::npos) {
                err = line_col(src_, *i) + ": unterminated raw block (missing endraw)";
                return false;
            }
            size_t k = open + 2;
            bool lstrip = k < src_.size() && src_[k] == '-';
            if (k < src_.size() && (src_[k] == '-' || src_[k] == '+')) ++k;
            while (k < src_.size() && is_space(src_[k])) ++k;
            if (src_.substr(k, 6) == "endraw") {
                size_t close = src_.find("%}", k);
                if (close == std::string_view::npos) break;
                std::string text(src_.substr(*i, open - *i));
                if (*strip_next) {
                    size_t s = 0;
                    while (s < text.size() && is_space(text[s])) ++s;
                    text.erase(0, s);
                } else if (*trim_nl && !text.empty() && text[0] == '\n') {
                    text.erase(0, 1);
                }
                if (lstrip)
                    while (!text.empty() && is_space(text.back())) text.pop_back();
                push_text(out, std::move(text), *i);
                bool rstrip = close > 0 && src_[close - 1] == '-';
                *i = close + 2;
                *strip_next = rstrip;
                *trim_nl = !rstrip && opt_.trim_blocks;
                return true;
            }
            search = open + 2;
        }
        err = line_col(src_, *i) + ": unterminated raw block";
        return false;
    }

    bool lex_tag(size_t i, char closer, std::vector<Token>& out, size_t* close_end, bool* rstrip, std::string& err) {
        int depth = 0;
        for (;;) {
            while (i < src_.size() && is_space(src_[i])) ++i;
            if (i >= src_.size()) {
                err = line_col(src_, i) + strf(": unterminated tag (missing '%c}')", closer);
                return false;
            }
            char c = src_[i];
            if (depth == 0) {
                if (c == '-' && i + 2 < src_.size() + 0 && src_[i + 1] == closer && src_[i + 2] == '}') {
                    *rstrip = true;
                    *close_end = i + 3;
                    return true;
                }
                if (c == closer && i + 1 < src_.size() && src_[i + 1] == '}') {
                    *rstrip = false;
                    *close_end = i + 2;
                    return true;
                }
            }
            size_t start = i;
            if (is_name_start(c)) {
                while (i < src_.size() && (is_name_start(src_[i]) || is_digit(src_[i]))) ++i;
                out.push_back(Token{Tok::NAME, std::string(src_.substr(start, i - start)), 0, 0.0, start});
                continue;
            }
            if (is_digit(c)) {
                while (i < src_.size() && (is_digit(src_[i]) || src_[i] == '_')) ++i;
                bool is_float = false;
                if (i + 1 < src_.size() && src_[i] == '.' && is_digit(src_[i + 1])) {
                    is_float = true;
                    ++i;
                    while (i < src_.size() && is_digit(src_[i])) ++i;
                }
                if (i < src_.size() && (src_[i] == 'e' || src_[i] == 'E')) {
                    size_t k = i + 1;
                    if (k < src_.size() && (src_[k] == '+' || src_[k] == '-')) ++k;
                    if (k < src_.size() && is_digit(src_[k])) {
                        is_float = true;
                        i = k;
                        while (i < src_.size() && is_digit(src_[i])) ++i;
                    }
                }
                std::string num;
                for (size_t k = start; k < i; ++k)
                    if (src_[k] != '_') num += src_[k];
                Token t{is_float ? Tok::FLOAT : Tok::INT, num, 0, 0.0, start};
                if (is_float) {
                    t.f = std::strtod(num.c_str(), nullptr);
                } else {
                    errno = 0;
                    t.i = std::strtoll(num.c_str(), nullptr, 10);
                    if (errno != 0) {
                        err = line_col(src_, start) + ": integer literal out of range";
                        return false;
                    }
                }
                out.push_back(std::move(t));
                continue;
            }
            if (c == '"' || c == '\'') {
                std::string s;
                ++i;
                for (;;) {
                    if (i >= src_.size()) {
                        err = line_col(src_, start) + ": unterminated string literal";
                        return false;
                    }
                    char d = src_[i++];
                    if (d == c) break;
                    if (d != '\\' || i >= src_.size()) {
                        s += d;
                        continue;
                    }
                    char e = src_[i++];
                    switch (e) {
                        case 'n': s += '\n'; break;
                        case 't': s += '\t'; break;
                        case 'r': s += '\r'; break;
                        case 'b': s += '\b'; break;
                        case 'f': s += '\f'; break;
                        case '0': s += '\0'; break;
                        case '\\': s += '\\'; break;
                        case '\'': s += '\''; break;
                        case '"': s += '"'; break;
                        case '\n': break;
                        case 'u': case 'x': case 'U': {
                            size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                            uint32_t cp = 0;
                            size_t k = 0;
                            for (; k < n && i + k < src_.size(); ++k) {
                                char h = src_[i + k];
                                int d2 = is_digit(h) ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                                                              : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
                                if (d2 < 0) break;
                                cp = cp * 16 + static_cast<uint32_t>(d2);
                            }
                            if (k != n || cp > 0x10FFFF) {
                                err = line_col(src_, i) + ": invalid escape in string literal";
                                return false;
                            }
                            i += n;
                            append_utf8(s, cp);
                            break;
                        }
                        default: s += '\\'; s += e; break;
                    }
                }
                out.push_back(Token{Tok::STRING, std::move(s), 0, 0.0, start});
                continue;
            }
            static const char* const ops[] = {"**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~",
                                              "<",  ">",  "(",  ")",  "[",  "]",  "{", "}", ",", ".", ":", "|",
                                              "=",  "!"};
            bool matched = false;
            for (const char* op : ops) {
                size_t n = std::strlen(op);
                if (src_.substr(i, n) == op) {
                    if (op[0] == '(' || op[0] == '[' || op[0] == '{') ++depth;
                    if ((op[0] == ')' || op[0] == ']' || op[0] == '}') && depth > 0) --depth;
                    out.push_back(Token{Tok::OP, op, 0, 0.0, i});
                    i += n;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                err = line_col(src_, i) + strf(": unexpected character '%c'", c);
                return false;
            }
        }
    }

public:
    static void append_utf8(std::string& s, uint32_t cp) {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
};

/* ---- syntax tree ----------------------------------------------------------------------------- */

enum class N : uint8_t {
    // expressions
    LITERAL, NAME, ATTR, INDEX, SLICE, CALL, FILTER, TEST, UNARY, BINARY, AND, OR, NOT, COND, LIST, TUPLE, DICT,
    // statements
    TEXT, OUTPUT, IF, FOR, SET, SET_BLOCK, MACRO, CALL_BLOCK, FILTER_BLOCK, BREAK, CONTINUE, DO, WITH, SCOPE
};

struct Node;
using NodePtr = std::unique_ptr<Node>;

struct Node {
    N kind;
    size_t pos = 0;
    std::string name;               // NAME, ATTR, FILTER/TEST name, operator, TEXT, SET/MACRO target
    Val value;                      // LITERAL
    std::vector<NodePtr> kids;      // operands / call arguments / conditions
    std::vector<std::string> kw;    // keyword names parallel to call arguments ("" = positional)
    std::vector<std::string> names; // FOR / SET targets, MACRO / caller parameters
    std::vector<NodePtr> body, else_body;
    bool flag = false;              // TEST negated, FOR recursive, SET_BLOCK has filter
};

static NodePtr make(N kind, size_t pos) {
    NodePtr n(new Node());
    n->kind = kind;
    n->pos = pos;
    return n;
}

class Parser {
public:
    Parser(std::string_view src, std::vector<Token> toks) : src_(src), t_(std::move(toks)) {}

    bool run(std::vector<NodePtr>& out, std::string& err) {
        std::string end_tag;
        bool ok = parse_body(out, {}, &end_tag);
        if (ok && !end_tag.empty()) ok = fail(t_[p_].pos, "unexpected '" + end_tag + "'");
        err = err_;
        return ok && err_.empty();
    }

private:
    std::string_view src_;
    std::vector<Token> t_;
    size_t p_ = 0;
    std::string err_;
    int depth_ = 0;

    bool fail(size_t pos, const std::string& msg) {
        if (err_.empty()) err_ = line_col(src_, pos) + ": " + msg;
        return false;
    }
    const Token& cur() const { return t_[p_]; }
    bool is_op(const char* op) const { return cur().kind == Tok::OP && cur().text == op; }
    bool is_name(const char* n) const { return cur().kind == Tok::NAME && cur().text == n; }
    bool accept_op(const char* op) {
        if (!is_op(op)) return false;
        ++p_;
        return true;
    }
    bool accept_name(const char* n) {
        if (!is_name(n)) return false;
        ++p_;
        return true;
    }
    bool expect_op(const char* op) {
        if (accept_op(op)) return true;
        return fail(cur().pos, strf("expected '%s'", op) + got());
    }
    std::string got() const {
        switch (cur().kind) {
            case Tok::NAME: case Tok::OP: return ", got '" + cur().text + "'";
            case Tok::STRING: return ", got a string";
            case Tok::INT: case Tok::FLOAT: return ", got a number";
            case Tok::EXPR_CLOSE: case Tok::STMT_CLOSE: return ", got the end of the tag";
            case Tok::END: return ", got the end of the template";
            default: return "";
        }
    }
    bool expect_stmt_close() {
        if (cur().kind == Tok::STMT_CLOSE) {
            ++p_;
            return true;
        }
        return fail(cur().pos, "expected the end of the statement ('%}')" + got());
    }
    bool expect_ident(std::string& out) {
        if (cur().kind != Tok::NAME) return fail(cur().pos, "expected a name" + got());
        out = cur().text;
        ++p_;
        return true;
    }

    // Parses statements until one of `ends` opens a {% %} tag; *end_tag gets it ("" at the end of input).
    bool parse_body(std::vector<NodePtr>& out, std::initializer_list<const char*> ends, std::string* end_tag) {
        if (++depth_ > 200) return fail(cur().pos, "blocks nested too deeply");
        for (;;) {
            const Token& t = cur();
            if (t.kind == Tok::END) {
                end_tag->clear();
                --depth_;
                return true;
            }
            if (t.kind == Tok::TEXT) {
                NodePtr n = make(N::TEXT, t.pos);
                n->name = t.text;
                out.push_back(std::move(n));
                ++p_;
                continue;
            }
            if (t.kind == Tok::EXPR_OPEN) {
                ++p_;
                NodePtr n = make(N::OUTPUT, t.pos);
                NodePtr e;
                if (!parse_expr(e)) return false;
                n->kids.push_back(std::move(e));
                if (cur().kind != Tok::EXPR_CLOSE) return fail(cur().pos, "expected '}}'" + got());
                ++p_;
                out.push_back(std::move(n));
                continue;
            }
            if (t.kind != Tok::STMT_OPEN) return fail(t.pos, "unexpected token");
            const Token& kw = t_[p_ + 1];
            if (kw.kind != Tok::NAME) return fail(kw.pos, "expected a statement name" + std::string(""));
            for (const char* e : ends)
                if (kw.text == e) {
                    *end_tag = kw.text;
                    p_ += 2;
                    --depth_;
                    return true;
                }
            static const char* const closers[] = {"endif", "endfor", "else", "elif", "endmacro", "endset",
                                                  "endcall", "endfilter", "endwith", "endgeneration"};
            for (const char* c : closers)
                if (kw.text == c) {
                    *end_tag = kw.text;
                    --depth_;
                    return true;  // the caller reports it as unexpected
                }
            p_ += 2;
            NodePtr st;
            if (!parse_statement(kw.text, kw.pos, st)) return false;
            if (st) out.push_back(std::move(st));
        }
    }

    bool parse_block_until(std::vector<NodePtr>& body, std::initializer_list<const char*> ends, std::string* end_tag,
                           const char* what, size_t pos) {
        if (!parse_body(body, ends, end_tag)) return false;
        for (const char* e : ends)
            if (*end_tag == e) return true;
        if (end_tag->empty()) return fail(pos, strf("unclosed '%s' (missing its end tag)", what));
        return fail(cur().pos, "unexpected '" + *end_tag + "' inside '" + what + "'");
    }

    bool parse_statement(const std::string& kw, size_t pos, NodePtr& out) {
        if (kw == "if") return parse_if(pos, out);
        if (kw == "for") return parse_for(pos, out);
        if (kw == "set") return parse_set(pos, out);
        if (kw == "macro") return parse_macro(pos, out);
        if (kw == "call") return parse_call_block(pos, out);
        if (kw == "filter") return parse_filter_block(pos, out);
        if (kw == "break" || kw == "continue") {
            out = make(kw == "break" ? N::BREAK : N::CONTINUE, pos);
            return expect_stmt_close();
        }
        if (kw == "do") {
            out = make(N::DO, pos);
            NodePtr e;
            if (!parse_expr(e)) return false;
            out->kids.push_back(std::move(e));
            return expect_stmt_close();
        }
        if (kw == "generation") {  // Transformers' assistant-mask marker: renders its body
            out = make(N::SCOPE, pos);
            out->flag = true;
            std::string end;
            if (!expect_stmt_close()) return false;
            if (!parse_block_until(out->body, {"endgeneration"}, &end, "generation", pos)) return false;
            return expect_stmt_close();
        }
        if (kw == "with") return parse_with(pos, out);
        return fail(pos, "unknown or unsupported statement '" + kw + "'");
    }

    bool parse_if(size_t pos, NodePtr& out) {
        out = make(N::IF, pos);
        NodePtr cond;
        if (!parse_expr(cond) || !expect_stmt_close()) return false;
        out->kids.push_back(std::move(cond));
        std::string end;
        if (!parse_block_until(out->body, {"elif", "else", "endif"}, &end, "if", pos)) return false;
        if (end == "elif") {
            NodePtr nested;
            if (!parse_if(t_[p_ - 1].pos, nested)) return false;  // consumes through endif
            out->else_body.push_back(std::move(nested));
            return true;
        }
        if (end == "else") {
            if (!expect_stmt_close()) return false;
            if (!parse_block_until(out->else_body, {"endif"}, &end, "if", pos)) return false;
        }
        return expect_stmt_close();
    }

    bool parse_targets(std::vector<std::string>& names) {
        bool paren = accept_op("(");
        for (;;) {
            std::string n;
            if (!expect_ident(n)) return false;
            names.push_back(n);
            if (!accept_op(",")) break;
            if (paren && is_op(")")) break;
        }
        if (paren && !expect_op(")")) return false;
        return true;
    }

    bool parse_for(size_t pos, NodePtr& out) {
        out = make(N::FOR, pos);
        if (!parse_targets(out->names)) return false;
        if (!accept_name("in")) return fail(cur().pos, "expected 'in' in for loop" + got());
        NodePtr iter;
        if (!parse_or(iter)) return false;
        out->kids.push_back(std::move(iter));
        if (accept_name("if")) {
            NodePtr cond;
            if (!parse_or(cond)) return false;
            out->kids.push_back(std::move(cond));
        }
        if (accept_name("recursive")) out->flag = true;
        if (!expect_stmt_close()) return false;
        std::string end;
        if (!parse_block_until(out->body, {"else", "endfor"}, &end, "for", pos)) return false;
        if (end == "else") {
            if (!expect_stmt_close()) return false;
            if (!parse_block_until(out->else_body, {"endfor"}, &end, "for", pos)) return false;
        }
        return expect_stmt_close();
    }

    bool parse_set(size_t pos, NodePtr& out) {
        std::vector<std::string> names;
        std::string first;
        if (!expect_ident(first)) return false;
        if (accept_op(".")) {  // {% set ns.attr = value %}
            std::string attr;
            if (!expect_ident(attr)) return false;
            out = make(N::SET, pos);
            out->names = {first};
            out->name = attr;
        } else {
            names.push_back(first);
            while (accept_op(",")) {
                std::string n;
                if (!expect_ident(n)) return false;
                names.push_back(n);
            }
            if (!is_op("=")) {
                if (names.size() != 1) return fail(cur().pos, "expected '='" + got());
                out = make(N::SET_BLOCK, pos);
                out->names = names;
                if (accept_op("|")) {
                    NodePtr target = make(N::LITERAL, pos);
                    if (!parse_filter_chain(target)) return false;
                    out->kids.push_back(std::move(target));
                }
                if (!expect_stmt_close()) return false;
                std::string end;
                if (!parse_block_until(out->body, {"endset"}, &end, "set", pos)) return false;
                return expect_stmt_close();
            }
            out = make(N::SET, pos);
            out->names = names;
        }
        if (!expect_op("=")) return false;
        NodePtr value;
        if (!parse_tuple_or_expr(value)) return false;
        out->kids.push_back(std::move(value));
        return expect_stmt_close();
    }

    bool parse_params(Node& n) {
        if (!expect_op("(")) return false;
        while (!is_op(")")) {
            std::string pname;
            if (!expect_ident(pname)) return false;
            n.names.push_back(pname);
            NodePtr def;
            if (accept_op("=")) {
                if (!parse_expr(def)) return false;
            }
            n.kids.push_back(std::move(def));  // may be null: no default
            if (!accept_op(",")) break;
        }
        return expect_op(")");
    }

    bool parse_macro(size_t pos, NodePtr& out) {
        out = make(N::MACRO, pos);
        if (!expect_ident(out->name) || !parse_params(*out) || !expect_stmt_close()) return false;
        std::string end;
        if (!parse_block_until(out->body, {"endmacro"}, &end, "macro", pos)) return false;
        if (cur().kind == Tok::NAME) ++p_;  // {% endmacro name %}
        return expect_stmt_close();
    }

    bool parse_call_block(size_t pos, NodePtr& out) {
        out = make(N::CALL_BLOCK, pos);
        Node params;
        if (is_op("(") && !parse_params(params)) return false;
        out->names = std::move(params.names);
        out->else_body = std::move(params.kids);  // caller parameter defaults
        NodePtr call;
        if (!parse_expr(call)) return false;
        if (call->kind != N::CALL) return fail(pos, "call block needs a macro call");
        out->kids.push_back(std::move(call));
        if (!expect_stmt_close()) return false;
        std::string end;
        if (!parse_block_until(out->body, {"endcall"}, &end, "call", pos)) return false;
        return expect_stmt_close();
    }

    bool parse_filter_block(size_t pos, NodePtr& out) {
        out = make(N::FILTER_BLOCK, pos);
        NodePtr target = make(N::LITERAL, pos);  // replaced by the rendered body
        if (!parse_filter_chain(target)) return false;
        out->kids.push_back(std::move(target));
        if (!expect_stmt_close()) return false;
        std::string end;
        if (!parse_block_until(out->body, {"endfilter"}, &end, "filter", pos)) return false;
        return expect_stmt_close();
    }

    bool parse_with(size_t pos, NodePtr& out) {
        out = make(N::WITH, pos);
        while (cur().kind == Tok::NAME) {
            std::string n;
            if (!expect_ident(n) || !expect_op("=")) return false;
            NodePtr e;
            if (!parse_expr(e)) return false;
            out->names.push_back(n);
            out->kids.push_back(std::move(e));
            if (!accept_op(",")) break;
        }
        if (!expect_stmt_close()) return false;
        std::string end;
        if (!parse_block_until(out->body, {"endwith"}, &end, "with", pos)) return false;
        return expect_stmt_close();
    }

    // Filters applied to `target`: name[(args)] [| name[(args)] ...]. The first name is already due.
    bool parse_filter_chain(NodePtr& target) {
        do {
            if (!parse_filter_tail(target)) return false;
        } while (accept_op("|"));
        return true;
    }

    bool parse_filter_tail(NodePtr& target) {
        size_t pos = cur().pos;
        NodePtr f = make(N::FILTER, pos);
        if (!expect_ident(f->name)) return false;
        f->kids.push_back(std::move(target));
        f->kw.push_back("");
        if (is_op("(") && !parse_call_args(*f)) return false;
        target = std::move(f);
        return true;
    }

    bool parse_call_args(Node& n) {
        if (!expect_op("(")) return false;
        while (!is_op(")")) {
            std::string kwname;
            if (cur().kind == Tok::NAME && t_[p_ + 1].kind == Tok::OP && t_[p_ + 1].text == "=") {
                kwname = cur().text;
                p_ += 2;
            }
            NodePtr a;
            if (!parse_expr(a)) return false;
            n.kids.push_back(std::move(a));
            n.kw.push_back(kwname);
            if (!accept_op(",")) break;
        }
        return expect_op(")");
    }

    // `a, b` without brackets (set values) becomes a tuple.
    bool parse_tuple_or_expr(NodePtr& out) {
        size_t pos = cur().pos;
        if (!parse_expr(out)) return false;
        if (!is_op(",")) return true;
        NodePtr t = make(N::TUPLE, pos);
        t->kids.push_back(std::move(out));
        while (accept_op(",")) {
            if (cur().kind == Tok::STMT_CLOSE || cur().kind == Tok::EXPR_CLOSE) break;
            NodePtr e;
            if (!parse_expr(e)) return false;
            t->kids.push_back(std::move(e));
        }
        out = std::move(t);
        return true;
    }

    struct DepthGuard {
        int& d;
        explicit DepthGuard(int& x) : d(x) { ++d; }
        ~DepthGuard() { --d; }
    };

    bool parse_expr(NodePtr& out) {
        DepthGuard g(depth_);
        if (depth_ > 200) return fail(cur().pos, "expression nested too deeply");
        size_t pos = cur().pos;
        if (!parse_or(out)) return false;
        if (is_name("if")) {
            ++p_;
            NodePtr cond, other;
            if (!parse_or(cond)) return false;
            if (accept_name("else")) {
                if (!parse_expr(other)) return false;
            }
            NodePtr n = make(N::COND, pos);
            n->kids.push_back(std::move(out));
            n->kids.push_back(std::move(cond));
            n->kids.push_back(std::move(other));  // null: undefined when false
            out = std::move(n);
        }
        return true;
    }

    bool parse_or(NodePtr& out) {
        if (!parse_and(out)) return false;
        while (is_name("or")) {
            size_t pos = cur().pos;
            ++p_;
            NodePtr rhs;
            if (!parse_and(rhs)) return false;
            NodePtr n = make(N::OR, pos);
            n->kids.push_back(std::move(out));
            n->kids.push_back(std::move(rhs));
            out = std::move(n);
        }
        return true;
    }

    bool parse_and(NodePtr& out) {
        if (!parse_not(out)) return false;
        while (is_name("and")) {
            size_t pos = cur().pos;
            ++p_;
            NodePtr rhs;
            if (!parse_not(rhs)) return false;
            NodePtr n = make(N::AND, pos);
            n->kids.push_back(std::move(out));
            n->kids.push_back(std::move(rhs));
            out = std::move(n);
        }
        return true;
    }

    bool parse_not(NodePtr& out) {
        if (is_name("not")) {
            DepthGuard g(depth_);
            if (depth_ > 200) return fail(cur().pos, "expression nested too deeply");
            size_t pos = cur().pos;
            ++p_;
            NodePtr inner;
            if (!parse_not(inner)) return false;
            out = make(N::NOT, pos);
            out->kids.push_back(std::move(inner));
            return true;
        }
        return parse_compare(out);
    }

    bool parse_compare(NodePtr& out) {
        if (!parse_math1(out)) return false;
        for (;;) {
            size_t pos = cur().pos;
            std::string op;
            if (cur().kind == Tok::OP && (cur().text == "==" || cur().text == "!=" || cur().text == "<" ||
                                          cur().text == ">" || cur().text == "<=" || cur().text == ">=")) {
                op = cur().text;
                ++p_;
            } else if (is_name("in")) {
                op = "in";
                ++p_;
            } else if (is_name("not") && t_[p_ + 1].kind == Tok::NAME && t_[p_ + 1].text == "in") {
                op = "not in";
                p_ += 2;
            } else {
                return true;
            }
            NodePtr rhs;
            if (!parse_math1(rhs)) return false;
            NodePtr n = make(N::BINARY, pos);
            n->name = op;
            n->kids.push_back(std::move(out));
            n->kids.push_back(std::move(rhs));
            out = std::move(n);
        }
    }

    bool binary_level(NodePtr& out, std::initializer_list<const char*> ops, bool (Parser::*next)(NodePtr&)) {
        if (!(this->*next)(out)) return false;
        for (;;) {
            const char* found = nullptr;
            for (const char* op : ops)
                if (is_op(op)) found = op;
            if (!found) return true;
            size_t pos = cur().pos;
            ++p_;
            NodePtr rhs;
            if (!(this->*next)(rhs)) return false;
            NodePtr n = make(N::BINARY, pos);
            n->name = found;
            n->kids.push_back(std::move(out));
            n->kids.push_back(std::move(rhs));
            out = std::move(n);
        }
    }
    bool parse_math1(NodePtr& out) { return binary_level(out, {"+", "-"}, &Parser::parse_concat); }
    bool parse_concat(NodePtr& out) { return binary_level(out, {"~"}, &Parser::parse_math2); }
    bool parse_math2(NodePtr& out) { return binary_level(out, {"*", "/", "//", "%"}, &Parser::parse_pow); }
    bool parse_pow(NodePtr& out) { return binary_level(out, {"**"}, &Parser::parse_unary_filtered); }
    bool parse_unary_filtered(NodePtr& out) { return parse_unary(out, true); }

    // Jinja binds filters after a unary sign: -x|abs is (-x)|abs.
    bool parse_unary(NodePtr& out, bool with_filters = true) {
        if (is_op("-") || is_op("+")) {
            DepthGuard g(depth_);
            if (depth_ > 200) return fail(cur().pos, "expression nested too deeply");
            size_t pos = cur().pos;
            std::string op = cur().text;
            ++p_;
            NodePtr inner;
            if (!parse_unary(inner, false)) return false;
            out = make(N::UNARY, pos);
            out->name = op;
            out->kids.push_back(std::move(inner));
            return !with_filters || parse_filters_and_tests(out);
        }
        if (!parse_primary(out) || !parse_postfix(out)) return false;
        return !with_filters || parse_filters_and_tests(out);
    }

    bool parse_filters_and_tests(NodePtr& out) {
        for (;;) {
            if (accept_op("|")) {
                if (!parse_filter_tail(out)) return false;
                continue;
            }
            if (is_name("is")) {
                size_t pos = cur().pos;
                ++p_;
                NodePtr t = make(N::TEST, pos);
                if (accept_name("not")) t->flag = true;
                if (!expect_ident(t->name)) return false;
                t->kids.push_back(std::move(out));
                t->kw.push_back("");
                if (is_op("(")) {
                    if (!parse_call_args(*t)) return false;
                } else if (cur().kind == Tok::STRING || cur().kind == Tok::INT || cur().kind == Tok::FLOAT ||
                           (cur().kind == Tok::NAME && !is_name("and") && !is_name("or") && !is_name("else") &&
                            !is_name("if") && !is_name("is") && !is_name("in") && !is_name("not") &&
                            !is_name("recursive"))) {
                    NodePtr arg;
                    if (!parse_primary(arg) || !parse_postfix(arg)) return false;
                    t->kids.push_back(std::move(arg));
                    t->kw.push_back("");
                }
                out = std::move(t);
                continue;
            }
            return true;
        }
    }

    bool parse_postfix(NodePtr& out) {
        for (;;) {
            size_t pos = cur().pos;
            if (accept_op(".")) {
                NodePtr n = make(N::ATTR, pos);
                if (cur().kind == Tok::INT) {
                    n->name = cur().text;
                    ++p_;
                } else if (!expect_ident(n->name)) {
                    return false;
                }
                n->kids.push_back(std::move(out));
                out = std::move(n);
            } else if (is_op("[")) {
                ++p_;
                NodePtr parts[3];
                bool is_slice = false;
                int idx = 0;
                while (true) {
                    if (is_op(":")) {
                        if (++idx > 2) return fail(cur().pos, "too many ':' in slice");
                        is_slice = true;
                        ++p_;
                        continue;
                    }
                    if (is_op("]")) break;
                    if (parts[idx]) return fail(cur().pos, "expected ']'" + got());
                    if (!parse_expr(parts[idx])) return false;
                }
                ++p_;
                NodePtr n = make(is_slice ? N::SLICE : N::INDEX, pos);
                n->kids.push_back(std::move(out));
                if (!is_slice && !parts[0]) return fail(pos, "empty subscript");
                for (int k = 0; k < (is_slice ? 3 : 1); ++k) n->kids.push_back(std::move(parts[k]));
                out = std::move(n);
            } else if (is_op("(")) {
                NodePtr n = make(N::CALL, pos);
                n->kids.push_back(std::move(out));
                n->kw.push_back("");
                if (!parse_call_args(*n)) return false;
                out = std::move(n);
            } else {
                return true;
            }
        }
    }

    bool parse_primary(NodePtr& out) {
        const Token& t = cur();
        size_t pos = t.pos;
        switch (t.kind) {
            case Tok::STRING: {
                out = make(N::LITERAL, pos);
                std::string s;
                while (cur().kind == Tok::STRING) {  // adjacent literals concatenate
                    s += cur().text;
                    ++p_;
                }
                out->value = Val::str(std::move(s));
                return true;
            }
            case Tok::INT:
                out = make(N::LITERAL, pos);
                out->value = Val::integer(t.i);
                ++p_;
                return true;
            case Tok::FLOAT:
                out = make(N::LITERAL, pos);
                out->value = Val::real(t.f);
                ++p_;
                return true;
            case Tok::NAME: {
                const std::string& n = t.text;
                out = make(N::LITERAL, pos);
                if (n == "true" || n == "True") out->value = Val::boolean(true);
                else if (n == "false" || n == "False") out->value = Val::boolean(false);
                else if (n == "none" || n == "None") out->value = Val::none();
                else {
                    out->kind = N::NAME;
                    out->name = n;
                }
                ++p_;
                return true;
            }
            case Tok::OP: break;
            default: return fail(pos, "expected an expression" + got());
        }
        DepthGuard g(depth_);
        if (depth_ > 200) return fail(pos, "expression nested too deeply");
        if (accept_op("(")) {
            if (accept_op(")")) {
                out = make(N::TUPLE, pos);
                return true;
            }
            NodePtr first;
            if (!parse_expr(first)) return false;
            if (accept_op(")")) {
                out = std::move(first);
                return true;
            }
            out = make(N::TUPLE, pos);
            out->kids.push_back(std::move(first));
            while (accept_op(",")) {
                if (is_op(")")) break;
                NodePtr e;
                if (!parse_expr(e)) return false;
                out->kids.push_back(std::move(e));
            }
            return expect_op(")");
        }
        if (accept_op("[")) {
            out = make(N::LIST, pos);
            while (!is_op("]")) {
                NodePtr e;
                if (!parse_expr(e)) return false;
                out->kids.push_back(std::move(e));
                if (!accept_op(",")) break;
            }
            return expect_op("]");
        }
        if (accept_op("{")) {
            out = make(N::DICT, pos);
            while (!is_op("}")) {
                NodePtr k, v;
                if (!parse_expr(k) || !expect_op(":") || !parse_expr(v)) return false;
                out->kids.push_back(std::move(k));
                out->kids.push_back(std::move(v));
                if (!accept_op(",")) break;
            }
            return expect_op("}");
        }
        return fail(pos, "expected an expression" + got());
    }
};

/* ---- evaluator ------------------------------------------------------------------------------- */

struct Scope {
    std::vector<std::pair<std::string, Val>> vars;
    std::shared_ptr<Scope> parent;
    explicit Scope(std::shared_ptr<Scope> p = nullptr) : parent(std::move(p)) {}
    Val* lookup(std::string_view name) {
        for (Scope* s = this; s; s = s->parent.get())
            for (auto& kv : s->vars)
                if (kv.first == name) return &kv.second;
        return nullptr;
    }
    void set(const std::string& name, Val v) {
        for (auto& kv : vars)
            if (kv.first == name) {
                kv.second = std::move(v);
                return;
            }
        vars.emplace_back(name, std::move(v));
    }
};
using ScopePtr = std::shared_ptr<Scope>;

enum class Flow : uint8_t { NORMAL, ERROR, BREAK, CONTINUE };

static const char* const kBodyVar = "\x01body";  // the rendered body fed to {% filter %} / {% set x | f %}

// Days since 1970-01-01 -> civil date (proleptic Gregorian).
static void civil_from_days(int64_t z, int* y, int* m, int* d) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static std::string format_time(int64_t unix_seconds, const std::string& fmt) {
    int64_t days = unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
    int64_t secs = unix_seconds - days * 86400;
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = static_cast<int>(secs / 3600);
    tm.tm_min = static_cast<int>(secs / 60 % 60);
    tm.tm_sec = static_cast<int>(secs % 60);
    tm.tm_wday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
    tm.tm_yday = static_cast<int>(days - days_from_civil(y, 1, 1));
    if (fmt.empty() || fmt.size() > 256) return std::string();
    std::vector<char> buf(fmt.size() * 16 + 64);
    size_t n = std::strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    return std::string(buf.data(), n);
}

static std::string py_strip(const std::string& s, const Val* chars, bool left, bool right) {
    auto strip_char = [&](char c) {
        if (!chars || chars->kind == Val::NONE || chars->kind == Val::UNDEF) return is_space(c);
        return chars->s.find(c) != std::string::npos;
    };
    size_t a = 0, b = s.size();
    if (left)
        while (a < b && strip_char(s[a])) ++a;
    if (right)
        while (b > a && strip_char(s[b - 1])) --b;
    return s.substr(a, b - a);
}

static std::string ascii_case(std::string s, bool upper) {
    for (char& c : s) c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                                  : std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Python's str.title(): upper-case a letter after a non-letter, lower-case the rest.
static std::string py_title(const std::string& s) {
    std::string out = s;
    bool prev_letter = false;
    for (char& c : out) {
        unsigned char u = static_cast<unsigned char>(c);
        bool letter = std::isalpha(u) != 0;
        if (letter) c = static_cast<char>(prev_letter ? std::tolower(u) : std::toupper(u));
        prev_letter = letter || u >= 0x80;
    }
    return out;
}

static std::string py_capitalize(const std::string& s) {
    std::string out = ascii_case(s, false);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

static std::vector<std::string> py_split(const std::string& s, const Val* sep, int64_t maxsplit) {
    std::vector<std::string> out;
    if (!sep || sep->kind != Val::STR) {
        size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && is_space(s[i])) ++i;
            if (i >= s.size()) break;
            if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
                size_t e = s.size();
                while (e > i && is_space(s[e - 1])) --e;
                out.push_back(s.substr(i, e - i));
                break;
            }
            size_t j = i;
            while (j < s.size() && !is_space(s[j])) ++j;
            out.push_back(s.substr(i, j - i));
            i = j;
        }
        return out;
    }
    const std::string& d = sep->s;
    size_t start = 0;
    for (;;) {
        size_t k = (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) ? std::string::npos
                                                                                   : s.find(d, start);
        if (k == std::string::npos) {
            out.push_back(s.substr(start));
            return out;
        }
        out.push_back(s.substr(start, k - start));
        start = k + d.size();
    }
}

static std::string py_replace(const std::string& s, const std::string& from, const std::string& to, int64_t count,
                              size_t limit) {
    if (from.empty()) {
        // Python inserts `to` between every character (and at both ends).
        std::string out = to;
        for (const std::string& ch : split_codepoints(s)) {
            if (count >= 0 && count-- == 0) break;
            out += ch + to;
            if (out.size() > limit) break;
        }
        return out;
    }
    std::string out;
    size_t start = 0;
    for (;;) {
        size_t k = count == 0 ? std::string::npos : s.find(from, start);
        if (k == std::string::npos) break;
        out.append(s, start, k - start);
        out += to;
        start = k + from.size();
        if (count > 0) --count;
        if (out.size() > limit) return out;
    }
    out.append(s, start, std::string::npos);
    return out;
}

struct Interp {
    std::string_view src;
    Limits lim;
    int64_t now = 0;
    std::string err;
    uint64_t steps = 0;
    int depth = 0;
    ScopePtr globals;
    size_t call_pos = 0;  // where the built-in being called was called, for its errors

    bool fail(size_t pos, const std::string& msg) {
        if (err.empty()) err = line_col(src, pos) + ": " + msg;
        return false;
    }
    uintptr_t stack_base = 0;
    static uintptr_t stack_here() { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)); }
    bool stack_ok(size_t pos) {
        uintptr_t here = stack_here();
        size_t used = here < stack_base ? stack_base - here : here - stack_base;
        if (used <= lim.max_stack_bytes) return true;
        return fail(pos, "template nested too deeply (stack limit reached)");
    }
    bool step(size_t pos, uint64_t n = 1) {
        steps += n;
        if (steps > lim.max_steps)
            return fail(pos, strf("template exceeded the step limit (%llu loop iterations / calls)",
                                  static_cast<unsigned long long>(lim.max_steps)));
        return true;
    }
    bool check_size(size_t pos, size_t n) {
        if (n > lim.max_output_bytes)
            return fail(pos, strf("template output exceeded the size limit (%zu bytes)", lim.max_output_bytes));
        return true;
    }

    /* -- statements -- */

    Flow exec_list(const std::vector<NodePtr>& body, const ScopePtr& scope, std::string& out) {
        for (const NodePtr& n : body) {
            Flow f = exec(*n, scope, out);
            if (f != Flow::NORMAL) return f;
        }
        return Flow::NORMAL;
    }

    Flow exec(const Node& n, const ScopePtr& scope, std::string& out) {
        if (!stack_ok(n.pos)) return Flow::ERROR;
        switch (n.kind) {
            case N::TEXT:
                out += n.name;
                return check_size(n.pos, out.size()) ? Flow::NORMAL : Flow::ERROR;
            case N::OUTPUT: {
                Val v;
                if (!eval(*n.kids[0], scope, v)) return Flow::ERROR;
                if (!to_str(v, out)) return fail(n.pos, "value nested too deeply to print"), Flow::ERROR;
                return check_size(n.pos, out.size()) ? Flow::NORMAL : Flow::ERROR;
            }
            case N::IF: {
                Val c;
                if (!eval(*n.kids[0], scope, c)) return Flow::ERROR;
                return exec_list(truthy(c) ? n.body : n.else_body, scope, out);
            }
            case N::FOR: {
                Val iter;
                if (!eval(*n.kids[0], scope, iter)) return Flow::ERROR;
                return exec_for(n, iter, scope, out, 0) ? Flow::NORMAL : Flow::ERROR;
            }
            case N::SET: {
                Val v;
                if (!eval(*n.kids[0], scope, v)) return Flow::ERROR;
                return assign(n, v, scope) ? Flow::NORMAL : Flow::ERROR;
            }
            case N::SET_BLOCK: {
                std::string body;
                ScopePtr inner = scope;
                if (exec_list(n.body, inner, body) == Flow::ERROR) return Flow::ERROR;
                Val v = Val::str(std::move(body));
                if (!n.kids.empty() && !apply_body_filters(*n.kids[0], v, scope, v)) return Flow::ERROR;
                scope->set(n.names[0], v);
                return Flow::NORMAL;
            }
            case N::FILTER_BLOCK: {
                std::string body;
                if (exec_list(n.body, scope, body) == Flow::ERROR) return Flow::ERROR;
                Val v;
                if (!apply_body_filters(*n.kids[0], Val::str(std::move(body)), scope, v)) return Flow::ERROR;
                if (!to_str(v, out)) return Flow::ERROR;
                return check_size(n.pos, out.size()) ? Flow::NORMAL : Flow::ERROR;
            }
            case N::MACRO:
                scope->set(n.name, make_macro(n, scope));
                return Flow::NORMAL;
            case N::CALL_BLOCK: return exec_call_block(n, scope, out) ? Flow::NORMAL : Flow::ERROR;
            case N::BREAK: return Flow::BREAK;
            case N::CONTINUE: return Flow::CONTINUE;
            case N::DO: {
                Val v;
                return eval(*n.kids[0], scope, v) ? Flow::NORMAL : Flow::ERROR;
            }
            case N::WITH: {
                ScopePtr inner = std::make_shared<Scope>(scope);
                for (size_t k = 0; k < n.names.size(); ++k) {
                    Val v;
                    if (!eval(*n.kids[k], scope, v)) return Flow::ERROR;
                    inner->set(n.names[k], v);
                }
                return exec_list(n.body, inner, out);
            }
            case N::SCOPE: return exec_list(n.body, scope, out);
            default: fail(n.pos, "internal error: expression used as a statement"); return Flow::ERROR;
        }
    }

    bool apply_body_filters(const Node& chain, Val body, const ScopePtr& scope, Val& out) {
        ScopePtr inner = std::make_shared<Scope>(scope);
        inner->set(kBodyVar, std::move(body));
        // The chain's innermost target is a placeholder literal: evaluate it as the body.
        return eval_with_placeholder(chain, inner, out);
    }
    bool eval_with_placeholder(const Node& n, const ScopePtr& scope, Val& out) {
        if (n.kind == N::LITERAL && !n.value.defined()) {
            out = *scope->lookup(kBodyVar);
            return true;
        }
        if (n.kind != N::FILTER) return eval(n, scope, out);
        Val input;
        if (!eval_with_placeholder(*n.kids[0], scope, input)) return false;
        return eval_filter(n, input, scope, out);
    }

    bool assign(const Node& n, const Val& v, const ScopePtr& scope) {
        if (!n.name.empty()) {  // ns.attr = v
            Val* target = scope->lookup(n.names[0]);
            if (!target || target->kind != Val::DICT || !target->dict->is_namespace)
                return fail(n.pos, "cannot set attribute '" + n.name + "' of '" + n.names[0] +
                                       "': it is not a namespace()");
            if (would_cycle(v, target->dict.get()))
                return fail(n.pos, "cannot store namespace '" + n.names[0] + "' inside itself");
            target->dict->set(n.name, v);
            return true;
        }
        if (n.names.size() == 1) {
            scope->set(n.names[0], v);
            return true;
        }
        std::vector<Val> parts;
        if (!unpack(v, n.names.size(), n.pos, parts)) return false;
        for (size_t k = 0; k < parts.size(); ++k) scope->set(n.names[k], parts[k]);
        return true;
    }

    bool unpack(const Val& v, size_t count, size_t pos, std::vector<Val>& parts) {
        if (!iterate(v, pos, parts)) return false;
        if (parts.size() != count)
            return fail(pos, strf("cannot unpack %zu values into %zu names", parts.size(), count));
        return true;
    }

    // The items a for loop or a filter walks: list elements, dict keys, string characters.
    bool iterate(const Val& v, size_t pos, std::vector<Val>& items) {
        items.clear();
        switch (v.kind) {
            case Val::UNDEF: return true;
            case Val::LIST: items = *v.list; return true;
            case Val::DICT:
                for (auto& kv : v.dict->items) items.push_back(v.dict->key(kv.first));
                return true;
            case Val::STR:
                for (std::string& ch : split_codepoints(v.s)) items.push_back(Val::str(std::move(ch)));
                return true;
            default: return fail(pos, std::string("cannot iterate over a value of type ") + kind_name(v));
        }
    }

    bool exec_for(const Node& n, const Val& iterable, const ScopePtr& scope, std::string& out, int loop_depth) {
        if (depth + 1 > lim.max_depth) return fail(n.pos, "recursion too deep");
        std::vector<Val> all;
        if (!iterate(iterable, n.kids[0]->pos, all)) return false;
        // `for x in xs if cond`: filter first, so loop.length/last see only the kept items.
        std::vector<Val> items;
        if (n.kids.size() > 1) {
            for (const Val& item : all) {
                if (!step(n.pos)) return false;
                ScopePtr probe = std::make_shared<Scope>(scope);
                if (!bind_targets(n, item, probe)) return false;
                Val keep;
                if (!eval(*n.kids[1], probe, keep)) return false;
                if (truthy(keep)) items.push_back(item);
            }
        } else {
            items = std::move(all);
        }
        if (items.empty()) return exec_list(n.else_body, scope, out) != Flow::ERROR;
        ++depth;
        int64_t len = static_cast<int64_t>(items.size());
        for (int64_t k = 0; k < len; ++k) {
            if (!step(n.pos)) return --depth, false;
            ScopePtr inner = std::make_shared<Scope>(scope);
            Val loop = Val::new_dict();
            Dict& d = *loop.dict;
            d.set("index", Val::integer(k + 1));
            d.set("index0", Val::integer(k));
            d.set("revindex", Val::integer(len - k));
            d.set("revindex0", Val::integer(len - k - 1));
            d.set("first", Val::boolean(k == 0));
            d.set("last", Val::boolean(k == len - 1));
            d.set("length", Val::integer(len));
            d.set("depth", Val::integer(loop_depth + 1));
            d.set("depth0", Val::integer(loop_depth));
            d.set("previtem", k > 0 ? items[static_cast<size_t>(k - 1)] : Val());
            d.set("nextitem", k + 1 < len ? items[static_cast<size_t>(k + 1)] : Val());
            d.set("cycle", Val::func("loop.cycle", [k](Interp& in, CallArgs& a, Val& r) {
                if (a.pos.empty()) return in.fail(in.call_pos, "loop.cycle() needs at least one value");
                r = a.pos[static_cast<size_t>(k) % a.pos.size()];
                return true;
            }));
            if (n.flag) {
                std::weak_ptr<Scope> weak = scope;
                const Node* node = &n;
                int next_depth = loop_depth + 1;
                d.call = std::make_shared<Callable>();
                d.call->name = "loop";
                d.call->fn = [weak, node, next_depth](Interp& in, CallArgs& a, Val& r) {
                    if (a.pos.size() != 1) return in.fail(node->pos, "loop() takes exactly one argument");
                    ScopePtr s = weak.lock();
                    if (!s) s = in.globals;
                    std::string text;
                    if (!in.exec_for(*node, a.pos[0], s, text, next_depth)) return false;
                    r = Val::str(std::move(text));
                    return true;
                };
            }
            inner->set("loop", loop);
            if (!bind_targets(n, items[static_cast<size_t>(k)], inner)) return --depth, false;
            Flow f = exec_list(n.body, inner, out);
            if (f == Flow::ERROR) return --depth, false;
            if (f == Flow::BREAK) break;
        }
        --depth;
        return true;
    }

    bool bind_targets(const Node& n, const Val& item, const ScopePtr& scope) {
        if (n.names.size() == 1) {
            scope->set(n.names[0], item);
            return true;
        }
        std::vector<Val> parts;
        if (!unpack(item, n.names.size(), n.pos, parts)) return false;
        for (size_t k = 0; k < parts.size(); ++k) scope->set(n.names[k], parts[k]);
        return true;
    }

    // Binds a macro's parameters: positional, then keyword, then defaults; extras go to varargs/kwargs.
    bool bind_params(const Node& def, const std::vector<std::string>& names, const std::vector<NodePtr>& defaults,
                     CallArgs& a, const ScopePtr& inner) {
        for (size_t k = 0; k < names.size(); ++k) {
            Val* given = nullptr;
            if (k < a.pos.size()) given = &a.pos[k];
            for (auto& kv : a.kw)
                if (kv.first == names[k]) given = &kv.second;
            if (given) {
                inner->set(names[k], *given);
            } else if (k < defaults.size() && defaults[k]) {
                Val dv;
                if (!eval(*defaults[k], inner, dv)) return false;
                inner->set(names[k], dv);
            } else {
                inner->set(names[k], Val());
            }
        }
        Val varargs = Val::new_list();
        for (size_t k = names.size(); k < a.pos.size(); ++k) varargs.list->push_back(a.pos[k]);
        inner->set("varargs", varargs);
        Val kwargs = Val::new_dict();
        for (auto& kv : a.kw) {
            if (kv.first == "caller") {
                inner->set("caller", kv.second);
                continue;
            }
            if (std::find(names.begin(), names.end(), kv.first) == names.end()) kwargs.dict->set(kv.first, kv.second);
        }
        inner->set("kwargs", kwargs);
        (void)def;
        return true;
    }

    Val make_macro(const Node& n, const ScopePtr& scope) {
        // The closure is weak: a macro stored in the scope it captures must not keep that scope alive.
        std::weak_ptr<Scope> weak = scope;
        const Node* def = &n;
        return Val::func(n.name, [weak, def](Interp& in, CallArgs& a, Val& r) {
            if (in.depth + 1 > in.lim.max_depth) return in.fail(def->pos, "recursion too deep in macro " + def->name);
            if (!in.step(def->pos)) return false;
            ScopePtr parent = weak.lock();
            if (!parent) parent = in.globals;
            ScopePtr inner = std::make_shared<Scope>(parent);
            if (!in.bind_params(*def, def->names, def->kids, a, inner)) return false;
            std::string text;
            ++in.depth;
            Flow f = in.exec_list(def->body, inner, text);
            --in.depth;
            if (f == Flow::ERROR) return false;
            r = Val::str(std::move(text));
            return true;
        });
    }

    bool exec_call_block(const Node& n, const ScopePtr& scope, std::string& out) {
        std::weak_ptr<Scope> weak = scope;
        const Node* blk = &n;
        Val caller = Val::func("caller", [weak, blk](Interp& in, CallArgs& a, Val& r) {
            if (in.depth + 1 > in.lim.max_depth) return in.fail(blk->pos, "recursion too deep in caller()");
            ScopePtr parent = weak.lock();
            if (!parent) parent = in.globals;
            ScopePtr inner = std::make_shared<Scope>(parent);
            if (!in.bind_params(*blk, blk->names, blk->else_body, a, inner)) return false;
            std::string text;
            ++in.depth;
            Flow f = in.exec_list(blk->body, inner, text);
            --in.depth;
            if (f == Flow::ERROR) return false;
            r = Val::str(std::move(text));
            return true;
        });
        const Node& call = *n.kids[0];
        Val callee;
        if (!eval(*call.kids[0], scope, callee)) return false;
        CallArgs args;
        if (!eval_args(call, scope, args)) return false;
        args.kw.emplace_back("caller", caller);
        Val result;
        if (!invoke(callee, args, call.pos, result)) return false;
        if (!to_str(result, out)) return false;
        return check_size(n.pos, out.size());
    }

    /* -- expressions -- */

    bool eval_args(const Node& n, const ScopePtr& scope, CallArgs& args) {
        for (size_t k = 1; k < n.kids.size(); ++k) {
            Val v;
            if (!eval(*n.kids[k], scope, v)) return false;
            if (n.kw[k].empty()) args.pos.push_back(std::move(v));
            else args.kw.emplace_back(n.kw[k], std::move(v));
        }
        return true;
    }

    bool invoke(const Val& callee, CallArgs& args, size_t pos, Val& out) {
        std::shared_ptr<Callable> fn;
        if (callee.kind == Val::FUNC) fn = callee.fn;
        else if (callee.kind == Val::DICT && callee.dict->call) fn = callee.dict->call;
        if (!fn) return fail(pos, std::string("cannot call a value of type ") + kind_name(callee));
        call_pos = pos;
        bool ok = fn->fn(*this, args, out);
        if (!ok && err.empty()) fail(pos, "call to " + fn->name + " failed");
        return ok;
    }

    bool eval(const Node& n, const ScopePtr& scope, Val& out) {
        if (!stack_ok(n.pos)) return false;
        switch (n.kind) {
            case N::LITERAL: out = n.value; return true;
            case N::NAME: {
                Val* v = scope->lookup(n.name);
                out = v ? *v : Val();
                return true;
            }
            case N::ATTR: {
                Val obj;
                if (!eval(*n.kids[0], scope, obj)) return false;
                return get_attr(obj, n.name, n.pos, out);
            }
            case N::INDEX: {
                Val obj, key;
                if (!eval(*n.kids[0], scope, obj) || !eval(*n.kids[1], scope, key)) return false;
                return get_item(obj, key, n.pos, out);
            }
            case N::SLICE: return eval_slice(n, scope, out);
            case N::CALL: {
                Val callee;
                if (!eval(*n.kids[0], scope, callee)) return false;
                CallArgs args;
                if (!eval_args(n, scope, args)) return false;
                if (callee.kind == Val::UNDEF) {
                    std::string what = n.kids[0]->kind == N::NAME ? "'" + n.kids[0]->name + "'"
                                       : n.kids[0]->kind == N::ATTR ? "method '" + n.kids[0]->name + "'"
                                                                   : std::string("value");
                    return fail(n.pos, what + " is undefined and cannot be called");
                }
                return invoke(callee, args, n.pos, out);
            }
            case N::FILTER: {
                Val input;
                if (!eval(*n.kids[0], scope, input)) return false;
                return eval_filter(n, input, scope, out);
            }
            case N::TEST: {
                Val input;
                if (!eval(*n.kids[0], scope, input)) return false;
                CallArgs args;
                if (!eval_args(n, scope, args)) return false;
                bool r;
                if (!run_test(n.name, input, args, n.pos, &r, scope)) return false;
                out = Val::boolean(n.flag ? !r : r);
                return true;
            }
            case N::UNARY: {
                Val v;
                if (!eval(*n.kids[0], scope, v)) return false;
                if (!v.is_num()) return fail(n.pos, std::string("bad operand type for unary ") + n.name + ": " +
                                                        kind_name(v));
                if (n.name == "+") out = v.kind == Val::FLOAT ? v : Val::integer(v.kind == Val::INT ? v.i : v.b);
                else if (v.kind == Val::FLOAT) out = Val::real(-v.f);
                else {
                    int64_t x = v.kind == Val::INT ? v.i : v.b;
                    out = x == INT64_MIN ? Val::real(-static_cast<double>(x)) : Val::integer(-x);
                }
                return true;
            }
            case N::NOT: {
                Val v;
                if (!eval(*n.kids[0], scope, v)) return false;
                out = Val::boolean(!truthy(v));
                return true;
            }
            case N::AND: case N::OR: {
                Val a;
                if (!eval(*n.kids[0], scope, a)) return false;
                bool t = truthy(a);
                if ((n.kind == N::AND) ? !t : t) {
                    out = a;
                    return true;
                }
                return eval(*n.kids[1], scope, out);
            }
            case N::COND: {
                Val c;
                if (!eval(*n.kids[1], scope, c)) return false;
                if (truthy(c)) return eval(*n.kids[0], scope, out);
                if (n.kids[2]) return eval(*n.kids[2], scope, out);
                out = Val();
                return true;
            }
            case N::BINARY: {
                Val a, b;
                if (!eval(*n.kids[0], scope, a) || !eval(*n.kids[1], scope, b)) return false;
                return binary(n.name, a, b, n.pos, out);
            }
            case N::LIST: case N::TUPLE: {
                out = Val::new_list();
                for (const NodePtr& k : n.kids) {
                    Val v;
                    if (!eval(*k, scope, v)) return false;
                    out.list->push_back(std::move(v));
                }
                return true;
            }
            case N::DICT: {
                out = Val::new_dict();
                for (size_t k = 0; k + 1 < n.kids.size(); k += 2) {
                    Val key, v;
                    if (!eval(*n.kids[k], scope, key) || !eval(*n.kids[k + 1], scope, v)) return false;
                    std::string ks;
                    if (!dict_key(key, n.kids[k]->pos, ks)) return false;
                    if (key.kind == Val::INT && std::find(out.dict->int_keys.begin(), out.dict->int_keys.end(), ks) ==
                                                    out.dict->int_keys.end())
                        out.dict->int_keys.push_back(ks);
                    out.dict->set(ks, std::move(v));
                }
                return true;
            }
            default: return fail(n.pos, "internal error: statement used as an expression");
        }
    }

    // Dicts are keyed by strings; ints and bools used as keys are stored in their printed form.
    bool dict_key(const Val& key, size_t pos, std::string& out) {
        if (key.kind == Val::STR) {
            out = key.s;
            return true;
        }
        if (key.kind == Val::INT || key.kind == Val::BOOL || key.kind == Val::NONE || key.kind == Val::FLOAT) {
            out.clear();
            return to_str(key, out);
        }
        return fail(pos, std::string("unsupported dict key of type ") + kind_name(key));
    }

    bool get_item(const Val& obj, const Val& key, size_t pos, Val& out) {
        out = Val();
        if (obj.kind == Val::DICT) {
            if (key.kind == Val::STR || key.is_num() || key.kind == Val::NONE) {
                std::string ks;
                if (!dict_key(key, pos, ks)) return false;
                if (Val* v = obj.dict->find(ks)) {
                    out = *v;
                    return true;
                }
                if (key.kind == Val::STR) return get_method(obj, key.s, out), true;
            }
            return true;
        }
        if ((obj.kind == Val::LIST || obj.kind == Val::STR) && (key.kind == Val::INT || key.kind == Val::BOOL)) {
            int64_t idx = key.kind == Val::INT ? key.i : key.b;
            if (obj.kind == Val::LIST) {
                int64_t len = static_cast<int64_t>(obj.list->size());
                if (idx < 0) idx += len;
                if (idx >= 0 && idx < len) out = (*obj.list)[static_cast<size_t>(idx)];
                return true;
            }
            if (is_ascii(obj.s)) {
                int64_t len = static_cast<int64_t>(obj.s.size());
                if (idx < 0) idx += len;
                if (idx >= 0 && idx < len) out = Val::str(std::string(1, obj.s[static_cast<size_t>(idx)]));
                return true;
            }
            std::vector<std::string> cps = split_codepoints(obj.s);
            int64_t len = static_cast<int64_t>(cps.size());
            if (idx < 0) idx += len;
            if (idx >= 0 && idx < len) out = Val::str(cps[static_cast<size_t>(idx)]);
            return true;
        }
        if (key.kind == Val::STR) return get_attr(obj, key.s, pos, out);
        return true;
    }

    bool get_attr(const Val& obj, const std::string& name, size_t pos, Val& out) {
        out = Val();
        if (obj.kind == Val::DICT) {
            if (Val* v = obj.dict->find(name)) {
                out = *v;
                return true;
            }
            if (obj.dict->is_namespace) return true;
        }
        if ((obj.kind == Val::LIST || obj.kind == Val::STR) && !name.empty() && is_digit(name[0])) {
            return get_item(obj, Val::integer(std::strtoll(name.c_str(), nullptr, 10)), pos, out);
        }
        get_method(obj, name, out);
        return true;
    }

    bool eval_slice(const Node& n, const ScopePtr& scope, Val& out) {
        Val obj, parts[3];
        if (!eval(*n.kids[0], scope, obj)) return false;
        for (int k = 0; k < 3; ++k)
            if (n.kids[static_cast<size_t>(k) + 1] && !eval(*n.kids[static_cast<size_t>(k) + 1], scope, parts[k]))
                return false;
        for (const Val& p : parts)
            if (p.kind != Val::UNDEF && p.kind != Val::NONE && p.kind != Val::INT && p.kind != Val::BOOL)
                return fail(n.pos, "slice indices must be integers or none");
        auto get = [](const Val& v, bool* present) {
            *present = v.kind == Val::INT || v.kind == Val::BOOL;
            return v.kind == Val::INT ? v.i : v.b ? 1 : 0;
        };
        bool has_start, has_stop, has_step;
        int64_t start = get(parts[0], &has_start), stop = get(parts[1], &has_stop), stepv = get(parts[2], &has_step);
        if (!has_step) stepv = 1;
        if (stepv == 0) return fail(n.pos, "slice step cannot be zero");
        std::vector<std::string> cps;
        bool ascii = obj.kind == Val::STR && is_ascii(obj.s);
        int64_t len;
        if (obj.kind == Val::LIST) len = static_cast<int64_t>(obj.list->size());
        else if (obj.kind == Val::STR) {
            if (!ascii) cps = split_codepoints(obj.s);
            len = ascii ? static_cast<int64_t>(obj.s.size()) : static_cast<int64_t>(cps.size());
        } else if (obj.kind == Val::UNDEF || obj.kind == Val::NONE) {
            out = Val();
            return true;
        } else {
            return fail(n.pos, std::string("cannot slice a value of type ") + kind_name(obj));
        }
        // Python's slice.indices()
        auto clamp = [&](int64_t v, bool present, int64_t dflt) {
            if (!present) return dflt;
            if (v < 0) v += len;
            if (stepv > 0) return std::max<int64_t>(0, std::min(v, len));
            return std::max<int64_t>(-1, std::min(v, len - 1));
        };
        int64_t a = clamp(start, has_start, stepv > 0 ? 0 : len - 1);
        int64_t b = clamp(stop, has_stop, stepv > 0 ? len : -1);
        std::vector<int64_t> idx;
        if (stepv > 0)
            for (int64_t k = a; k < b; k += stepv) idx.push_back(k);
        else
            for (int64_t k = a; k > b; k += stepv) idx.push_back(k);
        if (obj.kind == Val::LIST) {
            out = Val::new_list();
            for (int64_t k : idx) out.list->push_back((*obj.list)[static_cast<size_t>(k)]);
        } else {
            std::string s;
            for (int64_t k : idx) s += ascii ? std::string(1, obj.s[static_cast<size_t>(k)]) : cps[static_cast<size_t>(k)];
            out = Val::str(std::move(s));
        }
        return true;
    }

    bool binary(const std::string& op, const Val& a, const Val& b, size_t pos, Val& out) {
        if (op == "==") return out = Val::boolean(equals(a, b)), true;
        if (op == "!=") return out = Val::boolean(!equals(a, b)), true;
        if (op == "<" || op == ">" || op == "<=" || op == ">=") {
            bool lt, ok;
            if (op == "<" || op == ">=") ok = less_than(a, b, &lt);
            else ok = less_than(b, a, &lt);
            if (!ok) return fail(pos, std::string("cannot compare ") + kind_name(a) + " and " + kind_name(b) + " with " + op);
            out = Val::boolean(op == "<" || op == ">" ? lt : !lt);
            return true;
        }
        if (op == "in" || op == "not in") {
            bool r;
            if (!contains(b, a, pos, &r)) return false;
            out = Val::boolean(op == "in" ? r : !r);
            return true;
        }
        if (op == "~") {
            std::string s;
            if (!to_str(a, s) || !to_str(b, s)) return fail(pos, "value nested too deeply");
            if (!check_size(pos, s.size())) return false;
            out = Val::str(std::move(s));
            return true;
        }
        if (op == "+") {
            if (a.kind == Val::STR && b.kind == Val::STR) {
                if (!check_size(pos, a.s.size() + b.s.size())) return false;
                out = Val::str(a.s + b.s);
                return true;
            }
            if (a.kind == Val::LIST && b.kind == Val::LIST) {
                if (!check_size(pos, a.list->size() + b.list->size())) return false;
                List l = *a.list;
                l.insert(l.end(), b.list->begin(), b.list->end());
                out = Val::new_list(std::move(l));
                return true;
            }
        }
        if (op == "*" && ((a.kind == Val::STR || a.kind == Val::LIST) && (b.kind == Val::INT || b.kind == Val::BOOL))) {
            int64_t times = std::max<int64_t>(0, b.kind == Val::INT ? b.i : b.b);
            size_t unit = a.kind == Val::STR ? a.s.size() : a.list->size();
            if (times > 0 && unit > 0 && !check_size(pos, unit > lim.max_output_bytes / static_cast<uint64_t>(times) ? lim.max_output_bytes + 1 : unit * static_cast<size_t>(times)))
                return false;
            if (a.kind == Val::STR) {
                std::string s;
                for (int64_t k = 0; k < times && unit; ++k) s += a.s;
                out = Val::str(std::move(s));
            } else {
                List l;
                for (int64_t k = 0; k < times && unit; ++k) l.insert(l.end(), a.list->begin(), a.list->end());
                out = Val::new_list(std::move(l));
            }
            return true;
        }
        if (op == "%" && a.kind == Val::STR) return percent_format(a.s, b, pos, out);
        if (!a.is_num() || !b.is_num())
            return fail(pos, std::string("unsupported operand types for ") + op + ": " + kind_name(a) + " and " +
                                 kind_name(b));
        bool ints = a.kind != Val::FLOAT && b.kind != Val::FLOAT;
        int64_t x = a.kind == Val::INT ? a.i : a.b, y = b.kind == Val::INT ? b.i : b.b;
        double fx = a.num(), fy = b.num();
        if (op == "+" || op == "-" || op == "*") {
            if (ints) {
                int64_t r;
                bool overflow = op == "+" ? __builtin_add_overflow(x, y, &r)
                                : op == "-" ? __builtin_sub_overflow(x, y, &r) : __builtin_mul_overflow(x, y, &r);
                if (!overflow) return out = Val::integer(r), true;
            }
            out = Val::real(op == "+" ? fx + fy : op == "-" ? fx - fy : fx * fy);
            return true;
        }
        if (op == "/") {
            if (fy == 0.0) return fail(pos, "division by zero");
            out = Val::real(fx / fy);
            return true;
        }
        if (op == "//" || op == "%") {
            if (fy == 0.0) return fail(pos, op == "%" ? "modulo by zero" : "division by zero");
            if (ints && !(x == INT64_MIN && y == -1)) {
                int64_t q = x / y, r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) {
                    --q;
                    r += y;
                }
                out = Val::integer(op == "//" ? q : r);
                return true;
            }
            double q = std::floor(fx / fy);
            out = Val::real(op == "//" ? q : fx - q * fy);
            return true;
        }
        if (op == "**") {
            if (ints && y >= 0) {
                int64_t r = 1, base = x;
                bool overflow = false;
                for (int64_t e = y; e > 0 && !overflow; e >>= 1) {
                    if (e & 1) overflow |= __builtin_mul_overflow(r, base, &r);
                    if (e > 1) overflow |= __builtin_mul_overflow(base, base, &base);
                }
                if (!overflow) return out = Val::integer(r), true;
            }
            out = Val::real(std::pow(fx, fy));
            return true;
        }
        return fail(pos, "unknown operator " + op);
    }

    bool contains(const Val& container, const Val& item, size_t pos, bool* r) {
        *r = false;
        switch (container.kind) {
            case Val::STR:
                if (item.kind != Val::STR) return fail(pos, "'in <string>' needs a string on the left");
                *r = container.s.find(item.s) != std::string::npos;
                return true;
            case Val::LIST:
                for (const Val& v : *container.list)
                    if (equals(v, item)) return *r = true, true;
                return true;
            case Val::DICT: {
                if (item.kind != Val::STR && !item.is_num()) return true;
                std::string k;
                if (!dict_key(item, pos, k)) return false;
                *r = container.dict->find(k) != nullptr;
                return true;
            }
            case Val::UNDEF: return true;
            default: return fail(pos, std::string("argument of type ") + kind_name(container) + " is not iterable");
        }
    }

    // printf-style "%s" % args (strings' % operator and the format filter).
    bool percent_format(const std::string& fmt, const Val& args, size_t pos, Val& out) {
        std::vector<Val> list;
        if (args.kind == Val::LIST) list = *args.list;
        else list.push_back(args);
        std::string s;
        size_t next = 0;
        for (size_t k = 0; k < fmt.size(); ++k) {
            if (fmt[k] != '%') {
                s += fmt[k];
                continue;
            }
            if (++k >= fmt.size()) return fail(pos, "incomplete format");
            std::string spec = "%";
            while (k < fmt.size() && std::strchr("-+ #0123456789.", fmt[k])) spec += fmt[k++];
            if (k >= fmt.size()) return fail(pos, "incomplete format");
            char conv = fmt[k];
            if (conv == '%') {
                s += '%';
                continue;
            }
            if (next >= list.size()) return fail(pos, "not enough arguments for format string");
            const Val& v = list[next++];
            if (conv == 's' || conv == 'r') {
                std::string t;
                if (!(conv == 'r' ? to_str_impl(v, t, true, 0) : to_str(v, t))) return false;
                s += t;
            } else if (conv == 'd' || conv == 'i') {
                if (!v.is_num()) return fail(pos, "%d format: a number is required");
                s += strf((spec + "lld").c_str(), static_cast<long long>(v.kind == Val::FLOAT ? static_cast<int64_t>(v.f) : v.kind == Val::INT ? v.i : v.b));
            } else if (std::strchr("feEgGxXo", conv)) {
                if (!v.is_num()) return fail(pos, "format: a number is required");
                if (conv == 'x' || conv == 'X' || conv == 'o')
                    s += strf((spec + "ll" + conv).c_str(), static_cast<long long>(v.kind == Val::INT ? v.i : static_cast<int64_t>(v.num())));
                else
                    s += strf((spec + conv).c_str(), v.num());
            } else {
                return fail(pos, strf("unsupported format character '%c'", conv));
            }
            if (!check_size(pos, s.size())) return false;
        }
        out = Val::str(std::move(s));
        return true;
    }

    // Python str.format: {} {0} {name}, {{ and }}; format specs are accepted and ignored.
    bool brace_format(const std::string& fmt, CallArgs& a, size_t pos, Val& out) {
        std::string s;
        size_t auto_idx = 0;
        for (size_t k = 0; k < fmt.size(); ++k) {
            char c = fmt[k];
            if (c == '}' && k + 1 < fmt.size() && fmt[k + 1] == '}') {
                s += '}';
                ++k;
                continue;
            }
            if (c != '{') {
                s += c;
                continue;
            }
            if (k + 1 < fmt.size() && fmt[k + 1] == '{') {
                s += '{';
                ++k;
                continue;
            }
            size_t close = fmt.find('}', k);
            if (close == std::string::npos) return fail(pos, "single '{' in format string");
            std::string field = fmt.substr(k + 1, close - k - 1);
            size_t colon = field.find_first_of(":!");
            if (colon != std::string::npos) field.erase(colon);
            const Val* v = nullptr;
            if (field.empty()) {
                if (auto_idx < a.pos.size()) v = &a.pos[auto_idx];
                ++auto_idx;
            } else if (is_digit(field[0])) {
                size_t idx = static_cast<size_t>(std::strtoull(field.c_str(), nullptr, 10));
                if (idx < a.pos.size()) v = &a.pos[idx];
            } else {
                for (auto& kv : a.kw)
                    if (kv.first == field) v = &kv.second;
            }
            if (!v) return fail(pos, "format: no argument for field '{" + field + "}'");
            if (!to_str(*v, s)) return false;
            if (!check_size(pos, s.size())) return false;
            k = close;
        }
        out = Val::str(std::move(s));
        return true;
    }

    bool get_method(const Val& obj, const std::string& name, Val& out);
    bool eval_filter(const Node& n, const Val& input, const ScopePtr& scope, Val& out);
    bool apply_filter(const std::string& name, const Val& input, CallArgs& a, size_t pos, const ScopePtr& scope,
                      Val& out);
    bool run_test(const std::string& name, const Val& v, CallArgs& a, size_t pos, bool* r, const ScopePtr& scope);
};

static bool arg_int(const Val* v, int64_t* out) {
    if (!v || !(v->kind == Val::INT || v->kind == Val::BOOL)) return false;
    *out = v->kind == Val::INT ? v->i : v->b;
    return true;
}

bool Interp::get_method(const Val& obj, const std::string& name, Val& out) {
    auto bind = [&](NativeFn f) {
        out = Val::func(name, std::move(f));
        return true;
    };
    if (obj.kind == Val::STR) {
        const std::string s = obj.s;
        if (name == "strip" || name == "lstrip" || name == "rstrip") {
            bool l = name != "rstrip", r = name != "lstrip";
            return bind([s, l, r](Interp&, CallArgs& a, Val& res) {
                res = Val::str(py_strip(s, a.get(0, "chars"), l, r));
                return true;
            });
        }
        if (name == "split" || name == "rsplit") {
            return bind([s](Interp&, CallArgs& a, Val& res) {
                int64_t maxsplit = -1;
                arg_int(a.get(1, "maxsplit"), &maxsplit);
                res = Val::new_list();
                for (std::string& part : py_split(s, a.get(0, "sep"), maxsplit)) res.list->push_back(Val::str(part));
                return true;
            });
        }
        if (name == "splitlines") {
            return bind([s](Interp&, CallArgs&, Val& res) {
                res = Val::new_list();
                size_t start = 0;
                while (start < s.size()) {
                    size_t k = s.find_first_of("\r\n", start);
                    if (k == std::string::npos) k = s.size();
                    res.list->push_back(Val::str(s.substr(start, k - start)));
                    if (k < s.size() && s[k] == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
                    start = k + 1;
                }
                return true;
            });
        }
        if (name == "startswith" || name == "endswith") {
            bool starts = name == "startswith";
            return bind([s, starts](Interp& in, CallArgs& a, Val& res) {
                Val* p = a.get(0, "prefix");
                if (!p) return in.fail(in.call_pos, "startswith/endswith need an argument");
                std::vector<Val> options = p->kind == Val::LIST ? *p->list : std::vector<Val>{*p};
                bool hit = false;
                for (const Val& o : options) {
                    if (o.kind != Val::STR) return in.fail(in.call_pos, "startswith/endswith need strings");
                    if (o.s.size() <= s.size() &&
                        (starts ? s.compare(0, o.s.size(), o.s) == 0 : s.compare(s.size() - o.s.size(), o.s.size(), o.s) == 0))
                        hit = true;
                }
                res = Val::boolean(hit);
                return true;
            });
        }
        if (name == "replace") {
            return bind([s](Interp& in, CallArgs& a, Val& res) {
                Val* from = a.get(0, "old");
                Val* to = a.get(1, "new");
                if (!from || !to || from->kind != Val::STR || to->kind != Val::STR)
                    return in.fail(in.call_pos, "replace() needs two strings");
                int64_t count = -1;
                arg_int(a.get(2, "count"), &count);
                res = Val::str(py_replace(s, from->s, to->s, count, in.lim.max_output_bytes));
                return in.check_size(in.call_pos, res.s.size());
            });
        }
        if (name == "upper" || name == "lower" || name == "title" || name == "capitalize") {
            return bind([s, name](Interp&, CallArgs&, Val& res) {
                res = Val::str(name == "upper" ? ascii_case(s, true) : name == "lower" ? ascii_case(s, false)
                               : name == "title" ? py_title(s) : py_capitalize(s));
                return true;
            });
        }
        if (name == "format") {
            return bind([s](Interp& in, CallArgs& a, Val& res) { return in.brace_format(s, a, in.call_pos, res); });
        }
        if (name == "join") {
            return bind([s](Interp& in, CallArgs& a, Val& res) {
                std::vector<Val> items;
                if (a.pos.empty() || !in.iterate(a.pos[0], in.call_pos, items)) return in.fail(in.call_pos, "join() needs an iterable");
                std::string r;
                for (size_t k = 0; k < items.size(); ++k) {
                    if (k) r += s;
                    if (!to_str(items[k], r) || !in.check_size(in.call_pos, r.size())) return false;
                }
                res = Val::str(std::move(r));
                return true;
            });
        }
        if (name == "find" || name == "rfind" || name == "index" || name == "count") {
            return bind([s, name](Interp& in, CallArgs& a, Val& res) {
                Val* sub = a.get(0, "sub");
                if (!sub || sub->kind != Val::STR) return in.fail(in.call_pos, name + "() needs a string");
                if (name == "count") {
                    int64_t n = 0;
                    if (sub->s.empty()) n = str_length(s) + 1;
                    else
                        for (size_t k = s.find(sub->s); k != std::string::npos; k = s.find(sub->s, k + sub->s.size())) ++n;
                    res = Val::integer(n);
                    return true;
                }
                size_t k = name == "rfind" ? s.rfind(sub->s) : s.find(sub->s);
                if (k == std::string::npos && name == "index") return in.fail(in.call_pos, "substring not found");
                res = Val::integer(k == std::string::npos ? -1 : str_length(s.substr(0, k)));
                return true;
            });
        }
        if (name == "removeprefix" || name == "removesuffix") {
            bool prefix = name == "removeprefix";
            return bind([s, prefix](Interp&, CallArgs& a, Val& res) {
                Val* p = a.get(0, "x");
                std::string r = s;
                if (p && p->kind == Val::STR && p->s.size() <= s.size()) {
                    if (prefix && s.compare(0, p->s.size(), p->s) == 0) r = s.substr(p->s.size());
                    if (!prefix && s.compare(s.size() - p->s.size(), p->s.size(), p->s) == 0) r = s.substr(0, s.size() - p->s.size());
                }
                res = Val::str(std::move(r));
                return true;
            });
        }
        if (name == "isdigit" || name == "isalpha" || name == "isalnum" || name == "isspace" || name == "isupper" ||
            name == "islower") {
            return bind([s, name](Interp&, CallArgs&, Val& res) {
                bool ok = !s.empty(), cased = false;
                for (char c : s) {
                    unsigned char u = static_cast<unsigned char>(c);
                    if (name == "isdigit") ok &= std::isdigit(u) != 0;
                    else if (name == "isalpha") ok &= std::isalpha(u) != 0;
                    else if (name == "isalnum") ok &= std::isalnum(u) != 0;
                    else if (name == "isspace") ok &= is_space(c);
                    else if (name == "isupper") { ok &= !std::islower(u); cased |= std::isupper(u) != 0; }
                    else { ok &= !std::isupper(u); cased |= std::islower(u) != 0; }
                }
                if (name == "isupper" || name == "islower") ok = ok && cased;
                res = Val::boolean(ok);
                return true;
            });
        }
        return false;
    }
    if (obj.kind == Val::LIST) {
        std::shared_ptr<List> l = obj.list;
        if (name == "append") {
            return bind([l](Interp& in, CallArgs& a, Val& res) {
                if (a.pos.size() != 1) return in.fail(in.call_pos, "append() takes one argument");
                if (would_cycle(a.pos[0], l.get())) return in.fail(in.call_pos, "cannot append a list to itself");
                if (!in.check_size(in.call_pos, l->size() + 1)) return false;
                l->push_back(a.pos[0]);
                res = Val::none();
                return true;
            });
        }
        if (name == "extend") {
            return bind([l](Interp& in, CallArgs& a, Val& res) {
                std::vector<Val> items;
                if (a.pos.size() != 1 || !in.iterate(a.pos[0], in.call_pos, items)) return in.fail(in.call_pos, "extend() needs an iterable");
                if (!in.check_size(in.call_pos, l->size() + items.size())) return false;
                for (const Val& v : items)
                    if (would_cycle(v, l.get())) return in.fail(in.call_pos, "cannot extend a list with itself");
                l->insert(l->end(), items.begin(), items.end());
                res = Val::none();
                return true;
            });
        }
        if (name == "pop") {
            return bind([l](Interp& in, CallArgs& a, Val& res) {
                int64_t idx = -1;
                arg_int(a.get(0, "index"), &idx);
                int64_t len = static_cast<int64_t>(l->size());
                if (idx < 0) idx += len;
                if (idx < 0 || idx >= len) return in.fail(in.call_pos, "pop index out of range");
                res = (*l)[static_cast<size_t>(idx)];
                l->erase(l->begin() + idx);
                return true;
            });
        }
        if (name == "insert") {
            return bind([l](Interp& in, CallArgs& a, Val& res) {
                int64_t idx;
                if (a.pos.size() != 2 || !arg_int(&a.pos[0], &idx)) return in.fail(in.call_pos, "insert(index, value)");
                int64_t len = static_cast<int64_t>(l->size());
                if (idx < 0) idx = std::max<int64_t>(0, idx + len);
                idx = std::min(idx, len);
                if (!in.check_size(in.call_pos, l->size() + 1)) return false;
                if (would_cycle(a.pos[1], l.get())) return in.fail(in.call_pos, "cannot insert a list into itself");
                l->insert(l->begin() + idx, a.pos[1]);
                res = Val::none();
                return true;
            });
        }
        if (name == "index" || name == "count") {
            bool count = name == "count";
            return bind([l, count](Interp& in, CallArgs& a, Val& res) {
                if (a.pos.size() != 1) return in.fail(in.call_pos, "index()/count() take one argument");
                int64_t n = 0;
                for (size_t k = 0; k < l->size(); ++k)
                    if (equals((*l)[k], a.pos[0])) {
                        if (!count) return res = Val::integer(static_cast<int64_t>(k)), true;
                        ++n;
                    }
                if (!count) return in.fail(in.call_pos, "value is not in list");
                res = Val::integer(n);
                return true;
            });
        }
        if (name == "reverse") {
            return bind([l](Interp&, CallArgs&, Val& res) {
                std::reverse(l->begin(), l->end());
                res = Val::none();
                return true;
            });
        }
        if (name == "copy") {
            return bind([l](Interp&, CallArgs&, Val& res) {
                res = Val::new_list(*l);
                return true;
            });
        }
        return false;
    }
    if (obj.kind == Val::DICT && !obj.dict->is_namespace) {
        std::shared_ptr<Dict> d = obj.dict;
        if (name == "get") {
            return bind([d](Interp& in, CallArgs& a, Val& res) {
                Val* key = a.get(0, "key");
                Val* dflt = a.get(1, "default");
                if (!key) return in.fail(in.call_pos, "get() needs a key");
                std::string k;
                Val* found = nullptr;
                if ((key->kind == Val::STR || key->is_num()) && in.dict_key(*key, in.call_pos, k)) found = d->find(k);
                res = found ? *found : dflt ? *dflt : Val::none();
                return true;
            });
        }
        if (name == "items" || name == "keys" || name == "values") {
            int which = name == "items" ? 0 : name == "keys" ? 1 : 2;
            return bind([d, which](Interp&, CallArgs&, Val& res) {
                res = Val::new_list();
                for (auto& kv : d->items) {
                    if (which == 0) res.list->push_back(Val::new_list({d->key(kv.first), kv.second}));
                    else res.list->push_back(which == 1 ? d->key(kv.first) : kv.second);
                }
                return true;
            });
        }
        if (name == "update") {
            return bind([d](Interp& in, CallArgs& a, Val& res) {
                for (Val& v : a.pos) {
                    if (v.kind != Val::DICT) return in.fail(in.call_pos, "update() needs a dict");
                    if (would_cycle(v, d.get())) return in.fail(in.call_pos, "cannot update a dict with itself");
                    for (auto& kv : v.dict->items) d->set(kv.first, kv.second);
                }
                for (auto& kv : a.kw) {
                    if (would_cycle(kv.second, d.get())) return in.fail(in.call_pos, "cannot put a dict into itself");
                    d->set(kv.first, kv.second);
                }
                res = Val::none();
                return true;
            });
        }
        if (name == "pop" || name == "setdefault") {
            bool pop = name == "pop";
            return bind([d, pop](Interp& in, CallArgs& a, Val& res) {
                Val* key = a.get(0, "key");
                Val* dflt = a.get(1, "default");
                std::string k;
                if (!key || !in.dict_key(*key, in.call_pos, k)) return in.fail(in.call_pos, "pop()/setdefault() need a key");
                for (size_t i = 0; i < d->items.size(); ++i)
                    if (d->items[i].first == k) {
                        res = d->items[i].second;
                        if (pop) d->items.erase(d->items.begin() + static_cast<std::ptrdiff_t>(i));
                        return true;
                    }
                if (pop && !dflt) return in.fail(in.call_pos, "key '" + k + "' not found");
                res = dflt ? *dflt : Val::none();
                if (!pop && would_cycle(res, d.get())) return in.fail(in.call_pos, "cannot put a dict into itself");
                if (!pop) d->set(k, res);
                return true;
            });
        }
        if (name == "copy") {
            return bind([d](Interp&, CallArgs&, Val& res) {
                res = Val::new_dict();
                *res.dict = *d;
                return true;
            });
        }
    }
    return false;
}

// Attribute path "a.b.0" of a value (map/selectattr/sort/groupby attribute=...).
static bool attr_path(Interp& in, const Val& v, const std::string& path, size_t pos, Val& out) {
    out = v;
    size_t start = 0;
    while (start <= path.size()) {
        size_t dot = path.find('.', start);
        std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        Val next;
        if (!in.get_attr(out, part, pos, next)) return false;
        out = next;
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return true;
}

bool Interp::eval_filter(const Node& n, const Val& input, const ScopePtr& scope, Val& out) {
    CallArgs args;
    if (!eval_args(n, scope, args)) return false;
    return apply_filter(n.name, input, args, n.pos, scope, out);
}

// Replaces the ", " / ": " separators of a dumped JSON text (outside strings) with custom ones.
static std::string respace_json(const std::string& j, const std::string& item_sep, const std::string& key_sep,
                                bool indented) {
    std::string out;
    bool in_string = false;
    for (size_t k = 0; k < j.size(); ++k) {
        char c = j[k];
        if (in_string) {
            out += c;
            if (c == '\\' && k + 1 < j.size()) out += j[++k];
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
            out += c;
        } else if (c == ',') {
            out += item_sep;
            if (!indented && k + 1 < j.size() && j[k + 1] == ' ') ++k;
        } else if (c == ':') {
            out += key_sep;
            if (k + 1 < j.size() && j[k + 1] == ' ') ++k;
        } else {
            out += c;
        }
    }
    return out;
}

static std::string html_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&#34;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

bool Interp::apply_filter(const std::string& name, const Val& input, CallArgs& a, size_t pos, const ScopePtr& scope,
                          Val& out) {
    auto need_str = [&](std::string& s) {
        s.clear();
        if (input.kind == Val::STR) s = input.s;
        else if (!to_str(input, s)) return fail(pos, "value nested too deeply");
        return true;
    };
    auto items_of = [&](std::vector<Val>& items) { return iterate(input, pos, items); };
    std::string s;
    if (name == "safe" || (name == "list" && input.kind == Val::LIST)) {
        out = name == "list" ? Val::new_list(*input.list) : input;
        return true;
    }
    if (name == "tojson") {
        int64_t indent = -1;
        arg_int(a.get(0, "indent"), &indent);
        if (nesting_exceeds(input, lim.max_depth)) return fail(pos, "tojson: value nested too deeply");
        json::DumpOptions o;
        o.indent = static_cast<int>(std::min<int64_t>(indent, 64));
        o.python_spacing = true;
        Val* sk = nullptr;
        Val* seps = nullptr;
        for (auto& kv : a.kw) {
            if (kv.first == "sort_keys") sk = &kv.second;
            if (kv.first == "separators") seps = &kv.second;
        }
        o.sort_keys = sk && truthy(*sk);
        out = Val::str(json::dump(to_json(input), o));
        if (seps) {
            // separators=(item, key): rewrite the Python-style ones in a second pass over the tokens.
            if (seps->kind != Val::LIST || seps->list->size() != 2 || (*seps->list)[0].kind != Val::STR ||
                (*seps->list)[1].kind != Val::STR)
                return fail(pos, "tojson: separators must be a pair of strings");
            out = Val::str(respace_json(out.s, (*seps->list)[0].s, (*seps->list)[1].s, o.indent >= 0));
        }
        return check_size(pos, out.s.size());
    }
    if (name == "from_json") {
        if (input.kind != Val::STR) return fail(pos, "from_json needs a string");
        Result<json::Value> j = json::parse(input.s, lim.max_depth);
        if (!j.ok()) return fail(pos, "from_json: " + j.message());
        out = from_json(*j);
        return true;
    }
    if (name == "string") {
        if (!need_str(s)) return false;
        out = Val::str(s);
        return true;
    }
    if (name == "trim" || name == "strip") {
        if (!need_str(s)) return false;
        out = Val::str(py_strip(s, a.get(0, "chars"), true, true));
        return true;
    }
    if (name == "upper" || name == "lower" || name == "title" || name == "capitalize") {
        if (!need_str(s)) return false;
        out = Val::str(name == "upper" ? ascii_case(s, true) : name == "lower" ? ascii_case(s, false)
                       : name == "title" ? py_title(s) : py_capitalize(s));
        return true;
    }
    if (name == "e" || name == "escape" || name == "forceescape") {
        if (!need_str(s)) return false;
        out = Val::str(html_escape(s));
        return true;
    }
    if (name == "length" || name == "count") {
        switch (input.kind) {
            case Val::STR: out = Val::integer(str_length(input.s)); return true;
            case Val::LIST: out = Val::integer(static_cast<int64_t>(input.list->size())); return true;
            case Val::DICT: out = Val::integer(static_cast<int64_t>(input.dict->items.size())); return true;
            case Val::UNDEF: out = Val::integer(0); return true;
            default: return fail(pos, std::string("object of type ") + kind_name(input) + " has no length");
        }
    }
    if (name == "default" || name == "d") {
        Val* dv = a.get(0, "default_value");
        Val* boolean = a.get(1, "boolean");
        bool use_default = input.kind == Val::UNDEF || (boolean && truthy(*boolean) && !truthy(input));
        out = use_default ? (dv ? *dv : Val::str("")) : input;
        return true;
    }
    if (name == "replace") {
        Val* from = a.get(0, "old");
        Val* to = a.get(1, "new");
        if (!need_str(s)) return false;
        std::string fs, ts;
        if (!from || !to || !to_str(*from, fs) || !to_str(*to, ts)) return fail(pos, "replace needs two arguments");
        int64_t count = -1;
        arg_int(a.get(2, "count"), &count);
        out = Val::str(py_replace(s, fs, ts, count, lim.max_output_bytes));
        return check_size(pos, out.s.size());
    }
    if (name == "indent") {
        int64_t width = 4;
        std::string pad;
        Val* w = a.get(0, "width");
        if (w && w->kind == Val::STR) pad = w->s;
        else if (arg_int(w, &width)) pad.assign(static_cast<size_t>(std::max<int64_t>(0, std::min<int64_t>(width, 1024))), ' ');
        else pad = "    ";
        Val* first = a.get(1, "first");
        Val* blank = a.get(2, "blank");
        if (!need_str(s)) return false;
        std::vector<std::string> lines;
        size_t start = 0;
        for (;;) {
            size_t k = s.find('\n', start);
            lines.push_back(s.substr(start, k == std::string::npos ? std::string::npos : k - start));
            if (k == std::string::npos) break;
            start = k + 1;
        }
        std::string r;
        for (size_t k = 0; k < lines.size(); ++k) {
            if (k) r += '\n';
            bool indent_it = k == 0 ? (first && truthy(*first)) : (!lines[k].empty() || (blank && truthy(*blank)));
            if (indent_it) r += pad;
            r += lines[k];
            if (!check_size(pos, r.size())) return false;
        }
        out = Val::str(std::move(r));
        return true;
    }
    if (name == "join") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        std::string sep;
        Val* d = a.get(0, "d");
        if (d && !to_str(*d, sep)) return false;
        Val* attr = a.get(1, "attribute");
        std::string r;
        for (size_t k = 0; k < items.size(); ++k) {
            if (k) r += sep;
            Val v = items[k];
            if (attr && attr->kind == Val::STR && !attr_path(*this, items[k], attr->s, pos, v)) return false;
            if (!to_str(v, r) || !check_size(pos, r.size())) return false;
        }
        out = Val::str(std::move(r));
        return true;
    }
    if (name == "first" || name == "last") {
        if (input.kind == Val::STR) {
            std::vector<std::string> cps = split_codepoints(input.s);
            out = cps.empty() ? Val() : Val::str(name == "first" ? cps.front() : cps.back());
            return true;
        }
        std::vector<Val> items;
        if (!items_of(items)) return false;
        out = items.empty() ? Val() : name == "first" ? items.front() : items.back();
        return true;
    }
    if (name == "list") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        out = Val::new_list(std::move(items));
        return true;
    }
    if (name == "reverse") {
        if (input.kind == Val::STR) {
            std::vector<std::string> cps = split_codepoints(input.s);
            std::string r;
            for (size_t k = cps.size(); k-- > 0;) r += cps[k];
            out = Val::str(std::move(r));
            return true;
        }
        std::vector<Val> items;
        if (!items_of(items)) return false;
        std::reverse(items.begin(), items.end());
        out = Val::new_list(std::move(items));
        return true;
    }
    if (name == "unique") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        out = Val::new_list();
        for (const Val& v : items) {
            if (!step(pos)) return false;
            bool seen = false;
            for (const Val& u : *out.list) seen = seen || equals(u, v);
            if (!seen) out.list->push_back(v);
        }
        return true;
    }
    if (name == "items") {
        if (input.kind == Val::UNDEF) {
            out = Val::new_list();
            return true;
        }
        if (input.kind != Val::DICT) return fail(pos, std::string("items filter needs a dict, got ") + kind_name(input));
        out = Val::new_list();
        for (auto& kv : input.dict->items) out.list->push_back(Val::new_list({input.dict->key(kv.first), kv.second}));
        return true;
    }
    if (name == "dictsort") {
        if (input.kind != Val::DICT) return fail(pos, std::string("dictsort needs a dict, got ") + kind_name(input));
        Val* cs = a.get(0, "case_sensitive");
        Val* by = a.get(1, "by");
        Val* rev = a.get(2, "reverse");
        bool case_sensitive = cs && truthy(*cs), by_value = by && by->kind == Val::STR && by->s == "value";
        std::vector<std::pair<std::string, Val>> items = input.dict->items;
        bool bad = false;
        std::stable_sort(items.begin(), items.end(), [&](const std::pair<std::string, Val>& x, const std::pair<std::string, Val>& y) {
            Val kx = by_value ? x.second : input.dict->key(x.first), ky = by_value ? y.second : input.dict->key(y.first);
            if (!case_sensitive && kx.kind == Val::STR) kx.s = ascii_case(kx.s, false);
            if (!case_sensitive && ky.kind == Val::STR) ky.s = ascii_case(ky.s, false);
            bool lt = false;
            if (!less_than(kx, ky, &lt)) bad = true;
            return lt;
        });
        if (bad) return fail(pos, "dictsort: values cannot be compared");
        if (rev && truthy(*rev)) std::reverse(items.begin(), items.end());
        out = Val::new_list();
        for (auto& kv : items) out.list->push_back(Val::new_list({input.dict->key(kv.first), kv.second}));
        return true;
    }
    if (name == "sort" || name == "min" || name == "max") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        Val* rev = name == "sort" ? a.get(0, "reverse") : nullptr;
        Val* cs = a.get(name == "sort" ? 1 : 0, "case_sensitive");
        Val* attr = a.get(name == "sort" ? 2 : 1, "attribute");
        bool case_sensitive = cs && truthy(*cs);
        std::vector<std::pair<Val, Val>> keyed;
        for (const Val& v : items) {
            Val k = v;
            if (attr && attr->kind == Val::STR && !attr_path(*this, v, attr->s, pos, k)) return false;
            if (!case_sensitive && k.kind == Val::STR) k.s = ascii_case(k.s, false);
            keyed.emplace_back(k, v);
        }
        bool bad = false;
        auto cmp = [&](const std::pair<Val, Val>& x, const std::pair<Val, Val>& y) {
            bool lt = false;
            if (!less_than(x.first, y.first, &lt)) bad = true;
            return lt;
        };
        if (name == "sort") {
            std::stable_sort(keyed.begin(), keyed.end(), cmp);
            if (bad) return fail(pos, "sort: values cannot be compared");
            if (rev && truthy(*rev)) std::reverse(keyed.begin(), keyed.end());
            out = Val::new_list();
            for (auto& kv : keyed) out.list->push_back(kv.second);
            return true;
        }
        if (keyed.empty()) {
            out = Val();
            return true;
        }
        auto it = name == "min" ? std::min_element(keyed.begin(), keyed.end(), cmp)
                                : std::max_element(keyed.begin(), keyed.end(), cmp);
        if (bad) return fail(pos, name + ": values cannot be compared");
        out = it->second;
        return true;
    }
    if (name == "sum") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        Val* attr = a.get(0, "attribute");
        Val* start = a.get(1, "start");
        Val acc = start ? *start : Val::integer(0);
        for (const Val& v : items) {
            Val x = v;
            if (attr && attr->kind == Val::STR && !attr_path(*this, v, attr->s, pos, x)) return false;
            if (!binary("+", acc, x, pos, acc)) return false;
        }
        out = acc;
        return true;
    }
    if (name == "int") {
        int64_t dflt = 0;
        arg_int(a.get(0, "default"), &dflt);
        if (input.kind == Val::INT || input.kind == Val::BOOL) out = Val::integer(input.kind == Val::INT ? input.i : input.b);
        else if (input.kind == Val::FLOAT) out = std::isfinite(input.f) && std::fabs(input.f) < 9.2e18 ? Val::integer(static_cast<int64_t>(input.f)) : Val::integer(dflt);
        else if (input.kind == Val::STR) {
            std::string t = py_strip(input.s, nullptr, true, true);
            char* end = nullptr;
            errno = 0;
            long long v = std::strtoll(t.c_str(), &end, 10);
            if (!t.empty() && end && *end == 0 && errno == 0) out = Val::integer(v);
            else {
                double d = std::strtod(t.c_str(), &end);
                out = !t.empty() && end && *end == 0 && std::isfinite(d) && std::fabs(d) < 9.2e18 ? Val::integer(static_cast<int64_t>(d)) : Val::integer(dflt);
            }
        } else out = Val::integer(dflt);
        return true;
    }
    if (name == "float") {
        double dflt = 0.0;
        Val* dv = a.get(0, "default");
        if (dv && dv->is_num()) dflt = dv->num();
        if (input.is_num()) out = Val::real(input.num());
        else if (input.kind == Val::STR) {
            std::string t = py_strip(input.s, nullptr, true, true);
            char* end = nullptr;
            double d = std::strtod(t.c_str(), &end);
            out = Val::real(!t.empty() && end && *end == 0 ? d : dflt);
        } else out = Val::real(dflt);
        return true;
    }
    if (name == "abs") {
        if (!input.is_num()) return fail(pos, "abs needs a number");
        out = input.kind == Val::FLOAT ? Val::real(std::fabs(input.f))
                                       : Val::integer(input.kind == Val::BOOL ? input.b : input.i == INT64_MIN ? input.i : std::llabs(input.i));
        return true;
    }
    if (name == "round") {
        if (!input.is_num()) return fail(pos, "round needs a number");
        int64_t precision = 0;
        arg_int(a.get(0, "precision"), &precision);
        precision = std::max<int64_t>(-15, std::min<int64_t>(precision, 15));
        Val* method = a.get(1, "method");
        std::string m = method && method->kind == Val::STR ? method->s : "common";
        double scale = std::pow(10.0, static_cast<double>(precision)), x = input.num() * scale;
        x = m == "ceil" ? std::ceil(x) : m == "floor" ? std::floor(x) : std::round(x);
        out = Val::real(x / scale);
        return true;
    }
    if (name == "format") {
        if (!need_str(s)) return false;
        Val args = Val::new_list(a.pos);
        return percent_format(s, args, pos, out);
    }
    if (name == "wordcount") {
        if (!need_str(s)) return false;
        out = Val::integer(static_cast<int64_t>(py_split(s, nullptr, -1).size()));
        return true;
    }
    if (name == "truncate") {
        if (!need_str(s)) return false;
        int64_t length = 255;
        arg_int(a.get(0, "length"), &length);
        std::vector<std::string> cps = split_codepoints(s);
        if (static_cast<int64_t>(cps.size()) <= length) {
            out = Val::str(s);
            return true;
        }
        Val* end = a.get(2, "end");
        std::string tail = end && end->kind == Val::STR ? end->s : "...";
        std::string r;
        for (int64_t k = 0; k < std::max<int64_t>(0, length - str_length(tail)); ++k) r += cps[static_cast<size_t>(k)];
        out = Val::str(r + tail);
        return true;
    }
    if (name == "center") {
        if (!need_str(s)) return false;
        int64_t width = 80;
        arg_int(a.get(0, "width"), &width);
        int64_t len = str_length(s), padding = std::min<int64_t>(std::max<int64_t>(0, width - len), 1 << 20);
        out = Val::str(std::string(static_cast<size_t>(padding / 2), ' ') + s +
                       std::string(static_cast<size_t>(padding - padding / 2), ' '));
        return true;
    }
    if (name == "attr") {
        Val* an = a.get(0, "name");
        if (!an || an->kind != Val::STR) return fail(pos, "attr needs a name");
        return get_attr(input, an->s, pos, out);
    }
    if (name == "batch") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        int64_t size;
        if (!arg_int(a.get(0, "linecount"), &size) || size <= 0) return fail(pos, "batch needs a positive size");
        out = Val::new_list();
        for (size_t k = 0; k < items.size(); k += static_cast<size_t>(size)) {
            Val chunk = Val::new_list();
            for (size_t j = k; j < items.size() && j < k + static_cast<size_t>(size); ++j) chunk.list->push_back(items[j]);
            out.list->push_back(chunk);
        }
        return true;
    }
    if (name == "map") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        out = Val::new_list();
        Val* attr = nullptr;
        Val* dflt = nullptr;
        for (auto& kv : a.kw) {
            if (kv.first == "attribute") attr = &kv.second;
            if (kv.first == "default") dflt = &kv.second;
        }
        if (attr) {
            if (attr->kind != Val::STR) return fail(pos, "map: attribute must be a string");
            for (const Val& v : items) {
                Val x;
                if (!step(pos) || !attr_path(*this, v, attr->s, pos, x)) return false;
                if (!x.defined() && dflt) x = *dflt;
                out.list->push_back(x);
            }
            return true;
        }
        if (a.pos.empty() || a.pos[0].kind != Val::STR) return fail(pos, "map needs a filter name or attribute=");
        CallArgs rest;
        rest.pos.assign(a.pos.begin() + 1, a.pos.end());
        rest.kw = a.kw;
        for (const Val& v : items) {
            Val x;
            CallArgs copy = rest;
            if (!step(pos) || !apply_filter(a.pos[0].s, v, copy, pos, scope, x)) return false;
            out.list->push_back(x);
        }
        return true;
    }
    if (name == "select" || name == "reject" || name == "selectattr" || name == "rejectattr") {
        bool by_attr = name == "selectattr" || name == "rejectattr";
        bool keep_if = name == "select" || name == "selectattr";
        if (input.kind == Val::NONE) return fail(pos, "cannot " + name + " over none");
        std::vector<Val> items;
        if (!items_of(items)) return false;
        size_t first = 0;
        std::string attr;
        if (by_attr) {
            if (a.pos.empty() || a.pos[0].kind != Val::STR) return fail(pos, name + " needs an attribute name");
            attr = a.pos[0].s;
            first = 1;
        }
        std::string test_name;
        if (a.pos.size() > first) {
            if (a.pos[first].kind != Val::STR) return fail(pos, name + ": the test name must be a string");
            test_name = a.pos[first].s;
        }
        CallArgs test_args;
        if (a.pos.size() > first + 1) test_args.pos.assign(a.pos.begin() + static_cast<std::ptrdiff_t>(first) + 1, a.pos.end());
        out = Val::new_list();
        for (const Val& v : items) {
            if (!step(pos)) return false;
            Val subject = v;
            if (by_attr && !attr_path(*this, v, attr, pos, subject)) return false;
            bool r;
            if (test_name.empty()) r = truthy(subject);
            else {
                CallArgs copy = test_args;
                if (!run_test(test_name, subject, copy, pos, &r, scope)) return false;
            }
            if (r == keep_if) out.list->push_back(v);
        }
        return true;
    }
    if (name == "groupby") {
        std::vector<Val> items;
        if (!items_of(items)) return false;
        Val* attr = a.get(0, "attribute");
        if (!attr || attr->kind != Val::STR) return fail(pos, "groupby needs an attribute");
        std::vector<std::pair<Val, Val>> keyed;
        for (const Val& v : items) {
            Val k;
            if (!attr_path(*this, v, attr->s, pos, k)) return false;
            keyed.emplace_back(k, v);
        }
        bool bad = false;
        std::stable_sort(keyed.begin(), keyed.end(), [&](const std::pair<Val, Val>& x, const std::pair<Val, Val>& y) {
            bool lt = false;
            if (!less_than(x.first, y.first, &lt)) bad = true;
            return lt;
        });
        if (bad) return fail(pos, "groupby: keys cannot be compared");
        out = Val::new_list();
        for (auto& kv : keyed) {
            if (out.list->empty() || !equals((*out.list->back().list)[0], kv.first))
                out.list->push_back(Val::new_list({kv.first, Val::new_list()}));
            (*out.list->back().list)[1].list->push_back(kv.second);
        }
        return true;
    }
    return fail(pos, "unknown filter '" + name + "'");
}

bool Interp::run_test(const std::string& name, const Val& v, CallArgs& a, size_t pos, bool* r, const ScopePtr& scope) {
    (void)scope;
    Val* arg = a.get(0, "other");
    auto need_arg = [&]() { return arg ? true : fail(pos, "test '" + name + "' needs an argument"); };
    if (name == "defined") return *r = v.defined(), true;
    if (name == "undefined") return *r = !v.defined(), true;
    if (name == "none") return *r = v.kind == Val::NONE, true;
    if (name == "boolean") return *r = v.kind == Val::BOOL, true;
    if (name == "true") return *r = v.kind == Val::BOOL && v.b, true;
    if (name == "false") return *r = v.kind == Val::BOOL && !v.b, true;
    if (name == "integer") return *r = v.kind == Val::INT, true;
    if (name == "float") return *r = v.kind == Val::FLOAT, true;
    if (name == "number") return *r = v.is_num(), true;
    if (name == "string") return *r = v.kind == Val::STR, true;
    if (name == "mapping") return *r = v.kind == Val::DICT && !v.dict->is_namespace, true;
    if (name == "iterable") return *r = v.kind == Val::STR || v.kind == Val::LIST || (v.kind == Val::DICT && !v.dict->is_namespace), true;
    if (name == "sequence") return *r = v.kind == Val::STR || v.kind == Val::LIST || (v.kind == Val::DICT && !v.dict->is_namespace), true;
    if (name == "callable") return *r = v.kind == Val::FUNC || (v.kind == Val::DICT && v.dict->call), true;
    if (name == "escaped") return *r = false, true;
    if (name == "lower" || name == "upper") {
        *r = v.kind == Val::STR && v.s == ascii_case(v.s, name == "upper");
        return true;
    }
    if (name == "odd" || name == "even") {
        if (v.kind != Val::INT && v.kind != Val::BOOL) return fail(pos, "test '" + name + "' needs an integer");
        int64_t x = v.kind == Val::INT ? v.i : v.b;
        *r = (x % 2 != 0) == (name == "odd");
        return true;
    }
    if (name == "divisibleby") {
        int64_t d;
        if (!arg_int(arg, &d) || d == 0 || (v.kind != Val::INT && v.kind != Val::BOOL))
            return fail(pos, "divisibleby needs a non-zero integer");
        *r = (v.kind == Val::INT ? v.i : v.b) % d == 0;
        return true;
    }
    if (name == "eq" || name == "equalto" || name == "==" || name == "sameas") {
        if (!need_arg()) return false;
        *r = equals(v, *arg);
        // `is sameas` is Python's identity: same kind (0 is not false), same container.
        if (name == "sameas") *r = *r && v.kind == arg->kind && v.list == arg->list && v.dict == arg->dict;
        return true;
    }
    if (name == "ne" || name == "!=") {
        if (!need_arg()) return false;
        *r = !equals(v, *arg);
        return true;
    }
    static const char* const cmp[][2] = {{"lt", "<"}, {"le", "<="}, {"gt", ">"}, {"ge", ">="},
                                        {"lessthan", "<"}, {"greaterthan", ">"}};
    for (const auto& c : cmp)
        if (name == c[0] || name == c[1]) {
            if (!need_arg()) return false;
            Val out;
            if (!binary(c[1], v, *arg, pos, out)) return false;
            *r = out.b;
            return true;
        }
    if (name == "in") {
        if (!need_arg()) return false;
        return contains(*arg, v, pos, r);
    }
    return fail(pos, "unknown test '" + name + "'");
}

static void add_globals(Interp& in, Scope& g) {
    g.set("range", Val::func("range", [](Interp& in2, CallArgs& a, Val& r) {
        int64_t start = 0, stop = 0, stepv = 1;
        bool ok = !a.pos.empty() && a.pos.size() <= 3;
        if (a.pos.size() == 1) ok = arg_int(&a.pos[0], &stop);
        else if (a.pos.size() >= 2) ok = arg_int(&a.pos[0], &start) && arg_int(&a.pos[1], &stop);
        if (a.pos.size() == 3) ok = ok && arg_int(&a.pos[2], &stepv);
        if (!ok) return in2.fail(in2.call_pos, "range() needs 1 to 3 integers");
        if (stepv == 0) return in2.fail(in2.call_pos, "range() step must not be zero");
        double count = std::ceil((static_cast<double>(stop) - static_cast<double>(start)) / static_cast<double>(stepv));
        if (count > 0 && (!in2.step(in2.call_pos, static_cast<uint64_t>(std::min(count, 1e18))) ||
                          !in2.check_size(in2.call_pos, static_cast<size_t>(std::min(count, 1e15)))))
            return false;
        r = Val::new_list();
        for (int64_t k = start; stepv > 0 ? k < stop : k > stop; k += stepv) {
            r.list->push_back(Val::integer(k));
            if ((stepv > 0 && k > INT64_MAX - stepv) || (stepv < 0 && k < INT64_MIN - stepv)) break;
        }
        return true;
    }));
    g.set("namespace", Val::func("namespace", [](Interp& in2, CallArgs& a, Val& r) {
        r = Val::new_dict();
        r.dict->is_namespace = true;
        for (Val& v : a.pos) {
            if (v.kind != Val::DICT) return in2.fail(in2.call_pos, "namespace() takes keyword arguments or a dict");
            for (auto& kv : v.dict->items) r.dict->set(kv.first, kv.second);
        }
        for (auto& kv : a.kw) r.dict->set(kv.first, kv.second);
        return true;
    }));
    g.set("dict", Val::func("dict", [](Interp& in2, CallArgs& a, Val& r) {
        r = Val::new_dict();
        for (Val& v : a.pos) {
            if (v.kind != Val::DICT) return in2.fail(in2.call_pos, "dict() takes keyword arguments or a dict");
            for (auto& kv : v.dict->items) r.dict->set(kv.first, kv.second);
        }
        for (auto& kv : a.kw) r.dict->set(kv.first, kv.second);
        return true;
    }));
    g.set("raise_exception", Val::func("raise_exception", [](Interp& in2, CallArgs& a, Val&) {
        std::string msg;
        if (!a.pos.empty()) to_str(a.pos[0], msg);
        return in2.fail(in2.call_pos, "template raised an exception: " + msg);
    }));
    int64_t now = in.now;
    g.set("strftime_now", Val::func("strftime_now", [now](Interp& in2, CallArgs& a, Val& r) {
        if (a.pos.empty() || a.pos[0].kind != Val::STR) return in2.fail(in2.call_pos, "strftime_now() needs a format string");
        r = Val::str(format_time(now, a.pos[0].s));
        return true;
    }));
}

}  // namespace detail

struct ChatTemplate::Impl {
    std::string source;
    std::string builtin;
    std::vector<detail::NodePtr> body;
};

Result<ChatTemplate> ChatTemplate::parse(std::string_view source, const ParseOptions& options) {
    return parse_named(source, options, "");
}

Result<ChatTemplate> ChatTemplate::parse_named(std::string_view source, const ParseOptions& options,
                                               const char* builtin_name) {
    auto impl = std::make_shared<Impl>();
    impl->source = std::string(source);
    impl->builtin = builtin_name;
    std::string_view src = impl->source;
    if (!options.keep_trailing_newline && !src.empty() && src.back() == '\n') {
        src.remove_suffix(1);
        if (!src.empty() && src.back() == '\r') src.remove_suffix(1);
    }
    std::vector<detail::Token> tokens;
    std::string err;
    detail::Lexer lexer(src, options);
    if (!lexer.run(tokens, err)) return Status::fail("template: " + err);
    detail::Parser parser(impl->source, std::move(tokens));
    if (!parser.run(impl->body, err)) return Status::fail("template: " + err);
    ChatTemplate t;
    t.impl_ = std::move(impl);
    return t;
}

const std::string& ChatTemplate::source() const { return impl_->source; }
const std::string& ChatTemplate::builtin_name() const { return impl_->builtin; }

Result<std::string> ChatTemplate::render(const json::Value& variables, const Limits& limits, int64_t now) const {
    if (!impl_) return Status::fail("template: not parsed");
    if (!variables.is_object() && !variables.is_null()) return Status::fail("template: variables must be an object");
    detail::Interp in;
    in.stack_base = detail::Interp::stack_here();
    in.src = impl_->source;
    in.lim = limits;
    in.now = now >= 0 ? now : static_cast<int64_t>(std::time(nullptr));
    in.globals = std::make_shared<detail::Scope>();
    detail::add_globals(in, *in.globals);
    for (const auto& m : variables.members()) in.globals->set(m.first, detail::from_json(m.second));
    detail::ScopePtr top = std::make_shared<detail::Scope>(in.globals);
    std::string out;
    detail::Flow f = in.exec_list(impl_->body, top, out);
    if (f == detail::Flow::ERROR) return Status::fail("template: " + (in.err.empty() ? std::string("render failed") : in.err));
    return out;
}

Result<std::string> ChatTemplate::apply(const ChatRequest& r) const {
    if (!r.messages.is_array()) return Status::fail("chat: messages must be an array");
    if (!r.tools.is_null() && !r.tools.is_array()) return Status::fail("chat: tools must be an array");
    if (!r.extra.is_object() && !r.extra.is_null()) return Status::fail("chat: extra variables must be an object");
    json::Value vars = json::Value::object();
    vars.set("messages", r.messages);
    if (!r.tools.is_null()) vars.set("tools", r.tools);
    vars.set("add_generation_prompt", r.add_generation_prompt);
    vars.set("bos_token", r.bos_token);
    vars.set("eos_token", r.eos_token);
    for (const auto& m : r.extra.members()) vars.set(m.first, m.second);
    return render(vars, r.limits, r.now);
}

static const char* const kChatML =
    "{%- for message in messages -%}"
    "{{- '<|im_start|>' + message['role'] + '\n' -}}"
    "{%- if message['content'] is string -%}{{- message['content'] -}}"
    "{%- elif message['content'] is iterable -%}"
    "{%- for part in message['content'] -%}{%- if part['type'] == 'text' -%}{{- part['text'] -}}{%- endif -%}{%- endfor -%}"
    "{%- endif -%}"
    "{%- if message['tool_calls'] is defined -%}"
    "{%- for call in message['tool_calls'] -%}"
    "{{- '\n<tool_call>\n' + {'name': call['function']['name'], 'arguments': call['function']['arguments']} | tojson + '\n</tool_call>' -}}"
    "{%- endfor -%}"
    "{%- endif -%}"
    "{{- '<|im_end|>\n' -}}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\n' -}}{%- endif -%}";

std::vector<std::string> builtin_names() { return {"chatml"}; }

Result<ChatTemplate> builtin(std::string_view name) {
    if (name != "chatml") return Status::fail(strf("chat: no built-in format named '%.*s' (known: chatml)",
                                                    static_cast<int>(name.size()), name.data()));
    return ChatTemplate::parse_named(kChatML, ParseOptions(), "chatml");
}

Result<ChatTemplate> from_gguf(const gguf::File& file, bool* used_builtin) {
    std::string source = file.get_string("tokenizer.chat_template");
    if (used_builtin) *used_builtin = source.empty();
    if (source.empty()) return builtin("chatml");
    return ChatTemplate::parse(source);
}

bool parse_iso8601(std::string_view t, int64_t* out) {
    auto num = [&](size_t at, size_t n, int* v) {
        if (at + n > t.size()) return false;
        *v = 0;
        for (size_t k = at; k < at + n; ++k) {
            if (!detail::is_digit(t[k])) return false;
            *v = *v * 10 + (t[k] - '0');
        }
        return true;
    };
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (!num(0, 4, &y) || t.size() < 10 || t[4] != '-' || !num(5, 2, &mo) || t[7] != '-' || !num(8, 2, &d)) return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
    size_t p = 10;
    int64_t offset = 0;
    if (p < t.size()) {
        if (t[p] != 'T' && t[p] != ' ') return false;
        if (!num(p + 1, 2, &h) || p + 3 >= t.size() || t[p + 3] != ':' || !num(p + 4, 2, &mi)) return false;
        p += 6;
        if (p < t.size() && t[p] == ':') {
            if (!num(p + 1, 2, &s)) return false;
            p += 3;
            if (p < t.size() && t[p] == '.') {
                ++p;
                while (p < t.size() && detail::is_digit(t[p])) ++p;
            }
        }
        if (h > 23 || mi > 59 || s > 60) return false;
        if (p < t.size()) {
            if (t[p] == 'Z' && p + 1 == t.size()) {
                p = t.size();
            } else if ((t[p] == '+' || t[p] == '-') && p + 6 == t.size() && t[p + 3] == ':') {
                int oh, om;
                if (!num(p + 1, 2, &oh) || !num(p + 4, 2, &om)) return false;
                offset = (t[p] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return false;
            }
        }
    }
    *out = detail::days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
    return true;
}

}  // namespace tmpl

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
namespace gen {

std::string TextStream::push(std::string_view text) {
    if (stopped_) return std::string();
    pending_.append(text.data(), text.size());
    size_t release = pending_.size();
    // A complete stop string ends the stream at its start (the earliest one wins).
    size_t cut = std::string::npos;
    for (const std::string& s : stop_)
        if (!s.empty()) cut = std::min(cut, pending_.find(s));
    if (cut != std::string::npos) {
        stopped_ = true;
        release = cut;
    } else {
        // Hold back the longest tail that is a proper prefix of some stop string.
        for (const std::string& s : stop_)
            for (size_t k = std::min(s.size() - (s.empty() ? 0 : 1), pending_.size()); k > 0; --k)
                if (pending_.compare(pending_.size() - k, k, s, 0, k) == 0) {
                    release = std::min(release, pending_.size() - k);
                    break;
                }
    }
    std::string out = pending_.substr(0, release);
    pending_.erase(0, release);
    if (stopped_) pending_.clear();
    text_ += out;
    return out;
}

std::string TextStream::finish() {
    if (stopped_) return std::string();
    std::string out = std::move(pending_);
    pending_.clear();
    text_ += out;
    return out;
}

Result<Output> generate(Session& session, const tok::Tokenizer& tokenizer, const std::vector<int32_t>& prompt,
                        const Options& options, const OnPiece& on_piece, sample::Chain* sampler) {
    Output out;
    out.n_prompt = static_cast<int32_t>(prompt.size());
    if (prompt.empty()) return Status::fail("generate: the prompt is empty (nothing to predict from)");
    const int32_t n_vocab = session.model().info().n_vocab;
    for (int32_t id : prompt)
        if (id < 0 || id >= n_vocab) return Status::fail(strf("generate: prompt token %d is outside the vocabulary [0, %d)", id, n_vocab));
    if (static_cast<int64_t>(session.n_past()) + static_cast<int64_t>(prompt.size()) > session.n_ctx())
        return Status::fail(strf("generate: the prompt (%zu tokens at position %d) does not fit the context of %d tokens",
                                 prompt.size(), session.n_past(), session.n_ctx()));
    sample::Chain own;
    if (!sampler) {
        own = sample::Chain::from_params(options.sampling);
        sampler = &own;
    }
    std::vector<float> logits;
    double t0 = platform::now_seconds();
    Status s = session.eval(prompt.data(), prompt.size(), &logits);
    if (!s.ok()) return Status::fail("generate: evaluating the prompt: " + s.message());
    double t1 = platform::now_seconds();
    out.prompt_seconds = t1 - t0;
    for (int32_t id : prompt) sampler->accept(id);

    tok::StreamDecoder decoder(tokenizer, /*starts_text=*/false);
    TextStream stream(options.stop);
    auto emit = [&](const std::string& piece) { return piece.empty() || !on_piece || on_piece(piece); };
    for (;;) {
        if (options.max_tokens >= 0 && out.tokens.size() >= static_cast<size_t>(options.max_tokens)) {
            out.stop = StopReason::MaxTokens;
            break;
        }
        if (session.n_past() >= session.n_ctx()) {
            out.stop = StopReason::ContextFull;
            break;
        }
        int32_t id = sampler->sample(logits.data(), logits.size());
        if (id < 0) return Status::fail("generate: the sampler returned no token");
        sampler->accept(id);
        out.tokens.push_back(id);
        if (options.stop_at_eog && tokenizer.is_eog(id)) {
            out.stop = StopReason::EndOfGeneration;
            break;
        }
        if (!emit(stream.push(decoder.feed(id)))) {
            out.stop = StopReason::Cancelled;
            break;
        }
        if (stream.stopped()) {
            out.stop = StopReason::StopString;
            break;
        }
        s = session.eval(&id, 1, &logits);
        if (!s.ok()) return Status::fail("generate: evaluating a generated token: " + s.message());
    }
    if (out.stop != StopReason::Cancelled && out.stop != StopReason::StopString &&
        !emit(stream.push(decoder.flush()) + stream.finish()))
        out.stop = StopReason::Cancelled;
    out.text = stream.text();
    out.generate_seconds = platform::now_seconds() - t1;
    return out;
}

Result<Output> Generator::run(const std::vector<int32_t>& prompt, const Options& options, const OnPiece& on_piece,
                              sample::Chain* sampler) {
    if (prompt.empty()) return Status::fail("generate: the prompt is empty (nothing to predict from)");
    // Keep the common prefix, but always evaluate at least the last prompt token: its logits start generation.
    size_t keep = 0;
    const size_t limit = std::min(cached_.size(), prompt.size() - 1);
    while (keep < limit && cached_[keep] == prompt[keep]) ++keep;
    Status s = session_.rewind(static_cast<int32_t>(keep));
    if (!s.ok()) return s;
    cached_.resize(keep);
    std::vector<int32_t> rest(prompt.begin() + static_cast<std::ptrdiff_t>(keep), prompt.end());
    Result<Output> r = generate(session_, *tok_, rest, options, on_piece, sampler);
    // Whatever happened, the cache now holds exactly n_past tokens of prompt + generated.
    std::vector<int32_t> seen = prompt;
    if (r.ok()) {
        r->n_prompt = static_cast<int32_t>(prompt.size());
        r->n_prompt_reused = static_cast<int32_t>(keep);
        seen.insert(seen.end(), r->tokens.begin(), r->tokens.end());
    }
    seen.resize(std::min(seen.size(), static_cast<size_t>(std::max(session_.n_past(), 0))));
    cached_ = std::move(seen);
    if (cached_.size() != static_cast<size_t>(session_.n_past())) {  // an eval failed midway: start clean next time
        cached_.clear();
        session_.rewind(0);
    }
    return r;
}

Status Generator::reset() {
    cached_.clear();
    return session_.rewind(0);
}

// ---- chat ----

Chat::Chat(Model model, Session session) : model_(std::move(model)) {
    gen_.reset(new Generator(std::move(session), model_.tokenizer()));
    fallback_template_ = model_.chat_template_is_fallback();
}

Result<Chat> Chat::create(const Model& model, const SessionOptions& options) {
    if (model.tokenizer().n_vocab() == 0)
        return Status::fail("the model has no usable tokenizer: " + model.tokenizer_error());
    Result<Session> session = model.new_session(options);
    if (!session.ok()) return session.status();
    return Chat(model, std::move(*session));
}

Result<std::string> Chat::render(const std::vector<Message>& conversation, bool add_generation_prompt) const {
    const tok::Tokenizer& tk = model_.tokenizer();
    tmpl::ChatRequest req;
    for (const Message& m : conversation) {
        json::Value msg = json::Value::object();
        msg.set("role", m.role);
        msg.set("content", m.content);
        req.messages.push_back(std::move(msg));
    }
    req.add_generation_prompt = add_generation_prompt;
    req.bos_token = tk.token_text(tk.bos());
    req.eos_token = tk.token_text(tk.eos());
    return model_.chat_template().apply(req);
}

Result<Output> Chat::respond(const std::vector<Message>& conversation, const Options& options, const OnPiece& on_piece,
                             sample::Chain* sampler) {
    Result<std::string> prompt = render(conversation, true);
    if (!prompt.ok()) return prompt.status();
    // Templates write the BOS token themselves when the model wants one; special tokens in the text are real.
    std::vector<int32_t> ids = model_.tokenizer().encode(*prompt, false, true);
    if (ids.empty()) return Status::fail("chat: the conversation renders to an empty prompt");
    return gen_->run(ids, options, on_piece, sampler);
}

Result<Output> Chat::send(const std::string& user_text, const Options& options, const OnPiece& on_piece,
                          sample::Chain* sampler) {
    messages_.push_back({"user", user_text});
    Result<Output> r = respond(messages_, options, on_piece, sampler);
    if (!r.ok()) {
        messages_.pop_back();
        return r;
    }
    messages_.push_back({"assistant", r->text});
    return r;
}

// Loads the tokenizer and chat template that travel with the weights. A file without a tokenizer still loads
// (it can evaluate ids); a missing or unparsable template falls back to ChatML.
namespace detail {
Status attach_text_side(model::ModelData* data) {
    Result<tok::Tokenizer> tk = tok::Tokenizer::load(data->file);
    if (tk.ok()) {
        data->tokenizer = std::make_shared<const tok::Tokenizer>(std::move(*tk));
    } else {
        data->tokenizer = std::make_shared<const tok::Tokenizer>();
        data->tokenizer_error = tk.message();
    }
    bool builtin = false;
    Result<tmpl::ChatTemplate> ct = tmpl::from_gguf(data->file, &builtin);
    if (!ct.ok()) {
        data->chat_template_error = ct.message();
        ct = tmpl::builtin("chatml");
        builtin = true;
        if (!ct.ok()) return Status::fail("the built-in ChatML template: " + ct.message());
    }
    data->chat_template = std::make_shared<const tmpl::ChatTemplate>(std::move(*ct));
    data->chat_template_is_fallback = builtin;
    return Status();
}
}  // namespace detail

}  // namespace gen

const tok::Tokenizer& Model::tokenizer() const { return *data_->tokenizer; }
const std::string& Model::tokenizer_error() const { return data_->tokenizer_error; }
const tmpl::ChatTemplate& Model::chat_template() const { return *data_->chat_template; }
bool Model::chat_template_is_fallback() const { return data_->chat_template_is_fallback; }
const std::string& Model::chat_template_error() const { return data_->chat_template_error; }

namespace gen {

const char* stop_reason_name(StopReason r) {
    switch (r) {
        case StopReason::EndOfGeneration: return "eog";
        case StopReason::StopString: return "stop";
        case StopReason::MaxTokens: return "length";
        case StopReason::Cancelled: return "cancelled";
        case StopReason::ContextFull: return "context";
    }
    return "?";
}

}  // namespace gen

}  // namespace er

#endif  // EDGERUNNER_IMPLEMENTATION

/* =============================================================================================
   [11] VULKAN: optional GPU backend, compiled in its own translation unit
   ============================================================================================= */
#if defined(EDGERUNNER_VULKAN_IMPLEMENTATION) || defined(EDGERUNNER_VULKAN_API_DECLARATIONS)
#if !defined(EDGERUNNER_VULKAN_API_DECLARED)
#define EDGERUNNER_VULKAN_API_DECLARED
namespace er {
namespace vk {
// ---- The subset of the Vulkan 1.1 C API this backend uses, declared here so that building needs no Vulkan
// headers and linking needs no libvulkan (the loader is opened at run time). Layouts follow the Vulkan
// specification; tests/test_vulkan.cpp checks them against <vulkan/vulkan.h> where that header exists.
namespace api {
using Flags = uint32_t;
using Bool32 = uint32_t;
using DeviceSize = uint64_t;
using Result = int32_t;
struct InstanceT;
struct PhysicalDeviceT;
struct DeviceT;
struct QueueT;
struct CommandBufferT;
using Instance = InstanceT*;
using PhysicalDevice = PhysicalDeviceT*;
using Device = DeviceT*;
using Queue = QueueT*;
using CommandBuffer = CommandBufferT*;
// Non-dispatchable handles are 64-bit on every platform.
using Buffer = uint64_t;
using DeviceMemory = uint64_t;
using ShaderModule = uint64_t;
using Pipeline = uint64_t;
using PipelineLayout = uint64_t;
using PipelineCache = uint64_t;
using DescriptorSetLayout = uint64_t;
using DescriptorPool = uint64_t;
using DescriptorSet = uint64_t;
using CommandPool = uint64_t;
using Fence = uint64_t;
using Semaphore = uint64_t;
using QueryPool = uint64_t;

enum : int32_t {
    kStructApplicationInfo = 0, kStructInstanceCreateInfo = 1, kStructDeviceQueueCreateInfo = 2,
    kStructDeviceCreateInfo = 3, kStructSubmitInfo = 4, kStructMemoryAllocateInfo = 5, kStructFenceCreateInfo = 8,
    kStructQueryPoolCreateInfo = 11, kStructBufferCreateInfo = 12, kStructShaderModuleCreateInfo = 16,
    kStructPipelineShaderStageCreateInfo = 18, kStructComputePipelineCreateInfo = 29,
    kStructPipelineLayoutCreateInfo = 30, kStructDescriptorSetLayoutCreateInfo = 32,
    kStructDescriptorPoolCreateInfo = 33, kStructDescriptorSetAllocateInfo = 34, kStructWriteDescriptorSet = 35,
    kStructCommandPoolCreateInfo = 39, kStructCommandBufferAllocateInfo = 40, kStructCommandBufferBeginInfo = 42,
    kStructMemoryBarrier = 46, kStructPhysicalDeviceFeatures2 = 1000059000,
    kStructPhysicalDeviceProperties2 = 1000059001, kStructPhysicalDeviceSubgroupProperties = 1000094000,
    kStructPhysicalDevice16BitStorageFeatures = 1000083000, kStructPhysicalDeviceFloat16Int8Features = 1000082000,
    kStructPhysicalDeviceIntegerDotProductFeatures = 1000280000,
};
enum : uint32_t {
    kPhysicalDeviceTypeOther = 0, kPhysicalDeviceTypeIntegrated = 1, kPhysicalDeviceTypeDiscrete = 2,
    kPhysicalDeviceTypeVirtual = 3, kPhysicalDeviceTypeCpu = 4,
    kQueueCompute = 0x2,
    kMemoryDeviceLocal = 0x1, kMemoryHostVisible = 0x2, kMemoryHostCoherent = 0x4, kMemoryHostCached = 0x8,
    kMemoryHeapDeviceLocal = 0x1,
    kBufferUsageTransferSrc = 0x1, kBufferUsageTransferDst = 0x2, kBufferUsageStorage = 0x20,
    kDescriptorTypeStorageBuffer = 7, kShaderStageCompute = 0x20, kPipelineBindPointCompute = 1,
    kPipelineStageTopOfPipe = 0x1, kPipelineStageComputeShader = 0x800, kPipelineStageTransfer = 0x1000,
    kPipelineStageHost = 0x4000,
    kAccessShaderRead = 0x20, kAccessShaderWrite = 0x40, kAccessTransferRead = 0x800,
    kAccessTransferWrite = 0x1000, kAccessHostRead = 0x2000, kAccessHostWrite = 0x4000,
    kCommandPoolResetCommandBuffer = 0x2, kCommandBufferUsageOneTimeSubmit = 0x1,
    kSubgroupFeatureArithmetic = 0x4,
    kQueryTypeTimestamp = 2, kQueryResult64 = 0x1, kQueryResultWait = 0x2,
};
enum : int32_t { kSuccess = 0, kNotReady = 1, kTimeout = 2, kErrorOutOfHostMemory = -1, kErrorOutOfDeviceMemory = -2 };
constexpr uint32_t make_version(uint32_t major, uint32_t minor) { return (major << 22) | (minor << 12); }

struct ApplicationInfo {
    int32_t sType; const void* pNext; const char* pApplicationName; uint32_t applicationVersion;
    const char* pEngineName; uint32_t engineVersion; uint32_t apiVersion;
};
struct InstanceCreateInfo {
    int32_t sType; const void* pNext; Flags flags; const ApplicationInfo* pApplicationInfo;
    uint32_t enabledLayerCount; const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount; const char* const* ppEnabledExtensionNames;
};
struct PhysicalDeviceLimits {  // only the members used are named; the rest keep the layout
    uint32_t maxImageDimensions[7];
    uint32_t maxStorageBufferRange;
    uint32_t maxPushConstantsSize;
    uint32_t maxMemoryAllocationCount;
    uint32_t maxSamplerAllocationCount;
    DeviceSize bufferImageGranularity;
    DeviceSize sparseAddressSpaceSize;
    uint32_t descriptor_and_stage_limits[38];
    uint32_t maxComputeSharedMemorySize;
    uint32_t maxComputeWorkGroupCount[3];
    uint32_t maxComputeWorkGroupInvocations;
    uint32_t maxComputeWorkGroupSize[3];
    uint32_t precision_and_draw_limits[5];
    float sampler_limits[2];
    uint32_t viewport_limits[3];
    float viewportBoundsRange[2];
    uint32_t viewportSubPixelBits;
    size_t minMemoryMapAlignment;
    DeviceSize minTexelBufferOffsetAlignment;
    DeviceSize minUniformBufferOffsetAlignment;
    DeviceSize minStorageBufferOffsetAlignment;
    uint32_t texel_offset_limits[4];
    float interpolation_offsets[2];
    uint32_t interpolation_bits_framebuffer_and_sample_limits[15];
    Bool32 timestampComputeAndGraphics;
    float timestampPeriod;
    uint32_t clip_limits[4];
    float point_line_limits[6];
    Bool32 strictLines;
    Bool32 standardSampleLocations;
    DeviceSize optimalBufferCopyOffsetAlignment;
    DeviceSize optimalBufferCopyRowPitchAlignment;
    DeviceSize nonCoherentAtomSize;
};
struct PhysicalDeviceProperties {
    uint32_t apiVersion; uint32_t driverVersion; uint32_t vendorID; uint32_t deviceID; uint32_t deviceType;
    char deviceName[256]; uint8_t pipelineCacheUUID[16]; PhysicalDeviceLimits limits; Bool32 sparseProperties[5];
};
struct PhysicalDeviceProperties2 { int32_t sType; void* pNext; PhysicalDeviceProperties properties; };
struct PhysicalDeviceSubgroupProperties {
    int32_t sType; void* pNext; uint32_t subgroupSize; Flags supportedStages; Flags supportedOperations;
    Bool32 quadOperationsInAllStages;
};
struct PhysicalDeviceFeatures { Bool32 flags[55]; };
struct PhysicalDeviceFeatures2 { int32_t sType; void* pNext; PhysicalDeviceFeatures features; };
struct PhysicalDevice16BitStorageFeatures {
    int32_t sType; void* pNext; Bool32 storageBuffer16BitAccess; Bool32 uniformAndStorageBuffer16BitAccess;
    Bool32 storagePushConstant16; Bool32 storageInputOutput16;
};
struct PhysicalDeviceFloat16Int8Features { int32_t sType; void* pNext; Bool32 shaderFloat16; Bool32 shaderInt8; };
struct PhysicalDeviceIntegerDotProductFeatures { int32_t sType; void* pNext; Bool32 shaderIntegerDotProduct; };
struct QueueFamilyProperties { Flags queueFlags; uint32_t queueCount; uint32_t timestampValidBits; uint32_t granularity[3]; };
struct MemoryType { Flags propertyFlags; uint32_t heapIndex; };
struct MemoryHeap { DeviceSize size; Flags flags; };
struct PhysicalDeviceMemoryProperties {
    uint32_t memoryTypeCount; MemoryType memoryTypes[32]; uint32_t memoryHeapCount; MemoryHeap memoryHeaps[16];
};
struct ExtensionProperties { char extensionName[256]; uint32_t specVersion; };
struct DeviceQueueCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex; uint32_t queueCount;
    const float* pQueuePriorities;
};
struct DeviceCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t queueCreateInfoCount;
    const DeviceQueueCreateInfo* pQueueCreateInfos; uint32_t enabledLayerCount; const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount; const char* const* ppEnabledExtensionNames; const PhysicalDeviceFeatures* pEnabledFeatures;
};
struct BufferCreateInfo {
    int32_t sType; const void* pNext; Flags flags; DeviceSize size; Flags usage; uint32_t sharingMode;
    uint32_t queueFamilyIndexCount; const uint32_t* pQueueFamilyIndices;
};
struct MemoryRequirements { DeviceSize size; DeviceSize alignment; uint32_t memoryTypeBits; };
struct MemoryAllocateInfo { int32_t sType; const void* pNext; DeviceSize allocationSize; uint32_t memoryTypeIndex; };
struct ShaderModuleCreateInfo { int32_t sType; const void* pNext; Flags flags; size_t codeSize; const uint32_t* pCode; };
struct DescriptorSetLayoutBinding {
    uint32_t binding; uint32_t descriptorType; uint32_t descriptorCount; Flags stageFlags; const uint64_t* pImmutableSamplers;
};
struct DescriptorSetLayoutCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t bindingCount; const DescriptorSetLayoutBinding* pBindings;
};
struct PushConstantRange { Flags stageFlags; uint32_t offset; uint32_t size; };
struct PipelineLayoutCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t setLayoutCount; const DescriptorSetLayout* pSetLayouts;
    uint32_t pushConstantRangeCount; const PushConstantRange* pPushConstantRanges;
};
struct SpecializationMapEntry { uint32_t constantID; uint32_t offset; size_t size; };
struct SpecializationInfo { uint32_t mapEntryCount; const SpecializationMapEntry* pMapEntries; size_t dataSize; const void* pData; };
struct PipelineShaderStageCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t stage; ShaderModule module; const char* pName;
    const SpecializationInfo* pSpecializationInfo;
};
struct ComputePipelineCreateInfo {
    int32_t sType; const void* pNext; Flags flags; PipelineShaderStageCreateInfo stage; PipelineLayout layout;
    Pipeline basePipelineHandle; int32_t basePipelineIndex;
};
struct DescriptorPoolSize { uint32_t type; uint32_t descriptorCount; };
struct DescriptorPoolCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t maxSets; uint32_t poolSizeCount; const DescriptorPoolSize* pPoolSizes;
};
struct DescriptorSetAllocateInfo {
    int32_t sType; const void* pNext; DescriptorPool descriptorPool; uint32_t descriptorSetCount;
    const DescriptorSetLayout* pSetLayouts;
};
struct DescriptorBufferInfo { Buffer buffer; DeviceSize offset; DeviceSize range; };
struct WriteDescriptorSet {
    int32_t sType; const void* pNext; DescriptorSet dstSet; uint32_t dstBinding; uint32_t dstArrayElement;
    uint32_t descriptorCount; uint32_t descriptorType; const void* pImageInfo; const DescriptorBufferInfo* pBufferInfo;
    const void* pTexelBufferView;
};
struct CommandPoolCreateInfo { int32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex; };
struct CommandBufferAllocateInfo {
    int32_t sType; const void* pNext; CommandPool commandPool; uint32_t level; uint32_t commandBufferCount;
};
struct CommandBufferBeginInfo { int32_t sType; const void* pNext; Flags flags; const void* pInheritanceInfo; };
struct MemoryBarrier { int32_t sType; const void* pNext; Flags srcAccessMask; Flags dstAccessMask; };
struct BufferCopy { DeviceSize srcOffset; DeviceSize dstOffset; DeviceSize size; };
struct SubmitInfo {
    int32_t sType; const void* pNext; uint32_t waitSemaphoreCount; const Semaphore* pWaitSemaphores;
    const Flags* pWaitDstStageMask; uint32_t commandBufferCount; const CommandBuffer* pCommandBuffers;
    uint32_t signalSemaphoreCount; const Semaphore* pSignalSemaphores;
};
struct FenceCreateInfo { int32_t sType; const void* pNext; Flags flags; };
struct QueryPoolCreateInfo {
    int32_t sType; const void* pNext; Flags flags; uint32_t queryType; uint32_t queryCount; Flags pipelineStatistics;
};

using VoidFunction = void (*)();
using PFN_GetInstanceProcAddr = VoidFunction (*)(Instance, const char*);
// Function pointer types, named after the Vulkan entry point without the "vk" prefix.
using PFN_CreateInstance = Result (*)(const InstanceCreateInfo*, const void*, Instance*);
using PFN_EnumerateInstanceVersion = Result (*)(uint32_t*);
using PFN_DestroyInstance = void (*)(Instance, const void*);
using PFN_EnumeratePhysicalDevices = Result (*)(Instance, uint32_t*, PhysicalDevice*);
using PFN_GetPhysicalDeviceProperties2 = void (*)(PhysicalDevice, PhysicalDeviceProperties2*);
using PFN_GetPhysicalDeviceFeatures2 = void (*)(PhysicalDevice, PhysicalDeviceFeatures2*);
using PFN_GetPhysicalDeviceQueueFamilyProperties = void (*)(PhysicalDevice, uint32_t*, QueueFamilyProperties*);
using PFN_GetPhysicalDeviceMemoryProperties = void (*)(PhysicalDevice, PhysicalDeviceMemoryProperties*);
using PFN_EnumerateDeviceExtensionProperties = Result (*)(PhysicalDevice, const char*, uint32_t*, ExtensionProperties*);
using PFN_CreateDevice = Result (*)(PhysicalDevice, const DeviceCreateInfo*, const void*, Device*);
using PFN_GetDeviceProcAddr = VoidFunction (*)(Device, const char*);
using PFN_DestroyDevice = void (*)(Device, const void*);
using PFN_GetDeviceQueue = void (*)(Device, uint32_t, uint32_t, Queue*);
using PFN_CreateBuffer = Result (*)(Device, const BufferCreateInfo*, const void*, Buffer*);
using PFN_DestroyBuffer = void (*)(Device, Buffer, const void*);
using PFN_GetBufferMemoryRequirements = void (*)(Device, Buffer, MemoryRequirements*);
using PFN_AllocateMemory = Result (*)(Device, const MemoryAllocateInfo*, const void*, DeviceMemory*);
using PFN_FreeMemory = void (*)(Device, DeviceMemory, const void*);
using PFN_BindBufferMemory = Result (*)(Device, Buffer, DeviceMemory, DeviceSize);
using PFN_MapMemory = Result (*)(Device, DeviceMemory, DeviceSize, DeviceSize, Flags, void**);
using PFN_UnmapMemory = void (*)(Device, DeviceMemory);
using PFN_CreateShaderModule = Result (*)(Device, const ShaderModuleCreateInfo*, const void*, ShaderModule*);
using PFN_DestroyShaderModule = void (*)(Device, ShaderModule, const void*);
using PFN_CreateDescriptorSetLayout = Result (*)(Device, const DescriptorSetLayoutCreateInfo*, const void*, DescriptorSetLayout*);
using PFN_DestroyDescriptorSetLayout = void (*)(Device, DescriptorSetLayout, const void*);
using PFN_CreatePipelineLayout = Result (*)(Device, const PipelineLayoutCreateInfo*, const void*, PipelineLayout*);
using PFN_DestroyPipelineLayout = void (*)(Device, PipelineLayout, const void*);
using PFN_CreateComputePipelines = Result (*)(Device, PipelineCache, uint32_t, const ComputePipelineCreateInfo*, const void*, Pipeline*);
using PFN_DestroyPipeline = void (*)(Device, Pipeline, const void*);
using PFN_CreateDescriptorPool = Result (*)(Device, const DescriptorPoolCreateInfo*, const void*, DescriptorPool*);
using PFN_DestroyDescriptorPool = void (*)(Device, DescriptorPool, const void*);
using PFN_AllocateDescriptorSets = Result (*)(Device, const DescriptorSetAllocateInfo*, DescriptorSet*);
using PFN_UpdateDescriptorSets = void (*)(Device, uint32_t, const WriteDescriptorSet*, uint32_t, const void*);
using PFN_CreateCommandPool = Result (*)(Device, const CommandPoolCreateInfo*, const void*, CommandPool*);
using PFN_DestroyCommandPool = void (*)(Device, CommandPool, const void*);
using PFN_AllocateCommandBuffers = Result (*)(Device, const CommandBufferAllocateInfo*, CommandBuffer*);
using PFN_BeginCommandBuffer = Result (*)(CommandBuffer, const CommandBufferBeginInfo*);
using PFN_EndCommandBuffer = Result (*)(CommandBuffer);
using PFN_ResetCommandBuffer = Result (*)(CommandBuffer, Flags);
using PFN_CmdBindPipeline = void (*)(CommandBuffer, uint32_t, Pipeline);
using PFN_CmdBindDescriptorSets = void (*)(CommandBuffer, uint32_t, PipelineLayout, uint32_t, uint32_t, const DescriptorSet*, uint32_t, const uint32_t*);
using PFN_CmdPushConstants = void (*)(CommandBuffer, PipelineLayout, Flags, uint32_t, uint32_t, const void*);
using PFN_CmdDispatch = void (*)(CommandBuffer, uint32_t, uint32_t, uint32_t);
using PFN_CmdPipelineBarrier = void (*)(CommandBuffer, Flags, Flags, Flags, uint32_t, const MemoryBarrier*, uint32_t, const void*, uint32_t, const void*);
using PFN_CmdCopyBuffer = void (*)(CommandBuffer, Buffer, Buffer, uint32_t, const BufferCopy*);
using PFN_CmdResetQueryPool = void (*)(CommandBuffer, QueryPool, uint32_t, uint32_t);
using PFN_CmdWriteTimestamp = void (*)(CommandBuffer, Flags, QueryPool, uint32_t);
using PFN_CreateQueryPool = Result (*)(Device, const QueryPoolCreateInfo*, const void*, QueryPool*);
using PFN_DestroyQueryPool = void (*)(Device, QueryPool, const void*);
using PFN_GetQueryPoolResults = Result (*)(Device, QueryPool, uint32_t, uint32_t, size_t, void*, DeviceSize, Flags);
using PFN_QueueSubmit = Result (*)(Queue, uint32_t, const SubmitInfo*, Fence);
using PFN_CreateFence = Result (*)(Device, const FenceCreateInfo*, const void*, Fence*);
using PFN_DestroyFence = void (*)(Device, Fence, const void*);
using PFN_WaitForFences = Result (*)(Device, uint32_t, const Fence*, Bool32, uint64_t);
using PFN_ResetFences = Result (*)(Device, uint32_t, const Fence*);
using PFN_DeviceWaitIdle = Result (*)(Device);
}  // namespace api

#define ER_VK_INSTANCE_FUNCTIONS(X)                                                                         \
    X(DestroyInstance) X(EnumeratePhysicalDevices) X(GetPhysicalDeviceProperties2) X(GetPhysicalDeviceFeatures2) \
    X(GetPhysicalDeviceQueueFamilyProperties) X(GetPhysicalDeviceMemoryProperties)                          \
    X(EnumerateDeviceExtensionProperties) X(CreateDevice) X(GetDeviceProcAddr)
#define ER_VK_DEVICE_FUNCTIONS(X)                                                                           \
    X(DestroyDevice) X(GetDeviceQueue) X(CreateBuffer) X(DestroyBuffer) X(GetBufferMemoryRequirements)      \
    X(AllocateMemory) X(FreeMemory) X(BindBufferMemory) X(MapMemory) X(UnmapMemory) X(CreateShaderModule)   \
    X(DestroyShaderModule) X(CreateDescriptorSetLayout) X(DestroyDescriptorSetLayout) X(CreatePipelineLayout) \
    X(DestroyPipelineLayout) X(CreateComputePipelines) X(DestroyPipeline) X(CreateDescriptorPool)           \
    X(DestroyDescriptorPool) X(AllocateDescriptorSets) X(UpdateDescriptorSets) X(CreateCommandPool)         \
    X(DestroyCommandPool) X(AllocateCommandBuffers) X(BeginCommandBuffer) X(EndCommandBuffer)               \
    X(ResetCommandBuffer) X(CmdBindPipeline) X(CmdBindDescriptorSets) X(CmdPushConstants) X(CmdDispatch)    \
    X(CmdPipelineBarrier) X(CmdCopyBuffer) X(CmdResetQueryPool) X(CmdWriteTimestamp) X(CreateQueryPool)     \
    X(DestroyQueryPool) X(GetQueryPoolResults) X(QueueSubmit) X(CreateFence) X(DestroyFence) X(WaitForFences) \
    X(ResetFences) X(DeviceWaitIdle)
}  // namespace vk
}  // namespace er
#endif
#endif

#if defined(EDGERUNNER_VULKAN_IMPLEMENTATION) && !defined(EDGERUNNER_VULKAN_IMPLEMENTATION_INCLUDED)
#define EDGERUNNER_VULKAN_IMPLEMENTATION_INCLUDED
#if !defined(EDGERUNNER_VULKAN)
#error "define EDGERUNNER_VULKAN for every file that includes edgerunner.h when building the Vulkan backend"
#endif
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

namespace er {
namespace vk {

constexpr uint32_t kMaxBindings = 4;  // storage buffers per dispatch (one descriptor set layout for all shaders)
constexpr uint32_t kPushBytes = 128;  // the push-constant size every device supports

namespace detail {

// <<< vulkan spirv: generated by tools/build_shaders.py from shaders/*.comp, do not edit >>>
enum class ShaderId : uint32_t {
    Matmul,
    MatmulSubgroup,
    GetRows,
    RmsNorm,
    RmsNormSubgroup,
    Rope,
    Eltwise,
    Attention,
    AttentionSubgroup,
    KvStore,
    ReadBandwidth,
    Count
};
static const uint32_t kSpirvMatmul[7727] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x00000d6bu, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0008000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x0000003fu, 0x00000392u, 0x00000395u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u,
    0x00040047u, 0x00000039u, 0x00000001u, 0x00000000u, 0x00040047u, 0x0000003fu, 0x0000000bu, 0x0000001bu, 0x00040047u, 0x0000006du,
    0x00000006u, 0x00000004u, 0x00040048u, 0x0000006eu, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000006eu, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x0000006eu, 0x00000002u, 0x00040047u, 0x00000070u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000070u,
    0x00000021u, 0x00000000u, 0x00040047u, 0x000000a8u, 0x00000001u, 0x00000001u, 0x00050048u, 0x0000036cu, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00050048u, 0x0000036cu, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x0000036cu, 0x00000002u, 0x00000023u,
    0x00000008u, 0x00050048u, 0x0000036cu, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x0000036cu, 0x00000004u, 0x00000023u,
    0x00000010u, 0x00050048u, 0x0000036cu, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x0000036cu, 0x00000006u, 0x00000023u,
    0x00000018u, 0x00050048u, 0x0000036cu, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x0000036cu, 0x00000008u, 0x00000023u,
    0x00000020u, 0x00030047u, 0x0000036cu, 0x00000002u, 0x00040047u, 0x0000037au, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000037bu,
    0x00000000u, 0x00000018u, 0x00050048u, 0x0000037bu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000037bu, 0x00000002u,
    0x00040047u, 0x0000037du, 0x00000022u, 0x00000000u, 0x00040047u, 0x0000037du, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000392u,
    0x0000000bu, 0x0000001au, 0x00040047u, 0x00000395u, 0x0000000bu, 0x00000018u, 0x00040047u, 0x0000047bu, 0x00000006u, 0x00000004u,
    0x00050048u, 0x0000047cu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000047cu, 0x00000002u, 0x00040047u, 0x0000047eu,
    0x00000022u, 0x00000000u, 0x00040047u, 0x0000047eu, 0x00000021u, 0x00000002u, 0x00040047u, 0x00000490u, 0x00000001u, 0x00000000u,
    0x00040047u, 0x00000491u, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u,
    0x00000006u, 0x00000020u, 0x00040020u, 0x00000007u, 0x00000007u, 0x00000006u, 0x00040015u, 0x0000000cu, 0x00000020u, 0x00000000u,
    0x00040015u, 0x0000001cu, 0x00000020u, 0x00000001u, 0x00040017u, 0x0000002bu, 0x00000006u, 0x00000004u, 0x0004002bu, 0x0000000cu,
    0x00000037u, 0x00000002u, 0x0004002bu, 0x0000000cu, 0x00000038u, 0x00000108u, 0x00040032u, 0x0000000cu, 0x00000039u, 0x00000040u,
    0x0004001cu, 0x0000003au, 0x00000006u, 0x00000039u, 0x00040020u, 0x0000003bu, 0x00000004u, 0x0000003au, 0x0004003bu, 0x0000003bu,
    0x0000003cu, 0x00000004u, 0x00040017u, 0x0000003du, 0x0000000cu, 0x00000003u, 0x00040020u, 0x0000003eu, 0x00000001u, 0x0000003du,
    0x0004003bu, 0x0000003eu, 0x0000003fu, 0x00000001u, 0x0004002bu, 0x0000000cu, 0x00000040u, 0x00000000u, 0x00040020u, 0x00000041u,
    0x00000001u, 0x0000000cu, 0x00040020u, 0x00000045u, 0x00000004u, 0x00000006u, 0x00060034u, 0x0000000cu, 0x00000048u, 0x00000086u,
    0x00000039u, 0x00000037u, 0x00020014u, 0x0000004fu, 0x0004002bu, 0x0000001cu, 0x00000063u, 0x00000001u, 0x0004002bu, 0x0000001cu,
    0x00000067u, 0x00000000u, 0x0003001du, 0x0000006du, 0x0000000cu, 0x0003001eu, 0x0000006eu, 0x0000006du, 0x00040020u, 0x0000006fu,
    0x0000000cu, 0x0000006eu, 0x0004003bu, 0x0000006fu, 0x00000070u, 0x0000000cu, 0x0004002bu, 0x0000001cu, 0x00000072u, 0x00000002u,
    0x00040020u, 0x00000074u, 0x0000000cu, 0x0000000cu, 0x0004002bu, 0x0000000cu, 0x00000078u, 0x00000003u, 0x0004002bu, 0x0000000cu,
    0x0000007au, 0x00000008u, 0x0004002bu, 0x0000000cu, 0x0000007du, 0x000000ffu, 0x0004002bu, 0x0000000cu, 0x00000089u, 0x0000ffffu,
    0x0004002bu, 0x0000001cu, 0x00000094u, 0x00000010u, 0x00040017u, 0x0000009cu, 0x00000006u, 0x00000002u, 0x0004002bu, 0x0000001cu,
    0x000000a2u, 0x00000018u, 0x00040032u, 0x0000000cu, 0x000000a8u, 0x00000000u, 0x0004002bu, 0x0000000cu, 0x000000b5u, 0x00000004u,
    0x0004002bu, 0x0000000cu, 0x000000bcu, 0x00000020u, 0x0004002bu, 0x0000000cu, 0x000000beu, 0x00000012u, 0x0004002bu, 0x0000000cu,
    0x000000c3u, 0x00000014u, 0x0004002bu, 0x0000000cu, 0x000000c8u, 0x00000016u, 0x0004002bu, 0x0000000cu, 0x000000cdu, 0x00000018u,
    0x0004002bu, 0x0000000cu, 0x000000d2u, 0x00000022u, 0x0004002bu, 0x0000000cu, 0x000000d6u, 0x00000100u, 0x0004002bu, 0x0000000cu,
    0x000000d8u, 0x00000090u, 0x0004002bu, 0x0000000cu, 0x000000ddu, 0x000000b0u, 0x0004002bu, 0x0000000cu, 0x000000e2u, 0x000000d2u,
    0x0004002bu, 0x0000000cu, 0x000000f1u, 0x0000003fu, 0x0004002bu, 0x0000000cu, 0x00000103u, 0x0000000fu, 0x0004002bu, 0x0000001cu,
    0x0000010bu, 0x00000006u, 0x0004002bu, 0x0000001cu, 0x0000010du, 0x00000004u, 0x00060034u, 0x0000004fu, 0x00000124u, 0x000000aau,
    0x000000a8u, 0x00000040u, 0x0004002bu, 0x0000000cu, 0x00000134u, 0x00000001u, 0x00060034u, 0x0000004fu, 0x00000146u, 0x000000aau,
    0x000000a8u, 0x00000134u, 0x0004002bu, 0x0000000cu, 0x0000014du, 0x00000010u, 0x0004002bu, 0x0000000cu, 0x00000163u, 0x0000001eu,
    0x00060034u, 0x0000004fu, 0x00000164u, 0x000000aau, 0x000000a8u, 0x00000163u, 0x0004002bu, 0x0000000cu, 0x0000017du, 0xffff0000u,
    0x00060034u, 0x0000004fu, 0x00000189u, 0x000000aau, 0x000000a8u, 0x0000007au, 0x0004002bu, 0x0000001cu, 0x000001a1u, 0x00000008u,
    0x00060034u, 0x0000004fu, 0x000001b6u, 0x000000aau, 0x000000a8u, 0x00000037u, 0x00060034u, 0x0000004fu, 0x000001b7u, 0x000000aau,
    0x000000a8u, 0x000000c3u, 0x00060034u, 0x0000004fu, 0x000001b8u, 0x000000a6u, 0x000001b6u, 0x000001b7u, 0x00060034u, 0x0000004fu,
    0x000001b9u, 0x000000aau, 0x000000a8u, 0x00000078u, 0x00060034u, 0x0000004fu, 0x000001bau, 0x000000a6u, 0x000001b8u, 0x000001b9u,
    0x00060034u, 0x0000004fu, 0x000001bfu, 0x000000aau, 0x000000a8u, 0x00000078u, 0x00040017u, 0x000001d5u, 0x0000000cu, 0x00000004u,
    0x00060034u, 0x0000004fu, 0x000001e8u, 0x000000aau, 0x000000a8u, 0x000000c3u, 0x0004001cu, 0x000001ecu, 0x00000006u, 0x0000014du,
    0x0004002bu, 0x00000006u, 0x000001edu, 0xc2fe0000u, 0x0004002bu, 0x00000006u, 0x000001eeu, 0xc2d00000u, 0x0004002bu, 0x00000006u,
    0x000001efu, 0xc2a60000u, 0x0004002bu, 0x00000006u, 0x000001f0u, 0xc2820000u, 0x0004002bu, 0x00000006u, 0x000001f1u, 0xc2440000u,
    0x0004002bu, 0x00000006u, 0x000001f2u, 0xc20c0000u, 0x0004002bu, 0x00000006u, 0x000001f3u, 0xc1b00000u, 0x0004002bu, 0x00000006u,
    0x000001f4u, 0xc1200000u, 0x0004002bu, 0x00000006u, 0x000001f5u, 0x3f800000u, 0x0004002bu, 0x00000006u, 0x000001f6u, 0x41500000u,
    0x0004002bu, 0x00000006u, 0x000001f7u, 0x41c80000u, 0x0004002bu, 0x00000006u, 0x000001f8u, 0x42180000u, 0x0004002bu, 0x00000006u,
    0x000001f9u, 0x42540000u, 0x0004002bu, 0x00000006u, 0x000001fau, 0x428a0000u, 0x0004002bu, 0x00000006u, 0x000001fbu, 0x42b20000u,
    0x0004002bu, 0x00000006u, 0x000001fcu, 0x42e20000u, 0x0013002cu, 0x000001ecu, 0x000001fdu, 0x000001edu, 0x000001eeu, 0x000001efu,
    0x000001f0u, 0x000001f1u, 0x000001f2u, 0x000001f3u, 0x000001f4u, 0x000001f5u, 0x000001f6u, 0x000001f7u, 0x000001f8u, 0x000001f9u,
    0x000001fau, 0x000001fbu, 0x000001fcu, 0x00040020u, 0x00000200u, 0x00000007u, 0x000001ecu, 0x0004002bu, 0x00000006u, 0x00000227u,
    0x41000000u, 0x0004002bu, 0x0000000cu, 0x0000022du, 0x00000006u, 0x00060034u, 0x0000004fu, 0x0000022eu, 0x000000aau, 0x000000a8u,
    0x0000022du, 0x0004002bu, 0x0000000cu, 0x0000022fu, 0x00000007u, 0x00060034u, 0x0000004fu, 0x00000230u, 0x000000aau, 0x000000a8u,
    0x0000022fu, 0x00060034u, 0x0000004fu, 0x00000231u, 0x000000a6u, 0x0000022eu, 0x00000230u, 0x00060034u, 0x0000004fu, 0x00000235u,
    0x000000aau, 0x000000a8u, 0x0000022fu, 0x00040020u, 0x00000254u, 0x00000007u, 0x0000002bu, 0x0004002bu, 0x0000001cu, 0x00000268u,
    0x00000003u, 0x00040017u, 0x0000026du, 0x0000001cu, 0x00000004u, 0x0004002bu, 0x00000006u, 0x00000286u, 0x41800000u, 0x0004002bu,
    0x0000000cu, 0x0000028du, 0x0000000cu, 0x00060034u, 0x0000004fu, 0x0000028eu, 0x000000aau, 0x000000a8u, 0x0000028du, 0x0004002bu,
    0x0000000cu, 0x0000028fu, 0x0000000du, 0x00060034u, 0x0000004fu, 0x00000290u, 0x000000aau, 0x000000a8u, 0x0000028fu, 0x00060034u,
    0x0000004fu, 0x00000291u, 0x000000a6u, 0x0000028eu, 0x00000290u, 0x00060034u, 0x0000004fu, 0x00000295u, 0x000000aau, 0x000000a8u,
    0x0000028fu, 0x0004002bu, 0x0000000cu, 0x000002b0u, 0x00000030u, 0x0004002bu, 0x0000000cu, 0x000002fau, 0x0000000eu, 0x00060034u,
    0x0000004fu, 0x000002fbu, 0x000000aau, 0x000000a8u, 0x000002fau, 0x0004002bu, 0x0000000cu, 0x00000310u, 0x00000040u, 0x0004002bu,
    0x0000000cu, 0x00000321u, 0x00000080u, 0x0004002bu, 0x0000000cu, 0x0000034au, 0x000000d0u, 0x0004002bu, 0x0000000cu, 0x0000034fu,
    0x000000c0u, 0x0004002bu, 0x00000006u, 0x00000362u, 0x42000000u, 0x0004002bu, 0x00000006u, 0x00000367u, 0x00000000u, 0x0007002cu,
    0x0000002bu, 0x00000368u, 0x00000367u, 0x00000367u, 0x00000367u, 0x00000367u, 0x000b001eu, 0x0000036cu, 0x0000000cu, 0x0000000cu,
    0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x00040020u, 0x0000036du, 0x00000009u,
    0x0000036cu, 0x0004003bu, 0x0000036du, 0x0000036eu, 0x00000009u, 0x00040020u, 0x0000036fu, 0x00000009u, 0x0000000cu, 0x0003001du,
    0x0000037au, 0x00000006u, 0x0003001eu, 0x0000037bu, 0x0000037au, 0x00040020u, 0x0000037cu, 0x0000000cu, 0x0000037bu, 0x0004003bu,
    0x0000037cu, 0x0000037du, 0x0000000cu, 0x00040020u, 0x0000037fu, 0x0000000cu, 0x00000006u, 0x0004003bu, 0x0000003eu, 0x00000392u,
    0x00000001u, 0x0004003bu, 0x0000003eu, 0x00000395u, 0x00000001u, 0x0004001cu, 0x000003bcu, 0x00000006u, 0x0000007au, 0x00040020u,
    0x000003bdu, 0x00000007u, 0x000003bcu, 0x00060034u, 0x0000000cu, 0x000003d0u, 0x00000084u, 0x00000078u, 0x00000039u, 0x0004001cu,
    0x000003dcu, 0x0000002bu, 0x000000b5u, 0x00040020u, 0x000003ddu, 0x00000007u, 0x000003dcu, 0x00060034u, 0x0000000cu, 0x0000041eu,
    0x00000084u, 0x000000b5u, 0x00000039u, 0x0004002bu, 0x0000001cu, 0x0000046bu, 0x00000005u, 0x0004002bu, 0x0000001cu, 0x00000475u,
    0x00000007u, 0x0003001du, 0x0000047bu, 0x00000006u, 0x0003001eu, 0x0000047cu, 0x0000047bu, 0x00040020u, 0x0000047du, 0x0000000cu,
    0x0000047cu, 0x0004003bu, 0x0000047du, 0x0000047eu, 0x0000000cu, 0x00040032u, 0x0000000cu, 0x00000490u, 0x00000001u, 0x00060033u,
    0x0000003du, 0x00000491u, 0x00000490u, 0x00000134u, 0x00000134u, 0x0003002au, 0x0000004fu, 0x00000494u, 0x00030029u, 0x0000004fu,
    0x00000496u, 0x00030001u, 0x0000000cu, 0x00000d35u, 0x0007002cu, 0x000001d5u, 0x00000d65u, 0x00000134u, 0x00000134u, 0x00000134u,
    0x00000134u, 0x0007002cu, 0x0000026du, 0x00000d66u, 0x0000010du, 0x0000010du, 0x0000010du, 0x0000010du, 0x0007002cu, 0x0000002bu,
    0x00000d67u, 0x00000227u, 0x00000227u, 0x00000227u, 0x00000227u, 0x0007002cu, 0x0000002bu, 0x00000d68u, 0x00000286u, 0x00000286u,
    0x00000286u, 0x00000286u, 0x0007002cu, 0x000001d5u, 0x00000d69u, 0x00000078u, 0x00000078u, 0x00000078u, 0x00000078u, 0x0007002cu,
    0x0000002bu, 0x00000d6au, 0x00000362u, 0x00000362u, 0x00000362u, 0x00000362u, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u,
    0x00000003u, 0x000200f8u, 0x00000005u, 0x0004003bu, 0x00000200u, 0x00000903u, 0x00000007u, 0x0004003bu, 0x00000200u, 0x00000904u,
    0x00000007u, 0x0004003bu, 0x00000200u, 0x00000905u, 0x00000007u, 0x0004003bu, 0x00000200u, 0x00000906u, 0x00000007u, 0x0004003bu,
    0x00000200u, 0x000004eau, 0x00000007u, 0x0004003bu, 0x00000200u, 0x000004ebu, 0x00000007u, 0x0004003bu, 0x00000200u, 0x000004ecu,
    0x00000007u, 0x0004003bu, 0x00000200u, 0x000004edu, 0x00000007u, 0x0004003bu, 0x000003bdu, 0x000003beu, 0x00000007u, 0x0004003bu,
    0x000003ddu, 0x000003deu, 0x00000007u, 0x000300f7u, 0x00000492u, 0x00000000u, 0x000300fbu, 0x00000040u, 0x00000493u, 0x000200f8u,
    0x00000493u, 0x00050041u, 0x00000041u, 0x00000393u, 0x00000392u, 0x00000040u, 0x0004003du, 0x0000000cu, 0x00000394u, 0x00000393u,
    0x00050041u, 0x00000041u, 0x00000396u, 0x00000395u, 0x00000040u, 0x0004003du, 0x0000000cu, 0x00000397u, 0x00000396u, 0x00050041u,
    0x00000041u, 0x00000398u, 0x00000392u, 0x00000037u, 0x0004003du, 0x0000000cu, 0x00000399u, 0x00000398u, 0x00050084u, 0x0000000cu,
    0x0000039au, 0x00000397u, 0x00000399u, 0x00050080u, 0x0000000cu, 0x0000039bu, 0x00000394u, 0x0000039au, 0x00050041u, 0x0000036fu,
    0x0000039du, 0x0000036eu, 0x00000063u, 0x0004003du, 0x0000000cu, 0x0000039eu, 0x0000039du, 0x000500aeu, 0x0000004fu, 0x0000039fu,
    0x0000039bu, 0x0000039eu, 0x000300f7u, 0x000003a1u, 0x00000000u, 0x000400fau, 0x0000039fu, 0x000003a0u, 0x000003a1u, 0x000200f8u,
    0x000003a0u, 0x000200f9u, 0x00000492u, 0x000200f8u, 0x000003a1u, 0x00050041u, 0x00000041u, 0x000003a4u, 0x00000392u, 0x00000134u,
    0x0004003du, 0x0000000cu, 0x000003a5u, 0x000003a4u, 0x00050084u, 0x0000000cu, 0x000003a6u, 0x000003a5u, 0x0000007au, 0x00050041u,
    0x0000036fu, 0x000003a8u, 0x0000036eu, 0x00000072u, 0x0004003du, 0x0000000cu, 0x000003a9u, 0x000003a8u, 0x00050082u, 0x0000000cu,
    0x000003abu, 0x000003a9u, 0x000003a6u, 0x0007000cu, 0x0000000cu, 0x000003acu, 0x00000001u, 0x00000026u, 0x0000007au, 0x000003abu,
    0x00050041u, 0x0000036fu, 0x000003b0u, 0x0000036eu, 0x00000067u, 0x0004003du, 0x0000000cu, 0x000003b1u, 0x000003b0u, 0x000300f7u,
    0x000004d1u, 0x00000000u, 0x000300fbu, 0x00000040u, 0x000004a7u, 0x000200f8u, 0x000004a7u, 0x000300f7u, 0x000004ceu, 0x00000000u,
    0x001b00fbu, 0x000000a8u, 0x000004ceu, 0x00000000u, 0x000004a8u, 0x00000001u, 0x000004abu, 0x0000001eu, 0x000004abu, 0x00000002u,
    0x000004aeu, 0x00000014u, 0x000004aeu, 0x00000003u, 0x000004b2u, 0x00000006u, 0x000004b6u, 0x00000007u, 0x000004bau, 0x00000008u,
    0x000004beu, 0x0000000cu, 0x000004c2u, 0x0000000du, 0x000004c6u, 0x0000000eu, 0x000004cau, 0x000200f8u, 0x000004a8u, 0x00050084u,
    0x0000000cu, 0x000004aau, 0x000003b1u, 0x000000b5u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004abu, 0x00050084u, 0x0000000cu,
    0x000004adu, 0x000003b1u, 0x00000037u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004aeu, 0x00050086u, 0x0000000cu, 0x000004b0u,
    0x000003b1u, 0x000000bcu, 0x00050084u, 0x0000000cu, 0x000004b1u, 0x000004b0u, 0x000000beu, 0x000200f9u, 0x000004ceu, 0x000200f8u,
    0x000004b2u, 0x00050086u, 0x0000000cu, 0x000004b4u, 0x000003b1u, 0x000000bcu, 0x00050084u, 0x0000000cu, 0x000004b5u, 0x000004b4u,
    0x000000c3u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004b6u, 0x00050086u, 0x0000000cu, 0x000004b8u, 0x000003b1u, 0x000000bcu,
    0x00050084u, 0x0000000cu, 0x000004b9u, 0x000004b8u, 0x000000c8u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004bau, 0x00050086u,
    0x0000000cu, 0x000004bcu, 0x000003b1u, 0x000000bcu, 0x00050084u, 0x0000000cu, 0x000004bdu, 0x000004bcu, 0x000000cdu, 0x000200f9u,
    0x000004ceu, 0x000200f8u, 0x000004beu, 0x00050086u, 0x0000000cu, 0x000004c0u, 0x000003b1u, 0x000000bcu, 0x00050084u, 0x0000000cu,
    0x000004c1u, 0x000004c0u, 0x000000d2u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004c2u, 0x00050086u, 0x0000000cu, 0x000004c4u,
    0x000003b1u, 0x000000d6u, 0x00050084u, 0x0000000cu, 0x000004c5u, 0x000004c4u, 0x000000d8u, 0x000200f9u, 0x000004ceu, 0x000200f8u,
    0x000004c6u, 0x00050086u, 0x0000000cu, 0x000004c8u, 0x000003b1u, 0x000000d6u, 0x00050084u, 0x0000000cu, 0x000004c9u, 0x000004c8u,
    0x000000ddu, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004cau, 0x00050086u, 0x0000000cu, 0x000004ccu, 0x000003b1u, 0x000000d6u,
    0x00050084u, 0x0000000cu, 0x000004cdu, 0x000004ccu, 0x000000e2u, 0x000200f9u, 0x000004ceu, 0x000200f8u, 0x000004ceu, 0x001900f5u,
    0x0000000cu, 0x00000d34u, 0x00000d35u, 0x000004a7u, 0x000004aau, 0x000004a8u, 0x000004adu, 0x000004abu, 0x000004b1u, 0x000004aeu,
    0x000004b5u, 0x000004b2u, 0x000004b9u, 0x000004b6u, 0x000004bdu, 0x000004bau, 0x000004c1u, 0x000004beu, 0x000004c5u, 0x000004c2u,
    0x000004c9u, 0x000004c6u, 0x000004cdu, 0x000004cau, 0x001900f5u, 0x0000004fu, 0x00000d32u, 0x00000494u, 0x000004a7u, 0x00000496u,
    0x000004a8u, 0x00000496u, 0x000004abu, 0x00000496u, 0x000004aeu, 0x00000496u, 0x000004b2u, 0x00000496u, 0x000004b6u, 0x00000496u,
    0x000004bau, 0x00000496u, 0x000004beu, 0x00000496u, 0x000004c2u, 0x00000496u, 0x000004c6u, 0x00000496u, 0x000004cau, 0x000300f7u,
    0x000004d0u, 0x00000000u, 0x000400fau, 0x00000d32u, 0x000004d1u, 0x000004d0u, 0x000200f8u, 0x000004d0u, 0x000200f9u, 0x000004d1u,
    0x000200f8u, 0x000004d1u, 0x000700f5u, 0x0000000cu, 0x00000d33u, 0x00000d34u, 0x000004ceu, 0x00000040u, 0x000004d0u, 0x00050084u,
    0x0000000cu, 0x000003b3u, 0x0000039bu, 0x00000d33u, 0x000200f9u, 0x000003b5u, 0x000200f8u, 0x000003b5u, 0x000700f5u, 0x0000000cu,
    0x00000d36u, 0x00000040u, 0x000004d1u, 0x000003c2u, 0x000003b6u, 0x000500b0u, 0x0000004fu, 0x000003bbu, 0x00000d36u, 0x0000007au,
    0x000400f6u, 0x000003b7u, 0x000003b6u, 0x00000000u, 0x000400fau, 0x000003bbu, 0x000003b6u, 0x000003b7u, 0x000200f8u, 0x000003b6u,
    0x00050041u, 0x00000007u, 0x000003c0u, 0x000003beu, 0x00000d36u, 0x0003003eu, 0x000003c0u, 0x00000367u, 0x00050080u, 0x0000000cu,
    0x000003c2u, 0x00000d36u, 0x00000063u, 0x000200f9u, 0x000003b5u, 0x000200f8u, 0x000003b7u, 0x00050086u, 0x0000000cu, 0x000003c6u,
    0x000003b1u, 0x000000b5u, 0x00050041u, 0x00000041u, 0x000003c8u, 0x0000003fu, 0x00000040u, 0x0004003du, 0x0000000cu, 0x000003c9u,
    0x000003c8u, 0x000200f9u, 0x000003cau, 0x000200f8u, 0x000003cau, 0x000700f5u, 0x0000000cu, 0x00000d37u, 0x000003c9u, 0x000003b7u,
    0x00000420u, 0x000003cdu, 0x00050080u, 0x0000000cu, 0x000003d1u, 0x00000d37u, 0x000003d0u, 0x000500b0u, 0x0000004fu, 0x000003d3u,
    0x000003d1u, 0x000003c6u, 0x000400f6u, 0x000003ccu, 0x000003cdu, 0x00000000u, 0x000400fau, 0x000003d3u, 0x000003cbu, 0x000003ccu,
    0x000200f8u, 0x000003cbu, 0x000200f9u, 0x000003d5u, 0x000200f8u, 0x000003d5u, 0x000700f5u, 0x0000000cu, 0x00000d4du, 0x00000040u,
    0x000003cbu, 0x000003f1u, 0x000003d8u, 0x000500b0u, 0x0000004fu, 0x000003dbu, 0x00000d4du, 0x000000b5u, 0x000400f6u, 0x000003d7u,
    0x000003d8u, 0x00000000u, 0x000400fau, 0x000003dbu, 0x000003d6u, 0x000003d7u, 0x000200f8u, 0x000003d6u, 0x00050084u, 0x0000000cu,
    0x000003e2u, 0x00000d4du, 0x00000039u, 0x00050080u, 0x0000000cu, 0x000003e3u, 0x00000d37u, 0x000003e2u, 0x000500c2u, 0x0000000cu,
    0x000003e4u, 0x000003e3u, 0x00000268u, 0x000500c7u, 0x0000000cu, 0x000003e9u, 0x000003e3u, 0x0000022fu, 0x000300f7u, 0x000006d5u,
    0x00000000u, 0x000300fbu, 0x00000040u, 0x00000517u, 0x000200f8u, 0x00000517u, 0x00050084u, 0x0000000cu, 0x00000519u, 0x000000b5u,
    0x000003e9u, 0x000300f7u, 0x000006d4u, 0x00000000u, 0x000400fau, 0x00000124u, 0x0000051au, 0x00000536u, 0x000200f8u, 0x0000051au,
    0x00050086u, 0x0000000cu, 0x0000051cu, 0x000003b3u, 0x000000b5u, 0x00050084u, 0x0000000cu, 0x0000051eu, 0x000003e4u, 0x000000bcu,
    0x00050080u, 0x0000000cu, 0x0000051fu, 0x0000051cu, 0x0000051eu, 0x00050080u, 0x0000000cu, 0x00000521u, 0x0000051fu, 0x00000519u,
    0x00060041u, 0x00000074u, 0x00000523u, 0x00000070u, 0x00000067u, 0x00000521u, 0x0004003du, 0x0000000cu, 0x00000524u, 0x00000523u,
    0x0004007cu, 0x00000006u, 0x00000525u, 0x00000524u, 0x00050080u, 0x0000000cu, 0x00000527u, 0x00000521u, 0x00000134u, 0x00060041u,
    0x00000074u, 0x00000528u, 0x00000070u, 0x00000067u, 0x00000527u, 0x0004003du, 0x0000000cu, 0x00000529u, 0x00000528u, 0x0004007cu,
    0x00000006u, 0x0000052au, 0x00000529u, 0x00050080u, 0x0000000cu, 0x0000052cu, 0x00000521u, 0x00000037u, 0x00060041u, 0x00000074u,
    0x0000052du, 0x00000070u, 0x00000067u, 0x0000052cu, 0x0004003du, 0x0000000cu, 0x0000052eu, 0x0000052du, 0x0004007cu, 0x00000006u,
    0x0000052fu, 0x0000052eu, 0x00050080u, 0x0000000cu, 0x00000531u, 0x00000521u, 0x00000078u, 0x00060041u, 0x00000074u, 0x00000532u,
    0x00000070u, 0x00000067u, 0x00000531u, 0x0004003du, 0x0000000cu, 0x00000533u, 0x00000532u, 0x0004007cu, 0x00000006u, 0x00000534u,
    0x00000533u, 0x00070050u, 0x0000002bu, 0x00000535u, 0x00000525u, 0x0000052au, 0x0000052fu, 0x00000534u, 0x000200f9u, 0x000006d5u,
    0x000200f8u, 0x00000536u, 0x000300f7u, 0x000006d3u, 0x00000000u, 0x000400fau, 0x00000146u, 0x00000537u, 0x0000054eu, 0x000200f8u,
    0x00000537u, 0x00050086u, 0x0000000cu, 0x00000539u, 0x000003b3u, 0x000000b5u, 0x00050084u, 0x0000000cu, 0x0000053bu, 0x000003e4u,
    0x0000014du, 0x00050080u, 0x0000000cu, 0x0000053cu, 0x00000539u, 0x0000053bu, 0x00050084u, 0x0000000cu, 0x0000053eu, 0x00000037u,
    0x000003e9u, 0x00050080u, 0x0000000cu, 0x0000053fu, 0x0000053cu, 0x0000053eu, 0x00060041u, 0x00000074u, 0x00000541u, 0x00000070u,
    0x00000067u, 0x0000053fu, 0x0004003du, 0x0000000cu, 0x00000542u, 0x00000541u, 0x0006000cu, 0x0000009cu, 0x00000543u, 0x00000001u,
    0x0000003eu, 0x00000542u, 0x00050080u, 0x0000000cu, 0x00000545u, 0x0000053fu, 0x00000134u, 0x00060041u, 0x00000074u, 0x00000546u,
    0x00000070u, 0x00000067u, 0x00000545u, 0x0004003du, 0x0000000cu, 0x00000547u, 0x00000546u, 0x0006000cu, 0x0000009cu, 0x00000548u,
    0x00000001u, 0x0000003eu, 0x00000547u, 0x00050051u, 0x00000006u, 0x00000549u, 0x00000543u, 0x00000000u, 0x00050051u, 0x00000006u,
    0x0000054au, 0x00000543u, 0x00000001u, 0x00050051u, 0x00000006u, 0x0000054bu, 0x00000548u, 0x00000000u, 0x00050051u, 0x00000006u,
    0x0000054cu, 0x00000548u, 0x00000001u, 0x00070050u, 0x0000002bu, 0x0000054du, 0x00000549u, 0x0000054au, 0x0000054bu, 0x0000054cu,
    0x000200f9u, 0x000006d5u, 0x000200f8u, 0x0000054eu, 0x000300f7u, 0x000006d2u, 0x00000000u, 0x000400fau, 0x00000164u, 0x0000054fu,
    0x0000056cu, 0x000200f8u, 0x0000054fu, 0x00050086u, 0x0000000cu, 0x00000551u, 0x000003b3u, 0x000000b5u, 0x00050084u, 0x0000000cu,
    0x00000553u, 0x000003e4u, 0x0000014du, 0x00050080u, 0x0000000cu, 0x00000554u, 0x00000551u, 0x00000553u, 0x00050084u, 0x0000000cu,
    0x00000556u, 0x00000037u, 0x000003e9u, 0x00050080u, 0x0000000cu, 0x00000557u, 0x00000554u, 0x00000556u, 0x00060041u, 0x00000074u,
    0x00000559u, 0x00000070u, 0x00000067u, 0x00000557u, 0x0004003du, 0x0000000cu, 0x0000055au, 0x00000559u, 0x00050080u, 0x0000000cu,
    0x0000055cu, 0x00000557u, 0x00000134u, 0x00060041u, 0x00000074u, 0x0000055du, 0x00000070u, 0x00000067u, 0x0000055cu, 0x0004003du,
    0x0000000cu, 0x0000055eu, 0x0000055du, 0x000500c4u, 0x0000000cu, 0x00000560u, 0x0000055au, 0x00000094u, 0x0004007cu, 0x00000006u,
    0x00000561u, 0x00000560u, 0x000500c7u, 0x0000000cu, 0x00000563u, 0x0000055au, 0x0000017du, 0x0004007cu, 0x00000006u, 0x00000564u,
    0x00000563u, 0x000500c4u, 0x0000000cu, 0x00000566u, 0x0000055eu, 0x00000094u, 0x0004007cu, 0x00000006u, 0x00000567u, 0x00000566u,
    0x000500c7u, 0x0000000cu, 0x00000569u, 0x0000055eu, 0x0000017du, 0x0004007cu, 0x00000006u, 0x0000056au, 0x00000569u, 0x00070050u,
    0x0000002bu, 0x0000056bu, 0x00000561u, 0x00000564u, 0x00000567u, 0x0000056au, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x0000056cu,
    0x000300f7u, 0x000006d1u, 0x00000000u, 0x000400fau, 0x00000189u, 0x0000056du, 0x0000058du, 0x000200f8u, 0x0000056du, 0x00050084u,
    0x0000000cu, 0x00000570u, 0x000003e4u, 0x000000d2u, 0x00050080u, 0x0000000cu, 0x00000571u, 0x000003b3u, 0x00000570u, 0x00050080u,
    0x0000000cu, 0x00000573u, 0x00000571u, 0x00000037u, 0x00050080u, 0x0000000cu, 0x00000575u, 0x00000573u, 0x00000519u, 0x000500c2u,
    0x0000000cu, 0x000006e5u, 0x00000575u, 0x00000072u, 0x00060041u, 0x00000074u, 0x000006e6u, 0x00000070u, 0x00000067u, 0x000006e5u,
    0x0004003du, 0x0000000cu, 0x000006e7u, 0x000006e6u, 0x000500c7u, 0x0000000cu, 0x000006e9u, 0x00000575u, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x000006eau, 0x000006e9u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x000006ebu, 0x000006e7u, 0x000006eau, 0x000500c7u,
    0x0000000cu, 0x000006ecu, 0x000006ebu, 0x00000089u, 0x00050080u, 0x0000000cu, 0x000006deu, 0x00000575u, 0x00000037u, 0x000500c2u,
    0x0000000cu, 0x000006f0u, 0x000006deu, 0x00000072u, 0x00060041u, 0x00000074u, 0x000006f1u, 0x00000070u, 0x00000067u, 0x000006f0u,
    0x0004003du, 0x0000000cu, 0x000006f2u, 0x000006f1u, 0x000500c7u, 0x0000000cu, 0x000006f4u, 0x000006deu, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x000006f5u, 0x000006f4u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x000006f6u, 0x000006f2u, 0x000006f5u, 0x000500c7u,
    0x0000000cu, 0x000006f7u, 0x000006f6u, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x000006e0u, 0x000006f7u, 0x00000094u, 0x000500c5u,
    0x0000000cu, 0x000006e1u, 0x000006ecu, 0x000006e0u, 0x000500c2u, 0x0000000cu, 0x00000702u, 0x00000571u, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000703u, 0x00000070u, 0x00000067u, 0x00000702u, 0x0004003du, 0x0000000cu, 0x00000704u, 0x00000703u, 0x000500c7u,
    0x0000000cu, 0x00000706u, 0x00000571u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000707u, 0x00000706u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000708u, 0x00000704u, 0x00000707u, 0x000500c7u, 0x0000000cu, 0x00000709u, 0x00000708u, 0x00000089u, 0x0006000cu,
    0x0000009cu, 0x000006fdu, 0x00000001u, 0x0000003eu, 0x00000709u, 0x00050051u, 0x00000006u, 0x000006feu, 0x000006fdu, 0x00000000u,
    0x000500c7u, 0x0000000cu, 0x0000057au, 0x000006e1u, 0x0000007du, 0x000500c4u, 0x0000000cu, 0x0000070eu, 0x0000057au, 0x000000a2u,
    0x0004007cu, 0x0000001cu, 0x0000070fu, 0x0000070eu, 0x000500c3u, 0x0000001cu, 0x00000710u, 0x0000070fu, 0x000000a2u, 0x0004006fu,
    0x00000006u, 0x0000057cu, 0x00000710u, 0x000500c2u, 0x0000000cu, 0x0000057eu, 0x000006e1u, 0x000001a1u, 0x000500c7u, 0x0000000cu,
    0x0000057fu, 0x0000057eu, 0x0000007du, 0x000500c4u, 0x0000000cu, 0x00000714u, 0x0000057fu, 0x000000a2u, 0x0004007cu, 0x0000001cu,
    0x00000715u, 0x00000714u, 0x000500c3u, 0x0000001cu, 0x00000716u, 0x00000715u, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x00000581u,
    0x00000716u, 0x000500c2u, 0x0000000cu, 0x00000583u, 0x000006e1u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x00000584u, 0x00000583u,
    0x0000007du, 0x000500c4u, 0x0000000cu, 0x0000071au, 0x00000584u, 0x000000a2u, 0x0004007cu, 0x0000001cu, 0x0000071bu, 0x0000071au,
    0x000500c3u, 0x0000001cu, 0x0000071cu, 0x0000071bu, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x00000586u, 0x0000071cu, 0x000500c2u,
    0x0000000cu, 0x00000588u, 0x000006e1u, 0x000000a2u, 0x000500c4u, 0x0000000cu, 0x00000720u, 0x00000588u, 0x000000a2u, 0x0004007cu,
    0x0000001cu, 0x00000721u, 0x00000720u, 0x000500c3u, 0x0000001cu, 0x00000722u, 0x00000721u, 0x000000a2u, 0x0004006fu, 0x00000006u,
    0x0000058au, 0x00000722u, 0x00070050u, 0x0000002bu, 0x0000058bu, 0x0000057cu, 0x00000581u, 0x00000586u, 0x0000058au, 0x0005008eu,
    0x0000002bu, 0x0000058cu, 0x0000058bu, 0x000006feu, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x0000058du, 0x000300f7u, 0x000006d0u,
    0x00000000u, 0x000400fau, 0x000001bau, 0x0000058eu, 0x000005d6u, 0x000200f8u, 0x0000058eu, 0x000600a9u, 0x0000000cu, 0x00000592u,
    0x000001bfu, 0x000000c3u, 0x000000beu, 0x00050084u, 0x0000000cu, 0x00000593u, 0x000003e4u, 0x00000592u, 0x00050080u, 0x0000000cu,
    0x00000594u, 0x000003b3u, 0x00000593u, 0x000600a9u, 0x0000000cu, 0x00000597u, 0x000001bfu, 0x000000b5u, 0x00000037u, 0x00050080u,
    0x0000000cu, 0x00000598u, 0x00000594u, 0x00000597u, 0x000500c7u, 0x0000000cu, 0x0000059au, 0x00000519u, 0x00000103u, 0x00050080u,
    0x0000000cu, 0x0000059bu, 0x00000598u, 0x0000059au, 0x000500c2u, 0x0000000cu, 0x00000731u, 0x0000059bu, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000732u, 0x00000070u, 0x00000067u, 0x00000731u, 0x0004003du, 0x0000000cu, 0x00000733u, 0x00000732u, 0x000500c7u,
    0x0000000cu, 0x00000735u, 0x0000059bu, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000736u, 0x00000735u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000737u, 0x00000733u, 0x00000736u, 0x000500c7u, 0x0000000cu, 0x00000738u, 0x00000737u, 0x00000089u, 0x00050080u,
    0x0000000cu, 0x0000072au, 0x0000059bu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x0000073cu, 0x0000072au, 0x00000072u, 0x00060041u,
    0x00000074u, 0x0000073du, 0x00000070u, 0x00000067u, 0x0000073cu, 0x0004003du, 0x0000000cu, 0x0000073eu, 0x0000073du, 0x000500c7u,
    0x0000000cu, 0x00000740u, 0x0000072au, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000741u, 0x00000740u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000742u, 0x0000073eu, 0x00000741u, 0x000500c7u, 0x0000000cu, 0x00000743u, 0x00000742u, 0x00000089u, 0x000500c4u,
    0x0000000cu, 0x0000072cu, 0x00000743u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x0000072du, 0x00000738u, 0x0000072cu, 0x000500c7u,
    0x0000000cu, 0x0000059eu, 0x00000519u, 0x0000014du, 0x00050086u, 0x0000000cu, 0x0000059fu, 0x0000059eu, 0x000000b5u, 0x000500c2u,
    0x0000000cu, 0x000005a0u, 0x0000072du, 0x0000059fu, 0x000500c7u, 0x0000000cu, 0x000005a2u, 0x000005a0u, 0x00000103u, 0x000500c2u,
    0x0000000cu, 0x000005a4u, 0x000005a0u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x000005a5u, 0x000005a4u, 0x00000103u, 0x000500c2u,
    0x0000000cu, 0x000005a7u, 0x000005a0u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x000005a8u, 0x000005a7u, 0x00000103u, 0x000500c2u,
    0x0000000cu, 0x000005aau, 0x000005a0u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x000005abu, 0x000005aau, 0x00000103u, 0x00070050u,
    0x000001d5u, 0x000005acu, 0x000005a2u, 0x000005a5u, 0x000005a8u, 0x000005abu, 0x000500c2u, 0x0000000cu, 0x0000074eu, 0x00000594u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x0000074fu, 0x00000070u, 0x00000067u, 0x0000074eu, 0x0004003du, 0x0000000cu, 0x00000750u,
    0x0000074fu, 0x000500c7u, 0x0000000cu, 0x00000752u, 0x00000594u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000753u, 0x00000752u,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000754u, 0x00000750u, 0x00000753u, 0x000500c7u, 0x0000000cu, 0x00000755u, 0x00000754u,
    0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000749u, 0x00000001u, 0x0000003eu, 0x00000755u, 0x00050051u, 0x00000006u, 0x0000074au,
    0x00000749u, 0x00000000u, 0x000300f7u, 0x000005c3u, 0x00000000u, 0x000400fau, 0x000001e8u, 0x000005afu, 0x000005c3u, 0x000200f8u,
    0x000005afu, 0x0003003eu, 0x000004eau, 0x000001fdu, 0x00050041u, 0x00000007u, 0x000005b3u, 0x000004eau, 0x000005a2u, 0x0004003du,
    0x00000006u, 0x000005b4u, 0x000005b3u, 0x0003003eu, 0x000004ebu, 0x000001fdu, 0x00050041u, 0x00000007u, 0x000005b7u, 0x000004ebu,
    0x000005a5u, 0x0004003du, 0x00000006u, 0x000005b8u, 0x000005b7u, 0x0003003eu, 0x000004ecu, 0x000001fdu, 0x00050041u, 0x00000007u,
    0x000005bbu, 0x000004ecu, 0x000005a8u, 0x0004003du, 0x00000006u, 0x000005bcu, 0x000005bbu, 0x0003003eu, 0x000004edu, 0x000001fdu,
    0x00050041u, 0x00000007u, 0x000005bfu, 0x000004edu, 0x000005abu, 0x0004003du, 0x00000006u, 0x000005c0u, 0x000005bfu, 0x00070050u,
    0x0000002bu, 0x000005c1u, 0x000005b4u, 0x000005b8u, 0x000005bcu, 0x000005c0u, 0x0005008eu, 0x0000002bu, 0x000005c2u, 0x000005c1u,
    0x0000074au, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x000005c3u, 0x000300f7u, 0x000005cfu, 0x00000000u, 0x000400fau, 0x000001bfu,
    0x000005c5u, 0x000005cfu, 0x000200f8u, 0x000005c5u, 0x00040070u, 0x0000002bu, 0x000005c8u, 0x000005acu, 0x0005008eu, 0x0000002bu,
    0x000005c9u, 0x000005c8u, 0x0000074au, 0x00050080u, 0x0000000cu, 0x000005cbu, 0x00000594u, 0x00000037u, 0x000500c2u, 0x0000000cu,
    0x00000760u, 0x000005cbu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000761u, 0x00000070u, 0x00000067u, 0x00000760u, 0x0004003du,
    0x0000000cu, 0x00000762u, 0x00000761u, 0x000500c7u, 0x0000000cu, 0x00000764u, 0x000005cbu, 0x00000037u, 0x00050084u, 0x0000000cu,
    0x00000765u, 0x00000764u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000766u, 0x00000762u, 0x00000765u, 0x000500c7u, 0x0000000cu,
    0x00000767u, 0x00000766u, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x0000075bu, 0x00000001u, 0x0000003eu, 0x00000767u, 0x00050051u,
    0x00000006u, 0x0000075cu, 0x0000075bu, 0x00000000u, 0x00070050u, 0x0000002bu, 0x000005cdu, 0x0000075cu, 0x0000075cu, 0x0000075cu,
    0x0000075cu, 0x00050081u, 0x0000002bu, 0x000005ceu, 0x000005c9u, 0x000005cdu, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x000005cfu,
    0x00040070u, 0x0000002bu, 0x000005d2u, 0x000005acu, 0x00050083u, 0x0000002bu, 0x000005d4u, 0x000005d2u, 0x00000d67u, 0x0005008eu,
    0x0000002bu, 0x000005d5u, 0x000005d4u, 0x0000074au, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x000005d6u, 0x000300f7u, 0x000006cfu,
    0x00000000u, 0x000400fau, 0x00000231u, 0x000005d7u, 0x0000061fu, 0x000200f8u, 0x000005d7u, 0x000600a9u, 0x0000000cu, 0x000005dbu,
    0x00000235u, 0x000000cdu, 0x000000c8u, 0x00050084u, 0x0000000cu, 0x000005dcu, 0x000003e4u, 0x000005dbu, 0x00050080u, 0x0000000cu,
    0x000005ddu, 0x000003b3u, 0x000005dcu, 0x000600a9u, 0x0000000cu, 0x000005e0u, 0x00000235u, 0x000000b5u, 0x00000037u, 0x00050080u,
    0x0000000cu, 0x000005e1u, 0x000005ddu, 0x000005e0u, 0x000500c2u, 0x0000000cu, 0x00000776u, 0x000005e1u, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000777u, 0x00000070u, 0x00000067u, 0x00000776u, 0x0004003du, 0x0000000cu, 0x00000778u, 0x00000777u, 0x000500c7u,
    0x0000000cu, 0x0000077au, 0x000005e1u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x0000077bu, 0x0000077au, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x0000077cu, 0x00000778u, 0x0000077bu, 0x000500c7u, 0x0000000cu, 0x0000077du, 0x0000077cu, 0x00000089u, 0x00050080u,
    0x0000000cu, 0x0000076fu, 0x000005e1u, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000781u, 0x0000076fu, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000782u, 0x00000070u, 0x00000067u, 0x00000781u, 0x0004003du, 0x0000000cu, 0x00000783u, 0x00000782u, 0x000500c7u,
    0x0000000cu, 0x00000785u, 0x0000076fu, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000786u, 0x00000785u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000787u, 0x00000783u, 0x00000786u, 0x000500c7u, 0x0000000cu, 0x00000788u, 0x00000787u, 0x00000089u, 0x000500c4u,
    0x0000000cu, 0x00000771u, 0x00000788u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000772u, 0x0000077du, 0x00000771u, 0x000500c2u,
    0x0000000cu, 0x000005e4u, 0x00000772u, 0x00000519u, 0x000600a9u, 0x0000000cu, 0x000005e7u, 0x00000235u, 0x0000007au, 0x0000022du,
    0x00050080u, 0x0000000cu, 0x000005e8u, 0x000005ddu, 0x000005e7u, 0x000500c7u, 0x0000000cu, 0x000005eau, 0x00000519u, 0x00000103u,
    0x00050080u, 0x0000000cu, 0x000005ebu, 0x000005e8u, 0x000005eau, 0x000500c2u, 0x0000000cu, 0x00000797u, 0x000005ebu, 0x00000072u,
    0x00060041u, 0x00000074u, 0x00000798u, 0x00000070u, 0x00000067u, 0x00000797u, 0x0004003du, 0x0000000cu, 0x00000799u, 0x00000798u,
    0x000500c7u, 0x0000000cu, 0x0000079bu, 0x000005ebu, 0x00000037u, 0x00050084u, 0x0000000cu, 0x0000079cu, 0x0000079bu, 0x0000007au,
    0x000500c2u, 0x0000000cu, 0x0000079du, 0x00000799u, 0x0000079cu, 0x000500c7u, 0x0000000cu, 0x0000079eu, 0x0000079du, 0x00000089u,
    0x00050080u, 0x0000000cu, 0x00000790u, 0x000005ebu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x000007a2u, 0x00000790u, 0x00000072u,
    0x00060041u, 0x00000074u, 0x000007a3u, 0x00000070u, 0x00000067u, 0x000007a2u, 0x0004003du, 0x0000000cu, 0x000007a4u, 0x000007a3u,
    0x000500c7u, 0x0000000cu, 0x000007a6u, 0x00000790u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x000007a7u, 0x000007a6u, 0x0000007au,
    0x000500c2u, 0x0000000cu, 0x000007a8u, 0x000007a4u, 0x000007a7u, 0x000500c7u, 0x0000000cu, 0x000007a9u, 0x000007a8u, 0x00000089u,
    0x000500c4u, 0x0000000cu, 0x00000792u, 0x000007a9u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000793u, 0x0000079eu, 0x00000792u,
    0x000500c7u, 0x0000000cu, 0x000005eeu, 0x00000519u, 0x0000014du, 0x00050086u, 0x0000000cu, 0x000005efu, 0x000005eeu, 0x000000b5u,
    0x000500c2u, 0x0000000cu, 0x000005f0u, 0x00000793u, 0x000005efu, 0x000500c7u, 0x0000000cu, 0x000005f2u, 0x000005f0u, 0x00000103u,
    0x000500c2u, 0x0000000cu, 0x000005f4u, 0x000005f0u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x000005f5u, 0x000005f4u, 0x00000103u,
    0x000500c2u, 0x0000000cu, 0x000005f7u, 0x000005f0u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x000005f8u, 0x000005f7u, 0x00000103u,
    0x000500c2u, 0x0000000cu, 0x000005fau, 0x000005f0u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x000005fbu, 0x000005fau, 0x00000103u,
    0x00070050u, 0x000001d5u, 0x000005fcu, 0x000005f2u, 0x000005f5u, 0x000005f8u, 0x000005fbu, 0x000500c2u, 0x0000000cu, 0x000005ffu,
    0x000005e4u, 0x00000063u, 0x000500c2u, 0x0000000cu, 0x00000601u, 0x000005e4u, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x00000603u,
    0x000005e4u, 0x00000268u, 0x00070050u, 0x000001d5u, 0x00000604u, 0x000005e4u, 0x000005ffu, 0x00000601u, 0x00000603u, 0x000500c7u,
    0x000001d5u, 0x00000606u, 0x00000604u, 0x00000d65u, 0x000500c4u, 0x000001d5u, 0x00000608u, 0x00000606u, 0x00000d66u, 0x000500c5u,
    0x000001d5u, 0x00000609u, 0x000005fcu, 0x00000608u, 0x00040070u, 0x0000002bu, 0x0000060au, 0x00000609u, 0x000500c2u, 0x0000000cu,
    0x000007b4u, 0x000005ddu, 0x00000072u, 0x00060041u, 0x00000074u, 0x000007b5u, 0x00000070u, 0x00000067u, 0x000007b4u, 0x0004003du,
    0x0000000cu, 0x000007b6u, 0x000007b5u, 0x000500c7u, 0x0000000cu, 0x000007b8u, 0x000005ddu, 0x00000037u, 0x00050084u, 0x0000000cu,
    0x000007b9u, 0x000007b8u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x000007bau, 0x000007b6u, 0x000007b9u, 0x000500c7u, 0x0000000cu,
    0x000007bbu, 0x000007bau, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x000007afu, 0x00000001u, 0x0000003eu, 0x000007bbu, 0x00050051u,
    0x00000006u, 0x000007b0u, 0x000007afu, 0x00000000u, 0x000300f7u, 0x0000061du, 0x00000000u, 0x000400fau, 0x00000235u, 0x0000060eu,
    0x00000617u, 0x000200f8u, 0x0000060eu, 0x0005008eu, 0x0000002bu, 0x00000611u, 0x0000060au, 0x000007b0u, 0x00050080u, 0x0000000cu,
    0x00000613u, 0x000005ddu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x000007c6u, 0x00000613u, 0x00000072u, 0x00060041u, 0x00000074u,
    0x000007c7u, 0x00000070u, 0x00000067u, 0x000007c6u, 0x0004003du, 0x0000000cu, 0x000007c8u, 0x000007c7u, 0x000500c7u, 0x0000000cu,
    0x000007cau, 0x00000613u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x000007cbu, 0x000007cau, 0x0000007au, 0x000500c2u, 0x0000000cu,
    0x000007ccu, 0x000007c8u, 0x000007cbu, 0x000500c7u, 0x0000000cu, 0x000007cdu, 0x000007ccu, 0x00000089u, 0x0006000cu, 0x0000009cu,
    0x000007c1u, 0x00000001u, 0x0000003eu, 0x000007cdu, 0x00050051u, 0x00000006u, 0x000007c2u, 0x000007c1u, 0x00000000u, 0x00070050u,
    0x0000002bu, 0x00000615u, 0x000007c2u, 0x000007c2u, 0x000007c2u, 0x000007c2u, 0x00050081u, 0x0000002bu, 0x00000616u, 0x00000611u,
    0x00000615u, 0x000200f9u, 0x0000061du, 0x000200f8u, 0x00000617u, 0x00050083u, 0x0000002bu, 0x0000061bu, 0x0000060au, 0x00000d68u,
    0x0005008eu, 0x0000002bu, 0x0000061cu, 0x0000061bu, 0x000007b0u, 0x000200f9u, 0x0000061du, 0x000200f8u, 0x0000061du, 0x000700f5u,
    0x0000002bu, 0x00000d58u, 0x00000616u, 0x0000060eu, 0x0000061cu, 0x00000617u, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x0000061fu,
    0x000300f7u, 0x000006ceu, 0x00000000u, 0x000400fau, 0x00000291u, 0x00000620u, 0x00000675u, 0x000200f8u, 0x00000620u, 0x000500c7u,
    0x0000000cu, 0x00000622u, 0x000003e4u, 0x0000022fu, 0x000500c2u, 0x0000000cu, 0x00000625u, 0x000003e4u, 0x00000268u, 0x000600a9u,
    0x0000000cu, 0x00000627u, 0x00000295u, 0x000000ddu, 0x000000d8u, 0x00050084u, 0x0000000cu, 0x00000628u, 0x00000625u, 0x00000627u,
    0x00050080u, 0x0000000cu, 0x00000629u, 0x000003b3u, 0x00000628u, 0x00050080u, 0x0000000cu, 0x0000062bu, 0x00000629u, 0x000000b5u,
    0x000500b0u, 0x0000004fu, 0x000007d6u, 0x00000622u, 0x000000b5u, 0x000300f7u, 0x00000803u, 0x00000000u, 0x000400fau, 0x000007d6u,
    0x000007d7u, 0x000007e5u, 0x000200f8u, 0x000007d7u, 0x00050080u, 0x0000000cu, 0x000007dau, 0x0000062bu, 0x00000622u, 0x000500c2u,
    0x0000000cu, 0x00000807u, 0x000007dau, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000808u, 0x00000070u, 0x00000067u, 0x00000807u,
    0x0004003du, 0x0000000cu, 0x00000809u, 0x00000808u, 0x000500c7u, 0x0000000cu, 0x0000080bu, 0x000007dau, 0x00000078u, 0x00050084u,
    0x0000000cu, 0x0000080cu, 0x0000080bu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x0000080du, 0x00000809u, 0x0000080cu, 0x000500c7u,
    0x0000000cu, 0x0000080eu, 0x0000080du, 0x0000007du, 0x000500c7u, 0x0000000cu, 0x000007dcu, 0x0000080eu, 0x000000f1u, 0x00040070u,
    0x00000006u, 0x000007ddu, 0x000007dcu, 0x00050080u, 0x0000000cu, 0x000007e1u, 0x000007dau, 0x000000b5u, 0x000500c2u, 0x0000000cu,
    0x00000812u, 0x000007e1u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000813u, 0x00000070u, 0x00000067u, 0x00000812u, 0x0004003du,
    0x0000000cu, 0x00000814u, 0x00000813u, 0x000500c7u, 0x0000000cu, 0x00000816u, 0x000007e1u, 0x00000078u, 0x00050084u, 0x0000000cu,
    0x00000817u, 0x00000816u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000818u, 0x00000814u, 0x00000817u, 0x000500c7u, 0x0000000cu,
    0x00000819u, 0x00000818u, 0x0000007du, 0x000500c7u, 0x0000000cu, 0x000007e3u, 0x00000819u, 0x000000f1u, 0x00040070u, 0x00000006u,
    0x000007e4u, 0x000007e3u, 0x000200f9u, 0x00000803u, 0x000200f8u, 0x000007e5u, 0x00050080u, 0x0000000cu, 0x000007e8u, 0x0000062bu,
    0x00000622u, 0x00050080u, 0x0000000cu, 0x000007e9u, 0x000007e8u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x0000081du, 0x000007e9u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x0000081eu, 0x00000070u, 0x00000067u, 0x0000081du, 0x0004003du, 0x0000000cu, 0x0000081fu,
    0x0000081eu, 0x000500c7u, 0x0000000cu, 0x00000821u, 0x000007e9u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000822u, 0x00000821u,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000823u, 0x0000081fu, 0x00000822u, 0x000500c7u, 0x0000000cu, 0x00000824u, 0x00000823u,
    0x0000007du, 0x000500c7u, 0x0000000cu, 0x000007ebu, 0x00000824u, 0x00000103u, 0x00050082u, 0x0000000cu, 0x000007efu, 0x000007e8u,
    0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000828u, 0x000007efu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000829u, 0x00000070u,
    0x00000067u, 0x00000828u, 0x0004003du, 0x0000000cu, 0x0000082au, 0x00000829u, 0x000500c7u, 0x0000000cu, 0x0000082cu, 0x000007efu,
    0x00000078u, 0x00050084u, 0x0000000cu, 0x0000082du, 0x0000082cu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x0000082eu, 0x0000082au,
    0x0000082du, 0x000500c7u, 0x0000000cu, 0x0000082fu, 0x0000082eu, 0x0000007du, 0x000500c2u, 0x0000000cu, 0x000007f1u, 0x0000082fu,
    0x0000010bu, 0x000500c4u, 0x0000000cu, 0x000007f2u, 0x000007f1u, 0x0000010du, 0x000500c5u, 0x0000000cu, 0x000007f3u, 0x000007ebu,
    0x000007f2u, 0x00040070u, 0x00000006u, 0x000007f4u, 0x000007f3u, 0x0004003du, 0x0000000cu, 0x00000835u, 0x0000081eu, 0x000500c2u,
    0x0000000cu, 0x00000839u, 0x00000835u, 0x00000822u, 0x000500c7u, 0x0000000cu, 0x0000083au, 0x00000839u, 0x0000007du, 0x000500c2u,
    0x0000000cu, 0x000007fau, 0x0000083au, 0x0000010du, 0x000500c2u, 0x0000000cu, 0x0000083eu, 0x000007e8u, 0x00000072u, 0x00060041u,
    0x00000074u, 0x0000083fu, 0x00000070u, 0x00000067u, 0x0000083eu, 0x0004003du, 0x0000000cu, 0x00000840u, 0x0000083fu, 0x000500c7u,
    0x0000000cu, 0x00000842u, 0x000007e8u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000843u, 0x00000842u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000844u, 0x00000840u, 0x00000843u, 0x000500c7u, 0x0000000cu, 0x00000845u, 0x00000844u, 0x0000007du, 0x000500c2u,
    0x0000000cu, 0x000007ffu, 0x00000845u, 0x0000010bu, 0x000500c4u, 0x0000000cu, 0x00000800u, 0x000007ffu, 0x0000010du, 0x000500c5u,
    0x0000000cu, 0x00000801u, 0x000007fau, 0x00000800u, 0x00040070u, 0x00000006u, 0x00000802u, 0x00000801u, 0x000200f9u, 0x00000803u,
    0x000200f8u, 0x00000803u, 0x000700f5u, 0x00000006u, 0x00000d56u, 0x000007e4u, 0x000007d7u, 0x00000802u, 0x000007e5u, 0x000700f5u,
    0x00000006u, 0x00000d55u, 0x000007ddu, 0x000007d7u, 0x000007f4u, 0x000007e5u, 0x000600a9u, 0x0000000cu, 0x00000632u, 0x00000295u,
    0x000002b0u, 0x0000014du, 0x00050080u, 0x0000000cu, 0x00000633u, 0x00000629u, 0x00000632u, 0x000500c2u, 0x0000000cu, 0x00000635u,
    0x00000622u, 0x00000063u, 0x00050084u, 0x0000000cu, 0x00000636u, 0x00000635u, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000637u,
    0x00000633u, 0x00000636u, 0x00050080u, 0x0000000cu, 0x00000639u, 0x00000637u, 0x00000519u, 0x000500c2u, 0x0000000cu, 0x0000063au,
    0x00000639u, 0x00000072u, 0x00060041u, 0x00000074u, 0x0000063bu, 0x00000070u, 0x00000067u, 0x0000063au, 0x0004003du, 0x0000000cu,
    0x0000063cu, 0x0000063bu, 0x000500c7u, 0x0000000cu, 0x0000063eu, 0x00000622u, 0x00000134u, 0x00050084u, 0x0000000cu, 0x0000063fu,
    0x0000063eu, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000640u, 0x0000063cu, 0x0000063fu, 0x000500c7u, 0x0000000cu, 0x00000642u,
    0x00000640u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000644u, 0x00000640u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x00000645u,
    0x00000644u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000647u, 0x00000640u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x00000648u,
    0x00000647u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x0000064au, 0x00000640u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x0000064bu,
    0x0000064au, 0x00000103u, 0x00070050u, 0x000001d5u, 0x0000064cu, 0x00000642u, 0x00000645u, 0x00000648u, 0x0000064bu, 0x000300f7u,
    0x00000666u, 0x00000000u, 0x000400fau, 0x00000295u, 0x0000064eu, 0x00000666u, 0x000200f8u, 0x0000064eu, 0x00050080u, 0x0000000cu,
    0x00000650u, 0x00000629u, 0x0000014du, 0x00050080u, 0x0000000cu, 0x00000652u, 0x00000650u, 0x00000519u, 0x000500c2u, 0x0000000cu,
    0x00000653u, 0x00000652u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000654u, 0x00000070u, 0x00000067u, 0x00000653u, 0x0004003du,
    0x0000000cu, 0x00000655u, 0x00000654u, 0x000500c2u, 0x0000000cu, 0x00000657u, 0x00000655u, 0x00000622u, 0x000500c2u, 0x0000000cu,
    0x0000065au, 0x00000657u, 0x000001a1u, 0x000500c2u, 0x0000000cu, 0x0000065cu, 0x00000657u, 0x00000094u, 0x000500c2u, 0x0000000cu,
    0x0000065eu, 0x00000657u, 0x000000a2u, 0x00070050u, 0x000001d5u, 0x0000065fu, 0x00000657u, 0x0000065au, 0x0000065cu, 0x0000065eu,
    0x000500c7u, 0x000001d5u, 0x00000661u, 0x0000065fu, 0x00000d65u, 0x000500c4u, 0x000001d5u, 0x00000663u, 0x00000661u, 0x00000d66u,
    0x000500c5u, 0x000001d5u, 0x00000665u, 0x0000064cu, 0x00000663u, 0x000200f9u, 0x00000666u, 0x000200f8u, 0x00000666u, 0x000700f5u,
    0x000001d5u, 0x00000d57u, 0x0000064cu, 0x00000803u, 0x00000665u, 0x0000064eu, 0x000500c2u, 0x0000000cu, 0x00000850u, 0x00000629u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x00000851u, 0x00000070u, 0x00000067u, 0x00000850u, 0x0004003du, 0x0000000cu, 0x00000852u,
    0x00000851u, 0x000500c7u, 0x0000000cu, 0x00000854u, 0x00000629u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000855u, 0x00000854u,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000856u, 0x00000852u, 0x00000855u, 0x000500c7u, 0x0000000cu, 0x00000857u, 0x00000856u,
    0x00000089u, 0x0006000cu, 0x0000009cu, 0x0000084bu, 0x00000001u, 0x0000003eu, 0x00000857u, 0x00050051u, 0x00000006u, 0x0000084cu,
    0x0000084bu, 0x00000000u, 0x00050085u, 0x00000006u, 0x0000066au, 0x0000084cu, 0x00000d55u, 0x00040070u, 0x0000002bu, 0x0000066cu,
    0x00000d57u, 0x0005008eu, 0x0000002bu, 0x0000066du, 0x0000066cu, 0x0000066au, 0x00050080u, 0x0000000cu, 0x0000066fu, 0x00000629u,
    0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000862u, 0x0000066fu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000863u, 0x00000070u,
    0x00000067u, 0x00000862u, 0x0004003du, 0x0000000cu, 0x00000864u, 0x00000863u, 0x000500c7u, 0x0000000cu, 0x00000866u, 0x0000066fu,
    0x00000037u, 0x00050084u, 0x0000000cu, 0x00000867u, 0x00000866u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000868u, 0x00000864u,
    0x00000867u, 0x000500c7u, 0x0000000cu, 0x00000869u, 0x00000868u, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x0000085du, 0x00000001u,
    0x0000003eu, 0x00000869u, 0x00050051u, 0x00000006u, 0x0000085eu, 0x0000085du, 0x00000000u, 0x00050085u, 0x00000006u, 0x00000672u,
    0x0000085eu, 0x00000d56u, 0x00070050u, 0x0000002bu, 0x00000673u, 0x00000672u, 0x00000672u, 0x00000672u, 0x00000672u, 0x00050083u,
    0x0000002bu, 0x00000674u, 0x0000066du, 0x00000673u, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x00000675u, 0x000300f7u, 0x000006cdu,
    0x00000000u, 0x000400fau, 0x000002fbu, 0x00000676u, 0x000006cdu, 0x000200f8u, 0x00000676u, 0x000500c7u, 0x0000000cu, 0x00000678u,
    0x000003e4u, 0x0000022fu, 0x000500c2u, 0x0000000cu, 0x0000067bu, 0x000003e4u, 0x00000268u, 0x00050084u, 0x0000000cu, 0x0000067cu,
    0x0000067bu, 0x000000e2u, 0x00050080u, 0x0000000cu, 0x0000067du, 0x000003b3u, 0x0000067cu, 0x000500c2u, 0x0000000cu, 0x0000067fu,
    0x00000678u, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x00000681u, 0x00000678u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000684u,
    0x0000067fu, 0x00000310u, 0x00050080u, 0x0000000cu, 0x00000685u, 0x0000067du, 0x00000684u, 0x000500c7u, 0x0000000cu, 0x00000687u,
    0x00000681u, 0x00000134u, 0x00050084u, 0x0000000cu, 0x00000688u, 0x00000687u, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000689u,
    0x00000685u, 0x00000688u, 0x00050080u, 0x0000000cu, 0x0000068bu, 0x00000689u, 0x00000519u, 0x000500c2u, 0x0000000cu, 0x00000878u,
    0x0000068bu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000879u, 0x00000070u, 0x00000067u, 0x00000878u, 0x0004003du, 0x0000000cu,
    0x0000087au, 0x00000879u, 0x000500c7u, 0x0000000cu, 0x0000087cu, 0x0000068bu, 0x00000037u, 0x00050084u, 0x0000000cu, 0x0000087du,
    0x0000087cu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x0000087eu, 0x0000087au, 0x0000087du, 0x000500c7u, 0x0000000cu, 0x0000087fu,
    0x0000087eu, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000871u, 0x0000068bu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000883u,
    0x00000871u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000884u, 0x00000070u, 0x00000067u, 0x00000883u, 0x0004003du, 0x0000000cu,
    0x00000885u, 0x00000884u, 0x000500c7u, 0x0000000cu, 0x00000887u, 0x00000871u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000888u,
    0x00000887u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000889u, 0x00000885u, 0x00000888u, 0x000500c7u, 0x0000000cu, 0x0000088au,
    0x00000889u, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000873u, 0x0000088au, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000874u,
    0x0000087fu, 0x00000873u, 0x000500c2u, 0x0000000cu, 0x0000068eu, 0x00000681u, 0x00000063u, 0x00050084u, 0x0000000cu, 0x0000068fu,
    0x0000068eu, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000690u, 0x00000874u, 0x0000068fu, 0x00050080u, 0x0000000cu, 0x00000692u,
    0x0000067du, 0x00000321u, 0x00050084u, 0x0000000cu, 0x00000694u, 0x0000067fu, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000695u,
    0x00000692u, 0x00000694u, 0x00050080u, 0x0000000cu, 0x00000697u, 0x00000695u, 0x00000519u, 0x000500c2u, 0x0000000cu, 0x00000899u,
    0x00000697u, 0x00000072u, 0x00060041u, 0x00000074u, 0x0000089au, 0x00000070u, 0x00000067u, 0x00000899u, 0x0004003du, 0x0000000cu,
    0x0000089bu, 0x0000089au, 0x000500c7u, 0x0000000cu, 0x0000089du, 0x00000697u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x0000089eu,
    0x0000089du, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x0000089fu, 0x0000089bu, 0x0000089eu, 0x000500c7u, 0x0000000cu, 0x000008a0u,
    0x0000089fu, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000892u, 0x00000697u, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x000008a4u,
    0x00000892u, 0x00000072u, 0x00060041u, 0x00000074u, 0x000008a5u, 0x00000070u, 0x00000067u, 0x000008a4u, 0x0004003du, 0x0000000cu,
    0x000008a6u, 0x000008a5u, 0x000500c7u, 0x0000000cu, 0x000008a8u, 0x00000892u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x000008a9u,
    0x000008a8u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x000008aau, 0x000008a6u, 0x000008a9u, 0x000500c7u, 0x0000000cu, 0x000008abu,
    0x000008aau, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000894u, 0x000008abu, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000895u,
    0x000008a0u, 0x00000894u, 0x00050084u, 0x0000000cu, 0x0000069au, 0x00000037u, 0x00000681u, 0x000500c2u, 0x0000000cu, 0x0000069bu,
    0x00000895u, 0x0000069au, 0x000500c7u, 0x0000000cu, 0x0000069du, 0x00000690u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x0000069fu,
    0x00000690u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x000006a0u, 0x0000069fu, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x000006a2u,
    0x00000690u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x000006a3u, 0x000006a2u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x000006a5u,
    0x00000690u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x000006a6u, 0x000006a5u, 0x00000103u, 0x00070050u, 0x000001d5u, 0x000006a7u,
    0x0000069du, 0x000006a0u, 0x000006a3u, 0x000006a6u, 0x000500c2u, 0x0000000cu, 0x000006aau, 0x0000069bu, 0x000001a1u, 0x000500c2u,
    0x0000000cu, 0x000006acu, 0x0000069bu, 0x00000094u, 0x000500c2u, 0x0000000cu, 0x000006aeu, 0x0000069bu, 0x000000a2u, 0x00070050u,
    0x000001d5u, 0x000006afu, 0x0000069bu, 0x000006aau, 0x000006acu, 0x000006aeu, 0x000500c7u, 0x000001d5u, 0x000006b1u, 0x000006afu,
    0x00000d69u, 0x000500c4u, 0x000001d5u, 0x000006b3u, 0x000006b1u, 0x00000d66u, 0x000500c5u, 0x000001d5u, 0x000006b4u, 0x000006a7u,
    0x000006b3u, 0x00040070u, 0x0000002bu, 0x000006b5u, 0x000006b4u, 0x00050080u, 0x0000000cu, 0x000006b7u, 0x0000067du, 0x0000034au,
    0x000500c2u, 0x0000000cu, 0x000008b6u, 0x000006b7u, 0x00000072u, 0x00060041u, 0x00000074u, 0x000008b7u, 0x00000070u, 0x00000067u,
    0x000008b6u, 0x0004003du, 0x0000000cu, 0x000008b8u, 0x000008b7u, 0x000500c7u, 0x0000000cu, 0x000008bau, 0x000006b7u, 0x00000037u,
    0x00050084u, 0x0000000cu, 0x000008bbu, 0x000008bau, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x000008bcu, 0x000008b8u, 0x000008bbu,
    0x000500c7u, 0x0000000cu, 0x000008bdu, 0x000008bcu, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x000008b1u, 0x00000001u, 0x0000003eu,
    0x000008bdu, 0x00050051u, 0x00000006u, 0x000008b2u, 0x000008b1u, 0x00000000u, 0x00050080u, 0x0000000cu, 0x000006bau, 0x0000067du,
    0x0000034fu, 0x00050084u, 0x0000000cu, 0x000006bcu, 0x0000067fu, 0x0000007au, 0x00050080u, 0x0000000cu, 0x000006bdu, 0x000006bau,
    0x000006bcu, 0x00050080u, 0x0000000cu, 0x000006c0u, 0x000006bdu, 0x0000069au, 0x000500c2u, 0x0000000cu, 0x000006c2u, 0x00000519u,
    0x0000010du, 0x00050080u, 0x0000000cu, 0x000006c3u, 0x000006c0u, 0x000006c2u, 0x000500c2u, 0x0000000cu, 0x000008c1u, 0x000006c3u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x000008c2u, 0x00000070u, 0x00000067u, 0x000008c1u, 0x0004003du, 0x0000000cu, 0x000008c3u,
    0x000008c2u, 0x000500c7u, 0x0000000cu, 0x000008c5u, 0x000006c3u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x000008c6u, 0x000008c5u,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x000008c7u, 0x000008c3u, 0x000008c6u, 0x000500c7u, 0x0000000cu, 0x000008c8u, 0x000008c7u,
    0x0000007du, 0x000500c4u, 0x0000000cu, 0x000008ccu, 0x000008c8u, 0x000000a2u, 0x0004007cu, 0x0000001cu, 0x000008cdu, 0x000008ccu,
    0x000500c3u, 0x0000001cu, 0x000008ceu, 0x000008cdu, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x000006c6u, 0x000008ceu, 0x00050085u,
    0x00000006u, 0x000006c7u, 0x000008b2u, 0x000006c6u, 0x00050083u, 0x0000002bu, 0x000006cbu, 0x000006b5u, 0x00000d6au, 0x0005008eu,
    0x0000002bu, 0x000006ccu, 0x000006cbu, 0x000006c7u, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x000006cdu, 0x000200f9u, 0x000006ceu,
    0x000200f8u, 0x000006ceu, 0x000200f9u, 0x000006cfu, 0x000200f8u, 0x000006cfu, 0x000200f9u, 0x000006d0u, 0x000200f8u, 0x000006d0u,
    0x000200f9u, 0x000006d1u, 0x000200f8u, 0x000006d1u, 0x000200f9u, 0x000006d2u, 0x000200f8u, 0x000006d2u, 0x000200f9u, 0x000006d3u,
    0x000200f8u, 0x000006d3u, 0x000200f9u, 0x000006d4u, 0x000200f8u, 0x000006d4u, 0x000200f9u, 0x000006d5u, 0x000200f8u, 0x000006d5u,
    0x001900f5u, 0x0000002bu, 0x00000d59u, 0x00000535u, 0x0000051au, 0x0000054du, 0x00000537u, 0x0000056bu, 0x0000054fu, 0x0000058cu,
    0x0000056du, 0x000005c2u, 0x000005afu, 0x000005ceu, 0x000005c5u, 0x000005d5u, 0x000005cfu, 0x00000d58u, 0x0000061du, 0x00000674u,
    0x00000666u, 0x000006ccu, 0x00000676u, 0x00000368u, 0x000006d4u, 0x00050041u, 0x00000254u, 0x000003efu, 0x000003deu, 0x00000d4du,
    0x0003003eu, 0x000003efu, 0x00000d59u, 0x000200f9u, 0x000003d8u, 0x000200f8u, 0x000003d8u, 0x00050080u, 0x0000000cu, 0x000003f1u,
    0x00000d4du, 0x00000063u, 0x000200f9u, 0x000003d5u, 0x000200f8u, 0x000003d7u, 0x000200f9u, 0x000003f3u, 0x000200f8u, 0x000003f3u,
    0x000700f5u, 0x0000000cu, 0x00000d4eu, 0x00000040u, 0x000003d7u, 0x0000041du, 0x000003f6u, 0x000500b0u, 0x0000004fu, 0x000003f9u,
    0x00000d4eu, 0x0000007au, 0x000400f6u, 0x000003f5u, 0x000003f6u, 0x00000000u, 0x000400fau, 0x000003f9u, 0x000003f4u, 0x000003f5u,
    0x000200f8u, 0x000003f4u, 0x000500b0u, 0x0000004fu, 0x000003fcu, 0x00000d4eu, 0x000003acu, 0x000300f7u, 0x000003feu, 0x00000000u,
    0x000400fau, 0x000003fcu, 0x000003fdu, 0x000003feu, 0x000200f8u, 0x000003fdu, 0x000200f9u, 0x00000400u, 0x000200f8u, 0x00000400u,
    0x000700f5u, 0x0000000cu, 0x00000d51u, 0x00000040u, 0x000003fdu, 0x0000041bu, 0x00000401u, 0x000500b0u, 0x0000004fu, 0x00000406u,
    0x00000d51u, 0x000000b5u, 0x000400f6u, 0x00000402u, 0x00000401u, 0x00000000u, 0x000400fau, 0x00000406u, 0x00000401u, 0x00000402u,
    0x000200f8u, 0x00000401u, 0x00050041u, 0x00000254u, 0x00000409u, 0x000003deu, 0x00000d51u, 0x0004003du, 0x0000002bu, 0x0000040au,
    0x00000409u, 0x00050080u, 0x0000000cu, 0x0000040du, 0x000003a6u, 0x00000d4eu, 0x00050084u, 0x0000000cu, 0x00000410u, 0x00000d51u,
    0x00000039u, 0x00050080u, 0x0000000cu, 0x00000411u, 0x00000d37u, 0x00000410u, 0x00050041u, 0x0000036fu, 0x000008d2u, 0x0000036eu,
    0x00000268u, 0x0004003du, 0x0000000cu, 0x000008d3u, 0x000008d2u, 0x00050041u, 0x0000036fu, 0x000008d5u, 0x0000036eu, 0x0000010du,
    0x0004003du, 0x0000000cu, 0x000008d6u, 0x000008d5u, 0x00050084u, 0x0000000cu, 0x000008d7u, 0x0000040du, 0x000008d6u, 0x00050080u,
    0x0000000cu, 0x000008d8u, 0x000008d3u, 0x000008d7u, 0x00050084u, 0x0000000cu, 0x000008dau, 0x000000b5u, 0x00000411u, 0x00050080u,
    0x0000000cu, 0x000008dbu, 0x000008d8u, 0x000008dau, 0x00060041u, 0x0000037fu, 0x000008ddu, 0x0000037du, 0x00000067u, 0x000008dbu,
    0x0004003du, 0x00000006u, 0x000008deu, 0x000008ddu, 0x00050080u, 0x0000000cu, 0x000008e0u, 0x000008dbu, 0x00000134u, 0x00060041u,
    0x0000037fu, 0x000008e1u, 0x0000037du, 0x00000067u, 0x000008e0u, 0x0004003du, 0x00000006u, 0x000008e2u, 0x000008e1u, 0x00050080u,
    0x0000000cu, 0x000008e4u, 0x000008dbu, 0x00000037u, 0x00060041u, 0x0000037fu, 0x000008e5u, 0x0000037du, 0x00000067u, 0x000008e4u,
    0x0004003du, 0x00000006u, 0x000008e6u, 0x000008e5u, 0x00050080u, 0x0000000cu, 0x000008e8u, 0x000008dbu, 0x00000078u, 0x00060041u,
    0x0000037fu, 0x000008e9u, 0x0000037du, 0x00000067u, 0x000008e8u, 0x0004003du, 0x00000006u, 0x000008eau, 0x000008e9u, 0x00070050u,
    0x0000002bu, 0x000008ebu, 0x000008deu, 0x000008e2u, 0x000008e6u, 0x000008eau, 0x00050094u, 0x00000006u, 0x00000415u, 0x0000040au,
    0x000008ebu, 0x00050041u, 0x00000007u, 0x00000416u, 0x000003beu, 0x00000d4eu, 0x0004003du, 0x00000006u, 0x00000417u, 0x00000416u,
    0x00050081u, 0x00000006u, 0x00000418u, 0x00000417u, 0x00000415u, 0x0003003eu, 0x00000416u, 0x00000418u, 0x00050080u, 0x0000000cu,
    0x0000041bu, 0x00000d51u, 0x00000063u, 0x000200f9u, 0x00000400u, 0x000200f8u, 0x00000402u, 0x000200f9u, 0x000003feu, 0x000200f8u,
    0x000003feu, 0x000200f9u, 0x000003f6u, 0x000200f8u, 0x000003f6u, 0x00050080u, 0x0000000cu, 0x0000041du, 0x00000d4eu, 0x00000063u,
    0x000200f9u, 0x000003f3u, 0x000200f8u, 0x000003f5u, 0x000200f9u, 0x000003cdu, 0x000200f8u, 0x000003cdu, 0x00050080u, 0x0000000cu,
    0x00000420u, 0x00000d37u, 0x0000041eu, 0x000200f9u, 0x000003cau, 0x000200f8u, 0x000003ccu, 0x000200f9u, 0x00000421u, 0x000200f8u,
    0x00000421u, 0x000700f5u, 0x0000000cu, 0x00000d38u, 0x00000d37u, 0x000003ccu, 0x00000451u, 0x00000424u, 0x000500b0u, 0x0000004fu,
    0x00000428u, 0x00000d38u, 0x000003c6u, 0x000400f6u, 0x00000423u, 0x00000424u, 0x00000000u, 0x000400fau, 0x00000428u, 0x00000422u,
    0x00000423u, 0x000200f8u, 0x00000422u, 0x000500c2u, 0x0000000cu, 0x0000042bu, 0x00000d38u, 0x00000268u, 0x000500c7u, 0x0000000cu,
    0x0000042du, 0x00000d38u, 0x0000022fu, 0x000300f7u, 0x00000aeeu, 0x00000000u, 0x000300fbu, 0x00000040u, 0x00000930u, 0x000200f8u,
    0x00000930u, 0x00050084u, 0x0000000cu, 0x00000932u, 0x000000b5u, 0x0000042du, 0x000300f7u, 0x00000aedu, 0x00000000u, 0x000400fau,
    0x00000124u, 0x00000933u, 0x0000094fu, 0x000200f8u, 0x00000933u, 0x00050086u, 0x0000000cu, 0x00000935u, 0x000003b3u, 0x000000b5u,
    0x00050084u, 0x0000000cu, 0x00000937u, 0x0000042bu, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000938u, 0x00000935u, 0x00000937u,
    0x00050080u, 0x0000000cu, 0x0000093au, 0x00000938u, 0x00000932u, 0x00060041u, 0x00000074u, 0x0000093cu, 0x00000070u, 0x00000067u,
    0x0000093au, 0x0004003du, 0x0000000cu, 0x0000093du, 0x0000093cu, 0x0004007cu, 0x00000006u, 0x0000093eu, 0x0000093du, 0x00050080u,
    0x0000000cu, 0x00000940u, 0x0000093au, 0x00000134u, 0x00060041u, 0x00000074u, 0x00000941u, 0x00000070u, 0x00000067u, 0x00000940u,
    0x0004003du, 0x0000000cu, 0x00000942u, 0x00000941u, 0x0004007cu, 0x00000006u, 0x00000943u, 0x00000942u, 0x00050080u, 0x0000000cu,
    0x00000945u, 0x0000093au, 0x00000037u, 0x00060041u, 0x00000074u, 0x00000946u, 0x00000070u, 0x00000067u, 0x00000945u, 0x0004003du,
    0x0000000cu, 0x00000947u, 0x00000946u, 0x0004007cu, 0x00000006u, 0x00000948u, 0x00000947u, 0x00050080u, 0x0000000cu, 0x0000094au,
    0x0000093au, 0x00000078u, 0x00060041u, 0x00000074u, 0x0000094bu, 0x00000070u, 0x00000067u, 0x0000094au, 0x0004003du, 0x0000000cu,
    0x0000094cu, 0x0000094bu, 0x0004007cu, 0x00000006u, 0x0000094du, 0x0000094cu, 0x00070050u, 0x0000002bu, 0x0000094eu, 0x0000093eu,
    0x00000943u, 0x00000948u, 0x0000094du, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x0000094fu, 0x000300f7u, 0x00000aecu, 0x00000000u,
    0x000400fau, 0x00000146u, 0x00000950u, 0x00000967u, 0x000200f8u, 0x00000950u, 0x00050086u, 0x0000000cu, 0x00000952u, 0x000003b3u,
    0x000000b5u, 0x00050084u, 0x0000000cu, 0x00000954u, 0x0000042bu, 0x0000014du, 0x00050080u, 0x0000000cu, 0x00000955u, 0x00000952u,
    0x00000954u, 0x00050084u, 0x0000000cu, 0x00000957u, 0x00000037u, 0x0000042du, 0x00050080u, 0x0000000cu, 0x00000958u, 0x00000955u,
    0x00000957u, 0x00060041u, 0x00000074u, 0x0000095au, 0x00000070u, 0x00000067u, 0x00000958u, 0x0004003du, 0x0000000cu, 0x0000095bu,
    0x0000095au, 0x0006000cu, 0x0000009cu, 0x0000095cu, 0x00000001u, 0x0000003eu, 0x0000095bu, 0x00050080u, 0x0000000cu, 0x0000095eu,
    0x00000958u, 0x00000134u, 0x00060041u, 0x00000074u, 0x0000095fu, 0x00000070u, 0x00000067u, 0x0000095eu, 0x0004003du, 0x0000000cu,
    0x00000960u, 0x0000095fu, 0x0006000cu, 0x0000009cu, 0x00000961u, 0x00000001u, 0x0000003eu, 0x00000960u, 0x00050051u, 0x00000006u,
    0x00000962u, 0x0000095cu, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000963u, 0x0000095cu, 0x00000001u, 0x00050051u, 0x00000006u,
    0x00000964u, 0x00000961u, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000965u, 0x00000961u, 0x00000001u, 0x00070050u, 0x0000002bu,
    0x00000966u, 0x00000962u, 0x00000963u, 0x00000964u, 0x00000965u, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x00000967u, 0x000300f7u,
    0x00000aebu, 0x00000000u, 0x000400fau, 0x00000164u, 0x00000968u, 0x00000985u, 0x000200f8u, 0x00000968u, 0x00050086u, 0x0000000cu,
    0x0000096au, 0x000003b3u, 0x000000b5u, 0x00050084u, 0x0000000cu, 0x0000096cu, 0x0000042bu, 0x0000014du, 0x00050080u, 0x0000000cu,
    0x0000096du, 0x0000096au, 0x0000096cu, 0x00050084u, 0x0000000cu, 0x0000096fu, 0x00000037u, 0x0000042du, 0x00050080u, 0x0000000cu,
    0x00000970u, 0x0000096du, 0x0000096fu, 0x00060041u, 0x00000074u, 0x00000972u, 0x00000070u, 0x00000067u, 0x00000970u, 0x0004003du,
    0x0000000cu, 0x00000973u, 0x00000972u, 0x00050080u, 0x0000000cu, 0x00000975u, 0x00000970u, 0x00000134u, 0x00060041u, 0x00000074u,
    0x00000976u, 0x00000070u, 0x00000067u, 0x00000975u, 0x0004003du, 0x0000000cu, 0x00000977u, 0x00000976u, 0x000500c4u, 0x0000000cu,
    0x00000979u, 0x00000973u, 0x00000094u, 0x0004007cu, 0x00000006u, 0x0000097au, 0x00000979u, 0x000500c7u, 0x0000000cu, 0x0000097cu,
    0x00000973u, 0x0000017du, 0x0004007cu, 0x00000006u, 0x0000097du, 0x0000097cu, 0x000500c4u, 0x0000000cu, 0x0000097fu, 0x00000977u,
    0x00000094u, 0x0004007cu, 0x00000006u, 0x00000980u, 0x0000097fu, 0x000500c7u, 0x0000000cu, 0x00000982u, 0x00000977u, 0x0000017du,
    0x0004007cu, 0x00000006u, 0x00000983u, 0x00000982u, 0x00070050u, 0x0000002bu, 0x00000984u, 0x0000097au, 0x0000097du, 0x00000980u,
    0x00000983u, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x00000985u, 0x000300f7u, 0x00000aeau, 0x00000000u, 0x000400fau, 0x00000189u,
    0x00000986u, 0x000009a6u, 0x000200f8u, 0x00000986u, 0x00050084u, 0x0000000cu, 0x00000989u, 0x0000042bu, 0x000000d2u, 0x00050080u,
    0x0000000cu, 0x0000098au, 0x000003b3u, 0x00000989u, 0x00050080u, 0x0000000cu, 0x0000098cu, 0x0000098au, 0x00000037u, 0x00050080u,
    0x0000000cu, 0x0000098eu, 0x0000098cu, 0x00000932u, 0x000500c2u, 0x0000000cu, 0x00000afeu, 0x0000098eu, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000affu, 0x00000070u, 0x00000067u, 0x00000afeu, 0x0004003du, 0x0000000cu, 0x00000b00u, 0x00000affu, 0x000500c7u,
    0x0000000cu, 0x00000b02u, 0x0000098eu, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000b03u, 0x00000b02u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000b04u, 0x00000b00u, 0x00000b03u, 0x000500c7u, 0x0000000cu, 0x00000b05u, 0x00000b04u, 0x00000089u, 0x00050080u,
    0x0000000cu, 0x00000af7u, 0x0000098eu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000b09u, 0x00000af7u, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000b0au, 0x00000070u, 0x00000067u, 0x00000b09u, 0x0004003du, 0x0000000cu, 0x00000b0bu, 0x00000b0au, 0x000500c7u,
    0x0000000cu, 0x00000b0du, 0x00000af7u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000b0eu, 0x00000b0du, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000b0fu, 0x00000b0bu, 0x00000b0eu, 0x000500c7u, 0x0000000cu, 0x00000b10u, 0x00000b0fu, 0x00000089u, 0x000500c4u,
    0x0000000cu, 0x00000af9u, 0x00000b10u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000afau, 0x00000b05u, 0x00000af9u, 0x000500c2u,
    0x0000000cu, 0x00000b1bu, 0x0000098au, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b1cu, 0x00000070u, 0x00000067u, 0x00000b1bu,
    0x0004003du, 0x0000000cu, 0x00000b1du, 0x00000b1cu, 0x000500c7u, 0x0000000cu, 0x00000b1fu, 0x0000098au, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x00000b20u, 0x00000b1fu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b21u, 0x00000b1du, 0x00000b20u, 0x000500c7u,
    0x0000000cu, 0x00000b22u, 0x00000b21u, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000b16u, 0x00000001u, 0x0000003eu, 0x00000b22u,
    0x00050051u, 0x00000006u, 0x00000b17u, 0x00000b16u, 0x00000000u, 0x000500c7u, 0x0000000cu, 0x00000993u, 0x00000afau, 0x0000007du,
    0x000500c4u, 0x0000000cu, 0x00000b26u, 0x00000993u, 0x000000a2u, 0x0004007cu, 0x0000001cu, 0x00000b27u, 0x00000b26u, 0x000500c3u,
    0x0000001cu, 0x00000b28u, 0x00000b27u, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x00000995u, 0x00000b28u, 0x000500c2u, 0x0000000cu,
    0x00000997u, 0x00000afau, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x00000998u, 0x00000997u, 0x0000007du, 0x000500c4u, 0x0000000cu,
    0x00000b2cu, 0x00000998u, 0x000000a2u, 0x0004007cu, 0x0000001cu, 0x00000b2du, 0x00000b2cu, 0x000500c3u, 0x0000001cu, 0x00000b2eu,
    0x00000b2du, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x0000099au, 0x00000b2eu, 0x000500c2u, 0x0000000cu, 0x0000099cu, 0x00000afau,
    0x00000094u, 0x000500c7u, 0x0000000cu, 0x0000099du, 0x0000099cu, 0x0000007du, 0x000500c4u, 0x0000000cu, 0x00000b32u, 0x0000099du,
    0x000000a2u, 0x0004007cu, 0x0000001cu, 0x00000b33u, 0x00000b32u, 0x000500c3u, 0x0000001cu, 0x00000b34u, 0x00000b33u, 0x000000a2u,
    0x0004006fu, 0x00000006u, 0x0000099fu, 0x00000b34u, 0x000500c2u, 0x0000000cu, 0x000009a1u, 0x00000afau, 0x000000a2u, 0x000500c4u,
    0x0000000cu, 0x00000b38u, 0x000009a1u, 0x000000a2u, 0x0004007cu, 0x0000001cu, 0x00000b39u, 0x00000b38u, 0x000500c3u, 0x0000001cu,
    0x00000b3au, 0x00000b39u, 0x000000a2u, 0x0004006fu, 0x00000006u, 0x000009a3u, 0x00000b3au, 0x00070050u, 0x0000002bu, 0x000009a4u,
    0x00000995u, 0x0000099au, 0x0000099fu, 0x000009a3u, 0x0005008eu, 0x0000002bu, 0x000009a5u, 0x000009a4u, 0x00000b17u, 0x000200f9u,
    0x00000aeeu, 0x000200f8u, 0x000009a6u, 0x000300f7u, 0x00000ae9u, 0x00000000u, 0x000400fau, 0x000001bau, 0x000009a7u, 0x000009efu,
    0x000200f8u, 0x000009a7u, 0x000600a9u, 0x0000000cu, 0x000009abu, 0x000001bfu, 0x000000c3u, 0x000000beu, 0x00050084u, 0x0000000cu,
    0x000009acu, 0x0000042bu, 0x000009abu, 0x00050080u, 0x0000000cu, 0x000009adu, 0x000003b3u, 0x000009acu, 0x000600a9u, 0x0000000cu,
    0x000009b0u, 0x000001bfu, 0x000000b5u, 0x00000037u, 0x00050080u, 0x0000000cu, 0x000009b1u, 0x000009adu, 0x000009b0u, 0x000500c7u,
    0x0000000cu, 0x000009b3u, 0x00000932u, 0x00000103u, 0x00050080u, 0x0000000cu, 0x000009b4u, 0x000009b1u, 0x000009b3u, 0x000500c2u,
    0x0000000cu, 0x00000b49u, 0x000009b4u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b4au, 0x00000070u, 0x00000067u, 0x00000b49u,
    0x0004003du, 0x0000000cu, 0x00000b4bu, 0x00000b4au, 0x000500c7u, 0x0000000cu, 0x00000b4du, 0x000009b4u, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x00000b4eu, 0x00000b4du, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b4fu, 0x00000b4bu, 0x00000b4eu, 0x000500c7u,
    0x0000000cu, 0x00000b50u, 0x00000b4fu, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000b42u, 0x000009b4u, 0x00000037u, 0x000500c2u,
    0x0000000cu, 0x00000b54u, 0x00000b42u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b55u, 0x00000070u, 0x00000067u, 0x00000b54u,
    0x0004003du, 0x0000000cu, 0x00000b56u, 0x00000b55u, 0x000500c7u, 0x0000000cu, 0x00000b58u, 0x00000b42u, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x00000b59u, 0x00000b58u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b5au, 0x00000b56u, 0x00000b59u, 0x000500c7u,
    0x0000000cu, 0x00000b5bu, 0x00000b5au, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000b44u, 0x00000b5bu, 0x00000094u, 0x000500c5u,
    0x0000000cu, 0x00000b45u, 0x00000b50u, 0x00000b44u, 0x000500c7u, 0x0000000cu, 0x000009b7u, 0x00000932u, 0x0000014du, 0x00050086u,
    0x0000000cu, 0x000009b8u, 0x000009b7u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x000009b9u, 0x00000b45u, 0x000009b8u, 0x000500c7u,
    0x0000000cu, 0x000009bbu, 0x000009b9u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x000009bdu, 0x000009b9u, 0x000001a1u, 0x000500c7u,
    0x0000000cu, 0x000009beu, 0x000009bdu, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x000009c0u, 0x000009b9u, 0x00000094u, 0x000500c7u,
    0x0000000cu, 0x000009c1u, 0x000009c0u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x000009c3u, 0x000009b9u, 0x000000a2u, 0x000500c7u,
    0x0000000cu, 0x000009c4u, 0x000009c3u, 0x00000103u, 0x00070050u, 0x000001d5u, 0x000009c5u, 0x000009bbu, 0x000009beu, 0x000009c1u,
    0x000009c4u, 0x000500c2u, 0x0000000cu, 0x00000b66u, 0x000009adu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b67u, 0x00000070u,
    0x00000067u, 0x00000b66u, 0x0004003du, 0x0000000cu, 0x00000b68u, 0x00000b67u, 0x000500c7u, 0x0000000cu, 0x00000b6au, 0x000009adu,
    0x00000037u, 0x00050084u, 0x0000000cu, 0x00000b6bu, 0x00000b6au, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b6cu, 0x00000b68u,
    0x00000b6bu, 0x000500c7u, 0x0000000cu, 0x00000b6du, 0x00000b6cu, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000b61u, 0x00000001u,
    0x0000003eu, 0x00000b6du, 0x00050051u, 0x00000006u, 0x00000b62u, 0x00000b61u, 0x00000000u, 0x000300f7u, 0x000009dcu, 0x00000000u,
    0x000400fau, 0x000001e8u, 0x000009c8u, 0x000009dcu, 0x000200f8u, 0x000009c8u, 0x0003003eu, 0x00000903u, 0x000001fdu, 0x00050041u,
    0x00000007u, 0x000009ccu, 0x00000903u, 0x000009bbu, 0x0004003du, 0x00000006u, 0x000009cdu, 0x000009ccu, 0x0003003eu, 0x00000904u,
    0x000001fdu, 0x00050041u, 0x00000007u, 0x000009d0u, 0x00000904u, 0x000009beu, 0x0004003du, 0x00000006u, 0x000009d1u, 0x000009d0u,
    0x0003003eu, 0x00000905u, 0x000001fdu, 0x00050041u, 0x00000007u, 0x000009d4u, 0x00000905u, 0x000009c1u, 0x0004003du, 0x00000006u,
    0x000009d5u, 0x000009d4u, 0x0003003eu, 0x00000906u, 0x000001fdu, 0x00050041u, 0x00000007u, 0x000009d8u, 0x00000906u, 0x000009c4u,
    0x0004003du, 0x00000006u, 0x000009d9u, 0x000009d8u, 0x00070050u, 0x0000002bu, 0x000009dau, 0x000009cdu, 0x000009d1u, 0x000009d5u,
    0x000009d9u, 0x0005008eu, 0x0000002bu, 0x000009dbu, 0x000009dau, 0x00000b62u, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x000009dcu,
    0x000300f7u, 0x000009e8u, 0x00000000u, 0x000400fau, 0x000001bfu, 0x000009deu, 0x000009e8u, 0x000200f8u, 0x000009deu, 0x00040070u,
    0x0000002bu, 0x000009e1u, 0x000009c5u, 0x0005008eu, 0x0000002bu, 0x000009e2u, 0x000009e1u, 0x00000b62u, 0x00050080u, 0x0000000cu,
    0x000009e4u, 0x000009adu, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000b78u, 0x000009e4u, 0x00000072u, 0x00060041u, 0x00000074u,
    0x00000b79u, 0x00000070u, 0x00000067u, 0x00000b78u, 0x0004003du, 0x0000000cu, 0x00000b7au, 0x00000b79u, 0x000500c7u, 0x0000000cu,
    0x00000b7cu, 0x000009e4u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000b7du, 0x00000b7cu, 0x0000007au, 0x000500c2u, 0x0000000cu,
    0x00000b7eu, 0x00000b7au, 0x00000b7du, 0x000500c7u, 0x0000000cu, 0x00000b7fu, 0x00000b7eu, 0x00000089u, 0x0006000cu, 0x0000009cu,
    0x00000b73u, 0x00000001u, 0x0000003eu, 0x00000b7fu, 0x00050051u, 0x00000006u, 0x00000b74u, 0x00000b73u, 0x00000000u, 0x00070050u,
    0x0000002bu, 0x000009e6u, 0x00000b74u, 0x00000b74u, 0x00000b74u, 0x00000b74u, 0x00050081u, 0x0000002bu, 0x000009e7u, 0x000009e2u,
    0x000009e6u, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x000009e8u, 0x00040070u, 0x0000002bu, 0x000009ebu, 0x000009c5u, 0x00050083u,
    0x0000002bu, 0x000009edu, 0x000009ebu, 0x00000d67u, 0x0005008eu, 0x0000002bu, 0x000009eeu, 0x000009edu, 0x00000b62u, 0x000200f9u,
    0x00000aeeu, 0x000200f8u, 0x000009efu, 0x000300f7u, 0x00000ae8u, 0x00000000u, 0x000400fau, 0x00000231u, 0x000009f0u, 0x00000a38u,
    0x000200f8u, 0x000009f0u, 0x000600a9u, 0x0000000cu, 0x000009f4u, 0x00000235u, 0x000000cdu, 0x000000c8u, 0x00050084u, 0x0000000cu,
    0x000009f5u, 0x0000042bu, 0x000009f4u, 0x00050080u, 0x0000000cu, 0x000009f6u, 0x000003b3u, 0x000009f5u, 0x000600a9u, 0x0000000cu,
    0x000009f9u, 0x00000235u, 0x000000b5u, 0x00000037u, 0x00050080u, 0x0000000cu, 0x000009fau, 0x000009f6u, 0x000009f9u, 0x000500c2u,
    0x0000000cu, 0x00000b8eu, 0x000009fau, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b8fu, 0x00000070u, 0x00000067u, 0x00000b8eu,
    0x0004003du, 0x0000000cu, 0x00000b90u, 0x00000b8fu, 0x000500c7u, 0x0000000cu, 0x00000b92u, 0x000009fau, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x00000b93u, 0x00000b92u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b94u, 0x00000b90u, 0x00000b93u, 0x000500c7u,
    0x0000000cu, 0x00000b95u, 0x00000b94u, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000b87u, 0x000009fau, 0x00000037u, 0x000500c2u,
    0x0000000cu, 0x00000b99u, 0x00000b87u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000b9au, 0x00000070u, 0x00000067u, 0x00000b99u,
    0x0004003du, 0x0000000cu, 0x00000b9bu, 0x00000b9au, 0x000500c7u, 0x0000000cu, 0x00000b9du, 0x00000b87u, 0x00000037u, 0x00050084u,
    0x0000000cu, 0x00000b9eu, 0x00000b9du, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000b9fu, 0x00000b9bu, 0x00000b9eu, 0x000500c7u,
    0x0000000cu, 0x00000ba0u, 0x00000b9fu, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000b89u, 0x00000ba0u, 0x00000094u, 0x000500c5u,
    0x0000000cu, 0x00000b8au, 0x00000b95u, 0x00000b89u, 0x000500c2u, 0x0000000cu, 0x000009fdu, 0x00000b8au, 0x00000932u, 0x000600a9u,
    0x0000000cu, 0x00000a00u, 0x00000235u, 0x0000007au, 0x0000022du, 0x00050080u, 0x0000000cu, 0x00000a01u, 0x000009f6u, 0x00000a00u,
    0x000500c7u, 0x0000000cu, 0x00000a03u, 0x00000932u, 0x00000103u, 0x00050080u, 0x0000000cu, 0x00000a04u, 0x00000a01u, 0x00000a03u,
    0x000500c2u, 0x0000000cu, 0x00000bafu, 0x00000a04u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000bb0u, 0x00000070u, 0x00000067u,
    0x00000bafu, 0x0004003du, 0x0000000cu, 0x00000bb1u, 0x00000bb0u, 0x000500c7u, 0x0000000cu, 0x00000bb3u, 0x00000a04u, 0x00000037u,
    0x00050084u, 0x0000000cu, 0x00000bb4u, 0x00000bb3u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000bb5u, 0x00000bb1u, 0x00000bb4u,
    0x000500c7u, 0x0000000cu, 0x00000bb6u, 0x00000bb5u, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000ba8u, 0x00000a04u, 0x00000037u,
    0x000500c2u, 0x0000000cu, 0x00000bbau, 0x00000ba8u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000bbbu, 0x00000070u, 0x00000067u,
    0x00000bbau, 0x0004003du, 0x0000000cu, 0x00000bbcu, 0x00000bbbu, 0x000500c7u, 0x0000000cu, 0x00000bbeu, 0x00000ba8u, 0x00000037u,
    0x00050084u, 0x0000000cu, 0x00000bbfu, 0x00000bbeu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000bc0u, 0x00000bbcu, 0x00000bbfu,
    0x000500c7u, 0x0000000cu, 0x00000bc1u, 0x00000bc0u, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000baau, 0x00000bc1u, 0x00000094u,
    0x000500c5u, 0x0000000cu, 0x00000babu, 0x00000bb6u, 0x00000baau, 0x000500c7u, 0x0000000cu, 0x00000a07u, 0x00000932u, 0x0000014du,
    0x00050086u, 0x0000000cu, 0x00000a08u, 0x00000a07u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000a09u, 0x00000babu, 0x00000a08u,
    0x000500c7u, 0x0000000cu, 0x00000a0bu, 0x00000a09u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a0du, 0x00000a09u, 0x000001a1u,
    0x000500c7u, 0x0000000cu, 0x00000a0eu, 0x00000a0du, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a10u, 0x00000a09u, 0x00000094u,
    0x000500c7u, 0x0000000cu, 0x00000a11u, 0x00000a10u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a13u, 0x00000a09u, 0x000000a2u,
    0x000500c7u, 0x0000000cu, 0x00000a14u, 0x00000a13u, 0x00000103u, 0x00070050u, 0x000001d5u, 0x00000a15u, 0x00000a0bu, 0x00000a0eu,
    0x00000a11u, 0x00000a14u, 0x000500c2u, 0x0000000cu, 0x00000a18u, 0x000009fdu, 0x00000063u, 0x000500c2u, 0x0000000cu, 0x00000a1au,
    0x000009fdu, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x00000a1cu, 0x000009fdu, 0x00000268u, 0x00070050u, 0x000001d5u, 0x00000a1du,
    0x000009fdu, 0x00000a18u, 0x00000a1au, 0x00000a1cu, 0x000500c7u, 0x000001d5u, 0x00000a1fu, 0x00000a1du, 0x00000d65u, 0x000500c4u,
    0x000001d5u, 0x00000a21u, 0x00000a1fu, 0x00000d66u, 0x000500c5u, 0x000001d5u, 0x00000a22u, 0x00000a15u, 0x00000a21u, 0x00040070u,
    0x0000002bu, 0x00000a23u, 0x00000a22u, 0x000500c2u, 0x0000000cu, 0x00000bccu, 0x000009f6u, 0x00000072u, 0x00060041u, 0x00000074u,
    0x00000bcdu, 0x00000070u, 0x00000067u, 0x00000bccu, 0x0004003du, 0x0000000cu, 0x00000bceu, 0x00000bcdu, 0x000500c7u, 0x0000000cu,
    0x00000bd0u, 0x000009f6u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000bd1u, 0x00000bd0u, 0x0000007au, 0x000500c2u, 0x0000000cu,
    0x00000bd2u, 0x00000bceu, 0x00000bd1u, 0x000500c7u, 0x0000000cu, 0x00000bd3u, 0x00000bd2u, 0x00000089u, 0x0006000cu, 0x0000009cu,
    0x00000bc7u, 0x00000001u, 0x0000003eu, 0x00000bd3u, 0x00050051u, 0x00000006u, 0x00000bc8u, 0x00000bc7u, 0x00000000u, 0x000300f7u,
    0x00000a36u, 0x00000000u, 0x000400fau, 0x00000235u, 0x00000a27u, 0x00000a30u, 0x000200f8u, 0x00000a27u, 0x0005008eu, 0x0000002bu,
    0x00000a2au, 0x00000a23u, 0x00000bc8u, 0x00050080u, 0x0000000cu, 0x00000a2cu, 0x000009f6u, 0x00000037u, 0x000500c2u, 0x0000000cu,
    0x00000bdeu, 0x00000a2cu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000bdfu, 0x00000070u, 0x00000067u, 0x00000bdeu, 0x0004003du,
    0x0000000cu, 0x00000be0u, 0x00000bdfu, 0x000500c7u, 0x0000000cu, 0x00000be2u, 0x00000a2cu, 0x00000037u, 0x00050084u, 0x0000000cu,
    0x00000be3u, 0x00000be2u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000be4u, 0x00000be0u, 0x00000be3u, 0x000500c7u, 0x0000000cu,
    0x00000be5u, 0x00000be4u, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000bd9u, 0x00000001u, 0x0000003eu, 0x00000be5u, 0x00050051u,
    0x00000006u, 0x00000bdau, 0x00000bd9u, 0x00000000u, 0x00070050u, 0x0000002bu, 0x00000a2eu, 0x00000bdau, 0x00000bdau, 0x00000bdau,
    0x00000bdau, 0x00050081u, 0x0000002bu, 0x00000a2fu, 0x00000a2au, 0x00000a2eu, 0x000200f9u, 0x00000a36u, 0x000200f8u, 0x00000a30u,
    0x00050083u, 0x0000002bu, 0x00000a34u, 0x00000a23u, 0x00000d68u, 0x0005008eu, 0x0000002bu, 0x00000a35u, 0x00000a34u, 0x00000bc8u,
    0x000200f9u, 0x00000a36u, 0x000200f8u, 0x00000a36u, 0x000700f5u, 0x0000002bu, 0x00000d44u, 0x00000a2fu, 0x00000a27u, 0x00000a35u,
    0x00000a30u, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x00000a38u, 0x000300f7u, 0x00000ae7u, 0x00000000u, 0x000400fau, 0x00000291u,
    0x00000a39u, 0x00000a8eu, 0x000200f8u, 0x00000a39u, 0x000500c7u, 0x0000000cu, 0x00000a3bu, 0x0000042bu, 0x0000022fu, 0x000500c2u,
    0x0000000cu, 0x00000a3eu, 0x0000042bu, 0x00000268u, 0x000600a9u, 0x0000000cu, 0x00000a40u, 0x00000295u, 0x000000ddu, 0x000000d8u,
    0x00050084u, 0x0000000cu, 0x00000a41u, 0x00000a3eu, 0x00000a40u, 0x00050080u, 0x0000000cu, 0x00000a42u, 0x000003b3u, 0x00000a41u,
    0x00050080u, 0x0000000cu, 0x00000a44u, 0x00000a42u, 0x000000b5u, 0x000500b0u, 0x0000004fu, 0x00000beeu, 0x00000a3bu, 0x000000b5u,
    0x000300f7u, 0x00000c1bu, 0x00000000u, 0x000400fau, 0x00000beeu, 0x00000befu, 0x00000bfdu, 0x000200f8u, 0x00000befu, 0x00050080u,
    0x0000000cu, 0x00000bf2u, 0x00000a44u, 0x00000a3bu, 0x000500c2u, 0x0000000cu, 0x00000c1fu, 0x00000bf2u, 0x00000072u, 0x00060041u,
    0x00000074u, 0x00000c20u, 0x00000070u, 0x00000067u, 0x00000c1fu, 0x0004003du, 0x0000000cu, 0x00000c21u, 0x00000c20u, 0x000500c7u,
    0x0000000cu, 0x00000c23u, 0x00000bf2u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000c24u, 0x00000c23u, 0x0000007au, 0x000500c2u,
    0x0000000cu, 0x00000c25u, 0x00000c21u, 0x00000c24u, 0x000500c7u, 0x0000000cu, 0x00000c26u, 0x00000c25u, 0x0000007du, 0x000500c7u,
    0x0000000cu, 0x00000bf4u, 0x00000c26u, 0x000000f1u, 0x00040070u, 0x00000006u, 0x00000bf5u, 0x00000bf4u, 0x00050080u, 0x0000000cu,
    0x00000bf9u, 0x00000bf2u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000c2au, 0x00000bf9u, 0x00000072u, 0x00060041u, 0x00000074u,
    0x00000c2bu, 0x00000070u, 0x00000067u, 0x00000c2au, 0x0004003du, 0x0000000cu, 0x00000c2cu, 0x00000c2bu, 0x000500c7u, 0x0000000cu,
    0x00000c2eu, 0x00000bf9u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000c2fu, 0x00000c2eu, 0x0000007au, 0x000500c2u, 0x0000000cu,
    0x00000c30u, 0x00000c2cu, 0x00000c2fu, 0x000500c7u, 0x0000000cu, 0x00000c31u, 0x00000c30u, 0x0000007du, 0x000500c7u, 0x0000000cu,
    0x00000bfbu, 0x00000c31u, 0x000000f1u, 0x00040070u, 0x00000006u, 0x00000bfcu, 0x00000bfbu, 0x000200f9u, 0x00000c1bu, 0x000200f8u,
    0x00000bfdu, 0x00050080u, 0x0000000cu, 0x00000c00u, 0x00000a44u, 0x00000a3bu, 0x00050080u, 0x0000000cu, 0x00000c01u, 0x00000c00u,
    0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000c35u, 0x00000c01u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000c36u, 0x00000070u,
    0x00000067u, 0x00000c35u, 0x0004003du, 0x0000000cu, 0x00000c37u, 0x00000c36u, 0x000500c7u, 0x0000000cu, 0x00000c39u, 0x00000c01u,
    0x00000078u, 0x00050084u, 0x0000000cu, 0x00000c3au, 0x00000c39u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c3bu, 0x00000c37u,
    0x00000c3au, 0x000500c7u, 0x0000000cu, 0x00000c3cu, 0x00000c3bu, 0x0000007du, 0x000500c7u, 0x0000000cu, 0x00000c03u, 0x00000c3cu,
    0x00000103u, 0x00050082u, 0x0000000cu, 0x00000c07u, 0x00000c00u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000c40u, 0x00000c07u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x00000c41u, 0x00000070u, 0x00000067u, 0x00000c40u, 0x0004003du, 0x0000000cu, 0x00000c42u,
    0x00000c41u, 0x000500c7u, 0x0000000cu, 0x00000c44u, 0x00000c07u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000c45u, 0x00000c44u,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c46u, 0x00000c42u, 0x00000c45u, 0x000500c7u, 0x0000000cu, 0x00000c47u, 0x00000c46u,
    0x0000007du, 0x000500c2u, 0x0000000cu, 0x00000c09u, 0x00000c47u, 0x0000010bu, 0x000500c4u, 0x0000000cu, 0x00000c0au, 0x00000c09u,
    0x0000010du, 0x000500c5u, 0x0000000cu, 0x00000c0bu, 0x00000c03u, 0x00000c0au, 0x00040070u, 0x00000006u, 0x00000c0cu, 0x00000c0bu,
    0x0004003du, 0x0000000cu, 0x00000c4du, 0x00000c36u, 0x000500c2u, 0x0000000cu, 0x00000c51u, 0x00000c4du, 0x00000c3au, 0x000500c7u,
    0x0000000cu, 0x00000c52u, 0x00000c51u, 0x0000007du, 0x000500c2u, 0x0000000cu, 0x00000c12u, 0x00000c52u, 0x0000010du, 0x000500c2u,
    0x0000000cu, 0x00000c56u, 0x00000c00u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000c57u, 0x00000070u, 0x00000067u, 0x00000c56u,
    0x0004003du, 0x0000000cu, 0x00000c58u, 0x00000c57u, 0x000500c7u, 0x0000000cu, 0x00000c5au, 0x00000c00u, 0x00000078u, 0x00050084u,
    0x0000000cu, 0x00000c5bu, 0x00000c5au, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c5cu, 0x00000c58u, 0x00000c5bu, 0x000500c7u,
    0x0000000cu, 0x00000c5du, 0x00000c5cu, 0x0000007du, 0x000500c2u, 0x0000000cu, 0x00000c17u, 0x00000c5du, 0x0000010bu, 0x000500c4u,
    0x0000000cu, 0x00000c18u, 0x00000c17u, 0x0000010du, 0x000500c5u, 0x0000000cu, 0x00000c19u, 0x00000c12u, 0x00000c18u, 0x00040070u,
    0x00000006u, 0x00000c1au, 0x00000c19u, 0x000200f9u, 0x00000c1bu, 0x000200f8u, 0x00000c1bu, 0x000700f5u, 0x00000006u, 0x00000d42u,
    0x00000bfcu, 0x00000befu, 0x00000c1au, 0x00000bfdu, 0x000700f5u, 0x00000006u, 0x00000d41u, 0x00000bf5u, 0x00000befu, 0x00000c0cu,
    0x00000bfdu, 0x000600a9u, 0x0000000cu, 0x00000a4bu, 0x00000295u, 0x000002b0u, 0x0000014du, 0x00050080u, 0x0000000cu, 0x00000a4cu,
    0x00000a42u, 0x00000a4bu, 0x000500c2u, 0x0000000cu, 0x00000a4eu, 0x00000a3bu, 0x00000063u, 0x00050084u, 0x0000000cu, 0x00000a4fu,
    0x00000a4eu, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000a50u, 0x00000a4cu, 0x00000a4fu, 0x00050080u, 0x0000000cu, 0x00000a52u,
    0x00000a50u, 0x00000932u, 0x000500c2u, 0x0000000cu, 0x00000a53u, 0x00000a52u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000a54u,
    0x00000070u, 0x00000067u, 0x00000a53u, 0x0004003du, 0x0000000cu, 0x00000a55u, 0x00000a54u, 0x000500c7u, 0x0000000cu, 0x00000a57u,
    0x00000a3bu, 0x00000134u, 0x00050084u, 0x0000000cu, 0x00000a58u, 0x00000a57u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000a59u,
    0x00000a55u, 0x00000a58u, 0x000500c7u, 0x0000000cu, 0x00000a5bu, 0x00000a59u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a5du,
    0x00000a59u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x00000a5eu, 0x00000a5du, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a60u,
    0x00000a59u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x00000a61u, 0x00000a60u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000a63u,
    0x00000a59u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x00000a64u, 0x00000a63u, 0x00000103u, 0x00070050u, 0x000001d5u, 0x00000a65u,
    0x00000a5bu, 0x00000a5eu, 0x00000a61u, 0x00000a64u, 0x000300f7u, 0x00000a7fu, 0x00000000u, 0x000400fau, 0x00000295u, 0x00000a67u,
    0x00000a7fu, 0x000200f8u, 0x00000a67u, 0x00050080u, 0x0000000cu, 0x00000a69u, 0x00000a42u, 0x0000014du, 0x00050080u, 0x0000000cu,
    0x00000a6bu, 0x00000a69u, 0x00000932u, 0x000500c2u, 0x0000000cu, 0x00000a6cu, 0x00000a6bu, 0x00000072u, 0x00060041u, 0x00000074u,
    0x00000a6du, 0x00000070u, 0x00000067u, 0x00000a6cu, 0x0004003du, 0x0000000cu, 0x00000a6eu, 0x00000a6du, 0x000500c2u, 0x0000000cu,
    0x00000a70u, 0x00000a6eu, 0x00000a3bu, 0x000500c2u, 0x0000000cu, 0x00000a73u, 0x00000a70u, 0x000001a1u, 0x000500c2u, 0x0000000cu,
    0x00000a75u, 0x00000a70u, 0x00000094u, 0x000500c2u, 0x0000000cu, 0x00000a77u, 0x00000a70u, 0x000000a2u, 0x00070050u, 0x000001d5u,
    0x00000a78u, 0x00000a70u, 0x00000a73u, 0x00000a75u, 0x00000a77u, 0x000500c7u, 0x000001d5u, 0x00000a7au, 0x00000a78u, 0x00000d65u,
    0x000500c4u, 0x000001d5u, 0x00000a7cu, 0x00000a7au, 0x00000d66u, 0x000500c5u, 0x000001d5u, 0x00000a7eu, 0x00000a65u, 0x00000a7cu,
    0x000200f9u, 0x00000a7fu, 0x000200f8u, 0x00000a7fu, 0x000700f5u, 0x000001d5u, 0x00000d43u, 0x00000a65u, 0x00000c1bu, 0x00000a7eu,
    0x00000a67u, 0x000500c2u, 0x0000000cu, 0x00000c68u, 0x00000a42u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000c69u, 0x00000070u,
    0x00000067u, 0x00000c68u, 0x0004003du, 0x0000000cu, 0x00000c6au, 0x00000c69u, 0x000500c7u, 0x0000000cu, 0x00000c6cu, 0x00000a42u,
    0x00000037u, 0x00050084u, 0x0000000cu, 0x00000c6du, 0x00000c6cu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c6eu, 0x00000c6au,
    0x00000c6du, 0x000500c7u, 0x0000000cu, 0x00000c6fu, 0x00000c6eu, 0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000c63u, 0x00000001u,
    0x0000003eu, 0x00000c6fu, 0x00050051u, 0x00000006u, 0x00000c64u, 0x00000c63u, 0x00000000u, 0x00050085u, 0x00000006u, 0x00000a83u,
    0x00000c64u, 0x00000d41u, 0x00040070u, 0x0000002bu, 0x00000a85u, 0x00000d43u, 0x0005008eu, 0x0000002bu, 0x00000a86u, 0x00000a85u,
    0x00000a83u, 0x00050080u, 0x0000000cu, 0x00000a88u, 0x00000a42u, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000c7au, 0x00000a88u,
    0x00000072u, 0x00060041u, 0x00000074u, 0x00000c7bu, 0x00000070u, 0x00000067u, 0x00000c7au, 0x0004003du, 0x0000000cu, 0x00000c7cu,
    0x00000c7bu, 0x000500c7u, 0x0000000cu, 0x00000c7eu, 0x00000a88u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000c7fu, 0x00000c7eu,
    0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c80u, 0x00000c7cu, 0x00000c7fu, 0x000500c7u, 0x0000000cu, 0x00000c81u, 0x00000c80u,
    0x00000089u, 0x0006000cu, 0x0000009cu, 0x00000c75u, 0x00000001u, 0x0000003eu, 0x00000c81u, 0x00050051u, 0x00000006u, 0x00000c76u,
    0x00000c75u, 0x00000000u, 0x00050085u, 0x00000006u, 0x00000a8bu, 0x00000c76u, 0x00000d42u, 0x00070050u, 0x0000002bu, 0x00000a8cu,
    0x00000a8bu, 0x00000a8bu, 0x00000a8bu, 0x00000a8bu, 0x00050083u, 0x0000002bu, 0x00000a8du, 0x00000a86u, 0x00000a8cu, 0x000200f9u,
    0x00000aeeu, 0x000200f8u, 0x00000a8eu, 0x000300f7u, 0x00000ae6u, 0x00000000u, 0x000400fau, 0x000002fbu, 0x00000a8fu, 0x00000ae6u,
    0x000200f8u, 0x00000a8fu, 0x000500c7u, 0x0000000cu, 0x00000a91u, 0x0000042bu, 0x0000022fu, 0x000500c2u, 0x0000000cu, 0x00000a94u,
    0x0000042bu, 0x00000268u, 0x00050084u, 0x0000000cu, 0x00000a95u, 0x00000a94u, 0x000000e2u, 0x00050080u, 0x0000000cu, 0x00000a96u,
    0x000003b3u, 0x00000a95u, 0x000500c2u, 0x0000000cu, 0x00000a98u, 0x00000a91u, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x00000a9au,
    0x00000a91u, 0x00000078u, 0x00050084u, 0x0000000cu, 0x00000a9du, 0x00000a98u, 0x00000310u, 0x00050080u, 0x0000000cu, 0x00000a9eu,
    0x00000a96u, 0x00000a9du, 0x000500c7u, 0x0000000cu, 0x00000aa0u, 0x00000a9au, 0x00000134u, 0x00050084u, 0x0000000cu, 0x00000aa1u,
    0x00000aa0u, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000aa2u, 0x00000a9eu, 0x00000aa1u, 0x00050080u, 0x0000000cu, 0x00000aa4u,
    0x00000aa2u, 0x00000932u, 0x000500c2u, 0x0000000cu, 0x00000c90u, 0x00000aa4u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000c91u,
    0x00000070u, 0x00000067u, 0x00000c90u, 0x0004003du, 0x0000000cu, 0x00000c92u, 0x00000c91u, 0x000500c7u, 0x0000000cu, 0x00000c94u,
    0x00000aa4u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000c95u, 0x00000c94u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000c96u,
    0x00000c92u, 0x00000c95u, 0x000500c7u, 0x0000000cu, 0x00000c97u, 0x00000c96u, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000c89u,
    0x00000aa4u, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000c9bu, 0x00000c89u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000c9cu,
    0x00000070u, 0x00000067u, 0x00000c9bu, 0x0004003du, 0x0000000cu, 0x00000c9du, 0x00000c9cu, 0x000500c7u, 0x0000000cu, 0x00000c9fu,
    0x00000c89u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000ca0u, 0x00000c9fu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000ca1u,
    0x00000c9du, 0x00000ca0u, 0x000500c7u, 0x0000000cu, 0x00000ca2u, 0x00000ca1u, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000c8bu,
    0x00000ca2u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000c8cu, 0x00000c97u, 0x00000c8bu, 0x000500c2u, 0x0000000cu, 0x00000aa7u,
    0x00000a9au, 0x00000063u, 0x00050084u, 0x0000000cu, 0x00000aa8u, 0x00000aa7u, 0x000000b5u, 0x000500c2u, 0x0000000cu, 0x00000aa9u,
    0x00000c8cu, 0x00000aa8u, 0x00050080u, 0x0000000cu, 0x00000aabu, 0x00000a96u, 0x00000321u, 0x00050084u, 0x0000000cu, 0x00000aadu,
    0x00000a98u, 0x000000bcu, 0x00050080u, 0x0000000cu, 0x00000aaeu, 0x00000aabu, 0x00000aadu, 0x00050080u, 0x0000000cu, 0x00000ab0u,
    0x00000aaeu, 0x00000932u, 0x000500c2u, 0x0000000cu, 0x00000cb1u, 0x00000ab0u, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000cb2u,
    0x00000070u, 0x00000067u, 0x00000cb1u, 0x0004003du, 0x0000000cu, 0x00000cb3u, 0x00000cb2u, 0x000500c7u, 0x0000000cu, 0x00000cb5u,
    0x00000ab0u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000cb6u, 0x00000cb5u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000cb7u,
    0x00000cb3u, 0x00000cb6u, 0x000500c7u, 0x0000000cu, 0x00000cb8u, 0x00000cb7u, 0x00000089u, 0x00050080u, 0x0000000cu, 0x00000caau,
    0x00000ab0u, 0x00000037u, 0x000500c2u, 0x0000000cu, 0x00000cbcu, 0x00000caau, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000cbdu,
    0x00000070u, 0x00000067u, 0x00000cbcu, 0x0004003du, 0x0000000cu, 0x00000cbeu, 0x00000cbdu, 0x000500c7u, 0x0000000cu, 0x00000cc0u,
    0x00000caau, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000cc1u, 0x00000cc0u, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000cc2u,
    0x00000cbeu, 0x00000cc1u, 0x000500c7u, 0x0000000cu, 0x00000cc3u, 0x00000cc2u, 0x00000089u, 0x000500c4u, 0x0000000cu, 0x00000cacu,
    0x00000cc3u, 0x00000094u, 0x000500c5u, 0x0000000cu, 0x00000cadu, 0x00000cb8u, 0x00000cacu, 0x00050084u, 0x0000000cu, 0x00000ab3u,
    0x00000037u, 0x00000a9au, 0x000500c2u, 0x0000000cu, 0x00000ab4u, 0x00000cadu, 0x00000ab3u, 0x000500c7u, 0x0000000cu, 0x00000ab6u,
    0x00000aa9u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000ab8u, 0x00000aa9u, 0x000001a1u, 0x000500c7u, 0x0000000cu, 0x00000ab9u,
    0x00000ab8u, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000abbu, 0x00000aa9u, 0x00000094u, 0x000500c7u, 0x0000000cu, 0x00000abcu,
    0x00000abbu, 0x00000103u, 0x000500c2u, 0x0000000cu, 0x00000abeu, 0x00000aa9u, 0x000000a2u, 0x000500c7u, 0x0000000cu, 0x00000abfu,
    0x00000abeu, 0x00000103u, 0x00070050u, 0x000001d5u, 0x00000ac0u, 0x00000ab6u, 0x00000ab9u, 0x00000abcu, 0x00000abfu, 0x000500c2u,
    0x0000000cu, 0x00000ac3u, 0x00000ab4u, 0x000001a1u, 0x000500c2u, 0x0000000cu, 0x00000ac5u, 0x00000ab4u, 0x00000094u, 0x000500c2u,
    0x0000000cu, 0x00000ac7u, 0x00000ab4u, 0x000000a2u, 0x00070050u, 0x000001d5u, 0x00000ac8u, 0x00000ab4u, 0x00000ac3u, 0x00000ac5u,
    0x00000ac7u, 0x000500c7u, 0x000001d5u, 0x00000acau, 0x00000ac8u, 0x00000d69u, 0x000500c4u, 0x000001d5u, 0x00000accu, 0x00000acau,
    0x00000d66u, 0x000500c5u, 0x000001d5u, 0x00000acdu, 0x00000ac0u, 0x00000accu, 0x00040070u, 0x0000002bu, 0x00000aceu, 0x00000acdu,
    0x00050080u, 0x0000000cu, 0x00000ad0u, 0x00000a96u, 0x0000034au, 0x000500c2u, 0x0000000cu, 0x00000cceu, 0x00000ad0u, 0x00000072u,
    0x00060041u, 0x00000074u, 0x00000ccfu, 0x00000070u, 0x00000067u, 0x00000cceu, 0x0004003du, 0x0000000cu, 0x00000cd0u, 0x00000ccfu,
    0x000500c7u, 0x0000000cu, 0x00000cd2u, 0x00000ad0u, 0x00000037u, 0x00050084u, 0x0000000cu, 0x00000cd3u, 0x00000cd2u, 0x0000007au,
    0x000500c2u, 0x0000000cu, 0x00000cd4u, 0x00000cd0u, 0x00000cd3u, 0x000500c7u, 0x0000000cu, 0x00000cd5u, 0x00000cd4u, 0x00000089u,
    0x0006000cu, 0x0000009cu, 0x00000cc9u, 0x00000001u, 0x0000003eu, 0x00000cd5u, 0x00050051u, 0x00000006u, 0x00000ccau, 0x00000cc9u,
    0x00000000u, 0x00050080u, 0x0000000cu, 0x00000ad3u, 0x00000a96u, 0x0000034fu, 0x00050084u, 0x0000000cu, 0x00000ad5u, 0x00000a98u,
    0x0000007au, 0x00050080u, 0x0000000cu, 0x00000ad6u, 0x00000ad3u, 0x00000ad5u, 0x00050080u, 0x0000000cu, 0x00000ad9u, 0x00000ad6u,
    0x00000ab3u, 0x000500c2u, 0x0000000cu, 0x00000adbu, 0x00000932u, 0x0000010du, 0x00050080u, 0x0000000cu, 0x00000adcu, 0x00000ad9u,
    0x00000adbu, 0x000500c2u, 0x0000000cu, 0x00000cd9u, 0x00000adcu, 0x00000072u, 0x00060041u, 0x00000074u, 0x00000cdau, 0x00000070u,
    0x00000067u, 0x00000cd9u, 0x0004003du, 0x0000000cu, 0x00000cdbu, 0x00000cdau, 0x000500c7u, 0x0000000cu, 0x00000cddu, 0x00000adcu,
    0x00000078u, 0x00050084u, 0x0000000cu, 0x00000cdeu, 0x00000cddu, 0x0000007au, 0x000500c2u, 0x0000000cu, 0x00000cdfu, 0x00000cdbu,
    0x00000cdeu, 0x000500c7u, 0x0000000cu, 0x00000ce0u, 0x00000cdfu, 0x0000007du, 0x000500c4u, 0x0000000cu, 0x00000ce4u, 0x00000ce0u,
    0x000000a2u, 0x0004007cu, 0x0000001cu, 0x00000ce5u, 0x00000ce4u, 0x000500c3u, 0x0000001cu, 0x00000ce6u, 0x00000ce5u, 0x000000a2u,
    0x0004006fu, 0x00000006u, 0x00000adfu, 0x00000ce6u, 0x00050085u, 0x00000006u, 0x00000ae0u, 0x00000ccau, 0x00000adfu, 0x00050083u,
    0x0000002bu, 0x00000ae4u, 0x00000aceu, 0x00000d6au, 0x0005008eu, 0x0000002bu, 0x00000ae5u, 0x00000ae4u, 0x00000ae0u, 0x000200f9u,
    0x00000aeeu, 0x000200f8u, 0x00000ae6u, 0x000200f9u, 0x00000ae7u, 0x000200f8u, 0x00000ae7u, 0x000200f9u, 0x00000ae8u, 0x000200f8u,
    0x00000ae8u, 0x000200f9u, 0x00000ae9u, 0x000200f8u, 0x00000ae9u, 0x000200f9u, 0x00000aeau, 0x000200f8u, 0x00000aeau, 0x000200f9u,
    0x00000aebu, 0x000200f8u, 0x00000aebu, 0x000200f9u, 0x00000aecu, 0x000200f8u, 0x00000aecu, 0x000200f9u, 0x00000aedu, 0x000200f8u,
    0x00000aedu, 0x000200f9u, 0x00000aeeu, 0x000200f8u, 0x00000aeeu, 0x001900f5u, 0x0000002bu, 0x00000d45u, 0x0000094eu, 0x00000933u,
    0x00000966u, 0x00000950u, 0x00000984u, 0x00000968u, 0x000009a5u, 0x00000986u, 0x000009dbu, 0x000009c8u, 0x000009e7u, 0x000009deu,
    0x000009eeu, 0x000009e8u, 0x00000d44u, 0x00000a36u, 0x00000a8du, 0x00000a7fu, 0x00000ae5u, 0x00000a8fu, 0x00000368u, 0x00000aedu,
    0x000200f9u, 0x00000434u, 0x000200f8u, 0x00000434u, 0x000700f5u, 0x0000000cu, 0x00000d46u, 0x00000040u, 0x00000aeeu, 0x0000044fu,
    0x00000437u, 0x000500b0u, 0x0000004fu, 0x0000043au, 0x00000d46u, 0x0000007au, 0x000400f6u, 0x00000436u, 0x00000437u, 0x00000000u,
    0x000400fau, 0x0000043au, 0x00000435u, 0x00000436u, 0x000200f8u, 0x00000435u, 0x000500b0u, 0x0000004fu, 0x0000043du, 0x00000d46u,
    0x000003acu, 0x000300f7u, 0x0000043fu, 0x00000000u, 0x000400fau, 0x0000043du, 0x0000043eu, 0x0000043fu, 0x000200f8u, 0x0000043eu,
    0x00050080u, 0x0000000cu, 0x00000444u, 0x000003a6u, 0x00000d46u, 0x00050041u, 0x0000036fu, 0x00000ceau, 0x0000036eu, 0x00000268u,
    0x0004003du, 0x0000000cu, 0x00000cebu, 0x00000ceau, 0x00050041u, 0x0000036fu, 0x00000cedu, 0x0000036eu, 0x0000010du, 0x0004003du,
    0x0000000cu, 0x00000ceeu, 0x00000cedu, 0x00050084u, 0x0000000cu, 0x00000cefu, 0x00000444u, 0x00000ceeu, 0x00050080u, 0x0000000cu,
    0x00000cf0u, 0x00000cebu, 0x00000cefu, 0x00050084u, 0x0000000cu, 0x00000cf2u, 0x000000b5u, 0x00000d38u, 0x00050080u, 0x0000000cu,
    0x00000cf3u, 0x00000cf0u, 0x00000cf2u, 0x00060041u, 0x0000037fu, 0x00000cf5u, 0x0000037du, 0x00000067u, 0x00000cf3u, 0x0004003du,
    0x00000006u, 0x00000cf6u, 0x00000cf5u, 0x00050080u, 0x0000000cu, 0x00000cf8u, 0x00000cf3u, 0x00000134u, 0x00060041u, 0x0000037fu,
    0x00000cf9u, 0x0000037du, 0x00000067u, 0x00000cf8u, 0x0004003du, 0x00000006u, 0x00000cfau, 0x00000cf9u, 0x00050080u, 0x0000000cu,
    0x00000cfcu, 0x00000cf3u, 0x00000037u, 0x00060041u, 0x0000037fu, 0x00000cfdu, 0x0000037du, 0x00000067u, 0x00000cfcu, 0x0004003du,
    0x00000006u, 0x00000cfeu, 0x00000cfdu, 0x00050080u, 0x0000000cu, 0x00000d00u, 0x00000cf3u, 0x00000078u, 0x00060041u, 0x0000037fu,
    0x00000d01u, 0x0000037du, 0x00000067u, 0x00000d00u, 0x0004003du, 0x00000006u, 0x00000d02u, 0x00000d01u, 0x00070050u, 0x0000002bu,
    0x00000d03u, 0x00000cf6u, 0x00000cfau, 0x00000cfeu, 0x00000d02u, 0x00050094u, 0x00000006u, 0x00000449u, 0x00000d45u, 0x00000d03u,
    0x00050041u, 0x00000007u, 0x0000044au, 0x000003beu, 0x00000d46u, 0x0004003du, 0x00000006u, 0x0000044bu, 0x0000044au, 0x00050081u,
    0x00000006u, 0x0000044cu, 0x0000044bu, 0x00000449u, 0x0003003eu, 0x0000044au, 0x0000044cu, 0x000200f9u, 0x0000043fu, 0x000200f8u,
    0x0000043fu, 0x000200f9u, 0x00000437u, 0x000200f8u, 0x00000437u, 0x00050080u, 0x0000000cu, 0x0000044fu, 0x00000d46u, 0x00000063u,
    0x000200f9u, 0x00000434u, 0x000200f8u, 0x00000436u, 0x000200f9u, 0x00000424u, 0x000200f8u, 0x00000424u, 0x00050080u, 0x0000000cu,
    0x00000451u, 0x00000d38u, 0x00000039u, 0x000200f9u, 0x00000421u, 0x000200f8u, 0x00000423u, 0x000200f9u, 0x00000453u, 0x000200f8u,
    0x00000453u, 0x000700f5u, 0x0000000cu, 0x00000d39u, 0x00000040u, 0x00000423u, 0x0000048fu, 0x00000456u, 0x000500b0u, 0x0000004fu,
    0x00000459u, 0x00000d39u, 0x0000007au, 0x000400f6u, 0x00000455u, 0x00000456u, 0x00000000u, 0x000400fau, 0x00000459u, 0x00000454u,
    0x00000455u, 0x000200f8u, 0x00000454u, 0x000500b0u, 0x0000004fu, 0x0000045cu, 0x00000d39u, 0x000003acu, 0x000300f7u, 0x0000045eu,
    0x00000000u, 0x000400fau, 0x0000045cu, 0x0000045du, 0x0000045eu, 0x000200f8u, 0x0000045du, 0x00050041u, 0x00000007u, 0x00000462u,
    0x000003beu, 0x00000d39u, 0x0004003du, 0x00000006u, 0x00000463u, 0x00000462u, 0x000400e0u, 0x00000037u, 0x00000037u, 0x00000038u,
    0x00050041u, 0x00000045u, 0x00000d0bu, 0x0000003cu, 0x000003c9u, 0x0003003eu, 0x00000d0bu, 0x00000463u, 0x000400e0u, 0x00000037u,
    0x00000037u, 0x00000038u, 0x000200f9u, 0x00000d0cu, 0x000200f8u, 0x00000d0cu, 0x000700f5u, 0x0000000cu, 0x00000d3au, 0x00000048u,
    0x0000045du, 0x00000d25u, 0x00000d23u, 0x000500acu, 0x0000004fu, 0x00000d0fu, 0x00000d3au, 0x00000040u, 0x000400f6u, 0x00000d26u,
    0x00000d23u, 0x00000000u, 0x000400fau, 0x00000d0fu, 0x00000d10u, 0x00000d26u, 0x000200f8u, 0x00000d10u, 0x000500b0u, 0x0000004fu,
    0x00000d14u, 0x000003c9u, 0x00000d3au, 0x000300f7u, 0x00000d22u, 0x00000000u, 0x000400fau, 0x00000d14u, 0x00000d15u, 0x00000d22u,
    0x000200f8u, 0x00000d15u, 0x00050080u, 0x0000000cu, 0x00000d1bu, 0x000003c9u, 0x00000d3au, 0x00050041u, 0x00000045u, 0x00000d1cu,
    0x0000003cu, 0x00000d1bu, 0x0004003du, 0x00000006u, 0x00000d1du, 0x00000d1cu, 0x0004003du, 0x00000006u, 0x00000d1fu, 0x00000d0bu,
    0x00050081u, 0x00000006u, 0x00000d20u, 0x00000d1fu, 0x00000d1du, 0x0003003eu, 0x00000d0bu, 0x00000d20u, 0x000200f9u, 0x00000d22u,
    0x000200f8u, 0x00000d22u, 0x000400e0u, 0x00000037u, 0x00000037u, 0x00000038u, 0x000200f9u, 0x00000d23u, 0x000200f8u, 0x00000d23u,
    0x000500c2u, 0x0000000cu, 0x00000d25u, 0x00000d3au, 0x00000063u, 0x000200f9u, 0x00000d0cu, 0x000200f8u, 0x00000d26u, 0x00050041u,
    0x00000045u, 0x00000d27u, 0x0000003cu, 0x00000067u, 0x0004003du, 0x00000006u, 0x00000d28u, 0x00000d27u, 0x000400e0u, 0x00000037u,
    0x00000037u, 0x00000038u, 0x000500aau, 0x0000004fu, 0x00000467u, 0x000003c9u, 0x00000040u, 0x000300f7u, 0x00000469u, 0x00000000u,
    0x000400fau, 0x00000467u, 0x00000468u, 0x00000469u, 0x000200f8u, 0x00000468u, 0x00050041u, 0x0000036fu, 0x0000046cu, 0x0000036eu,
    0x0000046bu, 0x0004003du, 0x0000000cu, 0x0000046du, 0x0000046cu, 0x00050080u, 0x0000000cu, 0x00000470u, 0x000003a6u, 0x00000d39u,
    0x00050041u, 0x0000036fu, 0x00000471u, 0x0000036eu, 0x0000010bu, 0x0004003du, 0x0000000cu, 0x00000472u, 0x00000471u, 0x00050084u,
    0x0000000cu, 0x00000473u, 0x00000470u, 0x00000472u, 0x00050080u, 0x0000000cu, 0x00000474u, 0x0000046du, 0x00000473u, 0x00050041u,
    0x0000036fu, 0x00000476u, 0x0000036eu, 0x00000475u, 0x0004003du, 0x0000000cu, 0x00000477u, 0x00000476u, 0x00050080u, 0x0000000cu,
    0x00000478u, 0x00000474u, 0x00000477u, 0x00050080u, 0x0000000cu, 0x0000047au, 0x00000478u, 0x0000039bu, 0x00050041u, 0x0000036fu,
    0x00000480u, 0x0000036eu, 0x000001a1u, 0x0004003du, 0x0000000cu, 0x00000481u, 0x00000480u, 0x000500abu, 0x0000004fu, 0x00000482u,
    0x00000481u, 0x00000040u, 0x000300f7u, 0x00000485u, 0x00000000u, 0x000400fau, 0x00000482u, 0x00000484u, 0x00000489u, 0x000200f8u,
    0x00000484u, 0x00060041u, 0x0000037fu, 0x00000487u, 0x0000047eu, 0x00000067u, 0x0000047au, 0x0004003du, 0x00000006u, 0x00000488u,
    0x00000487u, 0x000200f9u, 0x00000485u, 0x000200f8u, 0x00000489u, 0x000200f9u, 0x00000485u, 0x000200f8u, 0x00000485u, 0x000700f5u,
    0x00000006u, 0x00000d3cu, 0x00000488u, 0x00000484u, 0x00000367u, 0x00000489u, 0x00050081u, 0x00000006u, 0x0000048cu, 0x00000d3cu,
    0x00000d28u, 0x00060041u, 0x0000037fu, 0x0000048du, 0x0000047eu, 0x00000067u, 0x0000047au, 0x0003003eu, 0x0000048du, 0x0000048cu,
    0x000200f9u, 0x00000469u, 0x000200f8u, 0x00000469u, 0x000200f9u, 0x0000045eu, 0x000200f8u, 0x0000045eu, 0x000200f9u, 0x00000456u,
    0x000200f8u, 0x00000456u, 0x00050080u, 0x0000000cu, 0x0000048fu, 0x00000d39u, 0x00000063u, 0x000200f9u, 0x00000453u, 0x000200f8u,
    0x00000455u, 0x000200f9u, 0x00000492u, 0x000200f8u, 0x00000492u, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvMatmulSubgroup[7734] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x00000d58u, 0x00000000u, 0x00020011u, 0x00000001u, 0x00020011u, 0x0000003du, 0x00020011u,
    0x0000003fu, 0x0006000bu, 0x00000001u, 0x4c534c47u, 0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u,
    0x000a000fu, 0x00000005u, 0x00000004u, 0x6e69616du, 0x00000000u, 0x00000045u, 0x00000054u, 0x00000388u, 0x0000038bu, 0x000003beu,
    0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u, 0x00000040u, 0x00000001u, 0x00000000u,
    0x00040047u, 0x00000045u, 0x0000000bu, 0x00000028u, 0x00040047u, 0x00000054u, 0x0000000bu, 0x00000026u, 0x00040047u, 0x00000062u,
    0x00000006u, 0x00000004u, 0x00040048u, 0x00000063u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000063u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x00000063u, 0x00000002u, 0x00040047u, 0x00000065u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000065u,
    0x00000021u, 0x00000000u, 0x00040047u, 0x0000009du, 0x00000001u, 0x00000001u, 0x00050048u, 0x00000360u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00050048u, 0x00000360u, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x00000360u, 0x00000002u, 0x00000023u,
    0x00000008u, 0x00050048u, 0x00000360u, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x00000360u, 0x00000004u, 0x00000023u,
    0x00000010u, 0x00050048u, 0x00000360u, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x00000360u, 0x00000006u, 0x00000023u,
    0x00000018u, 0x00050048u, 0x00000360u, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x00000360u, 0x00000008u, 0x00000023u,
    0x00000020u, 0x00030047u, 0x00000360u, 0x00000002u, 0x00040047u, 0x0000036eu, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000036fu,
    0x00000000u, 0x00000018u, 0x00050048u, 0x0000036fu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000036fu, 0x00000002u,
    0x00040047u, 0x00000371u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000371u, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000388u,
    0x0000000bu, 0x0000001au, 0x00040047u, 0x0000038bu, 0x0000000bu, 0x00000018u, 0x00040047u, 0x000003beu, 0x0000000bu, 0x0000001bu,
    0x00040047u, 0x00000472u, 0x00000006u, 0x00000004u, 0x00050048u, 0x00000473u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u,
    0x00000473u, 0x00000002u, 0x00040047u, 0x00000475u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000475u, 0x00000021u, 0x00000002u,
    0x00040047u, 0x00000487u, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000488u, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u,
    0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u, 0x00000006u, 0x00000020u, 0x00040020u, 0x00000007u, 0x00000007u, 0x00000006u,
    0x00040015u, 0x0000000cu, 0x00000020u, 0x00000000u, 0x00040015u, 0x0000001cu, 0x00000020u, 0x00000001u, 0x00040017u, 0x0000002bu,
    0x00000006u, 0x00000004u, 0x0004002bu, 0x0000000cu, 0x00000038u, 0x00000003u, 0x0004002bu, 0x0000000cu, 0x0000003au, 0x00000002u,
    0x0004002bu, 0x0000000cu, 0x0000003bu, 0x00000108u, 0x00020014u, 0x0000003cu, 0x00040032u, 0x0000000cu, 0x00000040u, 0x00000040u,
    0x0004001cu, 0x00000041u, 0x00000006u, 0x00000040u, 0x00040020u, 0x00000042u, 0x00000004u, 0x00000041u, 0x0004003bu, 0x00000042u,
    0x00000043u, 0x00000004u, 0x00040020u, 0x00000044u, 0x00000001u, 0x0000000cu, 0x0004003bu, 0x00000044u, 0x00000045u, 0x00000001u,
    0x00040020u, 0x00000048u, 0x00000004u, 0x00000006u, 0x0004002bu, 0x00000006u, 0x0000004bu, 0x00000000u, 0x0004002bu, 0x0000000cu,
    0x0000004du, 0x00000000u, 0x0004003bu, 0x00000044u, 0x00000054u, 0x00000001u, 0x0004002bu, 0x0000001cu, 0x0000005du, 0x00000001u,
    0x0003001du, 0x00000062u, 0x0000000cu, 0x0003001eu, 0x00000063u, 0x00000062u, 0x00040020u, 0x00000064u, 0x0000000cu, 0x00000063u,
    0x0004003bu, 0x00000064u, 0x00000065u, 0x0000000cu, 0x0004002bu, 0x0000001cu, 0x00000066u, 0x00000000u, 0x0004002bu, 0x0000001cu,
    0x00000068u, 0x00000002u, 0x00040020u, 0x0000006au, 0x0000000cu, 0x0000000cu, 0x0004002bu, 0x0000000cu, 0x0000006fu, 0x00000008u,
    0x0004002bu, 0x0000000cu, 0x00000072u, 0x000000ffu, 0x0004002bu, 0x0000000cu, 0x0000007eu, 0x0000ffffu, 0x0004002bu, 0x0000001cu,
    0x00000089u, 0x00000010u, 0x00040017u, 0x00000091u, 0x00000006u, 0x00000002u, 0x0004002bu, 0x0000001cu, 0x00000097u, 0x00000018u,
    0x00040032u, 0x0000000cu, 0x0000009du, 0x00000000u, 0x0004002bu, 0x0000000cu, 0x000000aau, 0x00000004u, 0x0004002bu, 0x0000000cu,
    0x000000b1u, 0x00000020u, 0x0004002bu, 0x0000000cu, 0x000000b3u, 0x00000012u, 0x0004002bu, 0x0000000cu, 0x000000b8u, 0x00000014u,
    0x0004002bu, 0x0000000cu, 0x000000bdu, 0x00000016u, 0x0004002bu, 0x0000000cu, 0x000000c2u, 0x00000018u, 0x0004002bu, 0x0000000cu,
    0x000000c7u, 0x00000022u, 0x0004002bu, 0x0000000cu, 0x000000cbu, 0x00000100u, 0x0004002bu, 0x0000000cu, 0x000000cdu, 0x00000090u,
    0x0004002bu, 0x0000000cu, 0x000000d2u, 0x000000b0u, 0x0004002bu, 0x0000000cu, 0x000000d7u, 0x000000d2u, 0x0004002bu, 0x0000000cu,
    0x000000e6u, 0x0000003fu, 0x0004002bu, 0x0000000cu, 0x000000f8u, 0x0000000fu, 0x0004002bu, 0x0000001cu, 0x00000100u, 0x00000006u,
    0x0004002bu, 0x0000001cu, 0x00000102u, 0x00000004u, 0x00060034u, 0x0000003cu, 0x00000119u, 0x000000aau, 0x0000009du, 0x0000004du,
    0x0004002bu, 0x0000000cu, 0x00000129u, 0x00000001u, 0x00060034u, 0x0000003cu, 0x0000013bu, 0x000000aau, 0x0000009du, 0x00000129u,
    0x0004002bu, 0x0000000cu, 0x00000142u, 0x00000010u, 0x0004002bu, 0x0000000cu, 0x00000158u, 0x0000001eu, 0x00060034u, 0x0000003cu,
    0x00000159u, 0x000000aau, 0x0000009du, 0x00000158u, 0x0004002bu, 0x0000000cu, 0x00000172u, 0xffff0000u, 0x00060034u, 0x0000003cu,
    0x0000017eu, 0x000000aau, 0x0000009du, 0x0000006fu, 0x0004002bu, 0x0000001cu, 0x00000196u, 0x00000008u, 0x00060034u, 0x0000003cu,
    0x000001abu, 0x000000aau, 0x0000009du, 0x0000003au, 0x00060034u, 0x0000003cu, 0x000001acu, 0x000000aau, 0x0000009du, 0x000000b8u,
    0x00060034u, 0x0000003cu, 0x000001adu, 0x000000a6u, 0x000001abu, 0x000001acu, 0x00060034u, 0x0000003cu, 0x000001aeu, 0x000000aau,
    0x0000009du, 0x00000038u, 0x00060034u, 0x0000003cu, 0x000001afu, 0x000000a6u, 0x000001adu, 0x000001aeu, 0x00060034u, 0x0000003cu,
    0x000001b4u, 0x000000aau, 0x0000009du, 0x00000038u, 0x00040017u, 0x000001cau, 0x0000000cu, 0x00000004u, 0x00060034u, 0x0000003cu,
    0x000001ddu, 0x000000aau, 0x0000009du, 0x000000b8u, 0x0004001cu, 0x000001e1u, 0x00000006u, 0x00000142u, 0x0004002bu, 0x00000006u,
    0x000001e2u, 0xc2fe0000u, 0x0004002bu, 0x00000006u, 0x000001e3u, 0xc2d00000u, 0x0004002bu, 0x00000006u, 0x000001e4u, 0xc2a60000u,
    0x0004002bu, 0x00000006u, 0x000001e5u, 0xc2820000u, 0x0004002bu, 0x00000006u, 0x000001e6u, 0xc2440000u, 0x0004002bu, 0x00000006u,
    0x000001e7u, 0xc20c0000u, 0x0004002bu, 0x00000006u, 0x000001e8u, 0xc1b00000u, 0x0004002bu, 0x00000006u, 0x000001e9u, 0xc1200000u,
    0x0004002bu, 0x00000006u, 0x000001eau, 0x3f800000u, 0x0004002bu, 0x00000006u, 0x000001ebu, 0x41500000u, 0x0004002bu, 0x00000006u,
    0x000001ecu, 0x41c80000u, 0x0004002bu, 0x00000006u, 0x000001edu, 0x42180000u, 0x0004002bu, 0x00000006u, 0x000001eeu, 0x42540000u,
    0x0004002bu, 0x00000006u, 0x000001efu, 0x428a0000u, 0x0004002bu, 0x00000006u, 0x000001f0u, 0x42b20000u, 0x0004002bu, 0x00000006u,
    0x000001f1u, 0x42e20000u, 0x0013002cu, 0x000001e1u, 0x000001f2u, 0x000001e2u, 0x000001e3u, 0x000001e4u, 0x000001e5u, 0x000001e6u,
    0x000001e7u, 0x000001e8u, 0x000001e9u, 0x000001eau, 0x000001ebu, 0x000001ecu, 0x000001edu, 0x000001eeu, 0x000001efu, 0x000001f0u,
    0x000001f1u, 0x00040020u, 0x000001f5u, 0x00000007u, 0x000001e1u, 0x0004002bu, 0x00000006u, 0x0000021cu, 0x41000000u, 0x0004002bu,
    0x0000000cu, 0x00000222u, 0x00000006u, 0x00060034u, 0x0000003cu, 0x00000223u, 0x000000aau, 0x0000009du, 0x00000222u, 0x0004002bu,
    0x0000000cu, 0x00000224u, 0x00000007u, 0x00060034u, 0x0000003cu, 0x00000225u, 0x000000aau, 0x0000009du, 0x00000224u, 0x00060034u,
    0x0000003cu, 0x00000226u, 0x000000a6u, 0x00000223u, 0x00000225u, 0x00060034u, 0x0000003cu, 0x0000022au, 0x000000aau, 0x0000009du,
    0x00000224u, 0x00040020u, 0x00000249u, 0x00000007u, 0x0000002bu, 0x0004002bu, 0x0000001cu, 0x0000025du, 0x00000003u, 0x00040017u,
    0x00000262u, 0x0000001cu, 0x00000004u, 0x0004002bu, 0x00000006u, 0x0000027bu, 0x41800000u, 0x0004002bu, 0x0000000cu, 0x00000282u,
    0x0000000cu, 0x00060034u, 0x0000003cu, 0x00000283u, 0x000000aau, 0x0000009du, 0x00000282u, 0x0004002bu, 0x0000000cu, 0x00000284u,
    0x0000000du, 0x00060034u, 0x0000003cu, 0x00000285u, 0x000000aau, 0x0000009du, 0x00000284u, 0x00060034u, 0x0000003cu, 0x00000286u,
    0x000000a6u, 0x00000283u, 0x00000285u, 0x00060034u, 0x0000003cu, 0x0000028au, 0x000000aau, 0x0000009du, 0x00000284u, 0x0004002bu,
    0x0000000cu, 0x000002a5u, 0x00000030u, 0x0004002bu, 0x0000000cu, 0x000002efu, 0x0000000eu, 0x00060034u, 0x0000003cu, 0x000002f0u,
    0x000000aau, 0x0000009du, 0x000002efu, 0x0004002bu, 0x0000000cu, 0x00000305u, 0x00000040u, 0x0004002bu, 0x0000000cu, 0x00000316u,
    0x00000080u, 0x0004002bu, 0x0000000cu, 0x0000033fu, 0x000000d0u, 0x0004002bu, 0x0000000cu, 0x00000344u, 0x000000c0u, 0x0004002bu,
    0x00000006u, 0x00000357u, 0x42000000u, 0x0007002cu, 0x0000002bu, 0x0000035cu, 0x0000004bu, 0x0000004bu, 0x0000004bu, 0x0000004bu,
    0x000b001eu, 0x00000360u, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu,
    0x0000000cu, 0x00040020u, 0x00000361u, 0x00000009u, 0x00000360u, 0x0004003bu, 0x00000361u, 0x00000362u, 0x00000009u, 0x00040020u,
    0x00000363u, 0x00000009u, 0x0000000cu, 0x0003001du, 0x0000036eu, 0x00000006u, 0x0003001eu, 0x0000036fu, 0x0000036eu, 0x00040020u,
    0x00000370u, 0x0000000cu, 0x0000036fu, 0x0004003bu, 0x00000370u, 0x00000371u, 0x0000000cu, 0x00040020u, 0x00000373u, 0x0000000cu,
    0x00000006u, 0x00040017u, 0x00000386u, 0x0000000cu, 0x00000003u, 0x00040020u, 0x00000387u, 0x00000001u, 0x00000386u, 0x0004003bu,
    0x00000387u, 0x00000388u, 0x00000001u, 0x0004003bu, 0x00000387u, 0x0000038bu, 0x00000001u, 0x0004001cu, 0x000003b2u, 0x00000006u,
    0x0000006fu, 0x00040020u, 0x000003b3u, 0x00000007u, 0x000003b2u, 0x0004003bu, 0x00000387u, 0x000003beu, 0x00000001u, 0x00060034u,
    0x0000000cu, 0x000003c7u, 0x00000084u, 0x00000038u, 0x00000040u, 0x0004001cu, 0x000003d3u, 0x0000002bu, 0x000000aau, 0x00040020u,
    0x000003d4u, 0x00000007u, 0x000003d3u, 0x00060034u, 0x0000000cu, 0x00000415u, 0x00000084u, 0x000000aau, 0x00000040u, 0x0004002bu,
    0x0000001cu, 0x00000462u, 0x00000005u, 0x0004002bu, 0x0000001cu, 0x0000046cu, 0x00000007u, 0x0003001du, 0x00000472u, 0x00000006u,
    0x0003001eu, 0x00000473u, 0x00000472u, 0x00040020u, 0x00000474u, 0x0000000cu, 0x00000473u, 0x0004003bu, 0x00000474u, 0x00000475u,
    0x0000000cu, 0x00040032u, 0x0000000cu, 0x00000487u, 0x00000001u, 0x00060033u, 0x00000386u, 0x00000488u, 0x00000487u, 0x00000129u,
    0x00000129u, 0x0003002au, 0x0000003cu, 0x0000048bu, 0x00030029u, 0x0000003cu, 0x0000048du, 0x00030001u, 0x0000000cu, 0x00000d22u,
    0x0007002cu, 0x000001cau, 0x00000d52u, 0x00000129u, 0x00000129u, 0x00000129u, 0x00000129u, 0x0007002cu, 0x00000262u, 0x00000d53u,
    0x00000102u, 0x00000102u, 0x00000102u, 0x00000102u, 0x0007002cu, 0x0000002bu, 0x00000d54u, 0x0000021cu, 0x0000021cu, 0x0000021cu,
    0x0000021cu, 0x0007002cu, 0x0000002bu, 0x00000d55u, 0x0000027bu, 0x0000027bu, 0x0000027bu, 0x0000027bu, 0x0007002cu, 0x000001cau,
    0x00000d56u, 0x00000038u, 0x00000038u, 0x00000038u, 0x00000038u, 0x0007002cu, 0x0000002bu, 0x00000d57u, 0x00000357u, 0x00000357u,
    0x00000357u, 0x00000357u, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x0004003bu,
    0x000001f5u, 0x000008fau, 0x00000007u, 0x0004003bu, 0x000001f5u, 0x000008fbu, 0x00000007u, 0x0004003bu, 0x000001f5u, 0x000008fcu,
    0x00000007u, 0x0004003bu, 0x000001f5u, 0x000008fdu, 0x00000007u, 0x0004003bu, 0x000001f5u, 0x000004e1u, 0x00000007u, 0x0004003bu,
    0x000001f5u, 0x000004e2u, 0x00000007u, 0x0004003bu, 0x000001f5u, 0x000004e3u, 0x00000007u, 0x0004003bu, 0x000001f5u, 0x000004e4u,
    0x00000007u, 0x0004003bu, 0x000003b3u, 0x000003b4u, 0x00000007u, 0x0004003bu, 0x000003d4u, 0x000003d5u, 0x00000007u, 0x000300f7u,
    0x00000489u, 0x00000000u, 0x000300fbu, 0x0000004du, 0x0000048au, 0x000200f8u, 0x0000048au, 0x00050041u, 0x00000044u, 0x00000389u,
    0x00000388u, 0x0000004du, 0x0004003du, 0x0000000cu, 0x0000038au, 0x00000389u, 0x00050041u, 0x00000044u, 0x0000038cu, 0x0000038bu,
    0x0000004du, 0x0004003du, 0x0000000cu, 0x0000038du, 0x0000038cu, 0x00050041u, 0x00000044u, 0x0000038eu, 0x00000388u, 0x0000003au,
    0x0004003du, 0x0000000cu, 0x0000038fu, 0x0000038eu, 0x00050084u, 0x0000000cu, 0x00000390u, 0x0000038du, 0x0000038fu, 0x00050080u,
    0x0000000cu, 0x00000391u, 0x0000038au, 0x00000390u, 0x00050041u, 0x00000363u, 0x00000393u, 0x00000362u, 0x0000005du, 0x0004003du,
    0x0000000cu, 0x00000394u, 0x00000393u, 0x000500aeu, 0x0000003cu, 0x00000395u, 0x00000391u, 0x00000394u, 0x000300f7u, 0x00000397u,
    0x00000000u, 0x000400fau, 0x00000395u, 0x00000396u, 0x00000397u, 0x000200f8u, 0x00000396u, 0x000200f9u, 0x00000489u, 0x000200f8u,
    0x00000397u, 0x00050041u, 0x00000044u, 0x0000039au, 0x00000388u, 0x00000129u, 0x0004003du, 0x0000000cu, 0x0000039bu, 0x0000039au,
    0x00050084u, 0x0000000cu, 0x0000039cu, 0x0000039bu, 0x0000006fu, 0x00050041u, 0x00000363u, 0x0000039eu, 0x00000362u, 0x00000068u,
    0x0004003du, 0x0000000cu, 0x0000039fu, 0x0000039eu, 0x00050082u, 0x0000000cu, 0x000003a1u, 0x0000039fu, 0x0000039cu, 0x0007000cu,
    0x0000000cu, 0x000003a2u, 0x00000001u, 0x00000026u, 0x0000006fu, 0x000003a1u, 0x00050041u, 0x00000363u, 0x000003a6u, 0x00000362u,
    0x00000066u, 0x0004003du, 0x0000000cu, 0x000003a7u, 0x000003a6u, 0x000300f7u, 0x000004c8u, 0x00000000u, 0x000300fbu, 0x0000004du,
    0x0000049eu, 0x000200f8u, 0x0000049eu, 0x000300f7u, 0x000004c5u, 0x00000000u, 0x001b00fbu, 0x0000009du, 0x000004c5u, 0x00000000u,
    0x0000049fu, 0x00000001u, 0x000004a2u, 0x0000001eu, 0x000004a2u, 0x00000002u, 0x000004a5u, 0x00000014u, 0x000004a5u, 0x00000003u,
    0x000004a9u, 0x00000006u, 0x000004adu, 0x00000007u, 0x000004b1u, 0x00000008u, 0x000004b5u, 0x0000000cu, 0x000004b9u, 0x0000000du,
    0x000004bdu, 0x0000000eu, 0x000004c1u, 0x000200f8u, 0x0000049fu, 0x00050084u, 0x0000000cu, 0x000004a1u, 0x000003a7u, 0x000000aau,
    0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004a2u, 0x00050084u, 0x0000000cu, 0x000004a4u, 0x000003a7u, 0x0000003au, 0x000200f9u,
    0x000004c5u, 0x000200f8u, 0x000004a5u, 0x00050086u, 0x0000000cu, 0x000004a7u, 0x000003a7u, 0x000000b1u, 0x00050084u, 0x0000000cu,
    0x000004a8u, 0x000004a7u, 0x000000b3u, 0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004a9u, 0x00050086u, 0x0000000cu, 0x000004abu,
    0x000003a7u, 0x000000b1u, 0x00050084u, 0x0000000cu, 0x000004acu, 0x000004abu, 0x000000b8u, 0x000200f9u, 0x000004c5u, 0x000200f8u,
    0x000004adu, 0x00050086u, 0x0000000cu, 0x000004afu, 0x000003a7u, 0x000000b1u, 0x00050084u, 0x0000000cu, 0x000004b0u, 0x000004afu,
    0x000000bdu, 0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004b1u, 0x00050086u, 0x0000000cu, 0x000004b3u, 0x000003a7u, 0x000000b1u,
    0x00050084u, 0x0000000cu, 0x000004b4u, 0x000004b3u, 0x000000c2u, 0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004b5u, 0x00050086u,
    0x0000000cu, 0x000004b7u, 0x000003a7u, 0x000000b1u, 0x00050084u, 0x0000000cu, 0x000004b8u, 0x000004b7u, 0x000000c7u, 0x000200f9u,
    0x000004c5u, 0x000200f8u, 0x000004b9u, 0x00050086u, 0x0000000cu, 0x000004bbu, 0x000003a7u, 0x000000cbu, 0x00050084u, 0x0000000cu,
    0x000004bcu, 0x000004bbu, 0x000000cdu, 0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004bdu, 0x00050086u, 0x0000000cu, 0x000004bfu,
    0x000003a7u, 0x000000cbu, 0x00050084u, 0x0000000cu, 0x000004c0u, 0x000004bfu, 0x000000d2u, 0x000200f9u, 0x000004c5u, 0x000200f8u,
    0x000004c1u, 0x00050086u, 0x0000000cu, 0x000004c3u, 0x000003a7u, 0x000000cbu, 0x00050084u, 0x0000000cu, 0x000004c4u, 0x000004c3u,
    0x000000d7u, 0x000200f9u, 0x000004c5u, 0x000200f8u, 0x000004c5u, 0x001900f5u, 0x0000000cu, 0x00000d21u, 0x00000d22u, 0x0000049eu,
    0x000004a1u, 0x0000049fu, 0x000004a4u, 0x000004a2u, 0x000004a8u, 0x000004a5u, 0x000004acu, 0x000004a9u, 0x000004b0u, 0x000004adu,
    0x000004b4u, 0x000004b1u, 0x000004b8u, 0x000004b5u, 0x000004bcu, 0x000004b9u, 0x000004c0u, 0x000004bdu, 0x000004c4u, 0x000004c1u,
    0x001900f5u, 0x0000003cu, 0x00000d1fu, 0x0000048bu, 0x0000049eu, 0x0000048du, 0x0000049fu, 0x0000048du, 0x000004a2u, 0x0000048du,
    0x000004a5u, 0x0000048du, 0x000004a9u, 0x0000048du, 0x000004adu, 0x0000048du, 0x000004b1u, 0x0000048du, 0x000004b5u, 0x0000048du,
    0x000004b9u, 0x0000048du, 0x000004bdu, 0x0000048du, 0x000004c1u, 0x000300f7u, 0x000004c7u, 0x00000000u, 0x000400fau, 0x00000d1fu,
    0x000004c8u, 0x000004c7u, 0x000200f8u, 0x000004c7u, 0x000200f9u, 0x000004c8u, 0x000200f8u, 0x000004c8u, 0x000700f5u, 0x0000000cu,
    0x00000d20u, 0x00000d21u, 0x000004c5u, 0x0000004du, 0x000004c7u, 0x00050084u, 0x0000000cu, 0x000003a9u, 0x00000391u, 0x00000d20u,
    0x000200f9u, 0x000003abu, 0x000200f8u, 0x000003abu, 0x000700f5u, 0x0000000cu, 0x00000d23u, 0x0000004du, 0x000004c8u, 0x000003b8u,
    0x000003acu, 0x000500b0u, 0x0000003cu, 0x000003b1u, 0x00000d23u, 0x0000006fu, 0x000400f6u, 0x000003adu, 0x000003acu, 0x00000000u,
    0x000400fau, 0x000003b1u, 0x000003acu, 0x000003adu, 0x000200f8u, 0x000003acu, 0x00050041u, 0x00000007u, 0x000003b6u, 0x000003b4u,
    0x00000d23u, 0x0003003eu, 0x000003b6u, 0x0000004bu, 0x00050080u, 0x0000000cu, 0x000003b8u, 0x00000d23u, 0x0000005du, 0x000200f9u,
    0x000003abu, 0x000200f8u, 0x000003adu, 0x00050086u, 0x0000000cu, 0x000003bcu, 0x000003a7u, 0x000000aau, 0x00050041u, 0x00000044u,
    0x000003bfu, 0x000003beu, 0x0000004du, 0x0004003du, 0x0000000cu, 0x000003c0u, 0x000003bfu, 0x000200f9u, 0x000003c1u, 0x000200f8u,
    0x000003c1u, 0x000700f5u, 0x0000000cu, 0x00000d24u, 0x000003c0u, 0x000003adu, 0x00000417u, 0x000003c4u, 0x00050080u, 0x0000000cu,
    0x000003c8u, 0x00000d24u, 0x000003c7u, 0x000500b0u, 0x0000003cu, 0x000003cau, 0x000003c8u, 0x000003bcu, 0x000400f6u, 0x000003c3u,
    0x000003c4u, 0x00000000u, 0x000400fau, 0x000003cau, 0x000003c2u, 0x000003c3u, 0x000200f8u, 0x000003c2u, 0x000200f9u, 0x000003ccu,
    0x000200f8u, 0x000003ccu, 0x000700f5u, 0x0000000cu, 0x00000d3bu, 0x0000004du, 0x000003c2u, 0x000003e8u, 0x000003cfu, 0x000500b0u,
    0x0000003cu, 0x000003d2u, 0x00000d3bu, 0x000000aau, 0x000400f6u, 0x000003ceu, 0x000003cfu, 0x00000000u, 0x000400fau, 0x000003d2u,
    0x000003cdu, 0x000003ceu, 0x000200f8u, 0x000003cdu, 0x00050084u, 0x0000000cu, 0x000003d9u, 0x00000d3bu, 0x00000040u, 0x00050080u,
    0x0000000cu, 0x000003dau, 0x00000d24u, 0x000003d9u, 0x000500c2u, 0x0000000cu, 0x000003dbu, 0x000003dau, 0x0000025du, 0x000500c7u,
    0x0000000cu, 0x000003e0u, 0x000003dau, 0x00000224u, 0x000300f7u, 0x000006ccu, 0x00000000u, 0x000300fbu, 0x0000004du, 0x0000050eu,
    0x000200f8u, 0x0000050eu, 0x00050084u, 0x0000000cu, 0x00000510u, 0x000000aau, 0x000003e0u, 0x000300f7u, 0x000006cbu, 0x00000000u,
    0x000400fau, 0x00000119u, 0x00000511u, 0x0000052du, 0x000200f8u, 0x00000511u, 0x00050086u, 0x0000000cu, 0x00000513u, 0x000003a9u,
    0x000000aau, 0x00050084u, 0x0000000cu, 0x00000515u, 0x000003dbu, 0x000000b1u, 0x00050080u, 0x0000000cu, 0x00000516u, 0x00000513u,
    0x00000515u, 0x00050080u, 0x0000000cu, 0x00000518u, 0x00000516u, 0x00000510u, 0x00060041u, 0x0000006au, 0x0000051au, 0x00000065u,
    0x00000066u, 0x00000518u, 0x0004003du, 0x0000000cu, 0x0000051bu, 0x0000051au, 0x0004007cu, 0x00000006u, 0x0000051cu, 0x0000051bu,
    0x00050080u, 0x0000000cu, 0x0000051eu, 0x00000518u, 0x00000129u, 0x00060041u, 0x0000006au, 0x0000051fu, 0x00000065u, 0x00000066u,
    0x0000051eu, 0x0004003du, 0x0000000cu, 0x00000520u, 0x0000051fu, 0x0004007cu, 0x00000006u, 0x00000521u, 0x00000520u, 0x00050080u,
    0x0000000cu, 0x00000523u, 0x00000518u, 0x0000003au, 0x00060041u, 0x0000006au, 0x00000524u, 0x00000065u, 0x00000066u, 0x00000523u,
    0x0004003du, 0x0000000cu, 0x00000525u, 0x00000524u, 0x0004007cu, 0x00000006u, 0x00000526u, 0x00000525u, 0x00050080u, 0x0000000cu,
    0x00000528u, 0x00000518u, 0x00000038u, 0x00060041u, 0x0000006au, 0x00000529u, 0x00000065u, 0x00000066u, 0x00000528u, 0x0004003du,
    0x0000000cu, 0x0000052au, 0x00000529u, 0x0004007cu, 0x00000006u, 0x0000052bu, 0x0000052au, 0x00070050u, 0x0000002bu, 0x0000052cu,
    0x0000051cu, 0x00000521u, 0x00000526u, 0x0000052bu, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x0000052du, 0x000300f7u, 0x000006cau,
    0x00000000u, 0x000400fau, 0x0000013bu, 0x0000052eu, 0x00000545u, 0x000200f8u, 0x0000052eu, 0x00050086u, 0x0000000cu, 0x00000530u,
    0x000003a9u, 0x000000aau, 0x00050084u, 0x0000000cu, 0x00000532u, 0x000003dbu, 0x00000142u, 0x00050080u, 0x0000000cu, 0x00000533u,
    0x00000530u, 0x00000532u, 0x00050084u, 0x0000000cu, 0x00000535u, 0x0000003au, 0x000003e0u, 0x00050080u, 0x0000000cu, 0x00000536u,
    0x00000533u, 0x00000535u, 0x00060041u, 0x0000006au, 0x00000538u, 0x00000065u, 0x00000066u, 0x00000536u, 0x0004003du, 0x0000000cu,
    0x00000539u, 0x00000538u, 0x0006000cu, 0x00000091u, 0x0000053au, 0x00000001u, 0x0000003eu, 0x00000539u, 0x00050080u, 0x0000000cu,
    0x0000053cu, 0x00000536u, 0x00000129u, 0x00060041u, 0x0000006au, 0x0000053du, 0x00000065u, 0x00000066u, 0x0000053cu, 0x0004003du,
    0x0000000cu, 0x0000053eu, 0x0000053du, 0x0006000cu, 0x00000091u, 0x0000053fu, 0x00000001u, 0x0000003eu, 0x0000053eu, 0x00050051u,
    0x00000006u, 0x00000540u, 0x0000053au, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000541u, 0x0000053au, 0x00000001u, 0x00050051u,
    0x00000006u, 0x00000542u, 0x0000053fu, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000543u, 0x0000053fu, 0x00000001u, 0x00070050u,
    0x0000002bu, 0x00000544u, 0x00000540u, 0x00000541u, 0x00000542u, 0x00000543u, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x00000545u,
    0x000300f7u, 0x000006c9u, 0x00000000u, 0x000400fau, 0x00000159u, 0x00000546u, 0x00000563u, 0x000200f8u, 0x00000546u, 0x00050086u,
    0x0000000cu, 0x00000548u, 0x000003a9u, 0x000000aau, 0x00050084u, 0x0000000cu, 0x0000054au, 0x000003dbu, 0x00000142u, 0x00050080u,
    0x0000000cu, 0x0000054bu, 0x00000548u, 0x0000054au, 0x00050084u, 0x0000000cu, 0x0000054du, 0x0000003au, 0x000003e0u, 0x00050080u,
    0x0000000cu, 0x0000054eu, 0x0000054bu, 0x0000054du, 0x00060041u, 0x0000006au, 0x00000550u, 0x00000065u, 0x00000066u, 0x0000054eu,
    0x0004003du, 0x0000000cu, 0x00000551u, 0x00000550u, 0x00050080u, 0x0000000cu, 0x00000553u, 0x0000054eu, 0x00000129u, 0x00060041u,
    0x0000006au, 0x00000554u, 0x00000065u, 0x00000066u, 0x00000553u, 0x0004003du, 0x0000000cu, 0x00000555u, 0x00000554u, 0x000500c4u,
    0x0000000cu, 0x00000557u, 0x00000551u, 0x00000089u, 0x0004007cu, 0x00000006u, 0x00000558u, 0x00000557u, 0x000500c7u, 0x0000000cu,
    0x0000055au, 0x00000551u, 0x00000172u, 0x0004007cu, 0x00000006u, 0x0000055bu, 0x0000055au, 0x000500c4u, 0x0000000cu, 0x0000055du,
    0x00000555u, 0x00000089u, 0x0004007cu, 0x00000006u, 0x0000055eu, 0x0000055du, 0x000500c7u, 0x0000000cu, 0x00000560u, 0x00000555u,
    0x00000172u, 0x0004007cu, 0x00000006u, 0x00000561u, 0x00000560u, 0x00070050u, 0x0000002bu, 0x00000562u, 0x00000558u, 0x0000055bu,
    0x0000055eu, 0x00000561u, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x00000563u, 0x000300f7u, 0x000006c8u, 0x00000000u, 0x000400fau,
    0x0000017eu, 0x00000564u, 0x00000584u, 0x000200f8u, 0x00000564u, 0x00050084u, 0x0000000cu, 0x00000567u, 0x000003dbu, 0x000000c7u,
    0x00050080u, 0x0000000cu, 0x00000568u, 0x000003a9u, 0x00000567u, 0x00050080u, 0x0000000cu, 0x0000056au, 0x00000568u, 0x0000003au,
    0x00050080u, 0x0000000cu, 0x0000056cu, 0x0000056au, 0x00000510u, 0x000500c2u, 0x0000000cu, 0x000006dcu, 0x0000056cu, 0x00000068u,
    0x00060041u, 0x0000006au, 0x000006ddu, 0x00000065u, 0x00000066u, 0x000006dcu, 0x0004003du, 0x0000000cu, 0x000006deu, 0x000006ddu,
    0x000500c7u, 0x0000000cu, 0x000006e0u, 0x0000056cu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x000006e1u, 0x000006e0u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x000006e2u, 0x000006deu, 0x000006e1u, 0x000500c7u, 0x0000000cu, 0x000006e3u, 0x000006e2u, 0x0000007eu,
    0x00050080u, 0x0000000cu, 0x000006d5u, 0x0000056cu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x000006e7u, 0x000006d5u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x000006e8u, 0x00000065u, 0x00000066u, 0x000006e7u, 0x0004003du, 0x0000000cu, 0x000006e9u, 0x000006e8u,
    0x000500c7u, 0x0000000cu, 0x000006ebu, 0x000006d5u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x000006ecu, 0x000006ebu, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x000006edu, 0x000006e9u, 0x000006ecu, 0x000500c7u, 0x0000000cu, 0x000006eeu, 0x000006edu, 0x0000007eu,
    0x000500c4u, 0x0000000cu, 0x000006d7u, 0x000006eeu, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x000006d8u, 0x000006e3u, 0x000006d7u,
    0x000500c2u, 0x0000000cu, 0x000006f9u, 0x00000568u, 0x00000068u, 0x00060041u, 0x0000006au, 0x000006fau, 0x00000065u, 0x00000066u,
    0x000006f9u, 0x0004003du, 0x0000000cu, 0x000006fbu, 0x000006fau, 0x000500c7u, 0x0000000cu, 0x000006fdu, 0x00000568u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x000006feu, 0x000006fdu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x000006ffu, 0x000006fbu, 0x000006feu,
    0x000500c7u, 0x0000000cu, 0x00000700u, 0x000006ffu, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x000006f4u, 0x00000001u, 0x0000003eu,
    0x00000700u, 0x00050051u, 0x00000006u, 0x000006f5u, 0x000006f4u, 0x00000000u, 0x000500c7u, 0x0000000cu, 0x00000571u, 0x000006d8u,
    0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000705u, 0x00000571u, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000706u, 0x00000705u,
    0x000500c3u, 0x0000001cu, 0x00000707u, 0x00000706u, 0x00000097u, 0x0004006fu, 0x00000006u, 0x00000573u, 0x00000707u, 0x000500c2u,
    0x0000000cu, 0x00000575u, 0x000006d8u, 0x00000196u, 0x000500c7u, 0x0000000cu, 0x00000576u, 0x00000575u, 0x00000072u, 0x000500c4u,
    0x0000000cu, 0x0000070bu, 0x00000576u, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x0000070cu, 0x0000070bu, 0x000500c3u, 0x0000001cu,
    0x0000070du, 0x0000070cu, 0x00000097u, 0x0004006fu, 0x00000006u, 0x00000578u, 0x0000070du, 0x000500c2u, 0x0000000cu, 0x0000057au,
    0x000006d8u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x0000057bu, 0x0000057au, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000711u,
    0x0000057bu, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000712u, 0x00000711u, 0x000500c3u, 0x0000001cu, 0x00000713u, 0x00000712u,
    0x00000097u, 0x0004006fu, 0x00000006u, 0x0000057du, 0x00000713u, 0x000500c2u, 0x0000000cu, 0x0000057fu, 0x000006d8u, 0x00000097u,
    0x000500c4u, 0x0000000cu, 0x00000717u, 0x0000057fu, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000718u, 0x00000717u, 0x000500c3u,
    0x0000001cu, 0x00000719u, 0x00000718u, 0x00000097u, 0x0004006fu, 0x00000006u, 0x00000581u, 0x00000719u, 0x00070050u, 0x0000002bu,
    0x00000582u, 0x00000573u, 0x00000578u, 0x0000057du, 0x00000581u, 0x0005008eu, 0x0000002bu, 0x00000583u, 0x00000582u, 0x000006f5u,
    0x000200f9u, 0x000006ccu, 0x000200f8u, 0x00000584u, 0x000300f7u, 0x000006c7u, 0x00000000u, 0x000400fau, 0x000001afu, 0x00000585u,
    0x000005cdu, 0x000200f8u, 0x00000585u, 0x000600a9u, 0x0000000cu, 0x00000589u, 0x000001b4u, 0x000000b8u, 0x000000b3u, 0x00050084u,
    0x0000000cu, 0x0000058au, 0x000003dbu, 0x00000589u, 0x00050080u, 0x0000000cu, 0x0000058bu, 0x000003a9u, 0x0000058au, 0x000600a9u,
    0x0000000cu, 0x0000058eu, 0x000001b4u, 0x000000aau, 0x0000003au, 0x00050080u, 0x0000000cu, 0x0000058fu, 0x0000058bu, 0x0000058eu,
    0x000500c7u, 0x0000000cu, 0x00000591u, 0x00000510u, 0x000000f8u, 0x00050080u, 0x0000000cu, 0x00000592u, 0x0000058fu, 0x00000591u,
    0x000500c2u, 0x0000000cu, 0x00000728u, 0x00000592u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000729u, 0x00000065u, 0x00000066u,
    0x00000728u, 0x0004003du, 0x0000000cu, 0x0000072au, 0x00000729u, 0x000500c7u, 0x0000000cu, 0x0000072cu, 0x00000592u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x0000072du, 0x0000072cu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000072eu, 0x0000072au, 0x0000072du,
    0x000500c7u, 0x0000000cu, 0x0000072fu, 0x0000072eu, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000721u, 0x00000592u, 0x0000003au,
    0x000500c2u, 0x0000000cu, 0x00000733u, 0x00000721u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000734u, 0x00000065u, 0x00000066u,
    0x00000733u, 0x0004003du, 0x0000000cu, 0x00000735u, 0x00000734u, 0x000500c7u, 0x0000000cu, 0x00000737u, 0x00000721u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x00000738u, 0x00000737u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000739u, 0x00000735u, 0x00000738u,
    0x000500c7u, 0x0000000cu, 0x0000073au, 0x00000739u, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000723u, 0x0000073au, 0x00000089u,
    0x000500c5u, 0x0000000cu, 0x00000724u, 0x0000072fu, 0x00000723u, 0x000500c7u, 0x0000000cu, 0x00000595u, 0x00000510u, 0x00000142u,
    0x00050086u, 0x0000000cu, 0x00000596u, 0x00000595u, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000597u, 0x00000724u, 0x00000596u,
    0x000500c7u, 0x0000000cu, 0x00000599u, 0x00000597u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x0000059bu, 0x00000597u, 0x00000196u,
    0x000500c7u, 0x0000000cu, 0x0000059cu, 0x0000059bu, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x0000059eu, 0x00000597u, 0x00000089u,
    0x000500c7u, 0x0000000cu, 0x0000059fu, 0x0000059eu, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x000005a1u, 0x00000597u, 0x00000097u,
    0x000500c7u, 0x0000000cu, 0x000005a2u, 0x000005a1u, 0x000000f8u, 0x00070050u, 0x000001cau, 0x000005a3u, 0x00000599u, 0x0000059cu,
    0x0000059fu, 0x000005a2u, 0x000500c2u, 0x0000000cu, 0x00000745u, 0x0000058bu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000746u,
    0x00000065u, 0x00000066u, 0x00000745u, 0x0004003du, 0x0000000cu, 0x00000747u, 0x00000746u, 0x000500c7u, 0x0000000cu, 0x00000749u,
    0x0000058bu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x0000074au, 0x00000749u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000074bu,
    0x00000747u, 0x0000074au, 0x000500c7u, 0x0000000cu, 0x0000074cu, 0x0000074bu, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000740u,
    0x00000001u, 0x0000003eu, 0x0000074cu, 0x00050051u, 0x00000006u, 0x00000741u, 0x00000740u, 0x00000000u, 0x000300f7u, 0x000005bau,
    0x00000000u, 0x000400fau, 0x000001ddu, 0x000005a6u, 0x000005bau, 0x000200f8u, 0x000005a6u, 0x0003003eu, 0x000004e1u, 0x000001f2u,
    0x00050041u, 0x00000007u, 0x000005aau, 0x000004e1u, 0x00000599u, 0x0004003du, 0x00000006u, 0x000005abu, 0x000005aau, 0x0003003eu,
    0x000004e2u, 0x000001f2u, 0x00050041u, 0x00000007u, 0x000005aeu, 0x000004e2u, 0x0000059cu, 0x0004003du, 0x00000006u, 0x000005afu,
    0x000005aeu, 0x0003003eu, 0x000004e3u, 0x000001f2u, 0x00050041u, 0x00000007u, 0x000005b2u, 0x000004e3u, 0x0000059fu, 0x0004003du,
    0x00000006u, 0x000005b3u, 0x000005b2u, 0x0003003eu, 0x000004e4u, 0x000001f2u, 0x00050041u, 0x00000007u, 0x000005b6u, 0x000004e4u,
    0x000005a2u, 0x0004003du, 0x00000006u, 0x000005b7u, 0x000005b6u, 0x00070050u, 0x0000002bu, 0x000005b8u, 0x000005abu, 0x000005afu,
    0x000005b3u, 0x000005b7u, 0x0005008eu, 0x0000002bu, 0x000005b9u, 0x000005b8u, 0x00000741u, 0x000200f9u, 0x000006ccu, 0x000200f8u,
    0x000005bau, 0x000300f7u, 0x000005c6u, 0x00000000u, 0x000400fau, 0x000001b4u, 0x000005bcu, 0x000005c6u, 0x000200f8u, 0x000005bcu,
    0x00040070u, 0x0000002bu, 0x000005bfu, 0x000005a3u, 0x0005008eu, 0x0000002bu, 0x000005c0u, 0x000005bfu, 0x00000741u, 0x00050080u,
    0x0000000cu, 0x000005c2u, 0x0000058bu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000757u, 0x000005c2u, 0x00000068u, 0x00060041u,
    0x0000006au, 0x00000758u, 0x00000065u, 0x00000066u, 0x00000757u, 0x0004003du, 0x0000000cu, 0x00000759u, 0x00000758u, 0x000500c7u,
    0x0000000cu, 0x0000075bu, 0x000005c2u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x0000075cu, 0x0000075bu, 0x0000006fu, 0x000500c2u,
    0x0000000cu, 0x0000075du, 0x00000759u, 0x0000075cu, 0x000500c7u, 0x0000000cu, 0x0000075eu, 0x0000075du, 0x0000007eu, 0x0006000cu,
    0x00000091u, 0x00000752u, 0x00000001u, 0x0000003eu, 0x0000075eu, 0x00050051u, 0x00000006u, 0x00000753u, 0x00000752u, 0x00000000u,
    0x00070050u, 0x0000002bu, 0x000005c4u, 0x00000753u, 0x00000753u, 0x00000753u, 0x00000753u, 0x00050081u, 0x0000002bu, 0x000005c5u,
    0x000005c0u, 0x000005c4u, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x000005c6u, 0x00040070u, 0x0000002bu, 0x000005c9u, 0x000005a3u,
    0x00050083u, 0x0000002bu, 0x000005cbu, 0x000005c9u, 0x00000d54u, 0x0005008eu, 0x0000002bu, 0x000005ccu, 0x000005cbu, 0x00000741u,
    0x000200f9u, 0x000006ccu, 0x000200f8u, 0x000005cdu, 0x000300f7u, 0x000006c6u, 0x00000000u, 0x000400fau, 0x00000226u, 0x000005ceu,
    0x00000616u, 0x000200f8u, 0x000005ceu, 0x000600a9u, 0x0000000cu, 0x000005d2u, 0x0000022au, 0x000000c2u, 0x000000bdu, 0x00050084u,
    0x0000000cu, 0x000005d3u, 0x000003dbu, 0x000005d2u, 0x00050080u, 0x0000000cu, 0x000005d4u, 0x000003a9u, 0x000005d3u, 0x000600a9u,
    0x0000000cu, 0x000005d7u, 0x0000022au, 0x000000aau, 0x0000003au, 0x00050080u, 0x0000000cu, 0x000005d8u, 0x000005d4u, 0x000005d7u,
    0x000500c2u, 0x0000000cu, 0x0000076du, 0x000005d8u, 0x00000068u, 0x00060041u, 0x0000006au, 0x0000076eu, 0x00000065u, 0x00000066u,
    0x0000076du, 0x0004003du, 0x0000000cu, 0x0000076fu, 0x0000076eu, 0x000500c7u, 0x0000000cu, 0x00000771u, 0x000005d8u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x00000772u, 0x00000771u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000773u, 0x0000076fu, 0x00000772u,
    0x000500c7u, 0x0000000cu, 0x00000774u, 0x00000773u, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000766u, 0x000005d8u, 0x0000003au,
    0x000500c2u, 0x0000000cu, 0x00000778u, 0x00000766u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000779u, 0x00000065u, 0x00000066u,
    0x00000778u, 0x0004003du, 0x0000000cu, 0x0000077au, 0x00000779u, 0x000500c7u, 0x0000000cu, 0x0000077cu, 0x00000766u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x0000077du, 0x0000077cu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000077eu, 0x0000077au, 0x0000077du,
    0x000500c7u, 0x0000000cu, 0x0000077fu, 0x0000077eu, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000768u, 0x0000077fu, 0x00000089u,
    0x000500c5u, 0x0000000cu, 0x00000769u, 0x00000774u, 0x00000768u, 0x000500c2u, 0x0000000cu, 0x000005dbu, 0x00000769u, 0x00000510u,
    0x000600a9u, 0x0000000cu, 0x000005deu, 0x0000022au, 0x0000006fu, 0x00000222u, 0x00050080u, 0x0000000cu, 0x000005dfu, 0x000005d4u,
    0x000005deu, 0x000500c7u, 0x0000000cu, 0x000005e1u, 0x00000510u, 0x000000f8u, 0x00050080u, 0x0000000cu, 0x000005e2u, 0x000005dfu,
    0x000005e1u, 0x000500c2u, 0x0000000cu, 0x0000078eu, 0x000005e2u, 0x00000068u, 0x00060041u, 0x0000006au, 0x0000078fu, 0x00000065u,
    0x00000066u, 0x0000078eu, 0x0004003du, 0x0000000cu, 0x00000790u, 0x0000078fu, 0x000500c7u, 0x0000000cu, 0x00000792u, 0x000005e2u,
    0x0000003au, 0x00050084u, 0x0000000cu, 0x00000793u, 0x00000792u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000794u, 0x00000790u,
    0x00000793u, 0x000500c7u, 0x0000000cu, 0x00000795u, 0x00000794u, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000787u, 0x000005e2u,
    0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000799u, 0x00000787u, 0x00000068u, 0x00060041u, 0x0000006au, 0x0000079au, 0x00000065u,
    0x00000066u, 0x00000799u, 0x0004003du, 0x0000000cu, 0x0000079bu, 0x0000079au, 0x000500c7u, 0x0000000cu, 0x0000079du, 0x00000787u,
    0x0000003au, 0x00050084u, 0x0000000cu, 0x0000079eu, 0x0000079du, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000079fu, 0x0000079bu,
    0x0000079eu, 0x000500c7u, 0x0000000cu, 0x000007a0u, 0x0000079fu, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000789u, 0x000007a0u,
    0x00000089u, 0x000500c5u, 0x0000000cu, 0x0000078au, 0x00000795u, 0x00000789u, 0x000500c7u, 0x0000000cu, 0x000005e5u, 0x00000510u,
    0x00000142u, 0x00050086u, 0x0000000cu, 0x000005e6u, 0x000005e5u, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x000005e7u, 0x0000078au,
    0x000005e6u, 0x000500c7u, 0x0000000cu, 0x000005e9u, 0x000005e7u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x000005ebu, 0x000005e7u,
    0x00000196u, 0x000500c7u, 0x0000000cu, 0x000005ecu, 0x000005ebu, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x000005eeu, 0x000005e7u,
    0x00000089u, 0x000500c7u, 0x0000000cu, 0x000005efu, 0x000005eeu, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x000005f1u, 0x000005e7u,
    0x00000097u, 0x000500c7u, 0x0000000cu, 0x000005f2u, 0x000005f1u, 0x000000f8u, 0x00070050u, 0x000001cau, 0x000005f3u, 0x000005e9u,
    0x000005ecu, 0x000005efu, 0x000005f2u, 0x000500c2u, 0x0000000cu, 0x000005f6u, 0x000005dbu, 0x0000005du, 0x000500c2u, 0x0000000cu,
    0x000005f8u, 0x000005dbu, 0x00000068u, 0x000500c2u, 0x0000000cu, 0x000005fau, 0x000005dbu, 0x0000025du, 0x00070050u, 0x000001cau,
    0x000005fbu, 0x000005dbu, 0x000005f6u, 0x000005f8u, 0x000005fau, 0x000500c7u, 0x000001cau, 0x000005fdu, 0x000005fbu, 0x00000d52u,
    0x000500c4u, 0x000001cau, 0x000005ffu, 0x000005fdu, 0x00000d53u, 0x000500c5u, 0x000001cau, 0x00000600u, 0x000005f3u, 0x000005ffu,
    0x00040070u, 0x0000002bu, 0x00000601u, 0x00000600u, 0x000500c2u, 0x0000000cu, 0x000007abu, 0x000005d4u, 0x00000068u, 0x00060041u,
    0x0000006au, 0x000007acu, 0x00000065u, 0x00000066u, 0x000007abu, 0x0004003du, 0x0000000cu, 0x000007adu, 0x000007acu, 0x000500c7u,
    0x0000000cu, 0x000007afu, 0x000005d4u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x000007b0u, 0x000007afu, 0x0000006fu, 0x000500c2u,
    0x0000000cu, 0x000007b1u, 0x000007adu, 0x000007b0u, 0x000500c7u, 0x0000000cu, 0x000007b2u, 0x000007b1u, 0x0000007eu, 0x0006000cu,
    0x00000091u, 0x000007a6u, 0x00000001u, 0x0000003eu, 0x000007b2u, 0x00050051u, 0x00000006u, 0x000007a7u, 0x000007a6u, 0x00000000u,
    0x000300f7u, 0x00000614u, 0x00000000u, 0x000400fau, 0x0000022au, 0x00000605u, 0x0000060eu, 0x000200f8u, 0x00000605u, 0x0005008eu,
    0x0000002bu, 0x00000608u, 0x00000601u, 0x000007a7u, 0x00050080u, 0x0000000cu, 0x0000060au, 0x000005d4u, 0x0000003au, 0x000500c2u,
    0x0000000cu, 0x000007bdu, 0x0000060au, 0x00000068u, 0x00060041u, 0x0000006au, 0x000007beu, 0x00000065u, 0x00000066u, 0x000007bdu,
    0x0004003du, 0x0000000cu, 0x000007bfu, 0x000007beu, 0x000500c7u, 0x0000000cu, 0x000007c1u, 0x0000060au, 0x0000003au, 0x00050084u,
    0x0000000cu, 0x000007c2u, 0x000007c1u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x000007c3u, 0x000007bfu, 0x000007c2u, 0x000500c7u,
    0x0000000cu, 0x000007c4u, 0x000007c3u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x000007b8u, 0x00000001u, 0x0000003eu, 0x000007c4u,
    0x00050051u, 0x00000006u, 0x000007b9u, 0x000007b8u, 0x00000000u, 0x00070050u, 0x0000002bu, 0x0000060cu, 0x000007b9u, 0x000007b9u,
    0x000007b9u, 0x000007b9u, 0x00050081u, 0x0000002bu, 0x0000060du, 0x00000608u, 0x0000060cu, 0x000200f9u, 0x00000614u, 0x000200f8u,
    0x0000060eu, 0x00050083u, 0x0000002bu, 0x00000612u, 0x00000601u, 0x00000d55u, 0x0005008eu, 0x0000002bu, 0x00000613u, 0x00000612u,
    0x000007a7u, 0x000200f9u, 0x00000614u, 0x000200f8u, 0x00000614u, 0x000700f5u, 0x0000002bu, 0x00000d46u, 0x0000060du, 0x00000605u,
    0x00000613u, 0x0000060eu, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x00000616u, 0x000300f7u, 0x000006c5u, 0x00000000u, 0x000400fau,
    0x00000286u, 0x00000617u, 0x0000066cu, 0x000200f8u, 0x00000617u, 0x000500c7u, 0x0000000cu, 0x00000619u, 0x000003dbu, 0x00000224u,
    0x000500c2u, 0x0000000cu, 0x0000061cu, 0x000003dbu, 0x0000025du, 0x000600a9u, 0x0000000cu, 0x0000061eu, 0x0000028au, 0x000000d2u,
    0x000000cdu, 0x00050084u, 0x0000000cu, 0x0000061fu, 0x0000061cu, 0x0000061eu, 0x00050080u, 0x0000000cu, 0x00000620u, 0x000003a9u,
    0x0000061fu, 0x00050080u, 0x0000000cu, 0x00000622u, 0x00000620u, 0x000000aau, 0x000500b0u, 0x0000003cu, 0x000007cdu, 0x00000619u,
    0x000000aau, 0x000300f7u, 0x000007fau, 0x00000000u, 0x000400fau, 0x000007cdu, 0x000007ceu, 0x000007dcu, 0x000200f8u, 0x000007ceu,
    0x00050080u, 0x0000000cu, 0x000007d1u, 0x00000622u, 0x00000619u, 0x000500c2u, 0x0000000cu, 0x000007feu, 0x000007d1u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x000007ffu, 0x00000065u, 0x00000066u, 0x000007feu, 0x0004003du, 0x0000000cu, 0x00000800u, 0x000007ffu,
    0x000500c7u, 0x0000000cu, 0x00000802u, 0x000007d1u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000803u, 0x00000802u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000804u, 0x00000800u, 0x00000803u, 0x000500c7u, 0x0000000cu, 0x00000805u, 0x00000804u, 0x00000072u,
    0x000500c7u, 0x0000000cu, 0x000007d3u, 0x00000805u, 0x000000e6u, 0x00040070u, 0x00000006u, 0x000007d4u, 0x000007d3u, 0x00050080u,
    0x0000000cu, 0x000007d8u, 0x000007d1u, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000809u, 0x000007d8u, 0x00000068u, 0x00060041u,
    0x0000006au, 0x0000080au, 0x00000065u, 0x00000066u, 0x00000809u, 0x0004003du, 0x0000000cu, 0x0000080bu, 0x0000080au, 0x000500c7u,
    0x0000000cu, 0x0000080du, 0x000007d8u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x0000080eu, 0x0000080du, 0x0000006fu, 0x000500c2u,
    0x0000000cu, 0x0000080fu, 0x0000080bu, 0x0000080eu, 0x000500c7u, 0x0000000cu, 0x00000810u, 0x0000080fu, 0x00000072u, 0x000500c7u,
    0x0000000cu, 0x000007dau, 0x00000810u, 0x000000e6u, 0x00040070u, 0x00000006u, 0x000007dbu, 0x000007dau, 0x000200f9u, 0x000007fau,
    0x000200f8u, 0x000007dcu, 0x00050080u, 0x0000000cu, 0x000007dfu, 0x00000622u, 0x00000619u, 0x00050080u, 0x0000000cu, 0x000007e0u,
    0x000007dfu, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000814u, 0x000007e0u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000815u,
    0x00000065u, 0x00000066u, 0x00000814u, 0x0004003du, 0x0000000cu, 0x00000816u, 0x00000815u, 0x000500c7u, 0x0000000cu, 0x00000818u,
    0x000007e0u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000819u, 0x00000818u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000081au,
    0x00000816u, 0x00000819u, 0x000500c7u, 0x0000000cu, 0x0000081bu, 0x0000081au, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x000007e2u,
    0x0000081bu, 0x000000f8u, 0x00050082u, 0x0000000cu, 0x000007e6u, 0x000007dfu, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x0000081fu,
    0x000007e6u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000820u, 0x00000065u, 0x00000066u, 0x0000081fu, 0x0004003du, 0x0000000cu,
    0x00000821u, 0x00000820u, 0x000500c7u, 0x0000000cu, 0x00000823u, 0x000007e6u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000824u,
    0x00000823u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000825u, 0x00000821u, 0x00000824u, 0x000500c7u, 0x0000000cu, 0x00000826u,
    0x00000825u, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x000007e8u, 0x00000826u, 0x00000100u, 0x000500c4u, 0x0000000cu, 0x000007e9u,
    0x000007e8u, 0x00000102u, 0x000500c5u, 0x0000000cu, 0x000007eau, 0x000007e2u, 0x000007e9u, 0x00040070u, 0x00000006u, 0x000007ebu,
    0x000007eau, 0x0004003du, 0x0000000cu, 0x0000082cu, 0x00000815u, 0x000500c2u, 0x0000000cu, 0x00000830u, 0x0000082cu, 0x00000819u,
    0x000500c7u, 0x0000000cu, 0x00000831u, 0x00000830u, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x000007f1u, 0x00000831u, 0x00000102u,
    0x000500c2u, 0x0000000cu, 0x00000835u, 0x000007dfu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000836u, 0x00000065u, 0x00000066u,
    0x00000835u, 0x0004003du, 0x0000000cu, 0x00000837u, 0x00000836u, 0x000500c7u, 0x0000000cu, 0x00000839u, 0x000007dfu, 0x00000038u,
    0x00050084u, 0x0000000cu, 0x0000083au, 0x00000839u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000083bu, 0x00000837u, 0x0000083au,
    0x000500c7u, 0x0000000cu, 0x0000083cu, 0x0000083bu, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x000007f6u, 0x0000083cu, 0x00000100u,
    0x000500c4u, 0x0000000cu, 0x000007f7u, 0x000007f6u, 0x00000102u, 0x000500c5u, 0x0000000cu, 0x000007f8u, 0x000007f1u, 0x000007f7u,
    0x00040070u, 0x00000006u, 0x000007f9u, 0x000007f8u, 0x000200f9u, 0x000007fau, 0x000200f8u, 0x000007fau, 0x000700f5u, 0x00000006u,
    0x00000d44u, 0x000007dbu, 0x000007ceu, 0x000007f9u, 0x000007dcu, 0x000700f5u, 0x00000006u, 0x00000d43u, 0x000007d4u, 0x000007ceu,
    0x000007ebu, 0x000007dcu, 0x000600a9u, 0x0000000cu, 0x00000629u, 0x0000028au, 0x000002a5u, 0x00000142u, 0x00050080u, 0x0000000cu,
    0x0000062au, 0x00000620u, 0x00000629u, 0x000500c2u, 0x0000000cu, 0x0000062cu, 0x00000619u, 0x0000005du, 0x00050084u, 0x0000000cu,
    0x0000062du, 0x0000062cu, 0x000000b1u, 0x00050080u, 0x0000000cu, 0x0000062eu, 0x0000062au, 0x0000062du, 0x00050080u, 0x0000000cu,
    0x00000630u, 0x0000062eu, 0x00000510u, 0x000500c2u, 0x0000000cu, 0x00000631u, 0x00000630u, 0x00000068u, 0x00060041u, 0x0000006au,
    0x00000632u, 0x00000065u, 0x00000066u, 0x00000631u, 0x0004003du, 0x0000000cu, 0x00000633u, 0x00000632u, 0x000500c7u, 0x0000000cu,
    0x00000635u, 0x00000619u, 0x00000129u, 0x00050084u, 0x0000000cu, 0x00000636u, 0x00000635u, 0x000000aau, 0x000500c2u, 0x0000000cu,
    0x00000637u, 0x00000633u, 0x00000636u, 0x000500c7u, 0x0000000cu, 0x00000639u, 0x00000637u, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x0000063bu, 0x00000637u, 0x00000196u, 0x000500c7u, 0x0000000cu, 0x0000063cu, 0x0000063bu, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x0000063eu, 0x00000637u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x0000063fu, 0x0000063eu, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x00000641u, 0x00000637u, 0x00000097u, 0x000500c7u, 0x0000000cu, 0x00000642u, 0x00000641u, 0x000000f8u, 0x00070050u, 0x000001cau,
    0x00000643u, 0x00000639u, 0x0000063cu, 0x0000063fu, 0x00000642u, 0x000300f7u, 0x0000065du, 0x00000000u, 0x000400fau, 0x0000028au,
    0x00000645u, 0x0000065du, 0x000200f8u, 0x00000645u, 0x00050080u, 0x0000000cu, 0x00000647u, 0x00000620u, 0x00000142u, 0x00050080u,
    0x0000000cu, 0x00000649u, 0x00000647u, 0x00000510u, 0x000500c2u, 0x0000000cu, 0x0000064au, 0x00000649u, 0x00000068u, 0x00060041u,
    0x0000006au, 0x0000064bu, 0x00000065u, 0x00000066u, 0x0000064au, 0x0004003du, 0x0000000cu, 0x0000064cu, 0x0000064bu, 0x000500c2u,
    0x0000000cu, 0x0000064eu, 0x0000064cu, 0x00000619u, 0x000500c2u, 0x0000000cu, 0x00000651u, 0x0000064eu, 0x00000196u, 0x000500c2u,
    0x0000000cu, 0x00000653u, 0x0000064eu, 0x00000089u, 0x000500c2u, 0x0000000cu, 0x00000655u, 0x0000064eu, 0x00000097u, 0x00070050u,
    0x000001cau, 0x00000656u, 0x0000064eu, 0x00000651u, 0x00000653u, 0x00000655u, 0x000500c7u, 0x000001cau, 0x00000658u, 0x00000656u,
    0x00000d52u, 0x000500c4u, 0x000001cau, 0x0000065au, 0x00000658u, 0x00000d53u, 0x000500c5u, 0x000001cau, 0x0000065cu, 0x00000643u,
    0x0000065au, 0x000200f9u, 0x0000065du, 0x000200f8u, 0x0000065du, 0x000700f5u, 0x000001cau, 0x00000d45u, 0x00000643u, 0x000007fau,
    0x0000065cu, 0x00000645u, 0x000500c2u, 0x0000000cu, 0x00000847u, 0x00000620u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000848u,
    0x00000065u, 0x00000066u, 0x00000847u, 0x0004003du, 0x0000000cu, 0x00000849u, 0x00000848u, 0x000500c7u, 0x0000000cu, 0x0000084bu,
    0x00000620u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x0000084cu, 0x0000084bu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000084du,
    0x00000849u, 0x0000084cu, 0x000500c7u, 0x0000000cu, 0x0000084eu, 0x0000084du, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000842u,
    0x00000001u, 0x0000003eu, 0x0000084eu, 0x00050051u, 0x00000006u, 0x00000843u, 0x00000842u, 0x00000000u, 0x00050085u, 0x00000006u,
    0x00000661u, 0x00000843u, 0x00000d43u, 0x00040070u, 0x0000002bu, 0x00000663u, 0x00000d45u, 0x0005008eu, 0x0000002bu, 0x00000664u,
    0x00000663u, 0x00000661u, 0x00050080u, 0x0000000cu, 0x00000666u, 0x00000620u, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000859u,
    0x00000666u, 0x00000068u, 0x00060041u, 0x0000006au, 0x0000085au, 0x00000065u, 0x00000066u, 0x00000859u, 0x0004003du, 0x0000000cu,
    0x0000085bu, 0x0000085au, 0x000500c7u, 0x0000000cu, 0x0000085du, 0x00000666u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x0000085eu,
    0x0000085du, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x0000085fu, 0x0000085bu, 0x0000085eu, 0x000500c7u, 0x0000000cu, 0x00000860u,
    0x0000085fu, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000854u, 0x00000001u, 0x0000003eu, 0x00000860u, 0x00050051u, 0x00000006u,
    0x00000855u, 0x00000854u, 0x00000000u, 0x00050085u, 0x00000006u, 0x00000669u, 0x00000855u, 0x00000d44u, 0x00070050u, 0x0000002bu,
    0x0000066au, 0x00000669u, 0x00000669u, 0x00000669u, 0x00000669u, 0x00050083u, 0x0000002bu, 0x0000066bu, 0x00000664u, 0x0000066au,
    0x000200f9u, 0x000006ccu, 0x000200f8u, 0x0000066cu, 0x000300f7u, 0x000006c4u, 0x00000000u, 0x000400fau, 0x000002f0u, 0x0000066du,
    0x000006c4u, 0x000200f8u, 0x0000066du, 0x000500c7u, 0x0000000cu, 0x0000066fu, 0x000003dbu, 0x00000224u, 0x000500c2u, 0x0000000cu,
    0x00000672u, 0x000003dbu, 0x0000025du, 0x00050084u, 0x0000000cu, 0x00000673u, 0x00000672u, 0x000000d7u, 0x00050080u, 0x0000000cu,
    0x00000674u, 0x000003a9u, 0x00000673u, 0x000500c2u, 0x0000000cu, 0x00000676u, 0x0000066fu, 0x00000068u, 0x000500c7u, 0x0000000cu,
    0x00000678u, 0x0000066fu, 0x00000038u, 0x00050084u, 0x0000000cu, 0x0000067bu, 0x00000676u, 0x00000305u, 0x00050080u, 0x0000000cu,
    0x0000067cu, 0x00000674u, 0x0000067bu, 0x000500c7u, 0x0000000cu, 0x0000067eu, 0x00000678u, 0x00000129u, 0x00050084u, 0x0000000cu,
    0x0000067fu, 0x0000067eu, 0x000000b1u, 0x00050080u, 0x0000000cu, 0x00000680u, 0x0000067cu, 0x0000067fu, 0x00050080u, 0x0000000cu,
    0x00000682u, 0x00000680u, 0x00000510u, 0x000500c2u, 0x0000000cu, 0x0000086fu, 0x00000682u, 0x00000068u, 0x00060041u, 0x0000006au,
    0x00000870u, 0x00000065u, 0x00000066u, 0x0000086fu, 0x0004003du, 0x0000000cu, 0x00000871u, 0x00000870u, 0x000500c7u, 0x0000000cu,
    0x00000873u, 0x00000682u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000874u, 0x00000873u, 0x0000006fu, 0x000500c2u, 0x0000000cu,
    0x00000875u, 0x00000871u, 0x00000874u, 0x000500c7u, 0x0000000cu, 0x00000876u, 0x00000875u, 0x0000007eu, 0x00050080u, 0x0000000cu,
    0x00000868u, 0x00000682u, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x0000087au, 0x00000868u, 0x00000068u, 0x00060041u, 0x0000006au,
    0x0000087bu, 0x00000065u, 0x00000066u, 0x0000087au, 0x0004003du, 0x0000000cu, 0x0000087cu, 0x0000087bu, 0x000500c7u, 0x0000000cu,
    0x0000087eu, 0x00000868u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x0000087fu, 0x0000087eu, 0x0000006fu, 0x000500c2u, 0x0000000cu,
    0x00000880u, 0x0000087cu, 0x0000087fu, 0x000500c7u, 0x0000000cu, 0x00000881u, 0x00000880u, 0x0000007eu, 0x000500c4u, 0x0000000cu,
    0x0000086au, 0x00000881u, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x0000086bu, 0x00000876u, 0x0000086au, 0x000500c2u, 0x0000000cu,
    0x00000685u, 0x00000678u, 0x0000005du, 0x00050084u, 0x0000000cu, 0x00000686u, 0x00000685u, 0x000000aau, 0x000500c2u, 0x0000000cu,
    0x00000687u, 0x0000086bu, 0x00000686u, 0x00050080u, 0x0000000cu, 0x00000689u, 0x00000674u, 0x00000316u, 0x00050084u, 0x0000000cu,
    0x0000068bu, 0x00000676u, 0x000000b1u, 0x00050080u, 0x0000000cu, 0x0000068cu, 0x00000689u, 0x0000068bu, 0x00050080u, 0x0000000cu,
    0x0000068eu, 0x0000068cu, 0x00000510u, 0x000500c2u, 0x0000000cu, 0x00000890u, 0x0000068eu, 0x00000068u, 0x00060041u, 0x0000006au,
    0x00000891u, 0x00000065u, 0x00000066u, 0x00000890u, 0x0004003du, 0x0000000cu, 0x00000892u, 0x00000891u, 0x000500c7u, 0x0000000cu,
    0x00000894u, 0x0000068eu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000895u, 0x00000894u, 0x0000006fu, 0x000500c2u, 0x0000000cu,
    0x00000896u, 0x00000892u, 0x00000895u, 0x000500c7u, 0x0000000cu, 0x00000897u, 0x00000896u, 0x0000007eu, 0x00050080u, 0x0000000cu,
    0x00000889u, 0x0000068eu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x0000089bu, 0x00000889u, 0x00000068u, 0x00060041u, 0x0000006au,
    0x0000089cu, 0x00000065u, 0x00000066u, 0x0000089bu, 0x0004003du, 0x0000000cu, 0x0000089du, 0x0000089cu, 0x000500c7u, 0x0000000cu,
    0x0000089fu, 0x00000889u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x000008a0u, 0x0000089fu, 0x0000006fu, 0x000500c2u, 0x0000000cu,
    0x000008a1u, 0x0000089du, 0x000008a0u, 0x000500c7u, 0x0000000cu, 0x000008a2u, 0x000008a1u, 0x0000007eu, 0x000500c4u, 0x0000000cu,
    0x0000088bu, 0x000008a2u, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x0000088cu, 0x00000897u, 0x0000088bu, 0x00050084u, 0x0000000cu,
    0x00000691u, 0x0000003au, 0x00000678u, 0x000500c2u, 0x0000000cu, 0x00000692u, 0x0000088cu, 0x00000691u, 0x000500c7u, 0x0000000cu,
    0x00000694u, 0x00000687u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000696u, 0x00000687u, 0x00000196u, 0x000500c7u, 0x0000000cu,
    0x00000697u, 0x00000696u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000699u, 0x00000687u, 0x00000089u, 0x000500c7u, 0x0000000cu,
    0x0000069au, 0x00000699u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x0000069cu, 0x00000687u, 0x00000097u, 0x000500c7u, 0x0000000cu,
    0x0000069du, 0x0000069cu, 0x000000f8u, 0x00070050u, 0x000001cau, 0x0000069eu, 0x00000694u, 0x00000697u, 0x0000069au, 0x0000069du,
    0x000500c2u, 0x0000000cu, 0x000006a1u, 0x00000692u, 0x00000196u, 0x000500c2u, 0x0000000cu, 0x000006a3u, 0x00000692u, 0x00000089u,
    0x000500c2u, 0x0000000cu, 0x000006a5u, 0x00000692u, 0x00000097u, 0x00070050u, 0x000001cau, 0x000006a6u, 0x00000692u, 0x000006a1u,
    0x000006a3u, 0x000006a5u, 0x000500c7u, 0x000001cau, 0x000006a8u, 0x000006a6u, 0x00000d56u, 0x000500c4u, 0x000001cau, 0x000006aau,
    0x000006a8u, 0x00000d53u, 0x000500c5u, 0x000001cau, 0x000006abu, 0x0000069eu, 0x000006aau, 0x00040070u, 0x0000002bu, 0x000006acu,
    0x000006abu, 0x00050080u, 0x0000000cu, 0x000006aeu, 0x00000674u, 0x0000033fu, 0x000500c2u, 0x0000000cu, 0x000008adu, 0x000006aeu,
    0x00000068u, 0x00060041u, 0x0000006au, 0x000008aeu, 0x00000065u, 0x00000066u, 0x000008adu, 0x0004003du, 0x0000000cu, 0x000008afu,
    0x000008aeu, 0x000500c7u, 0x0000000cu, 0x000008b1u, 0x000006aeu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x000008b2u, 0x000008b1u,
    0x0000006fu, 0x000500c2u, 0x0000000cu, 0x000008b3u, 0x000008afu, 0x000008b2u, 0x000500c7u, 0x0000000cu, 0x000008b4u, 0x000008b3u,
    0x0000007eu, 0x0006000cu, 0x00000091u, 0x000008a8u, 0x00000001u, 0x0000003eu, 0x000008b4u, 0x00050051u, 0x00000006u, 0x000008a9u,
    0x000008a8u, 0x00000000u, 0x00050080u, 0x0000000cu, 0x000006b1u, 0x00000674u, 0x00000344u, 0x00050084u, 0x0000000cu, 0x000006b3u,
    0x00000676u, 0x0000006fu, 0x00050080u, 0x0000000cu, 0x000006b4u, 0x000006b1u, 0x000006b3u, 0x00050080u, 0x0000000cu, 0x000006b7u,
    0x000006b4u, 0x00000691u, 0x000500c2u, 0x0000000cu, 0x000006b9u, 0x00000510u, 0x00000102u, 0x00050080u, 0x0000000cu, 0x000006bau,
    0x000006b7u, 0x000006b9u, 0x000500c2u, 0x0000000cu, 0x000008b8u, 0x000006bau, 0x00000068u, 0x00060041u, 0x0000006au, 0x000008b9u,
    0x00000065u, 0x00000066u, 0x000008b8u, 0x0004003du, 0x0000000cu, 0x000008bau, 0x000008b9u, 0x000500c7u, 0x0000000cu, 0x000008bcu,
    0x000006bau, 0x00000038u, 0x00050084u, 0x0000000cu, 0x000008bdu, 0x000008bcu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x000008beu,
    0x000008bau, 0x000008bdu, 0x000500c7u, 0x0000000cu, 0x000008bfu, 0x000008beu, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x000008c3u,
    0x000008bfu, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x000008c4u, 0x000008c3u, 0x000500c3u, 0x0000001cu, 0x000008c5u, 0x000008c4u,
    0x00000097u, 0x0004006fu, 0x00000006u, 0x000006bdu, 0x000008c5u, 0x00050085u, 0x00000006u, 0x000006beu, 0x000008a9u, 0x000006bdu,
    0x00050083u, 0x0000002bu, 0x000006c2u, 0x000006acu, 0x00000d57u, 0x0005008eu, 0x0000002bu, 0x000006c3u, 0x000006c2u, 0x000006beu,
    0x000200f9u, 0x000006ccu, 0x000200f8u, 0x000006c4u, 0x000200f9u, 0x000006c5u, 0x000200f8u, 0x000006c5u, 0x000200f9u, 0x000006c6u,
    0x000200f8u, 0x000006c6u, 0x000200f9u, 0x000006c7u, 0x000200f8u, 0x000006c7u, 0x000200f9u, 0x000006c8u, 0x000200f8u, 0x000006c8u,
    0x000200f9u, 0x000006c9u, 0x000200f8u, 0x000006c9u, 0x000200f9u, 0x000006cau, 0x000200f8u, 0x000006cau, 0x000200f9u, 0x000006cbu,
    0x000200f8u, 0x000006cbu, 0x000200f9u, 0x000006ccu, 0x000200f8u, 0x000006ccu, 0x001900f5u, 0x0000002bu, 0x00000d47u, 0x0000052cu,
    0x00000511u, 0x00000544u, 0x0000052eu, 0x00000562u, 0x00000546u, 0x00000583u, 0x00000564u, 0x000005b9u, 0x000005a6u, 0x000005c5u,
    0x000005bcu, 0x000005ccu, 0x000005c6u, 0x00000d46u, 0x00000614u, 0x0000066bu, 0x0000065du, 0x000006c3u, 0x0000066du, 0x0000035cu,
    0x000006cbu, 0x00050041u, 0x00000249u, 0x000003e6u, 0x000003d5u, 0x00000d3bu, 0x0003003eu, 0x000003e6u, 0x00000d47u, 0x000200f9u,
    0x000003cfu, 0x000200f8u, 0x000003cfu, 0x00050080u, 0x0000000cu, 0x000003e8u, 0x00000d3bu, 0x0000005du, 0x000200f9u, 0x000003ccu,
    0x000200f8u, 0x000003ceu, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003eau, 0x000700f5u, 0x0000000cu, 0x00000d3cu, 0x0000004du,
    0x000003ceu, 0x00000414u, 0x000003edu, 0x000500b0u, 0x0000003cu, 0x000003f0u, 0x00000d3cu, 0x0000006fu, 0x000400f6u, 0x000003ecu,
    0x000003edu, 0x00000000u, 0x000400fau, 0x000003f0u, 0x000003ebu, 0x000003ecu, 0x000200f8u, 0x000003ebu, 0x000500b0u, 0x0000003cu,
    0x000003f3u, 0x00000d3cu, 0x000003a2u, 0x000300f7u, 0x000003f5u, 0x00000000u, 0x000400fau, 0x000003f3u, 0x000003f4u, 0x000003f5u,
    0x000200f8u, 0x000003f4u, 0x000200f9u, 0x000003f7u, 0x000200f8u, 0x000003f7u, 0x000700f5u, 0x0000000cu, 0x00000d3fu, 0x0000004du,
    0x000003f4u, 0x00000412u, 0x000003f8u, 0x000500b0u, 0x0000003cu, 0x000003fdu, 0x00000d3fu, 0x000000aau, 0x000400f6u, 0x000003f9u,
    0x000003f8u, 0x00000000u, 0x000400fau, 0x000003fdu, 0x000003f8u, 0x000003f9u, 0x000200f8u, 0x000003f8u, 0x00050041u, 0x00000249u,
    0x00000400u, 0x000003d5u, 0x00000d3fu, 0x0004003du, 0x0000002bu, 0x00000401u, 0x00000400u, 0x00050080u, 0x0000000cu, 0x00000404u,
    0x0000039cu, 0x00000d3cu, 0x00050084u, 0x0000000cu, 0x00000407u, 0x00000d3fu, 0x00000040u, 0x00050080u, 0x0000000cu, 0x00000408u,
    0x00000d24u, 0x00000407u, 0x00050041u, 0x00000363u, 0x000008c9u, 0x00000362u, 0x0000025du, 0x0004003du, 0x0000000cu, 0x000008cau,
    0x000008c9u, 0x00050041u, 0x00000363u, 0x000008ccu, 0x00000362u, 0x00000102u, 0x0004003du, 0x0000000cu, 0x000008cdu, 0x000008ccu,
    0x00050084u, 0x0000000cu, 0x000008ceu, 0x00000404u, 0x000008cdu, 0x00050080u, 0x0000000cu, 0x000008cfu, 0x000008cau, 0x000008ceu,
    0x00050084u, 0x0000000cu, 0x000008d1u, 0x000000aau, 0x00000408u, 0x00050080u, 0x0000000cu, 0x000008d2u, 0x000008cfu, 0x000008d1u,
    0x00060041u, 0x00000373u, 0x000008d4u, 0x00000371u, 0x00000066u, 0x000008d2u, 0x0004003du, 0x00000006u, 0x000008d5u, 0x000008d4u,
    0x00050080u, 0x0000000cu, 0x000008d7u, 0x000008d2u, 0x00000129u, 0x00060041u, 0x00000373u, 0x000008d8u, 0x00000371u, 0x00000066u,
    0x000008d7u, 0x0004003du, 0x00000006u, 0x000008d9u, 0x000008d8u, 0x00050080u, 0x0000000cu, 0x000008dbu, 0x000008d2u, 0x0000003au,
    0x00060041u, 0x00000373u, 0x000008dcu, 0x00000371u, 0x00000066u, 0x000008dbu, 0x0004003du, 0x00000006u, 0x000008ddu, 0x000008dcu,
    0x00050080u, 0x0000000cu, 0x000008dfu, 0x000008d2u, 0x00000038u, 0x00060041u, 0x00000373u, 0x000008e0u, 0x00000371u, 0x00000066u,
    0x000008dfu, 0x0004003du, 0x00000006u, 0x000008e1u, 0x000008e0u, 0x00070050u, 0x0000002bu, 0x000008e2u, 0x000008d5u, 0x000008d9u,
    0x000008ddu, 0x000008e1u, 0x00050094u, 0x00000006u, 0x0000040cu, 0x00000401u, 0x000008e2u, 0x00050041u, 0x00000007u, 0x0000040du,
    0x000003b4u, 0x00000d3cu, 0x0004003du, 0x00000006u, 0x0000040eu, 0x0000040du, 0x00050081u, 0x00000006u, 0x0000040fu, 0x0000040eu,
    0x0000040cu, 0x0003003eu, 0x0000040du, 0x0000040fu, 0x00050080u, 0x0000000cu, 0x00000412u, 0x00000d3fu, 0x0000005du, 0x000200f9u,
    0x000003f7u, 0x000200f8u, 0x000003f9u, 0x000200f9u, 0x000003f5u, 0x000200f8u, 0x000003f5u, 0x000200f9u, 0x000003edu, 0x000200f8u,
    0x000003edu, 0x00050080u, 0x0000000cu, 0x00000414u, 0x00000d3cu, 0x0000005du, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003ecu,
    0x000200f9u, 0x000003c4u, 0x000200f8u, 0x000003c4u, 0x00050080u, 0x0000000cu, 0x00000417u, 0x00000d24u, 0x00000415u, 0x000200f9u,
    0x000003c1u, 0x000200f8u, 0x000003c3u, 0x000200f9u, 0x00000418u, 0x000200f8u, 0x00000418u, 0x000700f5u, 0x0000000cu, 0x00000d25u,
    0x00000d24u, 0x000003c3u, 0x00000448u, 0x0000041bu, 0x000500b0u, 0x0000003cu, 0x0000041fu, 0x00000d25u, 0x000003bcu, 0x000400f6u,
    0x0000041au, 0x0000041bu, 0x00000000u, 0x000400fau, 0x0000041fu, 0x00000419u, 0x0000041au, 0x000200f8u, 0x00000419u, 0x000500c2u,
    0x0000000cu, 0x00000422u, 0x00000d25u, 0x0000025du, 0x000500c7u, 0x0000000cu, 0x00000424u, 0x00000d25u, 0x00000224u, 0x000300f7u,
    0x00000ae5u, 0x00000000u, 0x000300fbu, 0x0000004du, 0x00000927u, 0x000200f8u, 0x00000927u, 0x00050084u, 0x0000000cu, 0x00000929u,
    0x000000aau, 0x00000424u, 0x000300f7u, 0x00000ae4u, 0x00000000u, 0x000400fau, 0x00000119u, 0x0000092au, 0x00000946u, 0x000200f8u,
    0x0000092au, 0x00050086u, 0x0000000cu, 0x0000092cu, 0x000003a9u, 0x000000aau, 0x00050084u, 0x0000000cu, 0x0000092eu, 0x00000422u,
    0x000000b1u, 0x00050080u, 0x0000000cu, 0x0000092fu, 0x0000092cu, 0x0000092eu, 0x00050080u, 0x0000000cu, 0x00000931u, 0x0000092fu,
    0x00000929u, 0x00060041u, 0x0000006au, 0x00000933u, 0x00000065u, 0x00000066u, 0x00000931u, 0x0004003du, 0x0000000cu, 0x00000934u,
    0x00000933u, 0x0004007cu, 0x00000006u, 0x00000935u, 0x00000934u, 0x00050080u, 0x0000000cu, 0x00000937u, 0x00000931u, 0x00000129u,
    0x00060041u, 0x0000006au, 0x00000938u, 0x00000065u, 0x00000066u, 0x00000937u, 0x0004003du, 0x0000000cu, 0x00000939u, 0x00000938u,
    0x0004007cu, 0x00000006u, 0x0000093au, 0x00000939u, 0x00050080u, 0x0000000cu, 0x0000093cu, 0x00000931u, 0x0000003au, 0x00060041u,
    0x0000006au, 0x0000093du, 0x00000065u, 0x00000066u, 0x0000093cu, 0x0004003du, 0x0000000cu, 0x0000093eu, 0x0000093du, 0x0004007cu,
    0x00000006u, 0x0000093fu, 0x0000093eu, 0x00050080u, 0x0000000cu, 0x00000941u, 0x00000931u, 0x00000038u, 0x00060041u, 0x0000006au,
    0x00000942u, 0x00000065u, 0x00000066u, 0x00000941u, 0x0004003du, 0x0000000cu, 0x00000943u, 0x00000942u, 0x0004007cu, 0x00000006u,
    0x00000944u, 0x00000943u, 0x00070050u, 0x0000002bu, 0x00000945u, 0x00000935u, 0x0000093au, 0x0000093fu, 0x00000944u, 0x000200f9u,
    0x00000ae5u, 0x000200f8u, 0x00000946u, 0x000300f7u, 0x00000ae3u, 0x00000000u, 0x000400fau, 0x0000013bu, 0x00000947u, 0x0000095eu,
    0x000200f8u, 0x00000947u, 0x00050086u, 0x0000000cu, 0x00000949u, 0x000003a9u, 0x000000aau, 0x00050084u, 0x0000000cu, 0x0000094bu,
    0x00000422u, 0x00000142u, 0x00050080u, 0x0000000cu, 0x0000094cu, 0x00000949u, 0x0000094bu, 0x00050084u, 0x0000000cu, 0x0000094eu,
    0x0000003au, 0x00000424u, 0x00050080u, 0x0000000cu, 0x0000094fu, 0x0000094cu, 0x0000094eu, 0x00060041u, 0x0000006au, 0x00000951u,
    0x00000065u, 0x00000066u, 0x0000094fu, 0x0004003du, 0x0000000cu, 0x00000952u, 0x00000951u, 0x0006000cu, 0x00000091u, 0x00000953u,
    0x00000001u, 0x0000003eu, 0x00000952u, 0x00050080u, 0x0000000cu, 0x00000955u, 0x0000094fu, 0x00000129u, 0x00060041u, 0x0000006au,
    0x00000956u, 0x00000065u, 0x00000066u, 0x00000955u, 0x0004003du, 0x0000000cu, 0x00000957u, 0x00000956u, 0x0006000cu, 0x00000091u,
    0x00000958u, 0x00000001u, 0x0000003eu, 0x00000957u, 0x00050051u, 0x00000006u, 0x00000959u, 0x00000953u, 0x00000000u, 0x00050051u,
    0x00000006u, 0x0000095au, 0x00000953u, 0x00000001u, 0x00050051u, 0x00000006u, 0x0000095bu, 0x00000958u, 0x00000000u, 0x00050051u,
    0x00000006u, 0x0000095cu, 0x00000958u, 0x00000001u, 0x00070050u, 0x0000002bu, 0x0000095du, 0x00000959u, 0x0000095au, 0x0000095bu,
    0x0000095cu, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x0000095eu, 0x000300f7u, 0x00000ae2u, 0x00000000u, 0x000400fau, 0x00000159u,
    0x0000095fu, 0x0000097cu, 0x000200f8u, 0x0000095fu, 0x00050086u, 0x0000000cu, 0x00000961u, 0x000003a9u, 0x000000aau, 0x00050084u,
    0x0000000cu, 0x00000963u, 0x00000422u, 0x00000142u, 0x00050080u, 0x0000000cu, 0x00000964u, 0x00000961u, 0x00000963u, 0x00050084u,
    0x0000000cu, 0x00000966u, 0x0000003au, 0x00000424u, 0x00050080u, 0x0000000cu, 0x00000967u, 0x00000964u, 0x00000966u, 0x00060041u,
    0x0000006au, 0x00000969u, 0x00000065u, 0x00000066u, 0x00000967u, 0x0004003du, 0x0000000cu, 0x0000096au, 0x00000969u, 0x00050080u,
    0x0000000cu, 0x0000096cu, 0x00000967u, 0x00000129u, 0x00060041u, 0x0000006au, 0x0000096du, 0x00000065u, 0x00000066u, 0x0000096cu,
    0x0004003du, 0x0000000cu, 0x0000096eu, 0x0000096du, 0x000500c4u, 0x0000000cu, 0x00000970u, 0x0000096au, 0x00000089u, 0x0004007cu,
    0x00000006u, 0x00000971u, 0x00000970u, 0x000500c7u, 0x0000000cu, 0x00000973u, 0x0000096au, 0x00000172u, 0x0004007cu, 0x00000006u,
    0x00000974u, 0x00000973u, 0x000500c4u, 0x0000000cu, 0x00000976u, 0x0000096eu, 0x00000089u, 0x0004007cu, 0x00000006u, 0x00000977u,
    0x00000976u, 0x000500c7u, 0x0000000cu, 0x00000979u, 0x0000096eu, 0x00000172u, 0x0004007cu, 0x00000006u, 0x0000097au, 0x00000979u,
    0x00070050u, 0x0000002bu, 0x0000097bu, 0x00000971u, 0x00000974u, 0x00000977u, 0x0000097au, 0x000200f9u, 0x00000ae5u, 0x000200f8u,
    0x0000097cu, 0x000300f7u, 0x00000ae1u, 0x00000000u, 0x000400fau, 0x0000017eu, 0x0000097du, 0x0000099du, 0x000200f8u, 0x0000097du,
    0x00050084u, 0x0000000cu, 0x00000980u, 0x00000422u, 0x000000c7u, 0x00050080u, 0x0000000cu, 0x00000981u, 0x000003a9u, 0x00000980u,
    0x00050080u, 0x0000000cu, 0x00000983u, 0x00000981u, 0x0000003au, 0x00050080u, 0x0000000cu, 0x00000985u, 0x00000983u, 0x00000929u,
    0x000500c2u, 0x0000000cu, 0x00000af5u, 0x00000985u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000af6u, 0x00000065u, 0x00000066u,
    0x00000af5u, 0x0004003du, 0x0000000cu, 0x00000af7u, 0x00000af6u, 0x000500c7u, 0x0000000cu, 0x00000af9u, 0x00000985u, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x00000afau, 0x00000af9u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000afbu, 0x00000af7u, 0x00000afau,
    0x000500c7u, 0x0000000cu, 0x00000afcu, 0x00000afbu, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000aeeu, 0x00000985u, 0x0000003au,
    0x000500c2u, 0x0000000cu, 0x00000b00u, 0x00000aeeu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000b01u, 0x00000065u, 0x00000066u,
    0x00000b00u, 0x0004003du, 0x0000000cu, 0x00000b02u, 0x00000b01u, 0x000500c7u, 0x0000000cu, 0x00000b04u, 0x00000aeeu, 0x0000003au,
    0x00050084u, 0x0000000cu, 0x00000b05u, 0x00000b04u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000b06u, 0x00000b02u, 0x00000b05u,
    0x000500c7u, 0x0000000cu, 0x00000b07u, 0x00000b06u, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000af0u, 0x00000b07u, 0x00000089u,
    0x000500c5u, 0x0000000cu, 0x00000af1u, 0x00000afcu, 0x00000af0u, 0x000500c2u, 0x0000000cu, 0x00000b12u, 0x00000981u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000b13u, 0x00000065u, 0x00000066u, 0x00000b12u, 0x0004003du, 0x0000000cu, 0x00000b14u, 0x00000b13u,
    0x000500c7u, 0x0000000cu, 0x00000b16u, 0x00000981u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b17u, 0x00000b16u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000b18u, 0x00000b14u, 0x00000b17u, 0x000500c7u, 0x0000000cu, 0x00000b19u, 0x00000b18u, 0x0000007eu,
    0x0006000cu, 0x00000091u, 0x00000b0du, 0x00000001u, 0x0000003eu, 0x00000b19u, 0x00050051u, 0x00000006u, 0x00000b0eu, 0x00000b0du,
    0x00000000u, 0x000500c7u, 0x0000000cu, 0x0000098au, 0x00000af1u, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000b1du, 0x0000098au,
    0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000b1eu, 0x00000b1du, 0x000500c3u, 0x0000001cu, 0x00000b1fu, 0x00000b1eu, 0x00000097u,
    0x0004006fu, 0x00000006u, 0x0000098cu, 0x00000b1fu, 0x000500c2u, 0x0000000cu, 0x0000098eu, 0x00000af1u, 0x00000196u, 0x000500c7u,
    0x0000000cu, 0x0000098fu, 0x0000098eu, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000b23u, 0x0000098fu, 0x00000097u, 0x0004007cu,
    0x0000001cu, 0x00000b24u, 0x00000b23u, 0x000500c3u, 0x0000001cu, 0x00000b25u, 0x00000b24u, 0x00000097u, 0x0004006fu, 0x00000006u,
    0x00000991u, 0x00000b25u, 0x000500c2u, 0x0000000cu, 0x00000993u, 0x00000af1u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x00000994u,
    0x00000993u, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000b29u, 0x00000994u, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000b2au,
    0x00000b29u, 0x000500c3u, 0x0000001cu, 0x00000b2bu, 0x00000b2au, 0x00000097u, 0x0004006fu, 0x00000006u, 0x00000996u, 0x00000b2bu,
    0x000500c2u, 0x0000000cu, 0x00000998u, 0x00000af1u, 0x00000097u, 0x000500c4u, 0x0000000cu, 0x00000b2fu, 0x00000998u, 0x00000097u,
    0x0004007cu, 0x0000001cu, 0x00000b30u, 0x00000b2fu, 0x000500c3u, 0x0000001cu, 0x00000b31u, 0x00000b30u, 0x00000097u, 0x0004006fu,
    0x00000006u, 0x0000099au, 0x00000b31u, 0x00070050u, 0x0000002bu, 0x0000099bu, 0x0000098cu, 0x00000991u, 0x00000996u, 0x0000099au,
    0x0005008eu, 0x0000002bu, 0x0000099cu, 0x0000099bu, 0x00000b0eu, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x0000099du, 0x000300f7u,
    0x00000ae0u, 0x00000000u, 0x000400fau, 0x000001afu, 0x0000099eu, 0x000009e6u, 0x000200f8u, 0x0000099eu, 0x000600a9u, 0x0000000cu,
    0x000009a2u, 0x000001b4u, 0x000000b8u, 0x000000b3u, 0x00050084u, 0x0000000cu, 0x000009a3u, 0x00000422u, 0x000009a2u, 0x00050080u,
    0x0000000cu, 0x000009a4u, 0x000003a9u, 0x000009a3u, 0x000600a9u, 0x0000000cu, 0x000009a7u, 0x000001b4u, 0x000000aau, 0x0000003au,
    0x00050080u, 0x0000000cu, 0x000009a8u, 0x000009a4u, 0x000009a7u, 0x000500c7u, 0x0000000cu, 0x000009aau, 0x00000929u, 0x000000f8u,
    0x00050080u, 0x0000000cu, 0x000009abu, 0x000009a8u, 0x000009aau, 0x000500c2u, 0x0000000cu, 0x00000b40u, 0x000009abu, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000b41u, 0x00000065u, 0x00000066u, 0x00000b40u, 0x0004003du, 0x0000000cu, 0x00000b42u, 0x00000b41u,
    0x000500c7u, 0x0000000cu, 0x00000b44u, 0x000009abu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b45u, 0x00000b44u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000b46u, 0x00000b42u, 0x00000b45u, 0x000500c7u, 0x0000000cu, 0x00000b47u, 0x00000b46u, 0x0000007eu,
    0x00050080u, 0x0000000cu, 0x00000b39u, 0x000009abu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000b4bu, 0x00000b39u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000b4cu, 0x00000065u, 0x00000066u, 0x00000b4bu, 0x0004003du, 0x0000000cu, 0x00000b4du, 0x00000b4cu,
    0x000500c7u, 0x0000000cu, 0x00000b4fu, 0x00000b39u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b50u, 0x00000b4fu, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000b51u, 0x00000b4du, 0x00000b50u, 0x000500c7u, 0x0000000cu, 0x00000b52u, 0x00000b51u, 0x0000007eu,
    0x000500c4u, 0x0000000cu, 0x00000b3bu, 0x00000b52u, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x00000b3cu, 0x00000b47u, 0x00000b3bu,
    0x000500c7u, 0x0000000cu, 0x000009aeu, 0x00000929u, 0x00000142u, 0x00050086u, 0x0000000cu, 0x000009afu, 0x000009aeu, 0x000000aau,
    0x000500c2u, 0x0000000cu, 0x000009b0u, 0x00000b3cu, 0x000009afu, 0x000500c7u, 0x0000000cu, 0x000009b2u, 0x000009b0u, 0x000000f8u,
    0x000500c2u, 0x0000000cu, 0x000009b4u, 0x000009b0u, 0x00000196u, 0x000500c7u, 0x0000000cu, 0x000009b5u, 0x000009b4u, 0x000000f8u,
    0x000500c2u, 0x0000000cu, 0x000009b7u, 0x000009b0u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x000009b8u, 0x000009b7u, 0x000000f8u,
    0x000500c2u, 0x0000000cu, 0x000009bau, 0x000009b0u, 0x00000097u, 0x000500c7u, 0x0000000cu, 0x000009bbu, 0x000009bau, 0x000000f8u,
    0x00070050u, 0x000001cau, 0x000009bcu, 0x000009b2u, 0x000009b5u, 0x000009b8u, 0x000009bbu, 0x000500c2u, 0x0000000cu, 0x00000b5du,
    0x000009a4u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000b5eu, 0x00000065u, 0x00000066u, 0x00000b5du, 0x0004003du, 0x0000000cu,
    0x00000b5fu, 0x00000b5eu, 0x000500c7u, 0x0000000cu, 0x00000b61u, 0x000009a4u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b62u,
    0x00000b61u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000b63u, 0x00000b5fu, 0x00000b62u, 0x000500c7u, 0x0000000cu, 0x00000b64u,
    0x00000b63u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000b58u, 0x00000001u, 0x0000003eu, 0x00000b64u, 0x00050051u, 0x00000006u,
    0x00000b59u, 0x00000b58u, 0x00000000u, 0x000300f7u, 0x000009d3u, 0x00000000u, 0x000400fau, 0x000001ddu, 0x000009bfu, 0x000009d3u,
    0x000200f8u, 0x000009bfu, 0x0003003eu, 0x000008fau, 0x000001f2u, 0x00050041u, 0x00000007u, 0x000009c3u, 0x000008fau, 0x000009b2u,
    0x0004003du, 0x00000006u, 0x000009c4u, 0x000009c3u, 0x0003003eu, 0x000008fbu, 0x000001f2u, 0x00050041u, 0x00000007u, 0x000009c7u,
    0x000008fbu, 0x000009b5u, 0x0004003du, 0x00000006u, 0x000009c8u, 0x000009c7u, 0x0003003eu, 0x000008fcu, 0x000001f2u, 0x00050041u,
    0x00000007u, 0x000009cbu, 0x000008fcu, 0x000009b8u, 0x0004003du, 0x00000006u, 0x000009ccu, 0x000009cbu, 0x0003003eu, 0x000008fdu,
    0x000001f2u, 0x00050041u, 0x00000007u, 0x000009cfu, 0x000008fdu, 0x000009bbu, 0x0004003du, 0x00000006u, 0x000009d0u, 0x000009cfu,
    0x00070050u, 0x0000002bu, 0x000009d1u, 0x000009c4u, 0x000009c8u, 0x000009ccu, 0x000009d0u, 0x0005008eu, 0x0000002bu, 0x000009d2u,
    0x000009d1u, 0x00000b59u, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x000009d3u, 0x000300f7u, 0x000009dfu, 0x00000000u, 0x000400fau,
    0x000001b4u, 0x000009d5u, 0x000009dfu, 0x000200f8u, 0x000009d5u, 0x00040070u, 0x0000002bu, 0x000009d8u, 0x000009bcu, 0x0005008eu,
    0x0000002bu, 0x000009d9u, 0x000009d8u, 0x00000b59u, 0x00050080u, 0x0000000cu, 0x000009dbu, 0x000009a4u, 0x0000003au, 0x000500c2u,
    0x0000000cu, 0x00000b6fu, 0x000009dbu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000b70u, 0x00000065u, 0x00000066u, 0x00000b6fu,
    0x0004003du, 0x0000000cu, 0x00000b71u, 0x00000b70u, 0x000500c7u, 0x0000000cu, 0x00000b73u, 0x000009dbu, 0x0000003au, 0x00050084u,
    0x0000000cu, 0x00000b74u, 0x00000b73u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000b75u, 0x00000b71u, 0x00000b74u, 0x000500c7u,
    0x0000000cu, 0x00000b76u, 0x00000b75u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000b6au, 0x00000001u, 0x0000003eu, 0x00000b76u,
    0x00050051u, 0x00000006u, 0x00000b6bu, 0x00000b6au, 0x00000000u, 0x00070050u, 0x0000002bu, 0x000009ddu, 0x00000b6bu, 0x00000b6bu,
    0x00000b6bu, 0x00000b6bu, 0x00050081u, 0x0000002bu, 0x000009deu, 0x000009d9u, 0x000009ddu, 0x000200f9u, 0x00000ae5u, 0x000200f8u,
    0x000009dfu, 0x00040070u, 0x0000002bu, 0x000009e2u, 0x000009bcu, 0x00050083u, 0x0000002bu, 0x000009e4u, 0x000009e2u, 0x00000d54u,
    0x0005008eu, 0x0000002bu, 0x000009e5u, 0x000009e4u, 0x00000b59u, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x000009e6u, 0x000300f7u,
    0x00000adfu, 0x00000000u, 0x000400fau, 0x00000226u, 0x000009e7u, 0x00000a2fu, 0x000200f8u, 0x000009e7u, 0x000600a9u, 0x0000000cu,
    0x000009ebu, 0x0000022au, 0x000000c2u, 0x000000bdu, 0x00050084u, 0x0000000cu, 0x000009ecu, 0x00000422u, 0x000009ebu, 0x00050080u,
    0x0000000cu, 0x000009edu, 0x000003a9u, 0x000009ecu, 0x000600a9u, 0x0000000cu, 0x000009f0u, 0x0000022au, 0x000000aau, 0x0000003au,
    0x00050080u, 0x0000000cu, 0x000009f1u, 0x000009edu, 0x000009f0u, 0x000500c2u, 0x0000000cu, 0x00000b85u, 0x000009f1u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000b86u, 0x00000065u, 0x00000066u, 0x00000b85u, 0x0004003du, 0x0000000cu, 0x00000b87u, 0x00000b86u,
    0x000500c7u, 0x0000000cu, 0x00000b89u, 0x000009f1u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b8au, 0x00000b89u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000b8bu, 0x00000b87u, 0x00000b8au, 0x000500c7u, 0x0000000cu, 0x00000b8cu, 0x00000b8bu, 0x0000007eu,
    0x00050080u, 0x0000000cu, 0x00000b7eu, 0x000009f1u, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000b90u, 0x00000b7eu, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000b91u, 0x00000065u, 0x00000066u, 0x00000b90u, 0x0004003du, 0x0000000cu, 0x00000b92u, 0x00000b91u,
    0x000500c7u, 0x0000000cu, 0x00000b94u, 0x00000b7eu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000b95u, 0x00000b94u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000b96u, 0x00000b92u, 0x00000b95u, 0x000500c7u, 0x0000000cu, 0x00000b97u, 0x00000b96u, 0x0000007eu,
    0x000500c4u, 0x0000000cu, 0x00000b80u, 0x00000b97u, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x00000b81u, 0x00000b8cu, 0x00000b80u,
    0x000500c2u, 0x0000000cu, 0x000009f4u, 0x00000b81u, 0x00000929u, 0x000600a9u, 0x0000000cu, 0x000009f7u, 0x0000022au, 0x0000006fu,
    0x00000222u, 0x00050080u, 0x0000000cu, 0x000009f8u, 0x000009edu, 0x000009f7u, 0x000500c7u, 0x0000000cu, 0x000009fau, 0x00000929u,
    0x000000f8u, 0x00050080u, 0x0000000cu, 0x000009fbu, 0x000009f8u, 0x000009fau, 0x000500c2u, 0x0000000cu, 0x00000ba6u, 0x000009fbu,
    0x00000068u, 0x00060041u, 0x0000006au, 0x00000ba7u, 0x00000065u, 0x00000066u, 0x00000ba6u, 0x0004003du, 0x0000000cu, 0x00000ba8u,
    0x00000ba7u, 0x000500c7u, 0x0000000cu, 0x00000baau, 0x000009fbu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000babu, 0x00000baau,
    0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000bacu, 0x00000ba8u, 0x00000babu, 0x000500c7u, 0x0000000cu, 0x00000badu, 0x00000bacu,
    0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000b9fu, 0x000009fbu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000bb1u, 0x00000b9fu,
    0x00000068u, 0x00060041u, 0x0000006au, 0x00000bb2u, 0x00000065u, 0x00000066u, 0x00000bb1u, 0x0004003du, 0x0000000cu, 0x00000bb3u,
    0x00000bb2u, 0x000500c7u, 0x0000000cu, 0x00000bb5u, 0x00000b9fu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000bb6u, 0x00000bb5u,
    0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000bb7u, 0x00000bb3u, 0x00000bb6u, 0x000500c7u, 0x0000000cu, 0x00000bb8u, 0x00000bb7u,
    0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000ba1u, 0x00000bb8u, 0x00000089u, 0x000500c5u, 0x0000000cu, 0x00000ba2u, 0x00000badu,
    0x00000ba1u, 0x000500c7u, 0x0000000cu, 0x000009feu, 0x00000929u, 0x00000142u, 0x00050086u, 0x0000000cu, 0x000009ffu, 0x000009feu,
    0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000a00u, 0x00000ba2u, 0x000009ffu, 0x000500c7u, 0x0000000cu, 0x00000a02u, 0x00000a00u,
    0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a04u, 0x00000a00u, 0x00000196u, 0x000500c7u, 0x0000000cu, 0x00000a05u, 0x00000a04u,
    0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a07u, 0x00000a00u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x00000a08u, 0x00000a07u,
    0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a0au, 0x00000a00u, 0x00000097u, 0x000500c7u, 0x0000000cu, 0x00000a0bu, 0x00000a0au,
    0x000000f8u, 0x00070050u, 0x000001cau, 0x00000a0cu, 0x00000a02u, 0x00000a05u, 0x00000a08u, 0x00000a0bu, 0x000500c2u, 0x0000000cu,
    0x00000a0fu, 0x000009f4u, 0x0000005du, 0x000500c2u, 0x0000000cu, 0x00000a11u, 0x000009f4u, 0x00000068u, 0x000500c2u, 0x0000000cu,
    0x00000a13u, 0x000009f4u, 0x0000025du, 0x00070050u, 0x000001cau, 0x00000a14u, 0x000009f4u, 0x00000a0fu, 0x00000a11u, 0x00000a13u,
    0x000500c7u, 0x000001cau, 0x00000a16u, 0x00000a14u, 0x00000d52u, 0x000500c4u, 0x000001cau, 0x00000a18u, 0x00000a16u, 0x00000d53u,
    0x000500c5u, 0x000001cau, 0x00000a19u, 0x00000a0cu, 0x00000a18u, 0x00040070u, 0x0000002bu, 0x00000a1au, 0x00000a19u, 0x000500c2u,
    0x0000000cu, 0x00000bc3u, 0x000009edu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000bc4u, 0x00000065u, 0x00000066u, 0x00000bc3u,
    0x0004003du, 0x0000000cu, 0x00000bc5u, 0x00000bc4u, 0x000500c7u, 0x0000000cu, 0x00000bc7u, 0x000009edu, 0x0000003au, 0x00050084u,
    0x0000000cu, 0x00000bc8u, 0x00000bc7u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000bc9u, 0x00000bc5u, 0x00000bc8u, 0x000500c7u,
    0x0000000cu, 0x00000bcau, 0x00000bc9u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000bbeu, 0x00000001u, 0x0000003eu, 0x00000bcau,
    0x00050051u, 0x00000006u, 0x00000bbfu, 0x00000bbeu, 0x00000000u, 0x000300f7u, 0x00000a2du, 0x00000000u, 0x000400fau, 0x0000022au,
    0x00000a1eu, 0x00000a27u, 0x000200f8u, 0x00000a1eu, 0x0005008eu, 0x0000002bu, 0x00000a21u, 0x00000a1au, 0x00000bbfu, 0x00050080u,
    0x0000000cu, 0x00000a23u, 0x000009edu, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000bd5u, 0x00000a23u, 0x00000068u, 0x00060041u,
    0x0000006au, 0x00000bd6u, 0x00000065u, 0x00000066u, 0x00000bd5u, 0x0004003du, 0x0000000cu, 0x00000bd7u, 0x00000bd6u, 0x000500c7u,
    0x0000000cu, 0x00000bd9u, 0x00000a23u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000bdau, 0x00000bd9u, 0x0000006fu, 0x000500c2u,
    0x0000000cu, 0x00000bdbu, 0x00000bd7u, 0x00000bdau, 0x000500c7u, 0x0000000cu, 0x00000bdcu, 0x00000bdbu, 0x0000007eu, 0x0006000cu,
    0x00000091u, 0x00000bd0u, 0x00000001u, 0x0000003eu, 0x00000bdcu, 0x00050051u, 0x00000006u, 0x00000bd1u, 0x00000bd0u, 0x00000000u,
    0x00070050u, 0x0000002bu, 0x00000a25u, 0x00000bd1u, 0x00000bd1u, 0x00000bd1u, 0x00000bd1u, 0x00050081u, 0x0000002bu, 0x00000a26u,
    0x00000a21u, 0x00000a25u, 0x000200f9u, 0x00000a2du, 0x000200f8u, 0x00000a27u, 0x00050083u, 0x0000002bu, 0x00000a2bu, 0x00000a1au,
    0x00000d55u, 0x0005008eu, 0x0000002bu, 0x00000a2cu, 0x00000a2bu, 0x00000bbfu, 0x000200f9u, 0x00000a2du, 0x000200f8u, 0x00000a2du,
    0x000700f5u, 0x0000002bu, 0x00000d32u, 0x00000a26u, 0x00000a1eu, 0x00000a2cu, 0x00000a27u, 0x000200f9u, 0x00000ae5u, 0x000200f8u,
    0x00000a2fu, 0x000300f7u, 0x00000adeu, 0x00000000u, 0x000400fau, 0x00000286u, 0x00000a30u, 0x00000a85u, 0x000200f8u, 0x00000a30u,
    0x000500c7u, 0x0000000cu, 0x00000a32u, 0x00000422u, 0x00000224u, 0x000500c2u, 0x0000000cu, 0x00000a35u, 0x00000422u, 0x0000025du,
    0x000600a9u, 0x0000000cu, 0x00000a37u, 0x0000028au, 0x000000d2u, 0x000000cdu, 0x00050084u, 0x0000000cu, 0x00000a38u, 0x00000a35u,
    0x00000a37u, 0x00050080u, 0x0000000cu, 0x00000a39u, 0x000003a9u, 0x00000a38u, 0x00050080u, 0x0000000cu, 0x00000a3bu, 0x00000a39u,
    0x000000aau, 0x000500b0u, 0x0000003cu, 0x00000be5u, 0x00000a32u, 0x000000aau, 0x000300f7u, 0x00000c12u, 0x00000000u, 0x000400fau,
    0x00000be5u, 0x00000be6u, 0x00000bf4u, 0x000200f8u, 0x00000be6u, 0x00050080u, 0x0000000cu, 0x00000be9u, 0x00000a3bu, 0x00000a32u,
    0x000500c2u, 0x0000000cu, 0x00000c16u, 0x00000be9u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c17u, 0x00000065u, 0x00000066u,
    0x00000c16u, 0x0004003du, 0x0000000cu, 0x00000c18u, 0x00000c17u, 0x000500c7u, 0x0000000cu, 0x00000c1au, 0x00000be9u, 0x00000038u,
    0x00050084u, 0x0000000cu, 0x00000c1bu, 0x00000c1au, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c1cu, 0x00000c18u, 0x00000c1bu,
    0x000500c7u, 0x0000000cu, 0x00000c1du, 0x00000c1cu, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x00000bebu, 0x00000c1du, 0x000000e6u,
    0x00040070u, 0x00000006u, 0x00000becu, 0x00000bebu, 0x00050080u, 0x0000000cu, 0x00000bf0u, 0x00000be9u, 0x000000aau, 0x000500c2u,
    0x0000000cu, 0x00000c21u, 0x00000bf0u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c22u, 0x00000065u, 0x00000066u, 0x00000c21u,
    0x0004003du, 0x0000000cu, 0x00000c23u, 0x00000c22u, 0x000500c7u, 0x0000000cu, 0x00000c25u, 0x00000bf0u, 0x00000038u, 0x00050084u,
    0x0000000cu, 0x00000c26u, 0x00000c25u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c27u, 0x00000c23u, 0x00000c26u, 0x000500c7u,
    0x0000000cu, 0x00000c28u, 0x00000c27u, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x00000bf2u, 0x00000c28u, 0x000000e6u, 0x00040070u,
    0x00000006u, 0x00000bf3u, 0x00000bf2u, 0x000200f9u, 0x00000c12u, 0x000200f8u, 0x00000bf4u, 0x00050080u, 0x0000000cu, 0x00000bf7u,
    0x00000a3bu, 0x00000a32u, 0x00050080u, 0x0000000cu, 0x00000bf8u, 0x00000bf7u, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000c2cu,
    0x00000bf8u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c2du, 0x00000065u, 0x00000066u, 0x00000c2cu, 0x0004003du, 0x0000000cu,
    0x00000c2eu, 0x00000c2du, 0x000500c7u, 0x0000000cu, 0x00000c30u, 0x00000bf8u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000c31u,
    0x00000c30u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c32u, 0x00000c2eu, 0x00000c31u, 0x000500c7u, 0x0000000cu, 0x00000c33u,
    0x00000c32u, 0x00000072u, 0x000500c7u, 0x0000000cu, 0x00000bfau, 0x00000c33u, 0x000000f8u, 0x00050082u, 0x0000000cu, 0x00000bfeu,
    0x00000bf7u, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000c37u, 0x00000bfeu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c38u,
    0x00000065u, 0x00000066u, 0x00000c37u, 0x0004003du, 0x0000000cu, 0x00000c39u, 0x00000c38u, 0x000500c7u, 0x0000000cu, 0x00000c3bu,
    0x00000bfeu, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000c3cu, 0x00000c3bu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c3du,
    0x00000c39u, 0x00000c3cu, 0x000500c7u, 0x0000000cu, 0x00000c3eu, 0x00000c3du, 0x00000072u, 0x000500c2u, 0x0000000cu, 0x00000c00u,
    0x00000c3eu, 0x00000100u, 0x000500c4u, 0x0000000cu, 0x00000c01u, 0x00000c00u, 0x00000102u, 0x000500c5u, 0x0000000cu, 0x00000c02u,
    0x00000bfau, 0x00000c01u, 0x00040070u, 0x00000006u, 0x00000c03u, 0x00000c02u, 0x0004003du, 0x0000000cu, 0x00000c44u, 0x00000c2du,
    0x000500c2u, 0x0000000cu, 0x00000c48u, 0x00000c44u, 0x00000c31u, 0x000500c7u, 0x0000000cu, 0x00000c49u, 0x00000c48u, 0x00000072u,
    0x000500c2u, 0x0000000cu, 0x00000c09u, 0x00000c49u, 0x00000102u, 0x000500c2u, 0x0000000cu, 0x00000c4du, 0x00000bf7u, 0x00000068u,
    0x00060041u, 0x0000006au, 0x00000c4eu, 0x00000065u, 0x00000066u, 0x00000c4du, 0x0004003du, 0x0000000cu, 0x00000c4fu, 0x00000c4eu,
    0x000500c7u, 0x0000000cu, 0x00000c51u, 0x00000bf7u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000c52u, 0x00000c51u, 0x0000006fu,
    0x000500c2u, 0x0000000cu, 0x00000c53u, 0x00000c4fu, 0x00000c52u, 0x000500c7u, 0x0000000cu, 0x00000c54u, 0x00000c53u, 0x00000072u,
    0x000500c2u, 0x0000000cu, 0x00000c0eu, 0x00000c54u, 0x00000100u, 0x000500c4u, 0x0000000cu, 0x00000c0fu, 0x00000c0eu, 0x00000102u,
    0x000500c5u, 0x0000000cu, 0x00000c10u, 0x00000c09u, 0x00000c0fu, 0x00040070u, 0x00000006u, 0x00000c11u, 0x00000c10u, 0x000200f9u,
    0x00000c12u, 0x000200f8u, 0x00000c12u, 0x000700f5u, 0x00000006u, 0x00000d30u, 0x00000bf3u, 0x00000be6u, 0x00000c11u, 0x00000bf4u,
    0x000700f5u, 0x00000006u, 0x00000d2fu, 0x00000becu, 0x00000be6u, 0x00000c03u, 0x00000bf4u, 0x000600a9u, 0x0000000cu, 0x00000a42u,
    0x0000028au, 0x000002a5u, 0x00000142u, 0x00050080u, 0x0000000cu, 0x00000a43u, 0x00000a39u, 0x00000a42u, 0x000500c2u, 0x0000000cu,
    0x00000a45u, 0x00000a32u, 0x0000005du, 0x00050084u, 0x0000000cu, 0x00000a46u, 0x00000a45u, 0x000000b1u, 0x00050080u, 0x0000000cu,
    0x00000a47u, 0x00000a43u, 0x00000a46u, 0x00050080u, 0x0000000cu, 0x00000a49u, 0x00000a47u, 0x00000929u, 0x000500c2u, 0x0000000cu,
    0x00000a4au, 0x00000a49u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000a4bu, 0x00000065u, 0x00000066u, 0x00000a4au, 0x0004003du,
    0x0000000cu, 0x00000a4cu, 0x00000a4bu, 0x000500c7u, 0x0000000cu, 0x00000a4eu, 0x00000a32u, 0x00000129u, 0x00050084u, 0x0000000cu,
    0x00000a4fu, 0x00000a4eu, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000a50u, 0x00000a4cu, 0x00000a4fu, 0x000500c7u, 0x0000000cu,
    0x00000a52u, 0x00000a50u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a54u, 0x00000a50u, 0x00000196u, 0x000500c7u, 0x0000000cu,
    0x00000a55u, 0x00000a54u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a57u, 0x00000a50u, 0x00000089u, 0x000500c7u, 0x0000000cu,
    0x00000a58u, 0x00000a57u, 0x000000f8u, 0x000500c2u, 0x0000000cu, 0x00000a5au, 0x00000a50u, 0x00000097u, 0x000500c7u, 0x0000000cu,
    0x00000a5bu, 0x00000a5au, 0x000000f8u, 0x00070050u, 0x000001cau, 0x00000a5cu, 0x00000a52u, 0x00000a55u, 0x00000a58u, 0x00000a5bu,
    0x000300f7u, 0x00000a76u, 0x00000000u, 0x000400fau, 0x0000028au, 0x00000a5eu, 0x00000a76u, 0x000200f8u, 0x00000a5eu, 0x00050080u,
    0x0000000cu, 0x00000a60u, 0x00000a39u, 0x00000142u, 0x00050080u, 0x0000000cu, 0x00000a62u, 0x00000a60u, 0x00000929u, 0x000500c2u,
    0x0000000cu, 0x00000a63u, 0x00000a62u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000a64u, 0x00000065u, 0x00000066u, 0x00000a63u,
    0x0004003du, 0x0000000cu, 0x00000a65u, 0x00000a64u, 0x000500c2u, 0x0000000cu, 0x00000a67u, 0x00000a65u, 0x00000a32u, 0x000500c2u,
    0x0000000cu, 0x00000a6au, 0x00000a67u, 0x00000196u, 0x000500c2u, 0x0000000cu, 0x00000a6cu, 0x00000a67u, 0x00000089u, 0x000500c2u,
    0x0000000cu, 0x00000a6eu, 0x00000a67u, 0x00000097u, 0x00070050u, 0x000001cau, 0x00000a6fu, 0x00000a67u, 0x00000a6au, 0x00000a6cu,
    0x00000a6eu, 0x000500c7u, 0x000001cau, 0x00000a71u, 0x00000a6fu, 0x00000d52u, 0x000500c4u, 0x000001cau, 0x00000a73u, 0x00000a71u,
    0x00000d53u, 0x000500c5u, 0x000001cau, 0x00000a75u, 0x00000a5cu, 0x00000a73u, 0x000200f9u, 0x00000a76u, 0x000200f8u, 0x00000a76u,
    0x000700f5u, 0x000001cau, 0x00000d31u, 0x00000a5cu, 0x00000c12u, 0x00000a75u, 0x00000a5eu, 0x000500c2u, 0x0000000cu, 0x00000c5fu,
    0x00000a39u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c60u, 0x00000065u, 0x00000066u, 0x00000c5fu, 0x0004003du, 0x0000000cu,
    0x00000c61u, 0x00000c60u, 0x000500c7u, 0x0000000cu, 0x00000c63u, 0x00000a39u, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000c64u,
    0x00000c63u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c65u, 0x00000c61u, 0x00000c64u, 0x000500c7u, 0x0000000cu, 0x00000c66u,
    0x00000c65u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000c5au, 0x00000001u, 0x0000003eu, 0x00000c66u, 0x00050051u, 0x00000006u,
    0x00000c5bu, 0x00000c5au, 0x00000000u, 0x00050085u, 0x00000006u, 0x00000a7au, 0x00000c5bu, 0x00000d2fu, 0x00040070u, 0x0000002bu,
    0x00000a7cu, 0x00000d31u, 0x0005008eu, 0x0000002bu, 0x00000a7du, 0x00000a7cu, 0x00000a7au, 0x00050080u, 0x0000000cu, 0x00000a7fu,
    0x00000a39u, 0x0000003au, 0x000500c2u, 0x0000000cu, 0x00000c71u, 0x00000a7fu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c72u,
    0x00000065u, 0x00000066u, 0x00000c71u, 0x0004003du, 0x0000000cu, 0x00000c73u, 0x00000c72u, 0x000500c7u, 0x0000000cu, 0x00000c75u,
    0x00000a7fu, 0x0000003au, 0x00050084u, 0x0000000cu, 0x00000c76u, 0x00000c75u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c77u,
    0x00000c73u, 0x00000c76u, 0x000500c7u, 0x0000000cu, 0x00000c78u, 0x00000c77u, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000c6cu,
    0x00000001u, 0x0000003eu, 0x00000c78u, 0x00050051u, 0x00000006u, 0x00000c6du, 0x00000c6cu, 0x00000000u, 0x00050085u, 0x00000006u,
    0x00000a82u, 0x00000c6du, 0x00000d30u, 0x00070050u, 0x0000002bu, 0x00000a83u, 0x00000a82u, 0x00000a82u, 0x00000a82u, 0x00000a82u,
    0x00050083u, 0x0000002bu, 0x00000a84u, 0x00000a7du, 0x00000a83u, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x00000a85u, 0x000300f7u,
    0x00000addu, 0x00000000u, 0x000400fau, 0x000002f0u, 0x00000a86u, 0x00000addu, 0x000200f8u, 0x00000a86u, 0x000500c7u, 0x0000000cu,
    0x00000a88u, 0x00000422u, 0x00000224u, 0x000500c2u, 0x0000000cu, 0x00000a8bu, 0x00000422u, 0x0000025du, 0x00050084u, 0x0000000cu,
    0x00000a8cu, 0x00000a8bu, 0x000000d7u, 0x00050080u, 0x0000000cu, 0x00000a8du, 0x000003a9u, 0x00000a8cu, 0x000500c2u, 0x0000000cu,
    0x00000a8fu, 0x00000a88u, 0x00000068u, 0x000500c7u, 0x0000000cu, 0x00000a91u, 0x00000a88u, 0x00000038u, 0x00050084u, 0x0000000cu,
    0x00000a94u, 0x00000a8fu, 0x00000305u, 0x00050080u, 0x0000000cu, 0x00000a95u, 0x00000a8du, 0x00000a94u, 0x000500c7u, 0x0000000cu,
    0x00000a97u, 0x00000a91u, 0x00000129u, 0x00050084u, 0x0000000cu, 0x00000a98u, 0x00000a97u, 0x000000b1u, 0x00050080u, 0x0000000cu,
    0x00000a99u, 0x00000a95u, 0x00000a98u, 0x00050080u, 0x0000000cu, 0x00000a9bu, 0x00000a99u, 0x00000929u, 0x000500c2u, 0x0000000cu,
    0x00000c87u, 0x00000a9bu, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c88u, 0x00000065u, 0x00000066u, 0x00000c87u, 0x0004003du,
    0x0000000cu, 0x00000c89u, 0x00000c88u, 0x000500c7u, 0x0000000cu, 0x00000c8bu, 0x00000a9bu, 0x0000003au, 0x00050084u, 0x0000000cu,
    0x00000c8cu, 0x00000c8bu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c8du, 0x00000c89u, 0x00000c8cu, 0x000500c7u, 0x0000000cu,
    0x00000c8eu, 0x00000c8du, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000c80u, 0x00000a9bu, 0x0000003au, 0x000500c2u, 0x0000000cu,
    0x00000c92u, 0x00000c80u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000c93u, 0x00000065u, 0x00000066u, 0x00000c92u, 0x0004003du,
    0x0000000cu, 0x00000c94u, 0x00000c93u, 0x000500c7u, 0x0000000cu, 0x00000c96u, 0x00000c80u, 0x0000003au, 0x00050084u, 0x0000000cu,
    0x00000c97u, 0x00000c96u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000c98u, 0x00000c94u, 0x00000c97u, 0x000500c7u, 0x0000000cu,
    0x00000c99u, 0x00000c98u, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000c82u, 0x00000c99u, 0x00000089u, 0x000500c5u, 0x0000000cu,
    0x00000c83u, 0x00000c8eu, 0x00000c82u, 0x000500c2u, 0x0000000cu, 0x00000a9eu, 0x00000a91u, 0x0000005du, 0x00050084u, 0x0000000cu,
    0x00000a9fu, 0x00000a9eu, 0x000000aau, 0x000500c2u, 0x0000000cu, 0x00000aa0u, 0x00000c83u, 0x00000a9fu, 0x00050080u, 0x0000000cu,
    0x00000aa2u, 0x00000a8du, 0x00000316u, 0x00050084u, 0x0000000cu, 0x00000aa4u, 0x00000a8fu, 0x000000b1u, 0x00050080u, 0x0000000cu,
    0x00000aa5u, 0x00000aa2u, 0x00000aa4u, 0x00050080u, 0x0000000cu, 0x00000aa7u, 0x00000aa5u, 0x00000929u, 0x000500c2u, 0x0000000cu,
    0x00000ca8u, 0x00000aa7u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000ca9u, 0x00000065u, 0x00000066u, 0x00000ca8u, 0x0004003du,
    0x0000000cu, 0x00000caau, 0x00000ca9u, 0x000500c7u, 0x0000000cu, 0x00000cacu, 0x00000aa7u, 0x0000003au, 0x00050084u, 0x0000000cu,
    0x00000cadu, 0x00000cacu, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000caeu, 0x00000caau, 0x00000cadu, 0x000500c7u, 0x0000000cu,
    0x00000cafu, 0x00000caeu, 0x0000007eu, 0x00050080u, 0x0000000cu, 0x00000ca1u, 0x00000aa7u, 0x0000003au, 0x000500c2u, 0x0000000cu,
    0x00000cb3u, 0x00000ca1u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000cb4u, 0x00000065u, 0x00000066u, 0x00000cb3u, 0x0004003du,
    0x0000000cu, 0x00000cb5u, 0x00000cb4u, 0x000500c7u, 0x0000000cu, 0x00000cb7u, 0x00000ca1u, 0x0000003au, 0x00050084u, 0x0000000cu,
    0x00000cb8u, 0x00000cb7u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000cb9u, 0x00000cb5u, 0x00000cb8u, 0x000500c7u, 0x0000000cu,
    0x00000cbau, 0x00000cb9u, 0x0000007eu, 0x000500c4u, 0x0000000cu, 0x00000ca3u, 0x00000cbau, 0x00000089u, 0x000500c5u, 0x0000000cu,
    0x00000ca4u, 0x00000cafu, 0x00000ca3u, 0x00050084u, 0x0000000cu, 0x00000aaau, 0x0000003au, 0x00000a91u, 0x000500c2u, 0x0000000cu,
    0x00000aabu, 0x00000ca4u, 0x00000aaau, 0x000500c7u, 0x0000000cu, 0x00000aadu, 0x00000aa0u, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x00000aafu, 0x00000aa0u, 0x00000196u, 0x000500c7u, 0x0000000cu, 0x00000ab0u, 0x00000aafu, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x00000ab2u, 0x00000aa0u, 0x00000089u, 0x000500c7u, 0x0000000cu, 0x00000ab3u, 0x00000ab2u, 0x000000f8u, 0x000500c2u, 0x0000000cu,
    0x00000ab5u, 0x00000aa0u, 0x00000097u, 0x000500c7u, 0x0000000cu, 0x00000ab6u, 0x00000ab5u, 0x000000f8u, 0x00070050u, 0x000001cau,
    0x00000ab7u, 0x00000aadu, 0x00000ab0u, 0x00000ab3u, 0x00000ab6u, 0x000500c2u, 0x0000000cu, 0x00000abau, 0x00000aabu, 0x00000196u,
    0x000500c2u, 0x0000000cu, 0x00000abcu, 0x00000aabu, 0x00000089u, 0x000500c2u, 0x0000000cu, 0x00000abeu, 0x00000aabu, 0x00000097u,
    0x00070050u, 0x000001cau, 0x00000abfu, 0x00000aabu, 0x00000abau, 0x00000abcu, 0x00000abeu, 0x000500c7u, 0x000001cau, 0x00000ac1u,
    0x00000abfu, 0x00000d56u, 0x000500c4u, 0x000001cau, 0x00000ac3u, 0x00000ac1u, 0x00000d53u, 0x000500c5u, 0x000001cau, 0x00000ac4u,
    0x00000ab7u, 0x00000ac3u, 0x00040070u, 0x0000002bu, 0x00000ac5u, 0x00000ac4u, 0x00050080u, 0x0000000cu, 0x00000ac7u, 0x00000a8du,
    0x0000033fu, 0x000500c2u, 0x0000000cu, 0x00000cc5u, 0x00000ac7u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000cc6u, 0x00000065u,
    0x00000066u, 0x00000cc5u, 0x0004003du, 0x0000000cu, 0x00000cc7u, 0x00000cc6u, 0x000500c7u, 0x0000000cu, 0x00000cc9u, 0x00000ac7u,
    0x0000003au, 0x00050084u, 0x0000000cu, 0x00000ccau, 0x00000cc9u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000ccbu, 0x00000cc7u,
    0x00000ccau, 0x000500c7u, 0x0000000cu, 0x00000cccu, 0x00000ccbu, 0x0000007eu, 0x0006000cu, 0x00000091u, 0x00000cc0u, 0x00000001u,
    0x0000003eu, 0x00000cccu, 0x00050051u, 0x00000006u, 0x00000cc1u, 0x00000cc0u, 0x00000000u, 0x00050080u, 0x0000000cu, 0x00000acau,
    0x00000a8du, 0x00000344u, 0x00050084u, 0x0000000cu, 0x00000accu, 0x00000a8fu, 0x0000006fu, 0x00050080u, 0x0000000cu, 0x00000acdu,
    0x00000acau, 0x00000accu, 0x00050080u, 0x0000000cu, 0x00000ad0u, 0x00000acdu, 0x00000aaau, 0x000500c2u, 0x0000000cu, 0x00000ad2u,
    0x00000929u, 0x00000102u, 0x00050080u, 0x0000000cu, 0x00000ad3u, 0x00000ad0u, 0x00000ad2u, 0x000500c2u, 0x0000000cu, 0x00000cd0u,
    0x00000ad3u, 0x00000068u, 0x00060041u, 0x0000006au, 0x00000cd1u, 0x00000065u, 0x00000066u, 0x00000cd0u, 0x0004003du, 0x0000000cu,
    0x00000cd2u, 0x00000cd1u, 0x000500c7u, 0x0000000cu, 0x00000cd4u, 0x00000ad3u, 0x00000038u, 0x00050084u, 0x0000000cu, 0x00000cd5u,
    0x00000cd4u, 0x0000006fu, 0x000500c2u, 0x0000000cu, 0x00000cd6u, 0x00000cd2u, 0x00000cd5u, 0x000500c7u, 0x0000000cu, 0x00000cd7u,
    0x00000cd6u, 0x00000072u, 0x000500c4u, 0x0000000cu, 0x00000cdbu, 0x00000cd7u, 0x00000097u, 0x0004007cu, 0x0000001cu, 0x00000cdcu,
    0x00000cdbu, 0x000500c3u, 0x0000001cu, 0x00000cddu, 0x00000cdcu, 0x00000097u, 0x0004006fu, 0x00000006u, 0x00000ad6u, 0x00000cddu,
    0x00050085u, 0x00000006u, 0x00000ad7u, 0x00000cc1u, 0x00000ad6u, 0x00050083u, 0x0000002bu, 0x00000adbu, 0x00000ac5u, 0x00000d57u,
    0x0005008eu, 0x0000002bu, 0x00000adcu, 0x00000adbu, 0x00000ad7u, 0x000200f9u, 0x00000ae5u, 0x000200f8u, 0x00000addu, 0x000200f9u,
    0x00000adeu, 0x000200f8u, 0x00000adeu, 0x000200f9u, 0x00000adfu, 0x000200f8u, 0x00000adfu, 0x000200f9u, 0x00000ae0u, 0x000200f8u,
    0x00000ae0u, 0x000200f9u, 0x00000ae1u, 0x000200f8u, 0x00000ae1u, 0x000200f9u, 0x00000ae2u, 0x000200f8u, 0x00000ae2u, 0x000200f9u,
    0x00000ae3u, 0x000200f8u, 0x00000ae3u, 0x000200f9u, 0x00000ae4u, 0x000200f8u, 0x00000ae4u, 0x000200f9u, 0x00000ae5u, 0x000200f8u,
    0x00000ae5u, 0x001900f5u, 0x0000002bu, 0x00000d33u, 0x00000945u, 0x0000092au, 0x0000095du, 0x00000947u, 0x0000097bu, 0x0000095fu,
    0x0000099cu, 0x0000097du, 0x000009d2u, 0x000009bfu, 0x000009deu, 0x000009d5u, 0x000009e5u, 0x000009dfu, 0x00000d32u, 0x00000a2du,
    0x00000a84u, 0x00000a76u, 0x00000adcu, 0x00000a86u, 0x0000035cu, 0x00000ae4u, 0x000200f9u, 0x0000042bu, 0x000200f8u, 0x0000042bu,
    0x000700f5u, 0x0000000cu, 0x00000d34u, 0x0000004du, 0x00000ae5u, 0x00000446u, 0x0000042eu, 0x000500b0u, 0x0000003cu, 0x00000431u,
    0x00000d34u, 0x0000006fu, 0x000400f6u, 0x0000042du, 0x0000042eu, 0x00000000u, 0x000400fau, 0x00000431u, 0x0000042cu, 0x0000042du,
    0x000200f8u, 0x0000042cu, 0x000500b0u, 0x0000003cu, 0x00000434u, 0x00000d34u, 0x000003a2u, 0x000300f7u, 0x00000436u, 0x00000000u,
    0x000400fau, 0x00000434u, 0x00000435u, 0x00000436u, 0x000200f8u, 0x00000435u, 0x00050080u, 0x0000000cu, 0x0000043bu, 0x0000039cu,
    0x00000d34u, 0x00050041u, 0x00000363u, 0x00000ce1u, 0x00000362u, 0x0000025du, 0x0004003du, 0x0000000cu, 0x00000ce2u, 0x00000ce1u,
    0x00050041u, 0x00000363u, 0x00000ce4u, 0x00000362u, 0x00000102u, 0x0004003du, 0x0000000cu, 0x00000ce5u, 0x00000ce4u, 0x00050084u,
    0x0000000cu, 0x00000ce6u, 0x0000043bu, 0x00000ce5u, 0x00050080u, 0x0000000cu, 0x00000ce7u, 0x00000ce2u, 0x00000ce6u, 0x00050084u,
    0x0000000cu, 0x00000ce9u, 0x000000aau, 0x00000d25u, 0x00050080u, 0x0000000cu, 0x00000ceau, 0x00000ce7u, 0x00000ce9u, 0x00060041u,
    0x00000373u, 0x00000cecu, 0x00000371u, 0x00000066u, 0x00000ceau, 0x0004003du, 0x00000006u, 0x00000cedu, 0x00000cecu, 0x00050080u,
    0x0000000cu, 0x00000cefu, 0x00000ceau, 0x00000129u, 0x00060041u, 0x00000373u, 0x00000cf0u, 0x00000371u, 0x00000066u, 0x00000cefu,
    0x0004003du, 0x00000006u, 0x00000cf1u, 0x00000cf0u, 0x00050080u, 0x0000000cu, 0x00000cf3u, 0x00000ceau, 0x0000003au, 0x00060041u,
    0x00000373u, 0x00000cf4u, 0x00000371u, 0x00000066u, 0x00000cf3u, 0x0004003du, 0x00000006u, 0x00000cf5u, 0x00000cf4u, 0x00050080u,
    0x0000000cu, 0x00000cf7u, 0x00000ceau, 0x00000038u, 0x00060041u, 0x00000373u, 0x00000cf8u, 0x00000371u, 0x00000066u, 0x00000cf7u,
    0x0004003du, 0x00000006u, 0x00000cf9u, 0x00000cf8u, 0x00070050u, 0x0000002bu, 0x00000cfau, 0x00000cedu, 0x00000cf1u, 0x00000cf5u,
    0x00000cf9u, 0x00050094u, 0x00000006u, 0x00000440u, 0x00000d33u, 0x00000cfau, 0x00050041u, 0x00000007u, 0x00000441u, 0x000003b4u,
    0x00000d34u, 0x0004003du, 0x00000006u, 0x00000442u, 0x00000441u, 0x00050081u, 0x00000006u, 0x00000443u, 0x00000442u, 0x00000440u,
    0x0003003eu, 0x00000441u, 0x00000443u, 0x000200f9u, 0x00000436u, 0x000200f8u, 0x00000436u, 0x000200f9u, 0x0000042eu, 0x000200f8u,
    0x0000042eu, 0x00050080u, 0x0000000cu, 0x00000446u, 0x00000d34u, 0x0000005du, 0x000200f9u, 0x0000042bu, 0x000200f8u, 0x0000042du,
    0x000200f9u, 0x0000041bu, 0x000200f8u, 0x0000041bu, 0x00050080u, 0x0000000cu, 0x00000448u, 0x00000d25u, 0x00000040u, 0x000200f9u,
    0x00000418u, 0x000200f8u, 0x0000041au, 0x000200f9u, 0x0000044au, 0x000200f8u, 0x0000044au, 0x000700f5u, 0x0000000cu, 0x00000d26u,
    0x0000004du, 0x0000041au, 0x00000486u, 0x0000044du, 0x000500b0u, 0x0000003cu, 0x00000450u, 0x00000d26u, 0x0000006fu, 0x000400f6u,
    0x0000044cu, 0x0000044du, 0x00000000u, 0x000400fau, 0x00000450u, 0x0000044bu, 0x0000044cu, 0x000200f8u, 0x0000044bu, 0x000500b0u,
    0x0000003cu, 0x00000453u, 0x00000d26u, 0x000003a2u, 0x000300f7u, 0x00000455u, 0x00000000u, 0x000400fau, 0x00000453u, 0x00000454u,
    0x00000455u, 0x000200f8u, 0x00000454u, 0x00050041u, 0x00000007u, 0x00000459u, 0x000003b4u, 0x00000d26u, 0x0004003du, 0x00000006u,
    0x0000045au, 0x00000459u, 0x0006015eu, 0x00000006u, 0x00000d00u, 0x00000038u, 0x00000000u, 0x0000045au, 0x000400e0u, 0x0000003au,
    0x0000003au, 0x0000003bu, 0x0004014du, 0x0000003cu, 0x00000d01u, 0x00000038u, 0x000300f7u, 0x00000d06u, 0x00000000u, 0x000400fau,
    0x00000d01u, 0x00000d02u, 0x00000d06u, 0x000200f8u, 0x00000d02u, 0x0004003du, 0x0000000cu, 0x00000d03u, 0x00000045u, 0x00050041u,
    0x00000048u, 0x00000d05u, 0x00000043u, 0x00000d03u, 0x0003003eu, 0x00000d05u, 0x00000d00u, 0x000200f9u, 0x00000d06u, 0x000200f8u,
    0x00000d06u, 0x000400e0u, 0x0000003au, 0x0000003au, 0x0000003bu, 0x000200f9u, 0x00000d07u, 0x000200f8u, 0x00000d07u, 0x000700f5u,
    0x00000006u, 0x00000d28u, 0x0000004bu, 0x00000d06u, 0x00000d11u, 0x00000d0cu, 0x000700f5u, 0x0000000cu, 0x00000d27u, 0x0000004du,
    0x00000d06u, 0x00000d14u, 0x00000d0cu, 0x0004003du, 0x0000000cu, 0x00000d0au, 0x00000054u, 0x000500b0u, 0x0000003cu, 0x00000d0bu,
    0x00000d27u, 0x00000d0au, 0x000400f6u, 0x00000d15u, 0x00000d0cu, 0x00000000u, 0x000400fau, 0x00000d0bu, 0x00000d0cu, 0x00000d15u,
    0x000200f8u, 0x00000d0cu, 0x00050041u, 0x00000048u, 0x00000d0eu, 0x00000043u, 0x00000d27u, 0x0004003du, 0x00000006u, 0x00000d0fu,
    0x00000d0eu, 0x00050081u, 0x00000006u, 0x00000d11u, 0x00000d28u, 0x00000d0fu, 0x00050080u, 0x0000000cu, 0x00000d14u, 0x00000d27u,
    0x0000005du, 0x000200f9u, 0x00000d07u, 0x000200f8u, 0x00000d15u, 0x000400e0u, 0x0000003au, 0x0000003au, 0x0000003bu, 0x000500aau,
    0x0000003cu, 0x0000045eu, 0x000003c0u, 0x0000004du, 0x000300f7u, 0x00000460u, 0x00000000u, 0x000400fau, 0x0000045eu, 0x0000045fu,
    0x00000460u, 0x000200f8u, 0x0000045fu, 0x00050041u, 0x00000363u, 0x00000463u, 0x00000362u, 0x00000462u, 0x0004003du, 0x0000000cu,
    0x00000464u, 0x00000463u, 0x00050080u, 0x0000000cu, 0x00000467u, 0x0000039cu, 0x00000d26u, 0x00050041u, 0x00000363u, 0x00000468u,
    0x00000362u, 0x00000100u, 0x0004003du, 0x0000000cu, 0x00000469u, 0x00000468u, 0x00050084u, 0x0000000cu, 0x0000046au, 0x00000467u,
    0x00000469u, 0x00050080u, 0x0000000cu, 0x0000046bu, 0x00000464u, 0x0000046au, 0x00050041u, 0x00000363u, 0x0000046du, 0x00000362u,
    0x0000046cu, 0x0004003du, 0x0000000cu, 0x0000046eu, 0x0000046du, 0x00050080u, 0x0000000cu, 0x0000046fu, 0x0000046bu, 0x0000046eu,
    0x00050080u, 0x0000000cu, 0x00000471u, 0x0000046fu, 0x00000391u, 0x00050041u, 0x00000363u, 0x00000477u, 0x00000362u, 0x00000196u,
    0x0004003du, 0x0000000cu, 0x00000478u, 0x00000477u, 0x000500abu, 0x0000003cu, 0x00000479u, 0x00000478u, 0x0000004du, 0x000300f7u,
    0x0000047cu, 0x00000000u, 0x000400fau, 0x00000479u, 0x0000047bu, 0x00000480u, 0x000200f8u, 0x0000047bu, 0x00060041u, 0x00000373u,
    0x0000047eu, 0x00000475u, 0x00000066u, 0x00000471u, 0x0004003du, 0x00000006u, 0x0000047fu, 0x0000047eu, 0x000200f9u, 0x0000047cu,
    0x000200f8u, 0x00000480u, 0x000200f9u, 0x0000047cu, 0x000200f8u, 0x0000047cu, 0x000700f5u, 0x00000006u, 0x00000d2bu, 0x0000047fu,
    0x0000047bu, 0x0000004bu, 0x00000480u, 0x00050081u, 0x00000006u, 0x00000483u, 0x00000d2bu, 0x00000d28u, 0x00060041u, 0x00000373u,
    0x00000484u, 0x00000475u, 0x00000066u, 0x00000471u, 0x0003003eu, 0x00000484u, 0x00000483u, 0x000200f9u, 0x00000460u, 0x000200f8u,
    0x00000460u, 0x000200f9u, 0x00000455u, 0x000200f8u, 0x00000455u, 0x000200f9u, 0x0000044du, 0x000200f8u, 0x0000044du, 0x00050080u,
    0x0000000cu, 0x00000486u, 0x00000d26u, 0x0000005du, 0x000200f9u, 0x0000044au, 0x000200f8u, 0x0000044cu, 0x000200f9u, 0x00000489u,
    0x000200f8u, 0x00000489u, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvGetRows[4128] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x00000806u, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000334u, 0x00000376u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u,
    0x0000002eu, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000002fu, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000002fu, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00030047u, 0x0000002fu, 0x00000002u, 0x00040047u, 0x00000031u, 0x00000022u, 0x00000000u, 0x00040047u,
    0x00000031u, 0x00000021u, 0x00000000u, 0x00040047u, 0x0000006cu, 0x00000001u, 0x00000001u, 0x00040047u, 0x00000334u, 0x0000000bu,
    0x0000001au, 0x00050048u, 0x00000339u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00050048u, 0x00000339u, 0x00000001u, 0x00000023u,
    0x00000004u, 0x00050048u, 0x00000339u, 0x00000002u, 0x00000023u, 0x00000008u, 0x00050048u, 0x00000339u, 0x00000003u, 0x00000023u,
    0x0000000cu, 0x00050048u, 0x00000339u, 0x00000004u, 0x00000023u, 0x00000010u, 0x00050048u, 0x00000339u, 0x00000005u, 0x00000023u,
    0x00000014u, 0x00050048u, 0x00000339u, 0x00000006u, 0x00000023u, 0x00000018u, 0x00030047u, 0x00000339u, 0x00000002u, 0x00040047u,
    0x00000344u, 0x00000006u, 0x00000004u, 0x00040048u, 0x00000345u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000345u, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00030047u, 0x00000345u, 0x00000002u, 0x00040047u, 0x00000347u, 0x00000022u, 0x00000000u, 0x00040047u,
    0x00000347u, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000376u, 0x0000000bu, 0x0000001bu, 0x00040047u, 0x00000395u, 0x00000006u,
    0x00000004u, 0x00040048u, 0x00000396u, 0x00000000u, 0x00000019u, 0x00050048u, 0x00000396u, 0x00000000u, 0x00000023u, 0x00000000u,
    0x00030047u, 0x00000396u, 0x00000002u, 0x00040047u, 0x00000398u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000398u, 0x00000021u,
    0x00000002u, 0x00040047u, 0x000003a6u, 0x00000001u, 0x00000000u, 0x00040047u, 0x000003a9u, 0x00000001u, 0x00000000u, 0x00040047u,
    0x000003aau, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00040015u, 0x00000006u,
    0x00000020u, 0x00000000u, 0x00030016u, 0x00000012u, 0x00000020u, 0x00040015u, 0x00000017u, 0x00000020u, 0x00000001u, 0x00040020u,
    0x0000001fu, 0x00000007u, 0x00000012u, 0x00040017u, 0x00000027u, 0x00000012u, 0x00000004u, 0x0003001du, 0x0000002eu, 0x00000006u,
    0x0003001eu, 0x0000002fu, 0x0000002eu, 0x00040020u, 0x00000030u, 0x0000000cu, 0x0000002fu, 0x0004003bu, 0x00000030u, 0x00000031u,
    0x0000000cu, 0x0004002bu, 0x00000017u, 0x00000032u, 0x00000000u, 0x0004002bu, 0x00000017u, 0x00000034u, 0x00000002u, 0x00040020u,
    0x00000036u, 0x0000000cu, 0x00000006u, 0x0004002bu, 0x00000006u, 0x0000003au, 0x00000003u, 0x0004002bu, 0x00000006u, 0x0000003cu,
    0x00000008u, 0x0004002bu, 0x00000006u, 0x0000003fu, 0x000000ffu, 0x0004002bu, 0x00000006u, 0x00000048u, 0x00000002u, 0x0004002bu,
    0x00000006u, 0x0000004cu, 0x0000ffffu, 0x0004002bu, 0x00000017u, 0x00000057u, 0x00000010u, 0x00040017u, 0x0000005fu, 0x00000012u,
    0x00000002u, 0x0004002bu, 0x00000006u, 0x00000061u, 0x00000000u, 0x0004002bu, 0x00000017u, 0x00000066u, 0x00000018u, 0x00040032u,
    0x00000006u, 0x0000006cu, 0x00000000u, 0x0004002bu, 0x00000006u, 0x00000079u, 0x00000004u, 0x0004002bu, 0x00000006u, 0x00000080u,
    0x00000020u, 0x0004002bu, 0x00000006u, 0x00000082u, 0x00000012u, 0x0004002bu, 0x00000006u, 0x00000087u, 0x00000014u, 0x0004002bu,
    0x00000006u, 0x0000008cu, 0x00000016u, 0x0004002bu, 0x00000006u, 0x00000091u, 0x00000018u, 0x0004002bu, 0x00000006u, 0x00000096u,
    0x00000022u, 0x0004002bu, 0x00000006u, 0x0000009au, 0x00000100u, 0x0004002bu, 0x00000006u, 0x0000009cu, 0x00000090u, 0x0004002bu,
    0x00000006u, 0x000000a1u, 0x000000b0u, 0x0004002bu, 0x00000006u, 0x000000a6u, 0x000000d2u, 0x00020014u, 0x000000adu, 0x0004002bu,
    0x00000006u, 0x000000b6u, 0x0000003fu, 0x0004002bu, 0x00000006u, 0x000000c8u, 0x0000000fu, 0x0004002bu, 0x00000017u, 0x000000d0u,
    0x00000006u, 0x0004002bu, 0x00000017u, 0x000000d2u, 0x00000004u, 0x00060034u, 0x000000adu, 0x000000e9u, 0x000000aau, 0x0000006cu,
    0x00000061u, 0x0004002bu, 0x00000006u, 0x000000f9u, 0x00000001u, 0x00060034u, 0x000000adu, 0x0000010bu, 0x000000aau, 0x0000006cu,
    0x000000f9u, 0x0004002bu, 0x00000006u, 0x00000112u, 0x00000010u, 0x0004002bu, 0x00000006u, 0x00000128u, 0x0000001eu, 0x00060034u,
    0x000000adu, 0x00000129u, 0x000000aau, 0x0000006cu, 0x00000128u, 0x0004002bu, 0x00000006u, 0x00000142u, 0xffff0000u, 0x00060034u,
    0x000000adu, 0x0000014eu, 0x000000aau, 0x0000006cu, 0x0000003cu, 0x0004002bu, 0x00000017u, 0x00000166u, 0x00000008u, 0x00060034u,
    0x000000adu, 0x0000017bu, 0x000000aau, 0x0000006cu, 0x00000048u, 0x00060034u, 0x000000adu, 0x0000017cu, 0x000000aau, 0x0000006cu,
    0x00000087u, 0x00060034u, 0x000000adu, 0x0000017du, 0x000000a6u, 0x0000017bu, 0x0000017cu, 0x00060034u, 0x000000adu, 0x0000017eu,
    0x000000aau, 0x0000006cu, 0x0000003au, 0x00060034u, 0x000000adu, 0x0000017fu, 0x000000a6u, 0x0000017du, 0x0000017eu, 0x00060034u,
    0x000000adu, 0x00000184u, 0x000000aau, 0x0000006cu, 0x0000003au, 0x00040017u, 0x0000019au, 0x00000006u, 0x00000004u, 0x00060034u,
    0x000000adu, 0x000001adu, 0x000000aau, 0x0000006cu, 0x00000087u, 0x0004001cu, 0x000001b1u, 0x00000012u, 0x00000112u, 0x0004002bu,
    0x00000012u, 0x000001b2u, 0xc2fe0000u, 0x0004002bu, 0x00000012u, 0x000001b3u, 0xc2d00000u, 0x0004002bu, 0x00000012u, 0x000001b4u,
    0xc2a60000u, 0x0004002bu, 0x00000012u, 0x000001b5u, 0xc2820000u, 0x0004002bu, 0x00000012u, 0x000001b6u, 0xc2440000u, 0x0004002bu,
    0x00000012u, 0x000001b7u, 0xc20c0000u, 0x0004002bu, 0x00000012u, 0x000001b8u, 0xc1b00000u, 0x0004002bu, 0x00000012u, 0x000001b9u,
    0xc1200000u, 0x0004002bu, 0x00000012u, 0x000001bau, 0x3f800000u, 0x0004002bu, 0x00000012u, 0x000001bbu, 0x41500000u, 0x0004002bu,
    0x00000012u, 0x000001bcu, 0x41c80000u, 0x0004002bu, 0x00000012u, 0x000001bdu, 0x42180000u, 0x0004002bu, 0x00000012u, 0x000001beu,
    0x42540000u, 0x0004002bu, 0x00000012u, 0x000001bfu, 0x428a0000u, 0x0004002bu, 0x00000012u, 0x000001c0u, 0x42b20000u, 0x0004002bu,
    0x00000012u, 0x000001c1u, 0x42e20000u, 0x0013002cu, 0x000001b1u, 0x000001c2u, 0x000001b2u, 0x000001b3u, 0x000001b4u, 0x000001b5u,
    0x000001b6u, 0x000001b7u, 0x000001b8u, 0x000001b9u, 0x000001bau, 0x000001bbu, 0x000001bcu, 0x000001bdu, 0x000001beu, 0x000001bfu,
    0x000001c0u, 0x000001c1u, 0x00040020u, 0x000001c5u, 0x00000007u, 0x000001b1u, 0x0004002bu, 0x00000012u, 0x000001ecu, 0x41000000u,
    0x0004002bu, 0x00000006u, 0x000001f2u, 0x00000006u, 0x00060034u, 0x000000adu, 0x000001f3u, 0x000000aau, 0x0000006cu, 0x000001f2u,
    0x0004002bu, 0x00000006u, 0x000001f4u, 0x00000007u, 0x00060034u, 0x000000adu, 0x000001f5u, 0x000000aau, 0x0000006cu, 0x000001f4u,
    0x00060034u, 0x000000adu, 0x000001f6u, 0x000000a6u, 0x000001f3u, 0x000001f5u, 0x00060034u, 0x000000adu, 0x000001fau, 0x000000aau,
    0x0000006cu, 0x000001f4u, 0x00040020u, 0x00000219u, 0x00000007u, 0x00000027u, 0x0004002bu, 0x00000017u, 0x00000229u, 0x00000001u,
    0x0004002bu, 0x00000017u, 0x0000022eu, 0x00000003u, 0x00040017u, 0x00000233u, 0x00000017u, 0x00000004u, 0x0004002bu, 0x00000012u,
    0x0000024cu, 0x41800000u, 0x0004002bu, 0x00000006u, 0x00000253u, 0x0000000cu, 0x00060034u, 0x000000adu, 0x00000254u, 0x000000aau,
    0x0000006cu, 0x00000253u, 0x0004002bu, 0x00000006u, 0x00000255u, 0x0000000du, 0x00060034u, 0x000000adu, 0x00000256u, 0x000000aau,
    0x0000006cu, 0x00000255u, 0x00060034u, 0x000000adu, 0x00000257u, 0x000000a6u, 0x00000254u, 0x00000256u, 0x00060034u, 0x000000adu,
    0x0000025bu, 0x000000aau, 0x0000006cu, 0x00000255u, 0x0004002bu, 0x00000006u, 0x00000276u, 0x00000030u, 0x0004002bu, 0x00000006u,
    0x000002c0u, 0x0000000eu, 0x00060034u, 0x000000adu, 0x000002c1u, 0x000000aau, 0x0000006cu, 0x000002c0u, 0x0004002bu, 0x00000006u,
    0x000002d6u, 0x00000040u, 0x0004002bu, 0x00000006u, 0x000002e7u, 0x00000080u, 0x0004002bu, 0x00000006u, 0x00000310u, 0x000000d0u,
    0x0004002bu, 0x00000006u, 0x00000315u, 0x000000c0u, 0x0004002bu, 0x00000012u, 0x00000328u, 0x42000000u, 0x0004002bu, 0x00000012u,
    0x0000032du, 0x00000000u, 0x0007002cu, 0x00000027u, 0x0000032eu, 0x0000032du, 0x0000032du, 0x0000032du, 0x0000032du, 0x00040017u,
    0x00000332u, 0x00000006u, 0x00000003u, 0x00040020u, 0x00000333u, 0x00000001u, 0x00000332u, 0x0004003bu, 0x00000333u, 0x00000334u,
    0x00000001u, 0x00040020u, 0x00000335u, 0x00000001u, 0x00000006u, 0x0009001eu, 0x00000339u, 0x00000006u, 0x00000006u, 0x00000006u,
    0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00040020u, 0x0000033au, 0x00000009u, 0x00000339u, 0x0004003bu, 0x0000033au,
    0x0000033bu, 0x00000009u, 0x00040020u, 0x0000033cu, 0x00000009u, 0x00000006u, 0x0003001du, 0x00000344u, 0x00000017u, 0x0003001eu,
    0x00000345u, 0x00000344u, 0x00040020u, 0x00000346u, 0x0000000cu, 0x00000345u, 0x0004003bu, 0x00000346u, 0x00000347u, 0x0000000cu,
    0x00040020u, 0x0000034cu, 0x0000000cu, 0x00000017u, 0x0004002bu, 0x00000017u, 0x0000036du, 0x00000005u, 0x0004003bu, 0x00000333u,
    0x00000376u, 0x00000001u, 0x0003001du, 0x00000395u, 0x00000012u, 0x0003001eu, 0x00000396u, 0x00000395u, 0x00040020u, 0x00000397u,
    0x0000000cu, 0x00000396u, 0x0004003bu, 0x00000397u, 0x00000398u, 0x0000000cu, 0x00040020u, 0x000003a2u, 0x0000000cu, 0x00000012u,
    0x00040032u, 0x00000006u, 0x000003a6u, 0x00000040u, 0x00040032u, 0x00000006u, 0x000003a9u, 0x00000001u, 0x00060033u, 0x00000332u,
    0x000003aau, 0x000003a9u, 0x000000f9u, 0x000000f9u, 0x0003002au, 0x000000adu, 0x000003b0u, 0x00030029u, 0x000000adu, 0x000003b2u,
    0x00030001u, 0x00000006u, 0x000007f3u, 0x0007002cu, 0x0000019au, 0x00000800u, 0x000000f9u, 0x000000f9u, 0x000000f9u, 0x000000f9u,
    0x0007002cu, 0x00000233u, 0x00000801u, 0x000000d2u, 0x000000d2u, 0x000000d2u, 0x000000d2u, 0x0007002cu, 0x00000027u, 0x00000802u,
    0x000001ecu, 0x000001ecu, 0x000001ecu, 0x000001ecu, 0x0007002cu, 0x00000027u, 0x00000803u, 0x0000024cu, 0x0000024cu, 0x0000024cu,
    0x0000024cu, 0x0007002cu, 0x0000019au, 0x00000804u, 0x0000003au, 0x0000003au, 0x0000003au, 0x0000003au, 0x0007002cu, 0x00000027u,
    0x00000805u, 0x00000328u, 0x00000328u, 0x00000328u, 0x00000328u, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u,
    0x000200f8u, 0x00000005u, 0x0004003bu, 0x000001c5u, 0x00000406u, 0x00000007u, 0x0004003bu, 0x000001c5u, 0x00000407u, 0x00000007u,
    0x0004003bu, 0x000001c5u, 0x00000408u, 0x00000007u, 0x0004003bu, 0x000001c5u, 0x00000409u, 0x00000007u, 0x0004003bu, 0x00000219u,
    0x00000383u, 0x00000007u, 0x000300f7u, 0x000003aeu, 0x00000000u, 0x000300fbu, 0x00000061u, 0x000003afu, 0x000200f8u, 0x000003afu,
    0x00050041u, 0x00000335u, 0x00000336u, 0x00000334u, 0x00000061u, 0x0004003du, 0x00000006u, 0x00000337u, 0x00000336u, 0x00050041u,
    0x0000033cu, 0x0000033du, 0x0000033bu, 0x00000229u, 0x0004003du, 0x00000006u, 0x0000033eu, 0x0000033du, 0x000500aeu, 0x000000adu,
    0x0000033fu, 0x00000337u, 0x0000033eu, 0x000300f7u, 0x00000341u, 0x00000000u, 0x000400fau, 0x0000033fu, 0x00000340u, 0x00000341u,
    0x000200f8u, 0x00000340u, 0x000200f9u, 0x000003aeu, 0x000200f8u, 0x00000341u, 0x00050041u, 0x0000033cu, 0x00000348u, 0x0000033bu,
    0x000000d2u, 0x0004003du, 0x00000006u, 0x00000349u, 0x00000348u, 0x00050080u, 0x00000006u, 0x0000034bu, 0x00000349u, 0x00000337u,
    0x00060041u, 0x0000034cu, 0x0000034du, 0x00000347u, 0x00000032u, 0x0000034bu, 0x0004003du, 0x00000017u, 0x0000034eu, 0x0000034du,
    0x0004007cu, 0x00000006u, 0x0000034fu, 0x0000034eu, 0x00050041u, 0x0000033cu, 0x00000351u, 0x0000033bu, 0x00000034u, 0x0004003du,
    0x00000006u, 0x00000352u, 0x00000351u, 0x000500b0u, 0x000000adu, 0x00000353u, 0x0000034fu, 0x00000352u, 0x000400a8u, 0x000000adu,
    0x00000354u, 0x00000353u, 0x000300f7u, 0x00000356u, 0x00000000u, 0x000400fau, 0x00000354u, 0x00000355u, 0x00000356u, 0x000200f8u,
    0x00000355u, 0x00050082u, 0x00000006u, 0x0000035au, 0x0000034fu, 0x00000352u, 0x00050041u, 0x0000033cu, 0x0000035bu, 0x0000033bu,
    0x0000022eu, 0x0004003du, 0x00000006u, 0x0000035cu, 0x0000035bu, 0x000500aeu, 0x000000adu, 0x0000035du, 0x0000035au, 0x0000035cu,
    0x000200f9u, 0x00000356u, 0x000200f8u, 0x00000356u, 0x000700f5u, 0x000000adu, 0x0000035eu, 0x00000353u, 0x00000341u, 0x0000035du,
    0x00000355u, 0x000300f7u, 0x00000360u, 0x00000000u, 0x000400fau, 0x0000035eu, 0x0000035fu, 0x00000360u, 0x000200f8u, 0x0000035fu,
    0x000200f9u, 0x000003aeu, 0x000200f8u, 0x00000360u, 0x00050082u, 0x00000006u, 0x00000366u, 0x0000034fu, 0x00000352u, 0x00050041u,
    0x0000033cu, 0x00000368u, 0x0000033bu, 0x00000032u, 0x0004003du, 0x00000006u, 0x00000369u, 0x00000368u, 0x000300f7u, 0x000003edu,
    0x00000000u, 0x000300fbu, 0x00000061u, 0x000003c3u, 0x000200f8u, 0x000003c3u, 0x000300f7u, 0x000003eau, 0x00000000u, 0x001b00fbu,
    0x0000006cu, 0x000003eau, 0x00000000u, 0x000003c4u, 0x00000001u, 0x000003c7u, 0x0000001eu, 0x000003c7u, 0x00000002u, 0x000003cau,
    0x00000014u, 0x000003cau, 0x00000003u, 0x000003ceu, 0x00000006u, 0x000003d2u, 0x00000007u, 0x000003d6u, 0x00000008u, 0x000003dau,
    0x0000000cu, 0x000003deu, 0x0000000du, 0x000003e2u, 0x0000000eu, 0x000003e6u, 0x000200f8u, 0x000003c4u, 0x00050084u, 0x00000006u,
    0x000003c6u, 0x00000369u, 0x00000079u, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003c7u, 0x00050084u, 0x00000006u, 0x000003c9u,
    0x00000369u, 0x00000048u, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003cau, 0x00050086u, 0x00000006u, 0x000003ccu, 0x00000369u,
    0x00000080u, 0x00050084u, 0x00000006u, 0x000003cdu, 0x000003ccu, 0x00000082u, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003ceu,
    0x00050086u, 0x00000006u, 0x000003d0u, 0x00000369u, 0x00000080u, 0x00050084u, 0x00000006u, 0x000003d1u, 0x000003d0u, 0x00000087u,
    0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003d2u, 0x00050086u, 0x00000006u, 0x000003d4u, 0x00000369u, 0x00000080u, 0x00050084u,
    0x00000006u, 0x000003d5u, 0x000003d4u, 0x0000008cu, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003d6u, 0x00050086u, 0x00000006u,
    0x000003d8u, 0x00000369u, 0x00000080u, 0x00050084u, 0x00000006u, 0x000003d9u, 0x000003d8u, 0x00000091u, 0x000200f9u, 0x000003eau,
    0x000200f8u, 0x000003dau, 0x00050086u, 0x00000006u, 0x000003dcu, 0x00000369u, 0x00000080u, 0x00050084u, 0x00000006u, 0x000003ddu,
    0x000003dcu, 0x00000096u, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003deu, 0x00050086u, 0x00000006u, 0x000003e0u, 0x00000369u,
    0x0000009au, 0x00050084u, 0x00000006u, 0x000003e1u, 0x000003e0u, 0x0000009cu, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003e2u,
    0x00050086u, 0x00000006u, 0x000003e4u, 0x00000369u, 0x0000009au, 0x00050084u, 0x00000006u, 0x000003e5u, 0x000003e4u, 0x000000a1u,
    0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003e6u, 0x00050086u, 0x00000006u, 0x000003e8u, 0x00000369u, 0x0000009au, 0x00050084u,
    0x00000006u, 0x000003e9u, 0x000003e8u, 0x000000a6u, 0x000200f9u, 0x000003eau, 0x000200f8u, 0x000003eau, 0x001900f5u, 0x00000006u,
    0x000007f1u, 0x000007f3u, 0x000003c3u, 0x000003c6u, 0x000003c4u, 0x000003c9u, 0x000003c7u, 0x000003cdu, 0x000003cau, 0x000003d1u,
    0x000003ceu, 0x000003d5u, 0x000003d2u, 0x000003d9u, 0x000003d6u, 0x000003ddu, 0x000003dau, 0x000003e1u, 0x000003deu, 0x000003e5u,
    0x000003e2u, 0x000003e9u, 0x000003e6u, 0x001900f5u, 0x000000adu, 0x000007efu, 0x000003b0u, 0x000003c3u, 0x000003b2u, 0x000003c4u,
    0x000003b2u, 0x000003c7u, 0x000003b2u, 0x000003cau, 0x000003b2u, 0x000003ceu, 0x000003b2u, 0x000003d2u, 0x000003b2u, 0x000003d6u,
    0x000003b2u, 0x000003dau, 0x000003b2u, 0x000003deu, 0x000003b2u, 0x000003e2u, 0x000003b2u, 0x000003e6u, 0x000300f7u, 0x000003ecu,
    0x00000000u, 0x000400fau, 0x000007efu, 0x000003edu, 0x000003ecu, 0x000200f8u, 0x000003ecu, 0x000200f9u, 0x000003edu, 0x000200f8u,
    0x000003edu, 0x000700f5u, 0x00000006u, 0x000007f0u, 0x000007f1u, 0x000003eau, 0x00000061u, 0x000003ecu, 0x00050084u, 0x00000006u,
    0x0000036bu, 0x00000366u, 0x000007f0u, 0x00050041u, 0x0000033cu, 0x0000036eu, 0x0000033bu, 0x0000036du, 0x0004003du, 0x00000006u,
    0x0000036fu, 0x0000036eu, 0x00050041u, 0x0000033cu, 0x00000371u, 0x0000033bu, 0x000000d0u, 0x0004003du, 0x00000006u, 0x00000372u,
    0x00000371u, 0x00050084u, 0x00000006u, 0x00000373u, 0x00000337u, 0x00000372u, 0x00050080u, 0x00000006u, 0x00000374u, 0x0000036fu,
    0x00000373u, 0x00050041u, 0x00000335u, 0x00000377u, 0x00000376u, 0x00000061u, 0x0004003du, 0x00000006u, 0x00000378u, 0x00000377u,
    0x000200f9u, 0x00000379u, 0x000200f8u, 0x00000379u, 0x000700f5u, 0x00000006u, 0x000007f4u, 0x00000378u, 0x000003edu, 0x000003a8u,
    0x0000037cu, 0x00050086u, 0x00000006u, 0x00000381u, 0x00000369u, 0x00000079u, 0x000500b0u, 0x000000adu, 0x00000382u, 0x000007f4u,
    0x00000381u, 0x000400f6u, 0x0000037bu, 0x0000037cu, 0x00000000u, 0x000400fau, 0x00000382u, 0x0000037au, 0x0000037bu, 0x000200f8u,
    0x0000037au, 0x000500c2u, 0x00000006u, 0x00000385u, 0x000007f4u, 0x0000022eu, 0x000500c7u, 0x00000006u, 0x00000387u, 0x000007f4u,
    0x000001f4u, 0x000300f7u, 0x000005f1u, 0x00000000u, 0x000300fbu, 0x00000061u, 0x00000433u, 0x000200f8u, 0x00000433u, 0x00050084u,
    0x00000006u, 0x00000435u, 0x00000079u, 0x00000387u, 0x000300f7u, 0x000005f0u, 0x00000000u, 0x000400fau, 0x000000e9u, 0x00000436u,
    0x00000452u, 0x000200f8u, 0x00000436u, 0x00050086u, 0x00000006u, 0x00000438u, 0x0000036bu, 0x00000079u, 0x00050084u, 0x00000006u,
    0x0000043au, 0x00000385u, 0x00000080u, 0x00050080u, 0x00000006u, 0x0000043bu, 0x00000438u, 0x0000043au, 0x00050080u, 0x00000006u,
    0x0000043du, 0x0000043bu, 0x00000435u, 0x00060041u, 0x00000036u, 0x0000043fu, 0x00000031u, 0x00000032u, 0x0000043du, 0x0004003du,
    0x00000006u, 0x00000440u, 0x0000043fu, 0x0004007cu, 0x00000012u, 0x00000441u, 0x00000440u, 0x00050080u, 0x00000006u, 0x00000443u,
    0x0000043du, 0x000000f9u, 0x00060041u, 0x00000036u, 0x00000444u, 0x00000031u, 0x00000032u, 0x00000443u, 0x0004003du, 0x00000006u,
    0x00000445u, 0x00000444u, 0x0004007cu, 0x00000012u, 0x00000446u, 0x00000445u, 0x00050080u, 0x00000006u, 0x00000448u, 0x0000043du,
    0x00000048u, 0x00060041u, 0x00000036u, 0x00000449u, 0x00000031u, 0x00000032u, 0x00000448u, 0x0004003du, 0x00000006u, 0x0000044au,
    0x00000449u, 0x0004007cu, 0x00000012u, 0x0000044bu, 0x0000044au, 0x00050080u, 0x00000006u, 0x0000044du, 0x0000043du, 0x0000003au,
    0x00060041u, 0x00000036u, 0x0000044eu, 0x00000031u, 0x00000032u, 0x0000044du, 0x0004003du, 0x00000006u, 0x0000044fu, 0x0000044eu,
    0x0004007cu, 0x00000012u, 0x00000450u, 0x0000044fu, 0x00070050u, 0x00000027u, 0x00000451u, 0x00000441u, 0x00000446u, 0x0000044bu,
    0x00000450u, 0x000200f9u, 0x000005f1u, 0x000200f8u, 0x00000452u, 0x000300f7u, 0x000005efu, 0x00000000u, 0x000400fau, 0x0000010bu,
    0x00000453u, 0x0000046au, 0x000200f8u, 0x00000453u, 0x00050086u, 0x00000006u, 0x00000455u, 0x0000036bu, 0x00000079u, 0x00050084u,
    0x00000006u, 0x00000457u, 0x00000385u, 0x00000112u, 0x00050080u, 0x00000006u, 0x00000458u, 0x00000455u, 0x00000457u, 0x00050084u,
    0x00000006u, 0x0000045au, 0x00000048u, 0x00000387u, 0x00050080u, 0x00000006u, 0x0000045bu, 0x00000458u, 0x0000045au, 0x00060041u,
    0x00000036u, 0x0000045du, 0x00000031u, 0x00000032u, 0x0000045bu, 0x0004003du, 0x00000006u, 0x0000045eu, 0x0000045du, 0x0006000cu,
    0x0000005fu, 0x0000045fu, 0x00000001u, 0x0000003eu, 0x0000045eu, 0x00050080u, 0x00000006u, 0x00000461u, 0x0000045bu, 0x000000f9u,
    0x00060041u, 0x00000036u, 0x00000462u, 0x00000031u, 0x00000032u, 0x00000461u, 0x0004003du, 0x00000006u, 0x00000463u, 0x00000462u,
    0x0006000cu, 0x0000005fu, 0x00000464u, 0x00000001u, 0x0000003eu, 0x00000463u, 0x00050051u, 0x00000012u, 0x00000465u, 0x0000045fu,
    0x00000000u, 0x00050051u, 0x00000012u, 0x00000466u, 0x0000045fu, 0x00000001u, 0x00050051u, 0x00000012u, 0x00000467u, 0x00000464u,
    0x00000000u, 0x00050051u, 0x00000012u, 0x00000468u, 0x00000464u, 0x00000001u, 0x00070050u, 0x00000027u, 0x00000469u, 0x00000465u,
    0x00000466u, 0x00000467u, 0x00000468u, 0x000200f9u, 0x000005f1u, 0x000200f8u, 0x0000046au, 0x000300f7u, 0x000005eeu, 0x00000000u,
    0x000400fau, 0x00000129u, 0x0000046bu, 0x00000488u, 0x000200f8u, 0x0000046bu, 0x00050086u, 0x00000006u, 0x0000046du, 0x0000036bu,
    0x00000079u, 0x00050084u, 0x00000006u, 0x0000046fu, 0x00000385u, 0x00000112u, 0x00050080u, 0x00000006u, 0x00000470u, 0x0000046du,
    0x0000046fu, 0x00050084u, 0x00000006u, 0x00000472u, 0x00000048u, 0x00000387u, 0x00050080u, 0x00000006u, 0x00000473u, 0x00000470u,
    0x00000472u, 0x00060041u, 0x00000036u, 0x00000475u, 0x00000031u, 0x00000032u, 0x00000473u, 0x0004003du, 0x00000006u, 0x00000476u,
    0x00000475u, 0x00050080u, 0x00000006u, 0x00000478u, 0x00000473u, 0x000000f9u, 0x00060041u, 0x00000036u, 0x00000479u, 0x00000031u,
    0x00000032u, 0x00000478u, 0x0004003du, 0x00000006u, 0x0000047au, 0x00000479u, 0x000500c4u, 0x00000006u, 0x0000047cu, 0x00000476u,
    0x00000057u, 0x0004007cu, 0x00000012u, 0x0000047du, 0x0000047cu, 0x000500c7u, 0x00000006u, 0x0000047fu, 0x00000476u, 0x00000142u,
    0x0004007cu, 0x00000012u, 0x00000480u, 0x0000047fu, 0x000500c4u, 0x00000006u, 0x00000482u, 0x0000047au, 0x00000057u, 0x0004007cu,
    0x00000012u, 0x00000483u, 0x00000482u, 0x000500c7u, 0x00000006u, 0x00000485u, 0x0000047au, 0x00000142u, 0x0004007cu, 0x00000012u,
    0x00000486u, 0x00000485u, 0x00070050u, 0x00000027u, 0x00000487u, 0x0000047du, 0x00000480u, 0x00000483u, 0x00000486u, 0x000200f9u,
    0x000005f1u, 0x000200f8u, 0x00000488u, 0x000300f7u, 0x000005edu, 0x00000000u, 0x000400fau, 0x0000014eu, 0x00000489u, 0x000004a9u,
    0x000200f8u, 0x00000489u, 0x00050084u, 0x00000006u, 0x0000048cu, 0x00000385u, 0x00000096u, 0x00050080u, 0x00000006u, 0x0000048du,
    0x0000036bu, 0x0000048cu, 0x00050080u, 0x00000006u, 0x0000048fu, 0x0000048du, 0x00000048u, 0x00050080u, 0x00000006u, 0x00000491u,
    0x0000048fu, 0x00000435u, 0x000500c2u, 0x00000006u, 0x00000601u, 0x00000491u, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000602u,
    0x00000031u, 0x00000032u, 0x00000601u, 0x0004003du, 0x00000006u, 0x00000603u, 0x00000602u, 0x000500c7u, 0x00000006u, 0x00000605u,
    0x00000491u, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000606u, 0x00000605u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000607u,
    0x00000603u, 0x00000606u, 0x000500c7u, 0x00000006u, 0x00000608u, 0x00000607u, 0x0000004cu, 0x00050080u, 0x00000006u, 0x000005fau,
    0x00000491u, 0x00000048u, 0x000500c2u, 0x00000006u, 0x0000060cu, 0x000005fau, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000060du,
    0x00000031u, 0x00000032u, 0x0000060cu, 0x0004003du, 0x00000006u, 0x0000060eu, 0x0000060du, 0x000500c7u, 0x00000006u, 0x00000610u,
    0x000005fau, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000611u, 0x00000610u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000612u,
    0x0000060eu, 0x00000611u, 0x000500c7u, 0x00000006u, 0x00000613u, 0x00000612u, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x000005fcu,
    0x00000613u, 0x00000057u, 0x000500c5u, 0x00000006u, 0x000005fdu, 0x00000608u, 0x000005fcu, 0x000500c2u, 0x00000006u, 0x0000061eu,
    0x0000048du, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000061fu, 0x00000031u, 0x00000032u, 0x0000061eu, 0x0004003du, 0x00000006u,
    0x00000620u, 0x0000061fu, 0x000500c7u, 0x00000006u, 0x00000622u, 0x0000048du, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000623u,
    0x00000622u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000624u, 0x00000620u, 0x00000623u, 0x000500c7u, 0x00000006u, 0x00000625u,
    0x00000624u, 0x0000004cu, 0x0006000cu, 0x0000005fu, 0x00000619u, 0x00000001u, 0x0000003eu, 0x00000625u, 0x00050051u, 0x00000012u,
    0x0000061au, 0x00000619u, 0x00000000u, 0x000500c7u, 0x00000006u, 0x00000496u, 0x000005fdu, 0x0000003fu, 0x000500c4u, 0x00000006u,
    0x0000062au, 0x00000496u, 0x00000066u, 0x0004007cu, 0x00000017u, 0x0000062bu, 0x0000062au, 0x000500c3u, 0x00000017u, 0x0000062cu,
    0x0000062bu, 0x00000066u, 0x0004006fu, 0x00000012u, 0x00000498u, 0x0000062cu, 0x000500c2u, 0x00000006u, 0x0000049au, 0x000005fdu,
    0x00000166u, 0x000500c7u, 0x00000006u, 0x0000049bu, 0x0000049au, 0x0000003fu, 0x000500c4u, 0x00000006u, 0x00000630u, 0x0000049bu,
    0x00000066u, 0x0004007cu, 0x00000017u, 0x00000631u, 0x00000630u, 0x000500c3u, 0x00000017u, 0x00000632u, 0x00000631u, 0x00000066u,
    0x0004006fu, 0x00000012u, 0x0000049du, 0x00000632u, 0x000500c2u, 0x00000006u, 0x0000049fu, 0x000005fdu, 0x00000057u, 0x000500c7u,
    0x00000006u, 0x000004a0u, 0x0000049fu, 0x0000003fu, 0x000500c4u, 0x00000006u, 0x00000636u, 0x000004a0u, 0x00000066u, 0x0004007cu,
    0x00000017u, 0x00000637u, 0x00000636u, 0x000500c3u, 0x00000017u, 0x00000638u, 0x00000637u, 0x00000066u, 0x0004006fu, 0x00000012u,
    0x000004a2u, 0x00000638u, 0x000500c2u, 0x00000006u, 0x000004a4u, 0x000005fdu, 0x00000066u, 0x000500c4u, 0x00000006u, 0x0000063cu,
    0x000004a4u, 0x00000066u, 0x0004007cu, 0x00000017u, 0x0000063du, 0x0000063cu, 0x000500c3u, 0x00000017u, 0x0000063eu, 0x0000063du,
    0x00000066u, 0x0004006fu, 0x00000012u, 0x000004a6u, 0x0000063eu, 0x00070050u, 0x00000027u, 0x000004a7u, 0x00000498u, 0x0000049du,
    0x000004a2u, 0x000004a6u, 0x0005008eu, 0x00000027u, 0x000004a8u, 0x000004a7u, 0x0000061au, 0x000200f9u, 0x000005f1u, 0x000200f8u,
    0x000004a9u, 0x000300f7u, 0x000005ecu, 0x00000000u, 0x000400fau, 0x0000017fu, 0x000004aau, 0x000004f2u, 0x000200f8u, 0x000004aau,
    0x000600a9u, 0x00000006u, 0x000004aeu, 0x00000184u, 0x00000087u, 0x00000082u, 0x00050084u, 0x00000006u, 0x000004afu, 0x00000385u,
    0x000004aeu, 0x00050080u, 0x00000006u, 0x000004b0u, 0x0000036bu, 0x000004afu, 0x000600a9u, 0x00000006u, 0x000004b3u, 0x00000184u,
    0x00000079u, 0x00000048u, 0x00050080u, 0x00000006u, 0x000004b4u, 0x000004b0u, 0x000004b3u, 0x000500c7u, 0x00000006u, 0x000004b6u,
    0x00000435u, 0x000000c8u, 0x00050080u, 0x00000006u, 0x000004b7u, 0x000004b4u, 0x000004b6u, 0x000500c2u, 0x00000006u, 0x0000064du,
    0x000004b7u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000064eu, 0x00000031u, 0x00000032u, 0x0000064du, 0x0004003du, 0x00000006u,
    0x0000064fu, 0x0000064eu, 0x000500c7u, 0x00000006u, 0x00000651u, 0x000004b7u, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000652u,
    0x00000651u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000653u, 0x0000064fu, 0x00000652u, 0x000500c7u, 0x00000006u, 0x00000654u,
    0x00000653u, 0x0000004cu, 0x00050080u, 0x00000006u, 0x00000646u, 0x000004b7u, 0x00000048u, 0x000500c2u, 0x00000006u, 0x00000658u,
    0x00000646u, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000659u, 0x00000031u, 0x00000032u, 0x00000658u, 0x0004003du, 0x00000006u,
    0x0000065au, 0x00000659u, 0x000500c7u, 0x00000006u, 0x0000065cu, 0x00000646u, 0x00000048u, 0x00050084u, 0x00000006u, 0x0000065du,
    0x0000065cu, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x0000065eu, 0x0000065au, 0x0000065du, 0x000500c7u, 0x00000006u, 0x0000065fu,
    0x0000065eu, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x00000648u, 0x0000065fu, 0x00000057u, 0x000500c5u, 0x00000006u, 0x00000649u,
    0x00000654u, 0x00000648u, 0x000500c7u, 0x00000006u, 0x000004bau, 0x00000435u, 0x00000112u, 0x00050086u, 0x00000006u, 0x000004bbu,
    0x000004bau, 0x00000079u, 0x000500c2u, 0x00000006u, 0x000004bcu, 0x00000649u, 0x000004bbu, 0x000500c7u, 0x00000006u, 0x000004beu,
    0x000004bcu, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x000004c0u, 0x000004bcu, 0x00000166u, 0x000500c7u, 0x00000006u, 0x000004c1u,
    0x000004c0u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x000004c3u, 0x000004bcu, 0x00000057u, 0x000500c7u, 0x00000006u, 0x000004c4u,
    0x000004c3u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x000004c6u, 0x000004bcu, 0x00000066u, 0x000500c7u, 0x00000006u, 0x000004c7u,
    0x000004c6u, 0x000000c8u, 0x00070050u, 0x0000019au, 0x000004c8u, 0x000004beu, 0x000004c1u, 0x000004c4u, 0x000004c7u, 0x000500c2u,
    0x00000006u, 0x0000066au, 0x000004b0u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000066bu, 0x00000031u, 0x00000032u, 0x0000066au,
    0x0004003du, 0x00000006u, 0x0000066cu, 0x0000066bu, 0x000500c7u, 0x00000006u, 0x0000066eu, 0x000004b0u, 0x00000048u, 0x00050084u,
    0x00000006u, 0x0000066fu, 0x0000066eu, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000670u, 0x0000066cu, 0x0000066fu, 0x000500c7u,
    0x00000006u, 0x00000671u, 0x00000670u, 0x0000004cu, 0x0006000cu, 0x0000005fu, 0x00000665u, 0x00000001u, 0x0000003eu, 0x00000671u,
    0x00050051u, 0x00000012u, 0x00000666u, 0x00000665u, 0x00000000u, 0x000300f7u, 0x000004dfu, 0x00000000u, 0x000400fau, 0x000001adu,
    0x000004cbu, 0x000004dfu, 0x000200f8u, 0x000004cbu, 0x0003003eu, 0x00000406u, 0x000001c2u, 0x00050041u, 0x0000001fu, 0x000004cfu,
    0x00000406u, 0x000004beu, 0x0004003du, 0x00000012u, 0x000004d0u, 0x000004cfu, 0x0003003eu, 0x00000407u, 0x000001c2u, 0x00050041u,
    0x0000001fu, 0x000004d3u, 0x00000407u, 0x000004c1u, 0x0004003du, 0x00000012u, 0x000004d4u, 0x000004d3u, 0x0003003eu, 0x00000408u,
    0x000001c2u, 0x00050041u, 0x0000001fu, 0x000004d7u, 0x00000408u, 0x000004c4u, 0x0004003du, 0x00000012u, 0x000004d8u, 0x000004d7u,
    0x0003003eu, 0x00000409u, 0x000001c2u, 0x00050041u, 0x0000001fu, 0x000004dbu, 0x00000409u, 0x000004c7u, 0x0004003du, 0x00000012u,
    0x000004dcu, 0x000004dbu, 0x00070050u, 0x00000027u, 0x000004ddu, 0x000004d0u, 0x000004d4u, 0x000004d8u, 0x000004dcu, 0x0005008eu,
    0x00000027u, 0x000004deu, 0x000004ddu, 0x00000666u, 0x000200f9u, 0x000005f1u, 0x000200f8u, 0x000004dfu, 0x000300f7u, 0x000004ebu,
    0x00000000u, 0x000400fau, 0x00000184u, 0x000004e1u, 0x000004ebu, 0x000200f8u, 0x000004e1u, 0x00040070u, 0x00000027u, 0x000004e4u,
    0x000004c8u, 0x0005008eu, 0x00000027u, 0x000004e5u, 0x000004e4u, 0x00000666u, 0x00050080u, 0x00000006u, 0x000004e7u, 0x000004b0u,
    0x00000048u, 0x000500c2u, 0x00000006u, 0x0000067cu, 0x000004e7u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000067du, 0x00000031u,
    0x00000032u, 0x0000067cu, 0x0004003du, 0x00000006u, 0x0000067eu, 0x0000067du, 0x000500c7u, 0x00000006u, 0x00000680u, 0x000004e7u,
    0x00000048u, 0x00050084u, 0x00000006u, 0x00000681u, 0x00000680u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000682u, 0x0000067eu,
    0x00000681u, 0x000500c7u, 0x00000006u, 0x00000683u, 0x00000682u, 0x0000004cu, 0x0006000cu, 0x0000005fu, 0x00000677u, 0x00000001u,
    0x0000003eu, 0x00000683u, 0x00050051u, 0x00000012u, 0x00000678u, 0x00000677u, 0x00000000u, 0x00070050u, 0x00000027u, 0x000004e9u,
    0x00000678u, 0x00000678u, 0x00000678u, 0x00000678u, 0x00050081u, 0x00000027u, 0x000004eau, 0x000004e5u, 0x000004e9u, 0x000200f9u,
    0x000005f1u, 0x000200f8u, 0x000004ebu, 0x00040070u, 0x00000027u, 0x000004eeu, 0x000004c8u, 0x00050083u, 0x00000027u, 0x000004f0u,
    0x000004eeu, 0x00000802u, 0x0005008eu, 0x00000027u, 0x000004f1u, 0x000004f0u, 0x00000666u, 0x000200f9u, 0x000005f1u, 0x000200f8u,
    0x000004f2u, 0x000300f7u, 0x000005ebu, 0x00000000u, 0x000400fau, 0x000001f6u, 0x000004f3u, 0x0000053bu, 0x000200f8u, 0x000004f3u,
    0x000600a9u, 0x00000006u, 0x000004f7u, 0x000001fau, 0x00000091u, 0x0000008cu, 0x00050084u, 0x00000006u, 0x000004f8u, 0x00000385u,
    0x000004f7u, 0x00050080u, 0x00000006u, 0x000004f9u, 0x0000036bu, 0x000004f8u, 0x000600a9u, 0x00000006u, 0x000004fcu, 0x000001fau,
    0x00000079u, 0x00000048u, 0x00050080u, 0x00000006u, 0x000004fdu, 0x000004f9u, 0x000004fcu, 0x000500c2u, 0x00000006u, 0x00000692u,
    0x000004fdu, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000693u, 0x00000031u, 0x00000032u, 0x00000692u, 0x0004003du, 0x00000006u,
    0x00000694u, 0x00000693u, 0x000500c7u, 0x00000006u, 0x00000696u, 0x000004fdu, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000697u,
    0x00000696u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000698u, 0x00000694u, 0x00000697u, 0x000500c7u, 0x00000006u, 0x00000699u,
    0x00000698u, 0x0000004cu, 0x00050080u, 0x00000006u, 0x0000068bu, 0x000004fdu, 0x00000048u, 0x000500c2u, 0x00000006u, 0x0000069du,
    0x0000068bu, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000069eu, 0x00000031u, 0x00000032u, 0x0000069du, 0x0004003du, 0x00000006u,
    0x0000069fu, 0x0000069eu, 0x000500c7u, 0x00000006u, 0x000006a1u, 0x0000068bu, 0x00000048u, 0x00050084u, 0x00000006u, 0x000006a2u,
    0x000006a1u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000006a3u, 0x0000069fu, 0x000006a2u, 0x000500c7u, 0x00000006u, 0x000006a4u,
    0x000006a3u, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x0000068du, 0x000006a4u, 0x00000057u, 0x000500c5u, 0x00000006u, 0x0000068eu,
    0x00000699u, 0x0000068du, 0x000500c2u, 0x00000006u, 0x00000500u, 0x0000068eu, 0x00000435u, 0x000600a9u, 0x00000006u, 0x00000503u,
    0x000001fau, 0x0000003cu, 0x000001f2u, 0x00050080u, 0x00000006u, 0x00000504u, 0x000004f9u, 0x00000503u, 0x000500c7u, 0x00000006u,
    0x00000506u, 0x00000435u, 0x000000c8u, 0x00050080u, 0x00000006u, 0x00000507u, 0x00000504u, 0x00000506u, 0x000500c2u, 0x00000006u,
    0x000006b3u, 0x00000507u, 0x00000034u, 0x00060041u, 0x00000036u, 0x000006b4u, 0x00000031u, 0x00000032u, 0x000006b3u, 0x0004003du,
    0x00000006u, 0x000006b5u, 0x000006b4u, 0x000500c7u, 0x00000006u, 0x000006b7u, 0x00000507u, 0x00000048u, 0x00050084u, 0x00000006u,
    0x000006b8u, 0x000006b7u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000006b9u, 0x000006b5u, 0x000006b8u, 0x000500c7u, 0x00000006u,
    0x000006bau, 0x000006b9u, 0x0000004cu, 0x00050080u, 0x00000006u, 0x000006acu, 0x00000507u, 0x00000048u, 0x000500c2u, 0x00000006u,
    0x000006beu, 0x000006acu, 0x00000034u, 0x00060041u, 0x00000036u, 0x000006bfu, 0x00000031u, 0x00000032u, 0x000006beu, 0x0004003du,
    0x00000006u, 0x000006c0u, 0x000006bfu, 0x000500c7u, 0x00000006u, 0x000006c2u, 0x000006acu, 0x00000048u, 0x00050084u, 0x00000006u,
    0x000006c3u, 0x000006c2u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000006c4u, 0x000006c0u, 0x000006c3u, 0x000500c7u, 0x00000006u,
    0x000006c5u, 0x000006c4u, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x000006aeu, 0x000006c5u, 0x00000057u, 0x000500c5u, 0x00000006u,
    0x000006afu, 0x000006bau, 0x000006aeu, 0x000500c7u, 0x00000006u, 0x0000050au, 0x00000435u, 0x00000112u, 0x00050086u, 0x00000006u,
    0x0000050bu, 0x0000050au, 0x00000079u, 0x000500c2u, 0x00000006u, 0x0000050cu, 0x000006afu, 0x0000050bu, 0x000500c7u, 0x00000006u,
    0x0000050eu, 0x0000050cu, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000510u, 0x0000050cu, 0x00000166u, 0x000500c7u, 0x00000006u,
    0x00000511u, 0x00000510u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000513u, 0x0000050cu, 0x00000057u, 0x000500c7u, 0x00000006u,
    0x00000514u, 0x00000513u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000516u, 0x0000050cu, 0x00000066u, 0x000500c7u, 0x00000006u,
    0x00000517u, 0x00000516u, 0x000000c8u, 0x00070050u, 0x0000019au, 0x00000518u, 0x0000050eu, 0x00000511u, 0x00000514u, 0x00000517u,
    0x000500c2u, 0x00000006u, 0x0000051bu, 0x00000500u, 0x00000229u, 0x000500c2u, 0x00000006u, 0x0000051du, 0x00000500u, 0x00000034u,
    0x000500c2u, 0x00000006u, 0x0000051fu, 0x00000500u, 0x0000022eu, 0x00070050u, 0x0000019au, 0x00000520u, 0x00000500u, 0x0000051bu,
    0x0000051du, 0x0000051fu, 0x000500c7u, 0x0000019au, 0x00000522u, 0x00000520u, 0x00000800u, 0x000500c4u, 0x0000019au, 0x00000524u,
    0x00000522u, 0x00000801u, 0x000500c5u, 0x0000019au, 0x00000525u, 0x00000518u, 0x00000524u, 0x00040070u, 0x00000027u, 0x00000526u,
    0x00000525u, 0x000500c2u, 0x00000006u, 0x000006d0u, 0x000004f9u, 0x00000034u, 0x00060041u, 0x00000036u, 0x000006d1u, 0x00000031u,
    0x00000032u, 0x000006d0u, 0x0004003du, 0x00000006u, 0x000006d2u, 0x000006d1u, 0x000500c7u, 0x00000006u, 0x000006d4u, 0x000004f9u,
    0x00000048u, 0x00050084u, 0x00000006u, 0x000006d5u, 0x000006d4u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000006d6u, 0x000006d2u,
    0x000006d5u, 0x000500c7u, 0x00000006u, 0x000006d7u, 0x000006d6u, 0x0000004cu, 0x0006000cu, 0x0000005fu, 0x000006cbu, 0x00000001u,
    0x0000003eu, 0x000006d7u, 0x00050051u, 0x00000012u, 0x000006ccu, 0x000006cbu, 0x00000000u, 0x000300f7u, 0x00000539u, 0x00000000u,
    0x000400fau, 0x000001fau, 0x0000052au, 0x00000533u, 0x000200f8u, 0x0000052au, 0x0005008eu, 0x00000027u, 0x0000052du, 0x00000526u,
    0x000006ccu, 0x00050080u, 0x00000006u, 0x0000052fu, 0x000004f9u, 0x00000048u, 0x000500c2u, 0x00000006u, 0x000006e2u, 0x0000052fu,
    0x00000034u, 0x00060041u, 0x00000036u, 0x000006e3u, 0x00000031u, 0x00000032u, 0x000006e2u, 0x0004003du, 0x00000006u, 0x000006e4u,
    0x000006e3u, 0x000500c7u, 0x00000006u, 0x000006e6u, 0x0000052fu, 0x00000048u, 0x00050084u, 0x00000006u, 0x000006e7u, 0x000006e6u,
    0x0000003cu, 0x000500c2u, 0x00000006u, 0x000006e8u, 0x000006e4u, 0x000006e7u, 0x000500c7u, 0x00000006u, 0x000006e9u, 0x000006e8u,
    0x0000004cu, 0x0006000cu, 0x0000005fu, 0x000006ddu, 0x00000001u, 0x0000003eu, 0x000006e9u, 0x00050051u, 0x00000012u, 0x000006deu,
    0x000006ddu, 0x00000000u, 0x00070050u, 0x00000027u, 0x00000531u, 0x000006deu, 0x000006deu, 0x000006deu, 0x000006deu, 0x00050081u,
    0x00000027u, 0x00000532u, 0x0000052du, 0x00000531u, 0x000200f9u, 0x00000539u, 0x000200f8u, 0x00000533u, 0x00050083u, 0x00000027u,
    0x00000537u, 0x00000526u, 0x00000803u, 0x0005008eu, 0x00000027u, 0x00000538u, 0x00000537u, 0x000006ccu, 0x000200f9u, 0x00000539u,
    0x000200f8u, 0x00000539u, 0x000700f5u, 0x00000027u, 0x000007f8u, 0x00000532u, 0x0000052au, 0x00000538u, 0x00000533u, 0x000200f9u,
    0x000005f1u, 0x000200f8u, 0x0000053bu, 0x000300f7u, 0x000005eau, 0x00000000u, 0x000400fau, 0x00000257u, 0x0000053cu, 0x00000591u,
    0x000200f8u, 0x0000053cu, 0x000500c7u, 0x00000006u, 0x0000053eu, 0x00000385u, 0x000001f4u, 0x000500c2u, 0x00000006u, 0x00000541u,
    0x00000385u, 0x0000022eu, 0x000600a9u, 0x00000006u, 0x00000543u, 0x0000025bu, 0x000000a1u, 0x0000009cu, 0x00050084u, 0x00000006u,
    0x00000544u, 0x00000541u, 0x00000543u, 0x00050080u, 0x00000006u, 0x00000545u, 0x0000036bu, 0x00000544u, 0x00050080u, 0x00000006u,
    0x00000547u, 0x00000545u, 0x00000079u, 0x000500b0u, 0x000000adu, 0x000006f2u, 0x0000053eu, 0x00000079u, 0x000300f7u, 0x0000071fu,
    0x00000000u, 0x000400fau, 0x000006f2u, 0x000006f3u, 0x00000701u, 0x000200f8u, 0x000006f3u, 0x00050080u, 0x00000006u, 0x000006f6u,
    0x00000547u, 0x0000053eu, 0x000500c2u, 0x00000006u, 0x00000723u, 0x000006f6u, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000724u,
    0x00000031u, 0x00000032u, 0x00000723u, 0x0004003du, 0x00000006u, 0x00000725u, 0x00000724u, 0x000500c7u, 0x00000006u, 0x00000727u,
    0x000006f6u, 0x0000003au, 0x00050084u, 0x00000006u, 0x00000728u, 0x00000727u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000729u,
    0x00000725u, 0x00000728u, 0x000500c7u, 0x00000006u, 0x0000072au, 0x00000729u, 0x0000003fu, 0x000500c7u, 0x00000006u, 0x000006f8u,
    0x0000072au, 0x000000b6u, 0x00040070u, 0x00000012u, 0x000006f9u, 0x000006f8u, 0x00050080u, 0x00000006u, 0x000006fdu, 0x000006f6u,
    0x00000079u, 0x000500c2u, 0x00000006u, 0x0000072eu, 0x000006fdu, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000072fu, 0x00000031u,
    0x00000032u, 0x0000072eu, 0x0004003du, 0x00000006u, 0x00000730u, 0x0000072fu, 0x000500c7u, 0x00000006u, 0x00000732u, 0x000006fdu,
    0x0000003au, 0x00050084u, 0x00000006u, 0x00000733u, 0x00000732u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000734u, 0x00000730u,
    0x00000733u, 0x000500c7u, 0x00000006u, 0x00000735u, 0x00000734u, 0x0000003fu, 0x000500c7u, 0x00000006u, 0x000006ffu, 0x00000735u,
    0x000000b6u, 0x00040070u, 0x00000012u, 0x00000700u, 0x000006ffu, 0x000200f9u, 0x0000071fu, 0x000200f8u, 0x00000701u, 0x00050080u,
    0x00000006u, 0x00000704u, 0x00000547u, 0x0000053eu, 0x00050080u, 0x00000006u, 0x00000705u, 0x00000704u, 0x00000079u, 0x000500c2u,
    0x00000006u, 0x00000739u, 0x00000705u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000073au, 0x00000031u, 0x00000032u, 0x00000739u,
    0x0004003du, 0x00000006u, 0x0000073bu, 0x0000073au, 0x000500c7u, 0x00000006u, 0x0000073du, 0x00000705u, 0x0000003au, 0x00050084u,
    0x00000006u, 0x0000073eu, 0x0000073du, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x0000073fu, 0x0000073bu, 0x0000073eu, 0x000500c7u,
    0x00000006u, 0x00000740u, 0x0000073fu, 0x0000003fu, 0x000500c7u, 0x00000006u, 0x00000707u, 0x00000740u, 0x000000c8u, 0x00050082u,
    0x00000006u, 0x0000070bu, 0x00000704u, 0x00000079u, 0x000500c2u, 0x00000006u, 0x00000744u, 0x0000070bu, 0x00000034u, 0x00060041u,
    0x00000036u, 0x00000745u, 0x00000031u, 0x00000032u, 0x00000744u, 0x0004003du, 0x00000006u, 0x00000746u, 0x00000745u, 0x000500c7u,
    0x00000006u, 0x00000748u, 0x0000070bu, 0x0000003au, 0x00050084u, 0x00000006u, 0x00000749u, 0x00000748u, 0x0000003cu, 0x000500c2u,
    0x00000006u, 0x0000074au, 0x00000746u, 0x00000749u, 0x000500c7u, 0x00000006u, 0x0000074bu, 0x0000074au, 0x0000003fu, 0x000500c2u,
    0x00000006u, 0x0000070du, 0x0000074bu, 0x000000d0u, 0x000500c4u, 0x00000006u, 0x0000070eu, 0x0000070du, 0x000000d2u, 0x000500c5u,
    0x00000006u, 0x0000070fu, 0x00000707u, 0x0000070eu, 0x00040070u, 0x00000012u, 0x00000710u, 0x0000070fu, 0x0004003du, 0x00000006u,
    0x00000751u, 0x0000073au, 0x000500c2u, 0x00000006u, 0x00000755u, 0x00000751u, 0x0000073eu, 0x000500c7u, 0x00000006u, 0x00000756u,
    0x00000755u, 0x0000003fu, 0x000500c2u, 0x00000006u, 0x00000716u, 0x00000756u, 0x000000d2u, 0x000500c2u, 0x00000006u, 0x0000075au,
    0x00000704u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000075bu, 0x00000031u, 0x00000032u, 0x0000075au, 0x0004003du, 0x00000006u,
    0x0000075cu, 0x0000075bu, 0x000500c7u, 0x00000006u, 0x0000075eu, 0x00000704u, 0x0000003au, 0x00050084u, 0x00000006u, 0x0000075fu,
    0x0000075eu, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000760u, 0x0000075cu, 0x0000075fu, 0x000500c7u, 0x00000006u, 0x00000761u,
    0x00000760u, 0x0000003fu, 0x000500c2u, 0x00000006u, 0x0000071bu, 0x00000761u, 0x000000d0u, 0x000500c4u, 0x00000006u, 0x0000071cu,
    0x0000071bu, 0x000000d2u, 0x000500c5u, 0x00000006u, 0x0000071du, 0x00000716u, 0x0000071cu, 0x00040070u, 0x00000012u, 0x0000071eu,
    0x0000071du, 0x000200f9u, 0x0000071fu, 0x000200f8u, 0x0000071fu, 0x000700f5u, 0x00000012u, 0x000007f6u, 0x00000700u, 0x000006f3u,
    0x0000071eu, 0x00000701u, 0x000700f5u, 0x00000012u, 0x000007f5u, 0x000006f9u, 0x000006f3u, 0x00000710u, 0x00000701u, 0x000600a9u,
    0x00000006u, 0x0000054eu, 0x0000025bu, 0x00000276u, 0x00000112u, 0x00050080u, 0x00000006u, 0x0000054fu, 0x00000545u, 0x0000054eu,
    0x000500c2u, 0x00000006u, 0x00000551u, 0x0000053eu, 0x00000229u, 0x00050084u, 0x00000006u, 0x00000552u, 0x00000551u, 0x00000080u,
    0x00050080u, 0x00000006u, 0x00000553u, 0x0000054fu, 0x00000552u, 0x00050080u, 0x00000006u, 0x00000555u, 0x00000553u, 0x00000435u,
    0x000500c2u, 0x00000006u, 0x00000556u, 0x00000555u, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000557u, 0x00000031u, 0x00000032u,
    0x00000556u, 0x0004003du, 0x00000006u, 0x00000558u, 0x00000557u, 0x000500c7u, 0x00000006u, 0x0000055au, 0x0000053eu, 0x000000f9u,
    0x00050084u, 0x00000006u, 0x0000055bu, 0x0000055au, 0x00000079u, 0x000500c2u, 0x00000006u, 0x0000055cu, 0x00000558u, 0x0000055bu,
    0x000500c7u, 0x00000006u, 0x0000055eu, 0x0000055cu, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000560u, 0x0000055cu, 0x00000166u,
    0x000500c7u, 0x00000006u, 0x00000561u, 0x00000560u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000563u, 0x0000055cu, 0x00000057u,
    0x000500c7u, 0x00000006u, 0x00000564u, 0x00000563u, 0x000000c8u, 0x000500c2u, 0x00000006u, 0x00000566u, 0x0000055cu, 0x00000066u,
    0x000500c7u, 0x00000006u, 0x00000567u, 0x00000566u, 0x000000c8u, 0x00070050u, 0x0000019au, 0x00000568u, 0x0000055eu, 0x00000561u,
    0x00000564u, 0x00000567u, 0x000300f7u, 0x00000582u, 0x00000000u, 0x000400fau, 0x0000025bu, 0x0000056au, 0x00000582u, 0x000200f8u,
    0x0000056au, 0x00050080u, 0x00000006u, 0x0000056cu, 0x00000545u, 0x00000112u, 0x00050080u, 0x00000006u, 0x0000056eu, 0x0000056cu,
    0x00000435u, 0x000500c2u, 0x00000006u, 0x0000056fu, 0x0000056eu, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000570u, 0x00000031u,
    0x00000032u, 0x0000056fu, 0x0004003du, 0x00000006u, 0x00000571u, 0x00000570u, 0x000500c2u, 0x00000006u, 0x00000573u, 0x00000571u,
    0x0000053eu, 0x000500c2u, 0x00000006u, 0x00000576u, 0x00000573u, 0x00000166u, 0x000500c2u, 0x00000006u, 0x00000578u, 0x00000573u,
    0x00000057u, 0x000500c2u, 0x00000006u, 0x0000057au, 0x00000573u, 0x00000066u, 0x00070050u, 0x0000019au, 0x0000057bu, 0x00000573u,
    0x00000576u, 0x00000578u, 0x0000057au, 0x000500c7u, 0x0000019au, 0x0000057du, 0x0000057bu, 0x00000800u, 0x000500c4u, 0x0000019au,
    0x0000057fu, 0x0000057du, 0x00000801u, 0x000500c5u, 0x0000019au, 0x00000581u, 0x00000568u, 0x0000057fu, 0x000200f9u, 0x00000582u,
    0x000200f8u, 0x00000582u, 0x000700f5u, 0x0000019au, 0x000007f7u, 0x00000568u, 0x0000071fu, 0x00000581u, 0x0000056au, 0x000500c2u,
    0x00000006u, 0x0000076cu, 0x00000545u, 0x00000034u, 0x00060041u, 0x00000036u, 0x0000076du, 0x00000031u, 0x00000032u, 0x0000076cu,
    0x0004003du, 0x00000006u, 0x0000076eu, 0x0000076du, 0x000500c7u, 0x00000006u, 0x00000770u, 0x00000545u, 0x00000048u, 0x00050084u,
    0x00000006u, 0x00000771u, 0x00000770u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x00000772u, 0x0000076eu, 0x00000771u, 0x000500c7u,
    0x00000006u, 0x00000773u, 0x00000772u, 0x0000004cu, 0x0006000cu, 0x0000005fu, 0x00000767u, 0x00000001u, 0x0000003eu, 0x00000773u,
    0x00050051u, 0x00000012u, 0x00000768u, 0x00000767u, 0x00000000u, 0x00050085u, 0x00000012u, 0x00000586u, 0x00000768u, 0x000007f5u,
    0x00040070u, 0x00000027u, 0x00000588u, 0x000007f7u, 0x0005008eu, 0x00000027u, 0x00000589u, 0x00000588u, 0x00000586u, 0x00050080u,
    0x00000006u, 0x0000058bu, 0x00000545u, 0x00000048u, 0x000500c2u, 0x00000006u, 0x0000077eu, 0x0000058bu, 0x00000034u, 0x00060041u,
    0x00000036u, 0x0000077fu, 0x00000031u, 0x00000032u, 0x0000077eu, 0x0004003du, 0x00000006u, 0x00000780u, 0x0000077fu, 0x000500c7u,
    0x00000006u, 0x00000782u, 0x0000058bu, 0x00000048u, 0x00050084u, 0x00000006u, 0x00000783u, 0x00000782u, 0x0000003cu, 0x000500c2u,
    0x00000006u, 0x00000784u, 0x00000780u, 0x00000783u, 0x000500c7u, 0x00000006u, 0x00000785u, 0x00000784u, 0x0000004cu, 0x0006000cu,
    0x0000005fu, 0x00000779u, 0x00000001u, 0x0000003eu, 0x00000785u, 0x00050051u, 0x00000012u, 0x0000077au, 0x00000779u, 0x00000000u,
    0x00050085u, 0x00000012u, 0x0000058eu, 0x0000077au, 0x000007f6u, 0x00070050u, 0x00000027u, 0x0000058fu, 0x0000058eu, 0x0000058eu,
    0x0000058eu, 0x0000058eu, 0x00050083u, 0x00000027u, 0x00000590u, 0x00000589u, 0x0000058fu, 0x000200f9u, 0x000005f1u, 0x000200f8u,
    0x00000591u, 0x000300f7u, 0x000005e9u, 0x00000000u, 0x000400fau, 0x000002c1u, 0x00000592u, 0x000005e9u, 0x000200f8u, 0x00000592u,
    0x000500c7u, 0x00000006u, 0x00000594u, 0x00000385u, 0x000001f4u, 0x000500c2u, 0x00000006u, 0x00000597u, 0x00000385u, 0x0000022eu,
    0x00050084u, 0x00000006u, 0x00000598u, 0x00000597u, 0x000000a6u, 0x00050080u, 0x00000006u, 0x00000599u, 0x0000036bu, 0x00000598u,
    0x000500c2u, 0x00000006u, 0x0000059bu, 0x00000594u, 0x00000034u, 0x000500c7u, 0x00000006u, 0x0000059du, 0x00000594u, 0x0000003au,
    0x00050084u, 0x00000006u, 0x000005a0u, 0x0000059bu, 0x000002d6u, 0x00050080u, 0x00000006u, 0x000005a1u, 0x00000599u, 0x000005a0u,
    0x000500c7u, 0x00000006u, 0x000005a3u, 0x0000059du, 0x000000f9u, 0x00050084u, 0x00000006u, 0x000005a4u, 0x000005a3u, 0x00000080u,
    0x00050080u, 0x00000006u, 0x000005a5u, 0x000005a1u, 0x000005a4u, 0x00050080u, 0x00000006u, 0x000005a7u, 0x000005a5u, 0x00000435u,
    0x000500c2u, 0x00000006u, 0x00000794u, 0x000005a7u, 0x00000034u, 0x00060041u, 0x00000036u, 0x00000795u, 0x00000031u, 0x00000032u,
    0x00000794u, 0x0004003du, 0x00000006u, 0x00000796u, 0x00000795u, 0x000500c7u, 0x00000006u, 0x00000798u, 0x000005a7u, 0x00000048u,
    0x00050084u, 0x00000006u, 0x00000799u, 0x00000798u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x0000079au, 0x00000796u, 0x00000799u,
    0x000500c7u, 0x00000006u, 0x0000079bu, 0x0000079au, 0x0000004cu, 0x00050080u, 0x00000006u, 0x0000078du, 0x000005a7u, 0x00000048u,
    0x000500c2u, 0x00000006u, 0x0000079fu, 0x0000078du, 0x00000034u, 0x00060041u, 0x00000036u, 0x000007a0u, 0x00000031u, 0x00000032u,
    0x0000079fu, 0x0004003du, 0x00000006u, 0x000007a1u, 0x000007a0u, 0x000500c7u, 0x00000006u, 0x000007a3u, 0x0000078du, 0x00000048u,
    0x00050084u, 0x00000006u, 0x000007a4u, 0x000007a3u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000007a5u, 0x000007a1u, 0x000007a4u,
    0x000500c7u, 0x00000006u, 0x000007a6u, 0x000007a5u, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x0000078fu, 0x000007a6u, 0x00000057u,
    0x000500c5u, 0x00000006u, 0x00000790u, 0x0000079bu, 0x0000078fu, 0x000500c2u, 0x00000006u, 0x000005aau, 0x0000059du, 0x00000229u,
    0x00050084u, 0x00000006u, 0x000005abu, 0x000005aau, 0x00000079u, 0x000500c2u, 0x00000006u, 0x000005acu, 0x00000790u, 0x000005abu,
    0x00050080u, 0x00000006u, 0x000005aeu, 0x00000599u, 0x000002e7u, 0x00050084u, 0x00000006u, 0x000005b0u, 0x0000059bu, 0x00000080u,
    0x00050080u, 0x00000006u, 0x000005b1u, 0x000005aeu, 0x000005b0u, 0x00050080u, 0x00000006u, 0x000005b3u, 0x000005b1u, 0x00000435u,
    0x000500c2u, 0x00000006u, 0x000007b5u, 0x000005b3u, 0x00000034u, 0x00060041u, 0x00000036u, 0x000007b6u, 0x00000031u, 0x00000032u,
    0x000007b5u, 0x0004003du, 0x00000006u, 0x000007b7u, 0x000007b6u, 0x000500c7u, 0x00000006u, 0x000007b9u, 0x000005b3u, 0x00000048u,
    0x00050084u, 0x00000006u, 0x000007bau, 0x000007b9u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000007bbu, 0x000007b7u, 0x000007bau,
    0x000500c7u, 0x00000006u, 0x000007bcu, 0x000007bbu, 0x0000004cu, 0x00050080u, 0x00000006u, 0x000007aeu, 0x000005b3u, 0x00000048u,
    0x000500c2u, 0x00000006u, 0x000007c0u, 0x000007aeu, 0x00000034u, 0x00060041u, 0x00000036u, 0x000007c1u, 0x00000031u, 0x00000032u,
    0x000007c0u, 0x0004003du, 0x00000006u, 0x000007c2u, 0x000007c1u, 0x000500c7u, 0x00000006u, 0x000007c4u, 0x000007aeu, 0x00000048u,
    0x00050084u, 0x00000006u, 0x000007c5u, 0x000007c4u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000007c6u, 0x000007c2u, 0x000007c5u,
    0x000500c7u, 0x00000006u, 0x000007c7u, 0x000007c6u, 0x0000004cu, 0x000500c4u, 0x00000006u, 0x000007b0u, 0x000007c7u, 0x00000057u,
    0x000500c5u, 0x00000006u, 0x000007b1u, 0x000007bcu, 0x000007b0u, 0x00050084u, 0x00000006u, 0x000005b6u, 0x00000048u, 0x0000059du,
    0x000500c2u, 0x00000006u, 0x000005b7u, 0x000007b1u, 0x000005b6u, 0x000500c7u, 0x00000006u, 0x000005b9u, 0x000005acu, 0x000000c8u,
    0x000500c2u, 0x00000006u, 0x000005bbu, 0x000005acu, 0x00000166u, 0x000500c7u, 0x00000006u, 0x000005bcu, 0x000005bbu, 0x000000c8u,
    0x000500c2u, 0x00000006u, 0x000005beu, 0x000005acu, 0x00000057u, 0x000500c7u, 0x00000006u, 0x000005bfu, 0x000005beu, 0x000000c8u,
    0x000500c2u, 0x00000006u, 0x000005c1u, 0x000005acu, 0x00000066u, 0x000500c7u, 0x00000006u, 0x000005c2u, 0x000005c1u, 0x000000c8u,
    0x00070050u, 0x0000019au, 0x000005c3u, 0x000005b9u, 0x000005bcu, 0x000005bfu, 0x000005c2u, 0x000500c2u, 0x00000006u, 0x000005c6u,
    0x000005b7u, 0x00000166u, 0x000500c2u, 0x00000006u, 0x000005c8u, 0x000005b7u, 0x00000057u, 0x000500c2u, 0x00000006u, 0x000005cau,
    0x000005b7u, 0x00000066u, 0x00070050u, 0x0000019au, 0x000005cbu, 0x000005b7u, 0x000005c6u, 0x000005c8u, 0x000005cau, 0x000500c7u,
    0x0000019au, 0x000005cdu, 0x000005cbu, 0x00000804u, 0x000500c4u, 0x0000019au, 0x000005cfu, 0x000005cdu, 0x00000801u, 0x000500c5u,
    0x0000019au, 0x000005d0u, 0x000005c3u, 0x000005cfu, 0x00040070u, 0x00000027u, 0x000005d1u, 0x000005d0u, 0x00050080u, 0x00000006u,
    0x000005d3u, 0x00000599u, 0x00000310u, 0x000500c2u, 0x00000006u, 0x000007d2u, 0x000005d3u, 0x00000034u, 0x00060041u, 0x00000036u,
    0x000007d3u, 0x00000031u, 0x00000032u, 0x000007d2u, 0x0004003du, 0x00000006u, 0x000007d4u, 0x000007d3u, 0x000500c7u, 0x00000006u,
    0x000007d6u, 0x000005d3u, 0x00000048u, 0x00050084u, 0x00000006u, 0x000007d7u, 0x000007d6u, 0x0000003cu, 0x000500c2u, 0x00000006u,
    0x000007d8u, 0x000007d4u, 0x000007d7u, 0x000500c7u, 0x00000006u, 0x000007d9u, 0x000007d8u, 0x0000004cu, 0x0006000cu, 0x0000005fu,
    0x000007cdu, 0x00000001u, 0x0000003eu, 0x000007d9u, 0x00050051u, 0x00000012u, 0x000007ceu, 0x000007cdu, 0x00000000u, 0x00050080u,
    0x00000006u, 0x000005d6u, 0x00000599u, 0x00000315u, 0x00050084u, 0x00000006u, 0x000005d8u, 0x0000059bu, 0x0000003cu, 0x00050080u,
    0x00000006u, 0x000005d9u, 0x000005d6u, 0x000005d8u, 0x00050080u, 0x00000006u, 0x000005dcu, 0x000005d9u, 0x000005b6u, 0x000500c2u,
    0x00000006u, 0x000005deu, 0x00000435u, 0x000000d2u, 0x00050080u, 0x00000006u, 0x000005dfu, 0x000005dcu, 0x000005deu, 0x000500c2u,
    0x00000006u, 0x000007ddu, 0x000005dfu, 0x00000034u, 0x00060041u, 0x00000036u, 0x000007deu, 0x00000031u, 0x00000032u, 0x000007ddu,
    0x0004003du, 0x00000006u, 0x000007dfu, 0x000007deu, 0x000500c7u, 0x00000006u, 0x000007e1u, 0x000005dfu, 0x0000003au, 0x00050084u,
    0x00000006u, 0x000007e2u, 0x000007e1u, 0x0000003cu, 0x000500c2u, 0x00000006u, 0x000007e3u, 0x000007dfu, 0x000007e2u, 0x000500c7u,
    0x00000006u, 0x000007e4u, 0x000007e3u, 0x0000003fu, 0x000500c4u, 0x00000006u, 0x000007e8u, 0x000007e4u, 0x00000066u, 0x0004007cu,
    0x00000017u, 0x000007e9u, 0x000007e8u, 0x000500c3u, 0x00000017u, 0x000007eau, 0x000007e9u, 0x00000066u, 0x0004006fu, 0x00000012u,
    0x000005e2u, 0x000007eau, 0x00050085u, 0x00000012u, 0x000005e3u, 0x000007ceu, 0x000005e2u, 0x00050083u, 0x00000027u, 0x000005e7u,
    0x000005d1u, 0x00000805u, 0x0005008eu, 0x00000027u, 0x000005e8u, 0x000005e7u, 0x000005e3u, 0x000200f9u, 0x000005f1u, 0x000200f8u,
    0x000005e9u, 0x000200f9u, 0x000005eau, 0x000200f8u, 0x000005eau, 0x000200f9u, 0x000005ebu, 0x000200f8u, 0x000005ebu, 0x000200f9u,
    0x000005ecu, 0x000200f8u, 0x000005ecu, 0x000200f9u, 0x000005edu, 0x000200f8u, 0x000005edu, 0x000200f9u, 0x000005eeu, 0x000200f8u,
    0x000005eeu, 0x000200f9u, 0x000005efu, 0x000200f8u, 0x000005efu, 0x000200f9u, 0x000005f0u, 0x000200f8u, 0x000005f0u, 0x000200f9u,
    0x000005f1u, 0x000200f8u, 0x000005f1u, 0x001900f5u, 0x00000027u, 0x000007f9u, 0x00000451u, 0x00000436u, 0x00000469u, 0x00000453u,
    0x00000487u, 0x0000046bu, 0x000004a8u, 0x00000489u, 0x000004deu, 0x000004cbu, 0x000004eau, 0x000004e1u, 0x000004f1u, 0x000004ebu,
    0x000007f8u, 0x00000539u, 0x00000590u, 0x00000582u, 0x000005e8u, 0x00000592u, 0x0000032eu, 0x000005f0u, 0x0003003eu, 0x00000383u,
    0x000007f9u, 0x000200f9u, 0x0000038eu, 0x000200f8u, 0x0000038eu, 0x000700f5u, 0x00000006u, 0x000007fau, 0x00000061u, 0x000005f1u,
    0x000003a5u, 0x0000038fu, 0x000500b0u, 0x000000adu, 0x00000394u, 0x000007fau, 0x00000079u, 0x000400f6u, 0x00000390u, 0x0000038fu,
    0x00000000u, 0x000400fau, 0x00000394u, 0x0000038fu, 0x00000390u, 0x000200f8u, 0x0000038fu, 0x00050084u, 0x00000006u, 0x0000039bu,
    0x00000079u, 0x000007f4u, 0x00050080u, 0x00000006u, 0x0000039cu, 0x00000374u, 0x0000039bu, 0x00050080u, 0x00000006u, 0x0000039eu,
    0x0000039cu, 0x000007fau, 0x00050041u, 0x0000001fu, 0x000003a0u, 0x00000383u, 0x000007fau, 0x0004003du, 0x00000012u, 0x000003a1u,
    0x000003a0u, 0x00060041u, 0x000003a2u, 0x000003a3u, 0x00000398u, 0x00000032u, 0x0000039eu, 0x0003003eu, 0x000003a3u, 0x000003a1u,
    0x00050080u, 0x00000006u, 0x000003a5u, 0x000007fau, 0x00000229u, 0x000200f9u, 0x0000038eu, 0x000200f8u, 0x00000390u, 0x000200f9u,
    0x0000037cu, 0x000200f8u, 0x0000037cu, 0x00050080u, 0x00000006u, 0x000003a8u, 0x000007f4u, 0x000003a6u, 0x000200f9u, 0x00000379u,
    0x000200f8u, 0x0000037bu, 0x000200f9u, 0x000003aeu, 0x000200f8u, 0x000003aeu, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvRmsNorm[1099] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x0000014cu, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0008000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000015u, 0x00000046u, 0x00000049u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u,
    0x00040047u, 0x0000000fu, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000015u, 0x0000000bu, 0x0000001bu, 0x00040047u, 0x00000046u,
    0x0000000bu, 0x0000001au, 0x00040047u, 0x00000049u, 0x0000000bu, 0x00000018u, 0x00050048u, 0x00000052u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00050048u, 0x00000052u, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x00000052u, 0x00000002u, 0x00000023u,
    0x00000008u, 0x00050048u, 0x00000052u, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x00000052u, 0x00000004u, 0x00000023u,
    0x00000010u, 0x00050048u, 0x00000052u, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x00000052u, 0x00000006u, 0x00000023u,
    0x00000018u, 0x00050048u, 0x00000052u, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x00000052u, 0x00000008u, 0x00000023u,
    0x00000020u, 0x00030047u, 0x00000052u, 0x00000002u, 0x00040047u, 0x00000085u, 0x00000006u, 0x00000004u, 0x00040048u, 0x00000086u,
    0x00000000u, 0x00000018u, 0x00050048u, 0x00000086u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x00000086u, 0x00000002u,
    0x00040047u, 0x00000088u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000088u, 0x00000021u, 0x00000000u, 0x00040047u, 0x000000edu,
    0x00000006u, 0x00000004u, 0x00050048u, 0x000000eeu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x000000eeu, 0x00000002u,
    0x00040047u, 0x000000f0u, 0x00000022u, 0x00000000u, 0x00040047u, 0x000000f0u, 0x00000021u, 0x00000002u, 0x00040047u, 0x00000102u,
    0x00000006u, 0x00000004u, 0x00040048u, 0x00000103u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000103u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x00000103u, 0x00000002u, 0x00040047u, 0x00000105u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000105u,
    0x00000021u, 0x00000001u, 0x00040047u, 0x00000113u, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000114u, 0x0000000bu, 0x00000019u,
    0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u, 0x00000006u, 0x00000020u, 0x00040015u, 0x0000000cu,
    0x00000020u, 0x00000000u, 0x0004002bu, 0x0000000cu, 0x0000000du, 0x00000002u, 0x0004002bu, 0x0000000cu, 0x0000000eu, 0x00000108u,
    0x00040032u, 0x0000000cu, 0x0000000fu, 0x00000040u, 0x0004001cu, 0x00000010u, 0x00000006u, 0x0000000fu, 0x00040020u, 0x00000011u,
    0x00000004u, 0x00000010u, 0x0004003bu, 0x00000011u, 0x00000012u, 0x00000004u, 0x00040017u, 0x00000013u, 0x0000000cu, 0x00000003u,
    0x00040020u, 0x00000014u, 0x00000001u, 0x00000013u, 0x0004003bu, 0x00000014u, 0x00000015u, 0x00000001u, 0x0004002bu, 0x0000000cu,
    0x00000016u, 0x00000000u, 0x00040020u, 0x00000017u, 0x00000001u, 0x0000000cu, 0x00040020u, 0x0000001bu, 0x00000004u, 0x00000006u,
    0x00060034u, 0x0000000cu, 0x0000001fu, 0x00000086u, 0x0000000fu, 0x0000000du, 0x00020014u, 0x00000026u, 0x00040015u, 0x0000003au,
    0x00000020u, 0x00000001u, 0x0004002bu, 0x0000003au, 0x0000003bu, 0x00000001u, 0x0004002bu, 0x0000003au, 0x0000003fu, 0x00000000u,
    0x0004003bu, 0x00000014u, 0x00000046u, 0x00000001u, 0x0004003bu, 0x00000014u, 0x00000049u, 0x00000001u, 0x0004002bu, 0x0000000cu,
    0x0000004cu, 0x00000001u, 0x000b001eu, 0x00000052u, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu, 0x0000000cu,
    0x0000000cu, 0x0000000cu, 0x00000006u, 0x00040020u, 0x00000053u, 0x00000009u, 0x00000052u, 0x0004003bu, 0x00000053u, 0x00000054u,
    0x00000009u, 0x00040020u, 0x00000055u, 0x00000009u, 0x0000000cu, 0x0004002bu, 0x0000003au, 0x0000005du, 0x00000002u, 0x0004002bu,
    0x0000003au, 0x00000061u, 0x00000003u, 0x0004002bu, 0x0000003au, 0x00000067u, 0x00000004u, 0x0004002bu, 0x0000003au, 0x0000006bu,
    0x00000005u, 0x00040017u, 0x00000070u, 0x00000006u, 0x00000004u, 0x0004002bu, 0x00000006u, 0x00000073u, 0x00000000u, 0x0007002cu,
    0x00000070u, 0x00000074u, 0x00000073u, 0x00000073u, 0x00000073u, 0x00000073u, 0x0004002bu, 0x0000000cu, 0x0000007eu, 0x00000003u,
    0x00060034u, 0x0000000cu, 0x0000007fu, 0x00000084u, 0x0000007eu, 0x0000000fu, 0x0003001du, 0x00000085u, 0x00000006u, 0x0003001eu,
    0x00000086u, 0x00000085u, 0x00040020u, 0x00000087u, 0x0000000cu, 0x00000086u, 0x0004003bu, 0x00000087u, 0x00000088u, 0x0000000cu,
    0x00040020u, 0x0000008cu, 0x0000000cu, 0x00000006u, 0x00060034u, 0x0000000cu, 0x00000098u, 0x00000084u, 0x0000000du, 0x0000000fu,
    0x00060034u, 0x0000000cu, 0x0000009fu, 0x00000084u, 0x0000007eu, 0x0000000fu, 0x0004002bu, 0x0000000cu, 0x000000a9u, 0x00000004u,
    0x00060034u, 0x0000000cu, 0x000000aau, 0x00000084u, 0x000000a9u, 0x0000000fu, 0x0004002bu, 0x00000006u, 0x000000d2u, 0x3f800000u,
    0x0004002bu, 0x0000003au, 0x000000dau, 0x00000008u, 0x00040020u, 0x000000dbu, 0x00000009u, 0x00000006u, 0x0003001du, 0x000000edu,
    0x00000006u, 0x0003001eu, 0x000000eeu, 0x000000edu, 0x00040020u, 0x000000efu, 0x0000000cu, 0x000000eeu, 0x0004003bu, 0x000000efu,
    0x000000f0u, 0x0000000cu, 0x0004002bu, 0x0000003au, 0x000000fbu, 0x00000007u, 0x0003001du, 0x00000102u, 0x00000006u, 0x0003001eu,
    0x00000103u, 0x00000102u, 0x00040020u, 0x00000104u, 0x0000000cu, 0x00000103u, 0x0004003bu, 0x00000104u, 0x00000105u, 0x0000000cu,
    0x0004002bu, 0x0000003au, 0x00000106u, 0x00000006u, 0x00040032u, 0x0000000cu, 0x00000113u, 0x00000001u, 0x00060033u, 0x00000013u,
    0x00000114u, 0x00000113u, 0x0000004cu, 0x0000004cu, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u,
    0x00000005u, 0x000300f7u, 0x00000115u, 0x00000000u, 0x000300fbu, 0x00000016u, 0x00000116u, 0x000200f8u, 0x00000116u, 0x00050041u,
    0x00000017u, 0x00000047u, 0x00000046u, 0x00000016u, 0x0004003du, 0x0000000cu, 0x00000048u, 0x00000047u, 0x00050041u, 0x00000017u,
    0x0000004au, 0x00000049u, 0x00000016u, 0x0004003du, 0x0000000cu, 0x0000004bu, 0x0000004au, 0x00050041u, 0x00000017u, 0x0000004du,
    0x00000046u, 0x0000004cu, 0x0004003du, 0x0000000cu, 0x0000004eu, 0x0000004du, 0x00050084u, 0x0000000cu, 0x0000004fu, 0x0000004bu,
    0x0000004eu, 0x00050080u, 0x0000000cu, 0x00000050u, 0x00000048u, 0x0000004fu, 0x00050041u, 0x00000055u, 0x00000056u, 0x00000054u,
    0x0000003bu, 0x0004003du, 0x0000000cu, 0x00000057u, 0x00000056u, 0x000500aeu, 0x00000026u, 0x00000058u, 0x00000050u, 0x00000057u,
    0x000300f7u, 0x0000005au, 0x00000000u, 0x000400fau, 0x00000058u, 0x00000059u, 0x0000005au, 0x000200f8u, 0x00000059u, 0x000200f9u,
    0x00000115u, 0x000200f8u, 0x0000005au, 0x00050041u, 0x00000055u, 0x0000005eu, 0x00000054u, 0x0000005du, 0x0004003du, 0x0000000cu,
    0x0000005fu, 0x0000005eu, 0x00050041u, 0x00000055u, 0x00000062u, 0x00000054u, 0x00000061u, 0x0004003du, 0x0000000cu, 0x00000063u,
    0x00000062u, 0x00050084u, 0x0000000cu, 0x00000064u, 0x00000050u, 0x00000063u, 0x00050080u, 0x0000000cu, 0x00000065u, 0x0000005fu,
    0x00000064u, 0x00050041u, 0x00000055u, 0x00000068u, 0x00000054u, 0x00000067u, 0x0004003du, 0x0000000cu, 0x00000069u, 0x00000068u,
    0x00050041u, 0x00000055u, 0x0000006cu, 0x00000054u, 0x0000006bu, 0x0004003du, 0x0000000cu, 0x0000006du, 0x0000006cu, 0x00050084u,
    0x0000000cu, 0x0000006eu, 0x00000050u, 0x0000006du, 0x00050080u, 0x0000000cu, 0x0000006fu, 0x00000069u, 0x0000006eu, 0x00050041u,
    0x00000017u, 0x00000076u, 0x00000015u, 0x00000016u, 0x0004003du, 0x0000000cu, 0x00000077u, 0x00000076u, 0x000200f9u, 0x00000078u,
    0x000200f8u, 0x00000078u, 0x000700f5u, 0x00000070u, 0x00000146u, 0x00000074u, 0x0000005au, 0x000000a8u, 0x00000079u, 0x000700f5u,
    0x0000000cu, 0x00000145u, 0x00000077u, 0x0000005au, 0x000000acu, 0x00000079u, 0x00050080u, 0x0000000cu, 0x00000080u, 0x00000145u,
    0x0000007fu, 0x00050041u, 0x00000055u, 0x00000081u, 0x00000054u, 0x0000003fu, 0x0004003du, 0x0000000cu, 0x00000082u, 0x00000081u,
    0x000500b0u, 0x00000026u, 0x00000083u, 0x00000080u, 0x00000082u, 0x000400f6u, 0x0000007au, 0x00000079u, 0x00000000u, 0x000400fau,
    0x00000083u, 0x00000079u, 0x0000007au, 0x000200f8u, 0x00000079u, 0x00050080u, 0x0000000cu, 0x0000008bu, 0x00000065u, 0x00000145u,
    0x00060041u, 0x0000008cu, 0x0000008du, 0x00000088u, 0x0000003fu, 0x0000008bu, 0x0004003du, 0x00000006u, 0x0000008eu, 0x0000008du,
    0x00050080u, 0x0000000cu, 0x00000092u, 0x0000008bu, 0x0000000fu, 0x00060041u, 0x0000008cu, 0x00000093u, 0x00000088u, 0x0000003fu,
    0x00000092u, 0x0004003du, 0x00000006u, 0x00000094u, 0x00000093u, 0x00050080u, 0x0000000cu, 0x00000099u, 0x0000008bu, 0x00000098u,
    0x00060041u, 0x0000008cu, 0x0000009au, 0x00000088u, 0x0000003fu, 0x00000099u, 0x0004003du, 0x00000006u, 0x0000009bu, 0x0000009au,
    0x00050080u, 0x0000000cu, 0x000000a0u, 0x0000008bu, 0x0000009fu, 0x00060041u, 0x0000008cu, 0x000000a1u, 0x00000088u, 0x0000003fu,
    0x000000a0u, 0x0004003du, 0x00000006u, 0x000000a2u, 0x000000a1u, 0x00070050u, 0x00000070u, 0x000000a3u, 0x0000008eu, 0x00000094u,
    0x0000009bu, 0x000000a2u, 0x0008000cu, 0x00000070u, 0x000000a8u, 0x00000001u, 0x00000032u, 0x000000a3u, 0x000000a3u, 0x00000146u,
    0x00050080u, 0x0000000cu, 0x000000acu, 0x00000145u, 0x000000aau, 0x000200f9u, 0x00000078u, 0x000200f8u, 0x0000007au, 0x00050051u,
    0x00000006u, 0x000000afu, 0x00000146u, 0x00000000u, 0x00050051u, 0x00000006u, 0x000000b1u, 0x00000146u, 0x00000001u, 0x00050081u,
    0x00000006u, 0x000000b2u, 0x000000afu, 0x000000b1u, 0x00050051u, 0x00000006u, 0x000000b4u, 0x00000146u, 0x00000002u, 0x00050081u,
    0x00000006u, 0x000000b5u, 0x000000b2u, 0x000000b4u, 0x00050051u, 0x00000006u, 0x000000b7u, 0x00000146u, 0x00000003u, 0x00050081u,
    0x00000006u, 0x000000b8u, 0x000000b5u, 0x000000b7u, 0x000200f9u, 0x000000b9u, 0x000200f8u, 0x000000b9u, 0x000700f5u, 0x00000006u,
    0x00000148u, 0x000000b8u, 0x0000007au, 0x000000ceu, 0x000000bau, 0x000700f5u, 0x0000000cu, 0x00000147u, 0x00000145u, 0x0000007au,
    0x000000d0u, 0x000000bau, 0x000500b0u, 0x00000026u, 0x000000c1u, 0x00000147u, 0x00000082u, 0x000400f6u, 0x000000bbu, 0x000000bau,
    0x00000000u, 0x000400fau, 0x000000c1u, 0x000000bau, 0x000000bbu, 0x000200f8u, 0x000000bau, 0x00050080u, 0x0000000cu, 0x000000c4u,
    0x00000065u, 0x00000147u, 0x00060041u, 0x0000008cu, 0x000000c5u, 0x00000088u, 0x0000003fu, 0x000000c4u, 0x0004003du, 0x00000006u,
    0x000000c6u, 0x000000c5u, 0x0004003du, 0x00000006u, 0x000000cbu, 0x000000c5u, 0x0008000cu, 0x00000006u, 0x000000ceu, 0x00000001u,
    0x00000032u, 0x000000c6u, 0x000000cbu, 0x00000148u, 0x00050080u, 0x0000000cu, 0x000000d0u, 0x00000147u, 0x0000000fu, 0x000200f9u,
    0x000000b9u, 0x000200f8u, 0x000000bbu, 0x000400e0u, 0x0000000du, 0x0000000du, 0x0000000eu, 0x00050041u, 0x0000001bu, 0x00000122u,
    0x00000012u, 0x00000077u, 0x0003003eu, 0x00000122u, 0x00000148u, 0x000400e0u, 0x0000000du, 0x0000000du, 0x0000000eu, 0x000200f9u,
    0x00000123u, 0x000200f8u, 0x00000123u, 0x000700f5u, 0x0000000cu, 0x00000149u, 0x0000001fu, 0x000000bbu, 0x0000013cu, 0x0000013au,
    0x000500acu, 0x00000026u, 0x00000126u, 0x00000149u, 0x00000016u, 0x000400f6u, 0x0000013du, 0x0000013au, 0x00000000u, 0x000400fau,
    0x00000126u, 0x00000127u, 0x0000013du, 0x000200f8u, 0x00000127u, 0x000500b0u, 0x00000026u, 0x0000012bu, 0x00000077u, 0x00000149u,
    0x000300f7u, 0x00000139u, 0x00000000u, 0x000400fau, 0x0000012bu, 0x0000012cu, 0x00000139u, 0x000200f8u, 0x0000012cu, 0x00050080u,
    0x0000000cu, 0x00000132u, 0x00000077u, 0x00000149u, 0x00050041u, 0x0000001bu, 0x00000133u, 0x00000012u, 0x00000132u, 0x0004003du,
    0x00000006u, 0x00000134u, 0x00000133u, 0x0004003du, 0x00000006u, 0x00000136u, 0x00000122u, 0x00050081u, 0x00000006u, 0x00000137u,
    0x00000136u, 0x00000134u, 0x0003003eu, 0x00000122u, 0x00000137u, 0x000200f9u, 0x00000139u, 0x000200f8u, 0x00000139u, 0x000400e0u,
    0x0000000du, 0x0000000du, 0x0000000eu, 0x000200f9u, 0x0000013au, 0x000200f8u, 0x0000013au, 0x000500c2u, 0x0000000cu, 0x0000013cu,
    0x00000149u, 0x0000003bu, 0x000200f9u, 0x00000123u, 0x000200f8u, 0x0000013du, 0x00050041u, 0x0000001bu, 0x0000013eu, 0x00000012u,
    0x0000003fu, 0x0004003du, 0x00000006u, 0x0000013fu, 0x0000013eu, 0x000400e0u, 0x0000000du, 0x0000000du, 0x0000000eu, 0x00040070u,
    0x00000006u, 0x000000d8u, 0x00000082u, 0x00050088u, 0x00000006u, 0x000000d9u, 0x0000013fu, 0x000000d8u, 0x00050041u, 0x000000dbu,
    0x000000dcu, 0x00000054u, 0x000000dau, 0x0004003du, 0x00000006u, 0x000000ddu, 0x000000dcu, 0x00050081u, 0x00000006u, 0x000000deu,
    0x000000d9u, 0x000000ddu, 0x0006000cu, 0x00000006u, 0x000000dfu, 0x00000001u, 0x0000001fu, 0x000000deu, 0x00050088u, 0x00000006u,
    0x000000e0u, 0x000000d2u, 0x000000dfu, 0x000200f9u, 0x000000e4u, 0x000200f8u, 0x000000e4u, 0x000700f5u, 0x0000000cu, 0x0000014au,
    0x00000077u, 0x0000013du, 0x00000112u, 0x000000e7u, 0x000500b0u, 0x00000026u, 0x000000ecu, 0x0000014au, 0x00000082u, 0x000400f6u,
    0x000000e6u, 0x000000e7u, 0x00000000u, 0x000400fau, 0x000000ecu, 0x000000e5u, 0x000000e6u, 0x000200f8u, 0x000000e5u, 0x00050080u,
    0x0000000cu, 0x000000f3u, 0x0000006fu, 0x0000014au, 0x00050080u, 0x0000000cu, 0x000000f6u, 0x00000065u, 0x0000014au, 0x00060041u,
    0x0000008cu, 0x000000f7u, 0x00000088u, 0x0000003fu, 0x000000f6u, 0x0004003du, 0x00000006u, 0x000000f8u, 0x000000f7u, 0x00050085u,
    0x00000006u, 0x000000fau, 0x000000f8u, 0x000000e0u, 0x00050041u, 0x00000055u, 0x000000fcu, 0x00000054u, 0x000000fbu, 0x0004003du,
    0x0000000cu, 0x000000fdu, 0x000000fcu, 0x000500abu, 0x00000026u, 0x000000feu, 0x000000fdu, 0x00000016u, 0x000300f7u, 0x00000101u,
    0x00000000u, 0x000400fau, 0x000000feu, 0x00000100u, 0x0000010du, 0x000200f8u, 0x00000100u, 0x00050041u, 0x00000055u, 0x00000107u,
    0x00000054u, 0x00000106u, 0x0004003du, 0x0000000cu, 0x00000108u, 0x00000107u, 0x00050080u, 0x0000000cu, 0x0000010au, 0x00000108u,
    0x0000014au, 0x00060041u, 0x0000008cu, 0x0000010bu, 0x00000105u, 0x0000003fu, 0x0000010au, 0x0004003du, 0x00000006u, 0x0000010cu,
    0x0000010bu, 0x000200f9u, 0x00000101u, 0x000200f8u, 0x0000010du, 0x000200f9u, 0x00000101u, 0x000200f8u, 0x00000101u, 0x000700f5u,
    0x00000006u, 0x0000014bu, 0x0000010cu, 0x00000100u, 0x000000d2u, 0x0000010du, 0x00050085u, 0x00000006u, 0x0000010fu, 0x000000fau,
    0x0000014bu, 0x00060041u, 0x0000008cu, 0x00000110u, 0x000000f0u, 0x0000003fu, 0x000000f3u, 0x0003003eu, 0x00000110u, 0x0000010fu,
    0x000200f9u, 0x000000e7u, 0x000200f8u, 0x000000e7u, 0x00050080u, 0x0000000cu, 0x00000112u, 0x0000014au, 0x0000000fu, 0x000200f9u,
    0x000000e4u, 0x000200f8u, 0x000000e6u, 0x000200f9u, 0x00000115u, 0x000200f8u, 0x00000115u, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvRmsNormSubgroup[1106] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x0000013au, 0x00000000u, 0x00020011u, 0x00000001u, 0x00020011u, 0x0000003du, 0x00020011u,
    0x0000003fu, 0x0006000bu, 0x00000001u, 0x4c534c47u, 0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u,
    0x000a000fu, 0x00000005u, 0x00000004u, 0x6e69616du, 0x00000000u, 0x0000001bu, 0x0000002bu, 0x0000003du, 0x00000040u, 0x0000006cu,
    0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u, 0x00000016u, 0x00000001u, 0x00000000u,
    0x00040047u, 0x0000001bu, 0x0000000bu, 0x00000028u, 0x00040047u, 0x0000002bu, 0x0000000bu, 0x00000026u, 0x00040047u, 0x0000003du,
    0x0000000bu, 0x0000001au, 0x00040047u, 0x00000040u, 0x0000000bu, 0x00000018u, 0x00050048u, 0x00000049u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00050048u, 0x00000049u, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x00000049u, 0x00000002u, 0x00000023u,
    0x00000008u, 0x00050048u, 0x00000049u, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x00000049u, 0x00000004u, 0x00000023u,
    0x00000010u, 0x00050048u, 0x00000049u, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x00000049u, 0x00000006u, 0x00000023u,
    0x00000018u, 0x00050048u, 0x00000049u, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x00000049u, 0x00000008u, 0x00000023u,
    0x00000020u, 0x00030047u, 0x00000049u, 0x00000002u, 0x00040047u, 0x0000006cu, 0x0000000bu, 0x0000001bu, 0x00040047u, 0x0000007cu,
    0x00000006u, 0x00000004u, 0x00040048u, 0x0000007du, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000007du, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x0000007du, 0x00000002u, 0x00040047u, 0x0000007fu, 0x00000022u, 0x00000000u, 0x00040047u, 0x0000007fu,
    0x00000021u, 0x00000000u, 0x00040047u, 0x000000e4u, 0x00000006u, 0x00000004u, 0x00050048u, 0x000000e5u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x000000e5u, 0x00000002u, 0x00040047u, 0x000000e7u, 0x00000022u, 0x00000000u, 0x00040047u, 0x000000e7u,
    0x00000021u, 0x00000002u, 0x00040047u, 0x000000f9u, 0x00000006u, 0x00000004u, 0x00040048u, 0x000000fau, 0x00000000u, 0x00000018u,
    0x00050048u, 0x000000fau, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x000000fau, 0x00000002u, 0x00040047u, 0x000000fcu,
    0x00000022u, 0x00000000u, 0x00040047u, 0x000000fcu, 0x00000021u, 0x00000001u, 0x00040047u, 0x0000010au, 0x00000001u, 0x00000000u,
    0x00040047u, 0x0000010bu, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u,
    0x00000006u, 0x00000020u, 0x00040015u, 0x0000000du, 0x00000020u, 0x00000000u, 0x0004002bu, 0x0000000du, 0x0000000eu, 0x00000003u,
    0x0004002bu, 0x0000000du, 0x00000010u, 0x00000002u, 0x0004002bu, 0x0000000du, 0x00000011u, 0x00000108u, 0x00020014u, 0x00000012u,
    0x00040032u, 0x0000000du, 0x00000016u, 0x00000040u, 0x0004001cu, 0x00000017u, 0x00000006u, 0x00000016u, 0x00040020u, 0x00000018u,
    0x00000004u, 0x00000017u, 0x0004003bu, 0x00000018u, 0x00000019u, 0x00000004u, 0x00040020u, 0x0000001au, 0x00000001u, 0x0000000du,
    0x0004003bu, 0x0000001au, 0x0000001bu, 0x00000001u, 0x00040020u, 0x0000001eu, 0x00000004u, 0x00000006u, 0x0004002bu, 0x00000006u,
    0x00000021u, 0x00000000u, 0x0004002bu, 0x0000000du, 0x00000024u, 0x00000000u, 0x0004003bu, 0x0000001au, 0x0000002bu, 0x00000001u,
    0x00040015u, 0x00000034u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x00000034u, 0x00000035u, 0x00000001u, 0x00040017u, 0x0000003bu,
    0x0000000du, 0x00000003u, 0x00040020u, 0x0000003cu, 0x00000001u, 0x0000003bu, 0x0004003bu, 0x0000003cu, 0x0000003du, 0x00000001u,
    0x0004003bu, 0x0000003cu, 0x00000040u, 0x00000001u, 0x0004002bu, 0x0000000du, 0x00000043u, 0x00000001u, 0x000b001eu, 0x00000049u,
    0x0000000du, 0x0000000du, 0x0000000du, 0x0000000du, 0x0000000du, 0x0000000du, 0x0000000du, 0x0000000du, 0x00000006u, 0x00040020u,
    0x0000004au, 0x00000009u, 0x00000049u, 0x0004003bu, 0x0000004au, 0x0000004bu, 0x00000009u, 0x00040020u, 0x0000004cu, 0x00000009u,
    0x0000000du, 0x0004002bu, 0x00000034u, 0x00000054u, 0x00000002u, 0x0004002bu, 0x00000034u, 0x00000058u, 0x00000003u, 0x0004002bu,
    0x00000034u, 0x0000005eu, 0x00000004u, 0x0004002bu, 0x00000034u, 0x00000062u, 0x00000005u, 0x00040017u, 0x00000067u, 0x00000006u,
    0x00000004u, 0x0007002cu, 0x00000067u, 0x0000006au, 0x00000021u, 0x00000021u, 0x00000021u, 0x00000021u, 0x0004003bu, 0x0000003cu,
    0x0000006cu, 0x00000001u, 0x00060034u, 0x0000000du, 0x00000075u, 0x00000084u, 0x0000000eu, 0x00000016u, 0x0004002bu, 0x00000034u,
    0x00000077u, 0x00000000u, 0x0003001du, 0x0000007cu, 0x00000006u, 0x0003001eu, 0x0000007du, 0x0000007cu, 0x00040020u, 0x0000007eu,
    0x0000000cu, 0x0000007du, 0x0004003bu, 0x0000007eu, 0x0000007fu, 0x0000000cu, 0x00040020u, 0x00000083u, 0x0000000cu, 0x00000006u,
    0x00060034u, 0x0000000du, 0x0000008fu, 0x00000084u, 0x00000010u, 0x00000016u, 0x00060034u, 0x0000000du, 0x00000096u, 0x00000084u,
    0x0000000eu, 0x00000016u, 0x0004002bu, 0x0000000du, 0x000000a0u, 0x00000004u, 0x00060034u, 0x0000000du, 0x000000a1u, 0x00000084u,
    0x000000a0u, 0x00000016u, 0x0004002bu, 0x00000006u, 0x000000c9u, 0x3f800000u, 0x0004002bu, 0x00000034u, 0x000000d1u, 0x00000008u,
    0x00040020u, 0x000000d2u, 0x00000009u, 0x00000006u, 0x0003001du, 0x000000e4u, 0x00000006u, 0x0003001eu, 0x000000e5u, 0x000000e4u,
    0x00040020u, 0x000000e6u, 0x0000000cu, 0x000000e5u, 0x0004003bu, 0x000000e6u, 0x000000e7u, 0x0000000cu, 0x0004002bu, 0x00000034u,
    0x000000f2u, 0x00000007u, 0x0003001du, 0x000000f9u, 0x00000006u, 0x0003001eu, 0x000000fau, 0x000000f9u, 0x00040020u, 0x000000fbu,
    0x0000000cu, 0x000000fau, 0x0004003bu, 0x000000fbu, 0x000000fcu, 0x0000000cu, 0x0004002bu, 0x00000034u, 0x000000fdu, 0x00000006u,
    0x00040032u, 0x0000000du, 0x0000010au, 0x00000001u, 0x00060033u, 0x0000003bu, 0x0000010bu, 0x0000010au, 0x00000043u, 0x00000043u,
    0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x000300f7u, 0x0000010cu, 0x00000000u,
    0x000300fbu, 0x00000024u, 0x0000010du, 0x000200f8u, 0x0000010du, 0x00050041u, 0x0000001au, 0x0000003eu, 0x0000003du, 0x00000024u,
    0x0004003du, 0x0000000du, 0x0000003fu, 0x0000003eu, 0x00050041u, 0x0000001au, 0x00000041u, 0x00000040u, 0x00000024u, 0x0004003du,
    0x0000000du, 0x00000042u, 0x00000041u, 0x00050041u, 0x0000001au, 0x00000044u, 0x0000003du, 0x00000043u, 0x0004003du, 0x0000000du,
    0x00000045u, 0x00000044u, 0x00050084u, 0x0000000du, 0x00000046u, 0x00000042u, 0x00000045u, 0x00050080u, 0x0000000du, 0x00000047u,
    0x0000003fu, 0x00000046u, 0x00050041u, 0x0000004cu, 0x0000004du, 0x0000004bu, 0x00000035u, 0x0004003du, 0x0000000du, 0x0000004eu,
    0x0000004du, 0x000500aeu, 0x00000012u, 0x0000004fu, 0x00000047u, 0x0000004eu, 0x000300f7u, 0x00000051u, 0x00000000u, 0x000400fau,
    0x0000004fu, 0x00000050u, 0x00000051u, 0x000200f8u, 0x00000050u, 0x000200f9u, 0x0000010cu, 0x000200f8u, 0x00000051u, 0x00050041u,
    0x0000004cu, 0x00000055u, 0x0000004bu, 0x00000054u, 0x0004003du, 0x0000000du, 0x00000056u, 0x00000055u, 0x00050041u, 0x0000004cu,
    0x00000059u, 0x0000004bu, 0x00000058u, 0x0004003du, 0x0000000du, 0x0000005au, 0x00000059u, 0x00050084u, 0x0000000du, 0x0000005bu,
    0x00000047u, 0x0000005au, 0x00050080u, 0x0000000du, 0x0000005cu, 0x00000056u, 0x0000005bu, 0x00050041u, 0x0000004cu, 0x0000005fu,
    0x0000004bu, 0x0000005eu, 0x0004003du, 0x0000000du, 0x00000060u, 0x0000005fu, 0x00050041u, 0x0000004cu, 0x00000063u, 0x0000004bu,
    0x00000062u, 0x0004003du, 0x0000000du, 0x00000064u, 0x00000063u, 0x00050084u, 0x0000000du, 0x00000065u, 0x00000047u, 0x00000064u,
    0x00050080u, 0x0000000du, 0x00000066u, 0x00000060u, 0x00000065u, 0x00050041u, 0x0000001au, 0x0000006du, 0x0000006cu, 0x00000024u,
    0x0004003du, 0x0000000du, 0x0000006eu, 0x0000006du, 0x000200f9u, 0x0000006fu, 0x000200f8u, 0x0000006fu, 0x000700f5u, 0x00000067u,
    0x00000133u, 0x0000006au, 0x00000051u, 0x0000009fu, 0x00000070u, 0x000700f5u, 0x0000000du, 0x00000132u, 0x0000006eu, 0x00000051u,
    0x000000a3u, 0x00000070u, 0x00050080u, 0x0000000du, 0x00000076u, 0x00000132u, 0x00000075u, 0x00050041u, 0x0000004cu, 0x00000078u,
    0x0000004bu, 0x00000077u, 0x0004003du, 0x0000000du, 0x00000079u, 0x00000078u, 0x000500b0u, 0x00000012u, 0x0000007au, 0x00000076u,
    0x00000079u, 0x000400f6u, 0x00000071u, 0x00000070u, 0x00000000u, 0x000400fau, 0x0000007au, 0x00000070u, 0x00000071u, 0x000200f8u,
    0x00000070u, 0x00050080u, 0x0000000du, 0x00000082u, 0x0000005cu, 0x00000132u, 0x00060041u, 0x00000083u, 0x00000084u, 0x0000007fu,
    0x00000077u, 0x00000082u, 0x0004003du, 0x00000006u, 0x00000085u, 0x00000084u, 0x00050080u, 0x0000000du, 0x00000089u, 0x00000082u,
    0x00000016u, 0x00060041u, 0x00000083u, 0x0000008au, 0x0000007fu, 0x00000077u, 0x00000089u, 0x0004003du, 0x00000006u, 0x0000008bu,
    0x0000008au, 0x00050080u, 0x0000000du, 0x00000090u, 0x00000082u, 0x0000008fu, 0x00060041u, 0x00000083u, 0x00000091u, 0x0000007fu,
    0x00000077u, 0x00000090u, 0x0004003du, 0x00000006u, 0x00000092u, 0x00000091u, 0x00050080u, 0x0000000du, 0x00000097u, 0x00000082u,
    0x00000096u, 0x00060041u, 0x00000083u, 0x00000098u, 0x0000007fu, 0x00000077u, 0x00000097u, 0x0004003du, 0x00000006u, 0x00000099u,
    0x00000098u, 0x00070050u, 0x00000067u, 0x0000009au, 0x00000085u, 0x0000008bu, 0x00000092u, 0x00000099u, 0x0008000cu, 0x00000067u,
    0x0000009fu, 0x00000001u, 0x00000032u, 0x0000009au, 0x0000009au, 0x00000133u, 0x00050080u, 0x0000000du, 0x000000a3u, 0x00000132u,
    0x000000a1u, 0x000200f9u, 0x0000006fu, 0x000200f8u, 0x00000071u, 0x00050051u, 0x00000006u, 0x000000a6u, 0x00000133u, 0x00000000u,
    0x00050051u, 0x00000006u, 0x000000a8u, 0x00000133u, 0x00000001u, 0x00050081u, 0x00000006u, 0x000000a9u, 0x000000a6u, 0x000000a8u,
    0x00050051u, 0x00000006u, 0x000000abu, 0x00000133u, 0x00000002u, 0x00050081u, 0x00000006u, 0x000000acu, 0x000000a9u, 0x000000abu,
    0x00050051u, 0x00000006u, 0x000000aeu, 0x00000133u, 0x00000003u, 0x00050081u, 0x00000006u, 0x000000afu, 0x000000acu, 0x000000aeu,
    0x000200f9u, 0x000000b0u, 0x000200f8u, 0x000000b0u, 0x000700f5u, 0x00000006u, 0x00000135u, 0x000000afu, 0x00000071u, 0x000000c5u,
    0x000000b1u, 0x000700f5u, 0x0000000du, 0x00000134u, 0x00000132u, 0x00000071u, 0x000000c7u, 0x000000b1u, 0x000500b0u, 0x00000012u,
    0x000000b8u, 0x00000134u, 0x00000079u, 0x000400f6u, 0x000000b2u, 0x000000b1u, 0x00000000u, 0x000400fau, 0x000000b8u, 0x000000b1u,
    0x000000b2u, 0x000200f8u, 0x000000b1u, 0x00050080u, 0x0000000du, 0x000000bbu, 0x0000005cu, 0x00000134u, 0x00060041u, 0x00000083u,
    0x000000bcu, 0x0000007fu, 0x00000077u, 0x000000bbu, 0x0004003du, 0x00000006u, 0x000000bdu, 0x000000bcu, 0x0004003du, 0x00000006u,
    0x000000c2u, 0x000000bcu, 0x0008000cu, 0x00000006u, 0x000000c5u, 0x00000001u, 0x00000032u, 0x000000bdu, 0x000000c2u, 0x00000135u,
    0x00050080u, 0x0000000du, 0x000000c7u, 0x00000134u, 0x00000016u, 0x000200f9u, 0x000000b0u, 0x000200f8u, 0x000000b2u, 0x0006015eu,
    0x00000006u, 0x00000117u, 0x0000000eu, 0x00000000u, 0x00000135u, 0x000400e0u, 0x00000010u, 0x00000010u, 0x00000011u, 0x0004014du,
    0x00000012u, 0x00000118u, 0x0000000eu, 0x000300f7u, 0x0000011du, 0x00000000u, 0x000400fau, 0x00000118u, 0x00000119u, 0x0000011du,
    0x000200f8u, 0x00000119u, 0x0004003du, 0x0000000du, 0x0000011au, 0x0000001bu, 0x00050041u, 0x0000001eu, 0x0000011cu, 0x00000019u,
    0x0000011au, 0x0003003eu, 0x0000011cu, 0x00000117u, 0x000200f9u, 0x0000011du, 0x000200f8u, 0x0000011du, 0x000400e0u, 0x00000010u,
    0x00000010u, 0x00000011u, 0x000200f9u, 0x0000011eu, 0x000200f8u, 0x0000011eu, 0x000700f5u, 0x00000006u, 0x00000137u, 0x00000021u,
    0x0000011du, 0x00000128u, 0x00000123u, 0x000700f5u, 0x0000000du, 0x00000136u, 0x00000024u, 0x0000011du, 0x0000012bu, 0x00000123u,
    0x0004003du, 0x0000000du, 0x00000121u, 0x0000002bu, 0x000500b0u, 0x00000012u, 0x00000122u, 0x00000136u, 0x00000121u, 0x000400f6u,
    0x0000012cu, 0x00000123u, 0x00000000u, 0x000400fau, 0x00000122u, 0x00000123u, 0x0000012cu, 0x000200f8u, 0x00000123u, 0x00050041u,
    0x0000001eu, 0x00000125u, 0x00000019u, 0x00000136u, 0x0004003du, 0x00000006u, 0x00000126u, 0x00000125u, 0x00050081u, 0x00000006u,
    0x00000128u, 0x00000137u, 0x00000126u, 0x00050080u, 0x0000000du, 0x0000012bu, 0x00000136u, 0x00000035u, 0x000200f9u, 0x0000011eu,
    0x000200f8u, 0x0000012cu, 0x000400e0u, 0x00000010u, 0x00000010u, 0x00000011u, 0x00040070u, 0x00000006u, 0x000000cfu, 0x00000079u,
    0x00050088u, 0x00000006u, 0x000000d0u, 0x00000137u, 0x000000cfu, 0x00050041u, 0x000000d2u, 0x000000d3u, 0x0000004bu, 0x000000d1u,
    0x0004003du, 0x00000006u, 0x000000d4u, 0x000000d3u, 0x00050081u, 0x00000006u, 0x000000d5u, 0x000000d0u, 0x000000d4u, 0x0006000cu,
    0x00000006u, 0x000000d6u, 0x00000001u, 0x0000001fu, 0x000000d5u, 0x00050088u, 0x00000006u, 0x000000d7u, 0x000000c9u, 0x000000d6u,
    0x000200f9u, 0x000000dbu, 0x000200f8u, 0x000000dbu, 0x000700f5u, 0x0000000du, 0x00000138u, 0x0000006eu, 0x0000012cu, 0x00000109u,
    0x000000deu, 0x000500b0u, 0x00000012u, 0x000000e3u, 0x00000138u, 0x00000079u, 0x000400f6u, 0x000000ddu, 0x000000deu, 0x00000000u,
    0x000400fau, 0x000000e3u, 0x000000dcu, 0x000000ddu, 0x000200f8u, 0x000000dcu, 0x00050080u, 0x0000000du, 0x000000eau, 0x00000066u,
    0x00000138u, 0x00050080u, 0x0000000du, 0x000000edu, 0x0000005cu, 0x00000138u, 0x00060041u, 0x00000083u, 0x000000eeu, 0x0000007fu,
    0x00000077u, 0x000000edu, 0x0004003du, 0x00000006u, 0x000000efu, 0x000000eeu, 0x00050085u, 0x00000006u, 0x000000f1u, 0x000000efu,
    0x000000d7u, 0x00050041u, 0x0000004cu, 0x000000f3u, 0x0000004bu, 0x000000f2u, 0x0004003du, 0x0000000du, 0x000000f4u, 0x000000f3u,
    0x000500abu, 0x00000012u, 0x000000f5u, 0x000000f4u, 0x00000024u, 0x000300f7u, 0x000000f8u, 0x00000000u, 0x000400fau, 0x000000f5u,
    0x000000f7u, 0x00000104u, 0x000200f8u, 0x000000f7u, 0x00050041u, 0x0000004cu, 0x000000feu, 0x0000004bu, 0x000000fdu, 0x0004003du,
    0x0000000du, 0x000000ffu, 0x000000feu, 0x00050080u, 0x0000000du, 0x00000101u, 0x000000ffu, 0x00000138u, 0x00060041u, 0x00000083u,
    0x00000102u, 0x000000fcu, 0x00000077u, 0x00000101u, 0x0004003du, 0x00000006u, 0x00000103u, 0x00000102u, 0x000200f9u, 0x000000f8u,
    0x000200f8u, 0x00000104u, 0x000200f9u, 0x000000f8u, 0x000200f8u, 0x000000f8u, 0x000700f5u, 0x00000006u, 0x00000139u, 0x00000103u,
    0x000000f7u, 0x000000c9u, 0x00000104u, 0x00050085u, 0x00000006u, 0x00000106u, 0x000000f1u, 0x00000139u, 0x00060041u, 0x00000083u,
    0x00000107u, 0x000000e7u, 0x00000077u, 0x000000eau, 0x0003003eu, 0x00000107u, 0x00000106u, 0x000200f9u, 0x000000deu, 0x000200f8u,
    0x000000deu, 0x00050080u, 0x0000000du, 0x00000109u, 0x00000138u, 0x00000016u, 0x000200f9u, 0x000000dbu, 0x000200f8u, 0x000000ddu,
    0x000200f9u, 0x0000010cu, 0x000200f8u, 0x0000010cu, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvRope[705] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x000000c7u, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000016u, 0x0000001bu, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00050048u,
    0x00000009u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00050048u, 0x00000009u, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u,
    0x00000009u, 0x00000002u, 0x00000023u, 0x00000008u, 0x00050048u, 0x00000009u, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u,
    0x00000009u, 0x00000004u, 0x00000023u, 0x00000010u, 0x00050048u, 0x00000009u, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u,
    0x00000009u, 0x00000006u, 0x00000023u, 0x00000018u, 0x00050048u, 0x00000009u, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u,
    0x00000009u, 0x00000008u, 0x00000023u, 0x00000020u, 0x00030047u, 0x00000009u, 0x00000002u, 0x00040047u, 0x00000016u, 0x0000000bu,
    0x0000001cu, 0x00040047u, 0x0000001bu, 0x0000000bu, 0x00000018u, 0x00040047u, 0x0000001eu, 0x00000001u, 0x00000000u, 0x00040047u,
    0x0000004cu, 0x00000006u, 0x00000008u, 0x00040048u, 0x0000004du, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000004du, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00030047u, 0x0000004du, 0x00000002u, 0x00040047u, 0x0000004fu, 0x00000022u, 0x00000000u, 0x00040047u,
    0x0000004fu, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000093u, 0x00000006u, 0x00000004u, 0x00050048u, 0x00000094u, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00030047u, 0x00000094u, 0x00000002u, 0x00040047u, 0x00000096u, 0x00000022u, 0x00000000u, 0x00040047u,
    0x00000096u, 0x00000021u, 0x00000000u, 0x00040047u, 0x000000b5u, 0x00000001u, 0x00000000u, 0x00040047u, 0x000000b6u, 0x0000000bu,
    0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00040015u, 0x00000006u, 0x00000020u, 0x00000000u,
    0x000b001eu, 0x00000009u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u,
    0x00000006u, 0x00040020u, 0x0000000au, 0x00000009u, 0x00000009u, 0x0004003bu, 0x0000000au, 0x0000000bu, 0x00000009u, 0x00040015u,
    0x0000000cu, 0x00000020u, 0x00000001u, 0x0004002bu, 0x0000000cu, 0x0000000du, 0x00000003u, 0x00040020u, 0x0000000eu, 0x00000009u,
    0x00000006u, 0x0004002bu, 0x00000006u, 0x00000011u, 0x00000002u, 0x00040017u, 0x00000014u, 0x00000006u, 0x00000003u, 0x00040020u,
    0x00000015u, 0x00000001u, 0x00000014u, 0x0004003bu, 0x00000015u, 0x00000016u, 0x00000001u, 0x0004002bu, 0x00000006u, 0x00000017u,
    0x00000000u, 0x00040020u, 0x00000018u, 0x00000001u, 0x00000006u, 0x0004003bu, 0x00000015u, 0x0000001bu, 0x00000001u, 0x00040032u,
    0x00000006u, 0x0000001eu, 0x00000040u, 0x0004002bu, 0x00000006u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x0000000cu, 0x00000026u,
    0x00000000u, 0x0004002bu, 0x0000000cu, 0x00000029u, 0x00000001u, 0x00020014u, 0x00000031u, 0x00030016u, 0x00000048u, 0x00000020u,
    0x00040017u, 0x00000049u, 0x00000048u, 0x00000002u, 0x0003001du, 0x0000004cu, 0x00000049u, 0x0003001eu, 0x0000004du, 0x0000004cu,
    0x00040020u, 0x0000004eu, 0x0000000cu, 0x0000004du, 0x0004003bu, 0x0000004eu, 0x0000004fu, 0x0000000cu, 0x0004002bu, 0x0000000cu,
    0x00000050u, 0x00000008u, 0x0004002bu, 0x0000000cu, 0x00000053u, 0x00000006u, 0x00040020u, 0x0000005du, 0x0000000cu, 0x00000049u,
    0x0004002bu, 0x0000000cu, 0x00000061u, 0x00000004u, 0x0004002bu, 0x0000000cu, 0x00000065u, 0x00000005u, 0x0004002bu, 0x0000000cu,
    0x0000006bu, 0x00000002u, 0x0004002bu, 0x0000000cu, 0x00000071u, 0x00000007u, 0x0003001du, 0x00000093u, 0x00000048u, 0x0003001eu,
    0x00000094u, 0x00000093u, 0x00040020u, 0x00000095u, 0x0000000cu, 0x00000094u, 0x0004003bu, 0x00000095u, 0x00000096u, 0x0000000cu,
    0x00040020u, 0x00000098u, 0x0000000cu, 0x00000048u, 0x00040032u, 0x00000006u, 0x000000b5u, 0x00000001u, 0x00060033u, 0x00000014u,
    0x000000b6u, 0x000000b5u, 0x00000020u, 0x00000020u, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u,
    0x00000005u, 0x000300f7u, 0x000000bau, 0x00000000u, 0x000300fbu, 0x00000017u, 0x000000bbu, 0x000200f8u, 0x000000bbu, 0x00050041u,
    0x0000000eu, 0x0000000fu, 0x0000000bu, 0x0000000du, 0x0004003du, 0x00000006u, 0x00000010u, 0x0000000fu, 0x00050086u, 0x00000006u,
    0x00000012u, 0x00000010u, 0x00000011u, 0x00050041u, 0x00000018u, 0x00000019u, 0x00000016u, 0x00000017u, 0x0004003du, 0x00000006u,
    0x0000001au, 0x00000019u, 0x00050041u, 0x00000018u, 0x0000001cu, 0x0000001bu, 0x00000017u, 0x0004003du, 0x00000006u, 0x0000001du,
    0x0000001cu, 0x00050084u, 0x00000006u, 0x0000001fu, 0x0000001du, 0x0000001eu, 0x00050041u, 0x00000018u, 0x00000021u, 0x00000016u,
    0x00000020u, 0x0004003du, 0x00000006u, 0x00000022u, 0x00000021u, 0x00050084u, 0x00000006u, 0x00000023u, 0x0000001fu, 0x00000022u,
    0x00050080u, 0x00000006u, 0x00000024u, 0x0000001au, 0x00000023u, 0x00050041u, 0x0000000eu, 0x00000027u, 0x0000000bu, 0x00000026u,
    0x0004003du, 0x00000006u, 0x00000028u, 0x00000027u, 0x00050041u, 0x0000000eu, 0x0000002au, 0x0000000bu, 0x00000029u, 0x0004003du,
    0x00000006u, 0x0000002bu, 0x0000002au, 0x00050084u, 0x00000006u, 0x0000002cu, 0x00000028u, 0x0000002bu, 0x00050084u, 0x00000006u,
    0x0000002eu, 0x0000002cu, 0x00000012u, 0x000500aeu, 0x00000031u, 0x00000032u, 0x00000024u, 0x0000002eu, 0x000300f7u, 0x00000034u,
    0x00000000u, 0x000400fau, 0x00000032u, 0x00000033u, 0x00000034u, 0x000200f8u, 0x00000033u, 0x000200f9u, 0x000000bau, 0x000200f8u,
    0x00000034u, 0x00050089u, 0x00000006u, 0x00000039u, 0x00000024u, 0x00000012u, 0x00050086u, 0x00000006u, 0x0000003du, 0x00000024u,
    0x00000012u, 0x00050089u, 0x00000006u, 0x00000040u, 0x0000003du, 0x0000002bu, 0x00050084u, 0x00000006u, 0x00000046u, 0x00000012u,
    0x0000002bu, 0x00050086u, 0x00000006u, 0x00000047u, 0x00000024u, 0x00000046u, 0x00050041u, 0x0000000eu, 0x00000051u, 0x0000000bu,
    0x00000050u, 0x0004003du, 0x00000006u, 0x00000052u, 0x00000051u, 0x00050041u, 0x0000000eu, 0x00000054u, 0x0000000bu, 0x00000053u,
    0x0004003du, 0x00000006u, 0x00000055u, 0x00000054u, 0x00050080u, 0x00000006u, 0x00000057u, 0x00000055u, 0x00000047u, 0x00050084u,
    0x00000006u, 0x00000059u, 0x00000057u, 0x00000012u, 0x00050080u, 0x00000006u, 0x0000005au, 0x00000052u, 0x00000059u, 0x00050080u,
    0x00000006u, 0x0000005cu, 0x0000005au, 0x00000039u, 0x00060041u, 0x0000005du, 0x0000005eu, 0x0000004fu, 0x00000026u, 0x0000005cu,
    0x0004003du, 0x00000049u, 0x0000005fu, 0x0000005eu, 0x00050041u, 0x0000000eu, 0x00000062u, 0x0000000bu, 0x00000061u, 0x0004003du,
    0x00000006u, 0x00000063u, 0x00000062u, 0x00050041u, 0x0000000eu, 0x00000066u, 0x0000000bu, 0x00000065u, 0x0004003du, 0x00000006u,
    0x00000067u, 0x00000066u, 0x00050084u, 0x00000006u, 0x00000068u, 0x00000047u, 0x00000067u, 0x00050080u, 0x00000006u, 0x00000069u,
    0x00000063u, 0x00000068u, 0x00050041u, 0x0000000eu, 0x0000006cu, 0x0000000bu, 0x0000006bu, 0x0004003du, 0x00000006u, 0x0000006du,
    0x0000006cu, 0x00050084u, 0x00000006u, 0x0000006eu, 0x00000040u, 0x0000006du, 0x00050080u, 0x00000006u, 0x0000006fu, 0x00000069u,
    0x0000006eu, 0x00050041u, 0x0000000eu, 0x00000072u, 0x0000000bu, 0x00000071u, 0x0004003du, 0x00000006u, 0x00000073u, 0x00000072u,
    0x000500abu, 0x00000031u, 0x00000074u, 0x00000073u, 0x00000017u, 0x000300f7u, 0x00000077u, 0x00000000u, 0x000400fau, 0x00000074u,
    0x00000076u, 0x0000007bu, 0x000200f8u, 0x00000076u, 0x00050080u, 0x00000006u, 0x0000007au, 0x0000006fu, 0x00000039u, 0x000200f9u,
    0x00000077u, 0x000200f8u, 0x0000007bu, 0x00050084u, 0x00000006u, 0x0000007eu, 0x00000011u, 0x00000039u, 0x00050080u, 0x00000006u,
    0x0000007fu, 0x0000006fu, 0x0000007eu, 0x000200f9u, 0x00000077u, 0x000200f8u, 0x00000077u, 0x000700f5u, 0x00000006u, 0x000000c4u,
    0x0000007au, 0x00000076u, 0x0000007fu, 0x0000007bu, 0x000300f7u, 0x00000087u, 0x00000000u, 0x000400fau, 0x00000074u, 0x00000086u,
    0x0000008du, 0x000200f8u, 0x00000086u, 0x00050080u, 0x00000006u, 0x0000008au, 0x0000006fu, 0x00000039u, 0x00050080u, 0x00000006u,
    0x0000008cu, 0x0000008au, 0x00000012u, 0x000200f9u, 0x00000087u, 0x000200f8u, 0x0000008du, 0x00050080u, 0x00000006u, 0x0000008fu,
    0x000000c4u, 0x00000020u, 0x000200f9u, 0x00000087u, 0x000200f8u, 0x00000087u, 0x000700f5u, 0x00000006u, 0x000000c5u, 0x0000008cu,
    0x00000086u, 0x0000008fu, 0x0000008du, 0x00060041u, 0x00000098u, 0x00000099u, 0x00000096u, 0x00000026u, 0x000000c4u, 0x0004003du,
    0x00000048u, 0x0000009au, 0x00000099u, 0x00060041u, 0x00000098u, 0x0000009du, 0x00000096u, 0x00000026u, 0x000000c5u, 0x0004003du,
    0x00000048u, 0x0000009eu, 0x0000009du, 0x00050051u, 0x00000048u, 0x000000a2u, 0x0000005fu, 0x00000000u, 0x00050051u, 0x00000048u,
    0x000000a6u, 0x0000005fu, 0x00000001u, 0x00050085u, 0x00000048u, 0x000000a7u, 0x0000009eu, 0x000000a6u, 0x0004007fu, 0x00000048u,
    0x000000c6u, 0x000000a7u, 0x0008000cu, 0x00000048u, 0x000000a8u, 0x00000001u, 0x00000032u, 0x0000009au, 0x000000a2u, 0x000000c6u,
    0x0003003eu, 0x00000099u, 0x000000a8u, 0x00050085u, 0x00000048u, 0x000000b2u, 0x0000009eu, 0x000000a2u, 0x0008000cu, 0x00000048u,
    0x000000b3u, 0x00000001u, 0x00000032u, 0x0000009au, 0x000000a6u, 0x000000b2u, 0x0003003eu, 0x0000009du, 0x000000b3u, 0x000200f9u,
    0x000000bau, 0x000200f8u, 0x000000bau, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvEltwise[872] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x000000e7u, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000024u, 0x00000029u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u,
    0x00000024u, 0x0000000bu, 0x0000001cu, 0x00040047u, 0x00000029u, 0x0000000bu, 0x00000018u, 0x00040047u, 0x0000002cu, 0x00000001u,
    0x00000000u, 0x00050048u, 0x00000034u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00050048u, 0x00000034u, 0x00000001u, 0x00000023u,
    0x00000004u, 0x00050048u, 0x00000034u, 0x00000002u, 0x00000023u, 0x00000008u, 0x00050048u, 0x00000034u, 0x00000003u, 0x00000023u,
    0x0000000cu, 0x00050048u, 0x00000034u, 0x00000004u, 0x00000023u, 0x00000010u, 0x00050048u, 0x00000034u, 0x00000005u, 0x00000023u,
    0x00000014u, 0x00050048u, 0x00000034u, 0x00000006u, 0x00000023u, 0x00000018u, 0x00050048u, 0x00000034u, 0x00000007u, 0x00000023u,
    0x0000001cu, 0x00050048u, 0x00000034u, 0x00000008u, 0x00000023u, 0x00000020u, 0x00050048u, 0x00000034u, 0x00000009u, 0x00000023u,
    0x00000024u, 0x00030047u, 0x00000034u, 0x00000002u, 0x00040047u, 0x00000050u, 0x00000006u, 0x00000004u, 0x00040048u, 0x00000051u,
    0x00000000u, 0x00000018u, 0x00050048u, 0x00000051u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x00000051u, 0x00000002u,
    0x00040047u, 0x00000053u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000053u, 0x00000021u, 0x00000000u, 0x00040047u, 0x00000070u,
    0x00000006u, 0x00000004u, 0x00040048u, 0x00000071u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000071u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x00000071u, 0x00000002u, 0x00040047u, 0x00000073u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000073u,
    0x00000021u, 0x00000001u, 0x00040047u, 0x000000b7u, 0x00000006u, 0x00000004u, 0x00050048u, 0x000000b8u, 0x00000000u, 0x00000023u,
    0x00000000u, 0x00030047u, 0x000000b8u, 0x00000002u, 0x00040047u, 0x000000bau, 0x00000022u, 0x00000000u, 0x00040047u, 0x000000bau,
    0x00000021u, 0x00000002u, 0x00040047u, 0x000000c8u, 0x00000001u, 0x00000000u, 0x00040047u, 0x000000c9u, 0x0000000bu, 0x00000019u,
    0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u, 0x00000006u, 0x00000020u, 0x0004002bu, 0x00000006u,
    0x0000000cu, 0x3f000000u, 0x0004002bu, 0x00000006u, 0x0000000fu, 0x3f800000u, 0x0004002bu, 0x00000006u, 0x00000010u, 0x3f4c422au,
    0x0004002bu, 0x00000006u, 0x00000013u, 0x3d372713u, 0x00040015u, 0x0000001fu, 0x00000020u, 0x00000000u, 0x00040017u, 0x00000022u,
    0x0000001fu, 0x00000003u, 0x00040020u, 0x00000023u, 0x00000001u, 0x00000022u, 0x0004003bu, 0x00000023u, 0x00000024u, 0x00000001u,
    0x0004002bu, 0x0000001fu, 0x00000025u, 0x00000000u, 0x00040020u, 0x00000026u, 0x00000001u, 0x0000001fu, 0x0004003bu, 0x00000023u,
    0x00000029u, 0x00000001u, 0x00040032u, 0x0000001fu, 0x0000002cu, 0x00000040u, 0x0004002bu, 0x0000001fu, 0x0000002eu, 0x00000001u,
    0x000c001eu, 0x00000034u, 0x0000001fu, 0x0000001fu, 0x0000001fu, 0x0000001fu, 0x0000001fu, 0x0000001fu, 0x0000001fu, 0x0000001fu,
    0x0000001fu, 0x00000006u, 0x00040020u, 0x00000035u, 0x00000009u, 0x00000034u, 0x0004003bu, 0x00000035u, 0x00000036u, 0x00000009u,
    0x00040015u, 0x00000037u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x00000037u, 0x00000038u, 0x00000001u, 0x00040020u, 0x00000039u,
    0x00000009u, 0x0000001fu, 0x0004002bu, 0x00000037u, 0x0000003cu, 0x00000002u, 0x00020014u, 0x00000040u, 0x0003001du, 0x00000050u,
    0x00000006u, 0x0003001eu, 0x00000051u, 0x00000050u, 0x00040020u, 0x00000052u, 0x0000000cu, 0x00000051u, 0x0004003bu, 0x00000052u,
    0x00000053u, 0x0000000cu, 0x0004002bu, 0x00000037u, 0x00000054u, 0x00000000u, 0x0004002bu, 0x00000037u, 0x00000055u, 0x00000003u,
    0x0004002bu, 0x00000037u, 0x00000059u, 0x00000004u, 0x00040020u, 0x00000060u, 0x0000000cu, 0x00000006u, 0x0003001du, 0x00000070u,
    0x00000006u, 0x0003001eu, 0x00000071u, 0x00000070u, 0x00040020u, 0x00000072u, 0x0000000cu, 0x00000071u, 0x0004003bu, 0x00000072u,
    0x00000073u, 0x0000000cu, 0x0004002bu, 0x00000037u, 0x00000074u, 0x00000005u, 0x0004002bu, 0x00000037u, 0x00000078u, 0x00000006u,
    0x0004002bu, 0x00000037u, 0x00000084u, 0x00000009u, 0x00040020u, 0x00000085u, 0x00000009u, 0x00000006u, 0x0003001du, 0x000000b7u,
    0x00000006u, 0x0003001eu, 0x000000b8u, 0x000000b7u, 0x00040020u, 0x000000b9u, 0x0000000cu, 0x000000b8u, 0x0004003bu, 0x000000b9u,
    0x000000bau, 0x0000000cu, 0x0004002bu, 0x00000037u, 0x000000bbu, 0x00000007u, 0x0004002bu, 0x00000037u, 0x000000bfu, 0x00000008u,
    0x00040032u, 0x0000001fu, 0x000000c8u, 0x00000001u, 0x00060033u, 0x00000022u, 0x000000c9u, 0x000000c8u, 0x0000002eu, 0x0000002eu,
    0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x000300f7u, 0x000000d1u, 0x00000000u,
    0x000300fbu, 0x00000025u, 0x000000d2u, 0x000200f8u, 0x000000d2u, 0x00050041u, 0x00000026u, 0x00000027u, 0x00000024u, 0x00000025u,
    0x0004003du, 0x0000001fu, 0x00000028u, 0x00000027u, 0x00050041u, 0x00000026u, 0x0000002au, 0x00000029u, 0x00000025u, 0x0004003du,
    0x0000001fu, 0x0000002bu, 0x0000002au, 0x00050084u, 0x0000001fu, 0x0000002du, 0x0000002bu, 0x0000002cu, 0x00050041u, 0x00000026u,
    0x0000002fu, 0x00000024u, 0x0000002eu, 0x0004003du, 0x0000001fu, 0x00000030u, 0x0000002fu, 0x00050084u, 0x0000001fu, 0x00000031u,
    0x0000002du, 0x00000030u, 0x00050080u, 0x0000001fu, 0x00000032u, 0x00000028u, 0x00000031u, 0x00050041u, 0x00000039u, 0x0000003au,
    0x00000036u, 0x00000038u, 0x0004003du, 0x0000001fu, 0x0000003bu, 0x0000003au, 0x00050041u, 0x00000039u, 0x0000003du, 0x00000036u,
    0x0000003cu, 0x0004003du, 0x0000001fu, 0x0000003eu, 0x0000003du, 0x00050084u, 0x0000001fu, 0x0000003fu, 0x0000003bu, 0x0000003eu,
    0x000500aeu, 0x00000040u, 0x00000041u, 0x00000032u, 0x0000003fu, 0x000300f7u, 0x00000043u, 0x00000000u, 0x000400fau, 0x00000041u,
    0x00000042u, 0x00000043u, 0x000200f8u, 0x00000042u, 0x000200f9u, 0x000000d1u, 0x000200f8u, 0x00000043u, 0x00050086u, 0x0000001fu,
    0x00000049u, 0x00000032u, 0x0000003eu, 0x00050089u, 0x0000001fu, 0x0000004eu, 0x00000032u, 0x0000003eu, 0x00050041u, 0x00000039u,
    0x00000056u, 0x00000036u, 0x00000055u, 0x0004003du, 0x0000001fu, 0x00000057u, 0x00000056u, 0x00050041u, 0x00000039u, 0x0000005au,
    0x00000036u, 0x00000059u, 0x0004003du, 0x0000001fu, 0x0000005bu, 0x0000005au, 0x00050084u, 0x0000001fu, 0x0000005cu, 0x00000049u,
    0x0000005bu, 0x00050080u, 0x0000001fu, 0x0000005du, 0x00000057u, 0x0000005cu, 0x00050080u, 0x0000001fu, 0x0000005fu, 0x0000005du,
    0x0000004eu, 0x00060041u, 0x00000060u, 0x00000061u, 0x00000053u, 0x00000054u, 0x0000005fu, 0x0004003du, 0x00000006u, 0x00000062u,
    0x00000061u, 0x00050041u, 0x00000039u, 0x00000063u, 0x00000036u, 0x00000054u, 0x0004003du, 0x0000001fu, 0x00000064u, 0x00000063u,
    0x000300f7u, 0x0000006bu, 0x00000000u, 0x000d00fbu, 0x00000064u, 0x0000006au, 0x00000000u, 0x00000065u, 0x00000001u, 0x00000066u,
    0x00000002u, 0x00000067u, 0x00000003u, 0x00000068u, 0x00000004u, 0x00000069u, 0x000200f8u, 0x0000006au, 0x00050041u, 0x00000085u,
    0x000000adu, 0x00000036u, 0x00000084u, 0x0004003du, 0x00000006u, 0x000000aeu, 0x000000adu, 0x00050088u, 0x00000006u, 0x000000b2u,
    0x00000062u, 0x000000aeu, 0x0006000cu, 0x00000006u, 0x000000b3u, 0x00000001u, 0x00000015u, 0x000000b2u, 0x00050085u, 0x00000006u,
    0x000000b4u, 0x000000aeu, 0x000000b3u, 0x000200f9u, 0x0000006bu, 0x000200f8u, 0x00000065u, 0x000200f9u, 0x0000006bu, 0x000200f8u,
    0x00000066u, 0x00050041u, 0x00000039u, 0x00000075u, 0x00000036u, 0x00000074u, 0x0004003du, 0x0000001fu, 0x00000076u, 0x00000075u,
    0x00050041u, 0x00000039u, 0x00000079u, 0x00000036u, 0x00000078u, 0x0004003du, 0x0000001fu, 0x0000007au, 0x00000079u, 0x00050084u,
    0x0000001fu, 0x0000007bu, 0x00000049u, 0x0000007au, 0x00050080u, 0x0000001fu, 0x0000007cu, 0x00000076u, 0x0000007bu, 0x00050080u,
    0x0000001fu, 0x0000007eu, 0x0000007cu, 0x0000004eu, 0x00060041u, 0x00000060u, 0x0000007fu, 0x00000073u, 0x00000054u, 0x0000007eu,
    0x0004003du, 0x00000006u, 0x00000080u, 0x0000007fu, 0x00050081u, 0x00000006u, 0x00000081u, 0x00000062u, 0x00000080u, 0x000200f9u,
    0x0000006bu, 0x000200f8u, 0x00000067u, 0x00050041u, 0x00000085u, 0x00000086u, 0x00000036u, 0x00000084u, 0x0004003du, 0x00000006u,
    0x00000087u, 0x00000086u, 0x00050085u, 0x00000006u, 0x00000088u, 0x00000062u, 0x00000087u, 0x000200f9u, 0x0000006bu, 0x000200f8u,
    0x00000068u, 0x0004007fu, 0x00000006u, 0x0000008cu, 0x00000062u, 0x0006000cu, 0x00000006u, 0x0000008du, 0x00000001u, 0x0000001bu,
    0x0000008cu, 0x00050081u, 0x00000006u, 0x0000008eu, 0x0000000fu, 0x0000008du, 0x00050088u, 0x00000006u, 0x0000008fu, 0x00000062u,
    0x0000008eu, 0x00050041u, 0x00000039u, 0x00000090u, 0x00000036u, 0x00000074u, 0x0004003du, 0x0000001fu, 0x00000091u, 0x00000090u,
    0x00050041u, 0x00000039u, 0x00000093u, 0x00000036u, 0x00000078u, 0x0004003du, 0x0000001fu, 0x00000094u, 0x00000093u, 0x00050084u,
    0x0000001fu, 0x00000095u, 0x00000049u, 0x00000094u, 0x00050080u, 0x0000001fu, 0x00000096u, 0x00000091u, 0x00000095u, 0x00050080u,
    0x0000001fu, 0x00000098u, 0x00000096u, 0x0000004eu, 0x00060041u, 0x00000060u, 0x00000099u, 0x00000073u, 0x00000054u, 0x00000098u,
    0x0004003du, 0x00000006u, 0x0000009au, 0x00000099u, 0x00050085u, 0x00000006u, 0x0000009bu, 0x0000008fu, 0x0000009au, 0x000200f9u,
    0x0000006bu, 0x000200f8u, 0x00000069u, 0x00050085u, 0x00000006u, 0x000000dau, 0x0000000cu, 0x00000062u, 0x00050085u, 0x00000006u,
    0x000000dcu, 0x00000010u, 0x00000062u, 0x00050085u, 0x00000006u, 0x000000deu, 0x00000013u, 0x00000062u, 0x0008000cu, 0x00000006u,
    0x000000e1u, 0x00000001u, 0x00000032u, 0x000000deu, 0x00000062u, 0x0000000fu, 0x00050085u, 0x00000006u, 0x000000e2u, 0x000000dcu,
    0x000000e1u, 0x0006000cu, 0x00000006u, 0x000000e3u, 0x00000001u, 0x00000015u, 0x000000e2u, 0x00050081u, 0x00000006u, 0x000000e4u,
    0x0000000fu, 0x000000e3u, 0x00050085u, 0x00000006u, 0x000000e5u, 0x000000dau, 0x000000e4u, 0x00050041u, 0x00000039u, 0x000000a0u,
    0x00000036u, 0x00000074u, 0x0004003du, 0x0000001fu, 0x000000a1u, 0x000000a0u, 0x00050041u, 0x00000039u, 0x000000a3u, 0x00000036u,
    0x00000078u, 0x0004003du, 0x0000001fu, 0x000000a4u, 0x000000a3u, 0x00050084u, 0x0000001fu, 0x000000a5u, 0x00000049u, 0x000000a4u,
    0x00050080u, 0x0000001fu, 0x000000a6u, 0x000000a1u, 0x000000a5u, 0x00050080u, 0x0000001fu, 0x000000a8u, 0x000000a6u, 0x0000004eu,
    0x00060041u, 0x00000060u, 0x000000a9u, 0x00000073u, 0x00000054u, 0x000000a8u, 0x0004003du, 0x00000006u, 0x000000aau, 0x000000a9u,
    0x00050085u, 0x00000006u, 0x000000abu, 0x000000e5u, 0x000000aau, 0x000200f9u, 0x0000006bu, 0x000200f8u, 0x0000006bu, 0x000f00f5u,
    0x00000006u, 0x000000e6u, 0x000000b4u, 0x0000006au, 0x00000062u, 0x00000065u, 0x00000081u, 0x00000066u, 0x00000088u, 0x00000067u,
    0x0000009bu, 0x00000068u, 0x000000abu, 0x00000069u, 0x00050041u, 0x00000039u, 0x000000bcu, 0x00000036u, 0x000000bbu, 0x0004003du,
    0x0000001fu, 0x000000bdu, 0x000000bcu, 0x00050041u, 0x00000039u, 0x000000c0u, 0x00000036u, 0x000000bfu, 0x0004003du, 0x0000001fu,
    0x000000c1u, 0x000000c0u, 0x00050084u, 0x0000001fu, 0x000000c2u, 0x00000049u, 0x000000c1u, 0x00050080u, 0x0000001fu, 0x000000c3u,
    0x000000bdu, 0x000000c2u, 0x00050080u, 0x0000001fu, 0x000000c5u, 0x000000c3u, 0x0000004eu, 0x00060041u, 0x00000060u, 0x000000c7u,
    0x000000bau, 0x00000054u, 0x000000c5u, 0x0003003eu, 0x000000c7u, 0x000000e6u, 0x000200f9u, 0x000000d1u, 0x000200f8u, 0x000000d1u,
    0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvAttention[3294] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x000004b8u, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000020u, 0x000000adu, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u,
    0x0000001au, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000020u, 0x0000000bu, 0x0000001bu, 0x00040047u, 0x00000078u, 0x00000001u,
    0x00000001u, 0x00040047u, 0x0000007du, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000007eu, 0x00000000u, 0x00000018u, 0x00050048u,
    0x0000007eu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000007eu, 0x00000002u, 0x00040047u, 0x00000080u, 0x00000022u,
    0x00000000u, 0x00040047u, 0x00000080u, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000098u, 0x00000006u, 0x00000004u, 0x00040048u,
    0x00000099u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000099u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x00000099u,
    0x00000002u, 0x00040047u, 0x0000009bu, 0x00000022u, 0x00000000u, 0x00040047u, 0x0000009bu, 0x00000021u, 0x00000002u, 0x00040047u,
    0x000000adu, 0x0000000bu, 0x0000001au, 0x00050048u, 0x000000b8u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00050048u, 0x000000b8u,
    0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x000000b8u, 0x00000002u, 0x00000023u, 0x00000008u, 0x00050048u, 0x000000b8u,
    0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x000000b8u, 0x00000004u, 0x00000023u, 0x00000010u, 0x00050048u, 0x000000b8u,
    0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x000000b8u, 0x00000006u, 0x00000023u, 0x00000018u, 0x00050048u, 0x000000b8u,
    0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x000000b8u, 0x00000008u, 0x00000023u, 0x00000020u, 0x00050048u, 0x000000b8u,
    0x00000009u, 0x00000023u, 0x00000024u, 0x00050048u, 0x000000b8u, 0x0000000au, 0x00000023u, 0x00000028u, 0x00050048u, 0x000000b8u,
    0x0000000bu, 0x00000023u, 0x0000002cu, 0x00050048u, 0x000000b8u, 0x0000000cu, 0x00000023u, 0x00000030u, 0x00050048u, 0x000000b8u,
    0x0000000du, 0x00000023u, 0x00000034u, 0x00030047u, 0x000000b8u, 0x00000002u, 0x00040047u, 0x00000100u, 0x00000006u, 0x00000004u,
    0x00040048u, 0x00000101u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000101u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u,
    0x00000101u, 0x00000002u, 0x00040047u, 0x00000103u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000103u, 0x00000021u, 0x00000000u,
    0x00040047u, 0x000002e6u, 0x00000006u, 0x00000004u, 0x00040048u, 0x000002e7u, 0x00000000u, 0x00000019u, 0x00050048u, 0x000002e7u,
    0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x000002e7u, 0x00000002u, 0x00040047u, 0x000002e9u, 0x00000022u, 0x00000000u,
    0x00040047u, 0x000002e9u, 0x00000021u, 0x00000003u, 0x00040047u, 0x000002f5u, 0x00000001u, 0x00000000u, 0x00040047u, 0x000002f6u,
    0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00030016u, 0x00000006u, 0x00000020u,
    0x00040020u, 0x00000007u, 0x00000007u, 0x00000006u, 0x00040015u, 0x0000000fu, 0x00000020u, 0x00000000u, 0x0004002bu, 0x0000000fu,
    0x00000018u, 0x00000002u, 0x0004002bu, 0x0000000fu, 0x00000019u, 0x00000108u, 0x00040032u, 0x0000000fu, 0x0000001au, 0x00000040u,
    0x0004001cu, 0x0000001bu, 0x00000006u, 0x0000001au, 0x00040020u, 0x0000001cu, 0x00000004u, 0x0000001bu, 0x0004003bu, 0x0000001cu,
    0x0000001du, 0x00000004u, 0x00040017u, 0x0000001eu, 0x0000000fu, 0x00000003u, 0x00040020u, 0x0000001fu, 0x00000001u, 0x0000001eu,
    0x0004003bu, 0x0000001fu, 0x00000020u, 0x00000001u, 0x0004002bu, 0x0000000fu, 0x00000021u, 0x00000000u, 0x00040020u, 0x00000022u,
    0x00000001u, 0x0000000fu, 0x00040020u, 0x00000026u, 0x00000004u, 0x00000006u, 0x00060034u, 0x0000000fu, 0x00000029u, 0x00000086u,
    0x0000001au, 0x00000018u, 0x00020014u, 0x00000030u, 0x00040015u, 0x00000044u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x00000044u,
    0x00000045u, 0x00000001u, 0x0004002bu, 0x00000044u, 0x00000049u, 0x00000000u, 0x00060034u, 0x0000000fu, 0x00000054u, 0x00000086u,
    0x0000001au, 0x00000018u, 0x00040032u, 0x0000000fu, 0x00000078u, 0x00000000u, 0x00060034u, 0x00000030u, 0x00000079u, 0x000000abu,
    0x00000078u, 0x00000021u, 0x0003001du, 0x0000007du, 0x0000000fu, 0x0003001eu, 0x0000007eu, 0x0000007du, 0x00040020u, 0x0000007fu,
    0x0000000cu, 0x0000007eu, 0x0004003bu, 0x0000007fu, 0x00000080u, 0x0000000cu, 0x00040020u, 0x00000083u, 0x0000000cu, 0x0000000fu,
    0x00040017u, 0x00000086u, 0x00000006u, 0x00000002u, 0x0004002bu, 0x0000000fu, 0x00000089u, 0x00000001u, 0x00060034u, 0x00000030u,
    0x00000094u, 0x000000abu, 0x00000078u, 0x00000021u, 0x0003001du, 0x00000098u, 0x0000000fu, 0x0003001eu, 0x00000099u, 0x00000098u,
    0x00040020u, 0x0000009au, 0x0000000cu, 0x00000099u, 0x0004003bu, 0x0000009au, 0x0000009bu, 0x0000000cu, 0x0004003bu, 0x0000001fu,
    0x000000adu, 0x00000001u, 0x0010001eu, 0x000000b8u, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu,
    0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x00000006u, 0x00000006u, 0x00040020u, 0x000000b9u,
    0x00000009u, 0x000000b8u, 0x0004003bu, 0x000000b9u, 0x000000bau, 0x00000009u, 0x00040020u, 0x000000bbu, 0x00000009u, 0x0000000fu,
    0x0004002bu, 0x00000044u, 0x000000beu, 0x00000002u, 0x0004002bu, 0x00000044u, 0x000000c4u, 0x0000000au, 0x0004002bu, 0x00000044u,
    0x000000cau, 0x0000000bu, 0x0004002bu, 0x00000044u, 0x000000e1u, 0x00000004u, 0x0004002bu, 0x00000044u, 0x000000e5u, 0x00000005u,
    0x0004002bu, 0x00000044u, 0x000000ebu, 0x00000003u, 0x0004002bu, 0x0000000fu, 0x000000fbu, 0x00000400u, 0x0004001cu, 0x000000fcu,
    0x00000006u, 0x000000fbu, 0x00040020u, 0x000000fdu, 0x00000004u, 0x000000fcu, 0x0004003bu, 0x000000fdu, 0x000000feu, 0x00000004u,
    0x0003001du, 0x00000100u, 0x00000006u, 0x0003001eu, 0x00000101u, 0x00000100u, 0x00040020u, 0x00000102u, 0x0000000cu, 0x00000101u,
    0x0004003bu, 0x00000102u, 0x00000103u, 0x0000000cu, 0x00040020u, 0x00000107u, 0x0000000cu, 0x00000006u, 0x0004002bu, 0x00000044u,
    0x0000010au, 0x0000000cu, 0x00040020u, 0x0000010bu, 0x00000009u, 0x00000006u, 0x0004002bu, 0x0000000fu, 0x00000119u, 0x00000004u,
    0x0004001cu, 0x0000011bu, 0x00000006u, 0x00000119u, 0x00040020u, 0x0000011cu, 0x00000007u, 0x0000011bu, 0x0004002bu, 0x00000006u,
    0x0000011fu, 0x00000000u, 0x0004002bu, 0x00000006u, 0x00000124u, 0xff800000u, 0x0004002bu, 0x0000000fu, 0x00000131u, 0x00000100u,
    0x0004002bu, 0x00000044u, 0x00000143u, 0x00000006u, 0x0004002bu, 0x00000044u, 0x00000149u, 0x00000007u, 0x00040017u, 0x00000153u,
    0x00000006u, 0x00000004u, 0x0007002cu, 0x00000153u, 0x00000156u, 0x0000011fu, 0x0000011fu, 0x0000011fu, 0x0000011fu, 0x0004002bu,
    0x0000000fu, 0x0000016eu, 0x00000003u, 0x0004002bu, 0x00000044u, 0x000001b2u, 0x0000000du, 0x0004001cu, 0x000001c0u, 0x00000006u,
    0x00000131u, 0x00040020u, 0x000001c1u, 0x00000004u, 0x000001c0u, 0x0004003bu, 0x000001c1u, 0x000001c2u, 0x00000004u, 0x0004002bu,
    0x0000000fu, 0x00000229u, 0x00000008u, 0x0004002bu, 0x0000000fu, 0x00000269u, 0x00000005u, 0x0004002bu, 0x0000000fu, 0x0000026eu,
    0x00000006u, 0x0004002bu, 0x0000000fu, 0x00000273u, 0x00000007u, 0x0004002bu, 0x00000044u, 0x000002c5u, 0x00000008u, 0x0004002bu,
    0x00000044u, 0x000002c9u, 0x00000009u, 0x0003001du, 0x000002e6u, 0x00000006u, 0x0003001eu, 0x000002e7u, 0x000002e6u, 0x00040020u,
    0x000002e8u, 0x0000000cu, 0x000002e7u, 0x0004003bu, 0x000002e8u, 0x000002e9u, 0x0000000cu, 0x00040032u, 0x0000000fu, 0x000002f5u,
    0x00000001u, 0x00060033u, 0x0000001eu, 0x000002f6u, 0x000002f5u, 0x00000089u, 0x00000089u, 0x00050036u, 0x00000002u, 0x00000004u,
    0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x0004003bu, 0x0000011cu, 0x0000011du, 0x00000007u, 0x00050041u, 0x00000022u,
    0x000000aeu, 0x000000adu, 0x00000021u, 0x0004003du, 0x0000000fu, 0x000000afu, 0x000000aeu, 0x00050041u, 0x00000022u, 0x000000b1u,
    0x000000adu, 0x00000089u, 0x0004003du, 0x0000000fu, 0x000000b2u, 0x000000b1u, 0x00050041u, 0x00000022u, 0x000000b4u, 0x00000020u,
    0x00000021u, 0x0004003du, 0x0000000fu, 0x000000b5u, 0x000000b4u, 0x00050041u, 0x000000bbu, 0x000000bcu, 0x000000bau, 0x00000045u,
    0x0004003du, 0x0000000fu, 0x000000bdu, 0x000000bcu, 0x00050041u, 0x000000bbu, 0x000000bfu, 0x000000bau, 0x000000beu, 0x0004003du,
    0x0000000fu, 0x000000c0u, 0x000000bfu, 0x00050086u, 0x0000000fu, 0x000000c1u, 0x000000bdu, 0x000000c0u, 0x00050086u, 0x0000000fu,
    0x000000c2u, 0x000000afu, 0x000000c1u, 0x00050041u, 0x000000bbu, 0x000000c5u, 0x000000bau, 0x000000c4u, 0x0004003du, 0x0000000fu,
    0x000000c6u, 0x000000c5u, 0x00050080u, 0x0000000fu, 0x000000c8u, 0x000000c6u, 0x000000b2u, 0x00050041u, 0x000000bbu, 0x000000cbu,
    0x000000bau, 0x000000cau, 0x0004003du, 0x0000000fu, 0x000000ccu, 0x000000cbu, 0x000500abu, 0x00000030u, 0x000000cdu, 0x000000ccu,
    0x00000021u, 0x000300f7u, 0x000000cfu, 0x00000000u, 0x000400fau, 0x000000cdu, 0x000000ceu, 0x000000cfu, 0x000200f8u, 0x000000ceu,
    0x00050080u, 0x0000000fu, 0x000000d1u, 0x000000c8u, 0x00000089u, 0x000500acu, 0x00000030u, 0x000000d4u, 0x000000d1u, 0x000000ccu,
    0x000200f9u, 0x000000cfu, 0x000200f8u, 0x000000cfu, 0x000700f5u, 0x00000030u, 0x000000d5u, 0x000000cdu, 0x00000005u, 0x000000d4u,
    0x000000ceu, 0x000300f7u, 0x000000d8u, 0x00000000u, 0x000400fau, 0x000000d5u, 0x000000d7u, 0x000000deu, 0x000200f8u, 0x000000d7u,
    0x00050080u, 0x0000000fu, 0x000000dau, 0x000000c8u, 0x00000089u, 0x00050082u, 0x0000000fu, 0x000000ddu, 0x000000dau, 0x000000ccu,
    0x000200f9u, 0x000000d8u, 0x000200f8u, 0x000000deu, 0x000200f9u, 0x000000d8u, 0x000200f8u, 0x000000d8u, 0x000700f5u, 0x0000000fu,
    0x00000457u, 0x000000ddu, 0x000000d7u, 0x00000021u, 0x000000deu, 0x00050041u, 0x000000bbu, 0x000000e2u, 0x000000bau, 0x000000e1u,
    0x0004003du, 0x0000000fu, 0x000000e3u, 0x000000e2u, 0x00050041u, 0x000000bbu, 0x000000e6u, 0x000000bau, 0x000000e5u, 0x0004003du,
    0x0000000fu, 0x000000e7u, 0x000000e6u, 0x00050084u, 0x0000000fu, 0x000000e8u, 0x000000b2u, 0x000000e7u, 0x00050080u, 0x0000000fu,
    0x000000e9u, 0x000000e3u, 0x000000e8u, 0x00050041u, 0x000000bbu, 0x000000ecu, 0x000000bau, 0x000000ebu, 0x0004003du, 0x0000000fu,
    0x000000edu, 0x000000ecu, 0x00050084u, 0x0000000fu, 0x000000eeu, 0x000000afu, 0x000000edu, 0x00050080u, 0x0000000fu, 0x000000efu,
    0x000000e9u, 0x000000eeu, 0x000200f9u, 0x000000f2u, 0x000200f8u, 0x000000f2u, 0x000700f5u, 0x0000000fu, 0x00000458u, 0x000000b5u,
    0x000000d8u, 0x00000111u, 0x000000f3u, 0x000500b0u, 0x00000030u, 0x000000fau, 0x00000458u, 0x000000edu, 0x000400f6u, 0x000000f4u,
    0x000000f3u, 0x00000000u, 0x000400fau, 0x000000fau, 0x000000f3u, 0x000000f4u, 0x000200f8u, 0x000000f3u, 0x00050080u, 0x0000000fu,
    0x00000106u, 0x000000efu, 0x00000458u, 0x00060041u, 0x00000107u, 0x00000108u, 0x00000103u, 0x00000049u, 0x00000106u, 0x0004003du,
    0x00000006u, 0x00000109u, 0x00000108u, 0x00050041u, 0x0000010bu, 0x0000010cu, 0x000000bau, 0x0000010au, 0x0004003du, 0x00000006u,
    0x0000010du, 0x0000010cu, 0x00050085u, 0x00000006u, 0x0000010eu, 0x00000109u, 0x0000010du, 0x00050041u, 0x00000026u, 0x0000010fu,
    0x000000feu, 0x00000458u, 0x0003003eu, 0x0000010fu, 0x0000010eu, 0x00050080u, 0x0000000fu, 0x00000111u, 0x00000458u, 0x0000001au,
    0x000200f9u, 0x000000f2u, 0x000200f8u, 0x000000f4u, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u, 0x000200f9u, 0x00000113u,
    0x000200f8u, 0x00000113u, 0x000700f5u, 0x0000000fu, 0x00000459u, 0x00000021u, 0x000000f4u, 0x00000122u, 0x00000114u, 0x000500b0u,
    0x00000030u, 0x0000011au, 0x00000459u, 0x00000119u, 0x000400f6u, 0x00000115u, 0x00000114u, 0x00000000u, 0x000400fau, 0x0000011au,
    0x00000114u, 0x00000115u, 0x000200f8u, 0x00000114u, 0x00050041u, 0x00000007u, 0x00000120u, 0x0000011du, 0x00000459u, 0x0003003eu,
    0x00000120u, 0x0000011fu, 0x00050080u, 0x0000000fu, 0x00000122u, 0x00000459u, 0x00000045u, 0x000200f9u, 0x00000113u, 0x000200f8u,
    0x00000115u, 0x000200f9u, 0x00000128u, 0x000200f8u, 0x00000128u, 0x000700f5u, 0x00000006u, 0x00000461u, 0x00000124u, 0x00000115u,
    0x000001d0u, 0x0000012bu, 0x000700f5u, 0x00000006u, 0x0000045du, 0x0000011fu, 0x00000115u, 0x000001f6u, 0x0000012bu, 0x000700f5u,
    0x0000000fu, 0x0000045au, 0x00000457u, 0x00000115u, 0x000002c3u, 0x0000012bu, 0x000500b2u, 0x00000030u, 0x0000012fu, 0x0000045au,
    0x000000c8u, 0x000400f6u, 0x0000012au, 0x0000012bu, 0x00000000u, 0x000400fau, 0x0000012fu, 0x00000129u, 0x0000012au, 0x000200f8u,
    0x00000129u, 0x00050080u, 0x0000000fu, 0x00000133u, 0x000000c8u, 0x00000089u, 0x00050082u, 0x0000000fu, 0x00000135u, 0x00000133u,
    0x0000045au, 0x0007000cu, 0x0000000fu, 0x00000136u, 0x00000001u, 0x00000026u, 0x00000131u, 0x00000135u, 0x000200f9u, 0x0000013au,
    0x000200f8u, 0x0000013au, 0x000700f5u, 0x00000006u, 0x00000462u, 0x00000124u, 0x00000129u, 0x000001c8u, 0x0000013du, 0x000700f5u,
    0x0000000fu, 0x0000045fu, 0x000000b5u, 0x00000129u, 0x000001cau, 0x0000013du, 0x000500b0u, 0x00000030u, 0x00000141u, 0x0000045fu,
    0x00000136u, 0x000400f6u, 0x0000013cu, 0x0000013du, 0x00000000u, 0x000400fau, 0x00000141u, 0x0000013bu, 0x0000013cu, 0x000200f8u,
    0x0000013bu, 0x00050041u, 0x000000bbu, 0x00000144u, 0x000000bau, 0x00000143u, 0x0004003du, 0x0000000fu, 0x00000145u, 0x00000144u,
    0x00050080u, 0x0000000fu, 0x00000148u, 0x0000045au, 0x0000045fu, 0x00050041u, 0x000000bbu, 0x0000014au, 0x000000bau, 0x00000149u,
    0x0004003du, 0x0000000fu, 0x0000014bu, 0x0000014au, 0x00050084u, 0x0000000fu, 0x0000014cu, 0x00000148u, 0x0000014bu, 0x00050080u,
    0x0000000fu, 0x0000014du, 0x00000145u, 0x0000014cu, 0x00050084u, 0x0000000fu, 0x00000151u, 0x000000c2u, 0x000000edu, 0x00050080u,
    0x0000000fu, 0x00000152u, 0x0000014du, 0x00000151u, 0x000200f9u, 0x00000158u, 0x000200f8u, 0x00000158u, 0x000700f5u, 0x00000153u,
    0x000004a4u, 0x00000156u, 0x0000013bu, 0x0000018du, 0x0000015bu, 0x000700f5u, 0x0000000fu, 0x000004a3u, 0x00000021u, 0x0000013bu,
    0x0000015eu, 0x0000015bu, 0x00050080u, 0x0000000fu, 0x0000015eu, 0x000004a3u, 0x00000119u, 0x000500b2u, 0x00000030u, 0x00000161u,
    0x0000015eu, 0x000000edu, 0x000400f6u, 0x0000015au, 0x0000015bu, 0x00000000u, 0x000400fau, 0x00000161u, 0x00000159u, 0x0000015au,
    0x000200f8u, 0x00000159u, 0x00050041u, 0x00000026u, 0x00000163u, 0x000000feu, 0x000004a3u, 0x0004003du, 0x00000006u, 0x00000164u,
    0x00000163u, 0x00050080u, 0x0000000fu, 0x00000166u, 0x000004a3u, 0x00000089u, 0x00050041u, 0x00000026u, 0x00000167u, 0x000000feu,
    0x00000166u, 0x0004003du, 0x00000006u, 0x00000168u, 0x00000167u, 0x00050080u, 0x0000000fu, 0x0000016au, 0x000004a3u, 0x00000018u,
    0x00050041u, 0x00000026u, 0x0000016bu, 0x000000feu, 0x0000016au, 0x0004003du, 0x00000006u, 0x0000016cu, 0x0000016bu, 0x00050080u,
    0x0000000fu, 0x0000016fu, 0x000004a3u, 0x0000016eu, 0x00050041u, 0x00000026u, 0x00000170u, 0x000000feu, 0x0000016fu, 0x0004003du,
    0x00000006u, 0x00000171u, 0x00000170u, 0x00070050u, 0x00000153u, 0x00000172u, 0x00000164u, 0x00000168u, 0x0000016cu, 0x00000171u,
    0x00050080u, 0x0000000fu, 0x00000175u, 0x00000152u, 0x000004a3u, 0x000300f7u, 0x00000308u, 0x00000000u, 0x000400fau, 0x00000079u,
    0x000002fau, 0x00000303u, 0x000200f8u, 0x000002fau, 0x000500c2u, 0x0000000fu, 0x000002fcu, 0x00000175u, 0x00000045u, 0x00060041u,
    0x00000083u, 0x000002fdu, 0x00000080u, 0x00000049u, 0x000002fcu, 0x0004003du, 0x0000000fu, 0x000002feu, 0x000002fdu, 0x0006000cu,
    0x00000086u, 0x000002ffu, 0x00000001u, 0x0000003eu, 0x000002feu, 0x000500c7u, 0x0000000fu, 0x00000301u, 0x00000175u, 0x00000089u,
    0x0005004du, 0x00000006u, 0x00000302u, 0x000002ffu, 0x00000301u, 0x000200f9u, 0x00000308u, 0x000200f8u, 0x00000303u, 0x00060041u,
    0x00000083u, 0x00000305u, 0x00000080u, 0x00000049u, 0x00000175u, 0x0004003du, 0x0000000fu, 0x00000306u, 0x00000305u, 0x0004007cu,
    0x00000006u, 0x00000307u, 0x00000306u, 0x000200f9u, 0x00000308u, 0x000200f8u, 0x00000308u, 0x000700f5u, 0x00000006u, 0x000004b1u,
    0x00000302u, 0x000002fau, 0x00000307u, 0x00000303u, 0x00050080u, 0x0000000fu, 0x0000017bu, 0x00000175u, 0x00000089u, 0x000300f7u,
    0x0000031bu, 0x00000000u, 0x000400fau, 0x00000079u, 0x0000030du, 0x00000316u, 0x000200f8u, 0x0000030du, 0x000500c2u, 0x0000000fu,
    0x0000030fu, 0x0000017bu, 0x00000045u, 0x00060041u, 0x00000083u, 0x00000310u, 0x00000080u, 0x00000049u, 0x0000030fu, 0x0004003du,
    0x0000000fu, 0x00000311u, 0x00000310u, 0x0006000cu, 0x00000086u, 0x00000312u, 0x00000001u, 0x0000003eu, 0x00000311u, 0x000500c7u,
    0x0000000fu, 0x00000314u, 0x0000017bu, 0x00000089u, 0x0005004du, 0x00000006u, 0x00000315u, 0x00000312u, 0x00000314u, 0x000200f9u,
    0x0000031bu, 0x000200f8u, 0x00000316u, 0x00060041u, 0x00000083u, 0x00000318u, 0x00000080u, 0x00000049u, 0x0000017bu, 0x0004003du,
    0x0000000fu, 0x00000319u, 0x00000318u, 0x0004007cu, 0x00000006u, 0x0000031au, 0x00000319u, 0x000200f9u, 0x0000031bu, 0x000200f8u,
    0x0000031bu, 0x000700f5u, 0x00000006u, 0x000004b3u, 0x00000315u, 0x0000030du, 0x0000031au, 0x00000316u, 0x00050080u, 0x0000000fu,
    0x00000181u, 0x00000175u, 0x00000018u, 0x000300f7u, 0x0000032eu, 0x00000000u, 0x000400fau, 0x00000079u, 0x00000320u, 0x00000329u,
    0x000200f8u, 0x00000320u, 0x000500c2u, 0x0000000fu, 0x00000322u, 0x00000181u, 0x00000045u, 0x00060041u, 0x00000083u, 0x00000323u,
    0x00000080u, 0x00000049u, 0x00000322u, 0x0004003du, 0x0000000fu, 0x00000324u, 0x00000323u, 0x0006000cu, 0x00000086u, 0x00000325u,
    0x00000001u, 0x0000003eu, 0x00000324u, 0x000500c7u, 0x0000000fu, 0x00000327u, 0x00000181u, 0x00000089u, 0x0005004du, 0x00000006u,
    0x00000328u, 0x00000325u, 0x00000327u, 0x000200f9u, 0x0000032eu, 0x000200f8u, 0x00000329u, 0x00060041u, 0x00000083u, 0x0000032bu,
    0x00000080u, 0x00000049u, 0x00000181u, 0x0004003du, 0x0000000fu, 0x0000032cu, 0x0000032bu, 0x0004007cu, 0x00000006u, 0x0000032du,
    0x0000032cu, 0x000200f9u, 0x0000032eu, 0x000200f8u, 0x0000032eu, 0x000700f5u, 0x00000006u, 0x000004b5u, 0x00000328u, 0x00000320u,
    0x0000032du, 0x00000329u, 0x00050080u, 0x0000000fu, 0x00000187u, 0x00000175u, 0x0000016eu, 0x000300f7u, 0x00000341u, 0x00000000u,
    0x000400fau, 0x00000079u, 0x00000333u, 0x0000033cu, 0x000200f8u, 0x00000333u, 0x000500c2u, 0x0000000fu, 0x00000335u, 0x00000187u,
    0x00000045u, 0x00060041u, 0x00000083u, 0x00000336u, 0x00000080u, 0x00000049u, 0x00000335u, 0x0004003du, 0x0000000fu, 0x00000337u,
    0x00000336u, 0x0006000cu, 0x00000086u, 0x00000338u, 0x00000001u, 0x0000003eu, 0x00000337u, 0x000500c7u, 0x0000000fu, 0x0000033au,
    0x00000187u, 0x00000089u, 0x0005004du, 0x00000006u, 0x0000033bu, 0x00000338u, 0x0000033au, 0x000200f9u, 0x00000341u, 0x000200f8u,
    0x0000033cu, 0x00060041u, 0x00000083u, 0x0000033eu, 0x00000080u, 0x00000049u, 0x00000187u, 0x0004003du, 0x0000000fu, 0x0000033fu,
    0x0000033eu, 0x0004007cu, 0x00000006u, 0x00000340u, 0x0000033fu, 0x000200f9u, 0x00000341u, 0x000200f8u, 0x00000341u, 0x000700f5u,
    0x00000006u, 0x000004b7u, 0x0000033bu, 0x00000333u, 0x00000340u, 0x0000033cu, 0x00070050u, 0x00000153u, 0x0000018au, 0x000004b1u,
    0x000004b3u, 0x000004b5u, 0x000004b7u, 0x0008000cu, 0x00000153u, 0x0000018du, 0x00000001u, 0x00000032u, 0x00000172u, 0x0000018au,
    0x000004a4u, 0x000200f9u, 0x0000015bu, 0x000200f8u, 0x0000015bu, 0x000200f9u, 0x00000158u, 0x000200f8u, 0x0000015au, 0x00050051u,
    0x00000006u, 0x00000192u, 0x000004a4u, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000194u, 0x000004a4u, 0x00000001u, 0x00050081u,
    0x00000006u, 0x00000195u, 0x00000192u, 0x00000194u, 0x00050051u, 0x00000006u, 0x00000197u, 0x000004a4u, 0x00000002u, 0x00050081u,
    0x00000006u, 0x00000198u, 0x00000195u, 0x00000197u, 0x00050051u, 0x00000006u, 0x0000019au, 0x000004a4u, 0x00000003u, 0x00050081u,
    0x00000006u, 0x0000019bu, 0x00000198u, 0x0000019au, 0x000200f9u, 0x0000019cu, 0x000200f8u, 0x0000019cu, 0x000700f5u, 0x00000006u,
    0x000004a6u, 0x0000019bu, 0x0000015au, 0x000001afu, 0x0000019fu, 0x000700f5u, 0x0000000fu, 0x000004a5u, 0x000004a3u, 0x0000015au,
    0x000001b1u, 0x0000019fu, 0x000500b0u, 0x00000030u, 0x000001a4u, 0x000004a5u, 0x000000edu, 0x000400f6u, 0x0000019eu, 0x0000019fu,
    0x00000000u, 0x000400fau, 0x000001a4u, 0x0000019du, 0x0000019eu, 0x000200f8u, 0x0000019du, 0x00050041u, 0x00000026u, 0x000001a6u,
    0x000000feu, 0x000004a5u, 0x0004003du, 0x00000006u, 0x000001a7u, 0x000001a6u, 0x00050080u, 0x0000000fu, 0x000001aau, 0x00000152u,
    0x000004a5u, 0x000300f7u, 0x00000354u, 0x00000000u, 0x000400fau, 0x00000079u, 0x00000346u, 0x0000034fu, 0x000200f8u, 0x00000346u,
    0x000500c2u, 0x0000000fu, 0x00000348u, 0x000001aau, 0x00000045u, 0x00060041u, 0x00000083u, 0x00000349u, 0x00000080u, 0x00000049u,
    0x00000348u, 0x0004003du, 0x0000000fu, 0x0000034au, 0x00000349u, 0x0006000cu, 0x00000086u, 0x0000034bu, 0x00000001u, 0x0000003eu,
    0x0000034au, 0x000500c7u, 0x0000000fu, 0x0000034du, 0x000001aau, 0x00000089u, 0x0005004du, 0x00000006u, 0x0000034eu, 0x0000034bu,
    0x0000034du, 0x000200f9u, 0x00000354u, 0x000200f8u, 0x0000034fu, 0x00060041u, 0x00000083u, 0x00000351u, 0x00000080u, 0x00000049u,
    0x000001aau, 0x0004003du, 0x0000000fu, 0x00000352u, 0x00000351u, 0x0004007cu, 0x00000006u, 0x00000353u, 0x00000352u, 0x000200f9u,
    0x00000354u, 0x000200f8u, 0x00000354u, 0x000700f5u, 0x00000006u, 0x000004aeu, 0x0000034eu, 0x00000346u, 0x00000353u, 0x0000034fu,
    0x0008000cu, 0x00000006u, 0x000001afu, 0x00000001u, 0x00000032u, 0x000001a7u, 0x000004aeu, 0x000004a6u, 0x000200f9u, 0x0000019fu,
    0x000200f8u, 0x0000019fu, 0x00050080u, 0x0000000fu, 0x000001b1u, 0x000004a5u, 0x00000045u, 0x000200f9u, 0x0000019cu, 0x000200f8u,
    0x0000019eu, 0x00050041u, 0x0000010bu, 0x000001b3u, 0x000000bau, 0x000001b2u, 0x0004003du, 0x00000006u, 0x000001b4u, 0x000001b3u,
    0x000500bau, 0x00000030u, 0x000001b5u, 0x000001b4u, 0x0000011fu, 0x000300f7u, 0x000001b7u, 0x00000000u, 0x000400fau, 0x000001b5u,
    0x000001b6u, 0x000001b7u, 0x000200f8u, 0x000001b6u, 0x00050088u, 0x00000006u, 0x000001bdu, 0x000004a6u, 0x000001b4u, 0x0006000cu,
    0x00000006u, 0x000001beu, 0x00000001u, 0x00000015u, 0x000001bdu, 0x00050085u, 0x00000006u, 0x000001bfu, 0x000001b4u, 0x000001beu,
    0x000200f9u, 0x000001b7u, 0x000200f8u, 0x000001b7u, 0x000700f5u, 0x00000006u, 0x000004aau, 0x000004a6u, 0x0000019eu, 0x000001bfu,
    0x000001b6u, 0x00050041u, 0x00000026u, 0x000001c5u, 0x000001c2u, 0x0000045fu, 0x0003003eu, 0x000001c5u, 0x000004aau, 0x0007000cu,
    0x00000006u, 0x000001c8u, 0x00000001u, 0x00000028u, 0x00000462u, 0x000004aau, 0x000200f9u, 0x0000013du, 0x000200f8u, 0x0000013du,
    0x00050080u, 0x0000000fu, 0x000001cau, 0x0000045fu, 0x0000001au, 0x000200f9u, 0x0000013au, 0x000200f8u, 0x0000013cu, 0x000400e0u,
    0x00000018u, 0x00000018u, 0x00000019u, 0x00050041u, 0x00000026u, 0x0000035du, 0x0000001du, 0x000000b5u, 0x0003003eu, 0x0000035du,
    0x00000462u, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u, 0x000200f9u, 0x0000035eu, 0x000200f8u, 0x0000035eu, 0x000700f5u,
    0x0000000fu, 0x00000463u, 0x00000054u, 0x0000013cu, 0x00000379u, 0x00000377u, 0x000500acu, 0x00000030u, 0x00000361u, 0x00000463u,
    0x00000021u, 0x000400f6u, 0x0000037au, 0x00000377u, 0x00000000u, 0x000400fau, 0x00000361u, 0x00000362u, 0x0000037au, 0x000200f8u,
    0x00000362u, 0x000500b0u, 0x00000030u, 0x00000366u, 0x000000b5u, 0x00000463u, 0x000300f7u, 0x00000376u, 0x00000000u, 0x000400fau,
    0x00000366u, 0x00000367u, 0x00000376u, 0x000200f8u, 0x00000367u, 0x0004003du, 0x00000006u, 0x0000036du, 0x0000035du, 0x00050080u,
    0x0000000fu, 0x00000371u, 0x000000b5u, 0x00000463u, 0x00050041u, 0x00000026u, 0x00000372u, 0x0000001du, 0x00000371u, 0x0004003du,
    0x00000006u, 0x00000373u, 0x00000372u, 0x0007000cu, 0x00000006u, 0x00000374u, 0x00000001u, 0x00000028u, 0x0000036du, 0x00000373u,
    0x0003003eu, 0x0000035du, 0x00000374u, 0x000200f9u, 0x00000376u, 0x000200f8u, 0x00000376u, 0x000400e0u, 0x00000018u, 0x00000018u,
    0x00000019u, 0x000200f9u, 0x00000377u, 0x000200f8u, 0x00000377u, 0x000500c2u, 0x0000000fu, 0x00000379u, 0x00000463u, 0x00000045u,
    0x000200f9u, 0x0000035eu, 0x000200f8u, 0x0000037au, 0x00050041u, 0x00000026u, 0x0000037bu, 0x0000001du, 0x00000049u, 0x0004003du,
    0x00000006u, 0x0000037cu, 0x0000037bu, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u, 0x0007000cu, 0x00000006u, 0x000001d0u,
    0x00000001u, 0x00000028u, 0x00000461u, 0x0000037cu, 0x000200f9u, 0x000001d4u, 0x000200f8u, 0x000001d4u, 0x000700f5u, 0x00000006u,
    0x0000046au, 0x0000011fu, 0x0000037au, 0x000001e8u, 0x000001d5u, 0x000700f5u, 0x0000000fu, 0x00000464u, 0x000000b5u, 0x0000037au,
    0x000001eau, 0x000001d5u, 0x000500b0u, 0x00000030u, 0x000001dbu, 0x00000464u, 0x00000136u, 0x000400f6u, 0x000001d6u, 0x000001d5u,
    0x00000000u, 0x000400fau, 0x000001dbu, 0x000001d5u, 0x000001d6u, 0x000200f8u, 0x000001d5u, 0x00050041u, 0x00000026u, 0x000001deu,
    0x000001c2u, 0x00000464u, 0x0004003du, 0x00000006u, 0x000001dfu, 0x000001deu, 0x00050083u, 0x00000006u, 0x000001e1u, 0x000001dfu,
    0x000001d0u, 0x0006000cu, 0x00000006u, 0x000001e2u, 0x00000001u, 0x0000001bu, 0x000001e1u, 0x0003003eu, 0x000001deu, 0x000001e2u,
    0x00050081u, 0x00000006u, 0x000001e8u, 0x0000046au, 0x000001e2u, 0x00050080u, 0x0000000fu, 0x000001eau, 0x00000464u, 0x0000001au,
    0x000200f9u, 0x000001d4u, 0x000200f8u, 0x000001d6u, 0x00050083u, 0x00000006u, 0x000001eeu, 0x00000461u, 0x000001d0u, 0x0006000cu,
    0x00000006u, 0x000001efu, 0x00000001u, 0x0000001bu, 0x000001eeu, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u, 0x0003003eu,
    0x0000035du, 0x0000046au, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u, 0x000200f9u, 0x00000386u, 0x000200f8u, 0x00000386u,
    0x000700f5u, 0x0000000fu, 0x0000046bu, 0x00000029u, 0x000001d6u, 0x0000039fu, 0x0000039du, 0x000500acu, 0x00000030u, 0x00000389u,
    0x0000046bu, 0x00000021u, 0x000400f6u, 0x000003a0u, 0x0000039du, 0x00000000u, 0x000400fau, 0x00000389u, 0x0000038au, 0x000003a0u,
    0x000200f8u, 0x0000038au, 0x000500b0u, 0x00000030u, 0x0000038eu, 0x000000b5u, 0x0000046bu, 0x000300f7u, 0x0000039cu, 0x00000000u,
    0x000400fau, 0x0000038eu, 0x0000038fu, 0x0000039cu, 0x000200f8u, 0x0000038fu, 0x00050080u, 0x0000000fu, 0x00000395u, 0x000000b5u,
    0x0000046bu, 0x00050041u, 0x00000026u, 0x00000396u, 0x0000001du, 0x00000395u, 0x0004003du, 0x00000006u, 0x00000397u, 0x00000396u,
    0x0004003du, 0x00000006u, 0x00000399u, 0x0000035du, 0x00050081u, 0x00000006u, 0x0000039au, 0x00000399u, 0x00000397u, 0x0003003eu,
    0x0000035du, 0x0000039au, 0x000200f9u, 0x0000039cu, 0x000200f8u, 0x0000039cu, 0x000400e0u, 0x00000018u, 0x00000018u, 0x00000019u,
    0x000200f9u, 0x0000039du, 0x000200f8u, 0x0000039du, 0x000500c2u, 0x0000000fu, 0x0000039fu, 0x0000046bu, 0x00000045u, 0x000200f9u,
    0x00000386u, 0x000200f8u, 0x000003a0u, 0x0004003du, 0x00000006u, 0x000003a2u, 0x0000037bu, 0x000400e0u, 0x00000018u, 0x00000018u,
    0x00000019u, 0x0008000cu, 0x00000006u, 0x000001f6u, 0x00000001u, 0x00000032u, 0x0000045du, 0x000001efu, 0x000003a2u, 0x000200f9u,
    0x000001f9u, 0x000200f8u, 0x000001f9u, 0x000700f5u, 0x0000000fu, 0x0000046cu, 0x00000021u, 0x000003a0u, 0x000002c1u, 0x000001fcu,
    0x000500b0u, 0x00000030u, 0x000001ffu, 0x0000046cu, 0x00000119u, 0x000400f6u, 0x000001fbu, 0x000001fcu, 0x00000000u, 0x000400fau,
    0x000001ffu, 0x000001fau, 0x000001fbu, 0x000200f8u, 0x000001fau, 0x00050084u, 0x0000000fu, 0x00000203u, 0x0000046cu, 0x0000001au,
    0x00050080u, 0x0000000fu, 0x00000204u, 0x000000b5u, 0x00000203u, 0x000500b0u, 0x00000030u, 0x00000208u, 0x00000204u, 0x000000edu,
    0x000300f7u, 0x0000020au, 0x00000000u, 0x000400fau, 0x00000208u, 0x00000209u, 0x0000020au, 0x000200f8u, 0x00000209u, 0x00050041u,
    0x00000007u, 0x0000020du, 0x0000011du, 0x0000046cu, 0x0004003du, 0x00000006u, 0x0000020eu, 0x0000020du, 0x00050041u, 0x000000bbu,
    0x00000212u, 0x000000bau, 0x00000143u, 0x0004003du, 0x0000000fu, 0x00000213u, 0x00000212u, 0x00050041u, 0x000000bbu, 0x00000215u,
    0x000000bau, 0x00000149u, 0x0004003du, 0x0000000fu, 0x00000216u, 0x00000215u, 0x00050084u, 0x0000000fu, 0x00000217u, 0x0000045au,
    0x00000216u, 0x00050080u, 0x0000000fu, 0x00000218u, 0x00000213u, 0x00000217u, 0x00050084u, 0x0000000fu, 0x0000021cu, 0x000000c2u,
    0x000000edu, 0x00050080u, 0x0000000fu, 0x0000021du, 0x00000218u, 0x0000021cu, 0x00050080u, 0x0000000fu, 0x0000021fu, 0x0000021du,
    0x00000204u, 0x000200f9u, 0x00000223u, 0x000200f8u, 0x00000223u, 0x000700f5u, 0x00000153u, 0x00000474u, 0x00000156u, 0x00000209u,
    0x0000025eu, 0x00000226u, 0x000700f5u, 0x00000153u, 0x00000473u, 0x00000156u, 0x00000209u, 0x00000292u, 0x00000226u, 0x000700f5u,
    0x0000000fu, 0x00000472u, 0x00000021u, 0x00000209u, 0x0000022au, 0x00000226u, 0x00050080u, 0x0000000fu, 0x0000022au, 0x00000472u,
    0x00000229u, 0x000500b2u, 0x00000030u, 0x0000022cu, 0x0000022au, 0x00000136u, 0x000400f6u, 0x00000225u, 0x00000226u, 0x00000000u,
    0x000400fau, 0x0000022cu, 0x00000224u, 0x00000225u, 0x000200f8u, 0x00000224u, 0x00050084u, 0x0000000fu, 0x00000232u, 0x00000472u,
    0x00000216u, 0x00050080u, 0x0000000fu, 0x00000233u, 0x0000021fu, 0x00000232u, 0x00050041u, 0x00000026u, 0x00000235u, 0x000001c2u,
    0x00000472u, 0x0004003du, 0x00000006u, 0x00000236u, 0x00000235u, 0x00050080u, 0x0000000fu, 0x00000238u, 0x00000472u, 0x00000089u,
    0x00050041u, 0x00000026u, 0x00000239u, 0x000001c2u, 0x00000238u, 0x0004003du, 0x00000006u, 0x0000023au, 0x00000239u, 0x00050080u,
    0x0000000fu, 0x0000023cu, 0x00000472u, 0x00000018u, 0x00050041u, 0x00000026u, 0x0000023du, 0x000001c2u, 0x0000023cu, 0x0004003du,
    0x00000006u, 0x0000023eu, 0x0000023du, 0x00050080u, 0x0000000fu, 0x00000240u, 0x00000472u, 0x0000016eu, 0x00050041u, 0x00000026u,
    0x00000241u, 0x000001c2u, 0x00000240u, 0x0004003du, 0x00000006u, 0x00000242u, 0x00000241u, 0x00070050u, 0x00000153u, 0x00000243u,
    0x00000236u, 0x0000023au, 0x0000023eu, 0x00000242u, 0x000300f7u, 0x000003b5u, 0x00000000u, 0x000400fau, 0x00000094u, 0x000003a7u,
    0x000003b0u, 0x000200f8u, 0x000003a7u, 0x000500c2u, 0x0000000fu, 0x000003a9u, 0x00000233u, 0x00000045u, 0x00060041u, 0x00000083u,
    0x000003aau, 0x0000009bu, 0x00000049u, 0x000003a9u, 0x0004003du, 0x0000000fu, 0x000003abu, 0x000003aau, 0x0006000cu, 0x00000086u,
    0x000003acu, 0x00000001u, 0x0000003eu, 0x000003abu, 0x000500c7u, 0x0000000fu, 0x000003aeu, 0x00000233u, 0x00000089u, 0x0005004du,
    0x00000006u, 0x000003afu, 0x000003acu, 0x000003aeu, 0x000200f9u, 0x000003b5u, 0x000200f8u, 0x000003b0u, 0x00060041u, 0x00000083u,
    0x000003b2u, 0x0000009bu, 0x00000049u, 0x00000233u, 0x0004003du, 0x0000000fu, 0x000003b3u, 0x000003b2u, 0x0004007cu, 0x00000006u,
    0x000003b4u, 0x000003b3u, 0x000200f9u, 0x000003b5u, 0x000200f8u, 0x000003b5u, 0x000700f5u, 0x00000006u, 0x0000047eu, 0x000003afu,
    0x000003a7u, 0x000003b4u, 0x000003b0u, 0x00050080u, 0x0000000fu, 0x0000024au, 0x00000233u, 0x00000216u, 0x000300f7u, 0x000003c8u,
    0x00000000u, 0x000400fau, 0x00000094u, 0x000003bau, 0x000003c3u, 0x000200f8u, 0x000003bau, 0x000500c2u, 0x0000000fu, 0x000003bcu,
    0x0000024au, 0x00000045u, 0x00060041u, 0x00000083u, 0x000003bdu, 0x0000009bu, 0x00000049u, 0x000003bcu, 0x0004003du, 0x0000000fu,
    0x000003beu, 0x000003bdu, 0x0006000cu, 0x00000086u, 0x000003bfu, 0x00000001u, 0x0000003eu, 0x000003beu, 0x000500c7u, 0x0000000fu,
    0x000003c1u, 0x0000024au, 0x00000089u, 0x0005004du, 0x00000006u, 0x000003c2u, 0x000003bfu, 0x000003c1u, 0x000200f9u, 0x000003c8u,
    0x000200f8u, 0x000003c3u, 0x00060041u, 0x00000083u, 0x000003c5u, 0x0000009bu, 0x00000049u, 0x0000024au, 0x0004003du, 0x0000000fu,
    0x000003c6u, 0x000003c5u, 0x0004007cu, 0x00000006u, 0x000003c7u, 0x000003c6u, 0x000200f9u, 0x000003c8u, 0x000200f8u, 0x000003c8u,
    0x000700f5u, 0x00000006u, 0x00000480u, 0x000003c2u, 0x000003bau, 0x000003c7u, 0x000003c3u, 0x00050084u, 0x0000000fu, 0x00000250u,
    0x00000018u, 0x00000216u, 0x00050080u, 0x0000000fu, 0x00000251u, 0x00000233u, 0x00000250u, 0x000300f7u, 0x000003dbu, 0x00000000u,
    0x000400fau, 0x00000094u, 0x000003cdu, 0x000003d6u, 0x000200f8u, 0x000003cdu, 0x000500c2u, 0x0000000fu, 0x000003cfu, 0x00000251u,
    0x00000045u, 0x00060041u, 0x00000083u, 0x000003d0u, 0x0000009bu, 0x00000049u, 0x000003cfu, 0x0004003du, 0x0000000fu, 0x000003d1u,
    0x000003d0u, 0x0006000cu, 0x00000086u, 0x000003d2u, 0x00000001u, 0x0000003eu, 0x000003d1u, 0x000500c7u, 0x0000000fu, 0x000003d4u,
    0x00000251u, 0x00000089u, 0x0005004du, 0x00000006u, 0x000003d5u, 0x000003d2u, 0x000003d4u, 0x000200f9u, 0x000003dbu, 0x000200f8u,
    0x000003d6u, 0x00060041u, 0x00000083u, 0x000003d8u, 0x0000009bu, 0x00000049u, 0x00000251u, 0x0004003du, 0x0000000fu, 0x000003d9u,
    0x000003d8u, 0x0004007cu, 0x00000006u, 0x000003dau, 0x000003d9u, 0x000200f9u, 0x000003dbu, 0x000200f8u, 0x000003dbu, 0x000700f5u,
    0x00000006u, 0x00000482u, 0x000003d5u, 0x000003cdu, 0x000003dau, 0x000003d6u, 0x00050084u, 0x0000000fu, 0x00000257u, 0x0000016eu,
    0x00000216u, 0x00050080u, 0x0000000fu, 0x00000258u, 0x00000233u, 0x00000257u, 0x000300f7u, 0x000003eeu, 0x00000000u, 0x000400fau,
    0x00000094u, 0x000003e0u, 0x000003e9u, 0x000200f8u, 0x000003e0u, 0x000500c2u, 0x0000000fu, 0x000003e2u, 0x00000258u, 0x00000045u,
    0x00060041u, 0x00000083u, 0x000003e3u, 0x0000009bu, 0x00000049u, 0x000003e2u, 0x0004003du, 0x0000000fu, 0x000003e4u, 0x000003e3u,
    0x0006000cu, 0x00000086u, 0x000003e5u, 0x00000001u, 0x0000003eu, 0x000003e4u, 0x000500c7u, 0x0000000fu, 0x000003e7u, 0x00000258u,
    0x00000089u, 0x0005004du, 0x00000006u, 0x000003e8u, 0x000003e5u, 0x000003e7u, 0x000200f9u, 0x000003eeu, 0x000200f8u, 0x000003e9u,
    0x00060041u, 0x00000083u, 0x000003ebu, 0x0000009bu, 0x00000049u, 0x00000258u, 0x0004003du, 0x0000000fu, 0x000003ecu, 0x000003ebu,
    0x0004007cu, 0x00000006u, 0x000003edu, 0x000003ecu, 0x000200f9u, 0x000003eeu, 0x000200f8u, 0x000003eeu, 0x000700f5u, 0x00000006u,
    0x00000484u, 0x000003e8u, 0x000003e0u, 0x000003edu, 0x000003e9u, 0x00070050u, 0x00000153u, 0x0000025bu, 0x0000047eu, 0x00000480u,
    0x00000482u, 0x00000484u, 0x0008000cu, 0x00000153u, 0x0000025eu, 0x00000001u, 0x00000032u, 0x00000243u, 0x0000025bu, 0x00000474u,
    0x00050084u, 0x0000000fu, 0x00000261u, 0x00000119u, 0x00000216u, 0x00050080u, 0x0000000fu, 0x00000263u, 0x00000233u, 0x00000261u,
    0x00050080u, 0x0000000fu, 0x00000265u, 0x00000472u, 0x00000119u, 0x00050041u, 0x00000026u, 0x00000266u, 0x000001c2u, 0x00000265u,
    0x0004003du, 0x00000006u, 0x00000267u, 0x00000266u, 0x00050080u, 0x0000000fu, 0x0000026au, 0x00000472u, 0x00000269u, 0x00050041u,
    0x00000026u, 0x0000026bu, 0x000001c2u, 0x0000026au, 0x0004003du, 0x00000006u, 0x0000026cu, 0x0000026bu, 0x00050080u, 0x0000000fu,
    0x0000026fu, 0x00000472u, 0x0000026eu, 0x00050041u, 0x00000026u, 0x00000270u, 0x000001c2u, 0x0000026fu, 0x0004003du, 0x00000006u,
    0x00000271u, 0x00000270u, 0x00050080u, 0x0000000fu, 0x00000274u, 0x00000472u, 0x00000273u, 0x00050041u, 0x00000026u, 0x00000275u,
    0x000001c2u, 0x00000274u, 0x0004003du, 0x00000006u, 0x00000276u, 0x00000275u, 0x00070050u, 0x00000153u, 0x00000277u, 0x00000267u,
    0x0000026cu, 0x00000271u, 0x00000276u, 0x000300f7u, 0x00000401u, 0x00000000u, 0x000400fau, 0x00000094u, 0x000003f3u, 0x000003fcu,
    0x000200f8u, 0x000003f3u, 0x000500c2u, 0x0000000fu, 0x000003f5u, 0x00000263u, 0x00000045u, 0x00060041u, 0x00000083u, 0x000003f6u,
    0x0000009bu, 0x00000049u, 0x000003f5u, 0x0004003du, 0x0000000fu, 0x000003f7u, 0x000003f6u, 0x0006000cu, 0x00000086u, 0x000003f8u,
    0x00000001u, 0x0000003eu, 0x000003f7u, 0x000500c7u, 0x0000000fu, 0x000003fau, 0x00000263u, 0x00000089u, 0x0005004du, 0x00000006u,
    0x000003fbu, 0x000003f8u, 0x000003fau, 0x000200f9u, 0x00000401u, 0x000200f8u, 0x000003fcu, 0x00060041u, 0x00000083u, 0x000003feu,
    0x0000009bu, 0x00000049u, 0x00000263u, 0x0004003du, 0x0000000fu, 0x000003ffu, 0x000003feu, 0x0004007cu, 0x00000006u, 0x00000400u,
    0x000003ffu, 0x000200f9u, 0x00000401u, 0x000200f8u, 0x00000401u, 0x000700f5u, 0x00000006u, 0x0000048eu, 0x000003fbu, 0x000003f3u,
    0x00000400u, 0x000003fcu, 0x00050080u, 0x0000000fu, 0x0000027eu, 0x00000263u, 0x00000216u, 0x000300f7u, 0x00000414u, 0x00000000u,
    0x000400fau, 0x00000094u, 0x00000406u, 0x0000040fu, 0x000200f8u, 0x00000406u, 0x000500c2u, 0x0000000fu, 0x00000408u, 0x0000027eu,
    0x00000045u, 0x00060041u, 0x00000083u, 0x00000409u, 0x0000009bu, 0x00000049u, 0x00000408u, 0x0004003du, 0x0000000fu, 0x0000040au,
    0x00000409u, 0x0006000cu, 0x00000086u, 0x0000040bu, 0x00000001u, 0x0000003eu, 0x0000040au, 0x000500c7u, 0x0000000fu, 0x0000040du,
    0x0000027eu, 0x00000089u, 0x0005004du, 0x00000006u, 0x0000040eu, 0x0000040bu, 0x0000040du, 0x000200f9u, 0x00000414u, 0x000200f8u,
    0x0000040fu, 0x00060041u, 0x00000083u, 0x00000411u, 0x0000009bu, 0x00000049u, 0x0000027eu, 0x0004003du, 0x0000000fu, 0x00000412u,
    0x00000411u, 0x0004007cu, 0x00000006u, 0x00000413u, 0x00000412u, 0x000200f9u, 0x00000414u, 0x000200f8u, 0x00000414u, 0x000700f5u,
    0x00000006u, 0x00000490u, 0x0000040eu, 0x00000406u, 0x00000413u, 0x0000040fu, 0x00050080u, 0x0000000fu, 0x00000285u, 0x00000263u,
    0x00000250u, 0x000300f7u, 0x00000427u, 0x00000000u, 0x000400fau, 0x00000094u, 0x00000419u, 0x00000422u, 0x000200f8u, 0x00000419u,
    0x000500c2u, 0x0000000fu, 0x0000041bu, 0x00000285u, 0x00000045u, 0x00060041u, 0x00000083u, 0x0000041cu, 0x0000009bu, 0x00000049u,
    0x0000041bu, 0x0004003du, 0x0000000fu, 0x0000041du, 0x0000041cu, 0x0006000cu, 0x00000086u, 0x0000041eu, 0x00000001u, 0x0000003eu,
    0x0000041du, 0x000500c7u, 0x0000000fu, 0x00000420u, 0x00000285u, 0x00000089u, 0x0005004du, 0x00000006u, 0x00000421u, 0x0000041eu,
    0x00000420u, 0x000200f9u, 0x00000427u, 0x000200f8u, 0x00000422u, 0x00060041u, 0x00000083u, 0x00000424u, 0x0000009bu, 0x00000049u,
    0x00000285u, 0x0004003du, 0x0000000fu, 0x00000425u, 0x00000424u, 0x0004007cu, 0x00000006u, 0x00000426u, 0x00000425u, 0x000200f9u,
    0x00000427u, 0x000200f8u, 0x00000427u, 0x000700f5u, 0x00000006u, 0x00000492u, 0x00000421u, 0x00000419u, 0x00000426u, 0x00000422u,
    0x00050080u, 0x0000000fu, 0x0000028cu, 0x00000263u, 0x00000257u, 0x000300f7u, 0x0000043au, 0x00000000u, 0x000400fau, 0x00000094u,
    0x0000042cu, 0x00000435u, 0x000200f8u, 0x0000042cu, 0x000500c2u, 0x0000000fu, 0x0000042eu, 0x0000028cu, 0x00000045u, 0x00060041u,
    0x00000083u, 0x0000042fu, 0x0000009bu, 0x00000049u, 0x0000042eu, 0x0004003du, 0x0000000fu, 0x00000430u, 0x0000042fu, 0x0006000cu,
    0x00000086u, 0x00000431u, 0x00000001u, 0x0000003eu, 0x00000430u, 0x000500c7u, 0x0000000fu, 0x00000433u, 0x0000028cu, 0x00000089u,
    0x0005004du, 0x00000006u, 0x00000434u, 0x00000431u, 0x00000433u, 0x000200f9u, 0x0000043au, 0x000200f8u, 0x00000435u, 0x00060041u,
    0x00000083u, 0x00000437u, 0x0000009bu, 0x00000049u, 0x0000028cu, 0x0004003du, 0x0000000fu, 0x00000438u, 0x00000437u, 0x0004007cu,
    0x00000006u, 0x00000439u, 0x00000438u, 0x000200f9u, 0x0000043au, 0x000200f8u, 0x0000043au, 0x000700f5u, 0x00000006u, 0x00000494u,
    0x00000434u, 0x0000042cu, 0x00000439u, 0x00000435u, 0x00070050u, 0x00000153u, 0x0000028fu, 0x0000048eu, 0x00000490u, 0x00000492u,
    0x00000494u, 0x0008000cu, 0x00000153u, 0x00000292u, 0x00000001u, 0x00000032u, 0x00000277u, 0x0000028fu, 0x00000473u, 0x000200f9u,
    0x00000226u, 0x000200f8u, 0x00000226u, 0x000200f9u, 0x00000223u, 0x000200f8u, 0x00000225u, 0x00050081u, 0x00000153u, 0x00000297u,
    0x00000474u, 0x00000473u, 0x00050051u, 0x00000006u, 0x00000299u, 0x00000297u, 0x00000000u, 0x00050051u, 0x00000006u, 0x0000029bu,
    0x00000297u, 0x00000001u, 0x00050081u, 0x00000006u, 0x0000029cu, 0x00000299u, 0x0000029bu, 0x00050051u, 0x00000006u, 0x0000029eu,
    0x00000297u, 0x00000002u, 0x00050081u, 0x00000006u, 0x0000029fu, 0x0000029cu, 0x0000029eu, 0x00050051u, 0x00000006u, 0x000002a1u,
    0x00000297u, 0x00000003u, 0x00050081u, 0x00000006u, 0x000002a2u, 0x0000029fu, 0x000002a1u, 0x0008000cu, 0x00000006u, 0x000002a4u,
    0x00000001u, 0x00000032u, 0x0000020eu, 0x000001efu, 0x000002a2u, 0x000200f9u, 0x000002a5u, 0x000200f8u, 0x000002a5u, 0x000700f5u,
    0x00000006u, 0x00000479u, 0x000002a4u, 0x00000225u, 0x000002bau, 0x000002a8u, 0x000700f5u, 0x0000000fu, 0x00000476u, 0x00000472u,
    0x00000225u, 0x000002bcu, 0x000002a8u, 0x000500b0u, 0x00000030u, 0x000002acu, 0x00000476u, 0x00000136u, 0x000400f6u, 0x000002a7u,
    0x000002a8u, 0x00000000u, 0x000400fau, 0x000002acu, 0x000002a6u, 0x000002a7u, 0x000200f8u, 0x000002a6u, 0x00050041u, 0x00000026u,
    0x000002aeu, 0x000001c2u, 0x00000476u, 0x0004003du, 0x00000006u, 0x000002afu, 0x000002aeu, 0x00050084u, 0x0000000fu, 0x000002b4u,
    0x00000476u, 0x00000216u, 0x00050080u, 0x0000000fu, 0x000002b5u, 0x0000021fu, 0x000002b4u, 0x000300f7u, 0x0000044du, 0x00000000u,
    0x000400fau, 0x00000094u, 0x0000043fu, 0x00000448u, 0x000200f8u, 0x0000043fu, 0x000500c2u, 0x0000000fu, 0x00000441u, 0x000002b5u,
    0x00000045u, 0x00060041u, 0x00000083u, 0x00000442u, 0x0000009bu, 0x00000049u, 0x00000441u, 0x0004003du, 0x0000000fu, 0x00000443u,
    0x00000442u, 0x0006000cu, 0x00000086u, 0x00000444u, 0x00000001u, 0x0000003eu, 0x00000443u, 0x000500c7u, 0x0000000fu, 0x00000446u,
    0x000002b5u, 0x00000089u, 0x0005004du, 0x00000006u, 0x00000447u, 0x00000444u, 0x00000446u, 0x000200f9u, 0x0000044du, 0x000200f8u,
    0x00000448u, 0x00060041u, 0x00000083u, 0x0000044au, 0x0000009bu, 0x00000049u, 0x000002b5u, 0x0004003du, 0x0000000fu, 0x0000044bu,
    0x0000044au, 0x0004007cu, 0x00000006u, 0x0000044cu, 0x0000044bu, 0x000200f9u, 0x0000044du, 0x000200f8u, 0x0000044du, 0x000700f5u,
    0x00000006u, 0x0000047bu, 0x00000447u, 0x0000043fu, 0x0000044cu, 0x00000448u, 0x0008000cu, 0x00000006u, 0x000002bau, 0x00000001u,
    0x00000032u, 0x000002afu, 0x0000047bu, 0x00000479u, 0x000200f9u, 0x000002a8u, 0x000200f8u, 0x000002a8u, 0x00050080u, 0x0000000fu,
    0x000002bcu, 0x00000476u, 0x00000045u, 0x000200f9u, 0x000002a5u, 0x000200f8u, 0x000002a7u, 0x0003003eu, 0x0000020du, 0x00000479u,
    0x000200f9u, 0x0000020au, 0x000200f8u, 0x0000020au, 0x000200f9u, 0x000001fcu, 0x000200f8u, 0x000001fcu, 0x00050080u, 0x0000000fu,
    0x000002c1u, 0x0000046cu, 0x00000045u, 0x000200f9u, 0x000001f9u, 0x000200f8u, 0x000001fbu, 0x000400e0u, 0x00000018u, 0x00000018u,
    0x00000019u, 0x000200f9u, 0x0000012bu, 0x000200f8u, 0x0000012bu, 0x00050080u, 0x0000000fu, 0x000002c3u, 0x0000045au, 0x00000131u,
    0x000200f9u, 0x00000128u, 0x000200f8u, 0x0000012au, 0x00050041u, 0x000000bbu, 0x000002c6u, 0x000000bau, 0x000002c5u, 0x0004003du,
    0x0000000fu, 0x000002c7u, 0x000002c6u, 0x00050041u, 0x000000bbu, 0x000002cau, 0x000000bau, 0x000002c9u, 0x0004003du, 0x0000000fu,
    0x000002cbu, 0x000002cau, 0x00050084u, 0x0000000fu, 0x000002ccu, 0x000000b2u, 0x000002cbu, 0x00050080u, 0x0000000fu, 0x000002cdu,
    0x000002c7u, 0x000002ccu, 0x00050080u, 0x0000000fu, 0x000002d2u, 0x000002cdu, 0x000000eeu, 0x000200f9u, 0x000002d4u, 0x000200f8u,
    0x000002d4u, 0x000700f5u, 0x0000000fu, 0x0000045bu, 0x00000021u, 0x0000012au, 0x000002f4u, 0x000002d7u, 0x000500b0u, 0x00000030u,
    0x000002dau, 0x0000045bu, 0x00000119u, 0x000400f6u, 0x000002d6u, 0x000002d7u, 0x00000000u, 0x000400fau, 0x000002dau, 0x000002d5u,
    0x000002d6u, 0x000200f8u, 0x000002d5u, 0x00050084u, 0x0000000fu, 0x000002deu, 0x0000045bu, 0x0000001au, 0x00050080u, 0x0000000fu,
    0x000002dfu, 0x000000b5u, 0x000002deu, 0x000500b0u, 0x00000030u, 0x000002e3u, 0x000002dfu, 0x000000edu, 0x000300f7u, 0x000002e5u,
    0x00000000u, 0x000400fau, 0x000002e3u, 0x000002e4u, 0x000002e5u, 0x000200f8u, 0x000002e4u, 0x00050080u, 0x0000000fu, 0x000002ecu,
    0x000002d2u, 0x000002dfu, 0x00050041u, 0x00000007u, 0x000002eeu, 0x0000011du, 0x0000045bu, 0x0004003du, 0x00000006u, 0x000002efu,
    0x000002eeu, 0x00050088u, 0x00000006u, 0x000002f1u, 0x000002efu, 0x0000045du, 0x00060041u, 0x00000107u, 0x000002f2u, 0x000002e9u,
    0x00000049u, 0x000002ecu, 0x0003003eu, 0x000002f2u, 0x000002f1u, 0x000200f9u, 0x000002e5u, 0x000200f8u, 0x000002e5u, 0x000200f9u,
    0x000002d7u, 0x000200f8u, 0x000002d7u, 0x00050080u, 0x0000000fu, 0x000002f4u, 0x0000045bu, 0x00000045u, 0x000200f9u, 0x000002d4u,
    0x000200f8u, 0x000002d6u, 0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvAttentionSubgroup[3301] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x00000494u, 0x00000000u, 0x00020011u, 0x00000001u, 0x00020011u, 0x0000003du, 0x00020011u,
    0x0000003fu, 0x0006000bu, 0x00000001u, 0x4c534c47u, 0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u,
    0x0009000fu, 0x00000005u, 0x00000004u, 0x6e69616du, 0x00000000u, 0x00000026u, 0x00000035u, 0x0000009au, 0x000000a1u, 0x00060010u,
    0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u, 0x00000021u, 0x00000001u, 0x00000000u, 0x00040047u,
    0x00000026u, 0x0000000bu, 0x00000028u, 0x00040047u, 0x00000035u, 0x0000000bu, 0x00000026u, 0x00040047u, 0x00000064u, 0x00000001u,
    0x00000001u, 0x00040047u, 0x00000069u, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000006au, 0x00000000u, 0x00000018u, 0x00050048u,
    0x0000006au, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000006au, 0x00000002u, 0x00040047u, 0x0000006cu, 0x00000022u,
    0x00000000u, 0x00040047u, 0x0000006cu, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000083u, 0x00000006u, 0x00000004u, 0x00040048u,
    0x00000084u, 0x00000000u, 0x00000018u, 0x00050048u, 0x00000084u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x00000084u,
    0x00000002u, 0x00040047u, 0x00000086u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000086u, 0x00000021u, 0x00000002u, 0x00040047u,
    0x0000009au, 0x0000000bu, 0x0000001au, 0x00040047u, 0x000000a1u, 0x0000000bu, 0x0000001bu, 0x00050048u, 0x000000a6u, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00050048u, 0x000000a6u, 0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x000000a6u, 0x00000002u,
    0x00000023u, 0x00000008u, 0x00050048u, 0x000000a6u, 0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x000000a6u, 0x00000004u,
    0x00000023u, 0x00000010u, 0x00050048u, 0x000000a6u, 0x00000005u, 0x00000023u, 0x00000014u, 0x00050048u, 0x000000a6u, 0x00000006u,
    0x00000023u, 0x00000018u, 0x00050048u, 0x000000a6u, 0x00000007u, 0x00000023u, 0x0000001cu, 0x00050048u, 0x000000a6u, 0x00000008u,
    0x00000023u, 0x00000020u, 0x00050048u, 0x000000a6u, 0x00000009u, 0x00000023u, 0x00000024u, 0x00050048u, 0x000000a6u, 0x0000000au,
    0x00000023u, 0x00000028u, 0x00050048u, 0x000000a6u, 0x0000000bu, 0x00000023u, 0x0000002cu, 0x00050048u, 0x000000a6u, 0x0000000cu,
    0x00000023u, 0x00000030u, 0x00050048u, 0x000000a6u, 0x0000000du, 0x00000023u, 0x00000034u, 0x00030047u, 0x000000a6u, 0x00000002u,
    0x00040047u, 0x000000eeu, 0x00000006u, 0x00000004u, 0x00040048u, 0x000000efu, 0x00000000u, 0x00000018u, 0x00050048u, 0x000000efu,
    0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x000000efu, 0x00000002u, 0x00040047u, 0x000000f1u, 0x00000022u, 0x00000000u,
    0x00040047u, 0x000000f1u, 0x00000021u, 0x00000000u, 0x00040047u, 0x000002d2u, 0x00000006u, 0x00000004u, 0x00040048u, 0x000002d3u,
    0x00000000u, 0x00000019u, 0x00050048u, 0x000002d3u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x000002d3u, 0x00000002u,
    0x00040047u, 0x000002d5u, 0x00000022u, 0x00000000u, 0x00040047u, 0x000002d5u, 0x00000021u, 0x00000003u, 0x00040047u, 0x000002e1u,
    0x00000001u, 0x00000000u, 0x00040047u, 0x000002e2u, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u,
    0x00000002u, 0x00030016u, 0x00000006u, 0x00000020u, 0x00040020u, 0x00000007u, 0x00000007u, 0x00000006u, 0x00040015u, 0x0000000fu,
    0x00000020u, 0x00000000u, 0x0004002bu, 0x0000000fu, 0x00000019u, 0x00000003u, 0x0004002bu, 0x0000000fu, 0x0000001bu, 0x00000002u,
    0x0004002bu, 0x0000000fu, 0x0000001cu, 0x00000108u, 0x00020014u, 0x0000001du, 0x00040032u, 0x0000000fu, 0x00000021u, 0x00000040u,
    0x0004001cu, 0x00000022u, 0x00000006u, 0x00000021u, 0x00040020u, 0x00000023u, 0x00000004u, 0x00000022u, 0x0004003bu, 0x00000023u,
    0x00000024u, 0x00000004u, 0x00040020u, 0x00000025u, 0x00000001u, 0x0000000fu, 0x0004003bu, 0x00000025u, 0x00000026u, 0x00000001u,
    0x00040020u, 0x00000029u, 0x00000004u, 0x00000006u, 0x0004002bu, 0x00000006u, 0x0000002cu, 0x00000000u, 0x0004002bu, 0x0000000fu,
    0x0000002eu, 0x00000000u, 0x0004003bu, 0x00000025u, 0x00000035u, 0x00000001u, 0x00040015u, 0x0000003eu, 0x00000020u, 0x00000001u,
    0x0004002bu, 0x0000003eu, 0x0000003fu, 0x00000001u, 0x0004002bu, 0x0000003eu, 0x0000004du, 0x00000000u, 0x0004002bu, 0x0000000fu,
    0x00000051u, 0x00000001u, 0x00040032u, 0x0000000fu, 0x00000064u, 0x00000000u, 0x00060034u, 0x0000001du, 0x00000065u, 0x000000abu,
    0x00000064u, 0x0000002eu, 0x0003001du, 0x00000069u, 0x0000000fu, 0x0003001eu, 0x0000006au, 0x00000069u, 0x00040020u, 0x0000006bu,
    0x0000000cu, 0x0000006au, 0x0004003bu, 0x0000006bu, 0x0000006cu, 0x0000000cu, 0x00040020u, 0x0000006fu, 0x0000000cu, 0x0000000fu,
    0x00040017u, 0x00000072u, 0x00000006u, 0x00000002u, 0x00060034u, 0x0000001du, 0x0000007fu, 0x000000abu, 0x00000064u, 0x0000002eu,
    0x0003001du, 0x00000083u, 0x0000000fu, 0x0003001eu, 0x00000084u, 0x00000083u, 0x00040020u, 0x00000085u, 0x0000000cu, 0x00000084u,
    0x0004003bu, 0x00000085u, 0x00000086u, 0x0000000cu, 0x00040017u, 0x00000098u, 0x0000000fu, 0x00000003u, 0x00040020u, 0x00000099u,
    0x00000001u, 0x00000098u, 0x0004003bu, 0x00000099u, 0x0000009au, 0x00000001u, 0x0004003bu, 0x00000099u, 0x000000a1u, 0x00000001u,
    0x0010001eu, 0x000000a6u, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu,
    0x0000000fu, 0x0000000fu, 0x0000000fu, 0x0000000fu, 0x00000006u, 0x00000006u, 0x00040020u, 0x000000a7u, 0x00000009u, 0x000000a6u,
    0x0004003bu, 0x000000a7u, 0x000000a8u, 0x00000009u, 0x00040020u, 0x000000a9u, 0x00000009u, 0x0000000fu, 0x0004002bu, 0x0000003eu,
    0x000000acu, 0x00000002u, 0x0004002bu, 0x0000003eu, 0x000000b2u, 0x0000000au, 0x0004002bu, 0x0000003eu, 0x000000b8u, 0x0000000bu,
    0x0004002bu, 0x0000003eu, 0x000000cfu, 0x00000004u, 0x0004002bu, 0x0000003eu, 0x000000d3u, 0x00000005u, 0x0004002bu, 0x0000003eu,
    0x000000d9u, 0x00000003u, 0x0004002bu, 0x0000000fu, 0x000000e9u, 0x00000400u, 0x0004001cu, 0x000000eau, 0x00000006u, 0x000000e9u,
    0x00040020u, 0x000000ebu, 0x00000004u, 0x000000eau, 0x0004003bu, 0x000000ebu, 0x000000ecu, 0x00000004u, 0x0003001du, 0x000000eeu,
    0x00000006u, 0x0003001eu, 0x000000efu, 0x000000eeu, 0x00040020u, 0x000000f0u, 0x0000000cu, 0x000000efu, 0x0004003bu, 0x000000f0u,
    0x000000f1u, 0x0000000cu, 0x00040020u, 0x000000f5u, 0x0000000cu, 0x00000006u, 0x0004002bu, 0x0000003eu, 0x000000f8u, 0x0000000cu,
    0x00040020u, 0x000000f9u, 0x00000009u, 0x00000006u, 0x0004002bu, 0x0000000fu, 0x00000107u, 0x00000004u, 0x0004001cu, 0x00000109u,
    0x00000006u, 0x00000107u, 0x00040020u, 0x0000010au, 0x00000007u, 0x00000109u, 0x0004002bu, 0x00000006u, 0x00000111u, 0xff800000u,
    0x0004002bu, 0x0000000fu, 0x0000011eu, 0x00000100u, 0x0004002bu, 0x0000003eu, 0x00000130u, 0x00000006u, 0x0004002bu, 0x0000003eu,
    0x00000136u, 0x00000007u, 0x00040017u, 0x00000140u, 0x00000006u, 0x00000004u, 0x0007002cu, 0x00000140u, 0x00000143u, 0x0000002cu,
    0x0000002cu, 0x0000002cu, 0x0000002cu, 0x0004002bu, 0x0000003eu, 0x0000019eu, 0x0000000du, 0x0004001cu, 0x000001acu, 0x00000006u,
    0x0000011eu, 0x00040020u, 0x000001adu, 0x00000004u, 0x000001acu, 0x0004003bu, 0x000001adu, 0x000001aeu, 0x00000004u, 0x0004002bu,
    0x0000000fu, 0x00000215u, 0x00000008u, 0x0004002bu, 0x0000000fu, 0x00000255u, 0x00000005u, 0x0004002bu, 0x0000000fu, 0x0000025au,
    0x00000006u, 0x0004002bu, 0x0000000fu, 0x0000025fu, 0x00000007u, 0x0004002bu, 0x0000003eu, 0x000002b1u, 0x00000008u, 0x0004002bu,
    0x0000003eu, 0x000002b5u, 0x00000009u, 0x0003001du, 0x000002d2u, 0x00000006u, 0x0003001eu, 0x000002d3u, 0x000002d2u, 0x00040020u,
    0x000002d4u, 0x0000000cu, 0x000002d3u, 0x0004003bu, 0x000002d4u, 0x000002d5u, 0x0000000cu, 0x00040032u, 0x0000000fu, 0x000002e1u,
    0x00000001u, 0x00060033u, 0x00000098u, 0x000002e2u, 0x000002e1u, 0x00000051u, 0x00000051u, 0x00050036u, 0x00000002u, 0x00000004u,
    0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x0004003bu, 0x0000010au, 0x0000010bu, 0x00000007u, 0x00050041u, 0x00000025u,
    0x0000009bu, 0x0000009au, 0x0000002eu, 0x0004003du, 0x0000000fu, 0x0000009cu, 0x0000009bu, 0x00050041u, 0x00000025u, 0x0000009eu,
    0x0000009au, 0x00000051u, 0x0004003du, 0x0000000fu, 0x0000009fu, 0x0000009eu, 0x00050041u, 0x00000025u, 0x000000a2u, 0x000000a1u,
    0x0000002eu, 0x0004003du, 0x0000000fu, 0x000000a3u, 0x000000a2u, 0x00050041u, 0x000000a9u, 0x000000aau, 0x000000a8u, 0x0000003fu,
    0x0004003du, 0x0000000fu, 0x000000abu, 0x000000aau, 0x00050041u, 0x000000a9u, 0x000000adu, 0x000000a8u, 0x000000acu, 0x0004003du,
    0x0000000fu, 0x000000aeu, 0x000000adu, 0x00050086u, 0x0000000fu, 0x000000afu, 0x000000abu, 0x000000aeu, 0x00050086u, 0x0000000fu,
    0x000000b0u, 0x0000009cu, 0x000000afu, 0x00050041u, 0x000000a9u, 0x000000b3u, 0x000000a8u, 0x000000b2u, 0x0004003du, 0x0000000fu,
    0x000000b4u, 0x000000b3u, 0x00050080u, 0x0000000fu, 0x000000b6u, 0x000000b4u, 0x0000009fu, 0x00050041u, 0x000000a9u, 0x000000b9u,
    0x000000a8u, 0x000000b8u, 0x0004003du, 0x0000000fu, 0x000000bau, 0x000000b9u, 0x000500abu, 0x0000001du, 0x000000bbu, 0x000000bau,
    0x0000002eu, 0x000300f7u, 0x000000bdu, 0x00000000u, 0x000400fau, 0x000000bbu, 0x000000bcu, 0x000000bdu, 0x000200f8u, 0x000000bcu,
    0x00050080u, 0x0000000fu, 0x000000bfu, 0x000000b6u, 0x00000051u, 0x000500acu, 0x0000001du, 0x000000c2u, 0x000000bfu, 0x000000bau,
    0x000200f9u, 0x000000bdu, 0x000200f8u, 0x000000bdu, 0x000700f5u, 0x0000001du, 0x000000c3u, 0x000000bbu, 0x00000005u, 0x000000c2u,
    0x000000bcu, 0x000300f7u, 0x000000c6u, 0x00000000u, 0x000400fau, 0x000000c3u, 0x000000c5u, 0x000000ccu, 0x000200f8u, 0x000000c5u,
    0x00050080u, 0x0000000fu, 0x000000c8u, 0x000000b6u, 0x00000051u, 0x00050082u, 0x0000000fu, 0x000000cbu, 0x000000c8u, 0x000000bau,
    0x000200f9u, 0x000000c6u, 0x000200f8u, 0x000000ccu, 0x000200f9u, 0x000000c6u, 0x000200f8u, 0x000000c6u, 0x000700f5u, 0x0000000fu,
    0x0000042fu, 0x000000cbu, 0x000000c5u, 0x0000002eu, 0x000000ccu, 0x00050041u, 0x000000a9u, 0x000000d0u, 0x000000a8u, 0x000000cfu,
    0x0004003du, 0x0000000fu, 0x000000d1u, 0x000000d0u, 0x00050041u, 0x000000a9u, 0x000000d4u, 0x000000a8u, 0x000000d3u, 0x0004003du,
    0x0000000fu, 0x000000d5u, 0x000000d4u, 0x00050084u, 0x0000000fu, 0x000000d6u, 0x0000009fu, 0x000000d5u, 0x00050080u, 0x0000000fu,
    0x000000d7u, 0x000000d1u, 0x000000d6u, 0x00050041u, 0x000000a9u, 0x000000dau, 0x000000a8u, 0x000000d9u, 0x0004003du, 0x0000000fu,
    0x000000dbu, 0x000000dau, 0x00050084u, 0x0000000fu, 0x000000dcu, 0x0000009cu, 0x000000dbu, 0x00050080u, 0x0000000fu, 0x000000ddu,
    0x000000d7u, 0x000000dcu, 0x000200f9u, 0x000000e0u, 0x000200f8u, 0x000000e0u, 0x000700f5u, 0x0000000fu, 0x00000430u, 0x000000a3u,
    0x000000c6u, 0x000000ffu, 0x000000e1u, 0x000500b0u, 0x0000001du, 0x000000e8u, 0x00000430u, 0x000000dbu, 0x000400f6u, 0x000000e2u,
    0x000000e1u, 0x00000000u, 0x000400fau, 0x000000e8u, 0x000000e1u, 0x000000e2u, 0x000200f8u, 0x000000e1u, 0x00050080u, 0x0000000fu,
    0x000000f4u, 0x000000ddu, 0x00000430u, 0x00060041u, 0x000000f5u, 0x000000f6u, 0x000000f1u, 0x0000004du, 0x000000f4u, 0x0004003du,
    0x00000006u, 0x000000f7u, 0x000000f6u, 0x00050041u, 0x000000f9u, 0x000000fau, 0x000000a8u, 0x000000f8u, 0x0004003du, 0x00000006u,
    0x000000fbu, 0x000000fau, 0x00050085u, 0x00000006u, 0x000000fcu, 0x000000f7u, 0x000000fbu, 0x00050041u, 0x00000029u, 0x000000fdu,
    0x000000ecu, 0x00000430u, 0x0003003eu, 0x000000fdu, 0x000000fcu, 0x00050080u, 0x0000000fu, 0x000000ffu, 0x00000430u, 0x00000021u,
    0x000200f9u, 0x000000e0u, 0x000200f8u, 0x000000e2u, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x000200f9u, 0x00000101u,
    0x000200f8u, 0x00000101u, 0x000700f5u, 0x0000000fu, 0x00000431u, 0x0000002eu, 0x000000e2u, 0x0000010fu, 0x00000102u, 0x000500b0u,
    0x0000001du, 0x00000108u, 0x00000431u, 0x00000107u, 0x000400f6u, 0x00000103u, 0x00000102u, 0x00000000u, 0x000400fau, 0x00000108u,
    0x00000102u, 0x00000103u, 0x000200f8u, 0x00000102u, 0x00050041u, 0x00000007u, 0x0000010du, 0x0000010bu, 0x00000431u, 0x0003003eu,
    0x0000010du, 0x0000002cu, 0x00050080u, 0x0000000fu, 0x0000010fu, 0x00000431u, 0x0000003fu, 0x000200f9u, 0x00000101u, 0x000200f8u,
    0x00000103u, 0x000200f9u, 0x00000115u, 0x000200f8u, 0x00000115u, 0x000700f5u, 0x00000006u, 0x00000439u, 0x00000111u, 0x00000103u,
    0x000001bcu, 0x00000118u, 0x000700f5u, 0x00000006u, 0x00000435u, 0x0000002cu, 0x00000103u, 0x000001e2u, 0x00000118u, 0x000700f5u,
    0x0000000fu, 0x00000432u, 0x0000042fu, 0x00000103u, 0x000002afu, 0x00000118u, 0x000500b2u, 0x0000001du, 0x0000011cu, 0x00000432u,
    0x000000b6u, 0x000400f6u, 0x00000117u, 0x00000118u, 0x00000000u, 0x000400fau, 0x0000011cu, 0x00000116u, 0x00000117u, 0x000200f8u,
    0x00000116u, 0x00050080u, 0x0000000fu, 0x00000120u, 0x000000b6u, 0x00000051u, 0x00050082u, 0x0000000fu, 0x00000122u, 0x00000120u,
    0x00000432u, 0x0007000cu, 0x0000000fu, 0x00000123u, 0x00000001u, 0x00000026u, 0x0000011eu, 0x00000122u, 0x000200f9u, 0x00000127u,
    0x000200f8u, 0x00000127u, 0x000700f5u, 0x00000006u, 0x0000043au, 0x00000111u, 0x00000116u, 0x000001b4u, 0x0000012au, 0x000700f5u,
    0x0000000fu, 0x00000437u, 0x000000a3u, 0x00000116u, 0x000001b6u, 0x0000012au, 0x000500b0u, 0x0000001du, 0x0000012eu, 0x00000437u,
    0x00000123u, 0x000400f6u, 0x00000129u, 0x0000012au, 0x00000000u, 0x000400fau, 0x0000012eu, 0x00000128u, 0x00000129u, 0x000200f8u,
    0x00000128u, 0x00050041u, 0x000000a9u, 0x00000131u, 0x000000a8u, 0x00000130u, 0x0004003du, 0x0000000fu, 0x00000132u, 0x00000131u,
    0x00050080u, 0x0000000fu, 0x00000135u, 0x00000432u, 0x00000437u, 0x00050041u, 0x000000a9u, 0x00000137u, 0x000000a8u, 0x00000136u,
    0x0004003du, 0x0000000fu, 0x00000138u, 0x00000137u, 0x00050084u, 0x0000000fu, 0x00000139u, 0x00000135u, 0x00000138u, 0x00050080u,
    0x0000000fu, 0x0000013au, 0x00000132u, 0x00000139u, 0x00050084u, 0x0000000fu, 0x0000013eu, 0x000000b0u, 0x000000dbu, 0x00050080u,
    0x0000000fu, 0x0000013fu, 0x0000013au, 0x0000013eu, 0x000200f9u, 0x00000145u, 0x000200f8u, 0x00000145u, 0x000700f5u, 0x00000140u,
    0x00000480u, 0x00000143u, 0x00000128u, 0x00000179u, 0x00000148u, 0x000700f5u, 0x0000000fu, 0x0000047fu, 0x0000002eu, 0x00000128u,
    0x0000014bu, 0x00000148u, 0x00050080u, 0x0000000fu, 0x0000014bu, 0x0000047fu, 0x00000107u, 0x000500b2u, 0x0000001du, 0x0000014eu,
    0x0000014bu, 0x000000dbu, 0x000400f6u, 0x00000147u, 0x00000148u, 0x00000000u, 0x000400fau, 0x0000014eu, 0x00000146u, 0x00000147u,
    0x000200f8u, 0x00000146u, 0x00050041u, 0x00000029u, 0x00000150u, 0x000000ecu, 0x0000047fu, 0x0004003du, 0x00000006u, 0x00000151u,
    0x00000150u, 0x00050080u, 0x0000000fu, 0x00000153u, 0x0000047fu, 0x00000051u, 0x00050041u, 0x00000029u, 0x00000154u, 0x000000ecu,
    0x00000153u, 0x0004003du, 0x00000006u, 0x00000155u, 0x00000154u, 0x00050080u, 0x0000000fu, 0x00000157u, 0x0000047fu, 0x0000001bu,
    0x00050041u, 0x00000029u, 0x00000158u, 0x000000ecu, 0x00000157u, 0x0004003du, 0x00000006u, 0x00000159u, 0x00000158u, 0x00050080u,
    0x0000000fu, 0x0000015bu, 0x0000047fu, 0x00000019u, 0x00050041u, 0x00000029u, 0x0000015cu, 0x000000ecu, 0x0000015bu, 0x0004003du,
    0x00000006u, 0x0000015du, 0x0000015cu, 0x00070050u, 0x00000140u, 0x0000015eu, 0x00000151u, 0x00000155u, 0x00000159u, 0x0000015du,
    0x00050080u, 0x0000000fu, 0x00000161u, 0x0000013fu, 0x0000047fu, 0x000300f7u, 0x000002f4u, 0x00000000u, 0x000400fau, 0x00000065u,
    0x000002e6u, 0x000002efu, 0x000200f8u, 0x000002e6u, 0x000500c2u, 0x0000000fu, 0x000002e8u, 0x00000161u, 0x0000003fu, 0x00060041u,
    0x0000006fu, 0x000002e9u, 0x0000006cu, 0x0000004du, 0x000002e8u, 0x0004003du, 0x0000000fu, 0x000002eau, 0x000002e9u, 0x0006000cu,
    0x00000072u, 0x000002ebu, 0x00000001u, 0x0000003eu, 0x000002eau, 0x000500c7u, 0x0000000fu, 0x000002edu, 0x00000161u, 0x00000051u,
    0x0005004du, 0x00000006u, 0x000002eeu, 0x000002ebu, 0x000002edu, 0x000200f9u, 0x000002f4u, 0x000200f8u, 0x000002efu, 0x00060041u,
    0x0000006fu, 0x000002f1u, 0x0000006cu, 0x0000004du, 0x00000161u, 0x0004003du, 0x0000000fu, 0x000002f2u, 0x000002f1u, 0x0004007cu,
    0x00000006u, 0x000002f3u, 0x000002f2u, 0x000200f9u, 0x000002f4u, 0x000200f8u, 0x000002f4u, 0x000700f5u, 0x00000006u, 0x0000048du,
    0x000002eeu, 0x000002e6u, 0x000002f3u, 0x000002efu, 0x00050080u, 0x0000000fu, 0x00000167u, 0x00000161u, 0x00000051u, 0x000300f7u,
    0x00000307u, 0x00000000u, 0x000400fau, 0x00000065u, 0x000002f9u, 0x00000302u, 0x000200f8u, 0x000002f9u, 0x000500c2u, 0x0000000fu,
    0x000002fbu, 0x00000167u, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x000002fcu, 0x0000006cu, 0x0000004du, 0x000002fbu, 0x0004003du,
    0x0000000fu, 0x000002fdu, 0x000002fcu, 0x0006000cu, 0x00000072u, 0x000002feu, 0x00000001u, 0x0000003eu, 0x000002fdu, 0x000500c7u,
    0x0000000fu, 0x00000300u, 0x00000167u, 0x00000051u, 0x0005004du, 0x00000006u, 0x00000301u, 0x000002feu, 0x00000300u, 0x000200f9u,
    0x00000307u, 0x000200f8u, 0x00000302u, 0x00060041u, 0x0000006fu, 0x00000304u, 0x0000006cu, 0x0000004du, 0x00000167u, 0x0004003du,
    0x0000000fu, 0x00000305u, 0x00000304u, 0x0004007cu, 0x00000006u, 0x00000306u, 0x00000305u, 0x000200f9u, 0x00000307u, 0x000200f8u,
    0x00000307u, 0x000700f5u, 0x00000006u, 0x0000048fu, 0x00000301u, 0x000002f9u, 0x00000306u, 0x00000302u, 0x00050080u, 0x0000000fu,
    0x0000016du, 0x00000161u, 0x0000001bu, 0x000300f7u, 0x0000031au, 0x00000000u, 0x000400fau, 0x00000065u, 0x0000030cu, 0x00000315u,
    0x000200f8u, 0x0000030cu, 0x000500c2u, 0x0000000fu, 0x0000030eu, 0x0000016du, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x0000030fu,
    0x0000006cu, 0x0000004du, 0x0000030eu, 0x0004003du, 0x0000000fu, 0x00000310u, 0x0000030fu, 0x0006000cu, 0x00000072u, 0x00000311u,
    0x00000001u, 0x0000003eu, 0x00000310u, 0x000500c7u, 0x0000000fu, 0x00000313u, 0x0000016du, 0x00000051u, 0x0005004du, 0x00000006u,
    0x00000314u, 0x00000311u, 0x00000313u, 0x000200f9u, 0x0000031au, 0x000200f8u, 0x00000315u, 0x00060041u, 0x0000006fu, 0x00000317u,
    0x0000006cu, 0x0000004du, 0x0000016du, 0x0004003du, 0x0000000fu, 0x00000318u, 0x00000317u, 0x0004007cu, 0x00000006u, 0x00000319u,
    0x00000318u, 0x000200f9u, 0x0000031au, 0x000200f8u, 0x0000031au, 0x000700f5u, 0x00000006u, 0x00000491u, 0x00000314u, 0x0000030cu,
    0x00000319u, 0x00000315u, 0x00050080u, 0x0000000fu, 0x00000173u, 0x00000161u, 0x00000019u, 0x000300f7u, 0x0000032du, 0x00000000u,
    0x000400fau, 0x00000065u, 0x0000031fu, 0x00000328u, 0x000200f8u, 0x0000031fu, 0x000500c2u, 0x0000000fu, 0x00000321u, 0x00000173u,
    0x0000003fu, 0x00060041u, 0x0000006fu, 0x00000322u, 0x0000006cu, 0x0000004du, 0x00000321u, 0x0004003du, 0x0000000fu, 0x00000323u,
    0x00000322u, 0x0006000cu, 0x00000072u, 0x00000324u, 0x00000001u, 0x0000003eu, 0x00000323u, 0x000500c7u, 0x0000000fu, 0x00000326u,
    0x00000173u, 0x00000051u, 0x0005004du, 0x00000006u, 0x00000327u, 0x00000324u, 0x00000326u, 0x000200f9u, 0x0000032du, 0x000200f8u,
    0x00000328u, 0x00060041u, 0x0000006fu, 0x0000032au, 0x0000006cu, 0x0000004du, 0x00000173u, 0x0004003du, 0x0000000fu, 0x0000032bu,
    0x0000032au, 0x0004007cu, 0x00000006u, 0x0000032cu, 0x0000032bu, 0x000200f9u, 0x0000032du, 0x000200f8u, 0x0000032du, 0x000700f5u,
    0x00000006u, 0x00000493u, 0x00000327u, 0x0000031fu, 0x0000032cu, 0x00000328u, 0x00070050u, 0x00000140u, 0x00000176u, 0x0000048du,
    0x0000048fu, 0x00000491u, 0x00000493u, 0x0008000cu, 0x00000140u, 0x00000179u, 0x00000001u, 0x00000032u, 0x0000015eu, 0x00000176u,
    0x00000480u, 0x000200f9u, 0x00000148u, 0x000200f8u, 0x00000148u, 0x000200f9u, 0x00000145u, 0x000200f8u, 0x00000147u, 0x00050051u,
    0x00000006u, 0x0000017eu, 0x00000480u, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000180u, 0x00000480u, 0x00000001u, 0x00050081u,
    0x00000006u, 0x00000181u, 0x0000017eu, 0x00000180u, 0x00050051u, 0x00000006u, 0x00000183u, 0x00000480u, 0x00000002u, 0x00050081u,
    0x00000006u, 0x00000184u, 0x00000181u, 0x00000183u, 0x00050051u, 0x00000006u, 0x00000186u, 0x00000480u, 0x00000003u, 0x00050081u,
    0x00000006u, 0x00000187u, 0x00000184u, 0x00000186u, 0x000200f9u, 0x00000188u, 0x000200f8u, 0x00000188u, 0x000700f5u, 0x00000006u,
    0x00000482u, 0x00000187u, 0x00000147u, 0x0000019bu, 0x0000018bu, 0x000700f5u, 0x0000000fu, 0x00000481u, 0x0000047fu, 0x00000147u,
    0x0000019du, 0x0000018bu, 0x000500b0u, 0x0000001du, 0x00000190u, 0x00000481u, 0x000000dbu, 0x000400f6u, 0x0000018au, 0x0000018bu,
    0x00000000u, 0x000400fau, 0x00000190u, 0x00000189u, 0x0000018au, 0x000200f8u, 0x00000189u, 0x00050041u, 0x00000029u, 0x00000192u,
    0x000000ecu, 0x00000481u, 0x0004003du, 0x00000006u, 0x00000193u, 0x00000192u, 0x00050080u, 0x0000000fu, 0x00000196u, 0x0000013fu,
    0x00000481u, 0x000300f7u, 0x00000340u, 0x00000000u, 0x000400fau, 0x00000065u, 0x00000332u, 0x0000033bu, 0x000200f8u, 0x00000332u,
    0x000500c2u, 0x0000000fu, 0x00000334u, 0x00000196u, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x00000335u, 0x0000006cu, 0x0000004du,
    0x00000334u, 0x0004003du, 0x0000000fu, 0x00000336u, 0x00000335u, 0x0006000cu, 0x00000072u, 0x00000337u, 0x00000001u, 0x0000003eu,
    0x00000336u, 0x000500c7u, 0x0000000fu, 0x00000339u, 0x00000196u, 0x00000051u, 0x0005004du, 0x00000006u, 0x0000033au, 0x00000337u,
    0x00000339u, 0x000200f9u, 0x00000340u, 0x000200f8u, 0x0000033bu, 0x00060041u, 0x0000006fu, 0x0000033du, 0x0000006cu, 0x0000004du,
    0x00000196u, 0x0004003du, 0x0000000fu, 0x0000033eu, 0x0000033du, 0x0004007cu, 0x00000006u, 0x0000033fu, 0x0000033eu, 0x000200f9u,
    0x00000340u, 0x000200f8u, 0x00000340u, 0x000700f5u, 0x00000006u, 0x0000048au, 0x0000033au, 0x00000332u, 0x0000033fu, 0x0000033bu,
    0x0008000cu, 0x00000006u, 0x0000019bu, 0x00000001u, 0x00000032u, 0x00000193u, 0x0000048au, 0x00000482u, 0x000200f9u, 0x0000018bu,
    0x000200f8u, 0x0000018bu, 0x00050080u, 0x0000000fu, 0x0000019du, 0x00000481u, 0x0000003fu, 0x000200f9u, 0x00000188u, 0x000200f8u,
    0x0000018au, 0x00050041u, 0x000000f9u, 0x0000019fu, 0x000000a8u, 0x0000019eu, 0x0004003du, 0x00000006u, 0x000001a0u, 0x0000019fu,
    0x000500bau, 0x0000001du, 0x000001a1u, 0x000001a0u, 0x0000002cu, 0x000300f7u, 0x000001a3u, 0x00000000u, 0x000400fau, 0x000001a1u,
    0x000001a2u, 0x000001a3u, 0x000200f8u, 0x000001a2u, 0x00050088u, 0x00000006u, 0x000001a9u, 0x00000482u, 0x000001a0u, 0x0006000cu,
    0x00000006u, 0x000001aau, 0x00000001u, 0x00000015u, 0x000001a9u, 0x00050085u, 0x00000006u, 0x000001abu, 0x000001a0u, 0x000001aau,
    0x000200f9u, 0x000001a3u, 0x000200f8u, 0x000001a3u, 0x000700f5u, 0x00000006u, 0x00000486u, 0x00000482u, 0x0000018au, 0x000001abu,
    0x000001a2u, 0x00050041u, 0x00000029u, 0x000001b1u, 0x000001aeu, 0x00000437u, 0x0003003eu, 0x000001b1u, 0x00000486u, 0x0007000cu,
    0x00000006u, 0x000001b4u, 0x00000001u, 0x00000028u, 0x0000043au, 0x00000486u, 0x000200f9u, 0x0000012au, 0x000200f8u, 0x0000012au,
    0x00050080u, 0x0000000fu, 0x000001b6u, 0x00000437u, 0x00000021u, 0x000200f9u, 0x00000127u, 0x000200f8u, 0x00000129u, 0x00060166u,
    0x00000006u, 0x00000347u, 0x00000019u, 0x00000000u, 0x0000043au, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x0004014du,
    0x0000001du, 0x00000348u, 0x00000019u, 0x000300f7u, 0x0000034du, 0x00000000u, 0x000400fau, 0x00000348u, 0x00000349u, 0x0000034du,
    0x000200f8u, 0x00000349u, 0x0004003du, 0x0000000fu, 0x0000034au, 0x00000026u, 0x00050041u, 0x00000029u, 0x0000034cu, 0x00000024u,
    0x0000034au, 0x0003003eu, 0x0000034cu, 0x00000347u, 0x000200f9u, 0x0000034du, 0x000200f8u, 0x0000034du, 0x000400e0u, 0x0000001bu,
    0x0000001bu, 0x0000001cu, 0x00050041u, 0x00000029u, 0x0000034eu, 0x00000024u, 0x0000004du, 0x0004003du, 0x00000006u, 0x0000034fu,
    0x0000034eu, 0x000200f9u, 0x00000350u, 0x000200f8u, 0x00000350u, 0x000700f5u, 0x00000006u, 0x0000043cu, 0x0000034fu, 0x0000034du,
    0x0000035au, 0x00000355u, 0x000700f5u, 0x0000000fu, 0x0000043bu, 0x00000051u, 0x0000034du, 0x0000035du, 0x00000355u, 0x0004003du,
    0x0000000fu, 0x00000353u, 0x00000035u, 0x000500b0u, 0x0000001du, 0x00000354u, 0x0000043bu, 0x00000353u, 0x000400f6u, 0x0000035eu,
    0x00000355u, 0x00000000u, 0x000400fau, 0x00000354u, 0x00000355u, 0x0000035eu, 0x000200f8u, 0x00000355u, 0x00050041u, 0x00000029u,
    0x00000358u, 0x00000024u, 0x0000043bu, 0x0004003du, 0x00000006u, 0x00000359u, 0x00000358u, 0x0007000cu, 0x00000006u, 0x0000035au,
    0x00000001u, 0x00000028u, 0x0000043cu, 0x00000359u, 0x00050080u, 0x0000000fu, 0x0000035du, 0x0000043bu, 0x0000003fu, 0x000200f9u,
    0x00000350u, 0x000200f8u, 0x0000035eu, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x0007000cu, 0x00000006u, 0x000001bcu,
    0x00000001u, 0x00000028u, 0x00000439u, 0x0000043cu, 0x000200f9u, 0x000001c0u, 0x000200f8u, 0x000001c0u, 0x000700f5u, 0x00000006u,
    0x00000445u, 0x0000002cu, 0x0000035eu, 0x000001d4u, 0x000001c1u, 0x000700f5u, 0x0000000fu, 0x0000043du, 0x000000a3u, 0x0000035eu,
    0x000001d6u, 0x000001c1u, 0x000500b0u, 0x0000001du, 0x000001c7u, 0x0000043du, 0x00000123u, 0x000400f6u, 0x000001c2u, 0x000001c1u,
    0x00000000u, 0x000400fau, 0x000001c7u, 0x000001c1u, 0x000001c2u, 0x000200f8u, 0x000001c1u, 0x00050041u, 0x00000029u, 0x000001cau,
    0x000001aeu, 0x0000043du, 0x0004003du, 0x00000006u, 0x000001cbu, 0x000001cau, 0x00050083u, 0x00000006u, 0x000001cdu, 0x000001cbu,
    0x000001bcu, 0x0006000cu, 0x00000006u, 0x000001ceu, 0x00000001u, 0x0000001bu, 0x000001cdu, 0x0003003eu, 0x000001cau, 0x000001ceu,
    0x00050081u, 0x00000006u, 0x000001d4u, 0x00000445u, 0x000001ceu, 0x00050080u, 0x0000000fu, 0x000001d6u, 0x0000043du, 0x00000021u,
    0x000200f9u, 0x000001c0u, 0x000200f8u, 0x000001c2u, 0x00050083u, 0x00000006u, 0x000001dau, 0x00000439u, 0x000001bcu, 0x0006000cu,
    0x00000006u, 0x000001dbu, 0x00000001u, 0x0000001bu, 0x000001dau, 0x0006015eu, 0x00000006u, 0x00000365u, 0x00000019u, 0x00000000u,
    0x00000445u, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x0004014du, 0x0000001du, 0x00000366u, 0x00000019u, 0x000300f7u,
    0x0000036bu, 0x00000000u, 0x000400fau, 0x00000366u, 0x00000367u, 0x0000036bu, 0x000200f8u, 0x00000367u, 0x0004003du, 0x0000000fu,
    0x00000368u, 0x00000026u, 0x00050041u, 0x00000029u, 0x0000036au, 0x00000024u, 0x00000368u, 0x0003003eu, 0x0000036au, 0x00000365u,
    0x000200f9u, 0x0000036bu, 0x000200f8u, 0x0000036bu, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x000200f9u, 0x0000036cu,
    0x000200f8u, 0x0000036cu, 0x000700f5u, 0x00000006u, 0x00000447u, 0x0000002cu, 0x0000036bu, 0x00000376u, 0x00000371u, 0x000700f5u,
    0x0000000fu, 0x00000446u, 0x0000002eu, 0x0000036bu, 0x00000379u, 0x00000371u, 0x000500b0u, 0x0000001du, 0x00000370u, 0x00000446u,
    0x00000353u, 0x000400f6u, 0x0000037au, 0x00000371u, 0x00000000u, 0x000400fau, 0x00000370u, 0x00000371u, 0x0000037au, 0x000200f8u,
    0x00000371u, 0x00050041u, 0x00000029u, 0x00000373u, 0x00000024u, 0x00000446u, 0x0004003du, 0x00000006u, 0x00000374u, 0x00000373u,
    0x00050081u, 0x00000006u, 0x00000376u, 0x00000447u, 0x00000374u, 0x00050080u, 0x0000000fu, 0x00000379u, 0x00000446u, 0x0000003fu,
    0x000200f9u, 0x0000036cu, 0x000200f8u, 0x0000037au, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x0008000cu, 0x00000006u,
    0x000001e2u, 0x00000001u, 0x00000032u, 0x00000435u, 0x000001dbu, 0x00000447u, 0x000200f9u, 0x000001e5u, 0x000200f8u, 0x000001e5u,
    0x000700f5u, 0x0000000fu, 0x00000448u, 0x0000002eu, 0x0000037au, 0x000002adu, 0x000001e8u, 0x000500b0u, 0x0000001du, 0x000001ebu,
    0x00000448u, 0x00000107u, 0x000400f6u, 0x000001e7u, 0x000001e8u, 0x00000000u, 0x000400fau, 0x000001ebu, 0x000001e6u, 0x000001e7u,
    0x000200f8u, 0x000001e6u, 0x00050084u, 0x0000000fu, 0x000001efu, 0x00000448u, 0x00000021u, 0x00050080u, 0x0000000fu, 0x000001f0u,
    0x000000a3u, 0x000001efu, 0x000500b0u, 0x0000001du, 0x000001f4u, 0x000001f0u, 0x000000dbu, 0x000300f7u, 0x000001f6u, 0x00000000u,
    0x000400fau, 0x000001f4u, 0x000001f5u, 0x000001f6u, 0x000200f8u, 0x000001f5u, 0x00050041u, 0x00000007u, 0x000001f9u, 0x0000010bu,
    0x00000448u, 0x0004003du, 0x00000006u, 0x000001fau, 0x000001f9u, 0x00050041u, 0x000000a9u, 0x000001feu, 0x000000a8u, 0x00000130u,
    0x0004003du, 0x0000000fu, 0x000001ffu, 0x000001feu, 0x00050041u, 0x000000a9u, 0x00000201u, 0x000000a8u, 0x00000136u, 0x0004003du,
    0x0000000fu, 0x00000202u, 0x00000201u, 0x00050084u, 0x0000000fu, 0x00000203u, 0x00000432u, 0x00000202u, 0x00050080u, 0x0000000fu,
    0x00000204u, 0x000001ffu, 0x00000203u, 0x00050084u, 0x0000000fu, 0x00000208u, 0x000000b0u, 0x000000dbu, 0x00050080u, 0x0000000fu,
    0x00000209u, 0x00000204u, 0x00000208u, 0x00050080u, 0x0000000fu, 0x0000020bu, 0x00000209u, 0x000001f0u, 0x000200f9u, 0x0000020fu,
    0x000200f8u, 0x0000020fu, 0x000700f5u, 0x00000140u, 0x00000452u, 0x00000143u, 0x000001f5u, 0x0000024au, 0x00000212u, 0x000700f5u,
    0x00000140u, 0x00000451u, 0x00000143u, 0x000001f5u, 0x0000027eu, 0x00000212u, 0x000700f5u, 0x0000000fu, 0x00000450u, 0x0000002eu,
    0x000001f5u, 0x00000216u, 0x00000212u, 0x00050080u, 0x0000000fu, 0x00000216u, 0x00000450u, 0x00000215u, 0x000500b2u, 0x0000001du,
    0x00000218u, 0x00000216u, 0x00000123u, 0x000400f6u, 0x00000211u, 0x00000212u, 0x00000000u, 0x000400fau, 0x00000218u, 0x00000210u,
    0x00000211u, 0x000200f8u, 0x00000210u, 0x00050084u, 0x0000000fu, 0x0000021eu, 0x00000450u, 0x00000202u, 0x00050080u, 0x0000000fu,
    0x0000021fu, 0x0000020bu, 0x0000021eu, 0x00050041u, 0x00000029u, 0x00000221u, 0x000001aeu, 0x00000450u, 0x0004003du, 0x00000006u,
    0x00000222u, 0x00000221u, 0x00050080u, 0x0000000fu, 0x00000224u, 0x00000450u, 0x00000051u, 0x00050041u, 0x00000029u, 0x00000225u,
    0x000001aeu, 0x00000224u, 0x0004003du, 0x00000006u, 0x00000226u, 0x00000225u, 0x00050080u, 0x0000000fu, 0x00000228u, 0x00000450u,
    0x0000001bu, 0x00050041u, 0x00000029u, 0x00000229u, 0x000001aeu, 0x00000228u, 0x0004003du, 0x00000006u, 0x0000022au, 0x00000229u,
    0x00050080u, 0x0000000fu, 0x0000022cu, 0x00000450u, 0x00000019u, 0x00050041u, 0x00000029u, 0x0000022du, 0x000001aeu, 0x0000022cu,
    0x0004003du, 0x00000006u, 0x0000022eu, 0x0000022du, 0x00070050u, 0x00000140u, 0x0000022fu, 0x00000222u, 0x00000226u, 0x0000022au,
    0x0000022eu, 0x000300f7u, 0x0000038du, 0x00000000u, 0x000400fau, 0x0000007fu, 0x0000037fu, 0x00000388u, 0x000200f8u, 0x0000037fu,
    0x000500c2u, 0x0000000fu, 0x00000381u, 0x0000021fu, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x00000382u, 0x00000086u, 0x0000004du,
    0x00000381u, 0x0004003du, 0x0000000fu, 0x00000383u, 0x00000382u, 0x0006000cu, 0x00000072u, 0x00000384u, 0x00000001u, 0x0000003eu,
    0x00000383u, 0x000500c7u, 0x0000000fu, 0x00000386u, 0x0000021fu, 0x00000051u, 0x0005004du, 0x00000006u, 0x00000387u, 0x00000384u,
    0x00000386u, 0x000200f9u, 0x0000038du, 0x000200f8u, 0x00000388u, 0x00060041u, 0x0000006fu, 0x0000038au, 0x00000086u, 0x0000004du,
    0x0000021fu, 0x0004003du, 0x0000000fu, 0x0000038bu, 0x0000038au, 0x0004007cu, 0x00000006u, 0x0000038cu, 0x0000038bu, 0x000200f9u,
    0x0000038du, 0x000200f8u, 0x0000038du, 0x000700f5u, 0x00000006u, 0x0000045cu, 0x00000387u, 0x0000037fu, 0x0000038cu, 0x00000388u,
    0x00050080u, 0x0000000fu, 0x00000236u, 0x0000021fu, 0x00000202u, 0x000300f7u, 0x000003a0u, 0x00000000u, 0x000400fau, 0x0000007fu,
    0x00000392u, 0x0000039bu, 0x000200f8u, 0x00000392u, 0x000500c2u, 0x0000000fu, 0x00000394u, 0x00000236u, 0x0000003fu, 0x00060041u,
    0x0000006fu, 0x00000395u, 0x00000086u, 0x0000004du, 0x00000394u, 0x0004003du, 0x0000000fu, 0x00000396u, 0x00000395u, 0x0006000cu,
    0x00000072u, 0x00000397u, 0x00000001u, 0x0000003eu, 0x00000396u, 0x000500c7u, 0x0000000fu, 0x00000399u, 0x00000236u, 0x00000051u,
    0x0005004du, 0x00000006u, 0x0000039au, 0x00000397u, 0x00000399u, 0x000200f9u, 0x000003a0u, 0x000200f8u, 0x0000039bu, 0x00060041u,
    0x0000006fu, 0x0000039du, 0x00000086u, 0x0000004du, 0x00000236u, 0x0004003du, 0x0000000fu, 0x0000039eu, 0x0000039du, 0x0004007cu,
    0x00000006u, 0x0000039fu, 0x0000039eu, 0x000200f9u, 0x000003a0u, 0x000200f8u, 0x000003a0u, 0x000700f5u, 0x00000006u, 0x0000045eu,
    0x0000039au, 0x00000392u, 0x0000039fu, 0x0000039bu, 0x00050084u, 0x0000000fu, 0x0000023cu, 0x0000001bu, 0x00000202u, 0x00050080u,
    0x0000000fu, 0x0000023du, 0x0000021fu, 0x0000023cu, 0x000300f7u, 0x000003b3u, 0x00000000u, 0x000400fau, 0x0000007fu, 0x000003a5u,
    0x000003aeu, 0x000200f8u, 0x000003a5u, 0x000500c2u, 0x0000000fu, 0x000003a7u, 0x0000023du, 0x0000003fu, 0x00060041u, 0x0000006fu,
    0x000003a8u, 0x00000086u, 0x0000004du, 0x000003a7u, 0x0004003du, 0x0000000fu, 0x000003a9u, 0x000003a8u, 0x0006000cu, 0x00000072u,
    0x000003aau, 0x00000001u, 0x0000003eu, 0x000003a9u, 0x000500c7u, 0x0000000fu, 0x000003acu, 0x0000023du, 0x00000051u, 0x0005004du,
    0x00000006u, 0x000003adu, 0x000003aau, 0x000003acu, 0x000200f9u, 0x000003b3u, 0x000200f8u, 0x000003aeu, 0x00060041u, 0x0000006fu,
    0x000003b0u, 0x00000086u, 0x0000004du, 0x0000023du, 0x0004003du, 0x0000000fu, 0x000003b1u, 0x000003b0u, 0x0004007cu, 0x00000006u,
    0x000003b2u, 0x000003b1u, 0x000200f9u, 0x000003b3u, 0x000200f8u, 0x000003b3u, 0x000700f5u, 0x00000006u, 0x00000460u, 0x000003adu,
    0x000003a5u, 0x000003b2u, 0x000003aeu, 0x00050084u, 0x0000000fu, 0x00000243u, 0x00000019u, 0x00000202u, 0x00050080u, 0x0000000fu,
    0x00000244u, 0x0000021fu, 0x00000243u, 0x000300f7u, 0x000003c6u, 0x00000000u, 0x000400fau, 0x0000007fu, 0x000003b8u, 0x000003c1u,
    0x000200f8u, 0x000003b8u, 0x000500c2u, 0x0000000fu, 0x000003bau, 0x00000244u, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x000003bbu,
    0x00000086u, 0x0000004du, 0x000003bau, 0x0004003du, 0x0000000fu, 0x000003bcu, 0x000003bbu, 0x0006000cu, 0x00000072u, 0x000003bdu,
    0x00000001u, 0x0000003eu, 0x000003bcu, 0x000500c7u, 0x0000000fu, 0x000003bfu, 0x00000244u, 0x00000051u, 0x0005004du, 0x00000006u,
    0x000003c0u, 0x000003bdu, 0x000003bfu, 0x000200f9u, 0x000003c6u, 0x000200f8u, 0x000003c1u, 0x00060041u, 0x0000006fu, 0x000003c3u,
    0x00000086u, 0x0000004du, 0x00000244u, 0x0004003du, 0x0000000fu, 0x000003c4u, 0x000003c3u, 0x0004007cu, 0x00000006u, 0x000003c5u,
    0x000003c4u, 0x000200f9u, 0x000003c6u, 0x000200f8u, 0x000003c6u, 0x000700f5u, 0x00000006u, 0x00000462u, 0x000003c0u, 0x000003b8u,
    0x000003c5u, 0x000003c1u, 0x00070050u, 0x00000140u, 0x00000247u, 0x0000045cu, 0x0000045eu, 0x00000460u, 0x00000462u, 0x0008000cu,
    0x00000140u, 0x0000024au, 0x00000001u, 0x00000032u, 0x0000022fu, 0x00000247u, 0x00000452u, 0x00050084u, 0x0000000fu, 0x0000024du,
    0x00000107u, 0x00000202u, 0x00050080u, 0x0000000fu, 0x0000024fu, 0x0000021fu, 0x0000024du, 0x00050080u, 0x0000000fu, 0x00000251u,
    0x00000450u, 0x00000107u, 0x00050041u, 0x00000029u, 0x00000252u, 0x000001aeu, 0x00000251u, 0x0004003du, 0x00000006u, 0x00000253u,
    0x00000252u, 0x00050080u, 0x0000000fu, 0x00000256u, 0x00000450u, 0x00000255u, 0x00050041u, 0x00000029u, 0x00000257u, 0x000001aeu,
    0x00000256u, 0x0004003du, 0x00000006u, 0x00000258u, 0x00000257u, 0x00050080u, 0x0000000fu, 0x0000025bu, 0x00000450u, 0x0000025au,
    0x00050041u, 0x00000029u, 0x0000025cu, 0x000001aeu, 0x0000025bu, 0x0004003du, 0x00000006u, 0x0000025du, 0x0000025cu, 0x00050080u,
    0x0000000fu, 0x00000260u, 0x00000450u, 0x0000025fu, 0x00050041u, 0x00000029u, 0x00000261u, 0x000001aeu, 0x00000260u, 0x0004003du,
    0x00000006u, 0x00000262u, 0x00000261u, 0x00070050u, 0x00000140u, 0x00000263u, 0x00000253u, 0x00000258u, 0x0000025du, 0x00000262u,
    0x000300f7u, 0x000003d9u, 0x00000000u, 0x000400fau, 0x0000007fu, 0x000003cbu, 0x000003d4u, 0x000200f8u, 0x000003cbu, 0x000500c2u,
    0x0000000fu, 0x000003cdu, 0x0000024fu, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x000003ceu, 0x00000086u, 0x0000004du, 0x000003cdu,
    0x0004003du, 0x0000000fu, 0x000003cfu, 0x000003ceu, 0x0006000cu, 0x00000072u, 0x000003d0u, 0x00000001u, 0x0000003eu, 0x000003cfu,
    0x000500c7u, 0x0000000fu, 0x000003d2u, 0x0000024fu, 0x00000051u, 0x0005004du, 0x00000006u, 0x000003d3u, 0x000003d0u, 0x000003d2u,
    0x000200f9u, 0x000003d9u, 0x000200f8u, 0x000003d4u, 0x00060041u, 0x0000006fu, 0x000003d6u, 0x00000086u, 0x0000004du, 0x0000024fu,
    0x0004003du, 0x0000000fu, 0x000003d7u, 0x000003d6u, 0x0004007cu, 0x00000006u, 0x000003d8u, 0x000003d7u, 0x000200f9u, 0x000003d9u,
    0x000200f8u, 0x000003d9u, 0x000700f5u, 0x00000006u, 0x0000046cu, 0x000003d3u, 0x000003cbu, 0x000003d8u, 0x000003d4u, 0x00050080u,
    0x0000000fu, 0x0000026au, 0x0000024fu, 0x00000202u, 0x000300f7u, 0x000003ecu, 0x00000000u, 0x000400fau, 0x0000007fu, 0x000003deu,
    0x000003e7u, 0x000200f8u, 0x000003deu, 0x000500c2u, 0x0000000fu, 0x000003e0u, 0x0000026au, 0x0000003fu, 0x00060041u, 0x0000006fu,
    0x000003e1u, 0x00000086u, 0x0000004du, 0x000003e0u, 0x0004003du, 0x0000000fu, 0x000003e2u, 0x000003e1u, 0x0006000cu, 0x00000072u,
    0x000003e3u, 0x00000001u, 0x0000003eu, 0x000003e2u, 0x000500c7u, 0x0000000fu, 0x000003e5u, 0x0000026au, 0x00000051u, 0x0005004du,
    0x00000006u, 0x000003e6u, 0x000003e3u, 0x000003e5u, 0x000200f9u, 0x000003ecu, 0x000200f8u, 0x000003e7u, 0x00060041u, 0x0000006fu,
    0x000003e9u, 0x00000086u, 0x0000004du, 0x0000026au, 0x0004003du, 0x0000000fu, 0x000003eau, 0x000003e9u, 0x0004007cu, 0x00000006u,
    0x000003ebu, 0x000003eau, 0x000200f9u, 0x000003ecu, 0x000200f8u, 0x000003ecu, 0x000700f5u, 0x00000006u, 0x0000046eu, 0x000003e6u,
    0x000003deu, 0x000003ebu, 0x000003e7u, 0x00050080u, 0x0000000fu, 0x00000271u, 0x0000024fu, 0x0000023cu, 0x000300f7u, 0x000003ffu,
    0x00000000u, 0x000400fau, 0x0000007fu, 0x000003f1u, 0x000003fau, 0x000200f8u, 0x000003f1u, 0x000500c2u, 0x0000000fu, 0x000003f3u,
    0x00000271u, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x000003f4u, 0x00000086u, 0x0000004du, 0x000003f3u, 0x0004003du, 0x0000000fu,
    0x000003f5u, 0x000003f4u, 0x0006000cu, 0x00000072u, 0x000003f6u, 0x00000001u, 0x0000003eu, 0x000003f5u, 0x000500c7u, 0x0000000fu,
    0x000003f8u, 0x00000271u, 0x00000051u, 0x0005004du, 0x00000006u, 0x000003f9u, 0x000003f6u, 0x000003f8u, 0x000200f9u, 0x000003ffu,
    0x000200f8u, 0x000003fau, 0x00060041u, 0x0000006fu, 0x000003fcu, 0x00000086u, 0x0000004du, 0x00000271u, 0x0004003du, 0x0000000fu,
    0x000003fdu, 0x000003fcu, 0x0004007cu, 0x00000006u, 0x000003feu, 0x000003fdu, 0x000200f9u, 0x000003ffu, 0x000200f8u, 0x000003ffu,
    0x000700f5u, 0x00000006u, 0x00000470u, 0x000003f9u, 0x000003f1u, 0x000003feu, 0x000003fau, 0x00050080u, 0x0000000fu, 0x00000278u,
    0x0000024fu, 0x00000243u, 0x000300f7u, 0x00000412u, 0x00000000u, 0x000400fau, 0x0000007fu, 0x00000404u, 0x0000040du, 0x000200f8u,
    0x00000404u, 0x000500c2u, 0x0000000fu, 0x00000406u, 0x00000278u, 0x0000003fu, 0x00060041u, 0x0000006fu, 0x00000407u, 0x00000086u,
    0x0000004du, 0x00000406u, 0x0004003du, 0x0000000fu, 0x00000408u, 0x00000407u, 0x0006000cu, 0x00000072u, 0x00000409u, 0x00000001u,
    0x0000003eu, 0x00000408u, 0x000500c7u, 0x0000000fu, 0x0000040bu, 0x00000278u, 0x00000051u, 0x0005004du, 0x00000006u, 0x0000040cu,
    0x00000409u, 0x0000040bu, 0x000200f9u, 0x00000412u, 0x000200f8u, 0x0000040du, 0x00060041u, 0x0000006fu, 0x0000040fu, 0x00000086u,
    0x0000004du, 0x00000278u, 0x0004003du, 0x0000000fu, 0x00000410u, 0x0000040fu, 0x0004007cu, 0x00000006u, 0x00000411u, 0x00000410u,
    0x000200f9u, 0x00000412u, 0x000200f8u, 0x00000412u, 0x000700f5u, 0x00000006u, 0x00000472u, 0x0000040cu, 0x00000404u, 0x00000411u,
    0x0000040du, 0x00070050u, 0x00000140u, 0x0000027bu, 0x0000046cu, 0x0000046eu, 0x00000470u, 0x00000472u, 0x0008000cu, 0x00000140u,
    0x0000027eu, 0x00000001u, 0x00000032u, 0x00000263u, 0x0000027bu, 0x00000451u, 0x000200f9u, 0x00000212u, 0x000200f8u, 0x00000212u,
    0x000200f9u, 0x0000020fu, 0x000200f8u, 0x00000211u, 0x00050081u, 0x00000140u, 0x00000283u, 0x00000452u, 0x00000451u, 0x00050051u,
    0x00000006u, 0x00000285u, 0x00000283u, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000287u, 0x00000283u, 0x00000001u, 0x00050081u,
    0x00000006u, 0x00000288u, 0x00000285u, 0x00000287u, 0x00050051u, 0x00000006u, 0x0000028au, 0x00000283u, 0x00000002u, 0x00050081u,
    0x00000006u, 0x0000028bu, 0x00000288u, 0x0000028au, 0x00050051u, 0x00000006u, 0x0000028du, 0x00000283u, 0x00000003u, 0x00050081u,
    0x00000006u, 0x0000028eu, 0x0000028bu, 0x0000028du, 0x0008000cu, 0x00000006u, 0x00000290u, 0x00000001u, 0x00000032u, 0x000001fau,
    0x000001dbu, 0x0000028eu, 0x000200f9u, 0x00000291u, 0x000200f8u, 0x00000291u, 0x000700f5u, 0x00000006u, 0x00000457u, 0x00000290u,
    0x00000211u, 0x000002a6u, 0x00000294u, 0x000700f5u, 0x0000000fu, 0x00000454u, 0x00000450u, 0x00000211u, 0x000002a8u, 0x00000294u,
    0x000500b0u, 0x0000001du, 0x00000298u, 0x00000454u, 0x00000123u, 0x000400f6u, 0x00000293u, 0x00000294u, 0x00000000u, 0x000400fau,
    0x00000298u, 0x00000292u, 0x00000293u, 0x000200f8u, 0x00000292u, 0x00050041u, 0x00000029u, 0x0000029au, 0x000001aeu, 0x00000454u,
    0x0004003du, 0x00000006u, 0x0000029bu, 0x0000029au, 0x00050084u, 0x0000000fu, 0x000002a0u, 0x00000454u, 0x00000202u, 0x00050080u,
    0x0000000fu, 0x000002a1u, 0x0000020bu, 0x000002a0u, 0x000300f7u, 0x00000425u, 0x00000000u, 0x000400fau, 0x0000007fu, 0x00000417u,
    0x00000420u, 0x000200f8u, 0x00000417u, 0x000500c2u, 0x0000000fu, 0x00000419u, 0x000002a1u, 0x0000003fu, 0x00060041u, 0x0000006fu,
    0x0000041au, 0x00000086u, 0x0000004du, 0x00000419u, 0x0004003du, 0x0000000fu, 0x0000041bu, 0x0000041au, 0x0006000cu, 0x00000072u,
    0x0000041cu, 0x00000001u, 0x0000003eu, 0x0000041bu, 0x000500c7u, 0x0000000fu, 0x0000041eu, 0x000002a1u, 0x00000051u, 0x0005004du,
    0x00000006u, 0x0000041fu, 0x0000041cu, 0x0000041eu, 0x000200f9u, 0x00000425u, 0x000200f8u, 0x00000420u, 0x00060041u, 0x0000006fu,
    0x00000422u, 0x00000086u, 0x0000004du, 0x000002a1u, 0x0004003du, 0x0000000fu, 0x00000423u, 0x00000422u, 0x0004007cu, 0x00000006u,
    0x00000424u, 0x00000423u, 0x000200f9u, 0x00000425u, 0x000200f8u, 0x00000425u, 0x000700f5u, 0x00000006u, 0x00000459u, 0x0000041fu,
    0x00000417u, 0x00000424u, 0x00000420u, 0x0008000cu, 0x00000006u, 0x000002a6u, 0x00000001u, 0x00000032u, 0x0000029bu, 0x00000459u,
    0x00000457u, 0x000200f9u, 0x00000294u, 0x000200f8u, 0x00000294u, 0x00050080u, 0x0000000fu, 0x000002a8u, 0x00000454u, 0x0000003fu,
    0x000200f9u, 0x00000291u, 0x000200f8u, 0x00000293u, 0x0003003eu, 0x000001f9u, 0x00000457u, 0x000200f9u, 0x000001f6u, 0x000200f8u,
    0x000001f6u, 0x000200f9u, 0x000001e8u, 0x000200f8u, 0x000001e8u, 0x00050080u, 0x0000000fu, 0x000002adu, 0x00000448u, 0x0000003fu,
    0x000200f9u, 0x000001e5u, 0x000200f8u, 0x000001e7u, 0x000400e0u, 0x0000001bu, 0x0000001bu, 0x0000001cu, 0x000200f9u, 0x00000118u,
    0x000200f8u, 0x00000118u, 0x00050080u, 0x0000000fu, 0x000002afu, 0x00000432u, 0x0000011eu, 0x000200f9u, 0x00000115u, 0x000200f8u,
    0x00000117u, 0x00050041u, 0x000000a9u, 0x000002b2u, 0x000000a8u, 0x000002b1u, 0x0004003du, 0x0000000fu, 0x000002b3u, 0x000002b2u,
    0x00050041u, 0x000000a9u, 0x000002b6u, 0x000000a8u, 0x000002b5u, 0x0004003du, 0x0000000fu, 0x000002b7u, 0x000002b6u, 0x00050084u,
    0x0000000fu, 0x000002b8u, 0x0000009fu, 0x000002b7u, 0x00050080u, 0x0000000fu, 0x000002b9u, 0x000002b3u, 0x000002b8u, 0x00050080u,
    0x0000000fu, 0x000002beu, 0x000002b9u, 0x000000dcu, 0x000200f9u, 0x000002c0u, 0x000200f8u, 0x000002c0u, 0x000700f5u, 0x0000000fu,
    0x00000433u, 0x0000002eu, 0x00000117u, 0x000002e0u, 0x000002c3u, 0x000500b0u, 0x0000001du, 0x000002c6u, 0x00000433u, 0x00000107u,
    0x000400f6u, 0x000002c2u, 0x000002c3u, 0x00000000u, 0x000400fau, 0x000002c6u, 0x000002c1u, 0x000002c2u, 0x000200f8u, 0x000002c1u,
    0x00050084u, 0x0000000fu, 0x000002cau, 0x00000433u, 0x00000021u, 0x00050080u, 0x0000000fu, 0x000002cbu, 0x000000a3u, 0x000002cau,
    0x000500b0u, 0x0000001du, 0x000002cfu, 0x000002cbu, 0x000000dbu, 0x000300f7u, 0x000002d1u, 0x00000000u, 0x000400fau, 0x000002cfu,
    0x000002d0u, 0x000002d1u, 0x000200f8u, 0x000002d0u, 0x00050080u, 0x0000000fu, 0x000002d8u, 0x000002beu, 0x000002cbu, 0x00050041u,
    0x00000007u, 0x000002dau, 0x0000010bu, 0x00000433u, 0x0004003du, 0x00000006u, 0x000002dbu, 0x000002dau, 0x00050088u, 0x00000006u,
    0x000002ddu, 0x000002dbu, 0x00000435u, 0x00060041u, 0x000000f5u, 0x000002deu, 0x000002d5u, 0x0000004du, 0x000002d8u, 0x0003003eu,
    0x000002deu, 0x000002ddu, 0x000200f9u, 0x000002d1u, 0x000200f8u, 0x000002d1u, 0x000200f9u, 0x000002c3u, 0x000200f8u, 0x000002c3u,
    0x00050080u, 0x0000000fu, 0x000002e0u, 0x00000433u, 0x0000003fu, 0x000200f9u, 0x000002c0u, 0x000200f8u, 0x000002c2u, 0x000100fdu,
    0x00010038u,
};
static const uint32_t kSpirvKvStore[592] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x0000008au, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x00000021u, 0x00000025u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u,
    0x00000009u, 0x00000001u, 0x00000001u, 0x00050048u, 0x00000010u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00050048u, 0x00000010u,
    0x00000001u, 0x00000023u, 0x00000004u, 0x00050048u, 0x00000010u, 0x00000002u, 0x00000023u, 0x00000008u, 0x00050048u, 0x00000010u,
    0x00000003u, 0x00000023u, 0x0000000cu, 0x00050048u, 0x00000010u, 0x00000004u, 0x00000023u, 0x00000010u, 0x00030047u, 0x00000010u,
    0x00000002u, 0x00040047u, 0x00000021u, 0x0000000bu, 0x0000001cu, 0x00040047u, 0x00000025u, 0x0000000bu, 0x00000018u, 0x00040047u,
    0x00000028u, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000058u, 0x00000006u, 0x00000004u, 0x00040048u, 0x00000059u, 0x00000000u,
    0x00000019u, 0x00050048u, 0x00000059u, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x00000059u, 0x00000002u, 0x00040047u,
    0x0000005bu, 0x00000022u, 0x00000000u, 0x00040047u, 0x0000005bu, 0x00000021u, 0x00000001u, 0x00040047u, 0x0000005eu, 0x00000006u,
    0x00000004u, 0x00040048u, 0x0000005fu, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000005fu, 0x00000000u, 0x00000023u, 0x00000000u,
    0x00030047u, 0x0000005fu, 0x00000002u, 0x00040047u, 0x00000061u, 0x00000022u, 0x00000000u, 0x00040047u, 0x00000061u, 0x00000021u,
    0x00000000u, 0x00040047u, 0x0000007eu, 0x00000001u, 0x00000000u, 0x00040047u, 0x0000007fu, 0x0000000bu, 0x00000019u, 0x00020013u,
    0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u, 0x00040015u, 0x00000006u, 0x00000020u, 0x00000000u, 0x00040032u, 0x00000006u,
    0x00000009u, 0x00000000u, 0x0004002bu, 0x00000006u, 0x0000000au, 0x00000000u, 0x00020014u, 0x0000000bu, 0x00060034u, 0x0000000bu,
    0x0000000cu, 0x000000abu, 0x00000009u, 0x0000000au, 0x0007001eu, 0x00000010u, 0x00000006u, 0x00000006u, 0x00000006u, 0x00000006u,
    0x00000006u, 0x00040020u, 0x00000011u, 0x00000009u, 0x00000010u, 0x0004003bu, 0x00000011u, 0x00000012u, 0x00000009u, 0x00040015u,
    0x00000013u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x00000013u, 0x00000014u, 0x00000001u, 0x00040020u, 0x00000015u, 0x00000009u,
    0x00000006u, 0x0004002bu, 0x00000006u, 0x00000018u, 0x00000002u, 0x00040017u, 0x0000001fu, 0x00000006u, 0x00000003u, 0x00040020u,
    0x00000020u, 0x00000001u, 0x0000001fu, 0x0004003bu, 0x00000020u, 0x00000021u, 0x00000001u, 0x00040020u, 0x00000022u, 0x00000001u,
    0x00000006u, 0x0004003bu, 0x00000020u, 0x00000025u, 0x00000001u, 0x00040032u, 0x00000006u, 0x00000028u, 0x00000040u, 0x0004002bu,
    0x00000006u, 0x0000002au, 0x00000001u, 0x0004002bu, 0x00000013u, 0x00000030u, 0x00000000u, 0x0004002bu, 0x00000013u, 0x00000042u,
    0x00000002u, 0x0004002bu, 0x00000013u, 0x00000046u, 0x00000003u, 0x0004002bu, 0x00000013u, 0x0000004cu, 0x00000004u, 0x00060034u,
    0x0000000bu, 0x00000055u, 0x000000abu, 0x00000009u, 0x0000000au, 0x0003001du, 0x00000058u, 0x00000006u, 0x0003001eu, 0x00000059u,
    0x00000058u, 0x00040020u, 0x0000005au, 0x0000000cu, 0x00000059u, 0x0004003bu, 0x0000005au, 0x0000005bu, 0x0000000cu, 0x00030016u,
    0x0000005du, 0x00000020u, 0x0003001du, 0x0000005eu, 0x0000005du, 0x0003001eu, 0x0000005fu, 0x0000005eu, 0x00040020u, 0x00000060u,
    0x0000000cu, 0x0000005fu, 0x0004003bu, 0x00000060u, 0x00000061u, 0x0000000cu, 0x00040020u, 0x00000066u, 0x0000000cu, 0x0000005du,
    0x00040017u, 0x00000070u, 0x0000005du, 0x00000002u, 0x00040020u, 0x00000073u, 0x0000000cu, 0x00000006u, 0x00040032u, 0x00000006u,
    0x0000007eu, 0x00000001u, 0x00060033u, 0x0000001fu, 0x0000007fu, 0x0000007eu, 0x0000002au, 0x0000002au, 0x00050036u, 0x00000002u,
    0x00000004u, 0x00000000u, 0x00000003u, 0x000200f8u, 0x00000005u, 0x000300f7u, 0x00000083u, 0x00000000u, 0x000300fbu, 0x0000000au,
    0x00000084u, 0x000200f8u, 0x00000084u, 0x000300f7u, 0x0000000fu, 0x00000000u, 0x000400fau, 0x0000000cu, 0x0000000eu, 0x0000001au,
    0x000200f8u, 0x0000000eu, 0x00050041u, 0x00000015u, 0x00000016u, 0x00000012u, 0x00000014u, 0x0004003du, 0x00000006u, 0x00000017u,
    0x00000016u, 0x00050086u, 0x00000006u, 0x00000019u, 0x00000017u, 0x00000018u, 0x000200f9u, 0x0000000fu, 0x000200f8u, 0x0000001au,
    0x00050041u, 0x00000015u, 0x0000001bu, 0x00000012u, 0x00000014u, 0x0004003du, 0x00000006u, 0x0000001cu, 0x0000001bu, 0x000200f9u,
    0x0000000fu, 0x000200f8u, 0x0000000fu, 0x000700f5u, 0x00000006u, 0x00000089u, 0x00000019u, 0x0000000eu, 0x0000001cu, 0x0000001au,
    0x00050041u, 0x00000022u, 0x00000023u, 0x00000021u, 0x0000000au, 0x0004003du, 0x00000006u, 0x00000024u, 0x00000023u, 0x00050041u,
    0x00000022u, 0x00000026u, 0x00000025u, 0x0000000au, 0x0004003du, 0x00000006u, 0x00000027u, 0x00000026u, 0x00050084u, 0x00000006u,
    0x00000029u, 0x00000027u, 0x00000028u, 0x00050041u, 0x00000022u, 0x0000002bu, 0x00000021u, 0x0000002au, 0x0004003du, 0x00000006u,
    0x0000002cu, 0x0000002bu, 0x00050084u, 0x00000006u, 0x0000002du, 0x00000029u, 0x0000002cu, 0x00050080u, 0x00000006u, 0x0000002eu,
    0x00000024u, 0x0000002du, 0x00050041u, 0x00000015u, 0x00000031u, 0x00000012u, 0x00000030u, 0x0004003du, 0x00000006u, 0x00000032u,
    0x00000031u, 0x00050084u, 0x00000006u, 0x00000034u, 0x00000032u, 0x00000089u, 0x000500aeu, 0x0000000bu, 0x00000035u, 0x0000002eu,
    0x00000034u, 0x000300f7u, 0x00000037u, 0x00000000u, 0x000400fau, 0x00000035u, 0x00000036u, 0x00000037u, 0x000200f8u, 0x00000036u,
    0x000200f9u, 0x00000083u, 0x000200f8u, 0x00000037u, 0x00050086u, 0x00000006u, 0x0000003cu, 0x0000002eu, 0x00000089u, 0x00050089u,
    0x00000006u, 0x00000040u, 0x0000002eu, 0x00000089u, 0x00050041u, 0x00000015u, 0x00000043u, 0x00000012u, 0x00000042u, 0x0004003du,
    0x00000006u, 0x00000044u, 0x00000043u, 0x00050041u, 0x00000015u, 0x00000047u, 0x00000012u, 0x00000046u, 0x0004003du, 0x00000006u,
    0x00000048u, 0x00000047u, 0x00050084u, 0x00000006u, 0x00000049u, 0x0000003cu, 0x00000048u, 0x00050080u, 0x00000006u, 0x0000004au,
    0x00000044u, 0x00000049u, 0x00050041u, 0x00000015u, 0x0000004du, 0x00000012u, 0x0000004cu, 0x0004003du, 0x00000006u, 0x0000004eu,
    0x0000004du, 0x00050080u, 0x00000006u, 0x00000050u, 0x0000004eu, 0x0000003cu, 0x00050084u, 0x00000006u, 0x00000052u, 0x00000050u,
    0x00000089u, 0x00050080u, 0x00000006u, 0x00000054u, 0x00000052u, 0x00000040u, 0x000300f7u, 0x00000057u, 0x00000000u, 0x000400fau,
    0x00000055u, 0x00000056u, 0x00000075u, 0x000200f8u, 0x00000056u, 0x00050084u, 0x00000006u, 0x00000064u, 0x00000018u, 0x00000040u,
    0x00050080u, 0x00000006u, 0x00000065u, 0x0000004au, 0x00000064u, 0x00060041u, 0x00000066u, 0x00000067u, 0x00000061u, 0x00000030u,
    0x00000065u, 0x0004003du, 0x0000005du, 0x00000068u, 0x00000067u, 0x00050080u, 0x00000006u, 0x0000006du, 0x00000065u, 0x0000002au,
    0x00060041u, 0x00000066u, 0x0000006eu, 0x00000061u, 0x00000030u, 0x0000006du, 0x0004003du, 0x0000005du, 0x0000006fu, 0x0000006eu,
    0x00050050u, 0x00000070u, 0x00000071u, 0x00000068u, 0x0000006fu, 0x0006000cu, 0x00000006u, 0x00000072u, 0x00000001u, 0x0000003au,
    0x00000071u, 0x00060041u, 0x00000073u, 0x00000074u, 0x0000005bu, 0x00000030u, 0x00000054u, 0x0003003eu, 0x00000074u, 0x00000072u,
    0x000200f9u, 0x00000057u, 0x000200f8u, 0x00000075u, 0x00050080u, 0x00000006u, 0x00000079u, 0x0000004au, 0x00000040u, 0x00060041u,
    0x00000066u, 0x0000007au, 0x00000061u, 0x00000030u, 0x00000079u, 0x0004003du, 0x0000005du, 0x0000007bu, 0x0000007au, 0x0004007cu,
    0x00000006u, 0x0000007cu, 0x0000007bu, 0x00060041u, 0x00000073u, 0x0000007du, 0x0000005bu, 0x00000030u, 0x00000054u, 0x0003003eu,
    0x0000007du, 0x0000007cu, 0x000200f9u, 0x00000057u, 0x000200f8u, 0x00000057u, 0x000200f9u, 0x00000083u, 0x000200f8u, 0x00000083u,
    0x000100fdu, 0x00010038u,
};
static const uint32_t kSpirvReadBandwidth[385] = {
    0x07230203u, 0x00010300u, 0x000d000bu, 0x0000005du, 0x00000000u, 0x00020011u, 0x00000001u, 0x0006000bu, 0x00000001u, 0x4c534c47u,
    0x6474732eu, 0x3035342eu, 0x00000000u, 0x0003000eu, 0x00000000u, 0x00000001u, 0x0007000fu, 0x00000005u, 0x00000004u, 0x6e69616du,
    0x00000000u, 0x0000000du, 0x00000014u, 0x00060010u, 0x00000004u, 0x00000011u, 0x00000001u, 0x00000001u, 0x00000001u, 0x00040047u,
    0x0000000du, 0x0000000bu, 0x00000018u, 0x00040047u, 0x00000011u, 0x00000001u, 0x00000000u, 0x00040047u, 0x00000014u, 0x0000000bu,
    0x0000001cu, 0x00050048u, 0x0000001du, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000001du, 0x00000002u, 0x00040047u,
    0x0000002au, 0x00000006u, 0x00000010u, 0x00040048u, 0x0000002bu, 0x00000000u, 0x00000018u, 0x00050048u, 0x0000002bu, 0x00000000u,
    0x00000023u, 0x00000000u, 0x00030047u, 0x0000002bu, 0x00000002u, 0x00040047u, 0x0000002du, 0x00000022u, 0x00000000u, 0x00040047u,
    0x0000002du, 0x00000021u, 0x00000000u, 0x00040047u, 0x0000004au, 0x00000006u, 0x00000004u, 0x00040048u, 0x0000004bu, 0x00000000u,
    0x00000019u, 0x00050048u, 0x0000004bu, 0x00000000u, 0x00000023u, 0x00000000u, 0x00030047u, 0x0000004bu, 0x00000002u, 0x00040047u,
    0x0000004du, 0x00000022u, 0x00000000u, 0x00040047u, 0x0000004du, 0x00000021u, 0x00000001u, 0x00040047u, 0x00000051u, 0x00000001u,
    0x00000000u, 0x00040047u, 0x00000052u, 0x0000000bu, 0x00000019u, 0x00020013u, 0x00000002u, 0x00030021u, 0x00000003u, 0x00000002u,
    0x00040015u, 0x00000006u, 0x00000020u, 0x00000000u, 0x0004002bu, 0x00000006u, 0x00000009u, 0x00000000u, 0x00040017u, 0x0000000bu,
    0x00000006u, 0x00000003u, 0x00040020u, 0x0000000cu, 0x00000001u, 0x0000000bu, 0x0004003bu, 0x0000000cu, 0x0000000du, 0x00000001u,
    0x00040020u, 0x0000000eu, 0x00000001u, 0x00000006u, 0x00040032u, 0x00000006u, 0x00000011u, 0x00000040u, 0x0004003bu, 0x0000000cu,
    0x00000014u, 0x00000001u, 0x0003001eu, 0x0000001du, 0x00000006u, 0x00040020u, 0x0000001eu, 0x00000009u, 0x0000001du, 0x0004003bu,
    0x0000001eu, 0x0000001fu, 0x00000009u, 0x00040015u, 0x00000020u, 0x00000020u, 0x00000001u, 0x0004002bu, 0x00000020u, 0x00000021u,
    0x00000000u, 0x00040020u, 0x00000022u, 0x00000009u, 0x00000006u, 0x00020014u, 0x00000025u, 0x00040017u, 0x00000027u, 0x00000006u,
    0x00000004u, 0x0003001du, 0x0000002au, 0x00000027u, 0x0003001eu, 0x0000002bu, 0x0000002au, 0x00040020u, 0x0000002cu, 0x0000000cu,
    0x0000002bu, 0x0004003bu, 0x0000002cu, 0x0000002du, 0x0000000cu, 0x00040020u, 0x0000002fu, 0x0000000cu, 0x00000027u, 0x0004002bu,
    0x00000006u, 0x00000034u, 0x00000001u, 0x0004002bu, 0x00000006u, 0x00000046u, 0x9e3779b9u, 0x0003001du, 0x0000004au, 0x00000006u,
    0x0003001eu, 0x0000004bu, 0x0000004au, 0x00040020u, 0x0000004cu, 0x0000000cu, 0x0000004bu, 0x0004003bu, 0x0000004cu, 0x0000004du,
    0x0000000cu, 0x00040020u, 0x0000004fu, 0x0000000cu, 0x00000006u, 0x00040032u, 0x00000006u, 0x00000051u, 0x00000001u, 0x00060033u,
    0x0000000bu, 0x00000052u, 0x00000051u, 0x00000034u, 0x00000034u, 0x00050036u, 0x00000002u, 0x00000004u, 0x00000000u, 0x00000003u,
    0x000200f8u, 0x00000005u, 0x00050041u, 0x0000000eu, 0x0000000fu, 0x0000000du, 0x00000009u, 0x0004003du, 0x00000006u, 0x00000010u,
    0x0000000fu, 0x00050084u, 0x00000006u, 0x00000012u, 0x00000010u, 0x00000011u, 0x00050041u, 0x0000000eu, 0x00000015u, 0x00000014u,
    0x00000009u, 0x0004003du, 0x00000006u, 0x00000016u, 0x00000015u, 0x000200f9u, 0x00000017u, 0x000200f8u, 0x00000017u, 0x000700f5u,
    0x00000006u, 0x0000005cu, 0x00000009u, 0x00000005u, 0x00000041u, 0x00000018u, 0x000700f5u, 0x00000006u, 0x0000005bu, 0x00000016u,
    0x00000005u, 0x00000044u, 0x00000018u, 0x00050041u, 0x00000022u, 0x00000023u, 0x0000001fu, 0x00000021u, 0x0004003du, 0x00000006u,
    0x00000024u, 0x00000023u, 0x000500b0u, 0x00000025u, 0x00000026u, 0x0000005bu, 0x00000024u, 0x000400f6u, 0x00000019u, 0x00000018u,
    0x00000000u, 0x000400fau, 0x00000026u, 0x00000018u, 0x00000019u, 0x000200f8u, 0x00000018u, 0x00060041u, 0x0000002fu, 0x00000030u,
    0x0000002du, 0x00000021u, 0x0000005bu, 0x0004003du, 0x00000027u, 0x00000031u, 0x00000030u, 0x00050051u, 0x00000006u, 0x00000033u,
    0x00000031u, 0x00000000u, 0x00050051u, 0x00000006u, 0x00000036u, 0x00000031u, 0x00000001u, 0x000500c6u, 0x00000006u, 0x00000037u,
    0x00000033u, 0x00000036u, 0x00050051u, 0x00000006u, 0x0000003au, 0x00000031u, 0x00000002u, 0x000500c6u, 0x00000006u, 0x0000003bu,
    0x00000037u, 0x0000003au, 0x00050051u, 0x00000006u, 0x0000003eu, 0x00000031u, 0x00000003u, 0x000500c6u, 0x00000006u, 0x0000003fu,
    0x0000003bu, 0x0000003eu, 0x000500c6u, 0x00000006u, 0x00000041u, 0x0000005cu, 0x0000003fu, 0x00050080u, 0x00000006u, 0x00000044u,
    0x0000005bu, 0x00000012u, 0x000200f9u, 0x00000017u, 0x000200f8u, 0x00000019u, 0x000500aau, 0x00000025u, 0x00000047u, 0x0000005cu,
    0x00000046u, 0x000300f7u, 0x00000049u, 0x00000000u, 0x000400fau, 0x00000047u, 0x00000048u, 0x00000049u, 0x000200f8u, 0x00000048u,
    0x00060041u, 0x0000004fu, 0x00000050u, 0x0000004du, 0x00000021u, 0x00000021u, 0x0003003eu, 0x00000050u, 0x0000005cu, 0x000200f9u,
    0x00000049u, 0x000200f8u, 0x00000049u, 0x000100fdu, 0x00010038u,
};
struct SpirvBlob {
    const char* name;
    const uint32_t* words;
    size_t n_words;
};
static const SpirvBlob kSpirv[] = {
    {"Matmul", kSpirvMatmul, 7727},
    {"MatmulSubgroup", kSpirvMatmulSubgroup, 7734},
    {"GetRows", kSpirvGetRows, 4128},
    {"RmsNorm", kSpirvRmsNorm, 1099},
    {"RmsNormSubgroup", kSpirvRmsNormSubgroup, 1106},
    {"Rope", kSpirvRope, 705},
    {"Eltwise", kSpirvEltwise, 872},
    {"Attention", kSpirvAttention, 3294},
    {"AttentionSubgroup", kSpirvAttentionSubgroup, 3301},
    {"KvStore", kSpirvKvStore, 592},
    {"ReadBandwidth", kSpirvReadBandwidth, 385},
};
// <<< vulkan spirv end >>>

inline std::string vk_error(const char* what, api::Result r) {
    const char* name = r == api::kErrorOutOfDeviceMemory ? " (out of device memory)"
                       : r == api::kErrorOutOfHostMemory ? " (out of host memory)"
                                                         : "";
    return std::string("vulkan: ") + what + " failed with VkResult " + std::to_string(r) + name;
}
#define ER_VK_CHECK(call, what)                                                     \
    do {                                                                            \
        api::Result er_vk_r_ = (call);                                              \
        if (er_vk_r_ != api::kSuccess) return Status::fail(vk_error(what, er_vk_r_)); \
    } while (0)

struct Functions {
    api::PFN_GetInstanceProcAddr GetInstanceProcAddr = nullptr;
    api::PFN_CreateInstance CreateInstance = nullptr;
#define ER_VK_DECLARE_FN(name) api::PFN_##name name = nullptr;
    ER_VK_INSTANCE_FUNCTIONS(ER_VK_DECLARE_FN)
    ER_VK_DEVICE_FUNCTIONS(ER_VK_DECLARE_FN)
#undef ER_VK_DECLARE_FN
};

// A device buffer with its own memory. Host-visible buffers stay mapped.
struct Buffer {
    api::Buffer handle = 0;
    api::DeviceMemory memory = 0;
    uint64_t size = 0;
    uint8_t* mapped = nullptr;
};

// The process-wide Vulkan device: loader, instance, device, queue, pipelines. Created on first use and kept for
// the life of the process (sessions and op calls share it); the queue is guarded by a mutex.
class Runtime {
public:
    static Runtime* get(Status* why_not);

    Functions fn;
    api::Device device = nullptr;
    DeviceInfo info;
    uint32_t workgroup = 64;

    Status create_buffer(uint64_t size, bool host_visible, Buffer* out);
    void destroy_buffer(Buffer* b);
    // Copies between host memory and a buffer, through a staging buffer when it is not mapped.
    Status write(const Buffer& dst, uint64_t offset, const void* src, uint64_t n);
    Status read(const Buffer& src, uint64_t offset, void* dst, uint64_t n);
    Result<api::Pipeline> pipeline(ShaderId id, uint32_t weight_type);
    api::PipelineLayout pipeline_layout = 0;
    api::DescriptorSetLayout set_layout = 0;
    ShaderId best(ShaderId plain, ShaderId subgroup) const { return use_subgroup_ ? subgroup : plain; }
    Status submit_and_wait(api::CommandBuffer cb, api::Fence fence);
    uint32_t queue_family = 0;
    uint64_t max_buffer_range = 0;
    float timestamp_period_ns = 0;
    bool timestamps = false;

private:
    Status init();
    Status pick_device(api::Instance instance);
    Status create_device();
    Status staged_copy(const Buffer& buf, uint64_t offset, void* host, uint64_t n, bool to_device);
    void* lib_ = nullptr;
    api::Instance instance_ = nullptr;
    api::PhysicalDevice phys_ = nullptr;
    api::Queue queue_ = nullptr;
    api::PhysicalDeviceMemoryProperties mem_props_{};
    bool use_subgroup_ = false;
    std::mutex queue_mutex_;
    std::mutex pipeline_mutex_;
    std::map<std::pair<uint32_t, uint32_t>, api::Pipeline> pipelines_;
    std::vector<api::ShaderModule> modules_;
    // One-shot transfers for uploads and downloads.
    std::mutex transfer_mutex_;
    Buffer staging_;
    api::CommandPool transfer_pool_ = 0;
    api::CommandBuffer transfer_cb_ = nullptr;
    api::Fence transfer_fence_ = 0;
};

inline Runtime* Runtime::get(Status* why_not) {
    static std::mutex m;
    static Runtime* instance = nullptr;
    static Status failure;
    static bool tried = false;
    std::lock_guard<std::mutex> lock(m);
    if (!tried) {
        tried = true;
        Runtime* r = new Runtime();
        Status s = r->init();
        if (s.ok()) instance = r;
        else failure = s;  // the half-built runtime is leaked on purpose: tearing down a failed driver is riskier
    }
    if (!instance && why_not) *why_not = failure;
    return instance;
}

inline Status Runtime::init() {
#if defined(__unix__) || defined(__APPLE__)
    const char* names[] = {
#if defined(__APPLE__)
        "libvulkan.1.dylib", "libMoltenVK.dylib",
#else
        "libvulkan.so.1", "libvulkan.so",
#endif
    };
    for (const char* n : names)
        if ((lib_ = dlopen(n, RTLD_NOW | RTLD_LOCAL)) != nullptr) break;
    if (!lib_) return Status::fail("vulkan: no Vulkan loader (libvulkan.so.1) found");
    void* sym = dlsym(lib_, "vkGetInstanceProcAddr");
    if (!sym) return Status::fail("vulkan: the loader has no vkGetInstanceProcAddr");
    static_assert(sizeof(sym) == sizeof(fn.GetInstanceProcAddr), "function pointers must fit in void*");
    std::memcpy(&fn.GetInstanceProcAddr, &sym, sizeof sym);
#else
    return Status::fail("vulkan: run-time loading is only implemented for Unix-like systems");
#endif
    fn.CreateInstance = reinterpret_cast<api::PFN_CreateInstance>(fn.GetInstanceProcAddr(nullptr, "vkCreateInstance"));
    auto enumerate_version = reinterpret_cast<api::PFN_EnumerateInstanceVersion>(
        fn.GetInstanceProcAddr(nullptr, "vkEnumerateInstanceVersion"));
    if (!fn.CreateInstance) return Status::fail("vulkan: the loader has no vkCreateInstance");
    uint32_t loader_version = api::make_version(1, 0);
    if (enumerate_version) enumerate_version(&loader_version);
    if (loader_version < api::make_version(1, 1)) return Status::fail("vulkan: the loader only supports Vulkan 1.0 (1.1 needed)");

    api::ApplicationInfo app{api::kStructApplicationInfo, nullptr, "edgerunner", 1, "edgerunner", 1, api::make_version(1, 1)};
    api::InstanceCreateInfo ici{api::kStructInstanceCreateInfo, nullptr, 0, &app, 0, nullptr, 0, nullptr};
    ER_VK_CHECK(fn.CreateInstance(&ici, nullptr, &instance_), "vkCreateInstance");
#define ER_VK_LOAD_INSTANCE_FN(name)                                                                      \
    fn.name = reinterpret_cast<api::PFN_##name>(fn.GetInstanceProcAddr(instance_, "vk" #name));            \
    if (!fn.name) return Status::fail("vulkan: the loader has no vk" #name);
    ER_VK_INSTANCE_FUNCTIONS(ER_VK_LOAD_INSTANCE_FN)
#undef ER_VK_LOAD_INSTANCE_FN
    Status s = pick_device(instance_);
    if (!s.ok()) return s;
    return create_device();
}

inline const char* device_type_name(uint32_t t) {
    switch (t) {
        case api::kPhysicalDeviceTypeIntegrated: return "integrated GPU";
        case api::kPhysicalDeviceTypeDiscrete: return "discrete GPU";
        case api::kPhysicalDeviceTypeVirtual: return "virtual GPU";
        case api::kPhysicalDeviceTypeCpu: return "CPU";
        default: return "other";
    }
}

// Picks a device with a compute queue and Vulkan 1.1: EDGERUNNER_VK_DEVICE=<index> if set, else the first
// discrete GPU, else integrated, else anything (lavapipe on a CPU-only machine).
inline Status Runtime::pick_device(api::Instance instance) {
    uint32_t n = 0;
    ER_VK_CHECK(fn.EnumeratePhysicalDevices(instance, &n, nullptr), "vkEnumeratePhysicalDevices");
    if (n == 0) return Status::fail("vulkan: no Vulkan device found");
    std::vector<api::PhysicalDevice> devs(n);
    ER_VK_CHECK(fn.EnumeratePhysicalDevices(instance, &n, devs.data()), "vkEnumeratePhysicalDevices");
    devs.resize(n);
    auto rank = [](uint32_t type) {
        switch (type) {
            case api::kPhysicalDeviceTypeDiscrete: return 0;
            case api::kPhysicalDeviceTypeIntegrated: return 1;
            case api::kPhysicalDeviceTypeVirtual: return 2;
            case api::kPhysicalDeviceTypeCpu: return 3;
            default: return 4;
        }
    };
    const char* forced = std::getenv("EDGERUNNER_VK_DEVICE");
    int best_rank = 1 << 30;
    for (uint32_t i = 0; i < n; ++i) {
        api::PhysicalDeviceProperties2 p2{};
        p2.sType = api::kStructPhysicalDeviceProperties2;
        fn.GetPhysicalDeviceProperties2(devs[i], &p2);
        if (p2.properties.apiVersion < api::make_version(1, 1)) continue;
        uint32_t nq = 0;
        fn.GetPhysicalDeviceQueueFamilyProperties(devs[i], &nq, nullptr);
        std::vector<api::QueueFamilyProperties> qf(nq);
        fn.GetPhysicalDeviceQueueFamilyProperties(devs[i], &nq, qf.data());
        uint32_t family = UINT32_MAX;
        for (uint32_t q = 0; q < nq; ++q)
            if (qf[q].queueFlags & api::kQueueCompute) { family = q; break; }
        if (family == UINT32_MAX) continue;
        int r = forced && *forced ? (std::atoi(forced) == static_cast<int>(i) ? 0 : 100) : rank(p2.properties.deviceType);
        if (r < best_rank) {
            best_rank = r;
            phys_ = devs[i];
            queue_family = family;
            timestamps = qf[family].timestampValidBits != 0;
        }
    }
    if (!phys_) return Status::fail("vulkan: no Vulkan 1.1 device with a compute queue found");
    if (forced && *forced && best_rank != 0)
        return Status::fail(std::string("vulkan: EDGERUNNER_VK_DEVICE=") + forced + " names no usable device");
    return Status();
}

inline Status Runtime::create_device() {
    api::PhysicalDeviceSubgroupProperties sub{};
    sub.sType = api::kStructPhysicalDeviceSubgroupProperties;
    api::PhysicalDeviceProperties2 p2{};
    p2.sType = api::kStructPhysicalDeviceProperties2;
    p2.pNext = &sub;
    fn.GetPhysicalDeviceProperties2(phys_, &p2);
    const api::PhysicalDeviceProperties& props = p2.properties;

    api::PhysicalDeviceIntegerDotProductFeatures dot{};
    dot.sType = api::kStructPhysicalDeviceIntegerDotProductFeatures;
    api::PhysicalDeviceFloat16Int8Features f16i8{};
    f16i8.sType = api::kStructPhysicalDeviceFloat16Int8Features;
    api::PhysicalDevice16BitStorageFeatures s16{};
    s16.sType = api::kStructPhysicalDevice16BitStorageFeatures;
    s16.pNext = &f16i8;
    // The integer dot product struct is only valid to chain where the device knows it (Vulkan 1.3 or the extension).
    uint32_t n_ext = 0;
    fn.EnumerateDeviceExtensionProperties(phys_, nullptr, &n_ext, nullptr);
    std::vector<api::ExtensionProperties> exts(n_ext);
    fn.EnumerateDeviceExtensionProperties(phys_, nullptr, &n_ext, exts.data());
    bool has_dot_ext = props.apiVersion >= api::make_version(1, 3);
    for (uint32_t i = 0; i < n_ext; ++i)
        if (std::strcmp(exts[i].extensionName, "VK_KHR_shader_integer_dot_product") == 0) has_dot_ext = true;
    if (has_dot_ext) f16i8.pNext = &dot;
    api::PhysicalDeviceFeatures2 f2{};
    f2.sType = api::kStructPhysicalDeviceFeatures2;
    f2.pNext = &s16;
    fn.GetPhysicalDeviceFeatures2(phys_, &f2);
    fn.GetPhysicalDeviceMemoryProperties(phys_, &mem_props_);

    info.name = props.deviceName;
    info.type = device_type_name(props.deviceType);
    info.api_version = std::to_string(props.apiVersion >> 22) + "." + std::to_string((props.apiVersion >> 12) & 0x3ff) +
                       "." + std::to_string(props.apiVersion & 0xfff);
    info.subgroup_size = sub.subgroupSize;
    info.subgroup_arithmetic = (sub.supportedStages & api::kShaderStageCompute) &&
                               (sub.supportedOperations & api::kSubgroupFeatureArithmetic);
    info.storage_16bit = s16.storageBuffer16BitAccess != 0;
    info.float16 = f16i8.shaderFloat16 != 0;
    info.int8 = f16i8.shaderInt8 != 0;
    info.integer_dot_product = dot.shaderIntegerDotProduct != 0;
    for (uint32_t h = 0; h < mem_props_.memoryHeapCount; ++h)
        if (mem_props_.memoryHeaps[h].flags & api::kMemoryHeapDeviceLocal) info.device_local_bytes += mem_props_.memoryHeaps[h].size;
    max_buffer_range = props.limits.maxStorageBufferRange;
    timestamp_period_ns = props.limits.timestampPeriod;
    timestamps = timestamps && props.limits.timestampComputeAndGraphics;
    // 64 invocations suit every vendor; a wider subgroup (AMD wave64 is fine) would need a larger group.
    workgroup = std::max<uint32_t>(64, std::min<uint32_t>(sub.subgroupSize, 256));
    use_subgroup_ = info.subgroup_arithmetic && sub.subgroupSize >= 4 && std::getenv("EDGERUNNER_VK_NO_SUBGROUP") == nullptr;
    if (props.limits.maxPushConstantsSize < 128) return Status::fail("vulkan: the device has under 128 bytes of push constants");
    if (props.limits.maxComputeSharedMemorySize < 8192) return Status::fail("vulkan: the device has too little shared memory");

    float priority = 1.0f;
    api::DeviceQueueCreateInfo qci{api::kStructDeviceQueueCreateInfo, nullptr, 0, queue_family, 1, &priority};
    api::DeviceCreateInfo dci{api::kStructDeviceCreateInfo, nullptr, 0, 1, &qci, 0, nullptr, 0, nullptr, nullptr};
    ER_VK_CHECK(fn.CreateDevice(phys_, &dci, nullptr, &device), "vkCreateDevice");
#define ER_VK_LOAD_DEVICE_FN(name)                                                              \
    fn.name = reinterpret_cast<api::PFN_##name>(fn.GetDeviceProcAddr(device, "vk" #name));       \
    if (!fn.name) return Status::fail("vulkan: the device has no vk" #name);
    ER_VK_DEVICE_FUNCTIONS(ER_VK_LOAD_DEVICE_FN)
#undef ER_VK_LOAD_DEVICE_FN
    fn.GetDeviceQueue(device, queue_family, 0, &queue_);

    // One layout for every shader: 4 storage buffers and 128 bytes of push constants.
    api::DescriptorSetLayoutBinding bindings[kMaxBindings];
    for (uint32_t b = 0; b < kMaxBindings; ++b)
        bindings[b] = {b, api::kDescriptorTypeStorageBuffer, 1, api::kShaderStageCompute, nullptr};
    api::DescriptorSetLayoutCreateInfo dsl{api::kStructDescriptorSetLayoutCreateInfo, nullptr, 0, kMaxBindings, bindings};
    ER_VK_CHECK(fn.CreateDescriptorSetLayout(device, &dsl, nullptr, &set_layout), "vkCreateDescriptorSetLayout");
    api::PushConstantRange pcr{api::kShaderStageCompute, 0, kPushBytes};
    api::PipelineLayoutCreateInfo plci{api::kStructPipelineLayoutCreateInfo, nullptr, 0, 1, &set_layout, 1, &pcr};
    ER_VK_CHECK(fn.CreatePipelineLayout(device, &plci, nullptr, &pipeline_layout), "vkCreatePipelineLayout");

    modules_.assign(static_cast<size_t>(ShaderId::Count), 0);
    api::CommandPoolCreateInfo cpci{api::kStructCommandPoolCreateInfo, nullptr, api::kCommandPoolResetCommandBuffer, queue_family};
    ER_VK_CHECK(fn.CreateCommandPool(device, &cpci, nullptr, &transfer_pool_), "vkCreateCommandPool");
    api::CommandBufferAllocateInfo cbai{api::kStructCommandBufferAllocateInfo, nullptr, transfer_pool_, 0, 1};
    ER_VK_CHECK(fn.AllocateCommandBuffers(device, &cbai, &transfer_cb_), "vkAllocateCommandBuffers");
    api::FenceCreateInfo fci{api::kStructFenceCreateInfo, nullptr, 0};
    ER_VK_CHECK(fn.CreateFence(device, &fci, nullptr, &transfer_fence_), "vkCreateFence");
    return Status();
}

inline Status Runtime::create_buffer(uint64_t size, bool host_visible, Buffer* out) {
    *out = Buffer();
    size = std::max<uint64_t>(size, 4);
    api::BufferCreateInfo bci{api::kStructBufferCreateInfo, nullptr, 0, size,
                              api::kBufferUsageStorage | api::kBufferUsageTransferSrc | api::kBufferUsageTransferDst,
                              0, 0, nullptr};
    ER_VK_CHECK(fn.CreateBuffer(device, &bci, nullptr, &out->handle), "vkCreateBuffer");
    api::MemoryRequirements req{};
    fn.GetBufferMemoryRequirements(device, out->handle, &req);
    // Preference order: device-local (+ host-visible when asked, e.g. unified memory or lavapipe), then any
    // memory with the required host access.
    const uint32_t want = host_visible ? (api::kMemoryHostVisible | api::kMemoryHostCoherent) : api::kMemoryDeviceLocal;
    uint32_t type = UINT32_MAX;
    for (int pass = 0; pass < 2 && type == UINT32_MAX; ++pass)
        for (uint32_t i = 0; i < mem_props_.memoryTypeCount; ++i) {
            uint32_t f = mem_props_.memoryTypes[i].propertyFlags;
            bool ok = (req.memoryTypeBits >> i & 1) && (f & want) == want;
            if (pass == 0) ok = ok && (host_visible ? (f & api::kMemoryHostCached) != 0 : true);
            if (ok) { type = i; break; }
        }
    if (type == UINT32_MAX) {
        destroy_buffer(out);
        return Status::fail("vulkan: no suitable memory type for a buffer");
    }
    api::MemoryAllocateInfo mai{api::kStructMemoryAllocateInfo, nullptr, req.size, type};
    api::Result r = fn.AllocateMemory(device, &mai, nullptr, &out->memory);
    if (r != api::kSuccess) {
        destroy_buffer(out);
        return Status::fail(vk_error("vkAllocateMemory", r) + " for " + std::to_string(size >> 20) + " MiB");
    }
    out->size = size;
    ER_VK_CHECK(fn.BindBufferMemory(device, out->handle, out->memory, 0), "vkBindBufferMemory");
    uint32_t f = mem_props_.memoryTypes[type].propertyFlags;
    if ((f & api::kMemoryHostVisible) && (f & api::kMemoryHostCoherent)) {
        void* p = nullptr;
        ER_VK_CHECK(fn.MapMemory(device, out->memory, 0, ~0ull, 0, &p), "vkMapMemory");
        out->mapped = static_cast<uint8_t*>(p);
    }
    return Status();
}

inline void Runtime::destroy_buffer(Buffer* b) {
    if (b->handle) fn.DestroyBuffer(device, b->handle, nullptr);
    if (b->memory) fn.FreeMemory(device, b->memory, nullptr);
    *b = Buffer();
}

inline Status Runtime::submit_and_wait(api::CommandBuffer cb, api::Fence fence) {
    api::SubmitInfo si{api::kStructSubmitInfo, nullptr, 0, nullptr, nullptr, 1, &cb, 0, nullptr};
    {
        std::lock_guard<std::mutex> lock(queue_mutex_);
        ER_VK_CHECK(fn.QueueSubmit(queue_, 1, &si, fence), "vkQueueSubmit");
    }
    ER_VK_CHECK(fn.WaitForFences(device, 1, &fence, 1, ~0ull), "vkWaitForFences");
    ER_VK_CHECK(fn.ResetFences(device, 1, &fence), "vkResetFences");
    return Status();
}

inline Status Runtime::staged_copy(const Buffer& buf, uint64_t offset, void* host, uint64_t n, bool to_device) {
    std::lock_guard<std::mutex> lock(transfer_mutex_);
    const uint64_t chunk = 64ull << 20;
    if (!staging_.handle) {
        Status s = create_buffer(chunk, true, &staging_);
        if (!s.ok()) return s;
        if (!staging_.mapped) return Status::fail("vulkan: the staging buffer is not host-visible");
    }
    for (uint64_t done = 0; done < n; done += chunk) {
        uint64_t len = std::min(chunk, n - done);
        if (to_device) std::memcpy(staging_.mapped, static_cast<const uint8_t*>(host) + done, len);
        api::CommandBufferBeginInfo bi{api::kStructCommandBufferBeginInfo, nullptr, api::kCommandBufferUsageOneTimeSubmit, nullptr};
        ER_VK_CHECK(fn.BeginCommandBuffer(transfer_cb_, &bi), "vkBeginCommandBuffer");
        api::BufferCopy region = to_device ? api::BufferCopy{0, offset + done, len} : api::BufferCopy{offset + done, 0, len};
        // Earlier GPU work on this buffer (another command buffer) must be finished; submissions to the one
        // queue are ordered by this barrier.
        api::MemoryBarrier before{api::kStructMemoryBarrier, nullptr, api::kAccessShaderWrite | api::kAccessTransferWrite,
                                  api::kAccessTransferRead | api::kAccessTransferWrite};
        fn.CmdPipelineBarrier(transfer_cb_, api::kPipelineStageComputeShader | api::kPipelineStageTransfer,
                              api::kPipelineStageTransfer, 0, 1, &before, 0, nullptr, 0, nullptr);
        if (to_device) fn.CmdCopyBuffer(transfer_cb_, staging_.handle, buf.handle, 1, &region);
        else fn.CmdCopyBuffer(transfer_cb_, buf.handle, staging_.handle, 1, &region);
        api::MemoryBarrier after{api::kStructMemoryBarrier, nullptr, api::kAccessTransferWrite,
                                 api::kAccessShaderRead | api::kAccessShaderWrite | api::kAccessHostRead};
        fn.CmdPipelineBarrier(transfer_cb_, api::kPipelineStageTransfer,
                              api::kPipelineStageComputeShader | api::kPipelineStageHost, 0, 1, &after, 0, nullptr, 0, nullptr);
        ER_VK_CHECK(fn.EndCommandBuffer(transfer_cb_), "vkEndCommandBuffer");
        Status s = submit_and_wait(transfer_cb_, transfer_fence_);
        if (!s.ok()) return s;
        if (!to_device) std::memcpy(static_cast<uint8_t*>(host) + done, staging_.mapped, len);
    }
    return Status();
}

inline Status Runtime::write(const Buffer& dst, uint64_t offset, const void* src, uint64_t n) {
    if (offset > dst.size || n > dst.size - offset) return Status::fail("vulkan: write past the end of a buffer");
    if (dst.mapped) {
        std::memcpy(dst.mapped + offset, src, n);
        return Status();
    }
    return staged_copy(dst, offset, const_cast<void*>(src), n, true);
}

inline Status Runtime::read(const Buffer& src, uint64_t offset, void* dst, uint64_t n) {
    if (offset > src.size || n > src.size - offset) return Status::fail("vulkan: read past the end of a buffer");
    if (src.mapped) {
        std::memcpy(dst, src.mapped + offset, n);
        return Status();
    }
    return staged_copy(src, offset, dst, n, false);
}

// Pipelines are built on first use, per (shader, weight type): the type is a specialization constant, so the
// driver compiles only that type's dequantization path.
inline Result<api::Pipeline> Runtime::pipeline(ShaderId id, uint32_t weight_type) {
    std::lock_guard<std::mutex> lock(pipeline_mutex_);
    auto key = std::make_pair(static_cast<uint32_t>(id), weight_type);
    auto it = pipelines_.find(key);
    if (it != pipelines_.end()) return it->second;
    api::ShaderModule& mod = modules_[static_cast<size_t>(id)];
    const SpirvBlob& blob = kSpirv[static_cast<size_t>(id)];
    if (!mod) {
        api::ShaderModuleCreateInfo smci{api::kStructShaderModuleCreateInfo, nullptr, 0, blob.n_words * 4, blob.words};
        api::Result r = fn.CreateShaderModule(device, &smci, nullptr, &mod);
        if (r != api::kSuccess) return Status::fail(vk_error("vkCreateShaderModule", r) + " for shader " + blob.name);
    }
    const uint32_t spec[2] = {workgroup, weight_type};
    api::SpecializationMapEntry entries[2] = {{0, 0, 4}, {1, 4, 4}};
    api::SpecializationInfo si{2, entries, sizeof spec, spec};
    api::ComputePipelineCreateInfo cpci{};
    cpci.sType = api::kStructComputePipelineCreateInfo;
    cpci.stage = {api::kStructPipelineShaderStageCreateInfo, nullptr, 0, api::kShaderStageCompute, mod, "main", &si};
    cpci.layout = pipeline_layout;
    cpci.basePipelineIndex = -1;
    api::Pipeline p = 0;
    api::Result r = fn.CreateComputePipelines(device, 0, 1, &cpci, nullptr, &p);
    if (r != api::kSuccess) return Status::fail(vk_error("vkCreateComputePipelines", r) + " for shader " + blob.name);
    pipelines_[key] = p;
    return p;
}

// Records compute work into one command buffer: every dispatch is followed by a full compute barrier (the
// graph is a chain), descriptor sets are cached per buffer combination (buffers of a session never change),
// per-dispatch scalars go in push constants. submit() runs it with one submit and one fence wait.
class Recorder {
public:
    explicit Recorder(Runtime* rt) : rt_(rt) {}
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;
    ~Recorder() {
        if (!rt_->device) return;
        print_profile();
        for (api::DescriptorPool p : pools_) rt_->fn.DestroyDescriptorPool(rt_->device, p, nullptr);
        if (fence_) rt_->fn.DestroyFence(rt_->device, fence_, nullptr);
        if (query_pool_) rt_->fn.DestroyQueryPool(rt_->device, query_pool_, nullptr);
        if (pool_) rt_->fn.DestroyCommandPool(rt_->device, pool_, nullptr);
    }

    Status begin() {
        auto& fn = rt_->fn;
        if (!pool_) {
            api::CommandPoolCreateInfo cpci{api::kStructCommandPoolCreateInfo, nullptr, api::kCommandPoolResetCommandBuffer,
                                            rt_->queue_family};
            ER_VK_CHECK(fn.CreateCommandPool(rt_->device, &cpci, nullptr, &pool_), "vkCreateCommandPool");
            api::CommandBufferAllocateInfo cbai{api::kStructCommandBufferAllocateInfo, nullptr, pool_, 0, 1};
            ER_VK_CHECK(fn.AllocateCommandBuffers(rt_->device, &cbai, &cb_), "vkAllocateCommandBuffers");
            api::FenceCreateInfo fci{api::kStructFenceCreateInfo, nullptr, 0};
            ER_VK_CHECK(fn.CreateFence(rt_->device, &fci, nullptr, &fence_), "vkCreateFence");
            if (rt_->timestamps) {
                // EDGERUNNER_VK_PROFILE=1: a timestamp after every dispatch, summed per shader and printed on exit.
                profile_ = std::getenv("EDGERUNNER_VK_PROFILE") != nullptr;
                const uint32_t n_queries = profile_ ? 2 + kMaxProfiled : 2;
                api::QueryPoolCreateInfo q{api::kStructQueryPoolCreateInfo, nullptr, 0, api::kQueryTypeTimestamp, n_queries, 0};
                if (fn.CreateQueryPool(rt_->device, &q, nullptr, &query_pool_) != api::kSuccess) query_pool_ = 0;
            }
        }
        labels_.clear();
        ER_VK_CHECK(fn.ResetCommandBuffer(cb_, 0), "vkResetCommandBuffer");
        api::CommandBufferBeginInfo bi{api::kStructCommandBufferBeginInfo, nullptr, api::kCommandBufferUsageOneTimeSubmit, nullptr};
        ER_VK_CHECK(fn.BeginCommandBuffer(cb_, &bi), "vkBeginCommandBuffer");
        if (query_pool_) {
            fn.CmdResetQueryPool(cb_, query_pool_, 0, profile_ ? 2 + kMaxProfiled : 2);
            fn.CmdWriteTimestamp(cb_, api::kPipelineStageTopOfPipe, query_pool_, 0);
        }
        status_ = Status();
        return Status();
    }

    // Records one dispatch; errors are kept and returned by submit() so call sites stay linear.
    template <class Push>
    void dispatch(ShaderId id, uint32_t weight_type, std::initializer_list<const Buffer*> buffers, const Push& push,
                  uint32_t gx, uint32_t gy = 1, uint32_t gz = 1) {
        static_assert(sizeof(Push) <= kPushBytes, "push constants exceed 128 bytes");
        if (!status_.ok()) return;
        if (gx == 0 || gy == 0 || gz == 0) return;
        Result<api::Pipeline> p = rt_->pipeline(id, weight_type);
        if (!p.ok()) { status_ = p.status(); return; }
        Result<api::DescriptorSet> set = descriptor_set(buffers);
        if (!set.ok()) { status_ = set.status(); return; }
        auto& fn = rt_->fn;
        fn.CmdBindPipeline(cb_, api::kPipelineBindPointCompute, *p);
        api::DescriptorSet s = *set;
        fn.CmdBindDescriptorSets(cb_, api::kPipelineBindPointCompute, rt_->pipeline_layout, 0, 1, &s, 0, nullptr);
        fn.CmdPushConstants(cb_, rt_->pipeline_layout, api::kShaderStageCompute, 0, sizeof(Push), &push);
        fn.CmdDispatch(cb_, gx, gy, gz);
        if (profile_ && query_pool_ && labels_.size() < kMaxProfiled) {
            fn.CmdWriteTimestamp(cb_, api::kPipelineStageComputeShader, query_pool_, 2 + static_cast<uint32_t>(labels_.size()));
            labels_.push_back(std::string(kSpirv[static_cast<size_t>(id)].name) + " type " + std::to_string(weight_type) +
                              " grid " + std::to_string(gx) + "x" + std::to_string(gy) + "x" + std::to_string(gz));
        }
        api::MemoryBarrier mb{api::kStructMemoryBarrier, nullptr, api::kAccessShaderWrite,
                              api::kAccessShaderRead | api::kAccessShaderWrite | api::kAccessTransferRead};
        fn.CmdPipelineBarrier(cb_, api::kPipelineStageComputeShader, api::kPipelineStageComputeShader | api::kPipelineStageTransfer,
                              0, 1, &mb, 0, nullptr, 0, nullptr);
    }

    void copy(const Buffer& src, uint64_t src_off, const Buffer& dst, uint64_t dst_off, uint64_t n) {
        if (!status_.ok() || n == 0) return;
        api::BufferCopy region{src_off, dst_off, n};
        rt_->fn.CmdCopyBuffer(cb_, src.handle, dst.handle, 1, &region);
        api::MemoryBarrier mb{api::kStructMemoryBarrier, nullptr, api::kAccessTransferWrite,
                              api::kAccessShaderRead | api::kAccessShaderWrite | api::kAccessHostRead};
        rt_->fn.CmdPipelineBarrier(cb_, api::kPipelineStageTransfer, api::kPipelineStageComputeShader | api::kPipelineStageHost,
                                   0, 1, &mb, 0, nullptr, 0, nullptr);
    }

    Status submit() {
        auto& fn = rt_->fn;
        if (query_pool_) fn.CmdWriteTimestamp(cb_, api::kPipelineStageComputeShader, query_pool_, 1);
        api::MemoryBarrier mb{api::kStructMemoryBarrier, nullptr, api::kAccessShaderWrite | api::kAccessTransferWrite, api::kAccessHostRead};
        fn.CmdPipelineBarrier(cb_, api::kPipelineStageComputeShader | api::kPipelineStageTransfer, api::kPipelineStageHost, 0, 1,
                              &mb, 0, nullptr, 0, nullptr);
        ER_VK_CHECK(fn.EndCommandBuffer(cb_), "vkEndCommandBuffer");
        if (!status_.ok()) return status_;
        Status s = rt_->submit_and_wait(cb_, fence_);
        if (!s.ok()) return s;
        if (query_pool_) {
            uint64_t ts[2] = {0, 0};
            if (fn.GetQueryPoolResults(rt_->device, query_pool_, 0, 2, sizeof ts, ts, 8, api::kQueryResult64 | api::kQueryResultWait) ==
                api::kSuccess)
                last_gpu_seconds_ = static_cast<double>(ts[1] - ts[0]) * rt_->timestamp_period_ns * 1e-9;
            if (!labels_.empty()) {
                std::vector<uint64_t> t(labels_.size() + 2);
                if (fn.GetQueryPoolResults(rt_->device, query_pool_, 0, static_cast<uint32_t>(t.size()), t.size() * 8, t.data(), 8,
                                           api::kQueryResult64 | api::kQueryResultWait) == api::kSuccess)
                    for (size_t i = 0; i < labels_.size(); ++i) {
                        auto& e = profile_sum_[labels_[i]];
                        e.first += static_cast<double>(t[i + 2] - (i ? t[i + 1] : t[0])) * rt_->timestamp_period_ns * 1e-9;
                        e.second += 1;
                    }
            }
        }
        return Status();
    }

    // GPU time of the last submitted command buffer (0 when the queue has no timestamps).
    double last_gpu_seconds() const { return last_gpu_seconds_; }

private:
    void print_profile() const {
        if (profile_sum_.empty()) return;
        std::vector<std::pair<double, std::string>> rows;
        double total = 0;
        for (const auto& e : profile_sum_) {
            rows.push_back({e.second.first, e.first});
            total += e.second.first;
        }
        std::sort(rows.rbegin(), rows.rend());
        std::fprintf(stderr, "vulkan profile: %.3f ms of GPU time in dispatches\n", total * 1e3);
        for (const auto& r : rows)
            std::fprintf(stderr, "  %8.3f ms %5.1f%%  %6lld x  %s\n", r.first * 1e3, 100 * r.first / total,
                         static_cast<long long>(profile_sum_.at(r.second).second), r.second.c_str());
    }

    Result<api::DescriptorSet> descriptor_set(std::initializer_list<const Buffer*> buffers) {
        std::array<api::Buffer, kMaxBindings> key{};
        size_t i = 0;
        for (const Buffer* b : buffers) {
            if (i == kMaxBindings) return Status::fail("vulkan: too many buffers for one dispatch");
            key[i++] = b->handle;
        }
        for (; i < kMaxBindings; ++i) key[i] = key[0];  // unused bindings still need a valid buffer
        auto it = sets_.find(key);
        if (it != sets_.end()) return it->second;
        auto& fn = rt_->fn;
        if (pools_.empty() || sets_in_pool_ == kSetsPerPool) {
            api::DescriptorPoolSize size{api::kDescriptorTypeStorageBuffer, kSetsPerPool * kMaxBindings};
            api::DescriptorPoolCreateInfo dpci{api::kStructDescriptorPoolCreateInfo, nullptr, 0, kSetsPerPool, 1, &size};
            api::DescriptorPool pool = 0;
            api::Result r = fn.CreateDescriptorPool(rt_->device, &dpci, nullptr, &pool);
            if (r != api::kSuccess) return Status::fail(vk_error("vkCreateDescriptorPool", r));
            pools_.push_back(pool);
            sets_in_pool_ = 0;
        }
        api::DescriptorSetAllocateInfo dsai{api::kStructDescriptorSetAllocateInfo, nullptr, pools_.back(), 1, &rt_->set_layout};
        api::DescriptorSet set = 0;
        api::Result r = fn.AllocateDescriptorSets(rt_->device, &dsai, &set);
        if (r != api::kSuccess) return Status::fail(vk_error("vkAllocateDescriptorSets", r));
        ++sets_in_pool_;
        api::DescriptorBufferInfo infos[kMaxBindings];
        api::WriteDescriptorSet writes[kMaxBindings];
        for (uint32_t b = 0; b < kMaxBindings; ++b) {
            infos[b] = {key[b], 0, ~0ull};
            writes[b] = {api::kStructWriteDescriptorSet, nullptr, set, b, 0, 1, api::kDescriptorTypeStorageBuffer, nullptr, &infos[b], nullptr};
        }
        fn.UpdateDescriptorSets(rt_->device, kMaxBindings, writes, 0, nullptr);
        sets_[key] = set;
        return set;
    }

    static constexpr uint32_t kSetsPerPool = 256;
    Runtime* rt_;
    api::CommandPool pool_ = 0;
    api::CommandBuffer cb_ = nullptr;
    api::Fence fence_ = 0;
    api::QueryPool query_pool_ = 0;
    static constexpr uint32_t kMaxProfiled = 4096;
    bool profile_ = false;
    std::vector<std::string> labels_;
    std::map<std::string, std::pair<double, long long>> profile_sum_;
    std::vector<api::DescriptorPool> pools_;
    uint32_t sets_in_pool_ = 0;
    std::map<std::array<api::Buffer, kMaxBindings>, api::DescriptorSet> sets_;
    Status status_;
    double last_gpu_seconds_ = 0;
};
// ---- Kernel recording: one function per shader, shared by the ops below and the model backend. Offsets and
// strides are in elements (floats) and travel as push constants.

inline bool shader_can_dequantize(types::Type t) {
    switch (t) {
        case types::Type::F32: case types::Type::F16: case types::Type::BF16: case types::Type::Q4_0:
        case types::Type::Q4_1: case types::Type::Q5_0: case types::Type::Q5_1: case types::Type::Q8_0:
        case types::Type::Q4_K: case types::Type::Q5_K: case types::Type::Q6_K: case types::Type::IQ4_NL:
            return true;
        default: return false;
    }
}

// A weight matrix on the device, split by rows into buffers no larger than the device allows.
struct WeightTensor {
    types::Type type = types::Type::F32;
    uint32_t k = 0, rows = 0;
    struct Part {
        Buffer buffer;
        uint32_t row_begin = 0, n_rows = 0;
    };
    std::vector<Part> parts;
};

inline void destroy_weight(Runtime* rt, WeightTensor* w) {
    for (auto& p : w->parts) rt->destroy_buffer(&p.buffer);
    w->parts.clear();
}

inline Status upload_weight(Runtime* rt, types::Type type, const void* data, int64_t k, int64_t rows, WeightTensor* out,
                            const char* name) {
    const types::TypeInfo* ti = types::type_info(type);
    if (!shader_can_dequantize(type) || !ti)
        return Status::fail(std::string("vulkan: tensor '") + name + "' has type " + types::type_name(type) +
                            ", which the GPU shaders cannot dequantize");
    if (k <= 0 || rows <= 0 || k % 32 != 0 || k % ti->block_size != 0 || k > (1 << 24) || rows > (1 << 30))
        return Status::fail(std::string("vulkan: tensor '") + name + "' has an unsupported shape (row length " +
                            std::to_string(k) + ")");
    const uint64_t row_bytes = types::row_bytes(type, k);
    const uint64_t limit = std::min<uint64_t>(rt->max_buffer_range, 1ull << 31);
    const uint64_t rows_per_part = std::max<uint64_t>(1, limit / row_bytes);
    out->type = type;
    out->k = static_cast<uint32_t>(k);
    out->rows = static_cast<uint32_t>(rows);
    for (uint64_t r0 = 0; r0 < static_cast<uint64_t>(rows); r0 += rows_per_part) {
        WeightTensor::Part part;
        part.row_begin = static_cast<uint32_t>(r0);
        part.n_rows = static_cast<uint32_t>(std::min<uint64_t>(rows_per_part, rows - r0));
        uint64_t bytes = part.n_rows * row_bytes;
        Status s = rt->create_buffer(bytes, false, &part.buffer);
        if (s.ok()) s = rt->write(part.buffer, 0, static_cast<const uint8_t*>(data) + r0 * row_bytes, bytes);
        out->parts.push_back(part);
        if (!s.ok()) {
            destroy_weight(rt, out);
            return Status::fail(s.message() + " (uploading '" + name + "')");
        }
    }
    return Status();
}

struct MatmulPush { uint32_t k, rows, n_tok, x_off, x_stride, y_off, y_stride, row_base, accumulate; };
// y[t][y_off + r] (+)= W[r] . x[t] for t < n_tok (rows with strides x_stride / y_stride).
inline void rec_matmul(Recorder& rec, Runtime* rt, const WeightTensor& w, const Buffer& x, uint32_t x_off, uint32_t x_stride,
                       const Buffer& y, uint32_t y_off, uint32_t y_stride, uint32_t n_tok, bool accumulate) {
    const uint32_t tile = 8;
    for (const auto& part : w.parts) {
        MatmulPush p{w.k, part.n_rows, n_tok, x_off, x_stride, y_off, y_stride, part.row_begin, accumulate ? 1u : 0u};
        uint32_t gx = std::min<uint32_t>(part.n_rows, 65535);
        rec.dispatch(rt->best(ShaderId::Matmul, ShaderId::MatmulSubgroup), static_cast<uint32_t>(w.type), {&part.buffer, &x, &y},
                     p, gx, (n_tok + tile - 1) / tile, (part.n_rows + gx - 1) / gx);
    }
}

struct GetRowsPush { uint32_t k, n_tok, row_begin, n_rows, ids_off, o_off, o_stride; };
inline void rec_get_rows(Recorder& rec, const WeightTensor& table, const Buffer& ids, uint32_t ids_off, uint32_t n_tok,
                         const Buffer& out, uint32_t o_off, uint32_t o_stride) {
    for (const auto& part : table.parts) {
        GetRowsPush p{table.k, n_tok, part.row_begin, part.n_rows, ids_off, o_off, o_stride};
        rec.dispatch(ShaderId::GetRows, static_cast<uint32_t>(table.type), {&part.buffer, &ids, &out}, p, n_tok);
    }
}

struct RmsNormPush { uint32_t n, n_rows, x_off, x_stride, y_off, y_stride, w_off, has_w; float eps; };
// y = rms_norm(x) * w over n_rows rows of n; w may be null. x and y may be the same buffer.
inline void rec_rms_norm(Recorder& rec, Runtime* rt, const Buffer& x, uint32_t x_off, uint32_t x_stride, const Buffer* w,
                         uint32_t w_off, const Buffer& y, uint32_t y_off, uint32_t y_stride, uint32_t n, uint32_t n_rows, float eps) {
    RmsNormPush p{n, n_rows, x_off, x_stride, y_off, y_stride, w_off, w ? 1u : 0u, eps};
    uint32_t gx = std::min<uint32_t>(n_rows, 65535);
    rec.dispatch(rt->best(ShaderId::RmsNorm, ShaderId::RmsNormSubgroup), 0, {&x, w ? w : &x, &y}, p, gx, (n_rows + gx - 1) / gx);
}

// Grid for one invocation per element: x up to 65535 groups, the rest in y.
inline void element_grid(Runtime* rt, uint64_t n, uint32_t* gx, uint32_t* gy) {
    uint64_t groups = (n + rt->workgroup - 1) / rt->workgroup;
    *gx = static_cast<uint32_t>(std::min<uint64_t>(std::max<uint64_t>(groups, 1), 65535));
    *gy = static_cast<uint32_t>((groups + *gx - 1) / *gx);
}

struct RopePush { uint32_t n_tok, n_heads, head_dim, n_rot, x_off, tok_stride, pos0, neox, table_off; };
// In-place rotation of rows [tok][head][head_dim]; table holds (cos, sin) for positions x n_rot/2 frequencies.
inline void rec_rope(Recorder& rec, Runtime* rt, const Buffer& x, uint32_t x_off, uint32_t tok_stride, uint32_t n_tok,
                     uint32_t n_heads, uint32_t head_dim, uint32_t n_rot, uint32_t pos0, bool neox, const Buffer& table,
                     uint32_t table_off) {
    RopePush p{n_tok, n_heads, head_dim, n_rot, x_off, tok_stride, pos0, neox ? 1u : 0u, table_off};
    uint32_t gx, gy;
    element_grid(rt, static_cast<uint64_t>(n_tok) * n_heads * (n_rot / 2), &gx, &gy);
    rec.dispatch(ShaderId::Rope, 0, {&x, &table}, p, gx, gy);
}

enum class EltOp : uint32_t { Copy = 0, Add = 1, Scale = 2, SiluMul = 3, GeluMul = 4, Softcap = 5 };
struct EltwisePush { uint32_t op, n_rows, n_cols, a_off, a_stride, b_off, b_stride, y_off, y_stride; float s; };
struct StridedView {
    const Buffer* buf;
    uint32_t off, stride;
};
// y = op(a, b) over n_rows x n_cols; b is unused by Copy / Scale / Softcap (pass a), stride 0 broadcasts a row.
inline void rec_eltwise(Recorder& rec, Runtime* rt, EltOp op, StridedView a, StridedView b, StridedView y, uint32_t n_rows,
                        uint32_t n_cols, float s = 0.0f) {
    EltwisePush p{static_cast<uint32_t>(op), n_rows, n_cols, a.off, a.stride, b.off, b.stride, y.off, y.stride, s};
    uint32_t gx, gy;
    element_grid(rt, static_cast<uint64_t>(n_rows) * n_cols, &gx, &gy);
    rec.dispatch(ShaderId::Eltwise, 0, {a.buf, b.buf, y.buf}, p, gx, gy);
}

struct AttentionPush {
    uint32_t n_tok, n_head, n_kv_head, head_dim, q_off, q_stride, kv_off, kv_stride, o_off, o_stride, pos0, window;
    float scale, softcap;
};
inline void rec_attention(Recorder& rec, Runtime* rt, const AttentionPush& p, const Buffer& q, const Buffer& k_cache,
                          const Buffer& v_cache, const Buffer& out) {
    rec.dispatch(rt->best(ShaderId::Attention, ShaderId::AttentionSubgroup), 0, {&q, &k_cache, &v_cache, &out}, p, p.n_head, p.n_tok);  // f32 cache
}

// (cos, sin) of pos * freq_i for every position and each of n_rot/2 frequencies freq_i = scale * base^(-2i/n_rot)
// / factor_i, computed in double so long contexts stay exact.
inline std::vector<float> rope_table(uint32_t n_pos, uint32_t n_rot, double base, double freq_scale, const float* factors) {
    std::vector<float> t(static_cast<size_t>(n_pos) * n_rot);
    for (uint32_t i = 0; i < n_rot / 2; ++i) {
        double freq = freq_scale * std::pow(base, -2.0 * i / n_rot) / (factors ? factors[i] : 1.0);
        for (uint32_t pos = 0; pos < n_pos; ++pos) {
            double a = pos * freq;
            t[(static_cast<size_t>(pos) * (n_rot / 2) + i) * 2] = static_cast<float>(std::cos(a));
            t[(static_cast<size_t>(pos) * (n_rot / 2) + i) * 2 + 1] = static_cast<float>(std::sin(a));
        }
    }
    return t;
}

// ---- One-shot ops on host arrays.
struct HostBuffers {
    Runtime* rt;
    std::deque<Buffer> bufs;  // stable addresses: callers keep pointers
    explicit HostBuffers(Runtime* r) : rt(r) {}
    ~HostBuffers() { for (auto& b : bufs) rt->destroy_buffer(&b); }
    Result<const Buffer*> make(const void* data, uint64_t bytes) {
        bufs.emplace_back();
        Status s = rt->create_buffer(bytes, false, &bufs.back());
        if (s.ok() && data) s = rt->write(bufs.back(), 0, data, bytes);
        if (!s.ok()) return s;
        return &bufs.back();
    }
};

inline Result<Runtime*> runtime() {
    Status why;
    Runtime* rt = Runtime::get(&why);
    if (!rt) return why;
    return rt;
}

inline bool fits_u32(int64_t v) { return v >= 0 && v <= static_cast<int64_t>(UINT32_MAX / 4); }

}  // namespace detail

Result<DeviceInfo> device_info() {
    Result<detail::Runtime*> rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    return (*rt)->info;
}

Result<double> measure_read_bandwidth() {
    Result<detail::Runtime*> rtr = detail::runtime();
    if (!rtr.ok()) return rtr.status();
    detail::Runtime* rt = *rtr;
    // Large enough to defeat caches (H200's L2 is 60 MiB), small enough to fit beside a model.
    uint64_t bytes = std::min<uint64_t>(uint64_t(1) << 30, rt->max_buffer_range);
    if (rt->info.device_local_bytes) bytes = std::min<uint64_t>(bytes, rt->info.device_local_bytes / 8);
    bytes &= ~uint64_t(15);
    if (bytes < (uint64_t(1) << 20)) return Status::fail("vulkan: too little device memory for a bandwidth probe");
    detail::HostBuffers hb(rt);
    Result<const detail::Buffer*> src = hb.make(nullptr, bytes);
    if (!src.ok()) return src.status();
    Result<const detail::Buffer*> dst = hb.make(nullptr, 16);
    if (!dst.ok()) return dst.status();
    const uint32_t n_vec4 = static_cast<uint32_t>(bytes / 16);
    // Enough invocations in flight to saturate any memory system, each still looping several times.
    const uint32_t groups = std::max<uint32_t>(1, std::min<uint32_t>(65535, n_vec4 / rt->workgroup / 8));
    constexpr int kPassesPerSubmit = 4;
    detail::Recorder rec(rt);
    double best = 0;
    for (int rep = 0; rep < 4; ++rep) {
        Status s = rec.begin();
        if (!s.ok()) return s;
        for (int i = 0; i < kPassesPerSubmit; ++i)
            rec.dispatch(detail::ShaderId::ReadBandwidth, 0, {*src, *dst}, n_vec4, groups);
        const auto t0 = std::chrono::steady_clock::now();
        s = rec.submit();
        if (!s.ok()) return s;
        double sec = rec.last_gpu_seconds();
        if (sec <= 0) sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (rep > 0) best = std::max(best, double(bytes) * kPassesPerSubmit / sec / 1e9);  // rep 0 warms up
    }
    return best;
}

namespace ops {
using detail::Buffer;

#define ER_VK_TRY_BUFFER(var, data, bytes)                  \
    Result<const Buffer*> var##_r = hb.make(data, bytes);   \
    if (!var##_r.ok()) return var##_r.status();             \
    const Buffer& var = **var##_r;

Status matmul(types::Type w_type, const void* w, int64_t rows, int64_t k, const float* x, int64_t n_tok, float* y) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (!detail::fits_u32(rows) || !detail::fits_u32(n_tok) || !detail::fits_u32(rows * n_tok) || !detail::fits_u32(k * n_tok))
        return Status::fail("vulkan matmul: sizes out of range");
    detail::WeightTensor wt;
    Status s = detail::upload_weight(*rt, w_type, w, k, rows, &wt, "matmul weight");
    if (!s.ok()) return s;
    detail::HostBuffers hb(*rt);
    auto xb = hb.make(x, static_cast<uint64_t>(k * n_tok) * 4);
    auto yb = hb.make(nullptr, static_cast<uint64_t>(rows * n_tok) * 4);
    if (!xb.ok() || !yb.ok()) { detail::destroy_weight(*rt, &wt); return !xb.ok() ? xb.status() : yb.status(); }
    detail::Recorder rec(*rt);
    s = rec.begin();
    if (s.ok()) {
        detail::rec_matmul(rec, *rt, wt, **xb, 0, static_cast<uint32_t>(k), **yb, 0, static_cast<uint32_t>(rows),
                           static_cast<uint32_t>(n_tok), false);
        s = rec.submit();
    }
    if (s.ok()) s = (*rt)->read(**yb, 0, y, static_cast<uint64_t>(rows * n_tok) * 4);
    detail::destroy_weight(*rt, &wt);
    return s;
}

Status get_rows(types::Type type, const void* table, int64_t n_rows, int64_t k, const int32_t* ids, int64_t n_ids, float* out) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (!detail::fits_u32(n_ids) || !detail::fits_u32(k * n_ids)) return Status::fail("vulkan get_rows: sizes out of range");
    for (int64_t i = 0; i < n_ids; ++i)
        if (ids[i] < 0 || ids[i] >= n_rows) return Status::fail("vulkan get_rows: id " + std::to_string(ids[i]) + " out of range");
    detail::WeightTensor wt;
    Status s = detail::upload_weight(*rt, type, table, k, n_rows, &wt, "embedding table");
    if (!s.ok()) return s;
    detail::HostBuffers hb(*rt);
    auto ib = hb.make(ids, static_cast<uint64_t>(n_ids) * 4);
    auto ob = hb.make(nullptr, static_cast<uint64_t>(k * n_ids) * 4);
    if (!ib.ok() || !ob.ok()) { detail::destroy_weight(*rt, &wt); return !ib.ok() ? ib.status() : ob.status(); }
    detail::Recorder rec(*rt);
    s = rec.begin();
    if (s.ok()) {
        detail::rec_get_rows(rec, wt, **ib, 0, static_cast<uint32_t>(n_ids), **ob, 0, static_cast<uint32_t>(k));
        s = rec.submit();
    }
    if (s.ok()) s = (*rt)->read(**ob, 0, out, static_cast<uint64_t>(k * n_ids) * 4);
    detail::destroy_weight(*rt, &wt);
    return s;
}

Status rms_norm(const float* x, const float* w, int64_t n_rows, int64_t n, float eps, float* y) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (!detail::fits_u32(n_rows * n) || n <= 0) return Status::fail("vulkan rms_norm: sizes out of range");
    detail::HostBuffers hb(*rt);
    ER_VK_TRY_BUFFER(xb, x, static_cast<uint64_t>(n_rows * n) * 4)
    ER_VK_TRY_BUFFER(wb, w, static_cast<uint64_t>(n) * 4)
    detail::Recorder rec(*rt);
    Status s = rec.begin();
    if (!s.ok()) return s;
    detail::rec_rms_norm(rec, *rt, xb, 0, static_cast<uint32_t>(n), w ? &wb : nullptr, 0, xb, 0, static_cast<uint32_t>(n),
                         static_cast<uint32_t>(n), static_cast<uint32_t>(n_rows), eps);
    s = rec.submit();
    if (!s.ok()) return s;
    return (*rt)->read(xb, 0, y, static_cast<uint64_t>(n_rows * n) * 4);
}

Status rope(float* x, int64_t n_tok, int64_t n_heads, int64_t head_dim, int64_t n_rot, int32_t pos0, float freq_base, bool neox) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (!detail::fits_u32(n_tok * n_heads * head_dim) || n_rot <= 0 || n_rot > head_dim || n_rot % 2 || pos0 < 0)
        return Status::fail("vulkan rope: sizes out of range");
    std::vector<float> table = detail::rope_table(static_cast<uint32_t>(pos0 + n_tok), static_cast<uint32_t>(n_rot), freq_base, 1.0, nullptr);
    detail::HostBuffers hb(*rt);
    const uint64_t bytes = static_cast<uint64_t>(n_tok * n_heads * head_dim) * 4;
    ER_VK_TRY_BUFFER(xb, x, bytes)
    ER_VK_TRY_BUFFER(tb, table.data(), table.size() * 4)
    detail::Recorder rec(*rt);
    Status s = rec.begin();
    if (!s.ok()) return s;
    detail::rec_rope(rec, *rt, xb, 0, static_cast<uint32_t>(n_heads * head_dim), static_cast<uint32_t>(n_tok),
                     static_cast<uint32_t>(n_heads), static_cast<uint32_t>(head_dim), static_cast<uint32_t>(n_rot),
                     static_cast<uint32_t>(pos0), neox, tb, 0);
    s = rec.submit();
    if (!s.ok()) return s;
    return (*rt)->read(xb, 0, x, bytes);
}

Status attention(const float* q, const float* k_cache, const float* v_cache, const AttentionShape& a, float* out) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (a.n_head <= 0 || a.n_kv_head <= 0 || a.n_head % a.n_kv_head || a.head_dim <= 0 ||
        a.head_dim > 4 * static_cast<int64_t>((*rt)->workgroup) || a.head_dim > 1024 || a.n_tok <= 0 || a.pos0 < 0 ||
        !detail::fits_u32(a.n_tok * a.n_head * a.head_dim) || !detail::fits_u32((a.pos0 + a.n_tok) * a.n_kv_head * a.head_dim))
        return Status::fail("vulkan attention: unsupported shape");
    const uint64_t q_bytes = static_cast<uint64_t>(a.n_tok * a.n_head * a.head_dim) * 4;
    const uint64_t kv_bytes = static_cast<uint64_t>((a.pos0 + a.n_tok) * a.n_kv_head * a.head_dim) * 4;
    detail::HostBuffers hb(*rt);
    ER_VK_TRY_BUFFER(qb, q, q_bytes)
    ER_VK_TRY_BUFFER(kb, k_cache, kv_bytes)
    ER_VK_TRY_BUFFER(vb, v_cache, kv_bytes)
    ER_VK_TRY_BUFFER(ob, nullptr, q_bytes)
    detail::AttentionPush p{static_cast<uint32_t>(a.n_tok), static_cast<uint32_t>(a.n_head), static_cast<uint32_t>(a.n_kv_head),
                            static_cast<uint32_t>(a.head_dim), 0, static_cast<uint32_t>(a.n_head * a.head_dim), 0,
                            static_cast<uint32_t>(a.n_kv_head * a.head_dim), 0, static_cast<uint32_t>(a.n_head * a.head_dim),
                            static_cast<uint32_t>(a.pos0), static_cast<uint32_t>(std::max<int64_t>(a.window, 0)), a.scale,
                            a.softcap};
    detail::Recorder rec(*rt);
    Status s = rec.begin();
    if (!s.ok()) return s;
    detail::rec_attention(rec, *rt, p, qb, kb, vb, ob);
    s = rec.submit();
    if (!s.ok()) return s;
    return (*rt)->read(ob, 0, out, q_bytes);
}

Status eltwise(Elementwise op, const float* a, const float* b, int64_t n, float s_param, float* y) {
    auto rt = detail::runtime();
    if (!rt.ok()) return rt.status();
    if (n <= 0 || !detail::fits_u32(n)) return Status::fail("vulkan eltwise: size out of range");
    detail::EltOp eop;
    switch (op) {
        case Elementwise::Add: eop = detail::EltOp::Add; break;
        case Elementwise::Scale: eop = detail::EltOp::Scale; break;
        case Elementwise::SiluMul: eop = detail::EltOp::SiluMul; break;
        case Elementwise::GeluMul: eop = detail::EltOp::GeluMul; break;
        case Elementwise::Softcap: eop = detail::EltOp::Softcap; break;
        default: return Status::fail("vulkan eltwise: unknown op");
    }
    const bool binary = eop == detail::EltOp::Add || eop == detail::EltOp::SiluMul || eop == detail::EltOp::GeluMul;
    if (binary && !b) return Status::fail("vulkan eltwise: this op needs a second operand");
    detail::HostBuffers hb(*rt);
    ER_VK_TRY_BUFFER(ab, a, static_cast<uint64_t>(n) * 4)
    ER_VK_TRY_BUFFER(bb, binary ? b : nullptr, static_cast<uint64_t>(n) * 4)
    ER_VK_TRY_BUFFER(yb, nullptr, static_cast<uint64_t>(n) * 4)
    detail::Recorder rec(*rt);
    Status st = rec.begin();
    if (!st.ok()) return st;
    detail::rec_eltwise(rec, *rt, eop, {&ab, 0, 0}, {&bb, 0, 0}, {&yb, 0, 0}, 1, static_cast<uint32_t>(n), s_param);
    st = rec.submit();
    if (!st.ok()) return st;
    return (*rt)->read(yb, 0, y, static_cast<uint64_t>(n) * 4);
}
#undef ER_VK_TRY_BUFFER

}  // namespace ops


namespace detail {

struct KvStorePush { uint32_t n_tok, row, src_off, src_stride, pos0; };
// Appends n_tok rows (row floats each) of src to a cache at position pos0, converting to f16 when kv_f16.
inline void rec_kv_store(Recorder& rec, Runtime* rt, const Buffer& src, uint32_t src_off, uint32_t src_stride, uint32_t n_tok,
                         uint32_t row, const Buffer& cache, uint32_t pos0, bool kv_f16) {
    KvStorePush p{n_tok, row, src_off, src_stride, pos0};
    uint32_t gx, gy;
    element_grid(rt, static_cast<uint64_t>(n_tok) * (kv_f16 ? row / 2 : row), &gx, &gy);
    rec.dispatch(ShaderId::KvStore, kv_f16 ? 1u : 0u, {&src, &cache}, p, gx, gy);
}

// The whole transformer forward pass on the GPU. Weights are uploaded once per session; activations, the KV
// cache and the RoPE tables stay on the device. One eval chunk = one command buffer, one submit, one wait;
// only the token ids go up and the requested logits come back.
class VulkanBackend final : public model::Backend {
public:
    static Result<std::unique_ptr<model::Backend>> create(const std::shared_ptr<const model::ModelData>& m,
                                                          const SessionOptions& options, int32_t n_ctx) {
        Status why;
        Runtime* rt = Runtime::get(&why);
        if (!rt) return why;
        std::unique_ptr<VulkanBackend> b(new VulkanBackend(rt, m, options, n_ctx));
        Status s = b->init();
        if (!s.ok()) return s;
        return std::unique_ptr<model::Backend>(std::move(b));
    }

    ~VulkanBackend() override {
        for (WeightTensor* w : all_weights()) destroy_weight(rt_, w);
        for (Buffer* b : all_buffers()) rt_->destroy_buffer(b);
        for (auto& c : k_cache_) rt_->destroy_buffer(&c);
        for (auto& c : v_cache_) rt_->destroy_buffer(&c);
    }

    const char* name() const override { return "vulkan"; }

    Status eval(const int32_t* ids, int32_t n, int32_t pos, float* logits, bool all_logits) override {
        const int64_t V = m_->hp.n_vocab;
        for (int32_t done = 0; done < n;) {
            const int32_t chunk = std::min(max_batch_, n - done);
            const bool last_chunk = done + chunk == n;
            float* out = !logits ? nullptr : all_logits ? logits + done * V : last_chunk ? logits : nullptr;
            Status s = forward(ids + done, chunk, pos + done, out, all_logits);
            if (!s.ok()) return s;
            done += chunk;
        }
        return Status();
    }

    double last_gpu_seconds() const { return rec_.last_gpu_seconds(); }

private:
    struct Layer {
        WeightTensor wq, wk, wv, wqkv, wo, gate, up, down;
        // Offsets (in floats) of the 1-D F32 tensors in vectors_; kAbsent when the model lacks one.
        uint32_t attn_norm, bq, bk, bv, q_norm, k_norm, bo, post_attn_norm, ffn_norm, post_ffn_norm;
    };
    static constexpr uint32_t kAbsent = UINT32_MAX;

    VulkanBackend(Runtime* rt, std::shared_ptr<const model::ModelData> m, const SessionOptions& options, int32_t n_ctx)
        : rt_(rt), m_(std::move(m)), n_ctx_(n_ctx), kv_f16_(options.kv_type == KvType::F16), rec_(rt) {}

    std::vector<WeightTensor*> all_weights() {
        std::vector<WeightTensor*> v{&embd_, &output_};
        for (Layer& L : layers_)
            for (WeightTensor* w : {&L.wq, &L.wk, &L.wv, &L.wqkv, &L.wo, &L.gate, &L.up, &L.down}) v.push_back(w);
        return v;
    }
    std::vector<Buffer*> all_buffers() {
        return {&vectors_, &rope_table_, &ids_, &x_, &xb_, &q_, &k_, &v_, &attn_, &gate_, &up_, &logits_dev_, &logits_host_};
    }

    Status upload(const gguf::TensorInfo* t, WeightTensor* out) {
        if (!t) return Status();
        return upload_weight(rt_, t->type, t->data, t->ne[0], t->n_rows(), out, std::string(t->name).c_str());
    }

    Status init() {
        const model::HParams& hp = m_->hp;
        const model::Weights& w = m_->w;
        const int64_t E = hp.n_embd, D = hp.head_dim, F = hp.n_ff, V = hp.n_vocab;
        const int64_t q_dim = int64_t(hp.n_head) * D, kv_dim = int64_t(hp.n_head_kv) * D;
        if (D > 4 * int64_t(rt_->workgroup) || D > 1024 || D % 2 || hp.n_rot % 2 || hp.n_rot > D)
            return Status::fail("vulkan: head size " + std::to_string(D) + " is not supported by the attention shader");
        if (int64_t(n_ctx_) * std::max(q_dim, kv_dim) > (int64_t(1) << 31) || V * E > (int64_t(1) << 40))
            return Status::fail("vulkan: context or model too large for 32-bit shader indexing");

        // Every 1-D tensor (norm weights, biases) goes into one buffer.
        std::vector<float> vecs;
        auto add_vec = [&vecs](const gguf::TensorInfo* t) -> uint32_t {
            if (!t) return kAbsent;
            uint32_t off = static_cast<uint32_t>(vecs.size());
            const float* p = static_cast<const float*>(t->data);
            vecs.insert(vecs.end(), p, p + t->n_elements());
            return off;
        };
        Status s = upload(w.token_embd, &embd_);
        if (s.ok() && w.output != w.token_embd) s = upload(w.output, &output_);
        output_norm_ = add_vec(w.output_norm);
        layers_.resize(static_cast<size_t>(hp.n_layer));
        for (size_t il = 0; il < layers_.size() && s.ok(); ++il) {
            const model::LayerWeights& lw = w.layers[il];
            Layer& L = layers_[il];
            for (auto pair : {std::make_pair(lw.wq, &L.wq), std::make_pair(lw.wk, &L.wk), std::make_pair(lw.wv, &L.wv),
                              std::make_pair(lw.wqkv, &L.wqkv), std::make_pair(lw.wo, &L.wo), std::make_pair(lw.ffn_gate, &L.gate),
                              std::make_pair(lw.ffn_up, &L.up), std::make_pair(lw.ffn_down, &L.down)})
                if (s.ok()) s = upload(pair.first, pair.second);
            L.attn_norm = add_vec(lw.attn_norm);
            L.bq = add_vec(lw.bq);
            L.bk = add_vec(lw.bk);
            L.bv = add_vec(lw.bv);
            L.q_norm = add_vec(lw.q_norm);
            L.k_norm = add_vec(lw.k_norm);
            L.bo = add_vec(lw.bo);
            L.post_attn_norm = add_vec(lw.post_attn_norm);
            L.ffn_norm = add_vec(lw.ffn_norm);
            L.post_ffn_norm = add_vec(lw.post_ffn_norm);
        }
        if (!s.ok()) return s;
        s = make_filled(&vectors_, vecs.data(), vecs.size() * 4);
        if (!s.ok()) return s;

        // RoPE (cos, sin) for every position: the global base first, then the sliding-window layers' base.
        const float* factors = w.rope_freqs ? static_cast<const float*>(w.rope_freqs->data) : nullptr;
        std::vector<float> table = rope_table(static_cast<uint32_t>(n_ctx_), static_cast<uint32_t>(hp.n_rot), hp.rope_base,
                                              hp.rope_scale, factors);
        rope_swa_off_ = 0;
        if (hp.n_swa > 0 && (hp.rope_base_swa != hp.rope_base || hp.rope_scale_swa != hp.rope_scale)) {
            rope_swa_off_ = static_cast<uint32_t>(table.size() / 2);
            std::vector<float> swa = rope_table(static_cast<uint32_t>(n_ctx_), static_cast<uint32_t>(hp.n_rot), hp.rope_base_swa,
                                                hp.rope_scale_swa, factors);
            table.insert(table.end(), swa.begin(), swa.end());
        }
        s = make_filled(&rope_table_, table.data(), table.size() * 4);
        if (!s.ok()) return s;

        // The KV cache: one buffer per layer and kind, for all n_ctx positions.
        const uint64_t cache_bytes = static_cast<uint64_t>(n_ctx_) * kv_dim * (kv_f16_ ? 2 : 4);
        if (cache_bytes > rt_->max_buffer_range)
            return Status::fail("vulkan: a layer's KV cache (" + std::to_string(cache_bytes >> 20) +
                                " MiB) exceeds the device's buffer limit; use a smaller n_ctx or the f16 cache");
        k_cache_.resize(layers_.size());
        v_cache_.resize(layers_.size());
        for (size_t il = 0; il < layers_.size() && s.ok(); ++il) {
            s = rt_->create_buffer(cache_bytes, false, &k_cache_[il]);
            if (s.ok()) s = rt_->create_buffer(cache_bytes, false, &v_cache_[il]);
        }
        if (!s.ok()) return s;

        // Activations for up to max_batch_ tokens; the logits of a whole batch must fit too.
        max_batch_ = static_cast<int32_t>(std::max<int64_t>(1, std::min<int64_t>(512, (int64_t(64) << 20) / V)));
        const uint64_t N = static_cast<uint64_t>(max_batch_);
        const uint64_t qkv = static_cast<uint64_t>(q_dim + 2 * kv_dim);
        const std::pair<Buffer*, uint64_t> sizes[] = {
            {&x_, N * E}, {&xb_, N * std::max<uint64_t>(E, qkv)}, {&q_, N * q_dim}, {&k_, N * kv_dim}, {&v_, N * kv_dim},
            {&attn_, N * q_dim}, {&gate_, N * std::max<uint64_t>(2 * F, qkv)}, {&up_, N * F}, {&logits_dev_, N * V}};
        for (const auto& sz : sizes)
            if (s.ok()) s = rt_->create_buffer(sz.second * 4, false, sz.first);
        if (s.ok()) s = rt_->create_buffer(N * 4, true, &ids_);
        if (s.ok()) s = rt_->create_buffer(N * V * 4, true, &logits_host_);
        if (s.ok() && (!ids_.mapped || !logits_host_.mapped)) s = Status::fail("vulkan: host-visible buffers are not mappable");
        return s;
    }

    Status make_filled(Buffer* b, const void* data, uint64_t bytes) {
        Status s = rt_->create_buffer(std::max<uint64_t>(bytes, 4), false, b);
        if (s.ok() && bytes) s = rt_->write(*b, 0, data, bytes);
        return s;
    }

    const WeightTensor& output_weight() const { return output_.parts.empty() ? embd_ : output_; }

    // RMSNorm of n rows of width E with the norm weight at `w_off` in vectors_.
    void norm(const Buffer& x, const Buffer& y, uint32_t n, uint32_t width, uint32_t w_off) {
        rec_rms_norm(rec_, rt_, x, 0, width, &vectors_, w_off, y, 0, width, width, n, m_->hp.norm_eps);
    }
    void add_bias(const Buffer& y, uint32_t n, uint32_t width, uint32_t b_off) {
        if (b_off == kAbsent) return;
        rec_eltwise(rec_, rt_, EltOp::Add, {&y, 0, width}, {&vectors_, b_off, 0}, {&y, 0, width}, n, width);
    }

    Status forward(const int32_t* ids, int32_t n_tokens, int32_t pos0, float* logits, bool all_logits) {
        const model::HParams& hp = m_->hp;
        const uint32_t n = static_cast<uint32_t>(n_tokens), pos = static_cast<uint32_t>(pos0);
        const uint32_t E = hp.n_embd, D = hp.head_dim, F = hp.n_ff, V = hp.n_vocab;
        const uint32_t q_dim = hp.n_head * D, kv_dim = hp.n_head_kv * D;
        std::memcpy(ids_.mapped, ids, n * sizeof(int32_t));

        Status s = rec_.begin();
        if (!s.ok()) return s;
        rec_get_rows(rec_, embd_, ids_, 0, n, x_, 0, E);
        if (hp.embd_scale != 1.0f) rec_eltwise(rec_, rt_, EltOp::Scale, {&x_, 0, E}, {&x_, 0, E}, {&x_, 0, E}, n, E, hp.embd_scale);

        for (size_t il = 0; il < layers_.size(); ++il) {
            const Layer& L = layers_[il];
            const bool swa = hp.layer_is_swa[il] != 0;

            // ---- attention ----
            norm(x_, xb_, n, E, L.attn_norm);
            if (!L.wqkv.parts.empty()) {  // fused: each output row holds q, then k, then v
                const uint32_t row = q_dim + 2 * kv_dim;
                rec_matmul(rec_, rt_, L.wqkv, xb_, 0, E, gate_, 0, row, n, false);
                rec_eltwise(rec_, rt_, EltOp::Copy, {&gate_, 0, row}, {&gate_, 0, row}, {&q_, 0, q_dim}, n, q_dim);
                rec_eltwise(rec_, rt_, EltOp::Copy, {&gate_, q_dim, row}, {&gate_, 0, row}, {&k_, 0, kv_dim}, n, kv_dim);
                rec_eltwise(rec_, rt_, EltOp::Copy, {&gate_, q_dim + kv_dim, row}, {&gate_, 0, row}, {&v_, 0, kv_dim}, n, kv_dim);
            } else {
                rec_matmul(rec_, rt_, L.wq, xb_, 0, E, q_, 0, q_dim, n, false);
                rec_matmul(rec_, rt_, L.wk, xb_, 0, E, k_, 0, kv_dim, n, false);
                rec_matmul(rec_, rt_, L.wv, xb_, 0, E, v_, 0, kv_dim, n, false);
            }
            add_bias(q_, n, q_dim, L.bq);
            add_bias(k_, n, kv_dim, L.bk);
            add_bias(v_, n, kv_dim, L.bv);
            if (L.q_norm != kAbsent) {  // per-head RMSNorm (qwen3, gemma3)
                norm(q_, q_, n * hp.n_head, D, L.q_norm);
                norm(k_, k_, n * hp.n_head_kv, D, L.k_norm);
            }
            const bool neox = hp.rope_style == model::RopeStyle::Halves;
            const uint32_t table_off = swa ? rope_swa_off_ : 0;
            rec_rope(rec_, rt_, q_, 0, q_dim, n, hp.n_head, D, hp.n_rot, pos, neox, rope_table_, table_off);
            rec_rope(rec_, rt_, k_, 0, kv_dim, n, hp.n_head_kv, D, hp.n_rot, pos, neox, rope_table_, table_off);
            rec_kv_store(rec_, rt_, k_, 0, kv_dim, n, kv_dim, k_cache_[il], pos, kv_f16_);
            rec_kv_store(rec_, rt_, v_, 0, kv_dim, n, kv_dim, v_cache_[il], pos, kv_f16_);
            AttentionPush ap{n, static_cast<uint32_t>(hp.n_head), static_cast<uint32_t>(hp.n_head_kv), D, 0, q_dim, 0, kv_dim, 0, q_dim,
                             pos, swa ? static_cast<uint32_t>(hp.n_swa) : 0u, hp.attn_scale, hp.attn_softcap};
            rec_.dispatch(rt_->best(ShaderId::Attention, ShaderId::AttentionSubgroup), kv_f16_ ? 1u : 0u,
                          {&q_, &k_cache_[il], &v_cache_[il], &attn_}, ap, ap.n_head, ap.n_tok);
            // The output projection adds straight into the residual stream unless something comes between.
            const bool direct = L.bo == kAbsent && L.post_attn_norm == kAbsent;
            rec_matmul(rec_, rt_, L.wo, attn_, 0, q_dim, direct ? x_ : xb_, 0, E, n, direct);
            if (!direct) {
                add_bias(xb_, n, E, L.bo);
                if (L.post_attn_norm != kAbsent) norm(xb_, xb_, n, E, L.post_attn_norm);
                rec_eltwise(rec_, rt_, EltOp::Add, {&x_, 0, E}, {&xb_, 0, E}, {&x_, 0, E}, n, E);
            }

            // ---- feed-forward: down(act(gate) * up) ----
            norm(x_, xb_, n, E, L.ffn_norm);
            StridedView gate{&gate_, 0, F}, up{&up_, 0, F};
            if (!L.gate.parts.empty()) {
                rec_matmul(rec_, rt_, L.gate, xb_, 0, E, gate_, 0, F, n, false);
                rec_matmul(rec_, rt_, L.up, xb_, 0, E, up_, 0, F, n, false);
            } else {  // fused (phi3): each output row holds gate, then up
                rec_matmul(rec_, rt_, L.up, xb_, 0, E, gate_, 0, 2 * F, n, false);
                gate = {&gate_, 0, 2 * F};
                up = {&gate_, F, 2 * F};
            }
            const EltOp glu = hp.ffn_act == model::Activation::GELU ? EltOp::GeluMul : EltOp::SiluMul;
            rec_eltwise(rec_, rt_, glu, gate, up, {&up_, 0, F}, n, F);
            const bool ffn_direct = L.post_ffn_norm == kAbsent;
            rec_matmul(rec_, rt_, L.down, up_, 0, F, ffn_direct ? x_ : xb_, 0, E, n, ffn_direct);
            if (!ffn_direct) {
                norm(xb_, xb_, n, E, L.post_ffn_norm);
                rec_eltwise(rec_, rt_, EltOp::Add, {&x_, 0, E}, {&xb_, 0, E}, {&x_, 0, E}, n, E);
            }
        }

        uint32_t n_out = 0;
        if (logits) {
            // Output head: every token's logits, or only the last one's.
            const uint32_t first = all_logits ? 0 : n - 1;
            n_out = n - first;
            rec_rms_norm(rec_, rt_, x_, first * E, E, &vectors_, output_norm_, xb_, 0, E, E, n_out, hp.norm_eps);
            rec_matmul(rec_, rt_, output_weight(), xb_, 0, E, logits_dev_, 0, V, n_out, false);
            if (hp.final_softcap > 0.0f)
                rec_eltwise(rec_, rt_, EltOp::Softcap, {&logits_dev_, 0, V}, {&logits_dev_, 0, V}, {&logits_dev_, 0, V}, n_out, V,
                            hp.final_softcap);
            rec_.copy(logits_dev_, 0, logits_host_, 0, uint64_t(n_out) * V * 4);
        }
        s = rec_.submit();
        if (!s.ok()) return s;
        if (logits) std::memcpy(logits, logits_host_.mapped, size_t(n_out) * V * 4);
        return Status();
    }

    Runtime* rt_;
    std::shared_ptr<const model::ModelData> m_;
    int32_t n_ctx_;
    bool kv_f16_;
    Recorder rec_;
    int32_t max_batch_ = 1;
    WeightTensor embd_, output_;
    std::vector<Layer> layers_;
    uint32_t output_norm_ = kAbsent;
    uint32_t rope_swa_off_ = 0;
    Buffer vectors_, rope_table_, ids_, x_, xb_, q_, k_, v_, attn_, gate_, up_, logits_dev_, logits_host_;
    std::vector<Buffer> k_cache_, v_cache_;
};

inline Result<std::unique_ptr<model::Backend>> create_backend(const std::shared_ptr<const model::ModelData>& m,
                                                              const SessionOptions& options, int32_t n_ctx) {
    return VulkanBackend::create(m, options, n_ctx);
}

// Linking this translation unit is enough: BackendKind::Vulkan sessions then run here.
struct Registrar {
    Registrar() { model::register_backend(BackendKind::Vulkan, &create_backend); }
};
static Registrar registrar;

}  // namespace detail

}  // namespace vk
}  // namespace er

#endif  // EDGERUNNER_VULKAN_IMPLEMENTATION

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
