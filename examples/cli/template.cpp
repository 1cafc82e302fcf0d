// edgerunner template — renders a chat template over a conversation and prints the prompt exactly.
#include "cli.h"

#include <cstdio>

static bool read_whole_file(const std::string& path, std::string* out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    out->clear();
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

static er::Result<er::json::Value> read_json(const std::string& path, const char* what) {
    std::string text;
    if (!read_whole_file(path, &text)) return er::Status::fail(std::string("cannot read ") + what + " file '" + path + "'");
    er::Result<er::json::Value> v = er::json::parse(text);
    if (!v.ok()) return er::Status::fail(path + ": " + v.message());
    return v;
}

// The text of token `key` (tokenizer.ggml.bos_token_id / eos_token_id) in tokenizer.ggml.tokens, or "".
static std::string special_token_text(const er::gguf::File& f, const char* key) {
    const er::gguf::Value* id = f.find(key);
    const er::gguf::Value* tokens = f.find("tokenizer.ggml.tokens");
    if (!id || !id->is_int() || !tokens || tokens->elem_type != er::gguf::ValueType::STRING) return "";
    if (id->i < 0 || static_cast<uint64_t>(id->i) >= tokens->strings.size()) return "";
    return std::string(tokens->strings[static_cast<size_t>(id->i)]);
}

int cli::cmd_template(Args& args) {
    const char* usage =
        "usage: edgerunner template (-m MODEL.gguf | --template FILE.jinja) --messages FILE.json\n"
        "       [--add-generation-prompt] [--tools FILE.json] [--bos S] [--eos S] [--now ISO-8601]\n"
        "       [--context FILE.json]";
    std::string model = args.value({"-m", "--model"});
    std::string template_path = args.value({"--template"});
    std::string messages_path = args.value({"--messages"});
    std::string tools_path = args.value({"--tools"});
    std::string context_path = args.value({"--context"});
    std::string now_text = args.value({"--now"});
    bool has_bos = args.has({"--bos"}), has_eos = args.has({"--eos"});
    std::string bos = args.value({"--bos"}), eos = args.value({"--eos"});
    bool add_generation_prompt = args.has({"--add-generation-prompt"});
    if (!args.error().empty()) return fail(args.error() + "\n" + usage);
    if (!args.rest().empty()) return fail("unexpected argument '" + args.rest()[0] + "'\n" + usage);
    if (model.empty() == template_path.empty()) return fail(std::string("give exactly one of -m or --template\n") + usage);
    if (messages_path.empty()) return fail(std::string("--messages is required\n") + usage);

    er::tmpl::ChatRequest req;
    req.add_generation_prompt = add_generation_prompt;
    er::Result<er::tmpl::ChatTemplate> tmpl = er::Status::fail("no template");
    if (!model.empty()) {
        er::Result<er::gguf::File> file = er::gguf::File::open(model);
        if (!file.ok()) return fail(file.message());
        bool used_builtin = false;
        tmpl = er::tmpl::from_gguf(*file, &used_builtin);
        if (used_builtin)
            std::fprintf(stderr, "edgerunner: %s has no tokenizer.chat_template; using the built-in '%s' format\n",
                         model.c_str(), tmpl.ok() ? tmpl->builtin_name().c_str() : "?");
        req.bos_token = special_token_text(*file, "tokenizer.ggml.bos_token_id");
        req.eos_token = special_token_text(*file, "tokenizer.ggml.eos_token_id");
    } else {
        std::string source;
        if (!read_whole_file(template_path, &source)) return fail("cannot read template file '" + template_path + "'");
        tmpl = er::tmpl::ChatTemplate::parse(source);
    }
    if (!tmpl.ok()) return fail(tmpl.message());
    if (has_bos) req.bos_token = bos;
    if (has_eos) req.eos_token = eos;

    er::Result<er::json::Value> messages = read_json(messages_path, "messages");
    if (!messages.ok()) return fail(messages.message());
    // Accept a bare array or a request-style object {"messages": [...], "tools": [...], ...}.
    if (messages->is_object()) {
        er::json::Value obj = std::move(*messages);
        if (!obj["messages"].is_array()) return fail(messages_path + ": expected an array of messages");
        req.messages = obj["messages"];
        if (obj.find("tools")) req.tools = obj["tools"];
        if (obj.find("add_generation_prompt") && !add_generation_prompt)
            req.add_generation_prompt = obj["add_generation_prompt"].as_bool();
    } else if (messages->is_array()) {
        req.messages = std::move(*messages);
    } else {
        return fail(messages_path + ": expected an array of messages");
    }
    if (!tools_path.empty()) {
        er::Result<er::json::Value> tools = read_json(tools_path, "tools");
        if (!tools.ok()) return fail(tools.message());
        if (!tools->is_array()) return fail(tools_path + ": expected an array of tool definitions");
        req.tools = std::move(*tools);
    }
    if (!context_path.empty()) {
        er::Result<er::json::Value> ctx = read_json(context_path, "context");
        if (!ctx.ok()) return fail(ctx.message());
        if (!ctx->is_object()) return fail(context_path + ": expected a JSON object of template variables");
        req.extra = std::move(*ctx);
    }
    if (!now_text.empty() && !er::tmpl::parse_iso8601(now_text, &req.now))
        return fail("--now: not an ISO-8601 time: " + now_text);

    er::Result<std::string> prompt = tmpl->apply(req);
    if (!prompt.ok()) return fail(prompt.message());
    std::fwrite(prompt->data(), 1, prompt->size(), stdout);
    return 0;
}
