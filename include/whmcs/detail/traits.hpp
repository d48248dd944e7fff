#ifndef WHMCS_DETAIL_TRAITS_HPP
#define WHMCS_DETAIL_TRAITS_HPP

// Type classification shared by decode, encode and form encoding.

#include <whmcs/meta.hpp>
#include <whmcs/types.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace whmcs::detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_string_map : std::false_type {};
template <class V, class C, class A>
struct is_string_map<std::map<std::string, V, C, A>> : std::true_type {};
template <class V, class H, class E, class A>
struct is_string_map<std::unordered_map<std::string, V, H, E, A>> : std::true_type {};

template <class T>
inline constexpr bool is_integer_v =
    std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>;

template <class T>
inline constexpr bool is_described_struct_v =
    boost::describe::has_describe_members<T>::value&& std::is_class_v<T>;

template <class T>
inline constexpr bool is_described_enum_v = boost::describe::has_describe_enumerators<T>::value;

/// Members of a described struct that take part in (de)serialization.
template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_public |
                                                                   boost::describe::mod_inherited>;

/// A member is required on the wire unless it is optional or a container
/// (WHMCS leaves out empty lists, so a missing list is an empty list).
template <class T>
inline constexpr bool is_required_v =
    !is_optional<T>::value && !is_vector<T>::value && !is_string_map<T>::value;

/// The wire value of enumerator `value` of E, or an empty view when `value`
/// is not one of E's enumerators.
template <class E>
constexpr std::string_view enum_wire_name(E value) noexcept {
    std::string_view result;
    std::size_t index = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (result.empty() && d.value == value) {
            if constexpr (meta::detail::has_wire_names<E>::value) {
                result = whmcs_wire_names(E{})[index];
            } else {
                result = d.name;
            }
        }
        ++index;
    });
    return result;
}

/// The enumerator whose wire value is `text`; false when there is none.
template <class E>
constexpr bool enum_from_wire_name(std::string_view text, E& out) noexcept {
    bool found = false;
    std::size_t index = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        std::string_view name;
        if constexpr (meta::detail::has_wire_names<E>::value) {
            name = whmcs_wire_names(E{})[index];
        } else {
            name = d.name;
        }
        if (!found && name == text) {
            out = d.value;
            found = true;
        }
        ++index;
    });
    return found;
}

/// All wire values of E, comma separated, for error messages.
template <class E>
std::string enum_wire_names_list() {
    std::string list;
    std::size_t index = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (!list.empty()) list += ", ";
        if constexpr (meta::detail::has_wire_names<E>::value) {
            list += whmcs_wire_names(E{})[index];
        } else {
            list += d.name;
        }
        ++index;
    });
    return list;
}

/// Parses an optional '-' followed by decimal digits, and nothing else, into
/// any integer type; out_of_range when the value does not fit that type.
template <class Int>
constexpr parse_status parse_integer(std::string_view text, Int& out) noexcept {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++i;
    if (i == text.size()) return parse_status::invalid;
    constexpr std::uint64_t max = static_cast<std::uint64_t>(std::numeric_limits<Int>::max());
    const std::uint64_t limit = !negative ? max : (std::is_signed_v<Int> ? max + 1 : 0);
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return parse_status::invalid;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (overflow || limit < digit || magnitude > (limit - digit) / 10) {
            overflow = true;
        } else {
            magnitude = magnitude * 10 + digit;
        }
    }
    if (overflow) return parse_status::out_of_range;
    if (!negative || magnitude == 0) {
        out = static_cast<Int>(magnitude);
    } else {
        out = static_cast<Int>(-static_cast<std::int64_t>(magnitude - 1) - 1);
    }
    return parse_status::ok;
}

}  // namespace whmcs::detail

#endif
