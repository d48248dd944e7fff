#ifndef WHMCS_BENCH_NLOHMANN_DECODE_HPP
#define WHMCS_BENCH_NLOHMANN_DECODE_HPP

// nlohmann::json: json::parse, then get<response>() through a from_json found
// by argument-dependent lookup, one for every described struct, walking the
// members with mp_for_each. nlohmann's own conversions reject "1" for an
// integer, so leaves use WHMCS's wire rules, as in the other variants.

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/meta.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bench::nlohmann_json {

using json = nlohmann::json;

[[noreturn]] inline void fail(std::string_view key, const char* what) {
    throw std::runtime_error(std::string(key) + ": " + what);
}

inline void read(const json& v, std::int64_t& out, std::string_view key) {
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() &&
            v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            fail(key, "out of range");
        }
        out = v.get<std::int64_t>();
        return;
    }
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        if (!s.empty() && ec == std::errc() && end == s.data() + s.size()) return;
    }
    fail(key, "not an integer");
}

inline void read(const json& v, std::string& out, std::string_view key) {
    if (v.is_string()) {
        out = v.get_ref<const std::string&>();
    } else if (v.is_number_unsigned()) {
        out = std::to_string(v.get<std::uint64_t>());
    } else if (v.is_number_integer()) {
        out = std::to_string(v.get<std::int64_t>());
    } else {
        fail(key, "not a string");
    }
}

inline void read(const json& v, bool& out, std::string_view key) {
    if (v.is_boolean()) {
        out = v.get<bool>();
        return;
    }
    if (v.is_number_integer() && (v.get<std::int64_t>() == 0 || v.get<std::int64_t>() == 1)) {
        out = v.get<std::int64_t>() == 1;
        return;
    }
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
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

inline void read(const json& v, whmcs::datetime& out, std::string_view key) {
    if (!v.is_string() ||
        whmcs::datetime::parse(v.get_ref<const std::string&>(), out) != whmcs::parse_status::ok) {
        fail(key, "not a date and time");
    }
}

template <class T, std::enable_if_t<boost::describe::has_describe_members<T>::value, int> = 0>
void read(const json& v, T& out, std::string_view) {
    v.get_to(out);
}

template <class T>
void read(const json& v, std::vector<T>& out, std::string_view key);

template <class T>
void read(const json& v, std::optional<T>& out, std::string_view key) {
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

// nlohmann::json keeps object keys sorted, so {"0": .., "1": .., "10": ..}
// comes back in string order: indexed lists are put in numeric order here.
template <class T>
void read_list(const json& v, std::vector<T>& out, std::string_view key, std::string_view wrapper) {
    out.clear();
    if (v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty())) return;
    auto element = [&](const json& e) {
        if (e.is_array() && e.empty()) return;
        read(e, out.emplace_back(), key);
    };
    if (v.is_array()) {
        out.reserve(v.size());
        for (const json& e : v) element(e);
        return;
    }
    if (!v.is_object()) fail(key, "not a list");
    if (v.empty()) return;
    if (!wrapper.empty()) {
        if (const auto it = v.find(wrapper); it != v.end()) return read_list(*it, out, key, {});
    }
    if (is_index_key(v.begin().key())) {
        std::vector<std::pair<std::uint64_t, const json*>> ordered;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!is_index_key(it.key())) fail(key, "mixed index and other keys");
            ordered.emplace_back(std::stoull(it.key()), &it.value());
        }
        std::sort(ordered.begin(), ordered.end());
        for (const auto& [index, e] : ordered) element(*e);
        return;
    }
    if (wrapper.empty()) read(v, out.emplace_back(), key);
}

template <class T>
void read(const json& v, std::vector<T>& out, std::string_view key) {
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

template <class T>
void read_struct(const json& v, T& out) {
    if (!v.is_object()) fail("", "not an object");
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    boost::mp11::mp_for_each<members>([&](auto d) {
        constexpr whmcs::meta::field f = whmcs::meta::field_of<T>(decltype(d)::name);
        constexpr std::string_view key =
            f.wire.empty() ? std::string_view(decltype(d)::name) : f.wire;
        auto& member = out.*decltype(d)::pointer;
        using member_type = std::remove_reference_t<decltype(member)>;
        const auto it = v.find(key);
        if (it == v.end() || it->is_null()) {
            if constexpr (is_required<member_type>) fail(key, "missing");
            return;
        }
        if constexpr (is_list<member_type> && !f.wrapper.empty()) {
            read_list(*it, member, key, f.wrapper);
        } else {
            read(*it, member, key);
        }
    });
}

}  // namespace bench::nlohmann_json

namespace whmcs::api::get_ticket {

// Found by argument-dependent lookup from nlohmann::json::get<T>().
template <class T, std::enable_if_t<boost::describe::has_describe_members<T>::value, int> = 0>
void from_json(const nlohmann::json& v, T& out) {
    bench::nlohmann_json::read_struct(v, out);
}

}  // namespace whmcs::api::get_ticket

namespace bench::nlohmann_json {

/// Decodes a GetTicket response; throws.
inline whmcs::api::get_ticket::response decode(std::string_view text) {
    const json v = json::parse(text.begin(), text.end());
    return v.get<whmcs::api::get_ticket::response>();
}

}  // namespace bench::nlohmann_json

#endif
