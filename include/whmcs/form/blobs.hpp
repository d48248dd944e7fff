#ifndef WHMCS_FORM_BLOBS_HPP
#define WHMCS_FORM_BLOBS_HPP

/// The encoded values some WHMCS parameters take, built the way the WHMCS
/// reference's examples build them in PHP:
///
/// - `customfields` (OpenTicket, AddTicketReply, UpdateTicket, ...):
///   `base64_encode(serialize(array(1 => "Google")))`: encode_customfields();
/// - `attachments` (OpenTicket, AddTicketReply, AddTicketNote):
///   `base64_encode(json_encode([['name' => 'a.txt', 'data' => base64_encode($bytes)]]))`:
///   encode_attachments().
///
/// The generated request types keep these parameters as plain strings (what
/// travels); these functions make their values:
/// \code
///   whmcs::api::open_ticket::request r;
///   r.customfields = whmcs::form::encode_customfields({{1, "Google"}});
///   r.attachments = whmcs::form::encode_attachments({{"notes.txt", file_bytes}});
/// \endcode

#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/form/base64.hpp>
#include <whmcs/form/php_serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whmcs::form {

/// One file for an `attachments` parameter.
struct file_attachment {
    std::string name;  ///< the file name shown in the ticket (UTF-8)
    std::string data;  ///< the file's contents, raw bytes (encoded by encode_attachments)
};

/// `text` as a JSON string the way PHP's json_encode() writes it with its
/// default flags: `"` `\` and `/` escaped with a backslash, \b \f \n \r \t by
/// name, other control characters and every non-ASCII character as \uXXXX
/// (lower-case hex; UTF-16 surrogate pairs above U+FFFF). Throws
/// request_error naming `what` when `text` is not valid UTF-8 (where
/// json_encode() would fail).
inline std::string php_json_string(std::string_view text, std::string_view what = "a string") {
    if (!whmcs::detail::is_valid_utf8(text)) {
        throw request_error(std::string(what) + " is not valid UTF-8");
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    const auto escape_unit = [&](unsigned long unit) {
        out += "\\u";
        out += hex[(unit >> 12) & 0xF];
        out += hex[(unit >> 8) & 0xF];
        out += hex[(unit >> 4) & 0xF];
        out += hex[unit & 0xF];
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            const char c = static_cast<char>(byte);
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '/':
                    out += "\\/";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (byte < 0x20) {
                        escape_unit(byte);
                    } else {
                        out += c;
                    }
            }
            ++i;
            continue;
        }
        // Valid UTF-8 (checked above): decode one code point.
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        unsigned long code = byte & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
        for (std::size_t k = 1; k < length; ++k) {
            code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        if (code >= 0x10000) {
            code -= 0x10000;
            escape_unit(0xD800 + (code >> 10));
            escape_unit(0xDC00 + (code & 0x3FF));
        } else {
            escape_unit(code);
        }
        i += length;
    }
    out += '"';
    return out;
}

/// The value of a `customfields` parameter: base64 of PHP's serialize() of
/// the array custom field ID → value. Never throws but for std::bad_alloc.
/// \code encode_customfields({{1, "Google"}}) == base64_encode("a:1:{i:1;s:6:\"Google\";}")
/// \endcode
inline std::string encode_customfields(const std::map<std::int64_t, std::string>& values) {
    return base64_encode(php_serialize(values));
}

/// As above, for keys given as strings, in the order given; keys that are
/// integers in canonical form become integer keys, as in PHP.
inline std::string encode_customfields(
    const std::vector<std::pair<std::string, std::string>>& values) {
    return base64_encode(php_serialize(values));
}

/// The JSON array that encode_attachments() encodes in base64:
/// `[{"name":"a.txt","data":"<base64 of the bytes>"}]`, byte for byte as
/// PHP's json_encode() writes it. Throws request_error when a name is not
/// valid UTF-8 (naming the attachment's position, never its contents).
inline std::string attachments_json(const std::vector<file_attachment>& files) {
    std::string out = "[";
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (i > 0) out += ',';
        out += "{\"name\":";
        out += php_json_string(files[i].name, "attachments[" + std::to_string(i) + "].name");
        out += ",\"data\":";
        out += php_json_string(base64_encode(files[i].data));
        out += '}';
    }
    out += ']';
    return out;
}

/// The value of an `attachments` parameter: base64 of attachments_json().
/// Throws request_error when a name is not valid UTF-8.
inline std::string encode_attachments(const std::vector<file_attachment>& files) {
    return base64_encode(attachments_json(files));
}

}  // namespace whmcs::form

#endif
