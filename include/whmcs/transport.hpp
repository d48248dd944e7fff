#ifndef WHMCS_TRANSPORT_HPP
#define WHMCS_TRANSPORT_HPP

/// The one thing whmcs::client needs from an HTTP library: POST a form body,
/// get back the status and the body. whmcs/transport/curl.hpp provides one
/// on libcurl; plug in another (your application's HTTP stack, a recorder
/// for tests) by deriving from http_transport.
///
/// \code
///   struct my_transport : whmcs::http_transport {
///       whmcs::http_answer post(const std::string& url, const std::string& body) override {
///           auto r = my_http.post(url, "application/x-www-form-urlencoded", body);
///           return {r.status, r.text};
///       }
///   };
/// \endcode

#include <string>
#include <string_view>

namespace whmcs {

/// What came back from the server: any HTTP status, with its body.
struct http_answer {
    int status = 0;    ///< HTTP status code (200, 403, ...)
    std::string body;  ///< the body, as received
};

/// Delivers a request to WHMCS. Implementations must not put the body (it
/// holds the credentials) or the URL's user information into an exception
/// message or a log.
class http_transport {
public:
    virtual ~http_transport() = default;

    /// POSTs `form_body` to `url` as application/x-www-form-urlencoded and
    /// returns the answer, whatever its status. Throws transport_error when
    /// no complete answer came back (DNS, connection, TLS, timeout).
    virtual http_answer post(const std::string& url, const std::string& form_body) = 0;
};

/// `url` fit for messages: user information (`user:password@`), the query
/// and the fragment are replaced by `…`, as they may hold secrets.
/// "https://u:p@example.com/includes/api.php?accesskey=x" →
/// "https://…@example.com/includes/api.php?…".
inline std::string redact_url(std::string_view url) {
    std::string out;
    const std::size_t scheme_end = url.find("://");
    std::size_t host_start = 0;
    if (scheme_end != std::string_view::npos) {
        host_start = scheme_end + 3;
        out.append(url.substr(0, host_start));
    }
    std::string_view rest = url.substr(host_start);
    const std::size_t authority_end = rest.find_first_of("/?#");
    const std::size_t at = rest.substr(0, authority_end).rfind('@');
    if (at != std::string_view::npos) {
        out += "…@";
        rest.remove_prefix(at + 1);
    }
    const std::size_t query = rest.find_first_of("?#");
    out.append(rest.substr(0, query));
    if (query != std::string_view::npos) {
        out += rest[query];
        out += "…";
    }
    return out;
}

}  // namespace whmcs

#endif
