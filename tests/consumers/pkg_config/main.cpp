// Compiled by the test consumers.pkg_config with the flags of the installed
// whmcs_bind.pc alone: the runtime and the installed GetTicket bindings.

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>

int main() {
    const auto ticket = whmcs::json::decode<whmcs::api::get_ticket::response>(
        R"({"result": "success", "ticketid": 1})");
    return ticket.result == "success" ? 0 : 1;
}
