#ifndef WHMCS_JSON_OPTIONS_HPP
#define WHMCS_JSON_OPTIONS_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace whmcs::json {

/// What decoding does with a key the target type does not have.
enum class unknown_keys {
    ignore,  ///< skip it (default: WHMCS adds fields in every release)
    reject,  ///< fail with decode_errc::unknown_member at the key's path
};

/// Policies for decode() and try_decode(). Passed by value or const
/// reference; one options object may be shared by any number of threads.
struct decode_options {
    /// Keys the type does not have are ignored by default.
    unknown_keys unknown = unknown_keys::ignore;

    /// Deepest nesting of arrays and objects accepted (GetTicket needs 6).
    /// Deeper input fails with decode_errc::too_deep before it can exhaust
    /// the stack. Values above hard_max_depth act as hard_max_depth.
    std::size_t max_depth = 64;

    /// Largest input accepted, in bytes; larger input fails with
    /// decode_errc::too_large before any parsing. 64 MiB by default: a
    /// 2,000-reply ticket is about 3 MB.
    std::size_t max_input_size = std::size_t{64} << 20;

    /// The parser recurses once per nesting level; this bound keeps that
    /// under about 200 KiB of stack on any thread.
    static constexpr std::size_t hard_max_depth = 1024;
};

/// What a decode noticed without failing. Pass one to decode() to learn when
/// the API has grown beyond the schema.
struct decode_report {
    /// JSON Pointers of the keys the target types do not have, in input order.
    std::vector<std::string> unknown_keys;
};

/// Policies for encode().
struct encode_options {
    /// false (default): canonical JSON: integers and decimals as numbers,
    /// booleans as booleans, lists as plain arrays, absent optionals left out.
    /// true: the shape a WHMCS server sends: lists inside their wrapper
    /// objects ({"reply": [...]}), integers and decimals as strings, so the
    /// same types can play a server in tests.
    bool wire_shape = false;

    /// Indent the output for people (4 spaces); compact by default.
    bool pretty = false;
};

}  // namespace whmcs::json

#endif
