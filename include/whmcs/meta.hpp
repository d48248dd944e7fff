#ifndef WHMCS_META_HPP
#define WHMCS_META_HPP

/// The vocabulary generated headers use to describe how their types meet the
/// wire. Generated code holds only types and this metadata; every behaviour
/// lives in the runtime. Hand-written described structs work without any of
/// it: each member then uses its C++ name as its wire key, has no wrapper, and
/// is required unless it is a std::optional, a list or a map.
///
/// What a generated struct may declare (all optional):
/// \code
///   struct reply {
///       std::optional<std::int64_t> replyid;
///       std::optional<std::vector<attachment>> attachments;
///       static constexpr whmcs::meta::field whmcs_fields[] = {
///           {"attachments", "", "", "7.10"},   // member, wire key, wrapper, since
///       };
///   };
///   struct request {
///       static constexpr std::string_view whmcs_action = "GetTicket";
///       using whmcs_response = response;
///       static constexpr whmcs::meta::constraint whmcs_constraints[] = {
///           {whmcs::meta::constraint_kind::at_least_one, {"ticketid", "ticketnum"},
///            "either ticketid or ticketnum is required"},
///       };
///       ...
///   };
/// \endcode
/// and an enum may give its wire values, in enumerator order, through a
/// function found by argument-dependent lookup:
/// \code
///   enum class replies_sort { asc, desc };
///   BOOST_DESCRIBE_ENUM(replies_sort, asc, desc)
///   constexpr std::array<std::string_view, 2> whmcs_wire_names(replies_sort) noexcept
///   { return {"ASC", "DESC"}; }
/// \endcode

#include <whmcs/version.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace whmcs::meta {

/// How one described member appears on the wire where that differs from the
/// defaults. Empty views mean "the default".
struct field {
    std::string_view member;   ///< C++ member name, as listed in BOOST_DESCRIBE_STRUCT
    std::string_view wire;     ///< key on the wire; empty: the member name
    std::string_view wrapper;  ///< lists only: key of the wrapping object, as in {"reply": [...]}
    std::string_view since;    ///< WHMCS version that added the field; empty: always present
};

/// The kinds of rule a request can put on a group of its parameters.
enum class constraint_kind {
    at_least_one,  ///< at least one of the members must be set
    exactly_one,   ///< exactly one of the members must be set
};

/// Largest number of members one constraint can name.
inline constexpr std::size_t max_constraint_members = 8;

/// A rule on request parameters, checked before a request is sent.
struct constraint {
    constraint_kind kind;
    std::array<std::string_view, max_constraint_members>
        members;                   ///< C++ member names; unused slots empty
    std::string_view description;  ///< the rule in words, used in request_error messages
};

namespace detail {

template <class T, class = void>
struct has_fields : std::false_type {};
template <class T>
struct has_fields<T, std::void_t<decltype(T::whmcs_fields)>> : std::true_type {};

template <class T, class = void>
struct has_constraints : std::false_type {};
template <class T>
struct has_constraints<T, std::void_t<decltype(T::whmcs_constraints)>> : std::true_type {};

template <class T, class = void>
struct has_action : std::false_type {};
template <class T>
struct has_action<T, std::void_t<decltype(T::whmcs_action), typename T::whmcs_response>>
    : std::true_type {};

template <class E, class = void>
struct has_wire_names : std::false_type {};
template <class E>
struct has_wire_names<E, std::void_t<decltype(whmcs_wire_names(std::declval<E>()))>>
    : std::true_type {};

}  // namespace detail

/// True for a request type generated for an API action (it names the action
/// and its response type).
template <class T>
inline constexpr bool is_request_v = detail::has_action<T>::value;

/// The response type of a generated request type.
template <class Request>
using response_t = typename Request::whmcs_response;

/// The metadata entry of member `member` of T, or an entry with empty views.
template <class T>
constexpr field field_of(std::string_view member) noexcept {
    if constexpr (detail::has_fields<T>::value) {
        for (const field& f : T::whmcs_fields) {
            if (f.member == member) return f;
        }
    }
    return field{member, {}, {}, {}};
}

/// The key under which member `member` of T travels on the wire.
template <class T>
constexpr std::string_view wire_name_of(std::string_view member) noexcept {
    const field f = field_of<T>(member);
    return f.wire.empty() ? member : f.wire;
}

}  // namespace whmcs::meta

#endif
