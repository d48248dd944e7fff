#ifndef WHMCS_FORM_BASE64_HPP
#define WHMCS_FORM_BASE64_HPP

/// Base64 as PHP's base64_encode() writes it (RFC 4648, standard alphabet,
/// `=` padding, no line breaks), for the parameters WHMCS wants encoded
/// (`customfields`, `attachments`; see whmcs/form/blobs.hpp).
///
/// \code
///   whmcs::form::base64_encode("Google");  // "R29vZ2xl"
/// \endcode

#include <cstddef>
#include <string>
#include <string_view>

namespace whmcs::form {

/// The base64 encoding of the bytes of `bytes`. Never throws but for
/// std::bad_alloc.
inline std::string base64_encode(std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned long group =
            (static_cast<unsigned long>(static_cast<unsigned char>(bytes[i])) << 16) |
            (static_cast<unsigned long>(static_cast<unsigned char>(bytes[i + 1])) << 8) |
            static_cast<unsigned long>(static_cast<unsigned char>(bytes[i + 2]));
        out += alphabet[(group >> 18) & 0x3F];
        out += alphabet[(group >> 12) & 0x3F];
        out += alphabet[(group >> 6) & 0x3F];
        out += alphabet[group & 0x3F];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        unsigned long group = static_cast<unsigned long>(static_cast<unsigned char>(bytes[i]))
                              << 16;
        if (rest == 2)
            group |= static_cast<unsigned long>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += alphabet[(group >> 18) & 0x3F];
        out += alphabet[(group >> 12) & 0x3F];
        out += rest == 2 ? alphabet[(group >> 6) & 0x3F] : '=';
        out += '=';
    }
    return out;
}

}  // namespace whmcs::form

#endif
