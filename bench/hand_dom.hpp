#ifndef WHMCS_BENCH_HAND_DOM_HPP
#define WHMCS_BENCH_HAND_DOM_HPP

// What a user would write without whmcs-bind: parse into a rapidjson::Document,
// then walk it field by field into the generated GetTicket structs, with the
// same wire rules as whmcs::json::decode (integers as strings, wrapped lists in
// every PHP shape, [[]] for "no attachments", "no date" dates, null as missing,
// optional fields). Types are checked before every Get*(). Errors throw
// std::runtime_error naming the key; paths and offsets are left out, as most
// hand-written code would.

#include <whmcs/api/get_ticket.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bench::hand_dom {

namespace gt = whmcs::api::get_ticket;
using rapidjson::Value;

[[noreturn]] inline void fail(const char* key, const char* what) {
    throw std::runtime_error(std::string("GetTicket: ") + key + ": " + what);
}

/// The member `key` of `object`, or nullptr when it is missing or null.
inline const Value* find(const Value& object, const char* key) {
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd() || it->value.IsNull()) return nullptr;
    return &it->value;
}

inline const Value& need(const Value& object, const char* key) {
    const Value* v = find(object, key);
    if (!v) fail(key, "missing");
    return *v;
}

inline std::int64_t to_int(const Value& v, const char* key) {
    if (v.IsInt64()) return v.GetInt64();
    if (v.IsString()) {
        const char* first = v.GetString();
        const char* last = first + v.GetStringLength();
        std::int64_t out = 0;
        const auto [end, ec] = std::from_chars(first, last, out);
        if (first != last && ec == std::errc() && end == last) return out;
    }
    fail(key, "not an integer");
}

inline std::string to_string(const Value& v, const char* key) {
    if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    fail(key, "not a string");
}

inline bool to_bool(const Value& v, const char* key) {
    if (v.IsBool()) return v.GetBool();
    if (v.IsInt64() && (v.GetInt64() == 0 || v.GetInt64() == 1)) return v.GetInt64() == 1;
    if (v.IsString()) {
        const std::string_view s(v.GetString(), v.GetStringLength());
        if (s == "1" || s == "true" || s == "on" || s == "yes") return true;
        if (s == "0" || s == "false" || s == "off" || s == "no" || s.empty()) return false;
    }
    fail(key, "not a boolean");
}

inline whmcs::datetime to_datetime(const Value& v, const char* key) {
    whmcs::datetime out;
    if (!v.IsString() ||
        whmcs::datetime::parse(std::string_view(v.GetString(), v.GetStringLength()), out) !=
            whmcs::parse_status::ok) {
        fail(key, "not a date and time");
    }
    return out;
}

inline bool is_index_key(const Value& key) {
    const std::size_t n = key.GetStringLength();
    const char* s = key.GetString();
    if (n == 0 || n > 18 || (n > 1 && s[0] == '0')) return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
}

/// A list in any shape PHP gives it: [..], {"<wrapper>": ..}, {"0": .., "1": ..},
/// one object for a one-element list (no wrapper), {}, "", null; elements
/// that are empty arrays are skipped ([[]]).
template <class T, class Read>
void read_list(const Value* v, const char* key, const char* wrapper, std::vector<T>& out,
               Read read) {
    out.clear();
    if (!v) return;
    if (v->IsString() && v->GetStringLength() == 0) return;
    auto element = [&](const Value& e) {
        if (e.IsArray() && e.Empty()) return;
        if (!e.IsObject()) fail(key, "list element is not an object");
        read(e, out.emplace_back());
    };
    if (v->IsArray()) {
        out.reserve(v->Size());
        for (const Value& e : v->GetArray()) element(e);
        return;
    }
    if (!v->IsObject()) fail(key, "not a list");
    if (v->ObjectEmpty()) return;
    if (wrapper) {
        const auto it = v->FindMember(wrapper);
        if (it != v->MemberEnd()) return read_list(&it->value, key, nullptr, out, read);
    }
    if (is_index_key(v->MemberBegin()->name)) {
        for (const auto& m : v->GetObject()) {
            if (!is_index_key(m.name)) fail(key, "mixed index and other keys");
            element(m.value);
        }
        return;
    }
    if (!wrapper) {
        read(*v, out.emplace_back());  // one object standing for a one-element list
        return;
    }
    // Unknown keys only: nothing of ours inside.
}

inline void read_attachment(const Value& o, gt::attachment& a) {
    a.filename = to_string(need(o, "filename"), "filename");
    a.index = to_int(need(o, "index"), "index");
}

inline void read_attachments(const Value& o, std::optional<std::vector<gt::attachment>>& out) {
    const Value* v = find(o, "attachments");
    if (!v) return out.reset();
    read_list(v, "attachments", nullptr, out.emplace(), read_attachment);
}

inline void read_optional_string(const Value& o, const char* key, std::optional<std::string>& out) {
    if (const Value* v = find(o, key)) {
        out = to_string(*v, key);
    } else {
        out.reset();
    }
}

inline void read_reply(const Value& o, gt::reply& r) {
    if (const Value* v = find(o, "replyid")) r.replyid = to_int(*v, "replyid");
    r.userid = to_int(need(o, "userid"), "userid");
    r.contactid = to_int(need(o, "contactid"), "contactid");
    r.name = to_string(need(o, "name"), "name");
    r.email = to_string(need(o, "email"), "email");
    read_optional_string(o, "requestor_name", r.requestor_name);
    read_optional_string(o, "requestor_email", r.requestor_email);
    read_optional_string(o, "requestor_type", r.requestor_type);
    r.date = to_datetime(need(o, "date"), "date");
    r.message = to_string(need(o, "message"), "message");
    r.attachment = to_string(need(o, "attachment"), "attachment");
    read_attachments(o, r.attachments);
    if (const Value* v = find(o, "attachments_removed"))
        r.attachments_removed = to_bool(*v, "attachments_removed");
    r.admin = to_string(need(o, "admin"), "admin");
    if (const Value* v = find(o, "rating")) r.rating = to_int(*v, "rating");
}

inline void read_note(const Value& o, gt::note& n) {
    n.noteid = to_int(need(o, "noteid"), "noteid");
    n.date = to_datetime(need(o, "date"), "date");
    n.message = to_string(need(o, "message"), "message");
    read_optional_string(o, "attachment", n.attachment);
    read_attachments(o, n.attachments);
    if (const Value* v = find(o, "attachments_removed"))
        n.attachments_removed = to_bool(*v, "attachments_removed");
    n.admin = to_string(need(o, "admin"), "admin");
}

inline void read_response(const Value& o, gt::response& t) {
    t.result = to_string(need(o, "result"), "result");
    t.ticketid = to_int(need(o, "ticketid"), "ticketid");
    t.tid = to_string(need(o, "tid"), "tid");
    t.c = to_string(need(o, "c"), "c");
    t.deptid = to_int(need(o, "deptid"), "deptid");
    t.deptname = to_string(need(o, "deptname"), "deptname");
    t.userid = to_int(need(o, "userid"), "userid");
    t.contactid = to_int(need(o, "contactid"), "contactid");
    t.name = to_string(need(o, "name"), "name");
    t.email = to_string(need(o, "email"), "email");
    read_optional_string(o, "requestor_name", t.requestor_name);
    read_optional_string(o, "requestor_type", t.requestor_type);
    read_optional_string(o, "requestor_email", t.requestor_email);
    t.cc = to_string(need(o, "cc"), "cc");
    t.date = to_datetime(need(o, "date"), "date");
    t.subject = to_string(need(o, "subject"), "subject");
    t.status = to_string(need(o, "status"), "status");
    t.priority = to_string(need(o, "priority"), "priority");
    t.admin = to_string(need(o, "admin"), "admin");
    t.lastreply = to_datetime(need(o, "lastreply"), "lastreply");
    t.flag = to_int(need(o, "flag"), "flag");
    t.service = to_string(need(o, "service"), "service");
    read_list(find(o, "replies"), "replies", "reply", t.replies, read_reply);
    read_list(find(o, "notes"), "notes", "note", t.notes, read_note);
}

/// Decodes a GetTicket response; throws std::runtime_error. The text is a
/// NUL-terminated std::string, so this takes RapidJSON's fastest entry point,
/// Parse(const char*), as a user holding a std::string would.
inline gt::response decode(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str());
    if (doc.HasParseError()) {
        throw std::runtime_error(std::string("GetTicket: ") +
                                 rapidjson::GetParseError_En(doc.GetParseError()));
    }
    if (!doc.IsObject()) fail("(root)", "not an object");
    gt::response t;
    read_response(doc, t);
    return t;
}

}  // namespace bench::hand_dom

#endif
