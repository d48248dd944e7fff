#ifndef WHMCS_JSON_DETAIL_DESCRIBE_VALUE_HPP
#define WHMCS_JSON_DETAIL_DESCRIBE_VALUE_HPP

// Short, printable descriptions of input for error messages.

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace whmcs::json::detail {

/// Longest excerpt of input quoted in an error message, in bytes.
inline constexpr std::size_t max_excerpt = 40;

/// `text` cut to max_excerpt bytes (on a UTF-8 boundary), control characters
/// and quotes escaped, wrapped in quotes: "Hey, \r\nThis is the fi…".
inline std::string excerpt(std::string_view text) {
    std::string out = "\"";
    std::size_t end = text.size();
    bool cut = false;
    if (end > max_excerpt) {
        end = max_excerpt;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        cut = true;
    }
    for (std::size_t i = 0; i < end; ++i) {
        const char c = text[i];
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
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
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out += "\\x";
                    out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
                    out += hex[static_cast<unsigned char>(c) & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += cut ? "\"…" : "\"";
    return out;
}

inline bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    }
    return true;
}

/// What a text that is not JSON looks like ("an HTML page"), or empty when
/// it starts like JSON (then the error is a plain syntax error). `text`
/// starts at its first non-white-space byte.
inline std::string_view describe_non_json(std::string_view text) {
    if (text.empty()) return {};
    switch (text[0]) {
        case '{':
        case '[':
        case '"':
        case '-':
        case 't':
        case 'f':
        case 'n':
            return {};
        default:
            if (text[0] >= '0' && text[0] <= '9') return {};
    }
    if (starts_with_ignoring_case(text, "<!doctype html") ||
        starts_with_ignoring_case(text, "<html")) {
        return "an HTML page";
    }
    if (starts_with_ignoring_case(text, "<?xml") || text[0] == '<') return "XML or HTML markup";
    // WHMCS answers `result=success;ticketid=1;...` when responsetype=json is missing.
    std::size_t i = 0;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
        ++i;
    if (i > 0 && i < text.size() && text[i] == '=') {
        return "key=value text (WHMCS answers so when responsetype=json is missing)";
    }
    return "text that is not JSON";
}

}  // namespace whmcs::json::detail

#endif
