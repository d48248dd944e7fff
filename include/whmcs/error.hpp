#ifndef WHMCS_ERROR_HPP
#define WHMCS_ERROR_HPP

/// The exceptions of whmcs-bind. Every one derives from whmcs::error (and so
/// from std::exception). No message ever contains credentials.

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace whmcs {

/// Base of every exception this library throws.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Why a text could not be decoded into the requested type.
enum class decode_errc {
    empty_input,     ///< the text is empty or only white space
    not_json,        ///< the text is not JSON at all (an HTML page, XML, `key=value;` text)
    syntax,          ///< JSON syntax error at offset()
    invalid_utf8,    ///< a string is not valid UTF-8 (or holds a lone surrogate escape)
    too_deep,        ///< nesting exceeds decode_options::max_depth
    too_large,       ///< the text exceeds decode_options::max_input_size
    type_mismatch,   ///< the JSON type cannot become the C++ type (an object for an integer)
    invalid_value,   ///< the type fits but the content does not ("12abc" for an integer)
    out_of_range,    ///< a number or date that does not fit (integer overflow, month 13)
    missing_member,  ///< a required member is absent or null
    unknown_member,  ///< a key the type does not have, with unknown_keys::reject
};

/// A short name for a decode_errc ("type_mismatch").
constexpr std::string_view to_string(decode_errc code) noexcept {
    switch (code) {
        case decode_errc::empty_input:
            return "empty_input";
        case decode_errc::not_json:
            return "not_json";
        case decode_errc::syntax:
            return "syntax";
        case decode_errc::invalid_utf8:
            return "invalid_utf8";
        case decode_errc::too_deep:
            return "too_deep";
        case decode_errc::too_large:
            return "too_large";
        case decode_errc::type_mismatch:
            return "type_mismatch";
        case decode_errc::invalid_value:
            return "invalid_value";
        case decode_errc::out_of_range:
            return "out_of_range";
        case decode_errc::missing_member:
            return "missing_member";
        case decode_errc::unknown_member:
            return "unknown_member";
    }
    return "unknown";
}

/// Writes the short name of `code`.
inline std::ostream& operator<<(std::ostream& out, decode_errc code) {
    return out << to_string(code);
}

/// Everything known about the first error met while decoding (the first
/// error wins: decoding stops there).
struct decode_error_info {
    decode_errc code = decode_errc::syntax;
    std::string path;           ///< JSON Pointer to the offending value: "/replies/reply/1/replyid"
    std::string expected;       ///< what the type needed: "integer", "object", "a key 'reply'"
    std::string found;          ///< what was there: `string "12abc"`, "end of input"
    std::size_t offset = npos;  ///< byte offset into the text for syntax-level errors, else npos

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// "at /replies/reply/1/replyid: expected integer, found string \"12abc\"".
    std::string message() const {
        std::string text = "at ";
        text += path.empty() ? std::string_view("(root)") : std::string_view(path);
        if (offset != npos) {
            text += " (byte ";
            text += std::to_string(offset);
            text += ')';
        }
        text += ": ";
        text += to_string(code);
        if (!expected.empty()) {
            text += ": expected ";
            text += expected;
        }
        if (!found.empty()) {
            text += expected.empty() ? ": found " : ", found ";
            text += found;
        }
        return text;
    }
};

/// The text could not be decoded into the requested type.
class decode_error : public error {
public:
    explicit decode_error(decode_error_info info) : error(info.message()), info_(std::move(info)) {}

    decode_errc code() const noexcept { return info_.code; }
    /// JSON Pointer into the input ("" for the root).
    const std::string& path() const noexcept { return info_.path; }
    const std::string& expected() const noexcept { return info_.expected; }
    const std::string& found() const noexcept { return info_.found; }
    /// Byte offset of a syntax-level error, or decode_error_info::npos.
    std::size_t offset() const noexcept { return info_.offset; }
    const decode_error_info& info() const noexcept { return info_; }

private:
    decode_error_info info_;
};

/// A request that breaks a rule of its action (a constraint from the schema, an
/// enum value outside its enumerators); thrown before anything is sent.
class request_error : public error {
public:
    using error::error;
};

/// The server answered with an error envelope ({"result":"error","message":...})
/// or an HTTP error status; message() is the server's text.
class api_error : public error {
public:
    api_error(std::string message, int http_status = 200)
        : error(describe(message, http_status)),
          message_(std::move(message)),
          http_status_(http_status) {}

    /// The server's message, such as "Ticket ID Not Found".
    const std::string& message() const noexcept { return message_; }
    /// The HTTP status of the answer (200 for business errors, 403 for authentication).
    int http_status() const noexcept { return http_status_; }

private:
    static std::string describe(const std::string& message, int http_status) {
        std::string text = "WHMCS API error";
        if (http_status != 200) text += " (HTTP " + std::to_string(http_status) + ")";
        return text + ": " + message;
    }

    std::string message_;
    int http_status_;
};

/// The request could not be delivered or no complete answer came back
/// (connection refused, TLS failure, timeout).
class transport_error : public error {
public:
    using error::error;
};

}  // namespace whmcs

#endif
