#ifndef WHMCS_CREDENTIALS_HPP
#define WHMCS_CREDENTIALS_HPP

/// How a request proves who sends it. WHMCS accepts API credentials
/// (`identifier` + `secret`, WHMCS 7.2 and later, recommended) or, on old
/// installations, an admin `username` + the MD5 hex digest of the admin
/// password; either may carry an `accesskey`, which lets the request past the
/// server's IP allow-list (it does not replace the credentials).
///
/// \code
///   auto creds = whmcs::credentials::api(getenv("WHMCS_IDENTIFIER"), getenv("WHMCS_SECRET"));
///   creds.set_access_key("...");
/// \endcode
///
/// Redaction: nothing in this library prints, logs or puts into an exception
/// message any of these values. The only way to read them back is
/// for_each_parameter(), which the form encoder uses; operator<< prints
/// placeholders.

#include <whmcs/error.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace whmcs {

/// Authentication parameters for every request of a client.
class credentials {
public:
    /// Which of WHMCS's two schemes the credentials use.
    enum class scheme {
        api_key,    ///< `identifier` + `secret`
        admin_md5,  ///< legacy: admin `username` + MD5 hex digest of the password
    };

    /// API credentials (Setup > Staff Management > Manage API Credentials).
    /// Throws request_error when either is empty.
    static credentials api(std::string identifier, std::string secret) {
        if (identifier.empty() || secret.empty()) {
            throw request_error("credentials: the API identifier and secret must not be empty");
        }
        return credentials(scheme::api_key, std::move(identifier), std::move(secret));
    }

    /// Legacy admin login. `password_md5_hex` is the MD5 digest of the admin
    /// password as 32 hex digits (the caller hashes: this library has no MD5,
    /// and the plain password never needs to reach it). Throws request_error
    /// when the username is empty or the digest is not 32 hex digits; the
    /// message never quotes the value.
    static credentials admin_md5(std::string username, std::string password_md5_hex) {
        if (username.empty())
            throw request_error("credentials: the admin username must not be empty");
        if (password_md5_hex.size() != 32) {
            throw request_error(
                "credentials: the admin password must be given as its MD5 hex digest (32 hex "
                "digits)");
        }
        for (char& c : password_md5_hex) {
            const bool digit = c >= '0' && c <= '9';
            const bool lower = c >= 'a' && c <= 'f';
            const bool upper = c >= 'A' && c <= 'F';
            if (!digit && !lower && !upper) {
                throw request_error(
                    "credentials: the admin password digest holds a character that is not a hex "
                    "digit");
            }
            // PHP's md5() writes lower case, which is what WHMCS compares with.
            if (upper) c = static_cast<char>(c - 'A' + 'a');
        }
        return credentials(scheme::admin_md5, std::move(username), std::move(password_md5_hex));
    }

    /// Adds (or with an empty `key`, removes) the `accesskey` parameter.
    credentials& set_access_key(std::string key) {
        if (key.empty()) {
            access_key_.reset();
        } else {
            access_key_ = std::move(key);
        }
        return *this;
    }

    scheme kind() const noexcept { return scheme_; }
    bool has_access_key() const noexcept { return access_key_.has_value(); }

    /// Calls `emit(name, value)` for each authentication parameter, in the
    /// order they are sent: identifier/secret or username/password, then
    /// accesskey. This is the one place the secret values leave the object.
    template <class Emit>
    void for_each_parameter(Emit&& emit) const {
        if (scheme_ == scheme::api_key) {
            emit(std::string_view("identifier"), std::string_view(user_));
            emit(std::string_view("secret"), std::string_view(secret_));
        } else {
            emit(std::string_view("username"), std::string_view(user_));
            emit(std::string_view("password"), std::string_view(secret_));
        }
        if (access_key_) emit(std::string_view("accesskey"), std::string_view(*access_key_));
    }

    /// `text` with every occurrence of the identifier, the secret or password
    /// digest and the access key (as they are and URL-encoded) replaced by
    /// `<redacted>`. The admin username is left: it is no secret, and common
    /// words ("admin") would garble messages. whmcs::client passes what a
    /// server sends back through this before it reaches an exception or the
    /// notes, as a server or proxy page may quote the request.
    std::string redact(std::string text) const {
        auto hide = [&text](const std::string& value) {
            constexpr std::string_view mark = "<redacted>";
            if (value.empty()) return;
            for (std::size_t at = text.find(value); at != std::string::npos;
                 at = text.find(value, at + mark.size())) {
                text.replace(at, value.size(), mark);
            }
        };
        for (const std::string* value : {&user_, &secret_, access_key_ ? &*access_key_ : nullptr}) {
            if (!value || (value == &user_ && scheme_ != scheme::api_key)) continue;
            hide(*value);
            hide(url_encoded(*value));
        }
        return text;
    }

    /// Prints the scheme and placeholders, never the values:
    /// `whmcs::credentials{api_key, identifier=<redacted>, secret=<redacted>}`.
    friend std::ostream& operator<<(std::ostream& os, const credentials& c) {
        if (c.scheme_ == scheme::api_key) {
            os << "whmcs::credentials{api_key, identifier=<redacted>, secret=<redacted>";
        } else {
            os << "whmcs::credentials{admin_md5, username=<redacted>, password=<redacted>";
        }
        if (c.access_key_) os << ", accesskey=<redacted>";
        return os << '}';
    }

private:
    // As whmcs::form::url_encode (which includes this header).
    static std::string url_encoded(const std::string& value) {
        static constexpr char hex[] = "0123456789ABCDEF";
        std::string out;
        for (const char c : value) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '.') {
                out += c;
            } else if (c == ' ') {
                out += '+';
            } else {
                out += '%';
                out += hex[static_cast<unsigned char>(c) >> 4];
                out += hex[static_cast<unsigned char>(c) & 0xF];
            }
        }
        return out;
    }

    credentials(scheme s, std::string user, std::string secret)
        : scheme_(s), user_(std::move(user)), secret_(std::move(secret)) {}

    scheme scheme_;
    std::string user_;    // identifier or admin username
    std::string secret_;  // secret or MD5 hex digest
    std::optional<std::string> access_key_;
};

}  // namespace whmcs

#endif
