#ifndef WHMCS_FORM_ENCODE_HPP
#define WHMCS_FORM_ENCODE_HPP

/// Request structs as application/x-www-form-urlencoded POST bodies, built
/// the way PHP's http_build_query() builds them (WHMCS parses them with PHP):
///
/// - keys and values percent-encoded per RFC 1738: `A-Z a-z 0-9 - _ .` stay,
///   a space becomes `+`, every other byte `%XX` with upper-case hex. So no
///   value can end its parameter or start another (`1&action=DeleteTicket`
///   travels as `1%26action%3DDeleteTicket`);
/// - unset optionals and empty lists are left out (PHP drops null and []);
/// - bool as `1`/`0`, integers in decimal, decimals and dates as their text,
///   enums by wire value;
/// - lists as `key[0]=...&key[1]=...`, maps and nested structs as
///   `key[name]=...` (the brackets themselves percent-encoded, as PHP does).
///
/// \code
///   whmcs::api::get_ticket::request r;
///   r.ticketid = 1;
///   std::string body = whmcs::form::encode(r, creds);
///   // "ticketid=1&action=GetTicket&responsetype=json&identifier=...&secret=..."
/// \endcode

#include <whmcs/credentials.hpp>
#include <whmcs/detail/traits.hpp>
#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/meta.hpp>
#include <whmcs/types.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace whmcs::form {

/// Appends `text` percent-encoded as PHP's urlencode() does (RFC 1738 with
/// `+` for space).
inline void append_url_encoded(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (unreserved) {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
}

/// `text` percent-encoded as PHP's urlencode() does: `a b&c` → `a+b%26c`.
inline std::string url_encode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_url_encoded(out, text);
    return out;
}

/// Parameter names the encoder adds itself; a request member may not use them.
inline constexpr std::string_view reserved_keys[] = {
    "action", "responsetype", "identifier", "secret", "username", "password", "accesskey"};

namespace detail {

using whmcs::detail::described_members;

constexpr bool is_reserved_key(std::string_view key) noexcept {
    for (const std::string_view r : reserved_keys) {
        if (r == key) return true;
    }
    return false;
}

/// True when a member of Request travels under a reserved key. Evaluated at
/// compile time, so such a request type does not compile.
template <class Request>
constexpr bool uses_reserved_key() noexcept {
    bool found = false;
    boost::mp11::mp_for_each<described_members<Request>>([&](auto d) {
        found = found || is_reserved_key(meta::wire_name_of<Request>(decltype(d)::name));
    });
    return found;
}

/// The action name of a request type, for messages ("GetTicket request").
template <class Request>
std::string request_label() {
    if constexpr (meta::is_request_v<Request>) {
        return std::string(Request::whmcs_action) + " request";
    } else {
        return "request";
    }
}

/// Writes one request's parameters; `where` is a readable path of the value
/// being written ("items[2].name") for request_error messages, which name
/// the member but never quote its value.
class writer {
public:
    writer(std::string& out, std::string label) : out_(out), label_(std::move(label)) {}

    void parameter(std::string_view encoded_key, std::string_view value) {
        if (!out_.empty()) out_ += '&';
        out_ += encoded_key;
        out_ += '=';
        append_url_encoded(out_, value);
    }

    /// A key name as given (not yet encoded) and its value.
    void plain_parameter(std::string_view key, std::string_view value, std::string_view where) {
        check_utf8(value, where);
        std::string encoded_key;
        append_url_encoded(encoded_key, key);
        parameter(encoded_key, value);
    }

    template <class T>
    void members(const T& value, const std::string& key_prefix, const std::string& where_prefix) {
        boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
            const std::string_view wire = meta::wire_name_of<T>(decltype(d)::name);
            std::string key = key_prefix;
            if (key_prefix.empty()) {
                append_url_encoded(key, wire);
            } else {
                key += "%5B";
                append_url_encoded(key, wire);
                key += "%5D";
            }
            const std::string where = where_prefix.empty() ? std::string(decltype(d)::name)
                                                           : where_prefix + "." + decltype(d)::name;
            write(key, value.*decltype(d)::pointer, where);
        });
    }

    template <class T>
    void write(const std::string& key, const T& value, const std::string& where) {
        using whmcs::detail::is_described_enum_v;
        using whmcs::detail::is_described_struct_v;
        if constexpr (std::is_same_v<T, std::string>) {
            check_utf8(value, where);
            parameter(key, value);
        } else if constexpr (std::is_same_v<T, bool>) {
            parameter(key, value ? "1" : "0");
        } else if constexpr (whmcs::detail::is_integer_v<T>) {
            parameter(key, std::to_string(value));
        } else if constexpr (std::is_same_v<T, decimal> || std::is_same_v<T, date> ||
                             std::is_same_v<T, datetime>) {
            parameter(key, value.to_string());
        } else if constexpr (is_described_enum_v<T>) {
            const std::string_view name = whmcs::detail::enum_wire_name(value);
            if (name.empty()) {
                fail(where + " holds a value that is none of its enumerators (" +
                     whmcs::detail::enum_wire_names_list<T>() + ")");
            }
            parameter(key, name);
        } else if constexpr (whmcs::detail::is_optional<T>::value) {
            if (value) write(key, *value, where);
        } else if constexpr (whmcs::detail::is_vector<T>::value) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string index = std::to_string(i);
                write(key + "%5B" + index + "%5D", value[i], where + "[" + index + "]");
            }
        } else if constexpr (whmcs::detail::is_string_map<T>::value) {
            for (const auto& [name, element] : value) {
                check_utf8(name, where + " (a key)");
                check_map_key(name, where);
                std::string element_key = key + "%5B";
                append_url_encoded(element_key, name);
                element_key += "%5D";
                write(element_key, element, where + "[" + name + "]");
            }
        } else if constexpr (is_described_struct_v<T>) {
            members(value, key, where);
        } else {
            static_assert(sizeof(T) == 0, "whmcs::form::encode: unsupported member type");
        }
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw request_error(label_ + ": " + problem);
    }

private:
    // PHP reads `key[name]` back as index `name` only when `name` is not empty
    // (`key[]` appends), holds no ']' (the index ends there and the rest is
    // dropped, so a key "a]x" would override "a") and no NUL byte (PHP's
    // parser stops there: `key[a` then becomes a new variable `key_a`).
    void check_map_key(std::string_view name, const std::string& where) const {
        if (name.empty() ||
            name.find_first_of(std::string_view("]\0", 2)) != std::string_view::npos) {
            fail(where +
                 " has a key PHP would read as another one (empty, or holding ']' or a NUL byte)");
        }
    }

    void check_utf8(std::string_view text, std::string_view where) const {
        if (!whmcs::detail::is_valid_utf8(text)) fail(std::string(where) + " is not valid UTF-8");
    }

    std::string& out_;
    std::string label_;
};

/// Whether a member counts as given for a constraint: an engaged optional,
/// a non-empty container; anything else always counts.
template <class T>
bool is_given(const T& value) {
    if constexpr (whmcs::detail::is_optional<T>::value) {
        return value.has_value();
    } else if constexpr (whmcs::detail::is_vector<T>::value ||
                         whmcs::detail::is_string_map<T>::value) {
        return !value.empty();
    } else {
        return true;
    }
}

inline std::string constraint_summary(const meta::constraint& c) {
    std::string names;
    for (const std::string_view m : c.members) {
        if (m.empty()) continue;
        if (!names.empty()) names += ", ";
        names += m;
    }
    const char* kind =
        c.kind == meta::constraint_kind::at_least_one ? "at least one of" : "exactly one of";
    return std::string(kind) + " " + names;
}

/// Throws request_error for the first constraint of Request that `request`
/// breaks, naming the constraint's description and the members involved.
template <class Request>
void check_constraints(const Request& request) {
    if constexpr (meta::detail::has_constraints<Request>::value) {
        for (const meta::constraint& c : Request::whmcs_constraints) {
            std::size_t given = 0;
            std::size_t known = 0;
            for (const std::string_view m : c.members) {
                if (m.empty()) continue;
                boost::mp11::mp_for_each<described_members<Request>>([&](auto d) {
                    if (m != decltype(d)::name) return;
                    ++known;
                    if (is_given(request.*decltype(d)::pointer)) ++given;
                });
            }
            const std::string summary = constraint_summary(c);
            const std::string label = request_label<Request>();
            std::size_t named = 0;
            for (const std::string_view m : c.members) named += m.empty() ? 0 : 1;
            if (known != named) {
                throw request_error(label +
                                    ": a constraint names a member the type does not have (" +
                                    summary + ")");
            }
            const bool ok = c.kind == meta::constraint_kind::at_least_one ? given >= 1 : given == 1;
            if (!ok) {
                const std::string description =
                    c.description.empty() ? summary + " must be set" : std::string(c.description);
                throw request_error(label + ": " + description + " (" + summary + "; " +
                                    std::to_string(given) + " set)");
            }
        }
    }
}

template <class Request>
std::string encode_request(const Request& request) {
    static_assert(
        whmcs::detail::is_described_struct_v<Request>,
        "whmcs::form::encode: the request must be a described struct (BOOST_DESCRIBE_STRUCT)");
    static_assert(meta::is_request_v<Request>,
                  "whmcs::form::encode: the request type must name its action (whmcs_action) and "
                  "response type (whmcs_response)");
    static_assert(
        !uses_reserved_key<Request>(),
        "whmcs::form::encode: a request member travels under a key the encoder sets itself "
        "(action, responsetype, identifier, secret, username, password, accesskey)");
    check_constraints(request);
    std::string out;
    writer w(out, request_label<Request>());
    w.members(request, std::string(), std::string());
    // The parameters come first and the keys the library sets last: PHP keeps
    // the last of repeated keys, so even a body built wrongly elsewhere could
    // not override the action or the credentials.
    w.plain_parameter("action", Request::whmcs_action, "action");
    w.parameter("responsetype", "json");
    return out;
}

}  // namespace detail

/// The POST body for `request`, without credentials: its parameters, then
/// `action` and `responsetype=json`. Safe to log. Throws request_error
/// (naming the constraint or member, never a value) when the request breaks
/// a constraint of its schema, holds an enum value that is none of its
/// enumerators, a string that is not valid UTF-8, or a map key PHP would
/// read as another key (empty, or holding ']' or a NUL byte).
template <class Request>
std::string encode(const Request& request) {
    return detail::encode_request(request);
}

/// The complete POST body for `request`: as encode(request), followed by the
/// authentication parameters of `creds`. Throws request_error as
/// encode(request) does, and when a credential is not valid UTF-8; messages
/// never contain a credential.
/// \code std::string body = whmcs::form::encode(request, creds); \endcode
template <class Request>
std::string encode(const Request& request, const credentials& creds) {
    std::string out = detail::encode_request(request);
    detail::writer w(out, detail::request_label<Request>());
    creds.for_each_parameter([&](std::string_view name, std::string_view value) {
        w.plain_parameter(name, value, std::string("credential ") + std::string(name));
    });
    return out;
}

}  // namespace whmcs::form

#endif
