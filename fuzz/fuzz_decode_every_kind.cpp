// libFuzzer target: json::decode / try_decode of a described struct with a
// member of every kind (fuzz_types::every_kind), under both unknown-key
// policies.
//
// Invariants beyond "no crash, no sanitizer report":
// - decode() and try_decode() agree, and only whmcs::decode_error escapes;
// - an error has a JSON Pointer path that is empty or starts with '/', a
//   non-empty expected and found, and an offset inside the input (or npos);
// - a strict (unknown_keys::reject) success implies a lenient success with
//   the same value;
// - a decoded value survives encode → decode → encode unchanged, in both the
//   canonical and the wire shape (nothing the decoder accepts is lost or
//   altered on the way back).

#include "fuzz_support.hpp"
#include "fuzz_types.hpp"

#include <whmcs/json/decode.hpp>
#include <whmcs/json/encode.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace {

using fuzz_support::check;
using T = fuzz_types::every_kind;

void check_error(const whmcs::decode_error_info& e, std::string_view input) {
    check(e.path.empty() || e.path[0] == '/', "error path is a JSON Pointer", e.message());
    check(!e.expected.empty(), "error says what was expected", e.message());
    check(!e.found.empty(), "error says what was found", e.message());
    check(e.offset == whmcs::decode_error_info::npos || e.offset <= input.size(),
          "error offset lies inside the input", e.message());
    check(!e.message().empty(), "error has a message");
}

std::optional<std::string> decode_and_check(std::string_view input,
                                            const whmcs::json::decode_options& options) {
    auto result = whmcs::json::try_decode<T>(input, options);
    bool threw = false;
    try {
        (void)whmcs::json::decode<T>(input, options);
    } catch (const whmcs::decode_error& e) {
        threw = true;
        check(!result.has_value(), "decode throws only when try_decode fails", e.what());
        check(e.code() == result.error().code && e.path() == result.error().path,
              "decode and try_decode report the same error", e.what());
    }
    check(threw != result.has_value(), "decode succeeds exactly when try_decode does");
    if (!result) {
        check_error(result.error(), input);
        return std::nullopt;
    }

    const std::string canonical = whmcs::json::encode(*result);
    const std::string again = whmcs::json::encode(whmcs::json::decode<T>(canonical));
    check(canonical == again, "canonical encoding survives a round trip", canonical + "\n" + again);

    whmcs::json::encode_options wire;
    wire.wire_shape = true;
    const std::string as_server = whmcs::json::encode(*result, wire);
    const std::string from_server = whmcs::json::encode(whmcs::json::decode<T>(as_server));
    check(canonical == from_server, "wire-shape encoding decodes to the same value",
          canonical + "\n" + as_server + "\n" + from_server);
    return canonical;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        whmcs::json::decode_options lenient;
        whmcs::json::decode_options strict;
        strict.unknown = whmcs::json::unknown_keys::reject;
        const std::optional<std::string> a = decode_and_check(input, lenient);
        const std::optional<std::string> b = decode_and_check(input, strict);
        if (b) check(a && *a == *b, "a strict success is a lenient success with the same value");
    } catch (const whmcs::error& e) {
        fuzz_support::broken("no whmcs::error escapes a round trip of a decoded value", e.what());
    }
    return 0;
}
