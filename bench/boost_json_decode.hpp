#ifndef WHMCS_BENCH_BOOST_JSON_DECODE_HPP
#define WHMCS_BENCH_BOOST_JSON_DECODE_HPP

// Boost.JSON + Boost.Describe: boost::json::parse into a value, then
// boost::json::value_to<response>. Boost 1.81's built-in conversion of
// described classes rejects missing and extra keys and knows none of WHMCS's
// coercions, so this is the tolerant converter a user would write: one
// tag_invoke for every described struct (found by argument-dependent lookup),
// walking the members with mp_for_each, with WHMCS's wire rules for leaves.

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/meta.hpp>

#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bench::boost_json {

namespace bj = boost::json;

[[noreturn]] inline void fail(std::string_view key, const char* what) {
    throw std::runtime_error(std::string(key) + ": " + what);
}

inline void read(const bj::value& v, std::int64_t& out, std::string_view key) {
    if (v.is_int64()) {
        out = v.get_int64();
        return;
    }
    if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        out = static_cast<std::int64_t>(v.get_uint64());
        return;
    }
    if (v.is_string()) {
        const bj::string& s = v.get_string();
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        if (!s.empty() && ec == std::errc() && end == s.data() + s.size()) return;
    }
    fail(key, "not an integer");
}

inline void read(const bj::value& v, std::string& out, std::string_view key) {
    if (v.is_string()) {
        out.assign(v.get_string().data(), v.get_string().size());
    } else if (v.is_int64()) {
        out = std::to_string(v.get_int64());
    } else if (v.is_uint64()) {
        out = std::to_string(v.get_uint64());
    } else {
        fail(key, "not a string");
    }
}

inline void read(const bj::value& v, bool& out, std::string_view key) {
    if (v.is_bool()) {
        out = v.get_bool();
        return;
    }
    if (v.is_int64() && (v.get_int64() == 0 || v.get_int64() == 1)) {
        out = v.get_int64() == 1;
        return;
    }
    if (v.is_string()) {
        const std::string_view s = v.get_string();
        if (s == "1" || s == "true" || s == "on" || s == "yes") {
            out = true;
            return;
        }
        if (s == "0" || s == "false" || s == "off" || s == "no" || s.empty()) {
            out = false;
            return;
        }
    }
    fail(key, "not a boolean");
}

inline void read(const bj::value& v, whmcs::datetime& out, std::string_view key) {
    if (!v.is_string() || whmcs::datetime::parse(v.get_string(), out) != whmcs::parse_status::ok) {
        fail(key, "not a date and time");
    }
}

template <class T, std::enable_if_t<boost::describe::has_describe_members<T>::value, int> = 0>
void read(const bj::value& v, T& out, std::string_view) {
    out = bj::value_to<T>(v);
}

template <class T>
void read(const bj::value& v, std::vector<T>& out, std::string_view key);

template <class T>
void read(const bj::value& v, std::optional<T>& out, std::string_view key) {
    if (v.is_null()) return out.reset();
    read(v, out.emplace(), key);
}

inline bool is_index_key(std::string_view k) {
    if (k.empty() || k.size() > 18 || (k.size() > 1 && k[0] == '0')) return false;
    for (const char c : k) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

template <class T>
void read_list(const bj::value& v, std::vector<T>& out, std::string_view key,
               std::string_view wrapper) {
    out.clear();
    if (v.is_null() || (v.is_string() && v.get_string().empty())) return;
    auto element = [&](const bj::value& e) {
        if (e.is_array() && e.get_array().empty()) return;
        read(e, out.emplace_back(), key);
    };
    if (v.is_array()) {
        out.reserve(v.get_array().size());
        for (const bj::value& e : v.get_array()) element(e);
        return;
    }
    if (!v.is_object()) fail(key, "not a list");
    const bj::object& o = v.get_object();
    if (o.empty()) return;
    if (!wrapper.empty()) {
        if (const bj::value* inner = o.if_contains(wrapper)) return read_list(*inner, out, key, {});
    }
    if (is_index_key(o.begin()->key())) {
        for (const auto& m : o) {
            if (!is_index_key(m.key())) fail(key, "mixed index and other keys");
            element(m.value());
        }
        return;
    }
    if (wrapper.empty()) read(v, out.emplace_back(), key);
}

template <class T>
void read(const bj::value& v, std::vector<T>& out, std::string_view key) {
    read_list(v, out, key, {});
}

template <class T>
constexpr bool is_required = true;
template <class T>
constexpr bool is_required<std::optional<T>> = false;
template <class T>
constexpr bool is_required<std::vector<T>> = false;
template <class T>
constexpr bool is_list = false;
template <class T>
constexpr bool is_list<std::vector<T>> = true;

/// The tolerant struct converter: missing optional members stay empty, extra keys are ignored.
template <class T>
T read_struct(const bj::value& v) {
    if (!v.is_object()) fail("", "not an object");
    const bj::object& o = v.get_object();
    T out{};
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    boost::mp11::mp_for_each<members>([&](auto d) {
        constexpr whmcs::meta::field f = whmcs::meta::field_of<T>(decltype(d)::name);
        constexpr std::string_view key =
            f.wire.empty() ? std::string_view(decltype(d)::name) : f.wire;
        auto& member = out.*decltype(d)::pointer;
        using member_type = std::remove_reference_t<decltype(member)>;
        const bj::value* found = o.if_contains(key);
        if (!found || found->is_null()) {
            if constexpr (is_required<member_type>) fail(key, "missing");
            return;
        }
        if constexpr (is_list<member_type> && !f.wrapper.empty()) {
            read_list(*found, member, key, f.wrapper);
        } else {
            read(*found, member, key);
        }
    });
    return out;
}

}  // namespace bench::boost_json

namespace whmcs::api::get_ticket {

// Found by argument-dependent lookup from boost::json::value_to<T>.
template <class T, std::enable_if_t<boost::describe::has_describe_members<T>::value, int> = 0>
T tag_invoke(boost::json::value_to_tag<T>, const boost::json::value& v) {
    return bench::boost_json::read_struct<T>(v);
}

}  // namespace whmcs::api::get_ticket

namespace bench::boost_json {

/// Decodes a GetTicket response; throws.
inline whmcs::api::get_ticket::response decode(std::string_view text) {
    const bj::value v = bj::parse(text);
    return bj::value_to<whmcs::api::get_ticket::response>(v);
}

}  // namespace bench::boost_json

#endif
