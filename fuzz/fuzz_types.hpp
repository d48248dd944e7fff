#ifndef WHMCS_FUZZ_FUZZ_TYPES_HPP
#define WHMCS_FUZZ_FUZZ_TYPES_HPP

// Described structs for the fuzz targets: a response type with a member of
// every kind the decoder supports, and a request type with a member of every
// kind the form encoder supports. Shared with tests/hostile and
// tests/concurrency, which reuse them.

#include <whmcs/meta.hpp>
#include <whmcs/types.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Boost.Describe's macros pass an empty variadic argument (no bases), which
// clang's -Wpedantic reports before C++20.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgnu-zero-variadic-macro-arguments"
#endif

namespace fuzz_types {

enum class sort_order { asc, desc };
BOOST_DESCRIBE_ENUM(sort_order, asc, desc)
constexpr std::array<std::string_view, 2> whmcs_wire_names(sort_order) noexcept {
    return {{"ASC", "DESC"}};
}

enum class color { red, green };  // no wire names: the enumerator names are used
BOOST_DESCRIBE_ENUM(color, red, green)

struct leaf {
    std::int64_t id{};
    std::string name;
    std::optional<bool> on;
};
BOOST_DESCRIBE_STRUCT(leaf, (), (id, name, on))

/// One member of every kind the decoder knows; `text` and `id` are required,
/// the rest optional or containers, so most inputs reach the end of an object.
struct every_kind {
    std::string text;
    std::int64_t id{};
    std::optional<std::int8_t> i8;
    std::optional<std::int16_t> i16;
    std::optional<std::int32_t> i32;
    std::optional<std::int64_t> i64;
    std::optional<std::uint8_t> u8;
    std::optional<std::uint16_t> u16;
    std::optional<std::uint32_t> u32;
    std::optional<std::uint64_t> u64;
    std::optional<whmcs::decimal> amount;
    std::optional<bool> flag;
    std::optional<whmcs::date> day;
    std::optional<whmcs::datetime> moment;
    std::optional<sort_order> sort;
    std::optional<color> hue;
    std::optional<leaf> child;
    std::vector<leaf> items;                 // wrapper "item"
    std::vector<leaf> bare;                  // no wrapper
    std::optional<std::vector<leaf>> files;  // optional list; [[]] means empty
    std::vector<std::string> words;
    std::vector<std::int32_t> numbers;
    std::vector<std::vector<std::int64_t>> grid;
    std::map<std::string, std::string> labels;
    std::map<std::string, leaf> leaves;
    std::optional<std::string> slashed;  // wire key "a/b~c": JSON Pointer escapes

    static constexpr whmcs::meta::field whmcs_fields[] = {
        {"items", "", "item", ""},
        {"slashed", "a/b~c", "", "8.0"},
    };
};
BOOST_DESCRIBE_STRUCT(every_kind, (),
                      (text, id, i8, i16, i32, i64, u8, u16, u32, u64, amount, flag, day, moment,
                       sort, hue, child, items, bare, files, words, numbers, grid, labels, leaves,
                       slashed))

struct request_child {
    std::string name;
    std::optional<std::int64_t> count;
};
BOOST_DESCRIBE_STRUCT(request_child, (), (name, count))

struct every_answer {
    std::string result;
};
BOOST_DESCRIBE_STRUCT(every_answer, (), (result))

/// A request with a parameter of every kind the form encoder knows.
struct every_request {
    static constexpr std::string_view whmcs_action = "FuzzEveryKind";
    using whmcs_response = every_answer;
    static constexpr whmcs::meta::constraint whmcs_constraints[] = {
        {whmcs::meta::constraint_kind::at_least_one,
         {{"name", "id"}},
         "either name or id is required"},
    };

    std::string plain;
    std::optional<std::string> name;
    std::optional<std::int64_t> id;
    std::optional<std::int8_t> small;
    std::optional<std::uint64_t> big;
    std::optional<bool> flag;
    std::optional<whmcs::decimal> amount;
    std::optional<whmcs::date> day;
    std::optional<whmcs::datetime> moment;
    std::optional<sort_order> sort;
    std::vector<std::string> tags;
    std::vector<std::int64_t> ids;
    std::map<std::string, std::string> labels;
    std::optional<request_child> child;
    std::vector<request_child> children;
    std::optional<std::string> renamed;  // wire key "re-named"

    static constexpr whmcs::meta::field whmcs_fields[] = {{"renamed", "re-named", "", ""}};
};
BOOST_DESCRIBE_STRUCT(every_request, (),
                      (plain, name, id, small, big, flag, amount, day, moment, sort, tags, ids,
                       labels, child, children, renamed))

}  // namespace fuzz_types

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

#endif
