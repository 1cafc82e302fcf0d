// Tokenizer: reference ids of the shared vocabularies, round trips, special tokens, streaming, bad input.
#include "edgerunner.h"
#include "test_util.h"

#include <dirent.h>

#include <algorithm>
#include <map>
#include <random>
#include <sstream>

namespace {

using er::tok::Tokenizer;

std::string vocab_dir(const std::string& shared) { return shared + "/models/vocab"; }

// Loads a vocabulary file; the File is dropped right away (the Tokenizer must not need it).
er::Result<Tokenizer> load_vocab(const std::string& path) {
    er::Result<er::gguf::File> f = er::gguf::File::open(path);
    if (!f.ok()) return f.status();
    return Tokenizer::load(*f);
}

std::vector<std::string> split_cases(const std::string& text) {
    const std::string sep = "\n__ggml_vocab_test__\n";
    std::vector<std::string> out;
    size_t at = 0;
    for (;;) {
        size_t p = text.find(sep, at);
        if (p == std::string::npos) {
            out.push_back(text.substr(at));
            return out;
        }
        out.push_back(text.substr(at, p - at));
        at = p + sep.size();
    }
}

std::vector<std::vector<int32_t>> read_expected(const std::string& text) {
    std::vector<std::vector<int32_t>> out;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream ids(line);
        std::vector<int32_t> v;
        long long x;
        while (ids >> x) v.push_back(static_cast<int32_t>(x));
        out.push_back(v);
    }
    return out;
}

std::string ids_to_string(const std::vector<int32_t>& ids) {
    std::string s;
    for (int32_t id : ids) s += (s.empty() ? "" : " ") + std::to_string(id);
    return s;
}

std::vector<std::string> files_with_suffix(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    DIR* d = opendir(dir.c_str());
    if (!d) return out;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.push_back(name);
    }
    closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

bool is_valid_utf8(const std::string& s) {
    std::string copy = s;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// Random text mixing ASCII, whitespace runs, Latin-1, CJK, emoji and combining marks.
std::string random_text(std::mt19937& rng, size_t n_chars) {
    static const uint32_t pools[][2] = {{0x20, 0x7E}, {0x09, 0x0D}, {0xA0, 0x24F}, {0x370, 0x52F}, {0x300, 0x36F},
                                        {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x1F300, 0x1F64F}, {0x3000, 0x303F},
                                        {0x2000, 0x206F}, {0xE000, 0xF8FF}, {0x10000, 0x10FFFF}};
    std::string s;
    for (size_t i = 0; i < n_chars; ++i) {
        const auto& p = pools[rng() % (sizeof(pools) / sizeof(pools[0]))];
        uint32_t cp = p[0] + rng() % (p[1] - p[0] + 1);
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
        if (rng() % 3 == 0) cp = ' ';
        if (cp < 0x80) s += static_cast<char>(cp);
        else if (cp < 0x800) { s += static_cast<char>(0xC0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 63)); }
        else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 63));
            s += static_cast<char>(0x80 | (cp & 63));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 63));
            s += static_cast<char>(0x80 | ((cp >> 6) & 63));
            s += static_cast<char>(0x80 | (cp & 63));
        }
    }
    return s;
}

// Bytes some token decodes to on its own: texts made of these bytes only must survive a round trip.
std::vector<bool> bytes_with_a_token(const Tokenizer& t) {
    std::vector<bool> have(256, false);
    for (int32_t id = 0; id < t.n_vocab(); ++id) {
        std::string p = t.token_to_piece(id);
        if (p.size() == 1) have[static_cast<unsigned char>(p[0])] = true;
    }
    return have;
}

bool ids_in_range(const Tokenizer& t, const std::vector<int32_t>& ids) {
    for (int32_t id : ids)
        if (id < 0 || id >= t.n_vocab()) return false;
    return true;
}

}  // namespace

TEST(every_shared_vocabulary_reproduces_the_reference_ids_and_round_trips) {
    REQUIRE_SHARED(shared);
    std::string dir = vocab_dir(shared);
    std::vector<std::string> inputs = files_with_suffix(dir, ".gguf.inp");
    CHECK(!inputs.empty());
    int vocabularies = 0;
    for (const std::string& inp : inputs) {
        std::string base = inp.substr(0, inp.size() - 4);  // "...gguf"
        if (!er_test::path_exists(dir + "/" + base)) {
            std::printf("  %-34s skipped: no %s\n", base.c_str(), base.c_str());
            continue;
        }
        er::Result<Tokenizer> tok = load_vocab(dir + "/" + base);
        CHECK_MSG(tok.ok(), "%s: %s", base.c_str(), tok.message().c_str());
        if (!tok.ok()) continue;
        ++vocabularies;
        std::vector<std::string> cases = split_cases(er_test::read_file(dir + "/" + inp));
        std::vector<std::vector<int32_t>> expected = read_expected(er_test::read_file(dir + "/" + base + ".out"));
        CHECK_MSG(cases.size() >= expected.size(), "%s: %zu inputs for %zu outputs", base.c_str(), cases.size(),
                  expected.size());
        bool lossless = tok->algorithm() != er::tok::Algorithm::WordPiece;
        int passed = 0, round_trips = 0;
        for (size_t i = 0; i < expected.size() && i < cases.size(); ++i) {
            std::vector<int32_t> ids = tok->encode(cases[i], false, false);
            if (ids == expected[i]) ++passed;
            else
                std::printf("  %s case %zu: got [%s] want [%s]\n", base.c_str(), i, ids_to_string(ids).c_str(),
                            ids_to_string(expected[i]).c_str());
            if (lossless) {
                std::string back = tok->decode(ids);
                if (back == cases[i]) ++round_trips;
                else std::printf("  %s case %zu: round trip gives '%s'\n", base.c_str(), i, back.c_str());
            }
        }
        std::printf("  %-34s %d/%zu ids equal", base.c_str(), passed, expected.size());
        if (lossless) std::printf(", %d/%zu round trips", round_trips, expected.size());
        std::printf("\n");
        CHECK_MSG(passed == static_cast<int>(expected.size()), "%s", base.c_str());
        if (lossless) CHECK_MSG(round_trips == static_cast<int>(expected.size()), "%s", base.c_str());
    }
    CHECK(vocabularies >= 12);
}

TEST(stories260k_encodes_once_upon_a_time_with_bos) {
    REQUIRE_SHARED(shared);
    er::Result<Tokenizer> tok = load_vocab(shared + "/models/stories260K.gguf");

    CHECK_MSG(tok.ok(), "%s", tok.message().c_str());
    if (!tok.ok()) return;
    CHECK(tok->n_vocab() == 512);
    std::vector<int32_t> ids = tok->encode("Once upon a time", true, false);
    CHECK_MSG((ids == std::vector<int32_t>{1, 403, 407, 261, 378}), "got [%s]", ids_to_string(ids).c_str());
    CHECK(tok->decode(ids) == "Once upon a time");
    CHECK(tok->bos() == 1 && tok->eos() == 2 && tok->is_eog(2) && !tok->is_eog(403));
}

TEST(random_unicode_text_round_trips_with_ids_in_range) {
    REQUIRE_SHARED(shared);
    const char* names[] = {"llama-spm", "gpt-2", "llama-bpe", "qwen2", "falcon", "starcoder", "deepseek-coder", "phi-3"};
    std::mt19937 rng(1234);
    for (const char* name : names) {
        er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-" + name + ".gguf");
        CHECK_MSG(tok.ok(), "%s: %s", name, tok.message().c_str());
        if (!tok.ok()) continue;
        std::vector<bool> representable = bytes_with_a_token(*tok);
        int failures = 0, checked = 0;
        for (int round = 0; round < 60; ++round) {
            std::string text = random_text(rng, 1 + rng() % 80);
            std::vector<int32_t> ids = tok->encode(text, false, false);
            CHECK(ids_in_range(*tok, ids));
            bool lossless = std::all_of(text.begin(), text.end(),
                                        [&](char c) { return representable[static_cast<unsigned char>(c)]; });
            if (!lossless) continue;  // e.g. falcon has no token for byte 0xF2
            ++checked;
            std::string back = tok->decode(ids);
            if (back != text && failures++ < 3) std::printf("  %s: round trip failed for '%s'\n", name, text.c_str());
            // The same text always gives the same ids.
            CHECK(tok->encode(text, false, false) == ids);
        }
        CHECK_MSG(failures == 0, "%s: %d round trips failed", name, failures);
        CHECK_MSG(checked >= 20, "%s: only %d texts were representable", name, checked);
    }
}

TEST(invalid_utf8_is_tokenized_deterministically_without_crashing) {
    REQUIRE_SHARED(shared);
    std::mt19937 rng(99);
    for (const char* name : {"llama-spm", "gpt-2", "llama-bpe", "qwen2", "deepseek-llm", "bert-bge", "mpt", "refact"}) {
        er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-" + name + ".gguf");
        CHECK_MSG(tok.ok(), "%s: %s", name, tok.message().c_str());
        if (!tok.ok()) continue;
        bool byte_exact = std::string(name) == "llama-spm" || std::string(name) == "gpt-2";
        for (int round = 0; round < 80; ++round) {
            std::string bytes;
            size_t n = rng() % 40;
            for (size_t i = 0; i < n; ++i) bytes += static_cast<char>(rng() % 256);
            std::vector<int32_t> ids = tok->encode(bytes, true, true);
            CHECK(ids_in_range(*tok, ids));
            CHECK(tok->encode(bytes, true, true) == ids);
            std::vector<int32_t> plain = tok->encode(bytes, false, false);
            if (byte_exact) CHECK_MSG(tok->decode(plain) == bytes, "%s: bytes not preserved", name);
        }
    }
}

TEST(special_tokens_are_parsed_only_when_asked) {
    REQUIRE_SHARED(shared);
    er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-qwen2.gguf");
    CHECK_MSG(tok.ok(), "%s", tok.message().c_str());
    if (!tok.ok()) return;
    int32_t im_start = tok->find_token("<|im_start|>"), im_end = tok->find_token("<|im_end|>");
    CHECK(im_start == 151644 && im_end == 151645);
    std::string text = "<|im_start|>user\nHi<|im_end|>";
    std::vector<int32_t> parsed = tok->encode(text, false, true);
    CHECK(parsed.size() >= 4 && parsed.front() == im_start && parsed.back() == im_end);
    std::vector<int32_t> plain = tok->encode(text, false, false);
    CHECK(std::find(plain.begin(), plain.end(), im_start) == plain.end());
    CHECK(tok->decode(plain) == text);
    CHECK(tok->decode(parsed) == "user\nHi");
    CHECK(tok->decode(parsed, true) == text);
    CHECK(tok->is_eog(im_end) && tok->is_eog(tok->eos()) && !tok->is_eog(im_start));
    CHECK(tok->token_to_piece(im_start).empty() && tok->token_to_piece(im_start, true) == "<|im_start|>");

    er::Result<Tokenizer> llama3 = load_vocab(vocab_dir(shared) + "/ggml-vocab-llama-bpe.gguf");
    CHECK(llama3.ok());
    if (llama3.ok()) {
        std::vector<int32_t> ids = llama3->encode("Hello", true, false);
        CHECK(!ids.empty() && ids.front() == 128000);  // BOS by default for llama3
        CHECK(llama3->is_eog(llama3->find_token("<|eot_id|>")));
    }
}

TEST(spm_space_prefix_follows_special_tokens) {
    REQUIRE_SHARED(shared);
    er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-llama-spm.gguf");
    CHECK(tok.ok());
    if (!tok.ok()) return;
    std::vector<int32_t> a = tok->encode("Hello", false, false);
    std::vector<int32_t> b = tok->encode("</s>Hello", false, true);
    CHECK(b.size() == a.size() + 1 && b[0] == 2);
    CHECK(std::equal(a.begin(), a.end(), b.begin() + 1));
    CHECK(tok->encode("", true, false) == std::vector<int32_t>{1});
    CHECK(tok->encode("", false, false).empty());
}

TEST(stream_decoder_emits_only_whole_utf8_and_matches_decode) {
    REQUIRE_SHARED(shared);
    std::mt19937 rng(7);
    for (const char* name : {"llama-spm", "gpt-2", "qwen2"}) {
        er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-" + name + ".gguf");
        CHECK(tok.ok());
        if (!tok.ok()) continue;
        for (int round = 0; round < 30; ++round) {
            std::string text = random_text(rng, 1 + rng() % 40);
            std::vector<int32_t> ids = tok->encode(text, true, false);
            er::tok::StreamDecoder stream(*tok, true);
            std::string joined;
            for (int32_t id : ids) {
                std::string part = stream.feed(id);
                CHECK(is_valid_utf8(part));
                joined += part;
            }
            joined += stream.flush();
            CHECK_MSG(joined == tok->decode(ids), "%s: stream differs from decode", name);
        }
        // A continuation keeps the space of its first piece.
        std::vector<int32_t> world = tok->encode(" world", false, false);
        er::tok::StreamDecoder cont(*tok, false);
        std::string s;
        for (int32_t id : world) s += cont.feed(id);
        CHECK_MSG(s.substr(0, 1) == " ", "%s: continuation lost its space: '%s'", name, s.c_str());
    }
    // Split sequences wait; impossible bytes become U+FFFD.
    er::Result<Tokenizer> gpt2 = load_vocab(vocab_dir(er_test::shared_dir()) + "/ggml-vocab-gpt-2.gguf");
    if (gpt2.ok()) {
        std::vector<int32_t> ids = gpt2->encode("\xE2\x82\xAC", false, false);  // the euro sign: byte tokens
        er::tok::StreamDecoder stream(*gpt2, true);
        std::string out;
        for (int32_t id : ids) out += stream.feed(id);
        CHECK(out == "\xE2\x82\xAC");
        std::vector<int32_t> bad = gpt2->encode("\xFF", false, false);
        er::tok::StreamDecoder s2(*gpt2, true);
        CHECK(s2.feed(bad[0]) == "\xEF\xBF\xBD");
        std::vector<int32_t> cut = gpt2->encode("\xE2\x82", false, false);
        er::tok::StreamDecoder s3(*gpt2, true);
        std::string got;
        for (int32_t id : cut) got += s3.feed(id);
        CHECK(got.empty());
        CHECK(s3.flush() == "\xEF\xBF\xBD");
    }
}

TEST(bad_vocabulary_metadata_gives_clear_errors) {
    auto build = [](const std::function<void(er::gguf::Writer&)>& fill) {
        er::gguf::Writer w;
        fill(w);
        return w.to_bytes();
    };
    auto load_bytes = [](const std::vector<uint8_t>& bytes) -> er::Result<Tokenizer> {
        er::Result<er::gguf::File> f = er::gguf::File::from_memory(bytes.data(), bytes.size());
        if (!f.ok()) return f.status();
        return Tokenizer::load(*f);
    };
    std::vector<uint8_t> no_model = build([](er::gguf::Writer& w) { w.set_array_string("tokenizer.ggml.tokens", {"a"}); });
    er::Result<Tokenizer> r = load_bytes(no_model);
    CHECK(!r.ok() && r.message().find("tokenizer.ggml.model") != std::string::npos);

    std::vector<uint8_t> unknown = build([](er::gguf::Writer& w) {
        w.set_string("tokenizer.ggml.model", "rwkv");
        w.set_array_string("tokenizer.ggml.tokens", {"a"});
    });
    r = load_bytes(unknown);
    CHECK(!r.ok() && r.message().find("rwkv") != std::string::npos);

    std::vector<uint8_t> short_scores = build([](er::gguf::Writer& w) {
        w.set_string("tokenizer.ggml.model", "llama");
        w.set_array_string("tokenizer.ggml.tokens", {"<unk>", "<s>", "</s>", "a"});
        w.set_array_f32("tokenizer.ggml.scores", {0.0f, 0.0f});
    });
    r = load_bytes(short_scores);
    CHECK(!r.ok() && r.message().find("scores") != std::string::npos);

    std::vector<uint8_t> bad_pre = build([](er::gguf::Writer& w) {
        w.set_string("tokenizer.ggml.model", "gpt2");
        w.set_string("tokenizer.ggml.pre", "no-such-family");
        w.set_array_string("tokenizer.ggml.tokens", {"a", "b", "ab"});
        w.set_array_string("tokenizer.ggml.merges", {"a b"});
    });
    r = load_bytes(bad_pre);
    CHECK(!r.ok() && r.message().find("no-such-family") != std::string::npos);

    // A tiny valid BPE vocabulary with an out-of-range BOS id: loads, BOS treated as absent.
    std::vector<uint8_t> tiny = build([](er::gguf::Writer& w) {
        w.set_string("tokenizer.ggml.model", "gpt2");
        w.set_string("tokenizer.ggml.pre", "gpt-2");
        w.set_array_string("tokenizer.ggml.tokens", {"a", "b", "ab", "Ġ"});
        w.set_array_string("tokenizer.ggml.merges", {"a b", "broken"});
        w.set_u32("tokenizer.ggml.bos_token_id", 77);
    });
    r = load_bytes(tiny);
    CHECK(!r.ok() && r.message().find("merge 1") != std::string::npos);
    std::vector<uint8_t> tiny_ok = build([](er::gguf::Writer& w) {
        w.set_string("tokenizer.ggml.model", "gpt2");
        w.set_string("tokenizer.ggml.pre", "gpt-2");
        w.set_array_string("tokenizer.ggml.tokens", {"a", "b", "ab", "Ġ"});
        w.set_array_string("tokenizer.ggml.merges", {"a b"});
        w.set_u32("tokenizer.ggml.bos_token_id", 77);
        w.set_bool("tokenizer.ggml.add_bos_token", true);
    });
    r = load_bytes(tiny_ok);
    CHECK_MSG(r.ok(), "%s", r.message().c_str());
    if (r.ok()) {
        CHECK(r->bos() == -1);
        CHECK((r->encode("ab ab", true, false) == std::vector<int32_t>{2, 3, 2}));
        CHECK(r->decode({2, 3, 2, 99, -5}) == "ab ab");
    }
    // Large merge lists are looked up on two threads: a malformed merge in either half is still reported, by index.
    for (size_t broken_at : {size_t{5}, size_t{30000}}) {
        std::vector<uint8_t> big = build([broken_at](er::gguf::Writer& w) {
            w.set_string("tokenizer.ggml.model", "gpt2");
            w.set_string("tokenizer.ggml.pre", "gpt-2");
            w.set_array_string("tokenizer.ggml.tokens", {"a", "b", "ab", "\xC4\xA0"});
            std::vector<std::string> merges(40000, "a b");
            merges[broken_at] = "broken";
            w.set_array_string("tokenizer.ggml.merges", merges);
        });
        r = load_bytes(big);
        CHECK_MSG(!r.ok() && r.message().find("merge " + std::to_string(broken_at) + " ") != std::string::npos, "%s",
                  r.message().c_str());
    }
    Tokenizer empty;
    CHECK(empty.encode("text").empty() && empty.n_vocab() == 0 && empty.decode({1, 2}).empty());
}

namespace {

// A byte-level vocabulary (all 256 bytes, no merges) with the given pre-tokenizer, to look at its splits.
er::Result<Tokenizer> bytes_only_vocab(const std::string& pre, std::vector<uint8_t>& storage) {
    er::gguf::Writer w;
    w.set_string("tokenizer.ggml.model", "gpt2");
    w.set_string("tokenizer.ggml.pre", pre);
    std::vector<std::string> tokens;
    for (uint32_t b = 0; b < 256; ++b) {
        uint32_t cp = b;
        bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE;
        if (!printable) {
            uint32_t n = 0;
            for (uint32_t x = 0; x < b; ++x)
                if (!((x >= 0x21 && x <= 0x7E) || (x >= 0xA1 && x <= 0xAC) || x >= 0xAE)) ++n;
            cp = 0x100 + n;
        }
        std::string s;
        if (cp < 0x80) s += static_cast<char>(cp);
        else { s += static_cast<char>(0xC0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 63)); }
        tokens.push_back(s);
    }
    w.set_array_string("tokenizer.ggml.tokens", tokens);
    w.set_array_string("tokenizer.ggml.merges", {});
    storage = w.to_bytes();
    er::Result<er::gguf::File> f = er::gguf::File::from_memory(storage.data(), storage.size());
    if (!f.ok()) return f.status();
    return Tokenizer::load(*f);
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& p : v) s += "[" + p + "]";
    return s;
}

}  // namespace

TEST(pre_tokenizers_split_like_their_regexes) {
    struct Case {
        const char* pre;
        const char* text;
        const char* pieces;
    };
    const Case cases[] = {
        {"gpt-2", "Hello world's 12345 !!", "[Hello][ world]['s][ 12345][ !!]"},
        {"gpt-2", "a   b\n", "[a][  ][ b][\n]"},
        {"llama-bpe", "Hello WORLD'S 12345\n\n  x", "[Hello][ WORLD]['S][ ][123][45][\n\n][ ][ x]"},
        {"qwen2", "ab12 .,\r\n", "[ab][1][2][ .,\r\n]"},
        {"starcoder", "x12 y", "[x][1][2][ y]"},
        {"falcon", "a+=b 1234567", "[a][+=][b][ ][123][456][7]"},
        {"gpt-4o", "helloWorld HTTPServer's 1234 a/b/\n", "[hello][World][ HTTPServer's][ ][123][4][ a][/b][/\n]"},
        {"deepseek-coder", "ab, cd\n12", "[ab][,][ cd][\n][1][2]"},
        {"deepseek-llm", "ab, cd\n12  ", "[ab][,][ cd][\n][12][  ]"},
    };
    for (const Case& c : cases) {
        std::vector<uint8_t> storage;
        er::Result<Tokenizer> tok = bytes_only_vocab(c.pre, storage);
        CHECK_MSG(tok.ok(), "%s: %s", c.pre, tok.message().c_str());
        if (!tok.ok()) continue;
        auto unescape = [](std::string s) {
            std::string o;
            for (size_t i = 0; i < s.size(); ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) {
                    o += s[i + 1] == 'n' ? '\n' : s[i + 1] == 'r' ? '\r' : s[i + 1];
                    ++i;
                } else {
                    o += s[i];
                }
            }
            return o;
        };
        std::string text = unescape(c.text);
        std::string got = joined(tok->pre_tokenize(text));
        CHECK_MSG(got == unescape(c.pieces), "%s: '%s' split as %s", c.pre, c.text, got.c_str());
        CHECK(tok->decode(tok->encode(text, false, false)) == text);
    }
}

TEST(user_defined_tokens_match_longest_first_in_linear_time) {
    REQUIRE_SHARED(shared);
    er::Result<Tokenizer> tok = load_vocab(vocab_dir(shared) + "/ggml-vocab-mpt.gguf");
    CHECK(tok.ok());
    if (!tok.ok()) return;
    // mpt has user-defined tokens for runs of 2..24 spaces: a long run becomes 24-space tokens.
    std::string spaces(240 * 1000 + 3, ' ');
    std::vector<int32_t> ids = tok->encode(spaces, false, false);
    CHECK(ids.size() == 10001 && tok->token_text(ids.back()) == "   ");
    CHECK(tok->decode(ids) == spaces);
    CHECK(tok->token_text(ids[0]) == std::string(24, ' '));
}

TEST(cli_tokenize_prints_a_json_array) {
    REQUIRE_SHARED(shared);
    int status = 0;
    std::string out = er_test::run_command(er_test::cli_path() + " tokenize -m " + shared +
                                               "/models/stories260K.gguf -p 'Once upon a time'",
                                           &status);
    CHECK(status == 0);
    CHECK_MSG(out == "[1, 403, 407, 261, 378]\n", "got '%s'", out.c_str());
    out = er_test::run_command(er_test::cli_path() + " tokenize --no-bos -m " + shared +
                                   "/models/stories260K.gguf -p 'Once upon a time'",
                               &status);
    CHECK_MSG(out == "[403, 407, 261, 378]\n", "got '%s'", out.c_str());
    er_test::run_command(er_test::cli_path() + " tokenize -m /nonexistent.gguf -p x 2>/dev/null", &status);
    CHECK(status != 0);
}

TEST_MAIN()
