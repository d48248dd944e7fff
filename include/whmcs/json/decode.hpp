#ifndef WHMCS_JSON_DECODE_HPP
#define WHMCS_JSON_DECODE_HPP

/// Decoding WHMCS JSON into described structs.
///
/// \code
///   auto ticket = whmcs::json::decode<whmcs::api::get_ticket::response>(text);
///   for (const auto& r : ticket.replies) std::cout << r.message << '\n';
/// \endcode
///
/// The wire rules (integers sent as strings, lists in wrapper objects, PHP's
/// empty arrays, "no date" dates, ...) are listed in the README. The first
/// error wins: decoding stops there and reports it with a JSON Pointer.

#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/json/detail/decoder.hpp>
#include <whmcs/json/detail/describe_value.hpp>
#include <whmcs/json/options.hpp>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace whmcs::json {

/// The outcome of try_decode(): a value, or the error that prevented it.
template <class T>
class decode_result {
public:
    decode_result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    decode_result(decode_error_info error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws decode_error when there is none.
    T& value() & { return checked(); }
    const T& value() const& { return const_cast<decode_result*>(this)->checked(); }
    T&& value() && { return std::move(checked()); }

    T& operator*() & { return std::get<0>(state_); }
    const T& operator*() const& { return std::get<0>(state_); }
    T* operator->() { return &std::get<0>(state_); }
    const T* operator->() const { return &std::get<0>(state_); }

    /// The error; only meaningful when !has_value().
    const decode_error_info& error() const { return std::get<1>(state_); }

private:
    T& checked() {
        if (!has_value()) throw decode_error(std::get<1>(state_));
        return std::get<0>(state_);
    }

    std::variant<T, decode_error_info> state_;
};

namespace detail {

/// A RapidJSON input stream over a string_view (which need not end in NUL).
struct view_stream {
    using Ch = char;
    const char* begin;
    const char* current;
    const char* end;

    char Peek() const noexcept { return current != end ? *current : '\0'; }
    char Take() noexcept { return current != end ? *current++ : '\0'; }
    std::size_t Tell() const noexcept { return static_cast<std::size_t>(current - begin); }
    // Only in-situ parsing writes to its stream; this one never does.
    char* PutBegin() { return nullptr; }
    void Put(char) {}
    void Flush() {}
    std::size_t PutEnd(char*) { return 0; }
};

inline bool is_json_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline decode_error_info text_error(decode_errc code, std::string expected, std::string found,
                                    std::size_t offset) {
    decode_error_info info;
    info.code = code;
    info.expected = std::move(expected);
    info.found = std::move(found);
    info.offset = offset;
    return info;
}

/// Turns a RapidJSON parse error into our terms.
inline decode_error_info syntax_error(std::string_view text, rapidjson::ParseErrorCode code,
                                      std::size_t offset, std::string path) {
    decode_errc errc = decode_errc::syntax;
    std::string expected = "valid JSON";
    std::string found = rapidjson::GetParseError_En(code);
    if (code == rapidjson::kParseErrorStringInvalidEncoding ||
        code == rapidjson::kParseErrorStringUnicodeSurrogateInvalid) {
        errc = decode_errc::invalid_utf8;
        expected = "valid UTF-8 text";
    } else if (code == rapidjson::kParseErrorNumberTooBig) {
        errc = decode_errc::out_of_range;
        expected = "a number of at most 308 digits";
    } else if (code == rapidjson::kParseErrorDocumentRootNotSingular) {
        expected = "the end of the input after the JSON value";
        found = "more text";
    }
    const std::string_view rest = offset < text.size() ? text.substr(offset) : std::string_view();
    found += rest.empty() ? std::string(" at the end of the input") : " at " + excerpt(rest);
    decode_error_info info = text_error(errc, std::move(expected), std::move(found), offset);
    info.path = std::move(path);
    return info;
}

/// One parse of `text` into `out` with RapidJSON flags `Flags`.
template <unsigned Flags, class T>
bool decode_pass(std::string_view text, T& out, const decode_options& options,
                 decode_report* report, decode_error_info& error) {
    decoder handler(options, report);
    handler.push(&root_frame::ops, slot{&out, ops_of<T>(), {}});
    view_stream stream{text.data(), text.data(), text.data() + text.size()};
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<Flags>(stream, handler);
    if (handler.failed()) {
        error = std::move(handler.error());
        return false;
    }
    if (result.IsError()) {
        error = syntax_error(text, result.Code(), result.Offset(), handler.path());
        return false;
    }
    // The reader stops at a NUL byte as if the text ended there.
    if (stream.Tell() != text.size()) {
        error = text_error(decode_errc::syntax, "the end of the input after the JSON value",
                           "a NUL byte", stream.Tell());
        return false;
    }
    return true;
}

/// The whole decode; returns false with `error` set on failure.
///
/// RapidJSON's UTF-8 validation (kParseValidateEncodingFlag) decodes every
/// byte of every string and made up half of a decode's instructions
/// (callgrind, bench/README.md). So the text is checked first, 32 bytes at a
/// time, by whmcs::detail::is_valid_utf8, which accepts exactly what that validation
/// accepts. Valid text is then parsed without the flag: on valid UTF-8 the
/// two parses deliver the same events and the same errors. Invalid text is
/// parsed with the flag, so its error (path, offset, message) is the one
/// RapidJSON reports where it meets the first bad byte.
template <class T>
bool decode_into(std::string_view text, T& out, const decode_options& options,
                 decode_report* report, decode_error_info& error) {
    if (text.size() > options.max_input_size) {
        error = text_error(decode_errc::too_large,
                           "at most " + std::to_string(options.max_input_size) + " bytes",
                           std::to_string(text.size()) + " bytes", 0);
        return false;
    }
    std::size_t first = 0;
    while (first < text.size() && is_json_space(text[first])) ++first;
    if (first == text.size()) {
        error = text_error(decode_errc::empty_input, "a JSON value",
                           text.empty() ? "empty input" : "only white space", 0);
        return false;
    }
    if (const std::string_view kind = describe_non_json(text.substr(first)); !kind.empty()) {
        error = text_error(decode_errc::not_json, "JSON",
                           std::string(kind) + ": " + excerpt(text.substr(first)), first);
        return false;
    }

    constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag;
    if (whmcs::detail::is_valid_utf8(text))
        return decode_pass<flags>(text, out, options, report, error);
    return decode_pass<flags | rapidjson::kParseValidateEncodingFlag>(text, out, options, report,
                                                                      error);
}

}  // namespace detail

/// Decodes `text` into a T (a described struct, or any type the wire rules
/// cover). Throws decode_error naming the path of the first problem.
/// \code auto t = whmcs::json::decode<whmcs::api::get_ticket::response>(body); \endcode
template <class T>
T decode(std::string_view text, const decode_options& options = {}) {
    T value{};
    decode_error_info error;
    if (!detail::decode_into(text, value, options, nullptr, error))
        throw decode_error(std::move(error));
    return value;
}

/// As decode(), and records in `report` what was noticed without failing
/// (the JSON Pointers of keys the types do not have).
template <class T>
T decode(std::string_view text, const decode_options& options, decode_report& report) {
    T value{};
    decode_error_info error;
    if (!detail::decode_into(text, value, options, &report, error))
        throw decode_error(std::move(error));
    return value;
}

/// As decode(), but returns the error instead of throwing it (only
/// std::bad_alloc escapes).
template <class T>
decode_result<T> try_decode(std::string_view text, const decode_options& options = {}) {
    T value{};
    decode_error_info error;
    if (!detail::decode_into(text, value, options, nullptr, error))
        return decode_result<T>(std::move(error));
    return decode_result<T>(std::move(value));
}

}  // namespace whmcs::json

#endif
