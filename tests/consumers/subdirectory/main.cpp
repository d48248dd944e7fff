// Decodes a GetSupportDepartments answer with bindings generated (in the
// default namespace whmcs::api) next to the shipped GetTicket ones; exits
// non-zero on a mismatch.

#include <whmcs/api/get_support_departments.hpp>
#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>

#include <exception>
#include <iostream>
#include <string_view>

namespace api = whmcs::api::get_support_departments;

static_assert(api::request::whmcs_action == "GetSupportDepartments");
static_assert(whmcs::api::get_ticket::request::whmcs_action == "GetTicket");

namespace {

// WHMCS sends the list keyed by position, and numbers as strings.
constexpr std::string_view sample = R"({
    "result": "success",
    "totalresults": "2",
    "departments": {"department": {
        "0": {"id": "1", "name": "Support", "awaitingreply": "4", "opentickets": "9"},
        "1": {"id": 2, "name": "Sales", "awaitingreply": 0, "opentickets": 1}
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
        expect(r.departments.size() == 2, "number of departments");
        if (r.departments.size() == 2) {
            expect(r.departments[0].name == "Support", "departments[0].name");
            expect(r.departments[0].opentickets == 9, "departments[0].opentickets");
            expect(r.departments[1].id == 2, "departments[1].id");
        }
    } catch (const std::exception& e) {
        std::cerr << "decode failed: " << e.what() << '\n';
        return 1;
    }
    if (failures == 0) std::cout << "GetSupportDepartments decoded\n";
    return failures == 0 ? 0 : 1;
}
