#ifndef WHMCS_TESTS_RUNTIME_SAMPLE_TYPES_HPP
#define WHMCS_TESTS_RUNTIME_SAMPLE_TYPES_HPP

// Hand-written described structs with one member of every kind the runtime
// supports, for the wire-rule tables. GetTicket itself comes from the
// generated header.

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
// clang's -Wpedantic reports before C++20; the generated headers do the same.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgnu-zero-variadic-macro-arguments"
#endif

namespace sample {

enum class sort_order { asc, desc };
BOOST_DESCRIBE_ENUM(sort_order, asc, desc)
constexpr std::array<std::string_view, 2> whmcs_wire_names(sort_order) noexcept {
    return {"ASC", "DESC"};
}

enum class color { red, green };  // no wire names: the enumerator names are used
BOOST_DESCRIBE_ENUM(color, red, green)

struct item {
    std::int64_t id;
    std::string name;
};
BOOST_DESCRIBE_STRUCT(item, (), (id, name))

/// One member per wire rule; each test sets just the member it is about.
struct every_kind {
    std::optional<std::int64_t> i64;
    std::optional<std::int32_t> i32;
    std::optional<std::uint32_t> u32;
    std::optional<whmcs::decimal> amount;
    std::optional<bool> flag;
    std::optional<std::string> text;
    std::optional<whmcs::date> day;
    std::optional<whmcs::datetime> moment;
    std::optional<sort_order> sort;
    std::optional<color> hue;
    std::vector<item> items;            // wrapper "item"
    std::vector<item> bare;             // no wrapper
    std::vector<std::string> words;     // list of scalars
    std::map<std::string, std::string> labels;
    std::optional<item> child;
    std::optional<std::string> renamed;  // wire key "re-named"

    static constexpr whmcs::meta::field whmcs_fields[] = {
        {"items", "", "item", ""},
        {"renamed", "re-named", "", "8.0"},
    };
};
BOOST_DESCRIBE_STRUCT(every_kind, (),
                      (i64, i32, u32, amount, flag, text, day, moment, sort, hue, items, bare,
                       words, labels, child, renamed))

/// Required members of each kind.
struct required_kinds {
    std::int64_t id;
    std::string name;
    whmcs::datetime when;
    std::vector<item> items;  // missing lists are empty, never an error
};
BOOST_DESCRIBE_STRUCT(required_kinds, (), (id, name, when, items))

struct versioned {
    std::int64_t added_later;
    static constexpr whmcs::meta::field whmcs_fields[] = {{"added_later", "", "", "8.0"}};
};
BOOST_DESCRIBE_STRUCT(versioned, (), (added_later))

}  // namespace sample

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

#endif
