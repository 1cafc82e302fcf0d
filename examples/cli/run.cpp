// edgerunner run — generate text from a prompt, or chat interactively (--chat), streaming to stdout.
#include "cli.h"

#include <atomic>
#include <csignal>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Set by Ctrl-C; generation polls it between tokens and stops cleanly.
std::atomic<int> g_interrupts{0};

extern "C" void on_sigint(int) { g_interrupts.fetch_add(1); }

void install_sigint() {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked read of the next chat line returns, so Ctrl-C there exits
    sigaction(SIGINT, &sa, nullptr);
}

bool write_piece(std::string_view piece) {
    std::fwrite(piece.data(), 1, piece.size(), stdout);
    std::fflush(stdout);
    return g_interrupts.load() == 0;
}

void print_stats(const er::gen::Output& out) {
    double tps = out.generate_seconds > 0 ? static_cast<double>(out.tokens.size()) / out.generate_seconds : 0.0;
    std::fprintf(stderr, "[%d prompt tokens (%d reused) in %.2f s, %zu generated in %.2f s (%.1f tok/s), stop: %s]\n",
                 out.n_prompt, out.n_prompt_reused, out.prompt_seconds, out.tokens.size(), out.generate_seconds, tps,
                 er::gen::stop_reason_name(out.stop));
}

// Reads one line from stdin; false at end of input or on Ctrl-C.
bool read_line(std::string* line) {
    line->clear();
    for (;;) {
        int c = std::fgetc(stdin);
        if (c == EOF) return !line->empty() && g_interrupts.load() == 0;
        if (c == '\n') return true;
        line->push_back(static_cast<char>(c));
    }
}

int interactive_chat(const er::Model& model, const er::SessionOptions& sopt, const er::gen::Options& gopt,
                     const std::string& first_prompt, const std::string& system) {
    er::Result<er::gen::Chat> chat = er::gen::Chat::create(model, sopt);
    if (!chat.ok()) return cli::fail(chat.message());
    if (chat->uses_fallback_template())
        std::fprintf(stderr, "note: the model has no chat template; using ChatML (<|im_start|>role ... <|im_end|>)\n");
    if (!system.empty()) chat->messages().push_back({"system", system});
    bool tty = isatty(0);
    std::string line = first_prompt;
    if (line.empty() && tty) std::fprintf(stderr, "(chat: empty line or Ctrl-D ends, Ctrl-C stops a reply)\n");
    for (;;) {
        if (line.empty()) {
            if (tty) std::fputs("> ", stdout), std::fflush(stdout);
            g_interrupts.store(0);
            if (!read_line(&line) || line.empty()) break;
        }
        g_interrupts.store(0);
        er::Result<er::gen::Output> out = chat->send(line, gopt, write_piece);
        std::fputs("\n", stdout);
        std::fflush(stdout);
        if (!out.ok()) return cli::fail(out.message());
        print_stats(*out);
        line.clear();
    }
    return 0;
}

}  // namespace

int cli::cmd_run(Args& args) {
    const std::string path = args.value({"-m", "--model"});
    const std::string prompt = args.value({"-p", "--prompt"});
    const std::string system = args.value({"--system"});
    const bool chat = args.has({"--chat"});
    er::gen::Options gopt;
    gopt.max_tokens = static_cast<int>(args.integer({"-n", "--n-predict"}, chat ? -1 : 128));
    gopt.sampling.temperature = static_cast<float>(args.real({"--temp"}, gopt.sampling.temperature));
    gopt.sampling.top_k = static_cast<int>(args.integer({"--top-k"}, gopt.sampling.top_k));
    gopt.sampling.top_p = static_cast<float>(args.real({"--top-p"}, gopt.sampling.top_p));
    gopt.sampling.min_p = static_cast<float>(args.real({"--min-p"}, gopt.sampling.min_p));
    gopt.sampling.typical_p = static_cast<float>(args.real({"--typical-p"}, gopt.sampling.typical_p));
    gopt.sampling.repeat_penalty = static_cast<float>(args.real({"--repeat-penalty"}, gopt.sampling.repeat_penalty));
    gopt.sampling.seed = static_cast<uint64_t>(args.integer({"--seed"}, 0));
    er::SessionOptions sopt;
    sopt.n_threads = static_cast<int>(args.integer({"-t", "--threads"}, 0));
    sopt.n_ctx = static_cast<int32_t>(args.integer({"-c", "--ctx"}, 4096));
    if (!args.error().empty()) return fail(args.error());
    if (!args.rest().empty()) return fail("unexpected argument '" + args.rest()[0] + "'");
    if (path.empty()) return fail("run: missing -m MODEL.gguf");
    if (prompt.empty() && !chat) return fail("run: missing -p PROMPT (or use --chat)");
    if (gopt.sampling.temperature < 0 || gopt.sampling.top_p <= 0 || gopt.sampling.min_p < 0 || gopt.sampling.min_p > 1)
        return fail("run: --temp must be >= 0, --top-p in (0, 1], --min-p in [0, 1]");

    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return fail("model file not found: '" + path + "'");
    // Mapping is quick, but the first touch of a large model's pages is not: show where loading is.
    er::LoadOptions lopt;
    const bool show_progress = st.st_size > (64 << 20);
    if (show_progress)
        lopt.on_progress = [&path](float p) {
            std::fprintf(stderr, "\rloading %s: %3d%%", path.c_str(), static_cast<int>(p * 100.0f + 0.5f));
            std::fflush(stderr);
        };
    er::Result<er::Model> model = er::Model::load(path, lopt);
    if (show_progress) std::fputs("\n", stderr);
    if (!model.ok()) return fail("cannot load the model: " + model.message());
    if (sopt.n_ctx > model->info().n_ctx_train && model->info().n_ctx_train > 0) sopt.n_ctx = model->info().n_ctx_train;

    install_sigint();
    if (chat) return interactive_chat(*model, sopt, gopt, prompt, system);

    er::Result<er::Session> session = model->new_session(sopt);
    if (!session.ok()) return fail(session.message());
    const er::tok::Tokenizer& tokenizer = model->tokenizer();
    std::vector<int32_t> ids = tokenizer.encode(prompt, tokenizer.add_bos(), false);
    er::Result<er::gen::Output> out = er::gen::generate(*session, tokenizer, ids, gopt, write_piece);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    if (!out.ok()) return fail(out.message());
    print_stats(*out);
    return 0;
}
