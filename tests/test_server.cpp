// The example OpenAI-compatible server: a client on loopback sends valid, streaming, malformed, oversized,
// misrouted and concurrent requests; the server answers each correctly and stays up.
#define EDGERUNNER_SERVER_NO_MAIN
#include "../examples/server.cpp"
#include "test_util.h"

#include <netinet/tcp.h>

#include <chrono>
#include <thread>

namespace {

// Streams "You said: <last user message>" word by word; counts calls and overlapping calls.
class EchoBackend : public srv::ChatBackend {
public:
    std::string model_id() const override { return "echo-model"; }
    er::Result<er::gen::Output> complete(const srv::ChatCall& call, const er::gen::OnPiece& on_piece) override {
        int now = ++running_;
        int seen = max_running_.load();
        while (now > seen && !max_running_.compare_exchange_weak(seen, now)) {}
        er::gen::Output out;
        out.n_prompt = static_cast<int32_t>(call.messages.size());
        out.stop = er::gen::StopReason::EndOfGeneration;
        std::string reply = "You said: " + call.messages.back().content;
        er::gen::TextStream stream(call.options.stop);
        size_t pos = 0;
        while (pos < reply.size()) {
            if (call.options.max_tokens >= 0 && out.tokens.size() >= static_cast<size_t>(call.options.max_tokens)) {
                out.stop = er::gen::StopReason::MaxTokens;
                break;
            }
            size_t next = reply.find(' ', pos + 1);
            if (next == std::string::npos) next = reply.size();
            out.tokens.push_back(static_cast<int32_t>(pos));
            std::string piece = stream.push(reply.substr(pos, next - pos));
            pos = next;
            std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
            if (!piece.empty() && on_piece && !on_piece(piece)) {
                out.stop = er::gen::StopReason::Cancelled;
                ++cancelled_;
                break;
            }
            if (stream.stopped()) {
                out.stop = er::gen::StopReason::StopString;
                break;
            }
        }
        std::string tail = out.stop == er::gen::StopReason::Cancelled ? "" : stream.finish();
        if (!tail.empty() && on_piece) on_piece(tail);
        out.text = stream.text();
        --running_;
        ++calls_;
        return out;
    }
    int delay_ms = 0;
    std::atomic<int> running_{0}, max_running_{0}, calls_{0}, cancelled_{0};
};

// A server on an ephemeral loopback port, running in a thread for the duration of a test.
struct TestServer {
    TestServer(srv::ChatBackend& backend, srv::Limits limits)
        : api(backend), listener(limits, [this](int fd, const srv::HttpRequest& r) { api.handle(fd, r); }) {
        er::Status s = listener.bind("127.0.0.1", 0);
        CHECK_MSG(s.ok(), "%s", s.message().c_str());
        thread = std::thread([this] { listener.serve(); });
    }
    ~TestServer() {
        listener.stop();
        thread.join();
    }
    srv::Api api;
    srv::Listener listener;
    std::thread thread;
};

int connect_to(int port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    timeval tv{10, 0};  // a hung server fails the test instead of hanging it
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string read_all(int fd) {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
}

struct Reply {
    int status = 0;
    std::string head, body;
};

Reply round_trip(int port, const std::string& raw) {
    Reply r;
    int fd = connect_to(port);
    if (fd < 0) return r;
    srv::send_all(fd, raw);
    std::string all = read_all(fd);
    ::close(fd);
    size_t end = all.find("\r\n\r\n");
    if (all.compare(0, 9, "HTTP/1.1 ") != 0 || end == std::string::npos) return r;
    r.status = std::atoi(all.c_str() + 9);
    r.head = all.substr(0, end);
    r.body = all.substr(end + 4);
    return r;
}

std::string post(const std::string& path, const std::string& body) {
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string chat_body(const std::string& user, bool stream, const std::string& extra = "") {
    er::json::Value msg = er::json::Value::object();
    msg.set("role", "user");
    msg.set("content", user);
    er::json::Value body = er::json::Value::object();
    body.set("model", "any");
    body.set("messages", er::json::Value::array({std::move(msg)}));
    body.set("stream", stream);
    std::string text = er::json::dump(body);
    if (!extra.empty()) text = text.substr(0, text.size() - 1) + "," + extra + "}";
    return text;
}

// The content of a non-streaming reply, or of all the deltas of a streaming one ("" + flag when malformed).
std::string reply_content(const Reply& r, bool stream, std::string* finish = nullptr, bool* done = nullptr) {
    if (!stream) {
        er::Result<er::json::Value> v = er::json::parse(r.body);
        if (!v.ok()) return "<bad json>";
        if (finish) *finish = (*v)["choices"][0]["finish_reason"].as_string();
        return (*v)["choices"][0]["message"]["content"].as_string();
    }
    std::string text;
    size_t pos = 0;
    while (pos < r.body.size()) {
        size_t end = r.body.find("\n\n", pos);
        if (end == std::string::npos || r.body.compare(pos, 6, "data: ") != 0) return "<bad frame>";
        std::string data = r.body.substr(pos + 6, end - pos - 6);
        pos = end + 2;
        if (data == "[DONE]") {
            if (done) *done = pos == r.body.size();
            continue;
        }
        er::Result<er::json::Value> v = er::json::parse(data);
        if (!v.ok()) return "<bad json>";
        const er::json::Value& choice = (*v)["choices"][0];
        text += choice["delta"]["content"].as_string();
        if (finish && choice["finish_reason"].is_string()) *finish = choice["finish_reason"].as_string();
    }
    return text;
}

std::string error_message(const Reply& r) {
    er::Result<er::json::Value> v = er::json::parse(r.body);
    return v.ok() ? (*v)["error"]["message"].as_string() : "<not json: " + r.body + ">";
}

}  // namespace

TEST(models_endpoint_lists_the_model) {
    EchoBackend backend;
    TestServer server(backend, {});
    Reply r = round_trip(server.listener.port(), "GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(r.status == 200);
    er::Result<er::json::Value> v = er::json::parse(r.body);
    CHECK(v.ok() && (*v)["object"].as_string() == "list" && (*v)["data"][0]["id"].as_string() == "echo-model");
    CHECK(round_trip(server.listener.port(), "GET /health HTTP/1.0\r\n\r\n").status == 200);
}

TEST(chat_completion_returns_json) {
    EchoBackend backend;
    TestServer server(backend, {});
    Reply r = round_trip(server.listener.port(), post("/v1/chat/completions", chat_body("hello there", false)));
    CHECK(r.status == 200);
    CHECK(r.head.find("Content-Type: application/json") != std::string::npos);
    std::string finish;
    CHECK(reply_content(r, false, &finish) == "You said: hello there");
    CHECK(finish == "stop");
    er::Result<er::json::Value> v = er::json::parse(r.body);
    CHECK(v.ok() && (*v)["object"].as_string() == "chat.completion" && (*v)["usage"]["completion_tokens"].as_int() == 4);
}

TEST(chat_completion_streams_sse_chunks) {
    EchoBackend backend;
    TestServer server(backend, {});
    Reply r = round_trip(server.listener.port(), post("/v1/chat/completions", chat_body("stream me, é 😀", true)));
    CHECK(r.status == 200);
    CHECK(r.head.find("Content-Type: text/event-stream") != std::string::npos);
    std::string finish;
    bool done = false;
    CHECK(reply_content(r, true, &finish, &done) == "You said: stream me, é 😀");
    CHECK(finish == "stop");
    CHECK(done);
}

TEST(sampling_fields_and_stop_strings_reach_the_backend) {
    EchoBackend backend;
    TestServer server(backend, {});
    std::string finish;
    Reply capped = round_trip(server.listener.port(),
                            post("/v1/chat/completions", chat_body("one two three four", false, "\"max_tokens\":3,\"temperature\":0")));
    CHECK(reply_content(capped, false, &finish) == "You said: one");
    CHECK(finish == "length");
    Reply stopped = round_trip(server.listener.port(),
                             post("/v1/chat/completions", chat_body("alpha beta gamma", true, "\"stop\":[\"beta\"]")));
    CHECK(reply_content(stopped, true, &finish) == "You said: alpha ");
    CHECK(finish == "stop");
}

TEST(malformed_requests_get_4xx_json_errors) {
    EchoBackend backend;
    srv::Limits limits;
    limits.read_timeout_ms = 300;
    TestServer server(backend, limits);
    const int port = server.listener.port();
    struct Case {
        const char* what;
        std::string raw;
        int status;
        const char* message_part;
    };
    std::vector<Case> cases = {
        {"bad json", post("/v1/chat/completions", "{\"messages\": [}"), 400, "invalid JSON"},
        {"not an object", post("/v1/chat/completions", "[1,2]"), 400, "JSON object"},
        {"no messages", post("/v1/chat/completions", "{\"stream\":false}"), 400, "messages"},
        {"bad role", post("/v1/chat/completions", "{\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}"), 400, "role"},
        {"bad content", post("/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":5}]}"), 400, "content"},
        {"bad temperature", post("/v1/chat/completions", chat_body("x", false, "\"temperature\":\"hot\"")), 400, "temperature"},
        {"bad stop", post("/v1/chat/completions", chat_body("x", false, "\"stop\":[1]")), 400, "stop"},
        {"bad stream", post("/v1/chat/completions", chat_body("x", false, "\"n\":2")), 400, "n"},
        {"deep json", post("/v1/chat/completions", std::string(5000, '[') + std::string(5000, ']')), 400, "invalid JSON"},
        {"wrong path", "GET /v2/whatever HTTP/1.1\r\n\r\n", 404, "no such endpoint"},
        {"wrong method", "GET /v1/chat/completions HTTP/1.1\r\n\r\n", 405, "POST"},
        {"wrong method on models", post("/v1/models", "{}"), 405, "GET"},
        {"garbage request line", "HELLO\r\n\r\n", 400, "request line"},
        {"bad version", "GET /v1/models HTTP/9\r\n\r\n", 400, "version"},
        {"bad header", "GET /v1/models HTTP/1.1\r\nno colon here\r\n\r\n", 400, "header"},
        {"no length", "POST /v1/chat/completions HTTP/1.1\r\n\r\n{}", 411, "Content-Length"},
        {"bad length", "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 400, "Content-Length"},
        {"chunked", "POST /v1/chat/completions HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501, "chunked"},
        {"oversized body", "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{\"messages\":", 413, "exceeds"},
        {"oversized headers", "GET /v1/models HTTP/1.1\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n", 431, "headers"},
        {"wrong content type", "POST /v1/chat/completions HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}", 415, "Content-Type"},
        {"short body", "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"mess", 408, "timed out"},
    };
    for (const Case& c : cases) {
        Reply r = round_trip(port, c.raw);
        std::string msg = error_message(r);
        CHECK_MSG(r.status == c.status, "%s: status %d, expected %d (%s)", c.what, r.status, c.status, msg.c_str());
        CHECK_MSG(msg.find(c.message_part) != std::string::npos, "%s: message '%s' lacks '%s'", c.what, msg.c_str(), c.message_part);
    }
    Reply allow = round_trip(port, "DELETE /v1/models HTTP/1.1\r\n\r\n");
    CHECK(allow.head.find("Allow: GET") != std::string::npos);
    // Still up and correct after all of that.
    CHECK(reply_content(round_trip(port, post("/v1/chat/completions", chat_body("still here", false))), false) ==
          "You said: still here");
    CHECK(backend.calls_.load() == 1);  // no malformed request reached the model
}

TEST(a_client_that_goes_away_cancels_its_generation) {
    EchoBackend backend;
    backend.delay_ms = 30;
    TestServer server(backend, {});
    int fd = connect_to(server.listener.port());
    std::string words;
    for (int i = 0; i < 100; ++i) words += " w" + std::to_string(i);
    srv::send_all(fd, post("/v1/chat/completions", chat_body(words, true)));
    std::string seen;  // read until generation has produced text, so the model is busy when the client leaves
    char buf[512];
    ssize_t got;
    while (seen.find("said") == std::string::npos && (got = ::recv(fd, buf, sizeof buf, 0)) > 0) seen.append(buf, static_cast<size_t>(got));
    CHECK(seen.find("said") != std::string::npos);
    linger lg{1, 0};  // close with a reset, like a killed client
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    ::close(fd);
    for (int i = 0; i < 1000 && backend.calls_.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK_MSG(backend.cancelled_.load() == 1, "calls %d cancelled %d", backend.calls_.load(), backend.cancelled_.load());
    CHECK(round_trip(server.listener.port(), "GET /health HTTP/1.1\r\n\r\n").status == 200);
}

TEST(concurrent_clients_each_get_their_own_answer) {
    EchoBackend backend;
    backend.delay_ms = 2;
    TestServer server(backend, {});
    const int port = server.listener.port();
    const int n = 8;
    std::vector<std::string> got(n);
    std::vector<std::thread> clients;
    for (int i = 0; i < n; ++i)
        clients.emplace_back([&, i] {
            bool stream = i % 2 == 0;
            Reply r = round_trip(port, post("/v1/chat/completions", chat_body("client " + std::to_string(i), stream)));
            got[static_cast<size_t>(i)] = r.status == 200 ? reply_content(r, stream) : "status " + std::to_string(r.status);
        });
    for (auto& t : clients) t.join();
    for (int i = 0; i < n; ++i)
        CHECK_MSG(got[static_cast<size_t>(i)] == "You said: client " + std::to_string(i), "client %d got '%s'", i,
                  got[static_cast<size_t>(i)].c_str());
}

TEST(connections_beyond_the_limit_get_503) {
    EchoBackend backend;
    srv::Limits limits;
    limits.max_connections = 2;
    limits.read_timeout_ms = 3000;
    TestServer server(backend, limits);
    int idle1 = connect_to(server.listener.port()), idle2 = connect_to(server.listener.port());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // both accepted, both waiting for a request
    Reply r = round_trip(server.listener.port(), "GET /health HTTP/1.1\r\n\r\n");
    CHECK(r.status == 503);
    ::close(idle1);
    ::close(idle2);
    bool recovered = false;
    for (int i = 0; i < 50 && !recovered; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        recovered = round_trip(server.listener.port(), "GET /health HTTP/1.1\r\n\r\n").status == 200;
    }
    CHECK(recovered);
}

TEST(binds_only_the_requested_address) {
    EchoBackend backend;
    srv::Api api(backend);
    srv::Listener bad({}, [&api](int fd, const srv::HttpRequest& r) { api.handle(fd, r); });
    CHECK(!bad.bind("not-an-ip", 0).ok());
    CHECK(!bad.bind("127.0.0.1", 70000).ok());
}

TEST(model_backend_serves_concurrent_clients_one_generation_at_a_time) {
    REQUIRE_SHARED(shared);
    er::Result<er::Model> model = er::Model::load(shared + "/models/stories260K.gguf");
    CHECK(model.ok());
    if (!model.ok()) return;
    er::SessionOptions so;
    so.n_ctx = 256;
    so.n_threads = 1;
    er::Result<er::gen::Chat> chat = er::gen::Chat::create(*model, so);
    er::Result<er::gen::Chat> reference_chat = er::gen::Chat::create(*model, so);
    CHECK(chat.ok() && reference_chat.ok());
    if (!chat.ok() || !reference_chat.ok()) return;
    // What the model says to each prompt, computed directly.
    const std::vector<std::string> prompts = {"Once upon a time", "The cat", "Lily went to the park"};
    std::vector<std::string> expected;
    er::gen::Options greedy;
    greedy.max_tokens = 12;
    greedy.sampling.temperature = 0.0f;
    for (const std::string& p : prompts) {
        er::Result<er::gen::Output> out = reference_chat->respond({{"user", p}}, greedy, nullptr);
        CHECK(out.ok());
        expected.push_back(out.ok() ? out->text : "");
    }
    srv::ModelBackend backend(std::move(*chat), "stories260K");
    TestServer server(backend, {});
    const int port = server.listener.port();
    const int n = 9;
    std::vector<std::string> got(n);
    std::vector<std::thread> clients;
    for (int i = 0; i < n; ++i)
        clients.emplace_back([&, i] {
            bool stream = i % 2 == 1;
            const std::string& p = prompts[static_cast<size_t>(i) % prompts.size()];
            Reply r = round_trip(port, post("/v1/chat/completions", chat_body(p, stream, "\"temperature\":0,\"max_tokens\":12")));
            got[static_cast<size_t>(i)] = r.status == 200 ? reply_content(r, stream) : "status " + std::to_string(r.status);
        });
    for (auto& t : clients) t.join();
    for (int i = 0; i < n; ++i)
        CHECK_MSG(got[static_cast<size_t>(i)] == expected[static_cast<size_t>(i) % prompts.size()], "client %d: '%s' vs '%s'", i,
                  got[static_cast<size_t>(i)].c_str(), expected[static_cast<size_t>(i) % prompts.size()].c_str());
    Reply models = round_trip(port, "GET /v1/models HTTP/1.1\r\n\r\n");
    CHECK(models.body.find("stories260K") != std::string::npos);
}

TEST_MAIN()
