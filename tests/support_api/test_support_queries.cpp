// The Support family's read actions against their reference pages' example
// responses (tests/fixtures/support/), field by field.

#define BOOST_TEST_MODULE support_queries
#include "test_support.hpp"

#include <whmcs/api/get_support_departments.hpp>
#include <whmcs/api/get_support_statuses.hpp>
#include <whmcs/api/get_ticket_attachment.hpp>
#include <whmcs/api/get_ticket_counts.hpp>
#include <whmcs/api/get_ticket_notes.hpp>
#include <whmcs/api/get_ticket_predefined_cats.hpp>
#include <whmcs/api/get_ticket_predefined_replies.hpp>
#include <whmcs/api/get_tickets.hpp>
#include <whmcs/json/decode.hpp>

#include <string>

namespace {

whmcs::datetime at(int y, unsigned mo, unsigned d, unsigned h, unsigned mi, unsigned s) {
    return whmcs::datetime{whmcs::date{y, mo, d}, h, mi, s};
}

std::string example(const std::string& action) {
    return test_support::fixture("support/" + action + ".json");
}

/// Decodes the example of `action` into T, checking that every key it has
/// is known to T (a key the schema lacks would be a silent loss).
template <class T>
T decode_example(const std::string& action) {
    whmcs::json::decode_report report;
    T value = whmcs::json::decode<T>(example(action), {}, report);
    BOOST_TEST(report.unknown_keys.empty(),
               action << ": unknown keys, first "
                      << (report.unknown_keys.empty() ? "" : report.unknown_keys[0]));
    return value;
}

}  // namespace

BOOST_AUTO_TEST_CASE(get_tickets_docs_example) {
    namespace api = whmcs::api::get_tickets;
    const auto r = decode_example<api::response>("get_tickets");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 1);  // "1"
    BOOST_TEST(r.startnumber == 0);   // 0
    BOOST_TEST(r.numreturned == 1);
    BOOST_TEST(!r.requestor_name.has_value());  // listed at the top level, sent per ticket
    BOOST_TEST(!r.requestor_type.has_value());
    BOOST_TEST(!r.requestor_email.has_value());
    BOOST_TEST(!r.owner_name.has_value());
    BOOST_REQUIRE(r.tickets.size() == 1u);
    const api::ticket& t = r.tickets[0];
    BOOST_TEST(t.id == 1);
    BOOST_TEST(t.tid == "516757");
    BOOST_TEST(t.deptid == 1);
    BOOST_TEST(t.userid == 1);
    BOOST_TEST(t.name == "Cynthia Reilly");
    BOOST_TEST(t.owner_name.value() == "Cynthia Reilly");
    BOOST_TEST(t.email == "testuser@whmcs.com");
    BOOST_TEST(t.requestor_name.value() == "Cynthia Reilly");
    BOOST_TEST(t.requestor_email.value() == "testuser@whmcs.com");
    BOOST_TEST(t.requestor_type.value() == "Owner");
    BOOST_TEST(t.cc == "");
    BOOST_TEST(t.c == "KPqH7yG3");
    BOOST_TEST((t.date == at(2016, 1, 1, 6, 26, 29)));
    BOOST_TEST(t.subject == "This is a sample ticket");
    BOOST_TEST(t.status == "Answered");
    BOOST_TEST(t.priority == "Medium");
    BOOST_TEST(t.admin == "admin admin");
    BOOST_TEST(t.attachment == "123456_attachment_name.png");
    BOOST_REQUIRE(t.attachments.has_value());
    BOOST_REQUIRE(t.attachments->size() == 1u);
    BOOST_TEST(t.attachments->at(0).filename == "attachment_name.png");
    BOOST_TEST(t.attachments->at(0).index == 0);
    BOOST_TEST(t.attachments_removed.value() == true);
    BOOST_TEST((t.lastreply == at(2016, 1, 1, 6, 30, 16)));
    BOOST_TEST(t.flag == 0);
    BOOST_TEST(t.service == "");
}

BOOST_AUTO_TEST_CASE(get_tickets_before_7_10_decodes_without_the_newer_fields) {
    namespace api = whmcs::api::get_tickets;
    const auto r = whmcs::json::decode<api::response>(
        R"({"result":"success","totalresults":"1","startnumber":0,"numreturned":1,"tickets":{"ticket":[
            {"id":"1","tid":"516757","deptid":"1","userid":"1","name":"Cynthia Reilly",
             "email":"testuser@whmcs.com","cc":"","c":"KPqH7yG3","date":"2016-01-01 06:26:29",
             "subject":"s","status":"Open","priority":"Low","admin":"","attachment":"",
             "lastreply":"2016-01-01 06:30:16","flag":"0","service":"S12"}]}})");
    BOOST_REQUIRE(r.tickets.size() == 1u);
    BOOST_TEST(!r.tickets[0].attachments.has_value());
    BOOST_TEST(!r.tickets[0].owner_name.has_value());
    BOOST_TEST(r.tickets[0].service == "S12");
}

BOOST_AUTO_TEST_CASE(get_ticket_notes_docs_example) {
    namespace api = whmcs::api::get_ticket_notes;
    const auto r = decode_example<api::response>("get_ticket_notes");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 1);
    BOOST_REQUIRE(r.notes.size() == 1u);
    const api::note& n = r.notes[0];
    BOOST_TEST(n.id == 1);
    BOOST_TEST(n.admin == "admin admin");
    BOOST_TEST((n.date == at(2016, 1, 1, 6, 26, 42)));
    BOOST_TEST(n.message == "This is a ticket note");
    BOOST_TEST(n.attachment == "123456_attachment_name.png|987654_second_attachment.pdf");
    BOOST_TEST(n.attachments_removed.value() == true);
}

BOOST_AUTO_TEST_CASE(get_ticket_counts_docs_example) {
    namespace api = whmcs::api::get_ticket_counts;
    const auto r = decode_example<api::response>("get_ticket_counts");
    BOOST_TEST(r.result == "success");
    BOOST_REQUIRE(r.filteredDepartments.has_value());
    BOOST_TEST((*r.filteredDepartments == std::vector<std::int64_t>{1, 2, 3}));
    BOOST_TEST(r.allActive == 123);
    BOOST_TEST(r.awaitingReply == 100);
    BOOST_TEST(r.flaggedTickets == 15);
    BOOST_REQUIRE(r.status.has_value());
    const auto& s = *r.status;
    BOOST_REQUIRE(s.size() == 6u);
    BOOST_TEST(s.at("open").title == "Open");
    BOOST_TEST(s.at("open").count == 60);
    BOOST_TEST(s.at("answered").title == "Answered");
    BOOST_TEST(s.at("answered").count == 23);
    BOOST_TEST(s.at("customerreply").title == "Customer-Reply");
    BOOST_TEST(s.at("customerreply").count == 40);
    BOOST_TEST(s.at("closed").title == "Closed");
    BOOST_TEST(s.at("closed").count == 4220);
    BOOST_TEST(s.at("onhold").title == "On Hold");
    BOOST_TEST(s.at("onhold").count == 10);
    BOOST_TEST(s.at("inprogress").title == "In Progress");
    BOOST_TEST(s.at("inprogress").count == 0);
}

BOOST_AUTO_TEST_CASE(get_ticket_counts_without_counts_by_status) {
    namespace api = whmcs::api::get_ticket_counts;
    const auto r = whmcs::json::decode<api::response>(
        R"({"result":"success","allActive":1,"awaitingReply":0,"flaggedTickets":0})");
    BOOST_TEST(!r.filteredDepartments.has_value());  // before 9.0
    BOOST_TEST(!r.status.has_value());
}

BOOST_AUTO_TEST_CASE(get_ticket_attachment_docs_example) {
    namespace api = whmcs::api::get_ticket_attachment;
    const auto r = decode_example<api::response>("get_ticket_attachment");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.filename == "whmcs_logo.png");
    // The fixture keeps the first 256 and last 56 characters of the page's
    // data (generator/tests/data/reference/README.md); `\/` decodes to `/`.
    BOOST_TEST(r.data.size() == 312u);
    BOOST_TEST(r.data.rfind("iVBORw0KGgoAAAANSUhEUgAAAPoAAAA+CAYAAAAClQaf", 0) == 0u);
    BOOST_TEST(r.data.substr(256) == "PVDugXIPlHug3APlHij3wFu0B/4/80LziG/S41MAAAAASUVORK5CYII=");
    BOOST_TEST(r.data.find('\\') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(get_support_departments_docs_example) {
    namespace api = whmcs::api::get_support_departments;
    const auto r = decode_example<api::response>("get_support_departments");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 1);
    BOOST_REQUIRE(r.departments.size() == 1u);
    BOOST_TEST(r.departments[0].id == 1);
    BOOST_TEST(r.departments[0].name == "Sample Support Department");
    BOOST_TEST(r.departments[0].awaitingreply == 0);
    BOOST_TEST(r.departments[0].opentickets == 0);
}

BOOST_AUTO_TEST_CASE(get_support_statuses_docs_example) {
    namespace api = whmcs::api::get_support_statuses;
    const auto r = decode_example<api::response>("get_support_statuses");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 6);
    struct expected_status {
        const char* title;
        std::int64_t count;
        const char* color;
    };
    const expected_status expected[] = {
        {"Open", 12, "#779500"},   {"Answered", 43, "#000000"},   {"Customer-Reply", 6, "#ff6600"},
        {"On Hold", 0, "#224488"}, {"In Progress", 3, "#cc0000"}, {"Closed", 3562, "#888888"},
    };
    BOOST_REQUIRE(r.statuses.size() == 6u);
    for (std::size_t i = 0; i < 6; ++i) {
        BOOST_TEST(r.statuses[i].title == expected[i].title);
        BOOST_TEST(r.statuses[i].count == expected[i].count);
        BOOST_TEST(r.statuses[i].color.value() == expected[i].color);
    }
}

BOOST_AUTO_TEST_CASE(get_ticket_predefined_cats_docs_example) {
    namespace api = whmcs::api::get_ticket_predefined_cats;
    const auto r = decode_example<api::response>("get_ticket_predefined_cats");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 4);
    struct expected_category {
        std::int64_t id, parentid;
        const char* name;
        std::int64_t replycount;
    };
    const expected_category expected[] = {{3, 0, "Quick Reference", 1},
                                          {1, 0, "Sales", 1},
                                          {4, 2, "Sub-Support 1", 1},
                                          {2, 0, "Support", 1}};
    BOOST_REQUIRE(r.categories.size() == 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        BOOST_TEST(r.categories[i].id == expected[i].id);
        BOOST_TEST(r.categories[i].parentid == expected[i].parentid);
        BOOST_TEST(r.categories[i].name == expected[i].name);
        BOOST_TEST(r.categories[i].replycount == expected[i].replycount);
    }
}

BOOST_AUTO_TEST_CASE(get_ticket_predefined_replies_docs_example) {
    namespace api = whmcs::api::get_ticket_predefined_replies;
    const auto r = decode_example<api::response>("get_ticket_predefined_replies");
    BOOST_TEST(r.result == "success");
    BOOST_TEST(r.totalresults == 4);
    BOOST_REQUIRE(r.predefinedreplies.size() == 4u);
    BOOST_TEST(r.predefinedreplies[0].name == "Sample Quick Reference Reply");
    BOOST_TEST(r.predefinedreplies[0].reply ==
               "Hello [NAME],\r\n\r\nUt faucibus malesuada diam, in commodo turpis eleifend vel. "
               "Proin nec dui "
               "ipsum. Aenean viverra.\r\n\r\n");
    BOOST_TEST(r.predefinedreplies[1].name == "Sample Sales Reply");
    BOOST_TEST(r.predefinedreplies[1].reply ==
               "Hello [NAME],\r\n\r\nCras eget tellus lacinia, rhoncus lectus iaculis, venenatis "
               "risus. Nunc quam "
               "lectus, pulvinar a lectus.\r\n\r\n");
    BOOST_TEST(r.predefinedreplies[2].name == "Sample Sub-Support 1 Reply");
    BOOST_TEST(r.predefinedreplies[2].reply ==
               "Hello [NAME],\r\n\r\nMaecenas et vulputate magna. Mauris ac mi odio. Nam vel "
               "lacinia dolor. "
               "Suspendisse eu orci.\r\n\r\n");
    BOOST_TEST(r.predefinedreplies[3].name == "Sample Support Reply");
    BOOST_TEST(r.predefinedreplies[3].reply ==
               "Hello [NAME],\r\n\r\nUt fringilla congue velit, vitae bibendum lorem. Nullam "
               "convallis arcu nec "
               "felis interdum eleifend. Fusce.\r\n\r\n");
}

BOOST_AUTO_TEST_CASE(empty_wrapped_lists_decode_as_empty) {
    // WHMCS sends an empty list in several shapes; the runtime reads each as empty.
    namespace api = whmcs::api::get_support_departments;
    for (const char* departments : {R"({"department":[]})", "[]", "{}", R"("")", "null"}) {
        const auto r = whmcs::json::decode<api::response>(
            std::string(R"({"result":"success","totalresults":0,"departments":)") + departments +
            "}");
        BOOST_TEST(r.departments.empty(), departments);
    }
}
