#ifndef WHMCS_JSON_DETAIL_DECODER_HPP
#define WHMCS_JSON_DETAIL_DECODER_HPP

// The streaming decoder: RapidJSON's SAX Reader drives a stack of frames, one
// per open JSON object or array, each writing straight into the C++ value it
// stands for. No document tree is built: that alone costs about as much as
// the whole decode (DESIGN.md, "What speed is possible").
//
// Two small tables of function pointers carry the type-specific work:
//   value_ops  how one C++ type takes a JSON value (scalar, or the start of an
//              object or array, which pushes a frame);
//   frame_ops  how an open frame takes the events inside it (keys, values, its end).
// Both are static per type, so the decoder itself is not a template and the
// per-event cost is an indirect call.

#include <whmcs/detail/traits.hpp>
#include <whmcs/error.hpp>
#include <whmcs/json/detail/describe_value.hpp>
#include <whmcs/json/options.hpp>
#include <whmcs/meta.hpp>
#include <whmcs/types.hpp>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace whmcs::json::detail {

using whmcs::detail::is_described_enum_v;
using whmcs::detail::is_described_struct_v;
using whmcs::detail::is_integer_v;
using whmcs::detail::is_optional;
using whmcs::detail::is_string_map;
using whmcs::detail::is_vector;

class decoder;
struct frame;

/// A JSON scalar as the reader delivered it. Numbers keep their text
/// (kParseNumbersAsStringsFlag) so integers, decimals and strings each read
/// them exactly.
struct token {
    enum kind_t : unsigned char { null, boolean, number, string } kind;
    bool boolean_value = false;
    std::string_view text;
};

/// Where the next value goes: a C++ object and how it takes JSON values.
struct slot {
    void* target = nullptr;
    const struct value_ops* ops = nullptr;
    std::string_view wrapper;  // lists: the key of their wrapper object
};

struct value_ops {
    bool (*scalar)(decoder&, const slot&, const token&);
    bool (*begin_object)(decoder&, const slot&);
    bool (*begin_array)(decoder&, const slot&);
    const char* expected;  // for messages: "integer", "list of reply"
};

struct frame_ops {
    bool (*key)(decoder&, frame&, std::string_view);
    bool (*scalar)(decoder&, frame&, const token&);
    bool (*begin_object)(decoder&, frame&);
    bool (*begin_array)(decoder&, frame&);
    bool (*end)(decoder&, frame&);
};

/// One step of a JSON Pointer.
struct path_step {
    std::string_view key;
    std::size_t index = 0;
    enum : unsigned char { none, by_key, by_index } kind = none;
};

/// An open JSON object or array, or the root.
struct frame {
    const frame_ops* ops = nullptr;
    slot self;                       // the C++ value this frame fills
    slot pending;                    // object frames: where the current key's value goes
    path_step child;                 // the step from this frame to the value being read
    std::size_t hint = 0;            // structs: member expected next; lists: element count
    std::uint64_t seen[2] = {0, 0};  // structs: members met so far
    unsigned skip_depth = 0;         // skip frames: open containers still to close
};

// ---------------------------------------------------------------------------
// The decoder: RapidJSON handler and frame stack.
// ---------------------------------------------------------------------------

class decoder {
public:
    decoder(const decode_options& options, decode_report* report)
        : options_(options), report_(report) {
        frames_.reserve(16);
    }

    const decode_options& options() const noexcept { return options_; }
    decode_error_info& error() noexcept { return error_; }
    bool failed() const noexcept { return failed_; }

    frame& push(const frame_ops* ops, slot self) {
        frame& f = frames_.emplace_back();
        f.ops = ops;
        f.self = self;
        return f;
    }
    void pop() noexcept { frames_.pop_back(); }
    frame& top() noexcept { return frames_.back(); }

    /// Records the first error (with the current path) and stops the parse.
    bool fail(decode_errc code, std::string expected, std::string found) {
        if (!failed_) {
            failed_ = true;
            error_.code = code;
            error_.path = path();
            error_.expected = std::move(expected);
            error_.found = std::move(found);
        }
        return false;
    }

    /// JSON Pointer of the value being read.
    std::string path() const {
        std::string out;
        for (const frame& f : frames_) {
            switch (f.child.kind) {
                case path_step::by_key:
                    append_pointer_step(out, f.child.key);
                    break;
                case path_step::by_index:
                    out += '/';
                    out += std::to_string(f.child.index);
                    break;
                case path_step::none:
                    break;
            }
        }
        return out;
    }

    /// A key the target type does not have: report it, then skip or reject it.
    bool unknown_key(frame& f, std::string_view key);

    // RapidJSON handler interface. Numbers arrive as RawNumber only.
    bool Null() { return dispatch_scalar(token{token::null, false, {}}); }
    bool Bool(bool b) { return dispatch_scalar(token{token::boolean, b, b ? "true" : "false"}); }
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(std::int64_t) { return false; }
    bool Uint64(std::uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        return dispatch_scalar(token{token::number, false, std::string_view(s, n)});
    }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        const std::string_view text(s, n);
        if (has_surrogate(text)) return fail_surrogate();
        return dispatch_scalar(token{token::string, false, text});
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        const std::string_view text(s, n);
        if (has_surrogate(text)) return fail_surrogate();
        frame& f = top();
        return f.ops->key(*this, f, text);
    }
    bool StartObject() {
        if (!enter()) return false;
        frame& f = top();
        return f.ops->begin_object(*this, f);
    }
    bool StartArray() {
        if (!enter()) return false;
        frame& f = top();
        return f.ops->begin_array(*this, f);
    }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }

private:
    static void append_pointer_step(std::string& out, std::string_view key) {
        out += '/';
        for (const char c : key) {
            if (c == '~') {
                out += "~0";
            } else if (c == '/') {
                out += "~1";
            } else {
                out += c;
            }
        }
    }

    // RapidJSON 1.1 checks that a high surrogate escape is followed by a low
    // one, but lets a lone low surrogate (\udc00) through as the bytes
    // ED B0..BF xx, which are not UTF-8. memchr keeps the check cheap.
    static bool has_surrogate(std::string_view text) noexcept {
        const char* p = text.data();
        const char* end = p + text.size();
        while ((p = static_cast<const char*>(
                    std::memchr(p, '\xED', static_cast<std::size_t>(end - p))))) {
            if (p + 1 < end && static_cast<unsigned char>(p[1]) >= 0xA0) return true;
            ++p;
        }
        return false;
    }
    bool fail_surrogate() {
        return fail(decode_errc::invalid_utf8, "valid UTF-8 text", "an unpaired surrogate escape");
    }

    bool dispatch_scalar(const token& t) {
        frame& f = top();
        return f.ops->scalar(*this, f, t);
    }
    bool enter() {
        if (++depth_ > max_depth()) {
            return fail(decode_errc::too_deep,
                        "at most " + std::to_string(max_depth()) + " levels of nesting",
                        "deeper nesting");
        }
        return true;
    }
    bool leave() {
        --depth_;
        frame& f = top();
        return f.ops->end(*this, f);
    }
    std::size_t max_depth() const noexcept {
        return options_.max_depth < decode_options::hard_max_depth ? options_.max_depth
                                                                   : decode_options::hard_max_depth;
    }

    const decode_options& options_;
    decode_report* report_;
    std::vector<frame> frames_;
    std::size_t depth_ = 0;
    bool failed_ = false;
    decode_error_info error_;

    std::string skipped_key_;  // the unknown key being skipped, for paths inside it
};

// ---------------------------------------------------------------------------
// Frames shared by several types.
// ---------------------------------------------------------------------------

/// Object frames hand each value to the slot their last key chose.
struct object_values {
    static bool scalar(decoder& d, frame& f, const token& t) {
        return f.pending.ops->scalar(d, f.pending, t);
    }
    static bool begin_object(decoder& d, frame& f) {
        const slot s = f.pending;  // push() may move f
        return s.ops->begin_object(d, s);
    }
    static bool begin_array(decoder& d, frame& f) {
        const slot s = f.pending;
        return s.ops->begin_array(d, s);
    }
};

/// Consumes a value nobody asked for, however deeply nested, without a frame
/// per level.
struct skip_frame {
    static bool key(decoder&, frame&, std::string_view) { return true; }
    static bool scalar(decoder&, frame&, const token&) { return true; }
    static bool begin(decoder&, frame& f) {
        ++f.skip_depth;
        return true;
    }
    static bool end(decoder& d, frame& f) {
        if (--f.skip_depth == 0) d.pop();
        return true;
    }
    static constexpr frame_ops ops{key, scalar, begin, begin, end};
};

/// The value_ops of "skip this value".
struct skip_value {
    static bool scalar(decoder&, const slot&, const token&) { return true; }
    static bool begin(decoder& d, const slot&) {
        d.push(&skip_frame::ops, slot{}).skip_depth = 1;
        return true;
    }
    static constexpr value_ops ops{scalar, begin, begin, "any value"};
};

inline bool decoder::unknown_key(frame& f, std::string_view key) {
    f.child = path_step{key, 0, path_step::by_key};
    if (options_.unknown == unknown_keys::reject) {
        return fail(decode_errc::unknown_member, "no such key", "key " + excerpt(key));
    }
    if (report_) report_->unknown_keys.push_back(path());
    // The key's text lives only during this callback; keep a copy for paths
    // of errors met while skipping its value.
    skipped_key_.assign(key);
    f.child.key = skipped_key_;
    f.pending = slot{nullptr, &skip_value::ops, {}};
    return true;
}

/// "string \"12abc\"", "object", "null": the found part of a message.
inline std::string describe(const token& t) {
    switch (t.kind) {
        case token::null:
            return "null";
        case token::boolean:
            return t.boolean_value ? "boolean true" : "boolean false";
        case token::number:
            return "number " + std::string(t.text.substr(0, max_excerpt));
        case token::string:
            return "string " + excerpt(t.text);
    }
    return {};
}

inline bool type_mismatch(decoder& d, const char* expected, const token& t) {
    if (t.kind == token::null) return d.fail(decode_errc::missing_member, expected, "null");
    return d.fail(decode_errc::type_mismatch, expected, describe(t));
}

inline bool reject_object(decoder& d, const slot& s) {
    return d.fail(decode_errc::type_mismatch, s.ops->expected, "object");
}

inline bool reject_array(decoder& d, const slot& s) {
    return d.fail(decode_errc::type_mismatch, s.ops->expected, "array");
}

inline bool fail_parse(decoder& d, parse_status status, const char* expected, const token& t) {
    return d.fail(status == parse_status::out_of_range ? decode_errc::out_of_range
                                                       : decode_errc::invalid_value,
                  expected, describe(t));
}

// ---------------------------------------------------------------------------
// value_ops for each kind of C++ type.
// ---------------------------------------------------------------------------

template <class T, class = void>
struct value_traits;  // defined per kind below

template <class T>
constexpr const value_ops* ops_of() noexcept {
    return &value_traits<T>::ops;
}

/// Scalars: everything but objects and arrays.
template <class T>
struct scalar_value {
    static bool begin_object(decoder& d, const slot& s) { return reject_object(d, s); }
    static bool begin_array(decoder& d, const slot& s) { return reject_array(d, s); }
};

template <>
struct value_traits<std::string> : scalar_value<std::string> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind == token::string || t.kind == token::number) {
            static_cast<std::string*>(s.target)->assign(t.text.data(), t.text.size());
            return true;
        }
        return type_mismatch(d, ops.expected, t);
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array, "string"};
};

template <class T>
struct value_traits<T, std::enable_if_t<is_integer_v<T>>> : scalar_value<T> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind != token::number && t.kind != token::string) {
            return type_mismatch(d, ops.expected, t);
        }
        const parse_status status =
            whmcs::detail::parse_integer(t.text, *static_cast<T*>(s.target));
        return status == parse_status::ok || fail_parse(d, status, ops.expected, t);
    }
    static constexpr value_ops ops{scalar, scalar_value<T>::begin_object,
                                   scalar_value<T>::begin_array, "integer"};
};

template <>
struct value_traits<bool> : scalar_value<bool> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        bool& out = *static_cast<bool*>(s.target);
        if (t.kind == token::boolean) {
            out = t.boolean_value;
            return true;
        }
        if (t.kind == token::number || t.kind == token::string) {
            const std::string_view v = t.text;
            if (v == "1" || (t.kind == token::string && (v == "true" || v == "on" || v == "yes"))) {
                out = true;
                return true;
            }
            if (v == "0" || (t.kind == token::string &&
                             (v == "false" || v == "off" || v == "no" || v.empty()))) {
                out = false;
                return true;
            }
            return d.fail(decode_errc::invalid_value, ops.expected, describe(t));
        }
        return type_mismatch(d, ops.expected, t);
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array, "boolean"};
};

template <>
struct value_traits<decimal> : scalar_value<decimal> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind != token::number && t.kind != token::string) {
            return type_mismatch(d, ops.expected, t);
        }
        const parse_status status = decimal::parse(t.text, *static_cast<decimal*>(s.target));
        return status == parse_status::ok || fail_parse(d, status, ops.expected, t);
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array, "decimal number"};
};

template <class Date>
struct date_value : scalar_value<Date> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind != token::string) return type_mismatch(d, ops.expected, t);
        const parse_status status = Date::parse(t.text, *static_cast<Date*>(s.target));
        return status == parse_status::ok || fail_parse(d, status, ops.expected, t);
    }
    static constexpr value_ops ops{
        scalar, scalar_value<Date>::begin_object, scalar_value<Date>::begin_array,
        std::is_same_v<Date, date> ? "date (Y-m-d)" : "date and time (Y-m-d H:i:s)"};
};
template <>
struct value_traits<date> : date_value<date> {};
template <>
struct value_traits<datetime> : date_value<datetime> {};

template <class E>
struct value_traits<E, std::enable_if_t<is_described_enum_v<E>>> : scalar_value<E> {
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind == token::string &&
            whmcs::detail::enum_from_wire_name(t.text, *static_cast<E*>(s.target))) {
            return true;
        }
        const std::string expected = "one of " + whmcs::detail::enum_wire_names_list<E>();
        if (t.kind == token::string)
            return d.fail(decode_errc::invalid_value, expected, describe(t));
        return type_mismatch(d, expected.c_str(), t);
    }
    static constexpr value_ops ops{scalar, scalar_value<E>::begin_object,
                                   scalar_value<E>::begin_array, "enumerator"};
};

/// std::optional<T>: null (like a missing key) leaves it empty; anything else
/// engages it and decodes T.
template <class T>
struct value_traits<std::optional<T>> {
    static slot inner(const slot& s) {
        auto& opt = *static_cast<std::optional<T>*>(s.target);
        opt.emplace();
        return slot{&*opt, ops_of<T>(), s.wrapper};
    }
    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind == token::null) {
            static_cast<std::optional<T>*>(s.target)->reset();
            return true;
        }
        const slot in = inner(s);
        return in.ops->scalar(d, in, t);
    }
    static bool begin_object(decoder& d, const slot& s) {
        const slot in = inner(s);
        return in.ops->begin_object(d, in);
    }
    static bool begin_array(decoder& d, const slot& s) {
        const slot in = inner(s);
        return in.ops->begin_array(d, in);
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array,
                                   value_traits<T>::ops.expected};
};

// ---------------------------------------------------------------------------
// Described structs.
// ---------------------------------------------------------------------------

/// One member of a described struct, type-erased.
struct member_entry {
    std::string_view wire;
    std::string_view wrapper;
    std::string_view since;
    void* (*address)(void*);
    void (*reset)(void*);
    const value_ops* ops;
    bool required;
};

template <class M>
void reset_value(void* target) {
    *static_cast<M*>(target) = M{};
}

template <class T, class D>
void* member_address(void* object) {
    return &(static_cast<T*>(object)->*D::pointer);
}

template <class T, class D>
constexpr member_entry make_member_entry() {
    using member_type =
        std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*D::pointer)>>;
    const meta::field f = meta::field_of<T>(D::name);
    return member_entry{f.wire.empty() ? std::string_view(D::name) : f.wire,
                        f.wrapper,
                        f.since,
                        &member_address<T, D>,
                        &reset_value<member_type>,
                        ops_of<member_type>(),
                        whmcs::detail::is_required_v<member_type>};
}

template <class T, template <class...> class L, class... D>
constexpr std::array<member_entry, sizeof...(D)> make_member_table(L<D...>) {
    return {{make_member_entry<T, D>()...}};
}

template <class T>
struct struct_table {
    static constexpr auto members = make_member_table<T>(whmcs::detail::described_members<T>{});
    static_assert(members.size() <= 128, "whmcs-bind decodes structs of at most 128 members");
};

template <class T>
struct struct_frame {
    static constexpr const auto& members = struct_table<T>::members;

    // Members usually arrive in schema order, so the member after the last
    // match is tried first; a full scan handles any other order.
    static bool key(decoder& d, frame& f, std::string_view key) {
        const std::size_t n = members.size();
        std::size_t i = f.hint;
        if (i >= n || members[i].wire != key) {
            i = 0;
            while (i < n && members[i].wire != key) ++i;
            if (i == n) return d.unknown_key(f, key);
        }
        const member_entry& m = members[i];
        f.hint = i + 1;
        f.child = path_step{m.wire, 0, path_step::by_key};
        void* target = m.address(f.self.target);
        std::uint64_t& word = f.seen[i / 64];
        const std::uint64_t bit = std::uint64_t{1} << (i % 64);
        if (word & bit) m.reset(target);  // a duplicate key: the last one wins
        word |= bit;
        f.pending = slot{target, m.ops, m.wrapper};
        return true;
    }

    static bool end(decoder& d, frame& f) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].required && !(f.seen[i / 64] & (std::uint64_t{1} << (i % 64)))) {
                f.child = path_step{members[i].wire, 0, path_step::by_key};
                std::string expected = members[i].ops->expected;
                if (!members[i].since.empty()) {
                    expected += " (added in WHMCS ";
                    expected += members[i].since;
                    expected += ')';
                }
                return d.fail(decode_errc::missing_member, std::move(expected), "no such key");
            }
        }
        d.pop();
        return true;
    }

    static constexpr frame_ops ops{key, object_values::scalar, object_values::begin_object,
                                   object_values::begin_array, end};
};

template <class T>
struct value_traits<T, std::enable_if_t<is_described_struct_v<T>>> : scalar_value<T> {
    static bool scalar(decoder& d, const slot&, const token& t) {
        return type_mismatch(d, ops.expected, t);
    }
    static bool begin_object(decoder& d, const slot& s) {
        d.push(&struct_frame<T>::ops, s);
        return true;
    }
    static constexpr value_ops ops{scalar, begin_object, scalar_value<T>::begin_array, "object"};
};

// ---------------------------------------------------------------------------
// Lists: every shape PHP's arrays take on the wire.
// ---------------------------------------------------------------------------

template <class Vec>
struct list_frames {
    using element = typename Vec::value_type;
    static constexpr bool of_objects = is_described_struct_v<element>;

    static slot new_element(frame& f, path_step step) {
        Vec& v = *static_cast<Vec*>(f.self.target);
        f.child = step;
        return slot{&v.emplace_back(), ops_of<element>(), {}};
    }

    /// [a, b, c]. `hint` counts positions in the input, which differ from
    /// positions in the list when empty elements are skipped.
    struct array {
        static path_step next_position(frame& f) {
            return path_step{{}, f.hint++, path_step::by_index};
        }
        static bool key(decoder&, frame&, std::string_view) { return false; }  // never called
        static bool scalar(decoder& d, frame& f, const token& t) {
            const slot s = new_element(f, next_position(f));
            return s.ops->scalar(d, s, t);
        }
        static bool begin_object(decoder& d, frame& f) {
            const slot s = new_element(f, next_position(f));
            return s.ops->begin_object(d, s);
        }
        static bool begin_array(decoder& d, frame& f) {
            if constexpr (of_objects) {
                // PHP's empty array stands for "nothing here" ("attachments": [[]]).
                f.child = next_position(f);
                d.push(&empty_element::ops, slot{});
                return true;
            } else {
                const slot s = new_element(f, next_position(f));
                return s.ops->begin_array(d, s);
            }
        }
        static bool end(decoder& d, frame&) {
            d.pop();
            return true;
        }
        static constexpr frame_ops ops{key, scalar, begin_object, begin_array, end};
    };

    /// An element that must be an empty array, and is skipped.
    struct empty_element {
        static bool key(decoder&, frame&, std::string_view) { return false; }  // never called
        static bool scalar(decoder& d, frame&, const token& t) {
            return d.fail(decode_errc::type_mismatch, "object (or an empty array)", describe(t));
        }
        static bool begin(decoder& d, frame&) {
            return d.fail(decode_errc::type_mismatch, "object (or an empty array)",
                          "non-empty array");
        }
        static bool end(decoder& d, frame&) {
            d.pop();
            return true;
        }
        static constexpr frame_ops ops{key, scalar, begin, begin, end};
    };

    /// An object where a list is due: {"reply": ...} (the wrapper, holding the
    /// list in any shape), {"0": a, "1": b} (a PHP array with keys, taken in
    /// input order), {} (empty), or, for lists of objects without a wrapper,
    /// one object standing for a one-element list.
    struct object {
        enum state : std::size_t { first_key, wrapped, indexed };

        // Canonical indexes only ("0", "17"; not "007"), so the step a path
        // prints from the number is the key as it was in the input.
        static bool parse_index(std::string_view key, std::size_t& index) {
            if (key.empty() || key.size() > 18 || (key.size() > 1 && key[0] == '0')) return false;
            index = 0;
            for (const char c : key) {
                if (c < '0' || c > '9') return false;
                index = index * 10 + static_cast<std::size_t>(c - '0');
            }
            return true;
        }

        static bool key(decoder& d, frame& f, std::string_view key) {
            const std::size_t state = f.hint;
            if (state != indexed && !f.self.wrapper.empty() && key == f.self.wrapper) {
                f.hint = wrapped;
                f.child = path_step{f.self.wrapper, 0, path_step::by_key};
                f.pending = slot{f.self.target, ops_of<Vec>(), {}};
                return true;
            }
            std::size_t index = 0;
            if (state != wrapped && parse_index(key, index)) {
                f.hint = indexed;
                f.pending = new_element(f, path_step{{}, index, path_step::by_index});
                return true;
            }
            if (state == indexed) {
                f.child = path_step{{}, 0, path_step::none};
                return d.fail(decode_errc::type_mismatch, "a list index key (\"0\", \"1\", ...)",
                              "key " + excerpt(key));
            }
            if constexpr (of_objects) {
                if (state == first_key && f.self.wrapper.empty()) {
                    // One object where a list was due: it is the only element.
                    // This frame becomes that element's frame, and this key its first.
                    element& e = static_cast<Vec*>(f.self.target)->emplace_back();
                    f = frame{};
                    f.ops = &struct_frame<element>::ops;
                    f.self = slot{&e, ops_of<element>(), {}};
                    return struct_frame<element>::key(d, f, key);
                }
            }
            return d.unknown_key(f, key);
        }

        static bool end(decoder& d, frame&) {
            d.pop();
            return true;
        }
        static constexpr frame_ops ops{key, object_values::scalar, object_values::begin_object,
                                       object_values::begin_array, end};
    };
};

/// Lists accept every shape PHP arrays take on the wire; see list_frames.
/// A list member may name a wrapper key; the value inside the wrapper is a
/// list again, without one.
template <class T>
struct value_traits<T, std::enable_if_t<is_vector<T>::value>> {
    using frames = list_frames<T>;
    static bool scalar(decoder& d, const slot& s, const token& t) {
        // PHP's json_encode of an empty array, as some actions send it.
        if (t.kind == token::null || (t.kind == token::string && t.text.empty())) {
            static_cast<T*>(s.target)->clear();
            return true;
        }
        return type_mismatch(d, ops.expected, t);
    }
    static bool begin_object(decoder& d, const slot& s) {
        static_cast<T*>(s.target)->clear();
        d.push(&frames::object::ops, s);
        return true;
    }
    static bool begin_array(decoder& d, const slot& s) {
        static_cast<T*>(s.target)->clear();
        d.push(&frames::array::ops, s);
        return true;
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array, "list"};
};

// ---------------------------------------------------------------------------
// String-keyed maps: {"key": value, ...}; PHP's empty array [] is empty.
// ---------------------------------------------------------------------------

template <class Map>
struct value_traits<Map, std::enable_if_t<is_string_map<Map>::value>> {
    using mapped = typename Map::mapped_type;

    static bool key(decoder&, frame& f, std::string_view key) {
        Map& m = *static_cast<Map*>(f.self.target);
        auto [it, inserted] = m.try_emplace(std::string(key));
        if (!inserted) it->second = mapped{};  // a duplicate key: the last one wins
        f.child = path_step{it->first, 0, path_step::by_key};
        f.pending = slot{&it->second, ops_of<mapped>(), {}};
        return true;
    }
    static bool end(decoder& d, frame&) {
        d.pop();
        return true;
    }
    static constexpr frame_ops object_ops{key, object_values::scalar, object_values::begin_object,
                                          object_values::begin_array, end};

    static bool array_value(decoder& d, frame&, const token& t) {
        return d.fail(decode_errc::type_mismatch, "object (or an empty array)", describe(t));
    }
    static bool array_begin(decoder& d, frame&) {
        return d.fail(decode_errc::type_mismatch, "object (or an empty array)", "non-empty array");
    }
    static bool no_key(decoder&, frame&, std::string_view) { return false; }  // never called
    static constexpr frame_ops empty_array_ops{no_key, array_value, array_begin, array_begin, end};

    static bool scalar(decoder& d, const slot& s, const token& t) {
        if (t.kind == token::null || (t.kind == token::string && t.text.empty())) {
            static_cast<Map*>(s.target)->clear();
            return true;
        }
        return type_mismatch(d, ops.expected, t);
    }
    static bool begin_object(decoder& d, const slot& s) {
        static_cast<Map*>(s.target)->clear();
        d.push(&object_ops, s);
        return true;
    }
    static bool begin_array(decoder& d, const slot& s) {
        static_cast<Map*>(s.target)->clear();
        d.push(&empty_array_ops, s);
        return true;
    }
    static constexpr value_ops ops{scalar, begin_object, begin_array, "object of string keys"};
};

// ---------------------------------------------------------------------------
// The root: a frame whose only value is the target.
// ---------------------------------------------------------------------------

struct root_frame {
    static bool key(decoder&, frame&, std::string_view) { return false; }
    static bool scalar(decoder& d, frame& f, const token& t) {
        return f.self.ops->scalar(d, f.self, t);
    }
    static bool begin_object(decoder& d, frame& f) {
        const slot s = f.self;
        return s.ops->begin_object(d, s);
    }
    static bool begin_array(decoder& d, frame& f) {
        const slot s = f.self;
        return s.ops->begin_array(d, s);
    }
    static bool end(decoder&, frame&) { return false; }
    static constexpr frame_ops ops{key, scalar, begin_object, begin_array, end};
};

}  // namespace whmcs::json::detail

#endif
