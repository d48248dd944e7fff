#ifndef WHMCS_JSON_ENCODE_HPP
#define WHMCS_JSON_ENCODE_HPP

/// Encoding described structs as JSON: canonical by default, or in the shape
/// a WHMCS server sends (encode_options::wire_shape).
///
/// \code
///   std::string canonical = whmcs::json::encode(ticket);
///   std::string as_server = whmcs::json::encode(ticket, {/*wire_shape=*/true});
/// \endcode

#include <whmcs/detail/traits.hpp>
#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/json/options.hpp>
#include <whmcs/meta.hpp>
#include <whmcs/types.hpp>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace whmcs::json {

/// A value that cannot be written as JSON: a string that is not UTF-8, an
/// enum holding no enumerator. what() names the member's JSON Pointer.
class encode_error : public error {
public:
    using error::error;
};

namespace detail {

using whmcs::detail::is_described_enum_v;
using whmcs::detail::is_described_struct_v;
using whmcs::detail::is_integer_v;
using whmcs::detail::is_optional;
using whmcs::detail::is_string_map;
using whmcs::detail::is_vector;

template <class Writer>
class encoder {
public:
    encoder(Writer& writer, const encode_options& options) : w_(writer), options_(options) {}

    /// Writes `value`; on failure returns false with problem() and the
    /// pointer built by the callers on the way back up (failure_path()).
    template <class T>
    bool write(const T& value, std::string_view wrapper = {}) {
        if constexpr (std::is_same_v<T, std::string>) {
            if (!whmcs::detail::is_valid_utf8(value))
                return fail("a string that is not valid UTF-8");
            return write_text(value);
        } else if constexpr (std::is_same_v<T, bool>) {
            return w_.Bool(value);
        } else if constexpr (is_integer_v<T>) {
            if (options_.wire_shape) return write_text(std::to_string(value));
            if constexpr (std::is_signed_v<T>) {
                return w_.Int64(static_cast<std::int64_t>(value));
            } else {
                return w_.Uint64(static_cast<std::uint64_t>(value));
            }
        } else if constexpr (std::is_same_v<T, decimal>) {
            const std::string text = value.to_string();
            if (options_.wire_shape) return write_text(text);
            return w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
        } else if constexpr (std::is_same_v<T, date> || std::is_same_v<T, datetime>) {
            return write_text(value.to_string());
        } else if constexpr (is_described_enum_v<T>) {
            const std::string_view name = whmcs::detail::enum_wire_name(value);
            if (name.empty()) return fail("an enum value that is none of its enumerators");
            return write_text(name);
        } else if constexpr (is_optional<T>::value) {
            return value ? write(*value, wrapper) : w_.Null();
        } else if constexpr (is_vector<T>::value) {
            const bool wrapped = options_.wire_shape && !wrapper.empty();
            if (wrapped) {
                w_.StartObject();
                w_.Key(wrapper.data(), static_cast<rapidjson::SizeType>(wrapper.size()));
            }
            w_.StartArray();
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (!write(value[i])) return step_back(std::to_string(i));
            }
            w_.EndArray();
            if (wrapped) w_.EndObject();
            return true;
        } else if constexpr (is_string_map<T>::value) {
            w_.StartObject();
            for (const auto& [key, element] : value) {
                if (!whmcs::detail::is_valid_utf8(key))
                    return fail("a key that is not valid UTF-8");
                w_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
                if (!write(element)) return step_back(key);
            }
            return w_.EndObject();
        } else if constexpr (is_described_struct_v<T>) {
            return write_struct(value);
        } else {
            static_assert(sizeof(T) == 0, "whmcs::json::encode: unsupported member type");
        }
    }

    const std::string& problem() const noexcept { return problem_; }
    const std::string& failure_path() const noexcept { return path_; }

private:
    template <class T>
    bool write_struct(const T& value) {
        w_.StartObject();
        bool ok = true;
        boost::mp11::mp_for_each<whmcs::detail::described_members<T>>([&](auto d) {
            if (!ok) return;
            const auto& member = value.*decltype(d)::pointer;
            using member_type = std::remove_cv_t<std::remove_reference_t<decltype(member)>>;
            if constexpr (is_optional<member_type>::value) {
                if (!member) return;  // absent optionals are left out
            }
            const meta::field f = meta::field_of<T>(decltype(d)::name);
            const std::string_view key =
                f.wire.empty() ? std::string_view(decltype(d)::name) : f.wire;
            w_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
            if (!write(member, f.wrapper)) {
                if (options_.wire_shape && !f.wrapper.empty() && !path_.empty()) {
                    path_.insert(0, "/" + std::string(f.wrapper));
                }
                ok = step_back(key);
            }
        });
        return ok && w_.EndObject();
    }

    bool write_text(std::string_view text) {
        return w_.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    }
    bool fail(const char* problem) {
        problem_ = problem;
        return false;
    }
    bool step_back(std::string_view key) {
        std::string step = "/";
        for (const char c : key)
            step += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        path_.insert(0, step);
        return false;
    }

    Writer& w_;
    const encode_options& options_;
    std::string problem_;
    std::string path_;
};

template <class Writer, class T>
void encode_with(Writer& writer, const T& value, const encode_options& options) {
    encoder<Writer> e(writer, options);
    if (!e.write(value)) {
        throw encode_error("cannot encode " +
                           (e.failure_path().empty() ? std::string("(root)") : e.failure_path()) +
                           ": " + e.problem());
    }
}

}  // namespace detail

/// Encodes `value` as JSON. Throws encode_error (naming the member) for a
/// string that is not UTF-8 or an enum holding no enumerator.
template <class T>
std::string encode(const T& value, const encode_options& options = {}) {
    // Strings are checked for UTF-8 by the encoder itself: RapidJSON 1.1's
    // PrettyWriter does not compile with kWriteValidateEncodingFlag.
    rapidjson::StringBuffer out;
    if (options.pretty) {
        rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(out);
        writer.SetIndent(' ', 4);
        detail::encode_with(writer, value, options);
    } else {
        rapidjson::Writer<rapidjson::StringBuffer> writer(out);
        detail::encode_with(writer, value, options);
    }
    return std::string(out.GetString(), out.GetSize());
}

}  // namespace whmcs::json

#endif
