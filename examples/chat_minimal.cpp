// chat_minimal — embed edgerunner.h in a few lines: load a model, chat, stream the replies.
//   chat_minimal MODEL.gguf        then type messages; an empty line or Ctrl-D ends.
#include "edgerunner.h"  // link with the one .cpp that defines EDGERUNNER_IMPLEMENTATION

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s MODEL.gguf\n", argv[0]);
        return 1;
    }
    er::Result<er::Model> model = er::Model::load(argv[1]);
    if (!model.ok()) {
        std::fprintf(stderr, "%s\n", model.message().c_str());
        return 1;
    }
    er::Result<er::gen::Chat> chat = er::gen::Chat::create(*model);  // a session of the model's context
    if (!chat.ok()) {
        std::fprintf(stderr, "%s\n", chat.message().c_str());
        return 1;
    }
    er::gen::Options options;  // default sampler chain; options.max_tokens, .stop, .sampling.seed ...
    std::string line;
    while (std::printf("> "), std::fflush(stdout), std::getline(std::cin, line) && !line.empty()) {
        er::Result<er::gen::Output> reply = chat->send(line, options, [](std::string_view piece) {
            std::fwrite(piece.data(), 1, piece.size(), stdout);
            std::fflush(stdout);
            return true;  // false would stop the reply here
        });
        std::printf("\n");
        if (!reply.ok()) std::fprintf(stderr, "error: %s\n", reply.message().c_str());
    }
    return 0;
}
