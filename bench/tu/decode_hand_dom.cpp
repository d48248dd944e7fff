// The same as decode_whmcs.cpp with the hand-written RapidJSON DOM decoder:
// the baseline compile_time.py compares against.

#include "../hand_dom.hpp"

#include <string>

whmcs::api::get_ticket::response decode_get_ticket(const std::string& text) {
    return bench::hand_dom::decode(text);
}
