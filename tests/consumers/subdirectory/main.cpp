// Decodes a GetOrderStatuses answer with bindings whmcs_bind_generate() made
// in a project that vendors whmcs-bind; exits non-zero on a mismatch.

#include <shop/whmcs/get_order_statuses.hpp>

#include <whmcs/api/get_ticket.hpp>  // the shipped bindings, from the source tree
#include <whmcs/json/decode.hpp>

#include <exception>
#include <iostream>
#include <string_view>

namespace api = shop::whmcs::get_order_statuses;

static_assert(api::request::whmcs_action == "GetOrderStatuses");
static_assert(whmcs::api::get_ticket::request::whmcs_action == "GetTicket");

namespace {

// WHMCS may key the list by position, and sends numbers as strings.
constexpr std::string_view sample = R"({
    "result": "success",
    "totalresults": "2",
    "statuses": {"status": {
        "0": {"title": "Pending", "color": "#cc0000", "count": "4"},
        "1": {"title": "Active", "color": "#779500", "count": 17}
    }}
})";

int failures = 0;

void expect(bool ok, const char* what) {
    if (!ok) {
        std::cerr << "mismatch: " << what << '\n';
        ++failures;
    }
}

}  // namespace

int main() {
    try {
        const auto r = whmcs::json::decode<api::response>(sample);
        expect(r.totalresults == 2, "totalresults");
        expect(r.statuses.size() == 2, "number of statuses");
        if (r.statuses.size() == 2) {
            expect(r.statuses[0].title == "Pending", "statuses[0].title");
            expect(r.statuses[0].count == 4, "statuses[0].count");
            expect(r.statuses[1].count == 17, "statuses[1].count");
        }
    } catch (const std::exception& e) {
        std::cerr << "decode failed: " << e.what() << '\n';
        return 1;
    }
    if (failures == 0) std::cout << "GetOrderStatuses decoded\n";
    return failures == 0 ? 0 : 1;
}
