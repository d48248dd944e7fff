// Generated headers compile under the test flags (g++ and clang++, -Werror)
// and work with the runtime: the golden kitchen-sink header, whose namespace
// (acme::whmcs) would break any unqualified reference to ::whmcs, and the
// checked-in GetTicket header.

#include <get_kitchen_sink.hpp>
#include <whmcs/api/get_ticket.hpp>

#include <whmcs/json/decode.hpp>
#include <whmcs/meta.hpp>

#define BOOST_TEST_MODULE generated_headers
#include <boost/test/unit_test.hpp>

#include <type_traits>

namespace sink = acme::whmcs::get_kitchen_sink;
namespace ticket = whmcs::api::get_ticket;

// The metadata the runtime reads, as the generated headers declare it.
static_assert(whmcs::meta::is_request_v<sink::request>);
static_assert(std::is_same_v<whmcs::meta::response_t<sink::request>, sink::response>);
static_assert(sink::request::whmcs_action == "GetKitchenSink");
static_assert(whmcs::meta::wire_name_of<sink::request>("class_") == "class");
static_assert(whmcs::meta::wire_name_of<sink::response>("odd_key") == "odd-key");
static_assert(whmcs::meta::field_of<sink::response>("orders").wrapper == "order");
static_assert(whmcs::meta::field_of<sink::response>("notes").since == "7.10");
static_assert(sink::request::whmcs_constraints[1].kind ==
              whmcs::meta::constraint_kind::exactly_one);
static_assert(sink::request::whmcs_constraints[1].members[0] == "class_");
static_assert(whmcs_wire_names(sink::status{})[1] == "On Hold");
static_assert(std::is_same_v<decltype(sink::order::items), std::vector<sink::item>>);
static_assert(std::is_same_v<decltype(sink::response::extras),
                             std::optional<std::map<std::string, sink::item>>>);

static_assert(ticket::request::whmcs_action == "GetTicket");
static_assert(std::is_same_v<whmcs::meta::response_t<ticket::request>, ticket::response>);
static_assert(whmcs::meta::field_of<ticket::response>("replies").wrapper == "reply");
static_assert(whmcs::meta::field_of<ticket::response>("notes").wrapper == "note");
static_assert(whmcs::meta::field_of<ticket::reply>("attachments").since == "7.10");
static_assert(whmcs::meta::field_of<ticket::reply>("requestor_name").since == "8.0");
static_assert(ticket::request::whmcs_constraints[0].kind ==
              whmcs::meta::constraint_kind::at_least_one);
static_assert(whmcs_wire_names(ticket::replies_sort::desc)[1] == "DESC");
static_assert(std::is_same_v<decltype(ticket::reply::attachments),
                             std::optional<std::vector<ticket::attachment>>>);

BOOST_AUTO_TEST_CASE(kitchen_sink_decodes_every_schema_type) {
    const auto r = whmcs::json::decode<sink::response>(R"({
        "result": "success", "count": "3", "active": "1", "balance": "-1.00",
        "due": "2024-02-29", "updated": "2020-01-02 03:04:05",
        "orders": {"order": [{"item": "x", "items": [{"sku": "a", "price": "1.50"}],
                              "state": "On Hold"}]},
        "notes": ["n"], "labels": {"k": "v"}, "extras": {"e": {"sku": "b", "price": 2}},
        "odd-key": "z"})");
    BOOST_TEST(r.count == 3);
    BOOST_TEST(r.active);
    BOOST_TEST(r.balance.value().to_string() == "-1.00");
    BOOST_TEST(r.due.value().to_string() == "2024-02-29");
    BOOST_TEST(r.updated.to_string() == "2020-01-02 03:04:05");
    BOOST_TEST_REQUIRE(r.orders.size() == 1u);
    BOOST_TEST(r.orders[0].item == "x");
    BOOST_TEST(r.orders[0].items.at(0).price.to_string() == "1.50");
    BOOST_TEST((r.orders[0].state == sink::status::on_hold));
    BOOST_TEST(r.notes.value().at(0) == "n");
    BOOST_TEST(r.labels.at("k") == "v");
    BOOST_TEST(r.extras.value().at("e").sku == "b");
    BOOST_TEST(r.odd_key.value() == "z");
}

BOOST_AUTO_TEST_CASE(kitchen_sink_optional_fields_may_be_missing) {
    const auto r = whmcs::json::decode<sink::response>(
        R"({"result": "success", "count": 0, "active": false, "updated": ""})");
    BOOST_TEST(!r.balance.has_value());
    BOOST_TEST(!r.notes.has_value());
    BOOST_TEST(r.orders.empty());
    BOOST_TEST(r.labels.empty());
}
