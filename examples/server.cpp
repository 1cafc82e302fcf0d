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
        if (port < 0 || port > 65535) return er::Status::fail(er::strf("port %d is out of range", port));
        if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
            return er::Status::fail("not an IPv4 address: '" + host + "'");
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) return er::Status::fail(er::strf("socket: %s", std::strerror(errno)));
        int one = 1;
        ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0)
            return er::Status::fail(er::strf("cannot listen on %s:%d: %s", host.c_str(), port, std::strerror(errno)));
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
