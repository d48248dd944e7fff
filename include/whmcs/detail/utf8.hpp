#ifndef WHMCS_DETAIL_UTF8_HPP
#define WHMCS_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace whmcs::detail {

/// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF), which is exactly what RapidJSON's
/// kParseValidateEncodingFlag accepts. JSON text and WHMCS's values are
/// mostly ASCII, so it skips 32 bytes at a time while no byte is above 0x7F
/// (measured: half of all decode instructions went to RapidJSON's byte-wise
/// validation before; bench/README.md).
inline bool is_valid_utf8(std::string_view text) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    constexpr std::uint64_t high_bits = 0x8080808080808080u;
    for (;;) {
        while (end - p >= 32) {
            std::uint64_t w[4];
            std::memcpy(w, p, 32);
            if ((w[0] | w[1] | w[2] | w[3]) & high_bits) break;
            p += 32;
        }
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & high_bits) break;
            p += 8;
        }
        while (p != end && *p < 0x80) ++p;
        if (p == end) return true;
        const unsigned char c = *p;
        std::ptrdiff_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) low = 0xA0;
            if (c == 0xED) high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) low = 0x90;
            if (c == 0xF4) high = 0x8F;
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high) return false;
        for (std::ptrdiff_t k = 2; k < length; ++k) {
            if ((p[k] & 0xC0) != 0x80) return false;
        }
        p += length;
    }
}

}  // namespace whmcs::detail

#endif
