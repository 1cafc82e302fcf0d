// edgerunner — command-line front end of edgerunner.h.
#include "cli.h"

#include <cstring>

static const char* kUsage =
    "usage: edgerunner <command> [options]\n"
    "  info MODEL.gguf                                  metadata and tensor table\n"
    "  tokenize -m MODEL.gguf [--no-bos] [--parse-special] -p TEXT\n"
    "  template (-m MODEL.gguf | --template FILE.jinja) --messages FILE.json [--add-generation-prompt]\n"
    "           [--tools FILE.json] [--bos S] [--eos S] [--now ISO-8601] [--context FILE.json]\n"
    "  eval -m MODEL.gguf --tokens 1,2,3 [--threads N] [--top K] [--greedy G] [--gpu]\n"
    "  run -m MODEL.gguf -p PROMPT [-n N] [--temp T --top-k K --top-p P --min-p P --seed S] [--chat] [--threads N]\n"
    "  bench -m MODEL.gguf [-p 128] [-n 64] [--threads N] [--gpu] [--json]\n";

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 1 : 0;
    }
    struct Command {
        const char* name;
        int (*fn)(cli::Args&);
    };
    static const Command commands[] = {
        {"info", cli::cmd_info},         {"tokenize", cli::cmd_tokenize}, {"template", cli::cmd_template},
        {"eval", cli::cmd_eval},         {"run", cli::cmd_run},           {"bench", cli::cmd_bench},
    };
    for (const Command& c : commands)
        if (!std::strcmp(argv[1], c.name)) {
            cli::Args args(argc - 2, argv + 2);
            return c.fn(args);
        }
    std::fprintf(stderr, "edgerunner: unknown command '%s'\n%s", argv[1], kUsage);
    return 1;
}
