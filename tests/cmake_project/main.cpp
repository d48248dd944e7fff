// Decodes a GetCurrencies response with the bindings whmcs_bind_generate()
// made from schema/get_currencies.yaml; exits non-zero on any mismatch.

#include <shop/whmcs/get_currencies.hpp>

#include <whmcs/json/decode.hpp>

#include <exception>
#include <iostream>
#include <string_view>

namespace api = shop::whmcs::get_currencies;

static_assert(api::request::whmcs_action == "GetCurrencies");
static_assert(whmcs::meta::field_of<api::response>("currencies").wrapper == "currency");

namespace {

constexpr std::string_view sample = R"({
    "result": "success",
    "totalresults": 2,
    "currencies": {"currency": [
        {"id": "1", "code": "USD", "prefix": "$", "suffix": " USD", "format": "1", "rate": "1.00000"},
        {"id": 2, "code": "GBP", "prefix": "£", "suffix": " GBP", "format": 1, "rate": "0.79000"}
    ]}
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
        expect(r.result == "success", "result");
        expect(r.totalresults == 2, "totalresults");
        expect(r.currencies.size() == 2, "number of currencies");
        if (r.currencies.size() == 2) {
            expect(r.currencies[0].code == "USD", "currencies[0].code");
            expect(r.currencies[0].rate.to_string() == "1.00000", "currencies[0].rate");
            expect(r.currencies[1].id == 2, "currencies[1].id");
            expect(r.currencies[1].prefix == "£", "currencies[1].prefix");
        }
    } catch (const std::exception& e) {
        std::cerr << "decode failed: " << e.what() << '\n';
        return 1;
    }
    if (failures == 0) std::cout << "GetCurrencies decoded\n";
    return failures == 0 ? 0 : 1;
}
