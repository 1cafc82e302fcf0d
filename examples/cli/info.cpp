// edgerunner info MODEL.gguf — metadata and tensor table.
#include "cli.h"

int cli::cmd_info(Args& args) {
    std::vector<std::string> pos = args.rest();
    if (!args.error().empty() && pos.empty()) return fail(args.error());
    if (pos.size() != 1) return fail("usage: edgerunner info MODEL.gguf");
    er::Result<er::gguf::File> file = er::gguf::File::open(pos[0]);
    if (!file.ok()) return fail(file.message());
    const er::gguf::File& f = *file;
    std::printf("file: %s\n", pos[0].c_str());
    std::printf("gguf version: %u, alignment: %llu, data offset: %llu, size: %zu bytes\n", f.version(),
                static_cast<unsigned long long>(f.alignment()), static_cast<unsigned long long>(f.data_offset()),
                f.file_size());
    std::printf("metadata: %zu keys\n", f.metadata().size());
    for (const auto& kv : f.metadata())
        std::printf("  %-44.*s %-8s %s\n", static_cast<int>(kv.key.size()), kv.key.data(),
                    kv.value.is_array() ? "ARRAY" : er::gguf::value_type_name(kv.value.type),
                    er::gguf::value_to_string(kv.value).c_str());
    uint64_t total = 0;
    for (const auto& t : f.tensors()) total += t.n_bytes;
    std::printf("tensors: %zu (%.2f MiB)\n", f.tensors().size(), static_cast<double>(total) / (1024.0 * 1024.0));
    for (const auto& t : f.tensors()) {
        std::string shape;
        for (uint32_t d = 0; d < t.n_dims; ++d) shape += (d ? " x " : "") + std::to_string(t.ne[d]);
        std::printf("  %-40.*s %-8s [%s] %llu bytes @ %llu\n", static_cast<int>(t.name.size()), t.name.data(),
                    er::types::type_name(t.type), shape.c_str(), static_cast<unsigned long long>(t.n_bytes),
                    static_cast<unsigned long long>(t.offset));
    }
    return 0;
}
