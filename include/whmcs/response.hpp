#ifndef WHMCS_RESPONSE_HPP
#define WHMCS_RESPONSE_HPP

/// Answers of the WHMCS API: the typed response, or the error the server
/// reported instead.
///
/// Every answer is a JSON object whose top level may carry envelope keys:
/// `"result": "success"|"error"`, `"message"` (the error's text), at least
/// one action's `"status": "error"` in place of `result`, and `"warning"`
/// on some successful results.
///
/// \code
///   auto ticket = whmcs::decode_response<whmcs::api::get_ticket::response>(body);
///
///   whmcs::response_notes notes;   // to see warnings and API drift
///   auto t = whmcs::decode_response<whmcs::api::get_ticket::response>(body, {}, notes);
///   for (const auto& w : notes.warnings) std::clog << "WHMCS warning: " << w << '\n';
/// \endcode
///
/// Cost: a successful answer is parsed once, straight into the response type;
/// the envelope keys the type declares (GetTicket's `result`) are read from the
/// decoded value. The text is scanned a second time (with RapidJSON's Reader,
/// building nothing but the envelope strings) only when that cannot answer:
/// the typed decode failed (an error envelope lacks the required members), or
/// the answer has an envelope key the type does not declare (`warning`).
/// Measured (g++ 12 -O2, GetTicket, best of 15 runs on a busy 2-core machine):
/// decode_response costs what json::decode costs (docs example ~1.02x, a
/// 2,000-reply ticket ~1.03x, within noise); an answer with a `warning` key
/// costs ~1.65x, the scan being about 40-70% of a decode.

#include <whmcs/detail/traits.hpp>
#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/json/decode.hpp>
#include <whmcs/json/options.hpp>

#include <rapidjson/reader.h>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace whmcs {

/// What came with a successful answer besides the response itself.
struct response_notes {
    /// The text of the answer's `warning` key (one entry; or one per string
    /// when WHMCS sends a list). WHMCS sends warnings with results that
    /// succeeded but deserve attention.
    std::vector<std::string> warnings;
    /// Keys the response types do not have (the API has grown past the
    /// schema), as JSON Pointers. The envelope keys are not listed.
    json::decode_report report;
};

namespace detail {

/// The top-level envelope keys of an answer.
struct envelope {
    bool parsed = false;  ///< the text is one well-formed JSON object
    std::optional<std::string> result;
    std::optional<std::string> status;
    std::optional<std::string> message;
    std::vector<std::string> warnings;
};

inline constexpr std::string_view envelope_keys[] = {"result", "status", "message", "warning"};

/// True for "/result", "/status", "/message", "/warning".
inline bool is_envelope_pointer(std::string_view pointer) noexcept {
    if (pointer.empty() || pointer[0] != '/') return false;
    for (const std::string_view k : envelope_keys) {
        if (pointer.substr(1) == k) return true;
    }
    return false;
}

/// A RapidJSON handler that keeps the envelope keys' scalar values and skips
/// everything else, building nothing.
class envelope_handler {
public:
    explicit envelope_handler(envelope& out) : out_(out) {}

    bool Null() { return true; }
    bool Bool(bool b) { return scalar(b ? "true" : "false"); }
    bool Int(int) { return true; }  // never called: numbers arrive as RawNumber
    bool Uint(unsigned) { return true; }
    bool Int64(std::int64_t) { return true; }
    bool Uint64(std::uint64_t) { return true; }
    bool Double(double) { return true; }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return scalar({s, n}); }
    bool String(const char* s, rapidjson::SizeType n, bool) { return scalar({s, n}); }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        if (depth_ == 1) key_ = key_index(std::string_view(s, n));
        return true;
    }
    bool StartObject() {
        if (depth_ == 0) root_is_object_ = true;
        return enter();
    }
    bool StartArray() {
        // A warning may come as a list of texts.
        if (depth_ == 1 && key_ == warning_key) in_warning_list_ = true;
        return root_is_object_ && enter();  // a top-level array is no envelope: stop
    }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }

    bool root_is_object() const noexcept { return root_is_object_; }

private:
    static constexpr int warning_key = 3;
    static constexpr int no_key = -1;

    static int key_index(std::string_view key) noexcept {
        for (int i = 0; i < 4; ++i) {
            if (envelope_keys[i] == key) return i;
        }
        return no_key;
    }
    // RapidJSON's reader recurses once per level; stopping here bounds the
    // stack on hostile input (its iterative mode would, but scans 1.5x slower).
    bool enter() { return ++depth_ <= json::decode_options::hard_max_depth; }
    bool leave() {
        if (--depth_ == 1) in_warning_list_ = false;
        return true;
    }
    bool scalar(std::string_view text) {
        const bool kept = (depth_ == 2 && in_warning_list_) || (depth_ == 1 && key_ != no_key);
        if (kept && !is_valid_utf8(text)) return false;  // stop: not an envelope to trust
        if (depth_ == 2 && in_warning_list_) {
            out_.warnings.emplace_back(text);
        } else if (depth_ == 1) {
            switch (key_) {
                case 0:
                    out_.result = std::string(text);
                    break;
                case 1:
                    out_.status = std::string(text);
                    break;
                case 2:
                    out_.message = std::string(text);
                    break;
                case warning_key:
                    out_.warnings.emplace_back(text);
                    break;
                default:
                    break;
            }
        } else if (depth_ == 0) {
            return false;  // a scalar document is no envelope
        }
        return true;
    }

    envelope& out_;
    std::size_t depth_ = 0;
    int key_ = no_key;
    bool in_warning_list_ = false;
    bool root_is_object_ = false;
};

/// Scans `text` for the envelope keys; parsed is false unless the text is
/// one well-formed JSON object.
inline envelope scan_envelope(std::string_view text) {
    envelope out;
    envelope_handler handler(out);
    json::detail::view_stream stream{text.data(), text.data(), text.data() + text.size()};
    rapidjson::Reader reader;
    // No kParseValidateEncodingFlag: it checks every byte and doubles the
    // cost; the few strings kept are checked instead (scalar()).
    constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag;
    const bool ok = !reader.Parse<flags>(stream, handler).IsError();
    out.parsed = ok && handler.root_is_object() && stream.Tell() == text.size();
    return out;
}

/// Throws api_error when `result` is "error", or `status` is "error" and
/// there is no `result` (null: the key is absent).
inline void throw_if_error(const std::string* result, const std::string* status,
                           const std::string* message) {
    const bool error = result ? *result == "error" : (status && *status == "error");
    if (error)
        throw api_error(message ? *message : std::string("(the server sent no message)"), 200);
}

inline void throw_if_error(const envelope& e) {
    throw_if_error(e.result ? &*e.result : nullptr, e.status ? &*e.status : nullptr,
                   e.message ? &*e.message : nullptr);
}

/// The envelope keys a response type declares as strings, pointing into a
/// decoded value (no copies: this runs on every successful call).
struct declared_envelope {
    const std::string* keys[4] = {nullptr, nullptr, nullptr, nullptr};  // as envelope_keys
    bool complete = true;  ///< false: one is declared with another type; only a scan can read it
};

template <class Response>
declared_envelope envelope_from_value(const Response& value) {
    declared_envelope out;
    if constexpr (is_described_struct_v<Response>) {
        boost::mp11::mp_for_each<described_members<Response>>([&](auto d) {
            const std::string_view wire = meta::wire_name_of<Response>(decltype(d)::name);
            int index = -1;
            for (int i = 0; i < 4; ++i) {
                if (envelope_keys[i] == wire) index = i;
            }
            if (index < 0) return;
            const auto& member = value.*decltype(d)::pointer;
            using member_type = std::remove_cv_t<std::remove_reference_t<decltype(member)>>;
            if constexpr (std::is_same_v<member_type, std::string>) {
                out.keys[index] = &member;
            } else if constexpr (std::is_same_v<member_type, std::optional<std::string>>) {
                out.keys[index] = member ? &*member : nullptr;
            } else {
                out.complete = false;
            }
        });
    }
    return out;
}

/// Decode failures that no envelope can explain: the text is no JSON object.
inline bool is_text_level(decode_errc code) noexcept {
    switch (code) {
        case decode_errc::empty_input:
        case decode_errc::not_json:
        case decode_errc::syntax:
        case decode_errc::invalid_utf8:
        case decode_errc::too_deep:
        case decode_errc::too_large:
            return true;
        default:
            return false;
    }
}

template <class Response>
Response decode_response_impl(std::string_view text, const json::decode_options& options,
                              response_notes& notes) {
    json::decode_report report;
    std::optional<Response> value;
    try {
        value.emplace(json::decode<Response>(text, options, report));
    } catch (const decode_error& e) {
        if (is_text_level(e.code())) throw;
        // An error envelope lacks the response's required members, so the
        // typed decode fails first; only then is it worth a scan.
        const envelope scanned = scan_envelope(text);
        if (scanned.parsed) throw_if_error(scanned);
        // Strict decoding rejects an envelope key the type does not declare
        // (a warning on a successful answer); the envelope is not API drift.
        const bool strict_envelope_key = e.code() == decode_errc::unknown_member &&
                                         is_envelope_pointer(e.path()) &&
                                         options.unknown == json::unknown_keys::reject;
        if (!strict_envelope_key) throw;
        json::decode_options relaxed = options;
        relaxed.unknown = json::unknown_keys::ignore;
        report = {};
        value.emplace(json::decode<Response>(text, relaxed, report));
        for (const std::string& pointer : report.unknown_keys) {
            if (is_envelope_pointer(pointer)) continue;
            decode_error_info info;
            info.code = decode_errc::unknown_member;
            info.path = pointer;
            info.expected = "no such key";
            info.found = "key " + json::detail::excerpt(pointer.substr(pointer.rfind('/') + 1));
            throw decode_error(std::move(info));
        }
    }

    bool undeclared = false;
    for (const std::string& pointer : report.unknown_keys) {
        if (is_envelope_pointer(pointer)) {
            undeclared = true;
        } else {
            notes.report.unknown_keys.push_back(pointer);
        }
    }
    const declared_envelope declared = envelope_from_value(*value);
    if (undeclared || !declared.complete) {
        envelope scanned = scan_envelope(text);
        throw_if_error(scanned);
        for (std::string& w : scanned.warnings) notes.warnings.push_back(std::move(w));
    } else {
        throw_if_error(declared.keys[0], declared.keys[1], declared.keys[2]);
        if (declared.keys[3]) notes.warnings.push_back(*declared.keys[3]);
    }
    return std::move(*value);
}

/// The api_error for an HTTP status other than 200: the server's JSON
/// `message` when it sent one, else what the body looked like and an excerpt.
inline api_error http_error(int status, std::string_view body) {
    const envelope e = scan_envelope(body);
    if (e.parsed && e.message && !e.message->empty()) return api_error(*e.message, status);
    std::size_t first = 0;
    while (first < body.size() && json::detail::is_json_space(body[first])) ++first;
    if (first == body.size()) return api_error("(empty body)", status);
    const std::string_view rest = body.substr(first);
    const std::string_view kind = json::detail::describe_non_json(rest);
    std::string text = kind.empty() ? std::string("body") : std::string(kind);
    return api_error(text + ": " + json::detail::excerpt(rest), status);
}

}  // namespace detail

/// Decodes an answer of the WHMCS API into Response.
///
/// Throws api_error (http_status() 200, message() the server's text) when the
/// answer is an error envelope: `{"result":"error","message":...}`, or
/// `{"status":"error",...}` without a `result`. Throws decode_error when the
/// text is not JSON (decode_errc::not_json, saying whether it looks like an
/// HTML page, XML or `key=value;` text, with an excerpt) or does not fit
/// Response. Warnings are dropped; use the overload with response_notes to
/// see them.
template <class Response>
Response decode_response(std::string_view text, const json::decode_options& options = {}) {
    response_notes notes;
    return detail::decode_response_impl<Response>(text, options, notes);
}

/// As decode_response(text, options), and appends to `notes` the answer's
/// warnings and the keys the response types do not have.
template <class Response>
Response decode_response(std::string_view text, const json::decode_options& options,
                         response_notes& notes) {
    return detail::decode_response_impl<Response>(text, options, notes);
}

}  // namespace whmcs

#endif
