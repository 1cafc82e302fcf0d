// GGUF reader/writer: real files parse, metadata reads back, hostile input is rejected cleanly.
#include "edgerunner.h"
#include "test_util.h"

#include <dirent.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using er::gguf::File;
using er::gguf::ValueType;
using er::types::Type;

static std::vector<std::string> list_files(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    DIR* d = opendir(dir.c_str());
    if (!d) return out;
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.push_back(dir + "/" + n);
    }
    closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

// Touches every metadata value and tensor so that a bad view would be caught by the sanitizers.
static size_t walk(const File& f) {
    size_t sum = 0;
    for (const auto& kv : f.metadata()) {
        sum += kv.key.size() + er::gguf::value_to_string(kv.value, 4).size();
        if (kv.value.is_array() && kv.value.count > 0) sum += static_cast<size_t>(kv.value.int_at(kv.value.count - 1));
        for (auto s : kv.value.strings) sum += s.size();
    }
    for (const auto& t : f.tensors()) {
        const uint8_t* p = static_cast<const uint8_t*>(t.data);
        if (t.n_bytes) sum += p[0] + p[t.n_bytes - 1];
    }
    return sum;
}

TEST(every_shared_model_parses) {
    REQUIRE_SHARED(shared);
    std::vector<std::string> files;
    for (const char* sub : {"/models", "/models/stories260K-quants", "/models/vocab", "/models/quant-vectors",
                            "/ref/models"})
        for (auto& f : list_files(shared + sub, ".gguf")) files.push_back(f);
    CHECK(files.size() >= 20);
    for (const auto& path : files) {
        auto f = File::open(path);
        CHECK_MSG(f.ok(), "%s: %s", path.c_str(), f.message().c_str());
        if (f.ok()) walk(*f);
    }
    std::printf("  parsed %zu files\n", files.size());
}

TEST(stories260k_metadata_matches_the_file) {
    REQUIRE_SHARED(shared);
    auto f = File::open(shared + "/models/stories260K.gguf");
    CHECK(f.ok());
    if (!f.ok()) return;
    CHECK(f->version() == 3);
    CHECK(f->tensors().size() == 48);
    CHECK(f->get_string("general.architecture") == "llama");
    CHECK(f->get_int("llama.block_count") == 5);
    CHECK(f->get_int("llama.embedding_length") == 64);
    CHECK(f->get_int("llama.attention.head_count_kv") == 4);
    CHECK(std::fabs(f->get_float("llama.attention.layer_norm_rms_epsilon") - 1e-5) < 1e-9);
    const er::gguf::Value* tokens = f->find("tokenizer.ggml.tokens");
    CHECK(tokens && tokens->is_array() && tokens->elem_type == ValueType::STRING && tokens->count == 512);
    if (tokens && tokens->strings.size() == 512) {
        CHECK(tokens->strings[1] == "<s>");
        CHECK(tokens->strings[2] == "</s>");
    }
    const er::gguf::Value* types = f->find("tokenizer.ggml.token_type");
    CHECK(types && types->count == 512 && types->int_at(0) == 2 && types->int_at(3) == 6);
    const er::gguf::TensorInfo* emb = f->find_tensor("token_embd.weight");
    CHECK(emb && emb->ne[0] == 64 && emb->ne[1] == 512 && emb->type == Type::F32 && emb->n_bytes == 64 * 512 * 4);
    CHECK(f->find_tensor("no.such.tensor") == nullptr);
    CHECK(f->get_int("missing.key", -7) == -7);
    CHECK(f->get_string("llama.block_count", "fallback") == "fallback");  // wrong type → fallback
}

TEST(quantized_file_tensor_types_are_read) {
    REQUIRE_SHARED(shared);
    auto f = File::open(shared + "/models/stories260K-quants/stories260K-Q4_0.gguf");
    CHECK(f.ok());
    if (!f.ok()) return;
    int q4 = 0, f16 = 0, q8 = 0;
    for (const auto& t : f->tensors()) {
        q4 += t.type == Type::Q4_0;
        f16 += t.type == Type::F16;
        q8 += t.type == Type::Q8_0;
    }
    CHECK(q4 == 31 && f16 == 5 && q8 == 1);
}

// A small file with every metadata value type, nested arrays and a few tensors.
static std::vector<uint8_t> sample_file() {
    er::gguf::Writer w;
    w.set_string("general.architecture", "llama");
    w.set_u32("u32", 7);
    w.set_i32("i32", -5);
    w.set_u64("u64", 1ull << 40);
    w.set_f32("f32", 0.5f);
    w.set_bool("flag", true);
    w.set_array_string("strings", {"a", "bc", "", "d\xc3\xa9"});
    w.set_array_i32("ints", {1, -2, 3});
    w.set_array_f32("floats", {0.25f, -1.0f});
    std::vector<float> a(64 * 4), b(32);
    for (size_t i = 0; i < a.size(); ++i) a[i] = static_cast<float>(i) * 0.5f;
    for (size_t i = 0; i < b.size(); ++i) b[i] = -static_cast<float>(i);
    CHECK(w.add_tensor("a", Type::F32, {64, 4}, a.data(), a.size() * 4).ok());
    CHECK(w.add_tensor("b", Type::F32, {32}, b.data(), b.size() * 4).ok());
    std::vector<uint16_t> h(32, 0x3c00);
    CHECK(w.add_tensor("h", Type::F16, {32}, h.data(), h.size() * 2).ok());
    return w.to_bytes();
}

TEST(writer_output_reads_back) {
    std::vector<uint8_t> bytes = sample_file();
    auto f = File::from_memory(bytes.data(), bytes.size());
    CHECK_MSG(f.ok(), "%s", f.message().c_str());
    if (!f.ok()) return;
    CHECK(f->get_int("u32") == 7);
    CHECK(f->get_int("i32") == -5);
    CHECK(f->get_int("u64") == (1ll << 40));
    CHECK(f->get_float("f32") == 0.5);
    CHECK(f->get_bool("flag"));
    const auto* s = f->find("strings");
    CHECK(s && s->strings.size() == 4 && s->strings[3] == "d\xc3\xa9" && s->strings[2].empty());
    const auto* ints = f->find("ints");
    CHECK(ints && ints->count == 3 && ints->int_at(1) == -2 && ints->int_at(3) == 0);
    const auto* fl = f->find("floats");
    CHECK(fl && fl->float_at(0) == 0.25 && fl->float_at(1) == -1.0);
    const auto* a = f->find_tensor("a");
    CHECK(a && a->ne[0] == 64 && a->ne[1] == 4 && a->n_dims == 2);
    if (a) CHECK(static_cast<const float*>(a->data)[3] == 1.5f);
    CHECK(reinterpret_cast<uintptr_t>(a->data) % 1 == 0);
    for (const auto& t : f->tensors()) CHECK(t.offset % f->alignment() == 0);
}

TEST(writer_rejects_inconsistent_tensors) {
    er::gguf::Writer w;
    float x[32] = {};
    CHECK(!w.add_tensor("short", Type::F32, {32}, x, 64).ok());
    CHECK(!w.add_tensor("badrow", Type::Q8_0, {31}, x, 34).ok());
    CHECK(!w.add_tensor("nodims", Type::F32, {}, x, 0).ok());
}

// Header fields of the sample file, found by walking it the way the parser does.
struct Field {
    size_t offset, size;
};

static void put_u64(std::vector<uint8_t>& b, size_t at, uint64_t v) {
    for (int k = 0; k < 8; ++k) b[at + k] = static_cast<uint8_t>(v >> (8 * k));
}

static int g_rejected = 0, g_accepted = 0;

// Parses a mutated image held in an exactly-sized heap buffer (so overreads trip ASan).
static void parse_mutant(const std::vector<uint8_t>& image) {
    std::vector<uint8_t> exact(image);
    exact.shrink_to_fit();
    auto f = File::from_memory(exact.data(), exact.size());
    if (f.ok()) {
        ++g_accepted;
        walk(*f);
    } else {
        ++g_rejected;
        CHECK(!f.message().empty());
    }
}

TEST(mutations_are_rejected_cleanly) {
    const std::vector<uint8_t> base = sample_file();
    auto parsed = File::from_memory(base.data(), base.size());
    CHECK(parsed.ok());
    if (!parsed.ok()) return;
    const size_t header_end = parsed->data_offset();
    size_t last_tensor_end = 0;
    for (const auto& t : parsed->tensors())
        last_tensor_end = std::max<size_t>(last_tensor_end, header_end + t.offset + t.n_bytes);
    int cases = 0;
    g_rejected = g_accepted = 0;

    // 1. Truncation at every byte: anything shorter than the last tensor's end must be rejected.
    for (size_t n = 0; n < base.size(); ++n) {
        std::vector<uint8_t> cut(base.begin(), base.begin() + static_cast<long>(n));
        auto f = File::from_memory(cut.data(), cut.size());
        if (n < last_tensor_end) CHECK_MSG(!f.ok(), "truncated at %zu accepted", n);
        ++cases;
    }
    // 2. Every header byte replaced by a set of interesting values.
    const uint8_t values[] = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 0x20};
    for (size_t i = 0; i < header_end; ++i)
        for (uint8_t v : values) {
            if (base[i] == v) continue;
            std::vector<uint8_t> m(base);
            m[i] = v;
            parse_mutant(m);
            ++cases;
        }
    // 3. Huge values written over every 8-byte window of the header (counts, lengths, dims, offsets).
    const uint64_t huge[] = {~0ull, 1ull << 63, 1ull << 32, 0xffffffffull, base.size(), base.size() + 1};
    for (size_t i = 4; i + 8 <= header_end; ++i)
        for (uint64_t v : huge) {
            std::vector<uint8_t> m(base);
            put_u64(m, i, v);
            parse_mutant(m);
            ++cases;
        }
    // 4. Pseudo-random multi-byte corruption (deterministic).
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    auto next = [&seed]() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    for (int k = 0; k < 4000; ++k) {
        std::vector<uint8_t> m(base);
        int flips = 1 + static_cast<int>(next() % 4);
        for (int j = 0; j < flips; ++j) m[next() % header_end] ^= static_cast<uint8_t>(1u << (next() % 8));
        parse_mutant(m);
        ++cases;
    }
    std::printf("  mutation cases: %d (rejected %d, accepted-and-walked %d)\n", cases, g_rejected, g_accepted);
    CHECK(cases > 5000);
    CHECK(g_rejected > cases / 4);
}

// Builds a raw GGUF image by hand for the structural error cases.
struct Raw {
    std::vector<uint8_t> b;
    void u32(uint32_t v) { for (int k = 0; k < 4; ++k) b.push_back(uint8_t(v >> (8 * k))); }
    void u64(uint64_t v) { for (int k = 0; k < 8; ++k) b.push_back(uint8_t(v >> (8 * k))); }
    void str(const std::string& s) { u64(s.size()); b.insert(b.end(), s.begin(), s.end()); }
    void header(uint32_t version, uint64_t n_tensors, uint64_t n_kv) {
        b = {'G', 'G', 'U', 'F'};
        u32(version);
        u64(n_tensors);
        u64(n_kv);
    }
    void tensor(const std::string& name, uint64_t ne0, uint32_t type, uint64_t offset) {
        str(name);
        u32(1);
        u64(ne0);
        u32(type);
        u64(offset);
    }
    void pad_and_data(size_t bytes) {
        while (b.size() % 32) b.push_back(0);
        b.resize(b.size() + bytes, 0);
    }
};

static std::string parse_error(const Raw& r) {
    auto f = File::from_memory(r.b.data(), r.b.size());
    return f.ok() ? std::string("(accepted)") : f.message();
}

static bool contains(const std::string& s, const char* needle) { return s.find(needle) != std::string::npos; }

TEST(structural_errors_name_the_problem) {
    Raw r;
    r.header(3, 0, 0);
    r.b[0] = 'X';
    CHECK(contains(parse_error(r), "magic"));

    r.header(1, 0, 0);
    CHECK(contains(parse_error(r), "version 1"));
    r.header(4, 0, 0);
    CHECK(contains(parse_error(r), "version 4"));

    r.header(3, 0, 1ull << 60);
    CHECK(contains(parse_error(r), "metadata count"));
    r.header(3, 1ull << 60, 0);
    CHECK(contains(parse_error(r), "tensor count"));

    r.header(3, 0, 1);
    r.str("k");
    r.u32(99);
    CHECK(contains(parse_error(r), "unknown value type 99"));

    r.header(3, 0, 1);
    r.str("k");
    r.u32(8);
    r.u64(1ull << 62);
    CHECK(contains(parse_error(r), "truncated"));

    r.header(3, 1, 0);
    r.tensor("w", 32, 4, 0);  // id 4 was retired by ggml
    r.pad_and_data(128);
    CHECK(contains(parse_error(r), "unknown tensor type id 4"));

    r.header(3, 1, 0);
    r.tensor("w", 32, 0, 7);
    r.pad_and_data(256);
    CHECK(contains(parse_error(r), "not a multiple of the alignment"));

    r.header(3, 2, 0);
    r.tensor("a", 32, 0, 0);
    r.tensor("b", 32, 0, 64);  // a spans bytes 0..127
    r.pad_and_data(256);
    CHECK(contains(parse_error(r), "overlap"));

    r.header(3, 2, 0);
    r.tensor("a", 32, 0, 0);
    r.tensor("a", 32, 0, 128);
    r.pad_and_data(256);
    CHECK(contains(parse_error(r), "duplicate tensor name 'a'"));

    r.header(3, 1, 0);
    r.tensor("big", 32, 0, 0);
    r.pad_and_data(64);
    CHECK(contains(parse_error(r), "past the end"));

    r.header(3, 1, 0);
    r.tensor("q", 33, 8, 0);  // q8_0 rows must be multiples of 32
    r.pad_and_data(64);
    CHECK(contains(parse_error(r), "block size"));

    r.header(3, 0, 1);
    r.str("general.alignment");
    r.u32(4);
    r.u32(3);
    CHECK(contains(parse_error(r), "power of two"));

    r.header(3, 0, 1);  // deeply nested arrays
    r.str("nest");
    r.u32(9);
    for (int d = 0; d < 20; ++d) {
        r.u32(9);
        r.u64(1);
    }
    CHECK(contains(parse_error(r), "nested deeper"));

    r.header(3, 0, 2);
    r.str("k");
    r.u32(4);
    r.u32(1);
    r.str("k");
    r.u32(4);
    r.u32(2);
    CHECK(contains(parse_error(r), "duplicate metadata key 'k'"));
}

TEST(version_2_files_are_read) {
    Raw r;
    r.header(2, 0, 1);
    r.str("general.name");
    r.u32(8);
    r.str("v2");
    auto f = File::from_memory(r.b.data(), r.b.size());
    CHECK(f.ok() && f->version() == 2 && f->get_string("general.name") == "v2");
}

TEST(missing_file_is_a_clear_error) {
    auto f = File::open("/nonexistent/model.gguf");
    CHECK(!f.ok() && contains(f.message(), "cannot open"));
}

TEST(info_cli_prints_every_shared_model) {
    REQUIRE_SHARED(shared);
    int n = 0;
    for (const char* sub : {"/models", "/models/stories260K-quants", "/models/vocab", "/ref/models"})
        for (auto& path : list_files(shared + sub, ".gguf")) {
            int rc = 0;
            std::string out = er_test::run_command(er_test::cli_path() + " info '" + path + "' 2>&1", &rc);
            CHECK_MSG(rc == 0 && contains(out, "tensors:"), "%s: %s", path.c_str(), out.substr(0, 200).c_str());
            ++n;
        }
    std::printf("  edgerunner info ran on %d files\n", n);
    int rc = 0;
    er_test::run_command(er_test::cli_path() + " info /nonexistent.gguf 2>/dev/null", &rc);
    CHECK(rc != 0);
}

TEST_MAIN()
