// Generation: streaming text (UTF-8, stop strings), the generation loop on real and synthetic models,
// multi-turn chat with KV-cache reuse, and the `run` CLI end to end.
#include "edgerunner.h"
#include "test_util.h"

#include <string>
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

TEST(text_stream_never_splits_a_utf8_character) {
    TextStream ts;
    // "é" = C3 A9, "😀" = F0 9F 98 80, split across pieces the way byte-fallback tokens arrive
    std::vector<std::string> chunks;
    std::string out = stream_all(ts, {"a\xC3", "\xA9 \xF0\x9F", "\x98", "\x80!"}, &chunks);
    CHECK(out == "a\xC3\xA9 \xF0\x9F\x98\x80!");
    CHECK(chunks[0] == "a");
    CHECK(chunks[1] == "\xC3\xA9 ");
    CHECK(chunks[2].empty());
    CHECK(chunks[3] == "\xF0\x9F\x98\x80!");
}

TEST(text_stream_replaces_invalid_utf8_at_the_end) {
    TextStream ts;
    std::string out = stream_all(ts, {"ok\xF0\x9F", "\xFF"});
    CHECK(out == "ok\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    TextStream cut;
    CHECK(stream_all(cut, {"x\xE2\x82"}) == "x\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated euro sign
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

TEST_MAIN()
