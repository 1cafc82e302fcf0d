// Tokenization throughput on ~1 MB of mixed text (English prose, code, numbers, CJK, Cyrillic, emoji,
// whitespace runs) for each shared vocabulary: bench_tokenize [VOCAB_DIR] [MEGABYTES]
#include "edgerunner.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

std::string mixed_text(size_t bytes) {
    static const char* const parts[] = {
        "The quick brown fox jumps over the lazy dog. ",
        "It's 3:45pm and we've got 1,234,567 things to do; they'll wait. ",
        "for (int i = 0; i < n; ++i) { sum += a[i] * b[i]; }\n",
        "    def tokenize(self, text):\n        return self._bpe(text.strip())\n",
        "Съешь же ещё этих мягких французских булок, да выпей чаю. ",
        "我想在苹果公司工作，这是一个很好的机会。",
        "東京は日本の首都です。",
        "🚀 launch 😶‍🌫️ emoji ✅ done 🦙 ",
        "Äpfel, Birnen und Öl für 12,50 € — très bien! ",
        "\n\n\t\t   \n",
        "https://example.com/path?query=value&x=42#frag ",
        "   indented    with   many     spaces   ",
    };
    std::mt19937 rng(42);
    std::string s;
    while (s.size() < bytes) s += parts[rng() % (sizeof(parts) / sizeof(parts[0]))];
    return s;
}

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir = argc > 1 ? argv[1] : "../shared/models/vocab";
    double mb = argc > 2 ? std::atof(argv[2]) : 1.0;
    std::string text = mixed_text(static_cast<size_t>(mb * 1024 * 1024));
    const char* names[] = {"llama-spm", "gpt-2", "llama-bpe", "qwen2", "deepseek-llm", "deepseek-coder",
                           "falcon", "starcoder", "mpt", "phi-3", "bert-bge"};
    std::printf("text: %zu bytes of mixed text\n", text.size());
    std::printf("%-16s %10s %10s %10s %10s\n", "vocabulary", "tokens", "encode s", "MB/s", "decode s");
    int loaded = 0;
    for (const char* name : names) {
        std::string path = dir + "/ggml-vocab-" + name + ".gguf";
        er::Result<er::gguf::File> f = er::gguf::File::open(path);
        if (!f.ok()) {
            std::printf("%-16s skipped: %s\n", name, f.message().c_str());
            continue;
        }
        er::Result<er::tok::Tokenizer> tok = er::tok::Tokenizer::load(*f);
        if (!tok.ok()) {
            std::printf("%-16s skipped: %s\n", name, tok.message().c_str());
            continue;
        }
        ++loaded;
        tok->encode("warm up the tables", false, false);
        double t0 = now_seconds();
        std::vector<int32_t> ids = tok->encode(text, false, false);
        double t1 = now_seconds();
        std::string back = tok->decode(ids);
        double t2 = now_seconds();
        std::printf("%-16s %10zu %10.3f %10.2f %10.3f\n", name, ids.size(), t1 - t0,
                    static_cast<double>(text.size()) / (1024.0 * 1024.0) / (t1 - t0), t2 - t1);
    }
    return loaded ? 0 : 1;
}
