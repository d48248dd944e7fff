// One translation unit that includes the generated GetTicket header and
// decodes it with whmcs-bind: what compile_time.py times.

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>

#include <string>

whmcs::api::get_ticket::response decode_get_ticket(const std::string& text) {
    return whmcs::json::decode<whmcs::api::get_ticket::response>(text);
}
