#ifndef WHMCS_TRANSPORT_CURL_HPP
#define WHMCS_TRANSPORT_CURL_HPP

/// An http_transport on libcurl. Link the target whmcs::bind_curl (defined
/// when CMake finds libcurl), or whmcs::bind plus CURL::libcurl.
///
/// \code
///   whmcs::curl_options o;
///   o.total_timeout = std::chrono::seconds(20);
///   auto transport = std::make_shared<whmcs::curl_transport>(o);
/// \endcode
///
/// Defaults: TLS certificates and host names are verified; 10 s to connect,
/// 60 s in all; User-Agent `whmcs-bind/<version>`; redirects are not
/// followed (a POST must not be replayed elsewhere); only http and https.

#include <whmcs/error.hpp>
#include <whmcs/transport.hpp>
#include <whmcs/version.hpp>

#include <curl/curl.h>

#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>

namespace whmcs {

/// Settings of a curl_transport; each default is the safe choice.
struct curl_options {
    /// Longest wait for the connection (TCP and TLS handshake).
    std::chrono::milliseconds connect_timeout = std::chrono::seconds(10);
    /// Longest wait for the whole exchange, connection included.
    std::chrono::milliseconds total_timeout = std::chrono::seconds(60);
    /// Turns off TLS certificate and host-name verification. Only for a test
    /// server with a self-signed certificate: with it, anyone on the path can
    /// read the credentials.
    bool insecure_disable_tls_verification = false;
    /// A CA bundle (PEM) to verify the server with; empty: the system's.
    std::string ca_file;
    /// The User-Agent header.
    std::string user_agent = "whmcs-bind/" WHMCS_BIND_VERSION_STRING;
    /// Larger answers fail with transport_error (a 2,000-reply ticket is about 3 MB).
    std::size_t max_answer_size = std::size_t{64} << 20;
};

namespace detail {

/// curl_global_init() once per process, before the first handle; its
/// cleanup at exit.
struct curl_global {
    curl_global() {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            throw transport_error("libcurl could not be initialized");
        }
    }
    ~curl_global() { curl_global_cleanup(); }
    curl_global(const curl_global&) = delete;
    curl_global& operator=(const curl_global&) = delete;

    static void ensure() { static const curl_global instance; }
};

struct curl_easy_deleter {
    void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
struct curl_slist_deleter {
    void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};

struct curl_sink {
    std::string body;
    std::size_t limit = 0;
    bool too_large = false;

    static std::size_t write(char* data, std::size_t size, std::size_t count, void* self) {
        auto& sink = *static_cast<curl_sink*>(self);
        const std::size_t n = size * count;
        if (sink.body.size() + n > sink.limit) {
            sink.too_large = true;
            return 0;  // makes curl fail with CURLE_WRITE_ERROR
        }
        sink.body.append(data, n);
        return n;
    }
};

}  // namespace detail

/// POSTs over libcurl. One handle is kept and reused, so connections stay
/// open between calls; calls on one curl_transport are serialized (use one
/// transport per thread for parallel calls).
class curl_transport final : public http_transport {
public:
    /// Throws transport_error when libcurl cannot be initialized.
    explicit curl_transport(curl_options options = {}) : options_(std::move(options)) {
        detail::curl_global::ensure();
        handle_.reset(curl_easy_init());
        if (!handle_) throw transport_error("libcurl could not create a handle");
    }
    curl_transport(const curl_transport&) = delete;
    curl_transport& operator=(const curl_transport&) = delete;

    const curl_options& options() const noexcept { return options_; }

    /// POSTs `form_body` to `url`; returns the status and body of any answer.
    /// Throws transport_error when none came back: the message names the
    /// URL (redacted, see redact_url()) and curl's reason, never the body.
    http_answer post(const std::string& url, const std::string& form_body) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        CURL* h = handle_.get();
        curl_easy_reset(h);  // keeps the connection cache, drops the last call's settings

        std::unique_ptr<curl_slist, detail::curl_slist_deleter> headers;
        for (const char* line : {"Content-Type: application/x-www-form-urlencoded",
                                 "Accept: application/json", "Expect:"}) {
            curl_slist* grown = curl_slist_append(headers.get(), line);
            if (!grown) throw transport_error("libcurl: out of memory");
            // curl_slist_append extended the old list in place: `grown` owns it now.
            static_cast<void>(headers.release());
            headers.reset(grown);
        }
        detail::curl_sink sink;
        sink.limit = options_.max_answer_size;
        char reason[CURL_ERROR_SIZE] = {};
        const bool verify = !options_.insecure_disable_tls_verification;

        bool ok = set(h, CURLOPT_ERRORBUFFER, reason) && set(h, CURLOPT_URL, url.c_str()) &&
                  set(h, CURLOPT_POST, 1L) && set(h, CURLOPT_POSTFIELDS, form_body.data()) &&
                  set(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form_body.size())) &&
                  set(h, CURLOPT_HTTPHEADER, headers.get()) &&
                  set(h, CURLOPT_USERAGENT, options_.user_agent.c_str()) &&
                  set(h, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(options_.connect_timeout)) &&
                  set(h, CURLOPT_TIMEOUT_MS, milliseconds(options_.total_timeout)) &&
                  // Timeouts must not use signals: the caller may run threads.
                  set(h, CURLOPT_NOSIGNAL, 1L) && set(h, CURLOPT_FOLLOWLOCATION, 0L) &&
                  set(h, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L) &&
                  set(h, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L) &&
                  set(h, CURLOPT_ACCEPT_ENCODING, "") &&  // gzip: large tickets shrink ~10x
                  set(h, CURLOPT_WRITEFUNCTION, &detail::curl_sink::write) &&
                  set(h, CURLOPT_WRITEDATA, static_cast<void*>(&sink));
#if LIBCURL_VERSION_NUM >= 0x075500  // 7.85: CURLOPT_PROTOCOLS_STR replaces CURLOPT_PROTOCOLS
        ok = ok && set(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
        ok = ok && set(h, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
        if (ok && !options_.ca_file.empty()) ok = set(h, CURLOPT_CAINFO, options_.ca_file.c_str());
        if (!ok) throw transport_error("POST " + redact_url(url) + ": libcurl rejected an option");

        const CURLcode code = curl_easy_perform(h);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, static_cast<char*>(nullptr));
        if (code != CURLE_OK) throw failure(url, code, reason, sink.too_large);

        long status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        return http_answer{static_cast<int>(status), std::move(sink.body)};
    }

private:
    template <class Value>
    static bool set(CURL* h, CURLoption option, Value value) {
        return curl_easy_setopt(h, option, value) == CURLE_OK;
    }
    static long milliseconds(std::chrono::milliseconds ms) {
        return static_cast<long>(ms.count());
    }

    transport_error failure(const std::string& url, CURLcode code, const char* reason,
                            bool too_large) const {
        std::string text = "POST " + redact_url(url) + " failed: ";
        if (too_large) {
            text += "the answer exceeds " + std::to_string(options_.max_answer_size) + " bytes";
        } else if (code == CURLE_OPERATION_TIMEDOUT) {
            text += "timed out (connect timeout " +
                    std::to_string(options_.connect_timeout.count()) + " ms, total timeout " +
                    std::to_string(options_.total_timeout.count()) + " ms)";
        } else {
            // curl's reasons name hosts, ports and TLS problems; the body is
            // never part of them.
            text += reason[0] != '\0' ? std::string(reason) : std::string(curl_easy_strerror(code));
        }
        text += " (curl error " + std::to_string(static_cast<int>(code)) + ")";
        return transport_error(text);
    }

    curl_options options_;
    std::unique_ptr<CURL, detail::curl_easy_deleter> handle_;
    std::mutex mutex_;
};

}  // namespace whmcs

#endif
