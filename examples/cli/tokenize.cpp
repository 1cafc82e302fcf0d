// edgerunner tokenize -m MODEL.gguf [--no-bos] [--parse-special] -p TEXT — prints the ids as a JSON array.
#include "cli.h"

int cli::cmd_tokenize(Args& args) {
    std::string model = args.value({"-m", "--model"});
    std::string prompt = args.value({"-p", "--prompt"});
    bool no_bos = args.has({"--no-bos"});
    bool parse_special = args.has({"--parse-special"});
    if (!args.error().empty()) return fail(args.error());
    if (model.empty() || !args.rest().empty())
        return fail("usage: edgerunner tokenize -m MODEL.gguf [--no-bos] [--parse-special] -p TEXT");
    er::Result<er::gguf::File> file = er::gguf::File::open(model);
    if (!file.ok()) return fail(file.message());
    er::Result<er::tok::Tokenizer> tok = er::tok::Tokenizer::load(*file);
    if (!tok.ok()) return fail(tok.message());
    std::vector<int32_t> ids = tok->encode(prompt, !no_bos, parse_special);
    std::string line = "[";
    for (size_t i = 0; i < ids.size(); ++i) line += (i ? ", " : "") + std::to_string(ids[i]);
    line += "]";
    std::printf("%s\n", line.c_str());
    return 0;
}
