#ifndef WHMCS_TESTS_FORM_PARSE_FORM_HPP
#define WHMCS_TESTS_FORM_PARSE_FORM_HPP

// Parses a form body back the way PHP does ('+' is a space, %XX a byte), so
// tests can check what the server will see, not just the bytes we wrote.

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test_form {

inline std::string url_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size()) throw std::invalid_argument("truncated %-escape");
            auto hex = [](char h) -> int {
                if (h >= '0' && h <= '9') return h - '0';
                if (h >= 'A' && h <= 'F') return h - 'A' + 10;
                throw std::invalid_argument("not upper-case hex");
            };
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

/// The (name, value) pairs of a body, in order.
inline std::vector<std::pair<std::string, std::string>> parse_form(std::string_view body) {
    std::vector<std::pair<std::string, std::string>> out;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view field = body.substr(0, amp);
        const std::size_t eq = field.find('=');
        if (eq == std::string_view::npos) throw std::invalid_argument("a field without '='");
        out.emplace_back(url_decode(field.substr(0, eq)), url_decode(field.substr(eq + 1)));
        if (amp == std::string_view::npos) break;
        body.remove_prefix(amp + 1);
    }
    return out;
}

/// How many fields are called `name`.
inline std::size_t count(const std::vector<std::pair<std::string, std::string>>& fields,
                         std::string_view name) {
    std::size_t n = 0;
    for (const auto& f : fields) n += f.first == name ? 1 : 0;
    return n;
}

/// The value of the one field called `name`; throws unless there is exactly one.
inline std::string value(const std::vector<std::pair<std::string, std::string>>& fields,
                         std::string_view name) {
    if (count(fields, name) != 1)
        throw std::invalid_argument("not exactly one field " + std::string(name));
    for (const auto& f : fields) {
        if (f.first == name) return f.second;
    }
    return {};
}

}  // namespace test_form

#endif
