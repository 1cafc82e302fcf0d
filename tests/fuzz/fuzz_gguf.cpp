// libFuzzer target for the GGUF reader: any byte string must parse or be rejected, never crash.
#include "edgerunner.h"

#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<uint8_t> exact(data, data + size);  // exactly sized, so overreads are caught
    auto f = er::gguf::File::from_memory(exact.data(), exact.size());
    if (!f.ok()) return 0;
    size_t sum = 0;
    for (const auto& kv : f->metadata()) {
        sum += er::gguf::value_to_string(kv.value, 3).size();
        if (kv.value.is_array() && kv.value.count) sum += static_cast<size_t>(kv.value.int_at(kv.value.count - 1));
    }
    for (const auto& t : f->tensors())
        if (t.n_bytes) sum += static_cast<const uint8_t*>(t.data)[t.n_bytes - 1];
    return sum == 0xdeadbeef ? 1 : 0;
}
