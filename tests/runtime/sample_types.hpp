#ifndef WHMCS_TESTS_RUNTIME_SAMPLE_TYPES_HPP
#define WHMCS_TESTS_RUNTIME_SAMPLE_TYPES_HPP

// The types of the wire-rule tables. Most are generated at build time from
// schema/sample_kinds.yaml (one member of every schema type); the rest are
// hand-written, for what a schema does not express and to prove that the
// runtime needs no generated metadata at all.

#include <sample/sample_kinds.hpp>

#include <whmcs/meta.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>

namespace sample {

using every_kind = sample_kinds::response;
using item = sample_kinds::item;
using required_kinds = sample_kinds::required_kinds;
using sort_order = sample_kinds::sort_order;

// Boost.Describe's macros pass an empty variadic argument (no bases), which
// clang's -Wpedantic reports before C++20; the generated headers do the same.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgnu-zero-variadic-macro-arguments"
#endif

enum class color { red, green };  // no wire names: the enumerator names are used
BOOST_DESCRIBE_ENUM(color, red, green)

/// Integer widths the schema's 64-bit integer does not cover, and an enum
/// without wire names; no whmcs_fields at all.
struct hand_written {
    std::optional<std::int32_t> i32;
    std::optional<std::uint32_t> u32;
    std::optional<color> hue;
};
BOOST_DESCRIBE_STRUCT(hand_written, (), (i32, u32, hue))

/// A required member with a `since` (a schema forbids that combination, but
/// hand-written metadata may say it).
struct versioned {
    std::int64_t added_later;
    static constexpr whmcs::meta::field whmcs_fields[] = {{"added_later", "", "", "8.0"}};
};
BOOST_DESCRIBE_STRUCT(versioned, (), (added_later))

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace sample

#endif
