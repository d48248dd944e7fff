// libFuzzer target: whmcs::decode_response<get_ticket::response>, the call
// every GetTicket answer from the network goes through.
//
// Invariants beyond "no crash, no sanitizer report":
// - only whmcs::decode_error and whmcs::api_error escape (std::bad_alloc
//   aside, which libFuzzer's malloc limit turns into a report);
// - an api_error keeps HTTP status 200 (it came from the body);
// - a success equals json::decode of the same text (the envelope handling
//   never alters the value), and the value survives encode(wire_shape) →
//   decode_response unchanged;
// - the strict policy (unknown_keys::reject) never succeeds where the lenient
//   one fails, and agrees with it on the value.

#include "fuzz_support.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>
#include <whmcs/json/encode.hpp>
#include <whmcs/response.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

using fuzz_support::check;
using response = whmcs::api::get_ticket::response;

/// The canonical JSON of the decoded answer, or nullopt after an error.
std::optional<std::string> decode(std::string_view input,
                                  const whmcs::json::decode_options& options) {
    whmcs::response_notes notes;
    try {
        const response r = whmcs::decode_response<response>(input, options, notes);
        check(r.result != "error", "a success never carries result \"error\"");
        return whmcs::json::encode(r);
    } catch (const whmcs::api_error& e) {
        check(e.http_status() == 200, "an error envelope keeps status 200");
        return std::nullopt;
    } catch (const whmcs::decode_error& e) {
        check(e.path().empty() || e.path()[0] == '/', "error path is a JSON Pointer", e.what());
        check(e.offset() == whmcs::decode_error_info::npos || e.offset() <= input.size(),
              "error offset lies inside the input", e.what());
        return std::nullopt;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        const whmcs::json::decode_options lenient;
        whmcs::json::decode_options strict;
        strict.unknown = whmcs::json::unknown_keys::reject;

        const std::optional<std::string> a = decode(input, lenient);
        const std::optional<std::string> b = decode(input, strict);
        if (b) check(a && *a == *b, "a strict success is a lenient success with the same value");
        if (!a) return 0;

        auto plain = whmcs::json::try_decode<response>(input);
        check(plain.has_value(), "decode_response succeeds only where json::decode does");
        check(whmcs::json::encode(*plain) == *a,
              "decode_response and json::decode agree on the value");

        whmcs::json::encode_options wire;
        wire.wire_shape = true;
        const std::string as_server = whmcs::json::encode(*plain, wire);
        const std::string again = whmcs::json::encode(whmcs::decode_response<response>(as_server));
        check(again == *a, "a decoded answer survives encode(wire_shape) → decode_response",
              *a + "\n" + again);
    } catch (const whmcs::error& e) {
        fuzz_support::broken("no whmcs::error escapes a round trip of a decoded answer", e.what());
    }
    return 0;
}
