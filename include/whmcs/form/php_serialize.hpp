#ifndef WHMCS_FORM_PHP_SERIALIZE_HPP
#define WHMCS_FORM_PHP_SERIALIZE_HPP

/// PHP's serialize() for the one shape WHMCS parameters need: an array of
/// strings (`customfields`: custom field ID → value). The format, as PHP
/// writes it:
///
///   a:<count>:{<key><value>...}   key: i:<integer>; or s:<bytes>:"<text>";
///                                 value: s:<bytes>:"<text>";
///
/// String lengths count bytes, and the text is written raw (no escaping:
/// the length delimits it). PHP stores a key that is the canonical decimal
/// form of an integer ("1", "-7", not "01", "+1", "1.0" or "-0") as an
/// integer key, so `array("1" => "Google")` serializes as
/// `a:1:{i:1;s:6:"Google";}`; php_serialize() does the same.
///
/// \code
///   whmcs::form::php_serialize({{"1", "Google"}});  // a:1:{i:1;s:6:"Google";}
/// \endcode

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whmcs::form {

namespace detail {

/// Whether PHP turns the array key `key` into an integer key: an optional
/// `-`, then digits without a leading zero (or the single digit 0, without
/// a sign), within the range of a 64-bit PHP integer.
inline bool is_php_integer_key(std::string_view key) noexcept {
    std::string_view digits = key;
    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative) digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 19) return false;
    for (const char c : digits) {
        if (c < '0' || c > '9') return false;
    }
    if (digits.front() == '0') return digits.size() == 1 && !negative;
    if (digits.size() < 19) return true;
    // 19 digits: compare with 9223372036854775807 (or ...808 when negative).
    const std::string_view limit = negative ? "9223372036854775808" : "9223372036854775807";
    return digits <= limit;
}

inline void append_php_string(std::string& out, std::string_view text) {
    out += "s:";
    out += std::to_string(text.size());
    out += ":\"";
    out += text;
    out += "\";";
}

inline void append_php_key(std::string& out, std::string_view key) {
    if (is_php_integer_key(key)) {
        out += "i:";
        out += key;
        out += ';';
    } else {
        append_php_string(out, key);
    }
}

}  // namespace detail

/// serialize() of a PHP array of strings with the given keys, in the given
/// order (PHP arrays keep insertion order). Keys in the canonical form of an
/// integer become integer keys, as in PHP; when two keys are equal the last
/// value wins, at the place of the first, as in PHP. Never throws but for
/// std::bad_alloc.
inline std::string php_serialize(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::vector<std::pair<std::string_view, std::string_view>> unique;
    unique.reserve(entries.size());
    for (const auto& [key, value] : entries) {
        bool replaced = false;
        for (auto& kept : unique) {
            if (kept.first == key) {
                kept.second = value;
                replaced = true;
                break;
            }
        }
        if (!replaced) unique.emplace_back(key, value);
    }
    std::string out = "a:" + std::to_string(unique.size()) + ":{";
    for (const auto& [key, value] : unique) {
        detail::append_php_key(out, key);
        detail::append_php_string(out, value);
    }
    out += '}';
    return out;
}

/// serialize() of a PHP array of strings with integer keys, in key order.
inline std::string php_serialize(const std::map<std::int64_t, std::string>& entries) {
    std::string out = "a:" + std::to_string(entries.size()) + ":{";
    for (const auto& [key, value] : entries) {
        out += "i:";
        out += std::to_string(key);
        out += ';';
        detail::append_php_string(out, value);
    }
    out += '}';
    return out;
}

}  // namespace whmcs::form

#endif
