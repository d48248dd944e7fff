// The Support family's write actions: their reference examples' responses,
// and request bodies built from the generated request types (bool
// parameters, enums, renamed members, encoded blobs, constraints).

#define BOOST_TEST_MODULE support_changes
#include "test_support.hpp"

#include <whmcs/api/add_ticket_note.hpp>
#include <whmcs/api/add_ticket_reply.hpp>
#include <whmcs/api/block_ticket_sender.hpp>
#include <whmcs/api/delete_ticket.hpp>
#include <whmcs/api/delete_ticket_note.hpp>
#include <whmcs/api/delete_ticket_reply.hpp>
#include <whmcs/api/get_ticket_attachment.hpp>
#include <whmcs/api/get_ticket_counts.hpp>
#include <whmcs/api/merge_ticket.hpp>
#include <whmcs/api/open_ticket.hpp>
#include <whmcs/api/update_ticket.hpp>
#include <whmcs/api/update_ticket_reply.hpp>
#include <whmcs/error.hpp>
#include <whmcs/form/blobs.hpp>
#include <whmcs/form/encode.hpp>
#include <whmcs/json/decode.hpp>

#include <string>

namespace {

template <class T>
T decode_example(const std::string& action) {
    whmcs::json::decode_report report;
    T value =
        whmcs::json::decode<T>(test_support::fixture("support/" + action + ".json"), {}, report);
    BOOST_TEST(report.unknown_keys.empty(), action << " has keys its schema lacks");
    return value;
}

}  // namespace

BOOST_AUTO_TEST_CASE(result_only_examples) {
    BOOST_TEST(decode_example<whmcs::api::add_ticket_reply::response>("add_ticket_reply").result ==
               "success");
    BOOST_TEST(decode_example<whmcs::api::add_ticket_note::response>("add_ticket_note").result ==
               "success");
    BOOST_TEST(decode_example<whmcs::api::delete_ticket::response>("delete_ticket").result ==
               "success");
    BOOST_TEST(
        decode_example<whmcs::api::delete_ticket_note::response>("delete_ticket_note").result ==
        "success");
    BOOST_TEST(
        decode_example<whmcs::api::delete_ticket_reply::response>("delete_ticket_reply").result ==
        "success");
}

BOOST_AUTO_TEST_CASE(open_ticket_docs_example) {
    const auto r = decode_example<whmcs::api::open_ticket::response>("open_ticket");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.id == 1);
    BOOST_TEST(r.tid == "516757");
    BOOST_TEST(r.c == "KPqH7yG3");
}

BOOST_AUTO_TEST_CASE(update_ticket_docs_example) {
    const auto r = decode_example<whmcs::api::update_ticket::response>("update_ticket");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.ticketid == 1);
}

BOOST_AUTO_TEST_CASE(update_ticket_reply_docs_example) {
    const auto r = decode_example<whmcs::api::update_ticket_reply::response>("update_ticket_reply");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.replyid == 1);
}

BOOST_AUTO_TEST_CASE(merge_ticket_docs_example) {
    const auto r = decode_example<whmcs::api::merge_ticket::response>("merge_ticket");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.ticketid == 1);
}

BOOST_AUTO_TEST_CASE(block_ticket_sender_docs_example) {
    const auto r = decode_example<whmcs::api::block_ticket_sender::response>("block_ticket_sender");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.deleted.value() == true);  // sent as the string "true"
    const auto plain =
        whmcs::json::decode<whmcs::api::block_ticket_sender::response>(R"({"result":"success"})");
    BOOST_TEST(!plain.deleted.has_value());
}

// -- requests -----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(open_ticket_request_as_in_the_docs_example) {
    // The reference's example request, built with the runtime's helpers.
    whmcs::api::open_ticket::request r;
    r.deptid = 1;
    r.subject = "This is a sample ticket";
    r.message = "This is a **sample** ticket message";
    r.clientid = 1;
    r.priority = whmcs::api::open_ticket::ticket_priority::medium;
    r.markdown = true;
    r.attachments = whmcs::form::encode_attachments(
        {{"sample_text_file.txt", "This is a sample text file contents"}});
    r.preventClientClosure = true;
    BOOST_TEST(whmcs::form::encode(r) ==
               "deptid=1&subject=This+is+a+sample+ticket&message=This+is+a+%2A%2Asample%2A%2A+"
               "ticket+message"
               "&clientid=1&priority=Medium&markdown=1"
               "&attachments="
               "W3sibmFtZSI6InNhbXBsZV90ZXh0X2ZpbGUudHh0IiwiZGF0YSI6IlZHaHBjeUJwY3lCaElITmhiWEJz"
               "WlNCMFpYaDBJR1pwYkdVZ1kyOXVkR1Z1ZEhNPSJ9XQ%3D%3D"
               "&preventClientClosure=1&action=OpenTicket&responsetype=json");
}

BOOST_AUTO_TEST_CASE(add_ticket_reply_request_with_customfields_and_date) {
    whmcs::api::add_ticket_reply::request r;
    r.ticketid = 1;
    r.message = "This is a sample ticket reply";
    r.clientid = 1;
    r.customfields = whmcs::form::encode_customfields({{1, "Google"}});
    r.markdown = true;
    r.noemail = false;
    r.created = whmcs::datetime{whmcs::date{2016, 1, 1}, 6, 27, 1};
    BOOST_TEST(whmcs::form::encode(r) ==
               "ticketid=1&message=This+is+a+sample+ticket+reply&markdown=1&clientid=1&noemail=0"
               "&customfields=YToxOntpOjE7czo2OiJHb29nbGUiO30%3D&created=2016-01-01+06%3A27%3A01"
               "&action=AddTicketReply&responsetype=json");
}

BOOST_AUTO_TEST_CASE(add_ticket_note_needs_ticketid_or_ticketnum) {
    whmcs::api::add_ticket_note::request r;
    r.message = "note";
    BOOST_CHECK_THROW(whmcs::form::encode(r), whmcs::request_error);
    r.ticketnum = "516757";
    BOOST_TEST(whmcs::form::encode(r) ==
               "message=note&ticketnum=516757&action=AddTicketNote&responsetype=json");
}

BOOST_AUTO_TEST_CASE(block_ticket_sender_sends_delete_under_its_wire_key) {
    whmcs::api::block_ticket_sender::request r;
    r.ticketid = 7;
    r.delete_ticket = true;
    BOOST_TEST(whmcs::form::encode(r) ==
               "ticketid=7&delete=1&action=BlockTicketSender&responsetype=json");
}

BOOST_AUTO_TEST_CASE(get_ticket_counts_sends_false_as_0) {
    // PHP's http_build_query writes false as 0, and WHMCS reads it so.
    whmcs::api::get_ticket_counts::request r;
    r.ignoreDepartmentAssignments = false;
    r.includeCountsByStatus = true;
    BOOST_TEST(whmcs::form::encode(r) ==
               "ignoreDepartmentAssignments=0&includeCountsByStatus=1&action=GetTicketCounts&"
               "responsetype=json");
}

BOOST_AUTO_TEST_CASE(get_ticket_attachment_sends_its_type_by_wire_value) {
    whmcs::api::get_ticket_attachment::request r;
    r.relatedid = 1;
    r.type = whmcs::api::get_ticket_attachment::related_type::reply;
    r.index = 0;
    BOOST_TEST(whmcs::form::encode(r) ==
               "relatedid=1&type=reply&index=0&action=GetTicketAttachment&responsetype=json");
}

BOOST_AUTO_TEST_CASE(update_ticket_and_merge_ticket_requests) {
    whmcs::api::update_ticket::request u;
    u.ticketid = 1;
    u.subject = "This is a sample updated ticket subject";
    u.priority = whmcs::api::update_ticket::ticket_priority::high;
    u.removeFlag = true;
    BOOST_TEST(
        whmcs::form::encode(u) ==
        "ticketid=1&subject=This+is+a+sample+updated+ticket+subject&priority=High&removeFlag=1"
        "&action=UpdateTicket&responsetype=json");

    whmcs::api::merge_ticket::request m;
    m.ticketid = 1;
    m.mergeticketids = "2,3,4,5,6,7";
    BOOST_TEST(
        whmcs::form::encode(m) ==
        "ticketid=1&mergeticketids=2%2C3%2C4%2C5%2C6%2C7&action=MergeTicket&responsetype=json");

    whmcs::api::update_ticket_reply::request ur;
    ur.replyid = 1;
    ur.message = "This is a sample updated ticket reply";
    BOOST_TEST(whmcs::form::encode(ur) ==
               "replyid=1&message=This+is+a+sample+updated+ticket+reply&action=UpdateTicketReply&"
               "responsetype=json");

    whmcs::api::delete_ticket_reply::request d;
    d.ticketid = 1;
    d.replyid = 2;
    BOOST_TEST(whmcs::form::encode(d) ==
               "ticketid=1&replyid=2&action=DeleteTicketReply&responsetype=json");
}
