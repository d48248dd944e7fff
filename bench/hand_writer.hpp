#ifndef WHMCS_BENCH_HAND_WRITER_HPP
#define WHMCS_BENCH_HAND_WRITER_HPP

// What a user would write to turn the GetTicket structs into JSON without
// whmcs-bind: a rapidjson::Writer, field by field, producing the same
// canonical JSON as whmcs::json::encode (integers as numbers, absent
// optionals left out, lists as plain arrays). `Flags` chooses whether the
// writer checks strings for UTF-8, as whmcs::json::encode always does.

#include <whmcs/api/get_ticket.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

namespace bench::hand_writer {

namespace gt = whmcs::api::get_ticket;

template <unsigned Flags>
class writer {
public:
    using json_writer = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>,
                                          rapidjson::UTF8<>, rapidjson::CrtAllocator, Flags>;

    explicit writer(json_writer& w) : w_(w) {}

    void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
    void text(std::string_view s) {
        w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    }
    void field(std::string_view k, const std::string& v) { key(k), text(v); }
    void field(std::string_view k, std::int64_t v) { key(k), w_.Int64(v); }
    void field(std::string_view k, bool v) { key(k), w_.Bool(v); }
    void field(std::string_view k, const whmcs::datetime& v) { key(k), text(v.to_string()); }
    template <class T>
    void field(std::string_view k, const std::optional<T>& v) {
        if (v) field(k, *v);
    }
    template <class T>
    void field(std::string_view k, const std::vector<T>& v) {
        key(k);
        w_.StartArray();
        for (const T& e : v) write(e);
        w_.EndArray();
    }

    void write(const gt::attachment& a) {
        w_.StartObject();
        field("filename", a.filename);
        field("index", a.index);
        w_.EndObject();
    }

    void write(const gt::reply& r) {
        w_.StartObject();
        field("replyid", r.replyid);
        field("userid", r.userid);
        field("contactid", r.contactid);
        field("name", r.name);
        field("email", r.email);
        field("requestor_name", r.requestor_name);
        field("requestor_email", r.requestor_email);
        field("requestor_type", r.requestor_type);
        field("date", r.date);
        field("message", r.message);
        field("attachment", r.attachment);
        field("attachments", r.attachments);
        field("attachments_removed", r.attachments_removed);
        field("admin", r.admin);
        field("rating", r.rating);
        w_.EndObject();
    }

    void write(const gt::note& n) {
        w_.StartObject();
        field("noteid", n.noteid);
        field("date", n.date);
        field("message", n.message);
        field("attachment", n.attachment);
        field("attachments", n.attachments);
        field("attachments_removed", n.attachments_removed);
        field("admin", n.admin);
        w_.EndObject();
    }

    void write(const gt::response& t) {
        w_.StartObject();
        field("result", t.result);
        field("ticketid", t.ticketid);
        field("tid", t.tid);
        field("c", t.c);
        field("deptid", t.deptid);
        field("deptname", t.deptname);
        field("userid", t.userid);
        field("contactid", t.contactid);
        field("name", t.name);
        field("email", t.email);
        field("requestor_name", t.requestor_name);
        field("requestor_type", t.requestor_type);
        field("requestor_email", t.requestor_email);
        field("cc", t.cc);
        field("date", t.date);
        field("subject", t.subject);
        field("status", t.status);
        field("priority", t.priority);
        field("admin", t.admin);
        field("lastreply", t.lastreply);
        field("flag", t.flag);
        field("service", t.service);
        field("replies", t.replies);
        field("notes", t.notes);
        w_.EndObject();
    }

private:
    json_writer& w_;
};

/// Canonical JSON of a GetTicket response.
template <unsigned Flags = rapidjson::kWriteDefaultFlags>
std::string encode(const gt::response& t) {
    rapidjson::StringBuffer out;
    typename writer<Flags>::json_writer w(out);
    writer<Flags>(w).write(t);
    return std::string(out.GetString(), out.GetSize());
}

}  // namespace bench::hand_writer

#endif
