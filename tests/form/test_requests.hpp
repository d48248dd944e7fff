#ifndef WHMCS_TESTS_FORM_TEST_REQUESTS_HPP
#define WHMCS_TESTS_FORM_TEST_REQUESTS_HPP

// Hand-written request and response types shaped like generated ones, so the
// form, envelope and client tests do not depend on the generator.

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

namespace test_api {

enum class replies_sort { asc, desc };
BOOST_DESCRIBE_ENUM(replies_sort, asc, desc)
constexpr std::array<std::string_view, 2> whmcs_wire_names(replies_sort) noexcept {
    return {"ASC", "DESC"};
}

struct reply {
    std::optional<std::int64_t> replyid;
    std::string name;
    std::string message;
};
BOOST_DESCRIBE_STRUCT(reply, (), (replyid, name, message))

/// A cut-down GetTicket response.
struct ticket {
    std::string result;
    std::int64_t ticketid;
    std::string subject;
    std::string status;  // the ticket's status, not an envelope
    std::vector<reply> replies;

    static constexpr whmcs::meta::field whmcs_fields[] = {{"replies", "", "reply", ""}};
};
BOOST_DESCRIBE_STRUCT(ticket, (), (result, ticketid, subject, status, replies))

/// A cut-down GetTicket request.
struct get_ticket {
    std::optional<std::string> ticketnum;
    std::optional<std::int64_t> ticketid;
    std::optional<replies_sort> repliessort;

    static constexpr std::string_view whmcs_action = "GetTicket";
    using whmcs_response = ticket;
    static constexpr whmcs::meta::constraint whmcs_constraints[] = {
        {whmcs::meta::constraint_kind::at_least_one,
         {"ticketid", "ticketnum"},
         "either ticketid or ticketnum is required"},
    };
};
BOOST_DESCRIBE_STRUCT(get_ticket, (), (ticketnum, ticketid, repliessort))

struct line_item {
    std::string description;
    whmcs::decimal amount;
};
BOOST_DESCRIBE_STRUCT(line_item, (), (description, amount))

struct nothing {
    std::optional<std::string> result;
};
BOOST_DESCRIBE_STRUCT(nothing, (), (result))

/// One parameter of every kind the form encoder writes.
struct every_param {
    std::string text;
    bool yes;
    bool no;
    std::int32_t small;
    std::int64_t big;
    std::uint64_t unsigned_big;
    whmcs::decimal amount;
    whmcs::date due;
    whmcs::datetime when;
    std::optional<std::string> unset;
    std::vector<std::string> tags;
    std::vector<std::string> empty_list;
    std::map<std::string, std::string> customfields;
    std::vector<line_item> items;
    std::optional<std::string> renamed;  // wire key "re named[]"

    static constexpr std::string_view whmcs_action = "AddThing";
    using whmcs_response = nothing;
    static constexpr whmcs::meta::field whmcs_fields[] = {{"renamed", "re named[]", "", ""}};
};
BOOST_DESCRIBE_STRUCT(every_param, (),
                      (text, yes, no, small, big, unsigned_big, amount, due, when, unset, tags,
                       empty_list, customfields, items, renamed))

/// A request whose members must be given one at a time.
struct pick_one {
    std::optional<std::int64_t> clientid;
    std::optional<std::string> email;
    std::vector<std::int64_t> ids;

    static constexpr std::string_view whmcs_action = "PickOne";
    using whmcs_response = nothing;
    static constexpr whmcs::meta::constraint whmcs_constraints[] = {
        {whmcs::meta::constraint_kind::exactly_one, {"clientid", "email", "ids"}, ""},
    };
};
BOOST_DESCRIBE_STRUCT(pick_one, (), (clientid, email, ids))

}  // namespace test_api

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

#endif
