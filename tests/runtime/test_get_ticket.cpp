// The generated GetTicket bindings against the reference page's example
// response, field by field, and against the oldest documented shape.

#define BOOST_TEST_MODULE get_ticket
#include "test_support.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>

namespace gt = whmcs::api::get_ticket;

namespace {

// The reference page writes its example addresses with a no-break space.
const std::string example_email = "[email\xC2\xA0protected]";

whmcs::datetime at(int y, unsigned mo, unsigned d, unsigned h, unsigned mi, unsigned s) {
    return whmcs::datetime{whmcs::date{y, mo, d}, h, mi, s};
}

}  // namespace

BOOST_AUTO_TEST_CASE(docs_example_top_level_fields) {
    const auto t =
        whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_docs_example.json"));
    BOOST_TEST(t.result == "success");
    BOOST_TEST(t.ticketid == 1);
    BOOST_TEST(t.tid == "516757");
    BOOST_TEST(t.c == "KPqH7yG3");
    BOOST_TEST(t.deptid == 1);
    BOOST_TEST(t.deptname == "Sample Support Department");
    BOOST_TEST(t.userid == 1);
    BOOST_TEST(t.contactid == 0);
    BOOST_TEST(t.name == "Cynthia Reilly");
    BOOST_TEST(t.email == example_email);
    BOOST_TEST(!t.requestor_name.has_value());  // the example has them only on replies
    BOOST_TEST(!t.requestor_type.has_value());
    BOOST_TEST(!t.requestor_email.has_value());
    BOOST_TEST(t.cc == "");
    BOOST_TEST((t.date == at(2016, 1, 1, 6, 26, 29)));
    BOOST_TEST(t.subject == "This is a sample ticket");
    BOOST_TEST(t.status == "Closed");
    BOOST_TEST(t.priority == "Medium");
    BOOST_TEST(t.admin == "");
    BOOST_TEST((t.lastreply == at(2016, 1, 1, 6, 30, 16)));
    BOOST_TEST(t.flag == 0);
    BOOST_TEST(t.service == "");
    BOOST_TEST(t.replies.size() == 3u);
    BOOST_TEST(t.notes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(docs_example_opening_post) {
    const auto t =
        whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_docs_example.json"));
    const gt::reply& r = t.replies.at(0);
    BOOST_TEST(r.replyid.value() == 0);
    BOOST_TEST(r.userid == 1);
    BOOST_TEST(r.contactid == 0);
    BOOST_TEST(r.name == "Cynthia Reilly");
    BOOST_TEST(r.email == example_email);
    BOOST_TEST(r.requestor_name.value() == "Cynthia Reilly");
    BOOST_TEST(r.requestor_email.value() == example_email);
    BOOST_TEST(r.requestor_type.value() == "Owner");
    BOOST_TEST((r.date == at(2016, 1, 1, 6, 26, 29)));
    BOOST_TEST(r.message ==
               "Hey, \r\n\r\nThis is the first ticket message!\r\n\r\nThanks\r\n\r\nCynthia");
    BOOST_TEST(r.attachment == "123456_attachment_name.png");
    BOOST_REQUIRE(r.attachments.has_value());
    BOOST_REQUIRE(r.attachments->size() == 1u);
    BOOST_TEST(r.attachments->at(0).filename == "attachment_name.png");
    BOOST_TEST(r.attachments->at(0).index == 0);
    BOOST_TEST(r.attachments_removed.value() == true);
    BOOST_TEST(r.admin == "");
    BOOST_TEST(!r.rating.has_value());  // the opening post is not rated
}

BOOST_AUTO_TEST_CASE(docs_example_replies) {
    const auto t =
        whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_docs_example.json"));
    const gt::reply& admin = t.replies.at(1);
    BOOST_TEST(admin.replyid.value() == 1);
    BOOST_TEST(admin.userid == 1);
    BOOST_TEST(admin.contactid == 0);
    BOOST_TEST(admin.name == "");
    BOOST_TEST(admin.email == "");
    BOOST_TEST(admin.requestor_name.value() == "Demo Admin");
    BOOST_TEST(admin.requestor_email.value() == "");
    BOOST_TEST(admin.requestor_type.value() == "Operator");
    BOOST_TEST((admin.date == at(2016, 1, 1, 6, 27, 1)));
    BOOST_TEST(admin.message ==
               "Hello, \r\n\r\nThis is the first ticket reply by an admin "
               "user!\r\n\r\nThanks\r\n\r\nDemo Admin");
    BOOST_TEST(admin.attachment == "");
    BOOST_REQUIRE(admin.attachments.has_value());
    BOOST_TEST(admin.attachments->empty());  // [[]]
    BOOST_TEST(admin.attachments_removed.value() == false);
    BOOST_TEST(admin.admin == "Demo Admin");
    BOOST_TEST(admin.rating.value() == 0);

    const gt::reply& client = t.replies.at(2);
    BOOST_TEST(client.replyid.value() == 2);
    BOOST_TEST(client.name == "");
    BOOST_TEST(client.requestor_name.value() == "Cynthia Reilly");
    BOOST_TEST(client.requestor_email.value() == example_email);
    BOOST_TEST(client.requestor_type.value() == "Owner");
    BOOST_TEST((client.date == at(2016, 1, 1, 6, 30, 16)));
    BOOST_TEST(client.message ==
               "Hey, \r\n\r\nThis is a second reply!\r\n\r\nThanks\r\n\r\nCynthia");
    BOOST_TEST(client.attachments->empty());
    BOOST_TEST(client.attachments_removed.value() == false);
    BOOST_TEST(client.admin == "");
    BOOST_TEST(client.rating.value() == 0);
}

BOOST_AUTO_TEST_CASE(docs_example_note) {
    const auto t =
        whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_docs_example.json"));
    const gt::note& n = t.notes.at(0);
    BOOST_TEST(n.noteid == 1);
    BOOST_TEST((n.date == at(2016, 1, 1, 6, 26, 42)));
    BOOST_TEST(n.message == "This is a ticket note");
    BOOST_TEST(n.attachment.value() == "");
    BOOST_REQUIRE(n.attachments.has_value());
    BOOST_TEST(n.attachments->empty());
    BOOST_TEST(n.attachments_removed.value() == false);
    BOOST_TEST(n.admin == "Demo Admin");
}

BOOST_AUTO_TEST_CASE(docs_example_has_no_unknown_keys) {
    whmcs::json::decode_report report;
    whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_docs_example.json"), {},
                                      report);
    BOOST_TEST(report.unknown_keys.empty());
}

BOOST_AUTO_TEST_CASE(pre_7_10_response_decodes_with_the_newer_fields_absent) {
    const auto t =
        whmcs::json::decode<gt::response>(test_support::fixture("get_ticket_pre_7_10.json"));
    BOOST_TEST(t.ticketid == 1);
    BOOST_REQUIRE(t.replies.size() == 3u);
    for (const gt::reply& r : t.replies) {
        BOOST_TEST(!r.replyid.has_value());
        BOOST_TEST(!r.attachments.has_value());
        BOOST_TEST(!r.attachments_removed.has_value());
        BOOST_TEST(!r.requestor_name.has_value());
        BOOST_TEST(!r.requestor_type.has_value());
        BOOST_TEST(!r.requestor_email.has_value());
    }
    BOOST_TEST(t.replies.at(0).attachment == "123456_attachment_name.png");
    BOOST_REQUIRE(t.notes.size() == 1u);
    BOOST_TEST(!t.notes.at(0).attachment.has_value());
    BOOST_TEST(!t.notes.at(0).attachments.has_value());
    BOOST_TEST(t.notes.at(0).message == "This is a ticket note");
}

BOOST_AUTO_TEST_CASE(newer_servers_native_integers_decode_alike) {
    std::string text = test_support::fixture("get_ticket_docs_example.json");
    // A newer server: native integers next to strings in the same response.
    for (const char* key : {"\"ticketid\": \"1\"", "\"replyid\": \"1\"", "\"rating\": \"0\""}) {
        std::string from = key;
        std::string to = from;
        to.erase(to.rfind('"'), 1);
        to.erase(to.find(": \"") + 2, 1);
        text.replace(text.find(from), from.size(), to);
    }
    const auto t = whmcs::json::decode<gt::response>(text);
    BOOST_TEST(t.ticketid == 1);
    BOOST_TEST(t.replies.at(1).replyid.value() == 1);
    BOOST_TEST(t.replies.at(1).rating.value() == 0);
}

BOOST_AUTO_TEST_CASE(errors_in_a_reply_point_into_the_wrapper) {
    std::string text = test_support::fixture("get_ticket_docs_example.json");
    const std::string from = "\"replyid\": \"1\"";
    text.replace(text.find(from), from.size(), "\"replyid\": \"1x\"");
    const auto error = test_support::failure<gt::response>(text);
    BOOST_TEST(error.path == "/replies/reply/1/replyid");
    BOOST_TEST(error.message() ==
               "at /replies/reply/1/replyid: invalid_value: expected integer, found string \"1x\"");
}

BOOST_AUTO_TEST_CASE(request_metadata_is_generated) {
    static_assert(whmcs::meta::is_request_v<gt::request>);
    static_assert(std::is_same_v<whmcs::meta::response_t<gt::request>, gt::response>);
    static_assert(gt::request::whmcs_action == "GetTicket");
    static_assert(whmcs::meta::field_of<gt::response>("replies").wrapper == "reply");
    static_assert(whmcs::meta::field_of<gt::reply>("requestor_type").since == "8.0");
    BOOST_TEST(gt::request::whmcs_constraints[0].members[0] == "ticketid");
}
