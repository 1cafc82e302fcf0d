// server — a tiny OpenAI-compatible HTTP server over edgerunner.h, one file, POSIX sockets, no dependencies.
//
//   server -m MODEL.gguf [--host 127.0.0.1] [--port 8080] [--ctx N] [--threads N] [--max-body BYTES]
//
//   GET  /v1/models              the loaded model
//   POST /v1/chat/completions    {"messages":[...], "stream":true|false, "max_tokens", "temperature", "top_p",
//                                 "top_k", "min_p", "seed", "stop", "presence_penalty", "frequency_penalty"}
//   GET  /health                 {"status":"ok"}
//
// Each connection gets a thread (up to a limit; beyond it, 503). Generation runs one request at a time behind a
// mutex on one session, so a client that resends the conversation reuses the KV cache of its shared prefix.
// Requests are read with size limits and a timeout; malformed ones get a 4xx JSON error and the server goes on.
#include "edgerunner.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace srv {

// ---------------------------------------------------------------------------------------------------------
// HTTP/1.1, the small part a JSON API needs: one request per connection, Content-Length bodies.
// ---------------------------------------------------------------------------------------------------------

struct Limits {
    size_t max_header_bytes = 16 * 1024;
    size_t max_body_bytes = 1024 * 1024;
    int read_timeout_ms = 10000;   // a client that stalls longer mid-request gets 408
    int max_connections = 32;      // concurrent connections; more get 503
};

struct HttpRequest {
    std::string method, path, body;
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
    const std::string* header(const std::string& lower_name) const {
        for (const auto& h : headers)
            if (h.first == lower_name) return &h.second;
        return nullptr;
    }
};

// Why a request could not be read: the HTTP status to answer with (0: the client went away, answer nothing).
struct HttpError {
    int status = 0;
    std::string message;
};

inline const char* status_text(int status) {
    switch (status) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Timeout";
        case 411: return "Length Required";
        case 413: return "Payload Too Large";
        case 415: return "Unsupported Media Type";
        case 431: return "Request Header Fields Too Large";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 503: return "Service Unavailable";
        default: return "Error";
    }
}

inline std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

inline std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// Parses the request line and headers (text before the blank line). Returns false with *err set when malformed.
inline bool parse_head(const std::string& head, HttpRequest* req, HttpError* err) {
    size_t line_end = head.find("\r\n");
    std::string first = head.substr(0, line_end);
    size_t sp1 = first.find(' '), sp2 = first.rfind(' ');
    if (sp1 == std::string::npos || sp2 == sp1) {
        *err = {400, "malformed request line"};
        return false;
    }
    req->method = first.substr(0, sp1);
    req->path = first.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string version = first.substr(sp2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        *err = {400, "unsupported protocol version '" + version + "'"};
        return false;
    }
    if (req->method.empty() || req->path.empty() || req->path[0] != '/' ||
        req->method.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
        *err = {400, "malformed request line"};
        return false;
    }
    size_t q = req->path.find('?');  // the API takes no query parameters
    if (q != std::string::npos) req->path.resize(q);
    size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
    while (pos < head.size()) {
        size_t end = head.find("\r\n", pos);
        if (end == std::string::npos) end = head.size();
        std::string line = head.substr(pos, end - pos);
        pos = end + 2;
        if (line.empty()) continue;
        size_t colon = line.find(':');
        if (colon == std::string::npos || colon == 0 || line[0] == ' ' || line[0] == '\t') {
            *err = {400, "malformed header line"};
            return false;
        }
        req->headers.emplace_back(lower(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
    return true;
}

// Parses a Content-Length value: digits only, at most `limit`. -1 when malformed, -2 when over the limit.
inline long long parse_content_length(const std::string& v, size_t limit) {
    if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) return -1;
    long long n = std::stoll(v);
    return static_cast<size_t>(n) > limit ? -2 : n;
}

// Reads from fd until `need` is satisfied, honouring the timeout. Returns false (err set) on timeout/close.
class Reader {
public:
    Reader(int fd, int timeout_ms) : fd_(fd), timeout_ms_(timeout_ms) {}
    // Appends whatever arrives to buf; false on timeout, error or end of stream.
    bool more(std::string* buf, HttpError* err) {
        pollfd p{fd_, POLLIN, 0};
        int r = ::poll(&p, 1, timeout_ms_);
        if (r == 0) {
            *err = {408, "timed out waiting for the request"};
            return false;
        }
        if (r < 0) {
            *err = {0, "poll failed"};
            return false;
        }
        char chunk[8192];
        ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n <= 0) {
            *err = {0, "client closed the connection"};
            return false;
        }
        buf->append(chunk, static_cast<size_t>(n));
        return true;
    }

private:
    int fd_, timeout_ms_;
};

inline bool read_request(int fd, const Limits& lim, HttpRequest* req, HttpError* err) {
    Reader reader(fd, lim.read_timeout_ms);
    std::string buf;
    size_t head_end;
    while ((head_end = buf.find("\r\n\r\n")) == std::string::npos) {
        if (buf.size() > lim.max_header_bytes) {
            *err = {431, "request headers exceed " + std::to_string(lim.max_header_bytes) + " bytes"};
            return false;
        }
        if (!reader.more(&buf, err)) {
            if (err->status == 0 && !buf.empty()) *err = {400, "incomplete request"};
            return false;
        }
    }
    if (head_end > lim.max_header_bytes) {
        *err = {431, "request headers exceed " + std::to_string(lim.max_header_bytes) + " bytes"};
        return false;
    }
    if (!parse_head(buf.substr(0, head_end), req, err)) return false;
    std::string rest = buf.substr(head_end + 4);
    if (req->header("transfer-encoding")) {
        *err = {501, "chunked request bodies are not supported; send Content-Length"};
        return false;
    }
    const std::string* cl = req->header("content-length");
    long long length = 0;
    if (cl) {
        length = parse_content_length(*cl, lim.max_body_bytes);
        if (length == -1) {
            *err = {400, "malformed Content-Length"};
            return false;
        }
        if (length == -2) {
            *err = {413, "request body exceeds " + std::to_string(lim.max_body_bytes) + " bytes"};
            return false;
        }
    } else if (req->method == "POST") {
        *err = {411, "POST needs a Content-Length"};
        return false;
    }
    size_t want = static_cast<size_t>(length);
    while (rest.size() < want)
        if (!reader.more(&rest, err)) {
            if (err->status == 0) *err = {400, "request body shorter than Content-Length"};
            return false;
        }
    rest.resize(want);  // anything after the body (pipelining) is ignored: one request per connection
    req->body = std::move(rest);
    return true;
}

// Writes all of data; false when the client has gone (no SIGPIPE).
inline bool send_all(int fd, const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

inline bool send_response(int fd, int status, const std::string& body, const std::string& extra_headers = "",
                          const char* content_type = "application/json") {
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + status_text(status) + "\r\n" +
                       "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(body.size()) +
                       "\r\nConnection: close\r\n" + extra_headers + "\r\n";
    return send_all(fd, head + body);
}

// Server-sent events: a header, then one "data: ...\n\n" frame per event.
inline std::string sse_head() {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
}
inline std::string sse_frame(const std::string& data) {
    // A payload line break would end the frame early; JSON payloads have none, but keep frames well-formed anyway.
    std::string out = "data: ";
    for (char c : data) out += c == '\n' ? std::string("\ndata: ") : std::string(1, c);
    return out + "\n\n";
}

}  // namespace srv

namespace srv {

// ---------------------------------------------------------------------------------------------------------
// The listening socket and the connection threads. Routing is the caller's (a Handler per request).
// ---------------------------------------------------------------------------------------------------------

// Answers one request on fd (the connection is closed afterwards).
using Handler = std::function<void(int fd, const HttpRequest& req)>;

class Listener {
public:
    Listener(Limits limits, Handler handler) : limits_(limits), handler_(std::move(handler)) {}
    ~Listener() {
        stop();
        if (fd_ >= 0) ::close(fd_);
    }

    // Binds host:port (port 0: an ephemeral port, see port()).
    er::Status bind(const std::string& host, int port) {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(port));
        if (port < 0 || port > 65535) return er::Status::fail("port " + std::to_string(port) + " is out of range");
        if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
            return er::Status::fail("not an IPv4 address: '" + host + "'");
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) return er::Status::fail(std::string("socket: ") + std::strerror(errno));
        int one = 1;
        ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0)
            return er::Status::fail("cannot listen on " + host + ":" + std::to_string(port) + ": " + std::strerror(errno));
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        return er::Status();
    }
    int port() const { return port_; }

    // Accepts connections until stop(); then waits for the connection threads to finish.
    void serve() {
        while (!stopping_.load()) {
            reap(false);
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;  // wake up regularly to notice stop()
            int client = ::accept(fd_, nullptr, nullptr);
            if (client < 0) continue;
            if (static_cast<int>(workers_.size()) >= limits_.max_connections) reap(false);
            if (static_cast<int>(workers_.size()) >= limits_.max_connections) {
                send_response(client, 503, error_json(503, "too many connections, try again later"));
                ::close(client);
                continue;
            }
            workers_.emplace_back();
            Worker* w = &workers_.back();
            w->thread = std::thread([this, client, w] {
                connection(client);
                w->done.store(true);
            });
        }
        reap(true);
    }
    void stop() { stopping_.store(true); }

    // {"error":{"message":...,"type":...,"code":status}} — the OpenAI error shape.
    static std::string error_json(int status, const std::string& message);

private:
    void connection(int client) {
        HttpRequest req;
        HttpError err;
        if (read_request(client, limits_, &req, &err))
            handler_(client, req);
        else if (err.status != 0)
            send_response(client, err.status, error_json(err.status, err.message));
        ::shutdown(client, SHUT_WR);
        ::close(client);
    }

    struct Worker {
        std::thread thread;
        std::atomic<bool> done{false};
    };
    // Joins finished connection threads (all of them when `all`), so their stacks are released.
    void reap(bool all) {
        for (auto it = workers_.begin(); it != workers_.end();) {
            if (all || it->done.load()) {
                it->thread.join();
                it = workers_.erase(it);
            } else {
                ++it;
            }
        }
    }

    Limits limits_;
    Handler handler_;
    int fd_ = -1, port_ = 0;
    std::atomic<bool> stopping_{false};
    std::list<Worker> workers_;  // only the serve() thread touches the list
};

}  // namespace srv

namespace srv {

// ---------------------------------------------------------------------------------------------------------
// The OpenAI chat API on top of a ChatBackend (the model, or a stand-in in tests).
// ---------------------------------------------------------------------------------------------------------

struct ChatCall {
    std::vector<er::gen::Message> messages;
    er::gen::Options options;
    bool stream = false;
};

class ChatBackend {
public:
    virtual ~ChatBackend() = default;
    virtual std::string model_id() const = 0;
    // Generates the reply; on_piece returns false when the client has gone (stop generating).
    virtual er::Result<er::gen::Output> complete(const ChatCall& call, const er::gen::OnPiece& on_piece) = 0;
};

std::string Listener::error_json(int status, const std::string& message) {
    er::json::Value err = er::json::Value::object();
    err.set("message", message);
    err.set("type", status >= 500 ? "server_error" : "invalid_request_error");
    err.set("code", status);
    er::json::Value body = er::json::Value::object();
    body.set("error", std::move(err));
    return er::json::dump(body);
}

inline std::string number_text(double x) { return er::json::dump(er::json::Value(x)); }

// Reads an optional number member within [lo, hi]; false (err set) when present but wrong.
inline bool read_number(const er::json::Value& obj, const char* key, double lo, double hi, double* out, HttpError* err) {
    const er::json::Value* v = obj.find(key);
    if (!v || v->is_null()) return true;
    if (!v->is_number() || v->as_number() < lo || v->as_number() > hi) {
        *err = {400, std::string("'") + key + "' must be a number in [" + number_text(lo) + ", " + number_text(hi) + "]"};
        return false;
    }
    *out = v->as_number();
    return true;
}

// Text of a message's content: a string, or an array of {"type":"text","text":...} parts.
inline bool message_text(const er::json::Value& content, size_t index, std::string* out, HttpError* err) {
    if (content.is_null()) return true;
    if (content.is_string()) {
        *out = content.as_string();
        return true;
    }
    if (content.is_array()) {
        for (const er::json::Value& part : content.items()) {
            if (!part.is_object() || part["type"].as_string() != "text" || !part["text"].is_string()) {
                *err = {400, "messages[" + std::to_string(index) + "].content: only text parts are supported"};
                return false;
            }
            *out += part["text"].as_string();
        }
        return true;
    }
    *err = {400, "messages[" + std::to_string(index) + "].content must be a string or an array of text parts"};
    return false;
}

// Validates a /v1/chat/completions body and turns it into a ChatCall.
inline bool parse_chat_call(const std::string& body, ChatCall* call, HttpError* err) {
    er::Result<er::json::Value> doc = er::json::parse(body, 64);
    if (!doc.ok()) {
        *err = {400, "invalid JSON: " + doc.message()};
        return false;
    }
    const er::json::Value& req = *doc;
    if (!req.is_object()) {
        *err = {400, "the request body must be a JSON object"};
        return false;
    }
    const er::json::Value& msgs = req["messages"];
    if (!msgs.is_array() || msgs.size() == 0) {
        *err = {400, "'messages' must be a non-empty array"};
        return false;
    }
    for (size_t i = 0; i < msgs.size(); ++i) {
        const er::json::Value& m = msgs[i];
        const std::string& role = m["role"].as_string();
        if (!m.is_object() || (role != "system" && role != "user" && role != "assistant" && role != "tool" &&
                               role != "developer")) {
            *err = {400, "messages[" + std::to_string(i) + "] needs a role: system, user, assistant or tool"};
            return false;
        }
        er::gen::Message msg{role == "developer" ? "system" : role, ""};
        if (!message_text(m["content"], i, &msg.content, err)) return false;
        call->messages.push_back(std::move(msg));
    }
    const er::json::Value& stream = req["stream"];
    if (!stream.is_null() && !stream.is_bool()) {
        *err = {400, "'stream' must be true or false"};
        return false;
    }
    call->stream = stream.as_bool();
    const er::json::Value& n = req["n"];
    if (!n.is_null() && (!n.is_int() || n.as_int() != 1)) {
        *err = {400, "only 'n': 1 is supported"};
        return false;
    }
    er::sample::Params& sp = call->options.sampling;
    double max_tokens = -1, temperature = 1.0, top_p = 1.0, top_k = 0, min_p = 0, presence = 0, frequency = 0, seed = 0;
    double completion_tokens = -1;
    if (!read_number(req, "max_tokens", 1, 1e9, &max_tokens, err) ||
        !read_number(req, "max_completion_tokens", 1, 1e9, &completion_tokens, err) ||
        !read_number(req, "temperature", 0, 2, &temperature, err) || !read_number(req, "top_p", 0, 1, &top_p, err) ||
        !read_number(req, "top_k", 0, 1e9, &top_k, err) || !read_number(req, "min_p", 0, 1, &min_p, err) ||
        !read_number(req, "presence_penalty", -2, 2, &presence, err) ||
        !read_number(req, "frequency_penalty", -2, 2, &frequency, err) ||
        !read_number(req, "seed", -9.2e18, 9.2e18, &seed, err))
        return false;
    call->options.max_tokens = static_cast<int>(completion_tokens > 0 ? completion_tokens : max_tokens);
    sp.temperature = static_cast<float>(temperature);
    sp.top_p = top_p > 0 ? static_cast<float>(top_p) : 1.0f;
    sp.top_k = static_cast<int>(top_k);
    sp.min_p = static_cast<float>(min_p);
    sp.presence_penalty = static_cast<float>(presence);
    sp.frequency_penalty = static_cast<float>(frequency);
    sp.seed = static_cast<uint64_t>(req["seed"].as_int());
    const er::json::Value& stop = req["stop"];
    if (stop.is_string()) {
        call->options.stop.push_back(stop.as_string());
    } else if (stop.is_array() && stop.size() <= 4) {
        for (const er::json::Value& s : stop.items()) {
            if (!s.is_string()) {
                *err = {400, "'stop' must be a string or an array of up to 4 strings"};
                return false;
            }
            call->options.stop.push_back(s.as_string());
        }
    } else if (!stop.is_null()) {
        *err = {400, "'stop' must be a string or an array of up to 4 strings"};
        return false;
    }
    return true;
}

inline const char* finish_reason(er::gen::StopReason r) {
    return r == er::gen::StopReason::MaxTokens || r == er::gen::StopReason::ContextFull ? "length" : "stop";
}

// Routes requests to the API. Thread-safe: the backend serialises generation.
class Api {
public:
    explicit Api(ChatBackend& backend) : backend_(backend) {}

    void handle(int fd, const HttpRequest& req) {
        if (req.path == "/v1/chat/completions") {
            if (req.method != "POST") return method_not_allowed(fd, "POST");
            return chat(fd, req);
        }
        if (req.path == "/v1/models") {
            if (req.method != "GET") return method_not_allowed(fd, "GET");
            er::json::Value model = er::json::Value::object();
            model.set("id", backend_.model_id());
            model.set("object", "model");
            model.set("created", static_cast<int64_t>(std::time(nullptr)));
            model.set("owned_by", "edgerunner");
            er::json::Value list = er::json::Value::object();
            list.set("object", "list");
            list.set("data", er::json::Value::array({std::move(model)}));
            send_response(fd, 200, er::json::dump(list));
            return;
        }
        if (req.path == "/health") {
            if (req.method != "GET") return method_not_allowed(fd, "GET");
            send_response(fd, 200, "{\"status\":\"ok\"}");
            return;
        }
        send_response(fd, 404, Listener::error_json(404, "no such endpoint: " + req.path));
    }

private:
    void method_not_allowed(int fd, const char* allowed) {
        send_response(fd, 405, Listener::error_json(405, std::string("method not allowed; use ") + allowed),
                      std::string("Allow: ") + allowed + "\r\n");
    }

    er::json::Value chunk_base(const std::string& id, int64_t created) const {
        er::json::Value v = er::json::Value::object();
        v.set("id", id);
        v.set("object", "chat.completion.chunk");
        v.set("created", created);
        v.set("model", backend_.model_id());
        return v;
    }

    er::json::Value stream_chunk(const std::string& id, int64_t created, er::json::Value delta, const char* finish) const {
        er::json::Value choice = er::json::Value::object();
        choice.set("index", 0);
        choice.set("delta", std::move(delta));
        choice.set("finish_reason", finish ? er::json::Value(finish) : er::json::Value());
        er::json::Value v = chunk_base(id, created);
        v.set("choices", er::json::Value::array({std::move(choice)}));
        return v;
    }

    void chat(int fd, const HttpRequest& req) {
        const std::string* type = req.header("content-type");
        if (type && type->find("json") == std::string::npos) {
            send_response(fd, 415, Listener::error_json(415, "Content-Type must be application/json"));
            return;
        }
        ChatCall call;
        HttpError err;
        if (!parse_chat_call(req.body, &call, &err)) {
            send_response(fd, err.status, Listener::error_json(err.status, err.message));
            return;
        }
        const std::string id = "chatcmpl-" + std::to_string(next_id_.fetch_add(1));
        const int64_t created = static_cast<int64_t>(std::time(nullptr));
        if (!call.stream) {
            er::Result<er::gen::Output> out = backend_.complete(call, nullptr);
            if (!out.ok()) {
                send_response(fd, 500, Listener::error_json(500, out.message()));
                return;
            }
            er::json::Value message = er::json::Value::object();
            message.set("role", "assistant");
            message.set("content", out->text);
            er::json::Value choice = er::json::Value::object();
            choice.set("index", 0);
            choice.set("message", std::move(message));
            choice.set("finish_reason", finish_reason(out->stop));
            er::json::Value usage = er::json::Value::object();
            usage.set("prompt_tokens", static_cast<int64_t>(out->n_prompt));
            usage.set("completion_tokens", static_cast<int64_t>(out->tokens.size()));
            usage.set("total_tokens", static_cast<int64_t>(out->n_prompt + out->tokens.size()));
            er::json::Value body = er::json::Value::object();
            body.set("id", id);
            body.set("object", "chat.completion");
            body.set("created", created);
            body.set("model", backend_.model_id());
            body.set("choices", er::json::Value::array({std::move(choice)}));
            body.set("usage", std::move(usage));
            send_response(fd, 200, er::json::dump(body));
            return;
        }
        er::json::Value role = er::json::Value::object();
        role.set("role", "assistant");
        role.set("content", "");
        bool connected = send_all(fd, sse_head()) &&
                         send_all(fd, sse_frame(er::json::dump(stream_chunk(id, created, std::move(role), nullptr))));
        if (!connected) return;
        er::Result<er::gen::Output> out = backend_.complete(call, [&](std::string_view piece) {
            er::json::Value delta = er::json::Value::object();
            delta.set("content", piece);
            connected = connected && send_all(fd, sse_frame(er::json::dump(stream_chunk(id, created, std::move(delta), nullptr))));
            return connected;
        });
        if (!connected) return;
        if (!out.ok()) {
            send_all(fd, sse_frame(Listener::error_json(500, out.message())));
        } else {
            send_all(fd, sse_frame(er::json::dump(stream_chunk(id, created, er::json::Value::object(), finish_reason(out->stop)))));
        }
        send_all(fd, sse_frame("[DONE]"));
    }

    ChatBackend& backend_;
    std::atomic<uint64_t> next_id_{1};
};

// The model behind a mutex: one generation at a time on one chat session, whose KV cache is reused when a
// client resends a conversation that starts like the previous one.
class ModelBackend : public ChatBackend {
public:
    ModelBackend(er::gen::Chat chat, std::string id) : chat_(std::move(chat)), id_(std::move(id)) {}
    std::string model_id() const override { return id_; }
    er::Result<er::gen::Output> complete(const ChatCall& call, const er::gen::OnPiece& on_piece) override {
        std::lock_guard<std::mutex> lock(mu_);
        return chat_.respond(call.messages, call.options, on_piece);
    }

private:
    std::mutex mu_;
    er::gen::Chat chat_;
    std::string id_;
};

}  // namespace srv

#ifndef EDGERUNNER_SERVER_NO_MAIN
#include "cli/cli.h"

namespace {
srv::Listener* g_listener = nullptr;
extern "C" void on_signal(int) {
    if (g_listener) g_listener->stop();  // only sets an atomic flag
}
}  // namespace

int main(int argc, char** argv) {
    cli::Args args(argc - 1, argv + 1);
    const std::string path = args.value({"-m", "--model"});
    const std::string host = args.value({"--host"}, "127.0.0.1");
    const int port = static_cast<int>(args.integer({"--port"}, 8080));
    er::SessionOptions sopt;
    sopt.n_ctx = static_cast<int32_t>(args.integer({"-c", "--ctx"}, 4096));
    sopt.n_threads = static_cast<int>(args.integer({"-t", "--threads"}, 0));
    srv::Limits limits;
    limits.max_body_bytes = static_cast<size_t>(args.integer({"--max-body"}, static_cast<long long>(limits.max_body_bytes)));
    if (!args.error().empty()) return cli::fail(args.error());
    if (path.empty()) return cli::fail("usage: server -m MODEL.gguf [--host 127.0.0.1] [--port 8080] [--ctx N] [--threads N]");
    er::Result<er::Model> model = er::Model::load(path);
    if (!model.ok()) return cli::fail("cannot load the model: " + model.message());
    if (model->info().n_ctx_train > 0 && sopt.n_ctx > model->info().n_ctx_train) sopt.n_ctx = model->info().n_ctx_train;
    er::Result<er::gen::Chat> chat = er::gen::Chat::create(*model, sopt);
    if (!chat.ok()) return cli::fail(chat.message());
    if (chat->uses_fallback_template()) std::fprintf(stderr, "note: the model has no chat template; using ChatML\n");
    std::string id = model->info().name.empty() ? path.substr(path.find_last_of('/') + 1) : model->info().name;
    srv::ModelBackend backend(std::move(*chat), id);
    srv::Api api(backend);
    srv::Listener listener(limits, [&api](int fd, const srv::HttpRequest& req) { api.handle(fd, req); });
    er::Status s = listener.bind(host, port);
    if (!s.ok()) return cli::fail(s.message());
    g_listener = &listener;
    ::signal(SIGINT, on_signal);
    ::signal(SIGTERM, on_signal);
    std::fprintf(stderr, "serving %s on http://%s:%d (Ctrl-C stops)\n", id.c_str(), host.c_str(), listener.port());
    listener.serve();
    return 0;
}
#endif
