// Generation: streaming text (UTF-8, stop strings), the generation loop on real and synthetic models,
// multi-turn chat with KV-cache reuse, and the `run` CLI end to end.
#include "edgerunner.h"
#include "test_util.h"

#include <cstdio>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

using er::gen::TextStream;

// Feeds pieces one by one; returns everything released (including finish()).
static std::string stream_all(TextStream& ts, const std::vector<std::string>& pieces, std::vector<std::string>* chunks = nullptr) {
    std::string out;
    for (const std::string& p : pieces) {
        std::string c = ts.push(p);
        if (chunks) chunks->push_back(c);
        out += c;
    }
    return out + ts.finish();
}

TEST(text_stream_holds_back_multibyte_stop_prefixes_whole) {
    TextStream ts({"\xC3\xA9t\xC3\xA9"});  // "été"
    std::vector<std::string> chunks;
    std::string out = stream_all(ts, {"caf\xC3\xA9", "!", " \xC3\xA9t", "\xC3\xA9 gone"}, &chunks);
    CHECK(out == "caf\xC3\xA9! ");
    CHECK(chunks[0] == "caf");  // "é" might start "été"
    CHECK(chunks[1] == "\xC3\xA9!");
    CHECK(ts.stopped());
}

TEST(text_stream_stops_at_a_stop_string_split_across_pieces) {
    TextStream ts({"<|im_end|>", "\n\nUser:"});
    std::vector<std::string> chunks;
    std::string out = stream_all(ts, {"Hello", " world<|im", "_e", "nd|> ignored", " more"}, &chunks);
    CHECK(out == "Hello world");
    CHECK(ts.stopped());
    CHECK(chunks[1] == " world");  // "<|im" held back until it is known
    CHECK(ts.text() == "Hello world");
}

TEST(text_stream_releases_a_false_start_of_a_stop_string) {
    TextStream ts({"STOP"});
    std::vector<std::string> chunks;
    std::string out = stream_all(ts, {"ST", "OCK ST", "AR"}, &chunks);
    CHECK(out == "STOCK STAR");
    CHECK(!ts.stopped());
    CHECK(chunks[0].empty());
    CHECK(chunks[1] == "STOCK ");
}

TEST(text_stream_earliest_stop_string_wins) {
    TextStream ts({"cd", "b"});
    CHECK(stream_all(ts, {"abcd"}) == "a");
    TextStream empty_stop({""});
    CHECK(stream_all(empty_stop, {"abc"}) == "abc");
}

TEST(stop_reasons_have_openai_names) {
    CHECK(std::string(er::gen::stop_reason_name(er::gen::StopReason::MaxTokens)) == "length");
    CHECK(std::string(er::gen::stop_reason_name(er::gen::StopReason::StopString)) == "stop");
    CHECK(std::string(er::gen::stop_reason_name(er::gen::StopReason::EndOfGeneration)) == "eog");
}

// ---- real model: stories260K (llama, SPM vocab 512) ----

struct Reference {
    std::vector<int32_t> prompt_tokens, greedy_tokens;
    std::string prompt, greedy_text;
};

static bool load_reference(const std::string& shared, Reference* ref) {
    er::Result<er::json::Value> v = er::json::parse(er_test::read_file(shared + "/models/reference/stories260K.once-upon-a-time.json"));
    if (!v.ok()) return false;
    for (const auto& t : (*v)["prompt_tokens"].items()) ref->prompt_tokens.push_back(static_cast<int32_t>(t.as_int()));
    for (const auto& t : (*v)["greedy_tokens"].items()) ref->greedy_tokens.push_back(static_cast<int32_t>(t.as_int()));
    ref->prompt = (*v)["prompt"].as_string();
    ref->greedy_text = (*v)["greedy_text"].as_string();
    return !ref->greedy_tokens.empty();
}

static er::gen::Options greedy_options(int max_tokens) {
    er::gen::Options o;
    o.max_tokens = max_tokens;
    o.sampling.temperature = 0.0f;
    return o;
}

// Generates on a fresh session of `model`, collecting the streamed pieces.
static er::Result<er::gen::Output> generate_text(const er::Model& model, const std::string& prompt, const er::gen::Options& o,
                                                 std::vector<std::string>* pieces, int32_t n_ctx = 256,
                                                 const er::gen::OnPiece& extra = nullptr) {
    er::SessionOptions so;
    so.n_ctx = n_ctx;
    so.n_threads = 1;
    er::Result<er::Session> session = model.new_session(so);
    if (!session.ok()) return session.status();
    const er::tok::Tokenizer& tk = model.tokenizer();
    std::vector<int32_t> ids = tk.encode(prompt, tk.add_bos(), false);
    return er::gen::generate(*session, tk, ids, o, [&](std::string_view piece) {
        pieces->emplace_back(piece);
        return extra ? extra(piece) : true;
    });
}

TEST(greedy_generation_reproduces_the_stories260k_reference) {
    REQUIRE_SHARED(shared);
    Reference ref;
    CHECK(load_reference(shared, &ref));
    er::Result<er::Model> model = er::Model::load(shared + "/models/stories260K.gguf");
    if (!model.ok()) {
        CHECK_MSG(false, "%s", model.message().c_str());
        return;
    }
    CHECK(model->tokenizer().encode(ref.prompt, true, false) == ref.prompt_tokens);
    std::vector<std::string> pieces;
    er::Result<er::gen::Output> out = generate_text(*model, ref.prompt, greedy_options(32), &pieces);
    CHECK_MSG(out.ok(), "%s", out.message().c_str());
    if (!out.ok()) return;
    CHECK(out->tokens == ref.greedy_tokens);
    CHECK_MSG(out->text == ref.greedy_text, "got '%s'", out->text.c_str());
    std::string joined;
    for (const std::string& p : pieces) joined += p;
    CHECK(joined == out->text);
    CHECK(pieces.size() > 10);  // streamed piece by piece, not in one go at the end
    CHECK(out->stop == er::gen::StopReason::MaxTokens);
    CHECK(out->n_prompt == static_cast<int32_t>(ref.prompt_tokens.size()));
}

TEST(stop_strings_max_tokens_cancel_and_context_end_generation) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(shared + "/models/stories260K.gguf");
    CHECK(model.ok());
    if (!model.ok()) return;
    std::vector<std::string> pieces;
    er::gen::Options o = greedy_options(32);
    o.stop = {"little girl", "never"};
    er::Result<er::gen::Output> stopped = generate_text(*model, "Once upon a time", o, &pieces);
    CHECK(stopped.ok() && stopped->stop == er::gen::StopReason::StopString);
    CHECK(stopped.ok() && stopped->text == ", there was a ");

    pieces.clear();
    er::Result<er::gen::Output> capped = generate_text(*model, "Once upon a time", greedy_options(5), &pieces);
    CHECK(capped.ok() && capped->tokens.size() == 5 && capped->stop == er::gen::StopReason::MaxTokens);

    pieces.clear();
    int calls = 0;
    er::Result<er::gen::Output> cancelled = generate_text(*model, "Once upon a time", greedy_options(32), &pieces, 256,
                                                          [&](std::string_view) { return ++calls < 3; });
    CHECK(cancelled.ok() && cancelled->stop == er::gen::StopReason::Cancelled);
    CHECK(calls == 3 && pieces.size() == 3);

    pieces.clear();
    er::Result<er::gen::Output> full = generate_text(*model, "Once upon a time", greedy_options(-1), &pieces, 12);
    CHECK(full.ok() && full->stop == er::gen::StopReason::ContextFull && full->tokens.size() == 12 - 5);

    pieces.clear();
    er::Result<er::gen::Output> too_long = generate_text(*model, std::string(400, 'a'), greedy_options(4), &pieces, 16);
    CHECK(!too_long.ok() && too_long.message().find("context") != std::string::npos);
}

TEST(same_seed_gives_the_same_text) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(shared + "/models/stories260K.gguf");
    CHECK(model.ok());
    if (!model.ok()) return;
    auto sample_text = [&](uint64_t seed) {
        er::gen::Options o;
        o.max_tokens = 40;
        o.sampling.temperature = 1.0f;
        o.sampling.seed = seed;
        std::vector<std::string> pieces;
        er::Result<er::gen::Output> out = generate_text(*model, "Once upon a time", o, &pieces);
        return out.ok() ? out->text : "error: " + out.message();
    };
    std::string a = sample_text(1), b = sample_text(1), c = sample_text(2);
    CHECK(a == b);
    CHECK(a != c);
    Reference ref;
    CHECK(load_reference(shared, &ref) && a != ref.greedy_text);
}

// ---- the CLI ----

static std::string cli(const std::string& args, int* status) { return er_test::run_command(er_test::cli_path() + " " + args, status); }

TEST(cli_run_greedy_streams_the_reference_story) {
    REQUIRE_SHARED(shared);
    Reference ref;
    CHECK(load_reference(shared, &ref));
    int status = -1;
    std::string out = cli("run -m " + shared + "/models/stories260K.gguf -p \"Once upon a time\" -n 32 --temp 0 2>/dev/null", &status);
    CHECK(status == 0);
    CHECK_MSG(out == ref.greedy_text + "\n", "got '%s'", out.c_str());
}

TEST(cli_run_explains_missing_or_invalid_models) {
    int status = -1;
    std::string err = cli("run -m /nonexistent/model.gguf -p hi 2>&1", &status);
    CHECK(status == 1 && err.find("not found") != std::string::npos && err.find("/nonexistent/model.gguf") != std::string::npos);
    std::string junk = "/tmp/er_test_generate_junk_" + std::to_string(getpid()) + ".gguf";
    FILE* f = std::fopen(junk.c_str(), "wb");
    std::fputs("this is not a gguf file at all", f);
    std::fclose(f);
    err = cli("run -m " + junk + " -p hi 2>&1", &status);
    std::remove(junk.c_str());
    CHECK_MSG(status == 1 && err.find("cannot load the model") != std::string::npos, "%s", err.c_str());
    err = cli("run -p hi 2>&1", &status);
    CHECK(status == 1 && err.find("-m") != std::string::npos);
    err = cli("run -m x.gguf -p hi --temp -1 2>&1", &status);
    CHECK(status == 1 && err.find("--temp") != std::string::npos);
}

// ---- chat on a synthetic qwen3 model with the real qwen2 vocabulary and the Qwen3 template ----

// Tiny random f32 weights (E 64, 2 layers), real tokenizer metadata (151936 tokens) and chat template.
static std::string synthetic_qwen3(const std::string& shared) {
    static std::string path;
    if (!path.empty()) return path;
    er::Result<er::gguf::File> vocab = er::gguf::File::open(shared + "/models/vocab/ggml-vocab-qwen2.gguf");
    if (!vocab.ok()) return "";
    er::gguf::Writer w;
    const int64_t E = 64, H = 4, KV = 2, D = 16, F = 128, L = 2;
    const int64_t V = vocab->get_int("qwen2.vocab_size", 151936);
    w.set_string("general.architecture", "qwen3");
    w.set_string("general.name", "synthetic-qwen3");
    w.set_u32("qwen3.context_length", 2048);
    w.set_u32("qwen3.embedding_length", E);
    w.set_u32("qwen3.block_count", L);
    w.set_u32("qwen3.feed_forward_length", F);
    w.set_u32("qwen3.attention.head_count", H);
    w.set_u32("qwen3.attention.head_count_kv", KV);
    w.set_u32("qwen3.attention.key_length", D);
    w.set_u32("qwen3.attention.value_length", D);
    w.set_f32("qwen3.attention.layer_norm_rms_epsilon", 1e-6f);
    w.set_f32("qwen3.rope.freq_base", 1000000.0f);
    for (const er::gguf::KeyValue& kv : vocab->metadata()) {
        std::string key(kv.key);
        if (key.compare(0, 10, "tokenizer.") != 0) continue;
        const er::gguf::Value& v = kv.value;
        if (v.type == er::gguf::ValueType::STRING) w.set_string(key, std::string(v.str));
        else if (v.type == er::gguf::ValueType::BOOL) w.set_bool(key, v.u != 0);
        else if (v.type == er::gguf::ValueType::UINT32) w.set_u32(key, static_cast<uint32_t>(v.u));
        else if (v.is_array() && v.elem_type == er::gguf::ValueType::STRING)
            w.set_array_string(key, std::vector<std::string>(v.strings.begin(), v.strings.end()));
        else if (v.is_array() && v.elem_type == er::gguf::ValueType::INT32) {
            std::vector<int32_t> ints(v.count);
            for (uint64_t i = 0; i < v.count; ++i) ints[i] = static_cast<int32_t>(v.int_at(i));
            w.set_array_i32(key, ints);
        }
    }
    w.set_string("tokenizer.chat_template", er_test::read_file(shared + "/templates/Qwen-Qwen3-0.6B.jinja"));
    uint32_t seed = 2024;
    auto add = [&](const std::string& name, std::vector<int64_t> ne, float base, float spread) {
        int64_t n = 1;
        for (int64_t d : ne) n *= d;
        std::vector<float> v(static_cast<size_t>(n));
        for (float& x : v) {
            seed = seed * 1664525u + 1013904223u;
            x = base + (static_cast<float>(seed >> 8) / 16777216.0f - 0.5f) * spread;
        }
        w.add_tensor(name, er::types::Type::F32, ne, v.data(), v.size() * 4);
    };
    add("token_embd.weight", {E, V}, 0, 2.0f);
    add("output_norm.weight", {E}, 1, 0.1f);
    for (int il = 0; il < L; ++il) {
        std::string b = "blk." + std::to_string(il) + ".";
        add(b + "attn_norm.weight", {E}, 1, 0.1f);
        add(b + "attn_q.weight", {E, H * D}, 0, 0.5f);
        add(b + "attn_k.weight", {E, KV * D}, 0, 0.5f);
        add(b + "attn_v.weight", {E, KV * D}, 0, 0.5f);
        add(b + "attn_q_norm.weight", {D}, 1, 0.1f);
        add(b + "attn_k_norm.weight", {D}, 1, 0.1f);
        add(b + "attn_output.weight", {H * D, E}, 0, 0.5f);
        add(b + "ffn_norm.weight", {E}, 1, 0.1f);
        add(b + "ffn_gate.weight", {E, F}, 0, 0.5f);
        add(b + "ffn_up.weight", {E, F}, 0, 0.5f);
        add(b + "ffn_down.weight", {F, E}, 0, 0.5f);
    }
    std::string out = "/tmp/er_test_generate_qwen3_" + std::to_string(getpid()) + ".gguf";
    if (!w.write(out).ok()) return "";
    path = out;
    std::atexit([] { std::remove(path.c_str()); });
    return path;
}

// Lets the model speak for n tokens (or says `script`), then forces `last`: a test's way to make random
// weights say something definite and end their turn.
class ForceTokens : public er::sample::Stage {
public:
    ForceTokens(int n_free, std::vector<int32_t> script, int32_t last) : n_free_(n_free), script_(std::move(script)), last_(last) {}
    void apply(er::sample::Candidates& c, const er::sample::History&, er::sample::Rng&) override {
        size_t call = static_cast<size_t>(calls_++);
        if (call < script_.size()) return force(c, script_[call]);
        if (call >= static_cast<size_t>(n_free_)) force(c, last_);
    }
    const char* name() const override { return "force"; }

private:
    static void force(er::sample::Candidates& c, int32_t id) {
        c.items.assign(1, er::sample::TokenLogit{id, 0.0f});
        c.n_sorted = 1;
        c.ids_are_index = false;
    }
    int n_free_, calls_ = 0;
    std::vector<int32_t> script_;
    int32_t last_;
};

static er::sample::Chain force_after(int n, int32_t id, std::vector<int32_t> script = {}) {
    er::sample::Chain chain;
    chain.add<ForceTokens>(n, std::move(script), id).add<er::sample::Greedy>();
    return chain;
}

TEST(chat_renders_the_model_template_and_stops_at_im_end) {
    REQUIRE_SHARED(shared);
    std::string path = synthetic_qwen3(shared);
    CHECK(!path.empty());
    er::Result<er::Model> model = er::Model::load(path);
    CHECK_MSG(model.ok(), "%s", model.ok() ? "" : model.message().c_str());
    if (!model.ok()) return;
    const int32_t im_end = model->tokenizer().find_token("<|im_end|>");
    CHECK(im_end > 0 && model->tokenizer().is_eog(im_end));
    er::SessionOptions so;
    so.n_ctx = 512;
    so.n_threads = 1;
    er::Result<er::gen::Chat> chat = er::gen::Chat::create(*model, so);
    CHECK(chat.ok());
    if (!chat.ok()) return;
    CHECK(!chat->uses_fallback_template());
    er::Result<std::string> prompt = chat->render({{"user", "Hello"}}, true);
    CHECK(prompt.ok() && *prompt == "<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n");

    std::vector<int32_t> reply = model->tokenizer().encode("Hi there, friend", false, false);
    er::sample::Chain sampler = force_after(static_cast<int>(reply.size()), im_end, reply);
    std::string streamed;
    er::gen::Options o;
    o.max_tokens = 50;
    er::Result<er::gen::Output> first = chat->send("Hello", o, [&](std::string_view p) { streamed += p; return true; }, &sampler);
    CHECK_MSG(first.ok(), "%s", first.ok() ? "" : first.message().c_str());
    if (!first.ok()) return;
    CHECK(first->stop == er::gen::StopReason::EndOfGeneration);
    CHECK(first->tokens.size() == reply.size() + 1 && first->tokens.back() == im_end);
    CHECK(first->text == "Hi there, friend" && first->text == streamed);
    CHECK(first->n_prompt_reused == 0);
    CHECK(chat->messages().size() == 2 && chat->messages()[1].content == first->text);

    // Turn two re-renders the whole conversation; only the new part is evaluated.
    er::sample::Chain sampler2 = force_after(6, im_end);
    er::Result<er::gen::Output> second = chat->send("And again?", o, nullptr, &sampler2);
    CHECK(second.ok());
    if (!second.ok()) return;
    // The cache holds the first prompt and the reply (the end token was never evaluated).
    const int32_t cached = first->n_prompt + static_cast<int32_t>(reply.size());
    CHECK_MSG(second->n_prompt_reused == cached, "reused %d of %d (first prompt %d)", second->n_prompt_reused,
              second->n_prompt, first->n_prompt);
    CHECK(second->n_prompt_reused < second->n_prompt);

    // Reusing the cache gives what evaluating the whole conversation afresh gives.
    er::Result<er::gen::Chat> fresh = er::gen::Chat::create(*model, so);
    CHECK(fresh.ok());
    if (!fresh.ok()) return;
    std::vector<er::gen::Message> conv(chat->messages().begin(), chat->messages().end() - 1);
    er::sample::Chain sampler3 = force_after(6, im_end);
    er::Result<er::gen::Output> again = fresh->respond(conv, o, nullptr, &sampler3);
    CHECK(again.ok() && again->n_prompt_reused == 0 && again->tokens == second->tokens);
}

static bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

TEST(streamed_pieces_are_always_whole_utf8) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(synthetic_qwen3(shared));
    CHECK(model.ok());
    if (!model.ok()) return;
    // Random weights over a byte-level vocabulary emit plenty of tokens that are parts of characters.
    er::gen::Options o;
    o.max_tokens = 60;
    o.sampling.temperature = 1.0f;
    o.sampling.top_k = 0;
    o.sampling.top_p = 1.0f;
    o.sampling.min_p = 0.0f;
    o.sampling.seed = 3;
    o.stop_at_eog = false;
    std::vector<std::string> pieces;
    er::Result<er::gen::Output> out = generate_text(*model, "Hi", o, &pieces, 512);
    CHECK(out.ok() && out->tokens.size() == 60);
    std::string joined;
    for (const std::string& p : pieces) {
        CHECK_MSG(valid_utf8(p), "piece of %zu bytes is not whole UTF-8", p.size());
        joined += p;
    }
    CHECK(out.ok() && joined == out->text);
}

TEST(cli_chat_uses_the_template_and_ctrl_c_stops_cleanly) {
    REQUIRE_SHARED(shared);
    std::string path = synthetic_qwen3(shared);
    int status = -1;
    std::string out = cli("run -m " + path + " --chat -p Hello -n 6 --temp 0 --threads 1 </dev/null 2>&1", &status);
    CHECK_MSG(status == 0 && out.find("ChatML") == std::string::npos && out.find("6 generated") != std::string::npos, "%s", out.c_str());
    out = cli("run -m " + shared + "/models/stories260K.gguf --chat -p Hello -n 4 </dev/null 2>&1", &status);
    CHECK_MSG(status == 0 && out.find("ChatML") != std::string::npos, "%s", out.c_str());
    // SIGINT after a moment: generation ends between tokens, the stats line says so, exit status 0.
    out = er_test::run_command("timeout --preserve-status -s INT 1.5 " + er_test::cli_path() + " run -m " + path +
                                   " -p Hello -n 1000000 -c 2048 --threads 1 2>&1 >/dev/null",
                               &status);
    CHECK_MSG(status == 0 && out.find("stop: cancelled") != std::string::npos, "status %d: %s", status, out.c_str());
}

TEST_MAIN()
